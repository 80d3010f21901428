// bundle_read.cpp — LoadBundle: bytes → checked Corpus, or a list of located errors.
//
// [SECTION] pre-parse checks and parse   [SECTION] field readers   [SECTION] spans
// [SECTION] articles                     [SECTION] layers          [SECTION] LoadBundle
#include <nlohmann/json.hpp>

#include <cstdio>
#include <optional>
#include <unordered_map>

#include "bundle.hpp"
#include "bundle_scan.hpp"

namespace core {

using nlohmann::json;

std::string LoadError::ToString() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column);
    out += ": " + message;
    if (!pointer.empty()) out += " (" + pointer + ")";  // only a bundle's errors have a place in its JSON
    return out;
}

std::string ErrorSummary(const std::vector<LoadError>& errors) {
    if (errors.empty()) return {};
    std::string out = errors.front().ToString();
    if (errors.size() > 1) out += " (+" + std::to_string(errors.size() - 1) + " more)";
    return out;
}

namespace {

// A problem found while reading the DOM; located in the source afterwards (see LocatePointers).
struct Problem {
    std::string pointer;
    std::string message;
};

std::string Quoted(std::string_view s) {
    constexpr size_t kMax = 40;  // keep messages to one readable line
    std::string out = "\"";
    out += s.size() > kMax ? std::string(s.substr(0, kMax)) + "…" : std::string(s);
    return out + "\"";
}

const char* TypeName(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object";
        case json::value_t::array: return "an array";
        case json::value_t::string: return "a string";
        case json::value_t::boolean: return "a boolean";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned: return "an integer";
        case json::value_t::number_float: return "a number";
        default: return "binary data";
    }
}

// =============================================================================================================
// [SECTION] field readers: each checks presence and type and records a Problem with the exact pointer.
// =============================================================================================================
class Reader {
public:
    explicit Reader(size_t max_errors) : m_max_errors(max_errors) {}

    std::vector<Problem> problems;
    bool Full() const { return problems.size() >= m_max_errors; }
    void Fail(std::string pointer, std::string message) {
        if (!Full()) problems.push_back({std::move(pointer), std::move(message)});
    }

    // The member `key` of `obj`, or nullptr (with a Problem when required).
    const json* Member(const json& obj, const std::string& ptr, const char* key, bool required) {
        auto it = obj.find(key);
        if (it == obj.end() || (it->is_null() && !required)) {
            if (required) Fail(ptr, std::string("missing required field \"") + key + "\"");
            return nullptr;
        }
        return &*it;
    }
    bool String(const json& obj, const std::string& ptr, const char* key, std::string& out, bool required) {
        const json* v = Member(obj, ptr, key, required);
        if (!v) return !required;
        if (!v->is_string()) return TypeError(ptr, key, "a string", *v);
        out = v->get<std::string>();
        return true;
    }
    bool Bool(const json& obj, const std::string& ptr, const char* key, bool& out) {
        const json* v = Member(obj, ptr, key, false);
        if (!v) return true;
        if (!v->is_boolean()) return TypeError(ptr, key, "true or false", *v);
        out = v->get<bool>();
        return true;
    }
    bool Offset(const json& obj, const std::string& ptr, const char* key, uint32_t& out) {
        const json* v = Member(obj, ptr, key, true);
        if (!v) return false;
        if (!v->is_number_integer() || (!v->is_number_unsigned() && v->get<int64_t>() < 0))
            return TypeError(ptr, key, "a byte offset (an integer ≥ 0)", *v);
        uint64_t u = v->get<uint64_t>();
        if (u > UINT32_MAX) { Fail(ptr + "/" + key, "offset " + std::to_string(u) + " is too large"); return false; }
        out = static_cast<uint32_t>(u);
        return true;
    }
    bool Number(const json& obj, const std::string& ptr, const char* key, float& out) {
        const json* v = Member(obj, ptr, key, false);
        if (!v) return true;
        if (!v->is_number()) return TypeError(ptr, key, "a number", *v);
        out = v->get<float>();
        return true;
    }
    // Parses an enum name (via model.hpp's Parse overloads); absent keeps the default.
    template <typename E>
    bool Enum(const json& obj, const std::string& ptr, const char* key, E& out, const char* choices) {
        std::string s;
        const json* v = Member(obj, ptr, key, false);
        if (!v) return true;
        if (!v->is_string()) return TypeError(ptr, key, "a string", *v);
        s = v->get<std::string>();
        if (!Parse(s, out)) {
            Fail(ptr + "/" + key, "unknown " + std::string(key) + " " + Quoted(s) + " (expected " + choices + ")");
            return false;
        }
        return true;
    }
    // An array member (absent = empty); nullptr when absent or of the wrong type.
    const json* Array(const json& obj, const std::string& ptr, const char* key, bool required = false) {
        const json* v = Member(obj, ptr, key, required);
        if (!v) return nullptr;
        if (!v->is_array()) { TypeError(ptr, key, "an array", *v); return nullptr; }
        return v;
    }
    bool IsObject(const json& v, const std::string& ptr, const char* what) {
        if (v.is_object()) return true;
        Fail(ptr, std::string(what) + " must be an object, not " + TypeName(v));
        return false;
    }
    bool TypeError(const std::string& ptr, const char* key, const char* expected, const json& got) {
        Fail(ptr + "/" + key, std::string("\"") + key + "\" must be " + expected + ", not " + TypeName(got));
        return false;
    }

private:
    size_t m_max_errors;
};

