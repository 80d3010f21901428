// coverage_window.hpp — the coverage matrix: what happened (events, in date order) × who reported it
// (articles, by publication date). A filled cell = the article reports the event; its colour says how
// that report relates to the others: green when another article corroborates it, red when one
// contradicts it, the accent otherwise. Clicking a cell selects the article's claim about that event
// (the reader opens the article and glides to it).
//
// Usage: if (PaneVisible(app, Pane::Coverage)) DrawCoverage(app, app.coverage);
// A story without events (bare bundles) shows its related claims as rows instead.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "model.hpp"

namespace ui {

struct AppState;

struct CoverageCell {
    core::Index claim = core::kNone;    // the article's claim about the row's event (first one), if any
    bool reported = false;              // the article mentions the event (or holds the row's claim)
    bool corroborated = false;          // that claim is corroborated by another article
    bool contradicted = false;          // … or contradicted by one
};

struct CoverageRow {
    core::Index event = core::kNone;    // the row's event; kNone for a claim row (stories without events)
    core::Index claim = core::kNone;    // the row's claim, for claim rows
    std::string label;                  // "19 Jun · Kim and Putin sign the treaty"
    int reports = 0;                    // articles that report it
};

struct CoverageState {
    float x = 0, y = 0, w = 0, h = 0;   // placement in logical pixels (set by the layout each frame)

    // The grid, rebuilt when the corpus changes.
    std::vector<core::Index> columns;   // article indices, by publication date
    std::vector<CoverageRow> rows;
    std::vector<CoverageCell> cells;    // rows.size() × columns.size(), row-major
    int built_version = -1;             // AppState::corpus_version the grid was built from

    // Geometry of the last frame's grid, screen pixels (tests click cells).
    float grid_x = 0, grid_y = 0, cell_w = 0, cell_h = 0;
    int first_row = 0;                  // the grid's first drawn row (the list scrolls)
    int shortened = 0;                  // labels drawn with "…" last frame (the whole text is in a tooltip)
    int heads_cut = 0;                  // … of them, column heads' lines
    int label_tip = -1;                 // the row whose whole label the tooltip showed last frame, or -1
    float title_x1 = 0, legend_x0 = 0, legend_y0 = 0;  // where the title ended and the legend began (tests)
    float legend_text_y[3] = {};        // each legend label's top, screen px (tests: one line)
    float grid_right = 0;               // the grid's visible right edge (inside its scrollbar), screen px
    std::vector<float> head_x0, head_x1;   // each column head's drawn lines (date and outlet), 2 per column:
                                           // their left and right ends last frame, screen px (tests)

    const CoverageCell& Cell(size_t row, size_t col) const { return cells[row * columns.size() + col]; }
};

void BuildCoverage(const core::Corpus& corpus, CoverageState& state);
void DrawCoverage(AppState& app, CoverageState& state);

}  // namespace ui
