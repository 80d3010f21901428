// Calendar-date rules of the matcher: month/day/year in words and digits, ISO and numeric dates, years
// and decades, fiscal quarters and halves, centuries, holidays and clock times.
#include "timex_match.hpp"

namespace core::timex {

namespace {

// Words after which a capitalised "May" or "March" is the month, not the verb or the noun.
bool MonthCue(std::string_view w) {
    static const std::string_view kCues[] = {"in", "since", "until", "till", "early", "late", "mid", "of", "last",
                                             "next", "this", "by", "from", "through", "during", "before", "after",
                                             "end", "beginning", "and", "to", "or", "between", "each", "every"};
    for (std::string_view c : kCues)
        if (w.size() == c.size() && std::equal(w.begin(), w.end(), c.begin(), [](char a, char b) { return (a | 32) == b; }))
            return true;
    return false;
}

int TwoDigitYear(int yy, Day dct) {
    // Pivot: a two-digit year is the one closest before the DCT's year + 10 (news rarely looks further ahead).
    const int ref = dct == kNoDay ? 2000 : CivilFromDay(dct).year;
    int y = (ref / 100) * 100 + yy;
    if (y > ref + 10) y -= 100;
    return y;
}

}  // namespace

// After "May the 22nd": a word that opens the next phrase ("… and came back", "… at noon"), so the day ends its own.
bool Matcher::EndsPhrase(size_t k) const {
    static constexpr std::string_view kWords[] = {"and", "or", "but", "to", "in", "at", "on", "when", "after", "before",
                                                  "for", "with", "by", "until", "as", "because", "if"};
    if (!Has(k) || !T(k).Is(kTxAlpha) || T(k).Is(kTxCap)) return false;
    for (std::string_view w : kWords)
        if (Is(k, w)) return true;
    return false;
}

// A month word that stands for a month here: full names when capitalised; abbreviations with their
// period or a following day; "May"/"March" only next to a date number or after a cue word.
// "Sept", "Oct": an abbreviation that may carry a period ("May", "June", "July" are full names).
static bool MonthAbbrev(const TxToken& t) {
    const size_t len = t.end - t.start;
    return t.wc == Wc::Month && len <= 4 && !(t.val == 5) && !(len == 4 && (t.val == 6 || t.val == 7));
}

static bool MonthWordOk(std::string_view text, const TxTokens& tok, size_t k) {
    const TxToken& t = tok[k];
    if (t.wc != Wc::Month || !t.Is(kTxCap)) return false;
    const size_t len = t.end - t.start;
    const bool next_digit = k + 1 < tok.size() && (tok[k + 1].Is(kTxDigit) ||
                            (k + 2 < tok.size() && tok[k + 1].Is(kTxPunct) && tok[k + 2].Is(kTxDigit) &&
                             (text[tok[k + 1].start] == '.' || text[tok[k + 1].start] == ',')));
    const bool cue = k > 0 && tok[k - 1].Is(kTxAlpha) && MonthCue(text.substr(tok[k - 1].start, tok[k - 1].end - tok[k - 1].start));
    // "March eighth", "May twenty-first": a spelled-out day after the month (the rest is checked by DayOfMonth).
    const bool next_ordinal = k + 1 < tok.size() && !tok[k + 1].Is(kTxCap) &&
                              ((tok[k + 1].wc == Wc::Ordinal && tok[k + 1].val >= 1) || TokIs(text, tok[k + 1], "second") ||
                               TokIs(text, tok[k + 1], "twenty") || TokIs(text, tok[k + 1], "thirty"));
    const bool hyphen_mid = k > 1 && tok[k - 1].Is(kTxPunct) && text[tok[k - 1].start] == '-' &&
                            TokIs(text, tok[k - 2], "mid");
    // "the March accession", "the March figures": after "the" and before a lower-case noun, March is the month
    // (the noun "march" is lower case; "the March on Rome", "the March of Dimes" are names). Not "May":
    // "the May government" names a person.
    const bool the_noun = t.val == 3 && k > 0 && TokIs(text, tok[k - 1], "the") && k + 1 < tok.size() &&
                          tok[k + 1].Is(kTxAlpha) && !tok[k + 1].Is(kTxCap) && tok[k + 1].wc == Wc::None &&
                          tok[k + 1].val != kStartsExpression && !MonthCue(text.substr(tok[k + 1].start, tok[k + 1].end - tok[k + 1].start)) &&
                          !TokIs(text, tok[k + 1], "on") && !TokIs(text, tok[k + 1], "for") && !TokIs(text, tok[k + 1], "against");
    if (t.val == 5 || (t.val == 3 && len == 5)) return next_digit || cue || hyphen_mid || next_ordinal || the_noun;
    if (len <= 4 && !(t.val == 6 && len == 4) && !(t.val == 7 && len == 4)) {
        // Abbreviation: needs its period or a day number.
        const bool dot = k + 1 < tok.size() && tok[k + 1].Is(kTxPunct) && text[tok[k + 1].start] == '.' &&
                         !tok[k + 1].Is(kTxSpaceBefore);
        return dot || next_digit;
    }
    return true;
}

size_t Matcher::Year(size_t k, int& y) const {
    if (!Has(k)) return 0;
    const TxToken& t = T(k);
    if (t.Is(kTxDigit) && t.ndigits == 4 && t.val >= 1000 && t.val <= 2999) {
        // Not part of a larger number ("1,990", "1990.5") and not money or a percentage.
        if (IsPunct(k + 1, ',') && Attached(k + 1) && Has(k + 2) && T(k + 2).Is(kTxDigit) && Attached(k + 2)) return 0;
        if (IsPunct(k + 1, '.') && Attached(k + 1) && Has(k + 2) && T(k + 2).Is(kTxDigit) && Attached(k + 2)) return 0;
        if (k > 0 && (IsPunct(k - 1, '$') || ((IsPunct(k - 1, ',') || IsPunct(k - 1, '.')) && Attached(k) && k > 1 && T(k - 2).Is(kTxDigit))))
            return 0;
        if (IsPunct(k + 1, '%')) return 0;
        y = t.val;
        return k + 1;
    }
    // Spelled out, as in broadcast transcripts: "nineteen ninety-six", "nineteen eighty".
    if ((Is(k, "nineteen") || Is(k, "eighteen")) && IsC(k + 1, Wc::Number) && T(k + 1).val >= 20 && T(k + 1).val <= 90 &&
        T(k + 1).val % 10 == 0) {
        int yy = (Is(k, "nineteen") ? 1900 : 1800) + T(k + 1).val;
        size_t e = k + 2;
        if (IsPunct(e, '-') && Attached(e) && IsC(e + 1, Wc::Number) && T(e + 1).val >= 1 && T(e + 1).val <= 9) yy += T(e + 1).val, e += 2;
        if (IsC(e, Wc::Unit)) return 0;   // "nineteen ninety-six years" would be a count
        y = yy;
        return e;
    }
    // '87 / ’87
    if (t.Is(kTxPunct) && (text_[t.start] == '\'' || text_.substr(t.start, 3) == "\xE2\x80\x99") && Has(k + 1) &&
        T(k + 1).Is(kTxDigit) && T(k + 1).ndigits == 2 && Attached(k + 1) && !(Has(k + 2) && Is(k + 2, "s") && Attached(k + 2))) {
        y = TwoDigitYear(T(k + 1).val, dct_);
        return k + 2;
    }
    return 0;
}

size_t Matcher::DayOfMonth(size_t k, int& d, bool words) const {
    // Lower case, or capitalised as a sentence's first word ("Twenty-second of May is …").
    if (words && Has(k) && (!T(k).Is(kTxCap) || k == 0 || T(k - 1).sentence != T(k).sentence)) {
        // Spelled out, as broadcast transcripts write it: "March eighth", "the twenty-first of May".
        size_t j = k;
        int tens = 0;
        if ((Is(j, "twenty") || Is(j, "thirty")) && IsPunct(j + 1, '-') && Attached(j + 1) && Attached(j + 2))
            tens = Is(j, "twenty") ? 20 : 30, j += 2;
        // "second" is filed as the unit; as a day it is the ordinal 2.
        const int ord = IsC(j, Wc::Ordinal) ? T(j).val : Is(j, "second") ? 2 : 0;
        if (ord >= 1 && ord <= 31 && (!tens || ord <= 9) && tens + ord <= 31 &&
            !(IsPunct(j + 1, '-') && Attached(j + 1)) && !IsC(j + 1, Wc::Unit) && !Is(j + 1, "half") &&
            !Is(j + 1, "quarter")) {
            d = tens + ord;
            return j + 1;
        }
    }
    if (!Has(k) || !T(k).Is(kTxDigit) || T(k).ndigits > 2 || T(k).val < 1 || T(k).val > 31) return 0;
    d = T(k).val;
    size_t e = k + 1;
    if (IsC(e, Wc::Ordinal) && T(e).val == 0 && Attached(e)) ++e;   // 19th
    // Not a number with decimals or a time ("19.5", "10:30").
    if ((IsPunct(e, '.') || IsPunct(e, ':')) && Attached(e) && Has(e + 1) && T(e + 1).Is(kTxDigit) && Attached(e + 1)) return 0;
    return e;
}

bool Matcher::MonthDate(size_t i, Match& m) {
    size_t k = i;
    // Optional weekday in front: "Monday, Oct. 23".
    if (IsC(k, Wc::Weekday) && T(k).Is(kTxCap) && !T(k).Is(kTxPlural)) {
        size_t j = SkipComma(SkipDot(k + 1));
        if (Has(j) && (T(j).wc == Wc::Month || T(j).Is(kTxDigit))) k = j;
        else return false;
    }
    int month = 0, day = 0, year = kUnknownYear;
    size_t e = 0;
    // "May the twenty-second", "May the 22nd.": the article before the day, only where the day ends the phrase
    // ("May the first prize go to him", "In March the 22nd unit was formed" are no dates).
    // An abbreviation keeps its period before the article: "Sept. the 22nd" (a capital "The" opens a sentence).
    size_t the_day = 0;
    const size_t the = IsC(k, Wc::Month) && MonthAbbrev(T(k)) ? SkipDot(k + 1) : k + 1;
    if (IsC(k, Wc::Month) && T(k).Is(kTxCap) && Is(the, "the") && !T(the).Is(kTxCap) && Has(the + 1) &&
        (!T(the + 1).Is(kTxDigit) || IsC(the + 2, Wc::Ordinal)))
        if (size_t d = DayOfMonth(the + 1, day, true); d && (!Has(d) || (T(d).Is(kTxPunct) && !IsPunct(d, '-')) || EndsPhrase(d)))
            the_day = d;
    if (!the_day) day = 0;
    if (IsC(k, Wc::Month) && (the_day || MonthWordOk(text_, tok_, k))) {
        month = T(k).val;
        size_t j = MonthAbbrev(T(k)) ? SkipDot(k + 1) : k + 1;
        if (size_t d = the_day ? the_day : DayOfMonth(j, day, true)) {
            e = d;
            size_t y = SkipComma(e);
            int yy;
            if (size_t ye = Year(y, yy)) year = yy, e = ye;
        } else {
            day = 0;
            size_t y = SkipComma(j);
            if (Is(y, "of") && Year(y + 1, year)) y = y + 1;
            int yy;
            if (size_t ye = Year(y, yy)) year = yy, e = ye;
            else e = j > k + 1 && !(Has(j) && T(j).Is(kTxAlpha) && T(j).Is(kTxCap)) ? j : k + 1;   // keep "Sept." whole
            // "June of this year", "June of last year", "June next year".
            size_t r = Is(e, "of") ? e + 1 : e;
            if (year == kUnknownYear && IsC(r, Wc::Relative) && Is(r + 1, "year") && dct_ != kNoDay) {
                const int rel = T(r).val, base = CivilFromDay(dct_).year;
                if (rel == kThis || rel == kCurrent) year = base, e = r + 2;
                else if (rel == kLast || rel == kPast || rel == kPrevious) year = base - 1, e = r + 2;
                else if (rel == kNext || rel == kComing) year = base + 1, e = r + 2;
            }
        }
    } else if (size_t d = DayOfMonth(k, day, true)) {
        size_t j = Is(d, "of") ? d + 1 : d;
        if (!T(k).Is(kTxDigit) && j == d) return false;   // a spelled-out day needs its "of": "the eighth of March"
        // "the 22nd of this month", "the first of next month": a day of the DCT's month or the one beside it
        // (a spelled day only after "the": "a second of this month's budget" is no date).
        if (j > d && IsC(j, Wc::Relative) && Is(j + 1, "month") && (T(k).Is(kTxDigit) || (k > 0 && Is(k - 1, "the")))) {
            const int rel = T(j).val;
            const int shift = rel == kThis || rel == kCurrent ? 0 : rel == kLast || rel == kPast || rel == kPrevious ? -1
                              : rel == kNext || rel == kComing ? 1 : 2;
            if (shift == 2 || dct_ == kNoDay) return false;
            const Point mo = Shift(Dct(Granularity::Month), shift);
            m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(j + 2);
            m.type = TimexType::Date;
            if (!IsValidCivil(mo.year, mo.month, day)) { m.drop = true; return true; }
            m.point = mo;
            m.point.g = Granularity::Day, m.point.day = day;
            m.anchors = true;
            return true;
        }
        if (!IsC(j, Wc::Month) || !T(j).Is(kTxCap) || (T(j).val == 5 && T(j).end - T(j).start == 3 && false)) return false;
        month = T(j).val;
        e = MonthAbbrev(T(j)) ? SkipDot(j + 1) : j + 1;
        size_t y = SkipComma(e);
        int yy;
        if (size_t ye = Year(y, yy)) year = yy, e = ye;
    } else {
        return false;
    }
    if (e == 0 || month == 0) return false;
    m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e);
    m.type = TimexType::Date;
    Point p;
    p.g = day ? Granularity::Day : Granularity::Month;
    p.month = month, p.day = day;
    if (day && !IsValidCivil(year == kUnknownYear ? 2000 : year, month, day)) {   // 2000 is leap: Feb 29 may exist
        m.drop = true;
        return true;
    }
    if (year != kUnknownYear) {
        p.year = year;
        m.anchors = true;
    } else {
        p.year = YearFor(p, i);
        if (day && p.year != kUnknownYear && !IsValidCivil(p.year, month, day)) { m.drop = true; return true; }
    }
    m.point = p;
    return true;
}

