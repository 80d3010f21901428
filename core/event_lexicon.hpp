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

const TriggerFamily* FindTrigger(std::string_view lower_word);
std::string_view ObjectClass(std::string_view lower_word);     // "treaty", "decree", "law" or ""
bool IsStanceWord(std::string_view lower_word);                // cautious, concern, condemned, furiously…
bool IsHedgeWord(std::string_view lower_word, float& certainty);
bool IsNegationWord(std::string_view lower_word);

}  // namespace core
