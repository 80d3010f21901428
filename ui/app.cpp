#include "app.hpp"

#include <imgui.h>

#include "analyser.hpp"
#include "layout.hpp"
#include "open_files.hpp"
#include "search.hpp"
#include "theme.hpp"

namespace ui {

void InitApp(AppState& app, float pixel_scale) {
    app.pixel_scale = pixel_scale;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;           // layout is computed, not remembered: the same on every machine
    io.ConfigInputTextEnterKeepActive = true;   // Enter in the search box goes to the next hit and stays there
    app.fonts = LoadFonts(io, pixel_scale);
    ApplyTheme(app.theme, pixel_scale);
    // What the core finds in the bundled story, with the editor's curation layered on top (analysed in
    // process natively, at build time for the web page: see analyser.hpp).
    OpenCorpus(app, BundledStory());
    app.story_title = "The DPRK\xE2\x80\x93Russia treaty";   // the bundled story's name (index.html's title)
}

void OpenCorpus(AppState& app, core::Corpus corpus) {
    app.corpus = std::move(corpus);
    ++app.corpus_version;
    app.selection = {};
    app.story_title.clear();
    // A query survives a new story: its hits are looked up again in the new articles.
    app.search_hits = core::Search(app.corpus, app.search_query);
    app.search_current = -1;
    if (!app.corpus.articles.empty()) app.selection.article = 0;
    app.timeline.fitted = false;
    app.reader.shown_article = core::kNone;
}

void Select(AppState& app, const Selection& selection) { app.selection = selection; }

void SetTheme(AppState& app, Theme theme) {
    app.theme = theme;
    ApplyTheme(theme, app.pixel_scale);
}

void DrawApp(AppState& app) {
    app.animating = false;
    PollOpenFiles(app);
    ComputeLayout(app);
    DrawTopBar(app, app.top_bar);
    if (PaneVisible(app, Pane::Timeline)) DrawTimeline(app, app.timeline);
    if (PaneVisible(app, Pane::Articles)) DrawArticles(app, app.articles);
    if (PaneVisible(app, Pane::Coverage)) DrawCoverage(app, app.coverage);
    if (PaneVisible(app, Pane::Reader)) DrawReader(app, app.reader);
    if (PaneVisible(app, Pane::Claims)) DrawClaims(app, app.claims);
    if (PaneVisible(app, Pane::Entities)) DrawEntities(app, app.entities);
    if (PaneVisible(app, Pane::Search)) DrawSearch(app, app.search);
    DrawSplitters(app);
    DrawLoadStatus(app, app.load_status);
    DrawFontsNotice(app, app.fonts_notice);
    ++app.frame;
}

}  // namespace ui
