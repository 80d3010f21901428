// quantity.hpp — counted amounts in text as numeric ranges, so "about 10,000 soldiers" and "tens of
// thousands of its troops" can be compared.
//
// Usage:
//   std::vector<core::Quantity> q = core::FindQuantities(text, toks);
//   q[0].low, q[0].high   // 8500..11500 for "about 10,000"; 20000..99999 for "tens of thousands"
//   q[0].unit             // "troops" (soldiers/troops/servicemen share one family)
//   core::RangesOverlap(a, b)
//
// Vague amounts become the range a reader would accept: "about N" ±15 %, "more than N" N..2N, "up to N"
// 0..N, "tens of thousands" 20,000..99,999, "thousands" 2,000..9,999, "dozens" 24..99. Years, article
// numbers and days of the month are not quantities (a unit noun must follow).
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "event_lexicon.hpp"
#include "text_structure.hpp"

namespace core {

struct Quantity {
    ByteRange range;                    // the whole expression: "about 10,000 soldiers"
    double low = 0;                     // inclusive bounds of what the text allows
    double high = 0;
    std::string unit;                   // unit family, lower case: "troops", "dlrs", "pct", "tonnes"
    bool vague = false;                 // approximate or an order of magnitude
    std::string slot;                   // what it measures, lower case: "debt", "sent", "shares"; "" unknown
};

// lower (optional, empty = lower-case here): the tokens already lower-cased ("" for non-words), to save re-lowering.
// bits (optional, empty = look up here): the WordFlag bits of each token (ClassifyTokens), when the caller has them.
std::vector<Quantity> FindQuantities(std::string_view text, std::span<const Token> toks,
                                     std::span<const std::string_view> lower = {},
                                     std::span<const uint16_t> bits = {});
// The same, appended to out (callers that reuse one buffer per thread).
void FindQuantities(std::string_view text, std::span<const Token> toks, std::span<const std::string_view> lower,
                    std::span<const uint16_t> bits, std::vector<Quantity>& out);
// The word lists FindQuantities tests, which event_lexicon.cpp folds into WordClass (function_word, not_unit).
std::span<const std::string_view> AmountFunctionWords();
std::span<const std::string_view> NonUnitWords();
inline bool RangesOverlap(const Quantity& a, const Quantity& b) { return a.low <= b.high && b.low <= a.high; }
std::string FormatRange(const Quantity& q);   // "8,500–11,500" or "10,000"

}  // namespace core
