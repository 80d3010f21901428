// model.hpp — the story as plain data: articles and every layer extracted from or curated about them.
//
// Everything the explorer shows is one of these structs, and every item points back to a character span
// of an article (Span: article index + UTF-8 byte offsets into Article::text). The UI reads a Corpus
// through const references; only named operations in corpus.hpp / bundle.hpp change it.
//
// Cross references inside a Corpus are indices into its vectors (cheap, stable while the corpus is
// immutable); the bundle JSON uses string ids instead and the loader resolves them.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.hpp"

namespace core {

using Index = int32_t;                  // index into one of Corpus's vectors; -1 = none
constexpr Index kNone = -1;

// Where an item came from. Curated items come from an editor (seeds/curation.json) and win over extraction.
enum class Provenance : uint8_t { Extracted, Curated };

struct ByteRange {
    uint32_t start = 0;                 // byte offset into Article::text, inclusive
    uint32_t end = 0;                   // byte offset, exclusive; start <= end <= text.size()
};

// A character span of one article. Offsets always fall on UTF-8 code point boundaries.
struct Span {
    Index article = kNone;              // index into Corpus::articles
    uint32_t start = 0;                 // byte offset, inclusive
    uint32_t end = 0;                   // byte offset, exclusive
};

// W3C Web Annotation TextQuoteSelector: lets a span be re-anchored if offsets drift.
struct TextQuote {
    std::string exact;                  // the span's text
    std::string prefix;                 // up to 32 bytes before it (on a code point boundary)
    std::string suffix;                 // up to 32 bytes after it
};

enum class DateCertainty : uint8_t { Stated, Inferred, Unknown };

// Text that is on the page but not part of the story: repeated headlines, captions, boilerplate.
struct Furniture {
    ByteRange range;
    std::string kind;                   // "headline", "caption", "credit", "boilerplate", "navigation", "byline"
};

struct Article {
    std::string id;                     // unique within a corpus, e.g. "001"
    std::string text;                   // exactly as published (valid UTF-8), never edited
    std::string outlet;                 // "conflictwatcher.com"
    std::string headline;
    std::string headline_source;        // "text" (a line of the article) or "editor" (the page gave none); "" unknown
    std::string url;
    std::string language = "en";        // BCP 47
    std::string credit;                 // credit line as printed ("Images source: © East News | Ahn Young-joon")
    std::string copyright;              // copyright line as printed ("Copyright © 2024 INPAC Times. …")
    std::string published;              // ISO date or date-time as given ("2024-06-20", "1987-02-26T15:01:01")
    Day published_day = kNoDay;         // the calendar day of `published`; kNoDay when unknown
    DateCertainty published_certainty = DateCertainty::Unknown;
    ByteRange published_evidence;       // the span of text that dates the article (empty if none)
    std::string published_note;         // how the date is known, for readers ("states 'Published: 6/20/2024'")
    std::vector<Furniture> furniture;   // sorted by start, non-overlapping
};

enum class TimexType : uint8_t { Date, Time, Duration, Set };

// A closed calendar interval [earliest, latest] in days; granularity says how precise the value is.
enum class Granularity : uint8_t { Unknown, Day, Week, Month, Quarter, Season, Year, Decade, Century, Time };

struct Timex {
    Span span;
    TimexType type = TimexType::Date;
    std::string value;                  // TIMEX3 value: "2024-06-19", "2024-W45", "196", "P3Y", "PAST_REF"…
    std::string mod;                    // TIMEX3 mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN… or ""
    std::string quant;                  // SET quant ("EACH"), freq in `freq`
    std::string freq;
    Day earliest = kNoDay;              // interval for the timeline; kNoDay for durations and refs
    Day latest = kNoDay;
    Granularity granularity = Granularity::Unknown;
};

enum class EntityKind : uint8_t { Person, Organization, Place, Document, Other };

struct Entity {
    std::string id;                     // "e:kim-jong-un"
    EntityKind kind = EntityKind::Other;
    std::string name;                   // canonical name
    std::vector<std::string> aliases;   // other surface forms seen or known
    std::vector<Span> mentions;
    Provenance provenance = Provenance::Extracted;
};

enum class ClaimKind : uint8_t { Event, Quantity, Quote, Assessment };

struct Attribution {
    Index speaker = kNone;              // entity index; kNone with outlet_voice = the outlet itself
    std::string speaker_name;           // as written ("state media KCNA", "intelligence reports")
    Span cue;                           // "said", "according to", the quote marks…; empty when none
    bool outlet_voice = true;           // unattributed: the article asserts it itself
};

struct Claim {
    std::string id;                     // "c:001:3"
    Span span;                          // the claim's sentence or clause
    ClaimKind kind = ClaimKind::Event;
    Attribution attribution;
    bool hedged = false;                // may, could, reportedly, believed…
    std::string hedge_cue;              // the hedging word(s) as written
    bool negated = false;
    float certainty = 1.0f;             // 0..1; lowered by hedging
    std::vector<Index> timexes;         // timexes inside the claim
    std::vector<Index> entities;        // entities mentioned in the claim
    Index event = kNone;                // the timeline event it reports, if any
    Provenance provenance = Provenance::Extracted;
};

// A dated happening on the timeline; several articles may report it (one mention each, or more).
struct EventDate {
    std::string value;                  // TIMEX3-style value of the best date ("2024-06-19", "2024-11", "196")
    Day earliest = kNoDay;
    Day latest = kNoDay;
    Granularity granularity = Granularity::Unknown;
    std::string mod;                    // START/END/APPROX… as in TIMEX3
};

struct Event {
    std::string id;                     // "ev:1"
    std::string label;                  // short, readable: "Kim Jong Un ratifies the treaty"
    EventDate date;
    std::vector<Span> mentions;         // one per reporting sentence, across articles
    std::vector<Index> claims;          // the claims that report it
    Provenance provenance = Provenance::Extracted;
};

enum class RelationType : uint8_t { Corroborates, Contradicts, Refines, Evolves };

struct Relation {
    RelationType type = RelationType::Corroborates;
    std::vector<Index> claims;          // usually two, from different articles
    std::vector<Span> evidence;         // the exact words that agree or disagree
    std::string explanation;            // one line a reader understands
    Provenance provenance = Provenance::Extracted;
};

// Editor's notes and verdicts (schema.org ClaimReview for the latter).
struct Note {
    std::string id;
    std::string text;
    Index claim = kNone;                // the claim it is about, if any
    std::string verdict;                // "" or a rating: "accurate", "disputed", "unverified", "false"…
    std::string author;
    Provenance provenance = Provenance::Curated;
};

// The whole story. Plain data; see corpus.hpp for the operations that build and query it.
struct Corpus {
    std::vector<Article> articles;
    std::vector<Timex> timexes;         // sorted by (article, start)
    std::vector<Entity> entities;
    std::vector<Event> events;
    std::vector<Claim> claims;          // sorted by (article, start)
    std::vector<Relation> relations;
    std::vector<Note> notes;
};

const char* ToString(Provenance p);
const char* ToString(DateCertainty c);
const char* ToString(TimexType t);
const char* ToString(Granularity g);
const char* ToString(EntityKind k);
const char* ToString(ClaimKind k);
const char* ToString(RelationType t);
// Inverses: false when the string is not a known name (the caller reports the error with its location).
bool Parse(std::string_view s, Provenance& out);
bool Parse(std::string_view s, DateCertainty& out);
bool Parse(std::string_view s, TimexType& out);
bool Parse(std::string_view s, Granularity& out);
bool Parse(std::string_view s, EntityKind& out);
bool Parse(std::string_view s, ClaimKind& out);
bool Parse(std::string_view s, RelationType& out);

// The TextQuoteSelector of a span (prefix/suffix up to 32 bytes, cut on code point boundaries).
TextQuote QuoteOf(const Article& article, uint32_t start, uint32_t end);
inline std::string_view TextOf(const Article& a, uint32_t start, uint32_t end) {
    return std::string_view(a.text).substr(start, end - start);
}

}  // namespace core
