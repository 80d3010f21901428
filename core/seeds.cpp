#include "seeds.hpp"

#include <cstdio>

#include "bundle.hpp"
#include "corpus.hpp"
#include "embedded.hpp"

extern const core::EmbeddedFile kSeedFiles[];
extern const size_t kSeedFiles_count;

namespace core {

std::string_view SeedFile(std::string_view name) { return FindEmbedded(kSeedFiles, kSeedFiles_count, name); }

LoadResult LoadStory(const FileReader& read, bool with_curation) {
    std::string articles;
    if (!read("articles.json", articles)) {
        LoadResult r;
        r.errors.push_back({"articles.json", 0, 0, "", "no articles.json"});
        return r;
    }
    LoadOptions opt;
    opt.read_file = read;
    LoadResult story = LoadBundle(articles, "articles.json", opt);
    std::string curation;
    if (!story.ok || !with_curation || !read("curation.json", curation)) return story;
    opt.base = &story.corpus;
    LoadResult curated = LoadBundle(curation, "curation.json", opt);
    if (!curated.ok) {
        story.ok = false;
        story.errors = std::move(curated.errors);
        return story;
    }
    MergeCuration(story.corpus, curated.corpus);
    return story;
}

Corpus LoadSeedCorpus() {
    LoadResult r = LoadStory(
        [](std::string_view name, std::string& out) {
            std::string_view bytes = SeedFile(name);
            if (bytes.data() == nullptr) return false;
            out.assign(bytes);
            return true;
        },
        true);
    // The seeds are checked by the tests; should they ever be broken, say so loudly rather than show nothing.
    if (!r.ok)
        for (const LoadError& e : r.errors) std::fprintf(stderr, "seeds: %s\n", e.ToString().c_str());
    return std::move(r.corpus);
}

}  // namespace core
