#include "attribution.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "entity_lexicon.hpp"
#include "event_lexicon.hpp"

namespace core {

namespace {

constexpr std::array<std::string_view, 42> kReporting{
    "said", "says", "say", "told", "tells", "reported", "reports", "stated", "declared", "announced",
    "announces", "added", "claimed", "claims", "warned", "warns", "noted", "insisted", "argued", "argue",
    "suggest", "suggests", "suggested", "believe", "believes", "indicate", "indicates", "indicated",
    "confirmed", "confirms", "denied", "denies", "alleged", "wrote", "emphasized", "emphasised", "stressed",
    "acknowledged", "admitted", "explained", "predicted", "accused"};

std::string_view Surf(std::string_view text, const Token& t) { return text.substr(t.start, t.end - t.start); }

bool IsPronoun(std::string_view w) { return w == "it" || w == "he" || w == "she" || w == "they"; }
// Unnamed sources that can say things ("Observers say", "intelligence reports"): kWfSource.
constexpr std::string_view kSourceNouns[] = {"sources", "source", "officials", "official", "analysts", "analyst",
                                             "observers", "experts", "reports", "report", "diplomats", "media",
                                             "spokesman", "spokeswoman", "spokesperson", "government", "ministry",
                                             "agency", "police", "witnesses", "residents", "critics", "leaders",
                                             "countries", "statement", "he", "she", "they", "we", "i"};
bool IsClauseBreak(std::string_view s) { return s == "," || s == ";" || s == ":" || s == "(" || s == ")"; }

// The mention covering byte offset range [s, e), if any.
const EntityMention* MentionIn(const std::vector<const EntityMention*>& ms, uint32_t s, uint32_t e) {
    for (const EntityMention* m : ms)
        if (m->range.start >= s && m->range.end <= e && m->entity != kNone) return m;
    return nullptr;
}

// A speaker named by role, not by name, as the subject ending right before the reporting verb at `verb`:
// a possessor or a determiner, a few modifiers, then a role or organisation noun — "Ukraine's foreign
// minister", "the company's chief executive", "the Ukrainian navy", "the central bank". A bare role noun
// ("minister said") or an object ("met the minister and said") is not one. Returns [first, head] as
// token indices, or first == SIZE_MAX. `clause` is where the verb's clause starts.
std::pair<size_t, size_t> RoleSubject(std::span<const Token> toks, std::span<const std::string_view> low,
                                      size_t clause, size_t verb) {
    constexpr std::pair<size_t, size_t> kNoRole{SIZE_MAX, SIZE_MAX};
    size_t h = verb;
    while (h > clause && (low[h - 1] == "has" || low[h - 1] == "have" || low[h - 1] == "had")) --h;  // "has said"
    if (h == clause) return kNoRole;
    --h;
    // "a senior U.S. official", "the statement": the unnamed sources count too (SourceNouns).
    const RoleWord role = RoleWordOf(low[h]);
    const bool source = std::find(std::begin(kSourceNouns), std::end(kSourceNouns), low[h]) != std::end(kSourceNouns);
    if (!toks[h].Is(kTokWord) || IsPronoun(low[h]) || low[h] == "we" || low[h] == "i" ||
        (role != RoleWord::Title && role != RoleWord::Organisation && !source))
        return kNoRole;
    bool possessive = false;
    size_t first = h;
    // At most five tokens before the head: "a senior U.S. official", "the company's chief executive".
    while (first > clause) {
        if (h - first >= 5) return kNoRole;  // a longer run: where the phrase starts is unknown
        const Token& t = toks[first - 1];
        if (t.Is(kTokPossessive)) { possessive = true, --first; continue; }
        if (!t.Is(kTokWord)) break;
        const std::string_view w = low[first - 1];
        const RoleWord r = RoleWordOf(w);
        // "the", "a", "its", "their": the phrase starts here.
        if (r == RoleWord::Determiner || w == "its" || w == "their" || w == "his" || w == "her") return {first - 1, h};
        if (r == RoleWord::Function) break;  // "and", "of", "to", "was": the head is not a subject phrase's
        --first;
    }
    // Without a determiner the phrase needs its possessor: "Ukraine's foreign minister", never "minister".
    if (!possessive || toks[first].Is(kTokPossessive)) return kNoRole;
    return {first, h};
}

void SetSpeaker(Attribution& a, std::string_view text, const EntityMention* m, uint32_t s, uint32_t e) {
    a.outlet_voice = false;
    if (m) a.speaker = m->entity, e = std::min(e, std::max(m->range.end, s));  // "KCNA on Tuesday" → "KCNA"
    while (s < e && (text[s] == ' ' || text[s] == ',')) ++s;
    a.speaker_name.assign(text.substr(s, e - s));
}

}  // namespace

bool IsReportingVerb(std::string_view lower) {
    const WordClass* c = ClassifyWord(lower);
    return c && c->reporting;
}

std::span<const std::string_view> ReportingVerbs() { return kReporting; }
std::span<const std::string_view> SourceNouns() { return kSourceNouns; }

std::vector<QuoteSpan> FindQuotes(std::string_view text, std::span<const Token> toks) {
    std::vector<QuoteSpan> out;
    size_t open = SIZE_MAX;
    for (size_t i = 0; i < toks.size(); ++i) {
        if (!toks[i].Is(kTokQuote)) continue;
        std::string_view q = Surf(text, toks[i]);
        const bool opening = q == "\xE2\x80\x9C" || q == "\xE2\x80\x98" ||
                             ((q == "\"" || q == "'") && open == SIZE_MAX);
        if (opening && open == SIZE_MAX) { open = i; continue; }
        if (open != SIZE_MAX && !opening) {
            int words = 0, capitals = 0;
            for (size_t k = open + 1; k < i; ++k) {
                words += toks[k].Is(kTokWord) || toks[k].Is(kTokNumber);
                const std::string_view w = Surf(text, toks[k]);
                capitals += toks[k].Is(kTokCapital) || w == "on" || w == "of" || w == "the" || w == "and" || w == "for";
            }
            // A quoted title ("Treaty on Comprehensive Strategic Partnership") names a document; nobody speaks.
            const bool title = words >= 2 && capitals == words;
            if (words >= 2 && !title) out.push_back({{toks[open].start, toks[i].end}, words});
            open = SIZE_MAX;
        }
    }
    if (open != SIZE_MAX && open + 3 < toks.size())  // a quotation that runs on past the sentence
        out.push_back({{toks[open].start, toks.back().end}, static_cast<int>(toks.size() - open - 1)});
    return out;
}

Attribution AttributeSentence(std::string_view text, std::span<const Token> toks, std::span<const std::string_view> low,
                              const std::vector<const EntityMention*>& mentions, Index article,
                              const Attribution* previous, bool continues_quote, const Attribution* previous_thing,
                              std::span<const uint16_t> bits, uint16_t any_bits) {
    Attribution a;
    auto L = [&](size_t i) { return low[i]; };  // views compare by size first: cheap misses
    // "it said" refers to an agency, a government or a document, never to a person: skip back past people.
    auto antecedent = [&](std::string_view pronoun) { return pronoun == "it" ? previous_thing : previous; };
    const size_t n = toks.size();
    if (n == 0) return a;
    std::vector<uint16_t> own;  // only when the caller has no bits
    if (bits.size() < n) {
        own.resize(n);
        for (size_t i = 0; i < n; ++i) own[i] = low[i].empty() ? 0 : WordBits(low[i]);
        bits = own;
    }
    // Which rules can apply: most sentences have no "according to", "reported by" or ", saying".
    uint16_t any = own.empty() ? any_bits : 0;
    if (any == 0)
        for (size_t i = 0; i < n; ++i) any |= bits[i];
    const bool cue = any & kWfCue, reporting = any & kWfReporting;
    auto clause_end = [&](size_t from) {  // up to the next comma/period: the speaker phrase
        size_t k = from;
        while (k < n && !IsClauseBreak(Surf(text, toks[k])) && Surf(text, toks[k]) != "." && k - from < 12) ++k;
        return k;
    };
    // 1. "according to X"
    for (size_t i = 0; cue && i + 2 < n; ++i) {
        if (L(i) == "according" && L(i + 1) == "to") {
            const size_t e = clause_end(i + 2);
            if (e == i + 2) break;
            a.cue = {article, toks[i].start, toks[i + 1].end};
            if (e - (i + 2) == 1 && L(i + 2) == "them" && previous && !previous->outlet_voice) {
                a.outlet_voice = false, a.speaker = previous->speaker, a.speaker_name = previous->speaker_name;
                return a;
            }
            // The last named entity of the phrase is the source ("North Korea’s official KCNA").
            const EntityMention* best = nullptr;
            for (const EntityMention* m : mentions)
                if (m->range.start >= toks[i + 2].start && m->range.end <= toks[e - 1].end && m->entity != kNone) best = m;
            SetSpeaker(a, text, best, toks[i + 2].start, toks[e - 1].end);
            return a;
        }
    }
    // 2. "(as) reported by X"
    for (size_t i = 0; cue && i + 2 < n; ++i) {
        if ((L(i) == "reported" || L(i) == "announced" || L(i) == "quoted") && L(i + 1) == "by") {
            const size_t e = clause_end(i + 2);
            if (e == i + 2) break;
            a.cue = {article, toks[i].start, toks[i + 1].end};
            SetSpeaker(a, text, MentionIn(mentions, toks[i + 2].start, toks[e - 1].end), toks[i + 2].start, toks[e - 1].end);
            return a;
        }
    }
    // 3. Reporting verb with its subject before it, or inverted after it.
    for (size_t i = 0; reporting && i < n; ++i) {
        if (!(bits[i] & kWfReporting) || (i > 0 && toks[i].Is(kTokCapital))) continue;
        a.cue = {article, toks[i].start, toks[i].end};
        // ", says Putin" / ", it said" / "…,” said Putin" (the comma inside the closing quote)
        if (i > 0 && (Surf(text, toks[i - 1]) == "," || (toks[i - 1].Is(kTokQuote) && i > 1 && Surf(text, toks[i - 2]) == ","))) {
            const size_t e1 = clause_end(i + 1);
            // The speaker must follow the verb directly: ", says Putin" — not ", announced during a summit".
            const EntityMention* after = MentionIn(mentions, toks[i + 1].start, toks[std::max(e1, i + 2) - 1].end);
            const bool named = i + 1 < n && ((after && after->range.start == toks[i + 1].start) ||
                                             (bits[i + 1] & kWfSource) || L(i + 1) == "it");
            if (named && toks[i + 1].Is(kTokWord)) {
                if (const Attribution* p = antecedent(L(i + 1)); IsPronoun(L(i + 1)) && p && !p->outlet_voice) {
                    a.outlet_voice = false, a.speaker = p->speaker, a.speaker_name = p->speaker_name;
                    return a;
                }
                const size_t e = clause_end(i + 1);
                SetSpeaker(a, text, MentionIn(mentions, toks[i + 1].start, toks[e - 1].end), toks[i + 1].start, toks[e - 1].end);
                return a;
            }
        }
        // Subject: back to the clause start (at most 8 tokens), skipping "have/has/had" auxiliaries.
        size_t b = i;
        while (b > 0 && !IsClauseBreak(Surf(text, toks[b - 1])) && i - b < 8 && L(b - 1) != "that") --b;
        if (b == i) { a.cue = {}; continue; }
        if (const Attribution* p = antecedent(L(b)); i - b == 1 && IsPronoun(L(b)) && p && !p->outlet_voice) {
            a.outlet_voice = false, a.speaker = p->speaker, a.speaker_name = p->speaker_name;
            return a;
        }
        if (i - b == 1 && L(b) == "it") { a.cue = {}; continue; }  // "it said" with no antecedent: unknown
        if (L(b) == "it") {  // "It has been reported that …": an unnamed report
            a.outlet_voice = false;
            a.speaker_name = "unnamed reports";
            return a;
        }
        // A passive ("the spokesman was told that …", "was said to"): its subject heard, nobody named spoke.
        if (const std::string_view v = L(i - 1);
            v == "was" || v == "were" || v == "is" || v == "are" || v == "be" || v == "been" || v == "being") {
            a.cue = {};
            continue;
        }
        // A role or an organisation named by what it is: the whole phrase speaks, not the country in it —
        // unless the phrase ends in a named organisation ("the U.S. State Department"): the rules below.
        if (const auto [first, head] = RoleSubject(toks, low, b, i); first != SIZE_MAX) {
            bool named = false;
            for (const EntityMention* m : mentions)
                named |= m->entity != kNone && m->range.start <= toks[head].start && m->range.end >= toks[head].end;
            if (!named) {
                // "The company said" after "Kodak said": the organisation that spoke last, like "it said".
                const bool bare_organisation = head == first + 1 && L(first) == "the" &&
                                               RoleWordOf(L(head)) == RoleWord::Organisation;
                if (bare_organisation && previous_thing && !previous_thing->outlet_voice && previous_thing->speaker != kNone) {
                    a.outlet_voice = false, a.speaker = previous_thing->speaker, a.speaker_name = previous_thing->speaker_name;
                    return a;
                }
                SetSpeaker(a, text, nullptr, toks[first].start, toks[head].end);
                return a;
            }
        }
        const EntityMention* best = nullptr;
        for (const EntityMention* m : mentions)
            if (m->range.start >= toks[b].start && m->range.end <= toks[i].start && m->entity != kNone) best = m;
        if (best) {  // the named speaker is the verb's subject: at most an auxiliary in between
            size_t gap = 0;
            for (size_t k = b; k < i; ++k) gap += toks[k].start >= best->range.end;
            if (gap > 2) best = nullptr;
        }
        bool source = best != nullptr;
        for (size_t k = b; k < i && !source; ++k) source = (bits[k] & kWfSource) != 0;
        if (!source || (!best && i - b > 5)) { a.cue = {}; continue; }  // "as the latter claims": not a source
        SetSpeaker(a, text, best, toks[b].start, toks[i - 1].end);
        return a;
    }
    // 4. Participle "…, saying …": the sentence's subject speaks.
    for (size_t i = 1; cue && i < n; ++i) {
        if (L(i) == "saying" && Surf(text, toks[i - 1]) == "," && !mentions.empty() && mentions[0]->entity != kNone) {
            a.cue = {article, toks[i].start, toks[i].end};
            SetSpeaker(a, text, mentions[0], mentions[0]->range.start, mentions[0]->range.end);
            return a;
        }
    }
    // 5. A quotation continuing from the previous sentence keeps its speaker.
    if (continues_quote && previous && !previous->outlet_voice) {
        a = *previous;
        a.cue = {};
    }
    return a;
}

}  // namespace core
