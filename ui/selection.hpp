// selection.hpp — the one selection shared by every view, serializable to a short string for deep links.
//
// Usage:
//   ui::Selection s; s.article = 2; s.claim = 14;
//   std::string link = ui::ToString(s);        // "a=2&c=14"
//   ui::Selection back; ui::Parse(link, back); // true; back == s
// Indices refer to the loaded Corpus; -1 = nothing selected in that slot.
#pragma once
#include <string>
#include <string_view>

#include "model.hpp"

namespace ui {

struct Selection {
    core::Index article = core::kNone;  // the article open in the reader
    core::Index claim = core::kNone;    // the selected claim (its span is highlighted and scrolled to)
    core::Index event = core::kNone;    // the selected timeline event
    core::Index entity = core::kNone;   // the entity filter (timeline and claims show only its items)
    core::Index timex = core::kNone;    // a selected date expression in the reader
    bool operator==(const Selection&) const = default;
};

std::string ToString(const Selection& s);
bool Parse(std::string_view text, Selection& out);  // false (out untouched) on malformed input

}  // namespace ui
