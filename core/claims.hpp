// claims.hpp — check-worthy statements with their kind, speaker, hedging and negation.
//
// Usage:
//   std::vector<core::Claim> claims; std::vector<core::ClaimFacts> facts;   // facts[i] belongs to claims[i]
//   core::ExtractClaims(corpus, article_index, structure, mentions, claims, facts);
//
// A claim is a sentence that asserts something a reader could check: it names an actor (an entity), a
// date (a timex), an amount, a quotation, or an event trigger ("signed", "ratified", "deployed").
// Kind: Quote (a direct quotation), Quantity (a counted amount), Event (a trigger or a date), else
// Assessment (opinions and characterisations: "a clear indication", "seen as"). Hedges lower certainty
// (may/might/could 0.5; believed/suggest/likely/appears 0.6; reportedly/allegedly 0.7); negation is
// lexical (not, never, n't, neither, deny, reject). ClaimFacts keeps what relations and events need
// (trigger words, quantities, the subject) without widening the shared model.
#pragma once
#include <span>
#include <string_view>
#include <vector>

#include "attribution.hpp"
#include "entities.hpp"
#include "model.hpp"
#include "quantity.hpp"
#include "text_structure.hpp"

namespace core {

struct TriggerMention {
    ByteRange range;                    // the trigger word: "signed", "ratification"
    std::string_view family;            // "sign", "ratify", "approve", "meet", "deploy"… (static storage)
    std::string_view object;            // "treaty", "decree", "law" or "" — what was signed/ratified
    ByteRange object_range;             // the object noun, empty when none
    Index timex = kNone;                // the corpus timex anchoring it, kNone when undated
    bool object_dated = false;          // the timex dates the object ("a 1961 treaty"), not the act
    bool object_is_result = false;      // "signing it into law": the object noun is what the act makes
    bool at_occasion = false;           // the act is dated by an occasion in the same clause ("signed at a
                                        // June summit"): events.cpp lets that occasion's date sharpen it
    Index agents[2] = {kNone, kNone};   // who does it: "Kim Jong Un signed", "signed by Kim and Putin"
    ByteRange agents_range;             // the words naming them ("Kim and Putin"), empty when none
    Index patient = kNone;              // whom or what it is done to, when an entity: "acquired [Getty]",
                                        // "[Getty] was acquired"; kNone when not named right there
    ByteRange of_phrase;                // a nominal trigger's "of" phrase: "collapse [of the Soviet Union]"
    ByteRange negation;                 // the cue that denies this act ("did not sign", "never ratified"),
                                        // empty when none: a "not" elsewhere in the sentence does not count
    bool negation_open = false;         // the cue speaks of what will, could or has yet to happen ("will not
                                        // sign", "has not yet signed", "not be approved"): it denies no report
};

struct ClaimFacts {
    std::vector<TriggerMention> triggers;
    std::vector<Quantity> quantities;
    Index subject = kNone;              // the first entity of the sentence (grammatical subject, roughly)
    uint32_t subject_start = 0;         // byte offset of that mention
    ByteRange stance;                   // a reaction word ("cautious", "furiously"), empty when none
    ByteRange negation;                 // the negation cue, empty when none
};

// The words that may stand between a doer and its act ("has", "was", "will", "not", "also"…), which
// event_lexicon.cpp folds into WordClass (auxiliary); adverbs in -ly count too, by their ending.
std::span<const std::string_view> AuxiliaryWords();

// Appends the article's claims (ids "c:<article id>:<n>") to `claims` and their facts to `facts`, one each.
// Reads the corpus only (its timexes of the article must be in place and sorted; entities resolved), so
// articles can be done at the same time on several threads, each into its own buffers.
void ExtractClaims(const Corpus& corpus, Index article, const TextStructure& ts, const std::vector<EntityMention>& mentions,
                   std::vector<Claim>& claims, std::vector<ClaimFacts>& facts);

}  // namespace core
