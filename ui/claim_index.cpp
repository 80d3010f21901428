#include "claim_index.hpp"

#include <algorithm>

namespace ui {

namespace {
void Count(const core::Corpus& corpus, const core::Relation& r, core::Index claim, ClaimLinks& l,
           std::vector<core::Index>& corroborating_articles) {
    switch (r.type) {
        case core::RelationType::Corroborates:
            for (core::Index other : OtherClaims(r, claim))
                if (other >= 0 && other < static_cast<core::Index>(corpus.claims.size()))
                    corroborating_articles.push_back(corpus.claims[other].span.article);
            break;
        case core::RelationType::Contradicts: ++l.contradicted; break;
        case core::RelationType::Refines: ++l.refined; break;
        case core::RelationType::Evolves: ++l.evolved; break;
    }
}

void Finish(const core::Corpus& corpus, core::Index claim, ClaimLinks& l, std::vector<core::Index>& articles) {
    // "Corroborated by N" counts outlets, not relations: two claims of one other article are one voice.
    const core::Index own = corpus.claims[claim].span.article;
    articles.erase(std::remove(articles.begin(), articles.end(), own), articles.end());
    std::sort(articles.begin(), articles.end());
    l.corroborated_by = static_cast<int>(std::unique(articles.begin(), articles.end()) - articles.begin());
}
}  // namespace

std::vector<core::Index> OtherClaims(const core::Relation& relation, core::Index claim) {
    std::vector<core::Index> out;
    for (core::Index c : relation.claims)
        if (c != claim) out.push_back(c);
    return out;
}

void RebuildClaimIndex(ClaimIndex& index, const core::Corpus& corpus) {
    const size_t n = corpus.claims.size();
    index.links.assign(n, {});
    std::vector<std::vector<core::Index>> articles(n);
    for (core::Index r = 0; r < static_cast<core::Index>(corpus.relations.size()); ++r) {
        const core::Relation& rel = corpus.relations[r];
        for (core::Index c : rel.claims) {
            if (c < 0 || c >= static_cast<core::Index>(n)) continue;
            ClaimLinks& l = index.links[c];
            if (!l.relations.empty() && l.relations.back() == r) continue;  // a claim named twice counts once
            l.relations.push_back(r);
            Count(corpus, rel, c, l, articles[c]);
        }
    }
    for (core::Index c = 0; c < static_cast<core::Index>(n); ++c) Finish(corpus, c, index.links[c], articles[c]);
}

ClaimLinks LinksOf(const core::Corpus& corpus, core::Index claim) {
    ClaimLinks l;
    if (claim < 0 || claim >= static_cast<core::Index>(corpus.claims.size())) return l;
    std::vector<core::Index> articles;
    for (core::Index r = 0; r < static_cast<core::Index>(corpus.relations.size()); ++r) {
        const core::Relation& rel = corpus.relations[r];
        if (std::find(rel.claims.begin(), rel.claims.end(), claim) == rel.claims.end()) continue;
        l.relations.push_back(r);
        Count(corpus, rel, claim, l, articles);
    }
    Finish(corpus, claim, l, articles);
    return l;
}

}  // namespace ui
