// search.hpp — find a reader's words in every article of a story.
//
// Usage:
//   std::vector<core::Span> hits = core::Search(corpus, "zelensky’s");   // sorted by (article, start)
//
// Matching is forgiving the way a reader expects of a news site's search box: case-insensitive (Latin,
// Greek, Cyrillic), accent-insensitive for Latin letters (Polish "Łódź" = "lodz", "Zełenski" = "zelenski"),
// typographic punctuation equals its ASCII form (’ = ', “ = ", – = -), and any run of white space equals
// one space. Hits are non-overlapping, on UTF-8 code point boundaries of the original text. The query is
// untrusted: invalid UTF-8, control characters and huge queries are handled (cut at kMaxQueryBytes).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model.hpp"

namespace core {

constexpr size_t kMaxQueryBytes = 256;      // longer queries are cut (on a code point boundary)
constexpr size_t kMaxSearchHits = 20000;    // a one-letter query in a large story stops here

// The folded form used for matching (lower case, no accents, ASCII punctuation, single spaces).
std::string FoldForSearch(std::string_view text);

// Every occurrence of `query` in the corpus's articles; empty for an empty or all-space query.
std::vector<Span> Search(const Corpus& corpus, std::string_view query, size_t max_hits = kMaxSearchHits);

}  // namespace core
