#include "entities.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "entity_lexicon.hpp"

namespace core {

namespace {

std::string_view Surface(std::string_view text, const Token& t) { return text.substr(t.start, t.end - t.start); }

// The key of tokens [b, e): lower case, hyphens and apostrophes unified, possessives dropped.
std::string KeyOf(std::string_view text, const std::vector<Token>& toks, size_t b, size_t e) {
    std::string key;
    for (size_t i = b; i < e; ++i) {
        if (toks[i].Is(kTokPossessive)) { key += "'s"; continue; }
        if (!key.empty()) key += ' ';
        std::string_view s = Surface(text, toks[i]);
        for (size_t k = 0; k < s.size(); ++k) {
            char c = s[k];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
            if (c == '-') c = ' ';
            if (static_cast<unsigned char>(c) == 0xE2 && k + 2 < s.size() && static_cast<unsigned char>(s[k + 2]) == 0x99) {
                key += '\'';
                k += 2;
                continue;
            }
            key += c;
        }
    }
    return key;
}

std::string Lower(std::string_view s) {
    std::string out;
    LowerInto(s, out);
    return out;
}

bool IsCap(const Token& t) { return t.Is(kTokCapital) || t.Is(kTokAllCaps); }

struct Recognizer {
    std::string_view text;
    const TextStructure& ts;
    std::vector<EntityMention>& out;
    std::vector<Token> toks;
    std::string lower;
    std::unordered_set<std::string> body_keys;  // names found in running text, for headlines
    size_t skip_until = 0;                      // tokens already consumed (an acronym in parentheses)

    const std::string& LowerTok(size_t i) {
        LowerInto(Surface(text, toks[i]), lower);
        return lower;
    }

    void Emit(size_t b, size_t e, EntityKind kind, uint32_t sentence, std::string key, std::string name,
              std::string role = {}, bool nominal = false, bool media = false) {
        EntityMention m;
        m.range = {toks[b].start, toks[e - 1].end};
        // A trailing possessive belongs to the syntax, not to the name.
        if (toks[e - 1].Is(kTokPossessive) && e - 1 > b) m.range.end = toks[e - 2].end;
        // The period of "Inc." / "Corp." / "Jr." belongs to the name.
        if (m.range.end < text.size() && text[m.range.end] == '.' && e - b >= 2) {
            const std::string last = Lower(text.substr(toks[e - 1].start, toks[e - 1].end - toks[e - 1].start));
            if (last == "inc" || last == "corp" || last == "co" || last == "ltd" || last == "jr" || last == "sr" || last == "bros")
                ++m.range.end;
        }
        m.kind = kind;
        m.key = std::move(key);
        m.name = name.empty() ? std::string(text.substr(m.range.start, m.range.end - m.range.start)) : std::move(name);
        m.role = std::move(role);
        m.sentence = sentence;
        m.nominal = nominal;
        m.media = media;
        m.single = !nominal && e - b == 1 && (kind == EntityKind::Person || kind == EntityKind::Other) &&
                   !toks[b].Is(kTokAllCaps);
        out.push_back(std::move(m));
    }

    // A gazetteer entry for tokens [b, e), if any.
    const GazetteerEntry* Gaz(size_t b, size_t e) {
        if (e > toks.size() || b >= e) return nullptr;
        return FindGazetteer(KeyOf(text, toks, b, e));
    }

    // Role from the words before a name: "North Korean leader", "Russian President", "Seoul national
    // security adviser", "DPRK leader". Returns "" when no title precedes; sets person=true if a title does.
    std::string RoleBefore(size_t b, size_t sentence_begin, bool& person) {
        size_t i = b;
        size_t steps = 0;
        std::string title;
        while (i > sentence_begin && steps < 4) {
            const Token& t = toks[i - 1];
            if (!t.Is(kTokWord)) break;
            const std::string& w = LowerTok(i - 1);
            if (IsTitleWord(w)) {
                if (title.empty() || IsHeadOfStateTitle(w)) title = w;
                --i, ++steps;
                continue;
            }
            if (!title.empty() && !IsCap(t) && steps < 3) { --i, ++steps; continue; }  // "national security"
            break;
        }
        if (title.empty()) return {};
        person = true;
        // A country, capital or demonym before the title gives the role its country.
        for (size_t n = 3; n >= 1; --n) {
            if (i < sentence_begin + n) continue;
            if (const GazetteerEntry* g = Gaz(i - n, i)) {
                if (g->type == GazetteerType::Region || g->type == GazetteerType::Organization) break;
                return (IsHeadOfStateTitle(title) ? "head:" : title + ":") + Lower(g->canonical);
            }
        }
        return {};
    }

