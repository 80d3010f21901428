// FindQuantities: figures read as strtod reads them (commas dropped), vague amounts as ranges.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "quantity.hpp"
#include "text_structure.hpp"

using namespace core;

namespace {

std::vector<Quantity> Quantities(const std::string& text) {
    std::vector<Token> toks;
    Tokenize(text, {0, static_cast<uint32_t>(text.size())}, toks);
    return FindQuantities(text, toks);
}

}  // namespace

TEST_CASE("FindQuantities reads each figure as strtod does, commas dropped") {
    // Integers, decimals, thousands separators, trailing letters, many decimals, more than 15 digits
    // (exactness), and forms strtod reads its own way (an exponent, hex).
    const char* figures[] = {"7",          "10,000",         "3.5",           "1,234.56",        "0.125",
                             "9.3456",     "1960s",          "12.30",         "0.1",             "0.3",
                             "2.675",      "123456789012345", "1234567890123456789", "99999999999999.99", "1.5e3",
                             "0x1F",       "4.0",            "1.2.3",         "007",             "123,456,789.0001"};
    for (const char* f : figures) {
        const std::string text = std::string("They sold ") + f + " shares.";
        CAPTURE(text);
        const std::vector<Quantity> q = Quantities(text);
        std::string digits;
        for (const char* p = f; *p; ++p)
            if (*p != ',') digits += *p;
        const double want = std::strtod(digits.c_str(), nullptr);
        REQUIRE(q.size() == 1);
        CHECK(q[0].low == want);  // exactly the same double
        CHECK(q[0].high == want);
        CHECK(q[0].unit == "share");
    }
}

TEST_CASE("FindQuantities: vague amounts and units") {
    const std::vector<Quantity> q = Quantities("They sent about 10,000 soldiers and tens of thousands of troops, up to 55 pct.");
    REQUIRE(q.size() == 3);
    CHECK(q[0].low == doctest::Approx(8500));
    CHECK(q[0].high == doctest::Approx(11500));
    CHECK(q[0].unit == "troops");
    CHECK(q[1].low == 20000);
    CHECK(q[1].unit == "troops");
    CHECK(q[2].low == 0);
    CHECK(q[2].high == 55);
    CHECK(q[2].unit == "pct");
}
