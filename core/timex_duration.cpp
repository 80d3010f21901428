// Length rules of the matcher: numbers and durations ("three years", "2 1/2 hours", "two to three weeks"),
// their shifts into dates ("two years ago", "a week later", "in five years"), and sets ("daily", "every
// Tuesday", "twice a year"). Points named relative to a date (weekdays, last/next/this, the next day) live
// in timex_relative.cpp.
#include <charconv>
#include <cstdio>

#include "timex_match.hpp"

namespace core::timex {

std::string DurationValue(int n, int unit) {
    // Decades and centuries are written in years (TimeBank practice: "four decades" → P40Y).
    int mult = 1;
    int u = unit;
    if (unit == kDecade) mult = 10, u = kYear;
    if (unit == kCentury) mult = 100, u = kYear;
    if (unit == kMillennium) mult = 1000, u = kYear;
    if (unit == kHalf) mult = 6, u = kMonth;
    if (unit == kNight) u = kDay;
    bool time_part;
    const char* letter = UnitLetter(u, time_part);
    // By hand, not snprintf: a printf call cost more than the rest of a duration's match.
    std::string out = time_part ? "PT" : "P";
    if (n < 0) {
        out += 'X';
    } else {
        char digits[16];
        out.append(digits, std::to_chars(digits, digits + sizeof digits, n * mult).ptr);
    }
    return out += letter;
}

size_t Matcher::Number(size_t k, int& n) const {
    if (!Has(k)) return 0;
    const TxToken& t = T(k);
    if (t.Is(kTxDigit)) {
        if (t.val < 0 || t.ndigits > 4) return 0;
        if ((IsPunct(k + 1, ',') || IsPunct(k + 1, '.')) && Attached(k + 1) && Has(k + 2) && T(k + 2).Is(kTxDigit) && Attached(k + 2)) return 0;
        if (k > 0 && Attached(k) && (IsPunct(k - 1, '.') || IsPunct(k - 1, ',') || IsPunct(k - 1, '$'))) return 0;
        n = t.val;
        return k + 1;
    }
    if (t.wc == Wc::Number) {
        n = t.val;
        size_t e = k + 1;
        // twenty-five, twenty five
        if (n >= 20 && n < 100 && n % 10 == 0) {
            size_t j = IsPunct(e, '-') && Attached(e) ? e + 1 : e;
            if (IsC(j, Wc::Number) && T(j).val > 0 && T(j).val < 10) n += T(j).val, e = j + 1;
        }
        if (Is(e, "hundred") ) n = (n > 0 ? n : 1) * 100, ++e;
        if (Is(k, "couple")) { n = 2; if (Is(e, "of")) ++e; }
        if (Is(k, "dozen")) { n = 12; if (Is(e, "of")) ++e; }
        return e;
    }
    if (t.wc == Wc::Article && t.val == 1) {   // "a", "an"
        if (Is(k + 1, "few") || Is(k + 1, "couple")) {
            n = Is(k + 1, "few") ? -1 : 2;
            size_t e = k + 2;
            if (Is(e, "of")) ++e;
            return e;
        }
        n = 1;
        return k + 1;
    }
    return 0;
}

std::string HalfDurationValue(int n, int unit) {
    // "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M: the half in the next smaller unit.
    char buf[40];
    switch (unit) {
        case kYear: std::snprintf(buf, sizeof buf, "P%dY6M", n); break;
        case kMonth: std::snprintf(buf, sizeof buf, "P%dM15D", n); break;
        case kDay: std::snprintf(buf, sizeof buf, "P%dDT12H", n); break;
        case kHour: std::snprintf(buf, sizeof buf, "PT%dH30M", n); break;
        case kMinute: std::snprintf(buf, sizeof buf, "PT%dM30S", n); break;
        default: return DurationValue(n, unit);
    }
    return buf;
}

// "twenty-second", "thirty-second" read as the ordinals 22nd and 32nd, not 20 and 30 seconds: k is the tens
// word, e the "second" after its hyphen. The ordinal wins as a day of a month ("the twenty-second of May",
// "May twenty-second") and after "the" ("on the twenty-second", "the twenty-second floor"): a length modifying
// a noun takes "a" (TimeML tags "a twenty-second delay" as PT20S, like "a 30-day period").
bool Matcher::SpelledOrdinalSecond(size_t k, size_t e) const {
    if (!Is(e, "second") || !(Is(k, "twenty") || Is(k, "thirty")) || e != k + 2) return false;
    if (Is(e + 1, "of") && IsC(e + 2, Wc::Month) && T(e + 2).Is(kTxCap)) return true;
    if (k == 0) return false;
    if (IsC(k - 1, Wc::Month) && T(k - 1).Is(kTxCap)) return true;
    return Is(k - 1, "the");
}

size_t Matcher::DurationCore(size_t k, int& n, int& unit, DurationForm* form) const {
    size_t e = Number(k, n);
    if (!e) return 0;
    // "1986 year net", "for 1985 year", "the same 1985 quarter", "1986 yr": a year named before a unit in the
    // singular (YearOrDecade), not 1986 years or 1985 quarters.
    if (T(k).Is(kTxDigit) && T(k).ndigits == 4 && IsC(e, Wc::Unit) && !T(e).Is(kTxPlural) && !T(e).Is(kTxCap) &&
        (Is(e, "year") || (T(k).val >= 1800 && T(k).val <= 2100)))
        return 0;
    const bool article = T(k).wc == Wc::Article;
    // "2 1/2 years": a whole number and a half.
    if (T(k).Is(kTxDigit) && Has(e + 2) && T(e).Is(kTxDigit) && T(e).val == 1 && IsPunct(e + 1, '/') && Attached(e + 1) &&
        T(e + 2).Is(kTxDigit) && T(e + 2).val == 2 && Attached(e + 2) && IsC(e + 3, Wc::Unit)) {
        if (!form) return 0;
        form->half = true;
        e += 3;
    }
    // "two to three weeks", "12 to 18 months", "one or two days": a range of the same unit.
    int hi;
    if ((Is(e, "to") || Is(e, "or")) && !article && Has(e + 1) && (T(e + 1).Is(kTxDigit) || IsC(e + 1, Wc::Number)) &&
        T(e + 1).wc != Wc::Article) {
        const size_t r = Number(e + 1, hi);
        if (r && IsC(r, Wc::Unit) && T(r).val != kHalf && hi > n) {
            if (!form) return 0;
            form->range = true;
            e = r;
        }
    }
    if (IsPunct(e, '-') && Attached(e) && IsC(e + 1, Wc::Unit) && Attached(e + 1)) {   // "16-hour", "two-year"
        ++e;
        if (SpelledOrdinalSecond(k, e)) return 0;
    }
    if (Is(e, "more") && IsC(e + 1, Wc::Unit)) ++e;                                      // "two more weeks"
    if (!IsC(e, Wc::Unit) || T(e).val == kHalf) return 0;
    // Not durations: an age ("6-year-old", "8-month-olds"), a fraction ("three-quarters of", "a quarter of
    // the market"), a comparison ("year-earlier", "year-ago": a date, see Quarter), "quarter-to-quarter".
    if (IsPunct(e + 1, '-') && Attached(e + 1) && (Is(e + 2, "old") || Is(e + 2, "olds") || Is(e + 2, "earlier") ||
                                                  Is(e + 2, "ago") || Is(e + 2, "to")))
        return 0;
    if (T(e).val == kQuarter && Is(e + 1, "of")) return 0;
    if (Is(e + 1, "old")) return 0;   // "52 years old": an age, like "6-year-old"
    // "a weeks" is not English; "one years" neither — but "1 years" happens, accept digits.
    if (article && n == 1 && T(e).Is(kTxPlural)) return 0;
    // "a second group", "a second betrayal": the ordinal before a noun, not one second. A lower-case word
    // that cannot continue a duration ("a second or two", "a second later") gives it away.
    if (article && T(e).val == kSecond && Has(e + 1) && T(e + 1).Is(kTxAlpha) && T(e + 1).wc == Wc::None &&
        !Is(e + 1, "and") && !Is(e + 1, "or") && !Is(e + 1, "of") && !Is(e + 1, "to") && !Is(e + 1, "for"))
        return 0;
    unit = T(e).val;
    return e + 1;
}

// A record or a first before token `in` in its sentence ("the highest in", "the first time in", "the worst
// drought in"): the length after it is a span back from now.
bool Matcher::RecordBefore(size_t in) const {
    for (size_t b = in; b > 0 && b + 9 > in + 1 && T(b - 1).sentence == T(in).sentence; --b) {
        const TxToken& w = T(b - 1);
        if (Is(b - 1, "first") || Is(b - 1, "time") || Is(b - 1, "worst") || Is(b - 1, "most") || Is(b - 1, "least") ||
            (w.Is(kTxAlpha) && !w.Is(kTxCap) && w.end - w.start >= 4 && text_.substr(w.end - 3, 3) == "est"))
            return true;
    }
    return false;
}

// A rate divides a quantity by a time unit, like a speed ("$2 million annually", "10,000 units annually");
// TIDES/TimeML leave rates unmarked, only frequencies of events are sets ("meets weekly"). A number alone
// does not make one: "daily" after it is an adjective ("four daily flights"), and neither does a noun after
// the frequency word ("a 9 pct yearly interest", SetRule asks BeforeNoun). A number that ends a date just
// emitted is no quantity.
bool Matcher::QuantityBefore(size_t k) const {
    if (k == 0 || k == last_end_ || T(k - 1).sentence != T(k).sentence) return false;
    auto number = [&](size_t j) { return T(j).Is(kTxDigit) || (IsC(j, Wc::Number) && T(j).val > 0); };
    auto amount = [&](size_t j) {   // ends a sum or a share: "$2 million", "5%", "12 percent"
        return IsPunct(j, '%') || Is(j, "percent") || Is(j, "pct") || Is(j, "million") || Is(j, "billion") ||
               Is(j, "thousand") || Is(j, "dlrs");
    };
    const size_t p = k - 1;
    if (amount(p)) return true;
    // A counted noun: "10,000 units", "nearly 700 seats" (not "three times", a frequency).
    const TxToken& w = T(p);
    return w.Is(kTxAlpha) && w.wc == Wc::None && !w.Is(kTxCap) && !Is(p, "times") && p > 0 && p != last_end_ &&
           (number(p - 1) || amount(p - 1));
}

// Token k could be the noun a frequency word modifies ("yearly interest", "the daily limit", "hourly
// workers"): a lower-case plain word that does not open the next phrase ("annually in cash", "daily to
// Japan", "yearly until 1990").
bool Matcher::BeforeNoun(size_t k) const {
    if (!Has(k) || !T(k).Is(kTxAlpha) || T(k).Is(kTxCap) || T(k).wc != Wc::None || EndsPhrase(k)) return false;
    static constexpr std::string_view kOpeners[] = {"from", "of", "over", "during", "through", "since", "thereafter",
                                                    "beginning", "starting", "while", "compared", "against", "versus"};
    for (std::string_view w : kOpeners)
        if (Is(k, w)) return false;
    return true;
}

// "weeks or months", "days and weeks": two vague lengths joined are one expression (its value is the first
// unit's). e: the token after the first unit; returns the new end.
size_t Matcher::VagueUnitPair(size_t e) const {
    if ((Is(e, "or") || Is(e, "and")) && IsC(e + 1, Wc::Unit) && T(e + 1).Is(kTxPlural) && T(e + 1).val != T(e - 1).val &&
        T(e + 1).val != kWeekend && T(e + 1).val != kNight)
        return e + 2;
    return e;
}

bool Matcher::Duration(size_t i, Match& m) {
    size_t k = i;
    const char* mod = "";
    // Bounds that belong to the span (TimeBank): more than, less than, at least, up to, nearly, almost, over.
    if ((Is(k, "more") || Is(k, "less") || Is(k, "fewer")) && Is(k + 1, "than")) mod = Is(k, "more") ? "MORE_THAN" : "LESS_THAN", k += 2;
    else if (Is(k, "at") && Is(k + 1, "least")) mod = "EQUAL_OR_MORE", k += 2;
    else if (Is(k, "up") && Is(k + 1, "to")) mod = "EQUAL_OR_LESS", k += 2;
    else if (Is(k, "no") && Is(k + 1, "more") && Is(k + 2, "than")) mod = "EQUAL_OR_LESS", k += 3;
    else if (Is(k, "nearly") || Is(k, "almost")) mod = "LESS_THAN", ++k;
    else if (Is(k, "over") && Has(k + 1) && (T(k + 1).Is(kTxDigit) || IsC(k + 1, Wc::Number) || (IsC(k + 1, Wc::Article) && T(k + 1).val == 1)))
        mod = "MORE_THAN", ++k;
    // "the past three years", "the next two weeks", "the first nine months", "the nine months"
    bool the = false, ordinal = false;
    int rel = 0;
    if (Is(k, "the")) {
        the = true;
        ++k;
        if (IsC(k, Wc::Relative) && (T(k).val == kPast || T(k).val == kLast || T(k).val == kNext || T(k).val == kComing ||
                                     T(k).val == kFollowing || T(k).val == kPrevious || T(k).val == kRecent))
            rel = T(k).val, ++k;
        else if (Is(k, "first") || Is(k, "final")) ++k, ordinal = true;
    } else if (IsC(k, Wc::Relative) && (T(k).val == kPast || T(k).val == kNext || T(k).val == kLast) && Has(k + 1) &&
               (T(k + 1).Is(kTxDigit) || IsC(k + 1, Wc::Number))) {
        rel = T(k).val, ++k;
    }
    int n = 0, unit = 0;
    DurationForm form;
    size_t e = DurationCore(k, n, unit, &form);
    // "a minute and a half", "two years and a half": the half in the next smaller unit, like "2 1/2 years"
    // (not before a shift: "a year and a half ago" is left to the whole-unit reading).
    // Before a shift only where the half can be placed: "a year and a half ago" is 18 months back (a month);
    // "an hour and a half later" keeps its length (a clock shift gives no date anyway); "a week and a half
    // ago" is left alone.
    if (e && n >= 1 && !form.range && !form.half && Is(e, "and") && IsC(e + 1, Wc::Article) && Is(e + 2, "half") &&
        (!(IsC(e + 3, Wc::Shift) || Is(e + 3, "before") || Is(e + 3, "after")) || unit == kYear || unit == kHour ||
         unit == kMinute || unit == kSecond))
        form.half = true, e += 3;
    const bool clock_half = form.half && (unit == kHour || unit == kMinute || unit == kSecond);
    if (!e) {
        // Vague plurals: "several years", "many months", "years" after "for"/"over".
        size_t j = k;
        if (IsC(j, Wc::Number) && T(j).val < 0) ++j;
        else if (Is(j, "some") && IsC(j + 1, Wc::Unit) && T(j + 1).Is(kTxPlural)) ++j;
        if (!IsC(j, Wc::Unit) || !T(j).Is(kTxPlural) || T(j).val == kWeekend || T(j).val == kNight) return false;
        // "the first hours of the war", "the final weeks of his life": the opening or closing stretch of
        // something, a vague length; bare "the hours" is not.
        // "the weeks ahead", "the months ahead": the stretch from now on, like "the coming weeks".
        const bool stretch = the && j == k && ((ordinal && Is(j + 1, "of")) || (!ordinal && Is(j + 1, "ahead")));
        // "for years", "over decades"; "in years" only after a record or a first ("the first time in years",
        // "the lowest in decades": a span back from now), elsewhere "in" + a bare plural is rarely a time.
        if (j == k && !stretch &&
            !(i > 0 && i == k && (Is(i - 1, "for") || Is(i - 1, "over") || Is(i - 1, "within") ||
                                  (Is(i - 1, "in") && RecordBefore(i - 1)) ||
                                  // the verb "last": "could last weeks", "to last years"
                                  (Is(i - 1, "last") && i >= 2 &&
                                   (Is(i - 2, "to") || (IsC(i - 2, Wc::Tense) && (T(i - 2).val == 1 || T(i - 2).val == 3)))))))
            return false;
        if (the && j == k && !stretch) return false;
        n = -1, unit = T(j).val, e = j + 1;
        if (stretch && Is(e, "ahead")) ++e;
        e = VagueUnitPair(e);
        if (IsPunct(e, '-') && Attached(e) && Is(e + 1, "long")) e += 2;   // "decades-long"
    }
    if (the && T(k).wc == Wc::Article) return false;   // "the a year"
    if (the && T(k).Is(kTxDigit) && T(k).ndigits == 4) return false;   // "the 1988 quarter" is a date (Quarter)
    m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e);
    // A hyphenated modifier ("the 30-day waiting period", "the two-week crisis"): "the" belongs to the noun
    // the duration modifies, not to the duration (TimeBank marks "30-day").
    if (the && !rel && k == i + 1 && e >= 2 && IsPunct(e - 2, '-') && Attached(e - 2)) m.first = static_cast<uint32_t>(i + 1);
    m.mod = mod;
    if (!*mod && i > 0 && (Is(i - 1, "about") || Is(i - 1, "around") || Is(i - 1, "approximately") || Is(i - 1, "roughly") ||
                           Is(i - 1, "some")))
        m.mod = "APPROX";
    // "a week or so (ago)", "the next two years or so": approximate, the words belong to the span.
    if (Is(e, "or") && Is(e + 1, "so")) {
        e += 2;
        m.last = static_cast<uint32_t>(e);
        if (!*mod) m.mod = "APPROX";
    }
    // Shifts: "two years ago", "a week later", "a year earlier", "three days from now".
    const bool ago = IsC(e, Wc::Shift) && T(e).val == -1;
    const bool later = (IsC(e, Wc::Shift) && (T(e).val == 2 || T(e).val == -2)) ||
                       ((Is(e, "before") || Is(e, "after")) && (!Has(e + 1) || T(e + 1).Is(kTxPunct)));
    const bool from_now = Is(e, "from") && Is(e + 1, "now");
    if (!the && !rel && !clock_half && (ago || later || from_now)) {
        m.last = static_cast<uint32_t>(from_now ? e + 2 : e + 1);
        if (unit == kHour || unit == kMinute || unit == kSecond) {
            m.type = TimexType::Date;
            m.value = ago ? "PAST_REF" : "FUTURE_REF";
            if (later && !ago) m.value = "FUTURE_REF";
            if (later && (T(e).val < 0 || Is(e, "before"))) m.value = "PAST_REF";
            return true;
        }
        if (n < 0) { m.value = ago || (later && (T(e).val < 0 || Is(e, "before"))) ? "PAST_REF" : "FUTURE_REF"; return true; }
        const int sign = ago || (later && (Is(e, "before") || T(e).val < 0)) ? -1 : 1;
        const Granularity ug = GranularityOfUnit(unit);
        Point p;
        if (form.half) {
            // "a year and a half ago": 18 months from the anchor, a month (the only half placed here).
            const Point base = ago || from_now || !last_.Known() || !opt_.narrative_anchoring ? Dct(Granularity::Day) : last_;
            p = Truncate(ShiftBy(Truncate(base, Granularity::Day), kMonth, sign * (12 * n + 6)), Granularity::Month);
            m.no_anchor = ago || from_now;
            m.type = TimexType::Date;
            m.point = p;
            return true;
        }
        if (ago || from_now) {
            // "a year ago" in a text about quarters is that quarter a year before.
            if (unit == kYear && ReportingMonths(i)) p = ShiftBy(Truncate(quarter_.Known() ? quarter_ : Dct(Granularity::Year), Granularity::Year), kYear, -n);
            else if (unit == kYear && ago && ReportingQuarter(i)) p = ShiftBy(quarter_, kYear, -n);
            else if (unit == kYear && last_.Known() && last_.g == Granularity::Quarter && ago &&
                     last_.year * 4 + last_.quarter > Dct(Granularity::Quarter).year * 4 + Dct(Granularity::Quarter).quarter - 4)
                p = ShiftBy(last_, kYear, -n);   // a recent quarter (not itself a year-ago one)
            else if (unit == kDecade || unit == kCentury) p = ShiftBy(Dct(Granularity::Year), kYear, sign * n * (unit == kDecade ? 10 : 100));
            else p = ShiftBy(Dct(ug), unit, sign * n);
        } else {
            // After quarterly figures, "a year earlier" compares with the reported quarter, not with the
            // last date mentioned (often itself a year-earlier one).
            // After a span of months ("For the nine months, …"), a year: the same months a year before.
            const Point base = unit == kYear && ReportingMonths(i) ? Truncate(quarter_.Known() ? quarter_ : Dct(Granularity::Year), Granularity::Year)
                               : unit == kYear && ReportingQuarter(i) ? quarter_
                               : !last_.Known() || !opt_.narrative_anchoring ? Dct(Granularity::Day) : last_;
            p = ShiftBy(base, unit, sign * n);
            // The expression's own unit sets its granularity ("a year earlier" than Sept. 29 is a year,
            // "two days later" than a month is that month); a quarter stays a quarter.
            if (static_cast<int>(base.g) < static_cast<int>(ug) && base.g != Granularity::Time) p = Truncate(p, base.g);
            else if (base.g != Granularity::Quarter && static_cast<int>(ug) > static_cast<int>(Granularity::Day) &&
                     ug != Granularity::Time)
                p = Truncate(p, ug);
            if (p.g == Granularity::Time) p = Truncate(p, Granularity::Day);
        }
        if (!*mod || ago || later) m.mod = *mod ? mod : m.mod;
        m.no_anchor = ago || from_now;
        m.type = TimexType::Date;
        m.point = p;
        if (unit == kWeekend) return false;
        return true;
    }
    (void)rel;
    // "Islam will one day be…", "could one day follow": an indefinite time ahead (FUTURE_REF), not a day long.
    if (!the && !*mod && k == i && n == 1 && unit == kDay && Is(i, "one") && i > 0 && IsC(i - 1, Wc::Tense) &&
        (T(i - 1).val == 1 || T(i - 1).val == 3)) {
        m.type = TimexType::Date;
        m.value = "FUTURE_REF";
        return true;
    }
    // "will be redeemed in five years", "a decision in a year or two": looking ahead, "in" + a length is the
    // time that far from the DCT (TIDES/TimeML), at the unit's granularity; "or two" leaves it vague. In a
    // past or negative clause ("the first order in a decade") it stays a length.
    // Not: a hyphenated modifier ("in 27-day repurchase agreements"), a record or a first ("the highest in ten
    // years", "the first time in six years": a span back from now), a rate ("three billion dlrs in a year").
    auto in_ahead = [&] {
        if (!(i > 0 && Is(i - 1, "in") && dct_ != kNoDay)) return false;
        if (e >= 2 && IsPunct(e - 2, '-') && Attached(e - 2)) return false;
        if (RecordBefore(i - 1)) return false;
        const TxToken& p = T(i - 2 < i ? i - 2 : 0);
        if (i >= 2 && (p.Is(kTxDigit) || Is(i - 2, "dlrs") || Is(i - 2, "pct") || Is(i - 2, "percent") || Is(i - 2, "mln") ||
                       Is(i - 2, "million") || Is(i - 2, "billion") || Is(i - 2, "tonnes") || Is(i - 2, "barrels")))
            return false;
        return Tense(i) > 0;
    };
    if (!the && !rel && !*mod && k == i && !form.range && !form.half &&
        (unit == kDay || unit == kWeek || unit == kMonth || unit == kYear || unit == kDecade) && in_ahead()) {
        m.type = TimexType::Date;
        if (n < 0 || (Is(e, "or") && (IsC(e + 1, Wc::Number) || (Has(e + 1) && T(e + 1).Is(kTxDigit))))) {
            if (Is(e, "or")) m.last = static_cast<uint32_t>(e + 2);
            m.value = "FUTURE_REF";
            return true;
        }
        const Granularity ug = unit == kDecade ? Granularity::Year : GranularityOfUnit(unit);
        m.point = ShiftBy(Dct(ug), unit == kDecade ? kYear : unit, unit == kDecade ? 10 * n : n);
        m.no_anchor = true;
        return true;
    }
    m.type = TimexType::Duration;
    m.value = form.range ? DurationValue(-1, unit) : form.half ? HalfDurationValue(n, unit) : DurationValue(n, unit);
    return true;
}

