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

namespace {
constexpr float kMargin = 6;            // logical px around the card, inside the strip kept for it
constexpr float kPadX = 12, kPadY = 8;  // logical px: the card's padding
constexpr const char* kNoticeText = "The fonts for them did not load (offline?). Trying again shortly.";
}  // namespace

// Shown while letters are missing because a fetch failed (also while it is being tried again).
bool FontsNoticeShown(const FontsNoticeState& st) {
    return st.failures > 0 && st.status != FullFonts::Loaded && !st.dismissed;
}

float FontsNoticeStripHeight(const AppState& app) {
    const FontsNoticeState& st = app.fonts_notice;
    if (!FontsNoticeShown(st)) return 0;
    const float s = app.pixel_scale;
    // Its three lines (the text as wrapped in the card's width): ImGui measures a new auto-sized window
    // only on its second frame, so the size it reports before may be too small.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float wrap = ImGui::GetIO().DisplaySize.x - 2 * (kMargin + kPadX) * s;
    ImFont* small = app.fonts.small ? app.fonts.small : ImGui::GetFont();
    const float text_h = small->CalcTextSizeA(small->FontSize, 1e9f, wrap, kNoticeText).y;
    const float estimate = 2 * kPadY * s + ImGui::GetTextLineHeight() + text_h + ImGui::GetFrameHeight() + 2 * style.ItemSpacing.y;
    return std::max(estimate, st.card.h) + 2 * kMargin * s;
}

void DrawFontsNotice(AppState& app, FontsNoticeState& st) {
    st.card = st.button = {};
    if (!FontsNoticeShown(st)) return;
    const float s = app.pixel_scale;
    const Palette& pal = CurrentPalette();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    // Across the bottom, in a strip the layout keeps for it (FontsNoticeStripHeight): the panes end above
    // it, so it hides no list item and no line of the text, on a phone too.
    const float m = kMargin * s;
    const bool open = BeginCard("##fonts_notice", ImVec2(m, display.y - m), ImVec2(0.0f, 1.0f), display.x - 2 * m, pal.rule,
                                ImVec2(kPadX * s, kPadY * s), s);
    if (open) {
        ImGui::PushFont(app.fonts.ui_bold);
        ImGui::TextUnformatted("Some letters cannot be shown yet");
        ImGui::PopFont();
        ImGui::PushFont(app.fonts.small);
        if (st.status == FullFonts::Loading) {
            ImGui::TextDisabled("The fonts for them did not load. Trying again\xE2\x80\xA6");
        } else {  // (no countdown: it would keep frames coming while the page should idle)
            ImGui::TextDisabled("%s", kNoticeText);
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
