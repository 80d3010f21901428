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
    out.x0 = ma;
    out.x1 = mb;
    out.top = y0;
    box.x0 = xa; box.y0 = y0 - 2 * s; box.x1 = xb; box.y1 = y1;
    return true;
}

// The label goes in the free stretch of the bar nearest its right end: right-aligned there when that is the
// bar's end, else centred in the stretch (so it does not read as the label of the item beside it); cut with
// "…" in the widest stretch when none holds it, left out under 40 px. It is placed after every other label:
// the lane's events come first.
void DrawTimelineEraLabel(const AppState& app, TimelineState& st, const TimelineFrame& f, int lane, const TimelineItem& it,
                          const TimelineEraBar& e, size_t bars_first, size_t bars_last) {
    const float s = f.s, gap = 4 * s;
    ImFont* font = ImGui::GetFont();
    const ImFontGlyph* cap = font->FindGlyph('H');
    const ImFontGlyph* descender = font->FindGlyph('g');
    const float ink_top = cap ? cap->Y0 : 0, ink_bottom = descender ? descender->Y1 : ImGui::GetTextLineHeight();
    const std::string_view text = TimelineItemLabel(app, it);
    const float text_w = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
    const float y = e.top - 1 * s - ink_bottom;   // the text's top: its ink ends just above the bar
    const float y0 = y + ink_top, y1 = y + ink_bottom;
    // What is in the way at the label's height: marks, bubbles, bars and the lane's labels.
    std::vector<std::pair<float, float>>& blocked = st.blocked;
    blocked.clear();
    auto block = [&](float bx0, float by0, float bx1, float by1) {
        if (by1 > y0 && by0 < y1) blocked.emplace_back(bx0 - gap, bx1 + gap);
    };
    for (const TimelineHit& o : st.obstacles) block(o.x0, o.y0, o.x1, o.y1);
    for (size_t i = bars_first; i < bars_last; ++i) block(st.hits[i].x0, st.hits[i].y0, st.hits[i].x1, st.hits[i].y1);
    for (size_t i = st.labels.size(); i > 0 && st.labels[i - 1].lane == lane; --i)
        block(st.labels[i - 1].x0, st.labels[i - 1].y0, st.labels[i - 1].x1, st.labels[i - 1].y1);
    std::sort(blocked.begin(), blocked.end());
    // The free stretches of [x0, x1], left to right: the last that holds the text, and the widest.
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
    float x, max_w;
    if (fit_b >= fit_a) {
        x = fit_b >= x1 ? x1 - text_w : (fit_a + fit_b - text_w) * 0.5f;
        max_w = text_w;
    } else if (wide_b - wide_a >= 40 * s) {
        x = wide_a;
        max_w = wide_b - wide_a;
    } else {
        return;
    }
    bool cut = false;
    const float w = AddTextEllipsis(f.dl, ImVec2(x, y), f.pal->muted, text, max_w, &cut);
    st.labels.push_back({x, y0, x + w, y1, lane, e.item, cut});
}

}  // namespace ui