using IdMap = std::unordered_map<std::string, Index>;

// Collects the ids of a layer so items can refer forward (claims ↔ events) and duplicates are caught.
IdMap CollectIds(Reader& r, const json* array, const std::string& ptr) {
    IdMap ids;
    std::unordered_map<std::string, size_t> first;
    if (!array) return ids;
    for (size_t i = 0; i < array->size(); ++i) {
        const json& item = (*array)[i];
        auto it = item.is_object() ? item.find("id") : item.end();
        if (!item.is_object() || it == item.end() || !it->is_string()) continue;  // reported when read
        std::string id = it->get<std::string>();
        auto [pos, added] = first.emplace(id, i);
        if (!added) {
            r.Fail(ptr + "/" + std::to_string(i) + "/id",
                   "duplicate id " + Quoted(id) + " (first at " + ptr + "/" + std::to_string(pos->second) + ")");
            continue;
        }
        ids[id] = static_cast<Index>(i);
    }
    return ids;
}

// =============================================================================================================
// [SECTION] spans: offsets inside the text, on code point boundaries, and matching their quote.
// =============================================================================================================
struct Context {
    Reader& r;
    Corpus& corpus;
    IdMap articles, entities, events, claims;
    Provenance default_provenance = Provenance::Extracted;
    size_t timex_count = 0;             // claims refer to timexes by index
};

