// app.hpp — the explorer's state and its frame function, shared by the native app, the page and the tests.
//
// Usage (any platform, or a headless test):
//   ui::AppState app;  ui::InitApp(app, pixel_scale);       // corpus = the bundled story
//   per frame: ImGui::NewFrame(); ui::DrawApp(app); ImGui::Render();
//   ui::OpenCorpus(app, std::move(corpus)) swaps in another story (the old one stays on failure upstream).
// DrawApp is one line per window; each window keeps its state in its own struct below.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "articles_window.hpp"
#include "claims_window.hpp"
#include "coverage_window.hpp"
#include "entities_window.hpp"
#include "fonts.hpp"
#include "fonts_notice_window.hpp"
#include "layout.hpp"
#include "load_status_window.hpp"
#include "model.hpp"
#include "reader_window.hpp"
#include "search_window.hpp"
#include "selection.hpp"
#include "theme.hpp"
#include "timeline_window.hpp"
#include "top_bar_window.hpp"

namespace ui {

struct AppState {
    core::Corpus corpus;                // the story on screen
    int corpus_version = 0;             // bumped by OpenCorpus: views rebuild caches built from the corpus
    Selection selection;                // one selection shared by all views
    Fonts fonts;
    float pixel_scale = 1.0f;           // device pixels per logical pixel (devicePixelRatio on the web)
    bool animating = false;             // a view asked for more frames this frame (smooth zoom, scroll)
    int frame = 0;                      // frames drawn so far (tests and benchmarks read it)
    std::string status;                 // one line at the bottom: last load error or hint
    Theme theme = Theme::Light;         // change with SetTheme; the page follows prefers-color-scheme
    std::string story_title;            // shown in the top bar; "" = "N articles"

    // Search across all articles: the search box fills these; the reader and the timeline mark the hits.
    std::string search_query;
    std::vector<core::Span> search_hits;    // sorted by (article, start)
    int search_current = -1;                // index into search_hits of the focused hit, -1 = none

    bool show_timeline = true;
    bool show_articles = true;
    bool show_reader = true;
    bool show_claims = true;
    bool show_entities = false;
    bool show_coverage = false;
    bool show_search = false;           // set when there is a query (the hits list)
    bool host_shows_load_status = false;    // the web page shows analysis progress and load errors itself
    LayoutState layout;                 // splitter positions, phone tabs; where every pane goes
    TopBarState top_bar;
    TimelineState timeline;
    ArticlesState articles;
    ReaderState reader;
    ClaimsState claims;
    EntitiesState entities;
    CoverageState coverage;
    SearchState search;
    FontsNoticeState fonts_notice;      // the web page's full fonts: fetch, retry, "some letters cannot be shown yet"
    LoadStatusState load_status;        // last member: destroyed first, cancelling an analysis still running
};

// Fonts, theme, bundled corpus; needs an ImGui context.
void InitApp(AppState& app, float pixel_scale);
void OpenCorpus(AppState& app, core::Corpus corpus); // replace the story and reset views
void Select(AppState& app, const Selection& selection);
void SetTheme(AppState& app, Theme theme);           // restyles ImGui and every palette reader
void DrawApp(AppState& app);

}  // namespace ui
