#include "timeline_model.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "sort_order.hpp"

namespace ui {

const char* ToString(LaneMode mode) {
    switch (mode) {
        case LaneMode::Article: return "Articles";
        case LaneMode::Entity: return "Entities";
        case LaneMode::ClaimKind: return "Claim kinds";
    }
    return "?";
}

DurationClass ClassOfDuration(double days) {
    for (int c = 0; c < kClassCount - 1; ++c)
        if (days <= kClassMaxDays[c]) return static_cast<DurationClass>(c);
    return kClassEra;
}

namespace {

// Lane keys: a non-negative key is an article, entity or claim kind (by mode); these two are shared.
constexpr int kKeyPublished = -2;   // publication markers (modes other than Article)
constexpr int kKeyNone = -1;        // no entity / no claim: "Other dates"
constexpr int kKeyOffset = 2;       // keys are stored at key + kKeyOffset in per-key arrays

struct Keyed {
    int key;
    TimelineItem item;
};

uint8_t FlagsOf(core::Granularity g, const std::string& mod) {
    uint8_t f = g == core::Granularity::Day ? kItemExact : 0;
    if (mod == "START") f |= kItemModStart;
    else if (mod == "END") f |= kItemModEnd;
    else if (mod == "APPROX" || mod == "MID") f |= kItemApprox;
    return f;
}

bool Contains(const std::vector<core::Index>& v, core::Index x) { return std::find(v.begin(), v.end(), x) != v.end(); }

std::string LaneLabel(const core::Corpus& c, LaneMode mode, int key) {
    if (key == kKeyPublished) return "Published";
    if (mode == LaneMode::Article) {
        const core::Article& a = c.articles[static_cast<size_t>(key)];
        return !a.outlet.empty() ? a.outlet : !a.headline.empty() ? a.headline : "Article " + a.id;
    }
    if (mode == LaneMode::Entity) return key == kKeyNone ? "No named entity" : c.entities[static_cast<size_t>(key)].name;
    if (key == kKeyNone) return "Other dates";
    switch (static_cast<core::ClaimKind>(key)) {
        case core::ClaimKind::Event: return "Events";
        case core::ClaimKind::Quantity: return "Quantities";
        case core::ClaimKind::Quote: return "Quotes";
        case core::ClaimKind::Assessment: return "Assessments";
    }
    return "?";
}

// Every (lane key, item) pair of the story under `o`. Timexes that date an event's claim are left to the
// event (one mark per happening, not two).
void CollectItems(const core::Corpus& c, const TimelineBuildOptions& o, std::vector<Keyed>& out) {
    std::vector<core::Index> timex_claim(c.timexes.size(), core::kNone);
    for (size_t k = 0; k < c.claims.size(); ++k)
        for (core::Index t : c.claims[k].timexes)
            if (t >= 0 && static_cast<size_t>(t) < timex_claim.size()) timex_claim[static_cast<size_t>(t)] = static_cast<core::Index>(k);
    std::vector<int> keys;
    std::vector<core::Index> entities;
    for (size_t e = 0; e < c.events.size(); ++e) {
        const core::Event& ev = c.events[e];
        if (ev.date.earliest == core::kNoDay || ev.date.latest == core::kNoDay || ev.mentions.empty()) continue;
        entities.clear();
        for (core::Index k : ev.claims)
            if (k >= 0 && static_cast<size_t>(k) < c.claims.size())
                for (core::Index n : c.claims[static_cast<size_t>(k)].entities)
                    if (!Contains(entities, n)) entities.push_back(n);
        if (o.entity != core::kNone && !Contains(entities, o.entity)) continue;
        TimelineItem item;
        item.start = ev.date.earliest;
        item.end = ev.date.latest + 1.0;
        item.index = static_cast<core::Index>(e);
        item.kind = ItemKind::Event;
        item.flags = FlagsOf(ev.date.granularity, ev.date.mod);
        item.article = ev.mentions[0].article;
        keys.clear();
        if (o.mode == LaneMode::Article) {
            for (size_t m = 0; m < ev.mentions.size(); ++m) {
                const int key = ev.mentions[m].article;
                if (key < 0 || Contains(keys, key)) continue;
                keys.push_back(key);
                item.article = key;
                item.mention = static_cast<int32_t>(m);
                out.push_back({key, item});
            }
            continue;
        }
        if (o.mode == LaneMode::Entity) {
            for (core::Index n : entities) keys.push_back(n);
        } else {
            for (core::Index k : ev.claims)
                if (k >= 0 && static_cast<size_t>(k) < c.claims.size()) {
                    const int key = static_cast<int>(c.claims[static_cast<size_t>(k)].kind);
                    if (!Contains(keys, key)) keys.push_back(key);
                }
            if (keys.empty()) keys.push_back(static_cast<int>(core::ClaimKind::Event));
        }
        if (keys.empty()) keys.push_back(kKeyNone);
        for (int key : keys) out.push_back({key, item});
    }
    for (size_t t = 0; t < c.timexes.size(); ++t) {
        const core::Timex& x = c.timexes[t];
        if (x.type != core::TimexType::Date || x.earliest == core::kNoDay || x.latest == core::kNoDay) continue;
        const core::Index claim = timex_claim[t];
        const core::Claim* cl = claim == core::kNone ? nullptr : &c.claims[static_cast<size_t>(claim)];
        if (cl && cl->event != core::kNone) continue;
        if (o.entity != core::kNone && (!cl || !Contains(cl->entities, o.entity))) continue;
        TimelineItem item;
        item.start = x.earliest;
        item.end = x.latest + 1.0;
        item.index = static_cast<core::Index>(t);
        item.article = x.span.article;
        item.kind = ItemKind::Timex;
        item.flags = FlagsOf(x.granularity, x.mod);
        if (o.mode == LaneMode::Article) out.push_back({x.span.article, item});
        else if (o.mode == LaneMode::ClaimKind) out.push_back({cl ? static_cast<int>(cl->kind) : kKeyNone, item});
        else if (!cl || cl->entities.empty()) out.push_back({kKeyNone, item});
        else for (core::Index n : cl->entities) out.push_back({n, item});
    }
    for (size_t a = 0; a < c.articles.size(); ++a) {
        const core::Article& art = c.articles[a];
        if (art.published_day == core::kNoDay) continue;
        TimelineItem item;
        item.start = art.published_day;
        item.end = art.published_day + 1.0;
        item.index = static_cast<core::Index>(a);
        item.article = static_cast<core::Index>(a);
        item.kind = ItemKind::Published;
        item.flags = kItemExact;
        out.push_back({o.mode == LaneMode::Article ? static_cast<int>(a) : kKeyPublished, item});
    }
}

bool ItemLess(const TimelineItem& a, const TimelineItem& b) {
    const int ca = ClassOfDuration(a.end - a.start), cb = ClassOfDuration(b.end - b.start);
    if (ca != cb) return ca < cb;
    if (a.start != b.start) return a.start < b.start;
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.index < b.index;
}

}  // namespace

bool TimelineIndexIsCurrent(const TimelineIndex& ix, const core::Corpus& c, const TimelineBuildOptions& o) {
    return ix.built && ix.articles_data == c.articles.data() && ix.article_count == c.articles.size() &&
           ix.event_count == c.events.size() && ix.timex_count == c.timexes.size() &&
           ix.claim_count == c.claims.size() && ix.mode == o.mode && ix.entity == o.entity &&
           ix.max_lanes == o.max_lanes;
}

void BuildTimelineIndex(const core::Corpus& c, const TimelineBuildOptions& o, TimelineIndex& out) {
    std::vector<Keyed> pairs;
    CollectItems(c, o, pairs);
    const size_t key_space = kKeyOffset + std::max({c.articles.size(), c.entities.size(), size_t{4}});
    std::vector<uint32_t> count(key_space, 0);
    for (const Keyed& p : pairs) ++count[static_cast<size_t>(p.key + kKeyOffset)];

    // Lane order: publications first, then articles by date / entities by weight / kinds in fixed order.
    std::vector<int> keys;
    for (size_t k = 0; k < key_space; ++k)
        if (count[k]) keys.push_back(static_cast<int>(k) - kKeyOffset);
    auto published_day = [&](int key) { return c.articles[static_cast<size_t>(key)].published_day; };
    core::StableSortIndices(keys, [&](int a, int b) {
        if ((a == kKeyPublished) != (b == kKeyPublished)) return a == kKeyPublished;
        if ((a == kKeyNone) != (b == kKeyNone)) return b == kKeyNone;  // "none" lanes go last
        if (o.mode == LaneMode::Entity) return count[static_cast<size_t>(a + kKeyOffset)] > count[static_cast<size_t>(b + kKeyOffset)];
        if (o.mode == LaneMode::Article && a >= 0 && b >= 0) return published_day(a) < published_day(b);
        return a < b;
    });
    const int max_lanes = std::max(1, o.max_lanes);
    std::vector<int> lane_of(key_space, -1);
    int lanes = 0;
    if (static_cast<int>(keys.size()) <= max_lanes) {
        for (int k : keys) lane_of[static_cast<size_t>(k + kKeyOffset)] = lanes++;
    } else {
        // Keep the busiest lanes (in their display order), merge the rest into one "Other …" lane.
        std::vector<int> by_weight = keys;
        core::StableSortIndices(by_weight, [&](int a, int b) {
            if ((a == kKeyPublished) != (b == kKeyPublished)) return a == kKeyPublished;
            return count[static_cast<size_t>(a + kKeyOffset)] > count[static_cast<size_t>(b + kKeyOffset)];
        });
        by_weight.resize(static_cast<size_t>(max_lanes - 1));
        for (int k : keys)
            if (Contains(by_weight, k)) lane_of[static_cast<size_t>(k + kKeyOffset)] = lanes++;
        for (int k : keys)
            if (lane_of[static_cast<size_t>(k + kKeyOffset)] < 0) lane_of[static_cast<size_t>(k + kKeyOffset)] = lanes;
        ++lanes;
    }
    out.lanes.assign(static_cast<size_t>(lanes), TimelineLane{});
    int merged = 0;
    for (int k : keys) {
        TimelineLane& lane = out.lanes[static_cast<size_t>(lane_of[static_cast<size_t>(k + kKeyOffset)])];
        if (lane.label.empty()) lane.label = LaneLabel(c, o.mode, k);
        else ++merged;
        if (o.mode == LaneMode::Article && k >= 0) lane.articles.push_back(static_cast<core::Index>(k));
    }
    if (merged > 0) {
        const char* what = o.mode == LaneMode::Article ? "articles" : o.mode == LaneMode::Entity ? "entities" : "kinds";
        out.lanes.back().label = "Other " + std::string(what) + " (" + std::to_string(merged + 1) + ")";
    }
    for (TimelineLane& lane : out.lanes) lane.items.reserve(64);
    for (const Keyed& p : pairs) out.lanes[static_cast<size_t>(lane_of[static_cast<size_t>(p.key + kKeyOffset)])].items.push_back(p.item);

    out.item_count = 0;
    double lo = 1e18, hi = -1e18, era_lo = 1e18, era_hi = -1e18, focus_lo = 1e18, focus_hi = -1e18;
    std::vector<double> focus, focus_ends;  // starts and ends of items dated to a month or finer
    for (TimelineLane& lane : out.lanes) {
        std::sort(lane.items.begin(), lane.items.end(), ItemLess);
        // The merged lane may hold one event once per merged article: keep one mark.
        lane.items.erase(std::unique(lane.items.begin(), lane.items.end(),
                                     [](const TimelineItem& a, const TimelineItem& b) {
                                         return a.kind == b.kind && a.index == b.index && a.start == b.start && a.end == b.end;
                                     }),
                         lane.items.end());
        lane.class_begin.fill(static_cast<uint32_t>(lane.items.size()));
        for (size_t i = lane.items.size(); i-- > 0;)
            lane.class_begin[ClassOfDuration(lane.items[i].end - lane.items[i].start)] = static_cast<uint32_t>(i);
        for (int cls = kClassCount - 1; cls >= 0; --cls)
            lane.class_begin[static_cast<size_t>(cls)] = std::min(lane.class_begin[static_cast<size_t>(cls)], lane.class_begin[static_cast<size_t>(cls) + 1]);
        for (const TimelineItem& it : lane.items) {
            if (ClassOfDuration(it.end - it.start) == kClassEra) { era_lo = std::min(era_lo, it.start); era_hi = std::max(era_hi, it.end); }
            else { lo = std::min(lo, it.start); hi = std::max(hi, it.end); }
            if (ClassOfDuration(it.end - it.start) <= kClassMonth) { focus.push_back(it.start); focus_ends.push_back(it.end); }
        }
        out.item_count += lane.items.size();
    }
    if (lo > hi) { lo = era_lo; hi = era_hi; }
    if (lo > hi) { lo = core::DayFromCivil(2024, 1, 1); hi = lo + 365; }
    out.extent_start = lo;
    out.extent_end = hi;
    // The story's own period: the middle 96% of its precise dates, so a stray "May 1893" in one article
    // of thousands does not decide the first view (with few items this is simply their range).
    if (!focus.empty()) {
        const size_t k_lo = focus.size() / 50, k_hi = focus.size() - 1 - focus.size() / 50;
        std::nth_element(focus.begin(), focus.begin() + static_cast<std::ptrdiff_t>(k_lo), focus.end());
        focus_lo = std::floor(focus[k_lo]);
        std::nth_element(focus_ends.begin(), focus_ends.begin() + static_cast<std::ptrdiff_t>(k_hi), focus_ends.end());
        focus_hi = std::ceil(focus_ends[k_hi]);
    }
    if (focus_lo > focus_hi) { focus_lo = lo; focus_hi = hi; }
    out.focus_start = focus_lo;
    out.focus_end = focus_hi;
    out.articles_data = c.articles.data();
    out.article_count = c.articles.size();
    out.event_count = c.events.size();
    out.timex_count = c.timexes.size();
    out.claim_count = c.claims.size();
    out.mode = o.mode;
    out.entity = o.entity;
    out.max_lanes = o.max_lanes;
    out.built = true;
}

namespace {
bool SpanOverlapsHits(const core::Span& s, const std::vector<core::Span>& hits) {
    auto it = std::lower_bound(hits.begin(), hits.end(), s, [](const core::Span& h, const core::Span& x) {
        return h.article != x.article ? h.article < x.article : h.end <= x.start;
    });
    return it != hits.end() && it->article == s.article && it->start < s.end;
}
}  // namespace

void MarkSearchHits(const core::Corpus& c, const std::vector<core::Span>& hits, TimelineIndex& ix) {
    for (TimelineLane& lane : ix.lanes)
        for (TimelineItem& it : lane.items) {
            bool hit = false;
            if (!hits.empty()) {
                if (it.kind == ItemKind::Event) {
                    for (const core::Span& m : c.events[static_cast<size_t>(it.index)].mentions)
                        if (SpanOverlapsHits(m, hits)) { hit = true; break; }
                } else if (it.kind == ItemKind::Timex) {
                    hit = SpanOverlapsHits(c.timexes[static_cast<size_t>(it.index)].span, hits);
                }
            }
            it.flags = static_cast<uint8_t>(hit ? it.flags | kItemSearchHit : it.flags & ~kItemSearchHit);
        }
}

uint32_t FirstStartingAtOrAfter(const TimelineLane& lane, uint32_t first, uint32_t last, double day) {
    auto b = lane.items.begin();
    return static_cast<uint32_t>(std::lower_bound(b + first, b + last, day,
                                                  [](const TimelineItem& it, double d) { return it.start < d; }) - b);
}

ItemRange VisibleRange(const TimelineLane& lane, int cls, double day0, double day1) {
    const uint32_t b = lane.class_begin[static_cast<size_t>(cls)], e = lane.class_begin[static_cast<size_t>(cls) + 1];
    if (b == e) return {b, b};
    const double reach = cls == kClassEra ? 1e18 : kClassMaxDays[static_cast<size_t>(cls)];
    const uint32_t first = cls == kClassEra ? b : FirstStartingAtOrAfter(lane, b, e, day0 - reach);
    auto it = std::upper_bound(lane.items.begin() + first, lane.items.begin() + e, day1,
                               [](double d, const TimelineItem& x) { return d < x.start; });
    return {first, static_cast<uint32_t>(it - lane.items.begin())};
}

// ---- axis ----------------------------------------------------------------------------------------------

double TimelineAxis::ToAxis(double day) const {
    double shift = 0;   // axis = day - shift after the last break before `day`
    for (const TimelineBreak& b : breaks) {
        if (day < b.day_start) break;
        if (day < b.day_end) return b.axis_start + (day - b.day_start) * (b.axis_end - b.axis_start) / (b.day_end - b.day_start);
        shift = b.day_end - b.axis_end;
    }
    return day - shift;
}

double TimelineAxis::ToDay(double a) const {
    double shift = 0;
    for (const TimelineBreak& b : breaks) {
        if (a < b.axis_start) break;
        if (a < b.axis_end) return b.day_start + (a - b.axis_start) * (b.day_end - b.day_start) / (b.axis_end - b.axis_start);
        shift = b.day_end - b.axis_end;
    }
    return a + shift;
}

const TimelineBreak* TimelineAxis::BreakAt(double a) const {
    for (const TimelineBreak& b : breaks)
        if (a >= b.axis_start && a < b.axis_end) return &b;
    return nullptr;
}

TimelineAxis BuildTimelineAxis(const TimelineIndex& ix, bool compress) {
    TimelineAxis axis;
    if (!compress) return axis;
    std::vector<std::pair<double, double>> spans;
    spans.reserve(ix.item_count);
    for (const TimelineLane& lane : ix.lanes)
        for (uint32_t i = lane.class_begin[0]; i < lane.class_begin[kClassEra]; ++i)
            spans.emplace_back(lane.items[i].start, lane.items[i].end);
    std::sort(spans.begin(), spans.end());
    const double extent = ix.extent_end - ix.extent_start;
    const double min_gap = std::max(730.0, 0.12 * extent);
    std::vector<std::pair<double, double>> gaps;
    double covered_to = -1e18, occupied = 0, seg_start = 0;
    for (const auto& [s, e] : spans) {
        if (covered_to > -1e17 && s - covered_to >= min_gap) {
            gaps.emplace_back(covered_to, s);
            occupied += covered_to - seg_start;
            seg_start = s;
        } else if (covered_to < -1e17) {
            seg_start = s;
        }
        covered_to = std::max(covered_to, e);
    }
    occupied += covered_to - seg_start;
    // A break takes 4% of what stays on the axis (at least 10 days): visible, never dominant.
    const double width = std::max(10.0, occupied * 0.04);
    double shift = 0;
    for (const auto& [a, b] : gaps) {
        // Leave a margin of empty time on both sides so marks next to the break keep their room.
        const double margin = std::min(width, (b - a) * 0.1);
        TimelineBreak br;
        br.day_start = a + margin;
        br.day_end = b - margin;
        br.axis_start = br.day_start - shift;
        br.axis_end = br.axis_start + width;
        shift = br.day_end - br.axis_end;
        axis.breaks.push_back(br);
    }
    return axis;
}

// ---- ticks ---------------------------------------------------------------------------------------------

const std::array<TickStep, kTickStepCount> kTickSteps = {{
    {TickUnit::Day, 1}, {TickUnit::Day, 2}, {TickUnit::Day, 7}, {TickUnit::Month, 1}, {TickUnit::Month, 3},
    {TickUnit::Month, 6}, {TickUnit::Year, 1}, {TickUnit::Year, 2}, {TickUnit::Year, 5}, {TickUnit::Year, 10},
    {TickUnit::Year, 20}, {TickUnit::Year, 50}, {TickUnit::Year, 100}, {TickUnit::Year, 200},
    {TickUnit::Year, 500}, {TickUnit::Year, 1000},
}};

double TickStep::ApproxDays() const {
    switch (unit) {
        case TickUnit::Day: return count;
        case TickUnit::Month: return count * 30.44;
        case TickUnit::Year: return count * 365.25;
    }
    return 1;
}

namespace {
int FloorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
}  // namespace

double NextTick(double day, const TickStep& step) {
    const core::Day d = static_cast<core::Day>(std::ceil(day));
    if (step.unit == TickUnit::Day) {
        if (step.count == 7) {  // weeks start on Monday
            const int wd = core::Weekday(d);
            return d + (8 - wd) % 7;
        }
        return static_cast<double>(FloorDiv(d + step.count - 1, step.count)) * step.count;
    }
    const core::CivilDate c = core::CivilFromDay(d);
    if (step.unit == TickUnit::Month) {
        int m = c.year * 12 + (c.month - 1);
        if (core::DayFromCivil(c.year, c.month, 1) < d) ++m;
        m = FloorDiv(m + step.count - 1, step.count) * step.count;
        return core::DayFromCivil(FloorDiv(m, 12), m - FloorDiv(m, 12) * 12 + 1, 1);
    }
    int y = c.year;
    if (core::DayFromCivil(y, 1, 1) < d) ++y;
    y = FloorDiv(y + step.count - 1, step.count) * step.count;
    return core::DayFromCivil(y, 1, 1);
}

namespace {
const char* kMonthShort[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* kMonthLong[] = {"January", "February", "March", "April", "May", "June", "July", "August",
                            "September", "October", "November", "December"};
}  // namespace

void FormatTick(double day, const TickStep& step, char* buf, size_t size) {
    const core::CivilDate c = core::CivilFromDay(static_cast<core::Day>(std::floor(day)));
    if (step.unit == TickUnit::Day) std::snprintf(buf, size, "%d", c.day);
    else if (step.unit == TickUnit::Month) std::snprintf(buf, size, "%s", kMonthShort[c.month - 1]);
    else if (step.count == 10) std::snprintf(buf, size, "%ds", c.year);
    else std::snprintf(buf, size, "%d", c.year);
}

void FormatTickContext(double day, const TickStep& step, char* buf, size_t size) {
    const core::CivilDate c = core::CivilFromDay(static_cast<core::Day>(std::floor(day)));
    if (step.unit == TickUnit::Day) std::snprintf(buf, size, "%s %d", kMonthLong[c.month - 1], c.year);
    else if (step.unit == TickUnit::Month) std::snprintf(buf, size, "%d", c.year);
    else buf[0] = '\0';
}

}  // namespace ui
