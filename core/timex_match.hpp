// timex_match.hpp — the tagger's pattern matcher: hand-written rules over the token stream.
//
// Internal to the tagger. Matcher::At(i, m) tries every rule that can start at token i and keeps the
// longest match (a TIMEX3 candidate with its resolved Point or literal value). Rules live in three files:
// timex_dates.cpp (calendar dates, numeric and ISO dates, years, decades, quarters, clock times,
// holidays), timex_relative.cpp (weekdays, deictic words, last/next/this, seasons, narrative anchors, mods)
// and timex_duration.cpp (numbers, durations, ago/later, sets).
// The Matcher keeps the narrative state: the last date mentioned anchors "two weeks later".
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "timex_lexicon.hpp"
#include "timex_resolve.hpp"
#include "timex_tagger.hpp"

namespace core::timex {

struct Match {
    uint32_t first = 0, last = 0;       // token range [first, last)
    TimexType type = TimexType::Date;
    Point point;                        // the date it denotes (used when value is empty)
    std::string value;                  // literal TIMEX3 value: durations, sets, *_REF
    const char* mod = "";
    const char* quant = "";
    const char* freq = "";
    bool anchors = false;               // an explicit date that later relative expressions may lean on
    bool no_anchor = false;             // resolved against the DCT ("a year ago"): not a new narrative anchor
    bool quarter_anchor = false;        // an explicit quarter ("the third quarter"): the text's reporting period
    bool drop = false;                  // an impossible date ("February 30"): consume the words, emit nothing
    size_t Len() const { return last - first; }
};

class Matcher {
public:
    Matcher(std::string_view text, const TxTokens& tokens, Day dct, const TaggerOptions& options);
    bool At(uint32_t i, Match& m);      // longest match starting at token i; m must be a fresh Match{}
    void Accept(const Match& m);        // a match was emitted: update the narrative anchor

private:
    // Token helpers.
    size_t N() const { return tok_.size(); }
    const TxToken& T(size_t k) const { return tok_[k]; }
    bool Has(size_t k) const { return k < tok_.size(); }
    bool Is(size_t k, std::string_view lower) const { return k < tok_.size() && TokIs(text_, tok_[k], lower); }
    bool IsC(size_t k, Wc c) const { return k < tok_.size() && tok_[k].wc == c; }
    bool IsPunct(size_t k, char c) const {
        return k < tok_.size() && tok_[k].Is(kTxPunct) && text_[tok_[k].start] == c;
    }
    bool Attached(size_t k) const { return k < tok_.size() && !tok_[k].Is(kTxSpaceBefore); }
    size_t SkipDot(size_t k) const { return IsPunct(k, '.') && Attached(k) ? k + 1 : k; }
    size_t SkipComma(size_t k) const { return IsPunct(k, ',') ? k + 1 : k; }

    // Context (timex_context.cpp).
    // How the clause around token i places its time: -1 past, +1 future, 0 unknown or present.
    struct TenseCue {
        int dir = 0;                    // -1 past, +1 future, 0 none/present
        bool present = false;           // dir 0 from a present-tense cue ("is", "says"), not from no cue at all
        bool leaning_ahead = false;     // "until/by/due/expire …" with no auxiliary deciding: ahead of the DCT
        bool deadline = false;          // a deadline word ("until", "due", "expires") right before the date
        bool past_verb = false;         // with leaning_ahead: the nearest cue was a past verb too weak to decide
    };
    TenseCue TenseOf(size_t i) const;   // remembers the last token asked (rules at one head ask it again)
    TenseCue ReadTense(size_t i) const; // the walk over the sentence behind TenseOf
    bool ClauseBreak(size_t a, size_t b) const;   // a clause boundary strictly between tokens a and b
    bool InClosedRelativeClause(size_t k, size_t b) const;   // ", for which he could …," closed before b
    bool CoordinatesClause(size_t j) const;       // "… and will …": token j opens a coordinated clause
    bool AfterDeterminer(size_t k) const;         // "the (hastily) planned": token k is an adjective's place
    bool VerbAfterTo(size_t k) const;             // "to testify": token k looks like a bare verb
    bool IntentionInfinitive(size_t k, size_t i) const;
    bool NegatedBefore(size_t k) const;           // "neither … nor … could": a negative opens k's clause   // "agreed to pay … <i>" between a past verb k and i
    int Tense(size_t i) const { return TenseOf(i).dir; }   // a local cue, else the sentence's
    int LocalDirection(size_t i) const; // +1 "until/payable/effective …", -1 "since", 2 "by/before", 0 none
    Point Dct(Granularity g) const;     // the DCT at granularity g (unknown year when no DCT)
    int YearFor(const Point& p, size_t i) const;
    // A quarter was reported lately (within kReportingReach tokens of i): "a year earlier" compares with it.
    bool ReportingQuarter(size_t i) const { return quarter_.Known() && i < quarter_token_ + kReportingReach; }
    // A span of months was reported after the latest quarter, in token i's sentence ("For the nine months,
    // X earned $5, compared with $3 a year earlier"): "a year earlier" compares with those months, a year.
    // A day named since ("the six months ended Aug. 12") is the narrative's anchor instead.
    bool ReportingMonths(size_t i) const {
        return months_ > 0 && (!quarter_.Known() || months_token_ > quarter_token_) &&
               (!last_.Known() || last_token_ < months_token_) && T(months_token_).sentence == T(i).sentence;
    }
    static constexpr size_t kPeriodReach = 80;      // tokens: "the year-earlier period" a sentence or two after the months
    static constexpr size_t kReportingReach = 200;   // tokens (~ a paragraph or two of an earnings story)   // a year for a month/day/quarter/season written without one

