// reader_window.hpp — one article as a reader sees it: outlet, headline, date (and how it is known), and the
// text with its layers marked: claims tinted by kind, dates underlined, names dotted, page furniture dimmed,
// search hits highlighted.
//
// Interaction: a click on a claim (or a date inside one) selects it; dragging selects text and Ctrl+C
// (Cmd+C on a Mac) copies exactly those bytes. When the selection changes anywhere — the timeline, the
// claims panel, a search — the reader opens the article it belongs to and glides to it.
// The text is laid out once per (article, width) (rich_text.hpp); a frame only draws the visible lines.
#pragma once
#include <cstdint>
#include <string_view>

#include "model.hpp"
#include "rich_text.hpp"

namespace ui {

struct AppState;

struct ReaderState {
    float x = 0, y = 0, w = 0, h = 0;   // placement in logical pixels (set by the layout each frame)
    core::Index shown_article = core::kNone;  // article drawn last frame; kNone forces a fresh layout

    // Layout cache, keyed by what changes line breaks.
    TextLayout layout;                  // the article text, in reading font, at `layout_width`
    core::Index layout_article = core::kNone;
    float layout_width = 0;             // pixels
    const ImFont* layout_font = nullptr;
    float layout_font_size = 0;         // with the pointer: a rebuilt atlas may reuse the address at a new scale
    int layout_count = 0;               // layouts computed so far (tests check that frames reuse them)

    ImVec2 text_origin{0, 0};           // screen position of the layout's (0, 0) on the last frame
    float text_top = 0;                 // the same in the window's scrolled content space (y)

    // The last selection the reader scrolled to; a difference means "someone selected something".
    core::Index seen_claim = core::kNone;
    core::Index seen_timex = core::kNone;
    core::Index seen_event = core::kNone;
    int seen_search = -1;
    float scroll_target = -1;           // content y the view glides to; -1 = not scrolling

    // Mouse text selection, as byte offsets into the shown article (anchor = where the drag began).
    uint32_t sel_anchor = 0, sel_caret = 0;
    bool dragging = false;              // the button went down on the text and moved past the drag threshold
    ImVec2 press_pos{0, 0};             // screen position of the press

    core::Index hovered_claim = core::kNone;  // under the mouse this frame (drawn stronger)
    core::Index context_claim = core::kNone;  // under the mouse when the context menu opened
    bool date_hovered = false;          // the date line is hovered: its evidence in the text lights up
    bool show_date_note = false;        // the "how we know the date" note is unfolded
    ImVec2 date_label_min{0, 0}, date_label_max{0, 0};  // "inferred from the text" as drawn last frame, screen px
};

void DrawReader(AppState& app, ReaderState& state);
// Asks the reader to bring the current selection into view again (e.g. the claim was clicked once more
// after the reader had scrolled away from it).
void RevealInReader(ReaderState& state);

// The selected text (exact bytes of the article), empty when nothing is selected.
std::string_view ReaderSelectedText(const AppState& app, const ReaderState& state);
// Screen rectangle of the first line of [start, end) of the shown article as drawn on the last frame;
// false when the range is not laid out (another article, or empty). For tests and for scrolling.
bool ReaderRangeRect(const AppState& app, const ReaderState& state, uint32_t start, uint32_t end, ImVec2& min,
                     ImVec2& max);

}  // namespace ui
