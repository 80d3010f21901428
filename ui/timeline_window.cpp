// timeline_window.cpp — the timeline's window: header controls, view (zoom, pan, animation), input,
// selection. Drawing passes live in timeline_draw.cpp; the data model in timeline_model.cpp.
#include "timeline_window.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // SetKeyOwner: arrows pan the focused timeline instead of moving keyboard nav

#include <algorithm>
#include <cmath>

#include "app.hpp"
#include "theme.hpp"
#include "timeline_draw.hpp"

namespace ui {

namespace {
constexpr double kMinSpanDays = 2.0;            // zooming in stops at two days across the view
constexpr double kMaxSpanUnits = 365.25 * 600;  // and out at six centuries
constexpr double kZoomPerNotch = 0.8;           // one wheel notch shows 80% (or 125%) of the span
constexpr double kKeyZoom = 0.7;                // + / − keys zoom a little more than a notch
constexpr double kKeyPan = 0.15;                // ← / → move the view by 15% of its span
constexpr double kApproachRate = 18.0;          // 1/s: the shown view covers ~95% of the way in 170 ms
constexpr float kSettlePx = 0.25f;              // closer than this (pixels) the animation snaps and stops
constexpr float kClickSlopPx = 4.0f;            // a press that moved less than this is a click, not a drag

size_t SearchSignature(const AppState& app) {
    uint64_t h = std::hash<std::string>()(app.search_query) ^ (app.search_hits.size() * 0x9E3779B97F4A7C15ull);
    for (const core::Span& s : app.search_hits) h = (h * 31) ^ (static_cast<uint64_t>(s.article) << 32 ^ s.start);
    return static_cast<size_t>(h ^ (h >> 32));
}

// Keeps the index, search flags, axis and overview in step with the story and the header controls.
void EnsureIndex(AppState& app, TimelineState& st, int max_lanes) {
    const TimelineBuildOptions options{st.lane_mode, app.selection.entity, max_lanes};
    bool rebuilt = false;
    if (!TimelineIndexIsCurrent(st.index, app.corpus, options)) {
        BuildTimelineIndex(app.corpus, options, st.index);
        rebuilt = true;
    }
    const size_t sig = SearchSignature(app);
    if (rebuilt || sig != st.search_signature) {
        MarkSearchHits(app.corpus, app.search_hits, st.index);
        st.search_signature = sig;
    }
    // Under an entity filter the axis and the overview still span the whole story: the filtered items are
    // shown where they sit in it (the overview's window box once covered the strip, its range shrunk to them).
    const bool filtered = options.entity != core::kNone;
    if (filtered && !TimelineIndexIsCurrent(st.story_index, app.corpus, {st.lane_mode, core::kNone, max_lanes})) {
        BuildTimelineIndex(app.corpus, {st.lane_mode, core::kNone, max_lanes}, st.story_index);
        rebuilt = true;
    }
    const TimelineIndex& story = filtered ? st.story_index : st.index;
    if (rebuilt || st.axis_compressed != st.compress_gaps) {
        // Keep the same dates on screen across a change of axis (the breaks move everything after them).
        const double d[4] = {st.axis.ToDay(st.view_start), st.axis.ToDay(st.view_end),
                             st.axis.ToDay(st.shown_start), st.axis.ToDay(st.shown_end)};
        const bool changed_compression = st.axis_compressed != st.compress_gaps;
        st.axis = BuildTimelineAxis(story, st.compress_gaps);
        st.axis_compressed = st.compress_gaps;
        st.view_start = st.axis.ToAxis(d[0]);
        st.view_end = st.axis.ToAxis(d[1]);
        st.shown_start = st.axis.ToAxis(d[2]);
        st.shown_end = st.axis.ToAxis(d[3]);
        RebuildTimelineOverview(st, story);
        if (changed_compression && !rebuilt && st.fitted) FitTimeline(app, st, true);  // the user toggled it
    }
}

void ClampView(const TimelineState& st, double& a, double& b) {
    // Zooming out stops at three times the whole story: beyond that there is only empty time.
    const double widest = std::clamp(3.0 * (st.overview_end - st.overview_start), 60.0, kMaxSpanUnits);
    double span = std::clamp(b - a, kMinSpanDays, widest);
    const double mid = std::clamp((a + b) * 0.5, st.overview_start, st.overview_end);
    a = mid - span * 0.5;
    b = mid + span * 0.5;
}

// Zooms the target view by `factor` keeping axis position `at` at the fraction `f` of the width.
void ZoomAt(TimelineState& st, double at, double f, double factor) {
    const double span = std::clamp((st.view_end - st.view_start) * factor, kMinSpanDays, kMaxSpanUnits);
    st.view_start = at - f * span;
    st.view_end = st.view_start + span;
}

void Pan(TimelineState& st, double delta, bool also_shown) {
    st.view_start += delta;
    st.view_end += delta;
    if (also_shown) { st.shown_start += delta; st.shown_end += delta; }
}

void SelectHit(AppState& app, const TimelineState& st, const TimelineHit& hit) {
    const TimelineItem& it = st.index.lanes[static_cast<size_t>(hit.lane)].items[hit.item];
    Selection sel;
    sel.entity = app.selection.entity;  // the entity filter stays on while picking inside it
    sel.article = it.article;
    if (it.kind == ItemKind::Event) {
        const core::Event& ev = app.corpus.events[static_cast<size_t>(it.index)];
        sel.event = it.index;
        for (core::Index k : ev.claims)
            if (k >= 0 && app.corpus.claims[static_cast<size_t>(k)].span.article == it.article) { sel.claim = k; break; }
    } else if (it.kind == ItemKind::Timex) {
        sel.timex = it.index;
        for (size_t k = 0; k < app.corpus.claims.size(); ++k) {
            const core::Claim& c = app.corpus.claims[k];
            if (std::find(c.timexes.begin(), c.timexes.end(), it.index) != c.timexes.end()) { sel.claim = static_cast<core::Index>(k); break; }
        }
    }
    Select(app, sel);
}

float ButtonWidth(const char* label) { return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2; }

// Puts the next control group (`width` wide) on this row when it fits, else on a new row: on a phone the
// header wraps instead of running off the right edge.
void SameLineOrWrap(float width, float spacing) {
    ImGui::SameLine(0, spacing);
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

void DrawHeader(AppState& app, TimelineState& st) {
    const float s = app.pixel_scale;
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushFont(app.fonts.ui_bold);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Timeline");
    ImGui::PopFont();
    // Segmented control: one button per lane mode, the active one filled.
    const LaneMode modes[] = {LaneMode::Article, LaneMode::Entity, LaneMode::ClaimKind};
    float segmented_w = ImGui::CalcTextSize("Lanes").x + 6 * s;
    for (LaneMode m : modes) segmented_w += ButtonWidth(ToString(m)) + 1 * s;
    SameLineOrWrap(segmented_w, 18 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(1 * s, ImGui::GetStyle().ItemSpacing.y));
    ImGui::TextDisabled("Lanes");
    ImGui::SameLine(0, 6 * s);
    for (LaneMode m : modes) {
        const bool on = st.lane_mode == m;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_HeaderActive));
        if (ImGui::Button(ToString(m))) st.lane_mode = m;
        if (on) ImGui::PopStyleColor();
        ImGui::SameLine();
    }
    ImGui::PopStyleVar();
    const float checkbox_w = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize("Compress gaps").x;
    SameLineOrWrap(ButtonWidth("Fit all") + style.ItemSpacing.x + checkbox_w, 16 * s);
    if (ImGui::Button("Fit all")) FitTimeline(app, st, true);
    ImGui::SameLine();
    ImGui::Checkbox("Compress gaps", &st.compress_gaps);
    st.header_x1 = ImGui::GetItemRectMax().x;
    if (app.selection.entity != core::kNone && app.selection.entity < static_cast<core::Index>(app.corpus.entities.size())) {
        const std::string chip = app.corpus.entities[static_cast<size_t>(app.selection.entity)].name + "  " + kCloseMark + "##entity";
        SameLineOrWrap(ImGui::CalcTextSize("Only").x + style.ItemSpacing.x + ButtonWidth(chip.c_str()), 16 * s);
        ImGui::TextDisabled("Only");
        ImGui::SameLine();
        if (ImGui::Button(chip.c_str())) {
            Selection sel = app.selection;
            sel.entity = core::kNone;
            Select(app, sel);
        }
        st.header_x1 = std::max(st.header_x1, ImGui::GetItemRectMax().x);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show every item again");
    }
    ImGui::PushFont(app.fonts.small);
    const char* hint = "wheel or pinch zooms \xC2\xB7 drag pans \xC2\xB7 click selects";
    const float hint_w = ImGui::CalcTextSize(hint).x;
    ImGui::SameLine();
    const float room = ImGui::GetContentRegionAvail().x;
    if (room > hint_w + 10 * s) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room - hint_w);
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", hint);
    } else {
        ImGui::NewLine();
    }
    ImGui::PopFont();
}
}  // namespace

