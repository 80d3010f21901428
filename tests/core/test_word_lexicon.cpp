// The word lexicon (one id per word token, shared by the stages): every word a stage lists has an id and
// keeps its facts under it, Tokenize gives each word token the id of its lower-cased text, and nothing
// else gets one.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "entity_lexicon.hpp"
#include "text_structure.hpp"
#include "word_lexicon.hpp"

using namespace core;

namespace {

std::string Upper(std::string_view w) {
    std::string u(w);
    for (char& c : u)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    return u;
}

}  // namespace

TEST_CASE("Every entity word has an id, in any case, and its classes under that id") {
    const std::vector<std::string_view> words = EntityLexiconWords();
    REQUIRE(words.size() > 800);
    for (std::string_view w : words) {
        CAPTURE(w);
        const WordId id = FindWordId(w);
        REQUIRE(id != kNoWord);
        CHECK(id < WordIdCount());
        CHECK(WordOfId(id) == w);
        CHECK(FindWordId(Upper(w)) == id);
        CHECK(WordClassesById()[id] != 0);
        CHECK(WordClassOf(Upper(w)) == WordClassesById()[id]);
    }
    CHECK((WordClassOf("president") & kWcTitle) != 0);
    CHECK((WordClassOf("Pyongyang") & kWcGazetteerStart) != 0);
    CHECK((WordClassOf("north") & kWcGazetteerStart) != 0);  // first word of "north korea"
}

TEST_CASE("Ids are distinct, and unlisted words, long words and near misses have none") {
    std::set<WordId> seen;
    for (size_t id = 1; id < WordIdCount(); ++id) {
        const std::string_view w = WordOfId(static_cast<WordId>(id));
        CAPTURE(w);
        REQUIRE(!w.empty());
        CHECK(w.size() <= kMaxLexiconWord);
        CHECK(FindWordId(w) == id);
        CHECK(seen.insert(static_cast<WordId>(id)).second);
    }
    CHECK(WordOfId(kNoWord).empty());
    CHECK(FindWordId("") == kNoWord);
    CHECK(FindWordId("zzyzx") == kNoWord);
    CHECK(FindWordId("presiden") == kNoWord);
    CHECK(FindWordId("presidentx") == kNoWord);
    CHECK(FindWordId("president\xC3") == kNoWord);
    CHECK(FindWordId("communicationsXYZ") == kNoWord);  // 17 bytes whose first 14 are a listed word
    CHECK(FindWordId(std::string_view("the\0", 4)) == kNoWord);  // keys hold no length: NUL is refused
    CHECK(FindWordId(std::string_view("president\0", 10)) == kNoWord);
    CHECK(FindWordId("the") != kNoWord);
    CHECK(FindWordId("The") == FindWordId("the"));
}

TEST_CASE("Tokenize gives each word token the id of its lower-cased text, and other tokens none") {
    // Listed words in several cases, unlisted ones, numbers, punctuation, a possessive, a word longer than
    // the keys, and a listed word in the text's last 16 bytes (the look-up's short path).
    const std::string text =
        "The SPOKESMAN for North Korea's Ministry said 10,000 troops, \"Reportedly\", crossed; "
        "telecommunications officials in Pyongyang didn't comment on Monday to the president";
    std::vector<Token> toks;
    Tokenize(text, {0, static_cast<uint32_t>(text.size())}, toks);
    REQUIRE(toks.size() > 20);
    size_t listed = 0;
    for (const Token& t : toks) {
        const std::string_view s = std::string_view(text).substr(t.start, t.end - t.start);
        CAPTURE(s);
        if (!t.Is(kTokWord)) {
            CHECK(t.word == kNoWord);
            continue;
        }
        std::string lower;
        LowerInto(s, lower);
        CHECK(t.word == FindWordId(lower));
        listed += t.word != kNoWord;
    }
    CHECK(listed >= 12);
    CHECK(toks.back().word == FindWordId("president"));
    // The same ids from the structure stage's tokens.
    const TextStructure ts = SegmentText(text);
    REQUIRE(ts.tokens.size() == toks.size());
    for (size_t i = 0; i < toks.size(); ++i) CHECK(ts.tokens[i].word == toks[i].word);
}

TEST_CASE("A one-word gazetteer name is found by its word id as by its key") {
    size_t found = 0;
    for (size_t id = 1; id < WordIdCount(); ++id) {
        const std::string_view w = WordOfId(static_cast<WordId>(id));
        CAPTURE(w);
        if (!(WordClassesById()[id] & kWcGazetteerStart)) {
            CHECK(OneWordGazetteerById()[id] == nullptr);
            continue;
        }
        CHECK(OneWordGazetteerById()[id] == FindGazetteer(w));
        found += OneWordGazetteerById()[id] != nullptr;
    }
    CHECK(found > 100);
    CHECK(OneWordGazetteerById()[FindWordId("Pyongyang")] == FindGazetteer("pyongyang"));
    CHECK(OneWordGazetteerById()[FindWordId("north")] == nullptr);  // only "north korea", "north korean"
}
