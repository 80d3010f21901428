// platform_emscripten.cpp — the web page: WebGL 2 through ImGui's OpenGL 3 backend, input from the host.
//
// The page's script (web/host.js) owns the DOM: it creates the WebGL 2 context on its own canvas, follows
// the container's size and devicePixelRatio, listens for input on that canvas only (so several instances
// on one page never steal each other's keys or wheel) and forwards it here through the exported C
// functions below. It calls claimline_frame() from requestAnimationFrame only while the app wants frames:
// an idle page draws nothing (no redraw without input or animation).
//
// Beyond input, the host drives the app through named operations, each validating what it is given
// (strings from a URL hash, a postMessage or a dropped file are data, never trusted):
//   claimline_select("a=2&c=14")          selection by deep-link string; 0 = malformed or out of range
//   claimline_set_view("timeline")        which windows show: explorer | timeline | reader
//   claimline_set_theme("dark")           light | dark
//   claimline_set_view_state("q=kim")     search query, timeline lanes, extra panels (ui::ViewState)
//   claimline_set_window(from, to)        the timeline's visible days (since 1970-01-01)
//   claimline_add_file / claimline_open_files / claimline_load_state   bring-your-own-articles (analysed
//                                         by the page's analyser worker: ui/platform/analyser_worker.cpp)
//   claimline_export_bundle()             the story on screen as a bundle (JSON)
//   claimline_outline()                   articles, events and claims as JSON for the page's DOM mirror
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "bundle.hpp"
#include "calendar.hpp"
#include "embedded.hpp"
#include "fonts.hpp"
#include "frame.hpp"
#include "idle.hpp"
#include "json_writer.hpp"
#include "open_files.hpp"
#include "theme.hpp"


