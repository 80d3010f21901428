// bench_ui — frame time of the real explorer (DrawApp, headless) while the timeline zooms and pans.
//
//   bench_ui [--frames N] [--events N] [--reuters DIR] [--limit N] [--size WxH] [--timeline-only]
// Runs ImGui with a CPU-built font atlas and no renderer (as the UI tests do): a frame is NewFrame +
// DrawApp + Render, i.e. all the CPU work of a frame up to the draw lists, without the GPU upload.
// Scenarios: (a) a synthetic story of --events events (default 100,000), (b) Reuters-21578 (every reut2-*.sgm
// in --reuters DIR, at most --limit stories) read by core's reader and understood by core::ExtractAll.
// The scripted input repeats (from the story's first view): 90 frames of wheel zoom-in at a moving cursor, a 20-frame drag, 90 frames of
// zoom-out, 40 frames of arrow-key panning; the mouse hovers the lanes all along (tooltips included).
// Prints one line per scenario: p50 / p95 / max frame time in ms, plus a JSON line for tools.
// Natively and as wasm under node from the same source (see bench/CMakeLists.txt).
#include <imgui.h>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "read_file.hpp"
#include "app.hpp"
#include "extract.hpp"
#include "frame.hpp"
#include "reuters_sgml.hpp"
#include "timeline_synthetic.hpp"

using bench::ReadFile;

namespace {

using Clock = std::chrono::steady_clock;
double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

// CPU time (ms): on a shared machine wall time also counts other processes' time slices, so the p95 of
// wall time measures the machine's load more than the frame. Natively the thread's CPU clock; under node
// the process's user+system time (process.cpuUsage, microseconds; node's own helper threads included).
#ifdef __EMSCRIPTEN__
EM_JS(double, ThreadCpuMs, (), { const u = process.cpuUsage(); return (u.user + u.system) / 1000; });
#else
double ThreadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}
#endif

struct Stats { double p50, p95, max, mean; };
Stats Summarize(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())))]; };
    double sum = 0;
    for (double x : v) sum += x;
    return {at(0.5), at(0.95), v.back(), sum / static_cast<double>(v.size())};
}

// Drives `frames` frames of scripted zoom/pan/hover over the timeline; returns per-frame milliseconds.
struct Timings { std::vector<double> wall, cpu; };  // per frame, ms

Timings Run(ui::AppState& app, int frames) {
    ImGuiIO& io = ImGui::GetIO();
    Timings t;
    std::vector<double>& ms = t.wall;
    std::vector<double>& cpu = t.cpu;
    ms.reserve(static_cast<size_t>(frames));
    cpu.reserve(static_cast<size_t>(frames));
    const ui::TimelineState& tl = app.timeline;
    bool dragging = false;
    for (int f = 0; f < frames; ++f) {
        const int phase = f % 240;
        const float w = tl.plot_x1 - tl.plot_x0;
        const float y = tl.lanes_y0 + (tl.lanes_y1 - tl.lanes_y0) * (0.2f + 0.6f * static_cast<float>((f * 7) % 100) / 100.0f);
        float x = tl.plot_x0 + w * (0.5f + 0.3f * std::sin(static_cast<float>(f) * 0.05f));
        if (phase >= 90 && phase < 110) x = tl.plot_x0 + w * 0.3f + static_cast<float>(phase - 90) * 12.0f;
        io.AddMousePosEvent(x, y);
        if (phase == 0) ui::FitTimeline(app, app.timeline, true, /*focus=*/true);  // each cycle starts on the story
        if (phase < 90) io.AddMouseWheelEvent(0, 0.35f);
        else if (phase == 90) { io.AddMouseButtonEvent(0, true); dragging = true; }
        else if (phase == 109) { io.AddMouseButtonEvent(0, false); dragging = false; }
        else if (phase >= 110 && phase < 200) io.AddMouseWheelEvent(0, -0.35f);
        else if (phase >= 200) io.AddKeyEvent(phase % 4 < 2 ? ImGuiKey_RightArrow : ImGuiKey_LeftArrow, phase % 2 == 0);
        const Clock::time_point t0 = Clock::now();
        const double c0 = ThreadCpuMs();
        ui::RunFrame(app);
        ms.push_back(Ms(Clock::now() - t0));
        cpu.push_back(ThreadCpuMs() - c0);
        if (std::getenv("BENCH_UI_SLOW") && ms.back() > 3) std::fprintf(stderr, "slow frame %d: %.2f ms span %.1f\n", f, ms.back(), tl.shown_end - tl.shown_start);
    }
    if (dragging) io.AddMouseButtonEvent(0, false);
    return t;
}

