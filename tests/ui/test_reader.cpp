// The article reader, in the real app, headless, with simulated mouse and keyboard.
#include <doctest/doctest.h>

#include <string>

#include "corpus.hpp"
#include "reader_window.hpp"
#include "ui_harness.hpp"

namespace {

ImVec2 Center(ImVec2 a, ImVec2 b) { return ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f); }

// The first claim of `article` whose first line is fully inside the reader window.
core::Index VisibleClaim(const test::Harness& h, core::Index article) {
    for (core::Index c : core::ClaimsOfArticle(h.app.corpus, article)) {
        ImVec2 mn, mx;
        const core::Span& s = h.app.corpus.claims[c].span;
        if (ui::ReaderRangeRect(h.app, h.app.reader, s.start, s.end, mn, mx) && mn.y > h.app.reader.y &&
            mx.y < h.app.reader.y + h.app.reader.h)
            return c;
    }
    return core::kNone;
}

}  // namespace

TEST_CASE("reader: clicking a claim's words selects that claim") {
    test::Harness h;
    REQUIRE(h.app.selection.claim == core::kNone);
    // The second visible claim, so the test cannot pass by selecting "the first claim" by accident.
    core::Index first = VisibleClaim(h, 0);
    REQUIRE(first != core::kNone);
    const core::Index target = first + 1;
    REQUIRE(h.app.corpus.claims[target].span.article == 0);
    const core::Span& s = h.app.corpus.claims[target].span;
    ImVec2 mn, mx;
    REQUIRE(ui::ReaderRangeRect(h.app, h.app.reader, s.start, s.end, mn, mx));
    // A point a few pixels into the claim's first line (its first word), away from neighbouring claims.
    const ImVec2 p(mn.x + 6, (mn.y + mx.y) * 0.5f);
    h.Click(p.x, p.y);
    CHECK(h.app.selection.claim == target);
    CHECK(h.app.selection.article == 0);
    CHECK(h.app.selection.event == h.app.corpus.claims[target].event);
    // A click on the headline is not a click on the text: the selection stays.
    h.Click(h.app.reader.x + h.app.reader.w * 0.5f, h.app.reader.y + 40);
    CHECK(h.app.selection.claim == target);
}

TEST_CASE("reader: a claim selected elsewhere opens its article and glides until it is visible") {
    test::Harness h;
    // The last claim of article 3 lies far below the first screen of text.
    const std::vector<core::Index> claims = core::ClaimsOfArticle(h.app.corpus, 3);
    REQUIRE(!claims.empty());
    const core::Index target = claims.back();
    const core::Span& s = h.app.corpus.claims[target].span;
    ui::Selection sel = h.app.selection;   // still on article 0: the reader must switch by itself
    sel.claim = target;
    ui::Select(h.app, sel);
    h.Frames(2);
    CHECK(h.app.selection.article == 3);
    CHECK(h.app.reader.shown_article == 3);
    CHECK(h.app.animating);                // still gliding: more frames were asked for
    ImVec2 mn, mx;
    REQUIRE(ui::ReaderRangeRect(h.app, h.app.reader, s.start, s.end, mn, mx));
    const float bottom = h.app.reader.y + h.app.reader.h;
    CHECK(mn.y > bottom);                   // not there yet
    h.Frames(90);
    REQUIRE(ui::ReaderRangeRect(h.app, h.app.reader, s.start, s.end, mn, mx));
    CHECK(mn.y >= h.app.reader.y);
    CHECK(mx.y <= bottom);
    CHECK_FALSE(h.app.animating);           // arrived: idle again
}

TEST_CASE("reader: dragging over text selects it and Ctrl+C copies exactly those bytes") {
    test::Harness h;
    const std::string& text = h.app.corpus.articles[0].text;
    const uint32_t a = static_cast<uint32_t>(text.find("initially signed"));
    const uint32_t b = static_cast<uint32_t>(text.find("will come into force"));
    REQUIRE(a < b);
    ImVec2 a0, a1, b0, b1;
    REQUIRE(ui::ReaderRangeRect(h.app, h.app.reader, a, a + 1, a0, a1));
    REQUIRE(ui::ReaderRangeRect(h.app, h.app.reader, b, b + 1, b0, b1));
    REQUIRE(a1.y < b0.y);                   // the selection spans lines
    h.Drag(a0.x + 1, Center(a0, a1).y, b0.x + 1, Center(b0, b1).y);
    CHECK(ui::ReaderSelectedText(h.app, h.app.reader) == text.substr(a, b - a));
    CHECK(h.app.selection.claim == core::kNone);  // a drag is not a click
    ImGui::SetClipboardText("");
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_C, true);
    h.Frames(1);
    io.AddKeyEvent(ImGuiKey_C, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    h.Frames(1);
    const char* clip = ImGui::GetClipboardText();
    REQUIRE(clip != nullptr);
    CHECK(std::string(clip) == text.substr(a, b - a));
}

