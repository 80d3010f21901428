// The timeline's count bubbles ("12": too dense to draw one by one) and pills ("+2": items that found no
// free row), and marks stacked over a full row: each is readable, none hides another mark.
#include <doctest/doctest.h>

#include <string>

#include "timeline_driver.hpp"
#include "timeline_synthetic.hpp"

namespace {

using test::TL;

bool Overlap(const ui::TimelineHit& a, const ui::TimelineHit& b) {
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

bool IsEra(const ui::TimelineState& st, const ui::TimelineHit& h) {
    return !h.IsBubble() && h.item >= st.index.lanes[static_cast<size_t>(h.lane)].class_begin[ui::kClassEra];
}

struct Seen {
    size_t bubbles = 0, pills = 0, singles = 0, stacked_pairs = 0;
};

// Every bubble and pill drawn last frame covers no mark or bar of its lane (eras, a faint rail drawn under
// everything, aside) and no other bubble; none says "1" in a circle; a pill holds exactly the items it counts.
// No two marks of a lane are drawn exactly on top of each other (stacked marks are offset).
void CheckBubbles(test::Harness& h, const std::string& where, Seen& seen) {
    const ui::TimelineState& st = TL(h);
    INFO(where);
    CHECK(st.crowded_bubbles == 0);
    for (size_t i = 0; i < st.hits.size(); ++i) {
        const ui::TimelineHit& b = st.hits[i];
        if (!b.IsBubble()) {
            if (IsEra(st, b)) continue;
            for (size_t j = i + 1; j < st.hits.size(); ++j) {
                const ui::TimelineHit& m = st.hits[j];
                if (m.IsBubble() || m.lane != b.lane || IsEra(st, m)) continue;
                const bool point = b.x1 - b.x0 < 12 && m.x1 - m.x0 < 12;
                if (!point) continue;
                if (Overlap(b, m)) ++seen.stacked_pairs;
                INFO("two marks in lane " << b.lane << " at x " << b.x0 << " and " << m.x0);
                CHECK_FALSE((b.x0 == m.x0 && b.y0 == m.y0));
            }
            continue;
        }
        ++seen.bubbles;
        seen.pills += b.pill;
        seen.singles += b.pill && b.count == 1;
        const std::string what = std::string(b.pill ? "pill +" : "bubble ") + std::to_string(b.count);
        INFO(what << " in lane " << b.lane << " at x " << b.x0 << "…" << b.x1 << ", y " << b.y0 << "…" << b.y1);
        CHECK((b.pill || b.count > 1));
        if (b.pill) CHECK(b.items_count == b.count);
        for (size_t j = 0; j < st.hits.size(); ++j) {
            const ui::TimelineHit& m = st.hits[j];
            if (j == i || m.lane != b.lane || IsEra(st, m) || !Overlap(b, m)) continue;
            // Where rows are full of bars, a bubble may sit on a bar's middle, its two ends (dates) in sight.
            const bool bar = !m.IsBubble() && m.x1 - m.x0 > 12;
            const std::string other = m.IsBubble() ? "bubble" : bar ? "bar" : "mark";
            INFO("against " << other << " at x " << m.x0 << "…" << m.x1 << ", y " << m.y0 << "…" << m.y1);
            CHECK((bar && b.x0 >= m.x0 + 6 && b.x1 <= m.x1 - 6));
        }
    }
}

}  // namespace

TEST_CASE("timeline: bubbles and '+N' pills never cover a mark, a bar or each other, at any size or zoom") {
    Seen seen;
    test::ForEachStoryView([&](test::Harness& h, const std::string& where) { CheckBubbles(h, where, seen); });
    CHECK(seen.bubbles > 10);  // the check saw bubbles and pills, not an empty timeline
    CHECK(seen.pills > 0);
}

// 100,000 events: lanes of one or two rows packed with month bars, from desktop to phone. A bubble with no
// spot clear of every mark and bar end near its place is counted by a neighbour bubble instead; none covers
// a mark, a bar's end or another bubble.
TEST_CASE("timeline: 100,000 events: bubbles stay clear of marks, bar ends and each other at every size and zoom") {
    const ImVec2 sizes[] = {{1280, 800}, {1400, 900}, {800, 600}, {390, 844}};
    Seen seen;
    for (const ImVec2& size : sizes) {
        test::Harness h(size.x, size.y);
        h.app.layout.tab = ui::Tab::Timeline;  // the phone shows one pane: this one
        ui::OpenCorpus(h.app, ui::MakeSyntheticStory(100000));
        h.Frames(2);
        Key(h, ImGuiKey_Home);
        Settle(h);
        const std::string at = std::to_string(static_cast<int>(size.x)) + "x" + std::to_string(static_cast<int>(size.y));
        CheckBubbles(h, at + " fit all", seen);
        for (double days : {12000.0, 9000.0, 4500.0, 3000.0, 2000.0, 400.0, 60.0, 10.0, 3.0}) {
            ZoomTo(h, days);
            CheckBubbles(h, at + " zoomed to " + std::to_string(days) + " days", seen);
        }
    }
    CHECK(seen.bubbles > 100);
    CHECK(seen.stacked_pairs > 0);  // marks were stacked over full rows, each still visible
}

TEST_CASE("timeline: a '+1' pill is the item itself: its tooltip names it and a click selects it") {
    // The bundled story has a few: looked for over lane modes and views.
    test::Harness h(1280, 800);
    bool found = false;
    const ui::LaneMode modes[] = {ui::LaneMode::Article, ui::LaneMode::Entity, ui::LaneMode::ClaimKind};
    const double windows[][2] = {{0, 0}, {20240610, 20240630}, {20241028, 20241125}, {20241109, 20241115}};
    for (ui::LaneMode mode : modes) {
        for (const auto& w : windows) {
            TL(h).lane_mode = mode;
            h.Frames(2);
            if (w[0] == 0) {
                Key(h, ImGuiKey_Home);
            } else {
                const auto day = [](double ymd) {
                    const int v = static_cast<int>(ymd);
                    return static_cast<double>(core::DayFromCivil(v / 10000, v / 100 % 100, v % 100));
                };
                ui::SetTimelineWindow(TL(h), day(w[0]), day(w[1]));
            }
            Settle(h);
            for (const ui::TimelineHit& hit : TL(h).hits) {
                if (!hit.pill || hit.count != 1) continue;
                const ui::TimelineHit pill = hit;
                const ui::TimelineItem& it = TL(h).index.lanes[static_cast<size_t>(pill.lane)].items[pill.item];
                const double span = TL(h).view_end - TL(h).view_start;
                h.MoveTo((pill.x0 + pill.x1) * 0.5f, (pill.y0 + pill.y1) * 0.5f);
                CHECK(TL(h).tooltip_source.find("no room of its own") != std::string::npos);
                CHECK(TL(h).tooltip_title.find("more items") == std::string::npos);
                h.Click((pill.x0 + pill.x1) * 0.5f, (pill.y0 + pill.y1) * 0.5f);
                CHECK(TL(h).view_end - TL(h).view_start == doctest::Approx(span));  // no zoom: it is one item
                if (it.kind == ui::ItemKind::Event) CHECK(h.app.selection.event == it.index);
                if (it.kind == ui::ItemKind::Timex) CHECK(h.app.selection.timex == it.index);
                CHECK(h.app.selection.article == it.article);
                found = true;
                break;
            }
            if (found) break;
        }
        if (found) break;
    }
    CHECK(found);
}
