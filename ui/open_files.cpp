#include "open_files.hpp"

#include <memory>

#include "app.hpp"
#include "corpus.hpp"

namespace ui {

namespace {

bool IsBundleName(const std::string& name) {
    return name.size() > 5 && (name.compare(name.size() - 5, 5, ".json") == 0 || name.compare(name.size() - 5, 5, ".JSON") == 0);
}

void Finish(AppState& app, AnalysedStory story, const std::function<void(bool)>& opened) {
    if (!story.ok) {
        app.status = story.error.empty() ? "could not read the files" : story.error;
    } else {
        const size_t n = story.corpus.articles.size();
        OpenCorpus(app, std::move(story.corpus));
        app.status = "Opened " + std::to_string(n) + (n == 1 ? " article" : " articles");
    }
    if (opened) opened(story.ok);
}

}  // namespace

OpenResult OpenFiles(AppState& app, std::vector<InputFile> files, std::function<void(bool)> opened) {
    if (files.empty()) {
        Finish(app, {false, {}, "no files to open"}, opened);
        return OpenResult::Failed;
    }
    // A bundle written after extraction (a download, a newsroom's hosted story) needs no analyser: the
    // viewer reads it, and its errors are the ones the analyser would report.
    if (files.size() == 1 && IsBundleName(files.front().name)) {
        core::LoadResult loaded = core::LoadBundle(files.front().bytes, files.front().name);
        if (!loaded.ok || core::HasExtractedLayers(loaded.corpus)) {
            const bool ok = loaded.ok;
            Finish(app, {ok, std::move(loaded.corpus), core::ErrorSummary(loaded.errors)}, opened);
            return ok ? OpenResult::Opened : OpenResult::Failed;
        }
    }
    // The analyser answers at once in process, or later on the web: the shared outcome tells which.
    auto outcome = std::make_shared<OpenResult>(OpenResult::Analysing);
    AnalyseFiles(std::move(files), [&app, opened, outcome](AnalysedStory story) {
        *outcome = story.ok ? OpenResult::Opened : OpenResult::Failed;
        Finish(app, std::move(story), opened);
    });
    return *outcome;
}

}  // namespace ui
