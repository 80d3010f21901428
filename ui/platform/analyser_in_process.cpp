// analyser_in_process.cpp — the analyser seam (ui/analyser.hpp) with core called in process: the native
// app, the headless UI tests and the benchmarks. Answers before AnalyseFiles returns.
#include "analyser.hpp"
#include "extract.hpp"
#include "ingest.hpp"
#include "seeds.hpp"

namespace ui {

core::Corpus BundledStory() {
    core::Corpus story = core::LoadSeedCorpus();
    core::ExtractAll(story);            // a few milliseconds for five articles
    return story;
}

void AnalyseFiles(std::vector<InputFile> files, AnalyseDone done) {
    std::vector<core::InputFile> inputs;
    inputs.reserve(files.size());
    for (InputFile& f : files) inputs.push_back({std::move(f.name), std::move(f.bytes)});
    core::IngestResult read = core::IngestFiles(inputs);
    AnalysedStory story;
    story.ok = read.ok;
    story.error = core::ErrorSummary(read.errors);
    if (read.ok) {
        if (read.needs_extraction) core::ExtractAll(read.corpus);
        story.corpus = std::move(read.corpus);
    }
    done(std::move(story));
}

}  // namespace ui
