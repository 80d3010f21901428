#include "html_export.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <vector>

#include "calendar.hpp"

namespace core {

std::string EscapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\0': break;                // never valid in HTML text
            default: out += c;
        }
    }
    return out;
}

namespace {

const char* kMonthNames[] = {"January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"};

// "19 June 2024" for readers; the machine-readable ISO day goes in <time datetime>.
std::string ReadableDay(Day day) {
    const CivilDate c = CivilFromDay(day);
    if (c.month < 1 || c.month > 12) return FormatIsoDay(day);
    return std::to_string(c.day) + " " + kMonthNames[c.month - 1] + " " + std::to_string(c.year);
}

std::string TimeTag(Day day, std::string_view fallback) {
    if (day == kNoDay) return fallback.empty() ? "undated" : EscapeHtml(fallback);
    return "<time datetime=\"" + FormatIsoDay(day) + "\">" + ReadableDay(day) + "</time>";
}

// Ids from the story become fragment ids: keep letters, digits, '-', '_'; everything else → '-'.
std::string Anchor(std::string_view prefix, std::string_view id) {
    std::string out(prefix);
    for (const char c : id) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        out += keep ? c : '-';
    }
    return out;
}

std::string SourceName(const Article& a) { return a.outlet.empty() ? a.headline : a.outlet; }

// Opens/closes an <hN> with the level clamped to 1..6.
std::string Heading(int level, std::string_view text, std::string_view id = {}) {
    const std::string n = std::to_string(std::clamp(level, 1, 6));
    std::string out = "<h" + n;
    if (!id.empty()) out += " id=\"" + std::string(id) + "\"";
    return out + ">" + std::string(text) + "</h" + n + ">\n";
}

// An article's text as paragraphs (blank or single line breaks split them) with its claims marked.
// Overlapping claims: the first is marked, the others get an anchor; a mark crossing a paragraph break is
// closed and reopened.
std::string ArticleBody(const Corpus& corpus, Index article) {
    const Article& a = corpus.articles[article];
    struct Mark { uint32_t start, end; Index claim; };
    std::vector<Mark> marks;
    for (size_t i = 0; i < corpus.claims.size(); ++i) {
        const Claim& c = corpus.claims[i];
        if (c.span.article != article || c.span.end <= c.span.start || c.span.end > a.text.size()) continue;
        marks.push_back({c.span.start, c.span.end, static_cast<Index>(i)});
    }
    std::sort(marks.begin(), marks.end(), [](const Mark& x, const Mark& y) { return x.start < y.start; });

    std::string out = "<p>";
    const Mark* open = nullptr;
    bool id_written = false;
    size_t next = 0;
    uint32_t pos = 0;
    const auto open_mark = [&](const Mark& m) {
        out += "<mark class=\"claim\"";
        if (!id_written) out += " id=\"" + Anchor("claim-", corpus.claims[m.claim].id) + "\"";
        id_written = true;
        out += ">";
    };
    const uint32_t size = static_cast<uint32_t>(a.text.size());
    while (pos < size) {
        // Claims starting here: the first opens a mark; one overlapping it gets an empty anchor, so every
        // claim in the list after the article has a place to link to.
        while (next < marks.size() && marks[next].start <= pos) {
            if (!open && marks[next].start == pos) {
                open = &marks[next];
                id_written = false;
                open_mark(*open);
            } else {
                out += "<span id=\"" + Anchor("claim-", corpus.claims[marks[next].claim].id) + "\"></span>";
            }
            ++next;
        }
        const uint32_t next_start = next < marks.size() ? marks[next].start : size;
        const uint32_t stop = open ? std::min(open->end, next_start) : next_start;
        uint32_t end = pos;
        while (end < stop && a.text[end] != '\n') ++end;
        out += EscapeHtml(std::string_view(a.text).substr(pos, end - pos));
        pos = end;
        if (pos < size && a.text[pos] == '\n') {
            while (pos < size && (a.text[pos] == '\n' || a.text[pos] == '\r')) ++pos;
            if (open) out += "</mark>";
            out += "</p>\n<p>";
            if (open && pos < open->end) open_mark(*open);
            else if (open) open = nullptr;
        }
        if (open && pos >= open->end) {
            out += "</mark>";
            open = nullptr;
        }
    }
    if (open) out += "</mark>";
    out += "</p>\n";
    // Empty paragraphs from leading/trailing breaks add nothing for a reader.
    for (size_t at; (at = out.find("<p></p>\n")) != std::string::npos;) out.erase(at, 8);
    return out;
}

// One claim in the list after its article; the link goes to its mark in the text (or, without texts, to
// the article).
std::string ClaimLine(const Corpus& corpus, Index k, bool with_texts) {
    const Claim& c = corpus.claims[k];
    const Article& a = corpus.articles[c.span.article];
    const std::string target = with_texts ? Anchor("claim-", c.id) : Anchor("article-", a.id);
    std::string out = "<li><a href=\"#" + target + "\">“" +
                      EscapeHtml(TextOf(a, c.span.start, c.span.end)) + "”</a>";
    if (!c.attribution.outlet_voice && !c.attribution.speaker_name.empty())
        out += " — attributed to " + EscapeHtml(c.attribution.speaker_name);
    else
        out += " — in the outlet's own voice";
    if (c.hedged) out += "; hedged" + (c.hedge_cue.empty() ? std::string() : " (“" + EscapeHtml(c.hedge_cue) + "”)");
    if (c.negated) out += "; negated";
    for (const Note& n : corpus.notes) {
        if (n.claim != k) continue;
        out += "<br><span class=\"note\">Editor's note";
        if (!n.verdict.empty()) out += " (" + EscapeHtml(n.verdict) + ")";
        out += ": " + EscapeHtml(n.text) + "</span>";
    }
    return out + "</li>\n";
}

