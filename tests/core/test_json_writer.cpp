// The streaming JSON writer (core/json_writer.hpp): nlohmann's layout, always-valid text whatever the
// strings hold, floats in their shortest form that reads back.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "json_writer.hpp"

namespace {

std::string Escaped(std::string_view text) {
    std::string out;
    core::AppendJsonString(out, text);
    return out;
}

std::string NumberText(float value) {
    std::string out;
    core::JsonWriter w(out);
    w.Number(value);
    return out;
}

}  // namespace

TEST_SUITE("json writer") {

TEST_CASE("pretty and compact layouts are nlohmann's") {
    for (const int indent : {-1, 2}) {
        std::string out;
        core::JsonWriter w(out, indent);
        w.BeginObject();
        w.Field("id", "a:1");
        w.Key("empty_array");
        w.BeginArray();
        w.EndArray();
        w.Key("empty_object");
        w.BeginObject();
        w.EndObject();
        w.Key("list");
        w.BeginArray();
        w.Int(-3);
        w.Bool(true);
        w.BeginObject();
        w.Field("n", 7);
        w.EndObject();
        w.EndArray();
        w.Key("x");
        w.Number(0.25f);
        w.EndObject();
        const nlohmann::ordered_json j = {{"id", "a:1"}, {"empty_array", nlohmann::ordered_json::array()},
                                          {"empty_object", nlohmann::ordered_json::object()},
                                          {"list", {-3, true, {{"n", 7}}}}, {"x", 0.25}};
        CHECK(out == j.dump(indent));
        CHECK(nlohmann::json::parse(out) == nlohmann::json::parse(j.dump()));
    }
}

TEST_CASE("strings: escapes as nlohmann writes them; invalid UTF-8 becomes U+FFFD, so the text stays valid") {
    CHECK(Escaped("q\"b\\s/") == R"("q\"b\\s/")");
    CHECK(Escaped(std::string("\x01\x1f\x7f\n\t\r\b\f", 8)) == "\"\\u0001\\u001f\x7f\\n\\t\\r\\b\\f\"");
    CHECK(Escaped("caf\xc3\xa9 \xf0\x9f\x98\x80") == "\"caf\xc3\xa9 \xf0\x9f\x98\x80\"");
    CHECK(Escaped("\xff") == "\"\xEF\xBF\xBD\"");
    CHECK(Escaped("\xed\xa0\x80x") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDx\"");   // a surrogate: 3 bad bytes
    CHECK(Escaped("ab\xe2\x80") == "\"ab\xEF\xBF\xBD\"");                              // cut short
    // Hostile bytes of every kind, against nlohmann's own replacement (the DOM mirror and Download rely on it).
    uint32_t x = 12345;
    const auto next = [&x] { return x = x * 1103515245u + 12345u; };
    static const unsigned char kTricky[] = {0x41, 0x80, 0xbf, 0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0xf5, 0xa0,
                                            0x9f, 0x8f, 0x90, 0xc0, 0xef, 0x22, 0x5c, 0x0a, 0x00};
    for (int i = 0; i < 20000; ++i) {
        std::string text;
        for (uint32_t k = next() % 8; k > 0; --k) {
            const uint32_t r = (next() >> 16) & 0xff;
            text += static_cast<char>((r & 1) ? r : kTricky[r % sizeof kTricky]);
        }
        const std::string ours = Escaped(text);
        REQUIRE(ours == nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
}

TEST_CASE("floats: the shortest text that reads back as the same float, in nlohmann's notation") {
    CHECK(NumberText(1.0f) == "1.0");
    CHECK(NumberText(0.8f) == "0.8");
    CHECK(NumberText(0.0f) == "0.0");
    CHECK(NumberText(-2.5f) == "-2.5");
    CHECK(NumberText(1e-5f) == "1e-05");
    CHECK(NumberText(3e20f) == "3e+20");
    CHECK(NumberText(123456.78f) == "123456.78");
    CHECK(NumberText(0.1f + 0.2f) == "0.3");
    // Every 99991st float from the smallest to the largest reads back exactly; from 1e-13 to 1e22 (where the
    // search has exact powers of ten) no shorter text would.
    for (uint32_t bits = 1; bits < 0x7F800000u; bits += 99991) {
        float value;
        std::memcpy(&value, &bits, sizeof value);
        const std::string text = NumberText(value);
        REQUIRE(std::strtof(text.c_str(), nullptr) == value);
        if (value < 1e-13f || value >= 1e22f) continue;
        char shorter[32];
        for (int precision = 1; precision < 9; ++precision) {
            std::snprintf(shorter, sizeof shorter, "%.*e", precision - 1, static_cast<double>(value));
            if (std::strtof(shorter, nullptr) == value) {
                // the shortest form has this many significant digits: ours has no more
                std::string sig;
                for (char c : text.substr(0, text.find('e'))) if (c >= '0' && c <= '9') sig += c;
                while (sig.size() > 1 && sig.front() == '0') sig.erase(sig.begin());
                while (sig.size() > 1 && sig.back() == '0') sig.pop_back();
                REQUIRE(static_cast<int>(sig.size()) <= precision);
                break;
            }
        }
    }
}

}  // TEST_SUITE
