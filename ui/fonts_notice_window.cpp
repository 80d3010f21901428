#include "fonts_notice_window.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app.hpp"
#include "theme.hpp"

namespace ui {

double FullFontsBackoff(int failures) {
    if (failures <= 0) return 0;
    return std::min(60.0, 2.0 * std::pow(2.0, std::min(failures, 8) - 1));
}

bool WantFullFonts(FontsNoticeState& st, double now) {
    if (st.status == FullFonts::Loaded || st.status == FullFonts::Loading) return false;
    if (st.status == FullFonts::Failed && now < st.retry_at && !st.retry_now) return false;
    st.status = FullFonts::Loading;
    st.retry_now = false;
    return true;
}

bool FullFontsRetryDue(const FontsNoticeState& st, double now) {
    return st.status == FullFonts::Failed && (st.retry_now || now >= st.retry_at);
}

void FullFontsFailed(FontsNoticeState& st, double now) {
    if (st.status == FullFonts::Loaded) return;  // another instance's fetch already brought them
    st.status = FullFonts::Failed;
    ++st.failures;
    st.retry_at = now + FullFontsBackoff(st.failures);
    st.dismissed = false;
}

void FullFontsArrived(FontsNoticeState& st) {
    st.status = FullFonts::Loaded;
    st.failures = 0;
    st.retry_now = false;
}

void DrawFontsNotice(AppState& app, FontsNoticeState& st) {
    st.card = st.button = {};
    // Shown while letters are missing because a fetch failed (also while it is being tried again).
    if (st.failures == 0 || st.status == FullFonts::Loaded || st.dismissed) return;
    const float s = app.pixel_scale;
    const Palette& pal = CurrentPalette();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float w = std::min(display.x - 24 * s, 380 * s);
    // Bottom left, small: it is about how some letters look, not about the story.
    ImGui::SetNextWindowPos(ImVec2(12 * s, display.y - 12 * s), ImGuiCond_Always, ImVec2(0.0f, 1.0f));
    ImGui::SetNextWindowSize(ImVec2(w, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(pal.paper));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(pal.rule));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f * s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 6 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12 * s, 8 * s));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_AlwaysAutoResize;
    if (ImGui::Begin("##fonts_notice", nullptr, flags)) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::PushFont(app.fonts.ui_bold);
        ImGui::TextUnformatted("Some letters cannot be shown yet");
        ImGui::PopFont();
        ImGui::PushFont(app.fonts.small);
        if (st.status == FullFonts::Loading) {
            ImGui::TextDisabled("The fonts for them did not load. Trying again\xE2\x80\xA6");
        } else {  // (no countdown: it would keep frames coming while the page should idle)
            ImGui::TextDisabled("The fonts for them did not load (offline?). Trying again shortly.");
        }
        ImGui::PopFont();
        ImGui::BeginDisabled(st.status == FullFonts::Loading);
        if (ImGui::SmallButton("Try again")) st.retry_now = true;
        ImGui::EndDisabled();
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        st.button = {a.x, a.y, b.x - a.x, b.y - a.y};
        ImGui::SameLine();
        if (ImGui::SmallButton("Dismiss")) st.dismissed = true;
        ImGui::PopTextWrapPos();
        const ImVec2 p = ImGui::GetWindowPos(), sz = ImGui::GetWindowSize();
        st.card = {p.x, p.y, sz.x, sz.y};
    }
    ImGui::End();
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(2);
}

}  // namespace ui
