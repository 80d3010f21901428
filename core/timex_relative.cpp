// Relative rules of the matcher: weekdays, deictic words (today, now), last/next/this + unit, durations
// and their shifts (ago, later, earlier), sets (daily, every Tuesday), position modifiers (early, the end
// of) and narrative anchors (the next day, that year).
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
    char buf[32];
    if (n < 0) std::snprintf(buf, sizeof buf, "P%sX%s", time_part ? "T" : "", letter);
    else std::snprintf(buf, sizeof buf, "P%s%d%s", time_part ? "T" : "", n * mult, letter);
    return buf;
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

size_t Matcher::DurationCore(size_t k, int& n, int& unit, DurationForm* form) const {
    size_t e = Number(k, n);
    if (!e) return 0;
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
    if (IsPunct(e, '-') && Attached(e) && IsC(e + 1, Wc::Unit) && Attached(e + 1)) ++e;   // "16-hour", "two-year"
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

bool Matcher::WeekdayAt(size_t i, size_t cue, Match& m) {
    size_t k = i;
    int rel = 0;
    if (IsC(k, Wc::Relative) && (T(k).val == kLast || T(k).val == kNext || T(k).val == kThis || T(k).val == kComing ||
                                 T(k).val == kPast))
        rel = T(k).val, ++k;
    if (rel == kThis && (Is(k, "past") || Is(k, "coming"))) rel = Is(k, "past") ? kPast : kComing, ++k;   // "this coming Sunday"
    if (!IsC(k, Wc::Weekday) || !T(k).Is(kTxCap)) return false;
    const size_t len = T(k).end - T(k).start;
    if (len <= 4 && !(IsPunct(k + 1, '.') && Attached(k + 1))) return false;   // "Sun", "Sat", "Wed" need their period
    if (T(k).Is(kTxPlural)) {
        if (rel || !(k > 0 && Is(k - 1, "on"))) return false;
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(k + 1);
        m.type = TimexType::Set;
        char buf[24];
        std::snprintf(buf, sizeof buf, "XXXX-WXX-%d", T(k).val);
        m.value = buf;
        return true;
    }
    const int wd = T(k).val;
    size_t e = len <= 4 ? k + 2 : k + 1;
    Point p;
    if (dct_ == kNoDay) {
        p.g = Granularity::Day;
    } else {
        Day d;
        if (rel == kLast || rel == kPast) d = WeekdayNear(dct_, wd, -1, true);
        else if (rel == kNext || rel == kComing) d = WeekdayNear(dct_, wd, 1, true);
        else if (rel == kThis) {
            // "this Wednesday": the one of the DCT's week, unless the tense points across the DCT.
            d = WeekdayNear(dct_, wd, 0, false);
            const int tense = Tense(cue);
            if (tense < 0 && d > dct_) d -= 7;
            if (tense > 0 && d < dct_) d += 7;
        }
        else {
            // A bare weekday: past tense → the one before (or on) the DCT, future → the next; a deadline
            // ("until Tuesday") → ahead; present tense ("the vote is Tuesday") → the nearest; no cue → before
            // (news reports what happened). A possessive names a reported event ("Wednesday's ruling",
            // "Thursday's closing price") whatever the tense of the clause around it → before.
            const TenseCue tc = TenseOf(cue);
            const bool possessive = (IsPunct(e, '\'') || Is(e, "\xE2\x80\x99")) && Is(e + 1, "s");
            if (possessive) d = WeekdayNear(dct_, wd, -1, false);
            else if (tc.dir > 0 || (tc.dir == 0 && tc.leaning_ahead)) d = WeekdayNear(dct_, wd, 1, false);
            else if (tc.dir == 0 && tc.present) {
                const Day before = WeekdayNear(dct_, wd, -1, false), after = WeekdayNear(dct_, wd, 1, false);
                d = after - dct_ < dct_ - before ? after : before;
            } else {
                d = WeekdayNear(dct_, wd, -1, false);
            }
        }
        p = FromDay(d, Granularity::Day);
    }
    // "Friday night", "Tuesday morning": the part of the day belongs to the span, but the timex is the day
    // (TimeBank marks most of them DATE with the day's value; a timeline places them on that day anyway).
    if (IsC(e, Wc::PartOfDay) && T(e).val <= 4) ++e;
    m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e);
    m.point = p;
    if (dct_ == kNoDay) {
        char buf[24];
        std::snprintf(buf, sizeof buf, "XXXX-WXX-%d", wd);
        m.value = buf;
    }
    return true;
}

