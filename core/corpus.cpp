#include "corpus.hpp"

#include <algorithm>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "sort_order.hpp"

namespace core {

namespace {

using IndexMap = std::vector<Index>;  // old index → new index, kNone = removed

Index Map(const IndexMap* m, Index i) {
    if (!m || i == kNone) return i;
    return i >= 0 && static_cast<size_t>(i) < m->size() ? (*m)[static_cast<size_t>(i)] : kNone;
}

// Applies the map to a list; false when a referenced item was removed.
bool MapList(const IndexMap* m, std::vector<Index>& list) {
    if (!m) return true;
    const size_t before = list.size();
    std::vector<Index> out;
    for (Index i : list)
        if (Index j = Map(m, i); j != kNone) out.push_back(j);
    list = std::move(out);
    return list.size() == before;
}

struct Maps {
    const IndexMap* timexes = nullptr;
    const IndexMap* entities = nullptr;
    const IndexMap* events = nullptr;
    const IndexMap* claims = nullptr;
};

// Rewrites every cross-layer reference after some layer was reordered or filtered.
void RemapRefs(Corpus& c, const Maps& m) {
    for (Claim& k : c.claims) {
        MapList(m.timexes, k.timexes);
        MapList(m.entities, k.entities);
        k.event = Map(m.events, k.event);
        k.attribution.speaker = Map(m.entities, k.attribution.speaker);
    }
    for (Event& e : c.events) MapList(m.claims, e.claims);
    for (Note& n : c.notes) n.claim = Map(m.claims, n.claim);
    // A relation that lost one of its claims no longer says anything.
    std::erase_if(c.relations, [&](Relation& r) { return !MapList(m.claims, r.claims); });
}

// Keeps the items for which keep() is true; returns the old → new index map.
template <typename T, typename Pred>
IndexMap Filter(std::vector<T>& v, Pred keep) {
    IndexMap map(v.size(), kNone);
    std::vector<T> out;
    for (size_t i = 0; i < v.size(); ++i)
        if (keep(v[i])) { map[i] = static_cast<Index>(out.size()); out.push_back(std::move(v[i])); }
    v = std::move(out);
    return map;
}

template <typename T, typename Less>
IndexMap SortWithMap(std::vector<T>& v, Less less, bool* moved = nullptr) {
    if (moved) *moved = false;
    if (std::is_sorted(v.begin(), v.end(), less)) {  // the usual case after extraction: nothing to move
        IndexMap map(v.size());
        std::iota(map.begin(), map.end(), Index{0});
        return map;
    }
    if (moved) *moved = true;
    std::vector<size_t> order(v.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return less(v[a], v[b]); });
    IndexMap map(v.size());
    std::vector<T> out;
    out.reserve(v.size());
    for (size_t k = 0; k < order.size(); ++k) { map[order[k]] = static_cast<Index>(k); out.push_back(std::move(v[order[k]])); }
    v = std::move(out);
    return map;
}

auto SpanKey(const Span& s) { return std::make_tuple(s.article, s.start, s.end); }

template <typename T>
Index FindById(const std::vector<T>& v, std::string_view id) {
    for (size_t i = 0; i < v.size(); ++i)
        if (v[i].id == id) return static_cast<Index>(i);
    return kNone;
}

// Places each curated item at the index of the same-id item, or appends it; returns curated → target map.
template <typename T>
IndexMap PlaceById(std::vector<T>& target, const std::vector<T>& curated, std::vector<bool>& replaced) {
    IndexMap map(curated.size());
    for (size_t i = 0; i < curated.size(); ++i) {
        Index at = FindById(target, curated[i].id);
        if (at == kNone) { at = static_cast<Index>(target.size()); target.emplace_back(); }
        map[i] = at;
    }
    replaced.assign(target.size(), false);
    return map;
}

}  // namespace

Index ArticleIndex(const Corpus& c, std::string_view id) { return FindById(c.articles, id); }

const Article* FindArticle(const Corpus& c, std::string_view id) {
    Index i = ArticleIndex(c, id);
    return i == kNone ? nullptr : &c.articles[static_cast<size_t>(i)];
}

Index AddArticle(Corpus& c, Article article) {
    if (ArticleIndex(c, article.id) != kNone) return kNone;
    c.articles.push_back(std::move(article));
    return static_cast<Index>(c.articles.size() - 1);
}

Index FindClaim(const Corpus& c, std::string_view id) { return FindById(c.claims, id); }

std::vector<Index> ClaimsOfArticle(const Corpus& c, Index article) {
    std::vector<Index> out;
    for (size_t i = 0; i < c.claims.size(); ++i)
        if (c.claims[i].span.article == article) out.push_back(static_cast<Index>(i));
    StableSortIndices(out, [&](Index a, Index b) {
        return SpanKey(c.claims[static_cast<size_t>(a)].span) < SpanKey(c.claims[static_cast<size_t>(b)].span);
    });
    return out;
}

std::vector<Index> TimexesOfArticle(const Corpus& c, Index article) {
    std::vector<Index> out;
    for (size_t i = 0; i < c.timexes.size(); ++i)
        if (c.timexes[i].span.article == article) out.push_back(static_cast<Index>(i));
    StableSortIndices(out, [&](Index a, Index b) {
        return SpanKey(c.timexes[static_cast<size_t>(a)].span) < SpanKey(c.timexes[static_cast<size_t>(b)].span);
    });
    return out;
}

