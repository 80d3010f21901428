// The timeline, driven headless with simulated input: zoom, pan, ticks, lanes, selection, level of detail.
#include <doctest/doctest.h>

#include <string>

#include "timeline_synthetic.hpp"
#include "timeline_driver.hpp"

TEST_CASE("timeline: wheel zoom keeps the date under the cursor fixed, animates, then goes idle") {
    test::Harness h;
    const float x = TL(h).plot_x0 + (TL(h).plot_x1 - TL(h).plot_x0) * 0.3f;
    h.MoveTo(x, LaneY(h));
    const double at = ui::TimelineAxisAt(TL(h), x);
    const double span = TL(h).view_end - TL(h).view_start;
    ImGui::GetIO().AddMouseWheelEvent(0, 2.0f);
    h.Frames(1);
    CHECK(h.app.animating);                                    // the zoom is animated…
    CHECK(TL(h).shown_end - TL(h).shown_start > TL(h).view_end - TL(h).view_start);
    CHECK(std::abs(ui::TimelineAxisAt(TL(h), x) - at) * PxPerUnit(h) < 0.5);  // …around the cursor all along
    Settle(h);
    CHECK_FALSE(h.app.animating);                              // and idle once there
    CHECK(TL(h).view_end - TL(h).view_start == doctest::Approx(span * 0.64).epsilon(0.01));
    CHECK(TL(h).shown_start == TL(h).view_start);
    CHECK(std::abs(ui::TimelineAxisAt(TL(h), x) - at) * PxPerUnit(h) < 0.5);
    // Zooming out again from another point keeps that point.
    const float x2 = TL(h).plot_x0 + (TL(h).plot_x1 - TL(h).plot_x0) * 0.8f;
    const double at2 = ui::TimelineAxisAt(TL(h), x2);
    h.Wheel(x2, LaneY(h), -3.0f);
    Settle(h);
    CHECK(std::abs(ui::TimelineAxisAt(TL(h), x2) - at2) * PxPerUnit(h) < 0.5);
}

TEST_CASE("timeline: dragging pans by exactly the dragged distance; arrow keys pan by a step") {
    test::Harness h;
    const double ppu = PxPerUnit(h);
    const double start = TL(h).view_start, span = TL(h).view_end - TL(h).view_start;
    const float y = TL(h).lanes_y0 + 3;  // the top edge of the first lane: no mark there
    h.Drag(TL(h).plot_x0 + 300, y, TL(h).plot_x0 + 500, y);
    CHECK(TL(h).view_start == doctest::Approx(start - 200 / ppu).epsilon(1e-3));
    CHECK(TL(h).view_end - TL(h).view_start == doctest::Approx(span));
    const double before = TL(h).view_start;
    Key(h, ImGuiKey_RightArrow);  // the mouse is over the timeline: keys go to it
    CHECK(TL(h).view_start == doctest::Approx(before + 0.15 * span));
    Key(h, ImGuiKey_LeftArrow);
    Key(h, ImGuiKey_LeftArrow);
    CHECK(TL(h).view_start == doctest::Approx(before - 0.15 * span));
    Key(h, ImGuiKey_Equal);  // + zooms in
    CHECK(TL(h).view_end - TL(h).view_start == doctest::Approx(span * 0.7));
}

TEST_CASE("timeline: tick labels go from years to months to days as one zooms in, and never overlap") {
    test::Harness h;
    TL(h).compress_gaps = false;
    h.Frames(1);
    Key(h, ImGuiKey_Home);  // fit all: 1960 … 2024
    Settle(h);
    CHECK(TL(h).tick.unit == ui::TickUnit::Year);
    CHECK(TL(h).tick.count >= 5);
    const double coarse = TL(h).tick.ApproxDays();
    ZoomTo(h, 800);
    CHECK(TL(h).tick.unit == ui::TickUnit::Month);
    ZoomTo(h, 20);
    CHECK(TL(h).tick.unit == ui::TickUnit::Day);
    CHECK(TL(h).tick.ApproxDays() < coarse);
    // The chosen step leaves room for its widest label at the current scale.
    ImFont* small = h.app.fonts.small;
    const float label_w = small->CalcTextSizeA(small->FontSize, 1e9f, 0, "28").x;
    CHECK(TL(h).tick.ApproxDays() * PxPerUnit(h) >= label_w);
}