double TimelineAxisAt(const TimelineState& st, float x) {
    const double w = std::max(1.0f, st.plot_x1 - st.plot_x0);
    return st.shown_start + (x - st.plot_x0) / w * (st.shown_end - st.shown_start);
}

float TimelineScreenX(const TimelineState& st, double a) {
    const double w = std::max(1.0f, st.plot_x1 - st.plot_x0);
    return static_cast<float>(st.plot_x0 + (a - st.shown_start) / (st.shown_end - st.shown_start) * w);
}

void SetTimelineWindow(TimelineState& st, double from_day, double to_day) {
    st.view_start = st.axis.ToAxis(from_day);
    st.view_end = st.axis.ToAxis(to_day);
    st.fitted = true;
}

bool GetTimelineWindow(const TimelineState& st, double& from_day, double& to_day) {
    if (!st.fitted) return false;
    from_day = st.axis.ToDay(st.view_start);
    to_day = st.axis.ToDay(st.view_end);
    return true;
}

void FitTimeline(const AppState& app, TimelineState& st, bool animate, bool focus) {
    (void)app;
    const double a = st.axis.ToAxis(focus ? st.index.focus_start : st.index.extent_start);
    const double b = st.axis.ToAxis(focus ? st.index.focus_end : st.index.extent_end);
    const double pad = std::max(2.0, (b - a) * 0.04);
    st.view_start = a - pad;
    st.view_end = b + pad;
    if (st.view_end - st.view_start < kMinSpanDays * 4) {
        const double mid = (a + b) * 0.5;
        st.view_start = mid - kMinSpanDays * 2;
        st.view_end = mid + kMinSpanDays * 2;
    }
    if (!animate || st.shown_end <= st.shown_start) { st.shown_start = st.view_start; st.shown_end = st.view_end; }
    st.fitted = true;
}

