// bench_reader — what the article reader costs: laying out an article (once per article and width) and
// drawing a frame of the whole app headless (every frame), best of N runs.
//
//   bench_reader [--repeat N]
// Prints the layout time of each bundled article and of a long synthetic one (the bundled text repeated
// to ~200 KB), then the mean time of a DrawApp frame with the reader on a selected claim (no GPU: ImGui
// builds its vertex lists, which is the CPU part of a frame).
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "app.hpp"
#include "frame.hpp"
#include "rich_text.hpp"
#include "text_marks.hpp"

namespace {

double Seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

ui::TextStyle ReadingStyle(const ui::AppState& app, float width) {
    ui::TextStyle s;
    s.font = app.fonts.reading;
    s.font_size = s.font->FontSize;
    s.line_height = s.font_size * 1.6f;
    s.paragraph_gap = s.font_size * 0.75f;
    s.wrap_width = width;
    return s;
}

// Best wall time of `repeat` layouts of text with marks, and the line count.
double BestLayout(const std::string& text, const std::vector<ui::TextMark>& marks, const ui::TextStyle& style,
                  int repeat, size_t& lines) {
    double best = 1e9;
    for (int r = 0; r < repeat; ++r) {
        const double t0 = Seconds();
        const ui::TextLayout lay = ui::LayoutText(text, 0, static_cast<uint32_t>(text.size()), marks, style);
        best = std::min(best, Seconds() - t0);
        lines = lay.lines.size();
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    int repeat = 20;
    for (int i = 1; i < argc; ++i)
        if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));

    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1400, 900);
    io.DeltaTime = 1.0f / 60.0f;
    ui::AppState app;
    ui::InitApp(app, 1.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));

    const ui::TextStyle style = ReadingStyle(app, 680);
    std::printf("layout (680 px measure, best of %d)\n", repeat);
    std::string all;
    std::vector<ui::TextMark> all_marks;
    for (core::Index a = 0; a < static_cast<core::Index>(app.corpus.articles.size()); ++a) {
        const std::string& text = app.corpus.articles[a].text;
        const std::vector<ui::TextMark> marks = ui::ArticleMarks(app.corpus, a);
        size_t lines = 0;
        const double t = BestLayout(text, marks, style, repeat, lines);
        std::printf("  article %s: %6zu bytes, %3zu marks, %4zu lines: %8.1f us\n", app.corpus.articles[a].id.c_str(),
                    text.size(), marks.size(), lines, t * 1e6);
        for (ui::TextMark m : marks) {
            m.start += static_cast<uint32_t>(all.size());
            m.end += static_cast<uint32_t>(all.size());
            all_marks.push_back(m);
        }
        all += text + "\n";
    }
    std::string big;
    std::vector<ui::TextMark> big_marks;
    while (big.size() < 200000) {
        for (ui::TextMark m : all_marks) {
            m.start += static_cast<uint32_t>(big.size());
            m.end += static_cast<uint32_t>(big.size());
            big_marks.push_back(m);
        }
        big += all;
    }
    size_t lines = 0;
    const double t = BestLayout(big, big_marks, style, std::max(1, repeat / 4), lines);
    std::printf("  synthetic: %6zu bytes, %zu marks, %zu lines: %8.1f ms\n", big.size(), big_marks.size(), lines, t * 1e3);

    // Frames: a claim selected (reader, claims panel and relation view all busy), after the glide settles.
    ui::Selection sel;
    sel.article = 0;
    sel.claim = 2;
    ui::Select(app, sel);
    for (int i = 0; i < 120; ++i) ui::RunFrame(app);
    const int frames = 50 * repeat;
    const double t0 = Seconds();
    for (int i = 0; i < frames; ++i) ui::RunFrame(app);
    const double per = (Seconds() - t0) / frames;
    std::printf("frame (DrawApp + Render, 1400x900, claim selected): %.1f us mean over %d frames; %d vertices\n",
                per * 1e6, frames, ImGui::GetDrawData()->TotalVtxCount);
    ImGui::DestroyContext();
    return 0;
}