bool Matcher::DeicticRule(size_t i, Match& m) {
    size_t k = i;
    if (Is(k, "current") && opt_.vague_refs) {
        // The adjective "current" ("current market conditions", "his current wife") is PRESENT_REF in
        // TimeML; "current year/quarter" is a date (RelativeUnit, the longer match, wins); "current
        // account" is economics, not time.
        if (!Has(k + 1) || !T(k + 1).Is(kTxAlpha) || T(k + 1).wc != Wc::None || Is(k + 1, "account") || Is(k + 1, "accounts"))
            return false;
        // "the then current price": current at a past time.
        m.value = k > 0 && Is(k - 1, "then") ? "PAST_REF" : "PRESENT_REF";
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(k + 1);
        return true;
    }
    // "the near term", "the short term", "the long term" (FUTURE_REF); "these days" (PRESENT_REF).
    if (opt_.vague_refs && Is(k, "the") && (Is(k + 1, "near") || Is(k + 1, "short") || Is(k + 1, "long")) && Is(k + 2, "term")) {
        m.value = "FUTURE_REF";
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(k + 3);
        return true;
    }
    if (opt_.vague_refs && Is(k, "these") && Is(k + 1, "days")) {
        m.value = "PRESENT_REF";
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(k + 2);
        return true;
    }
    if (!IsC(k, Wc::Deictic)) {
        // "the future", "the near future", "the past", "the present", "at present"
        if (!Is(k, "the") && !Is(k, "in")) return false;
        size_t j = k + 1;
        if (Is(j, "near") || Is(j, "distant") || Is(j, "foreseeable") || Is(j, "immediate")) ++j;
        if (Is(k, "in") && !Is(j, "future")) return false;
        if (Is(j, "future")) { m.value = "FUTURE_REF"; }
        else if (Is(j, "past") && !IsC(j + 1, Wc::Unit) && !IsC(j + 1, Wc::Number) && !(Has(j + 1) && T(j + 1).Is(kTxDigit)) &&
                 !IsC(j + 1, Wc::Article) && !Is(j + 1, "few") && !Is(j + 1, "several"))
            m.value = "PAST_REF";
        else if (Is(j, "present") && Is(k, "the")) m.value = "PRESENT_REF";
        else return false;
        if (!opt_.vague_refs) return false;
        m.first = static_cast<uint32_t>(Is(k, "in") ? k + 1 : k), m.last = static_cast<uint32_t>(j + 1);
        return true;
    }
    const int d = T(k).val;
    size_t e = k + 1;
    Point p;
    switch (d) {
        case kNow: case kCurrently: case kNowadays:
            if (!opt_.vague_refs) return false;
            // "Now, he said, …" opening a sentence is a discourse marker, not a time (TimeML marks only the
            // temporal "now").
            if (d == kNow && (i == 0 || T(i - 1).sentence != T(i).sentence) && IsPunct(i + 1, ',')) return false;
            m.value = "PRESENT_REF";
            break;
        case kRecently:
            if (!opt_.vague_refs) return false;
            m.value = "PAST_REF";
            break;
        case kFormerly:
            // "previously announced", "formerly known as": adverbs of the verb, TimeBank rarely marks them.
            return false;
        case kSoon:
            // Bare "soon" is an adverb of manner as often as a time ("was soon released"); "as soon as
            // possible" is a time.
            if (!opt_.vague_refs || !(i > 0 && Is(i - 1, "as") && Is(i + 1, "as") && Is(i + 2, "possible"))) return false;
            m.value = "FUTURE_REF";
            m.first = static_cast<uint32_t>(i - 1), m.last = static_cast<uint32_t>(i + 3);
            return true;
        case kFuture: return false;     // bare "future" is mostly an adjective ("future talks")
        case kToday: case kTonight: p = Dct(Granularity::Day); break;
        case kYesterday: p = Shift(Dct(Granularity::Day), -1); break;
        case kTomorrow: p = Shift(Dct(Granularity::Day), 1); break;
        default: return false;
    }
    if (!m.value.empty() && d == kNowadays && Is(k, "present")) return false;   // "present" alone: adjective/verb
    if (m.value.empty() && IsC(e, Wc::PartOfDay) && T(e).val <= 4 && d != kTonight) ++e;   // "yesterday afternoon": the day
    m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e);
    m.point = p;
    return true;
}

