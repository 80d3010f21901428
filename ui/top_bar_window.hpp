// top_bar_window.hpp — the slim bar above everything: the story's title, the search box, the Entities and
// Coverage toggles and the theme switch; on a phone a second row of tabs picks the one pane shown.
//
// Usage (DrawApp): DrawTopBar(app, app.top_bar);   placement comes from ComputeLayout (layout.hpp).
#pragma once
#include "layout.hpp"

namespace ui {

struct AppState;

struct TopBarState {
    float x = 0, y = 0, w = 0, h = 0;   // placement in logical pixels (set by the layout each frame)
    // Where the last frame drew each control, screen pixels (tests click these).
    Rect search_box, entities_toggle, coverage_toggle, theme_toggle;
    Rect tabs[static_cast<int>(Tab::Count)];
};

void DrawTopBar(AppState& app, TopBarState& state);

}  // namespace ui
