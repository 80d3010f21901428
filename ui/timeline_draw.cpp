// timeline_draw.cpp — the lanes: marks, bars, count bubbles and labels, with level of detail.
//
// [SECTION] helpers  [SECTION] lanes
// (ticks, breaks and the overview strip: timeline_axis_draw.cpp; the tooltip text: timeline_tooltip.cpp)
//
// Level of detail (lanes): the plot is cut into pixel columns. For marks (points and ranges narrower than
// a bar), a counting pass walks each lane's start-sorted items column by column with binary searches, so
// it costs O(columns × log n) whatever the density; columns holding more items than the lane has rows
// become count bubbles and are skipped by the drawing pass. Only what is actually drawn is iterated.
#include "timeline_draw.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "annotation_style.hpp"
#include "app.hpp"
#include "draw_text.hpp"

namespace ui {

// ---- [SECTION] helpers ---------------------------------------------------------------------------------
namespace {
constexpr float kColumnPx = 10.0f;          // LOD column width (× pixel scale)
constexpr float kBubbleSpacingPx = 30.0f;   // neighbouring dense columns merge into one bubble this wide
constexpr float kBarMinPx = 14.0f;          // a duration class is drawn as bars once its typical span is this wide
constexpr float kRowPitchPx = 13.0f;        // vertical pitch of stacked rows inside a lane
constexpr int kMaxRows = 6;
constexpr int kMaxEras = 16;                // eras drawn per lane (more would be a smear, not context)
constexpr int kMaxStack = 2;                // marks stacked over a full row per column before a "+N" pill
constexpr float kStackOffsetPx = 5.0f;      // each stacked mark sits this much right of the last, on its row's
                                            // line (lifted, it cut the label of the row above short)
constexpr float kBarEndRoomPx = 6.0f;       // a bubble on a bar keeps this far from its ends (its dates)
constexpr float kMarkRadiusPx = 4.2f;       // radius of a point mark
constexpr float kOpenLaneBarPx = 3.0f;      // the open article's lane: its accent bar at the gutter's left edge
constexpr float kBubbleMaxRadiusPx = 8.0f;  // labels keep this far from a bubble's column (most bubbles are smaller)
constexpr std::array<double, kClassCount> kTypicalDays = {1, 7, 30, 91, 365, 3652, 36524};

// Search hits: the reader's and the search list's highlighter. (A bright one of its own, the same on both
// themes and under the whole bar, put the dark theme's light labels of hit bars on light yellow: 2.4:1.)
ImU32 Highlighter(const AppState& app) { return AnnotationColorsFor(app.theme).search_hit; }

// `over` laid on opaque `base` at opacity t, as one opaque colour.
ImU32 Mix(ImU32 base, ImU32 over, float t) {
    auto ch = [&](int shift) {
        const float a = static_cast<float>((base >> shift) & 0xFF), b = static_cast<float>((over >> shift) & 0xFF);
        return static_cast<ImU32>(a + (b - a) * t + 0.5f) << shift;
    };
    return ch(IM_COL32_R_SHIFT) | ch(IM_COL32_G_SHIFT) | ch(IM_COL32_B_SHIFT) | IM_COL32_A_MASK;
}

ImU32 ColorOf(const Palette& pal, const TimelineItem& it) {
    switch (it.kind) {
        case ItemKind::Event: return pal.marker;
        case ItemKind::Timex: return pal.muted;
        case ItemKind::Published: return pal.ink;
    }
    return pal.ink;
}

bool IsSelected(const AppState& app, const TimelineItem& it) {
    const Selection& s = app.selection;
    switch (it.kind) {
        case ItemKind::Event: return s.event == it.index;
        case ItemKind::Timex: return s.timex == it.index;
        case ItemKind::Published: return s.article == it.index && s.event == core::kNone && s.timex == core::kNone;
    }
    return false;
}

}  // namespace

std::string_view TimelineItemLabel(const AppState& app, const TimelineItem& it) {
    const core::Corpus& c = app.corpus;
    switch (it.kind) {
        case ItemKind::Event: return c.events[static_cast<size_t>(it.index)].label;
        case ItemKind::Timex: {
            const core::Timex& x = c.timexes[static_cast<size_t>(it.index)];
            return core::TextOf(c.articles[static_cast<size_t>(x.span.article)], x.span.start, x.span.end);
        }
        case ItemKind::Published: return "published";
    }
    return {};
}

namespace {

void FormatCount(uint32_t n, char* buf, size_t size) {
    if (n >= 10000) std::snprintf(buf, size, "%uk", n / 1000);
    else if (n >= 1000) std::snprintf(buf, size, "%.1fk", n / 1000.0);
    else std::snprintf(buf, size, "%u", n);
}
}  // namespace

// ---- [SECTION] lanes -----------------------------------------------------------------------------------
namespace {

struct LaneGeometry {
    float y0, y1;
    int rows;
    float row_y[kMaxRows];              // centre y of each stacking row
    float row_free[kMaxRows];           // first x where the row is free again
    float row_mark_x[kMaxRows];         // centre x of the last mark drawn on the row (stacking fans out from it)
};

// The first row free at x (leaving `gap`), or -1.
int FreeRow(const LaneGeometry& g, float x, float gap) {
    for (int r = 0; r < g.rows; ++r)
        if (g.row_free[r] + gap <= x) return r;
    return -1;
}

struct LanePass {
    const AppState& app;
    TimelineState& st;
    const TimelineFrame& f;
    int lane_index;
    const TimelineLane& lane;
    LaneGeometry g;
    float col_w;
    int ncols;
    size_t bars_first, bars_last;       // this lane's bars in st.hits (set once they are drawn)
    TimelineEraBar eras[kMaxEras] = {};  // this lane's eras drawn, named last
    int neras = 0;