    // Sub-parsers: return the token index after the parsed part, or 0 when nothing matched.
    size_t Number(size_t k, int& n) const;          // "3", "three", "twenty-five", "a", "several" (-1)
    size_t Year(size_t k, int& y) const;            // "2024", "'87"
    bool EndsPhrase(size_t k) const;                // "(May the 22nd) and …": a word that opens the next phrase
    bool SpelledOrdinalSecond(size_t k, size_t e) const;   // "the twenty-second (of May)": 22nd, not PT20S
    int DecadeNear(int tens, size_t i) const;       // "the '90s" (tens 90) at token i: 1990 or 1890 …
    size_t DayOfMonth(size_t k, int& d, bool words = false) const;   // "19", "19th"; words: "eighth", "twenty-first"
    size_t ClockTime(size_t k, int& hour, int& minute) const;   // "3:30 p.m.", "10 a.m.", "noon"
    struct DurationForm {
        bool half = false;              // "2 1/2 years"
        bool range = false;             // "two to three weeks"
    };
    // "three years", "16-hour", "a year"; with `form`, also halves and ranges (rejected without it).
    size_t DurationCore(size_t k, int& n, int& unit, DurationForm* form = nullptr) const;

    // Rules (timex_dates.cpp).
    bool MonthDate(size_t i, Match& m);
    bool NumericDate(size_t i, Match& m);
    bool YearOrDecade(size_t i, Match& m);
    bool Quarter(size_t i, Match& m);
    bool Century(size_t i, Match& m);
    bool Holiday(size_t i, Match& m);
    bool TimeOfDay(size_t i, Match& m);
    bool DayPart(size_t i, Match& m);   // "in the morning", "by mid afternoon"
    bool CoordinatedDay(size_t i, Match& m);
    // Compounds and names (timex_compounds.cpp).
    bool CompoundDuration(size_t i, Match& m);
    bool FurtherDuration(size_t i, Match& m);   // "another two weeks", "an additional year"
    bool InName(size_t i) const;        // a capitalised time word inside a proper name ("USA Today")
    bool QuotedTitle(size_t first, size_t last) const;   // CBS's "60 Minutes": tokens [first, last) name a work
    bool Quote(size_t k, bool opening) const;            // token k is an opening (closing) quotation mark
    // Rules (timex_relative.cpp).
    bool WeekdayRule(size_t i, Match& m) { return WeekdayAt(i, i, m); }
    // The weekday expression at i whose tense is read at cue (the clock time before it: "until 9 a.m. Tuesday").
    bool WeekdayAt(size_t i, size_t cue, Match& m);
    bool DeicticRule(size_t i, Match& m);
    bool RelativeUnit(size_t i, Match& m);
    bool ModifiedRule(size_t i, Match& m);
    bool AnchoredDay(size_t i, Match& m);
    bool Seasonal(size_t i, Match& m, int rel, size_t k);
    // Tokens [first, last) name a day of the month last mentioned, not which day: value "YYYY-MM-XX".
    bool DayOfKnownMonth(size_t first, size_t last, Granularity g, Match& m) const;
    // Rules (timex_duration.cpp).
    bool Duration(size_t i, Match& m);
    bool RecordBefore(size_t in) const;
    // A quantity ends right before token k ("$2 million", "5%", "10,000 units"): a frequency word after it
    // makes a rate, not a set ("10,000 units annually").
    bool QuantityBefore(size_t k) const;
    bool BeforeNoun(size_t k) const;    // token k may be the noun a frequency word modifies ("yearly interest")
    size_t VagueUnitPair(size_t e) const;   // "weeks or months": the end after a second vague unit // "the highest in", "the first time in": a span back from now follows
    bool SetRule(size_t i, Match& m);

    bool Core(size_t i, Match& m);      // every unmodified rule, longest wins
    void Emit(Match& m, size_t first, size_t last, const Point& p) const;

    std::string_view text_;
    const TxTokens& tok_;
    Day dct_;
    const TaggerOptions& opt_;
    Point anchor_;                      // last explicit date (or the DCT's day)
    Point last_;                        // last date of any granularity (for "that day", "a year earlier")
    size_t last_token_ = 0;             // the token where last_ was mentioned
    size_t last_end_ = 0;               // the token after the last emitted date
    bool listable_day_ = false;         // that date is "Month D" with no year: "and 25" may follow it
    Point quarter_;                     // last explicit quarter (for "the quarter", "the year-ago period")
    size_t quarter_token_ = 0;          // the token where quarter_ was mentioned
    size_t year_token_ = SIZE_MAX;      // the last year or year-long period named ("1988", "the year ended …"), SIZE_MAX none
    int months_ = 0;                    // the last reporting span of months ("the first nine months": 9), 0 none
    size_t months_token_ = 0;           // the token where it was mentioned
    mutable size_t tense_token_ = SIZE_MAX;   // TenseOf's last question and answer (a pure function of the
    mutable TenseCue tense_;                  // token stream, which does not change while the Matcher lives)
};

std::string DurationValue(int n, int unit);          // "P3Y", "PT5H", "PXW"

}  // namespace core::timex
