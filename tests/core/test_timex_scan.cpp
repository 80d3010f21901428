// The tagger's scanner (core/timex_lexicon.cpp): token boundaries, flags and word classes where its
// eight-bytes-at-a-time letter runs could go wrong — words around 8 and 16 letters, the end of the text,
// capitals across the two halves — and the list of tokens a timex may start at.
#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <random>
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
    TxTokens out;
    ScanTokens(text, out);
    Scan s;
    s.tokens.assign(out.storage.begin(), out.storage.begin() + static_cast<long>(out.size()));
    s.starts.assign(out.starts.begin(), out.starts.begin() + static_cast<long>(out.nstarts));
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

namespace {

// The scanner's contract, written the plain way (a byte at a time, the table through LookUpWord): the fast
// scanner must give the same tokens, flags, classes, sentences and starts on any text.
Scan ReferenceScan(std::string_view text) {
    Scan s;
    auto letter = [](unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto digit = [](unsigned char c) { return c >= '0' && c <= '9'; };
    uint16_t sentence = 0;
    bool space = true, newline = true;
    size_t i = 0;
    const size_t n = text.size();
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            space = true;
            if (c == '\n') {
                if (newline && sentence < UINT16_MAX) ++sentence;
                newline = true;
            }
            ++i;
            continue;
        }
        TxToken t;
        t.start = static_cast<uint32_t>(i);
        size_t j = i + 1;
        bool starts = false, sentence_end = false;
        if (letter(c)) {
            while (j < n && letter(static_cast<unsigned char>(text[j]))) ++j;
            const std::string_view word = text.substr(i, j - i);
            bool all_caps = true;
            for (char w : word) all_caps &= w >= 'A' && w <= 'Z';
            const bool upper = c >= 'A' && c <= 'Z';
            t.flags = kTxAlpha | (upper ? kTxCap : 0) | (upper && word.size() >= 2 && all_caps ? kTxAllCaps : 0);
            Wc wc;
            int16_t val;
            bool plural;
            if (LookUpWord(word, wc, val, plural)) {
                t.wc = wc, t.val = val;
                if (plural) t.flags |= kTxPlural;
                starts = wc == Wc::None ? val == kStartsExpression : wc != Wc::Tense && wc != Wc::Zone && wc != Wc::Meridiem;
            }
        } else if (digit(c)) {
            while (j < n && digit(static_cast<unsigned char>(text[j]))) ++j;
            long v = 0;
            for (size_t k = i; k < j && v <= 9999; ++k) v = v * 10 + (text[k] - '0');
            t.flags = kTxDigit;
            t.ndigits = static_cast<uint8_t>(std::min<size_t>(j - i, 255));
            t.val = static_cast<int16_t>(v > 9999 ? -1 : v);
            starts = true;
        } else {
            if (c >= 0x80)
                while (j < n && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) ++j;
            t.flags = kTxPunct;
            starts = c == '\'' || c == 0xE2;
            if ((c == '.' || c == '!' || c == '?') && j < n && (text[j] == ' ' || text[j] == '\n')) {
                bool abbrev = false;
                if (!s.tokens.empty()) {
                    const TxToken& w = s.tokens.back();
                    const size_t wlen = w.end - w.start;
                    abbrev = w.Is(kTxAlpha) && (wlen <= 2 || (w.wc == Wc::Month && wlen <= 4 && w.val != 5 && w.val != 6 && w.val != 7) ||
                                                (w.wc == Wc::Weekday && wlen <= 5));
                }
                sentence_end = !abbrev && sentence < UINT16_MAX;
            }
        }
        t.end = static_cast<uint32_t>(j);
        if (space) t.flags |= kTxSpaceBefore;
        if (newline && !s.tokens.empty()) t.flags |= kTxNewlineBefore;
        t.sentence = sentence;
        sentence += sentence_end;
        if (starts) s.starts.push_back(static_cast<uint32_t>(s.tokens.size()));
        s.tokens.push_back(t);
        space = newline = false;
        i = j;
    }
    return s;
}

// Scans with one TxTokens kept across calls, as TagTimexes does (stale tokens of a longer text behind);
// `scalar`: the portable scanner, which ScanTokens is where SSE2 is missing.
Scan ScanReused(TxTokens& out, std::string_view text, bool scalar = false) {
    if (scalar) ScanTokensScalar(text, out);
    else ScanTokens(text, out);
    Scan s;
    s.tokens.assign(out.storage.begin(), out.storage.begin() + static_cast<long>(out.size()));
    s.starts.assign(out.starts.begin(), out.starts.begin() + static_cast<long>(out.nstarts));
    return s;
}

