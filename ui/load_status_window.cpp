#include "load_status_window.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "analyser.hpp"
#include "app.hpp"
#include "open_files.hpp"
#include "theme.hpp"

namespace ui {

namespace {
Rect LastItem() {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    return {a.x, a.y, b.x - a.x, b.y - a.y};
}
}  // namespace

LoadStatusState::~LoadStatusState() {
    if (analysing) CancelAnalysis();
}

void DrawLoadStatus(AppState& app, LoadStatusState& st) {
    st.card = st.button = {};
    if (st.analysing) ++st.frames_while_analysing;
    if (app.host_shows_load_status || (!st.analysing && st.error.empty())) return;
    const float s = app.pixel_scale;
    const Palette& pal = CurrentPalette();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float w = std::min(display.x - 24 * s, 460 * s);
    // A card floating at the bottom centre, over the panes: it is about the whole story, not one view.
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y - 16 * s), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSize(ImVec2(w, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(pal.paper));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(st.analysing ? pal.rule : pal.accent));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f * s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 6 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * s, 10 * s));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_AlwaysAutoResize;
    if (ImGui::Begin("##load_status", nullptr, flags)) {
        ImGui::PushTextWrapPos(0.0f);
        if (st.analysing) {
            ImGui::PushFont(app.fonts.ui_bold);
            ImGui::Text("Analysing %s", st.files.c_str());
            ImGui::PopFont();
            char overlay[64];
            std::snprintf(overlay, sizeof overlay, "%s \xC2\xB7 %d%%", st.stage.c_str(), static_cast<int>(st.fraction * 100 + 0.5f));
            ImGui::ProgressBar(st.fraction, ImVec2(-90 * s, 0), overlay);
            ImGui::SameLine();
            if (ImGui::Button("Cancel", ImVec2(-1, 0))) CancelOpenFiles(app);
            st.button = LastItem();
            ImGui::PushFont(app.fonts.small);
            ImGui::TextDisabled("The story on screen stays until the new one is ready.");
            ImGui::PopFont();
        } else {
            ImGui::PushFont(app.fonts.ui_bold);
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(pal.accent), "Could not open the files");
            ImGui::PopFont();
            ImGui::TextUnformatted(st.error.c_str());
            if (ImGui::Button("Dismiss")) st.error.clear();
            st.button = LastItem();
        }
        ImGui::PopTextWrapPos();
        const ImVec2 a = ImGui::GetWindowPos(), b = ImGui::GetWindowSize();
        st.card = {a.x, a.y, b.x, b.y};
    }
    ImGui::End();
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(2);
}

}  // namespace ui
