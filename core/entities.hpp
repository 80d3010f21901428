// entities.hpp — people, organisations, places and documents, and who is who across articles.
//
// Usage:
//   core::TextStructure ts = core::SegmentText(a.text, &a.furniture);
//   std::vector<core::EntityMention> m = core::RecognizeEntities(a.text, ts);   // one article
//   ...one vector per article...
//   core::ResolveEntities(corpus, per_article);   // appends Entities, fills EntityMention::entity
//
// Recognition is capitalization chunking plus evidence: titles before or inside a name ("President",
// "Apple CEO Steve Jobs" → the employer and the person), appositions (", a spokesman for"),
// organisation/document/place head words ("Agency", "Charter", "region"), corporate suffixes ("Inc.",
// joined across "and" / "'s": "Securities and Exchange Commission", "Moody's Investors Service Inc"),
// model numbers ("iPhone 4", "3G iPhone"), "Article 4" patterns, acronym definitions "Korean Central News
// Agency (KCNA)", and a small general gazetteer (entity_lexicon.hpp) that maps capitals and alternative
// names to the country-as-government. Units and currency codes are not names; named events ("Worldwide
// Developers Conference", "Christmas") are kept but flagged. Title-case headlines only yield names
// already seen in the body, so "Sign Mutual Defense Pact" is not a name. Every word-class question is one
// array load by the token's word id (the structure stage looked the word up once for all stages).
//
// Coreference across articles keys on normalized names (case, hyphens, "the" and possessives ignored:
// "Kim Jong-Un" = "Kim Jong Un"; "Kelvar Corp." = "Kelvar"), then resolves one-word names to the unique
// fuller person name that contains them ("Kim", "Putin", "Mbeki-Santos"), a short form to the unique
// longer name of its article ("Lion" → "Mac OS X Lion"), and nominal roles ("the North Korean leader") to
// the person the text introduced with that role ("North Korean leader Kim Jong Un"), preferring the same
// article. An entity's kind comes from the first mention with evidence; guesses fill in until then.
//
// Measured by `claimline eval-entities DIR` (MEANTIME, see tools/cli/cmd_eval_entities.cpp for what is
// scored) and bench/bench_entities (Reuters-21578 throughput).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model.hpp"
#include "text_structure.hpp"

namespace core {

struct EntityMention {
    ByteRange range;                    // the name as written (title and possessive excluded)
    EntityKind kind = EntityKind::Other;
    std::string key;                    // normalized name used for coreference ("kim jong un", "north korea")
    std::string name;                   // display name: the gazetteer's canonical form or the surface
    std::string role;                   // "head:north korea" when the text gives one, else ""
    uint32_t sentence = 0;              // index into the article's TextStructure::sentences
    bool nominal = false;               // "the North Korean leader": resolves only through `role`
    bool single = false;                // one-word name that may be short for a fuller one ("Putin")
    bool media = false;                 // a news agency / state medium (KCNA, Voice of Korea)
    bool weak_kind = false;             // `kind` is a guess ("to Reagan" → place); coreference lets a mention
                                        // with evidence (a title, a company suffix) decide the entity's kind
    bool event_name = false;            // a named event ("Worldwide Developers Conference", "Christmas"):
                                        // kept as an entity of kind Other, but not a participant
    bool tentative = false;             // a lone capitalized sentence opener: kept only if another mention
                                        // (in any article) names the same thing
    Index entity = kNone;               // filled by ResolveEntities
};

std::vector<EntityMention> RecognizeEntities(std::string_view text, const TextStructure& ts);

// Links every article's mentions into corpus.entities (existing entities, curated ones included, are
// reused by name and alias; new ones are appended). per_article[i] belongs to corpus.articles[i].
// Mentions that resolve to nothing keep entity == kNone (nominals with no antecedent).
void ResolveEntities(Corpus& corpus, std::vector<std::vector<EntityMention>>& per_article);

// The normalized coreference key of a surface form ("Kim Jong-Un’s" → "kim jong un").
std::string NormalizeNameKey(std::string_view surface);

}  // namespace core
