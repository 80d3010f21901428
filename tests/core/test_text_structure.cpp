// Sentence and paragraph segmentation on sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "text_structure.hpp"

using namespace core;

namespace {
std::vector<std::string> Sentences(const std::string& text, const std::vector<Furniture>* furniture = nullptr) {
    std::vector<std::string> out;
    for (const Sentence& s : SegmentText(text, furniture).sentences) out.push_back(text.substr(s.range.start, s.range.end - s.range.start));
    return out;
}
}  // namespace

TEST_CASE("sentences survive abbreviations, initials and decimals") {
    const auto s = Sentences("Dr. Smith met Gen. Lee in the U.S. capital on Jan. 5 and paid 3.5 million. "
                             "John F. Kennedy was mentioned. It rained.");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "Dr. Smith met Gen. Lee in the U.S. capital on Jan. 5 and paid 3.5 million.");
    CHECK(s[1] == "John F. Kennedy was mentioned.");
}

TEST_CASE("an abbreviation can end a sentence before a typical sentence opener") {
    const auto s = Sentences("The company moved to the U.S. The board agreed.");
    REQUIRE(s.size() == 2);
    CHECK(s[1] == "The board agreed.");
}

TEST_CASE("closing quotes stay with their sentence; a comma inside a quote does not split") {
    const auto s = Sentences("\xE2\x80\x9CWe will win.\xE2\x80\x9D She left. \"It is over,\" he said.");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "\xE2\x80\x9CWe will win.\xE2\x80\x9D");
    CHECK(s[2] == "\"It is over,\" he said.");
}

TEST_CASE("a quotation spanning sentences marks the later ones as inside it") {
    const std::string text = "He said: \xE2\x80\x9CWe came. We saw. We won.\xE2\x80\x9D Then he left.";
    const TextStructure ts = SegmentText(text);
    REQUIRE(ts.sentences.size() == 4);
    CHECK(ts.sentences[1].in_quote);
    CHECK_FALSE(ts.sentences[3].in_quote);
}

TEST_CASE("headlines are one sentence; paragraphs follow line breaks; furniture is skipped, not deleted") {
    const std::string text = "Leaders Sign Pact In Capital\n\nThe two leaders signed a pact. It takes effect soon.\nPhoto: Agency\nA later paragraph.";
    const uint32_t photo = static_cast<uint32_t>(text.find("Photo"));
    std::vector<Furniture> furniture{{{photo, photo + 13}, "caption"}};
    const TextStructure ts = SegmentText(text, &furniture);
    REQUIRE(ts.paragraphs.size() == 3);
    REQUIRE(ts.sentences.size() == 4);
    CHECK(ts.sentences[0].headline);
    CHECK_FALSE(ts.sentences[1].headline);
    CHECK(text.substr(ts.sentences[3].range.start, 18) == "A later paragraph.");
}

TEST_CASE("hard-wrapped newswire joins lines into paragraphs at indentation") {
    const std::string text = "    Arrivals for the week were 155,221\nbags against 5.81 mln last year. Prices rose.\n    A second paragraph\nstarts here.";
    const TextStructure ts = SegmentText(text);
    REQUIRE(ts.paragraphs.size() == 2);
    REQUIRE(ts.sentences.size() == 3);
    CHECK(ts.sentences[2].paragraph == 1);
}

TEST_CASE("tokens: possessives split, inner hyphens and number punctuation kept") {
    const std::string text = "Kim Jong-Un\xE2\x80\x99s 10,000 U.S.-led troops";
    std::vector<Token> toks;
    Tokenize(text, {0, static_cast<uint32_t>(text.size())}, toks);
    REQUIRE(toks.size() >= 5);
    CHECK(text.substr(toks[1].start, toks[1].end - toks[1].start) == "Jong-Un");
    CHECK(toks[2].Is(kTokPossessive));
    CHECK(text.substr(toks[3].start, toks[3].end - toks[3].start) == "10,000");
    CHECK(toks[3].Is(kTokNumber));
}

TEST_CASE("abbreviations: titles, months, U.S. mid-sentence, No. and St. never split; initials stay") {
    const auto s = Sentences("Mr. and Mrs. Ortega flew from St. Louis to the U.S. capital on Feb. 12, ranked No. 3 in "
                             "the poll. J. R. R. Tolkien wrote it. Prof. Lin agreed.");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "Mr. and Mrs. Ortega flew from St. Louis to the U.S. capital on Feb. 12, ranked No. 3 in the poll.");
    CHECK(s[1] == "J. R. R. Tolkien wrote it.");
    CHECK(s[2] == "Prof. Lin agreed.");
}

TEST_CASE("question and exclamation marks end sentences only before a capital; ellipses stay inside") {
    const auto s = Sentences("Why now? Nobody knows! He paused... and then spoke \xE2\x80\x94 briefly. \xE2\x80\x9CReally?\xE2\x80\x9D she asked.");
    REQUIRE(s.size() == 4);
    CHECK(s[2] == "He paused... and then spoke \xE2\x80\x94 briefly.");
    CHECK(s[3] == "\xE2\x80\x9CReally?\xE2\x80\x9D she asked.");
}

TEST_CASE("a straight-quoted quotation spanning sentences marks the inner sentences; a new paragraph resets it") {
    const std::string text = "The minister said: \"Prices will fall. Wages will rise. Trust us.\" Nobody did.\n\"Unclosed quote. Still inside.\nNew paragraph here.";
    const TextStructure ts = SegmentText(text);
    REQUIRE(ts.sentences.size() == 7);
    CHECK_FALSE(ts.sentences[0].in_quote);
    CHECK(ts.sentences[1].in_quote);
    CHECK(ts.sentences[2].in_quote);
    CHECK_FALSE(ts.sentences[3].in_quote);  // "Nobody did." follows the closing quote
    CHECK(ts.sentences[5].in_quote);
    CHECK_FALSE(ts.sentences[6].in_quote);
}