    EntityKind Classify(size_t b, size_t e, bool person_hint, std::string_view prev_lower) {
        const std::string last = Lower(Surface(text, toks[e - 1]));
        if (IsDocumentHead(last) || LowerTok(b) == "treaty") return EntityKind::Document;
        if (IsOrganizationHead(last)) return EntityKind::Organization;
        for (size_t k = b + 1; k + 1 < e; ++k)  // "Korea Institute for National Unification"
            if (IsOrganizationHead(Lower(Surface(text, toks[k])))) return EntityKind::Organization;
        if (IsPlaceHead(last) && e - b > 1) return EntityKind::Place;
        if (last == "war" || last == "crisis" || last == "summit" || last == "games" || last == "revolution" ||
            last == "olympics" || last == "day" || last == "cup")
            return EntityKind::Other;  // named events and periods, not people
        if (person_hint) return EntityKind::Person;
        if (e - b == 1 && toks[b].Is(kTokAllCaps)) return EntityKind::Organization;
        if (IsFirstName(LowerTok(b)) && e - b >= 2) return EntityKind::Person;
        // Korean/Chinese-style given names: "Ho-jin", "Han-bum" (capital, hyphen, lower case).
        std::string_view lastw = Surface(text, toks[e - 1]);
        const size_t h = lastw.find('-');
        if (e - b >= 2 && h != std::string_view::npos && h + 1 < lastw.size() && lastw[h + 1] >= 'a' && lastw[h + 1] <= 'z')
            return EntityKind::Person;
        if (prev_lower == "in" || prev_lower == "near" || prev_lower == "from" || prev_lower == "to")
            return e - b <= 2 ? EntityKind::Place : EntityKind::Other;
        return e - b >= 2 && e - b <= 3 ? EntityKind::Person : EntityKind::Other;
    }

    bool FollowedByReportingVerb(size_t e) {
        if (e >= toks.size()) return false;
        const std::string& w = LowerTok(e);
        return w == "said" || w == "says" || w == "told" || w == "added" || w == "stated" || w == "explained" ||
               w == "commented" || w == "noted" || w == "wrote" || w == "argued";
    }

    bool FollowedByApposition(size_t e) {  // ", a spokesman for", ", the president of"
        if (e + 2 >= toks.size() || Surface(text, toks[e]) != ",") return false;
        size_t k = e + 1;
        const std::string& det = LowerTok(k);
        if (det == "a" || det == "an" || det == "the") ++k;
        for (size_t n = 0; n < 3 && k + n < toks.size(); ++n)
            if (IsTitleWord(LowerTok(k + n))) return true;
        return false;
    }

    // "Article 4", "Article 51 of the UN Charter": returns the end token of the document name or 0.
    size_t DocumentArticle(size_t i, size_t end) {
        const std::string& w = LowerTok(i);
        if (!(w == "article" || w == "section" || w == "chapter" || w == "clause" || w == "resolution" ||
              w == "paragraph") || !toks[i].Is(kTokCapital))
            return 0;
        if (i + 1 >= end || !toks[i + 1].Is(kTokNumber)) return 0;
        return i + 2;
    }

