#include "layout.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "app.hpp"
#include "theme.hpp"

namespace ui {

namespace {
// Minimum pane sizes in logical pixels: below these a pane stops being readable (a headline per line in
// the list, ~35 characters in the reader, a claim card in the claims panel).
constexpr float kMinTimelineH = 130, kMinBelowH = 180;
constexpr float kMinListW = 170, kMinReaderW = 260, kMinClaimsW = 220;
constexpr float kTopBarH = 46, kTabsH = 40;     // logical px

template <class State>
void Place(State& st, const Rect& r) { st.x = r.x; st.y = r.y; st.w = r.w; st.h = r.h; }

void Show(LayoutState& l, Pane p) { l.visible[static_cast<int>(p)] = true; }
Rect& SplitterRect(LayoutState& l, Splitter s) { return l.splitter[static_cast<int>(s)]; }

// Stacks the panes of one column top to bottom; the first gets `first_share` of the height when others follow.
void Stack(AppState& app, const Rect& col, std::initializer_list<Pane> panes, float first_share) {
    LayoutState& l = app.layout;
    std::vector<Pane> shown;
    for (Pane p : panes) if (l.visible[static_cast<int>(p)]) shown.push_back(p);
    float y = col.y;
    for (size_t i = 0; i < shown.size(); ++i) {
        float h = col.h;
        if (shown.size() > 1) h = i == 0 ? col.h * first_share : col.h * (1 - first_share) / (shown.size() - 1);
        if (i + 1 == shown.size()) h = col.y + col.h - y;
        const Rect r{col.x, y, col.w, h};
        if (i > 0) l.rules.push_back({col.x, y, col.w, app.pixel_scale});
        switch (shown[i]) {
            case Pane::Articles: Place(app.articles, r); break;
            case Pane::Entities: Place(app.entities, r); break;
            case Pane::Search: Place(app.search, r); break;
            case Pane::Coverage: Place(app.coverage, r); break;
            case Pane::Reader: Place(app.reader, r); break;
            default: break;
        }
        y += h;
    }
}

void NarrowLayout(AppState& app, const Rect& body) {
    LayoutState& l = app.layout;
    const float s = app.pixel_scale;
    switch (l.tab) {
        case Tab::Timeline:
            Show(l, Pane::Timeline);
            Place(app.timeline, body);
            break;
        case Tab::Article: {
            // The list stays short above the reader: on a phone the text is what one came for.
            Show(l, Pane::Articles);
            Show(l, Pane::Reader);
            if (l.phone_list_h <= 0) l.phone_list_h = body.h / s * 0.28f;
            l.phone_list_h = std::clamp(l.phone_list_h, 90.0f, std::max(90.0f, body.h / s * 0.7f));
            const float list_h = l.phone_list_h * s, gap = kSplitterThickness * s;
            Place(app.articles, {body.x, body.y, body.w, list_h});
            SplitterRect(l, Splitter::PhoneList) = {body.x, body.y + list_h, body.w, gap};
            Place(app.reader, {body.x, body.y + list_h + gap, body.w, body.h - list_h - gap});
            break;
        }
        case Tab::Claims: Show(l, Pane::Claims); Place(app.claims, body); break;
        case Tab::Entities: Show(l, Pane::Entities); Place(app.entities, body); break;
        case Tab::Search: Show(l, Pane::Search); Place(app.search, body); break;
        case Tab::Count: break;
    }
}

void WideLayout(AppState& app, Rect body) {
    LayoutState& l = app.layout;
    const float s = app.pixel_scale;
    const float gap = kSplitterThickness * s;
    if (app.show_timeline) Show(l, Pane::Timeline);
    if (app.show_articles) Show(l, Pane::Articles);
    if (app.show_entities) Show(l, Pane::Entities);
    if (app.show_search) Show(l, Pane::Search);
    if (app.show_coverage) Show(l, Pane::Coverage);
    if (app.show_reader) Show(l, Pane::Reader);
    if (app.show_claims) Show(l, Pane::Claims);
    const bool left = app.show_articles || app.show_entities || app.show_search;
    const bool center = app.show_reader || app.show_coverage;
    const bool right = app.show_claims;
    const bool below = left || center || right;

    if (app.show_timeline) {
        if (!below) { Place(app.timeline, body); return; }
        if (l.timeline_h <= 0) l.timeline_h = std::max(kMinTimelineH, body.h / s * 0.34f);
        const float max_h = std::max(kMinTimelineH, body.h / s - kMinBelowH - kSplitterThickness);
        l.timeline_h = std::clamp(l.timeline_h, kMinTimelineH, max_h);
        const float h = l.timeline_h * s;
        Place(app.timeline, {body.x, body.y, body.w, h});
        SplitterRect(l, Splitter::Timeline) = {body.x, body.y + h, body.w, gap};
        body.y += h + gap;
        body.h -= h + gap;
    }
    if (!below) return;

    // Columns: the reader (centre) gives way first, down to its minimum; then the side columns shrink.
    const float W = body.w / s;
    const float gaps = kSplitterThickness * ((left && (center || right)) + (right && center));
    float list_w = left ? l.list_w : 0, claims_w = right ? l.claims_w : 0;
    if (left) {
        const float room = W - gaps - (center ? kMinReaderW : 0) - (right ? kMinClaimsW : 0);
        list_w = l.list_w = std::clamp(l.list_w, kMinListW, std::max(kMinListW, room));
        if (!center && !right) list_w = W;
    }
    if (right) {
        const float room = W - gaps - (center ? kMinReaderW : 0) - list_w;
        claims_w = l.claims_w = std::clamp(l.claims_w, kMinClaimsW, std::max(kMinClaimsW, room));
        if (!center) claims_w = W - gaps - list_w;
    }
    float x = body.x;
    if (left) {
        Stack(app, {x, body.y, list_w * s, body.h}, {Pane::Articles, Pane::Entities, Pane::Search}, 0.42f);
        x += list_w * s;
        if (center || right) { SplitterRect(l, Splitter::List) = {x, body.y, gap, body.h}; x += gap; }
    }
    const float right_x = body.x + body.w - claims_w * s;
    if (center) {
        const float cw = (right ? right_x - gap : body.x + body.w) - x;
        Stack(app, {x, body.y, cw, body.h}, {Pane::Coverage, Pane::Reader}, 0.45f);
        if (right) SplitterRect(l, Splitter::Claims) = {right_x - gap, body.y, gap, body.h};
    }
    if (right) Place(app.claims, {right_x, body.y, claims_w * s, body.h});
}
}  // namespace

const char* TabLabel(Tab tab) {
    switch (tab) {
        case Tab::Timeline: return "Timeline";
        case Tab::Article: return "Article";
        case Tab::Claims: return "Claims";
        case Tab::Entities: return "Entities";
        case Tab::Search: return "Search";
        case Tab::Count: break;
    }
    return "";
}

void ComputeLayout(AppState& app) {
    LayoutState& l = app.layout;
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    const float s = app.pixel_scale;
    l.narrow = size.x / s < kNarrowWidth;
    for (bool& v : l.visible) v = false;
    for (Rect& r : l.splitter) r = {};
    l.rules.clear();
    l.top_bar_h = (kTopBarH + (l.narrow ? kTabsH : 0)) * s;
    Place(app.top_bar, {0, 0, size.x, l.top_bar_h});
    const float notice_h = FontsNoticeStripHeight(app);  // the web fonts notice, docked below the panes
    const Rect body{0, l.top_bar_h, size.x, std::max(1.0f, size.y - l.top_bar_h - notice_h)};
    if (l.narrow) NarrowLayout(app, body);
    else WideLayout(app, body);
}

bool PaneVisible(const AppState& app, Pane pane) { return app.layout.visible[static_cast<int>(pane)]; }

bool BeginPane(const char* name, float x, float y, float w, float h, bool scroll) {
    ImGui::SetNextWindowPos(ImVec2(x, y));
    ImGui::SetNextWindowSize(ImVec2(w, h));
    // NoFocusOnAppearing: a pane opening (the hit list when a query is typed) must not take the keyboard
    // from the widget that opened it.
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoFocusOnAppearing |
                             ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
    if (scroll) flags &= ~(ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const bool open = ImGui::Begin(name, nullptr, flags);
    if (!open) ImGui::End();
    return open;
}

void DrawSplitters(AppState& app) {
    LayoutState& l = app.layout;
    const Palette& pal = CurrentPalette();
    const float s = app.pixel_scale;
    // Hairlines between stacked panes: tiny input-less windows, so they sit above the panes (which never
    // come to the front) and below tooltips and popups.
    for (size_t i = 0; i < l.rules.size(); ++i) {
        const Rect& r = l.rules[i];
        ImGui::PushStyleVar(ImGuiStyleVar_WindowMinSize, ImVec2(1, 1));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
        ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(pal.rule));
        ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
        ImGui::SetNextWindowSize(ImVec2(r.w, r.h));
        char name[32];
        std::snprintf(name, sizeof name, "##rule%zu", i);
        ImGui::Begin(name, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoNav |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
        ImGui::End();
        ImGui::PopStyleColor();
        ImGui::PopStyleVar(2);
    }
    const char* names[] = {"##split_timeline", "##split_list", "##split_claims", "##split_phone_list"};
    for (int i = 0; i < static_cast<int>(Splitter::Count); ++i) {
        const Rect& r = l.splitter[i];
        if (r.Empty()) continue;
        // A horizontal bar, dragged up and down.
        const bool horizontal = i == static_cast<int>(Splitter::Timeline) || i == static_cast<int>(Splitter::PhoneList);
        // A window of its own (not a widget in a pane) so it owns its hover and drag; tiny windows need
        // the minimum window size lifted, or ImGui would grow them to 32 px.
        ImGui::PushStyleVar(ImGuiStyleVar_WindowMinSize, ImVec2(1, 1));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
        ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
        ImGui::SetNextWindowSize(ImVec2(r.w, r.h));
        const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                                       ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoBringToFrontOnFocus;
        ImGui::Begin(names[i], nullptr, flags);
        ImGui::PopStyleVar(2);
        ImGui::InvisibleButton("##grip", ImVec2(r.w, r.h));
        const bool hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
        if (hot) ImGui::SetMouseCursor(horizontal ? ImGuiMouseCursor_ResizeNS : ImGuiMouseCursor_ResizeEW);
        if (ImGui::IsItemActive()) {
            const ImVec2 d = ImGui::GetIO().MouseDelta;
            if (i == static_cast<int>(Splitter::Timeline)) l.timeline_h += d.y / s;
            else if (i == static_cast<int>(Splitter::PhoneList)) l.phone_list_h += d.y / s;
            else if (i == static_cast<int>(Splitter::List)) l.list_w += d.x / s;
            else l.claims_w -= d.x / s;
        }
        // A hairline in the middle; the accent and a thicker line while it can be grabbed.
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImU32 color = hot ? pal.accent : pal.rule;
        const float t = (hot ? 2.0f : 1.0f) * s;
        if (horizontal) dl->AddRectFilled(ImVec2(r.x, r.CenterY() - t * 0.5f), ImVec2(r.x + r.w, r.CenterY() + t * 0.5f), color);
        else dl->AddRectFilled(ImVec2(r.CenterX() - t * 0.5f, r.y), ImVec2(r.CenterX() + t * 0.5f, r.y + r.h), color);
        ImGui::End();
    }
}

}  // namespace ui