bool HasExtractedLayers(const Corpus& c) {
    return !c.timexes.empty() || !c.claims.empty() || !c.entities.empty() || !c.events.empty();
}

const Furniture* FurnitureAt(const Article& a, uint32_t offset) {
    for (const Furniture& f : a.furniture)
        if (offset >= f.range.start && offset < f.range.end) return &f;
    return nullptr;
}

void SortLayers(Corpus& c) {
    for (Article& a : c.articles)
        std::stable_sort(a.furniture.begin(), a.furniture.end(),
                         [](const Furniture& x, const Furniture& y) { return x.range.start < y.range.start; });
    bool timexes_moved = false, claims_moved = false;
    IndexMap timexes = SortWithMap(c.timexes, [](const Timex& x, const Timex& y) { return SpanKey(x.span) < SpanKey(y.span); }, &timexes_moved);
    IndexMap claims = SortWithMap(c.claims, [](const Claim& x, const Claim& y) { return SpanKey(x.span) < SpanKey(y.span); }, &claims_moved);
    if (!timexes_moved && !claims_moved) return;  // every reference still holds
    Maps m;
    m.timexes = &timexes;
    m.claims = &claims;
    RemapRefs(c, m);
}

void MergeCuration(Corpus& c, const Corpus& cur) {
    // Articles by id; a curated corpus normally carries the same articles (its base).
    IndexMap articles(cur.articles.size());
    for (size_t i = 0; i < cur.articles.size(); ++i) {
        Index at = ArticleIndex(c, cur.articles[i].id);
        if (at == kNone) { at = static_cast<Index>(c.articles.size()); c.articles.push_back(cur.articles[i]); }
        articles[i] = at;
    }
    auto span = [&](Span s) { s.article = Map(&articles, s.article); return s; };
    auto spans = [&](std::vector<Span> v) { for (Span& s : v) s = span(s); return v; };

    std::vector<bool> unused;
    IndexMap entities = PlaceById(c.entities, cur.entities, unused);
    IndexMap events = PlaceById(c.events, cur.events, unused);
    IndexMap claims = PlaceById(c.claims, cur.claims, unused);
    IndexMap timexes(cur.timexes.size());
    for (size_t i = 0; i < cur.timexes.size(); ++i) {
        timexes[i] = static_cast<Index>(c.timexes.size());
        Timex t = cur.timexes[i];
        t.span = span(t.span);
        c.timexes.push_back(std::move(t));
    }
    for (size_t i = 0; i < cur.entities.size(); ++i) {
        Entity e = cur.entities[i];
        e.mentions = spans(e.mentions);
        c.entities[static_cast<size_t>(entities[i])] = std::move(e);
    }
    for (size_t i = 0; i < cur.events.size(); ++i) {
        Event e = cur.events[i];
        e.mentions = spans(e.mentions);
        for (Index& k : e.claims) k = Map(&claims, k);
        c.events[static_cast<size_t>(events[i])] = std::move(e);
    }
    for (size_t i = 0; i < cur.claims.size(); ++i) {
        Claim k = cur.claims[i];
        k.span = span(k.span);
        if (k.attribution.cue.article != kNone) k.attribution.cue = span(k.attribution.cue);
        k.attribution.speaker = Map(&entities, k.attribution.speaker);
        for (Index& t : k.timexes) t = Map(&timexes, t);
        for (Index& e : k.entities) e = Map(&entities, e);
        k.event = Map(&events, k.event);
        c.claims[static_cast<size_t>(claims[i])] = std::move(k);
    }
    for (const Relation& r : cur.relations) {
        Relation x = r;
        for (Index& k : x.claims) k = Map(&claims, k);
        x.evidence = spans(x.evidence);
        // The editor's judgement of a pair replaces whatever extraction concluded about the same pair.
        const std::set<Index> pair(x.claims.begin(), x.claims.end());
        std::erase_if(c.relations, [&](const Relation& old) {
            return old.provenance == Provenance::Extracted && std::set<Index>(old.claims.begin(), old.claims.end()) == pair;
        });
        c.relations.push_back(std::move(x));
    }
    for (const Note& n : cur.notes) {
        Note x = n;
        x.claim = Map(&claims, x.claim);
        if (Index at = FindById(c.notes, x.id); at != kNone) c.notes[static_cast<size_t>(at)] = std::move(x);
        else c.notes.push_back(std::move(x));
    }
    SortLayers(c);
}

namespace {
// Removes every entity, event, claim, relation and note of provenance `drop`, remapping references.
void DropProvenance(Corpus& c, Provenance drop) {
    auto keep = [drop](const auto& item) { return item.provenance != drop; };
    IndexMap entities = Filter(c.entities, keep);
    IndexMap events = Filter(c.events, keep);
    IndexMap claims = Filter(c.claims, keep);
    std::erase_if(c.relations, [drop](const Relation& r) { return r.provenance == drop; });
    std::erase_if(c.notes, [drop](const Note& n) { return n.provenance == drop; });
    Maps m;
    m.entities = &entities;
    m.events = &events;
    m.claims = &claims;
    RemapRefs(c, m);
}
}  // namespace

void DropCurated(Corpus& c) { DropProvenance(c, Provenance::Curated); }

void DropExtracted(Corpus& c) {
    DropProvenance(c, Provenance::Extracted);
    c.timexes.clear();  // timexes carry no provenance: they are always extracted
    for (Claim& k : c.claims) k.timexes.clear();
}

}  // namespace core
