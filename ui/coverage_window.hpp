// coverage_window.hpp — the coverage matrix: claims (rows) × articles (columns), who reports what.
#pragma once

namespace ui {

struct AppState;

struct CoverageState {
    float x = 0, y = 0, w = 0, h = 0;   // placement in logical pixels (set by the layout each frame)
};

void DrawCoverage(AppState& app, CoverageState& state);

}  // namespace ui
