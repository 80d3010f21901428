// rich_text.hpp — span-aware wrapped text for Dear ImGui, which draws only plain strings.
//
// A text (one article, or a slice of it) is broken into lines once per (text, width) and each line into
// runs wherever a mark (a claim, a date expression, a name, page furniture…) begins or ends, so a view
// can colour every run from its marks and hit-test the mouse against runs and glyphs. Offsets are UTF-8
// byte offsets into the *whole* text given, so marks and selections keep the article's coordinates even
// when only a slice is laid out.
//
// Usage:
//   std::vector<ui::TextMark> marks = {{start, end, ui::kMarkClaim, claim_index}, …};
//   ui::TextStyle style{font, font->FontSize, /*line_height=*/26, /*paragraph_gap=*/10, /*wrap_width=*/640};
//   ui::TextLayout lay = ui::LayoutText(text, 0, text.size(), marks, style);
//   for (const ui::TextLine& line : lay.lines) for (run of line) draw text[run.start, run.end) at run.x …
//   uint32_t caret = ui::CaretAt(lay, text, {x, y});          // a byte boundary, for selections
//   const ui::TextRun* run = ui::RunAt(lay, text, {x, y});    // the run under a point, for clicks
//   ui::RangeRects(lay, text, a, b, rects);                   // highlight rectangles of [a, b)
// Layout coordinates are relative to the block's top-left corner, in pixels.
#pragma once
#include <imgui.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ui {

// What a mark stands for; a run carries one value per channel (-1 = not marked in that channel).
enum MarkChannel : uint8_t { kMarkClaim, kMarkTimex, kMarkEntity, kMarkFurniture, kMarkChannels };

struct TextMark {
    uint32_t start = 0, end = 0;        // byte range [start, end) of the laid-out text
    uint8_t channel = kMarkClaim;
    int32_t value = -1;                 // what the view wants back (a claim index, a furniture number…)
};

struct TextStyle {
    const ImFont* font = nullptr;
    float font_size = 0;                // pixels (the font's own size: ImGui 1.90 scales glyphs linearly)
    float line_height = 0;              // pixels from one baseline to the next (>= font_size)
    float paragraph_gap = 0;            // extra pixels between paragraphs (a '\n' in the text)
    float wrap_width = 0;               // pixels; a single word wider than this is broken between glyphs
    int max_lines = 0;                  // 0 = all; otherwise the text stops there and `truncated` is set
};

struct TextRun {
    uint32_t start = 0, end = 0;        // bytes, within one line
    float x = 0, w = 0;                 // pixels from the block's left edge
    int32_t value[kMarkChannels] = {-1, -1, -1, -1};  // innermost mark of each channel covering the run
    bool Has(MarkChannel c) const { return value[c] >= 0; }
};

struct TextLine {
    uint32_t start = 0, end = 0;        // bytes shown on the line (trailing spaces excluded)
    uint32_t next = 0;                  // where the next line's text starts (after spaces and '\n')
    float y = 0;                        // top of the line box, pixels
    float w = 0;                        // width of the shown text
    uint32_t first_run = 0, run_count = 0;  // into TextLayout::runs
};

struct TextRect {
    ImVec2 min, max;                    // layout coordinates, pixels
};

struct TextLayout {
    TextStyle style;
    uint32_t begin = 0, end = 0;        // the laid-out byte range
    std::vector<TextLine> lines;
    std::vector<TextRun> runs;
    float height = 0;                   // pixels, last line's bottom
    bool truncated = false;             // max_lines cut the text (the last line leaves room for an ellipsis)
};

// Lays out text[begin, end). Marks may overlap and nest (the innermost, i.e. latest-starting, wins per
// channel) and need not be sorted; parts outside [begin, end) are ignored.
TextLayout LayoutText(std::string_view text, uint32_t begin, uint32_t end, const std::vector<TextMark>& marks,
                      const TextStyle& style);

// The advance of text[a, b) in the layout's font, pixels (no kerning in ImGui 1.90, so widths add up).
float TextWidth(const TextStyle& style, std::string_view text, uint32_t a, uint32_t b);

// Index of the line whose box holds y (the nearest line above/below when y is outside); -1 if none.
int LineAt(const TextLayout& layout, float y);
// X of the caret before byte `offset` on line `line` (offset clamped to the line).
float CaretX(const TextLayout& layout, std::string_view text, int line, uint32_t offset);
// The byte boundary nearest to a point: for selections (a point past a line's end gives the line's end).
uint32_t CaretAt(const TextLayout& layout, std::string_view text, ImVec2 p);
// The run under a point (nullptr over margins, gaps and past a line's end): for clicks and hovering.
const TextRun* RunAt(const TextLayout& layout, std::string_view text, ImVec2 p);
// Rectangles (layout coordinates, one per line touched) covering [a, b); a selection that continues
// onto the next line extends over the line's trailing space, as text editors do.
void RangeRects(const TextLayout& layout, std::string_view text, uint32_t a, uint32_t b, std::vector<TextRect>& out);
// Lines intersecting [y0, y1): [first, last) — to draw only what is visible.
void VisibleLines(const TextLayout& layout, float y0, float y1, int& first, int& last);

// `text` cut on a code point boundary so that it and a trailing "…" fit in max_width (unchanged if it fits).
std::string Ellipsize(const ImFont* font, float font_size, std::string_view text, float max_width);

// Decodes one UTF-8 code point at text[i] (invalid bytes decode as U+FFFD, one byte long).
unsigned DecodeUtf8(std::string_view text, uint32_t i, uint32_t& length);

}  // namespace ui
