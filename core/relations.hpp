// relations.hpp — where articles agree, disagree, sharpen or update each other, claim by claim.
//
// Usage:
//   auto families = core::BuildEvents(corpus, facts, first_claim);
//   core::FindRelations(corpus, facts, first_claim, first_event, families);   // appends corpus.relations
//
// No all-pairs comparison: claims meet only inside blocks —
//   • the same Event (cross-document coreference already matched them): corroborates; refines when one
//     date is a finer reading of the other ("the 1960s" ⊃ "1961"), or one report names the doers more
//     precisely ("North Korea" / "Kim Jong Un") or names more of them ("Putin" / "Putin and Kim");
//     contradicts when one side is negated, or when the two name rival doers of an act only one can do
//     ("Putin signed the law" / "the State Duma signed it"; actors.hpp says who is compatible with whom);
//   • the same (quantity unit family, trigger family, entity) key: amounts of the same thing about the
//     same actors — contradicts when the ranges cannot both be true ("about 10,000" vs "tens of
//     thousands"), refines when one range contains a narrower one, corroborates when they agree;
//   • the same (subject entity) with a stance word ("cautious", "reacted furiously"): evolves when the
//     articles are ≥ 30 days apart.
// Blocks are bounded (kMaxBlock), so cost grows linearly with the corpus. Each relation carries the
// exact words as evidence spans and a one-line explanation. A pair of claims gets at most one relation
// per topic (an event, a figure's slot, a stance), so two sentences that both report two acts relate on
// each. Curated relations between the same claims are kept and no extracted one is added.
#pragma once
#include <string_view>
#include <vector>

#include "actors.hpp"
#include "claims.hpp"
#include "model.hpp"

namespace core {

// families: BuildEvents' result for the events from first_event on (which trigger each event is about);
// homes: which state each actor belongs to (actors.hpp), so "Kim Jong Un" and "North Korea" agree.
void FindRelations(Corpus& corpus, const std::vector<ClaimFacts>& facts, Index first_claim, Index first_event,
                   const std::vector<std::string_view>& families, const ActorHomes& homes = {});

}  // namespace core