// The second day of a list or range written once with its month: "April 24 and 25", "May 5 or 6",
// "June 24 through 26", "April 8-16" (TimeML marks each day; the month and year are the first day's).
// Only after a day written without a year ("April 15, 1992 and 50 mln dlrs" is an amount), only a later
// day ("March 31 to 3.576 billion" falls), and not before a quantity word.
bool Matcher::CoordinatedDay(size_t i, Match& m) {
    if (!listable_day_ || i != last_end_ + 1 || i < 2) return false;
    const size_t c = i - 1;
    const bool hyphen = IsPunct(c, '-') && Attached(c) && Attached(i);
    if (!hyphen && !Is(c, "and") && !Is(c, "or") && !Is(c, "to") && !Is(c, "through") && !Is(c, "until")) return false;
    int d;
    size_t e = DayOfMonth(i, d);
    if (!e || d <= last_.day) return false;
    if (Has(e) && (T(e).Is(kTxDigit) || IsC(e, Wc::Unit) || IsC(e, Wc::Month) || IsPunct(e, '%') ||
                   (IsPunct(e, '-') && Attached(e)) || Is(e, "mln") || Is(e, "million") || Is(e, "billion") ||
                   Is(e, "bln") || Is(e, "pct") || Is(e, "percent") || Is(e, "per") || Is(e, "dlrs") ||
                   Is(e, "dollars") || Is(e, "cents") || Is(e, "shares") || Is(e, "tonnes") || Is(e, "tons") ||
                   Is(e, "barrels") || Is(e, "points") || Is(e, "people") || Is(e, "others")))
        return false;
    Point p = last_;
    p.day = d;
    int y;
    if (size_t ye = Year(SkipComma(e), y)) p.year = y, e = ye;   // "Dec 23 and 31, 1986"
    if (!IsValidCivil(p.year == kUnknownYear ? 2000 : p.year, p.month, d)) return false;
    m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e);
    m.type = TimexType::Date;
    m.point = p;
    m.no_anchor = true;   // "a year before" after "February 21 through 28" still compares with the first day
    return true;
}

