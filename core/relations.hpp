// relations.hpp — where articles agree, disagree, sharpen or update each other, claim by claim.
//
// Usage:
//   auto families = core::BuildEvents(corpus, facts, first_claim);
//   core::FindRelations(corpus, facts, first_claim, first_event, families);   // appends corpus.relations
//   (or PrepareRelations beside BuildEvents on another thread, its result passed to FindRelations)
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
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "actors.hpp"
#include "claims.hpp"
#include "model.hpp"

namespace core {

// What the amount and stance passes need from the claims alone: one sweep over every claim and its facts,
// which PrepareRelations may do beside BuildEvents (it reads claims' entities, spans and facts; BuildEvents
// writes only events and claims' `event`). Pointers into `facts`: keep it unchanged until FindRelations.
struct RelationInputs {
    struct Amount {
        Index claim;
        Index article;
        const Quantity* q;              // into facts[claim].quantities
        std::string_view slot;          // what it measures (the act's family, else Quantity::slot)
        size_t unit_hash, slot_hash;    // of q->unit and slot: the relation's topic
    };
    std::vector<uint32_t> block_start;  // block b's amounts: amounts[block_start[b], block_start[b + 1])
    std::vector<Amount> amounts;        // grouped by (unit, slot, entity) block, first-seen order, ≤ kMaxBlock each
    std::vector<std::pair<Index, std::vector<Index>>> stances;   // subject → its stance claims by publication day
    Index first_claim = 0;
    bool ready = false;
};
RelationInputs PrepareRelations(const Corpus& corpus, const std::vector<ClaimFacts>& facts, Index first_claim);

// families: BuildEvents' result for the events from first_event on (which trigger each event is about);
// homes: which state each actor belongs to (actors.hpp), so "Kim Jong Un" and "North Korea" agree;
// prepared: PrepareRelations' result for the same claims, or null to gather them here.
void FindRelations(Corpus& corpus, const std::vector<ClaimFacts>& facts, Index first_claim, Index first_event,
                   const std::vector<std::string_view>& families, const ActorHomes& homes = {},
                   const RelationInputs* prepared = nullptr);

}  // namespace core
