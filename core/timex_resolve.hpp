// timex_resolve.hpp — calendar points of any granularity, their TIMEX3 values and their day intervals.
//
// Internal to the tagger. A Point is what an expression denotes once anchored: a day, a week, a month,
// a quarter, a season, a year, a decade or a century (plus an optional time of day). Relative
// expressions are resolved by truncating an anchor day to the wanted granularity and shifting it:
//   Point w = Shift(Truncate(dct, Granularity::Week), -1);    // "last week"  → 2024-W45
//   FormatValue(w) == "2024-W45";  IntervalOf(w, e, l);        // Monday..Sunday of that week
// A Point with an unknown year (no DCT and none written) formats TimeML-style with X ("XXXX-06-19")
// and has no interval.
#pragma once
#include <string>

#include "calendar.hpp"
#include "model.hpp"

namespace core::timex {

constexpr int kUnknownYear = INT32_MIN;

struct Point {
    Granularity g = Granularity::Unknown;
    int year = kUnknownYear;            // for Decade: the year of its start (1960); Century: 1900 for "19"
    int month = 0;                      // 1..12 (Month, Day, Time)
    int day = 0;                        // 1..31 (Day, Time)
    int week = 0;                       // ISO week (Week); year is then the ISO year
    int quarter = 0;                    // 1..4 (Quarter); 1..2 halves use `half`
    int half = 0;                       // 1..2 (H1/H2, kept as Quarter granularity with half set)
    int season = 0;                     // 1 SP, 2 SU, 3 FA, 4 WI (Season)
    bool weekend = false;               // Week: only its weekend ("2024-W45-WE")
    int hour = -1, minute = -1;         // Time: clock time, or
    int part = 0;                       // Time: part of day 1 MO, 2 AF, 3 EV, 4 NI (hour < 0)
    bool Known() const { return g != Granularity::Unknown && year != kUnknownYear; }
};

Point FromDay(Day d, Granularity g);                   // d truncated to g (Day, Week, Month, …)
Point Truncate(const Point& p, Granularity g);        // a coarser view of p (a day's month, year, …)
Point Shift(const Point& p, int n);                   // n units of p's own granularity later (n<0: earlier)
// Shifts by n units of `unit` (a timex Unit: kDay, kWeek, kMonth, kQuarter, kYear, kDecade…), keeping
// p's granularity where that makes sense ("a year earlier" than a quarter is that quarter a year before).
Point ShiftBy(const Point& p, int unit, int n);
Day FirstDay(const Point& p);                         // kNoDay when unknown
bool IntervalOf(const Point& p, Day& earliest, Day& latest);
std::string FormatValue(const Point& p);

// The weekday `wd` (1..7) nearest to `ref` in direction dir (-1 before or on, +1 after or on; 0 the
// same ISO week). Same weekday as ref resolves to ref itself for dir ±1 unless strict.
Day WeekdayNear(Day ref, int wd, int dir, bool strict);
Granularity GranularityOfUnit(int unit);
int UnitOfGranularity(Granularity g);
const char* UnitLetter(int unit, bool& time_part);    // "Y", "M", "W", "D", "H" (time_part for H/M/S)
Day HolidayDay(int holiday, int year);                // kNoDay when unknown

}  // namespace core::timex