bool Matcher::NumericDate(size_t i, Match& m) {
    if (!T(i).Is(kTxDigit) || (i > 0 && Attached(i) && (T(i - 1).Is(kTxDigit) || IsPunct(i - 1, '/') || IsPunct(i - 1, '.') ||
                                                         IsPunct(i - 1, '-'))))
        return false;
    auto digit = [&](size_t k, int lo, int hi) { return Has(k) && T(k).Is(kTxDigit) && Attached(k) && T(k).ndigits >= lo && T(k).ndigits <= hi; };
    int y = 0, mo = 0, d = 0;
    size_t e = 0;
    bool ok_shape = false;
    const char sep = Has(i + 1) && T(i + 1).Is(kTxPunct) && Attached(i + 1) ? text_[T(i + 1).start] : 0;
    // ISO week dates: 2020-W53, 2020-W53-4. A week the year does not have (2021-W53, any W54) is
    // consumed and dropped, like February 30.
    if (T(i).ndigits == 4 && sep == '-' && Has(i + 2) && Attached(i + 2) && (Is(i + 2, "w")) && digit(i + 3, 2, 2)) {
        const int iso_year = T(i).val, week = T(i + 3).val;
        size_t end = i + 4;
        int wd = 0;
        if (IsPunct(end, '-') && Attached(end) && digit(end + 1, 1, 1)) wd = T(end + 1).val, end += 2;
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(end);
        if (week < 1 || week > IsoWeeksInYear(iso_year) || (wd != 0 && (wd < 1 || wd > 7))) { m.drop = true; return true; }
        Point p;
        if (wd) {
            p = FromDay(DayFromIsoWeek(iso_year, week, wd), Granularity::Day);
        } else {
            p.g = Granularity::Week, p.year = iso_year, p.week = week;
        }
        m.point = p;
        m.anchors = true;
        return true;
    }
    if (T(i).ndigits == 4 && (sep == '-' || sep == '/') && digit(i + 2, 1, 2) && IsPunct(i + 3, sep) && Attached(i + 3) && digit(i + 4, 1, 2)) {
        y = T(i).val, mo = T(i + 2).val, d = T(i + 4).val, e = i + 5, ok_shape = true;    // ISO / y-m-d
    } else if (T(i).ndigits <= 2 && (sep == '/' || sep == '.') && digit(i + 2, 1, 2) && IsPunct(i + 3, sep) && Attached(i + 3) &&
               Has(i + 4) && digit(i + 4, 2, 4) && T(i + 4).ndigits != 3) {
        const int a = T(i).val, b = T(i + 2).val;
        y = T(i + 4).ndigits == 2 ? TwoDigitYear(T(i + 4).val, dct_) : T(i + 4).val;
        bool day_first = sep == '.' || opt_.day_first;
        if (!day_first && a > 12 && b <= 12) day_first = true;
        if (day_first && b > 12 && a <= 12 && sep == '/') day_first = false;
        mo = day_first ? b : a, d = day_first ? a : b;
        e = i + 5, ok_shape = true;
    }
    if (!ok_shape) return false;
    // Not the head of a longer number chain (a version "1.2.3.4", a phone number).
    if (Has(e) && Attached(e) && (IsPunct(e, sep) || T(e).Is(kTxDigit)) && Has(e + 1) && T(e + 1).Is(kTxDigit)) return false;
    m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e);
    if (!IsValidCivil(y, mo, d)) { m.drop = true; return true; }
    Point p;
    p.g = Granularity::Day, p.year = y, p.month = mo, p.day = d;
    // ISO date-time: 2024-06-19T15:30[:00][Z|±hh:mm]
    if (sep == '-' && Has(e) && Attached(e) && T(e).Is(kTxAlpha) && (text_[T(e).start] == 'T' || text_[T(e).start] == 't')) {
        // The scanner glues "T15" only when a letter run is followed by digits: handle "T" + digits.
        if (T(e).end - T(e).start == 1 && digit(e + 1, 2, 2) && IsPunct(e + 2, ':') && digit(e + 3, 2, 2)) {
            p.g = Granularity::Time, p.hour = T(e + 1).val, p.minute = T(e + 3).val;
            e += 4;
            if (IsPunct(e, ':') && digit(e + 1, 2, 2)) e += 2;
            if (Has(e) && Attached(e) && (Is(e, "z"))) ++e;
            else if ((IsPunct(e, '+') || IsPunct(e, '-')) && Attached(e) && digit(e + 1, 2, 2)) {
                e += 2;
                if (IsPunct(e, ':') && digit(e + 1, 2, 2)) e += 2;
            }
            if (p.hour > 23 || p.minute > 59) { m.drop = true; return true; }
            m.type = TimexType::Time;
            m.last = static_cast<uint32_t>(e);
        }
    }
    m.point = p;
    m.anchors = true;
    return true;
}

