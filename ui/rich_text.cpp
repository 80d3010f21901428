#include "rich_text.hpp"

#include <algorithm>

namespace ui {

namespace {

float Advance(const TextStyle& style, unsigned c) {
    if (c == '\r') return 0;  // ImFont::RenderText skips it; so does the width
    const ImWchar w = c <= 0xFFFF ? static_cast<ImWchar>(c) : static_cast<ImWchar>(0xFFFD);
    return style.font->GetCharAdvance(w) * (style.font_size / style.font->FontSize);
}

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// Characters after which a line may break inside a word: hyphen, en and em dash, slash.
bool BreaksAfter(unsigned c) { return c == '-' || c == 0x2013 || c == 0x2014 || c == '/'; }

// One line of text[pos, limit): where it ends (trailing spaces excluded) and where the next one starts.
// Spaces hang past the right edge (never force a break); a word wider than the line breaks between glyphs.
void BreakLine(const TextStyle& style, std::string_view text, uint32_t pos, uint32_t limit, float width,
               uint32_t& end, uint32_t& next) {
    float x = 0;
    uint32_t i = pos;
    uint32_t brk_end = 0, brk_next = 0;
    bool has_break = false;
    while (i < limit) {
        if (IsSpace(text[i])) {
            uint32_t j = i;
            while (j < limit && IsSpace(text[j])) x += Advance(style, static_cast<unsigned char>(text[j++]));
            brk_end = i; brk_next = j; has_break = true;
            i = j;
            continue;
        }
        uint32_t len = 1;
        const unsigned c = DecodeUtf8(text, i, len);
        const float adv = Advance(style, c);
        if (x + adv > width && i > pos) {
            if (has_break) { end = brk_end; next = brk_next; }
            else { end = i; next = i; }
            return;
        }
        x += adv;
        i += len;
        if (BreaksAfter(c) && i < limit && !IsSpace(text[i])) { brk_end = i; brk_next = i; has_break = true; }
    }
    end = limit;
    while (end > pos && IsSpace(text[end - 1])) --end;
    next = limit;
}

bool HasTextIn(std::string_view text, uint32_t a, uint32_t b) {
    for (uint32_t i = a; i < b; ++i)
        if (!IsSpace(text[i]) && text[i] != '\n' && text[i] != '\r') return true;
    return false;
}

}  // namespace

unsigned DecodeUtf8(std::string_view text, uint32_t i, uint32_t& length) {
    const auto byte = [&](uint32_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned b0 = byte(i);
    length = 1;
    if (b0 < 0x80) return b0;
    // Continuation bytes after a lead byte: 1 for C2..DF, 2 for E0..EF, 3 for F0..F4; others are invalid.
    const int n = b0 >= 0xC2 && b0 <= 0xDF ? 1 : b0 >= 0xE0 && b0 <= 0xEF ? 2 : b0 >= 0xF0 && b0 <= 0xF4 ? 3 : 0;
    if (n == 0) return 0xFFFD;
    unsigned c = b0 & (0x3Fu >> n);
    for (int k = 1; k <= n; ++k) {
        if (i + k >= text.size() || (byte(i + k) & 0xC0) != 0x80) return 0xFFFD;
        c = (c << 6) | (byte(i + k) & 0x3F);
    }
    length = static_cast<uint32_t>(n + 1);
    return c;
}

float TextWidth(const TextStyle& style, std::string_view text, uint32_t a, uint32_t b) {
    float x = 0;
    for (uint32_t i = a, len = 1; i < b; i += len) x += Advance(style, DecodeUtf8(text, i, len));
    return x;
}

std::string Ellipsize(const ImFont* font, float font_size, std::string_view text, float max_width) {
    TextStyle style;
    style.font = font;
    style.font_size = font_size;
    const uint32_t n = static_cast<uint32_t>(text.size());
    if (TextWidth(style, text, 0, n) <= max_width) return std::string(text);
    const float room = max_width - TextWidth(style, "\xE2\x80\xA6", 0, 3);
    float x = 0;
    uint32_t i = 0;
    for (uint32_t len = 1; i < n; i += len) {
        const float adv = Advance(style, DecodeUtf8(text, i, len));
        if (x + adv > room) break;
        x += adv;
    }
    while (i > 0 && IsSpace(text[i - 1])) --i;  // no space before the ellipsis
    return std::string(text.substr(0, i)) + "\xE2\x80\xA6";
}

TextLayout LayoutText(std::string_view text, uint32_t begin, uint32_t end, const std::vector<TextMark>& marks,
                      const TextStyle& style) {
    TextLayout lay;
    lay.style = style;
    end = std::min<uint32_t>(end, static_cast<uint32_t>(text.size()));
    lay.begin = begin;
    lay.end = end;
    if (!style.font || begin >= end) return lay;

    // Run boundaries: every mark edge inside the range. Marks sorted by start for the per-run look-up.
    std::vector<uint32_t> cuts;
    std::vector<TextMark> sorted;
    for (const TextMark& m : marks) {
        if (m.end <= begin || m.start >= end || m.start >= m.end || m.channel >= kMarkChannels) continue;
        sorted.push_back(m);
        cuts.push_back(std::max(m.start, begin));
        cuts.push_back(std::min(m.end, end));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::sort(sorted.begin(), sorted.end(), [](const TextMark& a, const TextMark& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });

    // Marks covering the run being built: a sweep over marks sorted by start (runs come in text order),
    // so a long article with thousands of marks costs O(runs × marks open at once), not O(runs × marks).
    size_t next_mark = 0;
    std::vector<const TextMark*> open;
    auto add_runs = [&](TextLine& line) {
        line.first_run = static_cast<uint32_t>(lay.runs.size());
        float x = 0;
        uint32_t s = line.start;
        auto cut = std::upper_bound(cuts.begin(), cuts.end(), s);
        while (s < line.end) {
            const uint32_t e = (cut != cuts.end() && *cut < line.end) ? *cut++ : line.end;
            TextRun run;
            run.start = s;
            run.end = e;
            run.x = x;
            run.w = TextWidth(style, text, s, e);
            // Cuts include every mark edge, so a mark either covers the whole run or none of it; the
            // latest-starting cover (sorted order, kept by `open`) is the innermost.
            while (next_mark < sorted.size() && sorted[next_mark].start <= s) open.push_back(&sorted[next_mark++]);
            open.erase(std::remove_if(open.begin(), open.end(), [&](const TextMark* m) { return m->end <= s; }),
                       open.end());
            for (const TextMark* m : open)
                if (m->end >= e) run.value[m->channel] = m->value;
            lay.runs.push_back(run);
            x += run.w;
            s = e;
        }
        line.run_count = static_cast<uint32_t>(lay.runs.size()) - line.first_run;
        line.w = x;
    };

    const float ellipsis = TextWidth(style, "\xE2\x80\xA6", 0, 3);
    float y = 0;
    bool first_paragraph = true;
    uint32_t p = begin;
    while (p < end && !lay.truncated) {
        const size_t nl = text.find('\n', p);
        const uint32_t q = nl == std::string_view::npos || nl > end ? end : static_cast<uint32_t>(nl);
        if (HasTextIn(text, p, q)) {
            if (!first_paragraph) y += style.paragraph_gap;
            first_paragraph = false;
            uint32_t pos = p;
            while (pos < q && IsSpace(text[pos])) ++pos;
            while (pos < q) {
                TextLine line;
                BreakLine(style, text, pos, q, style.wrap_width, line.end, line.next);
                const bool last_allowed = style.max_lines > 0 && static_cast<int>(lay.lines.size()) + 1 == style.max_lines;
                if (last_allowed && (line.next < q || HasTextIn(text, q, end))) {
                    BreakLine(style, text, pos, q, std::max(0.0f, style.wrap_width - ellipsis), line.end, line.next);
                    while (line.end > pos && IsSpace(text[line.end - 1])) --line.end;
                    lay.truncated = true;
                }
                line.start = pos;
                line.y = y;
                if (line.next >= q) line.next = q < end ? q + 1 : q;
                add_runs(line);
                lay.lines.push_back(line);
                y += style.line_height;
                if (lay.truncated) break;
                pos = line.next;
                if (pos > q) break;
            }
        }
        p = q + 1;
    }
    lay.height = y;
    return lay;
}

int LineAt(const TextLayout& lay, float y) {
    if (lay.lines.empty()) return -1;
    // The first line whose bottom is below y; gaps between paragraphs belong to the line below.
    auto it = std::lower_bound(lay.lines.begin(), lay.lines.end(), y, [&](const TextLine& l, float v) {
        return l.y + lay.style.line_height <= v;
    });
    if (it == lay.lines.end()) return static_cast<int>(lay.lines.size()) - 1;
    return static_cast<int>(it - lay.lines.begin());
}

float CaretX(const TextLayout& lay, std::string_view text, int line_index, uint32_t offset) {
    const TextLine& line = lay.lines[line_index];
    offset = std::clamp(offset, line.start, line.end);
    for (uint32_t r = line.first_run; r < line.first_run + line.run_count; ++r) {
        const TextRun& run = lay.runs[r];
        if (offset <= run.end) return run.x + TextWidth(lay.style, text, run.start, offset);
    }
    return line.w;
}

uint32_t CaretAt(const TextLayout& lay, std::string_view text, ImVec2 p) {
    const int li = LineAt(lay, p.y);
    if (li < 0) return lay.begin;
    const TextLine& line = lay.lines[li];
    if (p.y < lay.lines.front().y) return line.start;  // above the text: its start
    if (p.y >= lay.height) return line.end;           // below: its end
    float x = 0;
    for (uint32_t i = line.start, len = 1; i < line.end; i += len) {
        const float adv = Advance(lay.style, DecodeUtf8(text, i, len));
        if (p.x < x + adv * 0.5f) return i;
        x += adv;
    }
    return line.end;
}

const TextRun* RunAt(const TextLayout& lay, std::string_view text, ImVec2 p) {
    (void)text;
    const int li = LineAt(lay, p.y);
    if (li < 0) return nullptr;
    const TextLine& line = lay.lines[li];
    if (p.y < line.y || p.y >= line.y + lay.style.line_height) return nullptr;
    for (uint32_t r = line.first_run; r < line.first_run + line.run_count; ++r) {
        const TextRun& run = lay.runs[r];
        if (p.x >= run.x && p.x < run.x + run.w) return &run;
    }
    return nullptr;
}

void RangeRects(const TextLayout& lay, std::string_view text, uint32_t a, uint32_t b, std::vector<TextRect>& out) {
    if (a >= b) return;
    const float space = Advance(lay.style, ' ');
    for (int li = 0; li < static_cast<int>(lay.lines.size()); ++li) {
        const TextLine& line = lay.lines[li];
        if (line.start >= b) break;
        if (line.next <= a && line.end < a) continue;
        const uint32_t s = std::max(a, line.start), e = std::min(b, line.end);
        if (s > e) continue;
        float x0 = CaretX(lay, text, li, s), x1 = CaretX(lay, text, li, e);
        if (b > line.end && li + 1 < static_cast<int>(lay.lines.size())) x1 += space;
        if (x1 > x0) out.push_back({ImVec2(x0, line.y), ImVec2(x1, line.y + lay.style.line_height)});
    }
}

void VisibleLines(const TextLayout& lay, float y0, float y1, int& first, int& last) {
    const float lh = lay.style.line_height;
    auto lo = std::lower_bound(lay.lines.begin(), lay.lines.end(), y0,
                               [&](const TextLine& l, float v) { return l.y + lh <= v; });
    auto hi = std::lower_bound(lo, lay.lines.end(), y1, [](const TextLine& l, float v) { return l.y < v; });
    first = static_cast<int>(lo - lay.lines.begin());
    last = static_cast<int>(hi - lay.lines.begin());
}

}  // namespace ui
