// theme.hpp — colours and spacing of a news product: warm paper and ink by day, soft charcoal by night,
// one blue accent. ImGui's style and the Palette below come from the same values, so custom drawing
// (timeline, coverage grid, splitters) matches the widgets.
//
// Usage: ui::ApplyTheme(ui::Theme::Dark, pixel_scale);  const ui::Palette& p = ui::CurrentPalette();
// Claim-kind and relation colours live in annotation_style.hpp (AnnotationColorsFor(app.theme)); the app
// keeps app.theme in step through ui::SetTheme (app.hpp).
#pragma once
#include <imgui.h>

#include <string_view>

namespace ui {

enum class Theme { Light, Dark };

const char* ToString(Theme theme);                  // "light" | "dark"
bool Parse(std::string_view text, Theme& out);      // false (out untouched) for anything else

// Colours for custom drawing, as packed ImU32 (ImGui's ABGR).
struct Palette {
    ImU32 paper;                        // window background: the page
    ImU32 ink;                          // body text
    ImU32 muted;                        // secondary text: dates, outlets, counts
    ImU32 rule;                         // hairlines between panes and rows
    ImU32 accent;                       // selection, links, focused things
    ImU32 accent_soft;                  // selection backgrounds
    ImU32 marker;                       // publication markers on the timeline
    ImU32 panel;                        // raised surfaces: top bar, headers, grid cells
    ImU32 panel_strong;                 // hovered surfaces, empty grid cells' border
    ImU32 on_accent;                    // text drawn on an accent fill
    ImU32 danger;                       // contradictions, errors
    ImU32 success;                      // corroboration
};

void ApplyTheme(Theme theme, float pixel_scale);  // sets ImGui's style, scaled for hi-DPI
const Palette& CurrentPalette();
Theme CurrentTheme();                             // the theme ApplyTheme last set

}  // namespace ui