// The year a decade named without its century starts ("the '90s", "the nineties"; tens = 0, 10 … 90): the DCT's
// own decade, else the coming decade when it begins within three years ("the '90s" written in 1989) unless the
// clause is in the past tense, else the last one ("the '20s" written in 1989 or the '90s in 2024); a future
// cue ("will", "by") reaches up to 30 years ahead ("by the '50s" written in 2024). News names past decades far
// more often than coming ones, hence the narrow reach. Without a DCT: the 1900s (2000 for "the '00s").
// i: the expression's first token; the tense is read before "the mid-" as well ("by the mid-'90s").
int Matcher::DecadeNear(int tens, size_t i) const {
    if (dct_ == kNoDay) return tens == 0 ? 2000 : 1900 + tens;
    const int ref = CivilFromDay(dct_).year;
    const int current = ref - ((ref % 10) + 10) % 10;
    int past = (ref / 100) * 100 + tens;
    if (past > current) past -= 100;
    if (past == current) return current;
    const int next = past + 100;
    size_t h = i;   // back over "the mid-" to the expression's head, where the tense cues sit
    while (h > 0 && (IsC(h - 1, Wc::Modifier) || IsPunct(h - 1, '-') || Is(h - 1, "the")) && h + 4 > i) --h;
    const TenseCue cue = TenseOf(h);
    const bool ahead = cue.dir > 0 || (cue.dir == 0 && cue.leaning_ahead);
    if (ahead && next - ref <= 30) return next;
    // The coming decade with no cue only when it is about to begin ("the '90s" written in 1989): "Music of the
    // '30s" written in 2024 means the 1930s, though the 2030s are nearer.
    if (cue.dir >= 0 && next == current + 10 && next - ref <= 3) return next;
    return past;
}

