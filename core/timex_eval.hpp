// timex_eval.hpp — TempEval-3 style scoring of temporal expressions (TIMEX3) against a gold standard.
//
// Usage:
//   core::TimexScore score;
//   std::vector<core::TimexError> errors;                  // optional: what to fix, one line each
//   for (doc : docs) core::ScoreTimexes(doc.gold, doc.system, score, doc.text, doc.name, &errors);
//   std::printf("value F1 %.3f\n", score.ValueF1());
//
// Definition (as in the TempEval-3 entity scorer, evaluation-entities/evaluate_entities.py, UzZaman et
// al. 2013). Within each document, system and gold timexes are paired one to one: identical extents
// first, then the remaining pairs by largest overlap (the TE3 toolkit pairs ids through its TimeML
// normalizer; pairing one to one keeps precision and recall counting the same pairs).
//   strict:  a pair with the same extent;   P = strict / system, R = strict / gold, F1 their harmonic mean
//   relaxed: any overlapping pair;          P = relaxed / system, R = relaxed / gold
//   type F1 and value F1 (TE3 "attribute F1"): accuracy of the attribute over the relaxed pairs times the
//   relaxed F1, i.e. (same / relaxed) × relaxed F1 = 2·same / (system + gold).
// Values compare as exact strings (TE3 does the same). Counts add up over documents (micro average).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model.hpp"

namespace core {

struct TimexScore {
    size_t documents = 0;
    size_t gold = 0;                    // gold timexes
    size_t system = 0;                  // system timexes
    size_t strict = 0;                  // pairs with identical extents
    size_t relaxed = 0;                 // overlapping pairs (strict ones included)
    size_t type = 0;                    // relaxed pairs with the same type
    size_t value = 0;                   // relaxed pairs with the same value
    size_t mod = 0;                     // relaxed pairs with the same mod ("" = "")

    void Add(const TimexScore& other);
    double StrictPrecision() const;
    double StrictRecall() const;
    double StrictF1() const;
    double RelaxedPrecision() const;
    double RelaxedRecall() const;
    double RelaxedF1() const;
    double TypeAccuracy() const;        // type / relaxed
    double ValueAccuracy() const;       // value / relaxed
    double TypeF1() const;              // TypeAccuracy() × RelaxedF1()
    double ValueF1() const;             // ValueAccuracy() × RelaxedF1()
};

enum class TimexErrorKind : uint8_t {
    Missed,                             // a gold timex no system timex overlaps
    Spurious,                           // a system timex overlapping no gold timex
    Extent,                             // overlapping, not the same extent (value and type may be right)
    Type,                               // paired, different type
    Value,                              // paired, different value
};
const char* ToString(TimexErrorKind k);  // "missed", "spurious", "extent", "type", "value"

struct TimexError {
    TimexErrorKind kind = TimexErrorKind::Missed;
    std::string document;
    Timex gold;                         // unset (empty span) for Spurious
    Timex system;                       // unset for Missed
    std::string gold_text;              // the gold span's text
    std::string system_text;
};

// Scores one document and adds its counts to `score` (documents += 1). `text` is the text both span sets
// point into (only used for the texts of errors); `errors`, when given, receives one entry per problem, a
// pair may give several (extent and value).
void ScoreTimexes(const std::vector<Timex>& gold, const std::vector<Timex>& system, TimexScore& score,
                  std::string_view text = {}, std::string_view document = {}, std::vector<TimexError>* errors = nullptr);

// One tab-separated line: kind, document, gold start-end "text" type value, system start-end "text" type value.
std::string FormatTimexError(const TimexError& e);

}  // namespace core
