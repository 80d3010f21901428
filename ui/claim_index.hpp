// claim_index.hpp — per-claim look-ups the claims panel and the reader need every frame, built once per
// corpus: which relations touch a claim, and the badge counts ("corroborated by 2", "contradicted"…).
//
// Usage:
//   ui::ClaimIndex index;  ui::RebuildClaimIndex(index, corpus);
//   const ui::ClaimLinks& l = index.links[claim];   // l.corroborated_by, l.relations…
#pragma once
#include <vector>

#include "model.hpp"

namespace ui {

struct ClaimLinks {
    std::vector<core::Index> relations; // relations naming this claim, in corpus order
    int corroborated_by = 0;            // other articles whose claims corroborate this one
    int contradicted = 0;               // relations of each type naming this claim
    int refined = 0;
    int evolved = 0;
    int Total() const { return static_cast<int>(relations.size()); }
};

struct ClaimIndex {
    std::vector<ClaimLinks> links;      // one per corpus claim
};

void RebuildClaimIndex(ClaimIndex& index, const core::Corpus& corpus);
ClaimLinks LinksOf(const core::Corpus& corpus, core::Index claim);  // the same for one claim, without an index

// The claims on the other side of `relation` from `claim` (usually one).
std::vector<core::Index> OtherClaims(const core::Relation& relation, core::Index claim);

}  // namespace ui
