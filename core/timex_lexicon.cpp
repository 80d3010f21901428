// The tagger's word table and its scanner. Sections: the table (~400 time words, open addressing on two
// 64-bit keys) and its probe; ScanTokensScalar, eight bytes at a time in 64-bit words (every platform, wasm
// included); ScanTokens where SSE2 exists, driven by maps of token starts built 64 bytes at a time. Both
// give the same tokens (tests/core/test_timex_scan.cpp compares each with a byte-at-a-time reference).
#include "timex_lexicon.hpp"

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstring>
#include <iterator>

#include "swar.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace core::timex {

namespace {

struct Entry {
    std::string_view word;              // lower case
    Wc wc;
    int16_t val;
    bool plural = false;
};

// Unsorted here for readability; sorted once on first use.
const Entry kWords[] = {
    // Months (abbreviations without their period; "may" and "march" are checked in context).
    {"january", Wc::Month, 1}, {"jan", Wc::Month, 1}, {"february", Wc::Month, 2}, {"feb", Wc::Month, 2},
    {"march", Wc::Month, 3}, {"mar", Wc::Month, 3}, {"april", Wc::Month, 4}, {"apr", Wc::Month, 4},
    {"may", Wc::Month, 5}, {"june", Wc::Month, 6}, {"jun", Wc::Month, 6}, {"july", Wc::Month, 7},
    {"jul", Wc::Month, 7}, {"august", Wc::Month, 8}, {"aug", Wc::Month, 8}, {"september", Wc::Month, 9},
    {"sept", Wc::Month, 9}, {"sep", Wc::Month, 9}, {"october", Wc::Month, 10}, {"oct", Wc::Month, 10},
    {"november", Wc::Month, 11}, {"nov", Wc::Month, 11}, {"december", Wc::Month, 12}, {"dec", Wc::Month, 12},
    // Weekdays.
    {"monday", Wc::Weekday, 1}, {"mon", Wc::Weekday, 1}, {"tuesday", Wc::Weekday, 2}, {"tues", Wc::Weekday, 2},
    {"tue", Wc::Weekday, 2}, {"wednesday", Wc::Weekday, 3}, {"wed", Wc::Weekday, 3}, {"thursday", Wc::Weekday, 4},
    {"thurs", Wc::Weekday, 4}, {"thu", Wc::Weekday, 4}, {"friday", Wc::Weekday, 5}, {"fri", Wc::Weekday, 5},
    {"saturday", Wc::Weekday, 6}, {"sat", Wc::Weekday, 6}, {"sunday", Wc::Weekday, 7}, {"sun", Wc::Weekday, 7},
    {"mondays", Wc::Weekday, 1, true}, {"tuesdays", Wc::Weekday, 2, true}, {"wednesdays", Wc::Weekday, 3, true},
    {"thursdays", Wc::Weekday, 4, true}, {"fridays", Wc::Weekday, 5, true}, {"saturdays", Wc::Weekday, 6, true},
    {"sundays", Wc::Weekday, 7, true},
    // Cardinal numbers.
    {"one", Wc::Number, 1}, {"two", Wc::Number, 2}, {"three", Wc::Number, 3}, {"four", Wc::Number, 4},
    {"five", Wc::Number, 5}, {"six", Wc::Number, 6}, {"seven", Wc::Number, 7}, {"eight", Wc::Number, 8},
    {"nine", Wc::Number, 9}, {"ten", Wc::Number, 10}, {"eleven", Wc::Number, 11}, {"twelve", Wc::Number, 12},
    {"thirteen", Wc::Number, 13}, {"fourteen", Wc::Number, 14}, {"fifteen", Wc::Number, 15},
    {"sixteen", Wc::Number, 16}, {"seventeen", Wc::Number, 17}, {"eighteen", Wc::Number, 18},
    {"nineteen", Wc::Number, 19}, {"twenty", Wc::Number, 20}, {"thirty", Wc::Number, 30},
    {"forty", Wc::Number, 40}, {"fifty", Wc::Number, 50}, {"sixty", Wc::Number, 60}, {"seventy", Wc::Number, 70},
    {"eighty", Wc::Number, 80}, {"ninety", Wc::Number, 90}, {"hundred", Wc::Number, 100},
    {"dozen", Wc::Number, 12}, {"couple", Wc::Number, 2},
    // Vague quantities: value -1 means "X" in a TimeML duration (P XY).
    {"several", Wc::Number, -1}, {"few", Wc::Number, -1}, {"many", Wc::Number, -1}, {"some", Wc::Approx, kSome},
    // Ordinals.
    {"first", Wc::Ordinal, 1}, {"second", Wc::Ordinal, 2}, {"third", Wc::Ordinal, 3}, {"fourth", Wc::Ordinal, 4},
    {"fifth", Wc::Ordinal, 5}, {"sixth", Wc::Ordinal, 6}, {"seventh", Wc::Ordinal, 7}, {"eighth", Wc::Ordinal, 8},
    {"ninth", Wc::Ordinal, 9}, {"tenth", Wc::Ordinal, 10}, {"eleventh", Wc::Ordinal, 11},
    {"twelfth", Wc::Ordinal, 12}, {"thirteenth", Wc::Ordinal, 13}, {"fourteenth", Wc::Ordinal, 14},
    {"fifteenth", Wc::Ordinal, 15}, {"sixteenth", Wc::Ordinal, 16}, {"seventeenth", Wc::Ordinal, 17},
    {"eighteenth", Wc::Ordinal, 18}, {"nineteenth", Wc::Ordinal, 19}, {"twentieth", Wc::Ordinal, 20},
    {"thirtieth", Wc::Ordinal, 30}, {"twenty-first", Wc::Ordinal, 21},
    {"st", Wc::Ordinal, 0}, {"nd", Wc::Ordinal, 0}, {"rd", Wc::Ordinal, 0}, {"th", Wc::Ordinal, 0},
    // Units.
    {"second", Wc::Unit, kSecond}, {"seconds", Wc::Unit, kSecond, true}, {"minute", Wc::Unit, kMinute},
    {"minutes", Wc::Unit, kMinute, true}, {"hour", Wc::Unit, kHour}, {"hours", Wc::Unit, kHour, true},
    {"day", Wc::Unit, kDay}, {"days", Wc::Unit, kDay, true}, {"week", Wc::Unit, kWeek},
    {"weeks", Wc::Unit, kWeek, true}, {"weekend", Wc::Unit, kWeekend}, {"weekends", Wc::Unit, kWeekend, true},
    {"month", Wc::Unit, kMonth}, {"months", Wc::Unit, kMonth, true}, {"quarter", Wc::Unit, kQuarter},
    {"quarters", Wc::Unit, kQuarter, true}, {"year", Wc::Unit, kYear}, {"years", Wc::Unit, kYear, true},
    {"yr", Wc::Unit, kYear}, {"yrs", Wc::Unit, kYear, true},
    {"decade", Wc::Unit, kDecade}, {"decades", Wc::Unit, kDecade, true}, {"century", Wc::Unit, kCentury},
    {"centuries", Wc::Unit, kCentury, true}, {"millennium", Wc::Unit, kMillennium},
    {"half", Wc::Unit, kHalf}, {"nights", Wc::Unit, kNight, true},
    // Seasons.
    {"spring", Wc::Season, 1}, {"summer", Wc::Season, 2}, {"fall", Wc::Season, 3}, {"autumn", Wc::Season, 3},
    {"winter", Wc::Season, 4},
    // Parts of the day.
    {"morning", Wc::PartOfDay, 1}, {"afternoon", Wc::PartOfDay, 2}, {"evening", Wc::PartOfDay, 3},
    {"night", Wc::PartOfDay, 4}, {"noon", Wc::PartOfDay, 5}, {"midday", Wc::PartOfDay, 5},
    {"midnight", Wc::PartOfDay, 6}, {"overnight", Wc::PartOfDay, 4},
    // Deictic words.
    {"now", Wc::Deictic, kNow}, {"today", Wc::Deictic, kToday}, {"yesterday", Wc::Deictic, kYesterday},
    {"tomorrow", Wc::Deictic, kTomorrow}, {"tonight", Wc::Deictic, kTonight}, {"currently", Wc::Deictic, kCurrently},
    {"recently", Wc::Deictic, kRecently}, {"future", Wc::Deictic, kFuture}, {"soon", Wc::Deictic, kSoon},
    {"formerly", Wc::Deictic, kFormerly}, {"previously", Wc::Deictic, kFormerly},
    {"nowadays", Wc::Deictic, kNowadays}, {"meantime", Wc::Deictic, kMeantime},
    {"present", Wc::Deictic, kNowadays}, {"lately", Wc::Deictic, kRecently},
    // Relative determiners.
    {"last", Wc::Relative, kLast}, {"next", Wc::Relative, kNext}, {"this", Wc::Relative, kThis},
    {"past", Wc::Relative, kPast}, {"coming", Wc::Relative, kComing}, {"previous", Wc::Relative, kPrevious},
    {"following", Wc::Relative, kFollowing}, {"current", Wc::Relative, kCurrent}, {"recent", Wc::Relative, kRecent},
    {"same", Wc::Relative, kSame}, {"that", Wc::Relative, kThat}, {"latest", Wc::Relative, kLatest},
    {"prior", Wc::Relative, kPrior}, {"upcoming", Wc::Relative, kUpcoming},
    // Position inside a period.
    {"early", Wc::Modifier, kEarly}, {"late", Wc::Modifier, kLate}, {"mid", Wc::Modifier, kMid},
    {"beginning", Wc::Modifier, kBeginning}, {"end", Wc::Modifier, kEnd}, {"middle", Wc::Modifier, kMiddle},
    {"start", Wc::Modifier, kStart}, {"dawn", Wc::Modifier, kDawn}, {"close", Wc::Modifier, kClose},
    {"earlier", Wc::Shift, -2}, {"later", Wc::Shift, 2},
    // Approximation and bounds.
    {"about", Wc::Approx, kAbout}, {"around", Wc::Approx, kAbout}, {"approximately", Wc::Approx, kAbout},
    {"nearly", Wc::Approx, kNearly}, {"almost", Wc::Approx, kAlmost}, {"more", Wc::Approx, kMore},
    {"less", Wc::Approx, kLess}, {"over", Wc::Approx, kOver}, {"under", Wc::Approx, kUnder},
    {"roughly", Wc::Approx, kRoughly}, {"just", Wc::Approx, kJust}, {"only", Wc::Approx, kOnly},
    {"barely", Wc::Approx, kBarely}, {"fewer", Wc::Approx, kLess}, {"least", Wc::Approx, kAtLeast},
    {"up", Wc::Approx, kUpTo},
    // Shifts.
    {"ago", Wc::Shift, -1}, {"hence", Wc::Shift, 1},
    // Sets.
    {"daily", Wc::SetWord, kDay}, {"weekly", Wc::SetWord, kWeek}, {"monthly", Wc::SetWord, kMonth},
    {"annually", Wc::SetWord, kYear}, {"yearly", Wc::SetWord, kYear}, {"hourly", Wc::SetWord, kHour},
    {"quarterly", Wc::SetWord, kQuarter}, {"nightly", Wc::SetWord, kNight},
    {"every", Wc::SetWord, 0}, {"each", Wc::SetWord, 0}, {"per", Wc::SetWord, 0},
    // Holidays.
    {"christmas", Wc::Holiday, kChristmas}, {"xmas", Wc::Holiday, kChristmas}, {"thanksgiving", Wc::Holiday, kThanksgiving},
    {"easter", Wc::Holiday, kEaster}, {"halloween", Wc::Holiday, kHalloween},
    // Other.
    {"fiscal", Wc::Fiscal, 0},
    {"est", Wc::Zone, -5}, {"edt", Wc::Zone, -4}, {"cst", Wc::Zone, -6}, {"cdt", Wc::Zone, -5},
    {"mst", Wc::Zone, -7}, {"mdt", Wc::Zone, -6}, {"pst", Wc::Zone, -8}, {"pdt", Wc::Zone, -7},
    {"gmt", Wc::Zone, 0}, {"utc", Wc::Zone, 0}, {"bst", Wc::Zone, 1}, {"cet", Wc::Zone, 1}, {"cest", Wc::Zone, 2},
    {"jst", Wc::Zone, 9}, {"kst", Wc::Zone, 9}, {"msk", Wc::Zone, 3},
    {"am", Wc::Meridiem, 0}, {"pm", Wc::Meridiem, 12},
    {"the", Wc::Article, 0}, {"a", Wc::Article, 1}, {"an", Wc::Article, 1},
    // Tense cues: the nearest one to a relative date decides its direction.
    // val 2 marks a reporting verb: "said" dates the saying, rarely the clause it introduces.
    {"will", Wc::Tense, 1}, {"shall", Wc::Tense, 1}, {"ll", Wc::Tense, 1}, {"would", Wc::Tense, 1},
    // val 3: a modal of certainty, not of time ("could", "might"): no direction of its own.
    {"could", Wc::Tense, 3}, {"might", Wc::Tense, 3}, {"should", Wc::Tense, 3}, {"must", Wc::Tense, 3},
    {"can", Wc::Tense, 3}, {"cannot", Wc::Tense, 3},
    {"is", Wc::Tense, 0}, {"are", Wc::Tense, 0}, {"says", Wc::Tense, 0},
    {"was", Wc::Tense, -1}, {"were", Wc::Tense, -1}, {"had", Wc::Tense, -1}, {"did", Wc::Tense, -1},
    {"said", Wc::Tense, -2}, {"told", Wc::Tense, -2}, {"met", Wc::Tense, -1}, {"took", Wc::Tense, -1},
    {"came", Wc::Tense, -1}, {"went", Wc::Tense, -1}, {"gave", Wc::Tense, -1}, {"made", Wc::Tense, -1},
    {"held", Wc::Tense, -1}, {"began", Wc::Tense, -1}, {"left", Wc::Tense, -1}, {"fell", Wc::Tense, -1},
    {"rose", Wc::Tense, -1}, {"sent", Wc::Tense, -1}, {"saw", Wc::Tense, -1}, {"found", Wc::Tense, -1},
    {"got", Wc::Tense, -1}, {"paid", Wc::Tense, -1}, {"won", Wc::Tense, -1}, {"lost", Wc::Tense, -1},
    {"spoke", Wc::Tense, -1}, {"wrote", Wc::Tense, -1}, {"broke", Wc::Tense, -1}, {"struck", Wc::Tense, -1},
    {"brought", Wc::Tense, -1}, {"bought", Wc::Tense, -1}, {"sold", Wc::Tense, -1}, {"led", Wc::Tense, -1},
    {"ran", Wc::Tense, -1}, {"became", Wc::Tense, -1}, {"knew", Wc::Tense, -1}, {"thought", Wc::Tense, -1},
    {"felt", Wc::Tense, -1}, {"kept", Wc::Tense, -1}, {"drew", Wc::Tense, -1}, {"flew", Wc::Tense, -1},
    {"grew", Wc::Tense, -1}, {"threw", Wc::Tense, -1},
    // More irregular past forms that are not also present-tense or common nouns.
    {"tore", Wc::Tense, -1}, {"fled", Wc::Tense, -1}, {"fought", Wc::Tense, -1}, {"caught", Wc::Tense, -1},
    {"sought", Wc::Tense, -1}, {"stood", Wc::Tense, -1}, {"sat", Wc::Tense, -1}, {"hid", Wc::Tense, -1},
    {"rode", Wc::Tense, -1}, {"drove", Wc::Tense, -1}, {"chose", Wc::Tense, -1}, {"stole", Wc::Tense, -1},
    {"shook", Wc::Tense, -1}, {"spent", Wc::Tense, -1}, {"heard", Wc::Tense, -1}, {"built", Wc::Tense, -1},
    {"slept", Wc::Tense, -1}, {"withdrew", Wc::Tense, -1}, {"blew", Wc::Tense, -1}, {"ate", Wc::Tense, -1},
    {"sank", Wc::Tense, -1}, {"swore", Wc::Tense, -1}, {"arose", Wc::Tense, -1}, {"forgot", Wc::Tense, -1},
    {"taught", Wc::Tense, -1}, {"meant", Wc::Tense, -1}, {"understood", Wc::Tense, -1}, {"overthrew", Wc::Tense, -1},
    // Words that only start or join multi-word expressions ("New Year's Day", "once a week", "the end of").
    {"new", Wc::Filler, 0}, {"independence", Wc::Filler, 0}, {"labor", Wc::Filler, 0}, {"memorial", Wc::Filler, 0},
    {"once", Wc::Filler, 0}, {"twice", Wc::Filler, 0}, {"in", Wc::Filler, 0}, {"no", Wc::Filler, 0},
    {"at", Wc::Filler, 0}, {"final", Wc::Filler, 0},
    // Plain words that start an expression ("another two weeks", "a further three months", "an additional
    // year", "an extra day", "Election Day"): class None for the rules, kStartsExpression for the scanner.
    {"another", Wc::None, kStartsExpression}, {"further", Wc::None, kStartsExpression},
    {"additional", Wc::None, kStartsExpression}, {"extra", Wc::None, kStartsExpression},
    {"election", Wc::None, kStartsExpression},
    // Words that may follow "the" inside an expression ("the full year", "the comparable period", "the near
    // future"): classed so the tagger's fast path does not skip the article before them.
    {"full", Wc::Filler, 0}, {"comparable", Wc::Filler, 0}, {"corresponding", Wc::Filler, 0}, {"near", Wc::Filler, 0},
    {"distant", Wc::Filler, 0}, {"foreseeable", Wc::Filler, 0}, {"immediate", Wc::Filler, 0},
    {"short", Wc::Filler, 0}, {"long", Wc::Filler, 0}, {"these", Wc::Filler, 0},
    // Decades in words ("the nineties"): val is the decade's tens digit.
    {"twenties", Wc::Filler, 2}, {"thirties", Wc::Filler, 3}, {"forties", Wc::Filler, 4}, {"fifties", Wc::Filler, 5},
    {"sixties", Wc::Filler, 6}, {"seventies", Wc::Filler, 7}, {"eighties", Wc::Filler, 8}, {"nineties", Wc::Filler, 9},
};

// A word of up to 15 bytes as a lookup key: lower case, zero padded, in two little-endian 64-bit halves
// (the scanner builds it with two loads and a mask instead of a loop over the letters, and a key compare
// is two integer compares). Words with a zero byte or 16+ bytes are not keys: no time word is that long.
struct Key {
    uint64_t lo = 0, hi = 0;
    bool operator==(const Key& o) const { return lo == o.lo && hi == o.hi; }
};
constexpr size_t kMaxKeyLen = 15;
constexpr uint64_t kOnes = 0x0101010101010101ull;


Key KeyOf(std::string_view lower) {
    unsigned char b[16] = {};
    std::memcpy(b, lower.data(), lower.size());
    return {Load64(b), Load64(b + 8)};
}

// Multiplicative hashing of both halves; the top bits pick the slot.
inline uint32_t SlotOf(const Key& k, uint32_t bits) {
    const uint64_t h = (k.lo ^ (k.hi * 0x9E3779B97F4A7C15ull)) * 0xFF51AFD7ED558CCDull;
    return static_cast<uint32_t>(h >> (64 - bits));
}

// A timex may start at a word of this class (TagTimexes tries only such tokens): time words, articles and
// joining words, "another"…; not tense cues, time zones or "am"/"pm", which the rules read around a match.
constexpr bool StartsTimex(Wc wc, int16_t val) {
    return wc == Wc::None ? val == kStartsExpression : wc != Wc::Tense && wc != Wc::Zone && wc != Wc::Meridiem;
}

struct Slot {
    Key key;
    Wc wc = Wc::None;
    int16_t val = 0;
    uint8_t plural = 0;                 // kTxPlural or 0: or-ed into the token's flags
    uint8_t starts = 0;                 // 1 when StartsTimex
    uint32_t token_bits = 0;            // a letter token's bytes 8-11 with this word: kTxAlpha | plural, wc, val
};

struct Table {
    // Open addressing, a power of two well above the ~400 words (load < 0.1, so a miss — the common case,
    // most words are not time words — usually ends at the first empty slot). Entry indices in `slots` keep
    // the array small (8 KB) for the cache; the keys are in `words`, whose entry 0 stands for "not a time
    // word" (an empty slot points at it; its key, 0xFF bytes, is no word's).
    static constexpr uint32_t kBits = 12;
    static constexpr uint32_t kSlots = 1u << kBits;
    // A fixed array, not a vector: the scanner reads it at a constant address, with no pointer to reload.
    Slot words[std::size(kWords) + 1];
    uint16_t nwords = 0;
    uint16_t slots[kSlots] = {};
    bool spilled[kSlots] = {};          // a word whose home is this slot lies further on (the slot was taken)
    Table() {
        Slot none;
        none.key = {~uint64_t{0}, ~uint64_t{0}};
        none.token_bits = kTxAlpha;
        words[nwords++] = none;
        std::vector<Entry> entries(std::begin(kWords), std::end(kWords));
        // Stable: the first entry of a duplicated word wins ("first"…) — except "second", both an ordinal and
        // a unit, which is the unit (the patterns re-check "second" by text where the ordinal is meant).
        std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.word < b.word; });
        for (size_t e = 0; e < entries.size(); ++e) {
            if (e > 0 && entries[e].word == entries[e - 1].word) continue;
            Slot s;
            s.key = KeyOf(entries[e].word);
            s.wc = entries[e].wc, s.val = entries[e].val, s.plural = entries[e].plural ? kTxPlural : 0;
            if (entries[e].word == "second") s.wc = Wc::Unit, s.val = kSecond, s.plural = 0;
            s.starts = StartsTimex(s.wc, s.val) ? 1 : 0;
            s.token_bits = (kTxAlpha | s.plural) | static_cast<uint32_t>(s.wc) << 8 | static_cast<uint32_t>(static_cast<uint16_t>(s.val)) << 16;
            uint32_t slot = SlotOf(s.key, kBits);
            if (slots[slot] != 0) spilled[slot] = true;
            while (slots[slot] != 0) slot = (slot + 1) & (kSlots - 1);
            slots[slot] = nwords;
            words[nwords++] = s;
        }
    }
};

