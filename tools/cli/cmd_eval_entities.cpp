// cmd_eval_entities.cpp — `claimline eval-entities DIR [--errors]`: entity mention precision/recall/F1
// against the MEANTIME CAT XML gold (token lists + ENTITY_MENTION markables).
//
// What is scored, and why (MEANTIME conventions, NewsReader guidelines NWR-2014-2-2):
//  * Region. MEANTIME annotates only the headline and the first sentences of each article (the Apple
//    set: sentences 0 and 2–5; sentence 1 is the dateline). Predictions are scored only in sentences up
//    to the last one carrying any gold markable (entity, event or timex), else every unannotated "Apple"
//    further down would count as a false positive.
//  * Mention types. The primary view, "names", scores the named mentions: syntactic_type NAM and
//    PRE.NAM (a name used as a modifier: "Apple" in "Apple CEO"), of every entity type (PER, ORG, LOC,
//    PRO = products such as "iPhone 4", FIN, MIX). Nominal (NOM), pronominal (PRO), appositive (APP),
//    coordinated (CONJ) and other phrase-level mentions are not names; the recognizer does not look for
//    them, and the "all" view (every gold mention, full extents) shows how much of the gold that leaves out.
//  * Extent. A MEANTIME mention spans its whole noun phrase ("the long awaited iPhone", "Apple 's
//    iTunes"); the recognizer returns the name. The "names" view compares the predicted span with the
//    name core of the gold mention: the annotated head when the annotators gave one, otherwise the extent
//    without a leading possessor ("Apple 's"), determiners and lower-case premodifiers ("the new"), cut
//    before a post-modifier (a comma, "in", "with", "that"…: "Cupertino, California", "the Moscone Center
//    in San Francisco") and without trailing sentence punctuation. The "extent" view compares the same gold mentions by their full
//    extent, for reference.
//  * Predictions: every mention the recognizer returns except nominal ones ("the North Korean leader"),
//    tentative ones (an unconfirmed sentence-initial word) and named events ("Worldwide Developers
//    Conference", "Christmas"), which MEANTIME annotates as events, not entities.
//  * Coreference: all documents are resolved together (core::ResolveEntities, as in the product); the
//    named mentions found with the right span are scored with B-cubed against MEANTIME's instance ids
//    (the same id = the same real-world entity, within and across documents).
//  * Strict = same byte span; partial = overlap. Matching is greedy one-to-one. Every prediction in the
//    region that matches no scored gold mention is a false positive (including one that matches a
//    nominal gold mention), so precision is honest for the view.
//
// The text is rebuilt from the tokens with ordinary spacing (no space before "," or "'s", PTB quotes
// `` '' become “ ”), one sentence per line, so the recognizer sees news-like text; the headline is line 0.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
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
    uint32_t start = 0, end = 0;            // full extent, bytes
    uint32_t core_start = 0, core_end = 0;  // the name core (see the header comment)
    std::string syntactic;                  // NAM, PRE.NAM, NOM, PRO, APP, CONJ, …
    std::string type;                       // entity type of the referent: PER, ORG, LOC, PRO, FIN, MIX
    std::string instance;                   // the referent's corpus-wide instance id (cross-document identity)
    bool Named() const { return syntactic == "NAM" || syntactic == "PRE.NAM"; }
};

struct Doc {
    std::string text;
    std::vector<uint32_t> line_starts;      // byte offset of each sentence line
    int last_annotated = -1;                // last sentence with any gold markable
    std::vector<GoldMention> gold;
};

