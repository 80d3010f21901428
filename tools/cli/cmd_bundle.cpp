// cmd_bundle.cpp — `validate`, `extract`, `export` and `stats`: stories in and out of the bundle format.
//
//   claimline validate FILE                       exit 0 + one-line summary, or FILE:LINE:COL: message (pointer)
//   claimline extract [--no-curation] [--format json|summary] PATH…
//   claimline export --to json|csv|timelinejs|claimreview|annotations|html PATH…
//   claimline stats PATH…
//
// PATH is a bundle (.json), plain-text articles (.txt), or a folder: a story folder laid out like seeds/
// (articles.json naming its .txt files, optional curation.json) or any folder of .txt files.
// Every error goes to stderr and makes the exit code non-zero; results go to stdout.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "bundle.hpp"
#include "bundle_export.hpp"
#include "commands.hpp"
#include "corpus.hpp"
#include "html_export.hpp"
#include "ingest.hpp"
#include "reader_digest.hpp"
#include "seeds.hpp"

#if __has_include("extract.hpp")
#include "extract.hpp"
#include "parallel.hpp"
#define CLAIMLINE_HAVE_EXTRACT 1
#endif

namespace cli {

namespace fs = std::filesystem;

namespace {

void PrintErrors(const std::vector<core::LoadError>& errors) {
    for (const core::LoadError& e : errors) std::fprintf(stderr, "%s\n", e.ToString().c_str());
}

// Reads a whole file; refuses files over the bundle size limit without reading them.
bool ReadFile(const fs::path& path, std::string& out, std::vector<core::LoadError>& errors,
              size_t max_bytes = core::LoadLimits{}.max_bytes) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        errors.push_back({path.string(), 0, 0, "", "is a folder, not a file"});
        return false;
    }
    const auto size = fs::file_size(path, ec);
    if (ec) {
        errors.push_back({path.string(), 0, 0, "", "cannot read: " + ec.message()});
        return false;
    }
    if (size > max_bytes) {
        errors.push_back({path.string(), 1, 1, "", "file is " + std::to_string(size >> 20) + " MiB; the limit is " +
                                                       std::to_string(max_bytes >> 20) + " MiB"});
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    if (!in && !in.eof() && size > 0) {
        errors.push_back({path.string(), 0, 0, "", "cannot read the file"});
        return false;
    }
    out = ss.str();
    return true;
}

// Resolves the names a bundle mentions ("file", "base") beside the bundle itself.
core::FileReader SiblingReader(const fs::path& dir) {
    return [dir](std::string_view name, std::string& out) {
        if (name.find('/') != std::string_view::npos || name.find('\\') != std::string_view::npos) return false;
        std::vector<core::LoadError> ignored;
        return ReadFile(dir / std::string(name), out, ignored);
    };
}

struct Story {
    core::Corpus corpus;                // articles and whatever layers the input carried
    core::Corpus curated;               // the editor's items (articles included), to re-apply after extraction
    bool needs_extraction = true;       // false for a single bundle that already holds extracted layers
};

// Loads PATH… into one story; false (errors printed) when anything fails — nothing half-loaded is used.
bool LoadInputs(const std::vector<std::string>& paths, Story& story) {
    std::vector<core::LoadError> errors;
    // A single story folder (articles.json + .txt + curation.json) is read exactly as the seeds are.
    if (paths.size() == 1 && fs::is_directory(paths[0]) && fs::exists(fs::path(paths[0]) / "articles.json")) {
        const fs::path dir = paths[0];
        core::FileReader read = SiblingReader(dir);
        auto prefixed = [&](std::vector<core::LoadError> es) {
            for (core::LoadError& e : es) e.file = (dir / e.file).string();
            return es;
        };
        core::LoadResult r = core::LoadStory(read, false);
        if (!r.ok) { PrintErrors(prefixed(r.errors)); return false; }
        story.corpus = std::move(r.corpus);
        std::string bytes;
        if (read("curation.json", bytes)) {
            core::LoadOptions o;
            o.read_file = read;
            o.base = &story.corpus;
            core::LoadResult cur = core::LoadBundle(bytes, "curation.json", o);
            if (!cur.ok) { PrintErrors(prefixed(cur.errors)); return false; }
            story.curated = std::move(cur.corpus);
        }
        story.needs_extraction = true;
        return true;
    }
    std::vector<core::InputFile> files;
    for (const std::string& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<fs::path> txt;
            for (const auto& entry : fs::directory_iterator(p, ec))
                if (entry.is_regular_file() && entry.path().extension() == ".txt") txt.push_back(entry.path());
            std::sort(txt.begin(), txt.end());
            if (txt.empty()) errors.push_back({p, 0, 0, "", "no .txt articles in this folder"});
            for (const fs::path& t : txt) {
                core::InputFile f{t.filename().string(), {}};
                if (ReadFile(t, f.bytes, errors)) files.push_back(std::move(f));
            }
        } else {
            core::InputFile f{p, {}};
            if (ReadFile(p, f.bytes, errors)) files.push_back(std::move(f));
        }
    }
    if (!errors.empty()) { PrintErrors(errors); return false; }
    if (files.size() == 1 && fs::path(files[0].name).extension() == ".json") {
        // A lone bundle may name sibling files or a base; resolve them beside it.
        core::LoadOptions o;
        o.read_file = SiblingReader(fs::path(files[0].name).parent_path());
        core::LoadResult r = core::LoadBundle(files[0].bytes, files[0].name, o);
        if (!r.ok) { PrintErrors(r.errors); return false; }
        story.corpus = std::move(r.corpus);
        story.needs_extraction = story.corpus.claims.empty() && story.corpus.timexes.empty() &&
                                 story.corpus.entities.empty() && story.corpus.events.empty();
    } else {
        core::IngestResult r = core::IngestFiles(files);
        if (!r.ok) { PrintErrors(r.errors); return false; }
        story.corpus = std::move(r.corpus);
        story.needs_extraction = r.needs_extraction;
    }
    story.curated = story.corpus;
    core::DropExtracted(story.curated);
    return true;
}