    int ColumnOf(float x) const { return std::clamp(static_cast<int>((x - f.plot_x0) / col_w) + 1, 0, ncols - 1); }
    double DayOfX(float x) const { return f.axis->ToDay(f.AxisOfX(x)); }
    float ColumnRight(int col) const { return f.plot_x0 + static_cast<float>(col) * col_w; }

    // How far right a label starting at x may run: up to `limit`, and never under a count bubble.
    float LabelLimit(float x, float limit) const {
        for (int c = ColumnOf(x) + 1; c < ncols && ColumnRight(c) - col_w < limit; ++c) {
            const TimelineColumn& col = st.columns[static_cast<size_t>(c)];
            if (col.hidden > 0 || static_cast<int>(col.count) > g.rows)
                return std::min(limit, ColumnRight(c) - col_w - kBubbleMaxRadiusPx * f.s);
        }
        return limit;
    }

    void Hide(uint32_t item, float x) {
        const TimelineItem& it = lane.items[item];
        const int column = ColumnOf(x);
        st.hidden.push_back({column, item});
        TimelineColumn& c = st.columns[static_cast<size_t>(column)];
        if (c.hidden == 0 && c.count == 0) { c.day0 = it.start; c.day1 = it.end; }
        c.day0 = std::min(c.day0, it.start);
        c.day1 = std::max(c.day1, it.end);
        ++c.hidden;
    }

    void Record(uint32_t item, ImVec2 lo, ImVec2 hi) {
        TimelineHit h;
        h.x0 = lo.x; h.y0 = lo.y; h.x1 = hi.x; h.y1 = hi.y;
        h.lane = lane_index;
        h.item = item;
        st.hits.push_back(h);
        ++st.marks;
    }

    // Eras ("this century"): context under everything, named after every other label (timeline_era_draw.cpp).
    void DrawEras(double d0, double d1) {
        const ItemRange r = VisibleRange(lane, kClassEra, d0, d1);
        for (uint32_t i = r.first; i < r.last && neras < kMaxEras; ++i) {
            if (lane.items[i].end < d0) continue;
            TimelineEraBar& e = eras[neras];
            e.item = i;
            TimelineHit box;
            if (!DrawTimelineEra(f, lane.items[i], g.y1, g.row_y[g.rows - 1], e, box)) continue;
            Record(i, ImVec2(box.x0, box.y0), ImVec2(box.x1, box.y1));
            ++neras;
        }
    }

