// timeline_window.hpp — the interactive time axis: events, dates and publications in lanes, drawn with ImDrawList.
//
// Usage (DrawApp): if (app.show_timeline) ui::DrawTimeline(app, app.timeline);
// Reading: wheel / ctrl+wheel (pinch) / +− zoom at the cursor, drag or ←→ pan, Home fits all; the header
// switches lanes (articles, entities, claim kinds) and squeezes long empty periods into marked breaks.
// Hover shows the quoting sentence and its source; click selects (the reader scrolls to it); a count
// bubble zooms into what it aggregates.
//
// The view is kept in axis units (days since 1970-01-01, minus the squeezed breaks when gaps are
// compressed). view_* is where the view is going (zoom targets, what deep links and tests read);
// shown_* is what is drawn this frame and follows view_* smoothly (app.animating while it moves).
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "timeline_model.hpp"

namespace ui {

struct AppState;

// A mark drawn this frame: hit-tested under the mouse, and read by tests to click on things.
struct TimelineHit {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;   // screen rectangle, logical pixels × pixel_scale
    int lane = 0;
    uint32_t item = 0;                  // index into lanes[lane].items (marks and bars)
    uint32_t count = 1;                 // items it stands for: 1 for a mark or bar, ≥ 1 for a bubble
    double day0 = 0, day1 = 0;          // bubbles: the days they cover (clicking zooms there)
    bool bubble = false;                // a count bubble "12" (too dense to draw one by one) or a pill "+2"
    bool pill = false;                  // a bubble made only of items that found no free row: "+count"
    uint32_t items_first = 0;           // pills and bubbles: the items without a row they hold, listed in
    uint32_t items_count = 0;           // TimelineState::bubble_items[items_first, +items_count)
    bool IsBubble() const { return bubble; }
};

struct TimelineColumn {                 // per-frame scratch of the level-of-detail pass (one per pixel column)
    uint32_t count = 0;                 // items whose start falls in the column
    uint32_t hidden = 0;                // items counted into a bubble instead of drawn
    uint32_t squeezed = 0;              // marks drawn overlapping because every row was taken
    double day0 = 0, day1 = 0;          // day range of those items
};

struct TimelinePlaced {                 // per-frame scratch: a mark given a row, drawn once its row is known
    uint32_t item = 0;
    float x = 0;                        // centre x where it is drawn (a stacked mark's, fanned out)
    int row = 0;
    int stack = 0;                      // 0, or 1…2: drawn over a full row, offset and outlined like a card;
                                        // -1: taken into a bubble (not drawn)
};

struct TimelineHidden {                 // per-frame scratch: an item that found no free row (one lane)
    int column = 0;                     // the LOD column it is counted in
    uint32_t item = 0;                  // index into lanes[lane].items
};

struct TimelineLabel {                  // a label drawn last frame (tests check that none covers another
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;   // label, a bubble or another item's mark): the ink box, screen px
    int lane = 0;
    uint32_t item = 0;                  // whose label: index into lanes[lane].items
    bool cut = false;                   // shortened with "…" (the tooltip and the DOM mirror keep it whole)
};

struct TimelineTextBox {                // an axis label drawn last frame (tests: all inside the plot, none
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;   // overlapping): screen px
};

struct TimelineLabelPaint {             // per-frame scratch: how a laid-out label (of labels) is drawn
    float y = 0;                        // the text's top, screen px
    float max_w = 0;                    // its room: cut with "…" to it, as when it was measured
    bool selected = false;              // in the accent colour
    bool era = false;                   // an era's: small and muted
    bool on_bar = false;                // an era's, on a bar's middle: paper under it
};

struct TimelinePendingLabel {           // per-frame scratch: a label waiting until the lane's bubbles are known
    uint32_t item = 0;
    float x = 0, y = 0;                 // where the text starts (top left), screen px
    float limit = 0;                    // how far right it may run (its row's next item, the plot edge)
    float min_w = 0;                    // narrower than this, the label is left out (a lone "K…" says nothing)
    float left_end = 0;                 // > 0 (point marks): with no room on the right, the label may end
                                        // here instead, left of its mark, when there is room there
    bool selected = false;
};

struct TimelineState {
    float x = 0, y = 0, w = 0, h = 0;   // placement in logical pixels (set by the layout each frame)
    double view_start = 0;              // target visible window, axis units (see header comment)
    double view_end = 0;
    double shown_start = 0;             // drawn window, follows view_* (smooth zoom)
    double shown_end = 0;
    bool fitted = false;                // false → rebuild and fit the whole story on the next frame
    LaneMode lane_mode = LaneMode::Article;
    bool compress_gaps = true;          // squeeze empty periods longer than ~2 years into breaks