bool IsBoundary(const std::string& text, uint32_t offset) {
    return offset >= text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

// Reads start/end (and the optional text/prefix/suffix quote) of an article's range.
bool ReadRange(Context& c, const json& obj, const std::string& ptr, const Article& a, uint32_t& start,
               uint32_t& end) {
    Reader& r = c.r;
    bool ok = r.Offset(obj, ptr, "start", start);
    ok = r.Offset(obj, ptr, "end", end) && ok;
    if (!ok) return false;
    const std::string where = " of article " + Quoted(a.id);
    if (end < start) {
        r.Fail(ptr + "/end", "end " + std::to_string(end) + " is before start " + std::to_string(start));
        return false;
    }
    if (end > a.text.size()) {
        r.Fail(ptr + "/end", "end " + std::to_string(end) + " is past the end of the text" + where + " (" +
                                 std::to_string(a.text.size()) + " bytes)");
        return false;
    }
    if (!IsBoundary(a.text, start) || !IsBoundary(a.text, end)) {
        bool bad_start = !IsBoundary(a.text, start);
        r.Fail(ptr + (bad_start ? "/start" : "/end"),
               std::string(bad_start ? "start " : "end ") + std::to_string(bad_start ? start : end) +
                   " falls inside a UTF-8 sequence" + where);
        return false;
    }
    std::string quote;
    if (!r.String(obj, ptr, "text", quote, false)) return false;
    if (obj.contains("text")) {
        std::string_view actual = TextOf(a, start, end);
        if (quote != actual) {
            std::string msg = "text " + Quoted(quote) + " does not match the article at " + std::to_string(start) +
                              ".." + std::to_string(end) + " (" + Quoted(actual) + ")";
            size_t at = a.text.find(quote);
            if (!quote.empty() && at != std::string::npos)
                msg += "; the quote occurs at " + std::to_string(at) + ".." + std::to_string(at + quote.size());
            r.Fail(ptr + "/text", msg);
            return false;
        }
    }
    // prefix/suffix are advisory (for re-anchoring elsewhere) but must agree with the text when present.
    std::string prefix, suffix;
    if (!r.String(obj, ptr, "prefix", prefix, false) || !r.String(obj, ptr, "suffix", suffix, false)) return false;
    if (!prefix.empty() && (prefix.size() > start || a.text.compare(start - prefix.size(), prefix.size(), prefix) != 0)) {
        r.Fail(ptr + "/prefix", "prefix " + Quoted(prefix) + " does not match the text before " + std::to_string(start));
        return false;
    }
    if (!suffix.empty() && a.text.compare(end, suffix.size(), suffix) != 0) {
        r.Fail(ptr + "/suffix", "suffix " + Quoted(suffix) + " does not match the text after " + std::to_string(end));
        return false;
    }
    return true;
}

// A span object {article, start, end, …}; `article` names an article id.
bool ReadSpan(Context& c, const json& obj, const std::string& ptr, Span& out) {
    if (!c.r.IsObject(obj, ptr, "a span")) return false;
    std::string id;
    if (!c.r.String(obj, ptr, "article", id, true)) return false;
    auto it = c.articles.find(id);
    if (it == c.articles.end()) {
        c.r.Fail(ptr + "/article", "unknown article " + Quoted(id));
        return false;
    }
    out.article = it->second;
    return ReadRange(c, obj, ptr, c.corpus.articles[static_cast<size_t>(it->second)], out.start, out.end);
}

bool ReadSpans(Context& c, const json& obj, const std::string& ptr, const char* key, std::vector<Span>& out) {
    const json* arr = c.r.Array(obj, ptr, key);
    if (!arr) return !obj.contains(key) || obj[key].is_null();
    bool ok = true;
    for (size_t i = 0; i < arr->size(); ++i) {
        Span s;
        if (ReadSpan(c, (*arr)[i], ptr + "/" + key + "/" + std::to_string(i), s)) out.push_back(s);
        else ok = false;
    }
    return ok;
}

// A reference by id to another layer's item; absent/null = kNone.
bool ReadRef(Context& c, const json& obj, const std::string& ptr, const char* key, const IdMap& ids,
             const char* layer, Index& out) {
    std::string id;
    if (!c.r.String(obj, ptr, key, id, false)) return false;
    if (!obj.contains(key) || obj[key].is_null()) return true;
    auto it = ids.find(id);
    if (it == ids.end()) {
        c.r.Fail(ptr + "/" + key, std::string("unknown ") + layer + " " + Quoted(id));
        return false;
    }
    out = it->second;
    return true;
}

bool ReadRefs(Context& c, const json& obj, const std::string& ptr, const char* key, const IdMap& ids,
              const char* layer, std::vector<Index>& out) {
    const json* arr = c.r.Array(obj, ptr, key);
    if (!arr) return !obj.contains(key) || obj[key].is_null();
    bool ok = true;
    for (size_t i = 0; i < arr->size(); ++i) {
        const std::string p = ptr + "/" + key + "/" + std::to_string(i);
        const json& v = (*arr)[i];
        if (!v.is_string()) { c.r.Fail(p, std::string("a ") + layer + " reference must be an id string, not " + TypeName(v)); ok = false; continue; }
        auto it = ids.find(v.get<std::string>());
        if (it == ids.end()) { c.r.Fail(p, std::string("unknown ") + layer + " " + Quoted(v.get<std::string>())); ok = false; continue; }
        out.push_back(it->second);
    }
    return ok;
}

// A calendar date member ("2024-06-19" or a date-time); absent/null = kNoDay.
bool ReadDay(Context& c, const json& obj, const std::string& ptr, const char* key, Day& out) {
    std::string s;
    if (!c.r.String(obj, ptr, key, s, false)) return false;
    if (s.empty()) return true;
    if (!ParseIsoDate(s, out)) {
        c.r.Fail(ptr + "/" + key, "impossible date " + Quoted(s) + " (expected YYYY-MM-DD, a real calendar day)");
        return false;
    }
    return true;
}

bool ReadProvenance(Context& c, const json& obj, const std::string& ptr, Provenance& out) {
    out = c.default_provenance;
    return c.r.Enum(obj, ptr, "provenance", out, "\"extracted\" or \"curated\"");
}

// =============================================================================================================
// [SECTION] articles
// =============================================================================================================
bool ReadArticle(Context& c, const json& obj, const std::string& ptr, const FileReader& read_file, Article& a) {
    Reader& r = c.r;
    if (!r.IsObject(obj, ptr, "an article")) return false;
    bool ok = r.String(obj, ptr, "id", a.id, true);
    ok = r.String(obj, ptr, "headline", a.headline, true) && ok;
    ok = r.String(obj, ptr, "outlet", a.outlet, true) && ok;
    ok = r.String(obj, ptr, "published", a.published, true) && ok;
    ok = r.String(obj, ptr, "headline_source", a.headline_source, false) && ok;
    ok = r.String(obj, ptr, "url", a.url, false) && ok;
    ok = r.String(obj, ptr, "language", a.language, false) && ok;
    ok = r.String(obj, ptr, "credit", a.credit, false) && ok;
    ok = r.String(obj, ptr, "copyright", a.copyright, false) && ok;
    ok = r.String(obj, ptr, "published_note", a.published_note, false) && ok;
    ok = r.Enum(obj, ptr, "published_certainty", a.published_certainty,
                "\"stated\", \"inferred\" or \"unknown\"") && ok;
    if (!a.published.empty() && !ParseIsoDate(a.published, a.published_day)) {
        r.Fail(ptr + "/published", "impossible date " + Quoted(a.published) +
                                       " (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS, a real calendar day)");
        ok = false;
    }
    // The text: inline, or a file beside the bundle (the seeds keep their .txt byte for byte).
    std::string file;
    ok = r.String(obj, ptr, "file", file, false) && ok;
    if (obj.contains("text")) {
        ok = r.String(obj, ptr, "text", a.text, true) && ok;  // JSON strings are valid UTF-8 by now
    } else if (!file.empty()) {
        if (!read_file || !read_file(file, a.text)) {
            r.Fail(ptr + "/file", "cannot read article file " + Quoted(file));
            return false;
        }
        size_t bad = 0;
        if (!IsValidUtf8(a.text, &bad)) {
            r.Fail(ptr + "/file", "invalid UTF-8 in " + Quoted(file) + " at byte " + std::to_string(bad));
            return false;
        }
    } else {
        r.Fail(ptr, "missing required field \"text\"");
        return false;
    }
    if (a.text.size() > UINT32_MAX) { r.Fail(ptr + "/text", "text longer than 4 GiB"); return false; }
    if (!ok) return false;
    // Evidence and furniture are ranges of this article's own text (no "article" member needed).
    if (const json* ev = r.Member(obj, ptr, "published_evidence", false)) {
        if (r.IsObject(*ev, ptr + "/published_evidence", "published_evidence"))
            ok = ReadRange(c, *ev, ptr + "/published_evidence", a, a.published_evidence.start, a.published_evidence.end) && ok;
        else ok = false;
    }
    if (const json* furn = r.Array(obj, ptr, "furniture")) {
        for (size_t i = 0; i < furn->size(); ++i) {
            const std::string p = ptr + "/furniture/" + std::to_string(i);
            const json& f = (*furn)[i];
            Furniture item;
            if (!r.IsObject(f, p, "a furniture range") || !r.String(f, p, "kind", item.kind, true) ||
                !ReadRange(c, f, p, a, item.range.start, item.range.end)) { ok = false; continue; }
            if (!a.furniture.empty() && item.range.start < a.furniture.back().range.end) {
                r.Fail(p + "/start", "furniture ranges must be sorted and must not overlap");
                ok = false;
                continue;
            }
            a.furniture.push_back(item);
        }
    } else if (obj.contains("furniture") && !obj["furniture"].is_null()) {
        ok = false;
    }
    return ok;
}

// =============================================================================================================
// [SECTION] layers
// =============================================================================================================
bool ReadTimex(Context& c, const json& obj, const std::string& ptr, Timex& t) {
    Reader& r = c.r;
    if (!r.IsObject(obj, ptr, "a timex")) return false;
    bool ok = ReadSpan(c, obj, ptr, t.span);
    ok = r.Enum(obj, ptr, "type", t.type, "DATE, TIME, DURATION or SET") && ok;
    ok = r.String(obj, ptr, "value", t.value, true) && ok;
    ok = r.String(obj, ptr, "mod", t.mod, false) && ok;
    ok = r.String(obj, ptr, "quant", t.quant, false) && ok;
    ok = r.String(obj, ptr, "freq", t.freq, false) && ok;
    ok = ReadDay(c, obj, ptr, "earliest", t.earliest) && ok;
    ok = ReadDay(c, obj, ptr, "latest", t.latest) && ok;
    ok = r.Enum(obj, ptr, "granularity", t.granularity, "day, week, month, quarter, season, year, decade, century, time or unknown") && ok;
    if (ok && t.earliest != kNoDay && t.latest != kNoDay && t.latest < t.earliest) {
        r.Fail(ptr + "/latest", "latest is before earliest");
        ok = false;
    }
    return ok;
}

bool ReadEntity(Context& c, const json& obj, const std::string& ptr, Entity& e) {
    Reader& r = c.r;
    if (!r.IsObject(obj, ptr, "an entity")) return false;
    bool ok = r.String(obj, ptr, "id", e.id, true);
    ok = r.String(obj, ptr, "name", e.name, true) && ok;
    ok = r.Enum(obj, ptr, "kind", e.kind, "person, organization, place, document or other") && ok;
    if (const json* al = r.Array(obj, ptr, "aliases")) {
        for (size_t i = 0; i < al->size(); ++i) {
            if ((*al)[i].is_string()) e.aliases.push_back((*al)[i].get<std::string>());
            else { r.Fail(ptr + "/aliases/" + std::to_string(i), "an alias must be a string"); ok = false; }
        }
    } else if (obj.contains("aliases") && !obj["aliases"].is_null()) ok = false;
    ok = ReadSpans(c, obj, ptr, "mentions", e.mentions) && ok;
    ok = ReadProvenance(c, obj, ptr, e.provenance) && ok;
    return ok;
}

bool ReadEvent(Context& c, const json& obj, const std::string& ptr, Event& e) {
    Reader& r = c.r;
    if (!r.IsObject(obj, ptr, "an event")) return false;
    bool ok = r.String(obj, ptr, "id", e.id, true);
    ok = r.String(obj, ptr, "label", e.label, true) && ok;
    if (const json* d = r.Member(obj, ptr, "date", false)) {
        const std::string p = ptr + "/date";
        if (r.IsObject(*d, p, "date")) {
            ok = r.String(*d, p, "value", e.date.value, false) && ok;
            ok = r.String(*d, p, "mod", e.date.mod, false) && ok;
            ok = ReadDay(c, *d, p, "earliest", e.date.earliest) && ok;
            ok = ReadDay(c, *d, p, "latest", e.date.latest) && ok;
            ok = r.Enum(*d, p, "granularity", e.date.granularity, "day, week, month, quarter, season, year, decade, century, time or unknown") && ok;
        } else ok = false;
    }
    ok = ReadSpans(c, obj, ptr, "mentions", e.mentions) && ok;
    ok = ReadRefs(c, obj, ptr, "claims", c.claims, "claim", e.claims) && ok;
    ok = ReadProvenance(c, obj, ptr, e.provenance) && ok;
    return ok;
}

bool ReadClaim(Context& c, const json& obj, const std::string& ptr, Claim& k) {
    Reader& r = c.r;
    if (!r.IsObject(obj, ptr, "a claim")) return false;
    bool ok = r.String(obj, ptr, "id", k.id, true);
    ok = ReadSpan(c, obj, ptr, k.span) && ok;
    ok = r.Enum(obj, ptr, "kind", k.kind, "event, quantity, quote or assessment") && ok;
    ok = r.Bool(obj, ptr, "hedged", k.hedged) && ok;
    ok = r.String(obj, ptr, "hedge_cue", k.hedge_cue, false) && ok;
    ok = r.Bool(obj, ptr, "negated", k.negated) && ok;
    ok = r.Number(obj, ptr, "certainty", k.certainty) && ok;
    if (!(k.certainty >= 0.0f && k.certainty <= 1.0f)) {  // also catches NaN
        r.Fail(ptr + "/certainty", "certainty must be between 0 and 1");
        ok = false;
    }
    if (const json* at = r.Member(obj, ptr, "attribution", false)) {
        const std::string p = ptr + "/attribution";
        if (at->is_string()) {  // shorthand: just the speaker as written
            k.attribution.speaker_name = at->get<std::string>();
            k.attribution.outlet_voice = false;
        } else if (r.IsObject(*at, p, "attribution")) {
            k.attribution.outlet_voice = false;
            ok = r.String(*at, p, "name", k.attribution.speaker_name, false) && ok;
            ok = r.Bool(*at, p, "outlet_voice", k.attribution.outlet_voice) && ok;
            ok = ReadRef(c, *at, p, "speaker", c.entities, "entity", k.attribution.speaker) && ok;
            if (const json* cue = r.Member(*at, p, "cue", false)) ok = ReadSpan(c, *cue, p + "/cue", k.attribution.cue) && ok;
        } else ok = false;
    }
    if (const json* tx = r.Array(obj, ptr, "timexes")) {
        for (size_t i = 0; i < tx->size(); ++i) {
            const json& v = (*tx)[i];
            if (v.is_number_unsigned() && v.get<uint64_t>() < c.timex_count) k.timexes.push_back(v.get<Index>());
            else { r.Fail(ptr + "/timexes/" + std::to_string(i), "must be an index into \"timexes\""); ok = false; }
        }
    }
    ok = ReadRefs(c, obj, ptr, "entities", c.entities, "entity", k.entities) && ok;
    ok = ReadRef(c, obj, ptr, "event", c.events, "event", k.event) && ok;
    ok = ReadProvenance(c, obj, ptr, k.provenance) && ok;
    return ok;
}

bool ReadRelation(Context& c, const json& obj, const std::string& ptr, Relation& rel) {
    Reader& r = c.r;
    if (!r.IsObject(obj, ptr, "a relation")) return false;
    bool ok = r.Member(obj, ptr, "type", true) != nullptr;
    ok = r.Enum(obj, ptr, "type", rel.type, "corroborates, contradicts, refines or evolves") && ok;
    if (!r.Array(obj, ptr, "claims", true)) ok = false;
    else ok = ReadRefs(c, obj, ptr, "claims", c.claims, "claim", rel.claims) && ok;
    ok = ReadSpans(c, obj, ptr, "evidence", rel.evidence) && ok;
    ok = r.String(obj, ptr, "explanation", rel.explanation, false) && ok;
    ok = ReadProvenance(c, obj, ptr, rel.provenance) && ok;
    return ok;
}

bool ReadNote(Context& c, const json& obj, const std::string& ptr, Note& n) {
    Reader& r = c.r;
    if (!r.IsObject(obj, ptr, "a note")) return false;
    bool ok = r.String(obj, ptr, "id", n.id, true);
    ok = r.String(obj, ptr, "text", n.text, true) && ok;
    ok = ReadRef(c, obj, ptr, "claim", c.claims, "claim", n.claim) && ok;
    ok = r.String(obj, ptr, "verdict", n.verdict, false) && ok;
    ok = r.String(obj, ptr, "author", n.author, false) && ok;
    Provenance saved = c.default_provenance;
    c.default_provenance = Provenance::Curated;  // notes are an editor's unless they say otherwise
    ok = ReadProvenance(c, obj, ptr, n.provenance) && ok;
    c.default_provenance = saved;
    return ok;
}

template <typename T>
void ReadLayer(Context& c, const json& root, const char* key, std::vector<T>& out,
               bool (*read)(Context&, const json&, const std::string&, T&)) {
    const json* arr = c.r.Array(root, "", key);
    if (!arr) return;
    out.reserve(arr->size());
    for (size_t i = 0; i < arr->size() && !c.r.Full(); ++i) {
        T item;
        std::string pointer = "/";  // appended, not "/" + std::string(…): GCC 12's -Wrestrict misfires on that
        pointer += key;
        pointer += '/';
        pointer += std::to_string(i);
        read(c, (*arr)[i], pointer, item);
        out.push_back(std::move(item));  // kept even when bad so indices stay aligned; the load fails anyway
    }
}

// =============================================================================================================
// [SECTION] pre-parse checks and parse
// =============================================================================================================
// json::parse's DOM builder, but the first syntax error is kept instead of thrown: the page is built
// without C++ exceptions (cmake/WasmSize.cmake), and natively this is the same code path. parse_error
// hides the base's (which throws); sax_parse calls it through the derived type.
class DomParser : public nlohmann::detail::json_sax_dom_parser<json> {
public:
    explicit DomParser(json& root) : json_sax_dom_parser(root, /*allow_exceptions=*/false) {}
    template <class Exception>
    bool parse_error(size_t position, const std::string& /*last_token*/, const Exception& e) {
        failed = true;
        byte = position;  // what json::parse_error::byte holds; out_of_range (a number too big) has none
        what = e.what();
        return false;  // stop parsing
    }
    bool failed = false;
    size_t byte = 0;   // 1-based position of the error (bytes read when it was found)
    std::string what;  // the exception's what(): "[json.exception.parse_error.101] …"
};

// nlohmann's messages read "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error
// while parsing value - invalid literal; last read: 'x'"; keep the part after the position.
std::string ParseMessage(const std::string& what) {
    size_t at = what.find(": ");
    if (at == std::string::npos) at = what.find("] ");  // "[json.exception.out_of_range.406] number overflow …"
    std::string msg = at == std::string::npos ? what : what.substr(at + 2);
    if (msg.find("ill-formed UTF-8") != std::string::npos) return "invalid UTF-8 in a string";
    return "not valid JSON: " + msg;
}

}  // namespace

