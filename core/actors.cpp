#include "actors.hpp"

#include <algorithm>
#include <cctype>

#include "entity_lexicon.hpp"

namespace core {

namespace {

// The state a name begins with: "Russian State Duma" → "russia", "North Korea Army" → "north korea"; ""
// when none, or when the name is the state itself.
std::string LeadingState(const std::string& key) {
    size_t end = 0;
    std::string found;
    for (int words = 0; words < 3; ++words) {
        end = key.find(' ', end + (words > 0));
        if (end == std::string::npos) break;  // the whole name: a state is not part of itself
        const GazetteerEntry* g = FindGazetteer(std::string_view(key).substr(0, end));
        if (g && (g->type == GazetteerType::Country || g->type == GazetteerType::Demonym || g->type == GazetteerType::Capital)) {
            found = NormalizeNameKey(g->canonical);
        }
    }
    return found;
}

// "gm" for "general motors": the initials of the words that carry the name.
std::string Initials(const std::string& key) {
    std::string out;
    bool start = true;
    for (size_t i = 0; i < key.size(); ++i) {
        if (key[i] == ' ') { start = true; continue; }
        if (start) {
            const std::string_view rest = std::string_view(key).substr(i);
            const bool filler = rest.rfind("of ", 0) == 0 || rest.rfind("and ", 0) == 0 || rest.rfind("the ", 0) == 0;
            if (!filler) out += key[i];
        }
        start = false;
    }
    return out;
}

struct Actor {
    Index entity;
    EntityKind kind;
    std::string key;                    // NormalizeNameKey of the name
    std::string home;                   // the state it belongs to, "" when unknown or a state itself
};

// "kelvar" for "kelvar corp": a company's name without its legal form, so its units ("kelvar canada") match.
std::string WithoutLegalForm(std::string key) {
    static constexpr std::string_view kForms[] = {" inc", " corp", " co", " ltd", " plc", " llc", " corporation", " company",
                                                  " group", " holdings", " ag", " sa", " nv"};
    for (std::string_view f : kForms)
        if (key.size() > f.size() && key.compare(key.size() - f.size(), f.size(), f) == 0) return key.substr(0, key.size() - f.size());
    return key;
}

Actor Describe(const Corpus& c, const ActorHomes& homes, Index e) {
    const Entity& ent = c.entities[e];
    Actor a{e, ent.kind, WithoutLegalForm(NormalizeNameKey(ent.name)), {}};
    if (auto it = homes.of.find(e); it != homes.of.end()) a.home = it->second;
    else if (a.kind != EntityKind::Place) a.home = LeadingState(a.key);
    return a;
}

enum class Pair { Same, XInY, YInX, Rival, Unknown };

bool Names(const Corpus& c, const Actor& whole, const std::string& key) {
    if (whole.key == key) return true;
    for (const std::string& alias : c.entities[whole.entity].aliases)
        if (NormalizeNameKey(alias) == key) return true;
    return false;
}

Pair ComparePair(const Corpus& c, const Actor& x, const Actor& y) {
    if (x.entity == y.entity || x.key == y.key) return Pair::Same;
    if (!x.home.empty() && Names(c, y, x.home)) return Pair::XInY;
    if (!y.home.empty() && Names(c, x, y.home)) return Pair::YInX;
    // A unit named after its parent ("Texaco Canada" / "Texaco"); an acronym of the full name ("GM").
    if (x.key.size() > y.key.size() && x.key.compare(0, y.key.size(), y.key) == 0 && x.key[y.key.size()] == ' ') return Pair::XInY;
    if (y.key.size() > x.key.size() && y.key.compare(0, x.key.size(), x.key) == 0 && y.key[x.key.size()] == ' ') return Pair::YInX;
    if (x.key.find(' ') == std::string::npos && x.key.size() >= 2 && Initials(y.key) == x.key) return Pair::Same;
    if (y.key.find(' ') == std::string::npos && y.key.size() >= 2 && Initials(x.key) == y.key) return Pair::Same;
    // Two people coreference kept apart are two people, whatever state they belong to ("Vladimir Putin" /
    // "Mikhail Mishustin"); one named in full and by surname ("Mishustin") is one, should coreference miss it.
    if (x.kind == EntityKind::Person && y.kind == EntityKind::Person) {
        const std::string_view lx = std::string_view(x.key).substr(x.key.rfind(' ') + 1);
        const std::string_view ly = std::string_view(y.key).substr(y.key.rfind(' ') + 1);
        return lx == ly ? Pair::Same : Pair::Rival;
    }
    const bool px = x.kind == EntityKind::Place, py = y.kind == EntityKind::Place;
    const bool doer_x = x.kind == EntityKind::Person || x.kind == EntityKind::Organization;
    const bool doer_y = y.kind == EntityKind::Person || y.kind == EntityKind::Organization;
    if (px && py) return Pair::Rival;                                       // two states
    if (px && doer_y) return y.home.empty() ? Pair::Unknown : Pair::Rival;  // a body of another state
    if (py && doer_x) return x.home.empty() ? Pair::Unknown : Pair::Rival;
    if (x.kind == EntityKind::Organization && y.kind == EntityKind::Organization) return Pair::Rival;  // two bodies
    // A person beside a body: rivals when both states are known ("Putin" / "the State Duma"); else the person
    // may lead the body, and a "person" of no known state is often a guessed kind.
    if (doer_x && doer_y) return !x.home.empty() && !y.home.empty() ? Pair::Rival : Pair::Unknown;
    return Pair::Unknown;
}

}  // namespace

ActorHomes CollectActorHomes(const std::vector<std::vector<EntityMention>>& per_article) {
    ActorHomes h;
    for (const auto& mentions : per_article)
        for (const EntityMention& m : mentions) {
            if (m.role.empty() || m.entity == kNone) continue;
            const size_t colon = m.role.find(':');  // "head:north korea", "adviser:south korea"
            if (colon == std::string::npos || colon + 1 >= m.role.size()) continue;
            h.of.try_emplace(m.entity, m.role.substr(colon + 1));
        }
    return h;
}

ActorMatch CompareAgents(const Corpus& c, const ActorHomes& homes, const Index (&a)[2], const Index (&b)[2]) {
    std::vector<Actor> xs, ys;
    for (Index e : a)
        if (e != kNone) xs.push_back(Describe(c, homes, e));
    for (Index e : b)
        if (e != kNone) ys.push_back(Describe(c, homes, e));
    ActorMatch out;
    if (xs.empty() || ys.empty()) return out;
    // For each doer: is it matched on the other side, and by a coarser or a finer name?
    std::vector<char> x_matched(xs.size()), y_matched(ys.size());
    bool all_rival = true, x_finer = false, y_finer = false;
    for (size_t i = 0; i < xs.size(); ++i)
        for (size_t j = 0; j < ys.size(); ++j) {
            const Pair p = ComparePair(c, xs[i], ys[j]);
            all_rival &= p == Pair::Rival;
            if (p == Pair::Same || p == Pair::XInY || p == Pair::YInX) x_matched[i] = y_matched[j] = 1;
            x_finer |= p == Pair::XInY;
            y_finer |= p == Pair::YInX;
        }
    const size_t nx = std::count(x_matched.begin(), x_matched.end(), 1), ny = std::count(y_matched.begin(), y_matched.end(), 1);
    if (nx == xs.size() && ny == ys.size()) {
        // Everyone matched: the same doers, maybe named more precisely on one side (both ways: no order).
        out.kind = x_finer != y_finer ? ActorMatch::PartWhole : ActorMatch::Same;
        out.b_finer = y_finer && !x_finer;
    } else if (nx == xs.size() && ys.size() > xs.size()) {
        out.kind = ActorMatch::Joint, out.b_finer = true;    // b names more doers
    } else if (ny == ys.size() && xs.size() > ys.size()) {
        out.kind = ActorMatch::Joint, out.b_finer = false;
    } else if (nx == 0 && ny == 0 && all_rival) {
        out.kind = ActorMatch::Rival;
    }
    return out;
}

bool NamesParty(const Corpus& c, const ActorHomes& homes, const std::vector<Index>& entities, Index agent) {
    if (agent == kNone) return false;
    if (std::find(entities.begin(), entities.end(), agent) != entities.end()) return true;
    const Actor a = Describe(c, homes, agent);
    if (a.home.empty()) return false;
    for (Index e : entities)
        if (c.entities[e].kind == EntityKind::Place && Names(c, Describe(c, homes, e), a.home)) return true;
    return false;
}

bool WhereOnly(const Corpus& c, const Claim& claim, Index e) {
    const Entity& ent = c.entities[e];
    if (ent.kind != EntityKind::Place) return false;
    const std::string_view text = c.articles[claim.span.article].text;
    const auto first = std::lower_bound(ent.mentions.begin(), ent.mentions.end(), claim.span, [](const Span& m, const Span& s) {
        return m.article != s.article ? m.article < s.article : m.start < s.start;
    });
    for (auto m = first; m != ent.mentions.end() && m->article == claim.span.article && m->start < claim.span.end; ++m) {
        size_t b = m->start;
        while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\n')) --b;
        if (b > 0 && text[b - 1] == ',') return false;  // "Seoul, " opens a clause: not a location phrase
        size_t w = b;
        while (w > 0 && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
        const std::string_view before = text.substr(w, b - w);
        if (before != "in" && before != "at" && before != "near" && before != "In" && before != "At") return false;
    }
    return true;
}

bool OneDoerAct(std::string_view family, std::string_view object) {
    // Approvals are steps by many (a committee, a house, a regulator, shareholders), never one doer's act.
    if (family == "sign" || family == "ratify") return object == "law" || object == "decree";
    return family == "attack" || family == "invade" || family == "launch" || family == "test" || family == "acquire";
}

std::string_view PastTense(std::string_view family) {
    static constexpr std::pair<std::string_view, std::string_view> k[] = {
        {"sign", "signed"},     {"ratify", "ratified"}, {"approve", "approved"}, {"attack", "attacked"},
        {"invade", "invaded"},  {"launch", "launched"}, {"test", "tested"},      {"acquire", "acquired"},
        {"meet", "met"},        {"deploy", "sent"},     {"merge", "merged"},     {"release", "released"},
        {"sanction", "sanctioned"}};
    for (auto [f, past] : k)
        if (f == family) return past;
    return family;
}

std::string AgentNames(const Corpus& c, const Index (&agents)[2]) {
    std::string out;
    for (Index e : agents) {
        if (e == kNone) continue;
        if (!out.empty()) out += " and ";
        out += c.entities[e].name;
    }
    return out;
}

}  // namespace core
