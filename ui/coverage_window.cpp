#include "coverage_window.hpp"

#include <imgui.h>

#include "app.hpp"

namespace ui {

void DrawCoverage(AppState& app, CoverageState& st) {
    (void)app;
    ImGui::SetNextWindowPos(ImVec2(st.x, st.y));
    ImGui::SetNextWindowSize(ImVec2(st.w, st.h));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
    if (!ImGui::Begin("Coverage", nullptr, flags)) { ImGui::End(); return; }
    ImGui::End();
}

}  // namespace ui
