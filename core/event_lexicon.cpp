#include "event_lexicon.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "attribution.hpp"
#include "claims.hpp"
#include "quantity.hpp"
#include "swar.hpp"
#include "word_lexicon.hpp"
#include "word_table.hpp"

#if defined(__SSE2__) && defined(__x86_64__)
#include <emmintrin.h>
#define CLAIMLINE_SSE2_X64 1  // ClassifyTokens lowers and keys a word as one 16-byte vector
#else
#define CLAIMLINE_SSE2_X64 0  // wasm and others: two 64-bit halves (LowerWordBytes8)
#endif

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
    // ClassifyWord's table: every word of `words` with (index into classes) << 16 | its WordFlag bits, so
    // the per-token look-up yields the bits without following the index. About 12 KiB: it stays in the
    // first-level cache while every token of a sentence is looked up.
    WordTable table;
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

// The classes again by WordId (word_lexicon.hpp), so that a token's need no look-up. Built after Tables:
// the word lexicon is built from ClassifiedWords().
struct ById {
    std::vector<uint16_t> bits;                 // WordClass::flags by id, 0 for words not listed here
    std::vector<const WordClass*> classes;      // by id, nullptr for words not listed here
    ById();
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

uint16_t FlagsOf(const WordClass& c) {
    return static_cast<uint16_t>((c.trigger ? kWfTrigger : 0) | (!c.object.empty() ? kWfObject : 0) |
                                 (c.hedge > 0 ? kWfHedge : 0) | (c.stance ? kWfStance : 0) |
                                 (c.reporting ? kWfReporting : 0) | (c.negation ? kWfNegation : 0) |
                                 (c.amount ? kWfAmount : 0) | (c.cue ? kWfCue : 0) |
                                 (c.function_word ? kWfFunctionWord : 0) | (c.not_unit ? kWfNotUnit : 0) |
                                 (c.auxiliary ? kWfAuxiliary : 0) | (c.source ? kWfSource : 0));
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
    for (std::string_view w : AuxiliaryWords()) words[w].auxiliary = true;
    for (std::string_view w : SourceNouns()) words[w].source = true;
    classes.reserve(words.size());
    std::vector<std::string_view> keys;
    std::vector<uint32_t> values;
    for (auto& [w, c] : words) {
        if (w.empty() || w.size() > WordTable::kMaxWord) continue;  // ClassifyWord never looks such words up
        c.flags = FlagsOf(c);
        keys.push_back(w);
        values.push_back(static_cast<uint32_t>(classes.size()) << 16 | c.flags);  // flags != 0: never 0
        classes.push_back(c);
    }
    if (!table.Build(keys, values)) std::abort();  // the lists above break WordTable's rules: a bug here
}

const Tables& T() {
    static const Tables t = [] {
        Tables x;
        x.BuildWords();
        return x;
    }();
    return t;
}

ById::ById() : bits(WordIdCount(), 0), classes(WordIdCount(), nullptr) {
    for (const auto& [w, c] : T().words) {
        if (w.empty() || w.size() > WordTable::kMaxWord) continue;  // not in the table: never looked up
        const WordId id = FindWordId(w);
        if (id == kNoWord) std::abort();  // the lexicon is built from these words: a bug
        bits[id] = c.flags;
        classes[id] = ClassifyWord(w);
    }
}

const ById& B() {
    static const ById b;
    return b;
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

bool EndsInNt(const char* p, size_t n) { return n > 3 && p[n - 1] == 't' && p[n - 2] == '\'' && p[n - 3] == 'n'; }

}  // namespace

const WordClass* ClassifyWord(std::string_view w) {
    const Tables& t = T();
    const uint32_t v = t.table.Find(WordTable::Pack(w), w.size());
    return v ? &t.classes[v >> 16] : nullptr;
}

const WordClass* ClassifyWordId(WordId id) { return B().classes[id]; }

std::vector<std::string_view> ClassifiedWords() {
    std::vector<std::string_view> out;
    for (const auto& [w, c] : T().words)
        if (!w.empty() && w.size() <= WordTable::kMaxWord) out.push_back(w);
    return out;
}

uint16_t WordBits(std::string_view w) {
    const WordClass* c = ClassifyWord(w);
    return static_cast<uint16_t>(kWfWord | (c ? c->flags : 0) | (EndsInNt(w.data(), w.size()) ? kWfNt : 0));
}

namespace {

// Eight bytes of text from `at` (zeros past its end).
inline uint64_t Load8(std::string_view text, size_t at) {
    return at < text.size() ? LoadUpTo8(text.data() + at, std::min<size_t>(8, text.size() - at)) : 0;
}

// LowerAscii8 for the bytes of a word token (letters, digits, non-ASCII bytes and - ' , . — Tokenize's
// words), in half the operations: every byte 0x40..0x5F gets the case bit. Outside words that would also
// turn @ [ backslash ] ^ _ into ` { | } ~ DEL, but ClassifyTokens leaves the bytes between words unspecified and
// keys only the word's own bytes (test_event_lexicon.cpp checks such bytes next to words).
inline uint64_t LowerWordBytes8(uint64_t x) {
    constexpr uint64_t kBit6 = 0x4040404040404040ull;   // set for 0x40..0x7F and 0xC0..0xFF
    return x | ((x & ~(x >> 1) & kBit6) >> 1);         // bit 6 without bit 7, moved to bit 5
}

#if CLAIMLINE_SSE2_X64
// kNtProbes[n]: which bytes of a lower-cased n-byte word spell a final "n't" — mask keeps bytes n-3..n-1,
// pattern holds "n't" there (and 0 elsewhere). Words under four bytes get a pattern no masked word meets.
struct alignas(16) NtProbe {
    unsigned char mask[16];
    unsigned char pattern[16];
};
constexpr std::array<NtProbe, WordTable::kMaxWord + 1> MakeNtProbes() {
    std::array<NtProbe, WordTable::kMaxWord + 1> probes{};
    for (size_t n = 0; n <= WordTable::kMaxWord; ++n) {
        if (n < 4) {
            probes[n].pattern[0] = 1;  // the mask keeps nothing: every masked byte is 0
            continue;
        }
        const char nt[3] = {'n', '\'', 't'};
        for (size_t j = 0; j < 3; ++j) {
            probes[n].mask[n - 3 + j] = 0xFF;
            probes[n].pattern[n - 3 + j] = static_cast<unsigned char>(nt[j]);
        }
    }
    return probes;
}
constexpr std::array<NtProbe, WordTable::kMaxWord + 1> kNtProbes = MakeNtProbes();
#endif

// ClassifyTokens' bits for a word its fast path does not take (one in a few hundred): longer than 16
// bytes, or within 16 bytes of the text's end. Its bytes are written lower-cased to out; class_bits: the
// word's WordClass flags (by its id).
[[gnu::noinline]] uint16_t ClassifyWordSlow(uint16_t class_bits, std::string_view text, uint32_t start, uint32_t end, char* out) {
    const size_t n = end - start;
    const uint64_t head = LowerAscii8(Load8(text, start)), tail = LowerAscii8(Load8(text, start + 8));
    std::memcpy(out, &head, 8);
    std::memcpy(out + 8, &tail, 8);
    for (size_t o = 16; o < n; o += 8) {
        const uint64_t y = LowerAscii8(Load8(text, start + o));
        std::memcpy(out + o, &y, 8);
    }
    return static_cast<uint16_t>(kWfWord | (EndsInNt(out, n) ? kWfNt : 0) | class_bits);
}

}  // namespace

uint16_t ClassifyTokens(std::string_view text, ByteRange sentence, std::span<const Token> toks, char* lower,
                        std::string_view* low, uint16_t* bits) {
    const uint16_t* const class_bits = B().bits.data();  // by the tokens' word ids: no look-up per word
    const char* const bytes = text.data();
    const size_t size = text.size();
    uint16_t any = 0;
    for (size_t i = 0; i < toks.size(); ++i) {
        // The fields one by one: copying the Token made GCC keep it on the stack.
        const uint8_t flags = toks[i].flags;
        uint16_t b;
        std::string_view l;
        if (!(flags & kTokWord)) {
            b = static_cast<uint16_t>(((flags & kTokNumber) ? kWfNumber : 0) | ((flags & kTokQuote) ? kWfQuote : 0));
        } else {
            const uint32_t start = toks[i].start, end = toks[i].end;
            const size_t n = end - start;
            char* out = lower + (start - sentence.start);
            l = std::string_view(out, n);
            if (n > WordTable::kMaxWord || start + 16 > size) [[unlikely]] {
                b = ClassifyWordSlow(class_bits[toks[i].word], text, start, end, out);
            } else {
                // Read from the text and written lower-cased, 16 bytes at a time (the bytes after the word
                // are the next ones lower-cased, or overwritten by the next word): no separate lower-casing
                // pass, and the look-up key comes from registers rather than from bytes just stored.
#if CLAIMLINE_SSE2_X64
                // The 16 bytes as one vector: A..Z get the case bit (signed compares leave bytes >= 0x80
                // alone).
                const __m128i raw = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + start));
                const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(raw, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(raw, _mm_set1_epi8('Z' + 1)));
                const __m128i lowered = _mm_or_si128(raw, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
                _mm_storeu_si128(reinterpret_cast<__m128i*>(out), lowered);
#else
                uint64_t head, tail;
                std::memcpy(&head, bytes + start, 8);
                std::memcpy(&tail, bytes + start + 8, 8);
                head = LowerWordBytes8(head), tail = LowerWordBytes8(tail);
                std::memcpy(out, &head, 8);
                std::memcpy(out + 8, &tail, 8);
#endif
#if CLAIMLINE_SSE2_X64
                // "n't" ending the word: its bytes n-3..n-1 against a pattern, no branch (one word in ten
                // ends in "t", a third have under four bytes: too many for branches to be foreseen).
                const NtProbe& probe = kNtProbes[n];
                const __m128i tail3 = _mm_and_si128(lowered, _mm_load_si128(reinterpret_cast<const __m128i*>(probe.mask)));
                const bool nt = _mm_movemask_epi8(_mm_cmpeq_epi8(tail3, _mm_load_si128(reinterpret_cast<const __m128i*>(probe.pattern)))) == 0xFFFF;
#else
                // "n't" (any case) from the text's last four bytes of the word.
                uint32_t last;
                std::memcpy(&last, bytes + (n >= 4 ? end - 4 : start), 4);
                const bool nt = (n > 3) & (((last >> 8) | 0x200020u) == ('n' | '\'' << 8 | 't' << 16));
#endif
                // The class by the word id the structure stage gave the token: 0 when the word is not listed.
                b = static_cast<uint16_t>(kWfWord | (nt ? kWfNt : 0) | class_bits[toks[i].word]);
            }
        }
        low[i] = l;
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
