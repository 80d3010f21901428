// role_words.hpp — what the entity lexicon knows about a word, for files that cannot include
// entity_lexicon.hpp (its enum WordClass and event_lexicon.hpp's struct WordClass share a name).
//
// Usage (attribution.cpp: "the Ukrainian navy said"):
//   if (core::RoleWordOf("navy") == core::RoleWord::Organisation) { ... }   // case-insensitive, one look-up
#pragma once
#include <cstdint>
#include <string_view>

namespace core {

enum class RoleWord : uint8_t {
    Other,                              // any other word ("foreign", "ukrainian", "senior")
    Title,                              // minister, executive, spokesman, official-like titles
    Organisation,                       // an organisation head: navy, bank, company, ministry
    Determiner,                         // the, a, an
    Function,                           // other function words: of, and, was, its… (never inside a name)
};

RoleWord RoleWordOf(std::string_view word);  // defined in entity_lexicon.cpp

}  // namespace core
