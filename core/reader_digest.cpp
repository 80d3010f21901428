#include "reader_digest.hpp"

#include <algorithm>
#include <set>

namespace core {

namespace {

// The first `max` bytes of a span on one line, cut on a code point boundary, with "…" when cut.
std::string Snippet(const Corpus& c, const Span& s, size_t max) {
    if (s.article < 0 || static_cast<size_t>(s.article) >= c.articles.size()) return {};
    std::string_view t = TextOf(c.articles[s.article], s.start, s.end);
    bool cut = false;
    if (t.size() > max) {
        size_t e = max;
        while (e > 0 && (static_cast<unsigned char>(t[e]) & 0xC0) == 0x80) --e;
        t = t.substr(0, e), cut = true;
    }
    std::string out;
    for (char ch : t) out += (ch == '\n' || ch == '\r' || ch == '\t') ? ' ' : ch;
    if (cut) out += "\xE2\x80\xA6";
    return out;
}

const std::string& ArticleId(const Corpus& c, Index a) {
    static const std::string kNoArticle = "?";
    return a >= 0 && static_cast<size_t>(a) < c.articles.size() ? c.articles[a].id : kNoArticle;
}

std::string DateOf(const EventDate& d) {
    std::string s = d.value.empty() ? std::string("undated") : d.value;
    if (!d.mod.empty()) s += " (" + d.mod + ")";
    return s;
}

}  // namespace

std::string FormatReaderDigest(const Corpus& c, const DigestOptions& o) {
    std::string out;
    // Events in date order, so the digest reads as a timeline.
    std::vector<size_t> order(c.events.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return c.events[a].date.earliest < c.events[b].date.earliest; });
    out += "\nEVENTS (" + std::to_string(c.events.size()) + ")\n";
    for (size_t i : order) {
        const Event& e = c.events[i];
        std::set<Index> arts;
        for (const Span& m : e.mentions) arts.insert(m.article);
        out += "  " + DateOf(e.date) + "  " + e.label + "  [" + e.id + ", reported by " + std::to_string(arts.size()) +
               (arts.size() == 1 ? " article" : " articles") + (e.provenance == Provenance::Curated ? ", curated" : "") + "]\n";
        for (const Span& m : e.mentions) out += "      " + ArticleId(c, m.article) + ": " + Snippet(c, m, o.snippet_bytes) + "\n";
    }
    out += "\nRELATIONS (" + std::to_string(c.relations.size()) + ")\n";
    for (const Relation& r : c.relations) {
        out += "  " + std::string(ToString(r.type)) + (r.provenance == Provenance::Curated ? " (curated)" : "") + ": " +
               r.explanation + "\n";
        for (const Span& s : r.evidence) out += "      " + ArticleId(c, s.article) + ": \xE2\x80\x9C" + Snippet(c, s, o.snippet_bytes) + "\xE2\x80\x9D\n";
    }
    if (!o.claims) return out;
    out += "\nCLAIMS (" + std::to_string(c.claims.size()) + ")\n";
    for (const Claim& k : c.claims) {
        std::string who = k.attribution.outlet_voice ? std::string("outlet")
                          : k.attribution.speaker != kNone && static_cast<size_t>(k.attribution.speaker) < c.entities.size()
                              ? c.entities[k.attribution.speaker].name
                              : "\xE2\x80\x9C" + k.attribution.speaker_name + "\xE2\x80\x9D";
        std::string flags;
        if (k.hedged) flags += " hedged(" + k.hedge_cue + ")";
        if (k.negated) flags += " negated";
        if (k.event != kNone && static_cast<size_t>(k.event) < c.events.size()) flags += " " + c.events[k.event].id;
        out += "  " + k.id + " " + ToString(k.kind) + " by " + who + flags + ": " + Snippet(c, k.span, o.snippet_bytes) + "\n";
    }
    return out;
}

}  // namespace core
