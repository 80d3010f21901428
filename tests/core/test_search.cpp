// core::Search: case and accent folding, typographic punctuation, UTF-8 safety, hostile queries.
#include <doctest/doctest.h>

#include <string>

#include "search.hpp"

namespace {
core::Corpus Story(std::initializer_list<std::string> texts) {
    core::Corpus c;
    int i = 0;
    for (const std::string& t : texts) {
        core::Article a;
        a.id = std::to_string(i++);
        a.text = t;
        c.articles.push_back(a);
    }
    return c;
}
std::string Text(const core::Corpus& c, const core::Span& s) {
    return c.articles[static_cast<size_t>(s.article)].text.substr(s.start, s.end - s.start);
}
}  // namespace

TEST_CASE("search is case-insensitive and returns spans sorted by article and start") {
    const core::Corpus c = Story({"Kim met Putin. KIM left.", "no match here", "kim again, and Kim"});
    const auto hits = core::Search(c, "kim");
    REQUIRE(hits.size() == 4);
    CHECK(hits[0].article == 0);
    CHECK(hits[0].start == 0);
    CHECK(Text(c, hits[1]) == "KIM");
    CHECK(hits[2].article == 2);
    CHECK(hits[3].article == 2);
    CHECK(hits[2].start < hits[3].start);
    CHECK(Text(c, hits[3]) == "Kim");
}

TEST_CASE("Polish letters match with or without their accents, in either case") {
    const core::Corpus c = Story({"Prezydent Zełenski w Łodzi. ŻÓŁĆ i gęślą jaźń."});
    auto hits = core::Search(c, "zelenski");
    REQUIRE(hits.size() == 1);
    CHECK(Text(c, hits[0]) == "Zełenski");
    hits = core::Search(c, "łodzi");
    REQUIRE(hits.size() == 1);
    CHECK(Text(c, hits[0]) == "Łodzi");
    hits = core::Search(c, "zolc");
    REQUIRE(hits.size() == 1);
    CHECK(Text(c, hits[0]) == "ŻÓŁĆ");
    CHECK(core::Search(c, "GĘŚLĄ JAŹŃ").size() == 1);
    CHECK(core::Search(c, "gesla jazn").size() == 1);
}

TEST_CASE("curly quotes, apostrophes and dashes equal their ASCII forms, both ways") {
    const core::Corpus c = Story({"Russia\xE2\x80\x99s \xE2\x80\x9Cspecial\xE2\x80\x9D pact \xE2\x80\x93 signed", "Kim's 'deal' - done"});
    auto hits = core::Search(c, "russia's");
    REQUIRE(hits.size() == 1);
    CHECK(Text(c, hits[0]) == "Russia\xE2\x80\x99s");
    CHECK(core::Search(c, "\"special\"").size() == 1);
    CHECK(core::Search(c, "pact - signed").size() == 1);
    CHECK(core::Search(c, "kim\xE2\x80\x99s").size() == 1);
}

TEST_CASE("a run of white space in the text or the query equals one space; hits end on code point boundaries") {
    const core::Corpus c = Story({"the mutual\n\n  defence treaty", "Łódź\xC2\xA0treaty"});
    auto hits = core::Search(c, "mutual defence");
    REQUIRE(hits.size() == 1);
    CHECK(Text(c, hits[0]) == "mutual\n\n  defence");
    hits = core::Search(c, "  lodz   treaty ");
    REQUIRE(hits.size() == 1);
    CHECK(Text(c, hits[0]) == "Łódź\xC2\xA0treaty");
    hits = core::Search(c, "dz");
    REQUIRE(hits.size() == 1);
    CHECK(Text(c, hits[0]) == "dź");   // the whole ź, never half of its two bytes
}

TEST_CASE("German ß and Nordic ø fold to their letters; hits never overlap") {
    const core::Corpus c = Story({"Straße und Søren", "aaaa"});
    CHECK(core::Search(c, "strasse").size() == 1);
    CHECK(core::Search(c, "soren").size() == 1);
    CHECK(core::Search(c, "aa").size() == 2);   // "aaaa" holds two disjoint "aa"
}

TEST_CASE("Cyrillic and Greek are case-insensitive too") {
    const core::Corpus c = Story({"Путин и Ким. ΑΘΗΝΑ"});
    CHECK(core::Search(c, "ПУТИН").size() == 1);
    CHECK(core::Search(c, "ким").size() == 1);
    CHECK(core::Search(c, "αθηνα").size() == 1);
}

TEST_CASE("empty, blank and hostile queries find nothing and never crash") {
    const core::Corpus c = Story({"Kim \xEF\xBF\xBD Putin", ""});
    CHECK(core::Search(c, "").empty());
    CHECK(core::Search(c, "   \n\t").empty());
    CHECK(core::Search(c, "\xFF\xFE").size() == 0);                // invalid UTF-8: two U+FFFD, not in text
    CHECK(core::Search(c, "\xE2\x80").empty());                    // a truncated sequence
    CHECK(core::Search(c, "\xC0\xAF").empty());                    // an overlong '/'
    CHECK(core::Search(c, std::string("Kim\0Putin", 9)).empty());  // an embedded NUL is just a character
    CHECK(core::Search(c, std::string(100000, 'k')).empty());      // huge: cut to kMaxQueryBytes
    // A cut never splits a code point, so a long query of 2-byte letters still runs cleanly.
    std::string polish;
    for (int i = 0; i < 200; ++i) polish += "ł";
    CHECK(core::Search(c, polish).empty());
    CHECK(core::Search(Story({}), "kim").empty());
}

TEST_CASE("the number of hits is capped") {
    const core::Corpus c = Story({std::string(1000, 'a')});
    CHECK(core::Search(c, "a", 10).size() == 10);
    CHECK(core::Search(c, "a").size() == 1000);
}

TEST_CASE("the folded form used for matching") {
    CHECK(core::FoldForSearch("Zażółć  GĘŚLĄ\n") == "zazolc gesla ");
    CHECK(core::FoldForSearch("\xE2\x80\x9CNo\xE2\x80\x9D \xE2\x80\x94 it\xE2\x80\x99s") == "\"no\" - it's");
}
