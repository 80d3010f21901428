// The viewer's small sscanf (web/small_sscanf.cpp) against libc's on the formats Dear ImGui hands it (its
// OpenGL backend, its .ini readers, its number fields) and the edges of C's rules: the same return value,
// the same values stored, the same characters consumed (%n). Not compared: where C libraries differ from each
// other — an exponent with no digits ("2e"), a hex prefix with no digits ("0x", "0xg").
#include <doctest/doctest.h>

#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

extern "C" int claimline_vsscanf(const char* s, const char* format, va_list args);

namespace {

int SmallScan(const char* s, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int n = claimline_vsscanf(s, format, args);
    va_end(args);
    return n;
}

}  // namespace

TEST_CASE("small sscanf: integers as ImGui's backend and .ini readers read them") {
    struct Case { const char* input; const char* format; };
    const Case cases[] = {
        {"3.0 OpenGL ES", "%d.%d"}, {"4.6.0 NVIDIA", "%d.%d"}, {"#version 300 es", "#version %d"},
        {"Pos=60,-12", "Pos=%i,%i"}, {"Size=0x10,010", "Size=%i,%i"}, {"Collapsed=1", "Collapsed=%d"},
        {"IsChild=0", "IsChild=%d"}, {"Pos=", "Pos=%i,%i"}, {"Pos=3", "Pos=%i,%i"}, {"Size=3,4", "Pos=%i,%i"},
        {"", "%d"}, {"   ", "%d"}, {"x", "%d"}, {"0x%08X,%d", "0x%08X,%d"}, {"0x7C2A11F0,12", "0x%08X,%d"},
        {"0xDEADBEEF12,3", "0x%08X,%d"}, {"  -42xyz", "%d"}, {"+7", "%u"}, {"ff", "%x"}, {"0Xff", "%x"},
        {"0777", "%i"}, {"089", "%i"}, {"12 34", "%d %d"}, {"12\n\t34", "%d%d"},
    };
    for (const Case& c : cases) {
        const std::string input = c.input, format = c.format;
        CAPTURE(input);
        CAPTURE(format);
        int a1 = -5, b1 = -5, a2 = -5, b2 = -5;
        const int r1 = std::sscanf(c.input, c.format, &a1, &b1);
        const int r2 = SmallScan(c.input, c.format, &a2, &b2);
        CHECK(r2 == r1);
        CHECK(a2 == a1);
        CHECK(b2 == b1);
    }
}

TEST_CASE("small sscanf: ImGui's table settings lines, with %n and %c") {
    const char* lines[] = {"Column 3  UserID=0x0000ABCD Width=120 Visible=1 Order=2 Sort=0^", "Column 0 Weight=1.2500",
                           "Column 12 Sort=1v", "Column", "Width=abc"};
    for (const char* line : lines) {
        const std::string text = line;
        CAPTURE(text);
        int n1 = -1, r1 = -1, n2 = -1, r2 = -1;
        CHECK(SmallScan(line, "Column %d%n", &n2, &r2) == std::sscanf(line, "Column %d%n", &n1, &r1));
        CHECK(n2 == n1);
        CHECK(r2 == r1);
        if (r1 < 0) continue;
        const char* rest = line + r1;
        while (*rest == ' ') ++rest;
        unsigned id1 = 0, id2 = 0;
        r1 = r2 = -1;
        CHECK(SmallScan(rest, "UserID=0x%08X%n", &id2, &r2) == std::sscanf(rest, "UserID=0x%08X%n", &id1, &r1));
        CHECK(id2 == id1);
        CHECK(r2 == r1);
        float f1 = 0, f2 = 0;
        CHECK(SmallScan(rest, "Weight=%f%n", &f2, &r2) == std::sscanf(rest, "Weight=%f%n", &f1, &r1));
        CHECK(f2 == f1);
        const char* sort = std::strstr(line, "Sort=");
        if (!sort) continue;
        char c1 = 0, c2 = 0;
        CHECK(SmallScan(sort, "Sort=%d%c%n", &n2, &c2, &r2) == std::sscanf(sort, "Sort=%d%c%n", &n1, &c1, &r1));
        CHECK(n2 == n1);
        CHECK(c2 == c1);
        CHECK(r2 == r1);
    }
}

TEST_CASE("small sscanf: floats and doubles as ImGui's number fields read them") {
    const char* inputs[] = {"1", "-2.5", "+0.125", "3.", ".5", "1e3", "1.5E-2", "-0", "123456.789",
                            "0.1", "1.25 rest", "abc", "-", ".", "  7.75", "99999999999999999999999", "1e-5"};
    for (const char* input : inputs) {
        const std::string text = input;
        CAPTURE(text);
        float f1 = -1, f2 = -1;
        CHECK(SmallScan(input, "%f", &f2) == std::sscanf(input, "%f", &f1));
        CHECK(f2 == doctest::Approx(f1).epsilon(1e-6));
        double d1 = -1, d2 = -1;
        CHECK(SmallScan(input, "%lf", &d2) == std::sscanf(input, "%lf", &d1));
        CHECK(d2 == doctest::Approx(d1).epsilon(1e-12));
        int n1 = -1, n2 = -1;
        CHECK(SmallScan(input, "%*f%n", &n2) == std::sscanf(input, "%*f%n", &n1));
        CHECK(n2 == n1);
    }
}

TEST_CASE("small sscanf: sizes, widths, strings and suppressed conversions") {
    unsigned char b1[4] = {}, b2[4] = {};
    const char* hex = "A1B2C3D4";
    CHECK(SmallScan(hex, "%02hhX%02hhX%02hhX%02hhX", &b2[0], &b2[1], &b2[2], &b2[3]) ==
          std::sscanf(hex, "%02hhX%02hhX%02hhX%02hhX", &b1[0], &b1[1], &b1[2], &b1[3]));
    CHECK(std::memcmp(b1, b2, 4) == 0);
    short s1 = 0, s2 = 0;
    CHECK(SmallScan("-300", "%hd", &s2) == std::sscanf("-300", "%hd", &s1));
    CHECK(s2 == s1);
    long long l1 = 0, l2 = 0;
    unsigned long long u1 = 0, u2 = 0;
    CHECK(SmallScan("-9000000000 18000000000", "%lld %llu", &l2, &u2) ==
          std::sscanf("-9000000000 18000000000", "%lld %llu", &l1, &u1));
    CHECK(l2 == l1);
    CHECK(u2 == u1);
    char w1[8] = {}, w2[8] = {};
    int i1 = 0, i2 = 0;
    CHECK(SmallScan("  word 12", "%7s%*d%n", w2, &i2) == std::sscanf("  word 12", "%7s%*d%n", w1, &i1));
    CHECK(std::strcmp(w1, w2) == 0);
    CHECK(i2 == i1);
    CHECK(SmallScan("50%", "%d%%", &i2) == std::sscanf("50%", "%d%%", &i1));
    CHECK(i2 == i1);
    CHECK(SmallScan("12345", "%3d", &i2) == std::sscanf("12345", "%3d", &i1));
    CHECK(i2 == i1);
}