bool Matcher::Seasonal(size_t i, Match& m, int rel, size_t k) {
    // k: the season word; rel: the relative word before it (0 none).
    if (!IsC(k, Wc::Season)) return false;
    Point p;
    p.g = Granularity::Season, p.season = T(k).val;
    size_t e = k + 1;
    int y;
    if (size_t oe = Is(e, "of") ? Year(e + 1, y) : 0) p.year = y, e = oe;
    else if (size_t ye = Year(e, y)) p.year = y, e = ye;
    if (p.year == kUnknownYear && dct_ != kNoDay) {
        const Point cur = Dct(Granularity::Season);
        const int cur_idx = cur.year * 4 + cur.season - 1;
        int idx = cur.year * 4 + p.season - 1;
        if (rel == kLast || rel == kPast || rel == kPrevious) { if (idx >= cur_idx) idx -= 4; }
        else if (rel == kNext || rel == kComing) { if (idx <= cur_idx) idx += 4; }
        else if (rel == 0) {
            const int tense = Tense(i);
            if (tense < 0 && idx > cur_idx) idx -= 4;
            if (tense > 0 && idx < cur_idx) idx += 4;
        }
        p.year = idx >= 0 ? idx / 4 : -((-idx + 3) / 4);
        p.season = idx - p.year * 4 + 1;
    }
    m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e);
    m.point = p;
    return true;
}