    // Ranges wide enough to read as bars: stacked into rows, widest classes first.
    void DrawBars(int cls, double d0, double d1) {
        const ItemRange r = VisibleRange(lane, cls, d0, d1);
        const Palette& pal = *f.pal;
        const float s = f.s, bar_h = 8 * s;
        for (uint32_t i = r.first; i < r.last; ++i) {
            const TimelineItem& it = lane.items[i];
            if (it.end < d0) continue;
            const float xa = f.XOfDay(it.start), xb = f.XOfDay(it.end);
            int row = FreeRow(g, xa, 3 * s);
            if (row < 0) {  // counted where the bar is seen, not at its (maybe off-screen) start
                Hide(i, (std::max(xa, f.plot_x0) + std::min(xb, f.plot_x1)) * 0.5f);
                continue;
            }
            // Measured only for bars that get a row: in a dense story most find none, and their labels (read
            // from events scattered in memory) cost more than the rest of the frame's bars.
            const std::string_view text = TimelineItemLabel(app, it);
            const float text_w = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
            const bool inside = text_w + 8 * s < xb - xa || xb - xa >= 90 * s;  // long bars hold their label, cut
            const float y = g.row_y[row];
            const ImU32 col = ColorOf(pal, it);
            const bool selected = IsSelected(app, it);
            // Drawn (and hit) inside the plot: a bar running on past its edge stopped 6 px into the margin (the
            // lane's clip leaves room for marks' halves there), beside the ticks' end. Its end caps show only
            // where its dates are in view.
            const bool from_view = xa >= f.plot_x0 - 1 * s, to_view = xb <= f.plot_x1 + 1 * s;
            const ImVec2 lo(from_view ? xa : f.plot_x0, y - bar_h * 0.5f), hi(to_view ? xb : f.plot_x1, y + bar_h * 0.5f);
            if (it.flags & kItemSearchHit) f.dl->AddRectFilled(ImVec2(lo.x - 3 * s, lo.y - 3 * s), ImVec2(hi.x + 3 * s, hi.y + 3 * s), Highlighter(app), 5 * s);
            if (selected) f.dl->AddRectFilled(ImVec2(lo.x - 3 * s, lo.y - 3 * s), ImVec2(hi.x + 3 * s, hi.y + 3 * s), pal.accent_soft, 5 * s);
            // A hit is a stroke around the bar, not under it: its label keeps the contrast of any bar's.
            if (it.flags & kItemSearchHit) f.dl->AddRectFilled(lo, hi, pal.paper, 2 * s);
            const ImU32 solid = selected ? pal.accent : col;
            // Uncertain intervals read as soft bars with firm ends; "early November" fades towards its end.
            if (it.flags & (kItemModStart | kItemModEnd)) {
                const ImU32 strong = WithAlpha(solid, 0.55f), faint = WithAlpha(solid, 0.04f);
                const bool start = it.flags & kItemModStart;
                f.dl->AddRectFilledMultiColor(lo, hi, start ? strong : faint, start ? faint : strong, start ? faint : strong, start ? strong : faint);
            } else {
                f.dl->AddRectFilled(lo, hi, WithAlpha(solid, (it.flags & kItemApprox) ? 0.16f : 0.26f), 2 * s);
            }
            if (from_view) f.dl->AddLine(ImVec2(lo.x + 0.5f, lo.y), ImVec2(lo.x + 0.5f, hi.y), solid, 2 * s);
            if (to_view && !(it.flags & kItemModStart)) f.dl->AddLine(ImVec2(hi.x - 0.5f, lo.y), ImVec2(hi.x - 0.5f, hi.y), solid, 2 * s);
            float right = xb;
            if (inside) {
                // The label rides along the visible part of a bar that starts off screen.
                const float tx = std::max(xa, f.plot_x0) + 5 * s, tr = std::min(xb, f.plot_x1) - 3 * s;
                st.pending_labels.push_back({i, tx, y - ImGui::GetTextLineHeight() * 0.5f - 0.5f * s, tr, 24 * s, 0, selected});
            } else if (FreeRow(g, xa, 3 * s) == row) {
                // The row is kept free for the label (so later bars go elsewhere), guessing where bubbles will be.
                const float room = std::min(220 * s, LabelLimit(xb, f.plot_x1 - 6 * s) - xb - 4 * s);
                if (room > 30 * s) {
                    st.pending_labels.push_back({i, xb + 4 * s, y - ImGui::GetTextLineHeight() * 0.5f, xb + 4 * s + room, 30 * s, 0, selected});
                    right = xb + 4 * s + std::min(text_w, room);
                }
            }
            g.row_free[row] = right;
            Record(i, lo, hi);
        }
    }

    // Counting pass of the marks: O(columns × log n) per class thanks to the start-sorted items.
    void CountMarks(int cls, double d1) {
        const uint32_t b = lane.class_begin[static_cast<size_t>(cls)], e = lane.class_begin[static_cast<size_t>(cls) + 1];
        uint32_t i = FirstStartingAtOrAfter(lane, b, e, DayOfX(f.plot_x0 - col_w));
        const uint32_t last = FirstStartingAtOrAfter(lane, i, e, std::nextafter(d1, 1e300));
        while (i < last) {
            const int col = ColumnOf(f.XOfDay(lane.items[i].start));
            uint32_t j = col + 1 < ncols ? FirstStartingAtOrAfter(lane, i, last, DayOfX(ColumnRight(col))) : last;
            if (j <= i) j = i + 1;
            TimelineColumn& c = st.columns[static_cast<size_t>(col)];
            if (c.count == 0 && c.hidden == 0) { c.day0 = lane.items[i].start; c.day1 = lane.items[j - 1].end; }
            c.day0 = std::min(c.day0, lane.items[i].start);
            c.day1 = std::max(c.day1, lane.items[j - 1].end);
            c.count += j - i;
            i = j;
        }
    }

    // Places the marks of a class into rows (marks only: labels come after, where room is left).
    void PlaceMarks(int cls, double d1) {
        const uint32_t b = lane.class_begin[static_cast<size_t>(cls)], e = lane.class_begin[static_cast<size_t>(cls) + 1];
        uint32_t i = FirstStartingAtOrAfter(lane, b, e, DayOfX(f.plot_x0 - col_w));
        const uint32_t last = FirstStartingAtOrAfter(lane, i, e, std::nextafter(d1, 1e300));
        const float s = f.s, r = kMarkRadiusPx * s;
        while (i < last) {
            const TimelineItem& it = lane.items[i];
            const int col = ColumnOf(f.XOfDay(it.start));
            if (static_cast<int>(st.columns[static_cast<size_t>(col)].count) > g.rows) {  // a bubble: skip the column
                uint32_t j = col + 1 < ncols ? FirstStartingAtOrAfter(lane, i, last, DayOfX(ColumnRight(col))) : last;
                i = std::max(j, i + 1);
                continue;
            }
            const float x = f.XOfDay(it.Mid());
            int row = FreeRow(g, x - r, 2 * s);
            int stack = 0;
            float at = x;                   // where it is drawn
            if (row < 0) {
                // Rows full: one or two more marks are stacked over the row with most room, offset along
                // its line like fanned cards so each stays visible (not up: that is the row above's label
                // line); beyond that the column's extra marks go into a "+N" pill.
                TimelineColumn& c = st.columns[static_cast<size_t>(ColumnOf(x))];
                if (c.squeezed >= kMaxStack) { Hide(i, x); ++i; continue; }
                stack = static_cast<int>(++c.squeezed);
                row = 0;
                for (int k = 1; k < g.rows; ++k) if (g.row_free[k] < g.row_free[row]) row = k;
                // Fanned from the mark it covers, which may lie right of x (items go by start, marks by middle).
                const float off = kStackOffsetPx * s, prev = g.row_mark_x[row];
                at = x + static_cast<float>(stack) * off;
                if (std::abs(prev - at) < off) at = prev + off;
            }
            g.row_mark_x[row] = std::max(g.row_mark_x[row], at);
            g.row_free[row] = std::max(g.row_free[row], at + r);
            st.placed.push_back({i, at, row, stack});
            ++i;
        }
    }

