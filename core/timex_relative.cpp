// Relative rules of the matcher: weekdays, deictic words (today, now), last/next/this + unit, seasons,
// narrative anchors (the next day, that year) and position modifiers (early, the end of). Durations, their
// shifts (ago, later) and sets live in timex_duration.cpp.
#include <cstdio>

#include "timex_match.hpp"

namespace core::timex {

bool Matcher::WeekdayAt(size_t i, size_t cue, Match& m) {
    size_t k = i;
    int rel = 0;
    if (IsC(k, Wc::Relative) && (T(k).val == kLast || T(k).val == kNext || T(k).val == kThis || T(k).val == kComing ||
                                 T(k).val == kPast))
        rel = T(k).val, ++k;
    if (rel == kThis && (Is(k, "past") || Is(k, "coming"))) rel = Is(k, "past") ? kPast : kComing, ++k;   // "this coming Sunday"
    // "the previous Friday", "the following Monday": relative to the day the narrative is at.
    if (!rel && Is(k, "the") && IsC(k + 1, Wc::Relative) &&
        (T(k + 1).val == kPrevious || T(k + 1).val == kPrior || T(k + 1).val == kFollowing))
        rel = T(k + 1).val, k += 2;
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
    // "Tuesday nights", "Sunday mornings": that part of every such day, a set (TimeML XXXX-WXX-2TNI); the first
    // of two coordinated weekdays shares the plural ("Monday and Tuesday nights").
    if (!rel) {
        size_t part = e;
        if ((Is(e, "and") || Is(e, "or")) && IsC(e + 1, Wc::Weekday) && T(e + 1).Is(kTxCap) && !T(e + 1).Is(kTxPlural)) part = e + 2;
        const int pv = Is(part, "mornings") ? 1 : Is(part, "afternoons") ? 2 : Is(part, "evenings") ? 3 : Is(part, "nights") ? 4 : 0;
        if (pv) {
            static const char* const kParts[] = {"", "MO", "AF", "EV", "NI"};
            char buf[24];
            std::snprintf(buf, sizeof buf, "XXXX-WXX-%dT%s", wd, kParts[pv]);
            m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(part == e ? e + 1 : e);
            m.type = TimexType::Set;
            m.value = buf;
            return true;
        }
    }
    Point p;
    if (dct_ == kNoDay) {
        p.g = Granularity::Day;
    } else {
        Day d;
        if (rel == kPrevious || rel == kPrior || rel == kFollowing) {
            const bool narrative = opt_.narrative_anchoring && last_.Known() &&
                                   (last_.g == Granularity::Day || last_.g == Granularity::Time);
            d = WeekdayNear(narrative ? FirstDay(last_) : dct_, wd, rel == kFollowing ? 1 : -1, true);
        } else if (rel == kLast || rel == kPast) d = WeekdayNear(dct_, wd, -1, true);
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
    // "this coming Sunday, March eighth", "Monday, June 3": a date in apposition restates the day; it joins
    // the span and, being explicit, gives the value.
    if (dct_ != kNoDay && IsPunct(e, ',') && IsC(e + 1, Wc::Month)) {
        Match d;
        if (MonthDate(e + 1, d) && !d.drop && d.point.g == Granularity::Day && d.point.Known() &&
            Weekday(FirstDay(d.point)) == wd) {
            m.first = static_cast<uint32_t>(i), m.last = d.last;
            m.point = d.point;
            m.anchors = d.anchors;
            return true;
        }
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
        // "the future of the company", "the past of a nation": its prospects or its history, a thing rather
        // than a time (TimeML marks only expressions that denote a time).
        if (Is(k, "the") && j == k + 1 && Is(j + 1, "of")) return false;
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
    // "could last days", "will last years", "to last weeks": the verb "last" (its object is a length).
    if (rel == kLast && !the && k > 0 && (Is(k - 1, "to") || (IsC(k - 1, Wc::Tense) && (T(k - 1).val == 1 || T(k - 1).val == 3))) &&
        IsC(k + 1, Wc::Unit) && T(k + 1).Is(kTxPlural))
        return false;
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
            m.last = static_cast<uint32_t>(VagueUnitPair(u + 1));   // "recent weeks and months"
            m.type = TimexType::Duration;
            m.value = DurationValue(-1, unit);
            return true;
        }
        return false;
    }
    // "over the past decade": the ten years up to now, a length like "the past three years" ("the last
    // decade" stays the decade before the DCT's).
    if (the && rel == kPast && unit == kDecade && !Is(u + 1, "of")) {
        m.type = TimexType::Duration;
        m.value = DurationValue(10, kYear);
        return true;
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
                // A year named earlier in the sentence, or a year-long period ("net income for the year ended
                // Aug. 31 … down from C$9.7 million last year"), is compared as a year, even with a day named since.
                const bool same_sentence = last_.Known() && tok_[last_token_].sentence == T(i).sentence;
                const bool year_in_sentence = year_token_ != SIZE_MAX && year_token_ < i && tok_[year_token_].sentence == T(i).sentence &&
                                              !(same_sentence && last_.g == Granularity::Quarter && last_token_ > year_token_);
                const Point base = same_sentence && last_.g == Granularity::Quarter ? last_ : quarter_;
                if ((after_figure || possessive) && !(same_sentence && last_.g == Granularity::Year) && !year_in_sentence)
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
            if (static_cast<int>(g) < static_cast<int>(last_.g) && last_.g != Granularity::Time)
                return DayOfKnownMonth(i, u + 1, g, m);   // "that same day" after "last October"
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

bool Matcher::DayOfKnownMonth(size_t first, size_t last, Granularity g, Match& m) const {
    // A day whose month the text gave but not the day ("in October … that same day"): TimeML writes the
    // unknown day as XX. The timeline still places it within that month (the point is the month).
    if (g != Granularity::Day || last_.g != Granularity::Month || !last_.Known()) return false;
    m.first = static_cast<uint32_t>(first), m.last = static_cast<uint32_t>(last);
    m.point = last_;
    m.value = FormatValue(last_) + "-XX";
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
            Is(e, "earlier") || Is(e, "later") || Is(e, "ago") || Is(e, "two") || IsC(e, Wc::Number) ||
            // "the year of his birth" is another year; "a high for the year of $42" is this one's price.
            (Is(e, "of") && !IsPunct(e + 1, '$')) ||
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
        if (static_cast<int>(g) < static_cast<int>(last_.g) && last_.g != Granularity::Time)
            return DayOfKnownMonth(i, u + 1, g, m);   // "that day" after "last October"; not after "1990"
        m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(u + 1);
        m.point = Truncate(base, g);
        return true;
    }
    return false;
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
    } else if (Is(k, "the") && IsC(k + 1, Wc::Modifier) && (T(k + 1).val == kEarly || T(k + 1).val == kLate || T(k + 1).val == kMid)) {
        // "the early 1980s", "the mid-1990s", "the late '70s": the article belongs to the decade's span.
        size_t j = k + 2;
        if (IsPunct(j, '-') && Attached(j)) ++j;
        const size_t digit = IsPunct(j, '\'') && Attached(j + 1) ? j + 1 : j;   // the decade rule starts at "'"
        if (Has(digit) && T(digit).Is(kTxDigit)) mod = T(k + 1).val == kEarly ? "START" : T(k + 1).val == kLate ? "END" : "MID", k = j;
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
