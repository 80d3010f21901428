// timeline_model.hpp — what the timeline draws, prepared once per change of story, lane mode or filter.
//
// Usage:
//   ui::TimelineIndex index;
//   ui::BuildTimelineIndex(corpus, {ui::LaneMode::Article, entity_filter, max_lanes}, index);  // O(n log n)
//   ui::TimelineAxis axis = ui::BuildTimelineAxis(index, /*compress_gaps=*/true);
//   per frame: for each lane, ui::VisibleRange(lane.items, cls, day0, day1) → only what is on screen.
//
// No ImGui here: the model is plain data so it can be tested and benchmarked without a window.
// Items are date intervals in days since 1970-01-01 (`start` inclusive, `end` exclusive, fractional days
// allowed). Each lane keeps its items grouped by duration class and sorted by start inside a class, so the
// visible items of a class are a binary-searched slice: start in [day0 − max duration of class, day1].
// The axis maps days to "axis units": identical to days, or with long empty periods squeezed into breaks.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "model.hpp"

namespace ui {

enum class LaneMode : uint8_t { Article, Entity, ClaimKind };
const char* ToString(LaneMode mode);

enum class ItemKind : uint8_t { Event, Timex, Published };

// Duration classes: an item's class bounds its length, which bounds how far left of the view it may start.
enum DurationClass : uint8_t { kClassDay, kClassWeek, kClassMonth, kClassQuarter, kClassYear, kClassDecade, kClassEra };
constexpr int kClassCount = 7;
constexpr std::array<double, kClassCount> kClassMaxDays = {1.0, 8.0, 31.0, 92.0, 366.0, 3660.0, 1e9};
DurationClass ClassOfDuration(double days);

enum ItemFlags : uint8_t {
    kItemExact = 1 << 0,        // a single known day (drawn as a solid point; everything else is a range)
    kItemModStart = 1 << 1,     // "early November": the interval's start is the likely part
    kItemModEnd = 1 << 2,       // "late 1990s"
    kItemApprox = 1 << 3,       // "about", "around"
    kItemSearchHit = 1 << 4,    // a span of the item overlaps a search hit (recomputed when hits change)
};

struct TimelineItem {
    double start = 0;                   // first day, inclusive (days since 1970-01-01)
    double end = 0;                     // last day + 1, exclusive; end > start
    core::Index index = core::kNone;    // into corpus.events / corpus.timexes / corpus.articles (by kind)
    core::Index article = core::kNone;  // the article whose words put it here (mention, timex, publication)
    int32_t mention = 0;                // events: which of Event::mentions is quoted in the tooltip
    ItemKind kind = ItemKind::Event;
    uint8_t flags = 0;                  // ItemFlags
    double Mid() const { return (start + end) * 0.5; }
};

struct TimelineLane {
    std::string label;                  // "INPAC Times", "Kim Jong Un", "Quotes", "Other articles (12)"
    std::vector<core::Index> articles;  // by-article lanes: the article(s) the lane is (several when merged)
    std::vector<TimelineItem> items;    // grouped by duration class, sorted by start within a class
    std::array<uint32_t, kClassCount + 1> class_begin{};  // items of class c are [class_begin[c], class_begin[c+1])
};

struct TimelineIndex {
    std::vector<TimelineLane> lanes;
    double extent_start = 0, extent_end = 0;   // days covered by every item except eras (fit-all range)
    double focus_start = 0, focus_end = 0;     // days covered by items dated to a month or finer (the story
                                               // itself, without "the 1960s" it recalls): the first view
    size_t item_count = 0;              // items over all lanes (an event in three lanes counts three times)
    // Identity of what the index was built from, to know when to rebuild (cheap to compare every frame).
    const void* articles_data = nullptr;
    size_t article_count = 0, event_count = 0, timex_count = 0, claim_count = 0;
    LaneMode mode = LaneMode::Article;
    core::Index entity = core::kNone;
    int max_lanes = 0;
    bool built = false;
};

struct TimelineBuildOptions {
    LaneMode mode = LaneMode::Article;
    core::Index entity = core::kNone;   // keep only items involving this entity (publications always stay)
    int max_lanes = 8;                  // lanes beyond this many are merged into a last "Other …" lane
};

void BuildTimelineIndex(const core::Corpus& corpus, const TimelineBuildOptions& options, TimelineIndex& out);
bool TimelineIndexIsCurrent(const TimelineIndex& index, const core::Corpus& corpus,
                            const TimelineBuildOptions& options);
// Sets or clears kItemSearchHit on every item; `hits` sorted by (article, start) as AppState::search_hits.
void MarkSearchHits(const core::Corpus& corpus, const std::vector<core::Span>& hits, TimelineIndex& index);

// The index range [first, last) of class `cls` in `lane` whose items may intersect [day0, day1].
struct ItemRange { uint32_t first = 0, last = 0; };
ItemRange VisibleRange(const TimelineLane& lane, int cls, double day0, double day1);
// First index in [first, last) of class-sorted items with start >= day (binary search).
uint32_t FirstStartingAtOrAfter(const TimelineLane& lane, uint32_t first, uint32_t last, double day);

// Days ↔ axis units. Without breaks the two are equal; each break squeezes [day_start, day_end) into
// [axis_start, axis_start + width) so a gap of 63 empty years takes the room of a few weeks.
struct TimelineBreak {
    double day_start = 0, day_end = 0;  // the empty period (days)
    double axis_start = 0, axis_end = 0;    // where it sits on the axis (axis units)
};

struct TimelineAxis {
    std::vector<TimelineBreak> breaks;  // sorted, non-overlapping
    double ToAxis(double day) const;
    double ToDay(double axis) const;
    // The break containing axis position `a`, or nullptr.
    const TimelineBreak* BreakAt(double a) const;
};

// Breaks for every empty period longer than max(2 years, 12% of the extent); none when !compress.
TimelineAxis BuildTimelineAxis(const TimelineIndex& index, bool compress);

// Tick steps from days to centuries. The window picks the finest whose widest label still fits.
enum class TickUnit : uint8_t { Day, Month, Year };
struct TickStep {
    TickUnit unit = TickUnit::Year;
    int count = 1;                      // 1, 2, 7 days; 1, 3, 6 months; 1, 2, 5, 10, 20, 50, 100 years
    double ApproxDays() const;
    bool IsDecadeOrMore() const { return unit == TickUnit::Year && count >= 10; }
};
constexpr int kTickStepCount = 16;
extern const std::array<TickStep, kTickStepCount> kTickSteps;
// The first tick of `step` at or after `day` (ticks fall on calendar boundaries: month starts, years
// divisible by the count, …).
double NextTick(double day, const TickStep& step);
// "2024", "Jun 2024", "19 Jun" into buf; `context` = the coarser label shown under the first tick.
void FormatTick(double day, const TickStep& step, char* buf, size_t size);
void FormatTickContext(double day, const TickStep& step, char* buf, size_t size);

}  // namespace ui
