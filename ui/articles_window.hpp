// articles_window.hpp — the list of articles in the story: outlet, date, headline; click opens it.
#pragma once
#include <vector>

namespace ui {

struct AppState;

struct ArticlesState {
    float x = 0, y = 0, w = 0, h = 0;   // placement in logical pixels (set by the layout each frame)
    std::vector<float> row_center_y;    // screen y of each article row's centre, last frame (hit tests, tests)
};

void DrawArticles(AppState& app, ArticlesState& state);

}  // namespace ui
