// story_bundle.cpp — the bundled story analysed at build time: seeds → extraction → a snapshot the page's
// viewer compiles in (so the viewer links no extraction code and starts without analysing or parsing JSON:
// core/corpus_snapshot.hpp). Run by node in the wasm build, like static_story. Usage: node story_bundle.js OUT
#include <cstdio>

#include "corpus_snapshot.hpp"
#include "extract.hpp"
#include "seeds.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: story_bundle OUT.snap\n");
        return 2;
    }
    core::Corpus story = core::LoadSeedCorpus();
    core::ExtractAll(story);            // exactly what the native app does on start (analyser_in_process.cpp)
    const std::string bytes = core::WriteSnapshot(story);
    std::FILE* f = std::fopen(argv[1], "wb");
    if (!f || std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size() || std::fclose(f) != 0) {
        std::fprintf(stderr, "story_bundle: cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
