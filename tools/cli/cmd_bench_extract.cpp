// cmd_bench_extract.cpp — `claimline bench-extract [--limit N] [--threads T] [--repeat R] [--json] REUTERS_DIR`:
// the whole extraction pipeline (dates, entities, claims, events, relations) over Reuters-21578, with time
// per stage.
//
// Reads reut2-*.sgm in name order through core::ReadReutersSgml (dated stories with a body), keeps the
// first N, runs core::ExtractAll R times on fresh copies (best wall time kept) with T threads for the
// per-article stages (default: every core) and prints documents, megabytes of body text, wall and processor
// seconds per stage and throughput. Processor time is what the work costs; wall time is what a user waits
// and depends on how busy the machine is. File reading and SGML parsing are not part of the figures. Stages
// that run in one pass (structure and entities; with T > 1 coreference beside the timex tasks, see
// core/extract.hpp) share that pass's wall time in proportion to their processor time.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "bundle.hpp"
#include "commands.hpp"
#include "extract.hpp"
#include "parallel.hpp"
#include "reader_digest.hpp"
#include "reuters_sgml.hpp"

namespace cli {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Processor seconds of the calling thread. It does every serial step and its share of each parallel one,
// so on an idle machine it is about the wall time; on a busy one it is the figure that busy neighbours
// inflate least (wall time there also counts the time the threads wait for a core).
double ThreadCpuSeconds() {
    timespec c{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c);
    return static_cast<double>(c.tv_sec) + 1e-9 * static_cast<double>(c.tv_nsec);
}

struct BenchOptions {
    size_t limit = SIZE_MAX;            // stories, in file order
    unsigned threads = 0;               // per-article stages; 0 = one per core
    int repeat = 1;                     // runs; the fastest (wall) is reported
    bool json = false;                  // one JSON line instead of the table
    bool digest = false;                // then the events and relations found, to read (reader_digest.hpp)
    std::string bundle;                 // write the fastest run's corpus here as a bundle ("" = don't): lets a
                                        // speed change be checked byte for byte on the whole corpus
};

void RunBenchExtract(const std::string& dir, const BenchOptions& bo) {
    const size_t limit = bo.limit;
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.path().extension() == ".sgm") files.push_back(e.path());
    if (files.empty()) {
        std::fprintf(stderr, "bench-extract: no reut2-*.sgm files in %s\n", dir.c_str());
        SetExitCode(1);
        return;
    }
    std::sort(files.begin(), files.end());
    const auto t0 = Clock::now();
    core::Corpus corpus;
    for (const fs::path& f : files) {
        if (corpus.articles.size() >= limit) break;
        std::ifstream in(f, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        for (core::Article& a : core::ReadReutersSgml(ss.str(), f.filename().string())) {
            if (corpus.articles.size() >= limit) break;
            corpus.articles.push_back(std::move(a));
        }
    }
    const double read_s = std::chrono::duration<double>(Clock::now() - t0).count();
    size_t bytes = 0;
    for (const core::Article& a : corpus.articles) bytes += a.text.size();
    const double mb = static_cast<double>(bytes) / 1e6;

    core::ExtractOptions options;
    const unsigned threads = bo.threads ? bo.threads : std::max(1u, std::thread::hardware_concurrency());
    if (threads > 1) options.parallel = core::ThreadRunner(threads);
    core::Corpus best_corpus;
    core::ExtractProgress best;
    double total = 1e300, cpu_total = 0, main_cpu = 0;
    for (int r = 0; r < std::max(1, bo.repeat); ++r) {
        core::Corpus work = corpus;
        core::ExtractProgress progress;
        const auto t1 = Clock::now();
        const std::clock_t c1 = std::clock();
        const double m1 = ThreadCpuSeconds();
        core::ExtractAll(work, options, &progress);
        const double wall = std::chrono::duration<double>(Clock::now() - t1).count();
        if (wall < total) {
            total = wall, cpu_total = static_cast<double>(std::clock() - c1) / CLOCKS_PER_SEC, main_cpu = ThreadCpuSeconds() - m1;
            best_corpus = std::move(work);
            for (size_t s = 0; s < core::kExtractStageCount; ++s)
                best.seconds[s] = progress.seconds[s], best.cpu_seconds[s] = progress.cpu_seconds[s];
        }
    }
    const core::Corpus& out = best_corpus;
    if (!bo.bundle.empty()) std::ofstream(bo.bundle, std::ios::binary) << core::SaveBundle(out);
    if (bo.json) {
        std::printf("{\"docs\":%zu,\"bytes\":%zu,\"threads\":%u,\"seconds\":%.4f,\"cpu_seconds\":%.4f,\"main_thread_cpu_seconds\":%.4f,\"stages\":{",
                    out.articles.size(), bytes, threads, total, cpu_total, main_cpu);
        for (size_t s = 0; s + 1 < core::kExtractStageCount; ++s)
            std::printf("%s\"%s\":{\"seconds\":%.4f,\"cpu_seconds\":%.4f}", s ? "," : "", core::ToString(static_cast<core::ExtractStage>(s)),
                        best.seconds[s], best.cpu_seconds[s]);
        std::printf("},\"timexes\":%zu,\"entities\":%zu,\"claims\":%zu,\"events\":%zu,\"relations\":%zu}\n", out.timexes.size(),
                    out.entities.size(), out.claims.size(), out.events.size(), out.relations.size());
        return;
    }
    std::printf("documents   %zu\nbody text   %.2f MB\nread+parse  %.3f s (not counted below)\nthreads     %u\n", out.articles.size(), mb,
                read_s, threads);
    std::printf("  %-12s %8s %8s\n", "stage", "wall s", "cpu s");
    for (size_t s = 0; s + 1 < core::kExtractStageCount; ++s)
        std::printf("  %-12s %8.3f %8.3f\n", core::ToString(static_cast<core::ExtractStage>(s)), best.seconds[s], best.cpu_seconds[s]);
    std::printf("extract     %.3f s wall, %.3f s cpu, %.3f s cpu on the calling thread  (%.1f MB/s, %.0f docs/s)\n", total, cpu_total,
                main_cpu, total > 0 ? mb / total : 0.0, total > 0 ? static_cast<double>(out.articles.size()) / total : 0.0);
    std::printf("found       %zu timexes, %zu entities, %zu claims, %zu events, %zu relations\n", out.timexes.size(),
                out.entities.size(), out.claims.size(), out.events.size(), out.relations.size());
    if (bo.digest) {
        core::DigestOptions d;
        d.claims = false;
        std::fputs(core::FormatReaderDigest(out, d).c_str(), stdout);
    }
}

}  // namespace

void AddBenchExtractCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("bench-extract", "Time the extraction pipeline on Reuters-21578 (all layers)");
    auto dir = std::make_shared<std::string>();
    auto bo = std::make_shared<BenchOptions>();
    cmd->add_option("REUTERS_DIR", *dir, "folder with reut2-*.sgm (e.g. ../shared/data/reuters-21578)")->required();
    cmd->add_option("--limit", bo->limit, "use only the first N stories");
    cmd->add_option("--threads", bo->threads, "threads for the per-article stages (default 0: one per core)");
    cmd->add_option("--repeat", bo->repeat, "runs on fresh copies; the fastest is reported (default 1)");
    cmd->add_flag("--json", bo->json, "print one JSON line (for bench scripts)");
    cmd->add_flag("--digest", bo->digest, "also print the events and relations found, to read");
    cmd->add_option("--bundle", bo->bundle, "also write the result as a bundle to this file (to compare outputs)");
    cmd->callback([dir, bo] { RunBenchExtract(*dir, *bo); });
}

}  // namespace cli
