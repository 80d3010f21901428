// draw_text.hpp — one line of text drawn into a draw list, shortened with "…" when it has no room; for
// custom-drawn views (timeline labels, coverage headers) where ImGui's widgets would clip mid-letter.
#pragma once
#include <imgui.h>

#include <string_view>

namespace ui {

// Draws `text` at `pos` in the current font, cut at a code point and ended with "…" to fit `max_w` pixels
// (trailing spaces before the "…" dropped); returns the width drawn and, in *was_cut, whether it was cut.
// With dl == nullptr it only measures (to centre or right-align the shortened text).
float AddTextEllipsis(ImDrawList* dl, ImVec2 pos, ImU32 col, std::string_view text, float max_w, bool* was_cut = nullptr);

}  // namespace ui