bool Matcher::SetRule(size_t i, Match& m) {
    size_t k = i;
    if (!IsC(k, Wc::SetWord)) {
        // "twice a year", "once a week", "three times a day"
        size_t j = k;
        if (Is(j, "once") || Is(j, "twice")) ++j;
        else return false;
        if (!(Is(j, "a") || Is(j, "per") || Is(j, "each") || Is(j, "every")) || !IsC(j + 1, Wc::Unit) || T(j + 1).Is(kTxPlural)) return false;
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(j + 2);
        m.type = TimexType::Set;
        m.value = DurationValue(1, T(j + 1).val);
        m.freq = Is(i, "once") ? "1X" : "2X";
        return true;
    }
    const int v = T(k).val;
    if (v != 0) {   // daily, weekly, annually…
        // Not a frequency: "quarterly dividend" (an adjective of accounting), "grow 20% annually" (a rate;
        // TimeBank leaves both out).
        if (v == kQuarter) return false;
        if (QuantityBefore(k) && !BeforeNoun(k + 1)) return false;
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(k + 1);
        m.type = TimexType::Set;
        m.value = DurationValue(1, v == kNight ? kDay : v);
        return true;
    }
    if (Is(k, "per")) return false;
    const bool each = Is(k, "each");
    size_t j = k + 1;
    if (Is(j, "other")) {
        if (!IsC(j + 1, Wc::Unit)) return false;
        m.value = DurationValue(2, T(j + 1).val), j += 2;
    } else if (IsC(j, Wc::Weekday) && T(j).Is(kTxCap)) {
        char buf[24];
        std::snprintf(buf, sizeof buf, "XXXX-WXX-%d", T(j).val);
        m.value = buf, ++j;
        if (IsC(j, Wc::PartOfDay) && T(j).val <= 4) {
            static const char* const kParts[] = {"", "MO", "AF", "EV", "NI"};
            m.value += "T", m.value += kParts[T(j).val], ++j;
        }
    } else if (IsC(j, Wc::Season)) {
        static const char* const kSeasons[] = {"", "SP", "SU", "FA", "WI"};
        m.value = std::string("XXXX-") + kSeasons[T(j).val], ++j;
    } else if (IsC(j, Wc::Month) && T(j).Is(kTxCap)) {
        char buf[24];
        std::snprintf(buf, sizeof buf, "XXXX-%02d", T(j).val);
        m.value = buf, ++j;
    } else if (IsC(j, Wc::PartOfDay) && T(j).val <= 4) {
        static const char* const kParts[] = {"", "MO", "AF", "EV", "NI"};
        m.value = std::string("TXX") + kParts[T(j).val];
        m.value = "XXXX-XX-XXT" + std::string(kParts[T(j).val]), ++j;
    } else {
        int n = 1, unit = 0;
        size_t e = DurationCore(j, n, unit);
        if (!e) {
            if (!IsC(j, Wc::Unit)) return false;
            unit = T(j).val, e = j + 1, n = 1;
        }
        m.value = DurationValue(n, unit), j = e;
    }
    m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(j);
    m.type = TimexType::Set;
    m.quant = each ? "EACH" : "EVERY";
    return true;
}

}  // namespace core::timex
