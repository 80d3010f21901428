// timeline_era_draw.cpp — eras: a date range longer than any bar class ("this century", "the past decade").
// An era is context, not an event: a thin soft bar low in its lane, under everything and clear of the
// lane's divider, with a tick where its start or end is in view and fading out where it goes on past the
// plot's edge, named by a small muted label just above it. (A bare rail on the lane's foot, edge to edge,
// read as a second divider between the lanes.)
#include <algorithm>

#include "app.hpp"
#include "draw_text.hpp"
#include "timeline_draw.hpp"

namespace ui {

bool DrawTimelineEra(const TimelineFrame& f, const TimelineItem& it, float lane_y1, float last_row_y, TimelineEraBar& out,
                     TimelineHit& box) {
    const float s = f.s;
    const float xs = f.XOfDay(it.start), xe = f.XOfDay(it.end);
    const float xa = std::max(f.plot_x0, xs), xb = std::min(f.plot_x1, xe);
    if (xb <= xa) return false;
    // Below the last row's marks and bars (4.2 and 4 px from their row's centre), above the divider.
    const float y1 = lane_y1 - 2.5f * s, y0 = std::min(y1 - 2 * s, std::max(last_row_y + 5 * s, y1 - 4 * s));
    // Events in the marker's colour, dates in the muted one, as their bars.
    const ImU32 col = it.kind == ItemKind::Event ? f.pal->marker : f.pal->muted;
    const ImU32 fill = WithAlpha(col, 0.3f), clear = WithAlpha(col, 0.0f);
    const bool goes_left = xs < f.plot_x0, goes_right = xe > f.plot_x1;
    const float fade = std::min(64 * s, (xb - xa) * 0.3f);
    const float ma = goes_left ? xa + fade : xa, mb = goes_right ? xb - fade : xb;  // the solid part
    if (goes_left) f.dl->AddRectFilledMultiColor(ImVec2(xa, y0), ImVec2(ma, y1), clear, fill, fill, clear);
    f.dl->AddRectFilled(ImVec2(ma, y0), ImVec2(mb, y1), fill);
    if (goes_right) f.dl->AddRectFilledMultiColor(ImVec2(mb, y0), ImVec2(xb, y1), fill, clear, clear, fill);
    if (!goes_left) f.dl->AddRectFilled(ImVec2(xa, y0 - 2 * s), ImVec2(xa + 1.5f * s, y1), col);
    if (!goes_right) f.dl->AddRectFilled(ImVec2(xb - 1.5f * s, y0 - 2 * s), ImVec2(xb, y1), col);
    // Its label may run half-way into a fade: still over the era, and a narrow era keeps room for its name.
    out.x0 = (xa + ma) * 0.5f;
    out.x1 = (mb + xb) * 0.5f;
    out.top = y0;
    box.x0 = xa; box.y0 = y0 - 2 * s; box.x1 = xb; box.y1 = y1;
    return true;
}

// The label goes in the free stretch of the bar nearest its right end: right-aligned there when that is the
// bar's end, else centred in the stretch (so it does not read as the label of the item beside it); cut with
// "…" in the widest stretch when none holds it, left out under 40 px. When bars run under its whole line
// (zoomed into a week, a phone's packed lane) it may sit on a bar's middle as a badge on paper, the bar's
// ends (its dates) in sight — as count bubbles do — rather than leave the era unnamed.
bool LayOutTimelineEraLabel(const AppState& app, TimelineState& st, const TimelineFrame& f, int lane, const TimelineItem& it,
                            const TimelineEraBar& e, size_t bars_first, size_t bars_last, bool whole_only) {
    const float s = f.s, gap = 4 * s, end_room = 6 * s;
    ImFont* font = ImGui::GetFont();
    const ImFontGlyph* cap = font->FindGlyph('H');
    const ImFontGlyph* descender = font->FindGlyph('g');
    const float ink_top = cap ? cap->Y0 : 0, ink_bottom = descender ? descender->Y1 : ImGui::GetTextLineHeight();
    const std::string_view text = TimelineItemLabel(app, it);
    const float text_w = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
    const float y = e.top - 1 * s - ink_bottom;   // the text's top: its ink ends just above the bar
    const float y0 = y + ink_top, y1 = y + ink_bottom;
    struct Spot {
        float x = 0, max_w = 0;
        bool found = false, whole = false;
    };
    // The spot in the free stretches of [x0, x1] at the label's height, clear of marks, bubbles, the lane's
    // labels and bars (`on_bars`: of the bars' ends only).
    auto find = [&](bool on_bars) {
        std::vector<std::pair<float, float>>& blocked = st.blocked;
        blocked.clear();
        auto block = [&](float bx0, float by0, float bx1, float by1) {
            if (by1 > y0 && by0 < y1) blocked.emplace_back(bx0 - gap, bx1 + gap);
        };
        for (const TimelineHit& o : st.obstacles) block(o.x0, o.y0, o.x1, o.y1);
        for (size_t i = bars_first; i < bars_last; ++i) {
            const TimelineHit& b = st.hits[i];
            if (!on_bars || b.x1 - b.x0 < 2 * end_room) { block(b.x0, b.y0, b.x1, b.y1); continue; }
            block(b.x0, b.y0, b.x0 + end_room, b.y1);
            block(b.x1 - end_room, b.y0, b.x1, b.y1);
        }
        for (size_t i = st.labels.size(); i > 0 && st.labels[i - 1].lane == lane; --i)
            block(st.labels[i - 1].x0, st.labels[i - 1].y0, st.labels[i - 1].x1, st.labels[i - 1].y1);
        std::sort(blocked.begin(), blocked.end());
        // The last stretch that holds the text, and the widest.
        const float x0 = e.x0 + 4 * s, x1 = e.x1 - 4 * s;
        float fit_a = 0, fit_b = -1, wide_a = 0, wide_b = -1, cur = x0;
        auto free_span = [&](float a, float b) {
            if (b - a >= text_w) { fit_a = a; fit_b = b; }
            if (b - a > wide_b - wide_a) { wide_a = a; wide_b = b; }
        };
        for (const auto& [a, b] : blocked) {
            if (b <= cur) continue;
            if (a >= x1) break;
            free_span(cur, a);
            cur = b;
        }
        if (cur < x1) free_span(cur, x1);
        Spot spot;
        if (fit_b >= fit_a) {
            // Named before the lane's labels (whole_only), it keeps to the stretch's right end (a little
            // further from an item there): centred, it would split the stretch its labels need.
            const float x = fit_b >= x1 ? x1 - text_w
                          : whole_only ? std::max(fit_a, fit_b - text_w - 8 * s) : (fit_a + fit_b - text_w) * 0.5f;
            spot = {x, text_w, true, true};
        } else if (wide_b - wide_a >= 40 * s) {
            spot = {wide_a, wide_b - wide_a, true, false};
        }
        return spot;
    };
    Spot spot = find(false);
    bool on_bar = false;
    if (!spot.whole) {
        const Spot badge = find(true);
        if (badge.whole || (!spot.found && badge.found)) { spot = badge; on_bar = true; }
    }
    if (!spot.found || (whole_only && !spot.whole)) return false;
    bool cut = false;
    const float w = AddTextEllipsis(nullptr, ImVec2(spot.x, y), 0, text, spot.max_w, &cut);
    st.labels.push_back({spot.x, y0, spot.x + w, y1, lane, e.item, cut});
    st.label_paint.push_back({y, spot.max_w, false, true, on_bar});
    return true;
}

}  // namespace ui
