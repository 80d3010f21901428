// imgui_unreached.cpp — a stand-in for what Dear ImGui links into the page's viewer but the page never runs
// (issue #7: 12 KB of the download, gzip). The linker sends ImGui's calls here instead (--wrap, in
// claimline_web_app, web/CMakeLists.txt).
//   ImFontAtlas::AddFontDefault  ImGui's built-in ProggyClean font (12 KB of base85 text), which ImGui adds
//                                when an atlas is built with no font and ui/fonts.cpp adds when its UI font
//                                is missing. On the page it never is: the first fonts are compiled in and
//                                claimline_fonts_done refuses a pack without it (platform_emscripten.cpp).
// It traps if ever reached: a change that starts needing it fails loudly in the browser tests instead of
// drawing wrong; take the --wrap out then.
// (sscanf has a small stand-in of its own: small_sscanf.cpp.)

struct ImFont;
struct ImFontAtlas;
struct ImFontConfig;

extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*, const ImFontConfig*) {
    __builtin_trap();
}
