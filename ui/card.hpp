// card.hpp — a small card floating over the panes (the load status, the fonts notice): the page's paper, a
// hairline border, rounded corners, sized to its content. The cards are windows of their own so they stay on
// top of the panes and take clicks first.
//
// Usage: const bool open = BeginCard("##id", pos, pivot, width, border, padding, s);
//        if (open) { … st.button = LastItemRect(); … }
//        st.card = EndCard(open);            // always, whatever BeginCard returned (ImGui's Begin/End rule)
#pragma once
#include <imgui.h>

#include "layout.hpp"

namespace ui {

// pos and pivot as ImGui::SetNextWindowPos's; padding already scaled; s = the app's pixel scale.
bool BeginCard(const char* id, ImVec2 pos, ImVec2 pivot, float width, ImU32 border, ImVec2 padding, float s);
Rect EndCard(bool open);   // the card's rect on screen ({} when it was not drawn)
Rect LastItemRect();       // the last widget's rect, for tests that click it

}  // namespace ui
