// story_bundle.cpp — the bundled story analysed at build time: seeds → extraction → a compact bundle the
// page's viewer compiles in (so the viewer links no extraction code and starts without analysing). Run by
// node in the wasm build, like static_story. Usage: node story_bundle.js OUT.json
#include <cstdio>

#include "bundle.hpp"
#include "extract.hpp"
#include "seeds.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: story_bundle OUT.json\n");
        return 2;
    }
    core::Corpus story = core::LoadSeedCorpus();
    core::ExtractAll(story);            // exactly what the native app does on start (analyser_in_process.cpp)
    core::SaveOptions options;
    options.pretty = false;
    options.quotes = false;             // the article texts are in the same bundle: offsets suffice
    const std::string json = core::SaveBundle(story, options);
    std::FILE* f = std::fopen(argv[1], "wb");
    if (!f || std::fwrite(json.data(), 1, json.size(), f) != json.size() || std::fclose(f) != 0) {
        std::fprintf(stderr, "story_bundle: cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