// =============================================================================================================
// [SECTION] LoadBundle
// =============================================================================================================
LoadResult LoadBundle(std::string_view bytes, std::string_view file_name, const LoadOptions& options) {
    LoadResult result;
    const std::string file(file_name);
    auto fail_at = [&](size_t offset, std::string pointer, std::string message) {
        LoadError e{file, 0, 0, std::move(pointer), std::move(message)};
        LineColumnOf(bytes, offset, e.line, e.column);
        result.errors.push_back(std::move(e));
        return result;
    };
    const LoadLimits& lim = options.limits;
    // Cheap checks first, so a huge, empty, binary or hostile file never reaches the parser.
    if (bytes.size() > lim.max_bytes)
        return fail_at(0, "", "file is " + std::to_string(bytes.size() >> 20) + " MiB; the limit is " +
                                  std::to_string(lim.max_bytes >> 20) + " MiB");
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) return fail_at(0, "", "empty file: expected a JSON bundle");
    if (size_t b = FindBinaryByte(bytes); b != std::string_view::npos) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[b]));
        return fail_at(b, "", std::string("binary data, not a JSON bundle (byte ") + hex + " at offset " + std::to_string(b) + ")");
    }
    if (size_t at = 0; !CheckNestingDepth(bytes, lim.max_depth, at))
        return fail_at(at, "", "JSON nested deeper than " + std::to_string(lim.max_depth) + " levels");

    json root;
    if (DomParser dom(root); !json::sax_parse(bytes.begin(), bytes.end(), &dom) || dom.failed) {
        size_t offset = dom.byte > 0 ? dom.byte - 1 : 0;
        std::string msg = ParseMessage(dom.what);
        if (offset >= bytes.size() - 1 && msg.find("unexpected end of input") != std::string::npos)
            msg = "truncated JSON: the file ends before the bundle does";
        return fail_at(offset, PointerAt(bytes, offset), msg);
    }

    Reader r(lim.max_errors);
    Corpus corpus;
    Context c{r, corpus, {}, {}, {}, {}, Provenance::Extracted, 0};
    if (!root.is_object()) {
        r.Fail("", std::string("a bundle must be a JSON object, not ") + TypeName(root));
    } else {
        std::string format;
        if (r.String(root, "", "format", format, true) && format != kBundleFormat)
            r.Fail("/format", "unknown format " + Quoted(format) + " (expected \"claimline-bundle\")");
        if (const json* v = r.Member(root, "", "version", true)) {
            if (!v->is_number_integer()) r.TypeError("", "version", "an integer", *v);
            else if (v->get<int64_t>() > kBundleVersion)
                r.Fail("/version", "bundle version " + std::to_string(v->get<int64_t>()) +
                                       " is newer than this claimline reads (" + std::to_string(kBundleVersion) + ")");
            else if (v->get<int64_t>() < 1) r.Fail("/version", "version must be 1 or more");
        }
        // Stop at header problems: a different format's fields would only produce noise.
        if (r.problems.empty()) {
            r.Enum(root, "", "provenance", c.default_provenance, "\"extracted\" or \"curated\"");
            // An overlay (curation) names the bundle whose articles it annotates: "base": "articles.json".
            const Corpus* base = options.base;
            LoadResult loaded_base;
            std::string base_name;
            if (!base && r.String(root, "", "base", base_name, false) && !base_name.empty()) {
                std::string base_bytes;
                if (!options.read_file || !options.read_file(base_name, base_bytes)) {
                    r.Fail("/base", "cannot read base bundle " + Quoted(base_name));
                } else {
                    LoadOptions base_options = options;  // no further base: one level is all a story needs
                    base_options.base = &corpus;         // empty; stops a chain of "base" references
                    loaded_base = LoadBundle(base_bytes, base_name, base_options);
                    if (loaded_base.ok) base = &loaded_base.corpus;
                    else r.Fail("/base", "base bundle " + Quoted(base_name) + " does not load: " +
                                             loaded_base.errors.front().ToString());
                }
            }
            if (base) corpus.articles = base->articles;
            const json* arts = r.Array(root, "", "articles", base == nullptr && base_name.empty());
            for (size_t i = 0; i < corpus.articles.size(); ++i) c.articles[corpus.articles[i].id] = static_cast<Index>(i);
            for (size_t i = 0; arts && i < arts->size() && !r.Full(); ++i) {
                const std::string p = "/articles/" + std::to_string(i);
                Article a;
                if (!ReadArticle(c, (*arts)[i], p, options.read_file, a)) continue;
                if (c.articles.count(a.id)) { r.Fail(p + "/id", "duplicate id " + Quoted(a.id)); continue; }
                c.articles[a.id] = static_cast<Index>(corpus.articles.size());
                corpus.articles.push_back(std::move(a));
            }
            c.entities = CollectIds(r, r.Array(root, "", "entities"), "/entities");
            c.events = CollectIds(r, r.Array(root, "", "events"), "/events");
            c.claims = CollectIds(r, r.Array(root, "", "claims"), "/claims");
            CollectIds(r, r.Array(root, "", "notes"), "/notes");
            ReadLayer(c, root, "timexes", corpus.timexes, ReadTimex);
            c.timex_count = corpus.timexes.size();
            ReadLayer(c, root, "entities", corpus.entities, ReadEntity);
            ReadLayer(c, root, "events", corpus.events, ReadEvent);
            ReadLayer(c, root, "claims", corpus.claims, ReadClaim);
            ReadLayer(c, root, "relations", corpus.relations, ReadRelation);
            ReadLayer(c, root, "notes", corpus.notes, ReadNote);
        }
    }
    if (r.problems.empty()) {
        result.ok = true;
        result.corpus = std::move(corpus);
        return result;
    }
    // Locate every problem in one scan of the source.
    std::vector<std::string> pointers;
    for (const Problem& p : r.problems) pointers.push_back(p.pointer);
    std::vector<size_t> offsets = LocatePointers(bytes, pointers);
    for (size_t i = 0; i < r.problems.size(); ++i) {
        // A missing member has no position of its own; its parent object's does (walk up the pointer).
        std::string ptr = r.problems[i].pointer;
        size_t off = offsets[i];
        while (off == std::string_view::npos && !ptr.empty()) {
            ptr.resize(ptr.rfind('/'));
            off = LocatePointers(bytes, {ptr})[0];
        }
        fail_at(off == std::string_view::npos ? 0 : off, r.problems[i].pointer, r.problems[i].message);
    }
    return result;
}

}  // namespace core
