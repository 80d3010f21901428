// Span-aware wrapped text (ui/rich_text.hpp): UTF-8 line breaking, runs split by marks, hit testing.
#include <doctest/doctest.h>

#include <string>

#include "rich_text.hpp"
#include "ui_harness.hpp"

namespace {

bool IsBoundary(const std::string& t, uint32_t i) {
    return i >= t.size() || (static_cast<unsigned char>(t[i]) & 0xC0) != 0x80;
}

ui::TextStyle Style(const ImFont* font, float width) {
    ui::TextStyle s;
    s.font = font;
    s.font_size = font->FontSize;
    s.line_height = font->FontSize * 1.5f;
    s.paragraph_gap = 8;
    s.wrap_width = width;
    return s;
}

// Polish letters, curly quotes and dashes: two- and three-byte code points everywhere.
const std::string kText =
    "Zażółć gęślą jaźń \xE2\x80\x94 \xE2\x80\x9Cquoted\xE2\x80\x9D words\xE2\x80\x94" "dashes and Wrocław\xE2\x80\x99s "
    "streets, Łódź and Gdańsk.\nSecond paragraph: żółw \xE2\x80\x93 źdźbło \xE2\x80\x93 więcej.";

}  // namespace

TEST_CASE("rich text: lines break on code point boundaries, fit the width and lose no text") {
    test::Harness h;
    const ImFont* font = h.app.fonts.reading;
    for (float width : {60.0f, 90.0f, 130.0f, 200.0f, 333.0f, 1000.0f}) {
        CAPTURE(width);
        const ui::TextLayout lay = ui::LayoutText(kText, 0, static_cast<uint32_t>(kText.size()), {}, Style(font, width));
        REQUIRE(!lay.lines.empty());
        std::string rebuilt;
        uint32_t expected_start = 0;
        for (const ui::TextLine& line : lay.lines) {
            CHECK(IsBoundary(kText, line.start));
            CHECK(IsBoundary(kText, line.end));
            CHECK(line.start >= expected_start);
            // Only spaces and newlines may be skipped between lines.
            for (uint32_t i = expected_start; i < line.start; ++i) CHECK((kText[i] == ' ' || kText[i] == '\n'));
            const float w = ui::TextWidth(lay.style, kText, line.start, line.end);
            CHECK(w == doctest::Approx(line.w));
            uint32_t len = 1;
            ui::DecodeUtf8(kText, line.start, len);
            if (line.end > line.start + len) CHECK(line.w <= width + 0.01f);  // one glyph may overflow, never more
            rebuilt.append(kText, line.start, line.end - line.start);
            expected_start = line.end;
        }
        std::string letters;
        for (char c : kText) if (c != ' ' && c != '\n') letters += c;
        std::string got;
        for (char c : rebuilt) if (c != ' ' && c != '\n') got += c;
        CHECK(got == letters);
    }
}

TEST_CASE("rich text: a line may break right after an em dash inside a word") {
    test::Harness h;
    const std::string t = "aaaa words\xE2\x80\x94" "dashes";
    const ui::TextStyle probe = Style(h.app.fonts.reading, 1000);
    const uint32_t dash_end = static_cast<uint32_t>(t.find("dashes"));
    const float fits = ui::TextWidth(probe, t, 0, dash_end);
    const ui::TextLayout lay = ui::LayoutText(t, 0, static_cast<uint32_t>(t.size()), {},
                                              Style(h.app.fonts.reading, fits + 2));
    REQUIRE(lay.lines.size() == 2);
    CHECK(lay.lines[0].end == dash_end);
    CHECK(lay.lines[1].start == dash_end);
}

TEST_CASE("rich text: runs split at mark edges and carry the innermost mark of each channel") {
    test::Harness h;
    const std::string t = "North Korea ratified the treaty on Monday in Pyongyang.";
    const uint32_t monday = static_cast<uint32_t>(t.find("Monday"));
    const uint32_t korea = static_cast<uint32_t>(t.find("Korea"));
    std::vector<ui::TextMark> marks = {
        {0, static_cast<uint32_t>(t.size()), ui::kMarkClaim, 7},  // the sentence
        {monday, monday + 6, ui::kMarkTimex, 3},
        {korea, monday + 6, ui::kMarkClaim, 9},                   // a nested claim: wins inside
        {0, korea + 5, ui::kMarkEntity, 1}};
    const ui::TextLayout lay = ui::LayoutText(t, 0, static_cast<uint32_t>(t.size()), marks, Style(h.app.fonts.reading, 2000));
    REQUIRE(lay.lines.size() == 1);
    for (const ui::TextRun& run : lay.runs) {
        CAPTURE(run.start);
        const bool in_nested = run.start >= korea && run.end <= monday + 6;
        CHECK(run.value[ui::kMarkClaim] == (in_nested ? 9 : 7));
        CHECK(run.Has(ui::kMarkTimex) == (run.start >= monday && run.end <= monday + 6));
        CHECK(run.Has(ui::kMarkEntity) == (run.end <= korea + 5));
        CHECK(!run.Has(ui::kMarkFurniture));
    }
    // Runs tile the line: contiguous bytes, contiguous x.
    for (size_t i = 1; i < lay.runs.size(); ++i) {
        CHECK(lay.runs[i].start == lay.runs[i - 1].end);
        CHECK(lay.runs[i].x == doctest::Approx(lay.runs[i - 1].x + lay.runs[i - 1].w));
    }
}

TEST_CASE("rich text: the caret under a glyph's left half is before it, and ranges map to rectangles") {
    test::Harness h;
    const ui::TextLayout lay = ui::LayoutText(kText, 0, static_cast<uint32_t>(kText.size()), {},
                                              Style(h.app.fonts.reading, 180));
    for (int li = 0; li < static_cast<int>(lay.lines.size()); ++li) {
        const ui::TextLine& line = lay.lines[li];
        const float y = line.y + lay.style.line_height * 0.5f;
        for (uint32_t i = line.start, len = 1; i < line.end; i += len) {
            ui::DecodeUtf8(kText, i, len);
            const float x = ui::CaretX(lay, kText, li, i);
            CHECK(ui::CaretAt(lay, kText, ImVec2(x + 0.2f, y)) == i);
        }
        CHECK(ui::CaretAt(lay, kText, ImVec2(line.w + 50, y)) == line.end);
    }
    std::vector<ui::TextRect> rects;
    ui::RangeRects(lay, kText, lay.lines[0].start, lay.lines[2].start + 1, rects);
    REQUIRE(rects.size() == 3);
    CHECK(rects[0].min.y < rects[1].min.y);
    CHECK(rects[2].max.x - rects[2].min.x > 0);
    CHECK(ui::RunAt(lay, kText, ImVec2(lay.lines[0].w + 5, lay.style.line_height * 0.5f)) == nullptr);
}

TEST_CASE("rich text: max_lines truncates and leaves room for an ellipsis") {
    test::Harness h;
    ui::TextStyle st = Style(h.app.fonts.ui, 150);
    st.max_lines = 2;
    const ui::TextLayout lay = ui::LayoutText(kText, 0, static_cast<uint32_t>(kText.size()), {}, st);
    REQUIRE(lay.lines.size() == 2);
    CHECK(lay.truncated);
    const float ellipsis = ui::TextWidth(st, "\xE2\x80\xA6", 0, 3);
    CHECK(lay.lines[1].w + ellipsis <= 150 + 0.01f);
    st.max_lines = 50;
    CHECK_FALSE(ui::LayoutText(kText, 0, static_cast<uint32_t>(kText.size()), {}, st).truncated);
}
