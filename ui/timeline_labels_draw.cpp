// timeline_labels_draw.cpp — one lane's labels, laid out once every mark, bar and bubble of the lane has its
// place, then drawn: its marks' and bars' (st.pending_labels), then its eras' ("this century").
//
// Marks' and bars' labels: each runs right until the first mark or bubble in its way (cut with "…"). A point
// mark's label with too little room there ends left of its mark instead when that side has room (a mark near
// the plot's right edge, a mark stacked over a full row); otherwise it is left out: the tooltip and the DOM
// mirror keep the whole text. Labels never cover each other: each stops before the next item of its row, rows
// do not overlap, and left-side labels keep clear of the labels already laid out. Where one runs across a
// squeezed gap (a break) the lane's ground is laid under its words: the break's zig-zags stop at them.
//
// Eras come after them (the lane's events first), unless that leaves an era unnamed or cut (a phone's lane,
// whose last row's labels run the width of the plot): then the lane is laid out again with the eras named
// first and the events' labels giving way to them. Nothing is drawn until the layout is final.
#include <algorithm>
#include <string_view>

#include "app.hpp"
#include "draw_text.hpp"
#include "timeline_draw.hpp"

namespace ui {
namespace {

// Lays out the lane's pending labels after those in st.labels from `first` (appended to st.labels and
// st.label_paint, measured, not drawn).
void LayOutLabels(const AppState& app, TimelineState& st, const TimelineFrame& f, int lane_index, const TimelineLane& lane,
                  size_t bars_first, size_t bars_last, size_t first) {
    const float s = f.s, gap = 3 * s;
    // The ink of a line of text: from the top of a capital to the bottom of a descender (the line box
    // is taller than the row pitch; the ink is not).
    ImFont* font = ImGui::GetFont();
    const ImFontGlyph* cap = font->FindGlyph('H');
    const ImFontGlyph* descender = font->FindGlyph('g');
    const float ink_top = cap ? cap->Y0 : 0, ink_bottom = descender ? descender->Y1 : ImGui::GetTextLineHeight();
    std::sort(st.obstacles.begin(), st.obstacles.end(), [](const TimelineHit& a, const TimelineHit& b) { return a.x0 < b.x0; });
    float widest = 0;
    for (const TimelineHit& o : st.obstacles) widest = std::max(widest, o.x1 - o.x0);
    std::vector<const TimelinePendingLabel*>& left = st.left_labels;
    std::vector<uint32_t>& by_x = st.lane_labels_by_x;  // this lane's labels so far, by x0
    // Seeded with the lane's labels laid out before these (eras named first).
    by_x.clear();
    float widest_label = 0;
    for (size_t i = first; i < st.labels.size(); ++i) {
        by_x.insert(std::upper_bound(by_x.begin(), by_x.end(), st.labels[i].x0, [&](float v, uint32_t j) { return v < st.labels[j].x0; }),
                    static_cast<uint32_t>(i));
        widest_label = std::max(widest_label, st.labels[i].x1 - st.labels[i].x0);
    }
    // How far right of p.x a label may run: to the first mark, bubble, bar or label in its way.
    auto right_end = [&](const TimelinePendingLabel& p) {
        const float y0 = p.y + ink_top, y1 = p.y + ink_bottom;
        float right = p.limit;
        auto cut_at = [&](float bx0, float by0, float bx1, float by1) {
            if (by1 <= y0 || by0 >= y1 || bx1 <= p.x || bx0 >= right) return;
            right = bx0 <= p.x ? p.x : std::min(right, bx0 - gap);
        };
        auto o = std::lower_bound(st.obstacles.begin(), st.obstacles.end(), p.x - widest,
                                  [](const TimelineHit& h, float x) { return h.x0 < x; });
        for (; o != st.obstacles.end() && o->x0 < right; ++o)
            if (o->IsBubble() || o->item != p.item) cut_at(o->x0, o->y0, o->x1, o->y1);
        // Bars too: a mark stacked over a full row shares its row with them.
        for (size_t k = bars_first; k < bars_last; ++k)
            if (st.hits[k].item != p.item) cut_at(st.hits[k].x0, st.hits[k].y0, st.hits[k].x1, st.hits[k].y1);
        // Only labels crossing [p.x, right) can cut it: found by x, then applied in the order drawn (each
        // cut moves `right`, which decides whether a later label still counts) — the same result as
        // trying every label of the lane, without the cost quadratic in labels.
        std::vector<uint32_t>& hits = st.label_hits;
        hits.clear();
        auto k = std::lower_bound(by_x.begin(), by_x.end(), p.x - widest_label - 1,
                                  [&](uint32_t i, float x) { return st.labels[i].x0 < x; });
        for (; k != by_x.end() && st.labels[*k].x0 < right; ++k)
            if (st.labels[*k].x1 > p.x) hits.push_back(*k);
        std::sort(hits.begin(), hits.end());
        for (uint32_t i : hits) cut_at(st.labels[i].x0, st.labels[i].y0, st.labels[i].x1, st.labels[i].y1);
        return right;
    };
    // Where a label ending at p.left_end may start: after the last mark, bubble, bar or label in its way.
    auto left_start = [&](const TimelinePendingLabel& p) {
        const float y0 = p.y + ink_top, y1 = p.y + ink_bottom, end = p.left_end;
        float start = f.plot_x0 + 2 * f.s;  // inside the plot, clear of the lane names
        auto block = [&](float bx0, float by0, float bx1, float by1) {
            if (by1 <= y0 || by0 >= y1 || bx0 >= end) return;
            start = std::max(start, bx1 + gap);
        };
        // Obstacles and labels sorted by x0: walk back from `end`; once even the widest one starting here
        // (plus a pixel for rounding) would end left of `start`, none further left can move it.
        auto o = std::lower_bound(st.obstacles.begin(), st.obstacles.end(), end,
                                  [](const TimelineHit& h, float x) { return h.x0 < x; });
        while (o != st.obstacles.begin()) {
            --o;
            if (o->x0 + widest + 1 + gap <= start) break;
            if (o->IsBubble() || o->item != p.item) block(o->x0, o->y0, o->x1, o->y1);
        }
        for (size_t k = bars_first; k < bars_last; ++k) block(st.hits[k].x0, st.hits[k].y0, st.hits[k].x1, st.hits[k].y1);
        auto k = std::lower_bound(by_x.begin(), by_x.end(), end, [&](uint32_t i, float x) { return st.labels[i].x0 < x; });
        while (k != by_x.begin()) {
            const TimelineLabel& l = st.labels[*--k];
            if (l.x0 + widest_label + 1 + gap <= start) break;
            block(l.x0, l.y0, l.x1, l.y1);
        }
        return start;
    };
    auto draw = [&](const TimelinePendingLabel& p, float x, float max_w, std::string_view text) {  // measured only
        bool cut = false;
        const float w = AddTextEllipsis(nullptr, ImVec2(x, p.y), 0, text, max_w, &cut);
        const uint32_t i = static_cast<uint32_t>(st.labels.size());
        st.labels.push_back({x, p.y + ink_top, x + w, p.y + ink_bottom, lane_index, p.item, cut});
        st.label_paint.push_back({p.y, max_w, p.selected, false, false});
        widest_label = std::max(widest_label, w);
        by_x.insert(std::upper_bound(by_x.begin(), by_x.end(), x, [&](float v, uint32_t j) { return v < st.labels[j].x0; }), i);
    };
    auto text_of = [&](const TimelinePendingLabel& p) { return TimelineItemLabel(app, lane.items[p.item]); };
    auto width_of = [](std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; };
    for (const TimelinePendingLabel& p : st.pending_labels) {
        const float room = right_end(p) - p.x;
        const std::string_view text = text_of(p);
        const float text_w = width_of(text);
        // A point mark whose label would be cut (or left out) on the right looks left: it goes there when
        // the left has clearly more room (decided once every right-side label is down).
        if (room < text_w && p.left_end > 0 && (room < p.min_w || p.left_end - left_start(p) > room + 12 * f.s)) {
            left.push_back(&p);
            continue;
        }
        if (room >= p.min_w) draw(p, p.x, room, text);
    }
    // Second chance, on the left (then the right again, if a label since drawn leaves the left too little).
    for (const TimelinePendingLabel* p : left) {
        const std::string_view text = text_of(*p);
        const float text_w = width_of(text);
        const float end = p->left_end, start = left_start(*p), room = right_end(*p) - p->x;
        if (end - start >= p->min_w && end - start >= std::min(room, text_w)) {
            const float x = text_w <= end - start ? end - text_w : start;
            draw(*p, x, end - x, text);
        } else if (room >= p->min_w) {
            draw(*p, p->x, room, text);
        }
    }
    left.clear();
}

// The eras' names, in the small font; false when one had no room for its whole name.
bool LayOutEraLabels(const AppState& app, TimelineState& st, const TimelineFrame& f, int lane_index, const TimelineLane& lane,
                     size_t bars_first, size_t bars_last, const TimelineEraBar* eras, int neras, bool whole_only) {
    bool all = true;
    ImGui::PushFont(app.fonts.small);
    for (int k = 0; k < neras; ++k) {
        const size_t before = st.labels.size();
        const bool laid = LayOutTimelineEraLabel(app, st, f, lane_index, lane.items[eras[k].item], eras[k], bars_first, bars_last, whole_only);
        all = all && laid && !st.labels[before].cut;
    }
    ImGui::PopFont();
    return all;
}

}  // namespace

void DrawTimelineLaneLabels(const AppState& app, TimelineState& st, const TimelineFrame& f, int lane_index,
                            const TimelineLane& lane, size_t bars_first, size_t bars_last, const TimelineEraBar* eras, int neras) {
    const size_t first = st.labels.size();
    st.label_paint.clear();
    LayOutLabels(app, st, f, lane_index, lane, bars_first, bars_last, first);
    if (!LayOutEraLabels(app, st, f, lane_index, lane, bars_first, bars_last, eras, neras, false)) {
        // An era unnamed or cut: named first (whole, or not at all), the others give way.
        st.labels.resize(first);
        st.label_paint.clear();
        LayOutEraLabels(app, st, f, lane_index, lane, bars_first, bars_last, eras, neras, true);
        LayOutLabels(app, st, f, lane_index, lane, bars_first, bars_last, first);
    }
    const Palette& pal = *f.pal;
    const float s = f.s;
    const TimelineBreakSpans breaks = VisibleBreakSpans(f);
    const ImU32 ground = (lane_index & 1) ? Over(pal.paper, WithAlpha(pal.rule, kLaneStripeAlpha)) : pal.paper;
    for (size_t i = first; i < st.labels.size(); ++i) {
        const TimelineLabel& l = st.labels[i];
        const TimelineLabelPaint& p = st.label_paint[i - first];
        for (int k = 0; k < breaks.n; ++k) {  // its zig-zags swing 2.5 px either side of the band's edge
            const float a = std::max(l.x0 - 1 * s, breaks.x0[k] - 3 * s), b = std::min(l.x1 + 1 * s, breaks.x1[k] + 3 * s);
            if (a < b) f.dl->AddRectFilled(ImVec2(a, l.y0 - 1 * s), ImVec2(b, l.y1 + 1 * s), ground);
        }
        const std::string_view text = TimelineItemLabel(app, lane.items[l.item]);
        if (!p.era) {
            AddTextEllipsis(f.dl, ImVec2(l.x0, p.y), p.selected ? pal.accent : pal.ink, text, p.max_w);
            continue;
        }
        ImGui::PushFont(app.fonts.small);
        if (p.on_bar) f.dl->AddRectFilled(ImVec2(l.x0 - 3 * s, l.y0 - 1 * s), ImVec2(l.x1 + 3 * s, l.y1 + 0.5f * s), pal.paper, 3 * s);
        AddTextEllipsis(f.dl, ImVec2(l.x0, p.y), pal.muted, text, p.max_w);
        ImGui::PopFont();
    }
}

}  // namespace ui
