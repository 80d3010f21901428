// Extraction gives the same bundle, byte for byte, whatever order or threads the per-article stages run on
// (extract.hpp: ExtractOptions::parallel). The CLI runs on every core, the browser on one: both must agree.
#include <doctest/doctest.h>

#include <string>

#include "bundle.hpp"
#include "corpus.hpp"
#include "extract.hpp"
#include "seeds.hpp"
#ifndef __EMSCRIPTEN__
#include "parallel.hpp"
#endif

using namespace core;

namespace {

// The seed articles several times over (distinct ids), so that the per-article stages cut the corpus into
// many tasks (extract.cpp hands out 32 articles per task).
Corpus ManyArticles() {
    Corpus seeds = LoadSeedCorpus();
    DropCurated(seeds);
    DropExtracted(seeds);
    Corpus c;
    for (int copy = 0; copy < 14; ++copy)
        for (const Article& a : seeds.articles) {
            c.articles.push_back(a);
            c.articles.back().id = a.id + "-" + std::to_string(copy);
        }
    return c;
}

std::string Extracted(const ExtractOptions& options) {
    Corpus c = ManyArticles();
    ExtractAll(c, options);
    return SaveBundle(c);
}

}  // namespace

TEST_CASE("extract: the tasks of a stage done in any order give the same bundle") {
    const std::string serial = Extracted({});
    ExtractOptions reversed;
    int batches = 0;
    reversed.parallel = [&batches](size_t tasks, const std::function<void(size_t)>& run) {
        ++batches;
        for (size_t t = tasks; t-- > 0;) run(t);  // last task first
    };
    CHECK(Extracted(reversed) == serial);
    CHECK(batches > 0);  // the runner was used: the corpus is big enough to be split
    CHECK(serial.find("\"claims\"") != std::string::npos);
    // The relation passes that PrepareRelations gathers for (run first here, before BuildEvents): amounts
    // and stances, besides the event passes.
    CHECK(serial.find("cannot both be right") != std::string::npos);
    CHECK(serial.find("reaction changed") != std::string::npos);
}

#ifndef __EMSCRIPTEN__
TEST_CASE("extract: two threads give the same bundle as one") {
    ExtractOptions two;
    two.parallel = ThreadRunner(2);
    CHECK(Extracted(two) == Extracted({}));
}
#endif

TEST_CASE("extract: ExtractAll runs coreference as one more task beside the dates, not alone afterwards") {
    // Two short articles make one task per phase: the dates phase is then handed to the runner only
    // because coreference is its second task. (It once ran alone on the calling thread: the structure
    // phase was charged for more articles than it did, and the dates phase began with a budget of one.)
    Corpus c;
    for (const char* id : {"a", "b"}) {
        Article a;
        a.id = id;
        a.text = "Atlantis and Borduria signed a treaty in Harbor City on Monday, officials said.";
        a.published = "2024-06-20";
        c.articles.push_back(a);
    }
    const Extractor* x = nullptr;
    size_t dates_tasks = 0;
    ExtractOptions o;
    o.parallel = [&](size_t tasks, const std::function<void(size_t)>& run) {
        if (x && x->Stage() == ExtractStage::Timexes) dates_tasks = tasks;
        for (size_t t = 0; t < tasks; ++t) run(t);
    };
    Corpus serial = c;
    ExtractAll(serial);
    Extractor step(c, o);
    x = &step;
    while (!step.Step(SIZE_MAX / 2)) {
    }
    CHECK(dates_tasks == 2);
    CHECK(SaveBundle(c) == SaveBundle(serial));
}
