// timeline_driver.hpp — driving the timeline in headless tests: keys, settling animations, zooming, finding
// marks. Functions of namespace test, found by argument lookup on test::Harness.
#pragma once
#include <string>

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

// The bundled story from desktop to phone (lanes from ~45 px down to one row), in every lane mode: fitted, on
// the story, and zoomed into its two busy weeks. `check(h, where)` runs on each settled view; `where` names it
// ("390x844 article November 2024") for the failure message.
template <class Check>
void ForEachStoryView(Check check) {
    const ImVec2 sizes[] = {{1400, 900}, {1280, 800}, {900, 700}, {1100, 620}, {800, 600}, {390, 844}};
    const ui::LaneMode modes[] = {ui::LaneMode::Article, ui::LaneMode::Entity, ui::LaneMode::ClaimKind};
    struct Window { const char* name; int y0, m0, d0, y1, m1, d1; };
    const Window windows[] = {{"June–December 2024", 2024, 5, 25, 2024, 12, 5}, {"November 2024", 2024, 10, 28, 2024, 11, 25},
                              {"10–14 November", 2024, 11, 9, 2024, 11, 15}, {"June 2024", 2024, 6, 10, 2024, 6, 30}};
    for (const ImVec2& size : sizes) {
        test::Harness h(size.x, size.y);
        h.app.layout.tab = ui::Tab::Timeline;  // the phone shows one pane: this one
        for (ui::LaneMode mode : modes) {
            TL(h).lane_mode = mode;
            h.Frames(2);
            Key(h, ImGuiKey_Home);
            Settle(h);
            const std::string at = std::to_string(static_cast<int>(size.x)) + "x" + std::to_string(static_cast<int>(size.y)) +
                                   " " + ui::ToString(mode) + " ";
            check(h, at + "fit all");
            for (const Window& w : windows) {
                ui::SetTimelineWindow(TL(h), core::DayFromCivil(w.y0, w.m0, w.d0), core::DayFromCivil(w.y1, w.m1, w.d1));
                Settle(h);
                check(h, at + w.name);
            }
        }
    }
}

}  // namespace test
