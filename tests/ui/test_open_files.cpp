// Opening a user's files in the running app: good files replace the story, bad ones leave it in place.
// Natively the analyser seam (ui/analyser.hpp) works on a worker thread: the tests keep drawing frames
// until it answers, as the app does.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "analyser.hpp"
#include "bundle.hpp"
#include "open_files.hpp"
#include "ui_harness.hpp"

namespace {

// Draws frames until the analyser has answered; the bound is generous (a loaded 2-core machine, a debug
// or sanitizer build) and only there so a hang fails instead of blocking the run. Returns false on timeout.
bool DrawUntilAnswered(test::Harness& h) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (h.app.load_status.analysing && std::chrono::steady_clock::now() < deadline) h.Frames(1);
    return !h.app.load_status.analysing;
}

// A drop large enough that extraction takes many frames: the bundled articles, `copies` times over.
std::vector<ui::InputFile> ManyArticles(const test::Harness& h, int copies) {
    std::vector<ui::InputFile> files;
    for (int k = 0; k < copies; ++k)
        for (const core::Article& a : h.app.corpus.articles)
            files.push_back({"copy" + std::to_string(k) + "-" + a.id + ".txt", a.headline + "\n\n" + a.text});
    return files;
}

}  // namespace

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
            ui::OpenResult::Analysing);
    REQUIRE(DrawUntilAnswered(h));
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
    REQUIRE(ui::OpenFiles(h.app, {{"bare.json", bare}}) == ui::OpenResult::Analysing);
    REQUIRE(DrawUntilAnswered(h));
    REQUIRE(h.app.corpus.articles.size() == 1);
    CHECK_FALSE(h.app.corpus.timexes.empty());
}

TEST_CASE("dropped articles are analysed off the UI thread: frames keep coming, progress shows, the story stays until the answer") {
    test::Harness h;
    const size_t before = h.app.corpus.articles.size();
    const std::string first_headline = h.app.corpus.articles[0].headline;
    std::vector<ui::InputFile> files = ManyArticles(h, 40);
    const size_t dropped = files.size();
    int calls = 0;
    REQUIRE(ui::OpenFiles(h.app, std::move(files), [&](bool ok) { CHECK(ok); ++calls; }) == ui::OpenResult::Analysing);
    CHECK(h.app.load_status.files == "copy0-000.txt and " + std::to_string(dropped - 1) + " more files");
    float seen_between = -1;            // a progress fraction strictly between 0 and 1, seen while drawing
    bool card_shown = false, story_kept = true;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (h.app.load_status.analysing && std::chrono::steady_clock::now() < deadline) {
        h.Frames(1);
        if (!h.app.load_status.analysing) break;
        story_kept = story_kept && h.app.corpus.articles.size() == before && h.app.corpus.articles[0].headline == first_headline;
        card_shown = card_shown || !h.app.load_status.card.Empty();
        CHECK(h.app.animating);         // the platform keeps drawing while the worker works
        const float f = h.app.load_status.fraction;
        if (f > 0 && f < 1) seen_between = f;
    }
    REQUIRE_FALSE(h.app.load_status.analysing);
    CHECK(story_kept);
    CHECK(card_shown);
    CHECK(h.app.load_status.frames_while_analysing >= 2);   // the UI drew while the analysis ran
    CHECK(seen_between > 0);
    CHECK(calls == 1);
    CHECK(h.app.corpus.articles.size() == dropped);
    CHECK_FALSE(h.app.corpus.claims.empty());
    CHECK(h.app.status == "Opened " + std::to_string(dropped) + " articles");
    h.Frames(2);
    CHECK(h.app.load_status.card.Empty());    // nothing left to say: the new story is the answer
}

TEST_CASE("a bad file among good ones: the story stays, the card names the file until dismissed") {
    test::Harness h;
    const size_t before = h.app.corpus.articles.size();
    int calls = 0;
    REQUIRE(ui::OpenFiles(h.app, {{"good.txt", "Talks resume\nThe ministers met on Monday."}, {"broken.txt", "Talks\n\xFF\xFE stop"}},
                          [&](bool ok) { CHECK_FALSE(ok); ++calls; }) == ui::OpenResult::Analysing);
    CHECK(h.app.load_status.files == "good.txt and broken.txt");
    REQUIRE(DrawUntilAnswered(h));
    CHECK(calls == 1);
    CHECK(h.app.corpus.articles.size() == before);
    CHECK(h.app.status.rfind("broken.txt", 0) == 0);
    CHECK(h.app.load_status.error == h.app.status);
    h.Frames(2);
    REQUIRE_FALSE(h.app.load_status.card.Empty());
    REQUIRE_FALSE(h.app.load_status.button.Empty());
    h.Click(h.app.load_status.button.CenterX(), h.app.load_status.button.CenterY());   // Dismiss
    CHECK(h.app.load_status.error.empty());
    CHECK(h.app.load_status.card.Empty());
}

TEST_CASE("Cancel stops the analysis: its answer never arrives and the story stays") {
    test::Harness h;
    const size_t before = h.app.corpus.articles.size();
    int calls = 0;
    REQUIRE(ui::OpenFiles(h.app, ManyArticles(h, 40), [&](bool) { ++calls; }) == ui::OpenResult::Analysing);
    h.Frames(2);
    REQUIRE(h.app.load_status.analysing);
    REQUIRE_FALSE(h.app.load_status.button.Empty());
    h.Click(h.app.load_status.button.CenterX(), h.app.load_status.button.CenterY());   // Cancel
    CHECK_FALSE(h.app.load_status.analysing);
    CHECK_FALSE(ui::PollAnalysis());   // nothing left running
    h.Frames(3);
    CHECK(calls == 0);
    CHECK(h.app.corpus.articles.size() == before);
}

TEST_CASE("a newer drop replaces one still being analysed; quitting mid-analysis stops the worker") {
    {
        test::Harness h;
        REQUIRE(ui::OpenFiles(h.app, ManyArticles(h, 40)) == ui::OpenResult::Analysing);
        h.Frames(1);
        REQUIRE(ui::OpenFiles(h.app, {{"note.txt", "Talks resume in Geneva\nDelegates met on Tuesday."}}) == ui::OpenResult::Analysing);
        REQUIRE(DrawUntilAnswered(h));
        CHECK(h.app.corpus.articles.size() == 1);
        // Quit while analysing: the app's state goes, and the analysis with it (joined, never answering).
        REQUIRE(ui::OpenFiles(h.app, ManyArticles(h, 200)) == ui::OpenResult::Analysing);
        h.Frames(1);
    }
    CHECK_FALSE(ui::PollAnalysis());
    test::Harness next;                 // a new app starts on the bundled story, with nothing arriving late
    next.Frames(3);
    CHECK(next.app.corpus.articles.size() == 5);
    CHECK_FALSE(next.app.load_status.analysing);
}