bool Matcher::YearOrDecade(size_t i, Match& m) {
    size_t k = i;
    const bool the = Is(k, "the");
    if (the) ++k;
    const bool fiscal = IsC(k, Wc::Fiscal);
    if (fiscal) ++k;
    int y;
    size_t e = Year(k, y);
    // After "early", "mid-", "late" the article stands before the modifier ("the late '70s").
    const bool decade_cue = the || (k > 0 && IsC(k - 1, Wc::Modifier)) || (k > 1 && IsPunct(k - 1, '-') && IsC(k - 2, Wc::Modifier));
    if (!e && decade_cue && Has(k + 2) && T(k).Is(kTxPunct) && (text_[T(k).start] == '\'' || text_.substr(T(k).start, 3) == "\xE2\x80\x99") &&
        T(k + 1).Is(kTxDigit) && T(k + 1).ndigits == 2 && T(k + 1).val % 10 == 0 && Attached(k + 1) && Is(k + 2, "s") && Attached(k + 2)) {
        // "the '60s": the decade of that name nearest the DCT (see DecadeNear).
        y = DecadeNear(T(k + 1).val, i);
        e = k + 2;
    }
    // "the nineties": likewise.
    if (!e && the && IsC(k, Wc::Filler) && T(k).val >= 2 && T(k).val <= 9) {   // only the decade words have a value
        const int decade = DecadeNear(T(k).val * 10, i);
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(k + 1);
        m.point.g = Granularity::Decade, m.point.year = decade;
        return true;
    }
    // Decades: "1960s", "the '60s", "the 1960's". A year not ending in 0 is a possessive ("1984's 3.6 billion",
    // "fiscal 1986's third quarter"): the year, without the "'s".
    size_t s = e;
    if (s && IsPunct(s, '\'') && Attached(s)) ++s;
    if (s && Is(s, "s") && Attached(s) && y % 10 == 0) {
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(s + 1);
        Point p;
        p.g = y % 100 == 0 && T(k).ndigits == 4 && false ? Granularity::Century : Granularity::Decade;
        p.year = y - y % 10;
        m.point = p;
        return true;
    }
    if (!e || the) return false;
    if (IsC(e, Wc::Zone) && T(e).Is(kTxAllCaps)) return false;   // "1900 EDT", "0735 GMT": a 24-hour clock time
    // A bare year: 1900–2100 anywhere; earlier years only after a cue ("in 1848", "since 1066").
    if (!fiscal && (y < 1900 || y > 2100)) {
        if (i == 0 || !T(i - 1).Is(kTxAlpha) || !MonthCue(text_.substr(T(i - 1).start, T(i - 1).end - T(i - 1).start))) return false;
    }
    // A count of time units is a length or an age, not a year: "2000 years old", "1500 years".
    if (!fiscal && IsC(e, Wc::Unit) && T(e).Is(kTxPlural)) return false;
    // A count, not a year: "2000 soldiers" (a plural noun right after), "about 1990".
    // Short function words ending in s ("in 1987 as compared", "its", "thus") are not plural nouns.
    if (!fiscal && Has(e) && T(e).Is(kTxAlpha) && !T(e).Is(kTxCap) && T(e).wc == Wc::None && text_[T(e).end - 1] == 's' &&
        T(e).end - T(e).start > 2 && !Is(e, "was") && !Is(e, "has") && !Is(e, "its") && !Is(e, "his") && !Is(e, "this") &&
        !Is(e, "thus") &&
        !Is(e, "plus") && !Is(e, "less") && !Is(e, "versus") && !Is(e, "unless") && !Is(e, "across") && !Is(e, "does"))
        return false;
    // "1986 year net" (the year); "1986 year-end assets", "1987 year end" (its end).
    if (Is(e, "year") && !T(e).Is(kTxCap)) {
        if (IsPunct(e + 1, '-') && Attached(e + 1) && Is(e + 2, "end") && !(IsPunct(e + 3, '-') && Attached(e + 3))) e += 3, m.mod = "END";
        else if (Is(e + 1, "end") && !(IsPunct(e + 2, '-') && Attached(e + 2))) e += 2, m.mod = "END";
        else if (!(IsPunct(e + 1, '-') && Attached(e + 1))) ++e;
    }
    m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e);
    Point p;
    p.g = Granularity::Year, p.year = y;
    m.point = p;
    m.anchors = true;
    return true;
}

