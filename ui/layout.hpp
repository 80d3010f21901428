// layout.hpp — where each pane goes: a slim top bar, the timeline across the top, then the article list,
// the reader and the claims panel side by side, with draggable splitters between them; below ~700
// logical pixels (a phone) one pane at a time, chosen by tabs under the top bar.
//
// Usage (DrawApp): ComputeLayout(app) first — it writes every window's x/y/w/h and which panes show —
// then each window draws if PaneVisible(app, Pane::X), then DrawSplitters(app) handles the drags.
// Sizes a reader chose by dragging are kept in logical pixels, so they survive a devicePixelRatio change.
#pragma once
#include <vector>

namespace ui {

struct AppState;

enum class Pane { Timeline, Articles, Reader, Claims, Entities, Coverage, Search, Count };
enum class Tab { Timeline, Article, Claims, Entities, Search, Count };  // the phone layout's tabs

const char* TabLabel(Tab tab);

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;   // screen pixels (logical × pixel_scale)
    bool Empty() const { return w <= 0 || h <= 0; }
    float CenterX() const { return x + w * 0.5f; }
    float CenterY() const { return y + h * 0.5f; }
};

// timeline|below, list|reader, reader|claims; on a phone: the article list above the reader
enum class Splitter { Timeline, List, Claims, PhoneList, Count };

struct LayoutState {
    // Chosen by the reader (drags), in logical pixels; clamped to the window every frame.
    float timeline_h = 0;               // timeline height; 0 = default (a third of the window)
    float list_w = 300;                 // left column (articles, entities, search hits)
    float claims_w = 360;               // right column (claims)
    float phone_list_h = 0;             // the article list above the reader on a phone; 0 = default (28%)
    Tab tab = Tab::Article;             // the pane shown in the phone layout

    // Computed by ComputeLayout each frame (tests and hit-testing read these).
    bool narrow = false;                // phone layout: tabs, one pane at a time
    bool visible[static_cast<int>(Pane::Count)] = {};
    Rect splitter[static_cast<int>(Splitter::Count)];   // grab areas; empty when that splitter is not shown
    float top_bar_h = 0;                // screen pixels taken by the top bar (and the tabs on a phone)
    std::vector<Rect> rules;            // hairlines between panes stacked in one column (not draggable)
};

constexpr float kNarrowWidth = 700;     // logical px: below this the layout switches to tabs
constexpr float kSplitterThickness = 7; // logical px: wide enough to grab with a finger on a tablet

void ComputeLayout(AppState& app);
bool PaneVisible(const AppState& app, Pane pane);
void DrawSplitters(AppState& app);
// Flags and placement shared by the panes: fixed, undecorated, never brought in front of the others.
bool BeginPane(const char* name, float x, float y, float w, float h, bool scroll = true);

}  // namespace ui
