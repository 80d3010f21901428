// entity_lexicon.hpp — the small general gazetteer and word lists behind entity recognition.
//
// Usage:
//   if (const core::GazetteerEntry* g = core::FindGazetteer("pyongyang")) { g->canonical == "North Korea" }
//   if (core::WordClassOf("Spokesman") & core::kWcTitle) { ... }   // case-insensitive, one hash look-up
//   if (core::WordClassesById()[token.word] & core::kWcTitle) { ... }  // a token's: no look-up at all
//
// The gazetteer is deliberately general (countries, capitals, demonyms, international bodies, state
// media) — names never seen before are found by capitalization, titles and context in entities.cpp.
// All look-ups take lower-case ASCII keys with single spaces ("north korea", "kim jong un").
#pragma once
#include <string_view>
#include <vector>

#include "model.hpp"

namespace core {

enum class GazetteerType : uint8_t {
    Country,                            // "north korea", "dprk", "russian federation"
    Capital,                            // "pyongyang" → country as government, or the city after "in"
    Demonym,                            // "north korean", "russian" → adjective of the country
    Organization,                       // "united nations", "nato"
    Media,                              // "kcna", "voice of korea": state or wire media (attribution)
    Region,                             // "asia", "east asia", "kursk region"
};

struct GazetteerEntry {
    std::string_view key;               // lower case surface
    std::string_view canonical;         // the entity's name: "North Korea"
    GazetteerType type;
    std::string_view city;              // for capitals: the city's own name ("Pyongyang")
};

const GazetteerEntry* FindGazetteer(std::string_view lower_key);
// By WordId (word_lexicon.hpp), WordIdCount() of them: the entry whose key is that one word ("pyongyang",
// "u.s.") or nullptr — a name of one token needs no key built and hashed.
const GazetteerEntry* const* OneWordGazetteerById();

// Word classes: one hashed, case-insensitive look-up per token answers every question the recognizer
// asks about a word ("is it a title? an organisation head? a common sentence opener?").
enum EntityWordClass : uint32_t {  // not WordClass: event_lexicon.hpp has a struct of that name
    kWcTitle = 1u << 0,         // president, leader, spokesman, adviser, minister, ceo…
    kWcHeadOfState = 1u << 1,   // the subset of titles that names a country's leader
    kWcOrgHead = 1u << 2,       // agency, council, institute, ministry, inc, corp, group…
    kWcDocHead = 1u << 3,       // charter, treaty, convention, act, accord…
    kWcPlaceHead = 1u << 4,     // region, peninsula, sea, river, province…
    kWcCommon = 1u << 5,        // capitalized at a sentence start but not a name: the, in, after, monday…
    kWcFirstName = 1u << 6,     // a short list of common given names
    kWcConnector = 1u << 7,     // of, for, and, de, al, bin, von… inside names
    kWcGazetteerStart = 1u << 8,// the first word of some gazetteer key (filters multi-word look-ups)
    kWcPlacePrep = 1u << 9,     // in, at, near, from, to: a following name is likely a place
    kWcReporting = 1u << 10,    // said, says, told… after a two-word name: a person
    kWcDeterminer = 1u << 11,   // the, a, an
    kWcDocPart = 1u << 12,      // article, section, chapter, clause, resolution, paragraph (+ number)
    kWcEventHead = 1u << 13,    // conference, summit, war, games, olympics…: a named event, not an entity
    kWcAbbrevName = 1u << 14,   // inc, corp, co, ltd, jr, sr, bros: the following period is part of the name
    kWcUnit = 1u << 15,         // measurement units and currency codes (GHz, GB, USD): never names
    kWcTitleModifier = 1u << 16,// operating, financial, executive… inside a title ("Chief Operating Officer")
    kWcHoliday = 1u << 17,      // christmas, easter, thanksgiving…: dates, not entities
    kWcOrgTitle = 1u << 18,     // ceo, chairman, founder, spokesman… "Apple CEO": what precedes is an organisation
    kWcFunction = 1u << 19,     // function words, months and weekdays: never part of a name, even mid-sentence
};

uint32_t WordClassOf(std::string_view word);    // case-insensitive; 0 for unknown words; no allocation
// EntityWordClass bits by WordId (word_lexicon.hpp), WordIdCount() of them: a token's are WordClassesById()[t.word].
const uint32_t* WordClassesById();
// Every word the lists above hold (the word lexicon is built from them with the other stages' words).
std::vector<std::string_view> EntityLexiconWords();

// What attribution asks of a word ("the Ukrainian navy said"): one look-up, case-insensitive.
enum class RoleWord : uint8_t {
    Other,         // any other word ("foreign", "ukrainian", "senior")
    Title,         // minister, executive, spokesman, official-like titles
    Organisation,  // an organisation head: navy, bank, company, ministry
    Determiner,    // the, a, an
    Function,      // other function words: of, and, was, its… (never inside a name)
};
RoleWord RoleWordOf(std::string_view word);

}  // namespace core