TEST_CASE("reader: page furniture is laid out (not hidden) in runs marked for dimming") {
    test::Harness h;
    ui::Selection sel;
    sel.article = 1;  // conflictwatcher.com: navigation, repeated headlines, captions, boilerplate
    ui::Select(h.app, sel);
    h.Frames(2);
    const core::Article& a = h.app.corpus.articles[1];
    REQUIRE(a.furniture.size() >= 3);
    const ui::TextLayout& lay = h.app.reader.layout;
    REQUIRE(h.app.reader.layout_article == 1);
    size_t furniture_bytes = 0;
    for (const ui::TextRun& run : lay.runs) {
        const core::Furniture* f = core::FurnitureAt(a, run.start);
        const bool inside = f && run.end <= f->range.end;
        CAPTURE(run.start);
        CHECK(run.Has(ui::kMarkFurniture) == inside);
        if (inside) furniture_bytes += run.end - run.start;
    }
    // Every furniture range is on screen (minus the spaces and newlines that lines skip).
    size_t expected = 0;
    for (const core::Furniture& f : a.furniture)
        for (uint32_t i = f.range.start; i < f.range.end; ++i) expected += a.text[i] != '\n';
    CHECK(furniture_bytes > expected * 9 / 10);
}

TEST_CASE("reader: frames reuse the layout until the width changes") {
    test::Harness h;
    const int before = h.app.reader.layout_count;
    h.Frames(10);
    CHECK(h.app.reader.layout_count == before);
    ImGui::GetIO().DisplaySize = ImVec2(1000, 800);  // narrower reader: new line breaks
    h.Frames(2);
    CHECK(h.app.reader.layout_count == before + 1);
}

TEST_CASE("reader: the focused search hit opens its article and comes into view") {
    test::Harness h;
    const std::string& text = h.app.corpus.articles[2].text;
    const uint32_t at = static_cast<uint32_t>(text.rfind("Cold War"));
    REQUIRE(at != std::string::npos);
    h.app.search_query = "Cold War";
    h.app.search_hits = {{2, at, at + 8}};
    h.app.search_current = 0;
    h.Frames(90);
    CHECK(h.app.selection.article == 2);
    ImVec2 mn, mx;
    REQUIRE(ui::ReaderRangeRect(h.app, h.app.reader, at, at + 8, mn, mx));
    CHECK(mn.y >= h.app.reader.y);
    CHECK(mx.y <= h.app.reader.y + h.app.reader.h);
    CHECK(mn.y > h.app.reader.y + 150);  // it had to scroll: the hit is in the article's second half
}

TEST_CASE("reader: Ctrl+click on a name filters the claims by that entity; again clears it") {
    test::Harness h;
    // The first mention of an entity in article 0 that is on screen.
    const core::Corpus& c = h.app.corpus;
    core::Index entity = core::kNone;
    ImVec2 mn, mx;
    for (core::Index e = 0; e < static_cast<core::Index>(c.entities.size()) && entity == core::kNone; ++e)
        for (const core::Span& m : c.entities[e].mentions)
            if (m.article == 0 && ui::ReaderRangeRect(h.app, h.app.reader, m.start, m.end, mn, mx) &&
                mx.y < h.app.reader.y + h.app.reader.h - 10 && mn.y > h.app.reader.y) {
                entity = e;
                break;
            }
    REQUIRE(entity != core::kNone);
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    h.Click((mn.x + mx.x) * 0.5f, (mn.y + mx.y) * 0.5f);
    CHECK(h.app.selection.entity == entity);
    CHECK(h.app.selection.claim == core::kNone);  // a filter, not a claim selection
    h.Frames(30);                                 // not a double click
    h.Click((mn.x + mx.x) * 0.5f, (mn.y + mx.y) * 0.5f);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    h.Frames(1);
    CHECK(h.app.selection.entity == core::kNone);
}

