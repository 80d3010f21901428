#include "calendar.hpp"

#include <cstdio>

namespace core {

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return (m == 2 && IsLeapYear(y)) ? 29 : kDays[m - 1];
}

bool IsValidCivil(int y, int m, int d) {
    return y >= -9999 && y <= 99999 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

Day DayFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

CivilDate CivilFromDay(Day z) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

int Weekday(Day z) {
    // 1970-01-01 was a Thursday (ISO 4).
    int w = (z % 7 + 7 + 3) % 7;  // 0 = Monday
    return w + 1;
}

static Day IsoWeekOneMonday(int iso_year) {
    const Day jan4 = DayFromCivil(iso_year, 1, 4);
    return jan4 - (Weekday(jan4) - 1);
}

int IsoWeeksInYear(int iso_year) {
    return (IsoWeekOneMonday(iso_year + 1) - IsoWeekOneMonday(iso_year)) / 7;
}

void IsoWeekFromDay(Day day, int& iso_year, int& iso_week) {
    // The ISO year is the year of the week's Thursday.
    const Day thursday = day - (Weekday(day) - 1) + 3;
    iso_year = CivilFromDay(thursday).year;
    iso_week = (thursday - IsoWeekOneMonday(iso_year)) / 7 + 1;
}

Day DayFromIsoWeek(int iso_year, int iso_week, int weekday) {
    return IsoWeekOneMonday(iso_year) + (iso_week - 1) * 7 + (weekday - 1);
}

static bool Digits(std::string_view s, size_t pos, size_t n, int& out) {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

bool ParseIsoDate(std::string_view s, Day& out) {
    int y, m, d;
    if (!Digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !Digits(s, 5, 2, m) || s[7] != '-' ||
        !Digits(s, 8, 2, d))
        return false;
    if (!IsValidCivil(y, m, d)) return false;
    if (s.size() > 10) {
        // A time part must look like one: THH:MM[:SS[.fff]][Z|±HH:MM]; validate hours and minutes.
        if (s[10] != 'T' && s[10] != ' ') return false;
        int hh, mm;
        if (!Digits(s, 11, 2, hh) || s.size() < 16 || s[13] != ':' || !Digits(s, 14, 2, mm)) return false;
        if (hh > 23 || mm > 59) return false;
        if (s.size() > 16 && s[16] == ':') {
            int ss;
            if (!Digits(s, 17, 2, ss) || ss > 60) return false;
        }
    }
    out = DayFromCivil(y, m, d);
    return true;
}

std::string FormatIsoDay(Day day) {
    const CivilDate c = CivilFromDay(day);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

}  // namespace core
