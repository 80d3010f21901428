// seeds.hpp — the bundled story (seeds/), compiled into the binary at build time.
//
// Usage:
//   core::Corpus story = core::LoadSeedCorpus();          // the five articles with their metadata
//   std::string_view raw = core::SeedFile("articles.json");
#pragma once
#include <string_view>

#include "model.hpp"

namespace core {

std::string_view SeedFile(std::string_view name);  // empty when no such file was embedded
Corpus LoadSeedCorpus();

}  // namespace core