    // Draws the placed marks; a label follows a mark when its row is free up to the next mark.
    void DrawPlacedMarks() {
        st.placed.erase(std::remove_if(st.placed.begin(), st.placed.end(), [](const TimelinePlaced& p) { return p.stack < 0; }),
                        st.placed.end());
        std::sort(st.placed.begin(), st.placed.end(), [](const TimelinePlaced& a, const TimelinePlaced& b) {
            return a.row != b.row ? a.row < b.row : a.x < b.x;
        });
        const Palette& pal = *f.pal;
        const float s = f.s, r = kMarkRadiusPx * s;
        const float line_h = ImGui::GetTextLineHeight();
        for (size_t k = 0; k < st.placed.size(); ++k) {
            const TimelinePlaced& p = st.placed[k];
            const TimelineItem& it = lane.items[p.item];
            const float x = p.x, y = g.row_y[p.row];
            const bool selected = IsSelected(app, it);
            const ImU32 c = selected ? pal.accent : ColorOf(pal, it);
            // A stacked mark is cut out of the one below by a ring of paper: two marks, not a blot.
            if (p.stack > 0) f.dl->AddCircleFilled(ImVec2(x, y), r + 1.5f * s, pal.paper);
            if (it.flags & kItemSearchHit) f.dl->AddCircleFilled(ImVec2(x, y), r + 4.5f * s, Highlighter(app));
            if (selected) f.dl->AddCircleFilled(ImVec2(x, y), r + 4 * s, pal.accent_soft);
            if (it.kind == ItemKind::Published) {
                const float d = r + 1 * s;
                f.dl->AddQuadFilled(ImVec2(x, y - d), ImVec2(x + d, y), ImVec2(x, y + d), ImVec2(x - d, y), c);
            } else if (it.flags & kItemExact) {
                f.dl->AddCircleFilled(ImVec2(x, y), r, c);
            } else {
                // Not a day but a week, month, season…: an open ring, with its true extent underlined.
                const float xa = f.XOfDay(it.start), xb = f.XOfDay(it.end);
                if (xb - xa > 2 * s) f.dl->AddLine(ImVec2(xa, y + r + 1.5f * s), ImVec2(xb, y + r + 1.5f * s), WithAlpha(c, 0.6f), 1.5f * s);
                f.dl->AddCircleFilled(ImVec2(x, y), r, pal.paper);
                f.dl->AddCircle(ImVec2(x, y), r - 0.75f * s, c, 0, 1.5f * s);
            }
            const bool next_same_row = k + 1 < st.placed.size() && st.placed[k + 1].row == p.row;
            const float limit = std::min(f.plot_x1, next_same_row ? st.placed[k + 1].x - r - 8 * s : f.plot_x1);
            const float tx = x + r + 4 * s;
            const float label_y = g.row_y[p.row] - line_h * 0.5f;
            st.pending_labels.push_back({p.item, tx, label_y, std::min(limit, tx + 220 * s), 34 * s, x - r - 4 * s, selected});
            Record(p.item, ImVec2(x - r, y - r), ImVec2(x + r, y + r));
            st.obstacles.push_back(st.hits.back());
        }
        st.placed.clear();
    }

