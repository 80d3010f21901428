// The search box and hit list, the entities panel and the coverage matrix — the real app, headless.
#include <doctest/doctest.h>

#include <string>

#include "search.hpp"
#include "ui_harness.hpp"

namespace {
void Type(test::Harness& h, const char* text) {
    for (const char* p = text; *p; ++p) ImGui::GetIO().AddInputCharacter(static_cast<unsigned char>(*p));
    h.Frames(2);
}
void Press(test::Harness& h, ImGuiKey key, bool shift = false) {
    ImGuiIO& io = ImGui::GetIO();
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
    io.AddKeyEvent(key, true);
    h.Frames(1);
    io.AddKeyEvent(key, false);
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
    h.Frames(2);
}
}  // namespace

TEST_CASE("typing in the search box fills the hits; Enter walks them and opens their articles") {
    test::Harness h(1400, 900);
    const ui::Rect box = h.app.top_bar.search_box;
    REQUIRE_FALSE(box.Empty());
    h.Click(box.CenterX(), box.CenterY());
    Type(h, "Pyongyang");
    CHECK(h.app.search_query == "Pyongyang");
    REQUIRE(h.app.search_hits.size() >= 2);
    const auto expected = core::Search(h.app.corpus, "pyongyang");
    REQUIRE(h.app.search_hits.size() == expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        CHECK(h.app.search_hits[i].article == expected[i].article);
        CHECK(h.app.search_hits[i].start == expected[i].start);
    }
    CHECK(h.app.search_current == -1);
    CHECK(ui::PaneVisible(h.app, ui::Pane::Search));   // the hit list opens with a query

    Press(h, ImGuiKey_Enter);
    REQUIRE(h.app.search_current >= 0);
    const int first = h.app.search_current;
    CHECK(h.app.selection.article == h.app.search_hits[static_cast<size_t>(first)].article);
    Press(h, ImGuiKey_Enter);
    CHECK(h.app.search_current == (first + 1) % static_cast<int>(h.app.search_hits.size()));
    // Keep pressing: every article that has a hit gets opened on the way round.
    bool switched = false;
    const core::Index start_article = h.app.selection.article;
    for (size_t i = 0; i < h.app.search_hits.size() && !switched; ++i) {
        Press(h, ImGuiKey_Enter);
        switched = h.app.selection.article != start_article;
        CHECK(h.app.selection.article == h.app.search_hits[static_cast<size_t>(h.app.search_current)].article);
    }
    CHECK(switched);
    CHECK(h.app.reader.shown_article == h.app.selection.article);
    const int at = h.app.search_current;
    Press(h, ImGuiKey_Enter, /*shift=*/true);
    CHECK(h.app.search_current == at - 1 + (at == 0 ? static_cast<int>(h.app.search_hits.size()) : 0));
}

TEST_CASE("a query with no match shows none; clearing it closes the hit list") {
    test::Harness h(1400, 900);
    ui::SetSearchQuery(h.app, "zzqx-not-in-the-story");
    h.Frames(2);
    CHECK(h.app.search_hits.empty());
    ui::StepHit(h.app, +1);   // nothing to go to: no crash, nothing selected
    CHECK(h.app.search_current == -1);
    ui::SetSearchQuery(h.app, "");
    h.Frames(2);
    CHECK_FALSE(ui::PaneVisible(h.app, ui::Pane::Search));
}

TEST_CASE("clicking a hit in the list selects it and opens its article") {
    test::Harness h(1400, 900);
    ui::SetSearchQuery(h.app, "treaty");
    h.Frames(3);
    REQUIRE(h.app.search.row_center_y.size() >= 2);
    // Click a row whose hit is in another article than the one open.
    size_t row = 0;
    for (; row < h.app.search.row_hit.size(); ++row)
        if (h.app.search_hits[static_cast<size_t>(h.app.search.row_hit[row])].article != h.app.selection.article) break;
    if (row == h.app.search.row_hit.size()) row = 1;
    const int hit = h.app.search.row_hit[row];
    h.Click(h.app.search.x + h.app.search.w * 0.5f, h.app.search.row_center_y[row]);
    CHECK(h.app.search_current == hit);
    CHECK(h.app.selection.article == h.app.search_hits[static_cast<size_t>(hit)].article);
}
