// analyser.hpp — the seam between the viewer and the analyser (ingest + extraction: core's `core` library).
//
// The views never extract: they show a Corpus. Stories get understood behind this interface, implemented
// once per platform in ui/platform/ and chosen in CMake:
//   analyser_in_process.cpp  native app, tests, benchmarks: core called in process (links `core`)
//   analyser_worker.cpp      the web page: the bundled story was analysed at build time (a bundle compiled
//                            into the viewer); files go to analyser.wasm in a Web Worker and come back as a
//                            bundle. The viewer links `core_view` only.
//
// Usage:
//   core::Corpus story = ui::BundledStory();                    // InitApp does this
//   ui::AnalyseFiles(std::move(files), [](ui::AnalysedStory s) { if (s.ok) … else show(s.error); });
// `done` is called exactly once: at once in process, later (from the page's event loop) on the web.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "bundle.hpp"
#include "model.hpp"

namespace ui {

// A file a reader brings: name as they know it (the extension decides the format) and its bytes.
struct InputFile {
    std::string name;
    std::string bytes;
};

struct AnalysedStory {
    bool ok = false;
    core::Corpus corpus;                // every layer extracted; complete when ok
    std::string error;                  // when !ok: the first problem naming file, line, column or JSON pointer
};

using AnalyseDone = std::function<void(AnalysedStory story)>;

// The bundled story (seeds/), understood, with the editor's curation merged.
core::Corpus BundledStory();

// Reads the files (plain-text articles, bundles, TimeML, Reuters SGML) and extracts every layer.
void AnalyseFiles(std::vector<InputFile> files, AnalyseDone done);

}  // namespace ui
