// reader_window.hpp — one article as readable text: headline, outlet and date, wrapped paragraphs.
#pragma once
#include "model.hpp"

namespace ui {

struct AppState;

struct ReaderState {
    float x = 0, y = 0, w = 0, h = 0;   // placement in logical pixels (set by the layout each frame)
    core::Index shown_article = core::kNone;  // article drawn last frame; a change scrolls to the top
};

void DrawReader(AppState& app, ReaderState& state);

}  // namespace ui
