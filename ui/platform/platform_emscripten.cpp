// platform_emscripten.cpp — the web page: WebGL 2 through ImGui's OpenGL 3 backend, input from the host.
//
// The page's script (web/host.js) owns the DOM: it creates the WebGL 2 context on its own canvas, follows
// the container's size and devicePixelRatio, listens for input on that canvas only (so several instances
// on one page never steal each other's keys or wheel) and forwards it here through the exported C
// functions below. It calls claimline_frame() from requestAnimationFrame only while the app wants frames:
// an idle page draws nothing (no redraw without input or animation).
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>
#include <imgui_impl_opengl3.h>

#include <cstring>
#include <string>

#include "frame.hpp"
#include "idle.hpp"
#include "theme.hpp"

namespace {

struct Web {
    ui::AppState app;
    ui::FrameBudget budget;
    int width = 1, height = 1;           // backing store in device pixels (CSS size × devicePixelRatio)
    float dpr = 1.0f;                    // devicePixelRatio the fonts were built for
    double last_time = 0;                // seconds, for io.DeltaTime
    std::string clipboard;               // last text copied, kept for ImGui's GetClipboardText
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

EM_JS(void, JsCopyToClipboard, (const char* text), {
    const s = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).catch(() => {});
});

void SetClipboard(void*, const char* text) {
    g_web->clipboard = text;
    JsCopyToClipboard(text);
}
const char* GetClipboard(void*) { return g_web->clipboard.c_str(); }

void BuildFonts(float dpr) {
    g_web->app.fonts = ui::LoadFonts(ImGui::GetIO(), dpr);
    g_web->dpr = dpr;
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
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = emscripten_webgl_create_context("!canvas", &attrs);
    if (gl <= 0 || emscripten_webgl_make_context_current(gl) != EMSCRIPTEN_RESULT_SUCCESS) return 0;
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
    g_web->dpr = dpr;
    if (!ImGui_ImplOpenGL3_Init("#version 300 es")) return 0;
    return 1;
}

// One frame; returns 1 while the app wants another frame (animation or input still settling).
EMSCRIPTEN_KEEPALIVE int claimline_frame(double now_seconds) {
    Web& w = *g_web;
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(w.width), static_cast<float>(w.height));
    io.DeltaTime = w.last_time > 0 && now_seconds > w.last_time ? static_cast<float>(now_seconds - w.last_time) : 1.0f / 60.0f;
    w.last_time = now_seconds;
    ImGui_ImplOpenGL3_NewFrame();
    ui::RunFrame(w.app);
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
        BuildFonts(dpr);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        g_web->app.pixel_scale = dpr;
        ui::ApplyTheme(ui::Theme::Light, dpr);
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

EMSCRIPTEN_KEEPALIVE int claimline_wants_frame() { return g_web && g_web->budget.frames_left > 0 ? 1 : 0; }

}  // extern "C"

int main() { return 0; }  // the host drives everything through the exports above
