// The timeline as a person reads it: a bar's label is not cut short by marks of another row, and an era
// ("this century") stays named when zoomed into a week or on a phone.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "annotation_style.hpp"
#include "selection.hpp"
#include "theme.hpp"
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

namespace {
// WCAG relative luminance and contrast ratio of opaque colours.
double Luminance(ImU32 c) {
    auto lin = [](unsigned v) {
        const double x = v / 255.0;
        return x <= 0.03928 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin((c >> IM_COL32_R_SHIFT) & 0xFF) + 0.7152 * lin((c >> IM_COL32_G_SHIFT) & 0xFF) +
           0.0722 * lin((c >> IM_COL32_B_SHIFT) & 0xFF);
}
double Contrast(ImU32 a, ImU32 b) {
    const double la = Luminance(a), lb = Luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
// `over` (with its alpha) laid on opaque `base`.
ImU32 Over(ImU32 base, ImU32 over) {
    const float t = static_cast<float>((over >> IM_COL32_A_SHIFT) & 0xFF) / 255.0f;
    auto ch = [&](int shift) {
        const float a = static_cast<float>((base >> shift) & 0xFF), b = static_cast<float>((over >> shift) & 0xFF);
        return static_cast<ImU32>(a + (b - a) * t + 0.5f) << shift;
    };
    return ch(IM_COL32_R_SHIFT) | ch(IM_COL32_G_SHIFT) | ch(IM_COL32_B_SHIFT) | IM_COL32_A_MASK;
}

// The colour under (x, y) in the last frame's draw data: its solid fills (not glyphs, not gradients or
// anti-aliased fringes) laid over the paper in the order drawn — what a reader sees behind a label.
ImU32 SolidBackgroundAt(float x, float y, ImU32 paper) {
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    ImU32 out = paper;
    const ImDrawData* dd = ImGui::GetDrawData();
    for (int l = 0; dd && l < dd->CmdListsCount; ++l) {
        const ImDrawList* dl = dd->CmdLists[l];
        for (const ImDrawCmd& cmd : dl->CmdBuffer) {
            if (cmd.UserCallback || x < cmd.ClipRect.x || x > cmd.ClipRect.z || y < cmd.ClipRect.y || y > cmd.ClipRect.w) continue;
            for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
                const ImDrawVert& a = dl->VtxBuffer[cmd.VtxOffset + dl->IdxBuffer[cmd.IdxOffset + i]];
                const ImDrawVert& b = dl->VtxBuffer[cmd.VtxOffset + dl->IdxBuffer[cmd.IdxOffset + i + 1]];
                const ImDrawVert& c = dl->VtxBuffer[cmd.VtxOffset + dl->IdxBuffer[cmd.IdxOffset + i + 2]];
                if (a.col != b.col || a.col != c.col) continue;
                if (a.uv.x != white.x || a.uv.y != white.y || b.uv.x != white.x || c.uv.x != white.x) continue;
                auto side = [&](const ImVec2& p, const ImVec2& q) { return (q.x - p.x) * (y - p.y) - (q.y - p.y) * (x - p.x); };
                const float d1 = side(a.pos, b.pos), d2 = side(b.pos, c.pos), d3 = side(c.pos, a.pos);
                const bool neg = d1 < 0 || d2 < 0 || d3 < 0, pos = d1 > 0 || d2 > 0 || d3 > 0;
                if (!(neg && pos)) out = Over(out, a.col);
            }
        }
    }
    return out;
}
}  // namespace

// A bar hit by the search used to lie on a bright yellow of the timeline's own, the same on both themes and
// under the whole bar: the dark theme's light label on it read at 2.4:1. The hit is now the reader's search
// highlight as a stroke around the bar; the label keeps 4.5:1 on what is actually drawn under it.
TEST_CASE("timeline: a search hit's highlight keeps its bar's label legible on both themes") {
    for (ui::Theme theme : {ui::Theme::Light, ui::Theme::Dark}) {
        test::Harness h(1400, 900);
        ui::SetTheme(h.app, theme);
        ui::ViewState v;
        v.search = "treaty";
        ui::ApplyView(h.app, v);
        h.Frames(3);
        INFO(std::string(ui::ToString(theme)));
        const ui::Palette& pal = ui::CurrentPalette();
        const ui::TimelineState& st = TL(h);
        size_t checked = 0;
        for (const ui::TimelineLabel& l : st.labels) {
            const ui::TimelineItem& it = st.index.lanes[static_cast<size_t>(l.lane)].items[l.item];
            // (A bar with a soft end, "early November", is a gradient: left to the eye.)
            if (!(it.flags & ui::kItemSearchHit) || it.kind != ui::ItemKind::Event || (it.flags & (ui::kItemModStart | ui::kItemModEnd))) continue;
            bool in_bar = false;              // a bar's label, inside it (a mark's label is on paper)
            for (const ui::TimelineHit& bar : st.hits)
                in_bar |= !bar.IsBubble() && bar.lane == l.lane && bar.item == l.item && bar.x1 - bar.x0 > bar.y1 - bar.y0 + 1 &&
                          l.x0 >= bar.x0 && l.x1 <= bar.x1;
            if (!in_bar) continue;
            const ImU32 under = SolidBackgroundAt((l.x0 + l.x1) * 0.5f, (l.y0 + l.y1) * 0.5f, pal.paper);
            INFO("label " << l.x0 << "…" << l.x1 << " at y " << l.y0);
            CHECK(under != pal.paper);                // on its bar
            CHECK(Contrast(pal.ink, under) >= 4.5);
            ++checked;
        }
        CHECK(checked >= 3);                          // the story's treaty bars were seen
    }
}

// Fitted to the whole story (1961's treaty to 2024), the axis squeezes empty decades into breaks: hatched
// bands with zig-zag edges. A label running on across one (the marks of 2024 label leftwards, into the
// empty years) had the hatching and the zig-zags through its words. The lane's ground now lies under them.
TEST_CASE("timeline: a label across a squeezed gap reads on the lane's ground, not on the break's hatching") {
    size_t views_with_breaks = 0, crossing = 0;
    test::ForEachStoryView([&](test::Harness& h, const std::string& where) {
        const ui::TimelineState& st = TL(h);
        const ui::Palette& pal = ui::CurrentPalette();
        bool any = false;
        for (const ui::TimelineBreak& b : st.axis.breaks) {
            const float xa = ui::TimelineScreenX(st, b.axis_start), xb = ui::TimelineScreenX(st, b.axis_end);
            if (xb <= st.plot_x0 || xa >= st.plot_x1) continue;
            any = true;
            for (const ui::TimelineLabel& l : st.labels) {
                const float a = std::max(l.x0, xa + 3), z = std::min(l.x1, xb - 3);  // inside the band, off its edges
                if (a >= z) continue;
                ++crossing;
                const float y = (l.y0 + l.y1) * 0.5f;
                INFO(where << ": label " << l.x0 << "…" << l.x1 << " in lane " << l.lane << ", break " << xa << "…" << xb);
                // The same ground as the lane's gutter, beside its name (glyphs are not counted).
                CHECK(SolidBackgroundAt((a + z) * 0.5f, y, pal.paper) == SolidBackgroundAt(st.plot_x0 - 20, y, pal.paper));
            }
        }
        views_with_breaks += any;
    });
    CHECK(views_with_breaks >= 6);
    CHECK(crossing > 20);     // fitted views do run labels across breaks
}

namespace {
// Vertices of the last frame in `col` inside the band around box (x0, y0, x1, y1) grown by `out`, and not
// inside the box itself: a ring drawn around it.
size_t RingVertices(const ui::TimelineHit& b, float out, ImU32 col) {
    size_t n = 0;
    const ImDrawData* dd = ImGui::GetDrawData();
    for (int l = 0; dd && l < dd->CmdListsCount; ++l)
        for (const ImDrawVert& v : dd->CmdLists[l]->VtxBuffer) {
            const bool near = v.pos.x >= b.x0 - out && v.pos.x <= b.x1 + out && v.pos.y >= b.y0 - out && v.pos.y <= b.y1 + out;
            const bool inside = v.pos.x > b.x0 + 0.5f && v.pos.x < b.x1 - 0.5f && v.pos.y > b.y0 + 0.5f && v.pos.y < b.y1 - 0.5f;
            n += near && !inside && v.col == col;
        }
    return n;
}
}  // namespace

// Hovering a mark showed its tooltip and a hand cursor, but nothing on the mark: where marks crowd, a reader
// could not tell which one the tooltip was about, or which a click would take. It now gets a ring.
TEST_CASE("timeline: the hovered mark is ringed, and only while hovered") {
    test::Harness h(1400, 900);
    const ui::TimelineHit* found = test::FindMark(h, ui::ItemKind::Event);
    REQUIRE(found != nullptr);
    const ui::TimelineHit mark = *found;
    const ui::TimelineItem& it = TL(h).index.lanes[static_cast<size_t>(mark.lane)].items[mark.item];
    REQUIRE(h.app.selection.event != it.index);    // not drawn in the accent for being selected
    const ImU32 accent = ui::CurrentPalette().accent;
    CHECK(RingVertices(mark, 6, accent) == 0);
    h.MoveTo((mark.x0 + mark.x1) * 0.5f, (mark.y0 + mark.y1) * 0.5f);
    h.Frames(1);
    REQUIRE(TL(h).hovered_hit >= 0);
    CHECK(TL(h).hits[static_cast<size_t>(TL(h).hovered_hit)].item == mark.item);
    CHECK(RingVertices(mark, 6, accent) >= 8);
    h.MoveTo(h.app.articles.x + 20, h.app.articles.y + h.app.articles.h - 10);   // away, over the article list
    h.Frames(1);
    CHECK(TL(h).hovered_hit == -1);
    CHECK(RingVertices(mark, 6, accent) == 0);
}

// A bar running on past the plot's edge was drawn 6 px into the margin beyond the ticks' end (the lane's clip
// leaves room there for the halves of marks at the edge), with an end cap out of view read as its date.
TEST_CASE("timeline: bars stay inside the plot; marks may overhang its edge by their radius only") {
    size_t clamped = 0;
    test::ForEachStoryView([&](test::Harness& h, const std::string& where) {
        const ui::TimelineState& st = TL(h);
        for (const ui::TimelineHit& b : st.hits) {
            if (b.IsBubble() || IsMark(st, b)) continue;
            INFO(where << ": bar or era " << b.x0 << "…" << b.x1 << " in lane " << b.lane << ", plot " << st.plot_x0 << "…" << st.plot_x1);
            CHECK(b.x0 >= st.plot_x0 - 1);
            CHECK(b.x1 <= st.plot_x1 + 1);
            clamped += b.x1 >= st.plot_x1 - 0.5f || b.x0 <= st.plot_x0 + 0.5f;
        }
    });
    CHECK(clamped > 10);   // bars running past the edges were seen
}

// The open article's lane had nothing in the gutter to say so: only its "published" mark turned blue, and
// only while no event was selected. Its name is now in the accent beside an accent bar, in both themes.
TEST_CASE("timeline: the open article's lane is marked in the gutter, and only that lane") {
    for (ui::Theme theme : {ui::Theme::Light, ui::Theme::Dark}) {
        test::Harness h(1400, 900);
        ui::SetTheme(h.app, theme);
        const ui::TimelineState& st = TL(h);
        const size_t nlanes = st.index.lanes.size();
        REQUIRE(nlanes >= 3);
        const float lane_h = (st.lanes_y1 - st.lanes_y0) / static_cast<float>(nlanes);
        // Accent vertices in each lane's gutter (left of the plot, inside the timeline pane).
        auto gutter_accent = [&](size_t lane) {
            size_t n = 0;
            const ImU32 accent = ui::CurrentPalette().accent;
            const float y0 = st.lanes_y0 + lane_h * static_cast<float>(lane), y1 = y0 + lane_h;
            const ImDrawData* dd = ImGui::GetDrawData();
            for (int l = 0; dd && l < dd->CmdListsCount; ++l)
                for (const ImDrawVert& v : dd->CmdLists[l]->VtxBuffer)
                    n += v.pos.x >= st.x && v.pos.x < st.plot_x0 - 8 && v.pos.y > y0 && v.pos.y < y1 && v.col == accent;
            return n;
        };
        for (core::Index a : {core::Index{2}, core::Index{0}}) {
            ui::Selection sel;
            sel.article = a;
            ui::Select(h.app, sel);
            h.Frames(2);
            for (size_t li = 0; li < nlanes; ++li) {
                const bool open = st.index.lanes[li].articles == std::vector<core::Index>{a};
                INFO("article " << a << ", lane " << li << " '" << st.index.lanes[li].label << "'");
                if (open) CHECK(gutter_accent(li) >= 20);   // a bar and its name's glyphs
                else CHECK(gutter_accent(li) == 0);
            }
        }
    }
}