    // Dense columns become count bubbles ("12": too many to draw one by one; click zooms in) and items that
    // found no free row become pills ("+2": more items here; hover lists them, "+1" is the item itself and
    // a click selects it). Neighbouring columns merge into one, and each is put where it covers no mark, bar
    // or other bubble of the lane: at its place if clear, else a little aside or on another row (PlaceBubble).
    void DrawBubbles() {
        const float spacing = kBubbleSpacingPx * f.s;
        std::sort(st.hidden.begin(), st.hidden.end(), [](const TimelineHidden& a, const TimelineHidden& b) {
            return a.column != b.column ? a.column < b.column : a.item < b.item;
        });
        const size_t first_bubble = st.obstacles.size();  // this lane's bubbles go on after its obstacles so far
        // Bubbles look up the marks near them by x (PlaceBubble), not all the lane's marks for every bubble.
        st.placed_by_x.resize(st.placed.size());
        for (uint32_t k = 0; k < st.placed_by_x.size(); ++k) st.placed_by_x[k] = k;
        std::sort(st.placed_by_x.begin(), st.placed_by_x.end(), [&](uint32_t a, uint32_t b) { return st.placed[a].x < st.placed[b].x; });
        size_t next_hidden = 0;
        TimelineHit carry;              // a bubble with no spot and no bubble before it in the lane
        bool has_carry = false;
        float carry_x = 0;
        uint32_t n = 0;
        bool dense = false;
        int col0 = 0;
        double day0 = 0, day1 = 0, weighted_x = 0;
        float group_x0 = 0;
        auto flush = [&](int col_last) {
            if (n == 0) return;
            TimelineHit h;
            h.lane = lane_index;
            h.count = n;
            h.bubble = true;
            h.pill = !dense;
            h.day0 = day0;
            h.day1 = day1;
            h.items_first = static_cast<uint32_t>(st.bubble_items.size());
            for (; next_hidden < st.hidden.size() && st.hidden[next_hidden].column <= col_last; ++next_hidden)
                if (st.hidden[next_hidden].column >= col0) st.bubble_items.push_back(st.hidden[next_hidden].item);
            h.items_count = static_cast<uint32_t>(st.bubble_items.size()) - h.items_first;
            const float x = static_cast<float>(weighted_x / n);
            n = 0;
            dense = false;
            if (has_carry) {  // the items of a bubble that found no spot before this one (right before in bubble_items)
                Absorb(h, carry);
                h.items_first = carry.items_first;
                has_carry = false;
            }
            if (PlaceBubble(h, x, first_bubble)) return;
            // No spot near its place that covers no mark and no bar's end (rows packed with bars): counted by
            // the lane's last bubble, or by the next one when this is the lane's first.
            if (st.obstacles.size() > first_bubble) Absorb(st.obstacles.back(), h);
            else { carry = h; carry_x = x; has_carry = true; }
        };
        for (int c = 0; c < ncols; ++c) {
            TimelineColumn& col = st.columns[static_cast<size_t>(c)];
            const bool dense_column = static_cast<int>(col.count) > g.rows;
            const uint32_t k = (dense_column ? col.count : 0) + col.hidden;
            const float cx = ColumnRight(c) - col_w * 0.5f;
            if (k > 0) {
                if (n > 0 && cx - group_x0 > spacing) flush(c - 1);
                if (n == 0) { group_x0 = cx; col0 = c; day0 = col.day0; day1 = col.day1; weighted_x = 0; }
                day0 = std::min(day0, col.day0);
                day1 = std::max(day1, col.day1);
                weighted_x += static_cast<double>(std::clamp(cx, f.plot_x0, f.plot_x1)) * k;
                n += k;
                dense = dense || dense_column;
            } else if (n > 0 && cx - group_x0 > spacing) {
                flush(c - 1);
            }
            col = TimelineColumn{};
        }
        flush(ncols - 1);
        if (has_carry) PlaceBubble(carry, carry_x, first_bubble, /*anywhere=*/true);  // the lane's only one
        st.hidden.clear();
        // Drawn once all are placed (a bubble may still grow by merging); recorded for hit-testing and labels.
        const Palette& pal = *f.pal;
        const float s = f.s;
        for (size_t k = first_bubble; k < st.obstacles.size(); ++k) {
            TimelineHit& h = st.obstacles[k];
            if (h.pill && h.count == 1) h.item = st.bubble_items[h.items_first];
            char text[16];
            ImVec2 half = BubbleHalfSize(h, text, sizeof text);
            if (!h.pill) half.x = half.y = std::min({half.x, (h.x1 - h.x0) * 0.5f, (h.y1 - h.y0) * 0.5f});  // a merged one keeps its room
            const float bx = (h.x0 + h.x1) * 0.5f, by = (h.y0 + h.y1) * 0.5f;
            h.x0 = bx - half.x; h.x1 = bx + half.x; h.y0 = by - half.y; h.y1 = by + half.y;
            const ImVec2 lo(h.x0, h.y0), hi(h.x1, h.y1);
            // Opaque tints (the marker over paper): a bubble on a bar reads as a badge, not a smudge.
            if (h.pill) {
                f.dl->AddRectFilled(lo, hi, Mix(pal.paper, pal.marker, 0.14f), half.y);
                f.dl->AddRect(lo, hi, WithAlpha(pal.marker, 0.75f), half.y, 0, 1.2f * s);
            } else {
                f.dl->AddCircleFilled(ImVec2(bx, by), half.x, Mix(pal.paper, pal.marker, 0.22f));
                f.dl->AddCircle(ImVec2(bx, by), half.x, WithAlpha(pal.marker, 0.75f), 0, 1.2f * s);
            }
            const ImVec2 ts = ImGui::CalcTextSize(text);
            f.dl->AddText(ImVec2(bx - ts.x * 0.5f, by - ts.y * 0.5f), pal.ink, text);
            st.hits.push_back(h);
            ++st.bubbles;
        }
    }

    // The square a placed mark is drawn in (and hit-tested by).
    TimelineHit MarkBox(const TimelinePlaced& p) const {
        const float r = kMarkRadiusPx * f.s, x = p.x, y = g.row_y[p.row];
        TimelineHit h;
        h.x0 = x - r; h.y0 = y - r; h.x1 = x + r; h.y1 = y + r;
        return h;
    }

