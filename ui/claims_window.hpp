// claims_window.hpp — the claims panel: what the article (or the whole story) asserts, who says it, how
// firmly, and how other articles agree or disagree; below it, the relation view of the selected claim.
//
// Each row: kind badge, speaker ("KCNA said" / unattributed), hedging and negation marks, the claim's
// first words, and badges "corroborated by N", "contradicted", "refined", "evolved". A click selects the
// claim (the reader glides to it). The list honours the entity filter (Selection::entity).
// Rows are laid out once per (filter, width) and drawn only when visible.
#pragma once
#include <string>
#include <vector>

#include "claim_index.hpp"
#include "model.hpp"
#include "relation_view.hpp"
#include "rich_text.hpp"

namespace ui {

struct AppState;

// One row of the list, laid out for the current width.
struct ClaimRow {
    core::Index claim = core::kNone;
    float y = 0, h = 0;                 // top within the list and height, pixels
    std::string speaker;                // "KCNA said", "according to Cho Han-bum", "unattributed"
    std::string line1;                  // what the first line shows after the kind badge (outlet in story
                                        // scope, the speaker), cut with "…" to leave room for `marks`
    std::string marks;                  // "hedged: may · negated", right-aligned; "" when neither
    float marks_w = 0;                  // its width, pixels
    std::string badges;                 // "corroborated by 2 · contradicted": what the badge line says
    TextLayout snippet;                 // the claim's words, two lines at most
};

struct ClaimsState {
    float x = 0, y = 0, w = 0, h = 0;   // placement in logical pixels (set by the layout each frame)
    bool all_articles = false;          // false: only the reader's article

    // Row cache; rebuilt when any key below changes.
    std::vector<ClaimRow> rows;
    int rows_version = -1;              // AppState::corpus_version the rows were built from
    core::Index rows_article = core::kNone;
    core::Index rows_entity = core::kNone;
    bool rows_all = false;
    float rows_width = 0;
    float rows_font_size = 0;           // the UI font's size: fonts rebuilt at another scale re-lay the rows
    int rows_builds = 0;                // rebuilds so far (tests check frames reuse them)

    ClaimIndex index;                   // relations per claim, for badges and the relation view
    int index_version = -1;
    RelationViewState relation;

    core::Index seen_claim = core::kNone;  // the list scrolls to a claim selected elsewhere
    // Rows drawn on the last frame, screen rectangles (tests click them).
    struct DrawnRow { core::Index claim; ImVec2 min, max; };
    std::vector<DrawnRow> drawn;
};

void DrawClaims(AppState& app, ClaimsState& state);

}  // namespace ui
