#include "app.hpp"

#include <imgui.h>

#include "extract.hpp"
#include "seeds.hpp"
#include "theme.hpp"

namespace ui {

void InitApp(AppState& app, float pixel_scale) {
    app.pixel_scale = pixel_scale;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;           // layout is computed, not remembered: the same on every machine
    app.fonts = LoadFonts(io, pixel_scale);
    ApplyTheme(app.theme, pixel_scale);
    // The bundled story is understood on start (a few milliseconds for five articles), so what the
    // page shows is what the core finds, with the editor's curation layered on top.
    core::Corpus seeds = core::LoadSeedCorpus();
    core::ExtractAll(seeds);
    OpenCorpus(app, std::move(seeds));
}

void OpenCorpus(AppState& app, core::Corpus corpus) {
    app.corpus = std::move(corpus);
    ++app.corpus_version;
    app.selection = {};
    app.search_hits.clear();
    app.search_current = -1;
    if (!app.corpus.articles.empty()) app.selection.article = 0;
    app.timeline.fitted = false;
    app.reader.shown_article = core::kNone;
}

void Select(AppState& app, const Selection& selection) { app.selection = selection; }

// The layout: timeline across the top, article list on the left, reader on the right.
static void Layout(AppState& app) {
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    const float s = app.pixel_scale;
    const float timeline_h = std::max(160.0f * s, size.y * 0.3f);
    const float list_w = std::min(std::max(260.0f * s, size.x * 0.28f), 420.0f * s);
    app.timeline.x = 0; app.timeline.y = 0; app.timeline.w = size.x; app.timeline.h = timeline_h;
    app.articles.x = 0; app.articles.y = timeline_h; app.articles.w = list_w; app.articles.h = size.y - timeline_h;
    const float claims_w = std::min(std::max(300.0f * s, size.x * 0.3f), 460.0f * s);
    app.reader.x = list_w; app.reader.y = timeline_h; app.reader.w = size.x - list_w - claims_w; app.reader.h = size.y - timeline_h;
    app.claims.x = size.x - claims_w; app.claims.y = timeline_h; app.claims.w = claims_w; app.claims.h = size.y - timeline_h;
}

void DrawApp(AppState& app) {
    app.animating = false;
    Layout(app);
    if (app.show_timeline) DrawTimeline(app, app.timeline);
    if (app.show_articles) DrawArticles(app, app.articles);
    if (app.show_reader) DrawReader(app, app.reader);
    if (app.show_claims) DrawClaims(app, app.claims);
    if (app.show_entities) DrawEntities(app, app.entities);
    if (app.show_coverage) DrawCoverage(app, app.coverage);
    if (app.show_search) DrawSearch(app, app.search);
    ++app.frame;
}

}  // namespace ui
