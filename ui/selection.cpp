#include "selection.hpp"

#include <algorithm>
#include <charconv>
#include <vector>
#include <iterator>

#include "app.hpp"
#include "search.hpp"
#include "search_window.hpp"

namespace ui {

namespace {
struct Slot { char key; core::Index Selection::*field; };
constexpr Slot kSlots[] = {{'a', &Selection::article}, {'c', &Selection::claim}, {'e', &Selection::event},
                           {'n', &Selection::entity},  {'t', &Selection::timex}};
}  // namespace

std::string ToString(const Selection& s) {
    std::string out;
    for (const Slot& slot : kSlots) {
        const core::Index v = s.*slot.field;
        if (v == core::kNone) continue;
        if (!out.empty()) out += '&';
        out += slot.key;
        out += '=';
        out += std::to_string(v);
    }
    return out;
}

bool Parse(std::string_view text, Selection& out) {
    Selection s;
    while (!text.empty()) {
        const size_t amp = text.find('&');
        std::string_view part = text.substr(0, amp);
        text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
        if (part.size() < 3 || part[1] != '=') return false;
        const Slot* slot = nullptr;
        for (const Slot& candidate : kSlots)
            if (candidate.key == part[0]) slot = &candidate;
        if (!slot) return false;
        core::Index v = 0;
        auto [end, ec] = std::from_chars(part.data() + 2, part.data() + part.size(), v);
        if (ec != std::errc() || end != part.data() + part.size() || v < 0) return false;
        s.*slot->field = v;
    }
    out = s;
    return true;
}

namespace {
bool InRange(core::Index i, size_t size) { return i == core::kNone || (i >= 0 && static_cast<size_t>(i) < size); }

// Every claim of `article`, in index order.
std::vector<core::Index> ClaimsOf(const core::Corpus& corpus, core::Index article) {
    std::vector<core::Index> out;
    for (size_t k = 0; k < corpus.claims.size(); ++k)
        if (corpus.claims[k].span.article == article) out.push_back(static_cast<core::Index>(k));
    return out;
}

// The claim "at=" names: the innermost of `claims` (one article's) holding byte `at`, the lowest index
// among equals; kNone when none holds it. Links are read and written with this one rule.
core::Index InnermostAt(const core::Corpus& corpus, const std::vector<core::Index>& claims, uint32_t at) {
    core::Index best = core::kNone;
    uint32_t best_length = UINT32_MAX;
    for (core::Index k : claims) {
        const core::Span& span = corpus.claims[static_cast<size_t>(k)].span;
        if (at >= span.start && at < span.end && span.end - span.start < best_length) { best = k; best_length = span.end - span.start; }
    }
    return best;
}
}  // namespace

bool ResolveLink(std::string_view text, const core::Corpus& corpus, Selection& out) {
    // Take "at=N" out; the rest is the plain grammar.
    std::string rest;
    long long at = -1;
    while (!text.empty()) {
        const size_t amp = text.find('&');
        const std::string_view part = text.substr(0, amp);
        text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
        if (part.substr(0, 3) == "at=") {
            auto [end, ec] = std::from_chars(part.data() + 3, part.data() + part.size(), at);
            if (ec != std::errc() || end != part.data() + part.size() || at < 0) return false;
            continue;
        }
        if (!rest.empty()) rest += '&';
        rest += part;
    }
    Selection s;
    if (!Parse(rest, s)) return false;
    if (!InRange(s.article, corpus.articles.size()) || !InRange(s.claim, corpus.claims.size()) ||
        !InRange(s.event, corpus.events.size()) || !InRange(s.entity, corpus.entities.size()) ||
        !InRange(s.timex, corpus.timexes.size()))
        return false;
    if (at >= 0) {
        if (s.article == core::kNone) return false;  // an offset means nothing without its article
        const size_t size = corpus.articles[static_cast<size_t>(s.article)].text.size();
        if (static_cast<unsigned long long>(at) >= size) return false;
        const core::Index claim = InnermostAt(corpus, ClaimsOf(corpus, s.article), static_cast<uint32_t>(at));
        if (claim == core::kNone) return false;
        s.claim = claim;
    }
    out = s;
    return true;
}

namespace {
// The byte that names claim `k` among `siblings` (every claim of its article, in index order), as
// ResolveLink's InnermostAt picks the innermost claim at a byte: -1 when none does. The first byte usually
// does; when a shorter claim starts there too, the innermost claim changes only where a sibling starts or
// ends, so those are the other candidates.
long long NamingByte(const core::Corpus& corpus, const std::vector<core::Index>& siblings, core::Index k) {
    const core::Span& span = corpus.claims[static_cast<size_t>(k)].span;
    if (span.start >= span.end) return -1;
    auto innermost = [&](uint32_t at) { return InnermostAt(corpus, siblings, at); };
    if (innermost(span.start) == k) return span.start;
    std::vector<uint32_t> candidates;
    for (core::Index j : siblings)
        for (uint32_t b : {corpus.claims[static_cast<size_t>(j)].span.start, corpus.claims[static_cast<size_t>(j)].span.end})
            if (b > span.start && b < span.end) candidates.push_back(b);
    std::sort(candidates.begin(), candidates.end());
    for (uint32_t b : candidates)
        if (innermost(b) == k) return b;
    return -1;
}

std::string WithWords(const Selection& s, long long at) {
    Selection rest = s;
    rest.claim = core::kNone;
    std::string out = ToString(rest);   // "a=4" first, then the words, then the other slots (e, n, t)
    const size_t first_amp = out.find('&');
    const std::string words = "&at=" + std::to_string(at);
    if (first_amp == std::string::npos) out += words;
    else out.insert(first_amp, words);
    return out;
}
}  // namespace

std::string ToLink(const Selection& s, const core::Corpus& corpus) {
    if (s.claim == core::kNone || s.article == core::kNone || !InRange(s.claim, corpus.claims.size()) ||
        corpus.claims[static_cast<size_t>(s.claim)].span.article != s.article)
        return ToString(s);
    const long long at = NamingByte(corpus, ClaimsOf(corpus, s.article), s.claim);
    return at < 0 ? ToString(s) : WithWords(s, at);
}

std::vector<std::string> ClaimDeepLinks(const core::Corpus& corpus) {
    std::vector<std::vector<core::Index>> by_article(corpus.articles.size());
    for (size_t k = 0; k < corpus.claims.size(); ++k) {
        const core::Index a = corpus.claims[k].span.article;
        if (a >= 0 && static_cast<size_t>(a) < by_article.size()) by_article[static_cast<size_t>(a)].push_back(static_cast<core::Index>(k));
    }
    std::vector<std::string> links(corpus.claims.size());
    for (size_t k = 0; k < corpus.claims.size(); ++k) {
        Selection s;
        s.article = corpus.claims[k].span.article;
        s.claim = static_cast<core::Index>(k);
        if (s.article < 0 || static_cast<size_t>(s.article) >= by_article.size()) { links[k] = ToString(s); continue; }
        const long long at = NamingByte(corpus, by_article[static_cast<size_t>(s.article)], s.claim);
        links[k] = at < 0 ? ToString(s) : WithWords(s, at);
    }
    return links;
}

namespace {
constexpr const char* kLaneNames[] = {"articles", "entities", "kinds"};   // LaneMode order
constexpr const char* kTabNames[] = {"timeline", "article", "claims", "entities", "search"};   // Tab order
static_assert(std::size(kTabNames) == static_cast<size_t>(Tab::Count));

// Percent-encoding of everything but unreserved characters (RFC 3986), so a query survives any URL.
std::string Encode(std::string_view text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~') out += static_cast<char>(c);
        else { out += '%'; out += hex[c >> 4]; out += hex[c & 15]; }
    }
    return out;
}
int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
bool Decode(std::string_view text, std::string& out) {
    out.clear();
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') { out += ' '; continue; }
        if (text[i] != '%') { out += text[i]; continue; }
        if (i + 2 >= text.size()) return false;            // '%' needs two hex digits after it
        const int hi = HexValue(text[i + 1]), lo = HexValue(text[i + 2]);
        if (hi < 0 || lo < 0) return false;
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return true;
}
}  // namespace

