// cmd_bench_extract.cpp — `claimline bench-extract [--limit N] REUTERS_DIR`: the whole extraction
// pipeline (dates, entities, claims, events, relations) over Reuters-21578, with time per stage.
//
// Reads reut2-*.sgm in name order through core::ReadReutersSgml (dated stories with a body), keeps the
// first N, runs core::ExtractAll once and prints documents, megabytes of body text, seconds per stage and
// throughput. File reading and SGML parsing are timed separately and not part of the extraction figure.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "extract.hpp"
#include "reuters_sgml.hpp"

namespace cli {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

void RunBenchExtract(const std::string& dir, size_t limit) {
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

    core::ExtractProgress progress;
    const auto t1 = Clock::now();
    core::ExtractAll(corpus, {}, &progress);
    const double total = std::chrono::duration<double>(Clock::now() - t1).count();

    std::printf("documents   %zu\nbody text   %.2f MB\nread+parse  %.3f s (not counted below)\n", corpus.articles.size(), mb, read_s);
    for (size_t s = 0; s + 1 < core::kExtractStageCount; ++s)
        std::printf("  %-12s %.3f s\n", core::ToString(static_cast<core::ExtractStage>(s)), progress.seconds[s]);
    std::printf("extract     %.3f s  (%.1f MB/s, %.0f docs/s)\n", total, total > 0 ? mb / total : 0.0,
                total > 0 ? static_cast<double>(corpus.articles.size()) / total : 0.0);
    std::printf("found       %zu timexes, %zu entities, %zu claims, %zu events, %zu relations\n", corpus.timexes.size(),
                corpus.entities.size(), corpus.claims.size(), corpus.events.size(), corpus.relations.size());
}

}  // namespace

void AddBenchExtractCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("bench-extract", "Time the extraction pipeline on Reuters-21578 (all layers)");
    auto dir = std::make_shared<std::string>();
    auto limit = std::make_shared<size_t>(SIZE_MAX);
    cmd->add_option("REUTERS_DIR", *dir, "folder with reut2-*.sgm (e.g. ../shared/data/reuters-21578)")->required();
    cmd->add_option("--limit", *limit, "use only the first N stories");
    cmd->callback([dir, limit] { RunBenchExtract(*dir, *limit); });
}

}  // namespace cli
