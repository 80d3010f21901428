#include "claims.hpp"

#include <algorithm>
#include <string>

#include "event_lexicon.hpp"

namespace core {

namespace {

std::string_view Surf(std::string_view text, const Token& t) { return text.substr(t.start, t.end - t.start); }

bool Dated(const Timex& t) {
    return (t.type == TimexType::Date || t.type == TimexType::Time) && t.earliest != kNoDay && t.latest != kNoDay;
}

// Is the text between a and b (a <= b) only words from `allowed` and spaces?
bool OnlyGlue(std::string_view text, uint32_t a, uint32_t b) {
    if (b < a || b - a > 12) return false;
    std::string_view g = text.substr(a, b - a);
    std::string l;
    LowerInto(g, l);
    return l == " " || l == " from the " || l == " from " || l == " of " || l == " of the " || l == "";
}

struct SentenceWork {
    std::vector<Token> toks;
    std::vector<std::string> low;
    std::vector<const WordClass*> word;  // ClassifyWord of each token (nullptr: nothing known)
    std::vector<const EntityMention*> mentions;
    std::vector<Index> timexes;
};

// Finds triggers, their objects and anchoring timexes (see claims.hpp / events.hpp for the rules).
void FindTriggers(const Corpus& corpus, std::string_view text, SentenceWork& w, ClaimFacts& f) {
    const size_t n = w.toks.size();
    std::vector<std::pair<size_t, std::string_view>> objects;  // token index, class
    for (size_t i = 0; i < n; ++i)
        if (w.word[i] && !w.word[i]->object.empty()) objects.push_back({i, w.word[i]->object});
    // Timexes that date an object ("a 1961 treaty", "an agreement from the 1960s") describe that object.
    std::vector<bool> used(w.timexes.size(), false);
    for (size_t t = 0; t < w.timexes.size(); ++t) {
        const Timex& tx = corpus.timexes[w.timexes[t]];
        for (auto [oi, cls] : objects) {
            const Token& o = w.toks[oi];
            if ((tx.span.end <= o.start && OnlyGlue(text, tx.span.end, o.start)) ||
                (o.end <= tx.span.start && OnlyGlue(text, o.end, tx.span.start) && o.end != tx.span.start)) {
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
    std::vector<size_t> trig_tok;
    for (size_t i = 0; i < n; ++i) {
        const TriggerFamily* fam = w.word[i] ? w.word[i]->trigger : nullptr;
        if (!fam) continue;
        TriggerMention tm;
        tm.range = {w.toks[i].start, w.toks[i].end};
        tm.family = fam->family;
        // Object: the nearest object noun within 8 tokens (after first: "signed the treaty"), for acts on documents.
        const bool takes_object = tm.family == "sign" || tm.family == "ratify" || tm.family == "approve" ||
                                  tm.family == "revive" || tm.family == "expire";
        size_t best = SIZE_MAX, dist = 9;
        for (auto [oi, cls] : objects) {
            const size_t d = oi > i ? oi - i : (i - oi) + 1;
            if (d < dist) dist = d, best = oi;
        }
        if (!takes_object) {
        } else if (best != SIZE_MAX && best != i) {
            tm.object = w.word[best] ? w.word[best]->object : std::string_view();
            tm.object_range = {w.toks[best].start, w.toks[best].end};
        } else if (best == i) {
            tm.object = w.word[best] ? w.word[best]->object : std::string_view();
        }
        f.triggers.push_back(tm);
        trig_tok.push_back(i);
    }
    // Anchoring, pass 1: a timex in the same clause (no comma between), following first, then preceding.
    auto comma_between = [&](uint32_t a, uint32_t b) {
        for (size_t k = 0; k < n; ++k)
            if (w.toks[k].start >= a && w.toks[k].end <= b && (Surf(text, w.toks[k]) == "," || Surf(text, w.toks[k]) == ";"))
                return true;
        return false;
    };
    for (int pass = 0; pass < 3; ++pass) {
        for (size_t k = first_regular; k < f.triggers.size(); ++k) {
            TriggerMention& tm = f.triggers[k];
            if (tm.timex != kNone) continue;
            size_t pick = SIZE_MAX;
            uint32_t best = UINT32_MAX;
            for (size_t t = 0; t < w.timexes.size(); ++t) {
                if (used[t]) continue;
                const Timex& tx = corpus.timexes[w.timexes[t]];
                const bool after = tx.span.start >= tm.range.end;
                const uint32_t d = after ? tx.span.start - tm.range.end : tm.range.start - std::min(tm.range.start, tx.span.end);
                // In-clause anchoring also needs no other trigger in between ("revives … expired … in 1991").
                auto trigger_between = [&](uint32_t a0, uint32_t b0) {
                    for (size_t o = first_regular; o < f.triggers.size(); ++o)
                        if (o != k && f.triggers[o].range.start >= a0 && f.triggers[o].range.end <= b0) return true;
                    return false;
                };
                const bool ok = pass == 0   ? after && !comma_between(tm.range.end, tx.span.start) && !trigger_between(tm.range.end, tx.span.start)
                                : pass == 1 ? !after && !comma_between(tx.span.end, tm.range.start) && !trigger_between(tx.span.end, tm.range.start)
                                            : true;
                if (ok && d < best) best = d, pick = t;
            }
            if (pick != SIZE_MAX) tm.timex = w.timexes[pick], used[pick] = true;
        }
    }
}

}  // namespace

void ExtractClaims(Corpus& corpus, Index article, const TextStructure& ts,
                   const std::vector<EntityMention>& mentions, std::vector<ClaimFacts>& facts) {
    const Article& a = corpus.articles[article];
    const std::string_view text = a.text;
    // The article's dated timexes, in text order (corpus.timexes is sorted by (article, start)).
    std::vector<Index> art_timexes;
    const auto first = std::lower_bound(corpus.timexes.begin(), corpus.timexes.end(), article,
                                        [](const Timex& t, Index a) { return t.span.article < a; });
    for (auto it = first; it != corpus.timexes.end() && it->span.article == article; ++it)
        art_timexes.push_back(static_cast<Index>(it - corpus.timexes.begin()));
    SentenceWork w;
    size_t mi = 0, ti = 0;
    Attribution previous;
    bool have_previous = false;
    int number = 0;
    for (const Sentence& s : ts.sentences) {
        w.toks.clear();
        w.mentions.clear();
        w.timexes.clear();
        while (mi < mentions.size() && mentions[mi].range.start < s.range.start) ++mi;
        for (size_t k = mi; k < mentions.size() && mentions[k].range.start < s.range.end; ++k)
            if (mentions[k].range.end <= s.range.end) w.mentions.push_back(&mentions[k]);
        while (ti < art_timexes.size() && corpus.timexes[art_timexes[ti]].span.start < s.range.start) ++ti;
        for (size_t k = ti; k < art_timexes.size() && corpus.timexes[art_timexes[k]].span.start < s.range.end; ++k)
            if (Dated(corpus.timexes[art_timexes[k]])) w.timexes.push_back(art_timexes[k]);
        if (s.headline) continue;
        Tokenize(text, s.range, w.toks);
        const size_t n = w.toks.size();
        int words = 0;
        if (w.low.size() < n) w.low.resize(n);  // reused buffers: no allocation per sentence once warm
        w.word.assign(n, nullptr);
        for (size_t i = 0; i < n; ++i) {
            if (w.toks[i].Is(kTokWord)) {
                LowerInto(Surf(text, w.toks[i]), w.low[i]);
                w.word[i] = ClassifyWord(w.low[i]);
                ++words;
            } else {
                w.low[i].clear();
            }
        }
        if (words < 6) continue;

        ClaimFacts f;
        FindTriggers(corpus, text, w, f);
        f.quantities = FindQuantities(text, w.toks, &w.low);
        Claim c;
        float certainty = 1.0f;
        for (size_t i = 0; i < n; ++i) {
            if (w.low[i].empty()) continue;
            const WordClass* wc = w.word[i];
            if (wc && wc->hedge > 0) {
                if (!c.hedged) c.hedged = true, c.hedge_cue.assign(Surf(text, w.toks[i]));
                certainty = std::min(certainty, wc->hedge);
            }
            if (!c.negated && IsNegationWord(w.low[i]) && !(w.low[i] == "not" && i + 1 < n && w.low[i + 1] == "only")) {
                c.negated = true;
                f.negation = {w.toks[i].start, w.toks[i].end};
            }
            if (f.stance.end == 0 && wc && wc->stance) f.stance = {w.toks[i].start, w.toks[i].end};
        }
        const std::vector<QuoteSpan> quotes = FindQuotes(text, w.toks);
        c.attribution = AttributeSentence(text, w.toks, w.low, w.mentions, article, have_previous ? &previous : nullptr, s.in_quote);
        previous = c.attribution;  // every sentence, kept or not, can be the antecedent of "it said"
        have_previous = true;
        int entities = 0;
        for (const EntityMention* m : w.mentions) {
            if (m->entity == kNone) continue;
            if (std::find(c.entities.begin(), c.entities.end(), m->entity) == c.entities.end()) {
                c.entities.push_back(m->entity);
                ++entities;
            }
            if (f.subject == kNone) f.subject = m->entity, f.subject_start = m->range.start;
        }
        const bool has_quote = !quotes.empty() && quotes.front().words >= 4;
        const bool has_trigger = std::any_of(f.triggers.begin(), f.triggers.end(), [](const TriggerMention& t) { return !t.object_dated; });
        const int score = 2 * !w.timexes.empty() + 2 * !f.quantities.empty() + 2 * has_trigger + std::min(entities, 2) +
                          2 * has_quote + !c.attribution.outlet_voice + (f.stance.end != 0);
        if (score < 3 && !(score >= 2 && entities >= 1)) continue;
        const bool named_quote = has_quote && !c.attribution.outlet_voice;
        if (entities == 0 && w.timexes.empty() && f.quantities.empty() && !named_quote) continue;  // nothing to check

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
        c.id = "c:" + a.id + ":" + std::to_string(++number);
        c.provenance = Provenance::Extracted;
        corpus.claims.push_back(std::move(c));
        facts.resize(corpus.claims.size());
        facts.back() = std::move(f);
    }
    facts.resize(corpus.claims.size());
}

}  // namespace core