bool Matcher::Quarter(size_t i, Match& m) {
    size_t k = i;
    // "year-end", "year end", "year's end": the end of the DCT's year (the last one after "since").
    if (Is(k, "year") && ((IsPunct(k + 1, '-') && Attached(k + 1) && Is(k + 2, "end")) || Is(k + 1, "end") ||
                          ((IsPunct(k + 1, '\'') || Is(k + 1, "\xE2\x80\x99")) && Is(k + 2, "s") && Is(k + 3, "end")))) {
        const size_t e = Is(k + 1, "end") ? k + 2 : Is(k + 2, "end") ? k + 3 : k + 4;
        if (IsPunct(e, '-') && Attached(e)) return false;   // "year-end-adjusted"
        Point p = Dct(Granularity::Year);
        if (LocalDirection(i) == -1) p = Shift(p, -1);
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e);
        m.point = p;
        m.mod = "END";
        m.no_anchor = true;
        return true;
    }
    const bool the = Is(k, "the");
    if (the) ++k;
    // "this year's third quarter", "last year's fourth quarter"
    int year = kUnknownYear;
    if (IsC(k, Wc::Relative) && Is(k + 1, "year") && (IsPunct(k + 2, '\'') || Is(k + 2, "\xE2\x80\x99")) && Is(k + 3, "s") && dct_ != kNoDay) {
        const int rel = T(k).val, base = CivilFromDay(dct_).year;
        year = rel == kLast || rel == kPast || rel == kPrevious ? base - 1 : rel == kNext ? base + 1 : base;
        k += 4;
    }
    // "1986's third quarter", "fiscal 1986's fourth quarter": a year's possessive names the quarter's year.
    if (!the && year == kUnknownYear) {
        const size_t f = IsC(k, Wc::Fiscal) ? k + 1 : k;
        int py;
        if (size_t ye = Year(f, py); ye && (IsPunct(ye, '\'') || Is(ye, "\xE2\x80\x99")) && Attached(ye) && Is(ye + 1, "s") &&
                                     Attached(ye + 1) && py % 10 != 0 && (IsC(ye + 2, Wc::Ordinal) || Is(ye + 2, "second")))
            year = py, k = ye + 2;
    }
    // Modifiers in any order: "the fiscal first quarter", "the 1988 third quarter", "the year-ago third
    // quarter", "the comparable year-earlier period", "the latest quarter".
    int ord = 0;
    bool year_earlier = false, fiscal = false;
    for (int guard = 0; guard < 4; ++guard) {
        int yy;
        if (IsC(k, Wc::Fiscal)) { ++k, fiscal = true; continue; }
        if (the && year == kUnknownYear && Year(k, yy) && Attached(k) == false && !IsPunct(k + 1, '-')) { year = yy, ++k; continue; }
        if (!year_earlier && Is(k, "year") && IsPunct(k + 1, '-') && (Is(k + 2, "earlier") || Is(k + 2, "ago"))) {
            year_earlier = true, k += 3;
            continue;
        }
        if (ord != 0 && ord != -20) break;
        if (IsC(k, Wc::Ordinal) && T(k).val >= 1 && T(k).val <= 4) ord = T(k).val, ++k;
        else if (Is(k, "second")) ord = 2, ++k;
        else if (Is(k, "last") || Is(k, "final")) ord = -1, ++k;          // "the last quarter" of a year: ambiguous, see below
        else if (Is(k, "latest") || Is(k, "current") || Is(k, "previous") || Is(k, "same") || Is(k, "recent"))
            ord = -static_cast<int>(T(k).val + 10), ++k;
        else if (ord == 0 && (Is(k, "comparable") || Is(k, "corresponding"))) ord = -20, ++k;
        else break;
        if (ord > 0 && IsPunct(k, '-') && Attached(k) && !Is(k + 1, "year")) ++k;
    }
    int yy0;
    const bool is_half = Is(k, "half");
    const bool is_quarter = Is(k, "quarter");
    const bool is_period = Is(k, "period");
    if (!is_half && !is_quarter && !is_period) {
        // "the year-earlier nine months": the span of months a year before, a length like "the nine months".
        int n = 0, unit = 0;
        if (year_earlier && the && ord == 0 && year == kUnknownYear) {
            if (size_t de = DurationCore(k, n, unit); de && unit == kMonth && n >= 2 && n <= 11 && T(de - 1).Is(kTxPlural)) {
                m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(de);
                m.type = TimexType::Duration;
                m.value = DurationValue(n, kMonth);
                return true;
            }
        }
        // Bare "year-earlier" / "year-ago" before another noun ("year-earlier profit").
        if (year_earlier && !the && ord == 0) {
            m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(k);
            m.point = quarter_.Known() ? ShiftBy(quarter_, kYear, -1) : Shift(Dct(Granularity::Year), -1);
            return true;
        }
        return false;
    }
    if (is_half && ord == -1 && Is(k + 1, "of") && Year(k + 2, yy0)) ord = 2;   // "the last half of 1989"
    if (is_half && ord != 1 && ord != 2) return false;
    if (is_period && !(year_earlier || year != kUnknownYear || (ord < -1 && quarter_.Known()))) return false;
    // "For the nine months, X earned $5. In the year-earlier period, …": the period is those months a year
    // before (a length like them), when they were named after the quarter and lately (a sentence or two).
    if (is_period && (year_earlier || ord == -20) && year == kUnknownYear && months_ > 0 &&
        (!quarter_.Known() || months_token_ > quarter_token_) && i < months_token_ + kPeriodReach) {
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(k + 1);
        m.type = TimexType::Duration;
        m.value = DurationValue(months_, kMonth);
        return true;
    }
    if (!the && ord <= 0 && !year_earlier) return false;   // "quarter" alone is not a date
    if (is_quarter && (Is(k + 1, "-") && Is(k + 2, "to"))) return false;   // "quarter-to-quarter"
    size_t e = k + 1;
    int yy;
    if (size_t fe = Is(e, "of") && IsC(e + 1, Wc::Fiscal) ? Year(e + 2, yy) : 0) year = yy, e = fe;
    else if (size_t oe = Is(e, "of") ? Year(e + 1, yy) : 0) year = yy, e = oe;
    else if (size_t ce = IsPunct(e, ',') ? Year(e + 1, yy) : 0) year = yy, e = ce;
    else if (size_t ye = Year(e, yy)) year = yy, e = ye;
    // "the corresponding period last year", "the quarter a year ago": the comparison belongs to the span.
    if (year == kUnknownYear && !year_earlier && Is(e, "last") && Is(e + 1, "year")) year_earlier = true, e += 2;
    else if (year == kUnknownYear && !year_earlier && Is(e, "a") && Is(e + 1, "year") && (Is(e + 2, "ago") || Is(e + 2, "earlier")))
        year_earlier = true, e += 3;
    m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e);
    // "the third-quarter results": the hyphenated modifier alone is the timex, "the" is the noun's.
    if (the && k >= 2 && IsPunct(k - 1, '-') && Attached(k - 1) && IsC(k - 2, Wc::Ordinal) && year == kUnknownYear && !year_earlier)
        m.first = static_cast<uint32_t>(i + 1);
    Point p;
    p.g = Granularity::Quarter;
    // The quarter the text is about: the last quarter mentioned, else the one before the DCT's.
    // Without a reported quarter, "the quarter" is the last one that ended, or, looking ahead ("expects to
    // report a gain in the quarter"), the current one.
    Point context = quarter_.Known() ? quarter_ : Tense(i) > 0 ? Dct(Granularity::Quarter) : Shift(Dct(Granularity::Quarter), -1);
    // "the quarter ended Sept. 30", "the period ending July 31", before any quarter was named: the three
    // months up to that day, as the calendar quarter that holds most of them (its middle month). Once the
    // text has named its quarter ("the fiscal first quarter"), "the quarter" is that one, numbered as the
    // company numbers it.
    const bool ends_on = Is(e, "ended") || Is(e, "ending");
    const bool starts_on = Is(e, "starting") || Is(e, "beginning");   // "the quarter starting April 1": its first day
    Match end_date;
    const bool ended = ord <= 0 && !is_half && !year_earlier && year == kUnknownYear && (ends_on || starts_on) &&
                       !quarter_.Known() && IsC(e + 1, Wc::Month) && MonthDate(e + 1, end_date) && !end_date.drop &&
                       end_date.point.g == Granularity::Day && end_date.point.Known();
    if (ended) {
        p = FromDay(FirstDay(end_date.point) + (starts_on ? 45 : -45), Granularity::Quarter);
    } else if (ord > 0) {
        if (is_half) p.half = ord; else p.quarter = ord;
        p.year = year;
        if (year == kUnknownYear) {
            p.year = YearFor(p, i);
        }
    } else if (ord == -1 && is_quarter) {
        p = year != kUnknownYear ? Point{} : context;
        if (year != kUnknownYear) p.g = Granularity::Quarter, p.year = year, p.quarter = 4;
    } else if (ord == -(kCurrent + 10)) {
        p = Dct(Granularity::Quarter);

    } else if (ord == -(kPrevious + 10)) {
        p = Shift(context, -1);
    } else {
        p = context;
        if (year != kUnknownYear) p.year = year;
    }
    if (year_earlier) p = ShiftBy(p, kYear, -1);
    if (p.half) p.quarter = 0;
    m.point = p;
    // An ordinal quarter is what the text reports on: "the quarter", "a year earlier" follow it.
    // A quarter with an older year ("the third quarter of 1988") is a comparison, not the report's own.
    const Point dct_quarter = Dct(Granularity::Quarter);
    const bool recent = !p.Known() || !dct_quarter.Known() ||
                        (p.year * 4 + p.quarter > dct_quarter.year * 4 + dct_quarter.quarter - 4);
    // A quarter that has not ended yet is an outlook ("will result in a fourth-quarter charge" in
    // November), not the period reported on — unless the text says it is fiscal, when it ended, or reports
    // it in the past tense (fiscal quarters run ahead of the calendar: "reported fourth-quarter earnings").
    const bool outlook = p.Known() && dct_quarter.Known() && p.year * 4 + p.quarter >= dct_quarter.year * 4 + dct_quarter.quarter &&
                         !fiscal && !ends_on && Tense(i) >= 0;
    m.quarter_anchor = (ord > 0 || ended) && !is_half && !year_earlier && recent && !outlook;
    m.anchors = year != kUnknownYear;
    return true;
}