const Table& Words() {
    static const Table t;
    return t;
}

inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// The word's entry, or words[0] (class None) when it is not a time word. Whether a word is a time word is
// what the processor cannot predict, so that answer is computed, not branched on: the word in the key's home
// slot either is the key or, unless a word of that home had to move further on (rare), the key is absent.
inline const Slot& Probe(const Table& t, const Key& key) {
    uint32_t slot = SlotOf(key, Table::kBits);
    if (t.spilled[slot]) {
        for (;; slot = (slot + 1) & (Table::kSlots - 1)) {
            const uint16_t e = t.slots[slot];
            if (e == 0 || t.words[e].key == key) return t.words[e];
        }
    }
    const uint16_t e = t.slots[slot];
    const Slot& s = t.words[e];
    const bool hit = ((s.key.lo ^ key.lo) | (s.key.hi ^ key.hi)) == 0;   // words[0] never matches
    return t.words[e * hit];
}

// Bit 7 of each byte of v set where that byte is an ASCII letter (SWAR: eight bytes per step, no branch
// per letter). Bytes >= 0x80 are masked to 7 bits first so no sum carries into the next byte, and excluded.
inline uint64_t LetterBytes(uint64_t v) {
    const uint64_t x = (v | 0x20 * kOnes) & (0x7F * kOnes);        // ASCII upper → lower
    const uint64_t ge_a = x + (0x80 - 'a') * kOnes;                // bit 7: x >= 'a'
    const uint64_t gt_z = x + (0x80 - 'z' - 1) * kOnes;            // bit 7: x > 'z'
    return ge_a & ~gt_z & ~v & (0x80 * kOnes);
}

