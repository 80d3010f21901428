#include "open_files.hpp"

#include "app.hpp"
#include "corpus.hpp"

namespace ui {

namespace {

// "notes.txt", "a.txt and b.txt", "a.txt and 3 more files": the reader knows the files by these names.
std::string Describe(const std::vector<InputFile>& files) {
    if (files.size() == 1) return files[0].name;
    if (files.size() == 2) return files[0].name + " and " + files[1].name;
    return files[0].name + " and " + std::to_string(files.size() - 1) + " more files";
}

void Finish(AppState& app, AnalysedStory story, const std::function<void(bool)>& opened) {
    app.load_status.analysing = false;
    app.load_status.error.clear();
    if (!story.ok) {
        app.status = story.error.empty() ? "could not read the files" : story.error;
        app.load_status.error = app.status;
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
    // A bundle written after extraction (a download, a newsroom's hosted story) opens at once where the
    // analyser runs in process; its errors are the ones the analyser would report.
    if (std::optional<AnalysedStory> ready = ReadAnalysedBundle(files)) {
        const bool ok = ready->ok;
        Finish(app, std::move(*ready), opened);
        return ok ? OpenResult::Opened : OpenResult::Failed;
    }
    LoadStatusState& st = app.load_status;
    st.analysing = true;
    st.fraction = 0;
    st.stage = "reading";
    st.files = Describe(files);
    st.error.clear();
    st.frames_while_analysing = 0;
    AnalyseFiles(
        std::move(files), [&app, opened](AnalysedStory story) { Finish(app, std::move(story), opened); },
        [&app](float fraction, const char* stage) {
            app.load_status.fraction = fraction;
            app.load_status.stage = stage;
        });
    return OpenResult::Analysing;
}

void PollOpenFiles(AppState& app) {
    if (PollAnalysis()) app.animating = true;  // natively: draw the progress as it moves, pick up the answer
}

void CancelOpenFiles(AppState& app) {
    CancelAnalysis();
    app.load_status.analysing = false;
    app.status = "Cancelled: the story on screen stays";
}

}  // namespace ui
