#include "text_structure.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "word_lexicon.hpp"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace core {

namespace {

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(unsigned char c) { return IsUpper(c) || IsLower(c); }

// Length of a UTF-8 punctuation sequence we treat specially at p (curly quotes, dashes), else 0.
// Returns through kind: 'o' opening quote, 'c' closing quote, 'a' right single quote (apostrophe or
// closing), 'd' dash, 'p' other punctuation.
int SpecialUtf8(std::string_view t, size_t p, char& kind) {
    if (p + 2 < t.size() + 0 && static_cast<unsigned char>(t[p]) == 0xE2 && static_cast<unsigned char>(t[p + 1]) == 0x80) {
        switch (static_cast<unsigned char>(t[p + 2])) {
            case 0x9C: kind = 'o'; return 3;  // “
            case 0x9D: kind = 'c'; return 3;  // ”
            case 0x98: kind = 'o'; return 3;  // ‘
            case 0x99: kind = 'a'; return 3;  // ’
            case 0x93: case 0x94: kind = 'd'; return 3;  // – —
            case 0xA6: kind = 'p'; return 3;  // …
            default: break;
        }
    }
    if (p + 1 < t.size() && static_cast<unsigned char>(t[p]) == 0xC2) {
        const unsigned char c = static_cast<unsigned char>(t[p + 1]);
        if (c == 0xA9 || c == 0xB7 || c == 0xAB || c == 0xBB || c == 0xA0) { kind = 'p'; return 2; }  // © · « » nbsp
    }
    return 0;
}

// Abbreviations after which a period never ends a sentence (titles, months, "No.", "vs.").
constexpr std::array<std::string_view, 44> kNeverFinal{
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "st", "jr",
    "sr", "rev", "hon", "adm", "maj", "cmdr", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "approx", "fig", "mt", "ft", "est", "dept", "gov"};
// Abbreviations that may also end a sentence ("… in the U.S. The …"): split only before a typical starter.
constexpr std::array<std::string_view, 8> kMaybeFinal{"corp", "inc", "co", "ltd", "bros", "etc", "plc", "cos"};
constexpr std::array<std::string_view, 34> kSentenceStarters{
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "but", "in",
    "on", "at", "and", "however", "meanwhile", "its", "his", "her", "their", "there", "if", "when", "after",
    "as", "for", "some", "analysts", "officials", "earlier"};


// Case-insensitive membership of a short word in a lower-case list (no allocation).
template <size_t N>
bool InListLower(const std::array<std::string_view, N>& list, std::string_view w) {
    if (w.empty() || w.size() > 12) return false;
    for (std::string_view k : list)
        if (EqualsLower(w, k)) return true;
    return false;
}

// The word (letters and inner periods) ending just before `dot`.
std::string_view WordBefore(std::string_view t, size_t dot, size_t from) {
    size_t b = dot;
    while (b > from && (IsAlpha(static_cast<unsigned char>(t[b - 1])) || t[b - 1] == '.')) --b;
    return t.substr(b, dot - b);
}

std::string_view WordAt(std::string_view t, size_t p, size_t end) {
    size_t e = p;
    while (e < end && IsAlpha(static_cast<unsigned char>(t[e]))) ++e;
    return t.substr(p, e - p);
}

// Decides whether the period at `dot` ends a sentence whose next word starts at `next`.
bool PeriodEndsSentence(std::string_view t, size_t dot, size_t next, size_t from, size_t end) {
    std::string_view w = WordBefore(t, dot, from);
    const unsigned char n = static_cast<unsigned char>(t[next]);
    if (IsLower(n)) return false;                              // "U.S. and", "approx. half"
    if (w.empty()) return true;
    if (w.size() == 1 && IsUpper(static_cast<unsigned char>(w[0]))) return false;  // initial: "John F. Kennedy"
    if (InListLower(kNeverFinal, w)) return IsDigit(n) ? false : EqualsLower(w, "no");
    const bool dotted = w.find('.') != std::string_view::npos;  // "u.s", "a.m"
    if (dotted || InListLower(kMaybeFinal, w)) return InListLower(kSentenceStarters, WordAt(t, next, end));
    return true;
}

// Bytes AddSentences must look at: sentence punctuation, straight quotes and UTF-8 lead bytes of the
// curly quotes, dashes and no-break space SpecialUtf8 knows.
struct SentenceBytes {
    bool v[256] = {};
    constexpr SentenceBytes() {
        v[static_cast<unsigned char>('.')] = v[static_cast<unsigned char>('!')] = v[static_cast<unsigned char>('?')] = true;
        v[static_cast<unsigned char>('"')] = v[0xE2] = v[0xC2] = true;
    }
    constexpr bool operator[](unsigned char c) const { return v[c]; }
};
constexpr SentenceBytes kSentenceByte;

// The first byte in t[i, end) that AddSentences must look at, or end. Most bytes of news copy are letters
// and spaces, so 16 at a time are compared against the four ASCII candidates where SSE2 exists (every
// x86-64); bytes >= 0x80 show in the sign mask and are checked against the table one by one.
size_t NextSentenceByte(std::string_view t, size_t i, size_t end) {
#if defined(__SSE2__)
    const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'), ask = _mm_set1_epi8('?'), quote = _mm_set1_epi8('"');
    for (; i + 16 <= end; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, ask), _mm_cmpeq_epi8(v, quote)));
        for (unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(hit, v))); mask; mask &= mask - 1) {
            const size_t k = i + static_cast<size_t>(__builtin_ctz(mask));
            if (kSentenceByte[static_cast<unsigned char>(t[k])]) return k;
        }
    }
