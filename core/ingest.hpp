// ingest.hpp — turns files a user brings (bundles, plain-text articles, TimeML, Reuters SGML) into a
// story, with errors that name the file and the place. Shared by the CLI's `extract`, the desktop app's
// path argument and drop, and the web page's drop/pick.
//
// Usage:
//   std::vector<core::InputFile> files = {{"a.txt", bytes_a}, {"story.json", bytes_b}};
//   core::IngestResult r = core::IngestFiles(files);
//   if (!r.ok) report(r.errors);                  // nothing of a failed file is half-loaded
//   else { core::ExtractAll(r.corpus); swap(app.corpus, r.corpus); }
//
// One bundle alone keeps all its layers. Several files are combined as articles only (metadata kept)
// so extraction can relate them afresh; article ids stay unique ("a", "a-2", …).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "bundle.hpp"
#include "model.hpp"

namespace core {

struct InputFile {
    std::string name;                   // file name as the user knows it (extension decides the format)
    std::string bytes;
};

struct IngestResult {
    bool ok = false;
    Corpus corpus;                      // complete when ok
    std::vector<LoadError> errors;      // every problem, each naming file, line, column or JSON pointer
    bool needs_extraction = true;       // false when a single bundle already carries extracted layers
};

IngestResult IngestFiles(const std::vector<InputFile>& files, const LoadLimits& limits = {});

// A plain-text article: id from the file name, headline from the first non-empty line. Invalid UTF-8 or an
// empty file → error with its position; false then.
bool ArticleFromText(std::string_view name, std::string_view bytes, Article& out, LoadError& error);

// A TimeML document (.tml): text = TEXT's content with tags removed and entities decoded (timeml.hpp),
// published = the DCT (certainty Stated), id from the file name, headline from the first line of the text.
// Malformed XML, no DCT, invalid UTF-8… → error at its line and column in the file; false then.
bool ArticleFromTimeml(std::string_view name, std::string_view bytes, Article& out, LoadError& error);

}  // namespace core
