// corpus_snapshot.cpp — WriteSnapshot / ReadSnapshot (see corpus_snapshot.hpp for the layout and why).
// Writer and reader are written side by side, layer by layer, so a field added to one is seen in the other.
#include "corpus_snapshot.hpp"

#include <cstring>

#include "bundle.hpp"  // IsValidUtf8

namespace core {

namespace {

constexpr std::string_view kMagic = "CLSNAP";
constexpr unsigned char kVersion = 1;     // bump on any change of what is written below

// =============================================================================================================
// Writing
// =============================================================================================================
struct Out {
    std::string numbers, text;
    void U(uint64_t v) {
        do {
            const unsigned char byte = v & 0x7F;
            v >>= 7;
            numbers.push_back(static_cast<char>(v ? byte | 0x80 : byte));
        } while (v);
    }
    void S(int64_t v) { U((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }  // zigzag
    void Str(const std::string& s) { U(s.size()); text += s; }
    void F(float f) { uint32_t bits; std::memcpy(&bits, &f, 4); U(bits); }
    void Strs(const std::vector<std::string>& v) { U(v.size()); for (const std::string& s : v) Str(s); }
    void Ids(const std::vector<Index>& v) { U(v.size()); for (Index i : v) S(i); }
    void Sp(const Span& s) { S(s.article); U(s.start); U(s.end); }
    void Spans(const std::vector<Span>& v) { U(v.size()); for (const Span& s : v) Sp(s); }
};

void Write(Out& o, const Article& a) {
    for (const std::string* s : {&a.id, &a.text, &a.outlet, &a.headline, &a.headline_source, &a.url, &a.language,
                                 &a.credit, &a.copyright, &a.published, &a.published_note})
        o.Str(*s);
    o.S(a.published_day);
    o.U(static_cast<uint64_t>(a.published_certainty));
    o.U(a.published_evidence.start);
    o.U(a.published_evidence.end);
    o.U(a.furniture.size());
    for (const Furniture& f : a.furniture) { o.U(f.range.start); o.U(f.range.end); o.Str(f.kind); }
}
void Write(Out& o, const Timex& t) {
    o.Sp(t.span);
    o.U(static_cast<uint64_t>(t.type));
    for (const std::string* s : {&t.value, &t.mod, &t.quant, &t.freq}) o.Str(*s);
    o.S(t.earliest);
    o.S(t.latest);
    o.U(static_cast<uint64_t>(t.granularity));
}
void Write(Out& o, const Entity& e) {
    o.Str(e.id);
    o.U(static_cast<uint64_t>(e.kind));
    o.Str(e.name);
    o.Strs(e.aliases);
    o.Spans(e.mentions);
    o.U(static_cast<uint64_t>(e.provenance));
}
void Write(Out& o, const Event& e) {
    o.Str(e.id);
    o.Str(e.label);
    o.Str(e.date.value);
    o.S(e.date.earliest);
    o.S(e.date.latest);
    o.U(static_cast<uint64_t>(e.date.granularity));
    o.Str(e.date.mod);
    o.Spans(e.mentions);
    o.Ids(e.claims);
    o.U(static_cast<uint64_t>(e.provenance));
}
void Write(Out& o, const Claim& k) {
    o.Str(k.id);
    o.Sp(k.span);
    o.U(static_cast<uint64_t>(k.kind));
    o.S(k.attribution.speaker);
    o.Str(k.attribution.speaker_name);
    o.Sp(k.attribution.cue);
    o.U(k.attribution.outlet_voice);
    o.U(k.hedged);
    o.Str(k.hedge_cue);
    o.U(k.negated);
    o.F(k.certainty);
    o.Ids(k.timexes);
    o.Ids(k.entities);
    o.S(k.event);
    o.U(static_cast<uint64_t>(k.provenance));
}
void Write(Out& o, const Relation& r) {
    o.U(static_cast<uint64_t>(r.type));
    o.Ids(r.claims);
    o.Spans(r.evidence);
    o.Str(r.explanation);
    o.U(static_cast<uint64_t>(r.provenance));
}
void Write(Out& o, const Note& n) {
    o.Str(n.id);
    o.Str(n.text);
    o.S(n.claim);
    o.Str(n.verdict);
    o.Str(n.author);
    o.U(static_cast<uint64_t>(n.provenance));
}

// =============================================================================================================
// Reading: every getter fails (ok = false, zeros from then on) instead of reading past the end, and every
// reference is checked against the layer sizes written up front.
// =============================================================================================================
struct In {
    std::string_view numbers, text;
    size_t n = 0, t = 0;                  // read positions in numbers / text
    bool ok = true;
    size_t articles = 0, timexes = 0, entities = 0, events = 0, claims = 0;  // for reference checks
    const std::vector<Article>* read_articles = nullptr;                     // for span checks

    uint64_t U() {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (n >= numbers.size()) return Fail();
            const unsigned char byte = static_cast<unsigned char>(numbers[n++]);
            v |= static_cast<uint64_t>(byte & 0x7F) << shift;
            if (!(byte & 0x80)) return v;
        }
        return Fail();
    }
    int64_t S() { const uint64_t v = U(); return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }
    uint64_t Fail() { ok = false; n = numbers.size(); return 0; }
    uint32_t U32() { const uint64_t v = U(); return v <= UINT32_MAX ? static_cast<uint32_t>(v) : static_cast<uint32_t>(Fail()); }
    int32_t S32() { const int64_t v = S(); return v >= INT32_MIN && v <= INT32_MAX ? static_cast<int32_t>(v) : static_cast<int32_t>(Fail()); }
    // A count of items that each take at least one byte of the numbers stream: larger is damage, not data.
    size_t Count() { const uint64_t v = U(); return v <= numbers.size() - n ? static_cast<size_t>(v) : static_cast<size_t>(Fail()); }
    bool B() { const uint64_t v = U(); if (v > 1) Fail(); return v == 1; }
    template <typename E>
    E Enum(E last) { const uint64_t v = U(); if (v > static_cast<uint64_t>(last)) Fail(); return ok ? static_cast<E>(v) : E{}; }
    void Str(std::string& s) {
        const uint64_t size = U();
        if (size > text.size() - t) { Fail(); return; }
        s.assign(text.substr(t, size));
        t += size;
    }
    float F() { const uint32_t bits = U32(); float f; std::memcpy(&f, &bits, 4); return f; }
    Index Ref(size_t size) {             // an index into a layer of `size` items, or kNone
        const int32_t i = S32();
        if (i != kNone && (i < 0 || static_cast<size_t>(i) >= size)) Fail();
        return i;
    }
    void Refs(std::vector<Index>& v, size_t size) { v.resize(Count()); for (Index& i : v) i = Ref(size); }
    void Range(const std::string& text_of, uint32_t& start, uint32_t& end) {
        start = U32();
        end = U32();
        if (start > end || end > text_of.size() || !Boundary(text_of, start) || !Boundary(text_of, end)) Fail();
    }
    static bool Boundary(const std::string& s, uint32_t at) {
        return at == s.size() || (static_cast<unsigned char>(s[at]) & 0xC0) != 0x80;
    }
    void Sp(Span& s) {
        s.article = Ref(articles);
        if (s.article == kNone) { s.start = U32(); s.end = U32(); return; }
        // Articles are read before every layer that points into them.
        if (!ok || static_cast<size_t>(s.article) >= read_articles->size()) { Fail(); return; }
        Range((*read_articles)[s.article].text, s.start, s.end);
    }
    void Spans(std::vector<Span>& v) { v.resize(Count()); for (Span& s : v) Sp(s); }
};

void Read(In& in, Article& a) {
    for (std::string* s : {&a.id, &a.text, &a.outlet, &a.headline, &a.headline_source, &a.url, &a.language,
                           &a.credit, &a.copyright, &a.published, &a.published_note})
        in.Str(*s);
    a.published_day = in.S32();
    a.published_certainty = in.Enum(DateCertainty::Unknown);
    in.Range(a.text, a.published_evidence.start, a.published_evidence.end);
    a.furniture.resize(in.Count());
    for (Furniture& f : a.furniture) { in.Range(a.text, f.range.start, f.range.end); in.Str(f.kind); }
}
void Read(In& in, Timex& t) {
    in.Sp(t.span);
    t.type = in.Enum(TimexType::Set);
    for (std::string* s : {&t.value, &t.mod, &t.quant, &t.freq}) in.Str(*s);
    t.earliest = in.S32();
    t.latest = in.S32();
    t.granularity = in.Enum(Granularity::Time);
}
void Read(In& in, Entity& e) {
    in.Str(e.id);
    e.kind = in.Enum(EntityKind::Other);
    in.Str(e.name);
    e.aliases.resize(in.Count());
    for (std::string& s : e.aliases) in.Str(s);
    in.Spans(e.mentions);
    e.provenance = in.Enum(Provenance::Curated);
}
void Read(In& in, Event& e) {
    in.Str(e.id);
    in.Str(e.label);
    in.Str(e.date.value);
    e.date.earliest = in.S32();
    e.date.latest = in.S32();
    e.date.granularity = in.Enum(Granularity::Time);
    in.Str(e.date.mod);
    in.Spans(e.mentions);
    in.Refs(e.claims, in.claims);
    e.provenance = in.Enum(Provenance::Curated);
}
void Read(In& in, Claim& k) {
    in.Str(k.id);
    in.Sp(k.span);
    k.kind = in.Enum(ClaimKind::Assessment);
    k.attribution.speaker = in.Ref(in.entities);
    in.Str(k.attribution.speaker_name);
    in.Sp(k.attribution.cue);
    k.attribution.outlet_voice = in.B();
    k.hedged = in.B();
    in.Str(k.hedge_cue);
    k.negated = in.B();
    k.certainty = in.F();
    in.Refs(k.timexes, in.timexes);
    in.Refs(k.entities, in.entities);
    k.event = in.Ref(in.events);
    k.provenance = in.Enum(Provenance::Curated);
}
void Read(In& in, Relation& r) {
    r.type = in.Enum(RelationType::Evolves);
    in.Refs(r.claims, in.claims);
    in.Spans(r.evidence);
    in.Str(r.explanation);
    r.provenance = in.Enum(Provenance::Curated);
}
void Read(In& in, Note& n) {
    in.Str(n.id);
    in.Str(n.text);
    n.claim = in.Ref(in.claims);
    in.Str(n.verdict);
    in.Str(n.author);
    n.provenance = in.Enum(Provenance::Curated);
}

template <typename T>
void ReadLayer(In& in, std::vector<T>& items) {
    for (T& item : items) {
        if (!in.ok) return;
        Read(in, item);
    }
}

// Splits a snapshot into its two streams; false when the header is not this version's.
bool Streams(std::string_view bytes, std::string_view& numbers, std::string_view& text) {
    if (bytes.size() < kMagic.size() + 1 || bytes.substr(0, kMagic.size()) != kMagic ||
        static_cast<unsigned char>(bytes[kMagic.size()]) != kVersion)
        return false;
    In header{bytes.substr(kMagic.size() + 1), {}};
    const uint64_t text_size = header.U();
    if (!header.ok || text_size > header.numbers.size() - header.n) return false;
    text = header.numbers.substr(header.n, text_size);
    numbers = header.numbers.substr(header.n + text_size);
    return true;
}

}  // namespace

std::string WriteSnapshot(const Corpus& c) {
    Out o;
    for (size_t size : {c.articles.size(), c.timexes.size(), c.entities.size(), c.events.size(), c.claims.size(),
                        c.relations.size(), c.notes.size()})
        o.U(size);
    for (const Article& a : c.articles) Write(o, a);
    for (const Timex& t : c.timexes) Write(o, t);
    for (const Entity& e : c.entities) Write(o, e);
    for (const Event& e : c.events) Write(o, e);
    for (const Claim& k : c.claims) Write(o, k);
    for (const Relation& r : c.relations) Write(o, r);
    for (const Note& n : c.notes) Write(o, n);
    Out header;
    header.U(o.text.size());
    std::string out(kMagic);
    out.push_back(static_cast<char>(kVersion));
    return out + header.numbers + o.text + o.numbers;
}

bool ReadSnapshot(std::string_view bytes, Corpus& out) {
    In in;
    if (!Streams(bytes, in.numbers, in.text) || !IsValidUtf8(in.text)) return false;
    Corpus c;
    in.articles = in.Count();
    in.timexes = in.Count();
    in.entities = in.Count();
    in.events = in.Count();
    in.claims = in.Count();
    const size_t relations = in.Count(), notes = in.Count();
    if (!in.ok) return false;
    c.articles.resize(in.articles);
    c.timexes.resize(in.timexes);
    c.entities.resize(in.entities);
    c.events.resize(in.events);
    c.claims.resize(in.claims);
    c.relations.resize(relations);
    c.notes.resize(notes);
    in.read_articles = &c.articles;
    ReadLayer(in, c.articles);
    ReadLayer(in, c.timexes);
    ReadLayer(in, c.entities);
    ReadLayer(in, c.events);
    ReadLayer(in, c.claims);
    ReadLayer(in, c.relations);
    ReadLayer(in, c.notes);
    // Everything written was read: trailing bytes mean another layout, not this one.
    if (!in.ok || in.n != in.numbers.size() || in.t != in.text.size()) return false;
    out = std::move(c);
    return true;
}

std::string_view SnapshotText(std::string_view bytes) {
    std::string_view numbers, text;
    return Streams(bytes, numbers, text) ? text : std::string_view();
}

}  // namespace core