    void Sentence(uint32_t si, bool headline_mode) {
        const core::Sentence& s = ts.sentences[si];
        toks.clear();
        Tokenize(text, s.range, toks);
        const size_t n = toks.size();
        skip_until = 0;
        if (headline_mode) {
            HeadlineSentence(si);
            return;
        }
        for (size_t i = 0; i < n;) {
            if (size_t de = DocumentArticle(i, n)) {
                // Optional "of the UN Charter" continuation: a capitalized run ending in a document head.
                size_t k = de;
                size_t tail_b = 0, tail_e = 0;
                if (k < n && LowerTok(k) == "of") {
                    size_t c = k + 1;
                    if (c < n && LowerTok(c) == "the") ++c;
                    size_t d = c;
                    while (d < n && IsCap(toks[d])) ++d;
                    if (d > c && IsDocumentHead(Lower(Surface(text, toks[d - 1])))) tail_b = c, tail_e = d;
                }
                if (tail_e) {
                    Emit(i, tail_e, EntityKind::Document, si, KeyOf(text, toks, i, tail_e), {});
                    Emit(tail_b, tail_e, EntityKind::Document, si, KeyOf(text, toks, tail_b, tail_e), {});
                    body_keys.insert(KeyOf(text, toks, tail_b, tail_e));
                    i = tail_e;
                } else {
                    Emit(i, de, EntityKind::Document, si, KeyOf(text, toks, i, de), {});
                    i = de;
                }
                continue;
            }
            if (i < skip_until || !toks[i].Is(kTokWord) || !IsCap(toks[i])) { ++i; continue; }
            // The capitalized run, with inner connectors ("Voice of Korea", "People's Republic").
            size_t j = i + 1;
            while (j < n) {
                if (toks[j].Is(kTokWord) && IsCap(toks[j])) { ++j; continue; }
                if (toks[j].Is(kTokNumber) && j > i && toks[j - 1].Is(kTokCapital) && j + 1 < n && IsCap(toks[j + 1])) { ++j; continue; }
                if (j + 1 < n && toks[j].Is(kTokWord) && IsNameConnector(LowerTok(j))) {
                    size_t k = j + 1;
                    if (k + 1 < n && LowerTok(k) == "the" && IsCap(toks[k + 1])) ++k;
                    if (IsCap(toks[k]) && toks[k].Is(kTokWord)) { j = k + 1; continue; }
                }
                if (toks[j].Is(kTokPossessive) && j + 1 < n && IsCap(toks[j + 1]) && LowerTok(j - 1) == "people") { j += 2; continue; }
                if (toks[j].Is(kTokPossessive)) ++j;  // keep the possessive with the name; Emit trims it
                break;
            }
            size_t b = i, e = j;
            i = j;
            if (e > b && toks[e - 1].Is(kTokPossessive)) --e;
            // Sentence-initial and other common capitalized words are not names ("The", "According").
            while (b < e && !toks[b].Is(kTokAllCaps) && IsCommonCapitalized(LowerTok(b))) ++b;
            while (e > b && !toks[e - 1].Is(kTokAllCaps) && IsCommonCapitalized(Lower(Surface(text, toks[e - 1])))) --e;
            if (b >= e) continue;
            Chunk(si, b, e);
        }
    }

