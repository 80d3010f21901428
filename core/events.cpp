#include "events.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

#include "actors.hpp"
#include "event_lexicon.hpp"

namespace core {

namespace {

constexpr Day kSlackDays = 2;           // "Monday" vs "on Tuesday" (report date) still agree
constexpr Day kRecentDays = 45;         // an undated past-tense report refers to the last ~6 weeks
constexpr size_t kMaxScan = 64;         // clusters compared per mention (blocking bound)
constexpr Day kMaxEventDays = 3700;     // an act dated only to a span longer than ~10 years is not placed

struct Mention {
    Index claim;
    const TriggerMention* trigger;
    Day earliest = kNoDay, latest = kNoDay;
};

struct Cluster {
    std::string_view family, object;
    bool object_dated = false;
    Day earliest, latest;               // intersection of the mentions' intervals
    Index best_timex;                   // the most precise anchoring timex
    std::vector<Index> claims;
    std::vector<Index> participants;    // union of the claims' entities
    std::vector<Index> agents;          // who does it, one entry per mention that names them (for votes)
    std::vector<Index> patients;        // whom it is done to, as the mentions name them
    std::vector<std::pair<Index, const TriggerMention*>> triggers;   // (claim, trigger) of each mention
    bool merged = false;                // absorbed into another cluster (a decree that ratifies)
};

// The lower-case words just before byte `pos` in its clause, nearest first (up to `n`; a comma, semicolon,
// full stop, colon or quote ends the clause).
size_t WordsBefore(std::string_view text, size_t pos, std::string_view* out, size_t n) {
    size_t k = 0;
    while (k < n && pos > 0) {
        const char ch = text[pos - 1];
        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') { --pos; continue; }
        const bool letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '\'' || ch == '-';
        if (!letter) break;
        size_t b = pos;
        while (b > 0 && ((text[b - 1] >= 'a' && text[b - 1] <= 'z') || (text[b - 1] >= 'A' && text[b - 1] <= 'Z') || text[b - 1] == '\'' || text[b - 1] == '-')) --b;
        out[k++] = text.substr(b, pos - b);
        pos = b;
    }
    return k;
}

bool EqualsLower(std::string_view w, std::string_view lower) {
    return w.size() == lower.size() && std::equal(w.begin(), w.end(), lower.begin(), [](char a, char b) { return (a | 0x20) == b; });
}

// Whether a trigger tells an act that happened or is set to happen — not the noun "sign" ("signs of
// weakness", "amid signs officials…", "a sign of confidence") and not an act named only as a condition, a
// need or a plan nobody has ("subject to shareholder approval", "pending approval", "if approved", "no plans
// for an emergency meeting", "without another meeting"). Such words put nothing on the timeline, and two of
// them in two stories would "both report" an act neither reports.
bool TellsAnAct(std::string_view text, const TriggerMention& t) {
    const std::string_view word = text.substr(t.range.start, t.range.end - t.range.start);
    std::string_view before[6];
    const size_t nb = WordsBefore(text, t.range.start, before, 6);
    // "sign up" (to enrol) is no signing of anything.
    if (t.family == "sign" && !t.object_dated) {
        size_t after = t.range.end;
        while (after < text.size() && text[after] == ' ') ++after;
        if (after + 2 <= text.size() && EqualsLower(text.substr(after, 2), "up") &&
            (after + 2 == text.size() || !std::isalpha(static_cast<unsigned char>(text[after + 2]))))
            return false;
    }
    if (t.family == "sign" && (EqualsLower(word, "sign") || EqualsLower(word, "signs"))) {
        size_t after = t.range.end;
        while (after < text.size() && (text[after] == ' ' || text[after] == '\n')) ++after;
        size_t e = after;
        while (e < text.size() && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z'))) ++e;
        const std::string_view next = text.substr(after, e - after);
        if (EqualsLower(next, "of") || EqualsLower(next, "that")) return false;
        static constexpr std::string_view kNounLead[] = {"a", "an", "the", "no", "any", "some", "few", "little", "more", "amid",
                                                         "first", "clear", "strong", "early", "positive", "good", "new", "further"};
        for (std::string_view l : kNounLead)
            if (nb > 0 && EqualsLower(before[0], l)) return false;
    }
    // "approval rating", "41 pct approved of the way Reagan was doing his job": an opinion polled, no act.
    if (t.family == "approve") {
        size_t after = t.range.end;
        while (after < text.size() && (text[after] == ' ' || text[after] == '\n')) ++after;
        size_t e = after;
        while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
        const std::string_view next = text.substr(after, e - after);
        if (EqualsLower(next, "rating") || EqualsLower(next, "ratings")) return false;
        const bool verb = word.size() >= 7 && EqualsLower(word.substr(0, 7), "approve");  // not "approval of the merger"
        if (verb && EqualsLower(next, "of")) return false;
        // "42 pct of those surveyed approved Reagan's handling of his job".
        for (std::string_view l : {"pct", "percent", "surveyed", "polled", "respondents"})
            if (verb && nb > 0 && EqualsLower(before[0], l)) return false;
    }
    // "meet demand", "met its targets": to satisfy, not to gather.
    if (t.family == "meet" && !EqualsLower(word, "meeting") && !EqualsLower(word, "meetings") && !EqualsLower(word, "summit")) {
        // The object noun phrase, up to five words ("meet four pct economic growth targets", "meet its
        // financial obligations"), ends at punctuation or a preposition.
        size_t p = t.range.end;
        for (int w = 0; w < 5; ++w) {
            while (p < text.size() && (text[p] == ' ' || text[p] == '\n')) ++p;
            size_t e = p;
            while (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '-')) ++e;
            if (e == p) break;
            const std::string_view next = text.substr(p, e - p);
            static constexpr std::string_view kSatisfied[] = {
                "demand", "demands", "requirement", "requirements", "target", "targets", "need", "needs", "obligations",
                "expectations", "criteria", "standards", "conditions", "deadline", "payments", "repayments", "costs",
                "commitments", "quota", "quotas", "goal", "goals", "complaints", "forecasts", "estimates", "debts",
                "challenge", "terms"};
            for (std::string_view l : kSatisfied)
                if (EqualsLower(next, l)) return false;
            static constexpr std::string_view kPreposition[] = {"with", "in", "on", "at", "to", "for", "from", "by", "and", "later", "today"};
            bool stop = false;
            for (std::string_view l : kPreposition) stop |= EqualsLower(next, l);
            if (stop) break;
            p = e;
        }
    }
    static constexpr std::string_view kCondition[] = {"subject", "pending", "conditional", "if", "unless", "whether",
                                                      "without", "require", "requires", "required", "requiring",
                                                      "need", "needs", "seek", "seeks", "seeking", "sought", "awaiting"};
    for (size_t i = 0; i < nb && i < 4; ++i)
        for (std::string_view l : kCondition)
            if (EqualsLower(before[i], l)) return false;
    // "no plans for an emergency OPEC meeting", "no need for a meeting": a "no" that governs the noun phrase.
    for (size_t i = 0; i + 1 < nb; ++i)
        if (EqualsLower(before[i + 1], "no") && (EqualsLower(before[i], "plans") || EqualsLower(before[i], "plan") ||
                                                  EqualsLower(before[i], "need") || EqualsLower(before[i], "intention")))
            return false;
    // "ruled out congressional approval of another bill": an act said not to come.
    for (size_t i = 0; i + 1 < nb && i < 3; ++i)
        if (EqualsLower(before[i], "out") && (EqualsLower(before[i + 1], "ruled") || EqualsLower(before[i + 1], "rule") ||
                                              EqualsLower(before[i + 1], "rules") || EqualsLower(before[i + 1], "ruling")))
            return false;
    return true;
}

bool SharesParticipant(const std::vector<Index>& a, const std::vector<Index>& b) {
    for (Index x : a)
        if (std::find(b.begin(), b.end(), x) != b.end()) return true;
    return false;
}

bool HasArticle(const Corpus& c, const std::vector<Index>& claims, Index article) {
    for (Index ci : claims)
        if (c.claims[ci].span.article == article) return true;
    return false;
}

std::vector<Index> Participants(const Corpus& c, const Claim& claim) {
    std::vector<Index> out;
    for (Index e : claim.entities) {
        if (e == claim.attribution.speaker) continue;
        const Entity& ent = c.entities[e];
        if (ent.kind == EntityKind::Document) continue;
        out.push_back(e);
    }
    return out;
}

// Whether two names are one doer that coreference kept apart: a name and its longer form ("Piedmont" /
// "Piedmont Aviation Inc"), or an acronym and what it stands for ("ICO" / "International Coffee Organization").
bool OneName(const std::string& a, const std::string& b) {
    const std::string x = NormalizeNameKey(a), y = NormalizeNameKey(b);
    const std::string& shorter = x.size() <= y.size() ? x : y;
    const std::string& longer = x.size() <= y.size() ? y : x;
    if (shorter.empty()) return false;
    if (longer.compare(0, shorter.size(), shorter) == 0 && (longer.size() == shorter.size() || longer[shorter.size()] == ' ')) return true;
    if (shorter.find(' ') != std::string::npos || shorter.size() < 2) return false;
    std::string initials;
    for (size_t i = 0; i < longer.size(); ++i)
        if (i == 0 || longer[i - 1] == ' ') {
            const std::string_view rest = std::string_view(longer).substr(i);
            if (rest.rfind("of ", 0) != 0 && rest.rfind("and ", 0) != 0 && rest.rfind("the ", 0) != 0) initials += longer[i];
        }
    return initials == shorter;
}

std::string JoinNames(std::vector<std::string>& names) {
    if (names.size() == 2 && OneName(names[0], names[1])) names = {names[0].size() >= names[1].size() ? names[0] : names[1]};
    if (names.size() == 1) return names[0];
    return names[0] + " and " + names[1];
}

// What a mention's sentence calls the object, for the label: "grain deal" in "signed the grain deal",
// "pact" in "the pact, signed in June" — never the class name ("treaty") the text may not contain. Words
// between the trigger and the noun count only when they are plain words (no preposition, figure or
// punctuation: "signed with Kyiv a deal" gives "deal"); a leading determiner or possessive is dropped.
std::string ObjectPhrase(std::string_view text, const TriggerMention& t) {
    if (t.object_range.end <= t.object_range.start) return {};
    std::string noun(text.substr(t.object_range.start, t.object_range.end - t.object_range.start));
    for (char& ch : noun) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (t.object_range.start < t.range.end || t.object_is_result) return noun;
    const std::string_view between = text.substr(t.range.end, t.object_range.start - t.range.end);
    std::vector<std::string_view> words;
    size_t p = 0;
    while (p < between.size()) {
        const char ch = between[p];
        if (ch == ' ') { ++p; continue; }
        if (!std::isalpha(static_cast<unsigned char>(ch))) return noun;
        size_t e = p;
        while (e < between.size() && (std::isalpha(static_cast<unsigned char>(between[e])) || between[e] == '-')) ++e;
        words.push_back(between.substr(p, e - p));
        p = e;
    }
    static constexpr std::string_view kDeterminer[] = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "another"};
    static constexpr std::string_view kStop[] = {"with", "in", "on", "at", "to", "for", "from", "by", "and", "or", "into", "of",
                                                 "it", "them", "which", "that", "as", "off", "up", "last", "this", "next"};
    size_t first = 0;
    for (std::string_view d : kDeterminer)
        if (!words.empty() && EqualsLower(words[0], d)) first = 1;
    if (words.size() - first > 3) return noun;
    std::string phrase;
    for (size_t i = first; i < words.size(); ++i) {
        for (std::string_view l : kStop)
            if (EqualsLower(words[i], l)) return noun;
        phrase += std::string(words[i]) + ' ';
    }
    return phrase + noun;
}

// The cluster's object as its mentions word it: the fullest phrase among the mentions of its object class.
// When the act makes its object ("signing it into law"), only such mentions word it: another mention's
// object is what was signed ("the bill").
std::string ObjectWords(const Corpus& c, const Cluster& k, bool result) {
    std::string best;
    for (auto [ci, t] : k.triggers) {
        if (t->object != k.object || t->object_is_result != result) continue;
        const std::string p = ObjectPhrase(c.articles[c.claims[ci].span.article].text, *t);
        if (p.size() > best.size()) best = p;
    }
    return best.empty() ? std::string(k.object) : best;
}

// A label for an act no report names a doer of: a plain true phrase ("A meeting", "The treaty is signed",
// "The treaty expires"), never "Someone meets"; "" for a family without one.
std::string UnnamedAct(std::string_view family, std::string_view object) {
    if (!object.empty()) {
        const std::string what = "The " + std::string(object);
        if (family == "expire" || family == "collapse") return what + (family == "expire" ? " expires" : " collapses");
        if (family == "sign" || family == "ratify" || family == "approve" || family == "release") return what + " is " + std::string(PastTense(family));
    }
    static constexpr std::pair<std::string_view, std::string_view> kNoun[] = {
        {"meet", "A meeting"},     {"approve", "An approval"},      {"release", "A release"},   {"acquire", "An acquisition"},
        {"expire", "An expiry"},   {"merge", "A merger"},           {"collapse", "A collapse"}, {"sign", "A signing"},
        {"ratify", "A ratification"}, {"launch", "A launch"},       {"deploy", "A sending"},    {"attack", "An attack"},
        {"invade", "An invasion"}, {"test", "A test"},              {"resign", "A resignation"}, {"elect", "An election"},
        {"sanction", "Sanctions"}, {"revive", "A revival"}};
    for (auto [f, noun] : kNoun)
        if (f == family) return std::string(noun);
    return {};
}

// Whether a sending is of forces: a mention's sentence names troops, soldiers, warships… ("sent a telex",
// "sent Reagan a letter" and "sent to Congress a bill" are sendings too, but no deployment).
bool NamesForces(const Corpus& c, const Cluster& k) {
    static constexpr std::string_view kForces[] = {"troops", "soldiers", "forces", "personnel", "marines", "warships",
                                                   "battalion", "brigade", "peacekeepers", "military advisers", "units"};
    for (Index ci : k.claims) {
        const Claim& cl = c.claims[ci];
        const std::string_view s = std::string_view(c.articles[cl.span.article].text).substr(cl.span.start, cl.span.end - cl.span.start);
        for (std::string_view w : kForces)
            if (s.find(w) != std::string_view::npos) return true;
    }
    return false;
}

std::string Label(const Corpus& c, const Cluster& k) {
    if (k.object_dated) {
        const Timex& t = c.timexes[k.best_timex];
        const std::string_view when = c.articles[t.span.article].text;
        return "The " + ObjectWords(c, k, false) + " of " + std::string(when.substr(t.span.start, t.span.end - t.span.start));
    }
    // Who does it: the agents the mentions name, most often named first, people before countries; else the
    // most frequent participants.
    std::unordered_map<Index, int> count;
    for (Index e : k.agents) ++count[e];
    if (count.empty())
        for (Index ci : k.claims)
            for (Index e : c.claims[ci].entities) ++count[e];
    // Two names only when one mention names both ("Putin and Kim signed"); else the most often named one.
    bool pair = false;
    for (auto [ci, t] : k.triggers) pair |= t->agents[1] != kNone;
    auto top = [&](bool people) {
        std::vector<std::pair<int, Index>> v;
        for (auto [e, n] : count) {
            const EntityKind kind = c.entities[e].kind;
            if ((kind == EntityKind::Person) != people || kind == EntityKind::Document) continue;
            v.push_back({-n, e});
        }
        std::sort(v.begin(), v.end());
        std::vector<std::string> names;
        const size_t most = k.agents.empty() || pair ? 2 : 1;
        for (size_t i = 0; i < v.size() && names.size() < most; ++i) names.push_back(c.entities[v[i].second].name);
        return names;
    };
    // Nobody acts in a nominal event ("the collapse of the Soviet Union"): name it by its "of" phrase.
    if (k.agents.empty()) {
        for (auto [ci, t] : k.triggers) {
            if (t->of_phrase.end == 0) continue;
            const std::string_view text = c.articles[c.claims[ci].span.article].text;
            std::string noun(text.substr(t->range.start, t->range.end - t->range.start));
            if (!noun.empty() && noun[0] >= 'a' && noun[0] <= 'z') noun[0] = static_cast<char>(noun[0] - 'a' + 'A');
            return noun + " of " + std::string(text.substr(t->of_phrase.start, t->of_phrase.end - t->of_phrase.start));
        }
    }
    std::vector<std::string> names = top(true);
    // No people: the two doers one mention names together ("the State Duma and the Federation Council"),
    // not two names from different mentions that may be the same doer ("Russia", "the State Duma").
    for (auto [ci, t] : k.triggers)
        if (names.empty() && t->agents[1] != kNone && c.entities[t->agents[0]].kind != EntityKind::Person &&
            c.entities[t->agents[1]].kind != EntityKind::Person)
            names = {c.entities[t->agents[0]].name, c.entities[t->agents[1]].name};
    if (names.empty()) names = top(false);
    // Nothing expires by anyone's hand: "an offer for Rexnord expired" names Rexnord, no doer.
    if (k.family == "expire") names.clear();
    const TriggerFamily* f = FindFamily(k.family);
    const bool result = std::any_of(k.triggers.begin(), k.triggers.end(), [](const auto& t) { return t.second->object_is_result; });
    const std::string object = k.object.empty() ? std::string() : ObjectWords(c, k, result);
    std::string label = names.empty() ? UnnamedAct(k.family, result ? std::string_view() : std::string_view(object)) : std::string();
    if (label.empty()) {
        const std::string who = names.empty() ? std::string("Someone") : JoinNames(names);
        label = who + ' ';
        if (k.family == "deploy" && !NamesForces(c, k)) label += names.size() >= 2 ? "send" : "sends";  // a letter, a telex, a bill
        else label += names.size() >= 2 ? (f ? f->plural : k.family) : (f ? f->singular : k.family);
        if (!k.object.empty()) label += (result ? " it into " : " the ") + object;
    }
    // A place the sentences put the event in: "in Pyongyang".
    for (Index ci : k.claims) {
        const Claim& cl = c.claims[ci];
        const std::string_view s = std::string_view(c.articles[cl.span.article].text).substr(cl.span.start, cl.span.end - cl.span.start);
        for (Index e : cl.entities) {
            const Entity& ent = c.entities[e];
            if (e == cl.attribution.speaker) continue;  // "officials in Seoul said": where the speaker is
            if (ent.kind != EntityKind::Place || std::find(names.begin(), names.end(), ent.name) != names.end()) continue;
            if (s.find("in " + ent.name) != std::string_view::npos) return label + " in " + ent.name;
        }
    }
    return label;
}

}  // namespace

