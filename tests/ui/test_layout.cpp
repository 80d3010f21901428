// The layout: splitters, the phone layout's tabs, the theme switch — the real app, headless.
#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <string>

#include "layout.hpp"
#include "selection.hpp"
#include "theme.hpp"
#include "ui_harness.hpp"

namespace {
const ui::Rect& SplitterOf(const test::Harness& h, ui::Splitter s) { return h.app.layout.splitter[static_cast<int>(s)]; }
}  // namespace

TEST_CASE("wide layout: top bar, timeline on top, list | reader | claims side by side without overlap") {
    test::Harness h(1400, 900);
    const ui::AppState& a = h.app;
    CHECK_FALSE(a.layout.narrow);
    CHECK(ui::PaneVisible(a, ui::Pane::Timeline));
    CHECK(ui::PaneVisible(a, ui::Pane::Articles));
    CHECK(ui::PaneVisible(a, ui::Pane::Reader));
    CHECK(ui::PaneVisible(a, ui::Pane::Claims));
    CHECK(a.timeline.y >= a.layout.top_bar_h);
    CHECK(a.articles.y > a.timeline.y + a.timeline.h);
    CHECK(a.articles.x + a.articles.w <= a.reader.x);
    CHECK(a.reader.x + a.reader.w <= a.claims.x);
    CHECK(a.claims.x + a.claims.w == doctest::Approx(1400));
    CHECK(a.top_bar.search_box.w > 100);
}

TEST_CASE("dragging the splitters resizes the panes, within their minimum sizes") {
    test::Harness h(1400, 900);
    const ui::Rect tl = SplitterOf(h, ui::Splitter::Timeline);
    REQUIRE_FALSE(tl.Empty());
    const float timeline_h = h.app.timeline.h;
    h.Drag(tl.CenterX(), tl.CenterY(), tl.CenterX(), tl.CenterY() + 120);
    CHECK(h.app.timeline.h == doctest::Approx(timeline_h + 120).epsilon(0.02));
    CHECK(h.app.reader.y > tl.y + 100);

    const ui::Rect list = SplitterOf(h, ui::Splitter::List);
    const float list_w = h.app.articles.w, reader_w = h.app.reader.w;
    h.Drag(list.CenterX(), list.CenterY(), list.CenterX() + 80, list.CenterY());
    CHECK(h.app.articles.w == doctest::Approx(list_w + 80).epsilon(0.02));
    CHECK(h.app.reader.w == doctest::Approx(reader_w - 80).epsilon(0.02));

    const ui::Rect claims = SplitterOf(h, ui::Splitter::Claims);
    const float claims_w = h.app.claims.w;
    h.Drag(claims.CenterX(), claims.CenterY(), claims.CenterX() - 60, claims.CenterY());
    CHECK(h.app.claims.w == doctest::Approx(claims_w + 60).epsilon(0.02));

    // A drag far past the edge stops at the minimum: the reader never vanishes.
    const ui::Rect list2 = SplitterOf(h, ui::Splitter::List);
    h.Drag(list2.CenterX(), list2.CenterY(), 1390, list2.CenterY());
    CHECK(h.app.reader.w >= 250);
    CHECK(h.app.claims.x + h.app.claims.w <= 1400.5f);
}

TEST_CASE("hovering a splitter shows a resize cursor") {
    test::Harness h(1400, 900);
    const ui::Rect list = SplitterOf(h, ui::Splitter::List);
    h.MoveTo(list.CenterX(), list.CenterY());
    h.Frames(1);
    CHECK(ImGui::GetMouseCursor() == ImGuiMouseCursor_ResizeEW);
    const ui::Rect tl = SplitterOf(h, ui::Splitter::Timeline);
    h.MoveTo(tl.CenterX(), tl.CenterY());
    h.Frames(1);
    CHECK(ImGui::GetMouseCursor() == ImGuiMouseCursor_ResizeNS);
}

