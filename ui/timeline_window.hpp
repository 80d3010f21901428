// timeline_window.hpp — the time axis: publication dates and dated items, drawn with ImDrawList.
#pragma once
#include "calendar.hpp"

namespace ui {

struct AppState;

struct TimelineState {
    float x = 0, y = 0, w = 0, h = 0;   // placement in logical pixels (set by the layout each frame)
    double view_start = 0;              // visible window, in days since 1970-01-01 (fractional)
    double view_end = 0;
    bool fitted = false;                // false → fit the whole story on the next frame
};

void DrawTimeline(AppState& app, TimelineState& state);
void FitTimeline(const AppState& app, TimelineState& state);

}  // namespace ui