void DrawTimeline(AppState& app, TimelineState& st) {
    ImGui::SetNextWindowPos(ImVec2(st.x, st.y));
    ImGui::SetNextWindowSize(ImVec2(st.w, st.h));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (!ImGui::Begin("Timeline", nullptr, flags)) { ImGui::End(); return; }
    const Palette& pal = CurrentPalette();
    const float s = app.pixel_scale;
    ImGuiIO& io = ImGui::GetIO();
    DrawHeader(app, st);

    // Geometry: lane labels in a gutter on the left; lanes; the axis with two label rows; the overview.
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail(std::max(ImGui::GetContentRegionAvail().x, 1.0f), std::max(ImGui::GetContentRegionAvail().y, 1.0f));
    ImGui::PushFont(app.fonts.small);
    const float small_h = ImGui::GetTextLineHeight();
    ImGui::PopFont();
    TimelineFrame f;
    f.s = s;
    f.pal = &pal;
    f.gutter_x0 = origin.x;
    f.plot_x0 = origin.x + std::clamp(avail.x * 0.11f, 84 * s, 150 * s);
    f.plot_x1 = origin.x + avail.x - 4 * s;
    f.overview_y1 = origin.y + avail.y;
    f.overview_y0 = f.overview_y1 - std::max(18 * s, small_h + 6 * s);
    f.axis_y = f.overview_y0 - 2 * small_h - 14 * s;
    f.lanes_y0 = origin.y + 2 * s;
    f.lanes_y1 = f.axis_y;
    const float min_lane_h = 26 * s;
    const int max_lanes = std::max(1, static_cast<int>((f.lanes_y1 - f.lanes_y0) / min_lane_h));

    EnsureIndex(app, st, max_lanes);
    if (!st.fitted) FitTimeline(app, st, false, /*focus=*/true);
    if (!(st.shown_end > st.shown_start)) { st.shown_start = st.view_start; st.shown_end = st.view_end; }  // set from outside
    st.plot_x0 = f.plot_x0;
    st.plot_x1 = f.plot_x1;
    st.lanes_y0 = f.lanes_y0;
    st.lanes_y1 = f.lanes_y1;
    st.overview_y0 = f.overview_y0;
    st.overview_y1 = f.overview_y1;

    ImGui::InvisibleButton("##timeline", avail);
    const ImGuiID canvas_id = ImGui::GetItemID();
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    const bool focused = ImGui::IsItemFocused();
    st.focused = focused;
    const float plot_w = std::max(1.0f, f.plot_x1 - f.plot_x0);
    const ImVec2 mouse = io.MousePos;
    const bool over_plot = hovered && mouse.x >= f.plot_x0 && mouse.y < f.overview_y0;

    // ---- input: zoom at the cursor, pan, keys, the overview strip ----
    if (over_plot && (io.MouseWheel != 0.0f || io.MouseWheelH != 0.0f)) {
        const double span = st.shown_end - st.shown_start;
        if (io.MouseWheelH != 0.0f || io.KeyShift) {  // sideways scroll pans
            const float amount = io.MouseWheelH != 0.0f ? io.MouseWheelH : io.MouseWheel;
            Pan(st, -amount * 0.1 * span, false);
        } else {
            const double frac = (mouse.x - f.plot_x0) / plot_w;
            ZoomAt(st, TimelineAxisAt(st, mouse.x), frac, std::pow(kZoomPerNotch, static_cast<double>(io.MouseWheel)));
        }
    }
    if (focused) {  // own the arrows while focused so keyboard navigation does not take them
        for (ImGuiKey k : {ImGuiKey_LeftArrow, ImGuiKey_RightArrow}) ImGui::SetKeyOwner(k, canvas_id);
    }
    if ((focused || hovered) && !io.WantTextInput) {
        const bool at_mouse = over_plot;
        const double frac = at_mouse ? (mouse.x - f.plot_x0) / plot_w : 0.5;
        const double at = at_mouse ? TimelineAxisAt(st, mouse.x) : (st.shown_start + st.shown_end) * 0.5;
        if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) ZoomAt(st, at, frac, kKeyZoom);
        if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract)) ZoomAt(st, at, frac, 1.0 / kKeyZoom);
        const double span = st.view_end - st.view_start;
        if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) Pan(st, -kKeyPan * span, false);
        if (ImGui::IsKeyPressed(ImGuiKey_RightArrow)) Pan(st, kKeyPan * span, false);
        if (ImGui::IsKeyPressed(ImGuiKey_Home) || ImGui::IsKeyPressed(ImGuiKey_0)) FitTimeline(app, st, true);
    }
    const double ov_span = std::max(1e-9, st.overview_end - st.overview_start);
    const double ov_px_per_unit = plot_w / ov_span;
    if (ImGui::IsItemActivated()) {
        st.dragging_overview = mouse.y >= f.overview_y0;
        if (st.dragging_overview) {
            // A press outside the visible window moves the window there first (then dragging continues).
            const float vx0 = static_cast<float>(f.plot_x0 + (st.shown_start - st.overview_start) * ov_px_per_unit);
            const float vx1 = static_cast<float>(f.plot_x0 + (st.shown_end - st.overview_start) * ov_px_per_unit);
            if (mouse.x < vx0 || mouse.x > vx1) {
                const double at = st.overview_start + (mouse.x - f.plot_x0) / ov_px_per_unit;
                Pan(st, at - (st.shown_start + st.shown_end) * 0.5, true);
            }
        }
    }
    if (active && io.MouseDelta.x != 0.0f && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f)) {
        if (st.dragging_overview) Pan(st, io.MouseDelta.x / ov_px_per_unit, true);
        else Pan(st, -io.MouseDelta.x / (plot_w / (st.shown_end - st.shown_start)), true);
    }
    ClampView(st, st.view_start, st.view_end);

    // ---- smooth approach of the shown window to the target ----
    {
        const double px_per_unit = plot_w / (st.shown_end - st.shown_start);
        const double d0 = st.view_start - st.shown_start, d1 = st.view_end - st.shown_end;
        if (std::abs(d0) * px_per_unit > kSettlePx || std::abs(d1) * px_per_unit > kSettlePx) {
            const double k = 1.0 - std::exp(-kApproachRate * std::max(1e-3f, io.DeltaTime));
            st.shown_start += d0 * k;
            st.shown_end += d1 * k;
            app.animating = true;
        } else {
            st.shown_start = st.view_start;
            st.shown_end = st.view_end;
        }
    }

    // ---- draw ----
    f.dl = ImGui::GetWindowDrawList();
    f.axis = &st.axis;
    f.a0 = st.shown_start;
    f.a1 = st.shown_end;
    f.px_per_unit = plot_w / (st.shown_end - st.shown_start);
    ImGui::PushFont(app.fonts.small);
    DrawTimelineTicks(app, st, f);
    DrawTimelineBreaks(app, f);
    DrawTimelineLanes(app, st, f);
    DrawTimelineOverview(app, st, f);
    if (focused && !io.MouseDown[0]) {  // keyboard focus is visible, not only implied
        f.dl->AddRect(ImVec2(f.plot_x0 - 3 * s, f.lanes_y0 - 2 * s), ImVec2(f.plot_x1 + 2 * s, f.overview_y1),
                      pal.accent, 4 * s, 0, 2 * s);
    }
    ImGui::PopFont();

    // ---- hover and click (against what was just drawn) ----
    st.hovered_hit = -1;
    if (hovered && !st.dragging_overview) {
        float best = 1e30f;
        for (size_t i = 0; i < st.hits.size(); ++i) {
            const TimelineHit& h = st.hits[i];
            const float pad = 2 * s;
            if (mouse.x < h.x0 - pad || mouse.x > h.x1 + pad || mouse.y < h.y0 - pad || mouse.y > h.y1 + pad) continue;
            const float d = std::abs(mouse.x - (h.x0 + h.x1) * 0.5f) + std::abs(mouse.y - (h.y0 + h.y1) * 0.5f);
            if (d < best) { best = d; st.hovered_hit = static_cast<int>(i); }
        }
    }
    const bool clicked = hovered && ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
                         io.MouseDragMaxDistanceSqr[0] < kClickSlopPx * kClickSlopPx * s * s && !st.dragging_overview;
    if (st.hovered_hit >= 0) {
        const TimelineHit& h = st.hits[static_cast<size_t>(st.hovered_hit)];
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        DescribeTimelineHit(app, st, st.hovered_hit, !active);
        // A ring around it: where marks crowd, which one the tooltip speaks of (and a click takes).
        const float pad = 2.5f * s, w = h.x1 - h.x0, ht = h.y1 - h.y0;
        const float round = w <= ht + 1 * s ? std::min(w, ht) * 0.5f + pad : 3 * s;  // marks, bubbles: round
        f.dl->AddRect(ImVec2(h.x0 - pad, h.y0 - pad), ImVec2(h.x1 + pad, h.y1 + pad), pal.accent, round, 0, 1.5f * s);
        if (clicked) {
            if (h.IsBubble() && h.count > 1) {
                // Zoom into what the bubble aggregates, with a little context around it. ("+1" is one item:
                // selected like a mark, below.)
                const double a = st.axis.ToAxis(h.day0), b = st.axis.ToAxis(h.day1);
                const double span = std::max(kMinSpanDays, (b - a) * 1.6);
                st.view_start = (a + b) * 0.5 - span * 0.5;
                st.view_end = st.view_start + span;
            } else {
                SelectHit(app, st, h);
            }
        }
    } else {
        st.tooltip_title.clear();
        st.tooltip_quote.clear();
        st.tooltip_source.clear();
    }
    if (!active) st.dragging_overview = false;
    ImGui::End();
}

}  // namespace ui