TEST_CASE("a phone-width window shows one pane at a time, chosen by tabs") {
    test::Harness h(390, 844);
    CHECK(h.app.layout.narrow);
    CHECK(h.app.layout.tab == ui::Tab::Article);
    CHECK(ui::PaneVisible(h.app, ui::Pane::Reader));
    CHECK_FALSE(ui::PaneVisible(h.app, ui::Pane::Timeline));
    CHECK_FALSE(ui::PaneVisible(h.app, ui::Pane::Claims));
    CHECK(SplitterOf(h, ui::Splitter::List).Empty());
    CHECK(SplitterOf(h, ui::Splitter::Claims).Empty());
    CHECK(SplitterOf(h, ui::Splitter::Timeline).Empty());
    CHECK(h.app.reader.w == doctest::Approx(390));
    // The article list above the reader can be dragged taller.
    const ui::Rect split = SplitterOf(h, ui::Splitter::PhoneList);
    REQUIRE_FALSE(split.Empty());
    const float list_h = h.app.articles.h;
    h.Drag(split.CenterX(), split.CenterY(), split.CenterX(), split.CenterY() + 100);
    CHECK(h.app.articles.h == doctest::Approx(list_h + 100).epsilon(0.02));
    CHECK(h.app.reader.y > h.app.articles.y + h.app.articles.h);

    const ui::Rect& timeline_tab = h.app.top_bar.tabs[static_cast<int>(ui::Tab::Timeline)];
    REQUIRE_FALSE(timeline_tab.Empty());
    h.Click(timeline_tab.CenterX(), timeline_tab.CenterY());
    CHECK(h.app.layout.tab == ui::Tab::Timeline);
    CHECK(ui::PaneVisible(h.app, ui::Pane::Timeline));
    CHECK_FALSE(ui::PaneVisible(h.app, ui::Pane::Reader));
    CHECK(h.app.timeline.w == doctest::Approx(390));
    // Its header wraps onto a second row rather than running off the screen ("Fit all", "Compress gaps").
    CHECK(h.app.timeline.header_x1 > 0);
    CHECK(h.app.timeline.header_x1 <= 390);

    const ui::Rect& claims_tab = h.app.top_bar.tabs[static_cast<int>(ui::Tab::Claims)];
    h.Click(claims_tab.CenterX(), claims_tab.CenterY());
    CHECK(ui::PaneVisible(h.app, ui::Pane::Claims));
    CHECK_FALSE(ui::PaneVisible(h.app, ui::Pane::Timeline));

    // Widening the window brings the side-by-side layout back.
    ImGui::GetIO().DisplaySize = ImVec2(1200, 800);
    h.Frames(2);
    CHECK_FALSE(h.app.layout.narrow);
    CHECK(ui::PaneVisible(h.app, ui::Pane::Timeline));
    CHECK(ui::PaneVisible(h.app, ui::Pane::Claims));
}

TEST_CASE("the theme switch in the top bar changes the palette and ImGui's style") {
    test::Harness h(1400, 900);
    REQUIRE(h.app.theme == ui::Theme::Light);
    const ImU32 light_paper = ui::CurrentPalette().paper;
    const ImVec4 light_bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    const ui::Rect& button = h.app.top_bar.theme_toggle;
    REQUIRE_FALSE(button.Empty());
    h.Click(button.CenterX(), button.CenterY());
    CHECK(h.app.theme == ui::Theme::Dark);
    CHECK(ui::CurrentTheme() == ui::Theme::Dark);
    CHECK(ui::CurrentPalette().paper != light_paper);
    const ImVec4 dark_bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    CHECK(dark_bg.x + dark_bg.y + dark_bg.z < light_bg.x + light_bg.y + light_bg.z);
    // Ink stays readable on paper in both themes (luminance contrast well above WCAG's 4.5:1).
    const ImVec4 ink = ImGui::GetStyle().Colors[ImGuiCol_Text];
    CHECK(ink.x > dark_bg.x + 0.6f);
    h.Click(h.app.top_bar.theme_toggle.CenterX(), h.app.top_bar.theme_toggle.CenterY());
    CHECK(h.app.theme == ui::Theme::Light);
    CHECK(ui::CurrentPalette().paper == light_paper);
}

TEST_CASE("the Entities and Coverage toggles open their panes beside the others") {
    test::Harness h(1400, 900);
    CHECK_FALSE(ui::PaneVisible(h.app, ui::Pane::Entities));
    h.Click(h.app.top_bar.entities_toggle.CenterX(), h.app.top_bar.entities_toggle.CenterY());
    CHECK(h.app.show_entities);
    CHECK(ui::PaneVisible(h.app, ui::Pane::Entities));
    CHECK(h.app.entities.y >= h.app.articles.y + h.app.articles.h - 1);   // stacked under the article list
    h.Click(h.app.top_bar.coverage_toggle.CenterX(), h.app.top_bar.coverage_toggle.CenterY());
    CHECK(ui::PaneVisible(h.app, ui::Pane::Coverage));
    CHECK(h.app.coverage.x == doctest::Approx(h.app.reader.x));
    CHECK(h.app.coverage.y + h.app.coverage.h <= h.app.reader.y + 1);
}

TEST_CASE("theme names parse and print; anything else is refused") {
    ui::Theme t = ui::Theme::Light;
    CHECK(ui::Parse("dark", t));
    CHECK(t == ui::Theme::Dark);
    CHECK_FALSE(ui::Parse("Dark", t));
    CHECK_FALSE(ui::Parse("url(javascript:1)", t));
    CHECK(t == ui::Theme::Dark);
    CHECK(std::string(ui::ToString(ui::Theme::Light)) == "light");
}

