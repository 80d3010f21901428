#include "search.hpp"

#include "utf8_encode.hpp"

#include <cstdint>

namespace core {

namespace {

// Base letters of U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A), lower case; "" = keep as is
// (× and ÷). Generated from Unicode's canonical decompositions, plus the letters that have none
// (ł, đ, ø, ß, æ, œ, þ…), so Polish, Czech, German, French and Nordic names match typed without accents.
constexpr const char* kLatinFold[] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00C0
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",  // U+00D0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00E0
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",   // U+00F0
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",   // U+0100
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",   // U+0110
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",   // U+0120
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l", // U+0130
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",   // U+0140
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s", // U+0150
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",   // U+0160
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",   // U+0170
};
static_assert(sizeof(kLatinFold) / sizeof(kLatinFold[0]) == 0x180 - 0xC0);

// Decodes one code point at text[i]; an invalid or truncated sequence counts as U+FFFD of one byte, so a
// hostile query can never make the decoder skip past the end or loop.
char32_t Decode(std::string_view text, size_t i, size_t& len) {
    const auto b = [&](size_t k) { return static_cast<unsigned char>(text[i + k]); };
    const unsigned char c = b(0);
    len = 1;
    if (c < 0x80) return c;
    const size_t n = c >= 0xF0 ? (c <= 0xF4 ? 4 : 0) : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (n == 0 || i + n > text.size()) return 0xFFFD;
    char32_t cp = c & (0x7F >> n);
    for (size_t k = 1; k < n; ++k) {
        if ((b(k) & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (b(k) & 0x3F);
    }
    // Overlong forms and surrogates are invalid UTF-8.
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0xFFFD;
    len = n;
    return cp;
}

bool IsSpace(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000;
}

// Appends the folded form of one (non-space) code point.
void FoldCodePoint(char32_t cp, std::string& out) {
    if (cp < 0x80) { out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp); return; }
    if (cp >= 0xC0 && cp < 0x180) {
        const char* f = kLatinFold[cp - 0xC0];
        if (*f) { out += f; return; }
    }
    if ((cp >= 0x0300 && cp <= 0x036F) || cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0x200D ||
        cp == 0xFEFF)
        return;                                        // combining accents, soft hyphen, zero-width: nothing
    switch (cp) {
        case 0x0218: case 0x0219: out += 's'; return;  // Romanian ș ț (comma below; ş ţ are in the table)
        case 0x021A: case 0x021B: out += 't'; return;
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x02BB: case 0x00B4:
            out += '\''; return;                       // ‘ ’ ‚ ‛ ′ ʼ ʻ ´ → '
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
            out += '"'; return;                        // “ ” „ ‟ ″ « » → "
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
            out += '-'; return;                        // hyphens, dashes, minus → -
        case 0x2026: out += "..."; return;
        default: break;
    }
    if (cp >= 0x0391 && cp <= 0x03A9 && cp != 0x03A2) cp += 0x20;     // Greek capitals
    else if (cp >= 0x0410 && cp <= 0x042F) cp += 0x20;                 // Cyrillic А–Я
    else if (cp >= 0x0400 && cp <= 0x040F) cp += 0x50;                 // Cyrillic Ѐ–Џ
    AppendUtf8(out, static_cast<uint32_t>(cp));
}

// The folded text and, for each folded byte, the original code point it came from ([start, end) bytes).
struct Folded {
    std::string text;
    std::vector<uint32_t> start, end;
    void Clear() { text.clear(); start.clear(); end.clear(); }
};

void Fold(std::string_view text, Folded& f, bool keep_map) {
    f.Clear();
    bool in_space = false;
    for (size_t i = 0; i < text.size();) {
        size_t len = 1;
        const char32_t cp = Decode(text, i, len);
        const size_t before = f.text.size();
        if (IsSpace(cp)) {
            if (in_space) {                            // a run of spaces is one space: extend its source
                if (keep_map && !f.end.empty()) f.end.back() = static_cast<uint32_t>(i + len);
                i += len;
                continue;
            }
            in_space = true;
            f.text += ' ';
        } else {
            in_space = false;
            FoldCodePoint(cp, f.text);
        }
        if (keep_map)
            for (size_t k = before; k < f.text.size(); ++k) {
                f.start.push_back(static_cast<uint32_t>(i));
                f.end.push_back(static_cast<uint32_t>(i + len));
            }
        i += len;
    }
}

}  // namespace

std::string FoldForSearch(std::string_view text) {
    Folded f;
    Fold(text, f, false);
    return std::move(f.text);
}

std::vector<Span> Search(const Corpus& corpus, std::string_view query, size_t max_hits) {
    std::vector<Span> hits;
    if (query.size() > kMaxQueryBytes) {
        size_t cut = kMaxQueryBytes;
        while (cut > 0 && (static_cast<unsigned char>(query[cut]) & 0xC0) == 0x80) --cut;
        query = query.substr(0, cut);
    }
    std::string needle = FoldForSearch(query);
    // Leading and trailing spaces are typing noise, not part of what is looked for.
    const size_t first = needle.find_first_not_of(' ');
    if (first == std::string::npos) return hits;
    needle = needle.substr(first, needle.find_last_not_of(' ') - first + 1);

    Folded hay;
    for (size_t a = 0; a < corpus.articles.size() && hits.size() < max_hits; ++a) {
        Fold(corpus.articles[a].text, hay, true);
        for (size_t at = hay.text.find(needle); at != std::string::npos && hits.size() < max_hits;
             at = hay.text.find(needle, at + needle.size())) {
            const size_t last = at + needle.size() - 1;
            Span s{static_cast<Index>(a), hay.start[at], hay.end[last]};
            // A match may begin inside a multi-letter fold (the second "s" of ß): the hit is then the whole
            // letter, which can touch the previous hit; keep hits disjoint and ordered.
            if (!hits.empty() && hits.back().article == s.article && s.start < hits.back().end) continue;
            hits.push_back(s);
        }
    }
    return hits;
}

}  // namespace core