// The index of the first byte whose bit 7 is set in `stop` (only bit 7 of any byte may be set), 8 when none:
// a count-trailing-zeros instruction (wasm's i64.ctz too) and no branch. The top bit keeps the count's input
// from being zero (a compiler tests for zero with a branch otherwise, and whether a word has 8 letters or
// more is a coin toss the processor mispredicts); it lies above every other stop, and a zero input adds one.
inline size_t FirstStop(uint64_t stop) {
    return (static_cast<size_t>(std::countr_zero(stop | (uint64_t{1} << 63))) >> 3) + (stop == 0);
}

// Character classes for the scanner: one table look-up per byte instead of a chain of comparisons.
enum : uint8_t { kChOther, kChSpace, kChNewline, kChUpper, kChLower, kChDigit };
struct CharClasses {
    uint8_t c[256] = {};
    constexpr CharClasses() {
        c[static_cast<unsigned char>(' ')] = c[static_cast<unsigned char>('\t')] = c[static_cast<unsigned char>('\r')] = kChSpace;
        c[static_cast<unsigned char>('\n')] = kChNewline;
        for (int i = 'A'; i <= 'Z'; ++i) c[i] = kChUpper;
        for (int i = 'a'; i <= 'z'; ++i) c[i] = kChLower;
        for (int i = '0'; i <= '9'; ++i) c[i] = kChDigit;
    }
};
constexpr CharClasses kClass;

