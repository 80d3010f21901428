// timeml.hpp — TimeML documents (TimeBank / AQUAINT / TempEval-3 layout) in and out.
//
// Usage:
//   core::TimemlDocument doc;
//   core::LoadError error;
//   if (!core::ParseTimeml(bytes, "wsj_0006.tml", doc, error)) report(error.ToString());  // FILE:LINE:COL: …
//   std::vector<core::Timex> found = core::TagTimexes(doc.text, doc.dct);  // spans are offsets into doc.text
//   std::string tml = core::WriteTimeml(doc, found);                       // same document, new TIMEX3 tags
//
// A document is XML with a creation time, <DCT><TIMEX3 functionInDocument="CREATION_TIME" value="…">, and
// one <TEXT> element whose content carries inline TIMEX3 / EVENT / SIGNAL annotations.
//
// Offsets. `text` is TEXT's content with every tag removed and XML entities decoded ("AT&amp;T" → "AT&T"):
// that is what a tagger must read, so gold spans (`timexes`) and tagger spans are byte offsets into it and
// can be compared directly. `pieces` map it back to the raw file. The writer never re-escapes decoded text:
// it copies the original raw bytes between tags (an entity stays exactly as written — &amp;, &#38; or
// &#x26;) and only inserts tags at the raw positions of span boundaries. So the output with tags stripped
// equals the input with tags stripped, byte for byte — stronger than re-escaping, which would rewrite &#38;.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "bundle.hpp"
#include "model.hpp"

namespace core {

// A gold TIMEX3 inside TEXT (the DCT's TIMEX3 is not one of them).
struct TimemlTimex {
    std::string tid;                    // "t12"
    Timex timex;                        // span: byte offsets into TimemlDocument::text; type, value, mod, quant, freq
    uint32_t raw_offset = 0;            // byte offset of its start tag in the file, for messages
};

// A run of TEXT's content: `text` bytes [text_start, text_end) come from raw bytes [raw_start, raw_end).
struct TimemlPiece {
    enum class Kind : uint8_t {
        Verbatim,                       // plain characters: text and raw are the same bytes
        Atomic,                         // an entity or a CDATA section: decoded differently, never split
        Markup,                         // a kept tag or comment (not TIMEX3/EVENT/SIGNAL): no text, raw only
    };
    Kind kind = Kind::Verbatim;
    uint32_t text_start = 0, text_end = 0;
    uint32_t raw_start = 0, raw_end = 0;
};

struct TimemlDocument {
    std::string file;                   // as given to ParseTimeml
    std::string raw;                    // the whole file as read
    std::string doc_id;                 // <DOCID> content, "" when absent
    std::string title;                  // <TITLE> content (decoded), "" when absent
    std::string dct_value;              // value of the CREATION_TIME TIMEX3, e.g. "1998-11-20T19:30"
    Day dct = kNoDay;                   // its calendar day (always set when parsing succeeded)
    std::string dct_tid = "t0";         // its tid; new TIMEX3 ids never reuse it
    std::string text;                   // TEXT content: tags removed, entities decoded (valid UTF-8)
    std::vector<TimemlTimex> timexes;   // gold TIMEX3s inside TEXT, in document order (empty ones skipped)
    size_t events = 0, signals = 0;     // EVENT and SIGNAL elements inside TEXT (dropped by the writer)
    uint32_t content_start = 0;         // raw offset just after <TEXT>
    uint32_t content_end = 0;           // raw offset of </TEXT>
    std::vector<TimemlPiece> pieces;    // TEXT content in order, without the dropped annotation tags
    std::vector<ByteRange> dropped;     // raw ranges outside TEXT the writer leaves out (link elements)
};

// Parses a TimeML file. On failure returns false with `error` naming file, line and column (code points)
// and the element path as pointer ("/TimeML/TEXT/TIMEX3"). Checks: empty or binary data, invalid UTF-8,
// malformed or unbalanced tags, unknown entities, no TEXT or two, no creation time or an impossible one,
// a gold TIMEX3 with an unknown type or nested in another.
bool ParseTimeml(std::string_view bytes, std::string_view file_name, TimemlDocument& out, LoadError& error);

// The gold TIMEX3s as plain Timexes (span.article = `article`).
std::vector<Timex> GoldTimexes(const TimemlDocument& doc, Index article = kNone);

struct TimemlWriteStats {
    size_t written = 0;                 // TIMEX3 tags inserted
    size_t skipped = 0;                 // empty, out of range, overlapping an earlier one, or crossing kept markup
};

// The document with TEXT's TIMEX3/EVENT/SIGNAL tags removed, the link elements that pointed at them
// (TLINK, SLINK, ALINK, MAKEINSTANCE) dropped, and one TIMEX3 per timex (tid "t1"…, type, value, mod,
// quant and freq when set) inserted. `timexes` are spans of doc.text; the order does not matter. A span
// boundary inside an entity snaps outwards to the entity's edges.
std::string WriteTimeml(const TimemlDocument& doc, const std::vector<Timex>& timexes, TimemlWriteStats* stats = nullptr);

// The raw content of a file's first <TEXT> element with every tag removed (entities left as written): what
// WriteTimeml keeps byte-identical. "" when there is no TEXT. Tolerant: for tests and checks, not parsing.
std::string RawTextWithoutTags(std::string_view tml);

}  // namespace core
