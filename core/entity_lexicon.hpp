// entity_lexicon.hpp — the small general gazetteer and word lists behind entity recognition.
//
// Usage:
//   if (const core::GazetteerEntry* g = core::FindGazetteer("pyongyang")) { g->canonical == "North Korea" }
//   core::IsTitleWord("spokesman")  core::IsOrganizationHead("agency")  core::IsCommonCapitalized("the")
//
// The gazetteer is deliberately general (countries, capitals, demonyms, international bodies, state
// media) — names never seen before are found by capitalization, titles and context in entities.cpp.
// All look-ups take lower-case ASCII keys with single spaces ("north korea", "kim jong un").
#pragma once
#include <string_view>

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

bool IsTitleWord(std::string_view lower);        // president, leader, spokesman, adviser, minister…
bool IsHeadOfStateTitle(std::string_view lower); // the subset that names a country's leader
bool IsOrganizationHead(std::string_view lower); // agency, council, institute, ministry, duma…
bool IsDocumentHead(std::string_view lower);     // charter, treaty, convention, act, accord…
bool IsPlaceHead(std::string_view lower);        // region, peninsula, sea, river, province…
bool IsCommonCapitalized(std::string_view lower);// sentence-initial words that are not names: the, in, after…
bool IsFirstName(std::string_view lower);        // a short list of common given names
bool IsNameConnector(std::string_view lower);    // "of", "for", "and", "de", "al", "bin", "von"…

}  // namespace core
