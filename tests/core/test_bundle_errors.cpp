// The bad-input table: every way a bundle can be wrong, each with its message AND its location.
#include <doctest/doctest.h>

#include <string>

#include "bundle.hpp"

namespace {

struct Expect {
    int line;
    int column;
    const char* pointer;
    const char* message;  // a substring of the message
};

// Loads `json` and checks that the first error is the expected one (and that nothing loaded).
void CheckFirstError(const std::string& json, const Expect& e, const core::LoadOptions& options = {}) {
    core::LoadResult r = core::LoadBundle(json, "bad.json", options);
    REQUIRE_FALSE(r.ok);
    REQUIRE_FALSE(r.errors.empty());
    const core::LoadError& got = r.errors.front();
    INFO("got: " << got.ToString());
    CHECK(got.file == "bad.json");
    CHECK(got.message.find(e.message) != std::string::npos);
    CHECK(got.pointer == e.pointer);
    CHECK(got.line == e.line);
    CHECK(got.column == e.column);
}

const std::string kHead = R"({"format":"claimline-bundle","version":1,)";

// One article "a1" whose text is "Grüße aus Seoul." (ü and ß are two bytes each: 18 bytes in all).
std::string Bundle(const std::string& rest) {
    return kHead + "\n\"articles\":[{\"id\":\"a1\",\"published\":\"2024-06-20\",\"headline\":\"H\",\"outlet\":\"O\","
                   "\"text\":\"Grüße aus Seoul.\"}]" + rest + "}";
}

}  // namespace

