// timeline_draw.hpp — internal to the timeline window: the drawing passes over one frame's geometry.
//
// timeline_window.cpp owns input, the header and the view; timeline_draw.cpp draws ticks, lanes (with the
// level-of-detail pass), breaks and the overview strip, recording every drawn mark in state.hits.
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

void DrawTimelineTicks(const AppState& app, TimelineState& st, const TimelineFrame& f);
void DrawTimelineBreaks(const AppState& app, const TimelineFrame& f);
void DrawTimelineLanes(const AppState& app, TimelineState& st, const TimelineFrame& f);
void DrawTimelineOverview(const AppState& app, TimelineState& st, const TimelineFrame& f);
// What a mark's label says: an event's label, a date's words, "published".
std::string_view TimelineItemLabel(const AppState& app, const TimelineItem& it);
// Fills st.tooltip_* for st.hits[hit] (and shows the tooltip when `show`).
void DescribeTimelineHit(const AppState& app, TimelineState& st, int hit, bool show);
void RebuildTimelineOverview(TimelineState& st);

}  // namespace ui