bool Matcher::RelativeUnit(size_t i, Match& m) {
    size_t k = i;
    const bool the = Is(k, "the");
    if (the) ++k;
    // A quoted title in capitals ("ABC's \"This Week\"", "the \"Next Year\" campaign") names a programme, not a
    // time (TimeML leaves proper names unmarked).
    if (i > 0 && (IsPunct(i - 1, '"') || Is(i - 1, "\xE2\x80\x9C") || (IsPunct(i - 1, '`') && Attached(i - 1))) &&
        Attached(i) && T(i).Is(kTxCap) && IsC(k + 1, Wc::Unit) && T(k + 1).Is(kTxCap) && IsC(k, Wc::Relative))
        return false;
    // Seasons: "this summer", "last fall", "the summer of 1990", "(in) spring 2024".
    if (IsC(k, Wc::Season)) {
        // "the fall in prices" is not a season: a preposition of time must come before it.
        const bool cue = i > 0 && (Is(i - 1, "in") || Is(i - 1, "during") || Is(i - 1, "since") || Is(i - 1, "until") ||
                                   Is(i - 1, "by") || Is(i - 1, "over") || Is(i - 1, "through") || Is(i - 1, "this") ||
                                   Is(i - 1, "last") || Is(i - 1, "next") || Is(i - 1, "early") || Is(i - 1, "late"));
        int y;
        if (!cue && !Year(k + 1, y) && !(Is(k + 1, "of") && Year(k + 2, y))) return false;
        if (IsPunct(k + 1, '-') || (Has(k + 1) && T(k + 1).Is(kTxAlpha) && T(k + 1).wc == Wc::None && !Is(k + 1, "of"))) return false;  // "fall-out", "spring offensive"
        return Seasonal(i, m, 0, k);
    }
    if (!IsC(k, Wc::Relative) && !IsC(k, Wc::Shift)) return false;
    int rel = T(k).val;
    if (T(k).wc == Wc::Shift) {
        // "earlier this month" (START), "later this year" (END), "later that day"
        if (rel != -2 && rel != 2) return false;
        if (the) return false;
        Match inner;
        if (!RelativeUnit(k + 1, inner) && !AnchoredDay(k + 1, inner)) return false;
        if (!inner.value.empty() || inner.type != TimexType::Date) return false;
        if (!(Is(k + 1, "this") || Is(k + 1, "that") || Is(k + 1, "next") || Is(k + 1, "last"))) return false;
        m = inner;
        m.first = static_cast<uint32_t>(i);
        if (inner.point.g != Granularity::Day) m.mod = rel < 0 ? "START" : "END";
        return true;
    }
    size_t u = k + 1;
    // "this past spring", "this coming week": the second word says the direction.
    if (rel == kThis && !the && (Is(u, "past") || Is(u, "coming"))) rel = Is(u, "past") ? kPast : kComing, ++u;
    if (Is(u, "fiscal")) ++u;
    if (IsC(u, Wc::Season) && (rel == kLast || rel == kNext || rel == kThis || rel == kPast || rel == kComing || rel == kPrevious))
        return Seasonal(i, m, rel, u);
    // "this morning", "last night", "tomorrow night" (tomorrow is Deictic)
    if (IsC(u, Wc::PartOfDay) && T(u).val <= 4 && !the && (rel == kThis || rel == kLast)) {
        Point p = Dct(Granularity::Day);
        if (rel == kLast) {
            if (T(u).val != 4) return false;   // "last morning" is not English
            p = Shift(p, -1);
        }
        p.g = Granularity::Time, p.part = T(u).val;
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(u + 1);
        m.type = TimexType::Time;
        m.point = p;
        return true;
    }
    // "the next morning", "the following night": narrative, the day after the last date of the text (a DATE
    // with the day's value, like "Friday morning").
    if (IsC(u, Wc::PartOfDay) && T(u).val <= 4 && the && (rel == kNext || rel == kFollowing)) {
        const Point base = last_.Known() && opt_.narrative_anchoring ? Truncate(last_, Granularity::Day) : Dct(Granularity::Day);
        if (base.g != Granularity::Day) return false;
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(u + 1);
        m.point = Shift(base, 1);
        return true;
    }
    // Month names: "last June", "next March", "this September".
    if (IsC(u, Wc::Month) && T(u).Is(kTxCap) && !the && (rel == kLast || rel == kNext || rel == kThis || rel == kPast || rel == kComing)) {
        Point p;
        p.g = Granularity::Month, p.month = T(u).val;
        if (dct_ != kNoDay) {
            const CivilDate c = CivilFromDay(dct_);
            p.year = c.year;
            // "last February" in March is a year back: the month just gone would be "last month".
            if ((rel == kLast || rel == kPast) && p.month >= c.month - 1) --p.year;
            if ((rel == kNext || rel == kComing) && p.month <= c.month) ++p.year;
        }
        // "last Oct. 23" is the day (the MonthDate rule at "Oct." takes it; TimeBank leaves "last" out).
        const size_t len = T(u).end - T(u).start;
        const bool abbrev = len <= 4 && T(u).val != 5 && !(len == 4 && (T(u).val == 6 || T(u).val == 7));
        int day;
        if (DayOfMonth(abbrev ? SkipDot(u + 1) : u + 1, day)) return false;
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(abbrev ? SkipDot(u + 1) : u + 1);
        m.point = p;
        return true;
    }
    if (!IsC(u, Wc::Unit)) return false;
    const int unit = T(u).val;
    const bool plural = T(u).Is(kTxPlural);
    if (unit == kHour || unit == kMinute || unit == kSecond || unit == kHalf || unit == kNight) return false;
    m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(u + 1);
    if (plural) {
        // "recent years" → PAST_REF; "the coming weeks", "recent months", "the past few years" → vague durations.
        if (rel == kRecent && unit == kYear && !the) { m.value = "PAST_REF"; return opt_.vague_refs; }
        if (rel == kRecent || rel == kComing || rel == kPast || rel == kLast || rel == kNext || rel == kFollowing ||
            rel == kPrevious || rel == kUpcoming) {
            m.type = TimexType::Duration;
            m.value = DurationValue(-1, unit);
            return true;
        }
        return false;
    }
    const Granularity g = GranularityOfUnit(unit);
    Point p;
    switch (rel) {
        case kLast: case kPast: case kPrevious: case kPrior:
            if (the && (rel == kPrevious || rel == kPrior) && last_.Known()) p = ShiftBy(Truncate(last_, g), unit, -1);
            else p = Shift(Dct(g), -1);
            // In an earnings report, "last year" right after a figure ("a loss of $3 million last year") or as a
            // possessive ("last year's $1.55 billion") compares with the reported quarter, like "a year ago".
            if (unit == kYear && rel == kLast && !the && ReportingQuarter(i)) {
                const bool after_figure = i > 0 && (T(i - 1).Is(kTxDigit) || Is(i - 1, "million") || Is(i - 1, "billion") ||
                                                    Is(i - 1, "cents") || Is(i - 1, "share") || IsPunct(i - 1, '%'));
                // The possessive only before a figure or a period: "last year's $1.55 billion", "last year's
                // quarter", "last year's results" — not "last year's crop" or "last year's budget".
                const size_t a = u + 3;
                const bool possessive = (IsPunct(u + 1, '\'') || Is(u + 1, "\xE2\x80\x99")) && Is(u + 2, "s") &&
                                        Has(a) && (T(a).Is(kTxDigit) || IsPunct(a, '$') || IsPunct(a, '#') ||
                                                   Is(a, "quarter") || Is(a, "period") || Is(a, "results"));
                // A period named earlier in the same sentence is the one compared: "third-quarter earnings will be
                // off from last year's 40 cents" (that quarter), "to earn $4 in 1987 compared with $3.34 last year"
                // (a year).
                const bool same_sentence = last_.Known() && tok_[last_token_].sentence == T(i).sentence;
                const Point base = same_sentence && last_.g == Granularity::Quarter ? last_ : quarter_;
                if ((after_figure || possessive) && !(same_sentence && last_.g == Granularity::Year))
                    p = ShiftBy(base, kYear, -1);
            }
            break;
        case kNext: case kComing: case kUpcoming: p = Shift(Dct(g), 1); break;
        case kFollowing:
            if (!last_.Known()) return false;
            p = Shift(Truncate(last_, g), 1);
            break;
        case kThis: case kCurrent: p = Dct(g); break;
        case kSame: case kThat:
            if (!last_.Known()) return false;
            p = Truncate(last_, g);
            break;
        default: return false;
    }
    if (the && rel == kThis) return false;
    if (unit == kDay) {
        if (rel == kThis) return false;    // "this day" — rare and vague
        if (rel == kLast || rel == kPast || rel == kNext || rel == kComing) {
            // "the last day", "the next day" (narrative): relative to the last date of the text
            if (!the) return false;
            const Point base = last_.Known() ? Truncate(last_, Granularity::Day) : Dct(Granularity::Day);
            p = Shift(base, rel == kLast || rel == kPast ? -1 : 1);
        }
    }
    if (unit == kWeekend) {
        p = Dct(Granularity::Week);
        if (rel == kLast || rel == kPast) p = Shift(p, -1);
        if (rel == kNext || rel == kComing) p = Shift(p, 1);
        p.weekend = true;
    }
    m.point = p;
    return true;
}

