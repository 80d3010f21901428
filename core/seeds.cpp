#include "seeds.hpp"

#include "embedded.hpp"

extern const core::EmbeddedFile kSeedFiles[];
extern const size_t kSeedFiles_count;

namespace core {

std::string_view SeedFile(std::string_view name) { return FindEmbedded(kSeedFiles, kSeedFiles_count, name); }

// Minimal loader: one article per embedded .txt, headline = first non-empty line. The metadata-aware
// loader (seeds/articles.json through the bundle reader) replaces this.
Corpus LoadSeedCorpus() {
    Corpus corpus;
    for (size_t i = 0; i < kSeedFiles_count; ++i) {
        std::string_view name = kSeedFiles[i].name;
        if (name.size() < 4 || name.substr(name.size() - 4) != ".txt") continue;
        Article a;
        a.id = std::string(name.substr(0, 3));
        a.text.assign(reinterpret_cast<const char*>(kSeedFiles[i].data), kSeedFiles[i].size);
        const size_t nl = a.text.find('\n');
        a.headline = a.text.substr(0, nl == std::string::npos ? a.text.size() : nl);
        corpus.articles.push_back(std::move(a));
    }
    return corpus;
}

}  // namespace core