std::string Attr(std::string_view tag, std::string_view name) {
    const std::string key = " " + std::string(name) + "=\"";
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

// Ordinary spacing between annotation tokens: the recognizer should see news-like text.
bool NoSpaceBefore(const std::string& w) {
    return w == "," || w == "." || w == ";" || w == ":" || w == "!" || w == "?" || w == ")" || w == "]" ||
           w == "%" || w == "''" || w == "'" || w == "n't" || w == "..." ||
           (w.size() >= 2 && w[0] == '\'' && std::isalpha(static_cast<unsigned char>(w[1])) && w.size() <= 3);
}
bool NoSpaceAfter(const std::string& w) { return w == "(" || w == "[" || w == "$" || w == "``" || w == "`"; }

struct Token {
    std::string id;
    int sentence;
    uint32_t start, end;
    std::string word;
};

// Walks "<TAG ...>...</TAG>" elements named `tag`; f(tag_text, body_text).
template <typename F>
void ForEach(const std::string& xml, std::string_view tag, F f) {
    const std::string open = "<" + std::string(tag) + " ", close = "</" + std::string(tag) + ">";
    for (size_t p = xml.find(open); p != std::string::npos; p = xml.find(open, p + 1)) {
        const size_t gt = xml.find('>', p);
        if (gt == std::string::npos) return;
        const std::string_view head(xml.data() + p, gt - p);
        if (xml[gt - 1] == '/') { f(head, std::string_view()); continue; }
        const size_t c = xml.find(close, gt);
        if (c == std::string::npos) return;
        f(head, std::string_view(xml.data() + gt + 1, c - gt - 1));
    }
}

std::vector<std::string> AnchorIds(std::string_view body) {
    std::vector<std::string> ids;
    for (size_t a = body.find("t_id=\""); a != std::string_view::npos; a = body.find("t_id=\"", a + 1)) {
        const size_t q = body.find('"', a + 6);
        ids.emplace_back(body.substr(a + 6, q - a - 6));
    }
    return ids;
}

bool IsDeterminer(const std::string& w) {
    static const char* const k[] = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "that"};
    std::string l = w;
    for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return std::find(std::begin(k), std::end(k), l) != std::end(k);
}

