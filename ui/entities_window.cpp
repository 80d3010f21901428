#include "entities_window.hpp"

#include <imgui.h>

#include "app.hpp"

namespace ui {

void DrawEntities(AppState& app, EntitiesState& st) {
    (void)app;
    ImGui::SetNextWindowPos(ImVec2(st.x, st.y));
    ImGui::SetNextWindowSize(ImVec2(st.w, st.h));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
    if (!ImGui::Begin("Entities", nullptr, flags)) { ImGui::End(); return; }
    ImGui::End();
}

}  // namespace ui
