#include "quantity.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace core {

namespace {

std::string Lower(std::string_view s) {
    std::string out;
    LowerInto(s, out);
    return out;
}

double WordNumber(std::string_view w) {
    // A short list compared size-first beats hashing every candidate word.
    static constexpr std::pair<std::string_view, double> k[] = {
        {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8},
        {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"fifteen", 15}, {"twenty", 20}, {"thirty", 30},
        {"forty", 40}, {"fifty", 50}, {"hundred", 100}};
    if (w.size() < 3 || w.size() > 7) return -1;
    for (const auto& [word, value] : k)
        if (word == w) return value;
    return -1;
}

double Multiplier(std::string_view w) {
    if (w == "thousand") return 1e3;
    if (w == "million" || w == "mln") return 1e6;
    if (w == "billion" || w == "bln" || w == "billions") return 1e9;
    if (w == "trillion") return 1e12;
    return 0;
}

// The value strtod gives the number with its commas removed ("10,000" 10000, "3.5", "1960s" 1960). Up to 15
// digits and no exponent or hex mark, the digits make an exact integer M and the value is M / 10^f for f
// decimals: one division of exact doubles, correctly rounded as strtod is, so the same double without
// strtod's cost (a third of FindQuantities). Anything else goes to strtod.
double ParseDigits(std::string_view s) {
    static constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    uint64_t m = 0;
    int digits = 0, decimals = -1;  // -1: no '.' yet
    size_t i = 0;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            m = m * 10 + static_cast<uint64_t>(c - '0');
            ++digits;
            decimals += decimals >= 0;
        } else if (c == '.' && decimals < 0) {
            decimals = 0;
        } else if (c != ',') {
            break;
        }
    }
    const char next = i < s.size() ? static_cast<char>(s[i] | 0x20) : '\0';
    if (digits <= 15 && next != 'e' && next != 'x' && next != 'p')
        return decimals > 0 ? static_cast<double>(m) / kPow10[decimals] : static_cast<double>(m);
    std::string d;
    for (char c : s)
        if (c != ',') d += c;
    return std::strtod(d.c_str(), nullptr);
}

// Unit family: soldiers and troops are the same slot.
std::string UnitFamily(std::string_view w) {
    if (w == "soldiers" || w == "troops" || w == "servicemen" || w == "personnel" || w == "fighters" ||
        w == "soldier" || w == "troop" || w == "forces")
        return "troops";
    if (w == "dollars" || w == "dlrs" || w == "dlr" || w == "$") return "dlrs";
    if (w == "percent" || w == "pct" || w == "%") return "pct";
    if (w == "tons" || w == "tonnes" || w == "tonne" || w == "ton") return "tonnes";
    if (w == "people" || w == "persons" || w == "civilians") return "people";
    if (w.size() > 3 && w.back() == 's') return std::string(w.substr(0, w.size() - 1));
    return std::string(w);
}

// Not a unit: months, weekdays and grammatical words that follow bare numbers.
constexpr std::string_view kNotUnit[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                         "september", "october", "november", "december", "and", "or", "to",
                                         "the", "of", "in", "on", "at", "for", "by", "with", "from", "a", "an",
                                         "is", "was", "were", "are", "vs", "pct", "mln"};

// Words that say nothing about what an amount measures.
constexpr std::string_view kFunctionWords[] = {
    "of", "the", "a", "an", "its", "their", "his", "her", "to", "by", "at", "was", "is", "were", "are", "be",
    "been", "has", "have", "had", "about", "some", "nearly", "and", "or", "for", "from", "in", "on", "with", "than",
    "more", "less", "up", "over", "around", "approximately", "roughly", "almost", "estimated", "least", "only",
    "just", "another", "would", "will", "could", "may", "might", "also", "said", "says", "he", "she", "it",
    "they", "we", "which", "that", "this", "these", "those", "all", "some", "total", "of", "as", "per", "new"};

}  // namespace

std::span<const std::string_view> AmountFunctionWords() { return kFunctionWords; }
std::span<const std::string_view> NonUnitWords() { return kNotUnit; }

std::string FormatRange(const Quantity& q) {
    auto fmt = [](double v) {  // thousands separated by commas, built left to right (no inserts)
        if (v < 100 && v != std::floor(v)) {  // "6.5", "9.3456": small figures keep their decimals
            std::string t = std::to_string(v);
            while (!t.empty() && t.back() == '0') t.pop_back();
            return t;
        }
        const std::string digits = std::to_string(static_cast<long long>(std::llround(v)));
        const size_t sign = !digits.empty() && digits[0] == '-';
        std::string s = digits.substr(0, sign);
        for (size_t i = sign; i < digits.size(); ++i) {
            if (i > sign && (digits.size() - i) % 3 == 0) s += ',';
            s += digits[i];
        }
        return s;
    };
    return q.low == q.high ? fmt(q.low) : fmt(q.low) + "\xE2\x80\x93" + fmt(q.high);
}

std::vector<Quantity> FindQuantities(std::string_view text, std::span<const Token> toks,
                                     std::span<const std::string_view> lower, std::span<const uint16_t> bits) {
    std::vector<Quantity> out;
    FindQuantities(text, toks, lower, bits, out);
    return out;
}