TEST_SUITE("bundle: bad input") {

TEST_CASE("not JSON") {
    CheckFirstError("hello, world", {1, 1, "", "not valid JSON"});
}

TEST_CASE("a number too big for a double is a located error, not an exception") {
    core::LoadResult r = core::LoadBundle(kHead + "\n\"x\": 1e999}", "bad.json", {});
    REQUIRE_FALSE(r.ok);
    REQUIRE_FALSE(r.errors.empty());
    INFO("got: " << r.errors.front().ToString());
    CHECK(r.errors.front().message == "not valid JSON: number overflow parsing '1e999'");
    CHECK(r.errors.front().line == 2);
}

TEST_CASE("truncated JSON") {
    CheckFirstError(kHead + "\n\"articles\":[{\"id\":\"a1\"", {2, 23, "/articles/0", "truncated JSON"});
}

TEST_CASE("a bundle must be an object") {
    CheckFirstError("[1, 2]", {1, 1, "", "a bundle must be a JSON object, not an array"});
}

TEST_CASE("wrong type of a field") {
    CheckFirstError(kHead + "\n\"articles\":[{\"id\":\"a1\",\"published\":\"2024-06-20\",\"headline\":5,\"outlet\":\"O\",\"text\":\"x\"}]}",
                    {2, 60, "/articles/0/headline", "\"headline\" must be a string, not an integer"});
}

TEST_CASE("articles must be an array") {
    CheckFirstError(kHead + "\"articles\":{}}", {1, 53, "/articles", "\"articles\" must be an array, not an object"});
}

TEST_CASE("missing required field") {
    CheckFirstError(kHead + "\n\"articles\":[{\"id\":\"a1\",\"published\":\"2024-06-20\",\"outlet\":\"O\",\"text\":\"x\"}]}",
                    {2, 13, "/articles/0", "missing required field \"headline\""});
}

TEST_CASE("missing format") {
    CheckFirstError(R"({"version":1,"articles":[]})", {1, 1, "", "missing required field \"format\""});
}

TEST_CASE("unknown format") {
    CheckFirstError(R"({"format":"geojson","version":1,"articles":[]})", {1, 11, "/format", "unknown format \"geojson\""});
}

TEST_CASE("newer version") {
    CheckFirstError(R"({"format":"claimline-bundle","version":2,"articles":[]})",
                    {1, 40, "/version", "bundle version 2 is newer than this claimline reads (1)"});
}

TEST_CASE("duplicate article ids") {
    CheckFirstError(kHead + "\"articles\":[\n{\"id\":\"a1\",\"published\":\"2024-06-20\",\"headline\":\"H\",\"outlet\":\"O\",\"text\":\"x\"},\n"
                            "{\"id\":\"a1\",\"published\":\"2024-06-20\",\"headline\":\"H\",\"outlet\":\"O\",\"text\":\"y\"}]}",
                    {3, 7, "/articles/1/id", "duplicate id \"a1\""});
}

TEST_CASE("duplicate claim ids") {
    CheckFirstError(Bundle(",\n\"claims\":[{\"id\":\"c\",\"article\":\"a1\",\"start\":0,\"end\":3},"
                           "{\"id\":\"c\",\"article\":\"a1\",\"start\":0,\"end\":3}]"),
                    {3, 61, "/claims/1/id", "duplicate id \"c\" (first at /claims/0)"});
}

TEST_CASE("span past the end of the text") {
    CheckFirstError(Bundle(",\n\"claims\":[{\"id\":\"c\",\"article\":\"a1\",\"start\":0,\"end\":99}]"),
                    {3, 52, "/claims/0/end", "end 99 is past the end of the text of article \"a1\" (18 bytes)"});
}

TEST_CASE("span inside a UTF-8 sequence") {
    // Byte 3 is the second byte of "ü" (bytes 2..3).
    CheckFirstError(Bundle(",\n\"claims\":[{\"id\":\"c\",\"article\":\"a1\",\"start\":3,\"end\":6}]"),
                    {3, 44, "/claims/0/start", "start 3 falls inside a UTF-8 sequence"});
}

TEST_CASE("end before start") {
    CheckFirstError(Bundle(",\n\"claims\":[{\"id\":\"c\",\"article\":\"a1\",\"start\":6,\"end\":2}]"),
                    {3, 52, "/claims/0/end", "end 2 is before start 6"});
}

TEST_CASE("span quote that does not match the text") {
    CheckFirstError(Bundle(",\n\"claims\":[{\"id\":\"c\",\"article\":\"a1\",\"start\":0,\"end\":2,\"text\":\"aus\"}]"),
                    {3, 61, "/claims/0/text", "the quote occurs at 8..11"});
}

TEST_CASE("span naming an unknown article") {
    CheckFirstError(Bundle(",\n\"claims\":[{\"id\":\"c\",\"article\":\"zz\",\"start\":0,\"end\":3}]"),
                    {3, 31, "/claims/0/article", "unknown article \"zz\""});
}

TEST_CASE("relation naming an unknown claim") {
    CheckFirstError(Bundle(",\n\"relations\":[{\"type\":\"contradicts\",\"claims\":[\"nope\"]}]"),
                    {3, 46, "/relations/0/claims/0", "unknown claim \"nope\""});
}

TEST_CASE("unknown relation type") {
    CheckFirstError(Bundle(",\n\"relations\":[{\"type\":\"loves\",\"claims\":[]}]"),
                    {3, 22, "/relations/0/type", "unknown type \"loves\""});
}

TEST_CASE("certainty outside 0..1") {
    CheckFirstError(Bundle(",\n\"claims\":[{\"id\":\"c\",\"article\":\"a1\",\"start\":0,\"end\":2,\"certainty\":1.5}]"),
                    {3, 66, "/claims/0/certainty", "certainty must be between 0 and 1"});
}

TEST_CASE("invalid UTF-8 in text") {
    std::string json = kHead + "\n\"articles\":[{\"id\":\"a1\",\"published\":\"2024-06-20\",\"headline\":\"H\",\"outlet\":\"O\",\"text\":\"ab\xFF\"}]}";
    CheckFirstError(json, {2, 87, "/articles/0/text", "invalid UTF-8 in a string"});
}

TEST_CASE("impossible date") {
    CheckFirstError(kHead + "\n\"articles\":[{\"id\":\"a1\",\"published\":\"2024-02-30\",\"headline\":\"H\",\"outlet\":\"O\",\"text\":\"x\"}]}",
                    {2, 36, "/articles/0/published", "impossible date \"2024-02-30\""});
}

TEST_CASE("date-time and plain date are both accepted") {
    core::LoadResult r = core::LoadBundle(kHead + R"("articles":[{"id":"a1","published":"1987-02-26T15:01:01","headline":"H","outlet":"O","text":"x"}]})", "ok.json");
    REQUIRE(r.ok);
    CHECK(r.corpus.articles[0].published_day == core::DayFromCivil(1987, 2, 26));
}

TEST_CASE("empty file") {
    CheckFirstError("", {1, 1, "", "empty file"});
    CheckFirstError(" \n\t\n", {1, 1, "", "empty file"});
}

TEST_CASE("binary file") {
    const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    CheckFirstError(png, {2, 1, "", "binary data, not a JSON bundle (byte 0x1A at offset 6)"});
}

TEST_CASE("a 200 MB file is refused before parsing") {
    std::string huge(size_t{200} << 20, ' ');
    huge.front() = '{';
    CheckFirstError(huge, {1, 1, "", "file is 200 MiB; the limit is 64 MiB"});
}

TEST_CASE("JSON nested 100,000 levels deep does not overflow the stack") {
    std::string deep = std::string(100000, '[') + std::string(100000, ']');
    CheckFirstError(deep, {1, 257, "", "JSON nested deeper than 256 levels"});
    std::string deep_objects;
    for (int i = 0; i < 100000; ++i) deep_objects += "{\"a\":";
    CheckFirstError(deep_objects, {1, 1281, "", "JSON nested deeper than 256 levels"});
}

TEST_CASE("a file an article names must exist") {
    CheckFirstError(kHead + R"("articles":[{"id":"a1","published":"2024-06-20","headline":"H","outlet":"O","file":"a1.txt"}]})",
                    {1, 125, "/articles/0/file", "cannot read article file \"a1.txt\""});
}

TEST_CASE("a file with invalid UTF-8 is refused") {
    core::LoadOptions opt;
    opt.read_file = [](std::string_view, std::string& out) { out = "ok \xC3\x28 bad"; return true; };
    CheckFirstError(kHead + R"("articles":[{"id":"a1","published":"2024-06-20","headline":"H","outlet":"O","file":"a1.txt"}]})",
                    {1, 125, "/articles/0/file", "invalid UTF-8 in \"a1.txt\" at byte 3"}, opt);
}

TEST_CASE("errors are all reported, each with its own location, and formatted FILE:LINE:COL") {
    core::LoadResult r = core::LoadBundle(
        kHead + "\n\"articles\":[{\"id\":\"a1\",\"published\":\"2024-13-01\",\"headline\":\"H\",\"outlet\":7,\"text\":\"x\"}]}", "b.json");
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].ToString() == "b.json:2:73: \"outlet\" must be a string, not an integer (/articles/0/outlet)");
    CHECK(r.errors[1].ToString() == "b.json:2:36: impossible date \"2024-13-01\" (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS, a real calendar day) (/articles/0/published)");
}

