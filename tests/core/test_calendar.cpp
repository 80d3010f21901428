#include <doctest/doctest.h>

#include "calendar.hpp"
#include "model.hpp"

using namespace core;

TEST_CASE("civil dates round-trip through day numbers") {
    CHECK(DayFromCivil(1970, 1, 1) == 0);
    CHECK(DayFromCivil(2024, 6, 19) == 19893);
    for (Day d = -800000; d < 800000; d += 997) {
        const CivilDate c = CivilFromDay(d);
        CHECK(DayFromCivil(c.year, c.month, c.day) == d);
    }
}

TEST_CASE("leap years and impossible dates") {
    CHECK(IsValidCivil(2024, 2, 29));
    CHECK_FALSE(IsValidCivil(2023, 2, 29));
    CHECK_FALSE(IsValidCivil(2024, 2, 30));
    CHECK_FALSE(IsValidCivil(1900, 2, 29));
    CHECK(IsValidCivil(2000, 2, 29));
    CHECK_FALSE(IsValidCivil(2024, 13, 1));
    CHECK_FALSE(IsValidCivil(2024, 4, 31));
    Day d;
    CHECK_FALSE(ParseIsoDate("2024-02-30", d));
    CHECK_FALSE(ParseIsoDate("2024-06-19T25:00", d));
    REQUIRE(ParseIsoDate("1987-02-26T15:01:01", d));
    CHECK(FormatIsoDay(d) == "1987-02-26");
}

TEST_CASE("weekdays and ISO weeks, including week 53 and year boundaries") {
    CHECK(Weekday(DayFromCivil(2024, 6, 19)) == 3);  // a Wednesday
    CHECK(Weekday(DayFromCivil(2024, 11, 11)) == 1);  // a Monday
    int y, w;
    IsoWeekFromDay(DayFromCivil(2020, 12, 31), y, w);
    CHECK((y == 2020 && w == 53));
    IsoWeekFromDay(DayFromCivil(2021, 1, 3), y, w);
    CHECK((y == 2020 && w == 53));
    IsoWeekFromDay(DayFromCivil(2024, 12, 30), y, w);
    CHECK((y == 2025 && w == 1));
    CHECK(IsoWeeksInYear(2020) == 53);
    CHECK(IsoWeeksInYear(2024) == 52);
    CHECK(DayFromIsoWeek(2024, 45) == DayFromCivil(2024, 11, 4));
}

TEST_CASE("text quote selectors cut context on code point boundaries") {
    Article a;
    a.text = "Wirtualna Polska Media Spółka Akcyjna, headquartered in Warsaw";
    const auto pos = static_cast<uint32_t>(a.text.find("headquartered"));
    const TextQuote q = QuoteOf(a, pos, pos + 13);
    CHECK(q.exact == "headquartered");
    CHECK(q.prefix.size() <= 32);
    CHECK((static_cast<unsigned char>(q.prefix[0]) & 0xC0) != 0x80);
    CHECK(q.suffix == " in Warsaw");
}
