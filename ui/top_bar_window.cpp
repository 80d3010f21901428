#include "top_bar_window.hpp"

#include <imgui.h>

#include <algorithm>

#include "app.hpp"
#include "search_window.hpp"
#include "theme.hpp"

namespace ui {

namespace {
Rect LastItem() {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    return {a.x, a.y, b.x - a.x, b.y - a.y};
}

// A button that stays lit while its panel is open.
bool Toggle(const char* label, bool on) {
    const Palette& pal = CurrentPalette();
    if (on) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(pal.accent_soft));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(pal.accent));
    }
    const bool pressed = ImGui::Button(label);
    if (on) ImGui::PopStyleColor(2);
    return pressed;
}

std::string StoryTitle(const AppState& app) {
    if (!app.story_title.empty()) return app.story_title;
    const size_t n = app.corpus.articles.size();
    if (n == 0) return "No story open";
    return std::to_string(n) + (n == 1 ? " article" : " articles");
}

void DrawTabs(AppState& app, TopBarState& st) {
    const Palette& pal = CurrentPalette();
    const float s = app.pixel_scale;
    const int count = static_cast<int>(Tab::Count);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float full_w = ImGui::GetContentRegionAvail().x;
    const float tab_w = full_w / count, tab_h = 34 * s;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < count; ++i) {
        const Tab tab = static_cast<Tab>(i);
        const bool on = app.layout.tab == tab;
        ImGui::SetCursorScreenPos(ImVec2(origin.x + tab_w * i, origin.y));
        ImGui::PushID(i);
        if (ImGui::InvisibleButton("##tab", ImVec2(tab_w, tab_h))) app.layout.tab = tab;
        ImGui::PopID();
        st.tabs[i] = LastItem();
        const char* label = TabLabel(tab);
        const ImVec2 sz = ImGui::CalcTextSize(label);
        const ImVec2 at(origin.x + tab_w * i + (tab_w - sz.x) * 0.5f, origin.y + (tab_h - sz.y) * 0.5f);
        dl->AddText(on ? app.fonts.ui_bold : app.fonts.ui, 0.0f, at, on ? pal.accent : pal.muted, label);
        if (on) dl->AddRectFilled(ImVec2(origin.x + tab_w * i + 8 * s, origin.y + tab_h - 3 * s),
                                  ImVec2(origin.x + tab_w * (i + 1) - 8 * s, origin.y + tab_h), pal.accent, 1.5f * s);
    }
    dl->AddLine(ImVec2(origin.x - 20 * s, origin.y + tab_h), ImVec2(origin.x + full_w + 20 * s, origin.y + tab_h), pal.rule);
}
}  // namespace

void DrawTopBar(AppState& app, TopBarState& st) {
    const Palette& pal = CurrentPalette();
    const float s = app.pixel_scale;
    ImGui::SetNextWindowPos(ImVec2(st.x, st.y));
    ImGui::SetNextWindowSize(ImVec2(st.w, st.h));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(pal.panel));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12 * s, 8 * s));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoScrollWithMouse;
    const bool open = ImGui::Begin("##topbar", nullptr, flags);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    if (!open) { ImGui::End(); return; }
    const bool narrow = app.layout.narrow;
    const float bar_h = 46 * s;
    // Ctrl+F, or '/' while no text field has the keyboard (as on news sites): go to the search box.
    const ImGuiIO& io = ImGui::GetIO();
    if ((io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_F, false)) || (!io.WantTextInput && ImGui::IsKeyPressed(ImGuiKey_Slash, false))) {
        app.search.focus_request = true;
        if (narrow) app.layout.tab = Tab::Search;
    }
    const float frame_h = ImGui::GetFrameHeight();
    ImGui::SetCursorPosY((bar_h - frame_h) * 0.5f);

    // Title: the story's name, cut to what fits beside the controls.
    const std::string title = StoryTitle(app);
    ImGui::PushFont(app.fonts.ui_bold);
    ImGui::AlignTextToFramePadding();
    const float controls_w = narrow ? 80 * s : 560 * s;
    const float title_max = std::max(60 * s, ImGui::GetContentRegionAvail().x - controls_w);
    ImGui::PushClipRect(ImGui::GetCursorScreenPos(), ImVec2(ImGui::GetCursorScreenPos().x + title_max, st.y + bar_h), true);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopClipRect();
    ImGui::PopFont();
    ImGui::SameLine(std::min(ImGui::GetItemRectSize().x, title_max) + 28 * s);

    if (!narrow) {
        const float box_w = std::clamp(ImGui::GetContentRegionAvail().x - 330 * s, 140 * s, 340 * s);
        // The box sits on the bar's panel colour: give it the page's paper and a hairline so it reads as a field.
        ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::ColorConvertU32ToFloat4(pal.paper));
        ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(pal.rule));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
        SearchBox(app, box_w);
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(2);
        st.search_box = LastItem();
        ImGui::SameLine();
        const int n = static_cast<int>(app.search_hits.size());
        if (!app.search_query.empty()) {
            if (app.search_current >= 0) ImGui::TextDisabled("%d / %d", app.search_current + 1, n);
            else ImGui::TextDisabled(n == 1 ? "1 match" : "%d matches", n);
        }
    } else {
        st.search_box = {};
    }

    // Right-aligned: panel toggles (wide only: on a phone they are tabs), then the theme switch.
    const char* theme_label = app.theme == Theme::Dark ? "Light" : "Dark";
    const ImGuiStyle& style = ImGui::GetStyle();
    auto button_w = [&](const char* l) { return ImGui::CalcTextSize(l).x + style.FramePadding.x * 2; };
    float right_w = button_w(theme_label);
    if (!narrow) right_w += button_w("Entities") + button_w("Coverage") + style.ItemSpacing.x * 2;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - right_w);
    ImGui::SetCursorPosY((bar_h - frame_h) * 0.5f);
    if (!narrow) {
        if (Toggle("Entities", app.show_entities)) app.show_entities = !app.show_entities;
        st.entities_toggle = LastItem();
        ImGui::SetItemTooltip("People, organisations and places; click one to filter");
        ImGui::SameLine();
        if (Toggle("Coverage", app.show_coverage)) app.show_coverage = !app.show_coverage;
        st.coverage_toggle = LastItem();
        ImGui::SetItemTooltip("Which article reports which claim");
        ImGui::SameLine();
    } else {
        st.entities_toggle = st.coverage_toggle = {};
    }
    if (ImGui::Button(theme_label)) SetTheme(app, app.theme == Theme::Dark ? Theme::Light : Theme::Dark);
    st.theme_toggle = LastItem();
    ImGui::SetItemTooltip("Switch to the %s theme", app.theme == Theme::Dark ? "light" : "dark");

    if (narrow) {
        ImGui::SetCursorPos(ImVec2(style.WindowPadding.x, bar_h));
        DrawTabs(app, st);
    } else {
        for (Rect& r : st.tabs) r = {};
        ImGui::GetWindowDrawList()->AddLine(ImVec2(st.x, st.y + st.h - 1), ImVec2(st.x + st.w, st.y + st.h - 1), pal.rule);
    }
    ImGui::End();
}

}  // namespace ui