TEST_CASE("columns count characters, not bytes") {
    // "é" before the bad value is two bytes but one column.
    CheckFirstError(kHead + "\n\"articles\":[{\"headline\":\"é\",\"id\":1}]}", {2, 34, "/articles/0/id", "\"id\" must be a string"});
}

}  // TEST_SUITE

TEST_SUITE("bundle: never crash") {

// Every truncation and a sweep of single-byte corruptions of a real bundle either loads or fails cleanly
// with a located error — no crash, no exception, no half-loaded corpus.
TEST_CASE("truncated and corrupted copies of a real bundle fail cleanly") {
    const std::string good = Bundle(",\n\"claims\":[{\"id\":\"c\",\"article\":\"a1\",\"start\":0,\"end\":2,\"text\":\"Gr\"}],"
                                    "\"relations\":[{\"type\":\"contradicts\",\"claims\":[\"c\"]}]");
    REQUIRE(core::LoadBundle(good, "good.json").ok);
    for (size_t n = 0; n < good.size(); ++n) {
        core::LoadResult r = core::LoadBundle(std::string_view(good).substr(0, n), "cut.json");
        CHECK_FALSE(r.ok);
        REQUIRE_FALSE(r.errors.empty());
        CHECK(r.errors[0].line >= 1);
        CHECK(r.corpus.articles.empty());
    }
    const char replacements[] = {'"', '{', ']', '0', '-', '\\', ' ', 'x'};
    for (size_t i = 0; i < good.size(); ++i) {
        std::string bad = good;
        bad[i] = replacements[i % sizeof replacements];
        core::LoadResult r = core::LoadBundle(bad, "flip.json");
        if (!r.ok) CHECK_FALSE(r.errors.empty());
    }
}

}  // TEST_SUITE

#include "bundle_scan.hpp"

TEST_SUITE("bundle: locating") {

TEST_CASE("LocatePointers finds values by JSON pointer, escaped keys and nested arrays included") {
    const std::string j = R"({"a/b": [1, {"c~d": "x", "e": [[], [2, 3]]}], "f": {}})";
    std::vector<size_t> at = core::LocatePointers(j, {"", "/a~1b", "/a~1b/1/c~0d", "/a~1b/1/e/1/1", "/f", "/zz"});
    CHECK(at[0] == 0);
    CHECK(j.substr(at[1], 2) == "[1");
    CHECK(j.substr(at[2], 3) == "\"x\"");
    CHECK(j.substr(at[3], 1) == "3");
    CHECK(j.substr(at[4], 2) == "{}");
    CHECK(at[5] == std::string::npos);
}

TEST_CASE("PointerAt names the value a parse error falls in") {
    CHECK(core::PointerAt(R"({"a": [1, {"b": "xyz)", 17) == "/a/1/b");
    CHECK(core::PointerAt(R"({"a": [1, {"b": )", 16) == "/a/1");
    CHECK(core::PointerAt(R"({"a": [1, 2)", 11) == "/a");
    CHECK(core::PointerAt("nul", 2) == "");
    // Keys are decoded; a \u escape with no hex digit (the text is not valid JSON) reads as U+FFFD.
    CHECK(core::PointerAt(R"({"caf\u00e9": [1, x)", 18) == "/caf\xC3\xA9/1");
    CHECK(core::PointerAt(R"({"a\uZZZZ": [1, x)", 16) == "/a\xEF\xBF\xBD/1");
}

}  // TEST_SUITE