TEST_CASE("the view state (search, lanes, panels) survives its short string form and applies to the app") {
    ui::ViewState v;
    CHECK(ui::ToString(v).empty());
    v.search = "Kim\xE2\x80\x99s & \"pact\" 100%";
    v.lanes = ui::LaneMode::Entity;
    v.coverage = true;
    v.tab = ui::Tab::Search;
    const std::string text = ui::ToString(v);
    CHECK(text.find('&', 0) == text.find("&lanes"));   // the query's own '&' is encoded
    CHECK(text.find(' ') == std::string::npos);
    ui::ViewState back;
    REQUIRE(ui::Parse(text, back));
    CHECK(back == v);
    CHECK(ui::Parse("q=kim+jong&panels=entities+coverage", back));
    CHECK(back.search == "kim jong");
    CHECK(back.entities);
    CHECK(back.coverage);
    const ui::ViewState kept = back;
    CHECK_FALSE(ui::Parse("q=%zz", back));
    CHECK_FALSE(ui::Parse("q=%4", back));
    CHECK_FALSE(ui::Parse("lanes=sideways", back));
    CHECK_FALSE(ui::Parse("panels=entities+secrets", back));
    CHECK_FALSE(ui::Parse("x=1", back));
    CHECK_FALSE(ui::Parse("tab=settings", back));
    CHECK_FALSE(ui::Parse("q=" + std::string(400, 'a'), back));
    CHECK(back == kept);   // a failed parse leaves the target untouched

    test::Harness h(1400, 900);
    ui::ViewState w;
    REQUIRE(ui::Parse("q=pyongyang&lanes=kinds&panels=entities", w));
    ui::ApplyView(h.app, w);
    h.Frames(2);
    CHECK_FALSE(h.app.search_hits.empty());
    CHECK(h.app.timeline.lane_mode == ui::LaneMode::ClaimKind);
    CHECK(ui::PaneVisible(h.app, ui::Pane::Entities));
    CHECK(ui::CaptureView(h.app) == w);
}

// On a phone the article list is a short strip above the reader: opening an article from a link, the
// timeline or a search hit left its row below the strip, so nothing on screen said which article was open.
TEST_CASE("a selection made elsewhere brings its article's row into the list's view (phone)") {
    test::Harness h(390, 844);
    REQUIRE(h.app.layout.tab == ui::Tab::Article);
    const int last = static_cast<int>(h.app.corpus.articles.size()) - 1;
    REQUIRE(last >= 3);
    ui::Selection s;
    s.article = last;
    ui::Select(h.app, s);
    h.Frames(4);
    const ui::ArticlesState& st = h.app.articles;
    REQUIRE(st.row_center_y.size() == h.app.corpus.articles.size());
    const float y = st.row_center_y[static_cast<size_t>(last)];
    CHECK(y > st.y);
    CHECK(y < st.y + st.h);
    // And back to the first: the list scrolls up to it.
    s.article = 0;
    ui::Select(h.app, s);
    h.Frames(4);
    CHECK(st.row_center_y[0] > st.y);
    CHECK(st.row_center_y[0] < st.y + st.h);
}

// Scrolling the list to the open article's row scrolled its heading ("Articles · 5 in this story") out of a
// phone's short strip too: only the rows scroll now.
TEST_CASE("the article list's heading stays in view while its rows scroll to the open article (phone)") {
    test::Harness h(390, 844);
    REQUIRE(h.app.layout.tab == ui::Tab::Article);
    const int last = static_cast<int>(h.app.corpus.articles.size()) - 1;
    ui::Selection s;
    s.article = last;
    ui::Select(h.app, s);
    h.Frames(4);
    const ui::ArticlesState& st = h.app.articles;
    const ImGuiWindow* list = ImGui::FindWindowByName("Articles");
    REQUIRE(list != nullptr);
    CHECK(list->Scroll.y == 0.0f);          // the pane itself does not scroll: its heading stays at its top
    const ImGuiWindow* rows = nullptr;
    for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (w->ParentWindow == list) rows = w;
    REQUIRE(rows != nullptr);
    CHECK(rows->Scroll.y > 0.0f);           // the rows did scroll to the last article
    // The heading's text is drawn inside the pane, above the rows; the last row is in view below it.
    bool heading = false;
    for (const ImDrawVert& v : list->DrawList->VtxBuffer)
        heading |= v.pos.y > st.y && v.pos.y < rows->Pos.y && v.pos.x > st.x && v.pos.x < st.x + st.w;
    CHECK(heading);
    const float y = st.row_center_y[static_cast<size_t>(last)];
    CHECK(y > rows->Pos.y);
    CHECK(y < st.y + st.h);
}