bool Matcher::Century(size_t i, Match& m) {
    size_t k = i;
    const bool the = Is(k, "the");
    if (the) ++k;
    int n = 0;
    if (IsC(k, Wc::Ordinal) && T(k).val > 0) n = T(k).val, ++k;
    else if (Is(k, "twenty") && IsPunct(k + 1, '-') && (Is(k + 2, "first") || Is(k + 2, "second")))   // "second" is a unit word
        n = Is(k + 2, "first") ? 21 : 22, k += 3;
    else if (Has(k) && T(k).Is(kTxDigit) && T(k).ndigits <= 2 && IsC(k + 1, Wc::Ordinal) && T(k + 1).val == 0 && Attached(k + 1))
        n = T(k).val, k += 2;
    else if (IsC(k, Wc::Relative) && (T(k).val == kThis || T(k).val == kLast || T(k).val == kNext || T(k).val == kPast || T(k).val == kCurrent) &&
             Is(k + 1, "century")) {
        Point p = Dct(Granularity::Century);
        if (T(k).val == kLast || T(k).val == kPast) p = Shift(p, -1);
        if (T(k).val == kNext) p = Shift(p, 1);
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(k + 2);
        m.point = p;
        return true;
    }
    if (!n) return false;
    if (IsPunct(k, '-') && Attached(k)) ++k;
    if (!Is(k, "century")) return false;
    m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(k + 1);
    Point p;
    p.g = Granularity::Century, p.year = (n - 1) * 100;
    m.point = p;
    return true;
}

// The US holidays fixed by weekday rules that the resolver's table leaves out: Memorial Day (the last
// Monday of May) and Election Day (the Tuesday after the first Monday of November).
static Day UsHolidayDay(int h, int year) {
    if (h == kMemorial) {
        const Day last = DayFromCivil(year, 5, 31);
        return last - (Weekday(last) - 1 + 7) % 7;
    }
    if (h == kElection) {
        const Day first = DayFromCivil(year, 11, 1);
        return first + (1 - Weekday(first) + 7) % 7 + 1;
    }
    return HolidayDay(h, year);
}

bool Matcher::Holiday(size_t i, Match& m) {
    size_t k = i;
    int rel = 0;
    if (IsC(k, Wc::Relative) && (T(k).val == kLast || T(k).val == kNext || T(k).val == kThis)) rel = T(k).val, ++k;
    int h = 0;
    size_t e = 0;
    if (IsC(k, Wc::Holiday) && T(k).Is(kTxCap)) {
        h = T(k).val, e = k + 1;
        if (h == kChristmas && Is(e, "eve")) h = kChristmasEve, ++e;
        else if (Is(e, "day") || (h == kEaster && Is(e, "sunday"))) ++e;
    } else if (Is(k, "new") && Is(k + 1, "year") && (IsPunct(k + 2, '\'') || Is(k + 2, "\xE2\x80\x99")) && Is(k + 3, "s") &&
               (Is(k + 4, "day") || Is(k + 4, "eve"))) {
        h = Is(k + 4, "eve") ? kNewYearsEve : kNewYear, e = k + 5;
    } else if ((Is(k, "independence") || Is(k, "labor") || Is(k, "memorial") || Is(k, "election")) && T(k).Is(kTxCap) &&
               Is(k + 1, "day") && (!Is(k, "election") || T(k + 1).Is(kTxCap))) {
        // "Election Day" only capitalised as a name (the US one); "election day" is any country's.
        h = Is(k, "independence") ? kIndependence : Is(k, "labor") ? kLabor : Is(k, "memorial") ? kMemorial : kElection;
        e = k + 2;
    } else {
        return false;
    }
    // "Easter week", "Christmas week": the ISO week holding the holiday (a DATE of week granularity).
    const bool week = dct_ != kNoDay && Is(e, "week") && !T(e).Is(kTxCap) && !(IsPunct(e + 1, '-') && Attached(e + 1)) && !Is(e + 1, "of");
    if (week) ++e;
    int year = kUnknownYear;
    int yy;
    if (size_t ye = Year(SkipComma(e), yy)) year = yy, e = ye;
    m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e);
    Point p;
    if (year == kUnknownYear && dct_ != kNoDay) {
        const int base = CivilFromDay(dct_).year;
        const int dir = rel == kLast ? -1 : rel == kNext ? 1 : rel == kThis ? 0 : Tense(i);
        Day best = UsHolidayDay(h, base);
        // The week the DCT is in is this one, whatever the tense ("as Easter week began").
        const bool same_week = week && best != kNoDay && (best - dct_ < 7 && dct_ - best < 7) &&
                               FormatValue(FromDay(best, Granularity::Week)) == FormatValue(FromDay(dct_, Granularity::Week));
        if (!same_week && dir < 0 && best > dct_) best = UsHolidayDay(h, base - 1);
        if (!same_week && dir > 0 && best < dct_) best = UsHolidayDay(h, base + 1);
        p = FromDay(best, week ? Granularity::Week : Granularity::Day);
    } else {
        p.g = Granularity::Day, p.year = year;
        if (year != kUnknownYear) p = FromDay(UsHolidayDay(h, year), week ? Granularity::Week : Granularity::Day);
    }
    m.point = p;
    return true;
}

