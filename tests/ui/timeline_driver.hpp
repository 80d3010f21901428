// timeline_driver.hpp — driving the timeline in headless tests: keys, settling animations, zooming, finding
// marks. Functions of namespace test, found by argument lookup on test::Harness.
#pragma once
#include "ui_harness.hpp"

namespace test {

inline ui::TimelineState& TL(test::Harness& h) { return h.app.timeline; }
inline float LaneY(test::Harness& h) { return (TL(h).lanes_y0 + TL(h).lanes_y1) * 0.5f; }
inline double PxPerUnit(test::Harness& h) { return (TL(h).plot_x1 - TL(h).plot_x0) / (TL(h).shown_end - TL(h).shown_start); }

inline void RawKey(test::Harness& h, ImGuiKey key) {
    ImGui::GetIO().AddKeyEvent(key, true);
    h.Frames(1);
    ImGui::GetIO().AddKeyEvent(key, false);
    h.Frames(1);
}

// Keys go to the timeline while the mouse is over it (or it has keyboard focus).
inline void Key(test::Harness& h, ImGuiKey key) {
    const ImVec2 m = ImGui::GetIO().MousePos;
    if (m.x < TL(h).plot_x0 || m.x > TL(h).plot_x1 || m.y < TL(h).lanes_y0 || m.y > TL(h).lanes_y1)
        h.MoveTo(TL(h).plot_x0 + 2, TL(h).lanes_y0 + 2);
    ImGui::GetIO().AddKeyEvent(key, true);
    h.Frames(1);
    ImGui::GetIO().AddKeyEvent(key, false);
    h.Frames(1);
}

inline void Settle(test::Harness& h) {
    for (int i = 0; i < 200 && (i < 2 || h.app.animating); ++i) h.Frames(1);
}

// The first drawn mark (not a bubble) of `kind`, or nullptr.
inline const ui::TimelineHit* FindMark(test::Harness& h, ui::ItemKind kind) {
    for (const ui::TimelineHit& hit : TL(h).hits) {
        if (hit.IsBubble()) continue;
        const ui::TimelineItem& it = TL(h).index.lanes[static_cast<size_t>(hit.lane)].items[hit.item];
        if (it.kind == kind && it.end - it.start < 400) return &hit;
    }
    return nullptr;
}

// Zooms (centred) until the view spans at most `days` axis units.
inline void ZoomTo(test::Harness& h, double days) {
    const float x = (TL(h).plot_x0 + TL(h).plot_x1) * 0.5f;
    for (int i = 0; i < 120 && TL(h).view_end - TL(h).view_start > days; ++i) h.Wheel(x, LaneY(h), 1.0f);
    Settle(h);
}

}  // namespace test