bool Matcher::AnchoredDay(size_t i, Match& m) {
    // "the day before", "the day after", "that day", "that same day", "the same day", "that year", "the weekend"
    size_t k = i;
    const Point base = last_.Known() ? last_ : Dct(Granularity::Day);
    if (Is(k, "the") && Is(k + 1, "weekend")) {
        Point p = Dct(Granularity::Week);
        if (dct_ != kNoDay && Weekday(dct_) <= 5 && Tense(i) < 0) p = Shift(p, -1);
        p.weekend = true;
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(k + 2);
        m.point = p;
        return true;
    }
    // "the year", "the full year", "the fiscal year": the DCT's year in news ("For the year, volume was
    // flat"); followed by "ended"/"ending" it is the twelve months up to that date (TimeBank: P1Y).
    if (Is(k, "the") && (Is(k + 1, "year") || ((Is(k + 1, "full") || Is(k + 1, "fiscal")) && Is(k + 2, "year")))) {
        const size_t y = Is(k + 1, "year") ? k + 1 : k + 2;
        const size_t e = y + 1;
        if (y == k + 1 && Is(e, "two") && Is(e + 1, "thousand")) {   // "the year two thousand" (transcripts)
            m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e + 2);
            m.point.g = Granularity::Year, m.point.year = 2000;
            m.anchors = true;
            return true;
        }
        if (IsPunct(e, '-') || IsPunct(e, '\'') || Is(e, "\xE2\x80\x99") || Is(e, "before") || Is(e, "after") ||
            Is(e, "earlier") || Is(e, "later") || Is(e, "ago") || Is(e, "two") || Is(e, "of") || IsC(e, Wc::Number) ||
            (Has(e) && T(e).Is(kTxDigit)))
            return false;
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e);
        if (Is(e, "ended") || Is(e, "ending") || Is(e, "ends") || Is(e, "through")) {
            m.type = TimexType::Duration;
            m.value = "P1Y";
            return true;
        }
        m.point = Dct(Granularity::Year);
        m.no_anchor = true;
        return true;
    }
    // "the week of March 6": the ISO week that contains the day.
    if (Is(k, "the") && Is(k + 1, "week") && Is(k + 2, "of") && IsC(k + 3, Wc::Month)) {
        Match day;
        if (MonthDate(k + 3, day) && !day.drop && day.point.g == Granularity::Day && day.point.Known()) {
            m.first = static_cast<uint32_t>(i), m.last = day.last;
            m.point = FromDay(FirstDay(day.point), Granularity::Week);
            return true;
        }
    }
    if (Is(k, "the") && Is(k + 1, "day") && (Is(k + 2, "before") || Is(k + 2, "after")) &&
        (!Has(k + 3) || T(k + 3).Is(kTxPunct) || Is(k + 3, "yesterday") || Is(k + 3, "tomorrow"))) {
        int shift = Is(k + 2, "before") ? -1 : 1;
        size_t e = k + 3;
        Point p = Truncate(base, Granularity::Day);
        if (Is(e, "yesterday")) p = Shift(Dct(Granularity::Day), -2), ++e;
        else if (Is(e, "tomorrow")) p = Shift(Dct(Granularity::Day), 2), ++e;
        else p = Shift(p, shift);
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e);
        m.point = p;
        return true;
    }
    if (Is(k, "that") || (Is(k, "the") && Is(k + 1, "same"))) {
        size_t u = k + 1;
        if (Is(u, "same")) ++u;
        if (!IsC(u, Wc::Unit) || T(u).Is(kTxPlural)) return false;
        const int unit = T(u).val;
        if (unit != kDay && unit != kWeek && unit != kMonth && unit != kYear) return false;
        if (!last_.Known()) return false;
        const Granularity g = GranularityOfUnit(unit);
        if (static_cast<int>(g) < static_cast<int>(last_.g) && last_.g != Granularity::Time) return false;   // "that day" after "1990"
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(u + 1);
        m.point = Truncate(base, g);
        return true;
    }
    return false;
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
    bool the = false;
    int rel = 0;
    if (Is(k, "the")) {
        the = true;
        ++k;
        if (IsC(k, Wc::Relative) && (T(k).val == kPast || T(k).val == kLast || T(k).val == kNext || T(k).val == kComing ||
                                     T(k).val == kFollowing || T(k).val == kPrevious || T(k).val == kRecent))
            rel = T(k).val, ++k;
        else if (Is(k, "first") || Is(k, "final")) ++k;
    } else if (IsC(k, Wc::Relative) && (T(k).val == kPast || T(k).val == kNext || T(k).val == kLast) && Has(k + 1) &&
               (T(k + 1).Is(kTxDigit) || IsC(k + 1, Wc::Number))) {
        rel = T(k).val, ++k;
    }
    int n = 0, unit = 0;
    DurationForm form;
    size_t e = DurationCore(k, n, unit, &form);
    if (!e) {
        // Vague plurals: "several years", "many months", "years" after "for"/"over".
        size_t j = k;
        if (IsC(j, Wc::Number) && T(j).val < 0) ++j;
        else if (Is(j, "some") && IsC(j + 1, Wc::Unit) && T(j + 1).Is(kTxPlural)) ++j;
        if (!IsC(j, Wc::Unit) || !T(j).Is(kTxPlural) || T(j).val == kWeekend || T(j).val == kNight) return false;
        if (j == k && !(i > 0 && (Is(i - 1, "for") || Is(i - 1, "over") || Is(i - 1, "within")) && i == k)) return false;
        if (the && j == k) return false;
        n = -1, unit = T(j).val, e = j + 1;
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
    if (!the && !rel && (ago || later || from_now)) {
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
        if (ago || from_now) {
            // "a year ago" in a text about quarters is that quarter a year before.
            if (unit == kYear && ago && ReportingQuarter(i)) p = ShiftBy(quarter_, kYear, -n);
            else if (unit == kYear && last_.Known() && last_.g == Granularity::Quarter && ago &&
                     last_.year * 4 + last_.quarter > Dct(Granularity::Quarter).year * 4 + Dct(Granularity::Quarter).quarter - 4)
                p = ShiftBy(last_, kYear, -n);   // a recent quarter (not itself a year-ago one)
            else if (unit == kDecade || unit == kCentury) p = ShiftBy(Dct(Granularity::Year), kYear, sign * n * (unit == kDecade ? 10 : 100));
            else p = ShiftBy(Dct(ug), unit, sign * n);
        } else {
            // After quarterly figures, "a year earlier" compares with the reported quarter, not with the
            // last date mentioned (often itself a year-earlier one).
            const Point base = unit == kYear && ReportingQuarter(i) ? quarter_
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
        for (size_t b = i - 1; b > 0 && b + 9 > i && T(b - 1).sentence == T(i).sentence; --b) {
            const TxToken& w = T(b - 1);
            if (Is(b - 1, "first") || Is(b - 1, "time") || Is(b - 1, "worst") || Is(b - 1, "most") || Is(b - 1, "least") ||
                (w.Is(kTxAlpha) && !w.Is(kTxCap) && w.end - w.start >= 4 && text_.substr(w.end - 3, 3) == "est"))
                return false;
        }
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
        if (k > 0 && (IsPunct(k - 1, '%') || Is(k - 1, "percent"))) return false;
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

bool Matcher::ModifiedRule(size_t i, Match& m) {
    size_t k = i;
    const char* mod = nullptr;
    if (Is(k, "the") && IsC(k + 1, Wc::Modifier) && Is(k + 2, "of")) {
        const int v = T(k + 1).val;
        mod = v == kBeginning || v == kStart || v == kDawn ? "START" : v == kEnd || v == kClose ? "END" : v == kMiddle ? "MID" : nullptr;
        k += 3;
    } else if (IsC(k, Wc::Modifier) && (T(k).val == kEarly || T(k).val == kLate || T(k).val == kMid)) {
        mod = T(k).val == kEarly ? "START" : T(k).val == kLate ? "END" : "MID";
        ++k;
        if (IsPunct(k, '-') && Attached(k)) ++k;
    } else if (Is(k, "the") && IsC(k + 1, Wc::Modifier) && (T(k + 1).val == kEarly || T(k + 1).val == kLate || T(k + 1).val == kMid) &&
               Has(k + 2) && T(k + 2).Is(kTxDigit)) {
        mod = T(k + 1).val == kEarly ? "START" : T(k + 1).val == kLate ? "END" : "MID";
        k += 2;
    }
    if (!mod || !Has(k)) return false;
    Match inner;
    // "the end of the year/month/week" → the DCT's.
    if (Is(k, "the") && IsC(k + 1, Wc::Unit) && !T(k + 1).Is(kTxPlural)) {
        const int unit = T(k + 1).val;
        if (unit != kYear && unit != kMonth && unit != kWeek && unit != kDecade && unit != kCentury && unit != kQuarter) return false;
        inner.first = static_cast<uint32_t>(k), inner.last = static_cast<uint32_t>(k + 2);
        inner.point = Dct(GranularityOfUnit(unit));
    } else if (!Core(k, inner)) {
        return false;
    }
    if (inner.drop || inner.first != k || inner.type == TimexType::Duration || inner.type == TimexType::Set) return false;
    if (!inner.value.empty() && inner.value.find("_REF") != std::string::npos) return false;
    if (inner.point.g == Granularity::Day && inner.point.day > 0 && !IsC(k, Wc::Weekday) && !IsC(k, Wc::Deictic)) return false;
    m = inner;
    m.first = static_cast<uint32_t>(i);
    m.mod = mod;
    return true;
}

}  // namespace core::timex
