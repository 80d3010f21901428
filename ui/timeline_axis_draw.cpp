// timeline_axis_draw.cpp — the time axis under the lanes: ticks and their labels, squeezed-gap breaks, and the
// overview strip (density of the whole story, with the shown window).
//
// [SECTION] ticks  [SECTION] breaks  [SECTION] overview
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app.hpp"
#include "timeline_draw.hpp"

namespace ui {

// ---- [SECTION] ticks -----------------------------------------------------------------------------------

void DrawTimelineTicks(const AppState& app, TimelineState& st, const TimelineFrame& f) {
    (void)app;
    const Palette& pal = *f.pal;
    const float s = f.s;
    // The finest step whose widest label (plus a gap) fits between two ticks: labels never overlap.
    st.tick = kTickSteps.back();
    for (const TickStep& step : kTickSteps) {
        const char* sample = step.unit == TickUnit::Day ? "28" : step.unit == TickUnit::Month ? "Sep"
                           : step.count == 10 ? "1960s" : "2024";
        if (step.ApproxDays() * f.px_per_unit >= ImGui::CalcTextSize(sample).x + 16 * s) { st.tick = step; break; }
    }
    const TickStep step = st.tick;
    const bool has_context = step.unit != TickUnit::Year;
    const TickStep context{step.unit == TickUnit::Day ? TickUnit::Month : TickUnit::Year, 1};
    const float line_h = ImGui::GetTextLineHeight();
    const float row1 = f.axis_y + 5 * s, row2 = row1 + line_h + 1 * s;
    ImDrawList* dl = f.dl;
    st.tick_labels.clear();
    // A label runs right of its tick; one that would run past the plot's right edge is shortened ("Dec"
    // for "December 2024") or left out, never cut off mid-word by the clip rectangle.
    auto put = [&](float x, float y, ImU32 col, const char* text, float w) {
        dl->AddText(ImVec2(x, y), col, text);
        st.tick_labels.push_back({x, y, x + w, y + line_h});
    };
    auto fits = [&](float x, float w) { return x + w <= f.plot_x1 + 1 * s; };
    dl->AddLine(ImVec2(f.plot_x0, f.axis_y), ImVec2(f.plot_x1, f.axis_y), pal.rule, 1.0f * s);
    dl->PushClipRect(ImVec2(f.plot_x0 - 1, f.lanes_y0), ImVec2(f.plot_x1 + 1, f.overview_y0), true);

    // Visible segments of the axis between breaks: ticks never fall inside a squeezed gap.
    struct Segment { double a0, a1; };
    Segment segs[16];
    int nseg = 0;
    double cur = f.a0;
    for (const TimelineBreak& b : f.axis->breaks) {
        if (b.axis_end <= f.a0 || b.axis_start >= f.a1) continue;
        if (b.axis_start > cur && nseg < 15) segs[nseg++] = {cur, b.axis_start};
        cur = std::max(cur, b.axis_end);
    }
    if (cur < f.a1) segs[nseg++] = {cur, f.a1};

    char label[48];
    float last_right = -1e30f, last_ctx_right = -1e30f;
    for (int k = 0; k < nseg; ++k) {
        const double day_lo = f.axis->ToDay(segs[k].a0), day_hi = f.axis->ToDay(segs[k].a1);
        int guard = 0;
        for (double t = NextTick(day_lo, step); t <= day_hi && guard < 1000; t = NextTick(t + 1, step), ++guard) {
            const float x = f.XOfDay(t);
            dl->AddLine(ImVec2(x, f.lanes_y0), ImVec2(x, f.axis_y), WithAlpha(pal.rule, 0.55f), 1.0f);
            dl->AddLine(ImVec2(x, f.axis_y), ImVec2(x, f.axis_y + 4 * s), pal.muted, 1.0f * s);
            FormatTick(t, step, label, sizeof label);
            const float w = ImGui::CalcTextSize(label).x;
            if (x + 3 * s < last_right + 6 * s || !fits(x + 3 * s, w)) continue;
            put(x + 3 * s, row1, pal.muted, label, w);
            last_right = x + 3 * s + w;
        }
        if (!has_context) continue;
        // Context row: "June 2024" / "2024" at each boundary, the first one sticky at the segment's left
        // edge until the next boundary pushes it out.
        const float seg_x0 = std::max(f.plot_x0, f.XOfAxis(segs[k].a0));
        double next = NextTick(day_lo + 1e-9, context);
        FormatTickContext(day_lo, step, label, sizeof label);
        float w = ImGui::CalcTextSize(label).x;
        float x = seg_x0 + 3 * s;
        if (next <= day_hi) x = std::min(x, f.XOfDay(next) - w - 10 * s);
        if (x >= seg_x0 && x >= last_ctx_right + 8 * s && fits(x, w)) { put(x, row2, pal.ink, label, w); last_ctx_right = x + w; }
        guard = 0;
        for (double t = next; t <= day_hi && guard < 1000; t = NextTick(t + 1, context), ++guard) {
            const float xt = f.XOfDay(t);
            dl->AddLine(ImVec2(xt, f.axis_y), ImVec2(xt, f.axis_y + 2 * line_h + 4 * s), pal.rule, 1.0f * s);
            FormatTickContext(t, step, label, sizeof label);
            w = ImGui::CalcTextSize(label).x;
            if (!fits(xt + 3 * s, w) && step.unit == TickUnit::Day) {  // "December 2024" → "Dec"
                FormatTick(t, context, label, sizeof label);
                w = ImGui::CalcTextSize(label).x;
            }
            if (xt + 3 * s < last_ctx_right + 8 * s || !fits(xt + 3 * s, w)) continue;
            put(xt + 3 * s, row2, pal.ink, label, w);
            last_ctx_right = xt + 3 * s + w;
        }
    }
    dl->PopClipRect();
}

// ---- [SECTION] breaks ----------------------------------------------------------------------------------

void DrawTimelineBreaks(const AppState& app, const TimelineFrame& f) {
    (void)app;
    const Palette& pal = *f.pal;
    const float s = f.s;
    ImDrawList* dl = f.dl;
    for (const TimelineBreak& b : f.axis->breaks) {
        if (b.axis_end <= f.a0 || b.axis_start >= f.a1) continue;
        const float xa = f.XOfAxis(b.axis_start), xb = f.XOfAxis(b.axis_end);
        const float top = f.lanes_y0, bottom = f.axis_y + 2 * s;
        dl->AddRectFilled(ImVec2(xa, top), ImVec2(xb, bottom), pal.paper);
        dl->AddRectFilled(ImVec2(xa, top), ImVec2(xb, bottom), WithAlpha(pal.rule, 0.35f));
        // Two zig-zag edges: the conventional "axis break" mark.
        for (float x : {xa, xb}) {
            const float amp = 2.5f * s, step = 6 * s;
            ImVec2 pts[256];
            int n = 0;
            for (float y = top; y <= bottom && n < 256; y += step, ++n) pts[n] = ImVec2(x + ((n & 1) ? amp : -amp), y);
            dl->AddPolyline(pts, n, pal.muted, 0, 1.0f * s);
        }
        const double years = (b.day_end - b.day_start) / 365.25;
        char label[32];
        if (years >= 1.5) std::snprintf(label, sizeof label, "%.0f yrs", years);
        else std::snprintf(label, sizeof label, "%.0f mo", years * 12);
        const ImVec2 ts = ImGui::CalcTextSize(label);
        if (ts.x + 6 * s < xb - xa) dl->AddText(ImVec2((xa + xb - ts.x) * 0.5f, f.axis_y + 5 * s), pal.muted, label);
        else if (xb - xa > 8 * s) dl->AddText(ImVec2((xa + xb) * 0.5f - ImGui::CalcTextSize("\xE2\x80\xA6").x * 0.5f, f.axis_y + 5 * s), pal.muted, "\xE2\x80\xA6");
    }
}

TimelineBreakSpans VisibleBreakSpans(const TimelineFrame& f) {
    TimelineBreakSpans spans;
    for (const TimelineBreak& b : f.axis->breaks) {
        if (b.axis_end <= f.a0 || b.axis_start >= f.a1 || spans.n == TimelineBreakSpans::kMax) continue;
        spans.x0[spans.n] = f.XOfAxis(b.axis_start);
        spans.x1[spans.n] = f.XOfAxis(b.axis_end);
        ++spans.n;
    }
    return spans;
}

// ---- [SECTION] overview --------------------------------------------------------------------------------

void RebuildTimelineOverview(TimelineState& st, const TimelineIndex& story) {
    const double a = st.axis.ToAxis(story.extent_start), b = st.axis.ToAxis(story.extent_end);
    const double pad = std::max(2.0, (b - a) * 0.04);
    st.overview_start = a - pad;
    st.overview_end = b + pad;
    constexpr size_t kBins = 240;
    const double scale = kBins / (st.overview_end - st.overview_start);
    auto count = [&](const TimelineIndex& ix, std::vector<uint32_t>& bins) {
        bins.assign(kBins, 0);
        for (const TimelineLane& lane : ix.lanes)
            for (uint32_t i = lane.class_begin[0]; i < lane.class_begin[kClassEra]; ++i) {
                const double x = (st.axis.ToAxis(lane.items[i].Mid()) - st.overview_start) * scale;
                ++bins[std::min(kBins - 1, static_cast<size_t>(std::max(0.0, x)))];
            }
    };
    count(st.index, st.overview_bins);
    if (&story != &st.index) count(story, st.overview_story_bins);
    else st.overview_story_bins.clear();
}

void DrawTimelineOverview(const AppState& app, TimelineState& st, const TimelineFrame& f) {
    (void)app;
    const Palette& pal = *f.pal;
    const float s = f.s;
    ImDrawList* dl = f.dl;
    const float y0 = f.overview_y0 + 2 * s, y1 = f.overview_y1 - 1 * s;
    const float w = f.plot_x1 - f.plot_x0;
    const double span = std::max(1e-9, st.overview_end - st.overview_start);
    auto x_of = [&](double a) { return static_cast<float>(f.plot_x0 + (a - st.overview_start) / span * w); };
    dl->AddText(ImVec2(f.gutter_x0, (y0 + y1 - ImGui::GetTextLineHeight()) * 0.5f), pal.muted, "Overview");
    dl->AddRectFilled(ImVec2(f.plot_x0, y0), ImVec2(f.plot_x1, y1), WithAlpha(pal.rule, 0.35f), 3 * s);
    // Under a filter the whole story's density is drawn faint and the filtered items' over it, on one scale.
    uint32_t peak = 1;
    for (uint32_t c : st.overview_bins) peak = std::max(peak, c);
    for (uint32_t c : st.overview_story_bins) peak = std::max(peak, c);
    auto draw_bins = [&](const std::vector<uint32_t>& bins, ImU32 col) {
        const size_t nb = bins.size();
        for (size_t i = 0; i < nb; ++i) {
            if (!bins[i]) continue;
            const float h = (y1 - y0 - 3 * s) * std::sqrt(static_cast<float>(bins[i]) / static_cast<float>(peak));
            const float xa = f.plot_x0 + w * static_cast<float>(i) / static_cast<float>(nb);
            const float xb = f.plot_x0 + w * static_cast<float>(i + 1) / static_cast<float>(nb);
            dl->AddRectFilled(ImVec2(xa, y1 - 1 * s - std::max(1.5f * s, h)), ImVec2(std::max(xb - 0.5f, xa + 1), y1 - 1 * s), col);
        }
    };
    draw_bins(st.overview_story_bins, WithAlpha(pal.muted, 0.35f));
    draw_bins(st.overview_bins, WithAlpha(pal.marker, 0.55f));
    for (const TimelineBreak& b : f.axis->breaks) {
        const float xa = x_of(b.axis_start), xb = x_of(b.axis_end);
        dl->AddLine(ImVec2((xa + xb) * 0.5f - 2 * s, y1), ImVec2((xa + xb) * 0.5f + 2 * s, y0), pal.muted, 1.0f * s);
    }
    float vx0 = x_of(st.shown_start), vx1 = x_of(st.shown_end);
    if (vx1 - vx0 < 6 * s) { const float c = (vx0 + vx1) * 0.5f; vx0 = c - 3 * s; vx1 = c + 3 * s; }
    vx0 = std::max(vx0, f.plot_x0 - 2 * s);
    vx1 = std::min(vx1, f.plot_x1 + 2 * s);
    dl->AddRectFilled(ImVec2(vx0, y0 - 1 * s), ImVec2(vx1, y1 + 1 * s), pal.accent_soft, 3 * s);
    dl->AddRect(ImVec2(vx0, y0 - 1 * s), ImVec2(vx1, y1 + 1 * s), pal.accent, 3 * s, 0, 1.5f * s);
}

}  // namespace ui
