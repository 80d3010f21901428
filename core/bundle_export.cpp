#include "bundle_export.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace core {

using ojson = nlohmann::ordered_json;

namespace {

const Article* ArticleOf(const Corpus& c, Index i) {
    return i >= 0 && static_cast<size_t>(i) < c.articles.size() ? &c.articles[static_cast<size_t>(i)] : nullptr;
}

std::string SpanText(const Corpus& c, const Span& s) {
    const Article* a = ArticleOf(c, s.article);
    return a ? std::string(TextOf(*a, s.start, s.end)) : std::string();
}

std::string Html(std::string_view s) {
    std::string out;
    for (char ch : s) {
        switch (ch) {
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '&': out += "&amp;"; break;
            case '"': out += "&quot;"; break;
            default: out += ch;
        }
    }
    return out;
}

std::string Dump(const ojson& j) { return j.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n"; }

// TimelineJS date object; precision follows the granularity (a month-level date has no day).
ojson TimelineDate(Day d, Granularity g) {
    CivilDate c = CivilFromDay(d);
    ojson j;
    j["year"] = c.year;
    if (g == Granularity::Year || g == Granularity::Decade || g == Granularity::Century) return j;
    j["month"] = c.month;
    if (g == Granularity::Month) return j;
    j["day"] = c.day;
    return j;
}

// Where an article can be found: its URL, else a stable URN naming it inside this story.
std::string ArticleSource(const Article& a) { return a.url.empty() ? "urn:claimline:article:" + a.id : a.url; }

uint32_t CodePointOffset(const std::string& text, uint32_t byte) {
    uint32_t n = 0;
    for (uint32_t i = 0; i < byte && i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
    return n;
}

ojson Target(const Corpus& c, const Span& s) {
    const Article* a = ArticleOf(c, s.article);
    ojson t;
    if (!a) return t;
    TextQuote q = QuoteOf(*a, s.start, s.end);
    t["source"] = ArticleSource(*a);
    ojson quote = {{"type", "TextQuoteSelector"}, {"exact", q.exact}, {"prefix", q.prefix}, {"suffix", q.suffix}};
    ojson pos = {{"type", "TextPositionSelector"}, {"start", CodePointOffset(a->text, s.start)},
                 {"end", CodePointOffset(a->text, s.end)}};
    t["selector"] = ojson::array({quote, pos});
    return t;
}

ojson Annotation(const std::string& id, const char* motivation, const std::string& body, const char* purpose,
                 const ojson& target) {
    ojson j;
    j["id"] = id;
    j["type"] = "Annotation";
    j["motivation"] = motivation;
    j["body"] = {{"type", "TextualBody"}, {"value", body}, {"purpose", purpose}, {"format", "text/plain"}};
    j["target"] = target;
    return j;
}

std::string Csv(std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char ch : s) {
        if (ch == '"') out += '"';
        out += ch;
    }
    return out + "\"";
}

}  // namespace

std::string ExportTimelineJs(const Corpus& c) {
    ojson root;
    std::string title = c.articles.empty() ? std::string("claimline") : c.articles.front().headline;
    root["title"] = {{"text", {{"headline", Html(title)},
                               {"text", "<p>" + std::to_string(c.articles.size()) + " articles, " +
                                            std::to_string(c.events.size()) + " dated events (claimline)</p>"}}}};
    ojson events = ojson::array();
    for (const Event& e : c.events) {
        if (e.date.earliest == kNoDay) continue;  // TimelineJS cannot place an undated event
        ojson j;
        j["start_date"] = TimelineDate(e.date.earliest, e.date.granularity);
        if (e.date.latest != kNoDay && e.date.latest != e.date.earliest && e.date.granularity != Granularity::Month &&
            e.date.granularity != Granularity::Year)
            j["end_date"] = TimelineDate(e.date.latest, e.date.granularity);
        std::string body;
        for (const Span& m : e.mentions) {
            const Article* a = ArticleOf(c, m.article);
            if (!a) continue;
            body += "<blockquote>" + Html(TextOf(*a, m.start, m.end)) + "</blockquote><p>— " +
                    Html(a->outlet.empty() ? a->id : a->outlet) + " (" + Html(a->id) + ")</p>";
        }
        j["text"] = {{"headline", Html(e.label)}, {"text", body}};
        j["group"] = "Events";
        j["unique_id"] = "ev-" + e.id;
        events.push_back(j);
    }
    for (const Article& a : c.articles) {
        if (a.published_day == kNoDay) continue;
        ojson j;
        j["start_date"] = TimelineDate(a.published_day, Granularity::Day);
        std::string body = "<p>" + Html(a.outlet.empty() ? "Outlet unknown" : a.outlet) + ", published " +
                           Html(a.published) + " (" + ToString(a.published_certainty) + ")</p>";
        if (!a.published_note.empty()) body += "<p>" + Html(a.published_note) + "</p>";
        j["text"] = {{"headline", Html(a.headline)}, {"text", body}};
        j["group"] = "Articles";
        j["unique_id"] = "article-" + a.id;
        events.push_back(j);
    }
    root["events"] = events;
    return Dump(root);
}

std::string ExportClaimReview(const Corpus& c) {
    ojson graph = ojson::array();
    for (const Note& n : c.notes) {
        if (n.verdict.empty() || n.claim < 0 || static_cast<size_t>(n.claim) >= c.claims.size()) continue;
        const Claim& k = c.claims[static_cast<size_t>(n.claim)];
        const Article* a = ArticleOf(c, k.span.article);
        ojson j;
        j["@type"] = "ClaimReview";
        j["claimReviewed"] = SpanText(c, k.span);
        j["reviewRating"] = {{"@type", "Rating"}, {"alternateName", n.verdict}};
        j["reviewBody"] = n.text;
        j["author"] = {{"@type", "Organization"}, {"name", n.author.empty() ? std::string("claimline editors") : n.author}};
        ojson claim = {{"@type", "Claim"}};
        if (!k.attribution.outlet_voice && !k.attribution.speaker_name.empty())
            claim["author"] = {{"@type", "Thing"}, {"name", k.attribution.speaker_name}};
        if (a) {
            ojson appearance = {{"@type", "NewsArticle"}, {"headline", a->headline}, {"url", ArticleSource(*a)}};
            if (!a->outlet.empty()) appearance["publisher"] = {{"@type", "Organization"}, {"name", a->outlet}};
            if (a->published_day != kNoDay) appearance["datePublished"] = FormatIsoDay(a->published_day);
            claim["appearance"] = appearance;
        }
        j["itemReviewed"] = claim;
        j["identifier"] = "urn:claimline:note:" + n.id;
        graph.push_back(j);
    }
    ojson root;
    root["@context"] = "https://schema.org";
    root["@graph"] = graph;
    return Dump(root);
}

std::string ExportAnnotations(const Corpus& c) {
    ojson items = ojson::array();
    for (const Claim& k : c.claims) {
        std::string body = std::string(ToString(k.kind)) + " claim";
        if (!k.attribution.outlet_voice && !k.attribution.speaker_name.empty()) body += ", attributed to " + k.attribution.speaker_name;
        if (k.hedged) body += ", hedged (" + k.hedge_cue + ")";
        items.push_back(Annotation("urn:claimline:claim:" + k.id, "classifying", body, "classifying", Target(c, k.span)));
    }
    for (size_t i = 0; i < c.timexes.size(); ++i) {
        const Timex& t = c.timexes[i];
        items.push_back(Annotation("urn:claimline:timex:" + std::to_string(i), "tagging",
                                   std::string(ToString(t.type)) + " " + t.value, "tagging", Target(c, t.span)));
    }
    for (const Entity& e : c.entities)
        for (size_t m = 0; m < e.mentions.size(); ++m)
            items.push_back(Annotation("urn:claimline:entity:" + e.id + ":" + std::to_string(m), "identifying",
                                       e.name + " (" + ToString(e.kind) + ")", "identifying", Target(c, e.mentions[m])));
    for (size_t ai = 0; ai < c.articles.size(); ++ai)
        for (const Furniture& f : c.articles[ai].furniture)
            items.push_back(Annotation("urn:claimline:furniture:" + c.articles[ai].id + ":" + std::to_string(f.range.start),
                                       "classifying", "page furniture: " + f.kind, "classifying",
                                       Target(c, Span{static_cast<Index>(ai), f.range.start, f.range.end})));
    for (const Note& n : c.notes) {
        if (n.claim < 0 || static_cast<size_t>(n.claim) >= c.claims.size()) continue;
        std::string body = n.verdict.empty() ? n.text : n.verdict + ": " + n.text;
        items.push_back(Annotation("urn:claimline:note:" + n.id, n.verdict.empty() ? "commenting" : "assessing", body,
                                   n.verdict.empty() ? "commenting" : "assessing",
                                   Target(c, c.claims[static_cast<size_t>(n.claim)].span)));
    }
    ojson root;
    root["@context"] = "http://www.w3.org/ns/anno.jsonld";
    root["id"] = "urn:claimline:annotations";
    root["type"] = "AnnotationCollection";
    root["label"] = "claimline annotations";
    root["total"] = items.size();
    root["first"] = {{"type", "AnnotationPage"}, {"items", items}};
    return Dump(root);
}

std::string ExportClaimsCsv(const Corpus& c) {
    std::string out = "id,article,start,end,kind,text,speaker,hedged,negated,certainty,event_date,provenance\r\n";
    for (const Claim& k : c.claims) {
        const Article* a = ArticleOf(c, k.span.article);
        std::string event_date;
        if (k.event >= 0 && static_cast<size_t>(k.event) < c.events.size()) event_date = c.events[static_cast<size_t>(k.event)].date.value;
        char certainty[16];
        std::snprintf(certainty, sizeof certainty, "%.2f", static_cast<double>(k.certainty));
        out += Csv(k.id) + "," + Csv(a ? a->id : "") + "," + std::to_string(k.span.start) + "," + std::to_string(k.span.end) +
               "," + ToString(k.kind) + "," + Csv(SpanText(c, k.span)) + "," +
               Csv(k.attribution.outlet_voice ? std::string() : k.attribution.speaker_name) + "," +
               (k.hedged ? "true" : "false") + "," + (k.negated ? "true" : "false") + "," + certainty + "," +
               Csv(event_date) + "," + ToString(k.provenance) + "\r\n";
    }
    return out;
}

std::string FormatStats(const Corpus& c) {
    auto curated = [](const auto& v) {
        size_t n = 0;
        for (const auto& x : v) n += x.provenance == Provenance::Curated;
        return n;
    };
    std::string out;
    char line[512];
    std::snprintf(line, sizeof line,
                  "articles %zu  timexes %zu  entities %zu  events %zu  claims %zu (%zu curated)  relations %zu (%zu curated)  notes %zu\n",
                  c.articles.size(), c.timexes.size(), c.entities.size(), c.events.size(), c.claims.size(),
                  curated(c.claims), c.relations.size(), curated(c.relations), c.notes.size());
    out += line;
    out += "article  published   certainty  bytes  furniture  timexes  mentions  claims  headline\n";
    for (size_t i = 0; i < c.articles.size(); ++i) {
        const Article& a = c.articles[i];
        const Index ai = static_cast<Index>(i);
        size_t timexes = 0, mentions = 0, claims = 0;
        for (const Timex& t : c.timexes) timexes += t.span.article == ai;
        for (const Entity& e : c.entities)
            for (const Span& s : e.mentions) mentions += s.article == ai;
        for (const Claim& k : c.claims) claims += k.span.article == ai;
        std::string headline = a.headline;
        if (headline.size() > 60) {
            size_t cut = 57;
            while (cut > 0 && (static_cast<unsigned char>(headline[cut]) & 0xC0) == 0x80) --cut;  // whole code points
            headline = headline.substr(0, cut) + "...";
        }
        std::snprintf(line, sizeof line, "%-8s %-11s %-10s %6zu %10zu %8zu %9zu %7zu  %s\n", a.id.c_str(),
                      a.published_day == kNoDay ? "-" : FormatIsoDay(a.published_day).c_str(),
                      ToString(a.published_certainty), a.text.size(), a.furniture.size(), timexes, mentions, claims,
                      headline.c_str());
        out += line;
    }
    return out;
}

}  // namespace core
