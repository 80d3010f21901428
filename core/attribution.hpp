// attribution.hpp — who says a sentence: a named speaker, an unnamed source, or the outlet itself.
//
// Usage:
//   std::vector<core::Token> toks; core::Tokenize(text, sentence.range, toks);
//   core::Attribution a = core::AttributeSentence(text, toks, lower, mentions_in_sentence, article, previous, in_quote);
//   a.outlet_voice  → the article asserts it itself; else a.speaker / a.speaker_name and a.cue
//
// Cues, in the order they win: "according to X", "(as) reported by X", a reporting verb with its subject
// ("X said", "Observers say", "sources indicate") or inverted (", says Putin", ", it said"), a participle
// ("…, saying") that reuses the sentence subject, and a quotation continuing the previous speaker.
// A pronoun speaker ("it said") takes the previous sentence's speaker. State media (KCNA, Voice of Korea)
// are ordinary named speakers: the gazetteer marks them as media so the UI can show it.
#pragma once
#include <string>
#include <span>
#include <string_view>
#include <vector>

#include "entities.hpp"
#include "event_lexicon.hpp"
#include "model.hpp"
#include "text_structure.hpp"

namespace core {

struct QuoteSpan {
    ByteRange range;                    // the quoted words, marks included
    int words = 0;
};

// Direct quotations in the sentence ("…" “…” and ‘…’ with at least two words; quoted titles — every word
// capitalised or a small joining word — are not quotations).
std::vector<QuoteSpan> FindQuotes(std::string_view text, std::span<const Token> toks);

// lower: each word token lower-cased ("" for non-words), parallel to toks; mentions: the resolved entity
// mentions inside this sentence, in text order. previous: the last sentence's attribution (antecedent of
// "he said", "they said"); previous_thing: the last one whose speaker is not a person (antecedent of "it
// said"); either may be null. bits (optional): the WordFlag bits of each token, parallel to toks, when the
// caller has them (claims.cpp: ClassifyTokens) — else they are looked up here; any_bits: their OR when the
// caller has it (ClassifyTokens returns it), 0 = work it out here.
Attribution AttributeSentence(std::string_view text, std::span<const Token> toks, std::span<const std::string_view> lower,
                              const std::vector<const EntityMention*>& mentions, Index article,
                              const Attribution* previous, bool continues_quote, const Attribution* previous_thing = nullptr,
                              std::span<const uint16_t> bits = {}, uint16_t any_bits = 0);

bool IsReportingVerb(std::string_view lower);   // said, says, told, reported, stated, announced…
// Unnamed sources that can say things ("Observers say", "intelligence reports"), which event_lexicon.cpp
// folds into WordClass (source).
std::span<const std::string_view> SourceNouns();
std::span<const std::string_view> ReportingVerbs();   // the whole list (event_lexicon folds it into WordClass)

}  // namespace core