TEST_CASE("reader: double click selects a whole word, accents and curly apostrophes included") {
    test::Harness h;
    const std::string& text = h.app.corpus.articles[0].text;
    const uint32_t at = static_cast<uint32_t>(text.find("ratified"));
    ImVec2 mn, mx;
    REQUIRE(ui::ReaderRangeRect(h.app, h.app.reader, at + 3, at + 4, mn, mx));
    ImGuiIO& io = ImGui::GetIO();
    h.MoveTo(mn.x + 1, (mn.y + mx.y) * 0.5f);
    for (int i = 0; i < 2; ++i) {
        io.AddMouseButtonEvent(0, true);
        h.Frames(1);
        io.AddMouseButtonEvent(0, false);
        h.Frames(1);
    }
    CHECK(ui::ReaderSelectedText(h.app, h.app.reader) == "ratified");
}

TEST_CASE("reader: Shift+click extends a selection, Ctrl+A selects the article, Escape clears") {
    test::Harness h;
    const std::string& text = h.app.corpus.articles[0].text;
    const uint32_t a = static_cast<uint32_t>(text.find("ratified"));
    const uint32_t b = static_cast<uint32_t>(text.find("which was signed"));
    ImVec2 a0, a1, b0, b1;
    REQUIRE(ui::ReaderRangeRect(h.app, h.app.reader, a, a + 1, a0, a1));
    REQUIRE(ui::ReaderRangeRect(h.app, h.app.reader, b, b + 1, b0, b1));
    h.Drag(a0.x + 1, Center(a0, a1).y, a0.x + 40, Center(a0, a1).y);
    REQUIRE(!ui::ReaderSelectedText(h.app, h.app.reader).empty());
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Shift, true);
    h.Click(b0.x + 1, Center(b0, b1).y);
    io.AddKeyEvent(ImGuiMod_Shift, false);
    h.Frames(1);
    CHECK(ui::ReaderSelectedText(h.app, h.app.reader) == text.substr(a, b - a));
    CHECK(h.app.selection.claim == core::kNone);  // extending is not clicking a claim
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_A, true);
    h.Frames(1);
    io.AddKeyEvent(ImGuiKey_A, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    h.Frames(1);
    CHECK(ui::ReaderSelectedText(h.app, h.app.reader) == text);
    io.AddKeyEvent(ImGuiKey_Escape, true);
    h.Frames(1);
    io.AddKeyEvent(ImGuiKey_Escape, false);
    h.Frames(1);
    CHECK(ui::ReaderSelectedText(h.app, h.app.reader).empty());
}

TEST_CASE("reader: an event picked without a claim opens an article that reports it, at the mention") {
    test::Harness h;
    const core::Corpus& c = h.app.corpus;
    // An event with a mention far into an article other than the one shown.
    core::Index event = core::kNone;
    core::Span mention;
    for (core::Index e = 0; e < static_cast<core::Index>(c.events.size()) && event == core::kNone; ++e)
        for (const core::Span& m : c.events[e].mentions)
            if (m.article != 0 && m.start > 1500) { event = e; mention = m; break; }
    REQUIRE(event != core::kNone);
    ui::Selection s;
    s.article = mention.article;
    s.event = event;
    ui::Select(h.app, s);
    h.Frames(90);
    CHECK(h.app.reader.shown_article == mention.article);
    ImVec2 mn, mx;
    REQUIRE(ui::ReaderRangeRect(h.app, h.app.reader, mention.start, mention.end, mn, mx));
    CHECK(mn.y >= h.app.reader.y);
    CHECK(mx.y <= h.app.reader.y + h.app.reader.h);
}

TEST_CASE("reader: 'date inferred from the text' stays on one line, next to the date or on its own line") {
    // From desktop to a narrow middle column (800 px: the reader between the list and the claims) and a phone.
    const ImVec2 sizes[] = {{1400, 900}, {1000, 700}, {800, 600}, {390, 844}};
    for (const ImVec2& size : sizes) {
        test::Harness h(size.x, size.y);
        h.Frames(2);
        const ui::ReaderState& r = h.app.reader;
        INFO(size.x << "x" << size.y);
        const float line = ImGui::GetTextLineHeight();
        REQUIRE(r.date_label_max.x > r.date_label_min.x);
        CHECK(r.date_label_max.y - r.date_label_min.y <= line + 1);  // one line: not "inferre / d from / the text"
        CHECK(r.date_label_max.x <= r.x + r.w);
    }
}
