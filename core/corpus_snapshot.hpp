// corpus_snapshot.hpp — a Corpus as compact binary, written and read by the same core (issue #7).
//
// The page's viewer starts on the bundled story analysed at build time. Reading it from a JSON bundle cost
// the page's start-up a full JSON parse, id resolution and quote checks (~140 ms cold); a snapshot is the
// Corpus's fields in order, read with no parsing at all. It is a build artefact, never an exchange format:
// bundles (bundle.hpp) stay the format readers save, share and load. A snapshot written by one build is
// read by the same build; a different version is refused.
//
// Usage:
//   std::string bytes = core::WriteSnapshot(corpus);                 // web/story_bundle.cpp, at build time
//   core::Corpus story; if (!core::ReadSnapshot(bytes, story)) …     // the viewer, on start
//   std::string_view glyphs = core::SnapshotText(bytes);             // every string's bytes, for the fonts
//
// Layout: "CLSNAP" + version byte, then two streams — numbers (LEB128 varints, zigzag for signed) and
// text (every string's bytes, back to back, lengths in the numbers stream). Keeping the text contiguous
// lets the page take the characters its font atlas needs without reading the corpus, and compresses better.
// The reader checks every length, index and span against what it has read: a damaged snapshot is refused,
// never half-read, and never reads out of bounds.
#pragma once
#include <string>
#include <string_view>

#include "model.hpp"

namespace core {

std::string WriteSnapshot(const Corpus& corpus);

// False (and `out` unspecified) when the bytes are not a complete, consistent snapshot of this version.
bool ReadSnapshot(std::string_view bytes, Corpus& out);

// The text stream: every string of the snapshot, concatenated (UTF-8); "" when the header is not valid.
std::string_view SnapshotText(std::string_view bytes);

}  // namespace core