// A token that can start a name: a capital or a digit anywhere in it ("Apple", "iPod", "60GB").
bool NameLike(const std::string& w) {
    return std::any_of(w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

// The name core of a gold mention over tokens toks[b..e] (inclusive indices into the document tokens).
void SetCore(GoldMention& g, const std::vector<Token>& toks, size_t b, size_t e, const std::string& head) {
    size_t cb = b, ce = e;
    bool found = false;
    if (!head.empty()) {  // the head's words as a contiguous token run inside the extent
        std::vector<std::string> words;
        std::istringstream in(head);
        for (std::string w; in >> w;) words.push_back(w);
        for (size_t i = b; !found && i + words.size() <= e + 1 && !words.empty(); ++i) {
            size_t k = 0;
            while (k < words.size() && toks[i + k].word == words[k]) ++k;
            if (k == words.size()) cb = i, ce = i + k - 1, found = true;
        }
    }
    if (!found) {
        for (size_t i = cb; i < ce; ++i)  // possessor: "Apple 's iTunes" → "iTunes"
            if (toks[i].word == "'s" || toks[i].word == "'") { cb = i + 1; break; }
        // Determiners and lower-case premodifiers ("the new", "the long awaited") precede the name.
        while (cb < ce && (IsDeterminer(toks[cb].word) || !NameLike(toks[cb].word))) ++cb;
        // A comma or a preposition / relative word starts a post-modifier: "Cupertino, California",
        // "the Moscone West Convention Center in San Francisco", "an iPod capable of displaying video".
        static const char* const post[] = {",", "in", "at", "with", "from", "on", "by", "for", "capable", "that", "which", "who", "located"};
        for (size_t i = cb + 1; i <= ce; ++i)
            if (std::find(std::begin(post), std::end(post), toks[i].word) != std::end(post)) { ce = i - 1; break; }
    }
    g.core_start = toks[cb].start;
    g.core_end = toks[ce].end;
    // Trailing sentence punctuation glued to a token ("iPhone 3GS.", "Apple Inc.,").
    const std::string& last = toks[ce].word;
    if (!last.empty() && last.back() == ',') --g.core_end;
    if (last.size() > 1 && last.back() == '.' && last.find('.') == last.size() - 1) {
        const std::string stem = last.substr(0, last.size() - 1);
        static const char* const abbrev[] = {"Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros", "Mr", "Dr", "St"};
        if (std::find(std::begin(abbrev), std::end(abbrev), stem) == std::end(abbrev)) --g.core_end;
    }
}

bool LoadCat(const std::string& xml, Doc& doc) {
    std::vector<Token> toks;
    std::unordered_map<std::string, size_t> by_id;
    int sentence = -1;
    bool glue = false;  // the previous token forbids a following space
    bool straight_open = false;
    ForEach(xml, "token", [&](std::string_view tag, std::string_view body) {
        const int s = std::atoi(Attr(tag, "sentence").c_str());
        std::string w = Unescape(body);
        std::string out = w;
        if (w == "``") out = "\u201C";
        else if (w == "''") out = "\u201D";
        else if (w == "`") out = "\u2018";
        const bool quote = w == "\"";
        if (s != sentence) {
            if (sentence >= 0) doc.text += '\n';
            while (static_cast<int>(doc.line_starts.size()) <= s) doc.line_starts.push_back(static_cast<uint32_t>(doc.text.size()));
            sentence = s;
            straight_open = false;
        } else if (quote ? !straight_open && !glue : !glue && !NoSpaceBefore(w)) {
            doc.text += ' ';  // an opening straight quote takes a space before it, a closing one does not
        }
        if (quote) straight_open = !straight_open;
        glue = quote ? straight_open : NoSpaceAfter(w);
        const uint32_t b = static_cast<uint32_t>(doc.text.size());
        doc.text += out;
        by_id[Attr(tag, "t_id")] = toks.size();
        toks.push_back({Attr(tag, "t_id"), s, b, static_cast<uint32_t>(doc.text.size()), w});
    });
    if (toks.empty()) return false;
    // Entity types reach mentions through REFERS_TO → ENTITY.
    std::unordered_map<std::string, std::string> entity_type, mention_type, entity_instance, mention_instance;
    ForEach(xml, "ENTITY", [&](std::string_view tag, std::string_view) {
        entity_type[Attr(tag, "m_id")] = Attr(tag, "ent_type");
        entity_instance[Attr(tag, "m_id")] = Attr(tag, "instance_id");
    });
    ForEach(xml, "REFERS_TO", [&](std::string_view, std::string_view body) {
        const size_t t = body.find("<target");
        if (t == std::string_view::npos) return;
        const std::string target = Attr(body.substr(t, body.find('>', t) - t), "m_id");
        for (size_t p = body.find("<source"); p != std::string_view::npos && p < t; p = body.find("<source", p + 1))
        {
            const std::string source = Attr(body.substr(p, body.find('>', p) - p), "m_id");
            mention_type[source] = entity_type[target];
            mention_instance[source] = entity_instance[target];
        }
    });
    auto anchored = [&](std::string_view body, size_t& b, size_t& e) {
        b = SIZE_MAX, e = 0;
        for (const std::string& id : AnchorIds(body)) {
            auto it = by_id.find(id);
            if (it == by_id.end()) continue;
            b = std::min(b, it->second);
            e = std::max(e, it->second);
        }
        return b <= e;
    };
    for (const char* tag : {"EVENT_MENTION", "TIMEX3", "ENTITY_MENTION"}) {
        ForEach(xml, tag, [&](std::string_view head, std::string_view body) {
            size_t b, e;
            if (!anchored(body, b, e)) return;
            doc.last_annotated = std::max(doc.last_annotated, toks[e].sentence);
            if (std::string_view(tag) != "ENTITY_MENTION") return;
            GoldMention g;
            g.start = toks[b].start;
            g.end = toks[e].end;
            g.syntactic = Attr(head, "syntactic_type");
            g.type = mention_type[Attr(head, "m_id")];
            g.instance = mention_instance[Attr(head, "m_id")];
            SetCore(g, toks, b, e, Attr(head, "head"));
            doc.gold.push_back(std::move(g));
        });
    }
    return true;
}

struct Counts {
    size_t gold = 0, predicted = 0, strict = 0, partial = 0;
    void Print(const char* name) const {
        auto prf = [&](size_t hit) {
            const double p = predicted ? double(hit) / double(predicted) : 0, r = gold ? double(hit) / double(gold) : 0;
            std::printf("P %.3f  R %.3f  F1 %.3f", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
        };
        std::printf("%-7s gold %4zu  predicted %4zu | strict ", name, gold, predicted);
        prf(strict);
        std::printf(" | partial ");
        prf(partial);
        std::printf("\n");
    }
};

struct Span { uint32_t start, end; };

// Greedy one-to-one matching of predicted spans against gold spans; returns which gold matched strictly.
std::vector<bool> Score(const std::vector<Span>& gold, const std::vector<Span>& pred, Counts& c, std::vector<bool>* pred_hit = nullptr,
                        std::vector<size_t>* gold_to_pred = nullptr) {
    c.gold += gold.size();
    c.predicted += pred.size();
    std::vector<bool> used_s(gold.size()), used_p(gold.size());
    if (pred_hit) pred_hit->assign(pred.size(), false);
    if (gold_to_pred) gold_to_pred->assign(gold.size(), SIZE_MAX);
    for (size_t k = 0; k < pred.size(); ++k) {  // exact matches first, so a near miss cannot take them
        const Span& m = pred[k];
        for (size_t i = 0; i < gold.size(); ++i)
            if (!used_s[i] && gold[i].start == m.start && gold[i].end == m.end) {
                used_s[i] = true;
                ++c.strict;
                if (pred_hit) (*pred_hit)[k] = true;
                if (gold_to_pred) (*gold_to_pred)[i] = k;
                break;
            }
    }
    for (const Span& m : pred)
        for (size_t i = 0; i < gold.size(); ++i)
            if (!used_p[i] && gold[i].start < m.end && m.start < gold[i].end) { used_p[i] = true; ++c.partial; break; }
    return used_s;
}

std::string_view Cut(const std::string& text, uint32_t b, uint32_t e) { return std::string_view(text).substr(b, e - b); }

// B-cubed over the named mentions found with the right span: each mention's predicted entity (across
// all documents) against its gold instance id. Mentions left without an entity count as singletons.
void PrintCoreference(const std::vector<std::pair<core::Index, std::string>>& linked, const core::Corpus& corpus, bool errors) {
    std::map<core::Index, size_t> pred_size;
    std::map<std::string, size_t> gold_size;
    std::map<std::pair<core::Index, std::string>, size_t> both;
    for (const auto& [e, g] : linked) {
        if (e != core::kNone) ++pred_size[e], ++both[{e, g}];
        ++gold_size[g];
    }
    double p = 0, r = 0;
    for (const auto& [e, g] : linked) {
        const double common = e == core::kNone ? 1.0 : double(both[{e, g}]);
        p += common / (e == core::kNone ? 1.0 : double(pred_size[e]));
        r += common / double(gold_size[g]);
    }
    const size_t n = linked.size();
    if (n == 0) return;
    p /= double(n), r /= double(n);
    if (errors) {  // gold entities split over several predicted ones, and predicted ones merging gold ones
        std::map<std::string, std::map<core::Index, size_t>> split;
        std::map<core::Index, std::map<std::string, size_t>> merged;
        for (const auto& [e, g] : linked) ++split[g][e], ++merged[e][g];
        auto name = [&](core::Index e) { return e == core::kNone ? std::string("(none)") : corpus.entities[e].name; };
        for (const auto& [g, es] : split)
            if (es.size() > 1) {
                std::printf("  SPLIT %s:", g.c_str());
                for (const auto& [e, k] : es) std::printf("  %s ×%zu", name(e).c_str(), k);
                std::printf("\n");
            }
        for (const auto& [e, gs] : merged)
            if (e != core::kNone && gs.size() > 1) std::printf("  MERGED %s: %zu gold entities\n", name(e).c_str(), gs.size());
    }
    std::printf("coref   B3 over %zu strictly found names, %zu gold entities, across documents: P %.3f  R %.3f  F1 %.3f\n", n,
                gold_size.size(), p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
}

void RunEvalEntities(const std::string& dir, bool errors) {
    std::vector<fs::path> files;
    std::error_code ec;
    const fs::path root = fs::is_directory(fs::path(dir) / "intra-doc") ? fs::path(dir) / "intra-doc" : fs::path(dir);
    for (const auto& e : fs::recursive_directory_iterator(root, ec))
        if (e.path().extension() == ".xml") files.push_back(e.path());
    if (files.empty()) {
        std::fprintf(stderr, "eval-entities: no CAT .xml files under %s (the MEANTIME data is not in the repo)\n", dir.c_str());
        SetExitCode(1);
        return;
    }
    std::sort(files.begin(), files.end());
    Counts names, extent, all;
    std::map<std::string, std::pair<size_t, size_t>> by_type;  // entity type → (gold names, strict hits)
    // Every document first, so coreference runs across all of them as it does in the product.
    std::vector<Doc> docs;
    std::vector<fs::path> loaded;
    core::Corpus corpus;
    std::vector<std::vector<core::EntityMention>> per;
    for (const fs::path& f : files) {
        std::ifstream in(f, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        Doc doc;
        if (!LoadCat(ss.str(), doc)) { std::fprintf(stderr, "%s: malformed\n", f.string().c_str()); continue; }
        core::Article a;
        a.id = f.filename().string();
        a.text = doc.text;
        corpus.articles.push_back(std::move(a));
        per.push_back(core::RecognizeEntities(doc.text, core::SegmentText(doc.text)));
        docs.push_back(std::move(doc));
        loaded.push_back(f);
    }
    core::ResolveEntities(corpus, per);
    std::vector<std::pair<core::Index, std::string>> linked;  // (predicted entity, gold instance) per strict hit
    for (size_t d = 0; d < docs.size(); ++d) {
        const Doc& doc = docs[d];
        const fs::path& f = loaded[d];
        const uint32_t region_end = doc.last_annotated + 1 < static_cast<int>(doc.line_starts.size())
                                        ? doc.line_starts[doc.last_annotated + 1] : static_cast<uint32_t>(doc.text.size());
        std::vector<Span> pred;
        std::vector<core::Index> pred_entity;
        for (const core::EntityMention& m : per[d])
            if (!m.nominal && !m.tentative && !m.event_name && m.range.start < region_end) {
                pred.push_back({m.range.start, m.range.end});
                pred_entity.push_back(m.entity);
            }
        std::vector<Span> g_core, g_ext, g_all;
        std::vector<const GoldMention*> g_named;
        for (const GoldMention& g : doc.gold) {
            g_all.push_back({g.start, g.end});
            if (!g.Named()) continue;
            // Nested gold mentions can share a core ("[the price for [the iPhone]]"): score it once.
            const bool dup = std::any_of(g_core.begin(), g_core.end(), [&](const Span& s) { return s.start == g.core_start && s.end == g.core_end; });
            if (dup) continue;
            g_core.push_back({g.core_start, g.core_end});
            g_ext.push_back({g.start, g.end});
            g_named.push_back(&g);
        }
        std::vector<bool> pred_hit;
        std::vector<size_t> gold_to_pred;
        const std::vector<bool> hit = Score(g_core, pred, names, &pred_hit, &gold_to_pred);
        for (size_t i = 0; i < g_named.size(); ++i)
            if (hit[i] && !g_named[i]->instance.empty()) linked.emplace_back(pred_entity[gold_to_pred[i]], g_named[i]->instance);
        Score(g_ext, pred, extent);
        Score(g_all, pred, all);
        for (size_t i = 0; i < g_named.size(); ++i) {
            auto& t = by_type[g_named[i]->type.empty() ? "?" : g_named[i]->type];
            ++t.first;
            t.second += hit[i];
        }
        if (!errors) continue;
        std::printf("== %s\n", f.filename().string().c_str());
        for (size_t i = 0; i < g_named.size(); ++i)
            if (!hit[i]) {
                const bool overlap = std::any_of(pred.begin(), pred.end(), [&](const Span& p) { return p.start < g_core[i].end && g_core[i].start < p.end; });
                std::printf("  FN %-3s %s  [%.*s]%s\n", g_named[i]->type.c_str(), g_named[i]->syntactic.c_str(),
                            static_cast<int>(g_core[i].end - g_core[i].start), doc.text.data() + g_core[i].start, overlap ? " (overlap)" : "");
            }
        for (size_t k = 0; k < pred.size(); ++k)
            if (!pred_hit[k]) {
                const auto other = std::find_if(doc.gold.begin(), doc.gold.end(), [&](const GoldMention& g) { return g.start < pred[k].end && pred[k].start < g.end; });
                std::printf("  FP [%.*s]%s%s\n", static_cast<int>(pred[k].end - pred[k].start), doc.text.data() + pred[k].start,
                            other == doc.gold.end() ? "" : "  overlaps gold ",
                            other == doc.gold.end() ? "" : std::string(other->syntactic + " [" + std::string(Cut(doc.text, other->start, other->end)) + "]").c_str());
            }
    }
    std::printf("%zu documents; region = headline .. last sentence with a gold markable\n", files.size());
    names.Print("names");
    extent.Print("extent");
    all.Print("all");
    PrintCoreference(linked, corpus, errors);
    std::printf("names strict recall by entity type:");
    for (const auto& [type, n] : by_type) std::printf("  %s %zu/%zu", type.c_str(), n.second, n.first);
    std::printf("\n");
}

}  // namespace

void AddEntityEvalCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("eval-entities", "Score entity mentions against MEANTIME CAT XML gold (P/R/F1)");
    auto dir = std::make_shared<std::string>();
    auto errors = std::make_shared<bool>(false);
    cmd->add_option("DIR", *dir, "MEANTIME folder (e.g. ../shared/data/meantime-apple)")->required();
    cmd->add_flag("--errors,--verbose", *errors, "list missed gold names (FN) and unmatched predictions (FP) per document");
    cmd->callback([dir, errors] { RunEvalEntities(*dir, *errors); });
}

}  // namespace cli
