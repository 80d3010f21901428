// platform_glfw.cpp — the native desktop app (development target): GLFW window, OpenGL 3.3 core.
//
//   claimline-app [--frames N] [--screenshot FILE.png] [--size WxH] [--select LINK] [--view STATE] [--window FROM..TO] [--theme light|dark] [--synthetic N] [--fonts-failed] [BUNDLE.json]
// --frames renders N frames and exits (with --screenshot, the last frame is saved as PNG); used by tests.
// --select opens with a selection in its deep-link form ("a=3&c=52"), e.g. to screenshot a selected claim;
// --view with a view state ("q=treaty&lanes=entities&panels=entities+coverage", ui::ViewState).
// --window shows the timeline zoomed to those days ("2024-11-09..2024-11-15", as the page's window link key).
// --synthetic N opens the made-up story of N events the timeline's tests and bench_ui use (to look at them).
// --fonts-failed shows the web page's "some letters cannot be shown yet" card (natively every font is
// compiled in, so it never shows otherwise), to look at it.
#include <GLFW/glfw3.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>

#include "calendar.hpp"
#include "frame.hpp"
#include "idle.hpp"
#include "open_files.hpp"
#include "timeline_synthetic.hpp"

namespace {

struct Options {
    int frames = 0;                     // 0 = run until the window closes
    std::string screenshot;             // PNG path written after the last frame (needs --frames)
    int width = 1280, height = 800;     // window size in screen coordinates
    std::string bundle;                 // a bundle to open instead of the bundled story
    std::string select;                 // a selection as in deep links ("a=3&c=52"); "" = the default
    std::string view;                   // a view state ("q=treaty&panels=coverage"); "" = the default
    double window_from = 0, window_to = 0;  // --window: the timeline's shown days (since 1970-01-01); equal = fitted
    ui::Theme theme = ui::Theme::Light; // --theme; the top bar's switch changes it while running
    int synthetic = 0;                  // --synthetic N: events of ui::MakeSyntheticStory instead; 0 = off
    bool fonts_failed = false;          // --fonts-failed: as if the web page's full fonts had failed to load
};

bool ParseArgs(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        if (!std::strcmp(a, "--frames")) { const char* v = next(); if (!v) return false; o.frames = std::atoi(v); }
        else if (!std::strcmp(a, "--screenshot")) { const char* v = next(); if (!v) return false; o.screenshot = v; }
        else if (!std::strcmp(a, "--select")) { const char* v = next(); if (!v) return false; o.select = v; }
        else if (!std::strcmp(a, "--size")) {
            const char* v = next();
            if (!v || std::sscanf(v, "%dx%d", &o.width, &o.height) != 2) return false;
        } else if (!std::strcmp(a, "--view")) {
            const char* v = next();
            if (!v) return false;
            o.view = v;
        } else if (!std::strcmp(a, "--window")) {
            const char* v = next();
            int y0, m0, d0, y1, m1, d1;
            if (!v || std::sscanf(v, "%d-%d-%d..%d-%d-%d", &y0, &m0, &d0, &y1, &m1, &d1) != 6) return false;
            for (int m : {m0, m1}) if (m < 1 || m > 12) return false;
            for (int d : {d0, d1}) if (d < 1 || d > 31) return false;
            o.window_from = core::DayFromCivil(y0, m0, d0);
            o.window_to = core::DayFromCivil(y1, m1, d1);
            if (o.window_to <= o.window_from) return false;
        } else if (!std::strcmp(a, "--theme")) {
            const char* v = next();
            if (!v || !ui::Parse(v, o.theme)) return false;
        } else if (!std::strcmp(a, "--synthetic")) {
            const char* v = next();
            if (!v || (o.synthetic = std::atoi(v)) <= 0) return false;
        } else if (!std::strcmp(a, "--fonts-failed")) {
            o.fonts_failed = true;
        } else if (a[0] == '-') return false;
        else o.bundle = a;
    }
    return o.screenshot.empty() || o.frames > 0;
}

