// seeds.hpp — the bundled story (seeds/), compiled into the binary at build time (cmake/Embed.cmake).
//
// Usage:
//   core::Corpus story = core::LoadSeedCorpus();          // five articles + metadata + editor curation
//   std::string_view raw = core::SeedFile("articles.json");
//   core::LoadResult r = core::LoadStory(reader, true);   // the same from any folder laid out like seeds/
//
// A story folder holds articles.json (a bundle whose articles name their .txt "file"), the .txt files
// byte for byte, and optionally curation.json (an overlay bundle of editor claims, relations and notes).
#pragma once
#include <string_view>

#include "bundle.hpp"
#include "model.hpp"

namespace core {

std::string_view SeedFile(std::string_view name);  // empty (data() == nullptr) when no such file was embedded

// Loads articles.json (+ curation.json when with_curation and present) through `read`.
LoadResult LoadStory(const FileReader& read, bool with_curation);

// The seed story with curation merged; errors (which tests rule out) go to stderr and leave it partial.
Corpus LoadSeedCorpus();

}  // namespace core
