// cmd_timex.cpp — temporal expressions from the command line: tag text, round-trip TimeML, score.
//
//   claimline tag [--dct YYYY-MM-DD] [--json] FILE|-           one timex per line (TSV or JSON lines)
//   claimline timeml --out DIR FILE.tml…                       DIR/<same name> with new TIMEX3 tags
//   claimline eval-timex [--errors [--only KINDS] [--context N]] [--half odd|even] [--system DIR] PATH…
//                                                              TempEval-3 scores against gold .tml files
//
// PATH is a gold .tml file or a folder searched for them. --half keeps every other file of that sorted list
// (odd: the 1st, 3rd, …; even: the 2nd, 4th, …): rules are studied on one half and checked on the other. Without --system the tagger runs on each gold
// document against its creation time; with --system the already-written DIR/<same name> files are scored
// (their text must equal the gold text). The scorer's definition is in core/timex_eval.hpp and
// docs/timeml.md. Errors go to stderr as FILE:LINE:COL: message and make the exit code non-zero.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "bundle.hpp"
#include "calendar.hpp"
#include "commands.hpp"
#include "timeml.hpp"
#include "timex_eval.hpp"

#if __has_include("timex_tagger.hpp")
#include "timex_tagger.hpp"
#define CLAIMLINE_HAVE_TAGGER 1
#endif

namespace cli {

namespace {

namespace fs = std::filesystem;

bool ReadWholeFile(const fs::path& path, std::string& out) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        std::fprintf(stderr, "%s: is a folder, not a file\n", path.string().c_str());
        return false;
    }
    const auto size = fs::file_size(path, ec);
    if (ec) {
        std::fprintf(stderr, "%s: cannot read: %s\n", path.string().c_str(), ec.message().c_str());
        return false;
    }
    if (size > core::LoadLimits{}.max_bytes) {
        std::fprintf(stderr, "%s: file is %llu MiB; the limit is %zu MiB\n", path.string().c_str(),
                     static_cast<unsigned long long>(size >> 20), core::LoadLimits{}.max_bytes >> 20);
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "%s: cannot read the file\n", path.string().c_str());
        return false;
    }
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
}

bool LoadTimeml(const fs::path& path, core::TimemlDocument& doc) {
    std::string bytes;
    if (!ReadWholeFile(path, bytes)) return false;
    core::LoadError error;
    if (core::ParseTimeml(bytes, path.string(), doc, error)) return true;
    std::fprintf(stderr, "%s\n", error.ToString().c_str());
    return false;
}

// Gold files: each PATH itself, or the .tml files under a folder (sorted, so output is stable).
std::vector<fs::path> CollectTml(const std::vector<std::string>& paths) {
    std::vector<fs::path> files;
    for (const std::string& p : paths) {
        std::error_code ec;
        if (!fs::is_directory(p, ec)) { files.emplace_back(p); continue; }
        std::vector<fs::path> found;
        for (const auto& e : fs::recursive_directory_iterator(p, ec))
            if (e.is_regular_file() && e.path().extension() == ".tml") found.push_back(e.path());
        if (found.empty()) {
            std::fprintf(stderr, "%s: no .tml files in this folder\n", p.c_str());
            SetExitCode(1);
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

#if CLAIMLINE_HAVE_TAGGER
std::string JsonString(std::string_view s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') { out += '\\'; out += static_cast<char>(c); }
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20) { char buf[8]; std::snprintf(buf, sizeof buf, "\\u%04x", c); out += buf; }
        else out += static_cast<char>(c);
    }
    return out + "\"";
}

// TSV fields hold no tabs or line breaks: they are written as \t, \n, \r (and \ as \\).
std::string TsvField(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\\') out += "\\\\";
        else out += c;
    }
    return out;
}

std::string DayOrEmpty(core::Day d) { return d == core::kNoDay ? std::string() : core::FormatIsoDay(d); }

std::vector<core::Timex> Tag(const core::TimemlDocument& doc) { return core::TagTimexes(doc.text, doc.dct); }
#endif

bool TaggerMissing(const char* command) {
#if CLAIMLINE_HAVE_TAGGER
    (void)command;
    return false;
#else
    std::fprintf(stderr, "%s: this build has no temporal tagger (core/timex_tagger.hpp)\n", command);
    SetExitCode(1);
    return true;
#endif
}

