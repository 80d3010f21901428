// The full fonts on the web page: when they are fetched, tried again after a failure (with back-off), and
// the card that tells the reader why some letters are boxes. The platform side is a thin caller of these.
#include <doctest/doctest.h>

#include <algorithm>

#include "ui_harness.hpp"

TEST_CASE("fonts: a failed fetch is tried again on the next need once its back-off has passed, and by the timer") {
    ui::FontsNoticeState st;
    CHECK(ui::FullFontsBackoff(1) == 2);
    CHECK(ui::FullFontsBackoff(3) == 8);
    CHECK(ui::FullFontsBackoff(6) == 60);
    CHECK(ui::FullFontsBackoff(40) == 60);
    CHECK(ui::WantFullFonts(st, 100.0));        // the first need fetches
    CHECK_FALSE(ui::WantFullFonts(st, 100.5));  // one fetch at a time
    ui::FullFontsFailed(st, 101.0);             // offline
    CHECK(st.status == ui::FullFonts::Failed);
    CHECK_FALSE(ui::FullFontsRetryDue(st, 102.0));
    CHECK_FALSE(ui::WantFullFonts(st, 102.0));  // a need within the back-off waits…
    CHECK(ui::FullFontsRetryDue(st, 103.0));    // …the timer fires at its end
    CHECK(ui::WantFullFonts(st, 103.0));        // and the next need after it fetches again
    ui::FullFontsFailed(st, 104.0);             // still offline: the wait doubles
    CHECK_FALSE(ui::WantFullFonts(st, 107.0));
    CHECK(ui::WantFullFonts(st, 108.0));
    ui::FullFontsArrived(st);                   // back online
    CHECK(st.status == ui::FullFonts::Loaded);
    CHECK(st.failures == 0);
    CHECK_FALSE(ui::WantFullFonts(st, 200.0));  // never fetched twice once here
    ui::FullFontsFailed(st, 201.0);             // a late failure of another instance's fetch changes nothing
    CHECK(st.status == ui::FullFonts::Loaded);
}

TEST_CASE("fonts: the reader is told when letters are missing, can try again at once, and can dismiss the card") {
    test::Harness h(1280, 800);
    ui::FontsNoticeState& st = h.app.fonts_notice;
    h.Frames(2);
    CHECK(st.card.w == 0);                      // nothing to say while nothing is missing
    REQUIRE(ui::WantFullFonts(st, 10.0));
    h.Frames(2);
    CHECK(st.card.w == 0);                      // a first fetch under way is not news
    ui::FullFontsFailed(st, 10.5);
    h.Frames(2);
    REQUIRE(st.card.w > 0);
    // On screen, clear of the top bar, and with a button to press.
    CHECK(st.card.x >= 0);
    CHECK(st.card.x + st.card.w <= 1280);
    CHECK(st.card.y + st.card.h <= 800);
    CHECK(st.card.y > h.app.layout.top_bar_h);
    REQUIRE(st.button.w > 0);
    // "Try again" skips the back-off.
    CHECK_FALSE(ui::FullFontsRetryDue(st, 11.0));
    h.Click(st.button.x + st.button.w * 0.5f, st.button.y + st.button.h * 0.5f);
    CHECK(st.retry_now);
    CHECK(ui::FullFontsRetryDue(st, 11.0));
    CHECK(ui::WantFullFonts(st, 11.0));
    CHECK_FALSE(st.retry_now);
    h.Frames(2);
    CHECK(st.card.w > 0);                       // still said while the retry runs
    ui::FullFontsArrived(st);
    h.Frames(2);
    CHECK(st.card.w == 0);                      // the letters are there: the card goes
}

TEST_CASE("fonts: a dismissed card stays away until the next failure") {
    test::Harness h(390, 844);                  // a phone: the card fits the width
    ui::FontsNoticeState& st = h.app.fonts_notice;
    REQUIRE(ui::WantFullFonts(st, 1.0));
    ui::FullFontsFailed(st, 1.0);
    h.Frames(2);
    REQUIRE(st.card.w > 0);
    CHECK(st.card.x + st.card.w <= 390);
    // "Dismiss" sits right of "Try again" on the same line.
    h.Click(st.button.x + st.button.w + 30, st.button.y + st.button.h * 0.5f);
    CHECK(st.dismissed);
    CHECK(st.card.w == 0);
    REQUIRE(ui::WantFullFonts(st, 5.0));
    ui::FullFontsFailed(st, 5.0);
    h.Frames(2);
    CHECK(st.card.w > 0);
}

namespace {
// The bottom edge (screen px) of the lowest pane shown, and of the articles list.
float PanesBottom(const ui::AppState& app) {
    float bottom = 0;
    auto take = [&](ui::Pane p, const auto& st) { if (ui::PaneVisible(app, p)) bottom = std::max(bottom, st.y + st.h); };
    take(ui::Pane::Timeline, app.timeline);
    take(ui::Pane::Articles, app.articles);
    take(ui::Pane::Reader, app.reader);
    take(ui::Pane::Claims, app.claims);
    take(ui::Pane::Entities, app.entities);
    take(ui::Pane::Coverage, app.coverage);
    take(ui::Pane::Search, app.search);
    return bottom;
}
}  // namespace

TEST_CASE("fonts: the card covers no pane: the panes end above it, at desktop and phone sizes") {
    const ImVec2 sizes[] = {{1400, 900}, {1280, 800}, {800, 600}, {390, 844}};
    for (const ImVec2& size : sizes) {
        INFO(size.x << "x" << size.y);
        test::Harness h(size.x, size.y);    // the phone shows the article list above the reader
        ui::FontsNoticeState& st = h.app.fonts_notice;
        CHECK(PanesBottom(h.app) == doctest::Approx(size.y));   // no card: the panes reach the bottom
        REQUIRE(ui::WantFullFonts(st, 1.0));
        ui::FullFontsFailed(st, 1.0);
        h.Frames(1);
        CHECK(PanesBottom(h.app) < size.y - 40);                // the room is kept on the frame it first shows
        h.Frames(1);
        REQUIRE(st.card.h > 0);
        CHECK(PanesBottom(h.app) <= st.card.y);
        CHECK(st.card.y - PanesBottom(h.app) < 20);             // and no wider gap than its margin
        CHECK(st.card.y + st.card.h <= size.y);
        CHECK(st.card.x >= 0);
        CHECK(st.card.x + st.card.w <= size.x);
        CHECK(h.app.articles.h > 60);                           // the list keeps room for its items
        ui::FullFontsArrived(st);
        h.Frames(2);
        CHECK(PanesBottom(h.app) == doctest::Approx(size.y));   // the card gone, the panes take the room back
    }
}
