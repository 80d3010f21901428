#include "card.hpp"

#include "theme.hpp"

namespace ui {

bool BeginCard(const char* id, ImVec2 pos, ImVec2 pivot, float width, ImU32 border, ImVec2 padding, float s) {
    ImGui::SetNextWindowPos(pos, ImGuiCond_Always, pivot);
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(CurrentPalette().paper));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(border));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f * s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 6 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, padding);
    // Not focused when it appears: a card must not take the keys from the pane the reader is in.
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_AlwaysAutoResize;
    const bool open = ImGui::Begin(id, nullptr, flags);
    if (open) ImGui::PushTextWrapPos(0.0f);
    return open;
}

Rect EndCard(bool open) {
    Rect card;
    if (open) {
        ImGui::PopTextWrapPos();
        const ImVec2 p = ImGui::GetWindowPos(), sz = ImGui::GetWindowSize();
        card = {p.x, p.y, sz.x, sz.y};
    }
    ImGui::End();
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(2);
    return card;
}

Rect LastItemRect() {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    return {a.x, a.y, b.x - a.x, b.y - a.y};
}

}  // namespace ui
