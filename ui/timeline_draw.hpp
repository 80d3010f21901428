// timeline_draw.hpp — internal to the timeline window: the drawing passes over one frame's geometry.
//
// timeline_window.cpp owns input, the header and the view; timeline_draw.cpp draws the lanes (with the
// level-of-detail pass), recording every drawn mark in state.hits; timeline_era_draw.cpp the eras under them;
// timeline_axis_draw.cpp the ticks, breaks and overview strip; timeline_tooltip.cpp what the tooltip says.
#pragma once
#include <imgui.h>

#include <string_view>

#include "theme.hpp"
#include "timeline_window.hpp"

namespace ui {

struct TimelineFrame {
    ImDrawList* dl = nullptr;
    const Palette* pal = nullptr;
    float s = 1;                        // pixel scale
    float plot_x0 = 0, plot_x1 = 0;     // the time range is drawn between these x
    float lanes_y0 = 0, lanes_y1 = 0;   // lane area
    float axis_y = 0;                   // the axis line (tick labels below it)
    float overview_y0 = 0, overview_y1 = 0;
    float gutter_x0 = 0;                // lane labels start here
    double a0 = 0, a1 = 0;              // shown window, axis units
    double px_per_unit = 1;             // pixels per axis unit (= per day outside breaks)
    const TimelineAxis* axis = nullptr;

    float XOfAxis(double a) const { return static_cast<float>(plot_x0 + (a - a0) * px_per_unit); }
    float XOfDay(double day) const { return XOfAxis(axis->ToAxis(day)); }
    double AxisOfX(float x) const { return a0 + (x - plot_x0) / px_per_unit; }
};

constexpr float kLaneStripeAlpha = 0.18f;  // every other lane is tinted with the rule colour at this opacity

// `c` with its opacity scaled by a (0…1).
inline ImU32 WithAlpha(ImU32 c, float a) {
    const float k = a < 0 ? 0.0f : a > 1 ? 1.0f : a;
    const unsigned alpha = static_cast<unsigned>(k * static_cast<float>((c >> IM_COL32_A_SHIFT) & 0xFF));
    return (c & ~IM_COL32_A_MASK) | (alpha << IM_COL32_A_SHIFT);
}

// `over` (with its own opacity) laid on opaque `base`, as one opaque colour.
inline ImU32 Over(ImU32 base, ImU32 over) {
    const float t = static_cast<float>((over >> IM_COL32_A_SHIFT) & 0xFF) / 255.0f;
    auto ch = [&](int shift) {
        const float a = static_cast<float>((base >> shift) & 0xFF), b = static_cast<float>((over >> shift) & 0xFF);
        return static_cast<ImU32>(a + (b - a) * t + 0.5f) << shift;
    };
    return ch(IM_COL32_R_SHIFT) | ch(IM_COL32_G_SHIFT) | ch(IM_COL32_B_SHIFT) | IM_COL32_A_MASK;
}

// timeline_axis_draw.cpp
void DrawTimelineTicks(const AppState& app, TimelineState& st, const TimelineFrame& f);
void DrawTimelineBreaks(const AppState& app, const TimelineFrame& f);
// The squeezed gaps in view, as screen x spans (a label running across one has the lane's ground under it).
struct TimelineBreakSpans {
    static constexpr int kMax = 16;
    float x0[kMax] = {}, x1[kMax] = {};
    int n = 0;
};
TimelineBreakSpans VisibleBreakSpans(const TimelineFrame& f);
// timeline_draw.cpp
void DrawTimelineLanes(const AppState& app, TimelineState& st, const TimelineFrame& f);
// timeline_axis_draw.cpp
void DrawTimelineOverview(const AppState& app, TimelineState& st, const TimelineFrame& f);
// What a mark's label says: an event's label, a date's words, "published".
std::string_view TimelineItemLabel(const AppState& app, const TimelineItem& it);
// timeline_era_draw.cpp — eras ("this century": longer than any bar class), context under the lane's items.
struct TimelineEraBar {
    uint32_t item = 0;                  // index into the lane's items
    float x0 = 0, x1 = 0, top = 0;      // where its label may go (the solid part and half of each fade) and the
                                        // bar's top, screen px
};
// Draws the era's soft bar low in the lane (lane_y1: its foot; last_row_y: the centre of its last row) and
// fills out.x0/x1/top and *box (where it is hit); false when it is out of view.
bool DrawTimelineEra(const TimelineFrame& f, const TimelineItem& it, float lane_y1, float last_row_y, TimelineEraBar& out,
                     TimelineHit& box);
// Lays out the name of an era drawn by DrawTimelineEra, in the current font (the small one), clear of the
// lane's marks and bubbles (st.obstacles), bars (st.hits[bars_first, bars_last)) and labels so far; appends it
// to st.labels and st.label_paint, or returns false (nothing added) when there is no room (`whole_only`: no
// room for the whole name).
bool LayOutTimelineEraLabel(const AppState& app, TimelineState& st, const TimelineFrame& f, int lane, const TimelineItem& it,
                            const TimelineEraBar& e, size_t bars_first, size_t bars_last, bool whole_only);
// timeline_labels_draw.cpp — one lane's labels: its marks' and bars' (st.pending_labels), then its eras'.
void DrawTimelineLaneLabels(const AppState& app, TimelineState& st, const TimelineFrame& f, int lane_index,
                            const TimelineLane& lane, size_t bars_first, size_t bars_last, const TimelineEraBar* eras, int neras);
// timeline_tooltip.cpp
// Fills st.tooltip_* for st.hits[hit] (and shows the tooltip when `show`).
void DescribeTimelineHit(const AppState& app, TimelineState& st, int hit, bool show);
// The overview's range is `story`'s (the unfiltered index under an entity filter, else st.index); its bins
// count st.index's items, and the whole story's too when the two differ.
void RebuildTimelineOverview(TimelineState& st, const TimelineIndex& story);

}  // namespace ui
