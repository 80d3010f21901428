// articles_window.hpp — the list of articles in the story: outlet, date, headline; click opens it.
#pragma once
#include <vector>

namespace ui {

struct AppState;

struct ArticlesState {
    float x = 0, y = 0, w = 0, h = 0;   // placement in logical pixels (set by the layout each frame)
    std::vector<float> row_center_y;    // screen y of each article row's centre, last frame (hit tests, tests)
    // Row heights depend only on the story, the width and the font, so they are measured once: a story of
    // 19,000 articles then costs only its visible rows per frame.
    std::vector<float> row_top;         // offset of each row from the list's top; one extra entry = total height
    int cached_version = -1;
    int shown_article = -1;             // the selected article whose row was last brought into view
    int scroll_tries = 0;               // frames left to bring it into view (the first frame has no scroll range)
    float cached_width = -1, cached_font_size = -1;
};

void DrawArticles(AppState& app, ArticlesState& state);

}  // namespace ui
