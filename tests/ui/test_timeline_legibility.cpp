// The timeline as a person reads it: a bar's label is not cut short by marks of another row, and an era
// ("this century") stays named when zoomed into a week or on a phone.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "timeline_driver.hpp"

using test::TL;

namespace {
bool IsEra(const ui::TimelineState& st, const ui::TimelineHit& h) {
    return !h.IsBubble() && h.item >= st.index.lanes[static_cast<size_t>(h.lane)].class_begin[ui::kClassEra];
}
bool IsMark(const ui::TimelineState& st, const ui::TimelineHit& h) {
    return !h.IsBubble() && !IsEra(st, h) && std::abs((h.x1 - h.x0) - (h.y1 - h.y0)) < 0.5f;  // marks are squares
}
int LaneNamed(const ui::TimelineState& st, const std::string& name) {
    for (size_t i = 0; i < st.index.lanes.size(); ++i)
        if (st.index.lanes[i].label == name) return static_cast<int>(i);
    return -1;
}
}  // namespace

// Marks stacked over a full row used to sit 3 px right *and up* per level: lifted into the row above, they
// cut that row's bar label short where they had not reached its text (INPAC Times: "Kim Jong Un and Vla…"
// in a bar with room for twice that). Stacked marks now stay on their row's line.
TEST_CASE("timeline: stacked marks stay on their row's line, so the row above keeps its label") {
    size_t stacked = 0;
    test::ForEachStoryView([&](test::Harness& h, const std::string& where) {
        const ui::TimelineState& st = TL(h);
        for (size_t i = 0; i < st.hits.size(); ++i) {
            const ui::TimelineHit& a = st.hits[i];
            if (!IsMark(st, a)) continue;
            for (size_t j = i + 1; j < st.hits.size(); ++j) {
                const ui::TimelineHit& b = st.hits[j];
                if (!IsMark(st, b) || b.lane != a.lane) continue;
                if (!(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1)) continue;  // not stacked
                ++stacked;
                INFO(where << ": stacked marks in lane " << a.lane << " at x " << a.x0 << " and " << b.x0);
                CHECK(std::abs((a.y0 + a.y1) - (b.y0 + b.y1)) < 0.5f);  // the same centre line
                CHECK(std::abs(a.x0 - b.x0) >= 4.0f);                   // and each still shows
            }
        }
    });
    CHECK(stacked > 0);

    // The defect as seen: at 1400x900 the INPAC Times lane's treaty bar holds as much of its label as the
    // same bar in the other lanes (it ended at "Vla…", half-way, where a stacked "published" mark began).
    test::Harness h(1400, 900);
    h.Frames(3);
    const ui::TimelineState& st = TL(h);
    const int lane = LaneNamed(st, "INPAC Times");
    REQUIRE(lane >= 0);
    bool seen = false;
    for (const ui::TimelineHit& bar : st.hits) {
        if (bar.lane != lane || bar.IsBubble() || IsEra(st, bar) || IsMark(st, bar) || bar.x1 - bar.x0 < 100) continue;
        for (const ui::TimelineLabel& l : st.labels) {
            if (l.lane != lane || l.item != bar.item) continue;
            seen = true;
            INFO("bar " << bar.x0 << "…" << bar.x1 << ", its label " << l.x0 << "…" << l.x1);
            CHECK(l.x1 >= bar.x1 - 20);   // runs to the bar's end (less the "…" and a margin)
        }
    }
    CHECK(seen);
}

// An era's label used to need a free stretch of its line, clear of every bar: zoomed into a week, or in a
// phone's packed lanes, a bar runs under the whole line and the era went unnamed. It now may sit on a bar's
// middle as a badge (on paper, the bar's ends in sight), as count bubbles do, and where its line is taken by
// the lane's labels the era is named first and they give way.
TEST_CASE("timeline: an era is named at every zoom and size where it is wide enough") {
    size_t wide = 0, named = 0, on_bars = 0;
    test::ForEachStoryView([&](test::Harness& h, const std::string& where) {
        const ui::TimelineState& st = TL(h);
        for (const ui::TimelineHit& era : st.hits) {
            // Narrower ones (fitted to the whole story, a 150 px sliver at the plot's right end where the
            // story's own marks crowd) may go unnamed: a name never covers a mark.
            if (!IsEra(st, era) || era.x1 - era.x0 < 160) continue;
            ++wide;
            const ui::TimelineLabel* label = nullptr;
            for (const ui::TimelineLabel& l : st.labels)
                if (l.lane == era.lane && l.item == era.item) label = &l;
            INFO(where << ": era in lane " << era.lane << " at x " << era.x0 << "…" << era.x1);
            CHECK(label != nullptr);
            if (!label) continue;
            ++named;
            CHECK(label->x0 >= era.x0);
            CHECK(label->x1 <= era.x1);
            CHECK_FALSE(label->cut);      // "this century" whole: it fits in 160 px
            // Never on a mark, a bubble, another label or a bar's end; on a bar's middle at most.
            for (const ui::TimelineHit& o : st.hits) {
                if (o.lane != era.lane || IsEra(st, o)) continue;
                if (!(label->x0 < o.x1 && o.x0 < label->x1 && label->y0 < o.y1 && o.y0 < label->y1)) continue;
                INFO("over " << (o.IsBubble() ? "a bubble" : "an item") << " at " << o.x0 << "…" << o.x1);
                CHECK_FALSE(o.IsBubble());
                CHECK_FALSE(IsMark(st, o));
                CHECK(label->x0 >= o.x0 + 6);
                CHECK(label->x1 <= o.x1 - 6);
                ++on_bars;
            }
            for (const ui::TimelineLabel& m : st.labels)
                if (&m != label) CHECK_FALSE((label->x0 < m.x1 && m.x0 < label->x1 && label->y0 < m.y1 && m.y0 < label->y1));
        }
    });
    CHECK(wide > 50);
    CHECK(named == wide);
    CHECK(on_bars > 0);                   // the case that used to leave it out was met
}
