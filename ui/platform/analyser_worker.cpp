// analyser_worker.cpp — the analyser seam (ui/analyser.hpp) in the web page's viewer, which links no
// extraction code:
//   BundledStory  reads the snapshot web/story_bundle.cpp wrote at build time (compiled in as kStoryFiles;
//                 core/corpus_snapshot.hpp: no JSON parse on start)
//   AnalyseFiles  hands the files to the page (Module.analyse, set by web/host.js), which runs analyser.wasm
//                 in a Web Worker and answers through claimline_analysis_done with a snapshot or an error.
//                 Bundles go there too: the viewer links no JSON reader (issue #7), the worker reads them.
#include <emscripten/emscripten.h>

#include <cstdio>
#include <map>

#include "analyser.hpp"
#include "corpus_snapshot.hpp"
#include "embedded.hpp"

extern const core::EmbeddedFile kStoryFiles[];  // web/CMakeLists.txt: story.snap, the seeds analysed
extern const size_t kStoryFiles_count;

namespace {

std::map<int, ui::AnalyseDone> g_waiting;  // request id → who gets the answer
int g_last_id = 0;

// files: parallel arrays of names, byte pointers and sizes; the page copies them out before this returns.
EM_JS(void, JsAnalyse, (int id, const char* const* names, const char* const* bytes, const int* sizes, int count), {
    const files = [];
    for (let i = 0; i < count; i++) {
        const at = HEAPU32[(bytes >> 2) + i];
        files.push([UTF8ToString(HEAPU32[(names >> 2) + i]), HEAPU8.slice(at, at + HEAP32[(sizes >> 2) + i])]);
    }
    Module['analyse'](id, files);
});

}  // namespace

namespace ui {

core::Corpus BundledStory() {
    core::Corpus story;
    // The build wrote it from the same core; a failure here is a build bug (tests/web would see no story).
    if (!core::ReadSnapshot(core::FindEmbedded(kStoryFiles, kStoryFiles_count, "story.snap"), story))
        std::fputs("claimline: the bundled story's snapshot does not read\n", stderr);
    return story;
}

std::optional<AnalysedStory> ReadAnalysedBundle(const std::vector<InputFile>&) { return std::nullopt; }

// The page shows the Web Worker's progress in its own bar (web/files.js): `progress` is not called here.
void AnalyseFiles(std::vector<InputFile> files, AnalyseDone done, AnalyseProgress progress) {
    (void)progress;
    g_waiting.clear();                  // one analysis at a time: an earlier request's answer is ignored
    const int id = ++g_last_id;
    g_waiting[id] = std::move(done);
    std::vector<const char*> names, bytes;
    std::vector<int> sizes;
    for (const InputFile& f : files) {
        names.push_back(f.name.c_str());
        bytes.push_back(f.bytes.data());
        sizes.push_back(static_cast<int>(f.bytes.size()));
    }
    JsAnalyse(id, names.data(), bytes.data(), sizes.data(), static_cast<int>(files.size()));
}

// Answers arrive through the page's event loop (claimline_analysis_done), which wakes the frame loop.
bool PollAnalysis() { return false; }

void CancelAnalysis() { g_waiting.clear(); }

}  // namespace ui

extern "C" {

// The page's answer to request `id`: ok = 1 with the analysed story as a snapshot (core/corpus_snapshot.hpp,
// written by the analyser of the same build), ok = 0 with the error naming file and place. Unknown ids (a
// page answering twice) are ignored.
EMSCRIPTEN_KEEPALIVE void claimline_analysis_done(int id, int ok, const char* bytes, int size) {
    const auto it = g_waiting.find(id);
    if (it == g_waiting.end()) return;
    ui::AnalyseDone done = std::move(it->second);
    g_waiting.erase(it);
    const std::string_view text(bytes, size > 0 ? static_cast<size_t>(size) : 0);
    ui::AnalysedStory story;
    if (!ok) {
        story.error = std::string(text);
    } else {
        // The snapshot reader checks every length and index: a damaged answer is refused, never half-read.
        story.ok = core::ReadSnapshot(text, story.corpus);
        if (!story.ok) {
            story.corpus = {};
            story.error = "the analyser's answer does not read (analyser.wasm from another build?)";
        }
    }
    done(std::move(story));
}

}  // extern "C"