// kFirstBytes[n]: masks of the first n bytes (n <= 16) of two little-endian words.
struct ByteMasks {
    struct Pair { uint64_t lo, hi; };
    Pair m[17] = {};
    constexpr ByteMasks() {
        for (size_t n = 0; n <= 16; ++n) {
            m[n].lo = n >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * n)) - 1;
            m[n].hi = n >= 16 ? ~uint64_t{0} : n <= 8 ? 0 : (uint64_t{1} << (8 * (n - 8))) - 1;
        }
    }
    constexpr const Pair& operator[](size_t n) const { return m[n]; }
};
constexpr ByteMasks kFirstBytes;

inline bool IsLetter(unsigned char c) { return static_cast<uint8_t>(kClass.c[c] - kChUpper) <= kChLower - kChUpper; }

}  // namespace

bool LookUpWord(std::string_view word, Wc& wc, int16_t& val, bool& plural) {
    char buf[16];
    if (word.size() > kMaxKeyLen || word.find('\0') != std::string_view::npos) return false;
    for (size_t i = 0; i < word.size(); ++i) buf[i] = Lower(word[i]);
    const Table& t = Words();
    const Slot& s = Probe(t, KeyOf(std::string_view(buf, word.size())));
    if (&s == &t.words[0]) return false;
    wc = s.wc, val = s.val, plural = s.plural != 0;
    return true;
}