std::string ToString(const ViewState& v) {
    std::string out;
    auto add = [&](const char* key, const std::string& value) {
        if (!out.empty()) out += '&';
        out += key;
        out += '=';
        out += value;
    };
    if (!v.search.empty()) add("q", Encode(v.search));
    if (v.lanes != LaneMode::Article) add("lanes", kLaneNames[static_cast<int>(v.lanes)]);
    if (v.tab != Tab::Article) add("tab", kTabNames[static_cast<int>(v.tab)]);
    if (v.entities || v.coverage) add("panels", std::string(v.entities ? "entities" : "") + (v.entities && v.coverage ? "+" : "") + (v.coverage ? "coverage" : ""));
    return out;
}

bool Parse(std::string_view text, ViewState& out) {
    ViewState v;
    while (!text.empty()) {
        const size_t amp = text.find('&');
        const std::string_view part = text.substr(0, amp);
        text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
        const size_t eq = part.find('=');
        if (eq == std::string_view::npos || eq == 0) return false;
        const std::string_view key = part.substr(0, eq), value = part.substr(eq + 1);
        if (key == "q") {
            if (!Decode(value, v.search) || v.search.size() > core::kMaxQueryBytes) return false;
        } else if (key == "lanes") {
            bool known = false;
            for (int i = 0; i < 3; ++i)
                if (value == kLaneNames[i]) { v.lanes = static_cast<LaneMode>(i); known = true; }
            if (!known) return false;
        } else if (key == "tab") {
            bool known = false;
            for (int i = 0; i < static_cast<int>(Tab::Count); ++i)
                if (value == kTabNames[i]) { v.tab = static_cast<Tab>(i); known = true; }
            if (!known) return false;
        } else if (key == "panels") {
            std::string_view rest = value;
            while (!rest.empty()) {
                const size_t plus = rest.find('+');
                const std::string_view name = rest.substr(0, plus);
                rest = plus == std::string_view::npos ? std::string_view() : rest.substr(plus + 1);
                if (name == "entities") v.entities = true;
                else if (name == "coverage") v.coverage = true;
                else return false;
            }
        } else {
            return false;
        }
    }
    out = v;
    return true;
}

ViewState CaptureView(const AppState& app) {
    return {app.search_query, app.timeline.lane_mode, app.show_entities, app.show_coverage, app.layout.tab};
}

void ApplyView(AppState& app, const ViewState& view) {
    if (view.search != app.search_query) SetSearchQuery(app, view.search);
    app.timeline.lane_mode = view.lanes;
    app.show_entities = view.entities;
    app.show_coverage = view.coverage;
    app.layout.tab = view.tab;
}

}  // namespace ui
