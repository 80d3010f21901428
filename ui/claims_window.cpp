#include "claims_window.hpp"

#include <imgui.h>

#include "app.hpp"

namespace ui {

void DrawClaims(AppState& app, ClaimsState& st) {
    (void)app;
    ImGui::SetNextWindowPos(ImVec2(st.x, st.y));
    ImGui::SetNextWindowSize(ImVec2(st.w, st.h));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
    if (!ImGui::Begin("Claims", nullptr, flags)) { ImGui::End(); return; }
    ImGui::End();
}

}  // namespace ui
