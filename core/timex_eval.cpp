#include "timex_eval.hpp"

#include <algorithm>
#include <cstdint>

namespace core {

namespace {

double Ratio(size_t a, size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; }
double Harmonic(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

uint32_t Overlap(const Timex& a, const Timex& b) {
    const uint32_t s = std::max(a.span.start, b.span.start), e = std::min(a.span.end, b.span.end);
    return e > s ? e - s : 0;
}

std::string TextOf(std::string_view text, const Timex& t) {
    if (t.span.start >= t.span.end || t.span.end > text.size()) return {};
    std::string s(text.substr(t.span.start, t.span.end - t.span.start));
    for (char& c : s)
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    return s;
}

}  // namespace

void TimexScore::Add(const TimexScore& o) {
    documents += o.documents;
    gold += o.gold;
    system += o.system;
    strict += o.strict;
    relaxed += o.relaxed;
    type += o.type;
    value += o.value;
    mod += o.mod;
}

double TimexScore::StrictPrecision() const { return Ratio(strict, system); }
double TimexScore::StrictRecall() const { return Ratio(strict, gold); }
double TimexScore::StrictF1() const { return Harmonic(StrictPrecision(), StrictRecall()); }
double TimexScore::RelaxedPrecision() const { return Ratio(relaxed, system); }
double TimexScore::RelaxedRecall() const { return Ratio(relaxed, gold); }
double TimexScore::RelaxedF1() const { return Harmonic(RelaxedPrecision(), RelaxedRecall()); }
double TimexScore::TypeAccuracy() const { return Ratio(type, relaxed); }
double TimexScore::ValueAccuracy() const { return Ratio(value, relaxed); }
double TimexScore::TypeF1() const { return TypeAccuracy() * RelaxedF1(); }
double TimexScore::ValueF1() const { return ValueAccuracy() * RelaxedF1(); }

const char* ToString(TimexErrorKind k) {
    switch (k) {
        case TimexErrorKind::Missed: return "missed";
        case TimexErrorKind::Spurious: return "spurious";
        case TimexErrorKind::Extent: return "extent";
        case TimexErrorKind::Type: return "type";
        case TimexErrorKind::Value: return "value";
    }
    return "?";
}

void ScoreTimexes(const std::vector<Timex>& gold, const std::vector<Timex>& system, TimexScore& score,
                  std::string_view text, std::string_view document, std::vector<TimexError>* errors) {
    const size_t first_error = errors ? errors->size() : 0;
    TimexScore s;
    s.documents = 1;
    s.gold = gold.size();
    s.system = system.size();
    constexpr size_t kFree = SIZE_MAX;
    std::vector<size_t> pair_of_gold(gold.size(), kFree), pair_of_system(system.size(), kFree);
    // 1. identical extents.
    for (size_t g = 0; g < gold.size(); ++g)
        for (size_t k = 0; k < system.size(); ++k)
            if (pair_of_system[k] == kFree && gold[g].span.start == system[k].span.start &&
                gold[g].span.end == system[k].span.end && gold[g].span.start < gold[g].span.end) {
                pair_of_gold[g] = k;
                pair_of_system[k] = g;
                break;
            }
    // 2. the rest by largest overlap, greedily over all candidate pairs (ties: document order).
    struct Candidate { uint32_t overlap; size_t g, k; };
    std::vector<Candidate> candidates;
    for (size_t g = 0; g < gold.size(); ++g) {
        if (pair_of_gold[g] != kFree) continue;
        for (size_t k = 0; k < system.size(); ++k)
            if (pair_of_system[k] == kFree)
                if (const uint32_t o = Overlap(gold[g], system[k])) candidates.push_back({o, g, k});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) { return a.overlap > b.overlap; });
    for (const Candidate& c : candidates)
        if (pair_of_gold[c.g] == kFree && pair_of_system[c.k] == kFree) {
            pair_of_gold[c.g] = c.k;
            pair_of_system[c.k] = c.g;
        }

    auto report = [&](TimexErrorKind kind, const Timex* g, const Timex* k) {
        if (!errors) return;
        TimexError e;
        e.kind = kind;
        e.document = std::string(document);
        if (g) { e.gold = *g; e.gold_text = TextOf(text, *g); }
        if (k) { e.system = *k; e.system_text = TextOf(text, *k); }
        errors->push_back(std::move(e));
    };
    for (size_t g = 0; g < gold.size(); ++g) {
        const size_t k = pair_of_gold[g];
        if (k == kFree) { report(TimexErrorKind::Missed, &gold[g], nullptr); continue; }
        const Timex& a = gold[g];
        const Timex& b = system[k];
        ++s.relaxed;
        const bool same_extent = a.span.start == b.span.start && a.span.end == b.span.end;
        if (same_extent) ++s.strict;
        else report(TimexErrorKind::Extent, &a, &b);
        if (a.type == b.type) ++s.type;
        else report(TimexErrorKind::Type, &a, &b);
        if (a.value == b.value) ++s.value;
        else report(TimexErrorKind::Value, &a, &b);
        if (a.mod == b.mod) ++s.mod;
    }
    for (size_t k = 0; k < system.size(); ++k)
        if (pair_of_system[k] == kFree) report(TimexErrorKind::Spurious, nullptr, &system[k]);
    if (errors) {
        // Reading order: by the position of the gold (or system) span.
        std::stable_sort(errors->begin() + static_cast<std::ptrdiff_t>(first_error), errors->end(), [](const TimexError& a, const TimexError& b) {
            const uint32_t pa = a.kind == TimexErrorKind::Spurious ? a.system.span.start : a.gold.span.start;
            const uint32_t pb = b.kind == TimexErrorKind::Spurious ? b.system.span.start : b.gold.span.start;
            return pa < pb;
        });
    }
    score.Add(s);
}

std::string FormatTimexError(const TimexError& e) {
    auto side = [](const Timex& t, const std::string& text, bool present) {
        if (!present) return std::string("-\t-\t-\t-");
        std::string out = std::to_string(t.span.start) + "-" + std::to_string(t.span.end) + "\t\"" + text + "\"\t";
        out += ToString(t.type);
        out += "\t" + (t.value.empty() ? std::string("\"\"") : t.value);
        if (!t.mod.empty()) out += " " + t.mod;
        return out;
    };
    return std::string(ToString(e.kind)) + "\t" + e.document + "\t" +
           side(e.gold, e.gold_text, e.kind != TimexErrorKind::Spurious) + "\t" +
           side(e.system, e.system_text, e.kind != TimexErrorKind::Missed);
}

}  // namespace core
