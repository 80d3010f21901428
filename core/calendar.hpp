// calendar.hpp — proleptic Gregorian day arithmetic shared by the tagger, the model and the timeline.
//
// Usage:
//   core::Day d = core::DayFromCivil(2024, 6, 19);   // days since 1970-01-01
//   core::CivilDate c = core::CivilFromDay(d);       // {2024, 6, 19}
//   core::IsValidCivil(2024, 2, 30) == false
//
// A Day is a plain int32 so intervals, sorting and the timeline's x axis all use one cheap number.
// Algorithms after Howard Hinnant's "chrono-compatible low-level date algorithms" (public domain).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace core {

using Day = int32_t;                    // days since 1970-01-01 (negative before); covers years ±5 million
constexpr Day kNoDay = INT32_MIN;       // "no date" sentinel; never a valid day

struct CivilDate {
    int year = 0;                       // proleptic Gregorian, astronomical numbering (0 = 1 BC)
    int month = 0;                      // 1..12
    int day = 0;                        // 1..31
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);                 // 0 when month is out of 1..12
bool IsValidCivil(int year, int month, int day);
Day DayFromCivil(int year, int month, int day);       // caller guarantees validity
CivilDate CivilFromDay(Day day);
int Weekday(Day day);                                 // ISO: 1 = Monday .. 7 = Sunday
int IsoWeeksInYear(int iso_year);                     // 52 or 53
void IsoWeekFromDay(Day day, int& iso_year, int& iso_week);
Day DayFromIsoWeek(int iso_year, int iso_week, int weekday = 1);

// "2024-06-19" / "2024-06-19T15:01:01" / "2024-06-19 15:01" → day; false on anything impossible.
bool ParseIsoDate(std::string_view text, Day& out);
std::string FormatIsoDay(Day day);                    // "2024-06-19"

}  // namespace core
