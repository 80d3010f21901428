#include "event_lexicon.hpp"

#include <cstdint>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "attribution.hpp"
#include "quantity.hpp"
#include "swar.hpp"

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
    // ClassifyWord's tables, small enough to stay in the first-level cache while every token of a sentence
    // is looked up: a bitmap of the words' hashes turns most words away, then each word of `words`, packed
    // by PackWord, sits in an open-addressing slot (kSlots a power of two, about twice the word count)
    // pointing into `classes`, the WordClass values side by side.
    static constexpr size_t kSlots = 512;
    static constexpr size_t kBloomBits = 4096;
    struct Slot {
        uint64_t head = 0, tail = 0;    // PackWord of the word
        uint16_t len = 0;               // 0 = empty slot
        uint16_t cls = 0;               // index into classes
        uint16_t flags = 0;             // classes[cls].flags, here to spare following the index
    };
    uint64_t bloom[kBloomBits / 64] = {};
    Slot slots[kSlots];
    std::vector<WordClass> classes;
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

// A word of up to 16 bytes as two integers: its first eight bytes and the next eight, zero-padded (equal
// packs mean equal words). ClassifyTokens loads 16 bytes at each word whatever its length and masks the
// rest off (kKeep), so the per-token look-up has no branch on the word's length.
struct Packed {
    uint64_t head = 0, tail = 0;
};
// kKeep[k]: the low k bytes of a word, k = 0..8.
constexpr uint64_t kKeep[9] = {0,
                               0xFFull,
                               0xFFFFull,
                               0xFFFFFFull,
                               0xFFFFFFFFull,
                               0xFFFFFFFFFFull,
                               0xFFFFFFFFFFFFull,
                               0xFFFFFFFFFFFFFFull,
                               ~0ull};
Packed PackWord(std::string_view w) {  // 1 <= w.size() <= 16
    char buf[16] = {};
    std::memcpy(buf, w.data(), w.size());
    Packed k;
    std::memcpy(&k.head, buf, 8);
    std::memcpy(&k.tail, buf + 8, 8);
    return k;
}
inline uint64_t HashPacked(const Packed& p, size_t n) {
    return (p.head * 0x9E3779B97F4A7C15ull) ^ (p.tail * 0xC2B2AE3D27D4EB4Full) ^ (n * 0x165667B19E3779F9ull);
}
inline size_t SlotOf(uint64_t h) { return static_cast<size_t>(h >> 40) & (Tables::kSlots - 1); }
inline size_t BloomBit(uint64_t h) { return static_cast<size_t>(h >> 52); }  // the top 12 bits: kBloomBits

uint16_t FlagsOf(const WordClass& c) {
    return static_cast<uint16_t>((c.trigger ? kWfTrigger : 0) | (!c.object.empty() ? kWfObject : 0) |
                                 (c.hedge > 0 ? kWfHedge : 0) | (c.stance ? kWfStance : 0) |
                                 (c.reporting ? kWfReporting : 0) | (c.negation ? kWfNegation : 0) |
                                 (c.amount ? kWfAmount : 0) | (c.cue ? kWfCue : 0) |
                                 (c.function_word ? kWfFunctionWord : 0) | (c.not_unit ? kWfNotUnit : 0));
}

// Words that open an attribution phrase (attribution.cpp): a sentence without one skips those rules.
const std::string_view kCue[] = {"according", "reported", "announced", "quoted", "saying"};

