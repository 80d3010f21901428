// analyser.hpp — the seam between the viewer and the analyser (ingest + extraction: core's `core` library).
//
// The views never extract: they show a Corpus. Stories get understood behind this interface, implemented
// once per platform in ui/platform/ and chosen in CMake:
//   analyser_in_process.cpp  native app, tests, benchmarks: core called in process (links `core`)
//   analyser_worker.cpp      the web page: the bundled story was analysed at build time (a snapshot compiled
//                            into the viewer); files go to analyser.wasm in a Web Worker and come back as a
//                            snapshot (core/corpus_snapshot.hpp). The viewer links `core_view` only.
//
// Usage:
//   core::Corpus story = ui::BundledStory();                    // InitApp does this
//   ui::AnalyseFiles(std::move(files), [](ui::AnalysedStory s) { if (s.ok) … else show(s.error); },
//                    [](float fraction, const char* stage) { bar = fraction; });
//   every frame: ui::PollAnalysis();                            // true while an answer is still to come
// `done` is called at most once and always on the UI thread, never inside AnalyseFiles: natively from
// PollAnalysis once the worker thread is finished, on the web from the page's event loop when the Web
// Worker answers. A reader's drop can be hundreds of articles (seconds of extraction), so the window keeps
// drawing meanwhile. One analysis at a time: a newer AnalyseFiles cancels the running one.
#pragma once
#include <functional>
#include <optional>
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
// 0..1 over reading and every extraction stage; `stage` names the step ("reading", "entities", …).
using AnalyseProgress = std::function<void(float fraction, const char* stage)>;

// The bundled story (seeds/), understood, with the editor's curation merged.
core::Corpus BundledStory();

// A single bundle that already carries extracted layers needs no analysis. Where core runs in process
// (native app, tests) it is read here at once: the story, or the refusal naming file and place. The web
// page's viewer links no JSON reader (issue #7: bytes to download), so there this returns nullopt and the
// bundle goes to AnalyseFiles like any file (the worker reads it and skips extraction). Also nullopt for
// anything else (several files, other formats, a bundle of articles only).
std::optional<AnalysedStory> ReadAnalysedBundle(const std::vector<InputFile>& files);

// Reads the files (plain-text articles, bundles, TimeML, Reuters SGML) and extracts every layer, off the
// UI thread. `progress` may be empty; like `done` it is called on the UI thread (natively from PollAnalysis;
// the page shows its own progress bar, web/files.js, so the web never calls it).
void AnalyseFiles(std::vector<InputFile> files, AnalyseDone done, AnalyseProgress progress = {});

// Natively: hands the worker's progress and, once it is finished, its answer to the callbacks. Call once
// per frame on the UI thread. True while an analysis is running and this must keep being called (the
// caller keeps frames coming); the web answers through its event loop and always returns false.
bool PollAnalysis();

// Stops the running analysis, if any, and forgets it: its callbacks are never called. Natively it stops
// the extraction at its next article and joins the worker thread (on quit, or when the app that asked goes).
void CancelAnalysis();

}  // namespace ui
