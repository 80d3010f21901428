// bundle_export.hpp — a story in the formats other tools read (the CLI's `export --to …`).
//
// Usage:
//   std::string tl = core::ExportTimelineJs(corpus);      // TimelineJS 3 JSON: {"title":…, "events":[…]}
//   std::string cr = core::ExportClaimReview(corpus);     // schema.org ClaimReview JSON-LD (curated verdicts)
//   std::string wa = core::ExportAnnotations(corpus);     // W3C Web Annotation JSON-LD collection
//   std::string csv = core::ExportClaimsCsv(corpus);      // one row per claim, RFC 4180
//   std::string st = core::FormatStats(corpus);           // counts per layer and per article, for people
//
// Pure functions of a Corpus (no files); the bundle itself is SaveBundle (bundle.hpp).
#pragma once
#include <string>

#include "model.hpp"

namespace core {

// Events on their dates (earliest..latest); each article at its publication date when it has one.
std::string ExportTimelineJs(const Corpus& corpus);

// One ClaimReview per note that carries a verdict about a claim; an empty @graph when there are none.
std::string ExportClaimReview(const Corpus& corpus);

// Claims, timexes, entity mentions and furniture as annotations with TextQuoteSelector + TextPositionSelector
// (positions in code points, as the W3C model counts characters; the bundle keeps bytes).
std::string ExportAnnotations(const Corpus& corpus);

std::string ExportClaimsCsv(const Corpus& corpus);

std::string FormatStats(const Corpus& corpus);

}  // namespace core
