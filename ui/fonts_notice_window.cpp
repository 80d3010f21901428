#include "fonts_notice_window.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app.hpp"
#include "card.hpp"
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
    const bool open = BeginCard("##fonts_notice", ImVec2(12 * s, display.y - 12 * s), ImVec2(0.0f, 1.0f), w, pal.rule,
                                ImVec2(12 * s, 8 * s), s);
    if (open) {
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
        st.button = LastItemRect();
        ImGui::SameLine();
        if (ImGui::SmallButton("Dismiss")) st.dismissed = true;
    }
    st.card = EndCard(open);
}

}  // namespace ui