// Runs the extraction pipeline over the articles afresh. The editor's items go in first: extraction defers
// to them (drops extracted claims that overlap a curated one, keeps curated relations; see extract.hpp).
void Extract(Story& story, bool with_curation) {
    core::Corpus work;
    work.articles = std::move(story.corpus.articles);
    if (with_curation) core::MergeCuration(work, story.curated);
#ifdef CLAIMLINE_HAVE_EXTRACT
    // Every core for the per-article stages; the bundle is byte-identical to a one-thread run (extract.hpp).
    core::ExtractOptions options;
    options.parallel = core::ThreadRunner(std::thread::hardware_concurrency());
    core::ExtractAll(work, options);
#endif
    story.corpus = std::move(work);
}

std::string Summary(const core::Corpus& c) {
    return std::to_string(c.articles.size()) + " articles, " + std::to_string(c.timexes.size()) + " timexes, " +
           std::to_string(c.entities.size()) + " entities, " + std::to_string(c.events.size()) + " events, " +
           std::to_string(c.claims.size()) + " claims, " + std::to_string(c.relations.size()) + " relations, " +
           std::to_string(c.notes.size()) + " notes";
}

// ---- validate ---------------------------------------------------------------------------------------------
void RunValidate(const std::string& file) {
    std::vector<core::LoadError> errors;
    std::string bytes;
    if (!ReadFile(file, bytes, errors)) { PrintErrors(errors); SetExitCode(1); return; }
    core::LoadOptions o;
    o.read_file = SiblingReader(fs::path(file).parent_path());
    core::LoadResult r = core::LoadBundle(bytes, file, o);
    if (!r.ok) { PrintErrors(r.errors); SetExitCode(1); return; }
    std::printf("%s: valid claimline-bundle v%d: %s\n", file.c_str(), core::kBundleVersion, Summary(r.corpus).c_str());
}

