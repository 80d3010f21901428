// Opening a user's files in the running app: good files replace the story, bad ones leave it in place.
// Natively the analyser seam (ui/analyser.hpp) runs in process, so every open finishes before it returns.
#include <doctest/doctest.h>

#include "bundle.hpp"
#include "open_files.hpp"
#include "ui_harness.hpp"

TEST_CASE("a bad bundle leaves the current story on screen and says where the problem is") {
    test::Harness h;
    const size_t before = h.app.corpus.articles.size();
    int calls = 0;
    CHECK(ui::OpenFiles(h.app, {{"story.json", "{\"format\": \"claimline-bundle\",\n \"version\": 99}"}},
                        [&](bool ok) { CHECK_FALSE(ok); ++calls; }) == ui::OpenResult::Failed);
    CHECK(calls == 1);
    h.Frames(2);
    CHECK(h.app.corpus.articles.size() == before);
    CHECK(h.app.status.rfind("story.json:", 0) == 0);
}

TEST_CASE("a dropped text file becomes the story, analysed") {
    test::Harness h;
    REQUIRE(ui::OpenFiles(h.app, {{"note.txt", "Talks resume in Geneva\nDelegates met on Tuesday, officials said."}}) ==
            ui::OpenResult::Opened);
    h.Frames(2);
    REQUIRE(h.app.corpus.articles.size() == 1);
    CHECK(h.app.corpus.articles[0].headline == "Talks resume in Geneva");
    CHECK(h.app.selection.article == 0);
    CHECK_FALSE(h.app.corpus.timexes.empty());   // "Tuesday": the analyser ran, not only the reader
    CHECK(h.app.status == "Opened 1 article");
}

TEST_CASE("a bundle saved after extraction opens as it is: every layer and index kept") {
    test::Harness h;
    const std::string saved = core::SaveBundle(h.app.corpus);
    const size_t claims = h.app.corpus.claims.size(), events = h.app.corpus.events.size();
    REQUIRE(claims > 0);
    REQUIRE(ui::OpenFiles(h.app, {{"story.json", saved}}) == ui::OpenResult::Opened);
    CHECK(h.app.corpus.claims.size() == claims);
    CHECK(h.app.corpus.events.size() == events);
    CHECK(core::SaveBundle(h.app.corpus) == saved);
}

TEST_CASE("a bundle of articles only is analysed: it gains layers") {
    test::Harness h;
    const std::string bare = R"({"format": "claimline-bundle", "version": 1, "articles": [{"id": "x",
        "headline": "Talks", "outlet": "example.org", "published": "2024-06-20",
        "text": "Talks\n\nThe ministers met on Monday in Geneva, officials said."}]})";
    REQUIRE(ui::OpenFiles(h.app, {{"bare.json", bare}}) == ui::OpenResult::Opened);
    REQUIRE(h.app.corpus.articles.size() == 1);
    CHECK_FALSE(h.app.corpus.timexes.empty());
}
