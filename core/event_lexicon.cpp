#include "event_lexicon.hpp"

#include <cstdint>
#include <unordered_map>

#include "attribution.hpp"

namespace core {

namespace {

constexpr TriggerFamily kFamilies[] = {
    {"sign", "signs", "sign"},          {"ratify", "ratifies", "ratify"}, {"approve", "approves", "approve"},
    {"meet", "meets", "meet"},          {"deploy", "sends troops", "send troops"}, {"attack", "attacks", "attack"},
    {"revive", "revives", "revive"},    {"expire", "expires", "expire"},  {"collapse", "collapses", "collapse"},
    {"acquire", "acquires", "acquire"}, {"merge", "merges", "merge"},     {"launch", "launches", "launch"},
    {"elect", "is elected", "are elected"}, {"resign", "resigns", "resign"}, {"test", "tests", "test"},
    {"release", "releases", "release"}, {"sanction", "sanctions", "sanction"}, {"invade", "invades", "invade"},
};

const TriggerFamily* F(std::string_view name) {
    for (const TriggerFamily& f : kFamilies)
        if (f.family == name) return &f;
    return nullptr;
}

struct Tables {
    std::unordered_map<std::string_view, const TriggerFamily*> triggers;
    std::unordered_map<std::string_view, std::string_view> objects;
    std::unordered_map<std::string_view, float> hedges;
    std::unordered_map<std::string_view, WordClass> words;  // union of the above, for ClassifyWord
    // filter[length][first letter][second letter] has bit (last letter) set when some word of `words` has
    // that shape: ~9 of 10 words of running text fail it without hashing.
    uint32_t filter[14][26][27] = {};
    void BuildWords();
    Tables() {
        const std::pair<std::string_view, std::string_view> words[] = {
            {"sign", "sign"}, {"signs", "sign"}, {"signed", "sign"}, {"signing", "sign"}, {"inked", "sign"}, {"signature", "sign"},
            {"ratify", "ratify"}, {"ratifies", "ratify"}, {"ratified", "ratify"}, {"ratifying", "ratify"},
            {"ratification", "ratify"}, {"approve", "approve"}, {"approves", "approve"}, {"approved", "approve"},
            {"approving", "approve"}, {"approval", "approve"}, {"meet", "meet"}, {"met", "meet"},
            {"meeting", "meet"}, {"summit", "meet"}, {"deploy", "deploy"}, {"deployed", "deploy"},
            {"deploying", "deploy"}, {"deployment", "deploy"}, {"sent", "deploy"}, {"sending", "deploy"},
            {"dispatched", "deploy"}, {"attacked", "attack"}, {"attacks", "attack"}, {"struck", "attack"},
            {"revive", "revive"}, {"revives", "revive"}, {"revived", "revive"}, {"expired", "expire"},
            {"expires", "expire"}, {"collapse", "collapse"}, {"collapsed", "collapse"},
            {"acquire", "acquire"}, {"acquired", "acquire"}, {"acquires", "acquire"}, {"acquisition", "acquire"},
            {"merge", "merge"}, {"merged", "merge"}, {"merger", "merge"}, {"launched", "launch"},
            {"launches", "launch"}, {"elected", "elect"}, {"resigned", "resign"}, {"resigns", "resign"},
            {"tested", "test"}, {"released", "release"}, {"unveiled", "release"}, {"sanctioned", "sanction"},
            {"invaded", "invade"}, {"invasion", "invade"},
        };
        for (auto [w, f] : words) triggers.emplace(w, F(f));
        const std::pair<std::string_view, std::string_view> objs[] = {
            {"treaty", "treaty"}, {"pact", "treaty"}, {"agreement", "treaty"}, {"deal", "treaty"},
            {"accord", "treaty"}, {"partnership", "treaty"}, {"decree", "decree"}, {"bill", "law"},
            {"law", "law"}, {"legislation", "law"}, {"contract", "contract"}, {"merger", "merger"}};
        for (auto [w, c] : objs) objects.emplace(w, c);
        const std::pair<std::string_view, float> h[] = {
            {"may", 0.5f}, {"might", 0.5f}, {"could", 0.5f}, {"possibly", 0.5f}, {"perhaps", 0.5f},
            {"believed", 0.6f}, {"believe", 0.6f}, {"believes", 0.6f}, {"suggest", 0.6f}, {"suggests", 0.6f},
            {"likely", 0.6f}, {"appears", 0.6f}, {"apparently", 0.6f}, {"seems", 0.6f}, {"potentially", 0.6f},
            {"expected", 0.7f}, {"reportedly", 0.7f}, {"allegedly", 0.7f}, {"alleged", 0.7f},
            {"unconfirmed", 0.6f}, {"probably", 0.6f}, {"estimated", 0.8f}};
        for (auto [w, c] : h) hedges.emplace(w, c);
    }
};

const std::string_view kStance[] = {
    "cautious", "caution", "concern", "concerns", "concerned", "condemned", "condemns", "reacted",
    "furiously", "welcomed", "welcomes", "criticized", "criticised", "opposition", "unease", "alarm",
    "alarms", "alarmed", "praised", "protested", "outrage", "warned", "alarming", "refrained"};

const std::string_view kNegation[] = {"not", "never", "neither", "nor", "denied", "denies", "rejected", "rejects", "refuted"};

// Words quantity.cpp reads as (part of) a number: FindQuantities runs only on sentences with one of these
// or a digit. Keep in step with WordNumber / Multiplier / the orders of magnitude there.
const std::string_view kAmount[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
    "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
    "mln", "billion", "billions", "bln", "trillion", "tens", "dozens"};

void Tables::BuildWords() {
    for (auto [w, f] : triggers) words[w].trigger = f;
    for (auto [w, o] : objects) words[w].object = o;
    for (auto [w, h] : hedges) words[w].hedge = h;
    for (std::string_view w : kStance) words[w].stance = true;
    for (std::string_view w : ReportingVerbs()) words[w].reporting = true;
    for (std::string_view w : kNegation) words[w].negation = true;
    for (std::string_view w : kAmount) words[w].amount = true;
    for (const auto& [w, c] : words) {
        if (w.size() < 2 || w.size() > 13) continue;
        const unsigned f = static_cast<unsigned char>(w[0]) - 'a', l = static_cast<unsigned char>(w.back()) - 'a';
        const unsigned s2 = static_cast<unsigned char>(w[1]) - 'a';
        if (f < 26 && l < 26) filter[w.size()][f][s2 < 26 ? s2 : 26] |= 1u << l;
    }
}

const Tables& T() {
    static const Tables t = [] {
        Tables x;
        x.BuildWords();
        return x;
    }();
    return t;
}

}  // namespace

const TriggerFamily* FindTrigger(std::string_view w) {
    auto it = T().triggers.find(w);
    return it == T().triggers.end() ? nullptr : it->second;
}

const TriggerFamily* FindFamily(std::string_view family) { return F(family); }

std::string_view ObjectClass(std::string_view w) {
    auto it = T().objects.find(w);
    return it == T().objects.end() ? std::string_view() : it->second;
}

bool IsStanceWord(std::string_view w) {
    const WordClass* c = ClassifyWord(w);
    return c && c->stance;
}

const WordClass* ClassifyWord(std::string_view w) {
    if (w.size() < 2 || w.size() > 13) return nullptr;  // no entry is shorter or longer
    const Tables& t = T();
    const unsigned f = static_cast<unsigned char>(w[0]) - 'a', l = static_cast<unsigned char>(w.back()) - 'a';
    const unsigned s2 = static_cast<unsigned char>(w[1]) - 'a';
    if (f >= 26 || l >= 26 || !(t.filter[w.size()][f][s2 < 26 ? s2 : 26] & (1u << l))) return nullptr;
    auto it = t.words.find(w);
    return it == t.words.end() ? nullptr : &it->second;
}

bool IsHedgeWord(std::string_view w, float& certainty) {
    auto it = T().hedges.find(w);
    if (it == T().hedges.end()) return false;
    certainty = it->second;
    return true;
}

bool IsNegationWord(std::string_view w) {
    if (w.size() > 3 && w.substr(w.size() - 3) == "n't") return true;
    const WordClass* c = ClassifyWord(w);
    return c && c->negation;
}

}  // namespace core