namespace {

// Room for twice as many tokens (stale entries are kept: the scan overwrites them); the starts list keeps the
// same size, a text having no more starts than tokens.
void Grow(TxTokens& out) {
    const size_t size = std::max<size_t>(256, 2 * out.storage.size());
    out.storage.resize(size);
    out.starts.resize(size);
}

}  // namespace

void ScanTokensScalar(std::string_view text, TxTokens& out) {
    const Table& table = Words();
    const size_t n = text.size();
    const unsigned char* bytes = reinterpret_cast<const unsigned char*>(text.data());
    // The loop's pointers and counts are locals, and each token is built in registers and stored once: its
    // byte-sized fields are char-typed stores, which the compiler must assume may change anything in memory
    // (a vector's end pointer, the buffer's size) and would reload after each one.
    // Pointers, not counts: fewer values live across the loop, which is short of registers.
    if (out.storage.empty()) Grow(out);
    TxToken* tokens = out.storage.data();
    TxToken* next = tokens;                                  // where the next token goes
    TxToken* room = tokens + out.storage.size();
    uint32_t* start = out.starts.data();                     // where the next start index goes
    size_t i = 0;
    uint16_t sentence = 0;
    // White space before the first token: each line break there counts as a blank line would.
    for (; i < n && (kClass.c[bytes[i]] == kChSpace || kClass.c[bytes[i]] == kChNewline); ++i)
        if (bytes[i] == '\n' && sentence < UINT16_MAX) ++sentence;
    // The white-space flags of the next token (one byte of state, not two: the loop is short of registers).
    // The first token has kTxSpaceBefore and never kTxNewlineBefore.
    uint8_t before = kTxSpaceBefore;
    while (i < n) {
        const unsigned char c = bytes[i];
        const uint8_t cls = kClass.c[c];
        if (cls == kChSpace || cls == kChNewline) {
            if (cls == kChNewline) {
                // A blank line or a line break after a title ends the sentence for tense purposes.
                if ((before & kTxNewlineBefore) && sentence < UINT16_MAX) ++sentence;
                before |= kTxNewlineBefore;
            }
            before |= kTxSpaceBefore;
            ++i;
            continue;
        }
        if (next == room) {   // rare: only while the buffer grows to the longest text's size
            const size_t ntokens = static_cast<size_t>(next - tokens), nstarts = static_cast<size_t>(start - out.starts.data());
            Grow(out);
            tokens = out.storage.data(), next = tokens + ntokens, room = tokens + out.storage.size();
            start = out.starts.data() + nstarts;
        }
        TxToken t;
        t.start = static_cast<uint32_t>(i);
        uint8_t starts_here;
        bool sentence_end = false;
        if (cls == kChUpper || cls == kChLower) {
            // The run of letters from the next 16 bytes (zero past the text's end), their lower-case key and
            // capitals by masks: no branch per letter, none on the word's case.
            uint64_t a, b;
            Load16Padded(bytes, i, n, a, b);
            const size_t la = FirstStop(~LetterBytes(a) & (0x80 * kOnes));
            size_t len = la + (la >> 3) * FirstStop(~LetterBytes(b) & (0x80 * kOnes));   // b only when a is all letters
            const uint64_t mask_lo = kFirstBytes[len].lo, mask_hi = kFirstBytes[len].hi;
            // Upper-case letters have bit 5 clear.
            bool all_caps = (((a & mask_lo) | (b & mask_hi)) & (0x20 * kOnes)) == 0;
            if (len == 16) {   // a long word (or letters without spaces): byte by byte
                while (i + len < n && IsLetter(bytes[i + len])) all_caps &= kClass.c[bytes[i + len]] == kChUpper, ++len;
            }
            const bool upper = cls == kChUpper;
            const Slot& s = len <= kMaxKeyLen ? Probe(table, {(a | 0x20 * kOnes) & mask_lo, (b | 0x20 * kOnes) & mask_hi})
                                              : table.words[0];
            t.end = static_cast<uint32_t>(i + len);
            t.flags = static_cast<uint8_t>(kTxAlpha | upper * kTxCap | (upper & (len >= 2) & all_caps) * kTxAllCaps | s.plural);
            t.wc = s.wc, t.val = s.val;
            starts_here = s.starts;
            i += len;
        } else if (cls == kChDigit) {
            size_t j = i;
            int v = 0;
            while (j < n && kClass.c[bytes[j]] == kChDigit) {
                v = v < 100000 ? v * 10 + (bytes[j] - '0') : v;
                ++j;
            }
            t.end = static_cast<uint32_t>(j);
            t.flags = kTxDigit;
            t.ndigits = static_cast<uint8_t>(std::min<size_t>(j - i, 255));
            t.val = static_cast<int16_t>(v > 9999 ? -1 : v);
            starts_here = 1;
            i = j;
        } else {
            // One punctuation character; a UTF-8 sequence stays whole. Only an apostrophe ('87, ’87) may
            // start a timex.
            size_t j = i + 1;
            if (c >= 0x80)
                while (j < n && (bytes[j] & 0xC0) == 0x80) ++j;
            t.end = static_cast<uint32_t>(j);
            t.flags = kTxPunct;
            starts_here = c == '\'' || c == 0xE2;
            i = j;
            // Sentence ends: . ! ? followed by space (not after a one-letter or known abbreviation — the
            // tense cue is only a heuristic, so a rare wrong split costs little). Counted from the next token.
            if ((c == '.' || c == '!' || c == '?') && i < n && (bytes[i] == ' ' || bytes[i] == '\n')) {
                // A month or weekday is abbreviated only when short ("Feb.", "Sept.", "Thurs."): "in February."
                // and "on Friday." end their sentence (full May, June and July have no abbreviation in news style).
                bool abbrev = false;
                if (next != tokens) {
                    const TxToken& w = next[-1];
                    const size_t wlen = w.end - w.start;
                    abbrev = w.Is(kTxAlpha) && (wlen <= 2 || (w.wc == Wc::Month && wlen <= 4 && w.val != 5 && w.val != 6 && w.val != 7) ||
                                                (w.wc == Wc::Weekday && wlen <= 5));
                }
                sentence_end = !abbrev && sentence < UINT16_MAX;
            }
        }
        t.flags |= before;
        t.sentence = sentence;
        *start = static_cast<uint32_t>(next - tokens);   // written for every token, kept only for starting ones
        start += starts_here;
        *next++ = t;
        sentence += sentence_end;
        // The single space or line break after most tokens (hard-wrapped copy breaks a line every dozen
        // words), taken here without a branch, as the loop's top would take it: the next turn then nearly
        // always starts a token, which the processor predicts.
        const unsigned char after = i < n ? bytes[i] : 0;
        const bool line_break = after == '\n';
        const bool gap = (after == ' ') | line_break;
        i += gap;
        before = static_cast<uint8_t>(gap * kTxSpaceBefore | line_break * kTxNewlineBefore);
    }
    out.count = static_cast<size_t>(next - tokens);
    out.nstarts = static_cast<size_t>(start - out.starts.data());
}

