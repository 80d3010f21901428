// fonts.hpp — the UI and reading fonts, compiled in (subset from Debian's fonts-inter / fonts-noto-core).
//
// Usage: ui::Fonts fonts = ui::LoadFonts(ImGui::GetIO(), /*pixel_scale=*/dpr);
// Sizes are in logical pixels × pixel_scale so text is crisp on hi-DPI screens (the browser backing store
// is CSS size × devicePixelRatio; the style is scaled by the same factor).
#pragma once
#include <string_view>

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

// Clears io.Fonts and adds ours; the caller (platform) uploads the atlas texture afterwards.
// glyph_text "" = every glyph the subset fonts carry, so any story shows. Otherwise only ASCII, Latin-1,
// the UI's symbols and the characters of glyph_text (UTF-8: the story on screen) are rasterized — a third
// of the glyphs fewer, the biggest part of the page's start-up; rebuild with "" before other text shows.
Fonts LoadFonts(ImGuiIO& io, float pixel_scale, std::string_view glyph_text = {});

}  // namespace ui
