// theme.hpp — colours and spacing of a news product: light paper and dark ink, one accent.
#pragma once
#include <imgui.h>

namespace ui {

enum class Theme { Light, Dark };

// Palette used by custom drawing (timeline, highlights); ImGui's style is set from the same values.
struct Palette {
    ImU32 paper, ink, muted, rule, accent, accent_soft, marker;
};

void ApplyTheme(Theme theme, float pixel_scale);  // sets ImGui's style, scaled for hi-DPI
const Palette& CurrentPalette();

}  // namespace ui