void Report(const char* name, const ui::AppState& app, const Timings& t, double setup_ms) {
    const Stats s = Summarize(t.wall), c = Summarize(t.cpu);
    std::printf("%s: events %zu, timexes %zu, articles %zu, timeline items %zu; setup %.0f ms; %zu frames\n",
                name, app.corpus.events.size(), app.corpus.timexes.size(), app.corpus.articles.size(),
                app.timeline.index.item_count, setup_ms, t.wall.size());
    std::printf("  story %s .. %s, all %s .. %s\n", core::FormatIsoDay(static_cast<core::Day>(app.timeline.index.focus_start)).c_str(),
                core::FormatIsoDay(static_cast<core::Day>(app.timeline.index.focus_end)).c_str(),
                core::FormatIsoDay(static_cast<core::Day>(app.timeline.index.extent_start)).c_str(),
                core::FormatIsoDay(static_cast<core::Day>(app.timeline.index.extent_end)).c_str());
    std::printf("  last frame: %zu marks and bubbles (%d bubbles), view %s .. %s\n", app.timeline.hits.size(), app.timeline.bubbles,
                core::FormatIsoDay(static_cast<core::Day>(app.timeline.axis.ToDay(app.timeline.shown_start))).c_str(),
                core::FormatIsoDay(static_cast<core::Day>(app.timeline.axis.ToDay(app.timeline.shown_end))).c_str());
    std::printf("  wall  p50 %.2f ms  p95 %.2f ms  max %.2f ms\n", s.p50, s.p95, s.max);
    std::printf("  cpu   p50 %.2f ms  p95 %.2f ms  max %.2f ms   (CPU time)\n", c.p50, c.p95, c.max);
    std::printf("{\"scenario\":\"%s\",\"events\":%zu,\"items\":%zu,\"frames\":%zu,\"p50_ms\":%.3f,\"p95_ms\":%.3f,\"max_ms\":%.3f,"
                "\"cpu_p50_ms\":%.3f,\"cpu_p95_ms\":%.3f,\"cpu_max_ms\":%.3f}\n",
                name, app.corpus.events.size(), app.timeline.index.item_count, t.wall.size(), s.p50, s.p95, s.max, c.p50, c.p95, c.max);
}

}  // namespace

int main(int argc, char** argv) {
    int frames = 1200;
    size_t events = 100000, limit = SIZE_MAX;
    int width = 1400, height = 900;
    std::string reuters;
    bool timeline_only = false;         // hide the other windows: the timeline's own share of a frame
    for (int i = 1; i < argc; ++i) {
        auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : ""; };
        if (!std::strcmp(argv[i], "--frames")) frames = std::max(10, std::atoi(next()));
        else if (!std::strcmp(argv[i], "--events")) events = static_cast<size_t>(std::atoll(next()));
        else if (!std::strcmp(argv[i], "--reuters")) reuters = next();
        else if (!std::strcmp(argv[i], "--limit")) limit = static_cast<size_t>(std::atoll(next()));
        else if (!std::strcmp(argv[i], "--timeline-only")) timeline_only = true;
        else if (!std::strcmp(argv[i], "--size")) std::sscanf(next(), "%dx%d", &width, &height);
        else { std::fprintf(stderr, "usage: bench_ui [--frames N] [--events N] [--reuters DIR] [--limit N] [--size WxH] [--timeline-only]\n"); return 2; }
    }
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DeltaTime = 1.0f / 60.0f;
    ui::AppState app;
    ui::InitApp(app, 1.0f);
    unsigned char* pixels = nullptr;
    int tw = 0, th = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &tw, &th);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
    if (timeline_only) app.show_articles = app.show_reader = app.show_claims = false;

    if (events > 0) {
        Clock::time_point t0 = Clock::now();
        ui::OpenCorpus(app, ui::MakeSyntheticStory(events));
        for (int k = 0; k < 3; ++k) ui::RunFrame(app);  // the index is built on the first frame
        Report("synthetic", app, Run(app, frames), Ms(Clock::now() - t0));
    }
    if (!reuters.empty()) {
        std::vector<std::string> files;
        for (const auto& e : std::filesystem::directory_iterator(reuters)) {
            const std::string name = e.path().filename().string();
            if (name.rfind("reut2-", 0) == 0 && name.size() > 4 && name.substr(name.size() - 4) == ".sgm") files.push_back(e.path().string());
        }
        std::sort(files.begin(), files.end());
        if (files.empty()) { std::fprintf(stderr, "bench_ui: no reut2-*.sgm in %s\n", reuters.c_str()); return 1; }
        Clock::time_point t0 = Clock::now();
        core::Corpus corpus;
        for (const std::string& path : files) {
            std::string bytes;
            if (!ReadFile(path.c_str(), bytes)) { std::fprintf(stderr, "bench_ui: cannot read %s\n", path.c_str()); return 1; }
            for (core::Article& a : core::ReadReutersSgml(bytes, std::filesystem::path(path).filename().string())) {
                if (corpus.articles.size() >= limit) break;
                corpus.articles.push_back(std::move(a));
            }
            if (corpus.articles.size() >= limit) break;
        }
        core::ExtractAll(corpus);
        const double extract_ms = Ms(Clock::now() - t0);
        t0 = Clock::now();
        ui::OpenCorpus(app, std::move(corpus));
        for (int k = 0; k < 3; ++k) ui::RunFrame(app);
        std::printf("reuters: read + extract %.0f ms\n", extract_ms);
        Report("reuters", app, Run(app, frames), Ms(Clock::now() - t0));
    }
    ImGui::DestroyContext();
    return 0;
}
