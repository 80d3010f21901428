// relation_view.hpp — how the selected claim relates to other articles, evidence side by side.
//
// For each relation naming the selected claim: its type (corroborates, contradicts, refines, evolves),
// its one-line explanation and provenance (extracted or curated by an editor), then two boxes — this
// article and the other — each with outlet, date and the claim's words, the evidence highlighted.
// Clicking the other box selects that claim (the reader opens its article and glides to it).
// Drawn inside the claims panel (claims_window.cpp), which owns the state.
#pragma once
#include <string>
#include <vector>

#include "model.hpp"
#include "rich_text.hpp"

namespace ui {

struct AppState;
struct ClaimIndex;

// One evidence box as drawn on the last frame (tests read these; so does hit testing).
struct RelationSide {
    core::Index relation = core::kNone;
    core::Index claim = core::kNone;
    core::Index article = core::kNone;
    bool selected_side = false;         // the selected claim's side (left), or the other (right)
    std::vector<core::Span> evidence;   // this side's evidence spans, highlighted in the quote
    uint32_t start = 0, end = 0;        // the quoted byte range of the article (claim ∪ evidence)
    TextLayout quote;                   // laid out at the box width
    ImVec2 min{0, 0}, max{0, 0};        // screen box on the last frame
};

struct RelationViewState {
    // Cache: rebuilt when the selected claim, the corpus or the width changes.
    core::Index claim = core::kNone;
    int corpus_version = -1;
    float width = 0;
    float font_size = 0;                // the reading font's size (fonts rebuilt at another scale)
    std::vector<RelationSide> sides;    // two per relation (left = selected claim's side), in relation order
    std::vector<TextLayout> explanations;  // one per relation (per pair of sides), in the UI font
    bool collapsed = false;             // only the title line is shown (more room for the claims list)
    // Geometry of the last frame, screen px (tests): the title's right end, the show/hide toggle's left end
    // (= right when there is none), the view's right edge, the rightmost provenance note's end (0: none).
    float title_x1 = 0, toggle_x0 = 0, right = 0, provenance_x1 = 0;
};

// Height the view wants for `claim` at `width` (pixels, before clipping to the panel), after a rebuild.
float RelationViewHeight(const AppState& app, RelationViewState& state, const ClaimIndex& index, float width);
void DrawRelationView(AppState& app, RelationViewState& state, const ClaimIndex& index, float width);

}  // namespace ui
