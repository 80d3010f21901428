// timex_lexicon.hpp — the words a temporal expression is made of, and the tagger's token stream.
//
// Internal to the tagger (timex_tagger.cpp, timex_patterns.cpp, timex_resolve.cpp, dct_infer.cpp).
// The text is scanned once into TxTokens (letters, digit runs, single punctuation); every letter token
// is looked up once in a sorted table of ~300 lower-case words (binary search over a fixed buffer —
// no allocation per token), which gives it a class (month, weekday, unit, …) and a small integer value.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace core::timex {

// Word classes. A word has one class; where English is ambiguous the patterns decide from context
// (e.g. "may" is a Month word but only taken as May when capitalised next to a day or a year).
enum class Wc : uint8_t {
    None,           // not a time word; val kStartsExpression: a plain word that may start one ("another")
    Month,          // val 1..12 (full names and abbreviations: "jan", "sept")
    Weekday,        // val 1..7 (ISO, Monday = 1)
    Number,         // val: "one".."ninety", "a dozen" → 12 (tens combine with units across a hyphen)
    Ordinal,        // val: "first".."thirty-first", "third" → 3
    Unit,           // val: a Unit (singular or plural; plural sets kTxPlural)
    Season,         // val 1..4: spring, summer, fall/autumn, winter
    PartOfDay,      // val: 1 morning, 2 afternoon, 3 evening, 4 night, 5 noon/midday, 6 midnight
    Deictic,        // val: Deixis (today, yesterday, now, …)
    Relative,       // val: Rel (last, next, this, past, coming, …)
    Modifier,       // val: PosMod (early, late, mid, beginning, end, …)
    Approx,         // val: Approx (about, nearly, more, less, …)
    Shift,          // val: +1 later/after/hence, -1 ago/earlier/before
    SetWord,        // val: Unit of daily/weekly/monthly/annually/yearly/hourly, or 0 for every/each/per
    Holiday,        // val: Holiday
    Fiscal,         // "fiscal"
    Zone,           // time zone abbreviations: est, edt, gmt, utc, …
    Meridiem,       // "am"/"pm" without periods (a.m. is scanned as tokens)
    Century,        // "century", "centuries"
    Tense,          // val: +1 future cue (will, would, shall), -1 past cue (was, had, …), -2 past reporting verb
                    // (said, told), 0 present (is, are, says)
    Article,        // "the", "a", "an"
    Filler,         // "of", "and", "to", "this" … handled by patterns by text; kept for speed
};

constexpr int16_t kStartsExpression = 1;   // Wc::None words the tagger must not skip ("another", "election")

enum Unit : uint8_t { kUnitNone, kSecond, kMinute, kHour, kDay, kWeek, kWeekend, kMonth, kQuarter, kYear,
                      kDecade, kCentury, kMillennium, kHalf, kNight };
enum Deixis : uint8_t { kNow = 1, kToday, kYesterday, kTomorrow, kTonight, kCurrently, kRecently, kFuture,
                        kPastRef, kSoon, kFormerly, kNowadays, kMeantime };
enum Rel : uint8_t { kLast = 1, kNext, kThis, kPast, kComing, kPrevious, kFollowing, kCurrent, kRecent,
                     kEarlier, kLater, kSame, kThat, kLatest, kPrior, kUpcoming };
enum PosMod : uint8_t { kEarly = 1, kLate, kMid, kBeginning, kEnd, kMiddle, kStart, kDawn, kClose };
enum Approx : uint8_t { kAbout = 1, kNearly, kAlmost, kMore, kLess, kOver, kUnder, kAtLeast, kUpTo,
                        kSome, kRoughly, kJust, kOnly, kBarely };
enum Holiday : uint8_t { kChristmas = 1, kChristmasEve, kNewYear, kNewYearsEve, kThanksgiving, kEaster,
                         kIndependence, kHalloween, kValentine, kLabor, kMemorial, kElection };

enum TxFlag : uint8_t {
    kTxAlpha = 1,
    kTxDigit = 2,
    kTxPunct = 4,
    kTxCap = 8,                         // first letter upper case
    kTxSpaceBefore = 16,                // whitespace separates it from the previous token
    kTxPlural = 32,                     // a Unit word in the plural ("weeks")
    kTxAllCaps = 64,
    kTxNewlineBefore = 128,             // a line break separates it from the previous token
};

struct TxToken {
    uint32_t start = 0, end = 0;        // byte offsets into the text
    uint8_t flags = 0;                  // TxFlag bits
    Wc wc = Wc::None;
    int16_t val = 0;                    // class value, or the number of a digit run (≤ 9999; -1 larger)
    uint16_t sentence = 0;              // sentence number (saturating), for tense look-ups
    uint8_t ndigits = 0;                // digit count of a digit run
    bool Is(uint8_t f) const { return (flags & f) != 0; }
};

// Looks a lower-case-insensitive word up; false when it is not a time word.
bool LookUpWord(std::string_view word, Wc& wc, int16_t& val, bool& plural);

// The tokens of one scanned text, and the tokens a timex may start at. The storage only grows and is reused
// from text to text (a thread's TagTimexes keeps one): entries past size() are stale, so a scan allocates
// nothing once a text with as many tokens has been seen, and writes each token once.
struct TxTokens {
    std::vector<TxToken> storage;       // tokens [0, count); room after them
    std::vector<uint32_t> starts;       // indices of the tokens a timex may start at: [0, nstarts); as large as storage
    std::vector<uint64_t> bits;         // the SSE2 scanner's byte maps (scratch, reused)
    size_t count = 0;
    size_t nstarts = 0;
    size_t size() const { return count; }
    const TxToken& operator[](size_t k) const { return storage[k]; }
};

// Scans text into tokens (out's previous tokens are dropped). Also lists, in order, the tokens a timex may
// start at: numbers, apostrophes ('87) and words of the table except tense cues, time zones and "am"/"pm"
// (plain words, those, and other punctuation start none).
void ScanTokens(std::string_view text, TxTokens& out);
// The portable scanner (eight bytes at a time in 64-bit words): ScanTokens where SSE2 is missing (wasm), and
// the same result everywhere; public for the tests that compare the two.
void ScanTokensScalar(std::string_view text, TxTokens& out);

// ASCII case-insensitive comparison of a token's text with a lower-case literal. Inline: the rules call it
// for nearly every token they look at, and the length test usually decides.
inline bool TokIs(std::string_view text, const TxToken& t, std::string_view lower) {
    if (t.end - t.start != lower.size()) return false;
    const char* p = text.data() + t.start;
    for (size_t i = 0; i < lower.size(); ++i) {
        const char c = p[i], l = lower[i];
        // Against a lower-case letter, setting the case bit is the whole test (only l and its capital give
        // l); with a literal the compiler knows which branch each letter takes. Any other byte: as written.
        const bool same = (l >= 'a' && l <= 'z') ? static_cast<char>(c | 0x20) == l
                                                 : ((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c) == l;
        if (!same) return false;
    }
    return true;
}

}  // namespace core::timex
