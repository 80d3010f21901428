// The search box and hit list, the entities panel and the coverage matrix — the real app, headless.
#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <cstring>
#include <ios>

#include <algorithm>
#include <cstdio>
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
    // The empty list says what was looked for (it was blank under "no matches").
    CHECK(h.app.search.empty_note.find("\xE2\x80\x9Czzqx-not-in-the-story\xE2\x80\x9D") != std::string::npos);
    ui::StepHit(h.app, +1);   // nothing to go to: no crash, nothing selected
    CHECK(h.app.search_current == -1);
    ui::SetSearchQuery(h.app, "");
    h.Frames(2);
    CHECK_FALSE(ui::PaneVisible(h.app, ui::Pane::Search));
}

TEST_CASE("a hit's snippet ends in '…' at the list's edge, not clipped mid-letter (desktop and phone)") {
    const ImVec2 sizes[] = {{1400, 900}, {800, 600}, {390, 844}};
    for (const ImVec2& size : sizes) {
        INFO(size.x << "x" << size.y);
        test::Harness h(size.x, size.y);
        h.app.layout.tab = ui::Tab::Search;   // the phone shows one pane: the hit list
        ui::SetSearchQuery(h.app, "treaty");
        h.Frames(3);
        REQUIRE(ui::PaneVisible(h.app, ui::Pane::Search));
        REQUIRE(h.app.search.row_hit.size() >= 2);
        REQUIRE(h.app.search.rows_right > h.app.search.x + h.app.search.w * 0.5f);
        CHECK(h.app.search.snippet_right > h.app.search.rows_right - 40);  // the snippets fill the row…
        CHECK(h.app.search.snippet_right <= h.app.search.rows_right + 0.5f);  // …and stop at its edge
        CHECK(h.app.search.rows_right <= (h.app.search.x + h.app.search.w));
    }
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

TEST_CASE("the entities panel groups names by kind; a click filters the timeline and the claims, a second clears") {
    test::Harness h(1400, 900);
    h.app.show_entities = true;
    h.app.claims.all_articles = true;   // count claims across the story, not only the open article
    h.Frames(3);
    REQUIRE(ui::PaneVisible(h.app, ui::Pane::Entities));
    const ui::EntitiesState& st = h.app.entities;
    REQUIRE(st.row_entity.size() >= 3);
    // Groups follow the kind order, and each row's counts match the corpus.
    const ui::EntityRow& top = st.groups[0].empty() ? st.groups[1].front() : st.groups[0].front();
    CHECK(top.mentions == static_cast<int>(h.app.corpus.entities[static_cast<size_t>(top.entity)].mentions.size()));
    CHECK(top.articles >= 1);
    CHECK(top.articles <= static_cast<int>(h.app.corpus.articles.size()));

    const size_t claims_before = h.app.claims.rows.size();
    const size_t items_before = h.app.timeline.index.item_count;
    REQUIRE(claims_before > 0);
    // Pick a name mentioned in only some claims, so the filter visibly narrows.
    size_t row = 0;
    for (; row < st.row_entity.size(); ++row) {
        const core::Index e = st.row_entity[row];
        size_t naming = 0;
        for (const core::Claim& c : h.app.corpus.claims)
            naming += std::find(c.entities.begin(), c.entities.end(), e) != c.entities.end();
        if (naming > 0 && naming < claims_before / 2) break;
    }
    REQUIRE(row < st.row_entity.size());
    const core::Index entity = st.row_entity[row];
    h.Click(h.app.entities.x + h.app.entities.w * 0.4f, st.row_center_y[row]);
    CHECK(h.app.selection.entity == entity);
    h.Frames(2);
    CHECK(h.app.claims.rows.size() < claims_before);
    CHECK(h.app.timeline.index.item_count < items_before);

    // Clicking the same name again removes the filter; the counts come back.
    size_t again = 0;
    while (again < st.row_entity.size() && st.row_entity[again] != entity) ++again;
    REQUIRE(again < st.row_entity.size());
    h.Click(h.app.entities.x + h.app.entities.w * 0.4f, st.row_center_y[again]);
    CHECK(h.app.selection.entity == core::kNone);
    h.Frames(2);
    CHECK(h.app.claims.rows.size() == claims_before);
    CHECK(h.app.timeline.index.item_count == items_before);
}

TEST_CASE("entities: a name too long for its row ends in '…' before the counts; on a wider row it is whole") {
    auto shortened = [](float width, float height, ui::Tab tab) {
        test::Harness h(width, height);
        h.app.show_entities = true;
        h.app.layout.tab = tab;
        std::snprintf(h.app.entities.filter, sizeof h.app.entities.filter, "council for international");
        h.Frames(3);
        REQUIRE(ui::PaneVisible(h.app, ui::Pane::Entities));
        REQUIRE(h.app.entities.row_entity.size() == 1);   // "Korean Council for International Cooperation"
        return h.app.entities.shortened;
    };
    CHECK(shortened(1400, 900, ui::Tab::Article) == 1);   // the 300 px left column
    CHECK(shortened(390, 844, ui::Tab::Entities) == 0);   // a phone's whole width
}

TEST_CASE("the entities filter box narrows the list, ignoring case and accents") {
    test::Harness h(1400, 900);
    h.app.show_entities = true;
    h.Frames(2);
    const size_t all = h.app.entities.row_entity.size();
    std::snprintf(h.app.entities.filter, sizeof h.app.entities.filter, "KOREA");
    h.Frames(2);
    const size_t some = h.app.entities.row_entity.size();
    CHECK(some >= 1);
    CHECK(some < all);
    for (core::Index e : h.app.entities.row_entity)
        CHECK(core::FoldForSearch(h.app.corpus.entities[static_cast<size_t>(e)].name).find("korea") != std::string::npos);
}

TEST_CASE("coverage: a label too long for its column ends in an ellipsis and its tooltip gives it whole") {
    int wide_shortened = 0;
    {
        test::Harness wide(2400, 900);
        wide.app.show_coverage = true;
        wide.Frames(3);
        wide_shortened = wide.app.coverage.shortened;
    }
    test::Harness h(1400, 900);
    h.app.show_coverage = true;
    h.Frames(3);
    REQUIRE(ui::PaneVisible(h.app, ui::Pane::Coverage));
    const ui::CoverageState& st = h.app.coverage;
    // At this width event labels ("Kim Jong Un and Vladimir Putin sign the treaty") do not fit; wider, fewer.
    REQUIRE(st.shortened > 0);
    CHECK(wide_shortened < st.shortened);
    // Hovering the label of a shortened row (left of the grid) shows it whole.
    CHECK(st.label_tip == -1);
    h.MoveTo(st.grid_x - 40, st.grid_y + st.cell_h * 0.5f);
    h.Frames(2);
    CHECK(st.label_tip == st.first_row);
}

TEST_CASE("coverage: the legend clears the title; each column's head (date, outlet) is centred over its cells, whole") {
    for (float width : {1400.0f, 800.0f, 2400.0f}) {
        INFO("width " << width);
        test::Harness h(width, 900);
        h.app.show_coverage = true;
        h.Frames(3);
        REQUIRE(ui::PaneVisible(h.app, ui::Pane::Coverage));
        const ui::CoverageState& st = h.app.coverage;
        // The legend follows the title on its line when there is room, else goes below it: never over it.
        const float title_y = h.app.coverage.y + ImGui::GetStyle().WindowPadding.y;
        CHECK((st.legend_x0 > st.title_x1 + 8 || st.legend_y0 > title_y + 10));
        if (width >= 1400) CHECK(st.legend_y0 < title_y + 10);
        // The legend on one line; every column inside the grid's visible part (not under its scrollbar).
        CHECK(st.legend_text_y[1] == doctest::Approx(st.legend_text_y[0]));
        CHECK(st.legend_text_y[2] == doctest::Approx(st.legend_text_y[0]));
        CHECK(st.grid_x + st.cell_w * static_cast<float>(st.columns.size()) <= st.grid_right + 0.5f);
        // Narrow columns head with the day and the article id, whole, not "2…" over "IN…".
        if (width <= 800) CHECK(st.heads_cut == 0);
        REQUIRE(st.head_x0.size() == st.columns.size() * 2);
        for (size_t i = 0; i < st.head_x0.size(); ++i) {
            const size_t col = i / 2;
            const float cell_cx = st.grid_x + st.cell_w * (static_cast<float>(col) + 0.5f);
            INFO("column " << col << (i % 2 ? " outlet" : " date") << " at x " << st.head_x0[i] << "…" << st.head_x1[i]);
            CHECK(st.head_x1[i] > st.head_x0[i]);
            CHECK((st.head_x0[i] + st.head_x1[i]) * 0.5f == doctest::Approx(cell_cx).epsilon(0.004));
            CHECK(st.head_x0[i] >= st.grid_x + st.cell_w * static_cast<float>(col));
            CHECK(st.head_x1[i] <= st.grid_x + st.cell_w * static_cast<float>(col + 1));
        }
    }
}

TEST_CASE("the coverage matrix marks who reports what; clicking a cell selects that article's claim") {
    test::Harness h(1400, 900);
    h.app.show_coverage = true;
    h.Frames(3);
    REQUIRE(ui::PaneVisible(h.app, ui::Pane::Coverage));
    const ui::CoverageState& st = h.app.coverage;
    REQUIRE_FALSE(st.rows.empty());
    REQUIRE(st.columns.size() == h.app.corpus.articles.size());
    REQUIRE(st.cells.size() == st.rows.size() * st.columns.size());
    // Rows are events; a cell is filled exactly when one of the event's mentions or claims is in that article.
    for (size_t r = 0; r < st.rows.size(); ++r) {
        const core::Event& ev = h.app.corpus.events[static_cast<size_t>(st.rows[r].event)];
        for (size_t col = 0; col < st.columns.size(); ++col) {
            bool in = false;
            for (const core::Span& m : ev.mentions) in = in || m.article == st.columns[col];
            for (core::Index k : ev.claims) in = in || h.app.corpus.claims[static_cast<size_t>(k)].span.article == st.columns[col];
            CHECK(st.Cell(r, col).reported == in);
        }
    }
    // Some event is reported by more than one article (the story is about one treaty).
    int most = 0;
    for (const ui::CoverageRow& row : st.rows) most = std::max(most, row.reports);
    CHECK(most >= 2);

    // Click a cell holding a claim in an article other than the open one (within the visible rows).
    size_t r = 0, col = 0;
    bool found = false;
    const int visible_rows = static_cast<int>(h.app.coverage.h / st.cell_h) - 4;
    for (r = 0; r < st.rows.size() && static_cast<int>(r) < visible_rows && !found; ++r)
        for (col = 0; col < st.columns.size() && !found; ++col)
            found = st.Cell(r, col).claim != core::kNone && st.columns[col] != h.app.selection.article;
    REQUIRE(found);
    --r; --col;
    const core::Index claim = st.Cell(r, col).claim;
    h.Click(st.grid_x + st.cell_w * (col + 0.5f), st.grid_y + st.cell_h * (r + 0.5f));
    CHECK(h.app.selection.claim == claim);
    CHECK(h.app.selection.article == st.columns[col]);
    CHECK(h.app.selection.event == st.rows[r].event);
    h.Frames(3);
    CHECK(h.app.reader.shown_article == st.columns[col]);
}

TEST_CASE("Ctrl+F focuses the search box") {
    test::Harness h(1400, 900);
    ImGuiIO& io = ImGui::GetIO();
    REQUIRE_FALSE(io.WantTextInput);
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_LeftCtrl, true);
    Press(h, ImGuiKey_F);
    io.AddKeyEvent(ImGuiKey_LeftCtrl, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    h.Frames(2);
    CHECK(io.WantTextInput);
    Type(h, "kim");
    CHECK(h.app.search_query == "kim");
    CHECK_FALSE(h.app.search_hits.empty());
}

TEST_CASE("on a phone '/' opens the Search tab with its box focused") {
    test::Harness phone(390, 844);
    REQUIRE(phone.app.layout.narrow);
    Press(phone, ImGuiKey_Slash);
    CHECK(phone.app.layout.tab == ui::Tab::Search);
    phone.Frames(2);
    Type(phone, "putin");
    CHECK(phone.app.search_query == "putin");
    CHECK_FALSE(phone.app.search_hits.empty());
}

// The entities panel's and the claims panel's filter chips ended in U+2715 "✕", which Inter does not carry:
// ImGui drew its fallback and the chips read "Kim Jong Un  ?". All three chips use one close mark now.
TEST_CASE("the filter chips' close mark is drawn from the UI fonts, not ImGui's '?' fallback") {
    test::Harness h(1400, 900);
    unsigned int c = 0;
    const int bytes = ImTextCharFromUtf8(&c, ui::kCloseMark, nullptr);
    CHECK(bytes == static_cast<int>(std::strlen(ui::kCloseMark)));
    // With the other marks the UI's own strings use: · … “ ” – — › • ▲ ▼.
    const ImWchar marks[] = {static_cast<ImWchar>(c), 0xB7, 0x2026, 0x201C, 0x201D, 0x2013, 0x2014, 0x203A, 0x2022, 0x25B2, 0x25BC};
    for (ImFont* font : {h.app.fonts.ui, h.app.fonts.ui_bold, h.app.fonts.small}) {
        REQUIRE(font != nullptr);
        for (ImWchar m : marks) {
            INFO("U+" << std::hex << static_cast<unsigned>(m));
            CHECK(font->FindGlyphNoFallback(m) != nullptr);
        }
    }
}
