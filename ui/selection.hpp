// selection.hpp — the one selection shared by every view, serializable to a short string for deep links.
//
// Usage:
//   ui::Selection s; s.article = 2; s.claim = 14;
//   std::string link = ui::ToString(s);        // "a=2&c=14"
//   ui::Selection back; ui::Parse(link, back); // true; back == s
//   ui::ToLink(s, corpus)                      // "a=2&at=1534": what links given out carry (see ToLink)
// Indices refer to the loaded Corpus; -1 = nothing selected in that slot.
//
// ViewState is the rest of a reader's place, beyond what is selected: the search query, the timeline's
// lanes and the extra panels. Same grammar: "q=kim%20jong&lanes=entities&panels=entities+coverage&tab=claims".
//   ui::ViewState v = ui::CaptureView(app);  std::string text = ui::ToString(v);
//   ui::ViewState w; if (ui::Parse(text, w)) ui::ApplyView(app, w);
// (The timeline's visible window and the theme travel in the page's own link keys, web/host.js.)
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model.hpp"
#include "layout.hpp"
#include "timeline_model.hpp"

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

// A deep link from outside (URL hash, host page, --select), checked against the loaded story: every index
// must exist, so no view ever indexes past a vector. Besides Parse's keys it takes "at=N", a byte offset
// into the article's text: the claim whose span holds it is selected (the innermost if several). Claim
// indices move when extraction improves; the published text never does, so links an editor writes by
// hand (web/examples/explainer.html) use "a=4&at=1234" and keep pointing at the same words.
// False (out untouched) when malformed, out of range, or when "at" falls outside the article or its claims.
bool ResolveLink(std::string_view text, const core::Corpus& corpus, Selection& out);

// The selection as a link to give out (the URL hash, a copied link, the page's state messages): like
// ToString, but a selected claim is named by its words — "a=4&at=1107", the first byte of the claim that
// ResolveLink maps back to it — so the link survives re-extraction. Falls back to "c=" only when no byte
// resolves to the claim (one nested in another with the same extent) or the claim lies outside the
// selected article. ResolveLink(ToLink(s, corpus)) selects s again.
std::string ToLink(const Selection& s, const core::Corpus& corpus);
// ToLink of every claim selected in its own article, in claim order ("a=4&at=1107"); each article's claims
// are compared only with each other, so a story of many articles costs near-linear time (the DOM list).
std::vector<std::string> ClaimDeepLinks(const core::Corpus& corpus);

struct AppState;

struct ViewState {
    std::string search;                 // the search box's query; "" = none (at most core::kMaxQueryBytes)
    LaneMode lanes = LaneMode::Article; // how the timeline groups its rows
    bool entities = false;              // the entities panel is open
    bool coverage = false;              // the coverage matrix is open
    Tab tab = Tab::Article;             // the pane shown on a phone-width screen
    bool operator==(const ViewState&) const = default;
};

std::string ToString(const ViewState& v);           // "" for the default view; the query percent-encoded
bool Parse(std::string_view text, ViewState& out);  // false (out untouched) on malformed input
ViewState CaptureView(const AppState& app);
void ApplyView(AppState& app, const ViewState& view);  // runs the search; keeps the selection

}  // namespace ui
