#include "relations.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "flat_hash.hpp"

namespace core {

namespace {

constexpr size_t kMaxBlock = 24;        // claims compared within one block (keeps blocks linear)
constexpr Day kEvolveGap = 30;          // articles this far apart describe a change, not a dispute
constexpr Day kSameNewsDays = 2;        // articles this close report the same state of affairs
constexpr uint32_t kSubjectLead = 16;   // a stance is the subject's when it opens the sentence (bytes)

// Text on one line for an explanation: line breaks and runs of spaces become one space.
std::string OneLine(std::string_view t) {
    std::string out;
    for (char ch : t) {
        const bool space = ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : ch;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string Quote(const Corpus& c, Index article, ByteRange r) {
    return "\xE2\x80\x9C" + OneLine(TextOf(c.articles[article], r.start, r.end)) + "\xE2\x80\x9D";
}

// How an explanation names an article: its outlet, with the article id when the other side of the relation
// comes from the same outlet ("Reuters (reuters-1724)"), or "article 004" when the outlet is unknown.
std::string ArticleName(const Corpus& c, Index article, Index other) {
    const Article& a = c.articles[article];
    if (a.outlet.empty()) return "article " + a.id;
    return other != kNone && c.articles[other].outlet == a.outlet ? a.outlet + " (" + a.id + ")" : a.outlet;
}

// Who says a claim, for explanations: "conflictwatcher.com (citing intelligence reports)" or the outlet itself.
std::string VoiceOf(const Corpus& c, const Claim& k, Index other) {
    const std::string outlet = ArticleName(c, k.span.article, other);
    if (k.attribution.outlet_voice) return outlet;
    const std::string who = k.attribution.speaker != kNone ? c.entities[k.attribution.speaker].name : k.attribution.speaker_name;
    return who.empty() ? outlet : outlet + " (citing " + OneLine(who) + ")";
}

// A timex quoted with its resolved value when that says more: “this Wednesday” (2024-06-19).
std::string DateQuote(const Corpus& c, const Timex& t) {
    std::string q = Quote(c, t.span.article, {t.span.start, t.span.end});
    const std::string_view words = TextOf(c.articles[t.span.article], t.span.start, t.span.end);
    if (!t.value.empty() && words.find(t.value) == std::string_view::npos) q += " (" + t.value + ")";
    return q;
}

// Both claims in one voice: the same named speaker, the same unnamed source, or one outlet speaking itself.
bool SameSource(const Claim& a, const Claim& b) {
    const Attribution &x = a.attribution, &y = b.attribution;
    if (x.outlet_voice || y.outlet_voice) return x.outlet_voice && y.outlet_voice;
    if (x.speaker != kNone || y.speaker != kNone) return x.speaker == y.speaker;
    return x.speaker_name == y.speaker_name;
}

// What a relation is about, so one pair of claims can carry one relation per topic: two sentences that both
// report the approval of a treaty and its signing into law corroborate each act, not just the first one met.
struct PairTopic {
    uint64_t pair;                      // Builder::PairKey
    uint64_t topic;                     // an event index, or a tag of the other passes (kTopic*)
    bool operator==(const PairTopic& o) const { return pair == o.pair && topic == o.topic; }
};
struct PairTopicHash {
    size_t operator()(const PairTopic& k) const { return std::hash<uint64_t>()(k.pair * 0x9E3779B97F4A7C15ull ^ k.topic); }
};
// Topics of the passes that do not work event by event (events use their index, which is below these).
constexpr uint64_t kTopicDates = 1ull << 40;      // one act told with two different days
constexpr uint64_t kTopicStance = 1ull << 41;     // a reaction that changed
constexpr uint64_t kTopicAmount = 1ull << 42;     // + the slot's hash: amounts of one thing

// The family of the claim's first act that is not a dated document ("" when none).
std::string_view MainFamily(const std::vector<ClaimFacts>& facts, Index claim) {
    for (const TriggerMention& t : facts[claim].triggers)
        if (!t.object_dated) return t.family;
    return {};
}

// The slot an amount fills: the act it counts ("deploy": sent / sending troops), else the word it
// measures ("debt", "reserves"). Amounts meet only inside one slot: "108 billion dlrs" of debt and
// "2.15 billion dlrs" of reserves are different facts, not a contradiction.
std::string_view SlotOf(const std::vector<ClaimFacts>& facts, Index claim, const Quantity& q) {
    const std::string_view family = MainFamily(facts, claim);
    return family.empty() ? std::string_view(q.slot) : family;
}

// Amounts of claims from `first` on grouped into blocks (see Builder::Amounts).
void GatherAmounts(const Corpus& c, const std::vector<ClaimFacts>& facts, Index first, RelationInputs& in) {
    // Block key: unit family | trigger family | entity, hashed into one integer (a collision only puts
    // two claims side by side that the checks then tell apart).
    // Blocks are numbered in the order they are first seen and keep their first kMaxBlock amounts in
    // the order met, so the result does not depend on the hash. Most blocks hold one amount: they are
    // counted, not allocated (a vector per block cost more than all the comparisons).
    struct Amount {
        Index claim;
        uint32_t quantity;                  // index into facts[claim].quantities
        uint32_t block;
    };
    U64Map<uint32_t> block_of;
    std::vector<Amount> amounts;
    std::vector<uint32_t> block_size;       // per block, capped at kMaxBlock
    const std::hash<std::string_view> hash;
    for (Index ci = first; ci < static_cast<Index>(facts.size()); ++ci) {
        const ClaimFacts& f = facts[ci];
        if (f.quantities.empty() || c.claims[ci].entities.size() < 2) continue;  // needs two shared entities
        for (size_t qi = 0; qi < f.quantities.size(); ++qi) {
            const std::string_view slot = SlotOf(facts, ci, f.quantities[qi]);
            if (slot.empty()) continue;  // an amount of nobody-knows-what compares with nothing
            const uint64_t unit = hash(f.quantities[qi].unit) * 0x9E3779B97F4A7C15ull ^ hash(slot);
            for (Index e : c.claims[ci].entities) {
                const auto [b, fresh] =
                    block_of.TryEmplace((unit * 0x100000001B3ull) ^ static_cast<uint64_t>(static_cast<uint32_t>(e)),
                                        static_cast<uint32_t>(block_size.size()));
                if (fresh) block_size.push_back(0);
                if (block_size[*b] < kMaxBlock) ++block_size[*b], amounts.push_back({ci, static_cast<uint32_t>(qi), *b});
            }
        }
    }
    // The amounts grouped by block, each block in the order its amounts were met (a counting sort).
    in.block_start.assign(block_size.size() + 1, 0);
    for (size_t b = 0; b < block_size.size(); ++b) in.block_start[b + 1] = in.block_start[b] + block_size[b];
    in.amounts.resize(amounts.size());
    std::vector<uint32_t> fill(in.block_start.begin(), in.block_start.end() - 1);
    for (const Amount& am : amounts) {
        const Quantity& q = facts[am.claim].quantities[am.quantity];
        const std::string_view slot = SlotOf(facts, am.claim, q);
        in.amounts[fill[am.block]++] = {am.claim, c.claims[am.claim].span.article, &q, slot, hash(q.unit), hash(slot)};
    }
}

// "the opposition Labour party", "Canada's opposition parties": the opposition as a side in a parliament, not
// a stance against something.
bool PartyWord(std::string_view text, ByteRange stance) {
    const std::string_view w = text.substr(stance.start, stance.end - stance.start);
    if (w != "opposition" && w != "Opposition") return false;
    size_t p = stance.end;
    while (p < text.size() && (text[p] == ' ' || text[p] == '\n')) ++p;
    if (p < text.size() && std::isupper(static_cast<unsigned char>(text[p]))) return true;
    const std::string_view next = text.substr(p, 7);
    return next.rfind("part", 0) == 0 || next.rfind("leader", 0) == 0 || next.rfind("member", 0) == 0;
}

// Claims from `first` on with a stance of their subject, by subject in first-seen order (hash-independent),
// each subject's claims by publication day.
void GatherStances(const Corpus& c, const std::vector<ClaimFacts>& facts, Index first, RelationInputs& in) {
    std::unordered_map<Index, size_t> slot;                        // subject → index into by_subject
    auto& by_subject = in.stances;
    for (Index ci = first; ci < static_cast<Index>(facts.size()); ++ci) {
        const ClaimFacts& f = facts[ci];
        if (f.stance.end == 0 || f.subject == kNone || f.subject_start > c.claims[ci].span.start + kSubjectLead) continue;
        if (PartyWord(c.articles[c.claims[ci].span.article].text, f.stance)) continue;
        const auto [it, fresh] = slot.try_emplace(f.subject, by_subject.size());
        if (fresh) by_subject.push_back({f.subject, {}});
        auto& v = by_subject[it->second].second;
        if (v.size() < kMaxBlock) v.push_back(ci);
    }
    auto dct = [&](Index claim) { return c.articles[c.claims[claim].span.article].published_day; };
    for (auto& [subject, v] : by_subject) std::stable_sort(v.begin(), v.end(), [&](Index a, Index b) { return dct(a) < dct(b); });
}

struct Builder {
    Corpus& c;
    const std::vector<ClaimFacts>& facts;
    const ActorHomes& homes;
    std::unordered_set<uint64_t> curated;                       // claim pairs an editor related: left alone
    std::unordered_set<PairTopic, PairTopicHash> seen;          // (pair, topic) already related
    std::unordered_set<uint64_t> related;                       // pairs with any relation
    std::vector<Index> lead_claim;                              // per article: its first claim, kNone when none
    uint64_t topic = 0;                                         // of the relations being added

    static uint64_t PairKey(Index a, Index b) {
        if (a > b) std::swap(a, b);
        return (static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32) | static_cast<uint32_t>(b);
    }
    bool Related(Index a, Index b) const { return curated.count(PairKey(a, b)) || seen.count({PairKey(a, b), topic}); }

    void Add(RelationType type, Index a, Index b, std::vector<Span> evidence, std::string explanation) {
        if (curated.count(PairKey(a, b)) || !seen.insert({PairKey(a, b), topic}).second) return;
        related.insert(PairKey(a, b));
        Relation r;
        r.type = type;
        r.claims = {a, b};
        r.evidence = std::move(evidence);
        r.explanation = std::move(explanation);
        c.relations.push_back(std::move(r));
    }

    Index ArticleOf(Index claim) const { return c.claims[claim].span.article; }
    Day DctOf(Index claim) const { return c.articles[ArticleOf(claim)].published_day; }

    std::string_view family;            // of the event being compared

    // The claim's trigger for the current event's family (a dated document for "document").
    const TriggerMention* EventTrigger(Index claim) const {
        if (claim >= static_cast<Index>(facts.size())) return nullptr;
        const TriggerMention* any = nullptr;
        for (const TriggerMention& t : facts[claim].triggers) {
            const bool match = family == "document" ? t.object_dated : (!t.object_dated && t.family == family);
            if (!match) continue;
            if (t.timex != kNone) return &t;
            if (!any) any = &t;
        }
        return any;
    }
    Index EventTimex(Index claim) const {
        const TriggerMention* t = EventTrigger(claim);
        return t ? t->timex : kNone;
    }

    // Both reports name who did it, and they are the same doers (or a part of them, or some of them).
    bool SameDoers(const TriggerMention* a, const TriggerMention* b) const {
        if (!a || !b || a->agents[0] == kNone || b->agents[0] == kNone) return false;
        const ActorMatch::Kind k = CompareAgents(c, homes, a->agents, b->agents).kind;
        return k == ActorMatch::Same || k == ActorMatch::PartWhole || k == ActorMatch::Joint;
    }

    // The entities a claim tells the act about: not its speaker, not a document, and not a place named only as
    // where it happened ("met in New York", "signed at Geneva") — two meetings in one city are two meetings.
    bool Participant(const Claim& k, Index e) const {
        if (e == k.attribution.speaker) return false;
        const Entity& ent = c.entities[e];
        if (ent.kind == EntityKind::Document) return false;
        return !WhereOnly(c, k, e);
    }

    // The claim whose entities say what a claim is about: itself, or when it names nobody ("The treaty, signed
    // in June, …") its article's lead sentence — a sentence without names continues the article's story.
    const Claim& ToldAbout(Index claim) const {
        const Claim& k = c.claims[claim];
        for (Index e : k.entities)
            if (Participant(k, e)) return k;
        const Index lead = lead_claim[k.span.article];
        return lead != kNone ? c.claims[lead] : k;
    }

    // Two reports of one event's family and days tell the same act, as far as the claims show: the same kind
    // of object, nobody doing it to the other's doer ("Iran attacked Iraq" / "Iraq attacked Iran"), and the
    // same doers — or, when a report names none, a participant in common (an entity both name, or a person
    // and the state they belong to). Clustering by family and date alone joins "signs of weakness" with a
    // signing, and a meeting of one board with another board's meeting the same day.
    bool SameAct(Index a, const TriggerMention* ta, Index b, const TriggerMention* tb) const {
        if (!ta || !tb) return false;
        for (Index e : ta->agents)
            if (e != kNone && e == tb->patient) return false;
        for (Index e : tb->agents)
            if (e != kNone && e == ta->patient) return false;
        // Both name doers: the same ones, or rivals (ActorRefines says what they are); doers nothing ties
        // together ("Gates sent a letter" / "the administration sent a bill") are not shown to be one act.
        if (ta->agents[0] != kNone && tb->agents[0] != kNone)
            return CompareAgents(c, homes, ta->agents, tb->agents).kind != ActorMatch::Unknown;
        const Claim &ka = ToldAbout(a), &kb = ToldAbout(b);
        // A sentence that names nobody is matched through its article's lead: that lead is about the article's
        // whole story, so only an entity both name ties the act — not a body and the state it belongs to.
        const bool borrowed = &ka != &c.claims[a] || &kb != &c.claims[b];
        // One names doers: the other must name them too (or their state) — "Gates sent a letter to Reagan" and
        // "the Reagan administration sent a bill" share a name, not a sender.
        if (ta->agents[0] != kNone || tb->agents[0] != kNone) {
            const TriggerMention& named = ta->agents[0] != kNone ? *ta : *tb;
            const Claim& other = ta->agents[0] != kNone ? kb : ka;
            for (Index e : named.agents) {
                if (e == kNone) continue;
                if (borrowed ? std::find(other.entities.begin(), other.entities.end(), e) != other.entities.end()
                             : NamesParty(c, homes, other.entities, e))
                    return true;
            }
            return false;
        }
        // A state both mention (or one, and a person of it the other) counts only when one report has it act or
        // suffer the act: "U.S. markets" and "the U.S. economy" in two stories are no common actor, nor "Japan"
        // in a list and a Japanese minister elsewhere, nor a state named in two articles' leads.
        auto role = [&](Index e) {
            if (family == "document") return true;  // a dated treaty is between states: they are its parties
            for (const TriggerMention* t : {ta, tb})
                if (t->agents[0] == e || t->agents[1] == e || t->patient == e) return true;
            return false;
        };
        for (Index e : ka.entities) {
            if (!Participant(ka, e)) continue;
            for (Index f : kb.entities) {
                if (!Participant(kb, f)) continue;
                const bool place = c.entities[e].kind == EntityKind::Place || c.entities[f].kind == EntityKind::Place;
                if (place && !role(e) && !role(f)) continue;
                if (e == f || (!borrowed && (NamesParty(c, homes, {f}, e) || NamesParty(c, homes, {e}, f)))) return true;
            }
        }
        return false;
    }

    // "denied (that)", "rejected (reports that)": a speaker answering a report, not a future "will not".
    bool IsDenialCue(Index claim, const TriggerMention& t) const {
        const std::string_view w = TextOf(c.articles[ArticleOf(claim)], t.negation.start, t.negation.end);
        for (std::string_view d : {"denied", "denies", "deny", "rejected", "rejects", "refuted", "dismissed"})
            if (w.size() == d.size() && std::equal(w.begin(), w.end(), d.begin(), [](char a, char b) { return (a | 0x20) == b; }))
                return true;
        return false;
    }

    bool OnADay(Index timex) const {
        return timex != kNone && (c.timexes[timex].granularity == Granularity::Day || c.timexes[timex].granularity == Granularity::Time);
    }

    // The words of a report that name who did the act, with the act: "Vladimir Putin signing", "signed by Kim".
    Span DoerSpan(Index claim, const TriggerMention& t) const {
        return {ArticleOf(claim), std::min(t.agents_range.start, t.range.start), std::max(t.agents_range.end, t.range.end)};
    }
    bool NamesAny(Index claim, const Index (&agents)[2]) const {
        const std::vector<Index>& es = c.claims[claim].entities;
        for (Index e : agents)
            if (e != kNone && std::find(es.begin(), es.end(), e) != es.end()) return true;
        return false;
    }

    // Reports of one act that name rival doers of an act only one can do ("Putin signed the law" / "the State
    // Duma signed the law"; "North Korea launched…" / "Russia launched…"). Every pair of reports from two
    // articles in the (bounded) block that each name their doers.
    void ActorConflicts(const Event& ev) {
        struct Told { Index claim; const TriggerMention* t; };
        std::vector<Told> told;
        for (Index ci : ev.claims) {
            const TriggerMention* t = EventTrigger(ci);
            if (!t || t->agents[0] == kNone || t->negation.end != 0) continue;
            told.push_back({ci, t});
            if (told.size() >= kMaxBlock) break;
        }
        for (size_t i = 0; i < told.size(); ++i)
            for (size_t j = i + 1; j < told.size(); ++j) {
                const Told &x = told[i], &y = told[j];
                const Index ax = ArticleOf(x.claim), ay = ArticleOf(y.claim);
                if (ax == ay) continue;
                if (!x.t->object.empty() && !y.t->object.empty() && x.t->object != y.t->object) continue;
                const std::string_view object = x.t->object.empty() ? y.t->object : x.t->object;
                if (!OneDoerAct(family, object)) continue;
                // The same occasion: a day both reports give (the event holds only overlapping dates). A month
                // or a year holds many launches and attacks, and an undated "attacks on shipping" many more. A
                // law or decree is signed once, so there one report's day and another's same-week silence do.
                const bool day_x = OnADay(x.t->timex), day_y = OnADay(y.t->timex);
                if (!(day_x && day_y)) {
                    const bool document = object == "law" || object == "decree";
                    const bool one_undated = (day_x && y.t->timex == kNone) || (day_y && x.t->timex == kNone);
                    const Day dx = DctOf(x.claim), dy = DctOf(y.claim);
                    if (!document || !one_undated || dx == kNoDay || dy == kNoDay || std::abs(dx - dy) > kSameNewsDays) continue;
                }
                // Done to different named targets, they are two acts ("acquired Getty" / "acquired Gulf"); a
                // purchase is one act only when both name what was bought.
                const Index px = x.t->patient, py = y.t->patient;
                if (px != kNone && py != kNone && px != py) continue;
                if (family == "acquire" && (px == kNone || py == kNone)) continue;
                // A report that names the other's doer in the same sentence knows of it — as a partner, a
                // target or an earlier step — and does not claim the act for someone else.
                if (NamesAny(x.claim, y.t->agents) || NamesAny(y.claim, x.t->agents)) continue;
                if (CompareAgents(c, homes, x.t->agents, y.t->agents).kind != ActorMatch::Rival) continue;
                const Span sx = DoerSpan(x.claim, *x.t), sy = DoerSpan(y.claim, *y.t);
                std::string what(PastTense(family));
                if (!object.empty()) what += " the " + std::string(object);
                else if (px != kNone || py != kNone) what += " " + c.entities[px != kNone ? px : py].name;
                if (ev.date.granularity == Granularity::Day) what += " on " + ev.date.value;
                Add(RelationType::Contradicts, x.claim, y.claim, {sx, sy},
                    "Who " + what + "? " + VoiceOf(c, c.claims[x.claim], ay) + " says " + AgentNames(c, x.t->agents) + " (" +
                        Quote(c, ax, {sx.start, sx.end}) + "); " + VoiceOf(c, c.claims[y.claim], ax) + " says " +
                        AgentNames(c, y.t->agents) + " (" + Quote(c, ay, {sy.start, sy.end}) + ")");
            }
    }

    // One report names the doers more precisely ("North Korea" / "Kim Jong Un") or names more of them
    // ("Putin" / "Putin and Kim"): a refinement of the other. True when that relation is added, or when
    // no corroboration may be (rival doers of a one-doer act); false when the reports may corroborate.
    bool ActorRefines(const Event& ev, Index a, const TriggerMention* ta, Index b, const TriggerMention* tb) {
        if (!ta || !tb || ta->agents[0] == kNone || tb->agents[0] == kNone) return false;
        const ActorMatch m = CompareAgents(c, homes, ta->agents, tb->agents);
        if (m.kind == ActorMatch::Rival) {
            // Rival doers of an act only one can do are ActorConflicts' business: never "both report" it.
            const std::string_view object = ta->object.empty() ? tb->object : ta->object;
            if (OneDoerAct(family, object)) return true;
            // Acts of several parties (a treaty signed or ratified by each, a meeting, a merger): each report
            // names a different party of the same act — say so. Other acts by different doers (an approval
            // by a regulator and one by a parliament, two releases) are two acts, not one reported twice.
            if (family != "sign" && family != "ratify" && family != "meet" && family != "merge") return true;
            // And only when one report names the other's party too ("Kim signed the treaty with Russia" /
            // "Putin signed it"): else "Chile signed" and "Venezuela signed" are two agreements.
            bool linked = false;
            for (Index e : tb->agents) linked |= NamesParty(c, homes, c.claims[a].entities, e);
            for (Index e : ta->agents) linked |= NamesParty(c, homes, c.claims[b].entities, e);
            if (!linked) return true;
            const Index aa = ArticleOf(a), ab = ArticleOf(b);
            Add(RelationType::Corroborates, a, b, {DoerSpan(a, *ta), DoerSpan(b, *tb)},
                "\u201C" + ev.label + "\u201D: " + VoiceOf(c, c.claims[a], ab) + " names " + AgentNames(c, ta->agents) + ", " +
                    VoiceOf(c, c.claims[b], aa) + " names " + AgentNames(c, tb->agents) + " \u2014 parties to one act, both can be right");
            return true;
        }
        if (m.kind != ActorMatch::PartWhole && m.kind != ActorMatch::Joint) return false;
        const Index fine = m.b_finer ? b : a, coarse = m.b_finer ? a : b;
        const TriggerMention& tf = m.b_finer ? *tb : *ta;
        const TriggerMention& tc = m.b_finer ? *ta : *tb;
        const Index af = ArticleOf(fine), ac = ArticleOf(coarse);
        const std::string how = m.kind == ActorMatch::Joint ? " names more of those who did: " : " names who more precisely: ";
        Add(RelationType::Refines, coarse, fine, {DoerSpan(coarse, tc), DoerSpan(fine, tf)},
            "\u201C" + ev.label + "\u201D: " + VoiceOf(c, c.claims[coarse], af) + " says " + AgentNames(c, tc.agents) + " " +
                std::string(PastTense(family)) + " it; " + VoiceOf(c, c.claims[fine], ac) + how + AgentNames(c, tf.agents) +
                " \u2014 they agree");
        return true;
    }

    void SameEvent(Index ei) {
        const Event& ev = c.events[ei];
        if (ev.claims.size() < 2) return;
        ActorConflicts(ev);
        // Anchor: the claim with the most precise date; every other article relates to it.
        Index anchor = ev.claims[0];
        int64_t best = INT64_MAX;
        for (Index ci : ev.claims) {
            const Index t = EventTimex(ci);
            if (t == kNone) continue;
            const int64_t w = static_cast<int64_t>(c.timexes[t].latest) - c.timexes[t].earliest;
            if (w < best) best = w, anchor = ci;
        }
        std::unordered_set<Index> articles_done{ArticleOf(anchor)};
        size_t n = 0;
        for (Index ci : ev.claims) {
            if (ci == anchor || articles_done.count(ArticleOf(ci))) continue;
            const Claim& a = c.claims[anchor];
            const Claim& b = c.claims[ci];
            const Index ta = EventTimex(anchor), tb = EventTimex(ci);
            const TriggerMention* tra = EventTrigger(anchor);
            const TriggerMention* trb = EventTrigger(ci);
            const bool na = tra && tra->negation.end != 0, nb = trb && trb->negation.end != 0;
            // A report of another act the event's clustering let in says nothing about this one; another claim
            // of its article may still tell the act.
            if (!na && !nb && !SameAct(anchor, tra, ci, trb)) continue;
            if (!articles_done.insert(ArticleOf(ci)).second || ++n > kMaxBlock) continue;
            // One article says the act did not happen — on the same dated occasion, so "will not meet" about a
            // later meeting does not deny an earlier one; an explicit denial ("Moscow denied that …") needs no
            // date of its own: it answers the report, and the event already holds only recent mentions.
            // And only of the same doers' act: "CCR did not meet the requirement" denies no meeting of others,
            // and an act nobody is named for ("were not released") cannot be told apart from another one.
            const bool dated = tra && trb && tra->timex != kNone && trb->timex != kNone;
            const bool denial = (na && IsDenialCue(anchor, *tra) && trb->timex != kNone) || (nb && IsDenialCue(ci, *trb) && tra->timex != kNone);
            const bool open = (na && tra->negation_open) || (nb && trb->negation_open);
            if (na != nb && (dated || denial) && !open && SameDoers(tra, trb)) {
                const Claim& neg = na ? a : b;
                const Claim& pos = na ? b : a;
                const TriggerMention* tn = na ? tra : trb;
                const TriggerMention* tp = na ? trb : tra;
                std::vector<Span> ev_spans{{neg.span.article, tn->negation.start, tn->range.end}};
                if (tp) ev_spans.push_back({pos.span.article, tp->range.start, tp->range.end});
                Add(RelationType::Contradicts, anchor, ci, ev_spans,
                    VoiceOf(c, pos, neg.span.article) + " reports \u201C" + ev.label + "\u201D; " +
                        VoiceOf(c, neg, pos.span.article) + " says it did not happen (" +
                        Quote(c, neg.span.article, {tn->negation.start, tn->range.end}) + ")");
                continue;
            }
            if (na || nb) continue;  // "has not sent" (maybe of another time) never corroborates "sent"
            std::vector<Span> spans;
            if (ta != kNone) spans.push_back(c.timexes[ta].span);
            if (tb != kNone) spans.push_back(c.timexes[tb].span);
            if (ta != kNone && tb != kNone && c.timexes[ta].granularity != c.timexes[tb].granularity) {
                const Timex& fine = c.timexes[ta];
                const Timex& coarse = c.timexes[tb];
                const bool inside = fine.earliest >= coarse.earliest && fine.latest <= coarse.latest;
                if (inside && coarse.latest - coarse.earliest > fine.latest - fine.earliest) {
                    Add(RelationType::Refines, ci, anchor, spans,
                        "\u201C" + ev.label + "\u201D: " + ArticleName(c, coarse.span.article, fine.span.article) + " says " + DateQuote(c, coarse) + ", " +
                            ArticleName(c, fine.span.article, coarse.span.article) + " more precisely " + DateQuote(c, fine) + " \u2014 they agree");
                    continue;
                }
            }
            if (tra && trb && tra->patient != kNone && trb->patient != kNone && tra->patient != trb->patient) continue;  // two acts
            if (ActorRefines(ev, anchor, tra, ci, trb)) continue;
            if (const TriggerMention* t = EventTrigger(anchor)) spans.push_back({a.span.article, t->range.start, t->range.end});
            if (const TriggerMention* t = EventTrigger(ci)) spans.push_back({b.span.article, t->range.start, t->range.end});
            Add(RelationType::Corroborates, anchor, ci, spans,
                ArticleName(c, a.span.article, b.span.article) + " and " + ArticleName(c, b.span.article, a.span.article) + " both report: " + ev.label);
        }
    }

    // The claim's first act that is not a dated document (what MainFamily names), null when none.
    const TriggerMention* MainTrigger(Index claim) const {
        for (const TriggerMention& t : facts[claim].triggers)
            if (!t.object_dated) return &t;
        return nullptr;
    }

    // The noun an amount measures when the words right after it say so: "117 mln dlrs of debt" → "debt",
    // "6.6 billion dlrs of Chrysler Corp securities" → "securities", "a 10.53 billion dlr legal battle" →
    // "legal"… (the word an adjectival "dlr" qualifies); "" when nothing follows.
    std::string_view MeasuredNoun(Index claim, const Quantity& q) const {
        const std::string_view text = c.articles[ArticleOf(claim)].text;
        auto word_at = [&](size_t& p) {
            while (p < text.size() && (text[p] == ' ' || text[p] == '\n')) ++p;
            size_t e = p;
            while (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '-' || text[e] == '.')) ++e;
            while (e > p && text[e - 1] == '.') --e;  // a full stop ends the word, "U.S." keeps its own
            const std::string_view w = text.substr(p, e - p);
            p = e;
            return w;
        };
        size_t p = q.range.end;
        const std::string_view unit = text.substr(q.range.start, q.range.end - q.range.start);
        const bool adjectival = unit.size() >= 4 && unit.substr(unit.size() - 4) == " dlr";  // "a 757 mln dlr deal"
        std::string_view w = word_at(p);
        if (adjectival) return w;
        if (w != "of") return {};
        for (int k = 0; k < 4; ++k) {  // past determiners and names: "of its", "of Chrysler Corp securities"
            w = word_at(p);
            if (w.empty()) return {};
            if (w == "it" || w == "which" || w == "that" || w == "they") return {};
            const bool name = std::isupper(static_cast<unsigned char>(w[0]));
            if (!name && w != "the" && w != "its" && w != "their" && w != "his" && w != "her" && w != "a" && w != "an") return w;
        }
        return {};
    }

    // Two different amounts in one block (one unit, one act or measured word, two shared entities) dispute or
    // refine one figure only when they measure one thing: not two periods ("1987 sales of 700 mln" / "sales
    // of 1.1 billion by 1990"), and not another measure named right after one amount ("117 mln dlrs of
    // debt" beside a price). Equal figures may still corroborate.
    bool SameMeasure(Index x, const Quantity& qx, Index y, const Quantity& qy) const {
        auto periods = [&](Index claim, std::vector<std::pair<Day, Day>>& out) {
            for (Index t : c.claims[claim].timexes) {
                const Timex& tx = c.timexes[t];
                const bool coarse = tx.granularity == Granularity::Month || tx.granularity == Granularity::Quarter ||
                                    tx.granularity == Granularity::Season || tx.granularity == Granularity::Year;
                if (coarse && tx.earliest != kNoDay && tx.latest != kNoDay) out.push_back({tx.earliest, tx.latest});
            }
        };
        std::vector<std::pair<Day, Day>> px, py;
        periods(x, px), periods(y, py);
        if (!px.empty() && !py.empty()) {
            bool overlap = false;
            for (auto [e0, l0] : px)
                for (auto [e1, l1] : py) overlap |= e0 <= l1 && e1 <= l0;
            if (!overlap) return false;
        } else if (!px.empty() || !py.empty()) {
            // One figure is dated to another year or season than its report's ("by 1990", "last fall"), the
            // other to none: that one is of the present, so they are figures of two periods.
            const Day dct = DctOf(px.empty() ? y : x);
            bool now = dct == kNoDay;
            for (auto [e, l] : px.empty() ? py : px) now |= e <= dct && dct <= l;
            if (!now) return false;
        }
        // Measures that are not the act's own figure: a debt, securities, a lawsuit's sum.
        static constexpr std::string_view kOtherMeasure[] = {"debt", "debts", "securities", "shares", "stock", "assets", "loans",
                                                             "sales", "revenue", "revenues", "legal", "lawsuit", "suit", "dispute",
                                                             "battle", "judgment", "damages", "bonds", "notes", "credit", "capital"};
        const std::string_view hx = MeasuredNoun(x, qx), hy = MeasuredNoun(y, qy);
        if (hx == hy) return true;
        for (std::string_view m : kOtherMeasure)
            if (hx == m || hy == m) return false;
        return true;
    }

    bool SameDoerOrTarget(Index x, Index y) const {
        const TriggerMention *tx = MainTrigger(x), *ty = MainTrigger(y);
        if (!tx || !ty) return false;
        if (tx->patient != kNone && tx->patient == ty->patient) return true;
        if (tx->agents[0] == kNone || ty->agents[0] == kNone) return false;
        const ActorMatch::Kind k = CompareAgents(c, homes, tx->agents, ty->agents).kind;
        return k == ActorMatch::Same || k == ActorMatch::PartWhole || k == ActorMatch::Joint;
    }

    // The acts behind two amounts have the same actors as far as the claims tell: not two targets, not rival
    // or swapped doers (the same figure for each would be no corroboration either).
    bool SameActors(Index x, Index y) const {
        const TriggerMention *tx = MainTrigger(x), *ty = MainTrigger(y);
        if (!tx || !ty) return true;
        if (tx->patient != kNone && ty->patient != kNone && tx->patient != ty->patient) return false;
        for (Index e : tx->agents)
            if (e != kNone && e == ty->patient) return false;
        for (Index e : ty->agents)
            if (e != kNone && e == tx->patient) return false;
        return !(tx->agents[0] != kNone && ty->agents[0] != kNone && CompareAgents(c, homes, tx->agents, ty->agents).kind == ActorMatch::Rival);
    }

    void CompareQuantities(Index x, const Quantity& qx, Index y, const Quantity& qy, bool same_measure) {
        const Index ax = ArticleOf(x), ay = ArticleOf(y);
        std::vector<Span> spans{{ax, qx.range.start, qx.range.end}, {ay, qy.range.start, qy.range.end}};
        const std::string sx = Quote(c, ax, qx.range), sy = Quote(c, ay, qy.range);
        const Day dx = DctOf(x), dy = DctOf(y);
        const Day gap = dx != kNoDay && dy != kNoDay ? std::abs(dx - dy) : kEvolveGap;
        const bool far = gap >= kEvolveGap;
        if (!RangesOverlap(qx, qy)) {
            if (!same_measure) return;
            // Different figures for one slot are a dispute only when reported at the same time; weeks apart
            // they are most often two instances (this week's auction, last month's output), and a month or
            // more apart they read as a change.
            if (!far && gap > kSameNewsDays) return;
            // A dispute needs two sources: one source's different figures are its own update or two facts.
            // And figures orders of magnitude apart ("29 dlrs", "265 mln dlrs") measure different things.
            if (std::max(qx.low, qy.low) > 10 * std::max(1.0, std::min(qx.high, qy.high))) return;
            if (!far && SameSource(c.claims[x], c.claims[y])) return;
            // Two exact figures in two reports are usually two facts (two companies' stakes, two auctions);
            // disputes are fought with estimates: "about 10,000", "tens of thousands", "may have sent".
            const bool estimate = qx.vague || qy.vague || c.claims[x].hedged || c.claims[y].hedged;
            if (!far && !estimate) return;
            // A change over time is told about an act counted again ("sent 10,000 troops" … "sent 20,000");
            // a figure merely measured ("debt", "pct") recurs every report and changes by nature.
            if (far && MainFamily(x).empty()) return;
            // And told of the same doer or the same target: two investors' stakes in two companies, filed with
            // the same commission months apart, are two facts, not one figure that changed.
            if (far && !SameDoerOrTarget(x, y)) return;
            if (far) {
                const bool x_first = dx < dy;
                Add(RelationType::Evolves, x_first ? x : y, x_first ? y : x, spans,
                    "The figure changed over time: " + (x_first ? sx : sy) + " (" + FormatIsoDay(std::min(dx, dy)) + ") then " +
                        (x_first ? sy : sx) + " (" + FormatIsoDay(std::max(dx, dy)) + ")");
            } else {
                Add(RelationType::Contradicts, x, y, spans,
                    VoiceOf(c, c.claims[x], ay) + ": " + sx + "; " + VoiceOf(c, c.claims[y], ax) + ": " + sy + " \u2014 " +
                        FormatRange(qx) + " and " + FormatRange(qy) + " cannot both be right");
            }
            return;
        }
        const double wx = qx.high - qx.low, wy = qy.high - qy.low;
        if (std::abs(wx - wy) > 0.25 * std::max(wx, wy) && (wx == 0 || wy == 0 || qx.vague != qy.vague)) {
            if (!same_measure) return;
            const bool x_precise = wx < wy;
            Add(RelationType::Refines, x_precise ? y : x, x_precise ? x : y, spans,
                (x_precise ? sx : sy) + " is a more precise figure within " + (x_precise ? sy : sx));
        } else if (!related.count(PairKey(x, y))) {
            // Two reports already related about their act: that they repeat one of its figures adds nothing.
            Add(RelationType::Corroborates, x, y, spans, ArticleName(c, ax, ay) + " and " + ArticleName(c, ay, ax) + " give the same figure: " + sx + " / " + sy);
        }
    }

    std::string_view MainFamily(Index claim) const { return core::MainFamily(facts, claim); }

    // Amounts of one thing about the same actors (GatherAmounts' blocks), compared pair by pair.
    void Amounts(const RelationInputs& in) {
        for (size_t b = 0; b + 1 < in.block_start.size(); ++b) {
            const RelationInputs::Amount* v = in.amounts.data() + in.block_start[b];
            const size_t size = in.block_start[b + 1] - in.block_start[b];
            for (size_t i = 0; i < size; ++i)
                for (size_t j = i + 1; j < size; ++j) {
                    const Index x = v[i].claim, y = v[j].claim;
                    if (v[i].article == v[j].article) continue;
                    const Quantity& qx = *v[i].q;
                    const Quantity& qy = *v[j].q;
                    if (qx.unit != qy.unit || v[i].slot != v[j].slot) continue;
                    topic = kTopicAmount + (v[i].unit_hash * 31 + v[i].slot_hash) % kTopicAmount;
                    if (Related(x, y)) continue;
                    // Same thing about the same actors: at least two shared entities.
                    int shared = 0;
                    for (Index e : c.claims[x].entities)
                        shared += std::count(c.claims[y].entities.begin(), c.claims[y].entities.end(), e) > 0;
                    if (shared < 2) continue;
                    if (!SameActors(x, y)) continue;
                    CompareQuantities(x, qx, y, qy, SameMeasure(x, qx, y, qy));
                }
        }
    }

    // Two events that are one act told with two different days: the same signing/ratification/approval of
    // the same kind of document by the same doers, dated to the day 3–14 days apart (closer dates already
    // merged into one event). Acts on documents happen once; meetings and launches recur, so they are left out.
    void DateConflicts(Index first_event, const std::vector<std::string_view>& families) {
        struct Dated { Index event, claim, timex; };
        std::unordered_map<uint64_t, size_t> block_of;
        std::vector<std::vector<Dated>> blocks;
        const std::hash<std::string_view> hash;
        for (size_t k = 0; k < families.size(); ++k) {
            if (families[k] != "sign" && families[k] != "ratify" && families[k] != "approve") continue;
            family = families[k];
            const Event& ev = c.events[first_event + static_cast<Index>(k)];
            if (ev.date.granularity != Granularity::Day) continue;
            for (Index ci : ev.claims) {
                const TriggerMention* t = EventTrigger(ci);
                if (!t || t->timex == kNone || t->object.empty() || t->agents[0] == kNone) continue;
                if (c.timexes[t->timex].granularity != Granularity::Day) continue;
                const Index a0 = std::min(t->agents[0], t->agents[1] == kNone ? t->agents[0] : t->agents[1]);
                const Index a1 = std::max(t->agents[0], t->agents[1] == kNone ? t->agents[0] : t->agents[1]);
                const uint64_t key = (hash(families[k]) * 31 + hash(t->object)) * 0x9E3779B97F4A7C15ull ^
                                     (static_cast<uint64_t>(static_cast<uint32_t>(a0)) << 32 | static_cast<uint32_t>(a1));
                const auto [it, fresh] = block_of.try_emplace(key, blocks.size());
                if (fresh) blocks.emplace_back();
                if (blocks[it->second].size() < kMaxBlock) blocks[it->second].push_back({first_event + static_cast<Index>(k), ci, t->timex});
                break;  // one dated mention stands for its event
            }
        }
        for (const auto& v : blocks)
            for (size_t i = 0; i < v.size(); ++i)
                for (size_t j = i + 1; j < v.size(); ++j) {
                    const Timex &tx = c.timexes[v[i].timex], &ty = c.timexes[v[j].timex];
                    const Day gap = std::abs(tx.earliest - ty.earliest);
                    if (v[i].event == v[j].event || gap < 3 || gap > 14 || ArticleOf(v[i].claim) == ArticleOf(v[j].claim)) continue;
                    const Index ax = ArticleOf(v[i].claim), ay = ArticleOf(v[j].claim);
                    Add(RelationType::Contradicts, v[i].claim, v[j].claim, {tx.span, ty.span},
                        "\u201C" + c.events[v[i].event].label + "\u201D: " + ArticleName(c, ax, ay) + " dates it " + DateQuote(c, tx) + ", " +
                            ArticleName(c, ay, ax) + " " + DateQuote(c, ty) + " \u2014 " + std::to_string(gap) + " days apart");
                }
    }

    bool SameWords(Index a, ByteRange x, Index b, ByteRange y) const {
        const std::string_view wx = TextOf(c.articles[a], x.start, x.end), wy = TextOf(c.articles[b], y.start, y.end);
        return wx.size() == wy.size() && std::equal(wx.begin(), wx.end(), wy.begin(), [](char p, char q) { return (p | 0x20) == (q | 0x20); });
    }

    // What a claim reacts to: its entities and its article lead's, but not the one reacting nor a speaker.
    // Reactions to one matter share at least two of these ("North Korea" and "Russia" for their treaty).
    void Topics(Index claim, Index subject, std::vector<Index>& out) const {
        const Claim& k = c.claims[claim];
        const Index lead = lead_claim[k.span.article];
        for (const Claim* x : {&k, lead != kNone ? &c.claims[lead] : &k})
            for (Index e : x->entities)
                if (e != subject && e != x->attribution.speaker) out.push_back(e);
    }
    bool SharedTopic(Index a, Index b, Index subject) const {
        std::vector<Index> ta, tb;
        Topics(a, subject, ta), Topics(b, subject, tb);
        std::sort(ta.begin(), ta.end()), std::sort(tb.begin(), tb.end());
        ta.erase(std::unique(ta.begin(), ta.end()), ta.end()), tb.erase(std::unique(tb.begin(), tb.end()), tb.end());
        // Two names in common: one ("the United States", "Japan") is in half of all trade news.
        int shared = 0;
        for (Index e : ta) shared += std::binary_search(tb.begin(), tb.end(), e);
        return shared >= 2;
    }

    void Stances(const RelationInputs& in) {
        for (const auto& [subject, v] : in.stances) {
            // One relation per (earlier article, later article) pair ≥ 30 days apart: first stance of each.
            std::unordered_set<uint64_t> article_pairs;
            for (size_t i = 0; i < v.size(); ++i)
                for (size_t j = i + 1; j < v.size(); ++j) {
                    const Day di = DctOf(v[i]), dj = DctOf(v[j]);
                    if (di == kNoDay || dj == kNoDay || dj - di < kEvolveGap) continue;
                    const Index ai = ArticleOf(v[i]), aj = ArticleOf(v[j]);
                    if (!article_pairs.insert(PairKey(ai, aj)).second) continue;
                    const ByteRange si = facts[v[i]].stance, sj = facts[v[j]].stance;
                    // The same reaction again is no change, and a reaction to something else is no change of this
                    // one: both must be about something in common (the sentence's other names, or its article's
                    // lead when it names none — "remains cautious about the new alliance").
                    if (SameWords(ai, si, aj, sj) || !SharedTopic(v[i], v[j], subject)) continue;
                    Add(RelationType::Evolves, v[i], v[j], {{ai, si.start, si.end}, {aj, sj.start, sj.end}},
                        c.entities[subject].name + "\u2019s reaction changed: " + Quote(c, ai, si) + " (" + ArticleName(c, ai, aj) + ", " +
                            FormatIsoDay(di) + ") \u2192 " + Quote(c, aj, sj) + " (" + ArticleName(c, aj, ai) + ", " + FormatIsoDay(dj) + ")");
                }
        }
    }
};

}  // namespace

RelationInputs PrepareRelations(const Corpus& corpus, const std::vector<ClaimFacts>& facts, Index first_claim) {
    RelationInputs in;
    GatherAmounts(corpus, facts, first_claim, in);
    GatherStances(corpus, facts, first_claim, in);
    in.first_claim = first_claim;
    in.ready = true;
    return in;
}

void FindRelations(Corpus& corpus, const std::vector<ClaimFacts>& facts, Index first_claim, Index first_event,
                   const std::vector<std::string_view>& families, const ActorHomes& homes, const RelationInputs* prepared) {
    RelationInputs own;
    const RelationInputs* in = prepared;
    if (!in || !in->ready || in->first_claim != first_claim) own = PrepareRelations(corpus, facts, first_claim), in = &own;
    Builder b{corpus, facts, homes, {}, {}, {}, {}, 0};
    b.lead_claim.assign(corpus.articles.size(), kNone);
    for (Index ci = static_cast<Index>(corpus.claims.size()); ci-- > first_claim;) b.lead_claim[corpus.claims[ci].span.article] = ci;
    for (const Relation& r : corpus.relations)  // curated relations win: no extracted duplicate
        if (r.claims.size() == 2) b.curated.insert(Builder::PairKey(r.claims[0], r.claims[1]));
    for (size_t k = 0; k < families.size(); ++k) {
        b.family = families[k];
        b.topic = static_cast<uint64_t>(first_event) + k;
        b.SameEvent(first_event + static_cast<Index>(k));
    }
    b.topic = kTopicDates;
    b.DateConflicts(first_event, families);
    b.Amounts(*in);
    b.topic = kTopicStance;
    b.Stances(*in);
}

}  // namespace core
