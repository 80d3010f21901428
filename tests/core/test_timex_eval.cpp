#include <doctest/doctest.h>

#include <string>

#include "timex_eval.hpp"

namespace {

core::Timex T(uint32_t start, uint32_t end, std::string value, core::TimexType type = core::TimexType::Date) {
    core::Timex t;
    t.span.start = start;
    t.span.end = end;
    t.type = type;
    t.value = std::move(value);
    return t;
}

}  // namespace

TEST_CASE("timex eval: strict, relaxed, type and value on a hand-computed case") {
    // Text offsets only matter for overlap. Gold: 4 timexes; system: 4.
    //   g0 [0,6)   "Monday"           s0 [0,6)   same extent, same value          strict + relaxed, type ok, value ok
    //   g1 [10,25) "Tuesday evening"  s1 [10,17) "Tuesday", value 2024-01-02     relaxed only; value differs (gold has TEV)
    //   g2 [30,37) "3 weeks" DURATION s2 [30,37) same extent, typed DATE          strict; type wrong; value ok
    //   g3 [50,54) missed
    //                                 s3 [60,64) spurious
    const std::vector<core::Timex> gold = {T(0, 6, "2024-01-01"), T(10, 25, "2024-01-02TEV"),
                                           T(30, 37, "P3W", core::TimexType::Duration), T(50, 54, "2024")};
    const std::vector<core::Timex> sys = {T(0, 6, "2024-01-01"), T(10, 17, "2024-01-02"), T(30, 37, "P3W"), T(60, 64, "1999")};
    core::TimexScore s;
    std::vector<core::TimexError> errors;
    core::ScoreTimexes(gold, sys, s, std::string(70, 'x'), "doc", &errors);
    CHECK(s.documents == 1);
    CHECK(s.gold == 4);
    CHECK(s.system == 4);
    CHECK(s.strict == 2);
    CHECK(s.relaxed == 3);
    CHECK(s.type == 2);
    CHECK(s.value == 2);
    CHECK(s.StrictPrecision() == doctest::Approx(0.5));
    CHECK(s.StrictRecall() == doctest::Approx(0.5));
    CHECK(s.StrictF1() == doctest::Approx(0.5));
    CHECK(s.RelaxedF1() == doctest::Approx(0.75));
    // TE3 attribute F1 = accuracy over relaxed pairs × relaxed F1 = (2/3) × 0.75 = 0.5 = 2·2 / (4 + 4).
    CHECK(s.ValueF1() == doctest::Approx(0.5));
    CHECK(s.TypeF1() == doctest::Approx(0.5));
    REQUIRE(errors.size() == 5);
    CHECK(errors[0].kind == core::TimexErrorKind::Extent);
    CHECK(errors[1].kind == core::TimexErrorKind::Value);
    CHECK(errors[2].kind == core::TimexErrorKind::Type);
    CHECK(errors[3].kind == core::TimexErrorKind::Missed);
    CHECK(errors[4].kind == core::TimexErrorKind::Spurious);
    CHECK(core::FormatTimexError(errors[1]) ==
          "value\tdoc\t10-25\t\"xxxxxxxxxxxxxxx\"\tDATE\t2024-01-02TEV\t10-17\t\"xxxxxxx\"\tDATE\t2024-01-02");
    CHECK(core::FormatTimexError(errors[3]) == "missed\tdoc\t50-54\t\"xxxx\"\tDATE\t2024\t-\t-\t-\t-");
}

TEST_CASE("timex eval: pairs are one to one, exact extents first, then the largest overlap") {
    // One long system span over two gold spans pairs with only one of them (the larger overlap).
    core::TimexScore s;
    core::ScoreTimexes({T(0, 3, "a"), T(4, 12, "b")}, {T(0, 12, "b")}, s);
    CHECK(s.relaxed == 1);
    CHECK(s.value == 1);  // paired with "b" [4,12): overlap 8 > 3
    CHECK(s.RelaxedPrecision() == doctest::Approx(1.0));
    CHECK(s.RelaxedRecall() == doctest::Approx(0.5));
    // An exact match is never stolen by an earlier overlapping candidate.
    core::TimexScore e;
    core::ScoreTimexes({T(0, 10, "x"), T(5, 10, "y")}, {T(5, 10, "y"), T(0, 6, "x")}, e);
    CHECK(e.strict == 1);
    CHECK(e.relaxed == 2);
    CHECK(e.value == 2);
}

TEST_CASE("timex eval: counts add up over documents (micro average) and empty inputs give zeros") {
    core::TimexScore s;
    core::ScoreTimexes({T(0, 4, "2024")}, {T(0, 4, "2024")}, s);                 // perfect small document
    core::ScoreTimexes({T(0, 4, "1"), T(5, 9, "2"), T(10, 14, "3")}, {}, s);     // everything missed
    CHECK(s.documents == 2);
    CHECK(s.StrictPrecision() == doctest::Approx(1.0));
    CHECK(s.StrictRecall() == doctest::Approx(0.25));  // 1 of 4, not the mean of 1.0 and 0.0
    core::TimexScore none;
    core::ScoreTimexes({}, {}, none);
    CHECK(none.StrictF1() == 0.0);
    CHECK(none.ValueF1() == 0.0);
}
