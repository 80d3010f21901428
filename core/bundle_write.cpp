// bundle_write.cpp — SaveBundle: Corpus → claimline-bundle JSON (the inverse of bundle_read.cpp).
//
// Field order is fixed (ordered_json) so saved bundles diff well; defaults are omitted where the loader
// restores them, but every layer array is always present so consumers need no existence checks.
#include <nlohmann/json.hpp>

#include "bundle.hpp"

namespace core {

using ojson = nlohmann::ordered_json;

namespace {

const std::string& ArticleId(const Corpus& c, Index a) {
    static const std::string kEmpty;
    return a >= 0 && static_cast<size_t>(a) < c.articles.size() ? c.articles[static_cast<size_t>(a)].id : kEmpty;
}

// Writes start/end/text (+ prefix/suffix) of a range of article `a` into `out`.
void PutRange(ojson& out, const Article& a, uint32_t start, uint32_t end, const SaveOptions& o) {
    out["start"] = start;
    out["end"] = end;
    TextQuote q = QuoteOf(a, start, end);
    out["text"] = q.exact;
    if (o.quotes) {
        out["prefix"] = q.prefix;
        out["suffix"] = q.suffix;
    }
}

void PutSpan(ojson& out, const Corpus& c, const Span& s, const SaveOptions& o) {
    out["article"] = ArticleId(c, s.article);
    if (s.article >= 0 && static_cast<size_t>(s.article) < c.articles.size())
        PutRange(out, c.articles[static_cast<size_t>(s.article)], s.start, s.end, o);
}

ojson SpanJson(const Corpus& c, const Span& s, const SaveOptions& o) {
    ojson j = ojson::object();
    PutSpan(j, c, s, o);
    return j;
}

ojson SpansJson(const Corpus& c, const std::vector<Span>& spans, const SaveOptions& o) {
    ojson arr = ojson::array();
    for (const Span& s : spans) arr.push_back(SpanJson(c, s, o));
    return arr;
}

template <typename T>
ojson IdsJson(const std::vector<T>& layer, const std::vector<Index>& refs) {
    ojson arr = ojson::array();
    for (Index i : refs)
        if (i >= 0 && static_cast<size_t>(i) < layer.size()) arr.push_back(layer[static_cast<size_t>(i)].id);
    return arr;
}

void PutDay(ojson& out, const char* key, Day d) {
    if (d != kNoDay) out[key] = FormatIsoDay(d);
}

void PutIfSet(ojson& out, const char* key, const std::string& s) {
    if (!s.empty()) out[key] = s;
}

ojson ArticleJson(const Article& a, const SaveOptions& o) {
    ojson j;
    j["id"] = a.id;
    j["headline"] = a.headline;
    PutIfSet(j, "headline_source", a.headline_source);
    j["outlet"] = a.outlet;
    PutIfSet(j, "url", a.url);
    j["language"] = a.language;
    PutIfSet(j, "credit", a.credit);
    PutIfSet(j, "copyright", a.copyright);
    j["published"] = a.published;
    j["published_certainty"] = ToString(a.published_certainty);
    if (a.published_evidence.end > a.published_evidence.start) {
        ojson ev;
        PutRange(ev, a, a.published_evidence.start, a.published_evidence.end, o);
        j["published_evidence"] = ev;
    }
    PutIfSet(j, "published_note", a.published_note);
    ojson furn = ojson::array();
    for (const Furniture& f : a.furniture) {
        ojson fj;
        fj["kind"] = f.kind;
        PutRange(fj, a, f.range.start, f.range.end, o);
        furn.push_back(fj);
    }
    j["furniture"] = furn;
    j["text"] = a.text;
    return j;
}

}  // namespace

std::string SaveBundle(const Corpus& c, const SaveOptions& o) {
    ojson root;
    root["format"] = kBundleFormat;
    root["version"] = kBundleVersion;
    ojson& articles = root["articles"] = ojson::array();
    for (const Article& a : c.articles) articles.push_back(ArticleJson(a, o));

    ojson& timexes = root["timexes"] = ojson::array();
    for (const Timex& t : c.timexes) {
        ojson j = SpanJson(c, t.span, o);
        j["type"] = ToString(t.type);
        j["value"] = t.value;
        PutIfSet(j, "mod", t.mod);
        PutIfSet(j, "quant", t.quant);
        PutIfSet(j, "freq", t.freq);
        PutDay(j, "earliest", t.earliest);
        PutDay(j, "latest", t.latest);
        j["granularity"] = ToString(t.granularity);
        timexes.push_back(j);
    }

    ojson& entities = root["entities"] = ojson::array();
    for (const Entity& e : c.entities) {
        ojson j;
        j["id"] = e.id;
        j["kind"] = ToString(e.kind);
        j["name"] = e.name;
        j["aliases"] = e.aliases;
        j["mentions"] = SpansJson(c, e.mentions, o);
        j["provenance"] = ToString(e.provenance);
        entities.push_back(j);
    }

    ojson& events = root["events"] = ojson::array();
    for (const Event& e : c.events) {
        ojson j;
        j["id"] = e.id;
        j["label"] = e.label;
        ojson d;
        d["value"] = e.date.value;
        PutDay(d, "earliest", e.date.earliest);
        PutDay(d, "latest", e.date.latest);
        d["granularity"] = ToString(e.date.granularity);
        PutIfSet(d, "mod", e.date.mod);
        j["date"] = d;
        j["mentions"] = SpansJson(c, e.mentions, o);
        j["claims"] = IdsJson(c.claims, e.claims);
        j["provenance"] = ToString(e.provenance);
        events.push_back(j);
    }

    ojson& claims = root["claims"] = ojson::array();
    for (const Claim& k : c.claims) {
        ojson j;
        j["id"] = k.id;
        PutSpan(j, c, k.span, o);
        j["kind"] = ToString(k.kind);
        ojson at;
        const Attribution& a = k.attribution;
        if (a.speaker >= 0 && static_cast<size_t>(a.speaker) < c.entities.size())
            at["speaker"] = c.entities[static_cast<size_t>(a.speaker)].id;
        at["name"] = a.speaker_name;
        at["outlet_voice"] = a.outlet_voice;
        if (a.cue.article != kNone) at["cue"] = SpanJson(c, a.cue, o);
        j["attribution"] = at;
        j["hedged"] = k.hedged;
        PutIfSet(j, "hedge_cue", k.hedge_cue);
        j["negated"] = k.negated;
        j["certainty"] = k.certainty;
        j["timexes"] = k.timexes;
        j["entities"] = IdsJson(c.entities, k.entities);
        if (k.event >= 0 && static_cast<size_t>(k.event) < c.events.size()) j["event"] = c.events[static_cast<size_t>(k.event)].id;
        j["provenance"] = ToString(k.provenance);
        claims.push_back(j);
    }

    ojson& relations = root["relations"] = ojson::array();
    for (const Relation& r : c.relations) {
        ojson j;
        j["type"] = ToString(r.type);
        j["claims"] = IdsJson(c.claims, r.claims);
        j["evidence"] = SpansJson(c, r.evidence, o);
        j["explanation"] = r.explanation;
        j["provenance"] = ToString(r.provenance);
        relations.push_back(j);
    }

    ojson& notes = root["notes"] = ojson::array();
    for (const Note& n : c.notes) {
        ojson j;
        j["id"] = n.id;
        j["text"] = n.text;
        if (n.claim >= 0 && static_cast<size_t>(n.claim) < c.claims.size()) j["claim"] = c.claims[static_cast<size_t>(n.claim)].id;
        PutIfSet(j, "verdict", n.verdict);
        PutIfSet(j, "author", n.author);
        j["provenance"] = ToString(n.provenance);
        notes.push_back(j);
    }
    // Article texts hold arbitrary UTF-8 (validated on load); `replace` guards against a caller's bad bytes.
    return root.dump(o.pretty ? 2 : -1, ' ', false, ojson::error_handler_t::replace) + (o.pretty ? "\n" : "");
}

}  // namespace core