#if defined(__SSE2__)

namespace {

// The byte maps of the SSE2 scanner, one bit per byte of the text (bit k of word w is byte 64w + k), with
// three words of padding after the text, whose bytes count as white space.
struct ByteMaps {
    const uint64_t* start;              // a token starts here: a letter or digit run's first byte, any other
                                        // byte except a UTF-8 continuation byte after a byte >= 0x80
    const uint64_t* stop;               // start | white space: the byte after a token's last
    const uint64_t* newline;            // '\n'
    size_t tokens = 0;                  // start bits set: the number of tokens
};

// The bits set in x, in plain arithmetic (a count instruction is a library call on baseline x86-64).
inline uint64_t CountBits(uint64_t x) {
    x -= (x >> 1) & 0x5555555555555555ull;
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return (x * kOnes) >> 56;
}

// The 64 (at least 57) bits of `map` from byte position p on: one unaligned load, any p inside the maps.
inline uint64_t BitsAt(const uint64_t* map, size_t p) {
    return Load64(reinterpret_cast<const unsigned char*>(map) + (p >> 3)) >> (p & 7);
}

// Classifies the text 64 bytes at a time into the three maps (kept in out.bits, reused between texts).
ByteMaps BuildByteMaps(std::string_view text, std::vector<uint64_t>& bits) {
    const size_t n = text.size();
    const size_t words = n / 64 + 3;
    if (bits.size() < 3 * words) bits.resize(3 * words);
    uint64_t* start = bits.data();
    uint64_t* stop = start + words;
    uint64_t* newline = stop + words;
    const __m128i case_bit = _mm_set1_epi8(0x20), letter_shift = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
    const __m128i letter_limit = _mm_set1_epi8(static_cast<char>(-128 + 26));
    const __m128i digit_shift = _mm_set1_epi8(static_cast<char>(0x80 - '0')), digit_limit = _mm_set1_epi8(static_cast<char>(-128 + 10));
    const __m128i space = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t'), cr = _mm_set1_epi8('\r'), nl = _mm_set1_epi8('\n');
    const __m128i top2 = _mm_set1_epi8(static_cast<char>(0xC0)), cont = _mm_set1_epi8(static_cast<char>(0x80));
    uint64_t carry_letter = 0, carry_digit = 0, carry_high = 0;   // bit 0: the previous block's last byte
    size_t count = 0;
    for (size_t w = 0; w < words; ++w) {
        const size_t at = 64 * w;
        alignas(16) unsigned char tail[64];
        const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data()) + at;
        uint64_t valid = ~uint64_t{0};
        if (at + 64 > n) {   // the last block (and the padding): zeros past the text, marked white below
            std::memset(tail, 0, sizeof tail);
            if (at < n) std::memcpy(tail, p, n - at);
            p = tail;
            valid = at >= n ? 0 : (uint64_t{1} << (n - at)) - 1;
        }
        uint64_t letter = 0, digit = 0, white = 0, lf = 0, high = 0, follow = 0;
        for (int q = 0; q < 4; ++q) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * q));
            const __m128i lower = _mm_or_si128(v, case_bit);
            const __m128i is_nl = _mm_cmpeq_epi8(v, nl);
            const auto mask = [](__m128i m) { return static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(m))); };
            const int shift = 16 * q;
            letter |= mask(_mm_cmplt_epi8(_mm_add_epi8(lower, letter_shift), letter_limit)) << shift;
            digit |= mask(_mm_cmplt_epi8(_mm_add_epi8(v, digit_shift), digit_limit)) << shift;
            white |= mask(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, space), _mm_cmpeq_epi8(v, tab)),
                                       _mm_or_si128(_mm_cmpeq_epi8(v, cr), is_nl))) << shift;
            lf |= mask(is_nl) << shift;
            high |= mask(v) << shift;
            follow |= mask(_mm_cmpeq_epi8(_mm_and_si128(v, top2), cont)) << shift;
        }
        const uint64_t other = ~(letter | digit | white);
        const uint64_t starts = (letter & ~((letter << 1) | carry_letter)) | (digit & ~((digit << 1) | carry_digit)) |
                                (other & ~(follow & ((high << 1) | carry_high)));
        carry_letter = letter >> 63, carry_digit = digit >> 63, carry_high = high >> 63;
        start[w] = starts & valid;
        count += CountBits(starts & valid);
        stop[w] = (starts | white) | ~valid;
        newline[w] = lf & valid;
    }
    return {start, stop, newline, count};
}