    // Half width and height of a bubble (a circle growing with its count) or a pill (its "+N" text), and
    // the text into buf.
    ImVec2 BubbleHalfSize(const TimelineHit& h, char* buf, size_t size) const {
        const float s = f.s, room = (g.y1 - g.y0) * 0.5f - 1 * s;
        buf[0] = '+';
        FormatCount(h.count, buf + (h.pill ? 1 : 0), size - 1);
        const ImVec2 ts = ImGui::CalcTextSize(buf);
        if (h.pill) return ImVec2(ts.x * 0.5f + 4 * s, std::min(room, ts.y * 0.5f));
        const float r = std::min(room, (5.5f + 2.2f * std::log2(static_cast<float>(h.count))) * s);
        return ImVec2(r, r);
    }

    // Bubble `into` counts `h`'s items too (h's items must follow into's in st.bubble_items). It keeps its
    // place and size: a pill becomes a count bubble, whose circle fits in the pill's room.
    static void Absorb(TimelineHit& into, const TimelineHit& h) {
        into.count += h.count;
        into.items_count += h.items_count;
        into.day0 = std::min(into.day0, h.day0);
        into.day1 = std::max(into.day1, h.day1);
        into.pill = false;
    }

    // Finds bubble `h` a spot near x and adds it to st.obstacles (this lane's bubbles from `first_bubble`).
    // In order of preference: clear of every mark, bar and bubble; on a bar's middle like a badge, its two
    // ends (its dates) in sight — where rows are full of bars, which is why items found no row; taking in
    // the marks under it (counted and listed, not drawn) where marks are packed too tight. With no such
    // spot near x it returns false and places nothing (the caller has a neighbour bubble count its items);
    // `anywhere` (no neighbour) looks across the whole lane, then merges into the lane's last bubble if it
    // would cover it, and only then covers a bar's end.
    bool PlaceBubble(TimelineHit& h, float x, size_t first_bubble, bool anywhere = false) {
        const float s = f.s;
        const float lane_mid = (g.y0 + g.y1) * 0.5f;
        char text[16];
        const ImVec2 half = BubbleHalfSize(h, text, sizeof text);
        float hw = half.x, hh = half.y;
        const float reach = hw + 18 * s, gap = 1 * s, end_room = kBarEndRoomPx * s;
        auto hits = [&](const TimelineHit& o, float cx, float cy) {
            return o.x0 <= cx + hw + gap && o.x1 >= cx - hw - gap && o.y0 <= cy + hh + gap && o.y1 >= cy - hh - gap;
        };
        float lo_x = 0, hi_x = 0, bx = x, by = lane_mid;
        float ys[kMaxRows + 1];
        int ny = 0;
        auto candidates = [&] {  // for the bubble's size hw × hh
            lo_x = f.plot_x0 - 4 * s + hw;  // centres inside the lane's clip
            hi_x = f.plot_x1 + 4 * s - hw;
            bx = std::clamp(x, lo_x, hi_x);
            // Candidate rows of centres: the lane's middle, then every row (clamped inside the lane).
            ny = 0;
            ys[ny++] = lane_mid;
            for (int r = 0; r < g.rows; ++r) {
                const float y = std::clamp(g.row_y[r], g.y0 + hh + 1 * s, g.y1 - hh - 1 * s);
                if (std::abs(y - ys[ny - 1]) > 0.5f * s && std::abs(y - ys[0]) > 0.5f * s) ys[ny++] = y;  // a tall bubble fits one way
            }
        };
        candidates();
        // On each candidate y, the centres x that would cover something are a union of intervals; the spot
        // is the free x nearest the bubble's place (within `far`), on the y with the nearest one.
        int pass = 0;
        std::vector<std::pair<float, float>>& blocked = st.blocked;
        auto nearest_free = [&](float cy, float far, bool on_bars, bool take_marks, float& out_x) {
            blocked.clear();
            auto block = [&](float a, float b) { if (b > a) blocked.emplace_back(a, b); };
            const float x0 = bx - far - hw - gap, x1 = bx + far + hw + gap;
            auto near = [&](const TimelineHit& o) { return o.x1 >= x0 && o.x0 <= x1 && o.y0 <= cy + hh + gap && o.y1 >= cy - hh - gap; };
            for (size_t k = first_bubble; k < st.obstacles.size(); ++k)
                if (near(st.obstacles[k])) block(st.obstacles[k].x0 - hw - gap, st.obstacles[k].x1 + hw + gap);
            if (!take_marks) {
                // A mark's box spans its x ± radius (+1 px for rounding; a stacked mark's x is where it is drawn);
                // the order marks are blocked in does not matter (the intervals are sorted below).
                const float reach_x = kMarkRadiusPx * s + 1;
                const std::vector<uint32_t>& by_x = st.placed_by_x;
                auto k = std::lower_bound(by_x.begin(), by_x.end(), x0 - reach_x,
                                          [&](uint32_t i, float x) { return st.placed[i].x < x; });
                for (; k != by_x.end() && st.placed[*k].x <= x1 + reach_x; ++k) {
                    const TimelinePlaced& m = st.placed[*k];
                    if (m.stack < 0) continue;
                    const TimelineHit o = MarkBox(m);
                    if (near(o)) block(o.x0 - hw - gap, o.x1 + hw + gap);
                }
            }
            for (size_t k = bars_first; k < bars_last; ++k) {
                const TimelineHit& o = st.hits[k];
                if (!near(o)) continue;
                if (!on_bars) { block(o.x0 - hw - gap, o.x1 + hw + gap); continue; }
                // A badge on the bar's middle is fine; its ends (its dates) stay in sight.
                const float in0 = o.x0 + end_room + hw + gap, in1 = o.x1 - end_room - hw - gap;
                if (in1 < in0) { block(o.x0 - hw - gap, o.x1 + hw + gap); continue; }
                block(o.x0 - hw - gap, in0);
                block(in1, o.x1 + hw + gap);
            }
            std::sort(blocked.begin(), blocked.end());
            // Free gaps between merged intervals; the nearest point of each to bx.
            float best = 1e30f;
            float cur = std::max(lo_x, bx - far);
            const float end = std::min(hi_x, bx + far);
            auto consider = [&](float a, float b) {  // the free span [a, b]
                if (b < a) return;
                const float c = std::clamp(bx, a, b);
                if (std::abs(c - bx) < std::abs(best - bx)) best = c;
            };
            for (const auto& [a, b] : blocked) {
                if (b <= cur) continue;
                if (a > end) break;
                consider(cur, std::min(end, a));
                cur = std::max(cur, b);
                if (cur > end) break;
            }
            if (cur <= end) consider(cur, end);
            if (best > 1e29f) return false;
            out_x = best;
            return true;
        };
        bool found = false;
        auto search = [&] {
            for (pass = 0; pass < 4 && !found; ++pass) {  // clear; on a bar's middle; taking marks in; the same, farther aside
                const float far = pass < 3 ? reach : anywhere ? f.plot_x1 - f.plot_x0 : 3 * reach;
                float best_dx = 1e30f;
                for (int yi = 0; yi < ny; ++yi) {
                    float cx;
                    if (nearest_free(ys[yi], far, pass >= 1, pass >= 2, cx) && std::abs(cx - bx) + 0.01f * s < best_dx) {
                        best_dx = std::abs(cx - bx);
                        by = ys[yi];
                        h.x0 = cx;  // (kept until the loop ends)
                        found = true;
                    }
                }
                if (found) bx = h.x0;
            }
        };
        search();
        if (!found && anywhere && !h.pill) {
            // The lane's only bubble, in a lane packed with short bars (a phone): drawn as small as its number
            // allows, it may still fit on a bar's middle (the drawing keeps the size it was placed with).
            const float small = std::max(5.5f * s, ImGui::CalcTextSize(text).x * 0.5f + 1.5f * s);
            if (small < hw) {
                hw = hh = small;
                candidates();
                search();
            }
        }
        if (!found && !anywhere) return false;
        if (!found && st.obstacles.size() > first_bubble && hits(st.obstacles.back(), bx, by)) {
            // Merge: the last bubble (placed just before, so its items are right before these) counts both.
            TimelineHit& last = st.obstacles.back();
            const bool pill = last.pill && h.pill;
            Absorb(last, h);
            last.pill = pill;
            return true;
        }
        if (!found) ++st.crowded_bubbles;   // over a bar's end: no spot anywhere in the lane (tests watch this)
        if (!found || pass >= 3) {          // the last resorts: take in the marks underneath
            for (TimelinePlaced& m : st.placed) {
                if (m.stack < 0 || !hits(MarkBox(m), bx, by)) continue;
                m.stack = -1;
                const TimelineItem& it = lane.items[m.item];
                h.day0 = std::min(h.day0, it.start);
                h.day1 = std::max(h.day1, it.end);
                ++h.count;
                ++h.items_count;
                st.bubble_items.push_back(m.item);
            }
        }
        h.x0 = bx - hw; h.x1 = bx + hw; h.y0 = by - hh; h.y1 = by + hh;
        st.obstacles.push_back(h);
        return true;
    }

