// fonts.hpp — the UI and reading fonts, compiled in (subset from Debian's fonts-inter / fonts-noto-core).
//
// Usage: ui::Fonts fonts = ui::LoadFonts(ImGui::GetIO(), /*pixel_scale=*/dpr);
// Sizes are in logical pixels × pixel_scale so text is crisp on hi-DPI screens (the browser backing store
// is CSS size × devicePixelRatio; the style is scaled by the same factor).
#pragma once
#include <cstddef>

#include "embedded.hpp"

struct ImFont;
struct ImGuiIO;

namespace ui {

struct Fonts {
    ImFont* ui = nullptr;               // Inter Regular 15 px: menus, labels, lists
    ImFont* ui_bold = nullptr;          // Inter SemiBold 15 px: headings in panels
    ImFont* title = nullptr;            // Inter SemiBold 20 px: article headline
    ImFont* reading = nullptr;          // Noto Serif 17 px: article body text
    ImFont* reading_italic = nullptr;   // Noto Serif Italic 17 px: captions, quotes
    ImFont* small = nullptr;            // Inter Regular 12.5 px: axis labels, badges
};

// A chip's way out ("Kim Jong Un  ×"): U+00D7, which Inter carries. (U+2715 "✕" is not in it: ImGui drew
// its fallback, and the filter chips read "Kim Jong Un  ?".)
inline constexpr const char* kCloseMark = "\xC3\x97";

// The font files LoadFonts reads, by base name (ui_regular.otf, ui_semibold.otf, reading_regular.ttf,
// reading_italic.ttf); the bytes must outlive every atlas built from them. Default: kFontFiles, compiled in
// (ui_fonts natively; the page compiles in smaller first fonts and swaps in the full ones when a story
// needs them: ui/platform/platform_emscripten.cpp).
void SetFontFiles(const core::EmbeddedFile* files, size_t count);

// Clears io.Fonts and adds ours, with every glyph the font files carry; the caller (platform) uploads the
// atlas texture afterwards.
Fonts LoadFonts(ImGuiIO& io, float pixel_scale);

}  // namespace ui
