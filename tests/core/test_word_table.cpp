// WordTable (a collision-free table of short words) and the claim lexicon built on it: every listed word
// is found, and nothing else is — not a word one letter or one byte away, not one with a non-ASCII byte,
// not one longer than the 16-byte key whose first 16 bytes are a listed word.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "event_lexicon.hpp"
#include "text_structure.hpp"
#include "word_table.hpp"

using namespace core;

namespace {

// Every word one edit away from w: each byte changed (next byte value, case flipped, a non-ASCII byte,
// NUL), one byte dropped, one byte added (at the end and in the middle), w lengthened past 16 bytes.
std::vector<std::string> Neighbours(std::string_view w) {
    std::vector<std::string> out;
    for (size_t p = 0; p < w.size(); ++p) {
        for (const unsigned char c : {static_cast<unsigned char>(w[p] + 1), static_cast<unsigned char>(w[p] ^ 0x20),
                                      static_cast<unsigned char>(0xC3), static_cast<unsigned char>(0xA9),
                                      static_cast<unsigned char>(0)}) {
            std::string v(w);
            v[p] = static_cast<char>(c);
            out.push_back(v);
        }
        std::string shorter(w);
        shorter.erase(p, 1);
        out.push_back(shorter);
    }
    out.push_back(std::string(w) + "s");
    out.push_back(std::string(w) + '\0');
    out.push_back(std::string(w.substr(0, w.size() / 2)) + "x" + std::string(w.substr(w.size() / 2)));
    std::string longer(w);
    while (longer.size() <= WordTable::kMaxWord) longer += longer;  // first bytes equal w's: only the length differs
    out.push_back(longer);
    return out;
}

WordTable::Key KeyFrom16(std::string_view w, char after) {
    std::string buf(w);
    buf.resize(2 * 8 + w.size(), after);  // garbage past the word, as ClassifyTokens loads it
    uint64_t head = 0, tail = 0;
    std::memcpy(&head, buf.data(), 8);
    std::memcpy(&tail, buf.data() + 8, 8);
    return WordTable::Masked(head, tail, w.size());
}

}  // namespace

TEST_CASE("WordTable finds every word it holds and nothing one edit away") {
    const std::vector<std::string_view> words = {"a", "of", "the", "said", "signed", "signing", "signature",
                                                 "ratification", "approximately", "telecommunicati",  // 15
                                                 "internationally!", "abcdefgh", "abcdefghi", "xn't"};
    std::vector<uint32_t> values;
    for (size_t i = 0; i < words.size(); ++i) values.push_back(static_cast<uint32_t>(100 + i));
    WordTable t;
    REQUIRE(t.Build(words, values));
    const std::set<std::string, std::less<>> listed(words.begin(), words.end());
    for (size_t i = 0; i < words.size(); ++i) {
        CAPTURE(words[i]);
        CHECK(t.Find(WordTable::Pack(words[i]), words[i].size()) == values[i]);
        CHECK(t.Find(KeyFrom16(words[i], 'Z'), words[i].size()) == values[i]);
        CHECK(t.Find(KeyFrom16(words[i], '\xFF'), words[i].size()) == values[i]);
        for (const std::string& v : Neighbours(words[i])) {
            if (v.empty() || listed.count(v)) continue;
            CAPTURE(v);
            CHECK(t.Find(WordTable::Pack(v), v.size()) == 0);
        }
    }
    CHECK(t.Find(WordTable::Pack("b"), 1) == 0);
    CHECK(t.Find(WordTable::Pack("internationally!x"), 17) == 0);  // 17 bytes: the first 16 are listed
}

TEST_CASE("WordTable refuses what it cannot hold") {
    WordTable t;
    const std::vector<std::string_view> dup = {"said", "told", "said"};
    CHECK_FALSE(t.Build(dup, std::vector<uint32_t>{1, 2, 3}));
    CHECK_FALSE(t.Build(std::vector<std::string_view>{"said", ""}, std::vector<uint32_t>{1, 2}));
    CHECK_FALSE(t.Build(std::vector<std::string_view>{"internationalised"}, std::vector<uint32_t>{1}));  // 17 bytes
    CHECK_FALSE(t.Build(std::vector<std::string_view>{"said"}, std::vector<uint32_t>{0}));
    CHECK_FALSE(t.Build(std::vector<std::string_view>{"said"}, std::vector<uint32_t>{1, 2}));
}

TEST_CASE("The claim lexicon: every listed word classifies, no neighbour does") {
    const std::vector<std::string_view> words = ClassifiedWords();
    REQUIRE(words.size() > 200);
    const std::set<std::string, std::less<>> listed(words.begin(), words.end());
    for (std::string_view w : words) {
        CAPTURE(w);
        const WordClass* c = ClassifyWord(w);
        REQUIRE(c);
        CHECK(c->flags != 0);
        CHECK((WordBits(w) & c->flags) == c->flags);
        for (const std::string& v : Neighbours(w)) {
            if (v.empty() || listed.count(v)) continue;
            CAPTURE(v);
            CHECK(ClassifyWord(v) == nullptr);
        }
    }
    // In running text, in any case, each listed word gets its class from ClassifyTokens.
    std::string text;
    for (std::string_view w : words) {
        std::string upper(w);
        for (char& ch : upper)
            if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
        text.append(w).append(" ").append(upper).append(" ");
    }
    std::vector<Token> toks;
    Tokenize(text, {0, static_cast<uint32_t>(text.size())}, toks);
    std::string lower(text.size() + kClassifyPadding, '?');
    std::vector<std::string_view> low(toks.size());
    std::vector<uint16_t> bits(toks.size());
    ClassifyTokens(text, {0, static_cast<uint32_t>(text.size())}, toks, lower.data(), low.data(), bits.data());
    size_t classified = 0;
    for (size_t i = 0; i < toks.size(); ++i) {
        if (!toks[i].Is(kTokWord)) continue;
        CAPTURE(low[i]);
        const WordClass* c = ClassifyWord(low[i]);
        REQUIRE(c);
        CHECK((bits[i] & ~(kWfWord | kWfNumber | kWfQuote | kWfNt)) == c->flags);  // the WordClass bits
        classified += 1;
    }
    CHECK(classified == 2 * words.size() - 2 * std::count_if(words.begin(), words.end(), [](std::string_view w) {
                            return w.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos;
                        }));
}
