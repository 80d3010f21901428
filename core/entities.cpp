#include "entities.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <numeric>
#include <unordered_set>

#include "entity_lexicon.hpp"

namespace core {

namespace {

std::string_view Surface(std::string_view text, const Token& t) { return text.substr(t.start, t.end - t.start); }

// A byte as it stands in a key: ASCII letters lower case, a hyphen as a space, every other byte itself.
constexpr std::array<char, 256> kKeyByte = [] {
    std::array<char, 256> t{};
    for (int c = 0; c < 256; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c == '-' ? ' ' : c);
    return t;
}();

// The key of tokens [b, e) into `key`: lower case, hyphens as spaces, ’ as ', possessives kept as "'s".
// Written through a pointer into a buffer sized for the longest result (a key is never longer than the
// tokens plus their separators): one of the hottest loops of recognition, so no append per byte.
// With `ends`, ends[k] is set to the key's length after k + 1 tokens: the key of [b, b + k + 1) is that
// prefix of the key of [b, e), so several lengths of name at one start need one key.
void KeyInto(std::string_view text, std::span<const Token> toks, size_t b, size_t e, std::string& key,
             size_t* ends = nullptr) {
    size_t cap = 0;
    for (size_t i = b; i < e; ++i) cap += toks[i].end - toks[i].start + 1;
    key.resize(cap);
    char* const out = key.data();
    size_t w = 0;
    for (size_t i = b; i < e; ++i) {
        if (toks[i].Is(kTokPossessive)) {
            out[w++] = '\'', out[w++] = 's';
            if (ends) ends[i - b] = w;
            continue;
        }
        if (w > 0) out[w++] = ' ';
        const char* s = text.data() + toks[i].start;
        const size_t len = toks[i].end - toks[i].start;
        for (size_t k = 0; k < len; ++k) {
            const unsigned char c = static_cast<unsigned char>(s[k]);
            if (c == 0xE2 && k + 2 < len && static_cast<unsigned char>(s[k + 2]) == 0x99) {
                out[w++] = '\'';
                k += 2;
                continue;
            }
            out[w++] = kKeyByte[c];
        }
        if (ends) ends[i - b] = w;
    }
    key.resize(w);
}

bool IsCap(const Token& t) { return t.Is(kTokCapital) || t.Is(kTokAllCaps); }

// A year-like number: 1900–2099. After a name it dates an event ("WWDC 2005"), it does not extend it.
bool IsYear(std::string_view s) {
    return s.size() == 4 && (s.substr(0, 2) == "19" || s.substr(0, 2) == "20") &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Does `key` appear in `other` as a whole word sequence ("putin" in "vladimir putin")?
bool ContainsWords(std::string_view other, std::string_view key) {
    for (size_t p = other.find(key); p != std::string_view::npos; p = other.find(key, p + 1)) {
        const bool left = p == 0 || other[p - 1] == ' ';
        const bool right = p + key.size() == other.size() || other[p + key.size()] == ' ';
        if (left && right) return true;
    }
    return false;
}

struct Recognizer {
    std::string_view text;
    const TextStructure& ts;
    std::vector<EntityMention>& out;
    std::span<const Token> toks;                // the current sentence's tokens (TextStructure::Tokens)
    const uint32_t* classes = WordClassesById();  // EntityWordClass bits by the tokens' word ids
    const GazetteerEntry* const* one_word_gazetteer = OneWordGazetteerById();  // likewise, one-word names
    std::string key;                            // scratch key buffer (reused: no allocation per look-up)
    std::unordered_set<std::string> event_keys; // acronyms defined for named events ("WWDC")
    size_t skip_until = 0;                      // tokens already consumed (an acronym in parentheses)
    std::string head_key;                       // scratch key of a headline position's longest candidate

    std::string_view Surf(size_t i) const { return Surface(text, toks[i]); }
    // The structure stage gave every word token its id: a class is one array load, no look-up.
    bool Has(size_t i, uint32_t cls) const { return i < toks.size() && (classes[toks[i].word] & cls) != 0; }
    bool Word(size_t i, std::string_view lower) const { return i < toks.size() && EqualsLower(Surf(i), lower); }
    const std::string& Key(size_t b, size_t e) {
        KeyInto(text, toks, b, e, key);
        return key;
    }

    void Prepare(uint32_t si) {
        toks = ts.Tokens(ts.sentences[si]);
    }

    EntityMention& Emit(size_t b, size_t e, EntityKind kind, uint32_t sentence, std::string name = {},
                        std::string role = {}, bool nominal = false, bool media = false) {
        // Built in place, the key lower-cased straight into it: no temporary mention, no copied strings.
        EntityMention& m = out.emplace_back();
        m.range = {toks[b].start, toks[e - 1].end};
        // A trailing possessive belongs to the syntax, not to the name.
        if (toks[e - 1].Is(kTokPossessive) && e - 1 > b) m.range.end = toks[e - 2].end;
        // The period of "Inc." / "Corp." / "Jr." belongs to the name.
        if (m.range.end < text.size() && text[m.range.end] == '.' && e - b >= 2 && Has(e - 1, kWcAbbrevName)) ++m.range.end;
        m.kind = kind;
        if (!nominal) KeyInto(text, toks, b, e, m.key);
        if (name.empty()) m.name.assign(text.data() + m.range.start, m.range.end - m.range.start);
        else m.name = std::move(name);
        m.role = std::move(role);
        m.sentence = sentence;
        m.nominal = nominal;
        m.media = media;
        m.single = !nominal && e - b == 1 && (kind == EntityKind::Person || kind == EntityKind::Other) &&
                   !toks[b].Is(kTokAllCaps);
        // A lone capitalized word opening a sentence or a quotation may be an ordinary word ("Stop me…"):
        // tentative until the article confirms it (RecognizeEntities).
        m.tentative = m.single && (b == 0 || toks[b - 1].Is(kTokQuote));
        return m;
    }

    // A gazetteer entry for tokens [b, e), if any. One token whose word starts a gazetteer key is looked up
    // by its id: such a word holds no hyphen or apostrophe (keys are cut there into words), so its key is
    // the word itself.
    const GazetteerEntry* Gaz(size_t b, size_t e) {
        if (e > toks.size() || b >= e || !Has(b, kWcGazetteerStart)) return nullptr;
        if (e == b + 1) return one_word_gazetteer[toks[b].word];
        return FindGazetteer(Key(b, e));
    }

    // The role a country gives a title ("head:north korea"), from a gazetteer name ending at `end`.
    std::string CountryRole(size_t begin, size_t end, bool head_of_state, std::string_view title) {
        for (size_t n = std::min<size_t>(3, end - begin); n >= 1; --n) {
            if (const GazetteerEntry* g = Gaz(end - n, end)) {
                if (g->type == GazetteerType::Region || g->type == GazetteerType::Organization) return {};
                std::string role = head_of_state ? std::string("head") : std::string(title);
                role += ':';
                for (char c : g->canonical) role += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
                return role;
            }
        }
        return {};
    }

    // Role from lower-case words before a name: "North Korean leader", "national security adviser".
    // Returns "" when no title precedes; sets person=true if one does.
    std::string RoleBefore(size_t b, bool& person) {
        size_t i = b, steps = 0, title = SIZE_MAX;
        bool head = false;
        while (i > 0 && steps < 4) {
            // The period of an abbreviated title: "Dr. Ilse Brandauer", "Gen. Lee".
            if (Surf(i - 1) == "." && i >= 2 && title == SIZE_MAX && Has(i - 2, kWcTitle)) { --i; continue; }
            if (!toks[i - 1].Is(kTokWord)) break;
            if (Has(i - 1, kWcTitle)) {
                if (title == SIZE_MAX || Has(i - 1, kWcHeadOfState)) title = i - 1, head = Has(i - 1, kWcHeadOfState);
                --i, ++steps;
                continue;
            }
            if (title != SIZE_MAX && !IsCap(toks[i - 1]) && steps < 3) { --i, ++steps; continue; }  // "national security"
            break;
        }
        if (title == SIZE_MAX) return {};
        person = true;
        std::string t;
        LowerInto(Surf(title), t);
        return i > 0 ? CountryRole(i >= 3 ? i - 3 : 0, i, head, t) : std::string();
    }

    // The kind of a name from its words and context; `weak` is set when only a guess supports it (a
    // preposition before it, or the mere length of a capitalized run) so coreference may overrule it.
    EntityKind Classify(size_t b, size_t e, bool person_hint, bool& weak) {
        weak = false;
        const size_t last = e - 1;
        if (Has(last, kWcDocHead) || Word(b, "treaty")) return EntityKind::Document;
        if (Has(last, kWcOrgHead)) return EntityKind::Organization;
        for (size_t k = b; k + 1 < e; ++k)  // "Korea Institute for National Unification", "Bank of England"
            if (Has(k, kWcOrgHead)) return EntityKind::Organization;
        if (Has(last, kWcPlaceHead) && e - b > 1) return EntityKind::Place;
        if (Has(last, kWcEventHead)) return EntityKind::Other;  // named events and periods, not people
        if (person_hint) return EntityKind::Person;
        for (size_t k = b; k < e; ++k)  // "OS X Tiger", "NPD Group": an acronym or single letter is no person's name
            if (toks[k].Is(kTokAllCaps) || (toks[k].end - toks[k].start == 1 && !(k + 1 < toks.size() && Surf(k + 1) == ".")))
                return e - b == 1 ? EntityKind::Organization : EntityKind::Other;
        if (e - b == 1 && toks[b].Is(kTokAllCaps)) return EntityKind::Organization;
        if (Has(b, kWcFirstName) && e - b >= 2) return EntityKind::Person;
        // Korean/Chinese-style given names: "Ho-jin", "Han-bum" (capital, hyphen, lower case).
        const std::string_view lastw = Surf(last);
        const size_t h = lastw.find('-');
        if (e - b >= 2 && h != std::string_view::npos && h + 1 < lastw.size() && lastw[h + 1] >= 'a' && lastw[h + 1] <= 'z')
            return EntityKind::Person;
        // A camel-case or digit-bearing word names a product or brand ("iPhone 4", "eBay"), not a person.
        for (size_t k = b; k < e; ++k)
            if (toks[k].Is(kTokNumber) || (toks[k].Is(kTokCapital) && Surf(k)[0] >= 'a' && Surf(k)[0] <= 'z')) return EntityKind::Other;
        weak = true;
        if (b > 0 && Has(b - 1, kWcPlacePrep)) return e - b <= 2 ? EntityKind::Place : EntityKind::Other;
        return e - b >= 2 && e - b <= 3 ? EntityKind::Person : EntityKind::Other;
    }

    bool FollowedByApposition(size_t e) {  // ", a spokesman for", ", the president of"
        if (e + 2 >= toks.size() || Surf(e) != ",") return false;
        size_t k = e + 1;
        if (Has(k, kWcDeterminer)) ++k;
        for (size_t n = 0; n < 3 && k + n < toks.size(); ++n)
            if (Has(k + n, kWcTitle)) return true;
        return false;
    }

    // A number that continues a name as its model or version: "iPhone 4", "iOS 5", "Boeing 747".
    bool ModelNumber(size_t j, size_t n) {
        if (!toks[j].Is(kTokNumber) || j == 0 || !toks[j - 1].Is(kTokWord) || Has(j - 1, kWcCommon | kWcDocPart)) return false;
        const std::string_view s = Surf(j);
        if (s.size() > 6 || s.find(',') != std::string_view::npos || IsYear(s)) return false;
        const std::string_view tail = s.substr(s.size() >= 2 ? s.size() - 2 : 0);
        if (tail == "st" || tail == "nd" || tail == "rd" || tail == "th") return false;  // "4th qtr"
        if (j + 1 < n) {  // "Exxon 5 mln dlrs", "Chrysler 10 pct", "Apple 3-for-2": quantities, not models
            const std::string_view next = Surf(j + 1);
            if (Has(j + 1, kWcUnit) || next == "%" || next == "-" || next == "/" || Word(j + 1, "million") ||
                Word(j + 1, "billion") || Word(j + 1, "percent") || Word(j + 1, "per") || Word(j + 1, "to") ||
                Word(j + 1, "vs"))
                return false;
        }
        return true;
    }

    // A common word the name chunker drops at token k: function words anywhere, other common words
    // (adjectives, table labels) only where any word is capitalized (a sentence or quotation opener);
    // never the start of a gazetteer name ("New York", "US").
    bool TrimmableCommon(size_t k, bool opener) {
        if (!Has(k, kWcCommon)) return false;
        if (toks[k].Is(kTokAllCaps) && (toks[k].end - toks[k].start < 3 || Has(k, kWcGazetteerStart))) return false;
        if (!opener && !Has(k, kWcFunction)) return false;
        if (Has(k, kWcGazetteerStart))
            for (size_t len = 2; len <= 3 && k + len <= toks.size(); ++len)
                if (const GazetteerEntry* g = Gaz(k, k + len); g && g->type != GazetteerType::Demonym) return false;
        return true;
    }

    bool ModelPrefix(size_t k) {
        const std::string_view s = Surf(k);
        if (s.size() > 6 || s.size() < 2) return false;
        bool letters = false;
        for (char c : s) letters |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        const std::string_view tail = s.substr(s.size() - 2);
        return letters && tail != "st" && tail != "nd" && tail != "rd" && tail != "th" && s.find('.') == std::string_view::npos;
    }

    // "Article 4", "Article 51 of the UN Charter": returns the end token of "Article N" or 0.
    size_t DocumentArticle(size_t i, size_t end) {
        if (!toks[i].Is(kTokCapital) || i + 1 >= end || !toks[i + 1].Is(kTokNumber) || !Has(i, kWcDocPart)) return 0;
        return i + 2;
    }

    void Sentence(uint32_t si) {
        Prepare(si);
        const size_t n = toks.size();
        skip_until = 0;
        for (size_t i = 0; i < n;) {
            if (size_t de = DocumentArticle(i, n)) {
                // Optional "of the UN Charter" continuation: a capitalized run ending in a document head.
                size_t tail_b = 0, tail_e = 0;
                if (de < n && Word(de, "of")) {
                    size_t c = de + 1;
                    if (Word(c, "the")) ++c;
                    size_t d = c;
                    while (d < n && IsCap(toks[d])) ++d;
                    if (d > c && Has(d - 1, kWcDocHead)) tail_b = c, tail_e = d;
                }
                if (tail_e) {
                    Emit(i, tail_e, EntityKind::Document, si);
                    Emit(tail_b, tail_e, EntityKind::Document, si);
                    i = tail_e;
                } else {
                    Emit(i, de, EntityKind::Document, si);
                    i = de;
                }
                continue;
            }
            if (i < skip_until || !toks[i].Is(kTokWord) || !IsCap(toks[i])) { ++i; continue; }
            // The capitalized run, with inner connectors ("Voice of Korea", "People's Republic") and a
            // trailing model number ("iPhone 4").
            size_t j = i + 1;
            bool joined_and = false;
            while (j < n) {
                if (toks[j].Is(kTokWord) && IsCap(toks[j])) { ++j; continue; }
                if (toks[j].Is(kTokNumber) && toks[j - 1].Is(kTokCapital) && j + 1 < n && IsCap(toks[j + 1]) && !Has(j - 1, kWcCommon)) { ++j; continue; }
                if (ModelNumber(j, n)) { ++j; break; }
                // "AT&T", "Procter & Gamble": an ampersand joins two capitalized words.
                if (j + 1 < n && Surf(j) == "&" && toks[j + 1].Is(kTokWord) && IsCap(toks[j + 1])) { j += 2; continue; }
                if (j + 1 < n && Has(j, kWcConnector)) {
                    size_t k = j + 1;
                    if (k + 1 < n && Word(k, "the") && IsCap(toks[k + 1])) ++k;
                    if (IsCap(toks[k]) && toks[k].Is(kTokWord)) { j = k + 1; continue; }
                }
                if (toks[j].Is(kTokPossessive) && j + 1 < n && IsCap(toks[j + 1]) && Word(j - 1, "people")) { j += 2; continue; }
                // "Securities and Exchange Commission", "Merrill Lynch and Co", "Moody's Investors Service
                // Inc": "and" or a possessive joins a capitalized run that ends as a company or institution.
                const bool and_join = Word(j, "and") && !joined_and && !Has(j - 1, kWcAbbrevName);  // once, not after "Inc"
                if ((and_join || toks[j].Is(kTokPossessive)) && j + 1 < n && toks[j + 1].Is(kTokWord) && IsCap(toks[j + 1])) {
                    size_t k = j + 1;
                    while (k < n && ((toks[k].Is(kTokWord) && IsCap(toks[k])) || (toks[k].Is(kTokPossessive) && k + 1 < n && IsCap(toks[k + 1])))) ++k;
                    const bool corporate = Has(k - 1, kWcAbbrevName);
                    const bool institution = Word(j, "and") && k - j - 1 >= 2 && Has(k - 1, kWcOrgHead);
                    if ((corporate || institution) && !Gaz(i, j)) {
                        joined_and |= and_join;
                        j = k;
                        continue;
                    }
                }
                if (toks[j].Is(kTokPossessive)) ++j;  // keep the possessive with the name; Emit trims it
                break;
            }
            size_t b = i, e = j;
            i = j;
            // A model token before a product name: "3G iPhone", "60GB iPod" (digits and letters, no ordinal).
            if (b > 0 && toks[b - 1].Is(kTokNumber) && ModelPrefix(b - 1)) --b;
            if (e > b && toks[e - 1].Is(kTokPossessive)) --e;
            // Common words are not names ("The", "According", "NOTE"). Mid-sentence only function words
            // are dropped: a capitalized "New" or "First" there belongs to a name ("First Chicago Corp").
            const bool opener = b == 0 || toks[b - 1].Is(kTokQuote) || Surf(b - 1) == "(" || Surf(b - 1) == ":";
            while (b < e && TrimmableCommon(b, opener)) ++b;
            while (e > b && TrimmableCommon(e - 1, true) && !toks[e - 1].Is(kTokAllCaps)) --e;
            if (b >= e) continue;
            // A lone letter ("Class B", "S" of "S and P") is not a name by itself.
            if (e - b == 1 && toks[b].end - toks[b].start == 1) continue;
            // Units and currency codes ("GHz", "USD"), and "US$": measures, not names.
            if (e - b == 1 && (Has(b, kWcUnit) || (e < n && Surf(e) == "$"))) continue;
            Chunk(si, b, e);
        }
    }

    // A title inside a capitalized run: "Apple CEO Steve Jobs", "Russian President Vladimir Putin".
    // Emits what precedes the title (an organisation before an organisational title, or a country that
    // gives the role) and narrows [b, e) to the name after it. Returns false when nothing is left.
    bool SplitTitle(uint32_t si, size_t& b, size_t e, std::string& role, bool& person) {
        // "General Motors", "Supreme Court", "Foreign Ministry": a title word inside an institution's name.
        if (Has(e - 1, kWcOrgHead | kWcDocHead | kWcPlaceHead | kWcEventHead)) return true;
        size_t t = b;
        while (t < e && !Has(t, kWcTitle)) ++t;
        if (t == e) return true;
        size_t te = t + 1;
        std::string title;
        LowerInto(Surf(t), title);
        bool head = Has(t, kWcHeadOfState);
        while (te < e) {
            if (Has(te, kWcTitle) && !Word(te, "of")) {
                if (Has(te, kWcHeadOfState)) LowerInto(Surf(te), title), head = true;
                ++te;
            } else if (Has(te, kWcTitleModifier) && !Word(te, "of")) {
                ++te;
            } else if (Word(te, "of") && te + 1 < e && Has(te + 1, kWcTitleModifier)) {
                te += 2;  // "Secretary of State"
            } else {
                break;
            }
        }
        // A title word ending the run without an organisational sense is part of the name: "Martin
        // Luther King", "Royal Courts of Justice", "Burger King".
        if (te == e && t > b && !Has(t, kWcOrgTitle)) return true;
        if (t > b) {
            // The longest gazetteer name ending right before the title: "U.S. President", "Former Soviet leader".
            const GazetteerEntry* g = nullptr;
            size_t gb = t;
            for (size_t k = std::min<size_t>(3, t - b); k >= 1 && !g; --k)
                if ((g = Gaz(t - k, t))) gb = t - k;
            if (g && g->type != GazetteerType::Region && g->type != GazetteerType::Organization) {
                role = CountryRole(gb, t, head, title);
                if (g->type != GazetteerType::Demonym) EmitGazetteer(si, gb, t, g);
            } else if (g) {
                EmitGazetteer(si, gb, t, g);
            } else if (Has(t, kWcOrgTitle) && !Has(t - 1, kWcTitle)) {
                // "Apple CEO", "NPD Group analyst": the employer, an organisation.
                const std::string_view last = Surf(t - 1);
                const bool adjective = last.size() > 4 && (last.substr(last.size() - 3) == "ing" || last.substr(last.size() - 2) == "ed");
                if (!adjective) Emit(b, t, EntityKind::Organization, si);
            }
        }
        person = true;
        b = te;
        return b < e;
    }

    void Chunk(uint32_t si, size_t b, size_t e) {
        std::string role;
        bool person = false;
        if (!SplitTitle(si, b, e, role, person)) return;
        const size_t n = toks.size();
        const GazetteerEntry* g = Gaz(b, e);
        bool has_head = false;  // "Korea Institute for National Unification" stays one name
        for (size_t k = b; k < e && !has_head; ++k) has_head = Has(k, kWcOrgHead | kWcDocHead);
        if (!g && e - b >= 2 && !has_head) {
            // A gazetteer name inside a longer run ("North Korea Russia"): split off a leading country.
            for (size_t k = std::min<size_t>(4, e - b - 1); k >= 1; --k) {
                if (const GazetteerEntry* lead = Gaz(b, b + k)) {
                    if (lead->type != GazetteerType::Demonym) EmitGazetteer(si, b, b + k, lead);
                    b += k;
                    g = Gaz(b, e);
                    break;
                }
            }
        }
        if (g) {
            if (g->type == GazetteerType::Demonym) {
                // "the North Korean leader/dictator" → a nominal mention resolved through its role.
                if (e < n && toks[e].Is(kTokWord) && !IsCap(toks[e]) && Has(e, kWcHeadOfState) && (e + 1 >= n || !IsCap(toks[e + 1]))) {
                    const size_t nb = b > 0 && Word(b - 1, "the") ? b - 1 : b;
                    std::string r = "head:";
                    for (char c : g->canonical) r += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
                    Emit(nb, e + 1, EntityKind::Person, si, {}, std::move(r), true);
                }
                return;
            }
            EmitGazetteer(si, b, e, g);
            if (g->type == GazetteerType::Country && e < n && Has(e, kWcHeadOfState) && (e + 1 >= n || !IsCap(toks[e + 1]))) {
                std::string r = "head:";
                for (char c : g->canonical) r += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
                Emit(b, e + 1, EntityKind::Person, si, {}, std::move(r), true);
            }
            return;
        }
        if (role.empty()) role = RoleBefore(b, person);
        else RoleBefore(b, person);
        if (!person) person = FollowedByApposition(e);
        // "X Y said" suggests a person but companies say things too: only a guess (weak).
        const bool says = !person && e - b >= 2 && Has(e, kWcReporting);
        bool weak = false;
        EntityKind kind = Classify(b, e, person, weak);
        if (says && weak) kind = EntityKind::Person;
        const bool event = Has(e - 1, kWcEventHead) || (e - b == 1 && Has(b, kWcHoliday));
        EntityMention& m = Emit(b, e, kind, si, {}, role);
        m.event_name = event;
        m.weak_kind = weak;
        if (e + 2 < n && Surf(e) == "(" && toks[e + 1].Is(kTokAllCaps) && Surf(e + 2) == ")") {
            const std::string long_key = out.back().key;
            EntityMention& a = Emit(e + 1, e + 2, kind, si);  // the acronym is an alias of the long form
            a.key = long_key;
            a.single = false;
            a.tentative = false;
            a.event_name = event;
            a.weak_kind = weak;
            skip_until = e + 2;
            if (event) event_keys.insert(Key(e + 1, e + 2));
        }
    }

    void EmitGazetteer(uint32_t si, size_t b, size_t e, const GazetteerEntry* g) {
        EntityKind kind = EntityKind::Place;
        std::string name(g->canonical);
        if (g->type == GazetteerType::Organization || g->type == GazetteerType::Media) kind = EntityKind::Organization;
        if (g->type == GazetteerType::Capital && b > 0 && Has(b - 1, kWcPlacePrep) && !Word(b - 1, "from"))
            name = std::string(g->city);  // a place where something happens, not the government
        EntityMention& m = Emit(b, e, kind, si, name, {}, false, g->type == GazetteerType::Media);
        m.key.clear();
        for (char c : name) m.key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
        m.single = false;
        m.tentative = false;
    }

    // Does the body name `k` (a key)? Compared with each body mention's key and with its surface as a
    // key ("WWDC", "Pyongyang"), so headlines need no set of strings per article.
    bool InBody(std::string_view k, bool word_of_name = false) const {
        for (const EntityMention& m : out) {
            if (m.nominal) continue;
            if (m.key == k) return true;
            // One word of a longer body name: "Apple" in "Apple unveils new Mac" after "Apple Computer".
            if (word_of_name && !m.event_name && k.size() > 1 && m.key.size() > k.size() && ContainsWords(m.key, k)) return true;
            const std::string_view s = text.substr(m.range.start, m.range.end - m.range.start);
            if (s.size() != k.size()) continue;
            size_t j = 0;
            for (; j < s.size(); ++j) {
                char c = s[j];
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
                if (c == '-') c = ' ';
                if (c != k[j]) break;
            }
            if (j == s.size()) return true;
        }
        return false;
    }

    // Title-case lines: only names the body or the gazetteer already knows, longest first.
    void HeadlineSentence(uint32_t si) {
        Prepare(si);
        const size_t n = toks.size();
        size_t ends[5];
        for (size_t i = 0; i < n;) {
            size_t matched = 0;
            if (IsCap(toks[i]) && toks[i].Is(kTokWord)) {
                // The keys of the names starting here are prefixes of the longest one's: one key, not five.
                const size_t longest = std::min<size_t>(5, n - i);
                KeyInto(text, toks, i, i + longest, head_key, ends);
                const bool gazetteer_start = Has(i, kWcGazetteerStart);
                for (size_t k = longest; k >= 1 && !matched; --k) {
                    const std::string_view key_k = std::string_view(head_key).substr(0, ends[k - 1]);
                    const GazetteerEntry* g = gazetteer_start ? FindGazetteer(key_k) : nullptr;
                    if (g && g->type != GazetteerType::Demonym) {
                        EmitGazetteer(si, i, i + k, g);
                        matched = k;
                    } else if (!g && !(k == 1 && Has(i, kWcCommon)) && InBody(key_k, k == 1)) {
                        Emit(i, i + k, EntityKind::Other, si).tentative = false;
                        matched = k;
                    }
                }
            }
            i += matched ? matched : 1;
        }
    }

    bool IsTitleCase(uint32_t si) {
        toks = ts.Tokens(ts.sentences[si]);
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
    std::string key;
    KeyInto(surface, toks, b, e, key);
    return key;
}

std::vector<EntityMention> RecognizeEntities(std::string_view text, const TextStructure& ts) {
    // Found into one buffer per thread, returned at their exact number: every article's mentions stay alive
    // until the claims stage, and a guessed reserve per article (twice what Reuters needs) cost its memory
    // in page faults.
    static thread_local std::vector<EntityMention> out;
    out.clear();
    Recognizer r{text, ts, out};
    std::vector<uint32_t> headlines;
    for (uint32_t si = 0; si < ts.sentences.size(); ++si) {
        if (ts.sentences[si].headline && r.IsTitleCase(si)) { headlines.push_back(si); continue; }
        r.Sentence(si);
    }
    for (uint32_t si : headlines) r.HeadlineSentence(si);
    // A tentative word ("Diplomatic responses…") is a name only if the article uses it elsewhere: as
    // another mention, or as a word of a longer name ("Putin" / "Vladimir Putin").
    std::vector<size_t> confirmed;
    for (size_t i = 0; i < out.size(); ++i) {
        if (!out[i].tentative) continue;
        for (const EntityMention& o : out)
            if (!o.tentative && !o.key.empty() && ContainsWords(o.key, out[i].key)) {
                confirmed.push_back(i);
                break;
            }
    }
    for (size_t i : confirmed) out[i].tentative = false;
    // Acronyms defined for a named event ("World Wide Developers Conference (WWDC)") are events too.
    if (!r.event_keys.empty())
        for (EntityMention& m : out)
            if (r.event_keys.count(m.key)) m.event_name = true;
    // Sorted through indices (a swap moves 4 bytes, not a 128-byte mention and its three strings), then each
    // mention moved once into the result. std::sort decides only by comparing, so the order is the one it
    // gives the mentions themselves, ties included.
    const auto before = [](const EntityMention& a, const EntityMention& b) {
        return a.range.start != b.range.start ? a.range.start < b.range.start : a.range.end > b.range.end;
    };
    // Usually they were found in order; strictly in order is the order std::sort would give, so it is kept.
    if (std::adjacent_find(out.begin(), out.end(), [&](const EntityMention& a, const EntityMention& b) { return !before(a, b); }) ==
        out.end())
        return std::vector<EntityMention>(std::make_move_iterator(out.begin()), std::make_move_iterator(out.end()));
    static thread_local std::vector<uint32_t> order;
    order.resize(out.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return before(out[x], out[y]); });
    std::vector<EntityMention> sorted;
    sorted.reserve(out.size());
    for (uint32_t k : order) sorted.push_back(std::move(out[k]));
    return sorted;
}

}  // namespace core
