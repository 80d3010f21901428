// reader_digest.hpp — the extracted understanding of a story as plain text a person can check by reading.
//
// Usage:
//   std::fputs(core::FormatReaderDigest(corpus).c_str(), stdout);   // `claimline extract --format summary`
//
// Three sections, each line pointing back to the words it rests on:
//   EVENTS     date, label, how many articles report it, and each mention's article and opening words;
//   RELATIONS  type, the one-line explanation, and the evidence spans quoted with their article;
//   CLAIMS     per article: kind, speaker (or the outlet's voice), hedge and negation cues, opening words.
// The layout is for eyes, not for parsers (use the JSON bundle for that); it may change between versions.
#pragma once
#include <string>

#include "model.hpp"

namespace core {

struct DigestOptions {
    bool claims = true;                 // list every claim (default on); off = events and relations only
    size_t snippet_bytes = 90;          // how much of a sentence to show, bytes (cut on a code point)
};

std::string FormatReaderDigest(const Corpus& corpus, const DigestOptions& options = {});

}  // namespace core