TEST_CASE("timeline: clicking an event selects it and opens its article; hovering shows the quote") {
    test::Harness h;
    const ui::TimelineHit* hit = FindMark(h, ui::ItemKind::Event);
    REQUIRE(hit != nullptr);
    const ui::TimelineItem item = TL(h).index.lanes[static_cast<size_t>(hit->lane)].items[hit->item];
    const float x = (hit->x0 + hit->x1) * 0.5f, y = (hit->y0 + hit->y1) * 0.5f;
    h.MoveTo(x, y);
    h.Frames(1);
    REQUIRE(TL(h).hovered_hit >= 0);
    const core::Event& ev = h.app.corpus.events[static_cast<size_t>(item.index)];
    CHECK(TL(h).tooltip_title.find(ev.label) == 0);
    const core::Span& m = ev.mentions[static_cast<size_t>(item.mention)];
    const std::string mention(core::TextOf(h.app.corpus.articles[static_cast<size_t>(m.article)], m.start, m.end));
    CHECK(TL(h).tooltip_quote.find(mention.substr(0, 20)) != std::string::npos);  // the sentence quoted
    const core::Article& a = h.app.corpus.articles[static_cast<size_t>(item.article)];
    CHECK(TL(h).tooltip_source.find(a.outlet.empty() ? "Article" : a.outlet) == 0);
    h.Click(x, y);
    CHECK(h.app.selection.event == item.index);
    CHECK(h.app.selection.article == item.article);
    CHECK(h.app.reader.shown_article == item.article);
    if (!ev.claims.empty()) CHECK(h.app.selection.claim != core::kNone);
    h.MoveTo(TL(h).plot_x0 + 2, TL(h).lanes_y0 + 2);
    h.Frames(1);
    CHECK(TL(h).hovered_hit == -1);
    CHECK(TL(h).tooltip_title.empty());
}

TEST_CASE("timeline: switching lanes regroups the items") {
    test::Harness h;
    CHECK(TL(h).index.lanes.size() == h.app.corpus.articles.size());  // one lane per article
    TL(h).lane_mode = ui::LaneMode::ClaimKind;
    h.Frames(2);
    const size_t kinds = TL(h).index.lanes.size();
    CHECK(kinds != h.app.corpus.articles.size());
    CHECK(TL(h).index.lanes.front().label == "Published");
    TL(h).lane_mode = ui::LaneMode::Entity;
    h.Frames(2);
    CHECK(TL(h).index.lanes.size() > 1);
    CHECK(TL(h).index.lanes.size() <= static_cast<size_t>(TL(h).index.max_lanes));
    CHECK(TL(h).index.lanes.size() != kinds);
}

TEST_CASE("timeline: an entity filter keeps only that entity's items") {
    test::Harness h;
    const size_t all = TL(h).index.item_count;
    core::Index entity = core::kNone;
    for (const core::Event& ev : h.app.corpus.events)
        for (core::Index k : ev.claims)
            if (!h.app.corpus.claims[static_cast<size_t>(k)].entities.empty() && entity == core::kNone)
                entity = h.app.corpus.claims[static_cast<size_t>(k)].entities[0];
    REQUIRE(entity != core::kNone);
    ui::Selection sel = h.app.selection;
    sel.entity = entity;
    ui::Select(h.app, sel);
    h.Frames(2);
    CHECK(TL(h).index.item_count < all);
    CHECK(TL(h).index.item_count > h.app.corpus.articles.size());  // publications plus at least one event
}

// The overview's range once shrank to the filtered items, so its window box covered the whole strip and no
// longer said where in the story the reader was.
TEST_CASE("timeline: under an entity filter the overview keeps the whole story's range, the window inside it") {
    test::Harness h;
    Key(h, ImGuiKey_Home);
    Settle(h);
    const ui::TimelineState& st = TL(h);
    const double day0 = st.axis.ToDay(st.overview_start), day1 = st.axis.ToDay(st.overview_end);
    REQUIRE(day0 < core::DayFromCivil(1961, 1, 1));  // the story recalls the 1961 treaty
    core::Index kim = core::kNone;
    for (size_t e = 0; e < h.app.corpus.entities.size(); ++e)
        if (h.app.corpus.entities[e].name == "Kim Jong Un") kim = static_cast<core::Index>(e);
    REQUIRE(kim != core::kNone);
    ui::Selection sel = h.app.selection;
    sel.entity = kim;
    ui::Select(h.app, sel);
    h.Frames(2);
    REQUIRE(st.index.entity == kim);
    CHECK(st.index.extent_start > core::DayFromCivil(2000, 1, 1));  // his items are all of 2024
    CHECK(st.axis.ToDay(st.overview_start) == doctest::Approx(day0).epsilon(1e-9));
    CHECK(st.axis.ToDay(st.overview_end) == doctest::Approx(day1).epsilon(1e-9));
    // Fitted to his items, the window is a part of the strip, not all of it.
    Key(h, ImGuiKey_Home);
    Settle(h);
    CHECK(st.shown_end - st.shown_start < 0.8 * (st.overview_end - st.overview_start));
    CHECK(st.shown_start >= st.overview_start);
    CHECK(st.shown_end <= st.overview_end);
    // The whole story's density is drawn behind his.
    size_t story = 0, his = 0;
    for (uint32_t c : st.overview_story_bins) story += c;
    for (uint32_t c : st.overview_bins) his += c;
    CHECK(his > 0);
    CHECK(story > his);
}

