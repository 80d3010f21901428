// events.hpp — dated happenings on the timeline, one per real-world event across articles.
//
// Usage:
//   core::BuildEvents(corpus, facts, first_claim);   // after ExtractClaims for every article
//   corpus.events[k].mentions  → one span per reporting sentence, across articles
//
// An event mention is a trigger ("signed", "ratified") in a claim, anchored to a timex of its sentence
// (claims.cpp chooses which). Mentions are clustered by trigger family, compatible object ("treaty" vs
// "decree"), overlapping date intervals (±2 days: "Monday" in one article, "on Tuesday" as reported in
// another) and shared participants; most precise mentions first so an event carries the best date.
// Undated mentions ("North Korea has ratified…") join a cluster of the same family and participants
// whose date falls in the 45 days before the article's publication. Blocking by family keeps this
// linear: each mention is compared with at most the 64 most recent clusters of its family.
#pragma once
#include <string_view>
#include <vector>

#include "claims.hpp"
#include "model.hpp"

namespace core {

// Returns the trigger family of each new event ("sign", "ratify"…; "document" for a dated document),
// in the order they were appended after the corpus's existing events.
std::vector<std::string_view> BuildEvents(Corpus& corpus, const std::vector<ClaimFacts>& facts, Index first_claim);

}  // namespace core
