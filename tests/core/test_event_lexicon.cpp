// ClassifyTokens (a sentence's words classified in one pass) against ClassifyWord word by word.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "event_lexicon.hpp"
#include "text_structure.hpp"

using namespace core;

namespace {

struct Classified {
    std::vector<Token> toks;
    std::string lower;
    std::vector<std::string_view> low;
    std::vector<uint16_t> bits;
    uint16_t any = 0;
};

// Tokenizes text[from, end) and classifies its tokens as claims.cpp does.
Classified Classify(const std::string& text, uint32_t from = 0) {
    Classified c;
    const ByteRange range{from, static_cast<uint32_t>(text.size())};
    Tokenize(text, range, c.toks);
    c.lower.assign(range.end - range.start + kClassifyPadding, '?');
    const size_t n = c.toks.size();
    c.low.resize(n), c.bits.resize(n);
    c.any = ClassifyTokens(text, range, c.toks, c.lower.data(), c.low.data(), c.bits.data());
    return c;
}

}  // namespace

TEST_CASE("ClassifyTokens agrees with ClassifyWord on every token, whatever its length and case") {
    // Words of 1 to 20 bytes, upper and mixed case, an "n't", numbers, quotation marks and a word longer
    // than the table's 16-byte keys; "Ratification" (12 bytes) and "agreement" (9) cross the 8-byte half.
    const std::string text =
        "A spokesman SAID the Ratification of an agreement wasn't \"likely\", reportedly because "
        "telecommunications officials didn't approve 10,000 dlrs; Thousands may never sign.";
    const Classified c = Classify(text, 2);  // from an offset: the sentence need not start the text
    REQUIRE(c.toks.size() > 20);
    uint16_t any = 0;
    for (size_t i = 0; i < c.toks.size(); ++i) {
        const Token& t = c.toks[i];
        const std::string surface = text.substr(t.start, t.end - t.start);
        CAPTURE(surface);
        std::string lower;
        LowerInto(surface, lower);
        if (t.Is(kTokWord)) {
            CHECK(c.low[i] == lower);
            CHECK(c.bits[i] == WordBits(lower));
            CHECK((c.bits[i] & kWfWord) != 0);
        } else {
            CHECK(c.low[i].empty());
            CHECK((c.bits[i] & ~(kWfNumber | kWfQuote)) == 0);
            CHECK(((c.bits[i] & kWfNumber) != 0) == t.Is(kTokNumber));
            CHECK(((c.bits[i] & kWfQuote) != 0) == t.Is(kTokQuote));
        }
        any |= c.bits[i];
    }
    CHECK(c.any == any);
}

TEST_CASE("ClassifyTokens lower-cases exactly the bytes of words, whatever sits next to them") {
    // Bytes 0x40..0x5F that are no letters (@ [ \ ] ^ _), the bytes just outside A..Z and a..z, non-ASCII
    // letters, digits and the inner punctuation words may hold: each word's view must equal LowerInto of
    // its surface (ClassifyTokens lowers word bytes by a rule that holds only for what words can contain).
    const std::string text = "Said@TOLD [Treaty] ^Law_BILL` {Pact} Zürich ÉLYSÉE 10,000 Ho-Jin DON'T U.S. A1@Z9 x@y_z "
                             "AZaz@[`{ Ab\\Cd ~DEL\x7F";
    const Classified c = Classify(text);
    size_t words = 0;
    for (size_t i = 0; i < c.toks.size(); ++i) {
        const Token& t = c.toks[i];
        if (!t.Is(kTokWord)) continue;
        const std::string surface = text.substr(t.start, t.end - t.start);
        CAPTURE(surface);
        std::string lower;
        LowerInto(surface, lower);
        CHECK(c.low[i] == lower);
        CHECK(c.bits[i] == WordBits(lower));
        ++words;
    }
    CHECK(words >= 20);
}

TEST_CASE("ClassifyTokens: the bits say what the word lists say") {
    const std::string text = "Officials said the Treaty wasn't ratified, reportedly, by 10,000 \"troops\" maybe.";
    const Classified c = Classify(text);
    auto bits_of = [&](std::string_view word) -> uint16_t {
        for (size_t i = 0; i < c.toks.size(); ++i)
            if (std::string_view(text).substr(c.toks[i].start, c.toks[i].end - c.toks[i].start) == word) return c.bits[i];
        FAIL("no token " << word);
        return 0;
    };
    CHECK((bits_of("said") & kWfReporting) != 0);
    CHECK((bits_of("Treaty") & kWfObject) != 0);
    CHECK((bits_of("the") & (kWfFunctionWord | kWfNotUnit)) == (kWfFunctionWord | kWfNotUnit));
    CHECK((bits_of("wasn't") & kWfNt) != 0);
    CHECK((bits_of("ratified") & kWfTrigger) != 0);
    CHECK((bits_of("reportedly") & kWfHedge) != 0);
    CHECK(bits_of("10,000") == kWfNumber);
    CHECK(bits_of("troops") == kWfWord);  // a unit, but nothing the lexicon lists
    CHECK(bits_of("\"") == kWfQuote);
    CHECK(bits_of("Officials") == (kWfWord | kWfSource));  // an unnamed source (attribution.cpp)
    CHECK((bits_of("wasn't") & kWfAuxiliary) == 0);  // not listed: the n't bit says it
    CHECK((ClassifyWord("has")->flags & kWfAuxiliary) != 0);
    CHECK((ClassifyWord("spokesman")->flags & kWfSource) != 0);
    // WordClass::flags mirrors the fields.
    const WordClass* said = ClassifyWord("said");
    REQUIRE(said);
    CHECK(said->reporting);
    CHECK((said->flags & kWfReporting) != 0);
    CHECK(ClassifyWord("telecommunications") == nullptr);  // longer than 16 bytes: never in the table
    CHECK(ClassifyWord("") == nullptr);
}