namespace {

struct Web {
    ui::AppState app;
    ui::FrameBudget budget;
    int width = 1, height = 1;           // backing store in device pixels (CSS size × devicePixelRatio)
    float dpr = 1.0f;                    // devicePixelRatio the fonts were built for
    std::string full_fonts;              // the full fonts (claimline-fonts.bin) once the page handed them over
    std::vector<core::EmbeddedFile> full_font_files;  // views into full_fonts, for ui::SetFontFiles
    double last_time = 0;                // seconds, for io.DeltaTime
    long frames = 0;                     // frames drawn so far
    std::string clipboard;               // last text copied, kept for ImGui's GetClipboardText
    std::string view = "explorer";       // explorer | timeline | reader (see SetView)
    std::vector<ui::InputFile> pending;  // files handed over by claimline_add_file, not yet opened
    int load_state = 1;                  // the last load: 1 opened, -1 refused (status says why), 0 analysing
    std::string status;                  // last load result: "" or an error naming the file and place
    std::string out;                     // storage for strings returned to JS (valid until the next call)
};
Web* g_web = nullptr;

// DOM KeyboardEvent.code → ImGuiKey (layout-independent physical keys, as ImGui expects).
ImGuiKey KeyFromCode(const char* code) {
    struct Entry { const char* code; ImGuiKey key; };
    static const Entry kKeys[] = {
        {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
        {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
        {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
        {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
        {"Space", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter},
        {"Escape", ImGuiKey_Escape}, {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl},
        {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift}, {"AltLeft", ImGuiKey_LeftAlt},
        {"AltRight", ImGuiKey_RightAlt}, {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper},
        {"Minus", ImGuiKey_Minus}, {"Equal", ImGuiKey_Equal}, {"NumpadAdd", ImGuiKey_KeypadAdd},
        {"NumpadSubtract", ImGuiKey_KeypadSubtract}, {"Slash", ImGuiKey_Slash}, {"Period", ImGuiKey_Period},
        {"Comma", ImGuiKey_Comma}, {"F1", ImGuiKey_F1}, {"F2", ImGuiKey_F2}, {"F3", ImGuiKey_F3},
        {"F6", ImGuiKey_F6}};
    for (const Entry& e : kKeys)
        if (!std::strcmp(code, e.code)) return e.key;
    // KeyA..KeyZ and Digit0..Digit9 map arithmetically.
    if (!std::strncmp(code, "Key", 3) && code[3] >= 'A' && code[3] <= 'Z' && !code[4])
        return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
    if (!std::strncmp(code, "Digit", 5) && code[5] >= '0' && code[5] <= '9' && !code[6])
        return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
    return ImGuiKey_None;
}

// performance.mark(name): splits the page's load time for bench/web_load.mjs (a mark costs microseconds).
EM_JS(void, JsMark, (const char* name), { performance.mark(UTF8ToString(name)); });

EM_JS(void, JsCopyToClipboard, (const char* text), {
    const s = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).catch(() => {});
});

void SetClipboard(void*, const char* text) {
    g_web->clipboard = text;
    JsCopyToClipboard(text);
}
const char* GetClipboard(void*) { return g_web->clipboard.c_str(); }

// Rasterizes the fonts again (another devicePixelRatio, or a story that may need other glyphs) and
// uploads the new atlas.
void RebuildFonts(float dpr) {
    g_web->app.fonts = ui::LoadFonts(ImGui::GetIO(), dpr);
    // The old fonts are gone; views cache layouts that point at them, keyed by corpus_version (and the
    // font size, which a rebuild at the same scale keeps): have them lay out again.
    ++g_web->app.corpus_version;
    g_web->dpr = dpr;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

// The viewer compiles in first fonts: subset to the bundled story's characters and the UI's own (web/
// CMakeLists.txt), a third of the glyphs — less to download, less to rasterize before the first frame. Any
// other text (a story a reader opens, a search for "é") needs the full fonts: the page fetches them once
// (Module.loadFonts in web/host.js) and hands them to claimline_fonts_done, which rebuilds the atlas.
// Until then a missing glyph shows as ImGui's fallback. A failed fetch (offline) is tried again on the
// next need and by a timer, with back-off, and a card says why letters are boxes (fonts_notice_window.hpp).
EM_JS(void, JsLoadFonts, (), { Module['loadFonts'](); });
EM_JS(void, JsRetryFontsIn, (double ms), {
    setTimeout(function() { if (Module['_claimline_fonts_retry']) Module['_claimline_fonts_retry'](); }, ms);
});

double NowSeconds() { return emscripten_get_now() / 1000.0; }

void WantFullFonts() {
    if (ui::WantFullFonts(g_web->app.fonts_notice, NowSeconds())) JsLoadFonts();
}

void FullFontsFailed() {
    ui::FontsNoticeState& st = g_web->app.fonts_notice;
    ui::FullFontsFailed(st, NowSeconds());
    if (st.status == ui::FullFonts::Failed) JsRetryFontsIn(ui::FullFontsBackoff(st.failures) * 1000.0);
    g_web->budget.OnInput();             // draw the card
}

// True when some character of the UTF-8 text (from the DOM: valid) is not in the atlas (every font carries
// the same set).
bool MissesGlyphs(const char* utf8) {
    const ImFont* font = ImGui::GetIO().Fonts->Fonts.Size ? ImGui::GetIO().Fonts->Fonts[0] : nullptr;
    for (const unsigned char* p = reinterpret_cast<const unsigned char*>(utf8); font && *p;) {
        const int n = *p < 0x80 ? 1 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : 4;
        unsigned int c = n == 1 ? *p : *p & (0x7F >> n);
        for (int i = 1; i < n; ++i) {
            if ((p[i] & 0xC0) != 0x80) return false;  // cut short: not text to draw
            c = (c << 6) | (p[i] & 0x3F);
        }
        p += n;
        if (c >= 0x20 && (c > 0xFFFF || !font->FindGlyphNoFallback(static_cast<ImWchar>(c)))) return true;
    }
    return false;
}

bool InRange(core::Index i, size_t size) { return i == core::kNone || (i >= 0 && static_cast<size_t>(i) < size); }

std::string DayOrEmpty(core::Day d) { return d == core::kNoDay ? std::string() : core::FormatIsoDay(d); }

// What the page's DOM mirror lists (web/mirror.js), in corpus index order so indices are selection values.
// The strings are a dropped story's (hostile text included): the writer escapes them and replaces invalid
// UTF-8, so the page's JSON.parse always gets valid JSON and the text stays text.
std::string Outline(const core::Corpus& c) {
    std::string out;
    core::JsonWriter w(out);
    const std::vector<std::string> links = ui::ClaimDeepLinks(c);   // each claim by its words: links to copy
    w.BeginObject();
    w.Key("articles");
    w.BeginArray();
    for (const core::Article& a : c.articles) {
        w.BeginObject();
        w.Field("headline", a.headline);
        w.Field("outlet", a.outlet);
        w.Field("published", a.published);
        w.EndObject();
    }
    w.EndArray();
    w.Key("events");
    w.BeginArray();
    for (const core::Event& e : c.events) {
        w.BeginObject();
        w.Field("label", e.label);
        w.Field("date", e.date.value);
        w.Field("day", DayOrEmpty(e.date.earliest));
        w.Key("claims");
        w.BeginArray();
        for (const core::Index k : e.claims) w.Int(k);
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.Key("claims");
    w.BeginArray();
    for (size_t i = 0; i < c.claims.size(); ++i) {
        const core::Claim& k = c.claims[i];
        std::string_view text;
        if (InRange(k.span.article, c.articles.size()) && k.span.article != core::kNone)
            text = core::TextOf(c.articles[k.span.article], k.span.start, k.span.end);
        w.BeginObject();
        w.Field("article", k.span.article);
        w.Field("text", text);
        w.Field("kind", core::ToString(k.kind));
        w.Field("speaker", k.attribution.outlet_voice ? std::string_view() : std::string_view(k.attribution.speaker_name));
        w.Field("hedged", k.hedged);
        w.Field("event", k.event);
        w.Field("link", links[i]);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return out;
}

void SetView(Web& w, const std::string& view) {
    w.view = view;
    w.app.show_timeline = view != "reader";
    w.app.show_articles = view != "timeline";
    w.app.show_reader = view != "timeline";
}

}  // namespace

extern "C" {

// Called once by the host after it registered its canvas as specialHTMLTargets["!canvas"].
// width/height = backing store in device pixels; dpr = devicePixelRatio (fonts are built at it).
// Returns 0 when WebGL 2 is unavailable (the host then shows its no-WebGL message).
EMSCRIPTEN_KEEPALIVE int claimline_start(int width, int height, float dpr) {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.alpha = false;                 // an opaque page background; cheaper compositing
    attrs.depth = false;
    attrs.stencil = false;
    attrs.antialias = false;             // ImGui anti-aliases its own geometry
    attrs.enableExtensionsByDefault = false;  // ImGui's WebGL 2 renderer needs none; enabling all costs ~40 ms
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = emscripten_webgl_create_context("!canvas", &attrs);
    if (gl <= 0 || emscripten_webgl_make_context_current(gl) != EMSCRIPTEN_RESULT_SUCCESS) return 0;
    JsMark("claimline:gl-context");
    g_web = new Web();
    g_web->width = width;
    g_web->height = height;
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "claimline_web";
    io.SetClipboardTextFn = SetClipboard;
    io.GetClipboardTextFn = GetClipboard;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ui::InitApp(g_web->app, dpr);
    g_web->app.host_shows_load_status = true;   // web/files.js has the progress bar and the status line
    g_web->dpr = dpr;
    JsMark("claimline:app");             // fonts rasterized, the story's bundle read
    // No version given: the backend's default for IMGUI_IMPL_OPENGL_ES3 ("#version 300 es"), from which
    // tools/imgui_shaders.py assembles the sources the page prelinks (web/host.js).
    if (!ImGui_ImplOpenGL3_Init(nullptr)) return 0;
    return 1;
}

// One frame; returns 1 while the app wants another frame (animation or input still settling).
EMSCRIPTEN_KEEPALIVE int claimline_frame(double now_seconds) {
    Web& w = *g_web;
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(w.width), static_cast<float>(w.height));
    io.DeltaTime = w.last_time > 0 && now_seconds > w.last_time ? static_cast<float>(now_seconds - w.last_time) : 1.0f / 60.0f;
    w.last_time = now_seconds;
    const bool first = w.frames++ == 0;  // the first frame is split by marks (bench/web_load.mjs)
    ImGui_ImplOpenGL3_NewFrame();        // on the first frame: shaders compiled, font atlas uploaded
    if (first) JsMark("claimline:gl-objects");
    ui::RunFrame(w.app);
    if (first) JsMark("claimline:ui");
    if (w.app.fonts_notice.retry_now && ui::FullFontsRetryDue(w.app.fonts_notice, NowSeconds())) WantFullFonts();  // "Try again"
    glViewport(0, 0, w.width, w.height);
    const ImVec4 paper = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    glClearColor(paper.x, paper.y, paper.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return w.budget.Consume(w.app.animating || ui::HasPendingInput()) ? 1 : 0;
}

// The container changed size or the page moved to a screen with another devicePixelRatio.
EMSCRIPTEN_KEEPALIVE void claimline_resize(int width, int height, float dpr) {
    g_web->width = width;
    g_web->height = height;
    if (dpr != g_web->dpr) {
        RebuildFonts(dpr);
        g_web->app.pixel_scale = dpr;
        ui::ApplyTheme(g_web->app.theme, dpr);
    }
    g_web->budget.OnInput();
}

EMSCRIPTEN_KEEPALIVE void claimline_mouse_move(float x, float y) {
    ImGui::GetIO().AddMousePosEvent(x, y);
    g_web->budget.OnInput();
}
EMSCRIPTEN_KEEPALIVE void claimline_mouse_button(int button, int down) {
    ImGui::GetIO().AddMouseButtonEvent(button, down != 0);
    g_web->budget.OnInput();
}
EMSCRIPTEN_KEEPALIVE void claimline_mouse_leave() {
    ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    g_web->budget.OnInput();
}
EMSCRIPTEN_KEEPALIVE void claimline_wheel(float dx, float dy) {
    ImGui::GetIO().AddMouseWheelEvent(dx, dy);
    g_web->budget.OnInput();
}
// Returns 1 when ImGui wants the key (the host then calls preventDefault so the page does not scroll).
EMSCRIPTEN_KEEPALIVE int claimline_key(const char* code, int down, int ctrl, int shift, int alt, int super) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, ctrl != 0);
    io.AddKeyEvent(ImGuiMod_Shift, shift != 0);
    io.AddKeyEvent(ImGuiMod_Alt, alt != 0);
    io.AddKeyEvent(ImGuiMod_Super, super != 0);
    const ImGuiKey key = KeyFromCode(code);
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down != 0);
    g_web->budget.OnInput();
    return key != ImGuiKey_None ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE void claimline_text(const char* utf8) {
    if (MissesGlyphs(utf8)) WantFullFonts();
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    g_web->budget.OnInput();
}
EMSCRIPTEN_KEEPALIVE void claimline_focus(int focused) {
    ImGui::GetIO().AddFocusEvent(focused != 0);
    g_web->budget.OnInput();
}
// The selection as its short string form ("a=2&c=14"), for the host page, deep links and tests.
EMSCRIPTEN_KEEPALIVE const char* claimline_selection() {
    static std::string text;
    text = ui::ToString(g_web->app.selection);
    return text.c_str();
}

// The selection as links give it out (the URL hash, state messages): a claim named by its words,
// "a=4&at=1234" (ui::ToLink). The host asks after every frame; it is worked out again only when the
// selection or the story changed.
EMSCRIPTEN_KEEPALIVE const char* claimline_link() {
    static std::string text;
    static ui::Selection for_selection;
    static int for_version = -1;
    if (for_version != g_web->app.corpus_version || !(for_selection == g_web->app.selection)) {
        text = ui::ToLink(g_web->app.selection, g_web->app.corpus);
        for_selection = g_web->app.selection;
        for_version = g_web->app.corpus_version;
    }
    return text.c_str();
}

// Deep link in: "a=2&c=14" or "a=4&at=1234" (see ui::ResolveLink). 0 when malformed or naming items the
// story does not have.
EMSCRIPTEN_KEEPALIVE int claimline_select(const char* text) {
    ui::Selection s;
    if (!ui::ResolveLink(text, g_web->app.corpus, s)) return 0;
    ui::Select(g_web->app, s);
    g_web->budget.OnInput();
    return 1;
}

// The view beyond the selection: search query, timeline lanes, extra panels ("q=kim&lanes=entities",
// see ui::ViewState); "" is the default view. Set returns 0 (and changes nothing) when malformed.
EMSCRIPTEN_KEEPALIVE const char* claimline_view_state() {
    g_web->out = ui::ToString(ui::CaptureView(g_web->app));
    return g_web->out.c_str();
}
EMSCRIPTEN_KEEPALIVE int claimline_set_view_state(const char* text) {
    ui::ViewState v;
    if (!ui::Parse(text, v)) return 0;
    ui::ApplyView(g_web->app, v);
    g_web->budget.OnInput();
    return 1;
}

EMSCRIPTEN_KEEPALIVE int claimline_set_view(const char* view) {
    const std::string v = view;
    if (v != "explorer" && v != "timeline" && v != "reader") return 0;
    SetView(*g_web, v);
    g_web->budget.OnInput();
    return 1;
}
EMSCRIPTEN_KEEPALIVE const char* claimline_view() { return g_web->view.c_str(); }

EMSCRIPTEN_KEEPALIVE int claimline_set_theme(const char* theme) {
    ui::Theme t;
    if (!ui::Parse(theme, t)) return 0;
    ui::SetTheme(g_web->app, t);   // the app's own switch changes app.theme too: one source of truth
    g_web->budget.OnInput();
    return 1;
}
EMSCRIPTEN_KEEPALIVE const char* claimline_theme() { return ui::ToString(g_web->app.theme); }

// The timeline's visible window in days since 1970-01-01; get returns "from to" ("" before the first fit).
EMSCRIPTEN_KEEPALIVE int claimline_set_window(double from, double to) {
    constexpr double kLimit = 3.0e6;     // ±8000 years: beyond any story, and far from float trouble
    if (!std::isfinite(from) || !std::isfinite(to) || from >= to || from < -kLimit || to > kLimit) return 0;
    ui::SetTimelineWindow(g_web->app.timeline, from, to);
    g_web->budget.OnInput();
    return 1;
}
EMSCRIPTEN_KEEPALIVE const char* claimline_window() {
    double from = 0, to = 0;
    g_web->out = ui::GetTimelineWindow(g_web->app.timeline, from, to) ? std::to_string(from) + " " + std::to_string(to) : std::string();
    return g_web->out.c_str();
}

// Bring your own articles: claimline_add_file(name, bytes, size) per file (bytes copied; the caller frees
// them), then claimline_open_files(): 1 opened, -1 refused (claimline_status() names the file and the
// place; the story on screen is unchanged), 0 analysing — the page's analyser answers later through
// claimline_analysis_done (analyser_worker.cpp) and claimline_load_state() then says 1 or -1.
EMSCRIPTEN_KEEPALIVE void claimline_add_file(const char* name, const char* bytes, int size) {
    g_web->pending.push_back({name, std::string(bytes, size > 0 ? static_cast<size_t>(size) : 0)});
}
EMSCRIPTEN_KEEPALIVE int claimline_open_files() {
    Web& w = *g_web;
    w.load_state = 0;
    std::vector<ui::InputFile> files = std::move(w.pending);
    w.pending.clear();
    WantFullFonts();                     // fetched while the files are read and analysed
    ui::OpenFiles(w.app, std::move(files), [&w](bool ok) {
        w.load_state = ok ? 1 : -1;
        w.status = w.app.status;
        w.budget.OnInput();
    });
    return w.load_state;
}
EMSCRIPTEN_KEEPALIVE int claimline_load_state() { return g_web->load_state; }
EMSCRIPTEN_KEEPALIVE const char* claimline_status() { return g_web->status.c_str(); }

EMSCRIPTEN_KEEPALIVE const char* claimline_export_bundle() {
    g_web->out = core::SaveBundle(g_web->app.corpus);
    return g_web->out.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* claimline_outline() {
    g_web->out = Outline(g_web->app.corpus);
    return g_web->out.c_str();
}

// The full fonts, as tools/pack_files.py packs them (per file: name length, name, u32 LE size, bytes);
// copied. Returns 0 (and keeps the first fonts) when the bytes are not such a pack or lack the UI font.
EMSCRIPTEN_KEEPALIVE int claimline_fonts_done(const char* bytes, int size) {
    Web& w = *g_web;
    if (!w.full_font_files.empty()) return 1;  // another instance's answer came first: already built
    std::string& pack = w.full_fonts;
    pack.assign(bytes, size > 0 ? static_cast<size_t>(size) : 0);
    std::vector<core::EmbeddedFile> files;
    for (size_t at = 0; at < pack.size();) {
        const size_t name_size = static_cast<unsigned char>(pack[at]);
        const size_t name_at = at + 1, size_at = name_at + name_size;
        if (pack.size() - at < 1 + name_size + 4) break;
        uint32_t file_size = 0;
        for (int i = 3; i >= 0; --i) file_size = (file_size << 8) | static_cast<unsigned char>(pack[size_at + i]);
        if (pack.size() - size_at - 4 < file_size) break;
        pack[size_at] = '\0';              // ends the name in place (its size was read)
        files.push_back({pack.data() + name_at, reinterpret_cast<const unsigned char*>(pack.data() + size_at + 4), file_size});
        at = size_at + 4 + file_size;
        if (at == pack.size()) w.full_font_files = std::move(files);  // complete: take them
    }
    // The UI font must be there: without it ui::LoadFonts would fall back to ImGui's built-in font, which
    // the page does not carry (web/imgui_unreached.cpp).
    if (core::FindEmbedded(w.full_font_files.data(), w.full_font_files.size(), "ui_regular.otf").empty())
        w.full_font_files.clear();
    if (w.full_font_files.empty()) {
        pack.clear();
        FullFontsFailed();
        return 0;
    }
    ui::SetFontFiles(w.full_font_files.data(), w.full_font_files.size());
    RebuildFonts(w.dpr);
    ui::FullFontsArrived(w.app.fonts_notice);
    w.budget.OnInput();
    return 1;
}

// The page could not fetch the full fonts (offline, HTTP error): tried again later (see WantFullFonts).
EMSCRIPTEN_KEEPALIVE void claimline_fonts_failed() { FullFontsFailed(); }
// The back-off timer: fetch again if letters are still missing and no fetch is under way.
EMSCRIPTEN_KEEPALIVE void claimline_fonts_retry() {
    if (g_web && ui::FullFontsRetryDue(g_web->app.fonts_notice, NowSeconds())) WantFullFonts();
}

// 1 when the atlas can draw the code point (tests: the full fonts arrived after a reader's story opened).
EMSCRIPTEN_KEEPALIVE int claimline_has_glyph(unsigned int codepoint) {
    const ImGuiIO& io = ImGui::GetIO();
    return io.Fonts->Fonts.Size && io.Fonts->Fonts[0]->FindGlyphNoFallback(static_cast<ImWchar>(codepoint)) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int claimline_wants_frame() { return g_web && g_web->budget.frames_left > 0 ? 1 : 0; }

}  // extern "C"

int main() { return 0; }  // the host drives everything through the exports above
