// entities_window.hpp — the entities panel: people, organisations, places, documents with counts; a click filters.
#pragma once

namespace ui {

struct AppState;

struct EntitiesState {
    float x = 0, y = 0, w = 0, h = 0;   // placement in logical pixels (set by the layout each frame)
};

void DrawEntities(AppState& app, EntitiesState& state);

}  // namespace ui
