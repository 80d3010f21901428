// text_structure.hpp — paragraphs, sentences and tokens of an article, as byte ranges into its text.
//
// Usage:
//   core::TextStructure s = core::SegmentText(article.text, &article.furniture);
//   for (const core::Sentence& sent : s.sentences) { ... sent.range ... sent.headline ... }
//   for (const core::Token& t : s.Tokens(sent)) { ... }          // tokenized once, shared by every stage
//   std::vector<core::Token> toks; core::Tokenize(article.text, range, toks);   // any other range
//
// Nothing is deleted: page furniture (repeated headlines, captions, boilerplate) is skipped, so every
// range still indexes the article exactly as published. Segmentation is a single left-to-right scan with
// a small abbreviation table — no regex, no allocation per character — because the same code runs over
// all of Reuters-21578 in well under a second and in the browser.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "model.hpp"

namespace core {

struct Sentence {
    ByteRange range;                    // trimmed of surrounding whitespace
    uint32_t paragraph = 0;             // index into TextStructure::paragraphs
    bool headline = false;              // a title-like line: no final punctuation, few words
    bool in_quote = false;              // starts inside a quotation opened by an earlier sentence
    uint32_t first_token = 0;           // its tokens: TextStructure::tokens[first_token, end_token)
    uint32_t end_token = 0;
};

// Token shape flags: cheap facts the entity and claim rules test again and again.
enum TokenFlag : uint8_t {
    kTokWord = 1,                       // letters (or letters with digits, hyphens, inner apostrophes)
    kTokNumber = 2,                     // starts with a digit: "10,000", "3.5", "1960s"
    kTokCapital = 4,                    // first letter upper case (ASCII A–Z or a non-ASCII letter)
    kTokAllCaps = 8,                    // two or more letters, all upper case: "KCNA", "U.S."
    kTokPunct = 16,                     // anything else, one character (UTF-8 sequence) long
    kTokQuote = 32,                     // a quotation mark: " “ ” ‘ ’ (when not an apostrophe) '
    kTokPossessive = 64,                // the "'s" / "’s" split off a word
};

struct Token {
    uint32_t start = 0;                 // byte offsets into the text
    uint32_t end = 0;
    uint8_t flags = 0;                  // TokenFlag bits
    uint16_t word = 0;                  // WordId (word_lexicon.hpp): which listed word it is, 0 = none or not a word
    bool Is(uint8_t f) const { return (flags & f) != 0; }
};

struct TextStructure {
    std::vector<ByteRange> paragraphs;  // non-empty lines (or blank-line separated blocks), furniture removed
    std::vector<Sentence> sentences;    // in text order
    std::vector<Token> tokens;          // every sentence's tokens, in text order (Tokenize of its range):
                                        // the entity and claim stages share them instead of re-tokenizing
    std::span<const Token> Tokens(const Sentence& s) const {
        return std::span<const Token>(tokens).subspan(s.first_token, s.end_token - s.first_token);
    }
};

// Splits text into paragraphs (line breaks) and sentences, and tokenizes the sentences; furniture ranges
// (sorted) are skipped.
TextStructure SegmentText(std::string_view text, const std::vector<Furniture>* furniture = nullptr);

// Appends the tokens of text[range] to out (out is not cleared: callers reuse one buffer), their word ids
// set (AssignWordIds).
void Tokenize(std::string_view text, ByteRange range, std::vector<Token>& out);

// ASCII lower-casing into a caller buffer (non-ASCII bytes are copied unchanged).
void LowerInto(std::string_view s, std::string& out);
bool EqualsLower(std::string_view s, std::string_view lower);   // s equals lower, ignoring ASCII case

}  // namespace core
