// entity_coref.cpp — ResolveEntities: one Entity per real-world referent across all articles.
#include <algorithm>

#include "entities.hpp"
#include "flat_hash.hpp"

namespace core {

namespace {

// Appends the id slug of a name to out ("Kim Jong-Un" → "kim-jong-un"; "x" when nothing is left).
void Slug(std::string_view name, std::string& out) {
    const size_t from = out.size();
    out.resize(from + name.size());  // a slug is never longer than its name
    char* const d = out.data() + from;
    size_t w = 0;
    for (char c : name) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) d[w++] = c;
        else if (w > 0 && d[w - 1] != '-') d[w++] = '-';
    }
    while (w > 0 && d[w - 1] == '-') --w;
    out.resize(from + w);
    if (w == 0) out += 'x';
}

// The key without a trailing corporate suffix ("apple inc" → "apple"), or "" when there is none.
std::string_view WithoutCorporateSuffix(std::string_view key) {
    static constexpr std::string_view kSuffixes[] = {" inc", " corp", " co", " ltd", " plc", " llc", " corporation",
                                                     " incorporated", " company", " ag", " sa", " nv", " gmbh"};
    while (!key.empty() && (key.back() == '.' || key.back() == ',')) key.remove_suffix(1);
    // Each suffix is a space and one word, so the key ends with it exactly when its last word (with the
    // space before it) equals it: one search for that space, then compares of equal lengths only.
    const size_t sp = key.rfind(' ');
    if (sp == std::string_view::npos || sp == 0) return {};
    const std::string_view tail = key.substr(sp);
    for (std::string_view s : kSuffixes)
        if (tail == s) return key.substr(0, sp);
    return {};
}

// Starts loading an article's mentions (the first 4 KB, ~32 of them) while the one before it is resolved:
// both passes walk every article's mentions, each article's in an allocation of its own that the
// processor's prefetcher cannot foresee, and the first touch of each was the passes' largest cost.
void PrefetchMentions(const std::vector<EntityMention>& v) {
    const char* p = reinterpret_cast<const char*>(v.data());
    const size_t bytes = std::min<size_t>(v.size() * sizeof(EntityMention), 4096);
    for (size_t o = 0; o < bytes; o += 64) __builtin_prefetch(p + o);
}

// Starts loading the text under an article's mentions: Attach compares each mention's surface with its
// entity's name, and the text was last read stages earlier. Issued an article ahead, after that article's
// mentions were themselves prefetched an article before (PrefetchMentions), so reading their ranges here
// does not wait. Only the line a surface starts on: names are short.
void PrefetchSurfaces(const std::vector<EntityMention>& v, const std::string& text) {
    uint32_t last_line = UINT32_MAX;
    for (const EntityMention& m : v) {
        const uint32_t line = m.range.start / 64;
        if (line == last_line) continue;  // consecutive mentions often share a line
        last_line = line;
        __builtin_prefetch(text.data() + m.range.start);
    }
}

struct Resolver {
    Corpus& corpus;
    // Flat maps (flat_hash.hpp): every mention of every article is looked up here, one after another,
    // and node-based maps spent most of the stage on cache misses.
    StringMap<Index> by_key;                                      // names and aliases
    StringMap<std::vector<Index>> by_word;                        // words of multi-word person names
    StringMap<std::vector<Index>> by_role;                        // "head:north korea" → persons
    StringMap<int> ids;                                           // id uniqueness
    std::vector<Index> here;                                      // entities mentioned in the current article
    std::vector<uint64_t> hashes;                                 // per mention of the current article: the hash of
                                                                  // what it is looked up by (key or role), once
    // What resolution keeps per entity, side by side (one cache line touched per mention, not three), and
    // always as long as corpus.entities.
    struct EntityState {
        Index here_article = kNone;     // the article `here` last took it in
        bool strong = false;            // kind set by evidence, not a guess
        bool words_indexed = false;     // by_word filled
    };
    std::vector<EntityState> state;
    // Every attached mention as (entity, span), in attach order: the entities' mention lists are filled
    // from it once at the end, each at its exact size, instead of growing ~35,000 vectors one push at a time.
    std::vector<std::pair<Index, Span>> attached;
    std::string id;                                               // scratch: the id being made (Create)