#endif
    while (i < end && !kSentenceByte[static_cast<unsigned char>(t[i])]) ++i;
    return i;
}

struct Segment { size_t start, end; };

// Free text between furniture ranges.
std::vector<Segment> FreeSegments(std::string_view t, const std::vector<Furniture>* furniture) {
    std::vector<Segment> out;
    size_t p = 0;
    if (furniture) {
        for (const Furniture& f : *furniture) {
            const size_t s = std::min<size_t>(f.range.start, t.size()), e = std::min<size_t>(f.range.end, t.size());
            if (s > p) out.push_back({p, s});
            p = std::max(p, e);
        }
    }
    if (p < t.size()) out.push_back({p, t.size()});
    return out;
}

// Hard-wrapped text (Reuters: ~70-column lines, paragraphs start with indentation) versus one line per
// paragraph (web copy). Two or more indented lines decide it.
bool LooksHardWrapped(std::string_view t) {
    int indented = t.size() > 2 && t[0] == ' ' && t[1] == ' ';
    for (size_t p = t.find('\n'); p != std::string_view::npos && p + 2 < t.size(); p = t.find('\n', p + 1))
        if (t[p + 1] == ' ' && t[p + 2] == ' ' && ++indented >= 2) return true;
    return false;
}

void AddParagraphs(std::string_view t, Segment seg, bool wrapped, std::vector<ByteRange>& out) {
    size_t p = seg.start;
    while (p < seg.end) {
        // Find the paragraph end: a line break that ends a paragraph in this text's convention.
        size_t e = p;
        while (e < seg.end) {
            const void* nl = std::memchr(t.data() + e, '\n', seg.end - e);
            if (!nl) { e = seg.end; break; }
            e = static_cast<size_t>(static_cast<const char*>(nl) - t.data());
            if (!wrapped) break;
            const size_t n = e + 1;
            if (n >= seg.end || t[n] == '\n' || t[n] == ' ' || t[n] == '\t' || t[n] == '\r') break;
            ++e;
        }
        size_t s = p, f = e;
        while (s < f && IsSpace(static_cast<unsigned char>(t[s]))) ++s;
        while (f > s && IsSpace(static_cast<unsigned char>(t[f - 1]))) --f;
        if (f > s) out.push_back({static_cast<uint32_t>(s), static_cast<uint32_t>(f)});
        p = e + 1;
    }
}

bool EndsLikeSentence(std::string_view t, size_t end) {
    // Look back over closing quotes/brackets for . ! ? or a colon.
    size_t p = end;
    while (p > 0) {
        const unsigned char c = static_cast<unsigned char>(t[p - 1]);
        if (c == '"' || c == '\'' || c == ')' || c == ']') { --p; continue; }
        if (p >= 3 && static_cast<unsigned char>(t[p - 3]) == 0xE2 && static_cast<unsigned char>(t[p - 2]) == 0x80 &&
            (c == 0x9D || c == 0x99)) { p -= 3; continue; }
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
    }
    return false;
}