std::string DefaultTitle(const Corpus& corpus) {
    const size_t n = corpus.articles.size();
    return "The story in " + std::to_string(n) + (n == 1 ? " article" : " articles");
}

constexpr std::string_view kStyle =
    "body{margin:0 auto;max-width:46em;padding:1em 1.2em 3em;font:17px/1.6 Georgia,serif;color:#1c1c1e;"
    "background:#fcfbf8}h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.2}mark.claim{background:#fde9a8;"
    "color:inherit}.meta,.note{font:14px/1.5 system-ui,sans-serif;color:#4a4844}a{color:#12489a}"
    "@media print{a{color:inherit}mark.claim{outline:1px solid #999}}";

}  // namespace

std::string ExportStoryHtml(const Corpus& corpus, const HtmlExportOptions& options) {
    const int h = std::clamp(options.heading_level, 1, 4);
    const std::string title = EscapeHtml(options.title.empty() ? DefaultTitle(corpus) : options.title);
    std::string out;
    if (!options.fragment) {
        out += "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + title +
               "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n<main>\n";
    }
    out += "<section class=\"claimline-static\" aria-labelledby=\"story-title\">\n";
    out += Heading(h, title, "story-title");

    // Timeline: events by date, then the coverage itself by publication date.
    out += Heading(h + 1, "Timeline", "timeline");
    std::vector<Index> events(corpus.events.size());
    for (size_t i = 0; i < events.size(); ++i) events[i] = static_cast<Index>(i);
    std::stable_sort(events.begin(), events.end(), [&](Index x, Index y) {
        return corpus.events[x].date.earliest < corpus.events[y].date.earliest;
    });
    if (!events.empty()) {
        out += "<ol class=\"events\">\n";
        for (const Index e : events) {
            const Event& ev = corpus.events[e];
            out += "<li>" + TimeTag(ev.date.earliest, ev.date.value) + " — " + EscapeHtml(ev.label);
            std::set<std::string> sources;
            for (const Span& m : ev.mentions)
                if (m.article >= 0 && static_cast<size_t>(m.article) < corpus.articles.size())
                    sources.insert(SourceName(corpus.articles[m.article]));
            if (!sources.empty()) {
                out += " <span class=\"meta\">(reported by ";
                bool first = true;
                for (const std::string& s : sources) { out += (first ? "" : ", ") + EscapeHtml(s); first = false; }
                out += ")</span>";
            }
            out += "</li>\n";
        }
        out += "</ol>\n";
    }
    std::vector<Index> coverage(corpus.articles.size());
    for (size_t i = 0; i < coverage.size(); ++i) coverage[i] = static_cast<Index>(i);
    std::stable_sort(coverage.begin(), coverage.end(), [&](Index x, Index y) {
        return corpus.articles[x].published_day < corpus.articles[y].published_day;
    });
    out += "<p class=\"meta\">Coverage by publication date:</p>\n<ol class=\"coverage\">\n";
    for (const Index i : coverage) {
        const Article& a = corpus.articles[i];
        out += "<li>" + TimeTag(a.published_day, a.published) + " — <a href=\"#" + Anchor("article-", a.id) + "\">" +
               EscapeHtml(a.headline) + "</a>" + (a.outlet.empty() ? "" : " (" + EscapeHtml(a.outlet) + ")") + "</li>\n";
    }
    out += "</ol>\n";

    // Articles, each with its claims marked in the text and listed after it.
    out += Heading(h + 1, "Articles", "articles");
    for (size_t i = 0; i < corpus.articles.size(); ++i) {
        const Article& a = corpus.articles[i];
        out += "<article id=\"" + Anchor("article-", a.id) + "\">\n" + Heading(h + 2, EscapeHtml(a.headline));
        out += "<p class=\"meta\">" + (a.outlet.empty() ? std::string() : EscapeHtml(a.outlet) + " · ") +
               TimeTag(a.published_day, a.published);
        if (!a.url.empty() && (a.url.rfind("https://", 0) == 0 || a.url.rfind("http://", 0) == 0))
            out += " · <a href=\"" + EscapeHtml(a.url) + "\">original</a>";
        if (!a.credit.empty()) out += "<br>" + EscapeHtml(a.credit);
        out += "</p>\n";
        if (options.article_texts) out += ArticleBody(corpus, static_cast<Index>(i));
        std::vector<Index> claims;
        for (size_t k = 0; k < corpus.claims.size(); ++k)
            if (corpus.claims[k].span.article == static_cast<Index>(i)) claims.push_back(static_cast<Index>(k));
        if (!claims.empty()) {
            out += "<p class=\"meta\">Claims in this article:</p>\n<ul class=\"claims\">\n";
            for (const Index k : claims) out += ClaimLine(corpus, k, options.article_texts);
            out += "</ul>\n";
        }
        if (!a.copyright.empty()) out += "<p class=\"meta\">" + EscapeHtml(a.copyright) + "</p>\n";
        out += "</article>\n";
    }
    out += "</section>\n";
    if (!options.fragment) out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace core
