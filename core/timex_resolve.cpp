#include "timex_resolve.hpp"

#include <cstdio>

#include "timex_lexicon.hpp"

namespace core::timex {

namespace {

int FloorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
int FloorMod(int a, int b) { return a - FloorDiv(a, b) * b; }

// Seasons follow the meteorological convention (spring = March–May …, winter = December–February,
// counted in the year of its December) because news uses seasons loosely and this is the common reading.
int SeasonOfMonth(int m, int& year) {
    if (m == 12) return 4;
    if (m <= 2) { --year; return 4; }
    return (m - 3) / 3 + 1;
}

}  // namespace

Point FromDay(Day d, Granularity g) {
    Point p;
    if (d == kNoDay) return p;
    const CivilDate c = CivilFromDay(d);
    p.g = g;
    p.year = c.year;
    switch (g) {
        case Granularity::Day:
        case Granularity::Time: p.month = c.month, p.day = c.day; break;
        case Granularity::Week: IsoWeekFromDay(d, p.year, p.week); break;
        case Granularity::Month: p.month = c.month; break;
        case Granularity::Quarter: p.quarter = (c.month - 1) / 3 + 1; break;
        case Granularity::Season: p.season = SeasonOfMonth(c.month, p.year); break;
        case Granularity::Year: break;
        case Granularity::Decade: p.year = FloorDiv(c.year, 10) * 10; break;
        case Granularity::Century: p.year = FloorDiv(c.year, 100) * 100; break;
        default: p.g = Granularity::Day, p.month = c.month, p.day = c.day; break;
    }
    return p;
}

Day FirstDay(const Point& p) {
    if (!p.Known()) return kNoDay;
    switch (p.g) {
        case Granularity::Day:
        case Granularity::Time: return IsValidCivil(p.year, p.month, p.day) ? DayFromCivil(p.year, p.month, p.day) : kNoDay;
        case Granularity::Week: return DayFromIsoWeek(p.year, p.week, p.weekend ? 6 : 1);
        case Granularity::Month: return DayFromCivil(p.year, p.month, 1);
        case Granularity::Quarter: return DayFromCivil(p.year, p.half ? (p.half - 1) * 6 + 1 : (p.quarter - 1) * 3 + 1, 1);
        case Granularity::Season: return p.season == 4 ? DayFromCivil(p.year, 12, 1) : DayFromCivil(p.year, p.season * 3, 1);
        default: return DayFromCivil(p.year, 1, 1);
    }
}

Point Truncate(const Point& p, Granularity g) {
    if (!p.Known()) { Point q = p; q.g = g; return q; }
    return FromDay(FirstDay(p), g);
}

bool IntervalOf(const Point& p, Day& earliest, Day& latest) {
    earliest = latest = kNoDay;
    const Day first = FirstDay(p);
    if (first == kNoDay) return false;
    earliest = first;
    switch (p.g) {
        case Granularity::Day:
        case Granularity::Time: latest = first; break;
        case Granularity::Week: latest = first + (p.weekend ? 1 : 6); break;
        case Granularity::Month: latest = first + DaysInMonth(p.year, p.month) - 1; break;
        case Granularity::Quarter: {
            const int months = p.half ? 6 : 3, m0 = p.half ? (p.half - 1) * 6 + 1 : (p.quarter - 1) * 3 + 1;
            const int m1 = m0 + months;
            latest = (m1 > 12 ? DayFromCivil(p.year + 1, 1, 1) : DayFromCivil(p.year, m1, 1)) - 1;
            break;
        }
        case Granularity::Season: {
            const int y = p.season == 4 ? p.year + 1 : p.year, m = p.season == 4 ? 3 : p.season * 3 + 3;
            latest = DayFromCivil(y, m, 1) - 1;
            break;
        }
        case Granularity::Year: latest = DayFromCivil(p.year + 1, 1, 1) - 1; break;
        case Granularity::Decade: latest = DayFromCivil(p.year + 10, 1, 1) - 1; break;
        case Granularity::Century: latest = DayFromCivil(p.year + 100, 1, 1) - 1; break;
        default: return false;
    }
    return true;
}

Point Shift(const Point& p, int n) {
    Point q = p;
    if (!p.Known() || n == 0) return q;
    switch (p.g) {
        case Granularity::Day:
        case Granularity::Time: {
            const Day d = FirstDay(p);
            if (d == kNoDay) return q;
            const CivilDate c = CivilFromDay(d + n);
            q.year = c.year, q.month = c.month, q.day = c.day;
            break;
        }
        case Granularity::Week: {
            const Day d = DayFromIsoWeek(p.year, p.week) + 7 * n;
            IsoWeekFromDay(d, q.year, q.week);
            break;
        }
        case Granularity::Month: {
            const int m = p.year * 12 + (p.month - 1) + n;
            q.year = FloorDiv(m, 12), q.month = FloorMod(m, 12) + 1;
            break;
        }
        case Granularity::Quarter: {
            if (p.half) {
                const int h = p.year * 2 + (p.half - 1) + n;
                q.year = FloorDiv(h, 2), q.half = FloorMod(h, 2) + 1;
            } else {
                const int k = p.year * 4 + (p.quarter - 1) + n;
                q.year = FloorDiv(k, 4), q.quarter = FloorMod(k, 4) + 1;
            }
            break;
        }
        case Granularity::Season: {
            const int k = p.year * 4 + (p.season - 1) + n;
            q.year = FloorDiv(k, 4), q.season = FloorMod(k, 4) + 1;
            break;
        }
        case Granularity::Year: q.year += n; break;
        case Granularity::Decade: q.year += 10 * n; break;
        case Granularity::Century: q.year += 100 * n; break;
        default: break;
    }
    return q;
}

Point ShiftBy(const Point& p, int unit, int n) {
    if (!p.Known()) return p;
    const Granularity ug = GranularityOfUnit(unit);
    if (ug == p.g) return Shift(p, n);
    switch (p.g) {
        case Granularity::Day:
        case Granularity::Time: {
            if (unit == kDay) return Shift(p, n);
            if (unit == kWeek || unit == kWeekend) return Shift(p, 7 * n);
            if (unit == kHour || unit == kMinute || unit == kSecond) return p;
            // Months and years move the civil date; the 29th–31st clamp to the month's end.
            int months = unit == kMonth ? n : unit == kQuarter ? 3 * n : unit == kYear ? 12 * n :
                         unit == kDecade ? 120 * n : unit == kCentury ? 1200 * n : 0;
            Point q = p;
            const int m = p.year * 12 + (p.month - 1) + months;
            q.year = FloorDiv(m, 12), q.month = FloorMod(m, 12) + 1;
            if (q.day > DaysInMonth(q.year, q.month)) q.day = DaysInMonth(q.year, q.month);
            return q;
        }
        case Granularity::Week:
            if (unit == kDay) return Shift(p, n / 7);
            if (unit == kYear) { Point q = p; q.year += n; if (q.week > IsoWeeksInYear(q.year)) q.week = IsoWeeksInYear(q.year); return q; }
            break;
        case Granularity::Month:
            if (unit == kQuarter) return Shift(p, 3 * n);
            if (unit == kYear) return Shift(p, 12 * n);
            if (unit == kDecade) return Shift(p, 120 * n);
            break;
        case Granularity::Quarter:
            if (unit == kYear) return Shift(p, (p.half ? 2 : 4) * n);
            if (unit == kHalf && !p.half) return Shift(p, 2 * n);
            break;
        case Granularity::Season:
            if (unit == kYear) return Shift(p, 4 * n);
            break;
        case Granularity::Year:
            if (unit == kDecade) return Shift(p, 10 * n);
            if (unit == kCentury) return Shift(p, 100 * n);
            break;
        default: break;
    }
    // Otherwise: move the first day and view the result at the unit's granularity.
    Day d = FirstDay(p);
    if (d == kNoDay) return p;
    return Truncate(ShiftBy(FromDay(d, Granularity::Day), unit, n), ug == Granularity::Unknown ? p.g : ug);
}

// Years outside 0..9999 (printf handles the sign and the width).
static std::string FormatValueSlow(const Point& p) {
    char buf[48];
    const bool known = p.year != kUnknownYear;
    char y[16];
    if (known) std::snprintf(y, sizeof y, "%04d", p.year);
    else std::snprintf(y, sizeof y, "XXXX");
    switch (p.g) {
        case Granularity::Day: std::snprintf(buf, sizeof buf, "%s-%02d-%02d", y, p.month, p.day); break;
        case Granularity::Time: {
            static const char* const kParts[] = {"", "MO", "AF", "EV", "NI"};
            if (p.hour >= 0)
                std::snprintf(buf, sizeof buf, "%s-%02d-%02dT%02d:%02d", y, p.month, p.day, p.hour, p.minute < 0 ? 0 : p.minute);
            else
                std::snprintf(buf, sizeof buf, "%s-%02d-%02dT%s", y, p.month, p.day, kParts[p.part >= 1 && p.part <= 4 ? p.part : 0]);
            break;
        }
        case Granularity::Week:
            if (p.week > 0) std::snprintf(buf, sizeof buf, "%s-W%02d%s", y, p.week, p.weekend ? "-WE" : "");
            else std::snprintf(buf, sizeof buf, "%s-WXX%s", y, p.weekend ? "-WE" : "");
            break;
        case Granularity::Month:
            if (p.month > 0) std::snprintf(buf, sizeof buf, "%s-%02d", y, p.month);
            else std::snprintf(buf, sizeof buf, "%s-XX", y);
            break;
        case Granularity::Quarter:
            if (p.half) std::snprintf(buf, sizeof buf, "%s-H%d", y, p.half);
            else if (p.quarter) std::snprintf(buf, sizeof buf, "%s-Q%d", y, p.quarter);
            else std::snprintf(buf, sizeof buf, "%s-QX", y);
            break;
        case Granularity::Season: {
            static const char* const kSeasons[] = {"XX", "SP", "SU", "FA", "WI"};
            std::snprintf(buf, sizeof buf, "%s-%s", y, kSeasons[p.season >= 1 && p.season <= 4 ? p.season : 0]);
            break;
        }
        case Granularity::Year: std::snprintf(buf, sizeof buf, "%s", y); break;
        case Granularity::Decade:
            if (known) std::snprintf(buf, sizeof buf, "%03d", FloorDiv(p.year, 10));
            else std::snprintf(buf, sizeof buf, "XXX");
            break;
        case Granularity::Century:
            if (known) std::snprintf(buf, sizeof buf, "%02d", FloorDiv(p.year, 100));
            else std::snprintf(buf, sizeof buf, "XX");
            break;
        default: std::snprintf(buf, sizeof buf, "XXXX-XX-XX"); break;
    }
    return buf;
}

namespace {

// A value being formatted, on the stack: a std::string reserved for it would be a heap block per value, where
// the finished one mostly fits the string's own 15 bytes ("1987-03-02"). Room for the longest value (a time,
// 16 bytes) with every number at its most digits.
struct ValueText {
    char buf[64];
    size_t n = 0;
    ValueText& operator+=(char c) { buf[n++] = c; return *this; }
    ValueText& operator+=(const char* s) {
        while (*s) buf[n++] = *s++;
        return *this;
    }
};

// Zero-padded decimal of a small non-negative number, `width` digits at least.
void PutNumber(ValueText& out, int v, int width) {
    char digits[12];
    int n = 0;
    do { digits[n++] = static_cast<char>('0' + v % 10); v /= 10; } while (v > 0 && n < 11);
    for (int k = n; k < width; ++k) out += '0';
    while (n > 0) out += digits[--n];
}

}  // namespace

// Hand-formatted (no snprintf): the tagger formats every value it emits, and a printf call costs more than
// the rest of the match.
std::string FormatValue(const Point& p) {
    if (p.year != kUnknownYear && (p.year < 0 || p.year > 9999)) return FormatValueSlow(p);
    ValueText out;
    const bool known = p.year != kUnknownYear;
    auto year = [&] {
        if (known) PutNumber(out, p.year, 4);
        else out += "XXXX";
    };
    switch (p.g) {
        case Granularity::Day:
            year(), out += '-', PutNumber(out, p.month, 2), out += '-', PutNumber(out, p.day, 2);
            break;
        case Granularity::Time: {
            static const char* const kParts[] = {"", "MO", "AF", "EV", "NI"};
            year(), out += '-', PutNumber(out, p.month, 2), out += '-', PutNumber(out, p.day, 2), out += 'T';
            if (p.hour >= 0) PutNumber(out, p.hour, 2), out += ':', PutNumber(out, p.minute < 0 ? 0 : p.minute, 2);
            else out += kParts[p.part >= 1 && p.part <= 4 ? p.part : 0];
            break;
        }
        case Granularity::Week:
            year(), out += "-W";
            if (p.week > 0) PutNumber(out, p.week, 2);
            else out += "XX";
            if (p.weekend) out += "-WE";
            break;
        case Granularity::Month:
            year(), out += '-';
            if (p.month > 0) PutNumber(out, p.month, 2);
            else out += "XX";
            break;
        case Granularity::Quarter:
            year();
            if (p.half) out += "-H", PutNumber(out, p.half, 1);
            else if (p.quarter) out += "-Q", PutNumber(out, p.quarter, 1);
            else out += "-QX";
            break;
        case Granularity::Season: {
            static const char* const kSeasons[] = {"XX", "SP", "SU", "FA", "WI"};
            year(), out += '-', out += kSeasons[p.season >= 1 && p.season <= 4 ? p.season : 0];
            break;
        }
        case Granularity::Year: year(); break;
        case Granularity::Decade:
            if (known) PutNumber(out, FloorDiv(p.year, 10), 3);
            else out += "XXX";
            break;
        case Granularity::Century:
            if (known) PutNumber(out, FloorDiv(p.year, 100), 2);
            else out += "XX";
            break;
        default: out += "XXXX-XX-XX"; break;
    }
    return std::string(out.buf, out.n);
}

Day WeekdayNear(Day ref, int wd, int dir, bool strict) {
    const int cur = Weekday(ref);
    if (dir == 0) return ref - (cur - 1) + (wd - 1);
    if (dir < 0) {
        int back = (cur - wd + 7) % 7;
        if (back == 0 && strict) back = 7;
        return ref - back;
    }
    int fwd = (wd - cur + 7) % 7;
    if (fwd == 0 && strict) fwd = 7;
    return ref + fwd;
}

Granularity GranularityOfUnit(int unit) {
    switch (unit) {
        case kDay: case kNight: return Granularity::Day;
        case kWeek: case kWeekend: return Granularity::Week;
        case kMonth: return Granularity::Month;
        case kQuarter: case kHalf: return Granularity::Quarter;
        case kYear: return Granularity::Year;
        case kDecade: return Granularity::Decade;
        case kCentury: return Granularity::Century;
        case kHour: case kMinute: case kSecond: return Granularity::Time;
        default: return Granularity::Unknown;
    }
}

int UnitOfGranularity(Granularity g) {
    switch (g) {
        case Granularity::Day: return kDay;
        case Granularity::Week: return kWeek;
        case Granularity::Month: return kMonth;
        case Granularity::Quarter: return kQuarter;
        case Granularity::Season: return kQuarter;
        case Granularity::Year: return kYear;
        case Granularity::Decade: return kDecade;
        case Granularity::Century: return kCentury;
        default: return kDay;
    }
}

const char* UnitLetter(int unit, bool& time_part) {
    time_part = unit == kHour || unit == kMinute || unit == kSecond;
    switch (unit) {
        case kSecond: return "S";
        case kMinute: return "M";
        case kHour: return "H";
        case kDay: case kNight: return "D";
        case kWeek: return "W";
        case kWeekend: return "WE";
        case kMonth: return "M";
        case kQuarter: return "Q";
        case kHalf: return "H";
        case kYear: return "Y";
        case kDecade: return "DE";
        case kCentury: return "CE";
        case kMillennium: return "ML";
        default: return "D";
    }
}

Day HolidayDay(int holiday, int year) {
    auto nth_weekday = [&](int month, int wd, int nth) {
        const Day first = DayFromCivil(year, month, 1);
        return first + (wd - Weekday(first) + 7) % 7 + 7 * (nth - 1);
    };
    switch (holiday) {
        case kChristmas: return DayFromCivil(year, 12, 25);
        case kChristmasEve: return DayFromCivil(year, 12, 24);
        case kNewYear: return DayFromCivil(year, 1, 1);
        case kNewYearsEve: return DayFromCivil(year, 12, 31);
        case kThanksgiving: return nth_weekday(11, 4, 4);   // US: fourth Thursday of November
        case kHalloween: return DayFromCivil(year, 10, 31);
        case kValentine: return DayFromCivil(year, 2, 14);
        case kIndependence: return DayFromCivil(year, 7, 4);
        case kLabor: return nth_weekday(9, 1, 1);
        case kEaster: {
            // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
            const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
            const int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
            const int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
            const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
            return DayFromCivil(year, month, day);
        }
        default: return kNoDay;
    }
}

}  // namespace core::timex