    // Derived from the story; rebuilt when the corpus, lane mode, entity filter or lane room change.
    TimelineIndex index;
    TimelineIndex story_index;          // under an entity filter: the same lanes unfiltered, whose range the axis
                                        // breaks and the overview keep (built only while a filter is on)
    TimelineAxis axis;
    bool axis_compressed = false;       // what `axis` was built for
    size_t search_signature = 0;        // search hits the index flags reflect
    std::vector<uint32_t> overview_bins;    // item counts over the overview range (density strip)
    std::vector<uint32_t> overview_story_bins;  // under a filter: the whole story's counts (drawn faint behind)
    double overview_start = 0, overview_end = 0;    // axis units covered by the overview strip: the whole
                                                    // story's range, filtered or not

    // What the last frame drew (tests read these; hit-testing uses them).
    std::vector<TimelineHit> hits;
    std::vector<TimelineColumn> columns;    // scratch, reused every frame
    std::vector<TimelinePlaced> placed;     // scratch, reused every frame
    std::vector<TimelineHidden> hidden;     // scratch: one lane's items without a free row
    std::vector<uint32_t> bubble_items;     // the items without a row each bubble holds (TimelineHit::items_*)
    std::vector<std::pair<float, float>> blocked;   // scratch: x ranges a bubble being placed may not centre in
    std::vector<TimelinePendingLabel> pending_labels;   // scratch: one lane's labels, laid out after its bubbles
    std::vector<TimelineHit> obstacles;     // scratch: one lane's marks and bubbles, which labels must not cover
    std::vector<const TimelinePendingLabel*> left_labels;   // scratch: labels given a second chance on the left
    std::vector<uint32_t> placed_by_x;       // scratch: the lane's placed marks (indices into placed), by x
    std::vector<uint32_t> lane_labels_by_x;  // scratch: the lane's labels so far (indices into labels), by x0
    std::vector<uint32_t> label_hits;        // scratch: labels that may cut the one being placed, in the order drawn
    std::vector<TimelineLabelPaint> label_paint;  // scratch: one lane's labels laid out, drawn once all have room
    std::vector<TimelineLabel> labels;      // the labels drawn last frame
    std::vector<TimelineTextBox> tick_labels;   // the axis's tick and context labels drawn last frame
    float plot_x0 = 0, plot_x1 = 0;     // screen x of the plotted time range
    float lanes_y0 = 0, lanes_y1 = 0;   // screen y of the lane area
    float overview_y0 = 0, overview_y1 = 0;
    TickStep tick;                      // the tick step in use
    float header_x1 = 0;                // right edge of the header's controls (they wrap to stay inside)
    int hovered_hit = -1;               // index into hits under the mouse, -1 = none
    std::string tooltip_title;          // what the tooltip shows for the hovered mark ("" = none)
    std::string tooltip_quote;          // the sentence quoted from the article
    std::string tooltip_source;         // "INPAC Times · 2024-06-20"
    int bubbles = 0, marks = 0;         // counts drawn last frame
    int crowded_bubbles = 0;            // bubbles that found no spot clear of marks (drawn over them)
    bool dragging_overview = false;
    bool focused = false;               // the timeline has keyboard focus (arrows, +/−; drawn with a ring)
};

void DrawTimeline(AppState& app, TimelineState& state);
// Fits every dated item (publications, events, dates except whole centuries) into the view; with
// `focus`, only what is dated to a month or finer (the story rather than the history it recalls).
void FitTimeline(const AppState& app, TimelineState& state, bool animate = false, bool focus = false);
// The target window in days since 1970-01-01 (deep links, the page's API): converted through the axis,
// so it means the same dates whether or not gaps are compressed. Get returns false before the first fit.
void SetTimelineWindow(TimelineState& state, double from_day, double to_day);
bool GetTimelineWindow(const TimelineState& state, double& from_day, double& to_day);
// Axis position of screen x (the window drawn last frame), and back.
double TimelineAxisAt(const TimelineState& state, float screen_x);
float TimelineScreenX(const TimelineState& state, double axis);

}  // namespace ui