    void Chunk(uint32_t si, size_t b, size_t e) {
        // Leading demonym/country + capitalized title: "Russian President Vladimir Putin".
        std::string role;
        bool person = false;
        {
            size_t t = b;
            const GazetteerEntry* g = nullptr;
            size_t gl = 0;
            for (size_t k = std::min<size_t>(3, e - b); k >= 1; --k)
                if ((g = Gaz(b, b + k))) { gl = k; break; }
            if (g) t = b + gl;
            size_t title_end = t;
            std::string title;
            while (title_end < e && IsTitleWord(LowerTok(title_end))) {
                if (title.empty() || IsHeadOfStateTitle(lower)) title = lower;
                ++title_end;
            }
            if (!title.empty() && title_end < e) {
                if (g && g->type != GazetteerType::Region && g->type != GazetteerType::Organization)
                    role = (IsHeadOfStateTitle(title) ? "head:" : title + ":") + Lower(g->canonical);
                else if (g && gl)
                    EmitGazetteer(si, b, b + gl, g, "");
                person = true;
                b = title_end;
            } else if (!title.empty() && title_end == e && g && g->type == GazetteerType::Demonym) {
                // "North Korean leader" with no name: handled below as a nominal when the next word is lower case.
            }
        }
        // Acronym definition right after: "Korean Central News Agency (KCNA)".
        const size_t n = toks.size();
        std::string key = KeyOf(text, toks, b, e);
        const GazetteerEntry* g = FindGazetteer(key);
        bool has_head = false;  // "Korea Institute for National Unification" stays one name
        for (size_t k = b; k < e && !has_head; ++k) {
            const std::string w = Lower(Surface(text, toks[k]));
            has_head = IsOrganizationHead(w) || IsDocumentHead(w);
        }
        if (!g && e - b >= 2 && !has_head) {
            // A gazetteer name inside a longer run ("North Korea Russia"): split off a leading country.
            for (size_t k = std::min<size_t>(4, e - b - 1); k >= 1; --k) {
                if (const GazetteerEntry* lead = Gaz(b, b + k)) {
                    if (lead->type == GazetteerType::Demonym) {
                        // "North Korean Leader" or "Russian Federation"? Demonym + org head stays whole.
                        if (IsOrganizationHead(Lower(Surface(text, toks[e - 1]))) || IsDocumentHead(Lower(Surface(text, toks[e - 1])))) break;
                        if (e - b - k >= 1) { b += k; key = KeyOf(text, toks, b, e); g = FindGazetteer(key); }
                        break;
                    }
                    if (!IsOrganizationHead(Lower(Surface(text, toks[e - 1]))) && !IsDocumentHead(Lower(Surface(text, toks[e - 1])))) {
                        EmitGazetteer(si, b, b + k, lead, PrevLower(b));
                        b += k;
                        key = KeyOf(text, toks, b, e);
                        g = FindGazetteer(key);
                    }
                    break;
                }
            }
        }
        if (g) {
            if (g->type == GazetteerType::Demonym) {
                // "the North Korean leader/dictator" → a nominal mention resolved through its role.
                if (e < n && toks[e].Is(kTokWord) && !IsCap(toks[e]) && IsHeadOfStateTitle(LowerTok(e)) &&
                    (e + 1 >= n || !IsCap(toks[e + 1]))) {
                    size_t nb = b;
                    if (b > 0 && LowerTok(b - 1) == "the") nb = b - 1;
                    Emit(nb, e + 1, EntityKind::Person, si, "", "", "head:" + Lower(g->canonical), true);
                }
                return;
            }
            EmitGazetteer(si, b, e, g, PrevLower(b));
            if (g->type == GazetteerType::Country && e < n && IsHeadOfStateTitle(LowerTok(e)) &&
                (e + 1 >= n || !IsCap(toks[e + 1])))
                Emit(b, e + 1, EntityKind::Person, si, "", "", "head:" + Lower(g->canonical), true);
            return;
        }
        if (role.empty()) role = RoleBefore(b, 0, person);
        else RoleBefore(b, 0, person);
        if (!person) person = FollowedByApposition(e) || (e - b >= 2 && FollowedByReportingVerb(e));
        const EntityKind kind = Classify(b, e, person, PrevLower(b));
        Emit(b, e, kind, si, key, {}, role);
        body_keys.insert(key);
        if (e + 2 < n && Surface(text, toks[e]) == "(" && toks[e + 1].Is(kTokAllCaps) && Surface(text, toks[e + 2]) == ")") {
            Emit(e + 1, e + 2, kind, si, key, {});  // the acronym is an alias of the long form
            out.back().single = false;
            skip_until = e + 2;
            body_keys.insert(KeyOf(text, toks, e + 1, e + 2));
        }
    }

    std::string PrevLower(size_t b) { return b > 0 ? LowerTok(b - 1) : std::string(); }

