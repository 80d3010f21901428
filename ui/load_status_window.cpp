#include "load_status_window.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "analyser.hpp"
#include "app.hpp"
#include "card.hpp"
#include "open_files.hpp"
#include "theme.hpp"

namespace ui {

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
    const bool open = BeginCard("##load_status", ImVec2(display.x * 0.5f, display.y - 16 * s), ImVec2(0.5f, 1.0f), w,
                                st.analysing ? pal.rule : pal.accent, ImVec2(14 * s, 10 * s), s);
    if (open) {
        if (st.analysing) {
            ImGui::PushFont(app.fonts.ui_bold);
            ImGui::Text("Analysing %s", st.files.c_str());
            ImGui::PopFont();
            char overlay[64];
            std::snprintf(overlay, sizeof overlay, "%s \xC2\xB7 %d%%", st.stage.c_str(), static_cast<int>(st.fraction * 100 + 0.5f));
            ImGui::ProgressBar(st.fraction, ImVec2(-90 * s, 0), overlay);
            ImGui::SameLine();
            if (ImGui::Button("Cancel", ImVec2(-1, 0))) CancelOpenFiles(app);
            st.button = LastItemRect();
            ImGui::PushFont(app.fonts.small);
            ImGui::TextDisabled("The story on screen stays until the new one is ready.");
            ImGui::PopFont();
        } else {
            ImGui::PushFont(app.fonts.ui_bold);
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(pal.accent), "Could not open the files");
            ImGui::PopFont();
            ImGui::TextUnformatted(st.error.c_str());
            if (ImGui::Button("Dismiss")) st.error.clear();
            st.button = LastItemRect();
        }
    }
    st.card = EndCard(open);
}

}  // namespace ui