// Words in t[s, e), counting no further than `cap` (callers only compare against a small limit).
int CountWords(std::string_view t, size_t s, size_t e, int cap) {
    int n = 0;
    bool in = false;
    for (size_t i = s; i < e && n <= cap; ++i) {
        const bool sp = IsSpace(static_cast<unsigned char>(t[i]));
        if (!sp && !in) ++n;
        in = !sp;
    }
    return n;
}

void AddSentences(std::string_view t, ByteRange para, uint32_t para_index, bool& quote_open,
                  std::vector<Sentence>& out) {
    const size_t from = para.start, end = para.end;
    // Title-like lines: no final punctuation, or a short lead-in ending in a colon ("Details of the deal:").
    const bool ends = EndsLikeSentence(t, end);
    if ((!ends && CountWords(t, from, end, 25) <= 24) || (ends && t[end - 1] == ':' && CountWords(t, from, end, 9) <= 8)) {
        out.push_back({para, para_index, true, quote_open});
        return;
    }
    size_t start = from;
    bool start_in_quote = quote_open;
    auto emit = [&](size_t e) {
        size_t s = start;
        while (s < e && IsSpace(static_cast<unsigned char>(t[s]))) ++s;
        size_t f = e;
        while (f > s && IsSpace(static_cast<unsigned char>(t[f - 1]))) --f;
        if (f > s) out.push_back({{static_cast<uint32_t>(s), static_cast<uint32_t>(f)}, para_index, false, start_in_quote});
        start = e;
        start_in_quote = quote_open;
    };
    for (size_t i = from; i < end;) {
        i = NextSentenceByte(t, i, end);  // most bytes cannot end a sentence or open a quote
        if (i >= end) break;
        const unsigned char c = static_cast<unsigned char>(t[i]);
        char kind = 0;
        if (const int n = c >= 0xC2 ? SpecialUtf8(t, i, kind) : 0) {
            if (kind == 'o') quote_open = true;
            else if (kind == 'c') quote_open = false;
            i += n;
            continue;
        }
        if (c == '"') {
            // A straight quote opens when preceded by space/start, closes otherwise.
            quote_open = (i == from || IsSpace(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == '(');
            ++i;
            continue;
        }
        if (c != '.' && c != '!' && c != '?') { ++i; continue; }
        size_t j = i + 1;
        while (j < end) {  // ellipses, "?!", closing quotes and brackets belong to this sentence
            const unsigned char d = static_cast<unsigned char>(t[j]);
            char k2 = 0;
            if (d == '.' || d == '!' || d == '?' || d == ')' || d == ']' || d == '\'') { ++j; continue; }
            if (d == '"') { quote_open = false; ++j; continue; }
            if (const int n = SpecialUtf8(t, j, k2); n && (k2 == 'c' || k2 == 'a')) {
                if (k2 == 'c') quote_open = false;
                j += n;
                continue;
            }
            break;
        }
        if (j >= end) break;
        if (!IsSpace(static_cast<unsigned char>(t[j]))) { i = j; continue; }  // "3.5", "U.S.-led", "e.g.,"
        size_t k = j;
        while (k < end && IsSpace(static_cast<unsigned char>(t[k]))) ++k;
        if (k >= end) break;
        if (c == '.' ? PeriodEndsSentence(t, i, k, from, end) : !IsLower(static_cast<unsigned char>(t[k])))
            emit(j);
        i = k;
    }
    emit(end);
}

}  // namespace

void LowerInto(std::string_view s, std::string& out) {
    out.resize(s.size());
    // Raw restrict pointers: the compiler may then assume no aliasing and vectorise the loop (claims.cpp
    // lower-cases every sentence of every story).
    const char* __restrict in = s.data();
    char* __restrict o = out.data();
    for (size_t i = 0, n = s.size(); i < n; ++i) {
        const char c = in[i];
        o[i] = static_cast<char>(c + ((static_cast<unsigned char>(c - 'A') < 26) << 5));
    }
}

