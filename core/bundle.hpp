// bundle.hpp — the claimline bundle: one JSON file holding a story's articles and every layer about them.
//
// Usage:
//   core::LoadResult r = core::LoadBundle(bytes, "story.json");
//   if (!r.ok) { for (auto& e : r.errors) std::fprintf(stderr, "%s\n", e.ToString().c_str()); return; }
//   app.corpus = std::move(r.corpus);                 // swap only on success: a failed load changes nothing
//   std::string json = core::SaveBundle(app.corpus);  // pretty; SaveOptions{.pretty = false} for compact
//
// Format (docs/bundle.md, schema/claimline-bundle.schema.json): {"format": "claimline-bundle", "version": 1,
// "articles": [...], "timexes": [...], "entities": [...], "events": [...], "claims": [...], "relations": [...],
// "notes": [...]}. Items reference articles, entities, events and claims by string id; spans are
// {article, start, end, text, prefix, suffix} with UTF-8 byte offsets and a W3C TextQuoteSelector, which the
// loader checks against the article text. A minimal bundle is only articles {id, published, headline, outlet,
// text}. An article may name a sibling "file" instead of carrying "text" (seeds/articles.json does); the
// caller supplies the reader. A bundle without articles (seeds/curation.json) annotates a base corpus.
//
// Bad input never crashes and never half-loads: size, emptiness, binary data and nesting depth are checked
// before any parse; every problem is reported with file, line, column and JSON pointer.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model.hpp"

namespace core {

constexpr int kBundleVersion = 1;                   // the newest format version this code reads and writes
constexpr std::string_view kBundleFormat = "claimline-bundle";

struct LoadError {
    std::string file;                               // as given to LoadBundle
    int line = 0;                                   // 1-based; 0 when the error concerns no position
    int column = 0;                                 // 1-based, in characters (code points) of that line
    std::string pointer;                            // RFC 6901 JSON pointer of the offending value ("" = root)
    std::string message;
    std::string ToString() const;                   // "FILE:LINE:COL: message (pointer)"
};

// One line for a reader: the first error, then "  (+N more)" when there are others; "" when none.
std::string ErrorSummary(const std::vector<LoadError>& errors);

// Reads a file an article names ("file": "001_….txt"); false when it does not exist.
using FileReader = std::function<bool(std::string_view name, std::string& bytes)>;

struct LoadLimits {
    size_t max_bytes = size_t{64} << 20;            // bytes; larger inputs are refused before parsing (64 MiB)
    int max_depth = 256;                            // nesting levels; a real bundle needs about 6
    size_t max_errors = 50;                         // stop collecting after this many
};

struct LoadOptions {
    LoadLimits limits;
    FileReader read_file;                           // resolves "file" references; none = such articles fail
    const Corpus* base = nullptr;                   // articles an overlay bundle (curation) may refer to
};

struct LoadResult {
    bool ok = false;
    Corpus corpus;                                  // complete when ok; unspecified otherwise — do not use
    std::vector<LoadError> errors;                  // empty when ok
};

LoadResult LoadBundle(std::string_view json_bytes, std::string_view file_name, const LoadOptions& options = {});

struct SaveOptions {
    bool pretty = true;                             // 2-space indented; false = one line
    bool quotes = true;                             // prefix/suffix of the TextQuoteSelector beside each span
};

// Always writes format, version and every layer (empty arrays included), article texts inline.
std::string SaveBundle(const Corpus& corpus, const SaveOptions& options = {});

// Utilities the loader uses that callers need too (the CLI reads .txt files).
bool IsValidUtf8(std::string_view text, size_t* bad_offset = nullptr);
void LineColumnOf(std::string_view text, size_t offset, int& line, int& column);  // 1-based, code points

}  // namespace core