    void EmitGazetteer(uint32_t si, size_t b, size_t e, const GazetteerEntry* g, const std::string& prev) {
        EntityKind kind = EntityKind::Place;
        std::string name(g->canonical);
        if (g->type == GazetteerType::Organization) kind = EntityKind::Organization;
        if (g->type == GazetteerType::Media) kind = EntityKind::Organization;
        if (g->type == GazetteerType::Capital && (prev == "in" || prev == "at" || prev == "near" || prev == "to"))
            name = std::string(g->city);  // a place where something happens, not the government
        Emit(b, e, kind, si, Lower(name), name, {}, false, g->type == GazetteerType::Media);
        out.back().single = false;
        body_keys.insert(KeyOf(text, toks, b, e));
    }

    // Title-case lines: only names the body or the gazetteer already knows, longest first.
    void HeadlineSentence(uint32_t si) {
        const size_t n = toks.size();
        for (size_t i = 0; i < n;) {
            size_t matched = 0;
            for (size_t k = std::min<size_t>(5, n - i); k >= 1 && !matched; --k) {
                if (!IsCap(toks[i]) || !toks[i].Is(kTokWord)) break;
                const std::string key = KeyOf(text, toks, i, i + k);
                const GazetteerEntry* g = FindGazetteer(key);
                if (g && g->type != GazetteerType::Demonym) {
                    EmitGazetteer(si, i, i + k, g, PrevLower(i));
                    matched = k;
                } else if (!g && body_keys.count(key) && !(k == 1 && IsCommonCapitalized(key))) {
                    Emit(i, i + k, EntityKind::Other, si, key, {});
                    matched = k;
                }
            }
            i += matched ? matched : 1;
        }
    }

    bool IsTitleCase(uint32_t si) {
        toks.clear();
        Tokenize(text, ts.sentences[si].range, toks);
        int words = 0, caps = 0;
        for (const Token& t : toks) {
            if (!t.Is(kTokWord) || t.end - t.start < 4) continue;
            ++words;
            caps += IsCap(t);
        }
        return words > 0 && caps * 10 >= words * 6;
    }
};

}  // namespace

std::string NormalizeNameKey(std::string_view surface) {
    std::vector<Token> toks;
    Tokenize(surface, {0, static_cast<uint32_t>(surface.size())}, toks);
    size_t b = 0, e = toks.size();
    if (b < e && EqualsLower(surface.substr(toks[b].start, toks[b].end - toks[b].start), "the")) ++b;
    if (e > b && toks[e - 1].Is(kTokPossessive)) --e;
    return KeyOf(surface, toks, b, e);
}

std::vector<EntityMention> RecognizeEntities(std::string_view text, const TextStructure& ts) {
    std::vector<EntityMention> out;
    out.reserve(8 + text.size() / 64);  // about one name per 60–100 bytes of news copy
    Recognizer r{text, ts, out, {}, {}, {}};
    r.toks.reserve(128);
    std::vector<uint32_t> headlines;
    for (uint32_t si = 0; si < ts.sentences.size(); ++si) {
        if (ts.sentences[si].headline && r.IsTitleCase(si)) { headlines.push_back(si); continue; }
        r.Sentence(si, false);
    }
    for (uint32_t si : headlines) r.Sentence(si, true);
    // A lone capitalized word opening a sentence ("Diplomatic responses…") is a name only if the article
    // uses it elsewhere: as another mention, or as a word of a longer name ("Putin" / "Vladimir Putin").
    std::unordered_set<std::string> words;
    for (const EntityMention& m : out) {
        if (m.single && m.range.start == ts.sentences[m.sentence].range.start) continue;
        words.insert(m.key);
        for (size_t p = 0, q; p < m.key.size(); p = q + 1) {
            q = m.key.find(' ', p);
            if (q == std::string::npos) q = m.key.size();
            words.insert(m.key.substr(p, q - p));
        }
    }
    for (EntityMention& m : out)
        m.tentative = m.single && m.range.start == ts.sentences[m.sentence].range.start && !words.count(m.key);
    std::sort(out.begin(), out.end(), [](const EntityMention& a, const EntityMention& b) {
        return a.range.start != b.range.start ? a.range.start < b.range.start : a.range.end > b.range.end;
    });
    return out;
}

}  // namespace core