TEST_CASE("timeline: 100,000 events are aggregated into count bubbles, and every item is accounted for") {
    test::Harness h;
    ui::OpenCorpus(h.app, ui::MakeSyntheticStory(100000));
    h.Frames(2);
    Key(h, ImGuiKey_Home);
    Settle(h);
    const ui::TimelineState& st = TL(h);
    CHECK(st.bubbles > 0);
    CHECK(st.hits.size() < 5000);  // drawn shapes scale with pixels, not with events
    size_t counted = 0, eras = 0;
    for (const ui::TimelineHit& hit : st.hits) counted += hit.count;
    for (const ui::TimelineLane& lane : st.index.lanes) eras += lane.items.size() - lane.class_begin[ui::kClassEra];
    CHECK(counted >= st.index.item_count - eras);  // all visible: each item is a mark or inside a bubble
    CHECK(counted <= st.index.item_count);
    // Zoomed to a few days, items are drawn one by one again.
    ZoomTo(h, 4);
    CHECK(TL(h).marks > 0);
    CHECK(TL(h).hits.size() < 2000);
    // Clicking a bubble zooms into it.
    h.Wheel((TL(h).plot_x0 + TL(h).plot_x1) * 0.5f, LaneY(h), -40.0f);
    Settle(h);
    const ui::TimelineHit* bubble = nullptr;
    for (const ui::TimelineHit& hit : TL(h).hits) if (hit.IsBubble()) { bubble = &hit; break; }
    REQUIRE(bubble != nullptr);
    const double span = TL(h).view_end - TL(h).view_start;
    h.Click((bubble->x0 + bubble->x1) * 0.5f, (bubble->y0 + bubble->y1) * 0.5f);
    CHECK(TL(h).view_end - TL(h).view_start < span * 0.5);
}

TEST_CASE("timeline: fit all shows every dated item; the first view is the story itself") {
    test::Harness h;
    const ui::TimelineState& st = TL(h);
    // The first view: the 2024 story, not the 1960s it recalls.
    CHECK(st.axis.ToDay(st.view_start) > core::DayFromCivil(2024, 1, 1));
    CHECK(st.axis.ToDay(st.view_end) < core::DayFromCivil(2025, 6, 1));
    ZoomTo(h, 10);
    Key(h, ImGuiKey_Home);
    Settle(h);
    CHECK(st.view_start <= st.axis.ToAxis(st.index.extent_start));
    CHECK(st.view_end >= st.axis.ToAxis(st.index.extent_end));
    CHECK(st.axis.ToDay(st.view_start) < core::DayFromCivil(1961, 1, 1));
}

TEST_CASE("timeline: compressing gaps squeezes the empty decades into marked breaks") {
    test::Harness h;
    ui::TimelineState& st = TL(h);
    REQUIRE(st.compress_gaps);
    Key(h, ImGuiKey_Home);
    Settle(h);
    REQUIRE(!st.axis.breaks.empty());
    const double compressed_span = st.view_end - st.view_start;
    const double px_1991_2024 = (st.axis.ToAxis(core::DayFromCivil(2024, 6, 1)) - st.axis.ToAxis(core::DayFromCivil(1992, 1, 1))) * PxPerUnit(h);
    st.compress_gaps = false;
    h.Frames(1);
    Settle(h);
    CHECK(st.axis.breaks.empty());
    const double full_span = st.view_end - st.view_start;
    CHECK(compressed_span < full_span * 0.75);
    const double px_uncompressed = (core::DayFromCivil(2024, 6, 1) - core::DayFromCivil(1992, 1, 1)) * PxPerUnit(h);
    CHECK(px_1991_2024 < px_uncompressed * 0.5);  // 32 empty years take far less room
    // Dates survive the change of axis: 2024-06-19 maps to the same day either way.
    const double d = core::DayFromCivil(2024, 6, 19);
    CHECK(st.axis.ToDay(st.axis.ToAxis(d)) == doctest::Approx(d));
    // The page's window API speaks days whatever the axis: set with gaps compressed, read back the same.
    st.compress_gaps = true;
    h.Frames(1);
    REQUIRE(!st.axis.breaks.empty());
    ui::SetTimelineWindow(st, core::DayFromCivil(1991, 1, 1), core::DayFromCivil(2024, 12, 1));
    Settle(h);
    double from = 0, to = 0;
    REQUIRE(ui::GetTimelineWindow(st, from, to));
    CHECK(from == doctest::Approx(core::DayFromCivil(1991, 1, 1)));
    CHECK(to == doctest::Approx(core::DayFromCivil(2024, 12, 1)));
    CHECK(st.view_end - st.view_start < to - from);  // …while the axis squeezes the gap between
}

