// Opening a user's files in the running app: good files replace the story, bad ones leave it in place.
#include <doctest/doctest.h>

#include "open_files.hpp"
#include "ui_harness.hpp"

TEST_CASE("a bad bundle leaves the current story on screen and says where the problem is") {
    test::Harness h;
    const size_t before = h.app.corpus.articles.size();
    CHECK_FALSE(ui::OpenFiles(h.app, {{"story.json", "{\"format\": \"claimline-bundle\",\n \"version\": 99}"}}));
    h.Frames(2);
    CHECK(h.app.corpus.articles.size() == before);
    CHECK(h.app.status.rfind("story.json:", 0) == 0);
}

TEST_CASE("a dropped text file becomes the story") {
    test::Harness h;
    REQUIRE(ui::OpenFiles(h.app, {{"note.txt", "Talks resume in Geneva\nDelegates met on Tuesday."}}));
    h.Frames(2);
    REQUIRE(h.app.corpus.articles.size() == 1);
    CHECK(h.app.corpus.articles[0].headline == "Talks resume in Geneva");
    CHECK(h.app.selection.article == 0);
}
