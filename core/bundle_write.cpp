// bundle_write.cpp — SaveBundle: Corpus → claimline-bundle JSON (the inverse of bundle_read.cpp).
//
// Field order is fixed so saved bundles diff well; defaults are omitted where the loader restores them, but
// every layer array is always present so consumers need no existence checks. Written straight to text
// (json_writer.hpp): the page's viewer saves bundles (Download) without linking a JSON library.
#include "bundle.hpp"
#include "calendar.hpp"
#include "json_writer.hpp"

namespace core {

namespace {

const std::string& ArticleId(const Corpus& c, Index a) {
    static const std::string kEmpty;
    return a >= 0 && static_cast<size_t>(a) < c.articles.size() ? c.articles[static_cast<size_t>(a)].id : kEmpty;
}

// Writes start/end/text (+ prefix/suffix) of a range of article `a` as fields of the open object.
void PutRange(JsonWriter& w, const Article& a, uint32_t start, uint32_t end, const SaveOptions& o) {
    w.Field("start", start);
    w.Field("end", end);
    const TextQuote q = QuoteOf(a, start, end);
    w.Field("text", q.exact);
    if (o.quotes) {
        w.Field("prefix", q.prefix);
        w.Field("suffix", q.suffix);
    }
}

void PutSpan(JsonWriter& w, const Corpus& c, const Span& s, const SaveOptions& o) {
    w.Field("article", ArticleId(c, s.article));
    if (s.article >= 0 && static_cast<size_t>(s.article) < c.articles.size())
        PutRange(w, c.articles[static_cast<size_t>(s.article)], s.start, s.end, o);
}

void SpanObject(JsonWriter& w, const Corpus& c, const Span& s, const SaveOptions& o) {
    w.BeginObject();
    PutSpan(w, c, s, o);
    w.EndObject();
}

void SpansArray(JsonWriter& w, const char* key, const Corpus& c, const std::vector<Span>& spans, const SaveOptions& o) {
    w.Key(key);
    w.BeginArray();
    for (const Span& s : spans) SpanObject(w, c, s, o);
    w.EndArray();
}

// The ids of the items `refs` names (indices into `layer`); out-of-range indices are left out.
template <typename T>
void IdsArray(JsonWriter& w, const char* key, const std::vector<T>& layer, const std::vector<Index>& refs) {
    w.Key(key);
    w.BeginArray();
    for (Index i : refs)
        if (i >= 0 && static_cast<size_t>(i) < layer.size()) w.String(layer[static_cast<size_t>(i)].id);
    w.EndArray();
}

void PutDay(JsonWriter& w, const char* key, Day d) {
    if (d != kNoDay) w.Field(key, FormatIsoDay(d));
}

void PutIfSet(JsonWriter& w, const char* key, const std::string& s) {
    if (!s.empty()) w.Field(key, s);
}

void WriteArticle(JsonWriter& w, const Article& a, const SaveOptions& o) {
    w.BeginObject();
    w.Field("id", a.id);
    w.Field("headline", a.headline);
    PutIfSet(w, "headline_source", a.headline_source);
    w.Field("outlet", a.outlet);
    PutIfSet(w, "url", a.url);
    w.Field("language", a.language);
    PutIfSet(w, "credit", a.credit);
    PutIfSet(w, "copyright", a.copyright);
    w.Field("published", a.published);
    w.Field("published_certainty", ToString(a.published_certainty));
    if (a.published_evidence.end > a.published_evidence.start) {
        w.Key("published_evidence");
        w.BeginObject();
        PutRange(w, a, a.published_evidence.start, a.published_evidence.end, o);
        w.EndObject();
    }
    PutIfSet(w, "published_note", a.published_note);
    w.Key("furniture");
    w.BeginArray();
    for (const Furniture& f : a.furniture) {
        w.BeginObject();
        w.Field("kind", f.kind);
        PutRange(w, a, f.range.start, f.range.end, o);
        w.EndObject();
    }
    w.EndArray();
    w.Field("text", a.text);
    w.EndObject();
}

void WriteTimex(JsonWriter& w, const Corpus& c, const Timex& t, const SaveOptions& o) {
    w.BeginObject();
    PutSpan(w, c, t.span, o);
    w.Field("type", ToString(t.type));
    w.Field("value", t.value);
    PutIfSet(w, "mod", t.mod);
    PutIfSet(w, "quant", t.quant);
    PutIfSet(w, "freq", t.freq);
    PutDay(w, "earliest", t.earliest);
    PutDay(w, "latest", t.latest);
    w.Field("granularity", ToString(t.granularity));
    w.EndObject();
}

void WriteEntity(JsonWriter& w, const Corpus& c, const Entity& e, const SaveOptions& o) {
    w.BeginObject();
    w.Field("id", e.id);
    w.Field("kind", ToString(e.kind));
    w.Field("name", e.name);
    w.Key("aliases");
    w.BeginArray();
    for (const std::string& alias : e.aliases) w.String(alias);
    w.EndArray();
    SpansArray(w, "mentions", c, e.mentions, o);
    w.Field("provenance", ToString(e.provenance));
    w.EndObject();
}

void WriteEvent(JsonWriter& w, const Corpus& c, const Event& e, const SaveOptions& o) {
    w.BeginObject();
    w.Field("id", e.id);
    w.Field("label", e.label);
    w.Key("date");
    w.BeginObject();
    w.Field("value", e.date.value);
    PutDay(w, "earliest", e.date.earliest);
    PutDay(w, "latest", e.date.latest);
    w.Field("granularity", ToString(e.date.granularity));
    PutIfSet(w, "mod", e.date.mod);
    w.EndObject();
    SpansArray(w, "mentions", c, e.mentions, o);
    IdsArray(w, "claims", c.claims, e.claims);
    w.Field("provenance", ToString(e.provenance));
    w.EndObject();
}

void WriteClaim(JsonWriter& w, const Corpus& c, const Claim& k, const SaveOptions& o) {
    w.BeginObject();
    w.Field("id", k.id);
    PutSpan(w, c, k.span, o);
    w.Field("kind", ToString(k.kind));
    w.Key("attribution");
    w.BeginObject();
    const Attribution& a = k.attribution;
    if (a.speaker >= 0 && static_cast<size_t>(a.speaker) < c.entities.size())
        w.Field("speaker", c.entities[static_cast<size_t>(a.speaker)].id);
    w.Field("name", a.speaker_name);
    w.Field("outlet_voice", a.outlet_voice);
    if (a.cue.article != kNone) {
        w.Key("cue");
        SpanObject(w, c, a.cue, o);
    }
    w.EndObject();
    w.Field("hedged", k.hedged);
    PutIfSet(w, "hedge_cue", k.hedge_cue);
    w.Field("negated", k.negated);
    w.Key("certainty");
    w.Number(k.certainty);
    w.Key("timexes");                     // indices into the bundle's timexes array
    w.BeginArray();
    for (Index t : k.timexes) w.Int(t);
    w.EndArray();
    IdsArray(w, "entities", c.entities, k.entities);
    if (k.event >= 0 && static_cast<size_t>(k.event) < c.events.size()) w.Field("event", c.events[static_cast<size_t>(k.event)].id);
    w.Field("provenance", ToString(k.provenance));
    w.EndObject();
}

void WriteRelation(JsonWriter& w, const Corpus& c, const Relation& r, const SaveOptions& o) {
    w.BeginObject();
    w.Field("type", ToString(r.type));
    IdsArray(w, "claims", c.claims, r.claims);
    SpansArray(w, "evidence", c, r.evidence, o);
    w.Field("explanation", r.explanation);
    w.Field("provenance", ToString(r.provenance));
    w.EndObject();
}

void WriteNote(JsonWriter& w, const Corpus& c, const Note& n) {
    w.BeginObject();
    w.Field("id", n.id);
    w.Field("text", n.text);
    if (n.claim >= 0 && static_cast<size_t>(n.claim) < c.claims.size()) w.Field("claim", c.claims[static_cast<size_t>(n.claim)].id);
    PutIfSet(w, "verdict", n.verdict);
    PutIfSet(w, "author", n.author);
    w.Field("provenance", ToString(n.provenance));
    w.EndObject();
}

// One layer: "key": [ item, … ].
template <typename T, typename Write>
void Layer(JsonWriter& w, const char* key, const std::vector<T>& items, Write write) {
    w.Key(key);
    w.BeginArray();
    for (const T& item : items) write(item);
    w.EndArray();
}

}  // namespace

std::string SaveBundle(const Corpus& c, const SaveOptions& o) {
    std::string out;
    JsonWriter w(out, o.pretty ? 2 : -1);
    w.BeginObject();
    w.Field("format", kBundleFormat);
    w.Field("version", kBundleVersion);
    Layer(w, "articles", c.articles, [&](const Article& a) { WriteArticle(w, a, o); });
    Layer(w, "timexes", c.timexes, [&](const Timex& t) { WriteTimex(w, c, t, o); });
    Layer(w, "entities", c.entities, [&](const Entity& e) { WriteEntity(w, c, e, o); });
    Layer(w, "events", c.events, [&](const Event& e) { WriteEvent(w, c, e, o); });
    Layer(w, "claims", c.claims, [&](const Claim& k) { WriteClaim(w, c, k, o); });
    Layer(w, "relations", c.relations, [&](const Relation& r) { WriteRelation(w, c, r, o); });
    Layer(w, "notes", c.notes, [&](const Note& n) { WriteNote(w, c, n); });
    w.EndObject();
    // Article texts hold arbitrary UTF-8 (validated on load); the writer replaces a caller's bad bytes.
    if (o.pretty) out += '\n';
    return out;
}

}  // namespace core