TEST_CASE("timeline: search hits mark the items they fall in, and unmark when the search is cleared") {
    test::Harness h;
    const core::Event& ev = h.app.corpus.events.front();
    const core::Span m = ev.mentions.front();
    h.app.search_query = "x";
    h.app.search_hits = {core::Span{m.article, m.start, m.start + 3}};
    h.Frames(1);
    auto flagged = [&h]() {
        size_t n = 0;
        for (const ui::TimelineLane& lane : TL(h).index.lanes)
            for (const ui::TimelineItem& it : lane.items)
                if (it.flags & ui::kItemSearchHit) {
                    ++n;
                    CHECK(it.kind == ui::ItemKind::Event);
                    CHECK(it.index == 0);
                }
        return n;
    };
    CHECK(flagged() >= 1);
    h.app.search_query.clear();
    h.app.search_hits.clear();
    h.Frames(1);
    CHECK(flagged() == 0);
}

TEST_CASE("timeline: the keyboard-focused timeline owns the arrows and shows its focus") {
    test::Harness h;
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    h.Click(TL(h).plot_x0 + 2, TL(h).lanes_y0 + 2);  // clicking gives it keyboard focus
    h.MoveTo(5, h.app.timeline.h + 300);             // the mouse leaves: keys still go to the timeline
    REQUIRE(TL(h).focused);
    const double start = TL(h).view_start, span = TL(h).view_end - TL(h).view_start;
    RawKey(h, ImGuiKey_RightArrow);
    CHECK(TL(h).view_start == doctest::Approx(start + 0.15 * span));
    // Clicking elsewhere (the article list) takes the focus, and the arrows with it.
    h.Click(h.app.articles.x + 20, h.app.articles.y + h.app.articles.h - 10);
    CHECK_FALSE(TL(h).focused);
    const double after = TL(h).view_start;
    RawKey(h, ImGuiKey_RightArrow);
    CHECK(TL(h).view_start == after);
}

namespace {
bool Overlap(float ax0, float ay0, float ax1, float ay1, float bx0, float by0, float bx1, float by1) {
    return ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1;
}

// Every label drawn last frame is clear of the other labels, of the count bubbles and of every other item's
// mark or bar (eras are a faint rail along a lane's foot, drawn under everything, and are left out; an era's
// own label may be a badge on a bar's middle).
// Returns how many labels were checked.
size_t CheckLabelsClear(test::Harness& h, const std::string& where) {
    const ui::TimelineState& st = TL(h);
    // The axis's labels too: whole words inside the plot (not "Decembe" cut by the clip), none on another.
    for (size_t i = 0; i < st.tick_labels.size(); ++i) {
        const ui::TimelineTextBox& t = st.tick_labels[i];
        INFO(where << ": axis label at x " << t.x0 << "…" << t.x1 << " (plot " << st.plot_x0 << "…" << st.plot_x1 << ")");
        CHECK(t.x0 >= st.plot_x0 - 1);
        CHECK(t.x1 <= st.plot_x1 + 1);
        for (size_t j = i + 1; j < st.tick_labels.size(); ++j) {
            const ui::TimelineTextBox& u = st.tick_labels[j];
            CHECK_FALSE(Overlap(t.x0, t.y0, t.x1, t.y1, u.x0, u.y0, u.x1, u.y1));
        }
    }
    for (size_t i = 0; i < st.labels.size(); ++i) {
        const ui::TimelineLabel& l = st.labels[i];
        INFO(where << ": label of item " << l.item << " in lane " << l.lane << " at x " << l.x0 << "…" << l.x1);
        CHECK(l.x1 > l.x0);
        for (size_t j = i + 1; j < st.labels.size(); ++j) {
            const ui::TimelineLabel& m = st.labels[j];
            CHECK_FALSE(Overlap(l.x0, l.y0, l.x1, l.y1, m.x0, m.y0, m.x1, m.y1));
        }
        for (const ui::TimelineHit& hit : st.hits) {
            if (!hit.IsBubble()) {
                if (hit.lane == l.lane && hit.item == l.item) continue;  // its own mark or bar
                if (hit.item >= st.index.lanes[static_cast<size_t>(hit.lane)].class_begin[ui::kClassEra]) continue;
            }
            // An era's label may sit on a bar's middle as a badge (bars run under its whole line), ends in sight.
            const bool era_label = l.item >= st.index.lanes[static_cast<size_t>(l.lane)].class_begin[ui::kClassEra];
            const bool bar = !hit.IsBubble() && hit.x1 - hit.x0 > hit.y1 - hit.y0 + 1;
            if (era_label && bar && l.x0 >= hit.x0 + 6 && l.x1 <= hit.x1 - 6) continue;
            const std::string what = hit.IsBubble() ? "bubble" : "item";
            INFO("against " << what << " at x " << hit.x0 << "…" << hit.x1 << " in lane " << hit.lane);
            CHECK_FALSE(Overlap(l.x0, l.y0, l.x1, l.y1, hit.x0, hit.y0, hit.x1, hit.y1));
        }
    }
    return st.labels.size();
}
}  // namespace