// A part of the day standing alone: "in the morning", "during the afternoon", "by mid afternoon", "the late
// morning", "at mid-morning", "mid-afternoon yesterday" (TimeML: a TIME, the day's value with MO/AF/EV,
// early/late/mid as START/END/MID). Without a day word it is the day the narrative is at: a day named in
// the last few sentences, else the DCT. Only after a preposition of time, so a greeting ("good evening")
// and a kind of thing ("morning talk show", "evening newspapers") stay unmarked.
bool Matcher::DayPart(size_t i, Match& m) {
    auto position = [&](size_t k) -> const char* {
        if (!IsC(k, Wc::Modifier)) return nullptr;
        const int v = T(k).val;
        return v == kEarly ? "START" : v == kLate ? "END" : v == kMid ? "MID" : nullptr;
    };
    const bool the = Is(i, "the");
    size_t part = the ? i + 1 : i, start = i;
    const char* mod = "";
    if (the && position(part)) {
        mod = position(part);   // "the late morning"
        part = IsPunct(part + 1, '-') && Attached(part + 1) ? part + 2 : part + 1;
    } else if (!the) {
        // Reached from ModifiedRule ("late morning", "mid-afternoon"), which adds the mod: the expression
        // starts at the modifier.
        const size_t mk = i >= 2 && IsPunct(i - 1, '-') && Attached(i - 1) && Attached(i) ? i - 2 : i - 1;
        if (i > 0 && position(mk)) start = mk;
    }
    if (!IsC(part, Wc::PartOfDay) || T(part).val < 1 || T(part).val > 3 || T(part).Is(kTxCap)) return false;
    // A preposition of time before the whole expression.
    const size_t p = start;
    if (p == 0 || !(Is(p - 1, "in") || Is(p - 1, "during") || Is(p - 1, "by") || Is(p - 1, "until") || Is(p - 1, "at") ||
                    Is(p - 1, "since") || Is(p - 1, "from") || Is(p - 1, "through") || Is(p - 1, "throughout") ||
                    Is(p - 1, "till")))
        return false;
    if (Is(part + 1, "of")) return false;   // "the morning of June 5", "the evening of his arrival"
    if (Is(part + 1, "out") || Is(part + 1, "up")) return false;   // the verb: "aimed at evening out volatility"
    size_t e = part + 1;
    Point day = last_.Known() && last_.g == Granularity::Day && opt_.narrative_anchoring && i < last_token_ + 80
                    ? last_ : Dct(Granularity::Day);
    Match d;
    if (IsC(e, Wc::Deictic) && DeicticRule(e, d) && d.point.Known() && d.point.g == Granularity::Day) day = d.point, e = d.last;
    m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e);
    m.type = TimexType::Time;
    Point pt = day;
    pt.g = Granularity::Time, pt.part = T(part).val;
    m.point = pt;
    m.mod = mod;
    m.no_anchor = true;
    return true;
}

size_t Matcher::ClockTime(size_t k, int& hour, int& minute) const {
    if (!Has(k)) return 0;
    if (IsC(k, Wc::PartOfDay) && (T(k).val == 5 || T(k).val == 6)) {
        hour = T(k).val == 5 ? 12 : 24, minute = 0;
        return k + 1;
    }
    if (!T(k).Is(kTxDigit) || T(k).ndigits > 2 || T(k).val > 24) return 0;
    if (k > 0 && Attached(k) && (T(k - 1).Is(kTxDigit) || IsPunct(k - 1, '.') || IsPunct(k - 1, ':') || IsPunct(k - 1, '$'))) return 0;
    hour = T(k).val, minute = -1;
    size_t e = k + 1;
    if ((IsPunct(e, ':') || IsPunct(e, '.')) && Attached(e) && Has(e + 1) && T(e + 1).Is(kTxDigit) && T(e + 1).ndigits == 2 && Attached(e + 1)) {
        minute = T(e + 1).val;
        if (minute > 59) return 0;
        e += 2;
        if (IsPunct(e, ':') && Has(e + 1) && T(e + 1).Is(kTxDigit) && T(e + 1).ndigits == 2) e += 2;   // seconds
    }
    // a.m. / p.m. / am / pm
    bool pm = false, meridiem = false;
    if ((Is(e, "a") || Is(e, "p")) && IsPunct(e + 1, '.') && Is(e + 2, "m") && Attached(e + 1) && Attached(e + 2)) {
        pm = Is(e, "p"), meridiem = true;
        e += 3;
        if (IsPunct(e, '.') && Attached(e) && !(Has(e + 1) && T(e + 1).Is(kTxCap) && !IsC(e + 1, Wc::Zone) && !IsC(e + 1, Wc::Weekday) && false)) ++e;
    } else if (IsC(e, Wc::Meridiem)) {
        pm = T(e).val == 12, meridiem = true;
        ++e;
    }
    if (!meridiem && minute < 0) return 0;          // a bare number is not a time
    if (!meridiem && IsPunct(k + 1, '.')) return 0;  // "3.30" without am/pm is a decimal
    if (meridiem) {
        if (hour < 1 || hour > 12) return 0;
        if (pm && hour != 12) hour += 12;
        if (!pm && hour == 12) hour = 0;
    } else if (hour > 23) {
        return 0;
    }
    if (minute < 0) minute = 0;
    if (IsC(e, Wc::Zone) && T(e).Is(kTxAllCaps)) ++e;
    return e;
}

bool Matcher::TimeOfDay(size_t i, Match& m) {
    int hour, minute;
    size_t e = ClockTime(i, hour, minute);
    if (!e) return false;
    Point day = Dct(Granularity::Day);
    // A date right after the time belongs to it: "9 a.m. Tuesday", "10 p.m. yesterday".
    Match d;
    size_t j = Is(e, "on") ? e + 1 : e;
    const size_t c = SkipComma(e);
    // The weekday's tense is read from the clock time: "until 9 a.m. Tuesday" is a deadline.
    if (IsC(j, Wc::Weekday) && WeekdayAt(j, i, d) && d.point.g == Granularity::Day && j == e) day = d.point, e = d.last;
    else if (IsC(c, Wc::Month) && MonthDate(c, d) && !d.drop && d.point.g == Granularity::Day) day = d.point, e = d.last;   // "5 p.m. EST, Nov. 6"
    else if (IsC(j, Wc::Deictic) && j == e && DeicticRule(j, d) && d.point.Known()) day = d.point, e = d.last;
    else if (IsPunct(e, '(')) {
        // "10:35 a.m. (0735 GMT) Friday": the day after the bracketed conversion dates the time; the weekday
        // stays a timex of its own.
        size_t close = e + 1;
        while (close < e + 8 && Has(close) && !IsPunct(close, ')')) ++close;
        if (IsPunct(close, ')') && IsC(close + 1, Wc::Weekday) && WeekdayAt(close + 1, i, d) && d.point.g == Granularity::Day)
            day = d.point;
    }
    m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e);
    m.type = TimexType::Time;
    Point p = day;
    p.g = Granularity::Time, p.hour = hour == 24 ? 24 : hour, p.minute = minute, p.part = 0;
    if (hour == 24) p = Shift(p, 0), p.hour = 24;
    m.point = p;
    return true;
}

}  // namespace core::timex
