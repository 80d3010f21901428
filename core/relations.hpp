// relations.hpp — where articles agree, disagree, sharpen or update each other, claim by claim.
//
// Usage:
//   auto families = core::BuildEvents(corpus, facts, first_claim);
//   core::FindRelations(corpus, facts, first_claim, first_event, families);   // appends corpus.relations
//
// No all-pairs comparison: claims meet only inside blocks —
//   • the same Event (cross-document coreference already matched them): corroborates; refines when one
//     date is a finer reading of the other ("the 1960s" ⊃ "1961"); contradicts when one side is negated;
//   • the same (quantity unit family, trigger family, entity) key: amounts of the same thing about the
//     same actors — contradicts when the ranges cannot both be true ("about 10,000" vs "tens of
//     thousands"), refines when one range contains a narrower one, corroborates when they agree;
//   • the same (subject entity) with a stance word ("cautious", "reacted furiously"): evolves when the
//     articles are ≥ 30 days apart.
// Blocks are bounded (kMaxBlock), so cost grows linearly with the corpus. Each relation carries the
// exact words as evidence spans and a one-line explanation. Curated relations between the same claims
// are kept and the extracted duplicate is not added.
#pragma once
#include <string_view>
#include <vector>

#include "claims.hpp"
#include "model.hpp"

namespace core {

// families: BuildEvents' result for the events from first_event on (which trigger each event is about).
void FindRelations(Corpus& corpus, const std::vector<ClaimFacts>& facts, Index first_claim, Index first_event,
                   const std::vector<std::string_view>& families);

}  // namespace core