bool EqualsLower(std::string_view s, std::string_view lower) {
    if (s.size() != lower.size()) return false;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if (c != lower[i]) return false;
    }
    return true;
}

TextStructure SegmentText(std::string_view text, const std::vector<Furniture>* furniture) {
    TextStructure ts;
    // Room up front for what news copy usually has (Reuters: a paragraph per ~200 bytes, a sentence per
    // ~100): the vectors then rarely grow, a few allocations fewer per article.
    ts.paragraphs.reserve(text.size() / 128 + 2);
    ts.sentences.reserve(text.size() / 64 + 4);
    const bool wrapped = LooksHardWrapped(text);
    for (const Segment& seg : FreeSegments(text, furniture)) AddParagraphs(text, seg, wrapped, ts.paragraphs);
    bool quote_open = false;
    for (uint32_t p = 0; p < ts.paragraphs.size(); ++p) {
        quote_open = false;  // quotations do not run across paragraphs in news copy
        AddSentences(text, ts.paragraphs[p], p, quote_open, ts.sentences);
    }
    ts.tokens.reserve(text.size() / 5);  // news copy: about one token per 5-6 bytes
    for (Sentence& s : ts.sentences) {
        s.first_token = static_cast<uint32_t>(ts.tokens.size());
        Tokenize(text, s.range, ts.tokens);
        s.end_token = static_cast<uint32_t>(ts.tokens.size());
    }
    return ts;
}

namespace {

// Byte classes for the tokenizer's hot loops: one table load answers what IsLower/IsUpper/IsDigit/IsSpace
// would ask one after another (Tokenize runs over every byte of every article).
enum ByteClass : uint8_t { kBcLower = 1, kBcUpper = 2, kBcDigit = 4, kBcSpace = 8, kBcHigh = 16 };
struct ByteClasses {
    uint8_t v[256] = {};
    constexpr ByteClasses() {
        for (int c = 'a'; c <= 'z'; ++c) v[c] = kBcLower;
        for (int c = 'A'; c <= 'Z'; ++c) v[c] = kBcUpper;
        for (int c = '0'; c <= '9'; ++c) v[c] = kBcDigit;
        for (unsigned char c : {' ', '\t', '\r', '\n', '\f', '\v'}) v[c] = kBcSpace;
        for (int c = 0x80; c < 256; ++c) v[c] = kBcHigh;
    }
    uint8_t operator[](char c) const { return v[static_cast<unsigned char>(c)]; }
};
constexpr ByteClasses kByteClass;

// The end of the run of lower-case ASCII letters starting at i (at most `end`). Words run 1-12 letters,
// so a byte-by-byte loop pays a mispredicted exit per word; where SSE2 exists (every x86-64) 16 bytes are
// classified at once and the run's end is the first zero bit: a shifted signed compare tells 'a'..'z'.
// Loads stay inside the text (t.size()), not the range: bytes past `end` are read but never counted.
size_t LowerRunEnd(std::string_view t, size_t i, size_t end) {
#if defined(__SSE2__)
    const __m128i shift = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));           // 'a'..'z' → -128..-103
    const __m128i limit = _mm_set1_epi8(static_cast<char>(-128 + 26));
    while (i < end && i + 16 <= t.size()) {
        const __m128i v = _mm_add_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i)), shift);
        const unsigned other = ~static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, limit))) & 0xFFFFu;
        if (other) return std::min(end, i + static_cast<size_t>(__builtin_ctz(other)));
        i += 16;
    }
    if (i >= end) return end;
#endif
    while (i < end && kByteClass[t[i]] == kBcLower) ++i;
    return i;
}

