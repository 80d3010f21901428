// analyser.cpp — the page's analyser: a second Emscripten program (analyser.js + analyser.wasm) holding
// core's ingest and extraction, loaded only when a reader brings files. The page runs it in a Web Worker
// (web/analyser_glue.js) so extraction never freezes the explorer; the single-file page runs it inline, in
// slices between frames. It answers with a snapshot of the story (core/corpus_snapshot.hpp) the viewer reads
// (ui/platform/analyser_worker.cpp): no JSON parser in the viewer, and no parse there. Bundles a reader
// drops are read here too (IngestFiles), extracted only when they carry articles alone.
//
//   analyser_add_file(name, bytes, size)  per file (bytes copied; the caller frees them)
//   analyser_start()                      reads the files: 100 (per mille) when read, -1 when refused
//   analyser_step()                       extracts a slice: per mille done, 1000 when finished
//   analyser_result() / _size()           the snapshot, or the error naming file and place
#include <emscripten/emscripten.h>

#include <memory>
#include <string>
#include <vector>

#include "bundle.hpp"
#include "corpus_snapshot.hpp"
#include "extract.hpp"
#include "ingest.hpp"

namespace {

struct Job {
    std::vector<core::InputFile> files;  // handed over, not yet read
    core::IngestResult read;             // the story being analysed (stays put while the extractor works)
    std::unique_ptr<core::Extractor> extractor;
    std::string result;                  // the snapshot when done, the error when refused
};
Job g_job;

// Per mille of the whole job: reading is the first tenth, extraction the rest.
constexpr int kRead = 100, kDone = 1000;

int Finish() {
    g_job.extractor.reset();
    g_job.result = core::WriteSnapshot(g_job.read.corpus);
    g_job.read = {};
    return kDone;
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void analyser_add_file(const char* name, const char* bytes, int size) {
    g_job.files.push_back({name, std::string(bytes, size > 0 ? static_cast<size_t>(size) : 0)});
}

EMSCRIPTEN_KEEPALIVE int analyser_start() {
    g_job.extractor.reset();
    g_job.read = core::IngestFiles(g_job.files);
    g_job.files.clear();
    if (!g_job.read.ok) {
        g_job.result = core::ErrorSummary(g_job.read.errors);
        if (g_job.result.empty()) g_job.result = "could not read the files";
        g_job.read = {};
        return -1;
    }
    if (!g_job.read.needs_extraction) return Finish();
    g_job.extractor = std::make_unique<core::Extractor>(g_job.read.corpus);
    return kRead;
}

EMSCRIPTEN_KEEPALIVE int analyser_step() {
    if (!g_job.extractor) return kDone;
    constexpr size_t kArticlesPerStep = 2;  // ~a frame's worth of work for news-length articles (inline)
    if (g_job.extractor->Step(kArticlesPerStep)) return Finish();
    return kRead + static_cast<int>((kDone - kRead - 1) * g_job.extractor->Fraction());
}

EMSCRIPTEN_KEEPALIVE const char* analyser_result() { return g_job.result.c_str(); }
EMSCRIPTEN_KEEPALIVE int analyser_result_size() { return static_cast<int>(g_job.result.size()); }

}  // extern "C"

int main() { return 0; }  // driven through the exports above