// The SSE2 scanner stores a token as two little-endian words: start | end << 32, then flags | wc << 8 |
// val << 16 | sentence << 32 | ndigits << 48.
static_assert(sizeof(TxToken) == 16 && offsetof(TxToken, end) == 4 && offsetof(TxToken, flags) == 8 &&
              offsetof(TxToken, wc) == 9 && offsetof(TxToken, val) == 10 && offsetof(TxToken, sentence) == 12 &&
              offsetof(TxToken, ndigits) == 14);

// Line breaks in a long gap of white space, bytes [from, to).
size_t NewlinesIn(const uint64_t* newline, size_t from, size_t to) {
    size_t count = 0;
    for (; to - from > 56; from += 56) count += static_cast<size_t>(std::popcount(BitsAt(newline, from) & ((uint64_t{1} << 56) - 1)));
    return count + static_cast<size_t>(std::popcount(BitsAt(newline, from) & ((uint64_t{1} << (to - from)) - 1)));
}

}  // namespace

// The scanner where SSE2 exists (every x86-64): the text is classified 64 bytes at a time into maps of token
// starts, token stops and line breaks, and the loop visits the tokens by their start bits — a token's end,
// the white space before it and its line breaks are bit counts, not a byte loop or per-byte tests. Same
// tokens, flags, classes, sentences and starts as ScanTokensScalar (tests compare both with a reference).
void ScanTokens(std::string_view text, TxTokens& out) {
    const Table& table = Words();
    const size_t n = text.size();
    const unsigned char* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const ByteMaps maps = BuildByteMaps(text, out.bits);
    // The maps count the tokens: room for all of them up front, no test per token.
    if (out.storage.size() < maps.tokens) {
        out.storage.resize(std::max<size_t>(maps.tokens, 2 * out.storage.size()));
        out.starts.resize(out.storage.size());
    }
    TxToken* const tokens = out.storage.data();
    TxToken* next = tokens;
    uint32_t* start = out.starts.data();
    // White space before the first token: each line break there counts as a blank line would. The count
    // saturates at UINT16_MAX when stored (it only grows, so clamping each step would give the same).
    uint32_t sentence = 0;
    size_t prev_end = 0;
    while (prev_end < n && (kClass.c[bytes[prev_end]] == kChSpace || kClass.c[bytes[prev_end]] == kChNewline))
        sentence += bytes[prev_end++] == '\n';
    // The sentence as stored in a token's second word, recomputed only when the sentence changes.
    const auto sentence_bits = [](uint32_t k) { return static_cast<uint64_t>(std::min<uint32_t>(k, UINT16_MAX)) << 32; };
    uint64_t sentence_word = sentence_bits(sentence);
    const size_t nwords = (n + 63) / 64;
    for (size_t w = prev_end / 64; w < nwords; ++w) {
        for (uint64_t m = maps.start[w]; m; m &= m - 1) {
            const size_t i = 64 * w + static_cast<size_t>(std::countr_zero(m));
            // The white space since the last token: a line break after another one (a blank line, or a line
            // break after a title) ends the sentence for tense purposes. Most gaps hold one space or one line
            // break, so the breaks are counted only past the first (a count instruction is a library call on
            // baseline x86-64).
            const size_t gap = i - prev_end;
            uint64_t breaks;   // a bit per line break (short gaps), or non-zero when there is one
            if (gap <= 56) {
                breaks = BitsAt(maps.newline, prev_end) & ((uint64_t{1} << gap) - 1);
                if (const uint64_t more = breaks & (breaks - 1)) {
                    sentence += static_cast<uint32_t>(std::popcount(more));
                    sentence_word = sentence_bits(sentence);
                }
            } else {
                const size_t count = NewlinesIn(maps.newline, prev_end, i);
                breaks = count;
                sentence += static_cast<uint32_t>(count - (count != 0));
                sentence_word = sentence_bits(sentence);
            }
            // The token ends at the next stop bit (a token of 57+ bytes looks further).
            size_t end = i + 1;
            uint64_t stops;
            while ((stops = BitsAt(maps.stop, end)) == 0) end += 56;
            end += static_cast<size_t>(std::countr_zero(stops));
            const unsigned char c = bytes[i];
            const uint8_t cls = kClass.c[c];
            // The token's second half (flags, class, value, sentence, digits) built in one register and stored
            // with the first in two writes; the first token's kTxSpaceBefore is set after the loop.
            uint64_t hi = static_cast<uint64_t>((gap != 0) * kTxSpaceBefore | (breaks != 0) * kTxNewlineBefore) | sentence_word;
            uint8_t starts_here;
            if (cls == kChUpper || cls == kChLower) {
                const size_t len = end - i;
                const bool upper = cls == kChUpper;
                bool all_caps;
                const Slot* s = &table.words[0];
                if (len <= kMaxKeyLen) {
                    uint64_t a, b;
                    Load16Padded(bytes, i, n, a, b);
                    const uint64_t mask_lo = kFirstBytes[len].lo, mask_hi = kFirstBytes[len].hi;
                    all_caps = (((a & mask_lo) | (b & mask_hi)) & (0x20 * kOnes)) == 0;   // upper case: bit 5 clear
                    s = &Probe(table, {(a | 0x20 * kOnes) & mask_lo, (b | 0x20 * kOnes) & mask_hi});
                } else {   // no time word is this long
                    all_caps = true;
                    for (size_t k = i; k < end; ++k) all_caps &= kClass.c[bytes[k]] == kChUpper;
                }
                hi |= s->token_bits | static_cast<uint32_t>(upper * kTxCap | (upper & (len >= 2) & all_caps) * kTxAllCaps);
                starts_here = s->starts;
            } else if (cls == kChDigit) {
                int v = 0;
                for (size_t j = i; j < end; ++j) v = v < 100000 ? v * 10 + (bytes[j] - '0') : v;
                hi |= kTxDigit | static_cast<uint64_t>(static_cast<uint16_t>(v > 9999 ? -1 : v)) << 16 |
                      static_cast<uint64_t>(std::min<size_t>(end - i, 255)) << 48;
                starts_here = 1;
            } else {
                // One punctuation character; a UTF-8 sequence stays whole (the maps joined it). Only an
                // apostrophe ('87, ’87) may start a timex. Sentence ends as in ScanTokensScalar.
                hi |= kTxPunct;
                starts_here = c == '\'' || c == 0xE2;
                if ((c == '.' || c == '!' || c == '?') && end < n && (bytes[end] == ' ' || bytes[end] == '\n')) {
                    bool abbrev = false;
                    if (next != tokens) {
                        const TxToken& wt = next[-1];
                        const size_t wlen = wt.end - wt.start;
                        abbrev = wt.Is(kTxAlpha) && (wlen <= 2 || (wt.wc == Wc::Month && wlen <= 4 && wt.val != 5 && wt.val != 6 && wt.val != 7) ||
                                                     (wt.wc == Wc::Weekday && wlen <= 5));
                    }
                    if (!abbrev) sentence_word = sentence_bits(++sentence);
                }
            }
            const uint64_t lo = i | static_cast<uint64_t>(end) << 32;
            std::memcpy(reinterpret_cast<unsigned char*>(next), &lo, 8);
            std::memcpy(reinterpret_cast<unsigned char*>(next) + 8, &hi, 8);
            *start = static_cast<uint32_t>(next - tokens);   // written for every token, kept only for starting ones
            start += starts_here;
            ++next;
            prev_end = end;
        }
    }
    if (next != tokens) tokens[0].flags |= kTxSpaceBefore;   // the first token: kTxSpaceBefore, never kTxNewlineBefore
    out.count = static_cast<size_t>(next - tokens);
    out.nstarts = static_cast<size_t>(start - out.starts.data());
}

#else

void ScanTokens(std::string_view text, TxTokens& out) { ScanTokensScalar(text, out); }

#endif

}  // namespace core::timex