std::vector<std::string_view> BuildEvents(Corpus& corpus, const std::vector<ClaimFacts>& facts, Index first_claim) {
    std::vector<std::string_view> families;
    std::vector<Mention> dated, undated;
    for (Index ci = first_claim; ci < static_cast<Index>(corpus.claims.size()) && ci < static_cast<Index>(facts.size()); ++ci) {
        // Most claims report no act: their facts say so without reading the (larger) claim itself.
        if (facts[ci].triggers.empty() || corpus.claims[ci].provenance != Provenance::Extracted) continue;
        const std::string_view text = corpus.articles[corpus.claims[ci].span.article].text;
        for (const TriggerMention& t : facts[ci].triggers) {
            if (!t.object_dated && !TellsAnAct(text, t)) continue;
            Mention m{ci, &t};
            if (t.timex != kNone) {
                const Timex& tx = corpus.timexes[t.timex];
                // "the only country to have tested a nuclear weapon in this century" characterises; it does
                // not put a happening on a timeline. Documents keep coarse dates: they are named by them.
                if (!t.object_dated && (tx.granularity == Granularity::Century || tx.latest - tx.earliest > kMaxEventDays)) continue;
                m.earliest = tx.earliest, m.latest = tx.latest;
                dated.push_back(m);
            } else if (!t.object_dated) {
                undated.push_back(m);
            }
        }
    }
    // Most precise first, so each cluster is seeded by its best date.
    std::stable_sort(dated.begin(), dated.end(), [](const Mention& a, const Mention& b) {
        return static_cast<int64_t>(a.latest) - a.earliest < static_cast<int64_t>(b.latest) - b.earliest;
    });
    std::vector<Cluster> clusters;
    std::unordered_map<std::string_view, std::vector<size_t>> by_family;
    // Objects separate acts only for signing ("signed the decree" ≠ "signed the treaty"); a ratification
    // "as a decree" and "of the treaty" is the same act.
    auto compatible_object = [](std::string_view a, std::string_view b) { return a.empty() || b.empty() || a == b; };
    // "Iraq attacked Iran" is not the attack "Iran attacked Iraq" told again: nobody does it to whom the
    // cluster has doing it, nor is done to by whom the cluster has it done to.
    auto swapped = [](const Cluster& k, const Mention& m) {
        const TriggerMention& t = *m.trigger;
        for (Index e : t.agents)
            if (e != kNone && std::find(k.patients.begin(), k.patients.end(), e) != k.patients.end()) return true;
        return t.patient != kNone && std::find(k.agents.begin(), k.agents.end(), t.patient) != k.agents.end();
    };
    auto compatible = [&](const Cluster& k, const Mention& m) {
        return (k.family != "sign" || compatible_object(k.object, m.trigger->object)) && !swapped(k, m);
    };
    auto add = [&](Cluster& k, const Mention& m) {
        k.triggers.push_back({m.claim, m.trigger});
        for (Index e : m.trigger->agents)
            if (e != kNone) k.agents.push_back(e);
        if (m.trigger->patient != kNone) k.patients.push_back(m.trigger->patient);
        if (std::find(k.claims.begin(), k.claims.end(), m.claim) != k.claims.end()) return;
        k.claims.push_back(m.claim);
        for (Index e : Participants(corpus, corpus.claims[m.claim]))
            if (std::find(k.participants.begin(), k.participants.end(), e) == k.participants.end()) k.participants.push_back(e);
        if (k.object.empty()) k.object = m.trigger->object;
    };
    auto overlaps = [](Day e0, Day l0, Day e1, Day l1) { return e0 <= l1 + kSlackDays && e1 <= l0 + kSlackDays; };
    // Each article's lead (its first claim): a sentence that names nobody ("The treaty, signed in June, …")
    // continues its article's story and is matched by the lead's participants — exactly, one entity both name.
    std::vector<Index> lead_of(corpus.articles.size(), kNone);
    for (Index ci = static_cast<Index>(corpus.claims.size()); ci-- > first_claim;) lead_of[corpus.claims[ci].span.article] = ci;
    for (const Mention& m : dated) {
        const Index article = corpus.claims[m.claim].span.article;
        std::vector<Index> parts = Participants(corpus, corpus.claims[m.claim]);
        const bool borrowed = parts.empty();
        if (borrowed && lead_of[article] != kNone) parts = Participants(corpus, corpus.claims[lead_of[article]]);
        std::vector<size_t>& bucket = by_family[m.trigger->family];
        size_t found = SIZE_MAX;
        for (size_t s = 0; s < bucket.size() && s < kMaxScan; ++s) {
            Cluster& k = clusters[bucket[bucket.size() - 1 - s]];
            // Dates first: most clusters of a family are other days, and comparing days is cheapest.
            if (!overlaps(m.earliest, m.latest, k.earliest, k.latest)) continue;
            if (k.object_dated != m.trigger->object_dated || !compatible(k, m)) continue;
            // A dated document ("a 1961 treaty") is identified by its date alone. Else another article's report
            // is the same act only when it names one of the act's participants: a sentence that names nobody
            // ("the board met today", "figures released today") stays with its own article's act, not another
            // story's act of the same kind on the same days.
            if (!k.object_dated) {
                if (parts.empty() || k.participants.empty()) {
                    if (!HasArticle(corpus, k.claims, article)) continue;
                } else if (!SharesParticipant(parts, k.participants)) {
                    continue;
                }
            }
            found = bucket[bucket.size() - 1 - s];
            break;
        }
        if (found == SIZE_MAX) {
            Cluster k;
            k.family = m.trigger->family, k.object = m.trigger->object, k.object_dated = m.trigger->object_dated;
            k.earliest = m.earliest, k.latest = m.latest, k.best_timex = m.trigger->timex;
            clusters.push_back(std::move(k));
            found = clusters.size() - 1;
            bucket.push_back(found);
        } else {
            Cluster& k = clusters[found];
            k.earliest = std::max(k.earliest, std::min(m.earliest, k.latest));
            k.latest = std::min(k.latest, std::max(m.latest, k.earliest));
        }
        add(clusters[found], m);
        if (borrowed && clusters[found].participants.empty()) clusters[found].participants = parts;
    }
    // A head of state "signed a decree" to ratify: a decree signing on the day of a ratification by the same
    // people is that ratification, not a second event.
    auto absorb = [&](Cluster& into, Cluster& from) {
        for (auto [ci, t] : from.triggers) add(into, Mention{ci, t});
        from.merged = true;
    };
    if (auto sign = by_family.find("sign"), ratify = by_family.find("ratify"); sign != by_family.end() && ratify != by_family.end()) {
        std::vector<size_t> keep;
        for (size_t ki : sign->second) {
            Cluster& k = clusters[ki];
            if (k.object == "decree" && !k.object_dated)
                for (size_t s = 0; s < ratify->second.size() && s < kMaxScan && !k.merged; ++s) {
                    Cluster& r = clusters[ratify->second[ratify->second.size() - 1 - s]];
                    if (overlaps(k.earliest, k.latest, r.earliest, r.latest) && SharesParticipant(k.participants, r.participants)) absorb(r, k);
                }
            if (!k.merged) keep.push_back(ki);
        }
        sign->second = std::move(keep);
    }
    for (const Mention& m : undated) {
        const Day dct = corpus.articles[corpus.claims[m.claim].span.article].published_day;
        if (dct == kNoDay) continue;
        const std::vector<Index> parts = Participants(corpus, corpus.claims[m.claim]);
        if (parts.empty()) continue;
        auto it = by_family.find(m.trigger->family);
        if (it == by_family.end()) continue;
        size_t best = SIZE_MAX;
        for (size_t s = 0; s < it->second.size() && s < kMaxScan; ++s) {
            const size_t ki = it->second[it->second.size() - 1 - s];
            Cluster& k = clusters[ki];
            if (k.earliest > dct + kSlackDays || k.latest < dct - kRecentDays) continue;
            if (k.object_dated || !compatible(k, m)) continue;
            if (!SharesParticipant(parts, k.participants)) continue;
            if (best == SIZE_MAX || k.claims.size() > clusters[best].claims.size()) best = ki;
        }
        if (best != SIZE_MAX) add(clusters[best], m);
    }
    // "Signed … at a June summit" + "the leaders met this Wednesday": the act takes the meeting's sharper date.
    if (auto meet = by_family.find("meet"); meet != by_family.end()) {
        for (Cluster& k : clusters) {
            if (k.merged || k.object_dated || k.family == "meet") continue;
            for (auto [ci, t] : k.triggers) {
                if (!t->at_occasion) continue;
                for (size_t s = 0; s < meet->second.size() && s < kMaxScan; ++s) {
                    const Cluster& m = clusters[meet->second[meet->second.size() - 1 - s]];
                    const bool inside = m.earliest >= k.earliest && m.latest <= k.latest && m.latest - m.earliest < k.latest - k.earliest;
                    if (!inside || std::find(m.claims.begin(), m.claims.end(), ci) == m.claims.end()) continue;
                    k.earliest = m.earliest, k.latest = m.latest, k.best_timex = m.best_timex;
                    break;
                }
            }
        }
    }
    std::vector<Index> event_of(clusters.size(), kNone);
    for (size_t ki = 0; ki < clusters.size(); ++ki) {
        Cluster& k = clusters[ki];
        if (k.merged) continue;
        Event ev;
        ev.id = "ev:" + std::to_string(corpus.events.size() + 1);
        const Timex& t = corpus.timexes[k.best_timex];
        ev.date = {t.value, t.earliest, t.latest, t.granularity, t.mod};
        std::sort(k.claims.begin(), k.claims.end());
        ev.claims = k.claims;
        ev.label = Label(corpus, k);
        for (Index ci : k.claims) ev.mentions.push_back(corpus.claims[ci].span);
        event_of[ki] = static_cast<Index>(corpus.events.size());
        corpus.events.push_back(std::move(ev));
        families.push_back(k.object_dated ? std::string_view("document") : k.family);
    }
    // A claim's event: the act it reports, before any dated document it mentions.
    for (int dated_docs = 0; dated_docs < 2; ++dated_docs)
        for (size_t k = 0; k < clusters.size(); ++k)
            if (event_of[k] != kNone && clusters[k].object_dated == (dated_docs == 1))
                for (Index ci : clusters[k].claims)
                    if (corpus.claims[ci].event == kNone) corpus.claims[ci].event = event_of[k];
    return families;
}

}  // namespace core
