// entities_window.hpp — the entities panel: people, organisations, places and documents named in the
// story, grouped by kind, each with its mention count and the number of articles naming it. A click sets
// the entity filter (Selection::entity), which the timeline and the claims panel honour; a second click
// on the same name, or the "clear" chip, removes it.
//
// Usage: if (PaneVisible(app, Pane::Entities)) DrawEntities(app, app.entities);
#pragma once
#include <string>
#include <vector>

#include "model.hpp"

namespace ui {

struct AppState;

struct EntityRow {
    core::Index entity = core::kNone;
    int mentions = 0;                   // mentions across all articles
    int articles = 0;                   // articles naming it at least once
};

struct EntitiesState {
    float x = 0, y = 0, w = 0, h = 0;   // placement in logical pixels (set by the layout each frame)
    char filter[64] = {};               // narrows the list by name (case-insensitive, accents ignored)

    // Rows per kind (core::EntityKind order), most mentioned first; rebuilt when the corpus or filter change.
    std::vector<EntityRow> groups[5];
    int groups_version = -1;            // AppState::corpus_version the groups were built from
    std::string groups_filter;

    // Rows drawn on the last frame (tests click them).
    std::vector<core::Index> row_entity;
    std::vector<float> row_center_y;
    int shortened = 0;                  // names drawn with "…" (the whole name is in the row's tooltip)
};

void DrawEntities(AppState& app, EntitiesState& state);
// The filter as a named operation: kNone clears it. Keeps the article, drops the item selection.
void SetEntityFilter(AppState& app, core::Index entity);

}  // namespace ui
