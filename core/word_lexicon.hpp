// word_lexicon.hpp — one small number per word token, given once by the structure stage and read by every
// later stage instead of hashing the word again.
//
// Usage:
//   for (const core::Token& t : ts.Tokens(sentence)) facts_by_id[t.word] ...   // Tokenize filled t.word
//   core::AssignWordIds(text, tokens);                 // what Tokenize does for the tokens it appends
//   core::WordId id = core::FindWordId("Said");        // any string, ASCII case ignored
//   std::vector<uint32_t> facts(core::WordIdCount());  // a stage's facts per word: an array indexed by id
//
// Each stage keeps its own words and what they mean (entity_lexicon.cpp: titles, organisation heads,
// gazetteer first words…; event_lexicon.cpp: triggers, hedges, reporting verbs…). This table knows only
// their union and numbers it, so a stage's per-word facts become a plain array indexed by id, and a word
// of running text is lower-cased and hashed once (Tokenize) however many stages ask about it.
//
// Ids are stable for a build (the union, sorted), 1..WordIdCount()-1; kNoWord (0) is every word no stage
// lists and every token that is not a word. Keys are the word lower-cased (ASCII letters only: non-ASCII
// bytes are kept as they are), at most kMaxLexiconWord bytes long and free of NUL bytes; a stage cannot
// list other words (the table is built only from words that fit: tests check each stage's lists against it).
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "text_structure.hpp"

namespace core {

using WordId = uint16_t;
constexpr WordId kNoWord = 0;
constexpr size_t kMaxLexiconWord = 16;  // bytes

// The id of a word, ignoring ASCII case; kNoWord when no stage lists it (or it holds a NUL byte).
WordId FindWordId(std::string_view word);

// Sets the word id of every word token (kTokWord) in toks, whose ranges index text; other tokens get kNoWord.
void AssignWordIds(std::string_view text, std::span<Token> toks);

// One more than the largest id: the length of an array indexed by WordId.
size_t WordIdCount();

// The word an id stands for, lower case ("" for kNoWord).
std::string_view WordOfId(WordId id);

}  // namespace core
