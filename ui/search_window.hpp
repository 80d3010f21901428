// search_window.hpp — the search box and its hit list across all articles (fills AppState::search_hits).
#pragma once

namespace ui {

struct AppState;

struct SearchState {
    float x = 0, y = 0, w = 0, h = 0;   // placement in logical pixels (set by the layout each frame)
};

void DrawSearch(AppState& app, SearchState& state);

}  // namespace ui
