// search_window.hpp — search across all articles: the search box (top bar, or the Search tab on a phone)
// and the list of hits with their context. Typing fills AppState::search_hits (core::Search); Enter goes to
// the next hit, Shift+Enter to the previous one, Escape clears; Ctrl+F or '/' anywhere focuses the box.
// Going to a hit opens its article in the reader.
//
// Usage: if (PaneVisible(app, Pane::Search)) DrawSearch(app, app.search);   SearchBox(app, width) in a bar.
#pragma once
#include <string>
#include <vector>

namespace ui {

struct AppState;

struct SearchState {
    float x = 0, y = 0, w = 0, h = 0;   // placement in logical pixels (set by the layout each frame)
    char buffer[256] = {};              // the box's text; follows app.search_query when that changes elsewhere
    std::string buffer_for;             // the query `buffer` was last synced with
    bool scroll_to_current = false;     // the focused hit changed: bring its row into view once
    bool focus_request = false;         // Ctrl+F or '/': the next search box drawn takes the keyboard
    std::vector<float> row_center_y;    // screen y of each drawn hit row's centre (tests click them)
    std::vector<int> row_hit;           // the hit index of each drawn row
    float snippet_right = 0;            // the rightmost end of a drawn snippet last frame, screen px (tests)
    float rows_right = 0;               // where the rows' text must end (the list's right edge less a margin)
    std::string empty_note;             // what the list said last drawn, when the query matched nothing (tests)
};

void DrawSearch(AppState& app, SearchState& state);
// The search input; returns true while it has keyboard focus. Draws in the current window.
bool SearchBox(AppState& app, float width);

// Named operations (the box, the list, deep links and tests use these).
void SetSearchQuery(AppState& app, const std::string& query);   // runs the search; no hit focused yet
void GoToHit(AppState& app, int index);                        // focus hit `index`, open its article
void StepHit(AppState& app, int direction);                    // +1 next, -1 previous (wraps around)

}  // namespace ui