void Tables::BuildWords() {
    for (auto [w, f] : triggers) words[w].trigger = f;
    for (auto [w, o] : objects) words[w].object = o;
    for (auto [w, h] : hedges) words[w].hedge = h;
    for (std::string_view w : kStance) words[w].stance = true;
    for (std::string_view w : ReportingVerbs()) words[w].reporting = true;
    for (std::string_view w : kNegation) words[w].negation = true;
    for (std::string_view w : kAmount) words[w].amount = true;
    for (std::string_view w : kCue) words[w].cue = true;
    for (std::string_view w : AmountFunctionWords()) words[w].function_word = true;
    for (std::string_view w : NonUnitWords()) words[w].not_unit = true;
    classes.reserve(words.size());
    for (auto& [w, c] : words) {
        if (w.empty() || w.size() > 16) continue;  // ClassifyWord never looks such words up
        c.flags = FlagsOf(c);
        const Packed p = PackWord(w);
        const uint64_t h = HashPacked(p, w.size());
        bloom[BloomBit(h) / 64] |= 1ull << (BloomBit(h) % 64);
        size_t i = SlotOf(h);
        while (slots[i].len != 0) i = (i + 1) & (kSlots - 1);
        slots[i] = {p.head, p.tail, static_cast<uint16_t>(w.size()), static_cast<uint16_t>(classes.size()), c.flags};
        classes.push_back(c);
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

namespace {

// The slot of a word whose first 16 bytes (zero-padded past its end) are head and tail.
inline const Tables::Slot* ProbePacked(const Tables& t, Packed k, size_t n) {
    if (n - 1 >= 16) return nullptr;
    k.head &= kKeep[n < 8 ? n : 8];
    k.tail &= kKeep[n > 8 ? n - 8 : 0];
    const uint64_t h = HashPacked(k, n);
    if (!(t.bloom[BloomBit(h) / 64] >> (BloomBit(h) % 64) & 1)) return nullptr;
    for (size_t i = SlotOf(h);; i = (i + 1) & (Tables::kSlots - 1)) {
        const Tables::Slot& s = t.slots[i];
        if (s.len == 0) return nullptr;
        if (s.head == k.head && s.tail == k.tail && s.len == n) return &s;
    }
}

bool EndsInNt(const char* p, size_t n) { return n > 3 && p[n - 1] == 't' && p[n - 2] == '\'' && p[n - 3] == 'n'; }

}  // namespace

const WordClass* ClassifyWord(std::string_view w) {
    if (w.empty() || w.size() > 16) return nullptr;
    const Tables& t = T();
    const Tables::Slot* s = ProbePacked(t, PackWord(w), w.size());
    return s ? &t.classes[s->cls] : nullptr;
}

uint16_t WordBits(std::string_view w) {
    const WordClass* c = ClassifyWord(w);
    return static_cast<uint16_t>(kWfWord | (c ? c->flags : 0) | (EndsInNt(w.data(), w.size()) ? kWfNt : 0));
}

namespace {

// Eight bytes of text from `at` (zeros past its end).
inline uint64_t Load8(std::string_view text, size_t at) {
    uint64_t x = 0;
    if (at + 8 <= text.size()) std::memcpy(&x, text.data() + at, 8);
    else if (at < text.size()) std::memcpy(&x, text.data() + at, text.size() - at);
    return x;
}

}  // namespace

uint16_t ClassifyTokens(std::string_view text, ByteRange sentence, std::span<const Token> toks, char* lower,
                        std::string_view* low, const WordClass** classes, uint16_t* bits) {
    const Tables& t = T();
    uint16_t any = 0;
    for (size_t i = 0; i < toks.size(); ++i) {
        const Token& k = toks[i];
        uint16_t b = static_cast<uint16_t>((k.Is(kTokNumber) ? kWfNumber : 0) | (k.Is(kTokQuote) ? kWfQuote : 0));
        const WordClass* c = nullptr;
        std::string_view l;
        if (k.Is(kTokWord)) {
            // Read from the text and written lower-cased, 16 bytes at a time (the bytes after a short word
            // are the next ones lower-cased, or overwritten by the next word): no separate lower-casing
            // pass, and the look-up key comes from registers rather than from bytes just stored.
            const size_t n = k.end - k.start;
            char* out = lower + (k.start - sentence.start);
            const Packed key{LowerAscii8(Load8(text, k.start)), LowerAscii8(Load8(text, k.start + 8))};
            std::memcpy(out, &key.head, 8);
            std::memcpy(out + 8, &key.tail, 8);
            for (size_t o = 16; o < n; o += 8) {  // words longer than 16 bytes: the rest
                const uint64_t x = LowerAscii8(Load8(text, k.start + o));
                std::memcpy(out + o, &x, 8);
            }
            l = std::string_view(out, n);
            b |= kWfWord | (EndsInNt(out, n) ? kWfNt : 0);
            if (const Tables::Slot* s = ProbePacked(t, key, n)) c = &t.classes[s->cls], b |= s->flags;
        }
        low[i] = l;
        classes[i] = c;
        bits[i] = b;
        any |= b;
    }
    return any;
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
