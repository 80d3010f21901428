// html_export.hpp — the story as a static, accessible HTML page: for readers without JavaScript (the
// page's <noscript>), search engines, print and archives. No script, every text escaped.
//
// Usage:
//   std::string page = core::ExportStoryHtml(corpus);                        // a whole document
//   std::string part = core::ExportStoryHtml(corpus, {.fragment = true});    // a <section> to embed
//
// Contents: a timeline (events by date, each with the outlets that report it; then the coverage by
// publication date), and every article with its metadata, its text in paragraphs and its claims marked
// (<mark id="claim-…">), followed by a list of those claims with attribution, hedging and editor notes.
#pragma once
#include <string>

#include "model.hpp"

namespace core {

struct HtmlExportOptions {
    std::string title;                  // page title and <h1>; "" = derived from the story
    bool fragment = false;              // true: one <section class="claimline-static"> (no <html>, no style)
    bool article_texts = true;          // false: headlines, dates and claims only (a shorter fallback)
    int heading_level = 1;              // level of the title heading (1..4); sections use the next levels
};

std::string ExportStoryHtml(const Corpus& corpus, const HtmlExportOptions& options = {});

// Escapes & < > " ' for text and attribute values.
std::string EscapeHtml(std::string_view text);

}  // namespace core