// ---- extract ------------------------------------------------------------------------------------------------
void RunExtract(const std::vector<std::string>& paths, bool no_curation, const std::string& format) {
    Story story;
    if (!LoadInputs(paths, story)) { SetExitCode(1); return; }
    Extract(story, !no_curation);
    if (no_curation) core::DropCurated(story.corpus);  // a bundle's own curated items go too
    if (format == "summary") {
        std::fputs(core::FormatStats(story.corpus).c_str(), stdout);
        std::fputs(core::FormatReaderDigest(story.corpus).c_str(), stdout);  // events, relations, claims: for reading
    } else {
        std::fputs(core::SaveBundle(story.corpus).c_str(), stdout);
    }
}

// ---- export -------------------------------------------------------------------------------------------------
void RunExport(const std::vector<std::string>& paths, const std::string& to) {
    Story story;
    if (!LoadInputs(paths, story)) { SetExitCode(1); return; }
    if (story.needs_extraction) Extract(story, true);
    const core::Corpus& c = story.corpus;
    std::string out;
    if (to == "json") out = core::SaveBundle(c);
    else if (to == "csv") out = core::ExportClaimsCsv(c);
    else if (to == "timelinejs") out = core::ExportTimelineJs(c);
    else if (to == "claimreview") out = core::ExportClaimReview(c);
    else if (to == "html") out = core::ExportStoryHtml(c);
    else out = core::ExportAnnotations(c);
    std::fwrite(out.data(), 1, out.size(), stdout);
}

// ---- stats --------------------------------------------------------------------------------------------------
void RunStats(const std::vector<std::string>& paths) {
    Story story;
    if (!LoadInputs(paths, story)) { SetExitCode(1); return; }
    if (story.needs_extraction) Extract(story, true);
    std::fputs(core::FormatStats(story.corpus).c_str(), stdout);
}

// CLI11 callbacks must not let an exception escape as a crash: report it and fail.
template <typename F>
void Guarded(F f) {
    try {
        f();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "claimline: %s\n", e.what());
        SetExitCode(1);
    }
}

}  // namespace

void AddBundleCommands(CLI::App& app) {
    {
        auto* cmd = app.add_subcommand("validate", "Check a bundle; print a summary, or FILE:LINE:COL: message (JSON pointer)");
        auto file = std::make_shared<std::string>();
        cmd->add_option("FILE", *file, "bundle (.json)")->required();
        cmd->callback([file] { Guarded([&] { RunValidate(*file); }); });
    }
    {
        auto* cmd = app.add_subcommand("extract", "Run extraction over articles; write a complete bundle to stdout");
        auto paths = std::make_shared<std::vector<std::string>>();
        auto no_curation = std::make_shared<bool>(false);
        auto format = std::make_shared<std::string>("json");
        cmd->add_option("PATH", *paths, "bundle, .txt files, or a folder (seeds/)")->required();
        cmd->add_flag("--no-curation", *no_curation, "drop curated claims, relations and notes (keep article metadata)");
        cmd->add_option("--format", *format, "json (a bundle) or summary (counts, then events, relations and claims to read)")
            ->check(CLI::IsMember({"json", "summary"}));
        cmd->callback([=] { Guarded([&] { RunExtract(*paths, *no_curation, *format); }); });
    }
    {
        auto* cmd = app.add_subcommand("export", "Write a story as JSON, CSV, TimelineJS, ClaimReview or Web Annotations");
        auto paths = std::make_shared<std::vector<std::string>>();
        auto to = std::make_shared<std::string>();
        cmd->add_option("--to", *to, "json | csv | timelinejs | claimreview | annotations | html")
            ->required()
            ->check(CLI::IsMember({"json", "csv", "timelinejs", "claimreview", "annotations", "html"}));
        cmd->add_option("PATH", *paths, "bundle, .txt files, or a folder")->required();
        cmd->callback([=] { Guarded([&] { RunExport(*paths, *to); }); });
    }
    {
        auto* cmd = app.add_subcommand("stats", "Counts per layer and per article");
        auto paths = std::make_shared<std::vector<std::string>>();
        cmd->add_option("PATH", *paths, "bundle, .txt files, or a folder")->required();
        cmd->callback([=] { Guarded([&] { RunStats(*paths); }); });
    }
}

}  // namespace cli
