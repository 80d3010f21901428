// cmd_eval_entities.cpp — `claimline eval-entities DIR`: entity mention precision/recall/F1 against the
// MEANTIME CAT XML gold (token lists + ENTITY_MENTION markables), strict (same span) and partial (overlap).
//
// The text is rebuilt from the tokens (one sentence per line, tokens joined by spaces; sentence 0 is the
// headline, as in the corpus), run through the project's recognizer, and compared span by span. Scores
// are reported for all gold mentions and for named ones (syntactic_type NAM): the recognizer finds names,
// not pronouns or common-noun phrases, so "all" recall is bounded by the share of names.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "commands.hpp"
#include "entities.hpp"
#include "text_structure.hpp"

namespace cli {

namespace {

namespace fs = std::filesystem;

struct GoldMention {
    uint32_t start, end;
    bool named;
};

std::string Attr(std::string_view tag, std::string_view name) {
    const std::string key = std::string(name) + "=\"";
    size_t p = tag.find(key);
    if (p == std::string_view::npos) return {};
    p += key.size();
    const size_t e = tag.find('"', p);
    return std::string(tag.substr(p, e - p));
}

std::string Unescape(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') { out += s[i]; continue; }
        const size_t e = s.find(';', i);
        const std::string_view ent = s.substr(i + 1, e - i - 1);
        out += ent == "amp" ? "&" : ent == "lt" ? "<" : ent == "gt" ? ">" : ent == "quot" ? "\"" : ent == "apos" ? "'" : "?";
        i = e;
    }
    return out;
}

// Rebuilds the document text and gold mention byte spans from a CAT XML file.
bool LoadCat(const std::string& xml, std::string& text, std::vector<GoldMention>& gold) {
    std::unordered_map<std::string, std::pair<uint32_t, uint32_t>> tok;  // t_id → byte span
    int sentence = -1;
    for (size_t p = xml.find("<token "); p != std::string::npos; p = xml.find("<token ", p + 1)) {
        const size_t gt = xml.find('>', p);
        const size_t close = xml.find("</token>", gt);
        if (gt == std::string::npos || close == std::string::npos) return false;
        const std::string_view tag(xml.data() + p, gt - p);
        const int s = std::atoi(Attr(tag, "sentence").c_str());
        if (sentence >= 0) text += s != sentence ? '\n' : ' ';
        sentence = s;
        const std::string word = Unescape(std::string_view(xml).substr(gt + 1, close - gt - 1));
        const uint32_t b = static_cast<uint32_t>(text.size());
        text += word;
        tok[Attr(tag, "t_id")] = {b, static_cast<uint32_t>(text.size())};
    }
    for (size_t p = xml.find("<ENTITY_MENTION "); p != std::string::npos; p = xml.find("<ENTITY_MENTION ", p + 1)) {
        const size_t gt = xml.find('>', p);
        const size_t close = xml.find("</ENTITY_MENTION>", gt);
        if (close == std::string::npos) continue;
        const std::string_view tag(xml.data() + p, gt - p);
        uint32_t b = UINT32_MAX, e = 0;
        for (size_t a = xml.find("t_id=\"", gt); a < close; a = xml.find("t_id=\"", a + 1)) {
            const size_t q = xml.find('"', a + 6);
            auto it = tok.find(xml.substr(a + 6, q - a - 6));
            if (it == tok.end()) continue;
            b = std::min(b, it->second.first);
            e = std::max(e, it->second.second);
        }
        if (b < e) gold.push_back({b, e, Attr(tag, "syntactic_type") == "NAM"});
    }
    return true;
}

struct Counts {
    size_t gold = 0, predicted = 0, strict = 0, partial = 0;
    void Print(const char* name) const {
        auto prf = [&](size_t hit, size_t hit_p) {
            const double p = predicted ? double(hit_p) / double(predicted) : 0, r = gold ? double(hit) / double(gold) : 0;
            std::printf("P %.3f  R %.3f  F1 %.3f", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
        };
        std::printf("%-6s gold %5zu  predicted %5zu | strict ", name, gold, predicted);
        prf(strict, strict);
        std::printf(" | partial ");
        prf(partial, partial);
        std::printf("\n");
    }
};

// Greedy one-to-one matching; predictions overlapping nothing in `gold` (of either class) are counted
// as false positives for both views.
void Score(const std::vector<GoldMention>& gold, bool named_only, const std::vector<core::EntityMention>& pred, Counts& c) {
    std::vector<const GoldMention*> g;
    for (const GoldMention& m : gold)
        if (!named_only || m.named) g.push_back(&m);
    c.gold += g.size();
    c.predicted += pred.size();
    std::vector<bool> used_s(g.size()), used_p(g.size());
    for (const core::EntityMention& m : pred) {
        for (size_t i = 0; i < g.size(); ++i)
            if (!used_s[i] && g[i]->start == m.range.start && g[i]->end == m.range.end) { used_s[i] = true; ++c.strict; break; }
        for (size_t i = 0; i < g.size(); ++i)
            if (!used_p[i] && g[i]->start < m.range.end && m.range.start < g[i]->end) { used_p[i] = true; ++c.partial; break; }
    }
}

void RunEvalEntities(const std::string& dir, bool verbose) {
    std::vector<fs::path> files;
    std::error_code ec;
    const fs::path root = fs::is_directory(fs::path(dir) / "intra-doc") ? fs::path(dir) / "intra-doc" : fs::path(dir);
    for (const auto& e : fs::recursive_directory_iterator(root, ec))
        if (e.path().extension() == ".xml") files.push_back(e.path());
    if (files.empty()) {
        std::fprintf(stderr, "eval-entities: no CAT .xml files under %s\n", dir.c_str());
        SetExitCode(1);
        return;
    }
    std::sort(files.begin(), files.end());
    Counts all, named;
    for (const fs::path& f : files) {
        std::ifstream in(f, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        std::string text;
        std::vector<GoldMention> gold;
        if (!LoadCat(ss.str(), text, gold)) { std::fprintf(stderr, "%s: malformed\n", f.string().c_str()); continue; }
        std::vector<core::EntityMention> pred = core::RecognizeEntities(text, core::SegmentText(text));
        pred.erase(std::remove_if(pred.begin(), pred.end(), [](const core::EntityMention& m) { return m.nominal || m.tentative; }), pred.end());
        Score(gold, false, pred, all);
        Score(gold, true, pred, named);
        if (verbose)
            for (const core::EntityMention& m : pred) {
                const bool hit = std::any_of(gold.begin(), gold.end(), [&](const GoldMention& g) { return g.start == m.range.start && g.end == m.range.end; });
                std::printf("%s %s\n", hit ? "TP" : "FP", text.substr(m.range.start, m.range.end - m.range.start).c_str());
            }
    }
    std::printf("%zu documents\n", files.size());
    all.Print("all");
    named.Print("named");
}

}  // namespace

void AddEntityEvalCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("eval-entities", "Score entity mentions against MEANTIME CAT XML gold (P/R/F1)");
    auto dir = std::make_shared<std::string>();
    auto verbose = std::make_shared<bool>(false);
    cmd->add_option("DIR", *dir, "MEANTIME folder (e.g. ../shared/data/meantime-apple)")->required();
    cmd->add_flag("--verbose", *verbose, "list every predicted mention as TP/FP");
    cmd->callback([dir, verbose] { RunEvalEntities(*dir, *verbose); });
}

}  // namespace cli