// Reads the back buffer (before the swap: under Xvfb the front buffer reads black) and writes a PNG.
bool WriteScreenshot(const std::string& path, int w, int h) {
    std::vector<unsigned char> pixels(static_cast<size_t>(w) * h * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    stbi_flip_vertically_on_write(1);
    return stbi_write_png(path.c_str(), w, h, 4, pixels.data(), w * 4) != 0;
}

ui::FrameBudget* g_budget = nullptr;  // GLFW callbacks are C functions; they only wake the loop
ui::AppState* g_app = nullptr;        // for the drop callback
void Wake(GLFWwindow*) { if (g_budget) g_budget->OnInput(); }

bool ReadFile(const char* path, std::string& out) {
    FILE* f = std::fopen(path, "rb");
    if (!f) return false;
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    const bool ok = !std::ferror(f);
    std::fclose(f);
    return ok;
}

// Files dropped on the window (or given on the command line) replace the story; errors keep the old one.
void OpenPaths(ui::AppState& app, int count, const char** paths) {
    std::vector<ui::InputFile> files;
    for (int i = 0; i < count; ++i) {
        ui::InputFile f{paths[i], {}};
        if (!ReadFile(paths[i], f.bytes)) {
            app.status = std::string(paths[i]) + ": cannot read the file";
            std::fprintf(stderr, "claimline-app: %s\n", app.status.c_str());
            return;
        }
        files.push_back(std::move(f));
    }
    // Analysed on a worker thread: the window keeps drawing; errors show in the load status card too.
    ui::OpenFiles(app, std::move(files), [&app](bool ok) {
        if (!ok) std::fprintf(stderr, "claimline-app: %s\n", app.status.c_str());
    });
}

void OnDrop(GLFWwindow*, int count, const char** paths) {
    if (g_app) OpenPaths(*g_app, count, paths);
    Wake(nullptr);
}

}  // namespace

int main(int argc, char** argv) {
    Options opt;
    if (!ParseArgs(argc, argv, opt)) {
        std::fprintf(stderr, "usage: claimline-app [--frames N [--screenshot FILE.png]] [--size WxH] [--select LINK] [--view STATE] [--window FROM..TO] [--theme light|dark] [--synthetic N] [--fonts-failed] [BUNDLE.json]\n");
        return 2;
    }
    if (!glfwInit()) { std::fprintf(stderr, "claimline-app: cannot initialise GLFW (no display?)\n"); return 1; }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    GLFWwindow* window = glfwCreateWindow(opt.width, opt.height, "claimline", nullptr, nullptr);
    if (!window) { std::fprintf(stderr, "claimline-app: cannot create an OpenGL 3.3 window\n"); glfwTerminate(); return 1; }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    float xscale = 1, yscale = 1;
    glfwGetWindowContentScale(window, &xscale, &yscale);
    ui::AppState app;
    ui::InitApp(app, xscale);
    ui::SetTheme(app, opt.theme);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    if (!opt.bundle.empty()) {
        const char* path = opt.bundle.c_str();
        OpenPaths(app, 1, &path);
    }
    if (opt.synthetic > 0) ui::OpenCorpus(app, ui::MakeSyntheticStory(static_cast<size_t>(opt.synthetic)));
    if (opt.fonts_failed && ui::WantFullFonts(app.fonts_notice, 0)) ui::FullFontsFailed(app.fonts_notice, 0);
    if (!opt.view.empty()) {
        ui::ViewState view;
        if (ui::Parse(opt.view, view)) ui::ApplyView(app, view);
        else std::fprintf(stderr, "claimline-app: --view %s: not a view state (e.g. q=treaty&panels=coverage)\n", opt.view.c_str());
    }
    if (!opt.select.empty()) {
        ui::Selection selection;
        if (ui::ResolveLink(opt.select, app.corpus, selection)) ui::Select(app, selection);
        else std::fprintf(stderr, "claimline-app: --select %s: not a selection in this story (e.g. a=3&c=52, a=4&at=1234)\n", opt.select.c_str());
    }

    ui::FrameBudget budget;
    g_budget = &budget;
    g_app = &app;
    glfwSetDropCallback(window, OnDrop);
    // Backends chain to previously installed callbacks, so ours only mark "input arrived".
    glfwSetWindowRefreshCallback(window, Wake);
    int exit_code = 0;
    while (!glfwWindowShouldClose(window)) {
        // Idle: block until an event when nothing is animating (no redraw without input or animation).
        if (opt.frames == 0 && budget.frames_left == 0) { glfwWaitEvents(); budget.OnInput(); }
        else glfwPollEvents();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ui::RunFrame(app);
        // After the first frame has fitted the timeline to the story (and built its axis).
        if (app.frame == 1 && opt.window_to > opt.window_from) ui::SetTimelineWindow(app.timeline, opt.window_from, opt.window_to);
        int fw, fh;
        glfwGetFramebufferSize(window, &fw, &fh);
        glViewport(0, 0, fw, fh);
        const ImVec4 paper = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
        glClearColor(paper.x, paper.y, paper.z, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        // A story given on the command line is analysed first: --frames counts from when it is on screen.
        const bool last = opt.frames > 0 && app.frame >= opt.frames && !app.load_status.analysing;
        if (last && !opt.screenshot.empty() && !WriteScreenshot(opt.screenshot, fw, fh)) {
            std::fprintf(stderr, "claimline-app: cannot write %s\n", opt.screenshot.c_str());
            exit_code = 1;
        }
        glfwSwapBuffers(window);
        if (last) break;
        budget.Consume(app.animating || ui::HasPendingInput());
    }
    ui::CancelAnalysis();               // quitting while files are analysed: stop the worker, do not wait for it
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exit_code;
}
