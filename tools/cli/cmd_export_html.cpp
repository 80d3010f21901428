// cmd_export_html.cpp — `export-html`: the story as a static, accessible HTML page (core/html_export.hpp).
//
//   claimline export-html [--out FILE] [--fragment] [--no-texts] [--title TEXT] PATH…
//
// PATH is a bundle (.json), plain-text articles (.txt) or a story folder laid out like seeds/ (articles.json
// + .txt + optional curation.json). Text articles are analysed first when the extraction pipeline is built
// in. The page has no script; the web build puts the --fragment form in index.html's <noscript>.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <thread>

#include "bundle.hpp"
#include "commands.hpp"
#include "corpus.hpp"
#include "html_export.hpp"
#include "ingest.hpp"
#include "seeds.hpp"

#if __has_include("extract.hpp")
#include "extract.hpp"
#include "parallel.hpp"
#define CLAIMLINE_HAVE_EXTRACT 1
#endif

namespace cli {

namespace fs = std::filesystem;

namespace {

#ifdef CLAIMLINE_HAVE_EXTRACT
// Extraction on every core: the result is the same as on one (core/extract.hpp).
void ExtractOnAllCores(core::Corpus& corpus) {
    core::ExtractOptions options;
    options.parallel = core::ThreadRunner(std::thread::hardware_concurrency());
    core::ExtractAll(corpus, options);
}
#endif

bool Slurp(const fs::path& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

void Print(const std::vector<core::LoadError>& errors) {
    for (const core::LoadError& e : errors) std::fprintf(stderr, "%s\n", e.ToString().c_str());
}

// A story folder (articles.json + curation.json), else the files themselves through core::IngestFiles.
bool LoadForHtml(const std::vector<std::string>& paths, core::Corpus& out) {
    if (paths.size() == 1 && fs::is_directory(paths[0]) && fs::exists(fs::path(paths[0]) / "articles.json")) {
        const fs::path dir = paths[0];
        core::FileReader read = [dir](std::string_view name, std::string& bytes) {
            if (name.find('/') != std::string_view::npos || name.find('\\') != std::string_view::npos) return false;
            return Slurp(dir / std::string(name), bytes);
        };
        core::LoadResult r = core::LoadStory(read, false);
        if (!r.ok) { Print(r.errors); return false; }
        core::Corpus curated;
        std::string bytes;
        bool have_curation = false;
        if (read("curation.json", bytes)) {
            core::LoadOptions o;
            o.read_file = read;
            o.base = &r.corpus;
            core::LoadResult cur = core::LoadBundle(bytes, "curation.json", o);
            if (!cur.ok) { Print(cur.errors); return false; }
            curated = std::move(cur.corpus);
            have_curation = true;
        }
        out = std::move(r.corpus);
        // Curated items go in first: extraction defers to them (core/extract.hpp).
        if (have_curation) core::MergeCuration(out, curated);
#ifdef CLAIMLINE_HAVE_EXTRACT
        ExtractOnAllCores(out);
#endif
        return true;
    }
    std::vector<core::InputFile> files;
    for (const std::string& p : paths) {
        std::vector<fs::path> list;
        if (fs::is_directory(p)) {
            for (const auto& entry : fs::directory_iterator(p))
                if (entry.is_regular_file() && entry.path().extension() == ".txt") list.push_back(entry.path());
            std::sort(list.begin(), list.end());
        } else {
            list.push_back(p);
        }
        for (const fs::path& f : list) {
            core::InputFile file{f.string(), {}};
            if (!Slurp(f, file.bytes)) {
                std::fprintf(stderr, "%s: cannot read the file\n", f.string().c_str());
                return false;
            }
            files.push_back(std::move(file));
        }
    }
    core::IngestResult r = core::IngestFiles(files);
    if (!r.ok) { Print(r.errors); return false; }
    out = std::move(r.corpus);
#ifdef CLAIMLINE_HAVE_EXTRACT
    if (r.needs_extraction) ExtractOnAllCores(out);
#endif
    return true;
}

}  // namespace

void AddExportHtmlCommand(CLI::App& app) {
    auto paths = std::make_shared<std::vector<std::string>>();
    auto out_file = std::make_shared<std::string>();
    auto options = std::make_shared<core::HtmlExportOptions>();
    auto no_texts = std::make_shared<bool>(false);
    CLI::App* cmd = app.add_subcommand("export-html", "write the story as a static, accessible HTML page");
    cmd->add_option("PATH", *paths, "bundle .json, .txt articles or a story folder")->required();
    cmd->add_option("--out", *out_file, "write to FILE instead of stdout");
    cmd->add_option("--title", options->title, "page title (default: derived from the story)");
    cmd->add_flag("--fragment", options->fragment, "one <section> to embed, without <html> or style");
    cmd->add_flag("--no-texts", *no_texts, "headlines, dates and claims only");
    cmd->callback([=] {
        core::Corpus corpus;
        if (!LoadForHtml(*paths, corpus)) { SetExitCode(1); return; }
        core::HtmlExportOptions o = *options;
        o.article_texts = !*no_texts;
        const std::string html = core::ExportStoryHtml(corpus, o);
        if (out_file->empty()) {
            std::fwrite(html.data(), 1, html.size(), stdout);
            return;
        }
        std::ofstream f(*out_file, std::ios::binary);
        f << html;
        if (!f) {
            std::fprintf(stderr, "%s: cannot write the file\n", out_file->c_str());
            SetExitCode(1);
        }
    });
}

}  // namespace cli
