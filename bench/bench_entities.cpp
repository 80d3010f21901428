// bench_entities — sentence segmentation, entity recognition and cross-article coreference throughput
// over Reuters-21578 (the stages of core::ExtractAll this project's entity layer owns), best of N runs.
//
//   bench_entities [--repeat N] FILE.sgm...
// Prints one line per stage with the best wall time and the CPU time of that run, then the counts
// (sentences, mentions, entities) so a faster run can be checked to do the same work.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "read_file.hpp"
#include "entities.hpp"
#include "reuters_sgml.hpp"
#include "text_structure.hpp"

using bench::ReadFile;

namespace {

struct Timer {
    std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
    std::clock_t cpu = std::clock();
    double Wall() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count(); }
    double Cpu() const { return double(std::clock() - cpu) / CLOCKS_PER_SEC; }
};

}  // namespace

int main(int argc, char** argv) {
    int repeat = 3;
    std::vector<const char*> files;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = std::atoi(argv[++i]);
        else files.push_back(argv[i]);
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: bench_entities [--repeat N] reut2-*.sgm\n");
        return 2;
    }
    core::Corpus corpus;
    for (const char* f : files) {
        std::string data;
        if (!ReadFile(f, data)) { std::fprintf(stderr, "cannot read %s\n", f); return 1; }
        for (core::Article& a : core::ReadReutersSgml(data, f)) corpus.articles.push_back(std::move(a));
    }
    double best[3] = {1e9, 1e9, 1e9}, cpu[3] = {0, 0, 0};
    size_t sentences = 0, mentions = 0, entities = 0;
    for (int r = 0; r < repeat; ++r) {
        core::Corpus c;
        c.articles = corpus.articles;
        std::vector<core::TextStructure> ts(c.articles.size());
        std::vector<std::vector<core::EntityMention>> per(c.articles.size());
        Timer t0;
        for (size_t a = 0; a < c.articles.size(); ++a) ts[a] = core::SegmentText(c.articles[a].text, &c.articles[a].furniture);
        const double w0 = t0.Wall(), c0 = t0.Cpu();
        Timer t1;
        for (size_t a = 0; a < c.articles.size(); ++a) per[a] = core::RecognizeEntities(c.articles[a].text, ts[a]);
        const double w1 = t1.Wall(), c1 = t1.Cpu();
        Timer t2;
        core::ResolveEntities(c, per);
        const double w2 = t2.Wall(), c2 = t2.Cpu();
        const double w[3] = {w0, w1, w2}, cc[3] = {c0, c1, c2};
        for (int s = 0; s < 3; ++s)
            if (w[s] < best[s]) best[s] = w[s], cpu[s] = cc[s];
        sentences = mentions = 0;
        for (const auto& t : ts) sentences += t.sentences.size();
        for (const auto& p : per) mentions += p.size();
        entities = c.entities.size();
    }
    const char* names[3] = {"structure", "entities", "coreference"};
    for (int s = 0; s < 3; ++s) std::printf("%-12s %.3f s wall  %.3f s cpu\n", names[s], best[s], cpu[s]);
    std::printf("documents %zu  sentences %zu  mentions %zu  entities %zu\n", corpus.articles.size(), sentences, mentions, entities);
    return 0;
}