    void Index_(Index e, std::string_view key) { by_key.TryEmplace(key, e); }

    // A new entity for m; key_hash is HashBytes(m.key), which the caller has already computed.
    Index Create(const EntityMention& m, uint64_t key_hash) {
        Entity& ent = corpus.entities.emplace_back();
        ent.kind = m.kind;
        ent.name = m.name;
        id.assign("e:");
        Slug(m.name, id);
        if (int& n = *ids.TryEmplace(id).first; n++ > 0) {
            id += '-';
            id += std::to_string(n);
        }
        ent.id = id;
        const Index e = static_cast<Index>(corpus.entities.size() - 1);
        state.emplace_back();
        by_key.TryEmplace(m.key, key_hash, e);
        return e;
    }

    void AddWords(Index e, const std::string& key) {
        if (corpus.entities[e].kind != EntityKind::Person) return;
        int words = 0;
        for (size_t q = 0; q <= key.size(); ++q)
            if (q == key.size() || key[q] == ' ') ++words;
        if (words < 2) return;
        auto add = [&](std::string_view w) {
            auto& v = by_word[w];
            if (std::find(v.begin(), v.end(), e) == v.end()) v.push_back(e);
        };
        // Every word ("kim", "putin") and every multi-word tail ("mbeki santos" of "aurelio mbeki santos").
        const std::string_view k(key);
        for (size_t p = 0; p < k.size();) {
            size_t q = k.find(' ', p);
            if (q == std::string_view::npos) q = k.size();
            if (q > p) add(k.substr(p, q - p));
            if (p > 0 && q < k.size()) add(k.substr(p));
            p = q + 1;
        }
    }

    void Attach(Index e, Index article, const EntityMention& m, std::string_view surface) {
        Entity& ent = corpus.entities[e];
        attached.push_back({e, Span{article, m.range.start, m.range.end}});
        if (surface != ent.name && std::find(ent.aliases.begin(), ent.aliases.end(), surface) == ent.aliases.end())
            ent.aliases.emplace_back(surface);
        // The first mention with evidence decides the kind; until one comes, a guess fills an Other.
        if (!m.nominal && m.kind != EntityKind::Other) {
            bool& strong = state[e].strong;
            if (!m.weak_kind && !strong) ent.kind = m.kind, strong = true;
            else if (ent.kind == EntityKind::Other) ent.kind = m.kind;
        }
        if (!m.role.empty() && !m.nominal) {
            auto& v = by_role[m.role];
            if (std::find(v.begin(), v.end(), e) == v.end()) v.push_back(e);
        }
    }

    // A one-word name that ends exactly one longer non-person name of this article: the short form a
    // report uses after introducing "Mac OS X Lion", "iPod Nano", "iPhone SDK" ("Lion", "Nano", "SDK").
    Index HeadAlias(const std::string& key) {
        Index found = kNone;
        for (Index e : here) {
            const Entity& ent = corpus.entities[e];
            if (ent.kind == EntityKind::Person || ent.kind == EntityKind::Place) continue;
            const std::string& n = ent.name;
            if (n.size() <= key.size() + 1 || n[n.size() - key.size() - 1] != ' ') continue;
            if (!EqualsLower(std::string_view(n).substr(n.size() - key.size()), key)) continue;
            if (found != kNone && found != e) return kNone;  // ambiguous
            found = e;
        }
        return found;
    }

    // `here` as a set: a stamp per entity instead of a scan of the article's entities.
    bool IsHere(Index e, Index article) const {
        return state[e].here_article == article;
    }
    void AddHere(Index e, Index article) {
        if (state[e].here_article == article) return;
        state[e].here_article = article;
        here.push_back(e);
    }

