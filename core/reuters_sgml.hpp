// reuters_sgml.hpp — reads the Reuters-21578 SGML distribution (reut2-*.sgm) into articles.
//
// Usage:
//   std::vector<core::Article> stories = core::ReadReutersSgml(file_bytes, "reut2-000.sgm");
// One article per <REUTERS> element that has a <BODY>: id "reuters-<NEWID>", headline = <TITLE>,
// outlet "Reuters", published = <DATE> ("26-FEB-1987 15:01:01.79" → "1987-02-26T15:01:01", stated),
// text = the body with SGML character references decoded (&lt; &gt; &amp;; control characters such as
// &#3; dropped). The files are ASCII except for a few stray Latin-1 bytes, decoded as Latin-1 so the
// text is always valid UTF-8. Used by `claimline extract` on .sgm files and by the benchmarks.
#pragma once
#include <string_view>
#include <vector>

#include "model.hpp"

namespace core {

std::vector<Article> ReadReutersSgml(std::string_view bytes, std::string_view file_name);

}  // namespace core