void TokenizeRange(std::string_view t, ByteRange range, std::vector<Token>& out) {
    size_t i = range.start;
    const size_t end = std::min<size_t>(range.end, t.size());
    const auto cls = [&](size_t k) { return kByteClass[t[k]]; };
    const auto alpha = [&](size_t k) { return (cls(k) & (kBcLower | kBcUpper)) != 0; };
    while (i < end) {
        const unsigned char c = static_cast<unsigned char>(t[i]);
        const uint8_t cc = kByteClass[t[i]];
        if (cc & kBcSpace) { ++i; continue; }
        char kind = 0;
        if (const int n = c >= 0xC2 ? SpecialUtf8(t, i, kind) : 0) {
            // ’s right after a word is the possessive; other ’ are quotes.
            if (kind == 'a' && i + 3 < end && t[i + 3] == 's' && (i + 4 >= end || !alpha(i + 4)) && i > range.start &&
                !(cls(i - 1) & kBcSpace)) {
                out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 4), kTokPossessive});
                i += 4;
                continue;
            }
            const uint8_t f = (kind == 'o' || kind == 'c' || kind == 'a') ? (kTokPunct | kTokQuote) : kTokPunct;
            out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + n), f});
            i += n;
            continue;
        }
        if (cc == 0) {  // ASCII punctuation or control: a possessive "'s", else one punctuation token
            if (c == '\'' && i + 1 < end && t[i + 1] == 's' && (i + 2 >= end || !alpha(i + 2)) && i > range.start && alpha(i - 1)) {
                out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 2), kTokPossessive});
                i += 2;
                continue;
            }
            const uint8_t f = (c == '"' || c == '\'') ? (kTokPunct | kTokQuote) : kTokPunct;
            out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), f});
            ++i;
            continue;
        }
        // A word or number: letters, digits, non-ASCII bytes, and the inner punctuation below.
        size_t j = i;
        int letters = 0, uppers = 0;
        while (j < end) {
            const uint8_t dc = kByteClass[t[j]];
            if (dc == kBcLower) {  // the common case, kept tight: a run of lower-case letters
                const size_t k = LowerRunEnd(t, j + 1, end);
                letters += static_cast<int>(k - j);
                j = k;
                continue;
            }
            if (dc & (kBcUpper | kBcDigit)) {
                letters += dc == kBcUpper;
                uppers += dc == kBcUpper;
                ++j;
                continue;
            }
            const unsigned char d = static_cast<unsigned char>(t[j]);
            if (dc == kBcHigh) {
                char k2 = 0;
                if (d >= 0xC2 && SpecialUtf8(t, j, k2)) break;
                ++j;
                ++letters;
                continue;
            }
            if (dc == kBcSpace) break;
            // Inner hyphen, apostrophe ("Ho-jin", "don't"), or period/comma between digits ("10,000", "3.5"),
            // or the periods of "U.S.".
            if (j + 1 < end) {
                const uint8_t nc = cls(j + 1);
                const uint8_t pc = cls(j - 1);
                if ((d == '-' || d == '\'') && (nc & (kBcLower | kBcUpper | kBcDigit)) &&
                    !(d == '\'' && t[j + 1] == 's' && (j + 2 >= end || !alpha(j + 2)))) { j += 1; continue; }
                if ((d == ',' || d == '.') && pc == kBcDigit && nc == kBcDigit) { ++j; continue; }
                if (d == '.' && pc == kBcUpper && nc == kBcUpper && j + 2 < end && t[j + 2] == '.') { ++j; continue; }
            }
            if (d == '.' && j > i && cls(j - 1) == kBcUpper && j >= i + 2 && t[j - 2] == '.') { ++j; break; }  // final "." of U.S.
            break;
        }
        uint8_t f = (cc & kBcDigit) ? kTokNumber : kTokWord;
        if (cc & (kBcUpper | kBcHigh)) f |= kTokCapital;
        if (c == 0xC3 && static_cast<unsigned char>(t[i + 1]) >= 0x9F) f &= static_cast<uint8_t>(~kTokCapital);  // à…ÿ: lower case
        if (letters >= 2 && uppers == letters) f |= kTokAllCaps;
        if ((cc & kBcLower) && uppers > 0 && !(cls(j - 1) & kBcDigit)) f |= kTokCapital;  // iPhone, eBay
        out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j), f});
        i = j;
    }
}

}  // namespace

void Tokenize(std::string_view t, ByteRange range, std::vector<Token>& out) {
    const size_t first = out.size();
    TokenizeRange(t, range, out);
    // The word ids while the words' bytes are still in cache: one look-up per word for every stage.
    AssignWordIds(t, std::span<Token>(out).subspan(first));
}

}  // namespace core
