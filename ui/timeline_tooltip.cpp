// timeline_tooltip.cpp — what the tooltip of a timeline mark or bubble says: the item, its dates, the
// sentence quoting it and its source.
#include <cmath>
#include <cstdio>

#include "app.hpp"
#include "timeline_draw.hpp"

namespace ui {

namespace {

std::string DayText(double day) {
    static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const core::CivilDate c = core::CivilFromDay(static_cast<core::Day>(std::floor(day)));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d %s %d", c.day, months[c.month - 1], c.year);
    return buf;
}

std::string IntervalText(const TimelineItem& it) {
    if (it.end - it.start <= 1.0) return DayText(it.start);
    std::string s = DayText(it.start) + " \xE2\x80\x93 " + DayText(it.end - 1);
    if (it.flags & kItemModStart) s += " (early in the period)";
    else if (it.flags & kItemModEnd) s += " (late in the period)";
    else if (it.flags & kItemApprox) s += " (approximately)";
    return s;
}

// The sentence around [start, end): from the previous sentence end (or line) to the next one.
std::string SentenceAround(const core::Article& a, uint32_t start, uint32_t end) {
    const std::string& t = a.text;
    uint32_t b = start;
    while (b > 0 && start - b < 400) {
        const char c = t[b - 1];
        if (c == '\n' || ((c == '.' || c == '!' || c == '?') && b < t.size() && t[b] == ' ')) break;
        --b;
    }
    uint32_t e = end;
    while (e < t.size() && e - end < 400) {
        const char c = t[e];
        ++e;
        if (c == '\n') { --e; break; }
        if ((c == '.' || c == '!' || c == '?') && (e >= t.size() || t[e] == ' ' || t[e] == '\n')) break;
    }
    std::string out = t.substr(b, e - b);
    const size_t first = out.find_first_not_of(" \t");
    return first == std::string::npos ? out : out.substr(first);
}

std::string SourceOf(const core::Article& a) {
    std::string s = a.outlet.empty() ? "Article " + a.id : a.outlet;
    s += " \xC2\xB7 ";
    s += a.published_day != core::kNoDay ? DayText(a.published_day) : std::string("undated");
    if (a.published_certainty == core::DateCertainty::Inferred) s += " (date inferred)";
    return s;
}

// Fills the tooltip for one item: its words and dates, the sentence quoting it, its source.
void DescribeItem(const AppState& app, TimelineState& st, const TimelineItem& it) {
    const core::Corpus& c = app.corpus;
    const core::Article& a = c.articles[static_cast<size_t>(it.article)];
    st.tooltip_source = SourceOf(a);
    if (it.kind == ItemKind::Event) {
        const core::Event& ev = c.events[static_cast<size_t>(it.index)];
        st.tooltip_title = ev.label + "  \xC2\xB7  " + IntervalText(it);
        const core::Span& m = ev.mentions[static_cast<size_t>(it.mention)];
        st.tooltip_quote = SentenceAround(c.articles[static_cast<size_t>(m.article)], m.start, m.end);
        if (ev.mentions.size() > 1) st.tooltip_source += "  \xC2\xB7  reported in " + std::to_string(ev.mentions.size()) + " passages";
    } else if (it.kind == ItemKind::Timex) {
        const core::Timex& x = c.timexes[static_cast<size_t>(it.index)];
        st.tooltip_title = "\xE2\x80\x9C" + std::string(core::TextOf(a, x.span.start, x.span.end)) + "\xE2\x80\x9D  \xC2\xB7  " + IntervalText(it);
        st.tooltip_quote = SentenceAround(a, x.span.start, x.span.end);
    } else {
        st.tooltip_title = a.headline.empty() ? "Article " + a.id : a.headline;
        st.tooltip_quote = a.published_note;
        st.tooltip_source = "Published \xC2\xB7 " + SourceOf(a);
    }
    if (st.tooltip_quote.size() > 480) st.tooltip_quote = st.tooltip_quote.substr(0, 477) + "...";
}

}  // namespace

void DescribeTimelineHit(const AppState& app, TimelineState& st, int hit_index, bool show) {
    const TimelineHit& h = st.hits[static_cast<size_t>(hit_index)];
    const TimelineLane& lane = st.index.lanes[static_cast<size_t>(h.lane)];
    if (h.pill && h.count == 1) {  // "+1": the item itself, which found no row of its own
        DescribeItem(app, st, lane.items[h.item]);
        st.tooltip_source += "  \xC2\xB7  no room of its own at this zoom";
    } else if (h.IsBubble()) {
        st.tooltip_title = h.pill ? std::to_string(h.count) + " more items here, without room of their own" : std::to_string(h.count) + " items";
        st.tooltip_quote.clear();
        // The items a pill holds, by name (a dense bubble's own items are only counted).
        constexpr uint32_t kListed = 5;
        for (uint32_t k = 0; k < h.items_count && k < kListed; ++k) {
            if (!st.tooltip_quote.empty()) st.tooltip_quote += '\n';
            st.tooltip_quote += "\xE2\x80\xA2 ";
            st.tooltip_quote += TimelineItemLabel(app, lane.items[st.bubble_items[h.items_first + k]]);
        }
        if (h.items_count > kListed) st.tooltip_quote += "\nand " + std::to_string(h.items_count - kListed) + " more";
        st.tooltip_source = DayText(h.day0) + " \xE2\x80\x93 " + DayText(h.day1 - 1) + "  \xC2\xB7  click to zoom in";
    } else {
        DescribeItem(app, st, lane.items[h.item]);
    }
    if (!show) return;
    const float s = app.pixel_scale;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 400 * s);
    ImGui::PushFont(app.fonts.ui_bold);
    ImGui::TextUnformatted(st.tooltip_title.c_str());
    ImGui::PopFont();
    if (!st.tooltip_quote.empty()) {
        ImGui::PushFont(app.fonts.reading_italic);
        ImGui::TextUnformatted(st.tooltip_quote.c_str());
        ImGui::PopFont();
    }
    ImGui::PushFont(app.fonts.small);
    ImGui::TextDisabled("%s", st.tooltip_source.c_str());
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

}  // namespace ui