    // Labels go last, once every mark and bubble of the lane has its place (timeline_labels_draw.cpp).
    void DrawLabels() {
        DrawTimelineLaneLabels(app, st, f, lane_index, lane, bars_first, bars_last, eras, neras);
        st.pending_labels.clear();
        st.obstacles.clear();
    }
};

void DrawSelectedDate(const AppState& app, const TimelineFrame& f) {
    const core::Index e = app.selection.event;
    if (e < 0 || e >= static_cast<core::Index>(app.corpus.events.size())) return;
    const core::EventDate& d = app.corpus.events[static_cast<size_t>(e)].date;
    if (d.earliest == core::kNoDay) return;
    const float xa = f.XOfDay(d.earliest), xb = f.XOfDay(d.latest + 1.0);
    if (xb - xa < 3 * f.s) {
        const float x = (xa + xb) * 0.5f;
        f.dl->AddLine(ImVec2(x, f.lanes_y0), ImVec2(x, f.axis_y), WithAlpha(f.pal->accent, 0.45f), 1.5f * f.s);
    } else {
        f.dl->AddRectFilled(ImVec2(xa, f.lanes_y0), ImVec2(xb, f.axis_y), WithAlpha(f.pal->accent, 0.07f));
    }
}

}  // namespace

void DrawTimelineLanes(const AppState& app, TimelineState& st, const TimelineFrame& f) {
    st.hits.clear();
    st.labels.clear();
    st.marks = 0;
    st.bubbles = 0;
    st.crowded_bubbles = 0;
    st.bubble_items.clear();
    const Palette& pal = *f.pal;
    const float s = f.s;
    const int nlanes = static_cast<int>(st.index.lanes.size());
    if (nlanes == 0) {
        f.dl->AddText(ImVec2(f.plot_x0 + 8 * s, f.lanes_y0 + 8 * s), pal.muted, "No dated items in this story yet.");
        return;
    }
    const float col_w = kColumnPx * s;
    const int ncols = static_cast<int>((f.plot_x1 - f.plot_x0) / col_w) + 3;
    if (static_cast<int>(st.columns.size()) < ncols) st.columns.resize(static_cast<size_t>(ncols));
    const float lane_h = (f.lanes_y1 - f.lanes_y0) / static_cast<float>(nlanes);
    const double margin = 12 * s / f.px_per_unit;
    const double d0 = f.axis->ToDay(f.a0 - margin), d1 = f.axis->ToDay(f.a1 + margin);

    DrawSelectedDate(app, f);
    for (int li = 0; li < nlanes; ++li) {
        const TimelineLane& lane = st.index.lanes[static_cast<size_t>(li)];
        LanePass p{app, st, f, li, lane, {}, col_w, ncols, 0, 0};
        p.g.y0 = f.lanes_y0 + lane_h * static_cast<float>(li);
        p.g.y1 = p.g.y0 + lane_h;
        const float pitch = kRowPitchPx * s;
        p.g.rows = std::clamp(static_cast<int>((lane_h - 6 * s) / pitch), 1, kMaxRows);
        const float rows_h = pitch * static_cast<float>(p.g.rows);
        for (int r = 0; r < p.g.rows; ++r) {
            p.g.row_y[r] = p.g.y0 + (lane_h - rows_h) * 0.5f + pitch * (static_cast<float>(r) + 0.5f);
            p.g.row_free[r] = -1e30f;
            p.g.row_mark_x[r] = -1e30f;
        }
        if (li & 1) f.dl->AddRectFilled(ImVec2(f.gutter_x0, p.g.y0), ImVec2(f.plot_x1, p.g.y1), WithAlpha(pal.rule, kLaneStripeAlpha));
        f.dl->AddLine(ImVec2(f.gutter_x0, p.g.y1), ImVec2(f.plot_x1, p.g.y1), WithAlpha(pal.rule, 0.6f), 1.0f);
        // Beside the first row, which every lane fills first: in a tall lane (a phone's) a label centred in
        // the lane would float below the items it names.
        const float label_y = p.g.row_y[0] - ImGui::GetTextLineHeight() * 0.5f;
        // The open article's lane is marked in the gutter: a bar, and its name in the accent (in the lanes'
        // small font; a semibold 15 px name lost twice the letters). Only its "published" mark turned blue,
        // and only while no event was selected. (No ground of its own: labels across a squeezed gap lie on
        // the lane's ground, which tests read from the gutter.)
        const bool open_lane = app.selection.article != core::kNone &&
                               std::find(lane.articles.begin(), lane.articles.end(), app.selection.article) != lane.articles.end();
        if (open_lane) {
            f.dl->AddRectFilled(ImVec2(f.gutter_x0, p.g.y0 + 1), ImVec2(f.gutter_x0 + kOpenLaneBarPx * s, p.g.y1 - 1), pal.accent, 1.5f * s);
            const float bar = (kOpenLaneBarPx + 4) * s;
            AddTextEllipsis(f.dl, ImVec2(f.gutter_x0 + bar, label_y), pal.accent, lane.label, f.plot_x0 - f.gutter_x0 - 10 * s - bar);
        } else {
            AddTextEllipsis(f.dl, ImVec2(f.gutter_x0, label_y), pal.ink, lane.label, f.plot_x0 - f.gutter_x0 - 10 * s);
        }

        f.dl->PushClipRect(ImVec2(f.plot_x0 - 6 * s, p.g.y0), ImVec2(f.plot_x1 + 6 * s, p.g.y1), true);
        p.DrawEras(d0, d1);
        bool bars[kClassCount] = {};
        for (int cls = kClassDecade; cls >= kClassWeek; --cls) {
            const ItemRange r = VisibleRange(lane, cls, d0, d1);
            // Bars once wide enough, unless so many are visible that rows could not hold them anyway.
            bars[cls] = kTypicalDays[static_cast<size_t>(cls)] * f.px_per_unit >= kBarMinPx * s &&
                        r.last - r.first <= static_cast<uint32_t>(ncols * p.g.rows);
        }
        // Count the marks first, so bar and mark labels know where the bubbles will be.
        for (int cls = kClassDay; cls < kClassEra; ++cls)
            if (!bars[cls]) p.CountMarks(cls, d1);
        p.bars_first = st.hits.size();
        for (int cls = kClassDecade; cls >= kClassWeek; --cls)
            if (bars[cls]) p.DrawBars(cls, d0, d1);
        p.bars_last = st.hits.size();
        for (int cls = kClassDay; cls < kClassEra; ++cls)
            if (!bars[cls]) p.PlaceMarks(cls, d1);
        p.DrawBubbles();        // before the marks are drawn: a bubble packed in among them may take some in
        p.DrawPlacedMarks();
        p.DrawLabels();
        f.dl->PopClipRect();
    }
}

}  // namespace ui
