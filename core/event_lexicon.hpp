// event_lexicon.hpp — event trigger words grouped into families, with the verb forms labels need.
//
// Usage:
//   if (const core::TriggerFamily* f = core::FindTrigger("ratified")) { f->family == "ratify" }
//   core::ObjectClass("pact") == "treaty"
#pragma once
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "text_structure.hpp"
#include "word_lexicon.hpp"

namespace core {

struct TriggerFamily {
    std::string_view family;            // "ratify"
    std::string_view singular;          // "ratifies" — label verb after one actor
    std::string_view plural;            // "ratify" — after two actors
};

// WordClass facts as bits (WordClass::flags), so that a sentence's loops test one small integer per token
// instead of following a pointer; ClassifyTokens adds the token facts (kWfWord…).
enum WordFlag : uint16_t {
    kWfTrigger = 1 << 0,                // WordClass::trigger set
    kWfObject = 1 << 1,                 // WordClass::object not empty
    kWfHedge = 1 << 2,                  // WordClass::hedge > 0
    kWfStance = 1 << 3,
    kWfReporting = 1 << 4,
    kWfNegation = 1 << 5,
    kWfAmount = 1 << 6,
    kWfCue = 1 << 7,
    kWfFunctionWord = 1 << 8,
    kWfNotUnit = 1 << 9,
    kWfWord = 1 << 10,                  // a word token (kTokWord)
    kWfNumber = 1 << 11,                // a number token (kTokNumber)
    kWfQuote = 1 << 12,                 // a quotation mark token (kTokQuote)
    kWfNt = 1 << 13,                    // a word ending in "n't" (ASCII apostrophe): a negation
    kWfAuxiliary = 1 << 14,             // WordClass::auxiliary set
    kWfSource = 1 << 15,                // WordClass::source set
};

// Everything the claim rules want to know about one word, from a single hash look-up (nullptr: nothing).
struct WordClass {
    const TriggerFamily* trigger = nullptr;
    std::string_view object;            // ObjectClass
    float hedge = 0;                    // certainty when hedging, 0 when not a hedge
    bool stance = false;
    bool reporting = false;             // a reporting verb (attribution.hpp: said, told, reported…)
    bool negation = false;              // not, never, denied… ("n't" forms are found by IsNegationWord)
    bool amount = false;                // can open or scale an amount: "three", "tens", "thousands", "mln"
    bool cue = false;                   // opens an attribution phrase other than a reporting verb's subject:
                                        // "according (to)", "reported/announced/quoted (by)", "saying"
    bool function_word = false;         // says nothing about what an amount measures (quantity.cpp)
    bool not_unit = false;              // never the unit after a number: months, "and", "of"… (quantity.cpp)
    bool auxiliary = false;             // may stand between a doer and its act: has, was, will, not, also…
                                        // (claims.cpp: AuxiliaryWords)
    bool source = false;                // an unnamed source that can say things: officials, reports, he…
                                        // (attribution.cpp: SourceNouns)
    uint16_t flags = 0;                 // the above as WordFlag bits
};
// One probe into a collision-free table (word_table.hpp) whose keys are the word's bytes packed into two
// integers: no hashing of strings, no memcmp, no probe loop (words longer than 16 bytes are never in it).
const WordClass* ClassifyWord(std::string_view lower_word);
// The same for a token, by the word id Tokenize gave it (word_lexicon.hpp): an array load, no look-up.
const WordClass* ClassifyWordId(WordId id);

// ClassifyWord's bits for every token of a sentence, in one pass that also lower-cases its words
// (claims.cpp: each sentence's words once). text: the article; sentence: the range the tokens toks lie in
// (Tokenize's tokens, with their word ids: a word holds letters, digits, non-ASCII bytes and inner
// - ' , . only; its class comes from its id); lower: room
// for sentence.Size() + kClassifyPadding bytes, where each word token's bytes are written lower-cased
// (ASCII) at their offset from sentence.start (other bytes: unspecified). Writes, per token i, low[i] (its
// view into `lower`, "" unless a word) and bits[i] (WordClass::flags plus the token's kWfWord/kWfNumber/
// kWfQuote/kWfNt); returns the OR of all bits. The few tokens whose bits name a class get it from
// ClassifyWordId(toks[i].word) when a rule needs it.
constexpr size_t kClassifyPadding = 16;
uint16_t ClassifyTokens(std::string_view text, ByteRange sentence, std::span<const Token> toks, char* lower,
                        std::string_view* low, uint16_t* bits);
// The bits ClassifyTokens gives one word token (lower-cased).
uint16_t WordBits(std::string_view lower_word);
// Every word ClassifyWord knows (tests check the table against it), in no particular order.
std::vector<std::string_view> ClassifiedWords();

const TriggerFamily* FindTrigger(std::string_view lower_word);
const TriggerFamily* FindFamily(std::string_view family);      // by family name: "launch" → launches/launch
std::string_view ObjectClass(std::string_view lower_word);     // "treaty", "decree", "law" or ""
bool IsStanceWord(std::string_view lower_word);                // cautious, concern, condemned, furiously…
bool IsHedgeWord(std::string_view lower_word, float& certainty);
bool IsNegationWord(std::string_view lower_word);

}  // namespace core
