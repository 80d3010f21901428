// claims_window.hpp — the claims panel: the article's (or all) claims with relation badges, and the relation view.
#pragma once

namespace ui {

struct AppState;

struct ClaimsState {
    float x = 0, y = 0, w = 0, h = 0;   // placement in logical pixels (set by the layout each frame)
};

void DrawClaims(AppState& app, ClaimsState& state);

}  // namespace ui
