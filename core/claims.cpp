#include "claims.hpp"

#include <algorithm>
#include <charconv>
#include <string>

#include "event_lexicon.hpp"

namespace core {

namespace {

std::string_view Surf(std::string_view text, const Token& t) { return text.substr(t.start, t.end - t.start); }

bool Dated(const Timex& t) {
    return (t.type == TimexType::Date || t.type == TimexType::Time) && t.earliest != kNoDay && t.latest != kNoDay;
}

// A timex right before an object dates that object when only a few lower-case words sit between:
// "a 1961 treaty", "a 1961 mutual defense treaty".
bool AdjectiveGlue(std::string_view text, uint32_t a, uint32_t b) {
    if (b < a || b - a > 30) return false;
    int words = 0;
    bool in_word = false;
    for (char ch : text.substr(a, b - a)) {
        if (ch == ' ') { in_word = false; continue; }
        if (ch < 'a' || ch > 'z') return ch == '-' && in_word;
        if (!in_word) ++words, in_word = true;
    }
    return words <= 3 && text.substr(a, 1) == " ";
}

// A timex after an object dates it through "of"/"from": "an agreement from the 1960s", "the treaty of 1961".
bool OfGlue(std::string_view text, uint32_t a, uint32_t b) {
    if (b < a || b - a > 12) return false;
    std::string l;
    LowerInto(text.substr(a, b - a), l);
    return l == " from the " || l == " from " || l == " of " || l == " of the ";
}

// Documents are named by a year or a decade; "the treaty last week" dates an act, not the treaty.
bool NamesADocument(const Timex& t) {
    return t.granularity == Granularity::Year || t.granularity == Granularity::Decade || t.granularity == Granularity::Century;
}

// Words that may stand between a doer and its act: kWfAuxiliary (IsAuxiliary below adds adverbs in -ly).
constexpr std::string_view kAuxiliaries[] = {"have", "has",   "had",   "was",   "were",  "is",    "are",
                                             "be",   "been",  "being", "will",  "would", "shall", "can",
                                             "could", "may",  "might", "must",  "did",   "does",  "do",
                                             "also", "both",  "not",   "never", "already", "jointly"};
bool IsDenial(std::string_view l) {
    return l == "denied" || l == "denies" || l == "deny" || l == "refuted" || l == "rejected" || l == "rejects" || l == "dismissed";
}
bool IsPassiveAuxiliary(std::string_view l) {
    return l == "was" || l == "were" || l == "been" || l == "is" || l == "are" || l == "be" || l == "being";
}
bool IsDeterminer(std::string_view l) {
    return l == "the" || l == "a" || l == "an" || l == "its" || l == "their" || l == "his" || l == "her" || l == "this";
}

struct SentenceWork {
    std::span<const Token> toks;         // the sentence's tokens (TextStructure::Tokens)
    std::string lower;                   // the sentence's words lower-cased (ASCII), once (ClassifyTokens)
    std::vector<std::string_view> low;   // each word token's view into `lower` ("" for other tokens)
    std::vector<uint16_t> bits;          // WordFlag bits of each token (ClassifyTokens)
    std::vector<const EntityMention*> mentions;
    std::vector<Index> timexes;
    std::vector<std::pair<size_t, std::string_view>> objects;   // FindTriggers' scratch, reused
    std::vector<char> used;                                     // FindTriggers' scratch, reused
    std::vector<char> describes;                                // per regular trigger: a participle of an object
    std::vector<Index> entities;                                // the sentence's entities, first seen first
    std::vector<Quantity> quantities;                           // FindQuantities' result, moved out if kept
};

// Token i may stand between a doer and its act: a listed auxiliary (its bits) or an adverb in -ly
// ("initially", "formally", "officially").
bool IsAuxiliary(const SentenceWork& w, size_t i) {
    const std::string_view l = w.low[i];
    return (w.bits[i] & kWfAuxiliary) || (l.size() > 4 && l.substr(l.size() - 2) == "ly");
}

// The object class of token i ("treaty", "law"), "" when it names none (its class only when it does).
std::string_view ObjectOf(const SentenceWork& w, size_t i) {
    return (w.bits[i] & kWfObject) ? ClassifyWordId(w.toks[i].word)->object : std::string_view();
}

// The entity mention whose name ends exactly at byte `end`, if any.
const EntityMention* MentionEndingAt(const SentenceWork& w, uint32_t end) {
    for (const EntityMention* m : w.mentions)
        if (m->range.end == end && m->entity != kNone) return m;
    return nullptr;
}

// Who does the act of trigger token i (see claims.hpp: agents).
//   passive "signed by Kim and Putin", "“ratified as a decree …” by DPRK leader Kim Jong Un";
//   active "Kim Jong Un signed", "North Korea and Russia have signed", "Russia’s upper house approving";
//   possessive nominal "Putin’s signature". A passive without "by" has no agent here ("were deployed").
void FindAgents(std::string_view text, const SentenceWork& w, size_t i, bool nominal, TriggerMention& tm) {
    const size_t n = w.toks.size();
    auto add = [&](const EntityMention* m) {
        if (!m || m->entity == kNone) return;
        if (tm.agents[0] == kNone) tm.agents[0] = m->entity;
        else if (tm.agents[1] == kNone && tm.agents[0] != m->entity) tm.agents[1] = m->entity;
        else return;
        if (tm.agents_range.end == 0) tm.agents_range = m->range;
        tm.agents_range = {std::min(tm.agents_range.start, m->range.start), std::max(tm.agents_range.end, m->range.end)};
    };
    // The mention starting within `span` tokens from token j (people first: "by DPRK leader Kim Jong Un").
    auto mention_from = [&](size_t j, size_t span) -> const EntityMention* {
        if (j >= n) return nullptr;
        // Up to a preposition: "by major nations in Paris" names no doer called Paris.
        size_t last = std::min(n - 1, j + span);
        for (size_t q = j; q <= last; ++q)
            if (w.low[q] == "in" || w.low[q] == "at" || w.low[q] == "on" || w.low[q] == "from" || w.low[q] == "to" ||
                w.low[q] == "for" || w.low[q] == "with" || w.low[q] == "of") {
                if (q == j) return nullptr;
                last = q - 1;
                break;
            }
        const uint32_t lo = w.toks[j].start, hi = w.toks[last].end;
        const EntityMention* first = nullptr;
        for (const EntityMention* m : w.mentions) {
            if (m->entity == kNone || m->range.start < lo || m->range.start >= hi) continue;
            if (m->kind == EntityKind::Person) return m;
            if (!first) first = m;
        }
        return first;
    };
    for (size_t j = i + 1; j < n && j <= i + 18; ++j) {
        const std::string_view t = Surf(text, w.toks[j]);
        if (t == "," || t == ";" || w.low[j] == "which" || w.low[j] == "that") break;
        if (w.low[j] != "by") continue;
        const EntityMention* m = mention_from(j + 1, 3);
        if (!m) break;
        add(m);
        // "by Kim and Russian President Vladimir Putin"
        size_t k = j + 1;
        while (k < n && w.toks[k].end <= m->range.end) ++k;
        if (k < n && w.low[k] == "and") add(mention_from(k + 1, 3));
        return;
    }
    size_t k = i;
    bool passive = false;
    if (nominal) {  // "Putin’s signature": the possessor
        if (k > 1 && w.toks[k - 1].Is(kTokPossessive)) add(MentionEndingAt(w, w.toks[k - 2].end));
        return;
    }
    while (k > 0 && !w.low[k - 1].empty() && IsAuxiliary(w, k - 1)) passive |= IsPassiveAuxiliary(w.low[k - 1]), --k;
    if (passive || k == 0) return;
    // "the Kuwait invasion", "the Getty acquisition": a name before the noun of a hostile act or a purchase
    // is what it is done to (only "Iraq's invasion" names the doer, above).
    const std::string_view word = w.low[i];
    if (k == i && word.size() > 3 && word.substr(word.size() - 3) == "ion" &&
        (tm.family == "invade" || tm.family == "attack" || tm.family == "acquire"))
        return;
    if (Surf(text, w.toks[k - 1]) == "," && k > 1 && MentionEndingAt(w, w.toks[k - 2].end)) --k;  // "…, Putin and Kim, signed"
    const EntityMention* m = MentionEndingAt(w, w.toks[k - 1].end);
    if (!m) {  // "Russia’s upper house of parliament approving": a possessor up to five words back
        for (size_t b = k - 1; b > 0 && k - b <= 5; --b) {
            const std::string_view t = Surf(text, w.toks[b]);
            if (t == "," || t == ";" || (w.bits[b] & kWfReporting)) break;
            if (w.toks[b].Is(kTokPossessive)) { m = MentionEndingAt(w, w.toks[b - 1].end); break; }
        }
    }
    if (!m) return;
    add(m);
    // "North Korea and Russia signed": the other conjunct.
    size_t b = 0;
    while (b < n && w.toks[b].start < m->range.start) ++b;
    if (b >= 1 && IsDeterminer(w.low[b - 1])) --b;  // "the State Duma and the Federation Council"
    if (b >= 2 && w.low[b - 1] == "and" && tm.agents[1] == kNone) {
        // Not the object of a preposition: "approved the treaty with Atlantis and Mary Jones signed it".
        const EntityMention* other = MentionEndingAt(w, w.toks[b - 2].end);
        size_t ob = b - 2;
        while (other && ob > 0 && w.toks[ob].start > other->range.start) --ob;
        static constexpr std::string_view kPreps[] = {"with", "to", "of", "in", "from", "for", "by", "at", "on", "against", "between"};
        if (other && ob > 0 && std::find(std::begin(kPreps), std::end(kPreps), w.low[ob - 1]) != std::end(kPreps)) other = nullptr;
        add(other);
        if (tm.agents[1] != kNone) std::swap(tm.agents[0], tm.agents[1]);  // in text order: the earlier conjunct first
    }
}

// Whom an act is done to, when an entity names it right there: active "acquired (the) Getty", passive
// "Getty (has) been acquired". Not an agent of the act.
Index FindPatient(const SentenceWork& w, size_t i, const TriggerMention& tm) {
    const size_t n = w.toks.size();
    auto entity_at = [&](size_t j) -> Index {
        for (const EntityMention* m : w.mentions) {
            if (m->entity == kNone || m->range.start != w.toks[j].start) continue;
            // "NASDAQ's requirement": the possessor is not what the act is done to.
            size_t e = j;
            while (e < n && w.toks[e].end <= m->range.end) ++e;
            return e < n && w.toks[e].Is(kTokPossessive) ? kNone : m->entity;
        }
        return kNone;
    };
    size_t k = i;
    bool passive = false;
    while (k > 0 && !w.low[k - 1].empty() && IsAuxiliary(w, k - 1)) passive |= IsPassiveAuxiliary(w.low[k - 1]), --k;
    Index p = kNone;
    if (passive) {
        if (k > 0)
            if (const EntityMention* m = MentionEndingAt(w, w.toks[k - 1].end)) p = m->entity;
    } else if (i + 1 < n) {
        p = entity_at(i + 1);
        if (p == kNone && i + 2 < n && IsDeterminer(w.low[i + 1])) p = entity_at(i + 2);
    }
    return p == tm.agents[0] || p == tm.agents[1] ? kNone : p;
}

// A nominal trigger's "of" phrase, up to the next preposition or punctuation: "collapse [of the Soviet Union] in 1991".
ByteRange OfPhrase(std::string_view text, const SentenceWork& w, size_t i) {
    const size_t n = w.toks.size();
    if (i + 2 >= n || w.low[i + 1] != "of") return {};
    size_t e = i + 2;
    while (e < n && e < i + 8 && w.toks[e].Is(kTokWord) && w.low[e] != "in" && w.low[e] != "on" && w.low[e] != "at" &&
           w.low[e] != "by" && w.low[e] != "from" && w.low[e] != "that" && w.low[e] != "which" && w.low[e] != "and")
        ++e;
    if (e == i + 2) return {};
    (void)text;
    return {w.toks[i + 2].start, w.toks[e - 1].end};
}

// Finds triggers, their objects, agents and anchoring timexes (see claims.hpp / events.hpp for the rules).
void FindTriggers(const Corpus& corpus, std::string_view text, SentenceWork& w, ClaimFacts& f) {
    const size_t n = w.toks.size();
    std::vector<std::pair<size_t, std::string_view>>& objects = w.objects;  // token index, class
    objects.clear();
    for (size_t i = 0; i < n; ++i)
        if (w.bits[i] & kWfObject) objects.push_back({i, ClassifyWordId(w.toks[i].word)->object});
    // Timexes that date an object ("a 1961 treaty", "an agreement from the 1960s") describe that object.
    std::vector<char>& used = w.used;
    used.assign(w.timexes.size(), 0);
    for (size_t t = 0; t < w.timexes.size(); ++t) {
        const Timex& tx = corpus.timexes[w.timexes[t]];
        if (!NamesADocument(tx)) continue;
        for (auto [oi, cls] : objects) {
            const Token& o = w.toks[oi];
            if ((tx.span.end <= o.start && AdjectiveGlue(text, tx.span.end, o.start)) ||
                (o.end <= tx.span.start && OfGlue(text, o.end, tx.span.start))) {
                TriggerMention tm;
                tm.range = {o.start, o.end};
                tm.family = "sign";
                tm.object = cls;
                tm.object_range = tm.range;
                tm.timex = w.timexes[t];
                tm.object_dated = true;
                f.triggers.push_back(tm);
                used[t] = true;
                break;
            }
        }
    }
    const size_t first_regular = f.triggers.size();
    w.describes.clear();
    for (size_t i = 0; i < n; ++i) {
        if (!(w.bits[i] & kWfTrigger)) continue;
        const TriggerFamily* fam = ClassifyWordId(w.toks[i].word)->trigger;
        TriggerMention tm;
        tm.range = {w.toks[i].start, w.toks[i].end};
        tm.family = fam->family;
        // "signed the law ratifying the treaty": the participle says what the law does; the sentence's act is
        // the signing, which keeps its date, and the participle's object is the one after it.
        const std::string_view lw = w.low[i];
        const bool describes = i > 0 && lw.size() > 4 && lw.substr(lw.size() - 3) == "ing" && (w.bits[i - 1] & kWfObject);
        w.describes.push_back(describes);
        // Object: the nearest object noun within 8 tokens (after first: "signed the treaty"), for acts on documents.
        const bool takes_object = tm.family == "sign" || tm.family == "ratify" || tm.family == "approve" ||
                                  tm.family == "revive" || tm.family == "expire";
        size_t best = SIZE_MAX, dist = 9;
        for (auto [oi, cls] : objects) {
            if (describes && oi + 1 == i) continue;
            const size_t d = oi > i ? oi - i : (i - oi) + 1;
            if (d < dist) dist = d, best = oi;
        }
        if (!takes_object) {
        } else if (best != SIZE_MAX && best != i) {
            tm.object = ObjectOf(w, best);
            tm.object_range = {w.toks[best].start, w.toks[best].end};
            tm.object_is_result = best > 0 && w.low[best - 1] == "into";  // "signing it into law"
        } else if (best == i) {
            tm.object = ObjectOf(w, best);
        }
        const bool nominal = i > 0 && (IsDeterminer(w.low[i - 1]) || w.toks[i - 1].Is(kTokPossessive));
        FindAgents(text, w, i, nominal, tm);
        if (!nominal) tm.patient = FindPatient(w, i, tm);
        // Negation scoped to the act: a cue among the few words just before it ("did not sign", "has
        // never ratified", "denied signing"), not crossing punctuation.
        // "will not", "could not", "has not yet", "not be approved": no denial of something that happened.
        auto open_word = [](std::string_view l) {
            return l == "will" || l == "would" || l == "could" || l == "can" || l == "may" || l == "might" || l == "must" ||
                   l == "should" || l == "shall" || l == "yet" || l == "be" || l == "won't" || l == "wouldn't" ||
                   l == "can't" || l == "couldn't" || l == "cannot";
        };
        bool open = false;
        for (size_t b = i; b > 0 && i - b < 4; --b) {
            const Token& t = w.toks[b - 1];
            if (!t.Is(kTokWord)) break;
            const std::string_view l = w.low[b - 1];
            if ((w.bits[b - 1] & kWfNegation) || (l.size() > 3 && l.substr(l.size() - 3) == "n't")) {
                tm.negation = {t.start, t.end};
                tm.negation_open = open || open_word(l) || (b >= 2 && open_word(w.low[b - 2]));
                break;
            }
            open |= open_word(l);
            if (!IsAuxiliary(w, b - 1) && l != "to" && l != "yet") break;
        }
        // A denial governing the clause of the act: "denied that North Korea sent troops", "rejected reports
        // that Atlantis signed" (within a dozen words, no punctuation between).
        for (size_t b = i; tm.negation.end == 0 && b > 1 && i - b < 12; --b) {
            if (!w.toks[b - 1].Is(kTokWord)) break;
            if (w.low[b - 1] != "that") continue;
            size_t v = b - 1;
            if (v > 0 && (w.low[v - 1] == "reports" || w.low[v - 1] == "claims" || w.low[v - 1] == "allegations")) --v;
            if (v > 0 && IsDenial(w.low[v - 1])) tm.negation = {w.toks[v - 1].start, w.toks[v - 1].end};
            break;
        }
        if (nominal) tm.of_phrase = OfPhrase(text, w, i);
        f.triggers.push_back(tm);
    }
    // A timex right before a trigger noun dates it, whoever else it also dates: "a June summit",
    // "Wednesday's meeting".
    for (size_t k = first_regular; k < f.triggers.size(); ++k) {
        TriggerMention& tm = f.triggers[k];
        for (size_t t = 0; t < w.timexes.size() && tm.timex == kNone; ++t) {
            const Timex& tx = corpus.timexes[w.timexes[t]];
            if (tx.span.end > tm.range.start || tm.range.start - tx.span.end > 4) continue;
            const std::string_view glue = text.substr(tx.span.end, tm.range.start - tx.span.end);
            if (glue == " " || glue == "'s " || glue == "\xE2\x80\x99s ") tm.timex = w.timexes[t];
        }
    }
    // Anchoring, pass 0: a timex in the same clause (no comma between), following first; pass 1: preceding,
    // or shared with a coordinated act ("approving the treaty last week and Putin signing it"); pass 2: any.
    auto comma_between = [&](uint32_t a, uint32_t b) {
        for (size_t k = 0; k < n; ++k)
            if (w.toks[k].start >= a && w.toks[k].end <= b && (Surf(text, w.toks[k]) == "," || Surf(text, w.toks[k]) == ";"))
                return true;
        return false;
    };
    auto coordinated = [&](uint32_t a, uint32_t b) {
        return b >= a + 5 && b - a < 40 && text.substr(a, 5) == " and " && !comma_between(a, b);
    };
    for (int pass = 0; pass < 3; ++pass) {
        for (size_t k = first_regular; k < f.triggers.size(); ++k) {
            TriggerMention& tm = f.triggers[k];
            if (tm.timex != kNone) continue;
            size_t pick = SIZE_MAX;
            uint32_t best = UINT32_MAX;
            // In-clause anchoring also needs no other trigger in between ("revives … expired … in 1991").
            auto trigger_between = [&](uint32_t a0, uint32_t b0) {
                for (size_t o = first_regular; o < f.triggers.size(); ++o)
                    if (o != k && !w.describes[o - first_regular] && f.triggers[o].range.start >= a0 && f.triggers[o].range.end <= b0)
                        return true;
                return false;
            };
            for (size_t t = 0; t < w.timexes.size(); ++t) {
                const Timex& tx = corpus.timexes[w.timexes[t]];
                const bool after = tx.span.start >= tm.range.end;
                if (used[t] && !w.describes[k - first_regular] &&
                    !(pass == 1 && !after && coordinated(tx.span.end, tm.range.start) && !trigger_between(tx.span.end, tm.range.start)))
                    continue;
                const uint32_t d = after ? tx.span.start - tm.range.end : tm.range.start - std::min(tm.range.start, tx.span.end);
                const bool ok = pass == 0   ? after && !comma_between(tm.range.end, tx.span.start) && !trigger_between(tm.range.end, tx.span.start)
                                : pass == 1 ? !after && !comma_between(tx.span.end, tm.range.start) && !trigger_between(tx.span.end, tm.range.start)
                                            : true;
                if (ok && d < best) best = d, pick = t;
            }
            if (pick != SIZE_MAX) tm.timex = w.timexes[pick], used[pick] = true;
        }
    }
    // An act dated by the same timex as a meeting in its sentence happened at that meeting ("signed … at a
    // June summit"): the meeting's own, maybe sharper, date applies to it too.
    for (size_t k = first_regular; k < f.triggers.size(); ++k) {
        TriggerMention& tm = f.triggers[k];
        if (tm.timex == kNone || tm.family == "meet") continue;
        for (size_t o = first_regular; o < f.triggers.size(); ++o)
            if (f.triggers[o].family == "meet" && f.triggers[o].timex == tm.timex) tm.at_occasion = true;
    }
}

}  // namespace

std::span<const std::string_view> AuxiliaryWords() { return kAuxiliaries; }

void ExtractClaims(const Corpus& corpus, Index article, const TextStructure& ts, const std::vector<EntityMention>& mentions,
                   std::vector<Claim>& claims, std::vector<ClaimFacts>& facts) {
    const Article& a = corpus.articles[article];
    const std::string_view text = a.text;
    // The article's timexes, in text order: corpus.timexes[ti, te) (sorted by (article, start)).
    const auto first = std::lower_bound(corpus.timexes.begin(), corpus.timexes.end(), article,
                                        [](const Timex& t, Index a) { return t.span.article < a; });
    size_t ti = static_cast<size_t>(first - corpus.timexes.begin()), te = ti;
    while (te < corpus.timexes.size() && corpus.timexes[te].span.article == article) ++te;
    // One scratch per thread for all its articles: its buffers keep their capacity, so once warm a
    // sentence allocates nothing it does not keep (articles are done on several threads at once).
    static thread_local SentenceWork w;
    size_t mi = 0;
    // A claim per sentence at most: room for all of them once, instead of growing 1, 2, 4… by moves
    // (doubling still when a caller appends many articles to one vector).
    auto room = [&](auto& v) {
        const size_t need = v.size() + ts.sentences.size();
        if (need > v.capacity()) v.reserve(std::max(need, 2 * v.capacity()));
    };
    room(claims);
    room(facts);
    Attribution previous, previous_thing;
    bool have_previous = false, have_thing = false;
    // The antecedent of "it": a named non-person, or an unnamed singular source ("a statement", not
    // "Sources"). Whether `previous` is one is settled just before the next sentence needs it: the
    // speaker's entity is far away in memory, and by then its prefetch has arrived.
    bool thing_pending = false;
    auto settle_thing = [&] {
        if (!thing_pending) return;
        thing_pending = false;
        const std::string& sn = previous.speaker_name;
        if (!previous.outlet_voice && (previous.speaker != kNone ? corpus.entities[previous.speaker].kind != EntityKind::Person
                                                                 : !sn.empty() && sn.back() != 's'))
            previous_thing = previous, have_thing = true;
    };
    int number = 0;
    for (const Sentence& s : ts.sentences) {
        w.mentions.clear();
        w.timexes.clear();
        while (mi < mentions.size() && mentions[mi].range.start < s.range.start) ++mi;
        for (size_t k = mi; k < mentions.size() && mentions[k].range.start < s.range.end; ++k)
            if (mentions[k].range.end <= s.range.end) w.mentions.push_back(&mentions[k]);
        while (ti < te && corpus.timexes[ti].span.start < s.range.start) ++ti;
        for (size_t k = ti; k < te && corpus.timexes[k].span.start < s.range.end; ++k)
            if (Dated(corpus.timexes[k])) w.timexes.push_back(static_cast<Index>(k));
        if (s.headline) continue;
        w.toks = ts.Tokens(s);
        const size_t n = w.toks.size();
        int words = 0;
        // What the sentence can hold, so absent parts cost nothing: acts (triggers, objects), amounts,
        // marks (a hedge, negation or stance word, or an "n't"), quotation marks (all from ClassifyTokens).
        if (w.low.size() < n) w.low.resize(n), w.bits.resize(n);  // reused: no allocation once warm
        if (w.lower.size() < s.range.end - s.range.start + kClassifyPadding) w.lower.resize(s.range.end - s.range.start + kClassifyPadding);
        const uint16_t any = ClassifyTokens(text, s.range, w.toks, w.lower.data(), w.low.data(), w.bits.data());
        const bool acts = any & (kWfTrigger | kWfObject), amounts = any & (kWfAmount | kWfNumber);
        const bool marks = any & (kWfHedge | kWfNegation | kWfStance | kWfNt), quote_marks = any & kWfQuote;
        for (size_t i = 0; i < n && words < 6; ++i) words += (w.bits[i] & kWfWord) != 0;  // six are enough
        if (words < 6) continue;

        ClaimFacts f;
        if (acts) FindTriggers(corpus, text, w, f);
        w.quantities.clear();
        if (amounts) FindQuantities(text, w.toks, std::span<const std::string_view>(w.low).first(n), std::span<const uint16_t>(w.bits).first(n), w.quantities);
        Claim c;
        float certainty = 1.0f;
        for (size_t i = 0; marks && i < n; ++i) {
            if (!(w.bits[i] & (kWfHedge | kWfNegation | kWfStance | kWfNt))) continue;  // none of the below
            const WordClass* wc = ClassifyWordId(w.toks[i].word);
            if (wc && wc->hedge > 0) {
                if (!c.hedged) c.hedged = true, c.hedge_cue.assign(Surf(text, w.toks[i]));
                certainty = std::min(certainty, wc->hedge);
            }
            const std::string_view lw = w.low[i];
            const bool negation = (wc && wc->negation) || (lw.size() > 3 && lw.substr(lw.size() - 3) == "n't");
            if (!c.negated && negation && !(lw == "not" && i + 1 < n && w.low[i + 1] == "only")) {
                c.negated = true;
                f.negation = {w.toks[i].start, w.toks[i].end};
            }
            if (f.stance.end == 0 && wc && wc->stance) {
                // The reaction as a reader quotes it: with its copula or manner ("remains cautious",
                // "reacted furiously", "expressed … concern").
                f.stance = {w.toks[i].start, w.toks[i].end};
                if (i > 0 && (w.low[i - 1] == "remains" || w.low[i - 1] == "remained" || w.low[i - 1] == "is" ||
                              w.low[i - 1] == "was" || w.low[i - 1] == "expressed" || w.low[i - 1] == "voiced"))
                    f.stance.start = w.toks[i - 1].start;
                if (i + 1 < n && w.toks[i + 1].Is(kTokWord) && w.low[i + 1].size() > 4 &&
                    w.low[i + 1].compare(w.low[i + 1].size() - 2, 2, "ly") == 0)
                    f.stance.end = w.toks[i + 1].end;
            }
        }
        const std::vector<QuoteSpan> quotes = quote_marks ? FindQuotes(text, w.toks) : std::vector<QuoteSpan>();
        settle_thing();
        c.attribution = AttributeSentence(text, w.toks, std::span<const std::string_view>(w.low).first(n), w.mentions, article, have_previous ? &previous : nullptr, s.in_quote,
                                          have_thing ? &previous_thing : nullptr, std::span<const uint16_t>(w.bits).first(n), any);
        previous = c.attribution;  // every sentence, kept or not, can be the antecedent of "he said"
        have_previous = true, thing_pending = true;
        if (previous.speaker != kNone) __builtin_prefetch(&corpus.entities[previous.speaker]);
        w.entities.clear();
        for (const EntityMention* m : w.mentions) {
            if (m->entity == kNone) continue;
            if (std::find(w.entities.begin(), w.entities.end(), m->entity) == w.entities.end()) w.entities.push_back(m->entity);
            if (f.subject == kNone) f.subject = m->entity, f.subject_start = m->range.start;
        }
        const int entities = static_cast<int>(w.entities.size());
        const bool has_quote = !quotes.empty() && quotes.front().words >= 4;
        const bool has_trigger = std::any_of(f.triggers.begin(), f.triggers.end(), [](const TriggerMention& t) { return !t.object_dated; });
        const int score = 2 * !w.timexes.empty() + 2 * !w.quantities.empty() + 2 * has_trigger + std::min(entities, 2) +
                          2 * has_quote + !c.attribution.outlet_voice + (f.stance.end != 0);
        if (score < 3 && !(score >= 2 && entities >= 1)) continue;
        const bool named_quote = has_quote && !c.attribution.outlet_voice;
        if (entities == 0 && w.timexes.empty() && w.quantities.empty() && !named_quote) continue;  // nothing to check
        f.quantities.assign(std::make_move_iterator(w.quantities.begin()), std::make_move_iterator(w.quantities.end()));
        c.entities = w.entities;

        // A quantity makes the claim a Quantity claim only when it is a real amount, not "the two nations".
        const bool amount = std::any_of(f.quantities.begin(), f.quantities.end(), [](const Quantity& q) {
            return q.high >= 10 || q.unit == "troops" || q.unit == "dlrs" || q.unit == "pct" || q.unit == "people";
        });
        c.kind = has_quote && !c.attribution.outlet_voice ? ClaimKind::Quote
                 : amount                                 ? ClaimKind::Quantity
                 : has_trigger || !w.timexes.empty()      ? ClaimKind::Event
                                                          : ClaimKind::Assessment;
        if (c.kind == ClaimKind::Quote && c.attribution.cue.end == 0)
            c.attribution.cue = {article, quotes.front().range.start, quotes.front().range.end};
        if (!c.attribution.outlet_voice && c.attribution.speaker == kNone) certainty = std::min(certainty, 0.8f);
        c.certainty = certainty;
        c.span = {article, s.range.start, s.range.end};
        c.timexes = w.timexes;
        char num[16];
        const char* num_end = std::to_chars(num, num + sizeof num, ++number).ptr;
        c.id.reserve(2 + a.id.size() + 1 + static_cast<size_t>(num_end - num));
        c.id.append("c:").append(a.id).append(":").append(num, static_cast<size_t>(num_end - num));
        c.provenance = Provenance::Extracted;
        claims.push_back(std::move(c));
        facts.push_back(std::move(f));
    }
}

}  // namespace core