    // Among candidates, the one mentioned in this article (`here`); else the only one.
    Index Pick(const std::vector<Index>& cands, Index article) {
        Index found = kNone;
        int n_in = 0;
        for (Index c : cands)
            if (IsHere(c, article)) found = c, ++n_in;
        if (n_in == 1) return found;
        return cands.size() == 1 ? cands[0] : kNone;
    }
};

}  // namespace

void ResolveEntities(Corpus& corpus, std::vector<std::vector<EntityMention>>& per_article) {
    Resolver r{corpus, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    for (Index e = 0; e < static_cast<Index>(corpus.entities.size()); ++e) {  // existing (curated) entities
        const Entity& ent = corpus.entities[e];
        r.state.push_back({kNone, true, false});  // a curated kind is never overruled
        r.ids[ent.id] = 1;
        r.Index_(e, NormalizeNameKey(ent.name));
        for (const std::string& a : ent.aliases) r.Index_(e, NormalizeNameKey(a));
        r.AddWords(e, NormalizeNameKey(ent.name));
    }
    // Pass 1: full names, gazetteer names, documents, acronyms. It notes, per article, the entities it
    // found and which mentions pass 2 must resolve (one-word names and roles, about a third), so that pass 2
    // reads only those instead of every article's mentions again.
    const size_t articles = std::min(per_article.size(), corpus.articles.size());
    std::vector<Index> found;                    // pass 1's entities, article after article
    std::vector<uint32_t> pending;               // indices of the mentions left for pass 2, likewise
    std::vector<uint32_t> found_end(articles), pending_end(articles);
    for (size_t a = 0; a < articles; ++a) {
        if (a + 2 < articles) PrefetchMentions(per_article[a + 2]);
        if (a + 1 < articles) PrefetchSurfaces(per_article[a + 1], corpus.articles[a + 1].text);
        const std::string& text = corpus.articles[a].text;
        std::vector<EntityMention>& ms = per_article[a];
        r.hashes.assign(ms.size(), 0);
        for (size_t i = 0; i < ms.size(); ++i) {
            const EntityMention& m = ms[i];
            if (m.nominal || m.single) {
                pending.push_back(static_cast<uint32_t>(i));
                continue;
            }
            if (m.key.empty()) continue;
            r.hashes[i] = HashBytes(m.key);
            r.by_key.Prefetch(r.hashes[i]);
        }
        for (size_t i = 0; i < ms.size(); ++i) {
            EntityMention& m = ms[i];
            if (m.nominal || m.single || m.key.empty()) {
                if (m.entity != kNone && !m.nominal && !m.single) found.push_back(m.entity);
                continue;
            }
            // "Apple Inc." and "Apple" are one company: a corporate suffix is looked up without it too.
            const std::string_view bare = WithoutCorporateSuffix(m.key);
            const Index* known = r.by_key.Find(m.key, r.hashes[i]);
            if (!known && !bare.empty()) known = r.by_key.Find(bare);
            if (known) {
                m.entity = *known;
            } else {
                m.entity = r.Create(m, r.hashes[i]);
                if (!bare.empty()) r.Index_(m.entity, bare);
            }
            found.push_back(m.entity);
            r.Attach(m.entity, static_cast<Index>(a), m, std::string_view(text).substr(m.range.start, m.range.end - m.range.start));
            // A person's name words are indexed once (a key maps to one entity, so its words never change).
            // Only a person with evidence (a title, a given name, a reporting verb) lends its surname: a
            // capitalized pair guessed to be a person ("California Theater") must not absorb "California".
            Resolver::EntityState& st = r.state[m.entity];
            if (!st.words_indexed && corpus.entities[m.entity].kind == EntityKind::Person && st.strong) {
                r.AddWords(m.entity, m.key);
                st.words_indexed = true;
            }
        }
        found_end[a] = static_cast<uint32_t>(found.size());
        pending_end[a] = static_cast<uint32_t>(pending.size());
    }
    // Pass 2: one-word names and roles, now that every full name is known.
    std::vector<uint64_t> pending_hash;
    for (size_t a = 0; a < articles; ++a) {
        const std::string& text = corpus.articles[a].text;
        const Index art = static_cast<Index>(a);
        std::vector<EntityMention>& ms = per_article[a];
        const size_t p0 = a == 0 ? 0 : pending_end[a - 1], p1 = pending_end[a];
        if (a + 2 < articles)  // the pending mentions of the article after next (two cache lines each)
            for (size_t p = pending_end[a + 1]; p < pending_end[a + 2]; ++p) {
                const char* q = reinterpret_cast<const char*>(&per_article[a + 2][pending[p]]);
                __builtin_prefetch(q);
                __builtin_prefetch(q + 64);
            }
        if (a + 1 < articles)  // and the text under the next article's (prefetched one article ago)
            for (size_t p = p1; p < pending_end[a + 1]; ++p)
                __builtin_prefetch(corpus.articles[a + 1].text.data() + per_article[a + 1][pending[p]].range.start);
        r.here.clear();  // the article's entities so far: its full names, then what pass 2 resolves
        for (size_t f = a == 0 ? 0 : found_end[a - 1]; f < found_end[a]; ++f) r.AddHere(found[f], art);
        pending_hash.resize(p1 - p0);
        for (size_t p = p0; p < p1; ++p) {
            const EntityMention& m = ms[pending[p]];
            if (m.entity != kNone) r.AddHere(m.entity, art);
            uint64_t& h = pending_hash[p - p0];
            if (m.nominal) {
                h = HashBytes(m.role);
                r.by_role.Prefetch(h);
            } else {
                h = HashBytes(m.key);
                r.by_word.Prefetch(h);
                r.by_key.Prefetch(h);
            }
        }
        for (size_t p = p0; p < p1; ++p) {
            EntityMention& m = ms[pending[p]];
            const uint64_t h = pending_hash[p - p0];
            if (m.nominal) {
                const std::vector<Index>* cands = r.by_role.Find(m.role, h);
                if (!cands) continue;
                m.entity = r.Pick(*cands, art);
                if (m.entity == kNone) continue;
            } else {
                if (const std::vector<Index>* cands = r.by_word.Find(m.key, h)) m.entity = r.Pick(*cands, art);
                if (m.entity == kNone) {
                    if (const Index* known = r.by_key.Find(m.key, h)) m.entity = *known;
                    else if (const Index e = r.HeadAlias(m.key); e != kNone) m.entity = e;
                    else if (m.tentative) continue;  // "Diplomatic responses…": nobody else names it
                    else m.entity = r.Create(m, h);
                }
            }
            r.Attach(m.entity, art, m, std::string_view(text).substr(m.range.start, m.range.end - m.range.start));
            r.AddHere(m.entity, art);
        }
    }
    // Each entity's mentions: those it had, then the attached ones in attach order (as pushing them one by
    // one gave), then sorted.
    std::vector<uint32_t> counts(corpus.entities.size(), 0);
    for (const auto& [e, span] : r.attached) ++counts[e];
    for (size_t e = 0; e < counts.size(); ++e)
        if (counts[e]) corpus.entities[e].mentions.reserve(corpus.entities[e].mentions.size() + counts[e]);
    for (const auto& [e, span] : r.attached) corpus.entities[e].mentions.push_back(span);
    const auto before = [](const Span& x, const Span& y) {
        return x.article != y.article ? x.article < y.article : x.start < y.start;
    };
    // Most lists arrive in order already (pass 1 attaches article after article); a list strictly in order
    // is what std::sort would return, so only the others are sorted (with ties, sorting decides as before).
    for (Entity& e : corpus.entities) {
        const auto not_after = [&](const Span& x, const Span& y) { return !before(x, y); };
        if (std::adjacent_find(e.mentions.begin(), e.mentions.end(), not_after) != e.mentions.end())
            std::sort(e.mentions.begin(), e.mentions.end(), before);
    }
}

}  // namespace core