void FindQuantities(std::string_view text, std::span<const Token> toks, std::span<const std::string_view> lower,
                    std::span<const uint16_t> bits, std::vector<Quantity>& out) {
    const size_t n = toks.size();
    std::vector<std::string> own;  // lower-cased here only when the caller has not
    std::vector<std::string_view> own_views;
    if (lower.size() < n) {
        own.resize(n);
        own_views.resize(n);
        for (size_t i = 0; i < n; ++i) own_views[i] = own[i] = Lower(text.substr(toks[i].start, toks[i].end - toks[i].start));
        lower = own_views;
    }
    std::vector<uint16_t> own_bits;  // looked up here only when the caller has not
    if (bits.size() < n) {
        own_bits.resize(n);
        for (size_t i = 0; i < n; ++i)
            own_bits[i] = toks[i].Is(kTokWord) ? WordBits(lower[i]) : toks[i].Is(kTokNumber) ? kWfNumber : 0;
        bits = own_bits;
    }
    // Views compare by size first: most words fail every test below without touching their bytes.
    auto low = [&](size_t i) { return i < n ? lower[i] : std::string_view(); };
    auto function_word = [&](size_t i) { return (bits[i] & kWfFunctionWord) != 0; };
    for (size_t i = 0; i < n; ++i) {
        // Numbers, and the few words that can open an amount (WordClass::amount: "three", "thousands"…).
        if (!(bits[i] & (kWfNumber | kWfAmount))) continue;
        size_t b = i, k = i;
        double lo = 0, hi = 0;
        bool vague = false;
        const std::string_view w = low(i);
        // Orders of magnitude: "tens of thousands", "thousands of", "hundreds of", "dozens of".
        if (w == "tens" && low(i + 1) == "of" && (low(i + 2) == "thousands" || low(i + 2) == "millions")) {
            const double m = low(i + 2) == "thousands" ? 1e3 : 1e6;
            lo = 20 * m, hi = 99.999 * m, k = i + 3, vague = true;
        } else if (w == "hundreds" && low(i + 1) == "of" && low(i + 2) == "thousands") {
            lo = 2e5, hi = 999999, k = i + 3, vague = true;
        } else if (w == "thousands" || w == "hundreds" || w == "millions" || w == "dozens") {
            const double m = w == "thousands" ? 1e3 : w == "hundreds" ? 100 : w == "millions" ? 1e6 : 12;
            lo = 2 * m, hi = (w == "dozens" ? 99 : 9.999 * m), k = i + 1, vague = true;
        } else if (toks[i].Is(kTokNumber) || WordNumber(w) > 1) {
            // Skip years, article numbers and days: a preceding capitalized word or a month.
            if (i > 0 && toks[i - 1].Is(kTokCapital)) continue;
            const double v = toks[i].Is(kTokNumber) ? ParseDigits(text.substr(toks[i].start, toks[i].end - toks[i].start)) : WordNumber(w);
            k = i + 1;
            double m = Multiplier(low(k));
            double value = v;
            if (m > 0) value *= m, ++k;
            lo = hi = value;
            // Approximators before the number.
            const std::string_view p1 = i > 0 ? low(i - 1) : std::string_view(), p2 = i > 1 ? low(i - 2) : std::string_view();
            if (p1 == "about" || p1 == "around" || p1 == "approximately" || p1 == "roughly" || p1 == "some" ||
                p1 == "nearly" || p1 == "almost" || p1 == "estimated") {
                lo = value * 0.85, hi = value * 1.15, vague = true, b = i - 1;
            } else if ((p1 == "than" && (p2 == "more" || p2 == "over")) || p1 == "over" || (p1 == "least" && p2 == "at")) {
                lo = value, hi = value * 2, vague = true, b = p1 == "over" ? i - 1 : i - 2;
            } else if ((p1 == "to" && p2 == "up") || (p1 == "than" && (p2 == "less" || p2 == "fewer"))) {
                lo = 0, hi = value, vague = true, b = i - 2;
            }
            if (!toks[i].Is(kTokNumber) || value < 1) { /* word numbers are fine */ }
        } else {
            continue;
        }
        // The unit: the next word, after an optional "of", "of its/their".
        size_t u = k;
        if (low(u) == "of") ++u;
        if (low(u) == "its" || low(u) == "their" || low(u) == "the" || low(u) == "his") ++u;
        if (u >= n || !(toks[u].Is(kTokWord) || text.substr(toks[u].start, 1) == "%")) continue;
        const std::string_view unit = low(u);
        const bool unit_word = !unit.empty() && !(bits[u] & kWfNotUnit);
        if (!unit_word && unit != "pct" && unit != "mln") continue;
        if (toks[u].Is(kTokCapital) && unit != "%") continue;  // "1961 Treaty", "51 Charter"
        Quantity q;
        q.range = {toks[b].start, toks[u].end};
        q.low = lo, q.high = hi, q.vague = vague;
        q.unit = UnitFamily(unit);
        // A bare 4-digit number followed by a noun is usually a year ("a 1961 treaty").
        if (!vague && lo >= 1900 && lo <= 2100 && toks[i].Is(kTokNumber) && toks[i].end - toks[i].start == 4) continue;
        // What it measures: the nearest content word before it in its clause ("debt of 108 billion dlrs",
        // "rose 55 pct"), else the noun of an "of" after the unit ("55 pct of the shares").
        for (size_t p = b; p > 0 && b - p < 5; --p) {
            if (!toks[p - 1].Is(kTokWord)) break;
            if (!function_word(p - 1)) { q.slot.assign(low(p - 1)); break; }
        }
        if (q.slot.empty() && low(u + 1) == "of")
            for (size_t p = u + 2; p < n && p < u + 5 && toks[p].Is(kTokWord); ++p)
                if (!function_word(p)) { q.slot.assign(low(p)); break; }
        out.push_back(std::move(q));
        i = u;
    }
}

}  // namespace core
