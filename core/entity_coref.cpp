// entity_coref.cpp — ResolveEntities: one Entity per real-world referent across all articles.
#include <algorithm>

#include "entities.hpp"
#include "flat_hash.hpp"

namespace core {

namespace {

std::string Slug(std::string_view name) {
    std::string s;
    for (char c : name) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) s += c;
        else if (!s.empty() && s.back() != '-') s += '-';
    }
    while (!s.empty() && s.back() == '-') s.pop_back();
    return s.empty() ? "x" : s;
}

// The key without a trailing corporate suffix ("apple inc" → "apple"), or "" when there is none.
std::string_view WithoutCorporateSuffix(std::string_view key) {
    static constexpr std::string_view kSuffixes[] = {" inc", " corp", " co", " ltd", " plc", " llc", " corporation",
                                                     " incorporated", " company", " ag", " sa", " nv", " gmbh"};
    while (!key.empty() && (key.back() == '.' || key.back() == ',')) key.remove_suffix(1);
    for (std::string_view s : kSuffixes)
        if (key.size() > s.size() && key.substr(key.size() - s.size()) == s) return key.substr(0, key.size() - s.size());
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

struct Resolver {
    Corpus& corpus;
    // Flat maps (flat_hash.hpp): every mention of every article is looked up here, one after another,
    // and node-based maps spent most of the stage on cache misses.
    StringMap<Index> by_key;                                      // names and aliases
    StringMap<std::vector<Index>> by_word;                        // words of multi-word person names
    StringMap<std::vector<Index>> by_role;                        // "head:north korea" → persons
    StringMap<int> ids;                                           // id uniqueness
    std::vector<Index> here;                                      // entities mentioned in the current article
    std::vector<Index> here_article;                              // per entity: the article `here` last took it in
    std::vector<uint64_t> hashes;                                 // per mention of the current article: the hash of
                                                                  // what it is looked up by (key or role), once
    std::vector<bool> words_indexed;                              // per entity: by_word filled
    std::vector<bool> strong;                                     // per entity: kind set by evidence, not a guess

    void Index_(Index e, std::string_view key) { by_key.TryEmplace(key, e); }

    Index Create(const EntityMention& m) {
        Entity ent;
        ent.kind = m.kind;
        ent.name = m.name;
        std::string id = "e:";
        id += Slug(m.name);
        if (int& n = ids[id]; n++ > 0) {  // appended piecewise: GCC 12 reports a false -Wrestrict on "-" + s
            id += '-';
            id += std::to_string(n);
        }
        ent.id = std::move(id);
        corpus.entities.push_back(std::move(ent));
        const Index e = static_cast<Index>(corpus.entities.size() - 1);
        Index_(e, m.key);
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
        ent.mentions.push_back({article, m.range.start, m.range.end});
        if (surface != ent.name && std::find(ent.aliases.begin(), ent.aliases.end(), surface) == ent.aliases.end())
            ent.aliases.emplace_back(surface);
        // The first mention with evidence decides the kind; until one comes, a guess fills an Other.
        if (strong.size() <= static_cast<size_t>(e)) strong.resize(e + 1);
        if (!m.nominal && m.kind != EntityKind::Other) {
            if (!m.weak_kind && !strong[e]) ent.kind = m.kind, strong[e] = true;
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
        return static_cast<size_t>(e) < here_article.size() && here_article[e] == article;
    }
    void AddHere(Index e, Index article) {
        if (IsHere(e, article)) return;
        if (here_article.size() <= static_cast<size_t>(e)) here_article.resize(e + 1, kNone);
        here_article[e] = article;
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
        r.strong.push_back(true);  // a curated kind is never overruled
        r.ids[ent.id] = 1;
        r.Index_(e, NormalizeNameKey(ent.name));
        for (const std::string& a : ent.aliases) r.Index_(e, NormalizeNameKey(a));
        r.AddWords(e, NormalizeNameKey(ent.name));
    }
    // Pass 1: full names, gazetteer names, documents, acronyms.
    for (size_t a = 0; a < per_article.size() && a < corpus.articles.size(); ++a) {
        if (a + 1 < per_article.size()) PrefetchMentions(per_article[a + 1]);
        const std::string& text = corpus.articles[a].text;
        r.hashes.assign(per_article[a].size(), 0);
        for (size_t i = 0; i < per_article[a].size(); ++i) {
            const EntityMention& m = per_article[a][i];
            if (m.nominal || m.single || m.key.empty()) continue;
            r.hashes[i] = HashBytes(m.key);
            r.by_key.Prefetch(r.hashes[i]);
        }
        for (size_t i = 0; i < per_article[a].size(); ++i) {
            EntityMention& m = per_article[a][i];
            if (m.nominal || m.single || m.key.empty()) continue;
            // "Apple Inc." and "Apple" are one company: a corporate suffix is looked up without it too.
            const std::string_view bare = WithoutCorporateSuffix(m.key);
            const Index* known = r.by_key.Find(m.key, r.hashes[i]);
            if (!known && !bare.empty()) known = r.by_key.Find(bare);
            if (known) {
                m.entity = *known;
            } else {
                m.entity = r.Create(m);
                if (!bare.empty()) r.Index_(m.entity, bare);
            }
            r.Attach(m.entity, static_cast<Index>(a), m, std::string_view(text).substr(m.range.start, m.range.end - m.range.start));
            // A person's name words are indexed once (a key maps to one entity, so its words never change).
            if (r.words_indexed.size() <= static_cast<size_t>(m.entity)) r.words_indexed.resize(m.entity + 1);
            // Only a person with evidence (a title, a given name, a reporting verb) lends its surname: a
            // capitalized pair guessed to be a person ("California Theater") must not absorb "California".
            if (!r.words_indexed[m.entity] && corpus.entities[m.entity].kind == EntityKind::Person && r.strong[m.entity]) {
                r.AddWords(m.entity, m.key);
                r.words_indexed[m.entity] = true;
            }
        }
    }
    // Pass 2: one-word names and roles, now that every full name is known.
    for (size_t a = 0; a < per_article.size() && a < corpus.articles.size(); ++a) {
        const std::string& text = corpus.articles[a].text;
        const Index art = static_cast<Index>(a);
        if (a + 1 < per_article.size()) PrefetchMentions(per_article[a + 1]);
        r.here.clear();  // the article's entities so far: its full names, then what pass 2 resolves
        r.hashes.assign(per_article[a].size(), 0);
        for (size_t i = 0; i < per_article[a].size(); ++i) {
            const EntityMention& m = per_article[a][i];
            if (m.entity != kNone) r.AddHere(m.entity, art);
            if (m.nominal) {
                r.hashes[i] = HashBytes(m.role);
                r.by_role.Prefetch(r.hashes[i]);
            } else if (m.single) {
                r.hashes[i] = HashBytes(m.key);
                r.by_word.Prefetch(r.hashes[i]);
                r.by_key.Prefetch(r.hashes[i]);
            }
        }
        for (size_t i = 0; i < per_article[a].size(); ++i) {
            EntityMention& m = per_article[a][i];
            if (!m.nominal && !m.single) continue;
            if (m.nominal) {
                const std::vector<Index>* cands = r.by_role.Find(m.role, r.hashes[i]);
                if (!cands) continue;
                m.entity = r.Pick(*cands, art);
                if (m.entity == kNone) continue;
            } else {
                if (const std::vector<Index>* cands = r.by_word.Find(m.key, r.hashes[i])) m.entity = r.Pick(*cands, art);
                if (m.entity == kNone) {
                    if (const Index* known = r.by_key.Find(m.key, r.hashes[i])) m.entity = *known;
                    else if (const Index e = r.HeadAlias(m.key); e != kNone) m.entity = e;
                    else if (m.tentative) continue;  // "Diplomatic responses…": nobody else names it
                    else m.entity = r.Create(m);
                }
            }
            r.Attach(m.entity, art, m, std::string_view(text).substr(m.range.start, m.range.end - m.range.start));
            r.AddHere(m.entity, art);
        }
    }
    for (Entity& e : corpus.entities)
        std::sort(e.mentions.begin(), e.mentions.end(), [](const Span& x, const Span& y) {
            return x.article != y.article ? x.article < y.article : x.start < y.start;
        });
}

}  // namespace core