TEST_CASE("timeline: labels never cover a count bubble, another label or another item, at any size or zoom") {
    size_t labels = 0, cut = 0, on_left = 0;
    test::ForEachStoryView([&](test::Harness& h, const std::string& where) {
        labels += CheckLabelsClear(h, where);
        for (const ui::TimelineLabel& l : TL(h).labels) {
            cut += l.cut;
            for (const ui::TimelineHit& hit : TL(h).hits)  // ends left of its own mark: the second chance
                if (!hit.IsBubble() && hit.lane == l.lane && hit.item == l.item && l.x1 <= hit.x0) ++on_left;
        }
    });
    CHECK(labels > 100);  // the check saw labels, not an empty timeline
    CHECK(cut > 0);       // and some had to give way
    CHECK(on_left > 0);   // marks with no room on their right (the plot's edge, a stacked mark) took the left
}

// A range longer than any bar ("this century") is context: a soft bar low in its lane, clear of the lane's
// divider and named by its own label — not a bare rail along the lane's foot that reads as a second divider.
TEST_CASE("timeline: an era ('this century') is a named soft bar clear of the lane's divider") {
    size_t eras = 0, named = 0;
    test::ForEachStoryView([&](test::Harness& h, const std::string& where) {
        const ui::TimelineState& st = TL(h);
        const float lane_h = (st.lanes_y1 - st.lanes_y0) / static_cast<float>(st.index.lanes.size());
        // On a desktop, over months (zoomed into a week or June, the lanes' one row can be all bars).
        const bool desktop = ImGui::GetIO().DisplaySize.x >= 1280 && where.find("June 2024") == std::string::npos &&
                             where.find("10–14") == std::string::npos;
        for (const ui::TimelineHit& hit : st.hits) {
            if (hit.IsBubble() || hit.item < st.index.lanes[static_cast<size_t>(hit.lane)].class_begin[ui::kClassEra]) continue;
            INFO(where << ": era in lane " << hit.lane << " at x " << hit.x0 << "…" << hit.x1);
            const float lane_bottom = st.lanes_y0 + lane_h * static_cast<float>(hit.lane + 1);
            CHECK(hit.y1 <= lane_bottom - 2);       // a gap of paper between it and the divider
            if (hit.x1 - hit.x0 < 200) continue;
            ++eras;
            bool has_label = false;
            for (const ui::TimelineLabel& l : st.labels)
                if (l.lane == hit.lane && l.item == hit.item) {
                    has_label = true;
                    CHECK(l.x0 >= hit.x0);
                    CHECK(l.x1 <= hit.x1);
                    CHECK(l.y1 <= hit.y0 + 2);      // above its bar
                    CHECK(l.y0 >= lane_bottom - lane_h);
                }
            named += has_label;
            if (desktop) CHECK(has_label);          // room enough on a desktop
        }
    });
    CHECK(eras > 10);                               // the bundled story's "this century" was seen
    CHECK(named * 10 >= eras * 7);                  // and named in most views (76% when written)
}
