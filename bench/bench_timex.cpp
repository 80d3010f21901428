// bench_timex — temporal tagging throughput, natively and as wasm under node (same source, same output).
//
//   bench_timex [--dump] [--repeat N] [--dct YYYY-MM-DD] FILE...
// FILE is Reuters SGML (*.sgm: each story tagged against its own <DATE>) or plain text (*.txt: tagged
// against --dct). Prints one JSON line: docs, bytes, seconds (best of N, wall), cpu_seconds (best of N, this
// process's processor time: steadier than wall time on a shared machine), MB/s (wall), timexes, and an FNV-1a
// hash of every (article, start, end, type, value, mod) so native and wasm runs can be compared.
// --dump prints each timex as a line instead (tests diff the native and wasm dumps).
#include <chrono>
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "read_file.hpp"
#include "calendar.hpp"
#include "reuters_sgml.hpp"
#include "timex_tagger.hpp"

using bench::ReadFile;

namespace {

bool EndsWith(const char* s, const char* suffix) {
    const size_t a = std::strlen(s), b = std::strlen(suffix);
    return a >= b && !std::strcmp(s + a - b, suffix);
}

uint64_t Fnv(uint64_t h, std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return (h ^ 0xff) * 1099511628211ull;
}

}  // namespace

int main(int argc, char** argv) {
    bool dump = false;
    int repeat = 3;
    core::Day dct = core::kNoDay;
    std::vector<core::Article> articles;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--dump")) { dump = true; repeat = 1; continue; }
        if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) { repeat = std::max(1, std::atoi(argv[++i])); continue; }
        if (!std::strcmp(argv[i], "--dct") && i + 1 < argc) {
            if (!core::ParseIsoDate(argv[++i], dct)) { std::fprintf(stderr, "bench_timex: bad --dct %s\n", argv[i]); return 2; }
            continue;
        }
        std::string bytes;
        if (!ReadFile(argv[i], bytes)) { std::fprintf(stderr, "bench_timex: cannot read %s\n", argv[i]); return 1; }
        if (EndsWith(argv[i], ".sgm")) {
            for (core::Article& a : core::ReadReutersSgml(bytes, argv[i])) articles.push_back(std::move(a));
        } else {
            core::Article a;
            a.id = argv[i];
            a.text = std::move(bytes);
            a.published_day = dct;
            articles.push_back(std::move(a));
        }
    }
    if (articles.empty()) { std::fprintf(stderr, "usage: bench_timex [--dump] [--repeat N] [--dct D] FILE...\n"); return 2; }
    size_t bytes = 0;
    for (const core::Article& a : articles) bytes += a.text.size();

    // Only tagging is timed: the results of a run are kept and hashed (or dumped) after its clock stops, as
    // chrono-node's side of bench/timex_throughput.mjs only counts what it found. The previous run's results
    // are freed before the clock starts.
    double best = 1e9, best_cpu = 1e9;
    size_t count = 0;
    uint64_t hash = 1469598103934665603ull;
    std::vector<std::vector<core::Timex>> found;
    for (int r = 0; r < repeat; ++r) {
        found.clear();
        found.reserve(articles.size());
        const auto t0 = std::chrono::steady_clock::now();
        const std::clock_t c0 = std::clock();
        for (const core::Article& a : articles) found.push_back(core::TagTimexes(a.text, a.published_day));
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const double c = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
        if (s < best) best = s;
        if (c < best_cpu) best_cpu = c;
    }
    for (size_t k = 0; k < articles.size(); ++k) {
        count += found[k].size();
        for (const core::Timex& t : found[k]) {
            char line[64];
            std::snprintf(line, sizeof line, "%u %u %s ", t.span.start, t.span.end, core::ToString(t.type));
            hash = Fnv(Fnv(Fnv(Fnv(hash, articles[k].id), line), t.value), t.mod);
            if (dump) std::printf("%s %s%s %s\n", articles[k].id.c_str(), line, t.value.c_str(), t.mod.c_str());
        }
    }
    if (!dump)
        std::printf("{\"docs\": %zu, \"bytes\": %zu, \"seconds\": %.4f, \"cpu_seconds\": %.4f, \"mb_per_s\": %.2f, \"timexes\": %zu, "
                    "\"hash\": \"%016llx\"}\n",
                    articles.size(), bytes, best, best_cpu, bytes / 1e6 / best, count, static_cast<unsigned long long>(hash));
    return 0;
}
