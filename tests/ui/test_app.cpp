// The real explorer UI, headless, with simulated input.
#include <doctest/doctest.h>

#include <imgui_internal.h>

#include "selection.hpp"
#include "timeline_synthetic.hpp"
#include "ui_harness.hpp"

TEST_CASE("the bundled story opens with its five articles and the first one in the reader") {
    test::Harness h;
    CHECK(h.app.corpus.articles.size() == 5);
    CHECK(h.app.selection.article == 0);
    CHECK(h.app.frame >= 2);
    REQUIRE(h.app.articles.row_center_y.size() == 5);
}

TEST_CASE("clicking an article in the list opens it in the reader") {
    test::Harness h;
    const float x = h.app.articles.x + h.app.articles.w * 0.5f;
    h.Click(x, h.app.articles.row_center_y[2]);
    CHECK(h.app.selection.article == 2);
    CHECK(h.app.reader.shown_article == 2);
    h.Click(x, h.app.articles.row_center_y[4]);
    CHECK(h.app.selection.article == 4);
}

TEST_CASE("the mouse wheel zooms the timeline at the cursor, and dragging pans it") {
    test::Harness h;
    const ui::TimelineState before = h.app.timeline;
    const float cx = h.app.timeline.x + h.app.timeline.w * 0.5f;
    const float cy = h.app.timeline.y + h.app.timeline.h * 0.6f;
    h.Wheel(cx, cy, 2.0f);
    const double span_before = before.view_end - before.view_start;
    const double span_after = h.app.timeline.view_end - h.app.timeline.view_start;
    CHECK(span_after < span_before * 0.9);
    const double start = h.app.timeline.view_start;
    h.Drag(cx, cy, cx + 200, cy);
    CHECK(h.app.timeline.view_start < start);  // dragging right shows earlier dates
}

TEST_CASE("a selection survives its short string form") {
    ui::Selection s;
    s.article = 3;
    s.claim = 12;
    ui::Selection back;
    REQUIRE(ui::Parse(ui::ToString(s), back));
    CHECK(back == s);
    CHECK_FALSE(ui::Parse("a=x", back));
    CHECK_FALSE(ui::Parse("q=1", back));
    CHECK(back == s);  // a failed parse leaves the target untouched
}

TEST_CASE("a deep link names words by their byte offset and selects the innermost claim holding them") {
    test::Harness h;
    const core::Corpus& c = h.app.corpus;
    // Any claim of the story, found by the link to one of its bytes: the link picks it, or a claim nested in it.
    for (size_t k = 0; k < c.claims.size(); k += 7) {
        const core::Span& span = c.claims[k].span;
        const uint32_t middle = span.start + (span.end - span.start) / 2;
        ui::Selection s;
        REQUIRE(ui::ResolveLink("a=" + std::to_string(span.article) + "&at=" + std::to_string(middle), c, s));
        CHECK(s.article == span.article);
        REQUIRE(s.claim != core::kNone);
        const core::Span& got = c.claims[static_cast<size_t>(s.claim)].span;
        CHECK(got.article == span.article);
        CHECK((got.start <= middle && middle < got.end));
        CHECK(got.end - got.start <= span.end - span.start);
    }
    ui::Selection s;
    s.article = 2;
    const ui::Selection kept = s;
    CHECK_FALSE(ui::ResolveLink("at=10", c, s));                    // an offset needs its article
    CHECK_FALSE(ui::ResolveLink("a=1&at=99999999", c, s));          // past the article's end
    CHECK_FALSE(ui::ResolveLink("a=1&at=-3", c, s));
    CHECK_FALSE(ui::ResolveLink("a=1&at=12x", c, s));
    CHECK_FALSE(ui::ResolveLink("a=9", c, s));                      // no such article
    CHECK_FALSE(ui::ResolveLink("a=1&c=999999", c, s));             // no such claim
    CHECK_FALSE(ui::ResolveLink("a=1&e=999999", c, s));
    CHECK(s == kept);                                                // refused links change nothing
    REQUIRE(ui::ResolveLink("a=3&c=4", c, s));                       // the plain grammar still works
    CHECK(s.claim == 4);
    REQUIRE(ui::ResolveLink("", c, s));                              // "" = nothing selected
    CHECK(s == ui::Selection{});
}

TEST_CASE("links given out name a claim by its words (at=), and lead back to the same selection") {
    test::Harness h;
    const core::Corpus& c = h.app.corpus;
    size_t by_words = 0;
    for (size_t k = 0; k < c.claims.size(); ++k) {
        ui::Selection s;
        s.article = c.claims[k].span.article;
        s.claim = static_cast<core::Index>(k);
        s.event = c.claims[k].event;
        const std::string link = ui::ToLink(s, c);
        INFO("claim " << k << ": " << link);
        CHECK(link.rfind("a=" + std::to_string(s.article) + "&", 0) == 0);
        ui::Selection back;
        REQUIRE(ui::ResolveLink(link, c, back));
        CHECK(back == s);              // the same claim, and the other slots kept
        if (link.find("&at=") != std::string::npos) {
            CHECK(link.find("c=") == std::string::npos);
            ++by_words;
        }
    }
    CHECK(by_words == c.claims.size());   // no seed claim is hidden inside another of the same extent
    // The DOM list's links, worked out per article, are the same links.
    const std::vector<std::string> links = ui::ClaimDeepLinks(c);
    REQUIRE(links.size() == c.claims.size());
    for (size_t k = 0; k < c.claims.size(); ++k) {
        ui::Selection one;
        one.article = c.claims[k].span.article;
        one.claim = static_cast<core::Index>(k);
        CHECK(links[k] == ui::ToLink(one, c));
    }
    // The first byte of the claim's words, when they name it.
    const core::Span& first = c.claims[0].span;
    ui::Selection s;
    s.article = first.article;
    s.claim = 0;
    CHECK(ui::ToLink(s, c) == "a=" + std::to_string(first.article) + "&at=" + std::to_string(first.start));
    // Without a claim, or with a claim outside the selected article, the link is the plain form.
    s.claim = core::kNone;
    s.event = 1;
    CHECK(ui::ToLink(s, c) == ui::ToString(s));
    s.article = first.article == 0 ? 1 : 0;
    s.claim = 0;
    CHECK(ui::ToLink(s, c) == ui::ToString(s));
    // An old index link still reads, and is given out by its words afterwards.
    REQUIRE(ui::ResolveLink("a=" + std::to_string(first.article) + "&c=0", c, s));
    CHECK(ui::ToLink(s, c).find("&at=") != std::string::npos);
}

TEST_CASE("a story of thousands of articles lists them all but draws only the visible rows") {
    test::Harness h;
    ui::OpenCorpus(h.app, ui::MakeSyntheticStory(2000, 3000));
    h.Frames(3);
    REQUIRE(h.app.articles.row_center_y.size() == 3000);
    const ImGuiWindow* list = nullptr;   // the rows scroll in a child window, under the list's heading
    for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (w->ParentWindow && std::string(w->ParentWindow->Name) == "Articles") list = w;
    REQUIRE(list != nullptr);
    // Every row drawn would be ~3000 × 60 glyphs × 4 vertices; the visible rows are a few dozen.
    CHECK(list->DrawList->VtxBuffer.Size < 40000);
    // Rows keep their places: the third row is still where a click selects it, and the list scrolls to the end.
    const float x = h.app.articles.x + h.app.articles.w * 0.5f;
    h.Click(x, h.app.articles.row_center_y[2]);
    CHECK(h.app.selection.article == 2);
    CHECK(list->ScrollMax.y > 3000 * 20.0f);
}