void RunTag(const std::string& file, const std::string& dct_text, bool json) {
    if (TaggerMissing("tag")) return;
#if CLAIMLINE_HAVE_TAGGER
    std::string text;
    if (file == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else if (!ReadWholeFile(file, text)) {
        SetExitCode(1);
        return;
    }
    size_t bad = 0;
    if (!core::IsValidUtf8(text, &bad)) {
        int line, column;
        core::LineColumnOf(text, bad, line, column);
        std::fprintf(stderr, "%s:%d:%d: invalid UTF-8: save the file as UTF-8\n", file.c_str(), line, column);
        SetExitCode(1);
        return;
    }
    core::Day dct = core::kNoDay;
    if (!dct_text.empty()) {
        if (!core::ParseIsoDate(dct_text, dct)) {
            std::fprintf(stderr, "tag: --dct %s is not a date (YYYY-MM-DD)\n", dct_text.c_str());
            SetExitCode(2);
            return;
        }
    } else {
        const core::DctGuess guess = core::InferPublicationDate(text);
        dct = guess.day;
        std::fprintf(stderr, "tag: no --dct; %s\n",
                     dct == core::kNoDay ? "no publication date found in the text, relative dates stay unresolved"
                                         : ("inferred " + core::FormatIsoDay(dct) + (guess.note.empty() ? "" : " (" + guess.note + ")")).c_str());
    }
    if (!json) std::printf("start\tend\ttext\ttype\tvalue\tmod\tearliest\tlatest\n");
    for (const core::Timex& t : core::TagTimexes(text, dct)) {
        const std::string_view span = std::string_view(text).substr(t.span.start, t.span.end - t.span.start);
        if (json) {
            std::printf("{\"start\": %u, \"end\": %u, \"text\": %s, \"type\": \"%s\", \"value\": %s, \"mod\": %s, "
                        "\"earliest\": %s, \"latest\": %s}\n",
                        t.span.start, t.span.end, JsonString(span).c_str(), core::ToString(t.type), JsonString(t.value).c_str(),
                        JsonString(t.mod).c_str(), t.earliest == core::kNoDay ? "null" : JsonString(DayOrEmpty(t.earliest)).c_str(),
                        t.latest == core::kNoDay ? "null" : JsonString(DayOrEmpty(t.latest)).c_str());
        } else {
            std::printf("%u\t%u\t%s\t%s\t%s\t%s\t%s\t%s\n", t.span.start, t.span.end, TsvField(span).c_str(), core::ToString(t.type),
                        TsvField(t.value).c_str(), TsvField(t.mod).c_str(), DayOrEmpty(t.earliest).c_str(), DayOrEmpty(t.latest).c_str());
        }
    }
#else
    (void)file; (void)dct_text; (void)json;
#endif
}

void RunTimeml(const std::string& out_dir, const std::vector<std::string>& files) {
    if (TaggerMissing("timeml")) return;
#if CLAIMLINE_HAVE_TAGGER
    std::error_code ec;
    fs::create_directories(out_dir, ec);
    if (ec) {
        std::fprintf(stderr, "%s: cannot create the folder: %s\n", out_dir.c_str(), ec.message().c_str());
        SetExitCode(1);
        return;
    }
    size_t docs = 0, written = 0, skipped = 0;
    for (const std::string& f : files) {
        core::TimemlDocument doc;
        if (!LoadTimeml(f, doc)) { SetExitCode(1); continue; }
        const fs::path target = fs::path(out_dir) / fs::path(f).filename();
        if (fs::exists(target, ec) && fs::equivalent(target, fs::path(f), ec)) {
            std::fprintf(stderr, "%s: --out would overwrite the input\n", f.c_str());
            SetExitCode(1);
            continue;
        }
        core::TimemlWriteStats stats;
        const std::string out = core::WriteTimeml(doc, Tag(doc), &stats);
        std::ofstream o(target, std::ios::binary);
        o << out;
        if (!o) {
            std::fprintf(stderr, "%s: cannot write\n", target.string().c_str());
            SetExitCode(1);
            continue;
        }
        ++docs;
        written += stats.written;
        skipped += stats.skipped;
    }
    std::printf("timeml: %zu documents written to %s, %zu TIMEX3 tags", docs, out_dir.c_str(), written);
    if (skipped) std::printf(" (%zu overlapping or crossing markup left out)", skipped);
    std::printf("\n");
#else
    (void)out_dir; (void)files;
#endif
}

// N bytes of text either side of an error (whole UTF-8 characters, line breaks as spaces), the error's own
// words in [brackets]: enough to see the tense and the words around without opening the file.
std::string ErrorContext(std::string_view text, const core::TimexError& e, size_t n) {
    const core::Timex& t = e.kind == core::TimexErrorKind::Missed ? e.gold : e.system;
    size_t a = t.span.start > n ? t.span.start - n : 0, b = std::min(text.size(), size_t{t.span.end} + n);
    while (a > 0 && (static_cast<unsigned char>(text[a]) & 0xC0) == 0x80) --a;
    while (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
    std::string out;
    for (size_t i = a; i < b; ++i) {
        if (i == t.span.start) out += '[';
        if (i == t.span.end) out += ']';
        const char c = text[i];
        out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    }
    if (t.span.end >= b) out += ']';
    return out;
}

// "missed,spurious" → those kinds; false (and a message) for an unknown name.
bool ParseErrorKinds(const std::string& list, std::vector<core::TimexErrorKind>& kinds) {
    static constexpr core::TimexErrorKind kAll[] = {core::TimexErrorKind::Missed, core::TimexErrorKind::Spurious,
                                                    core::TimexErrorKind::Extent, core::TimexErrorKind::Type,
                                                    core::TimexErrorKind::Value};
    std::stringstream in(list);
    std::string name;
    while (std::getline(in, name, ',')) {
        bool known = false;
        for (core::TimexErrorKind k : kAll)
            if (name == core::ToString(k)) kinds.push_back(k), known = true;
        if (!known) {
            std::fprintf(stderr, "eval-timex: --only %s: not one of missed, spurious, extent, type, value\n", name.c_str());
            return false;
        }
    }
    return true;
}

void RunEvalTimex(const std::vector<std::string>& paths, const std::string& system_dir, bool list_errors, size_t context,
                  const std::string& half, const std::string& only) {
    if (system_dir.empty() && TaggerMissing("eval-timex")) return;
    std::vector<core::TimexErrorKind> kinds;
    if (!only.empty() && !ParseErrorKinds(only, kinds)) {
        SetExitCode(2);
        return;
    }
    std::vector<fs::path> files = CollectTml(paths);
    if (!half.empty()) {
        std::vector<fs::path> kept;
        for (size_t k = half == "odd" ? 0 : 1; k < files.size(); k += 2) kept.push_back(files[k]);
        files.swap(kept);
    }
    core::TimexScore score;
    std::vector<core::TimexError> errors;
    std::vector<std::string> contexts;  // per error: "DCT\tcontext" with --context
    double seconds = 0;  // tagging time only (reading and parsing excluded)
    size_t failed = 0;
    for (const fs::path& f : files) {
        core::TimemlDocument gold;
        if (!LoadTimeml(f, gold)) { ++failed; continue; }
        std::vector<core::Timex> system;
        if (!system_dir.empty()) {
            core::TimemlDocument sys;
            const fs::path sys_path = fs::path(system_dir) / f.filename();
            if (!LoadTimeml(sys_path, sys)) { ++failed; continue; }
            if (sys.text != gold.text) {
                const auto diff = std::mismatch(gold.text.begin(), gold.text.end(), sys.text.begin(), sys.text.end());
                int line, column;
                core::LineColumnOf(gold.text, static_cast<size_t>(diff.first - gold.text.begin()), line, column);
                std::fprintf(stderr, "%s: its TEXT differs from the gold's at TEXT line %d, column %d; not scored\n",
                             sys_path.string().c_str(), line, column);
                ++failed;
                continue;
            }
            system = core::GoldTimexes(sys);
        } else {
#if CLAIMLINE_HAVE_TAGGER
            const auto t0 = std::chrono::steady_clock::now();
            system = Tag(gold);
            seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
#endif
        }
        const size_t first_error = errors.size();
        core::ScoreTimexes(core::GoldTimexes(gold), system, score, gold.text, f.filename().string(),
                           list_errors ? &errors : nullptr);
        for (size_t k = first_error; k < errors.size(); ++k) {
            contexts.push_back(context ? gold.dct_value + "\t" + ErrorContext(gold.text, errors[k], context) : std::string());
        }
    }
    if (failed) SetExitCode(1);
    if (list_errors) {
        std::printf("kind\tdocument\tgold span\tgold text\tgold type\tgold value\tsystem span\tsystem text\tsystem type\tsystem value%s\n",
                    context ? "\tdct\tcontext" : "");
        for (size_t k = 0; k < errors.size(); ++k)
            if (kinds.empty() || std::find(kinds.begin(), kinds.end(), errors[k].kind) != kinds.end())
                std::printf("%s%s%s\n", core::FormatTimexError(errors[k]).c_str(), context ? "\t" : "", contexts[k].c_str());
        std::printf("\n");
    }
    std::printf("eval-timex: %zu documents (%zu unreadable), gold %zu TIMEX3 in TEXT (the DCT excluded), system %zu\n",
                score.documents, failed, score.gold, score.system);
    std::printf("  strict   P %.4f  R %.4f  F1 %.4f   (%zu same extent)\n", score.StrictPrecision(), score.StrictRecall(),
                score.StrictF1(), score.strict);
    std::printf("  relaxed  P %.4f  R %.4f  F1 %.4f   (%zu overlapping pairs)\n", score.RelaxedPrecision(),
                score.RelaxedRecall(), score.RelaxedF1(), score.relaxed);
    std::printf("  type     F1 %.4f   (accuracy %.4f: %zu of %zu pairs)\n", score.TypeF1(), score.TypeAccuracy(), score.type, score.relaxed);
    std::printf("  value    F1 %.4f   (accuracy %.4f: %zu of %zu pairs)\n", score.ValueF1(), score.ValueAccuracy(), score.value, score.relaxed);
    std::printf("  mod      accuracy %.4f (%zu of %zu pairs)\n", score.relaxed ? double(score.mod) / double(score.relaxed) : 0.0,
                score.mod, score.relaxed);
    if (system_dir.empty()) std::printf("  tagging  %.3f s\n", seconds);
    else std::printf("  system   files from %s\n", system_dir.c_str());
}

}  // namespace

void AddTimexCommands(CLI::App& app) {
    {
        auto* cmd = app.add_subcommand("tag", "Print the temporal expressions of a text (TSV, or JSON lines with --json)");
        auto file = std::make_shared<std::string>();
        auto dct = std::make_shared<std::string>();
        auto json = std::make_shared<bool>(false);
        cmd->add_option("FILE", *file, "UTF-8 text file, or - for standard input")->required();
        cmd->add_option("--dct", *dct, "publication date YYYY-MM-DD (default: inferred from the text)");
        cmd->add_flag("--json", *json, "one JSON object per line instead of TSV");
        cmd->callback([file, dct, json] { RunTag(*file, *dct, *json); });
    }
    {
        auto* cmd = app.add_subcommand("timeml", "Tag TimeML documents: DIR/<same name> with new TIMEX3 tags, text unchanged");
        auto out = std::make_shared<std::string>();
        auto files = std::make_shared<std::vector<std::string>>();
        cmd->add_option("--out", *out, "output folder (created when missing)")->required();
        cmd->add_option("FILE", *files, "TimeML files (.tml)")->required();
        cmd->callback([out, files] { RunTimeml(*out, *files); });
    }
    {
        auto* cmd = app.add_subcommand("eval-timex", "Score TIMEX3 tagging TempEval-3 style (strict/relaxed P/R/F1, type and value F1)");
        auto paths = std::make_shared<std::vector<std::string>>();
        auto system = std::make_shared<std::string>();
        auto errors = std::make_shared<bool>(false);
        auto context = std::make_shared<size_t>(0);
        cmd->add_option("PATH", *paths, "gold .tml files or folders (e.g. ../shared/data/tbaq-cleaned)")->required();
        cmd->add_option("--system", *system, "score the files DIR/<same name> instead of running the tagger");
        cmd->add_flag("--errors", *errors, "list every missed, spurious, extent, type and value error (TSV)");
        auto half = std::make_shared<std::string>();
        auto only = std::make_shared<std::string>();
        cmd->add_option("--context", *context, "with --errors: two more columns, the DCT and N bytes of text either side")
            ->check(CLI::Range(0, 2000));
        cmd->add_option("--only", *only, "with --errors: list only these kinds, comma-separated (missed,spurious,extent,type,value)");
        cmd->add_option("--half", *half, "score every other gold file of the sorted list: odd (1st, 3rd, …) or even (2nd, 4th, …)")
            ->check(CLI::IsMember({"odd", "even"}));
        cmd->callback([paths, system, errors, context, half, only] { RunEvalTimex(*paths, *system, *errors, *context, *half, *only); });
    }
}

}  // namespace cli
