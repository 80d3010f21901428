// The tagger's scanner (core/timex_lexicon.cpp): token boundaries, flags and word classes where its
// eight-bytes-at-a-time letter runs could go wrong — words around 8 and 16 letters, the end of the text,
// capitals across the two halves — and the list of tokens a timex may start at.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "timex_lexicon.hpp"

using namespace core::timex;

namespace {

struct Scan {
    std::vector<TxToken> tokens;
    std::vector<uint32_t> starts;
};

Scan ScanOf(std::string_view text) {
    Scan s;
    std::vector<uint32_t> buffer;
    const size_t n = ScanTokens(text, s.tokens, buffer);
    s.starts.assign(buffer.begin(), buffer.begin() + static_cast<long>(n));
    return s;
}

std::string_view TextOf(std::string_view text, const TxToken& t) { return text.substr(t.start, t.end - t.start); }

}  // namespace

TEST_CASE("scanner: letter runs of every length up to and past 16, at the end of the text too") {
    for (size_t len = 1; len <= 40; ++len) {
        const std::string word(len, 'k');
        for (const std::string& text : {word, word + " x", "(" + word + ")", word + "7"}) {
            const Scan s = ScanOf(text);
            const size_t w = text[0] == '(' ? 1 : 0;
            REQUIRE(s.tokens.size() > w);
            CHECK(TextOf(text, s.tokens[w]) == word);
            CHECK(s.tokens[w].Is(kTxAlpha));
            CHECK(s.tokens[w].wc == Wc::None);
        }
    }
}

TEST_CASE("scanner: capitals and all-caps across the two 8-byte halves") {
    const std::string_view text = "ABCDEFGHIJKLMNO ABCDEFGHIJKLMNOp ABCDEFGhIJKL Abcdefghijklmnopqrst ABCDEFGHIJKLMNOPQRSTU I";
    const Scan s = ScanOf(text);
    REQUIRE(s.tokens.size() == 6);
    CHECK(s.tokens[0].Is(kTxAllCaps));
    CHECK(!s.tokens[1].Is(kTxAllCaps));       // the 16th letter is lower case
    CHECK(!s.tokens[2].Is(kTxAllCaps));       // the 8th
    CHECK(s.tokens[3].Is(kTxCap));
    CHECK(!s.tokens[3].Is(kTxAllCaps));
    CHECK(s.tokens[4].Is(kTxAllCaps));        // 21 letters: past the 16 read at once
    CHECK(s.tokens[5].Is(kTxCap));
    CHECK(!s.tokens[5].Is(kTxAllCaps));       // one letter is not "all capitals"
}

TEST_CASE("scanner: time words are found in any case and length; longer or glued words are not") {
    const std::string_view text = "SEPTEMBER thanksgiving Approximately corresponding weeks Septembers May-June";
    const Scan s = ScanOf(text);
    REQUIRE(s.tokens.size() == 9);
    CHECK(s.tokens[0].wc == Wc::Month);
    CHECK(s.tokens[0].val == 9);
    CHECK(s.tokens[1].wc == Wc::Holiday);
    CHECK(s.tokens[2].wc == Wc::Approx);      // 13 letters: the key's second half
    CHECK(s.tokens[3].wc == Wc::Filler);
    CHECK(s.tokens[4].wc == Wc::Unit);
    CHECK(s.tokens[4].Is(kTxPlural));
    CHECK(s.tokens[5].wc == Wc::None);        // "Septembers" is no table word
    CHECK(s.tokens[6].wc == Wc::Month);       // "May" before the hyphen
    CHECK(s.tokens[8].wc == Wc::Month);
    Wc wc;
    int16_t val;
    bool plural;
    CHECK(LookUpWord("Second", wc, val, plural));
    CHECK(wc == Wc::Unit);                    // the unit, not the ordinal
    CHECK(!LookUpWord("secondly", wc, val, plural));
    CHECK(!LookUpWord(std::string_view("may\0", 4), wc, val, plural));
}

TEST_CASE("scanner: spaces, line breaks and sentences around tokens") {
    const std::string_view text = "It rose in Feb. and fell.\nThen\n\n  it said so 1987.";
    const Scan s = ScanOf(text);
    std::vector<std::string_view> words;
    for (const TxToken& t : s.tokens) words.push_back(TextOf(text, t));
    REQUIRE(words.size() == 14);
    CHECK(words[3] == "Feb");
    CHECK(s.tokens[5].sentence == s.tokens[0].sentence);   // "Feb." is an abbreviation
    CHECK(s.tokens[8].sentence == s.tokens[0].sentence + 1);   // "Then", after "fell."
    CHECK(s.tokens[8].Is(kTxNewlineBefore));
    CHECK(s.tokens[8].Is(kTxSpaceBefore));
    CHECK(s.tokens[9].sentence == s.tokens[8].sentence + 1);   // a blank line ends a sentence
    CHECK(!s.tokens[4].Is(kTxSpaceBefore));   // the "." of "Feb."
    CHECK(s.tokens[5].Is(kTxSpaceBefore));
    CHECK(!s.tokens[0].Is(kTxNewlineBefore));
}

TEST_CASE("scanner: the tokens a timex may start at") {
    const std::string_view text = "He said the '87 crash, EST, came Tuesday after another 3 years' talks.";
    const Scan s = ScanOf(text);
    std::vector<std::string_view> starts;
    for (uint32_t i : s.starts) starts.push_back(TextOf(text, s.tokens[i]));
    // Plain words, tense cues ("said", "came"), zones and other punctuation are left out.
    const std::vector<std::string_view> expected = {"the", "'", "87", "Tuesday", "another", "3", "years", "'"};
    CHECK(starts == expected);
}
