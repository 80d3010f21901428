// event_lexicon.hpp — event trigger words grouped into families, with the verb forms labels need.
//
// Usage:
//   if (const core::TriggerFamily* f = core::FindTrigger("ratified")) { f->family == "ratify" }
//   core::ObjectClass("pact") == "treaty"
#pragma once
#include <string_view>

namespace core {

struct TriggerFamily {
    std::string_view family;            // "ratify"
    std::string_view singular;          // "ratifies" — label verb after one actor
    std::string_view plural;            // "ratify" — after two actors
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
};
// One probe into a fixed open-addressing table whose keys are the word's bytes packed into two integers:
// no hashing of strings and no memcmp (words longer than 16 bytes are never in it).
const WordClass* ClassifyWord(std::string_view lower_word);

const TriggerFamily* FindTrigger(std::string_view lower_word);
const TriggerFamily* FindFamily(std::string_view family);      // by family name: "launch" → launches/launch
std::string_view ObjectClass(std::string_view lower_word);     // "treaty", "decree", "law" or ""
bool IsStanceWord(std::string_view lower_word);                // cautious, concern, condemned, furiously…
bool IsHedgeWord(std::string_view lower_word, float& certainty);
bool IsNegationWord(std::string_view lower_word);

}  // namespace core