void CheckSameScan(std::string_view text, const Scan& got) {
    const Scan want = ReferenceScan(text);
    INFO("text: \"" << std::string(text) << "\"");
    REQUIRE(got.tokens.size() == want.tokens.size());
    for (size_t k = 0; k < want.tokens.size(); ++k) {
        const TxToken &a = got.tokens[k], &b = want.tokens[k];
        INFO("token " << k << ": \"" << std::string(TextOf(text, b)) << "\"");
        CHECK(a.start == b.start);
        CHECK(a.end == b.end);
        CHECK(int(a.flags) == int(b.flags));
        CHECK(int(a.wc) == int(b.wc));
        CHECK(a.val == b.val);
        CHECK(a.sentence == b.sentence);
        CHECK(int(a.ndigits) == int(b.ndigits));
    }
    CHECK(got.starts == want.starts);
}

}  // namespace

TEST_CASE("scanner: words that look like time words but are not, at every edge of the eight-byte halves") {
    // Prefixes and extensions of table words, lengths 7-9 (the second half starts at the 9th letter) and 15-17
    // (the last key length), capitals, and the text's last bytes.
    const std::string_view texts[] = {
        "Mayor Marching secondly todays thee ann wee Sept7 Junes Julyy Mon1 Aprils",
        "tuesday Tuesdays THURSDAY thursdays Wednesdayy wednesday decades Decadesx",
        "approximately approximatelyy APPROXIMATELYX correspondinglyy Thanksgivings",
        "in March", "in Marc", "Jan", "jan.", "J", "1987", "x 12", "12x", "7", "", " ", "\n\n1", "'87", "\xE2\x80\x99" "87",
        "caf\xC3\xA9 1987", "Mai\xC3\xA9 may\xC3\xA9", "\x80" "abc \xC3", "\xE2\x80", std::string_view("May\0June 1\0", 11),
        "It rose Feb. 3. And fell in May. Then\r\n\tU.S. Jan. 5! Sept. 7? Thurs. 9. Friday. 10",
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ septemberseptember",
        "100000 99999 10000 9999 0000012 " "1234567890123456789012345678901234567890",
    };
    TxTokens reused, reused_scalar;
    for (std::string_view text : texts) {
        CheckSameScan(text, ScanOf(text));
        CheckSameScan(text, ScanReused(reused, text));
        CheckSameScan(text, ScanReused(reused_scalar, text, true));
    }
    // Table words are found and start a timex; the look-alikes are plain words.
    const Scan s = ScanOf("Mayor May secondly second Sundays sundays");
    CHECK(s.tokens[0].wc == Wc::None);
    CHECK(s.tokens[1].wc == Wc::Month);
    CHECK(s.tokens[2].wc == Wc::None);
    CHECK(s.tokens[3].wc == Wc::Unit);
    CHECK(s.tokens[4].wc == Wc::Weekday);
    CHECK(s.tokens[4].Is(kTxPlural));
    CHECK(s.starts == std::vector<uint32_t>{1, 3, 4, 5});
}

TEST_CASE("scanner: random texts of time words, look-alikes, digits, spaces and non-ASCII bytes match the reference") {
    const std::string_view pieces[] = {
        "May", "may", "MAY", "Mayor", "Sept", "september", "SEPTEMBERS", "second", "seconds", "another", "the", "a",
        "Thursdays", "approximately", "correspondingly", "xyzzyxyzzyxyzzyx", "said", "EST", "pm", "U", "S",
        "1987", "7", "12345", "0", "'", "\xE2\x80\x99", "\xC3\xA9", "\x80", "\xFF", std::string_view("\0", 1),
        " ", " ", " ", "  ", "\n", "\n\n", "\t", "\r\n", ".", ". ", "!", "?", ",", "-", "$", ":", "(", "\"",
        // Runs longer than the SSE2 scanner's 56-bit windows and 64-byte blocks: white space with line breaks,
        // letters, digits, UTF-8 continuation bytes.
        "                                                            \n \n",
        "\n\n\n\n\n\n\n\n\n\n \n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n",
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "1234567890123456789012345678901234567890123456789012345678901234567890",
        "\xE2\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80"
        "\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80"};
    std::mt19937 rng(20261129);   // fixed: the same texts on every platform
    TxTokens reused, reused_scalar;
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const size_t count = rng() % 120;
        for (size_t k = 0; k < count; ++k) text += pieces[rng() % std::size(pieces)];
        CheckSameScan(text, ScanReused(reused, text));
        CheckSameScan(text, ScanReused(reused_scalar, text, true));
    }
}
