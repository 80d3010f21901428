#include <doctest/doctest.h>

#include "ingest.hpp"

using core::InputFile;

TEST_CASE("ingest: plain-text articles get ids from names and headlines from their first line") {
    const auto r = core::IngestFiles({{"dir/kcna.txt", "Pyongyang ratifies treaty\n\nThe decree was signed on Monday."},
                                      {"other/kcna.txt", "Second story\nBody."}});
    REQUIRE(r.ok);
    REQUIRE(r.corpus.articles.size() == 2);
    CHECK(r.corpus.articles[0].id == "kcna");
    CHECK(r.corpus.articles[1].id == "kcna-2");  // ids stay unique across files
    CHECK(r.corpus.articles[0].headline == "Pyongyang ratifies treaty");
    CHECK(r.needs_extraction);
}

TEST_CASE("ingest: bad files are reported with their place and nothing is half-loaded") {
    const auto r = core::IngestFiles({{"good.txt", "A fine article."},
                                      {"bad.txt", std::string("line one\nbroken \xC3(\n")},
                                      {"empty.txt", ""},
                                      {"image.png", "\x89PNG"}});
    CHECK_FALSE(r.ok);
    CHECK(r.corpus.articles.empty());
    REQUIRE(r.errors.size() == 3);
    CHECK(r.errors[0].ToString().rfind("bad.txt:2:8: invalid UTF-8", 0) == 0);
    // A text file has no JSON pointer: the message shown in the page ends with the words, not " (/)".
    CHECK(r.errors[0].ToString() == "bad.txt:2:8: invalid UTF-8: save the file as UTF-8 text");
    CHECK(r.errors[1].ToString().find("empty") != std::string::npos);
    CHECK(r.errors[2].ToString().find("unknown kind of file") != std::string::npos);
}

TEST_CASE("ingest: one minimal bundle loads as is, a broken one names line and column") {
    const std::string bundle = R"({"format":"claimline-bundle","version":1,"articles":[)"
                               R"({"id":"a1","published":"1987-02-26T15:01:01","headline":"H","outlet":"O","text":"Text."}]})";
    const auto r = core::IngestFiles({{"story.json", bundle}});
    REQUIRE(r.ok);
    CHECK(r.corpus.articles.size() == 1);
    CHECK(r.needs_extraction);  // a bundle of articles only still needs extraction
    const auto bad = core::IngestFiles({{"story.json", "{\"format\": \"claimline-bundle\",\n  \"version\": 1,\n  \"articles\": [}"}});
    CHECK_FALSE(bad.ok);
    REQUIRE_FALSE(bad.errors.empty());
    CHECK(bad.errors[0].file == "story.json");
    CHECK(bad.errors[0].line == 3);
}

TEST_CASE("ingest: a file over the size limit is refused with a message, not truncated") {
    core::LoadLimits limits;
    limits.max_bytes = 1 << 20;
    const auto r = core::IngestFiles({{"huge.txt", std::string((2 << 20), 'a')}}, limits);
    CHECK_FALSE(r.ok);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message.find("limit") != std::string::npos);
}
