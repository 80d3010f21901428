// The tagger's orchestration: scan tokens, run the matcher left to right (longest match wins, no
// overlaps), turn matches into Timex records with values and day intervals. The context the rules share
// (the DCT, the tense of a sentence, the year of a date written without one) is in timex_context.cpp.
#include "timex_tagger.hpp"

#include <algorithm>

#include "timex_match.hpp"

namespace core {

namespace timex {

Matcher::Matcher(std::string_view text, const TxTokens& tokens, Day dct, const TaggerOptions& options)
    : text_(text), tok_(tokens), dct_(dct), opt_(options) {
    anchor_ = FromDay(dct, Granularity::Day);
}

void Matcher::Emit(Match& m, size_t first, size_t last, const Point& p) const {
    m.first = static_cast<uint32_t>(first), m.last = static_cast<uint32_t>(last), m.point = p;
}

bool Matcher::Core(size_t i, Match& best) {
    bool found = false, tried = false;
    auto consider = [&](bool (Matcher::*rule)(size_t, Match&)) {
        // The first rule writes into best itself: best arrives fresh (At's contract), and what a failed rule
        // leaves there is overwritten by a later match or, with none, never read (At returns false or takes
        // ModifiedRule's match). Most heads try one rule, so most candidates build no second Match.
        if (!tried) {
            tried = true;
            found = (this->*rule)(i, best) && best.last > best.first;
            return;
        }
        Match m;
        if ((this->*rule)(i, m) && m.last > m.first && (!found || m.last > best.last)) {
            best = std::move(m);
            found = true;
        }
    };
    const TxToken& t = tok_[i];
    if (t.Is(kTxPunct)) {   // the apostrophe of '87, the '60s
        consider(&Matcher::YearOrDecade);
        return found;
    }
    if (t.Is(kTxDigit)) {
        // Numbers are frequent and mostly not dates: try only the rules whose shape can follow.
        auto unit_ahead = [&] {
            for (size_t k = i + 1; k <= i + 5 && k < N(); ++k)
                if (tok_[k].wc == Wc::Unit) return true;
            return false;
        };
        if (Has(i + 1) && T(i + 1).Is(kTxPunct) && Attached(i + 1)) consider(&Matcher::NumericDate);
        if (IsC(i + 1, Wc::Month) || IsC(i + 2, Wc::Month) || IsC(i + 3, Wc::Month) ||
            (IsC(i + 1, Wc::Ordinal) && IsC(i + 3, Wc::Relative) && Is(i + 2, "of")))   // "the 22nd of this month"
            consider(&Matcher::MonthDate);
        if (t.ndigits == 4) {
            consider(&Matcher::YearOrDecade);
            if (IsPunct(i + 1, '\'') || Is(i + 1, "\xE2\x80\x99")) consider(&Matcher::Quarter);   // "1986's third quarter"
        }
        if (t.ndigits <= 2) consider(&Matcher::TimeOfDay);
        if (t.ndigits <= 2 && listable_day_ && i == last_end_ + 1) consider(&Matcher::CoordinatedDay);
        if (unit_ahead()) {
            consider(&Matcher::Duration);
            consider(&Matcher::CompoundDuration);
        }
        if (t.ndigits <= 2 && IsC(i + 1, Wc::Ordinal)) consider(&Matcher::Century);
        return found;
    }
    if (t.wc == Wc::None) {
        if (t.val == kStartsExpression && t.Is(kTxAlpha)) {   // "another two weeks", "Election Day"
            consider(&Matcher::FurtherDuration);
            consider(&Matcher::Holiday);
        }
        return found;
    }
    // Each word class tries only the rules whose opening tests accept such a head word, in the same order as
    // the full list (default): rules have no side effects, so leaving out one that cannot match here changes
    // nothing, and an equally long match of an earlier rule still wins.
    switch (t.wc) {
        case Wc::Month: consider(&Matcher::MonthDate); break;
        case Wc::Weekday: consider(&Matcher::MonthDate); consider(&Matcher::WeekdayRule); break;
        case Wc::Deictic: consider(&Matcher::DeicticRule); break;
        case Wc::PartOfDay: consider(&Matcher::TimeOfDay); consider(&Matcher::DayPart); break;
        case Wc::Holiday: consider(&Matcher::Holiday); break;
        case Wc::SetWord: consider(&Matcher::SetRule); break;
        case Wc::Season: consider(&Matcher::RelativeUnit); break;
        case Wc::Fiscal: consider(&Matcher::YearOrDecade); consider(&Matcher::Quarter); break;
        case Wc::Unit:
            consider(&Matcher::Duration);
            consider(&Matcher::Quarter);
            consider(&Matcher::CompoundDuration);
            // "the second of May": the unit word is an ordinal (not the tail of "twenty-second", tried whole).
            if (Is(i, "second") && !(i > 0 && IsPunct(i - 1, '-') && Attached(i))) consider(&Matcher::MonthDate);
            break;
        case Wc::Tense: case Wc::Zone: case Wc::Meridiem: case Wc::Modifier: break;
        case Wc::Approx: consider(&Matcher::Duration); break;   // "more than a decade", "nearly two weeks"
        case Wc::Number:   // "three years", "two-week-long", "twenty-first century", "nineteen eighty"
            consider(&Matcher::Duration);
            consider(&Matcher::CompoundDuration);
            if (Is(i, "twenty")) consider(&Matcher::Century);
            if (Is(i, "twenty") || Is(i, "thirty")) consider(&Matcher::MonthDate);   // "the twenty-first of May"
            if (Is(i, "nineteen") || Is(i, "eighteen")) consider(&Matcher::YearOrDecade);
            break;
        case Wc::Ordinal: consider(&Matcher::Quarter); consider(&Matcher::Century); consider(&Matcher::MonthDate); break;
        case Wc::Shift: consider(&Matcher::RelativeUnit); break;   // "earlier this month"
        case Wc::Article:
            if (t.val == 1) {   // "a", "an": only a length starts with them ("a week", "a day-long", "a further year")
                consider(&Matcher::Duration);
                consider(&Matcher::CompoundDuration);
                consider(&Matcher::FurtherDuration);
                break;
            }
            consider(&Matcher::RelativeUnit);
            consider(&Matcher::Duration);
            consider(&Matcher::CompoundDuration);
            consider(&Matcher::DayPart);
            consider(&Matcher::Quarter);
            consider(&Matcher::Century);
            consider(&Matcher::WeekdayRule);
            consider(&Matcher::AnchoredDay);
            consider(&Matcher::DeicticRule);
            consider(&Matcher::YearOrDecade);
            break;
        case Wc::Filler:   // joining words: each starts at most one kind of expression
            if (Is(i, "at") || Is(i, "no")) consider(&Matcher::Duration);                     // "at least", "no more than"
            else if (Is(i, "in") || Is(i, "these")) consider(&Matcher::DeicticRule);         // "in future", "these days"
            else if (Is(i, "final") || Is(i, "comparable") || Is(i, "corresponding")) consider(&Matcher::Quarter);
            else if (Is(i, "new") || Is(i, "independence") || Is(i, "labor") || Is(i, "memorial")) consider(&Matcher::Holiday);
            else if (Is(i, "once") || Is(i, "twice")) consider(&Matcher::SetRule);           // "twice a year"
            break;
        case Wc::Relative:
            // "this", "that", "last", "next": a time word or a number must follow ("this week", "that same
            // day", "the past 20 years"), except for the adjective "current" (PRESENT_REF).
            if (Has(i + 1) && T(i + 1).wc == Wc::None && T(i + 1).Is(kTxAlpha) && !Is(i, "current")) return false;
            consider(&Matcher::RelativeUnit);
            consider(&Matcher::Duration);
            consider(&Matcher::Quarter);
            consider(&Matcher::Century);
            consider(&Matcher::WeekdayRule);
            if (Is(i, "that")) consider(&Matcher::AnchoredDay);
            if (Is(i, "current")) consider(&Matcher::DeicticRule);
            consider(&Matcher::Holiday);
            break;
        default:
            consider(&Matcher::RelativeUnit);
            consider(&Matcher::Duration);
            consider(&Matcher::CompoundDuration);
            consider(&Matcher::FurtherDuration);
            consider(&Matcher::DayPart);
            consider(&Matcher::Quarter);
            consider(&Matcher::Century);
            consider(&Matcher::WeekdayRule);
            consider(&Matcher::AnchoredDay);
            consider(&Matcher::DeicticRule);
            consider(&Matcher::Holiday);
            consider(&Matcher::SetRule);
            consider(&Matcher::YearOrDecade);
            break;
    }
    return found;
}

bool Matcher::At(uint32_t i, Match& m) {
    // m arrives fresh; when Core finds no match, m may hold a failed rule's leftovers and is not read again
    // (replaced by ModifiedRule's match, or dropped with the false result). A modified expression ("early
    // next year") wins over an unmodified one at least as long.
    const bool core = Core(i, m);
    if (tok_[i].wc == Wc::Modifier || tok_[i].wc == Wc::Article) {
        Match a;
        if (ModifiedRule(i, a) && (!core || a.last >= m.last)) m = std::move(a);
        else if (!core) return false;
    } else if (!core) {
        return false;
    }
    // "USA Today", "the China Daily": a name, consumed without a timex.
    if ((m.Len() == 1 && InName(m.first)) || (m.type == TimexType::Duration && QuotedTitle(m.first, m.last))) {
        m.drop = true;
        return true;
    }
    // "around Nov. 1", "around 7:15 p.m.", "approximately 1990": the approximator of a date or a time belongs
    // to the span (TimeML marks the modifier with mod APPROX). Not "about", most often a preposition
    // ("talked about May's figures"); durations keep their own rule; not before a possessive date, where
    // "around" governs the whole noun phrase ("to get around Wednesday's ruling").
    if (!m.drop && m.first > 0 && m.first == i && (Is(i - 1, "around") || Is(i - 1, "approximately") || Is(i - 1, "roughly")) &&
        (m.type == TimexType::Date || m.type == TimexType::Time) && m.value.find("_REF") == std::string::npos &&
        !(IsPunct(m.last, '\'') && Attached(m.last) && Is(m.last + 1, "s"))) {
        m.first = i - 1;
        if (!*m.mod) m.mod = "APPROX";
    }
    // "the next year or so": the hedge belongs to the expression and makes it approximate.
    if (!m.drop && Is(m.last, "or") && Is(m.last + 1, "so")) {
        m.last += 2;
        if (!*m.mod) m.mod = "APPROX";
    }
    // "1994 or later", "June or earlier": an open bound of a date (TimeML mod ON_OR_AFTER / ON_OR_BEFORE),
    // the words belong to the span. Not after a duration ("two years or later" is not English) or a *_REF.
    if (!m.drop && !*m.mod && Is(m.last, "or") && (Is(m.last + 1, "later") || Is(m.last + 1, "earlier")) &&
        m.type == TimexType::Date && m.value.empty() && m.point.Known()) {
        m.mod = Is(m.last + 1, "later") ? "ON_OR_AFTER" : "ON_OR_BEFORE";
        m.last += 2;
    }
    return true;
}

void Matcher::Accept(const Match& m) {
    if (m.drop) return;
    last_end_ = m.last;
    listable_day_ = m.value.empty() && m.point.g == Granularity::Day && !m.anchors && T(m.last - 1).Is(kTxDigit) &&
                    T(m.last - 1).ndigits <= 2;
    // "the first nine months", "the six months": a reporting span of months (not "the past two months", a
    // stretch back from now). "P9M" → 9.
    if (m.type == TimexType::Duration && Is(m.first, "the") && (Is(m.first + 1, "first") || IsC(m.first + 1, Wc::Number) ||
                                                                (Has(m.first + 1) && T(m.first + 1).Is(kTxDigit)))) {
        const std::string& v = m.value;
        if (v.size() >= 3 && v.size() <= 4 && v[0] == 'P' && v.back() == 'M' && v[1] >= '1' && v[1] <= '9') {
            const int n = v.size() == 3 ? v[1] - '0' : (v[1] - '0') * 10 + (v[2] - '0');
            if (n >= 2 && n <= 11) months_ = n, months_token_ = m.first;
        }
    }
    if (m.type == TimexType::Duration && m.value == "P1Y" && Is(m.first, "the")) year_token_ = m.first;   // "the year ended Aug. 31"
    if (!m.value.empty() || !m.point.Known() || m.no_anchor) return;
    if (m.point.g == Granularity::Year) year_token_ = m.first;
    last_ = m.point, last_token_ = m.first;
    // The report's quarter is the latest one it names: "after a flat second quarter" in a story about the
    // third is a comparison, and does not replace it while the story goes on.
    if (m.quarter_anchor) {
        const bool earlier = ReportingQuarter(m.first) && !quarter_.half && !m.point.half &&
                             m.point.year * 4 + m.point.quarter < quarter_.year * 4 + quarter_.quarter;
        if (!earlier) quarter_ = m.point, quarter_token_ = m.first;
    }
    if (m.anchors) anchor_ = m.point;
}

}  // namespace timex

std::vector<Timex> TagTimexes(std::string_view text, Day dct, const TaggerOptions& options, Index article,
                              const std::vector<ByteRange>* skip) {
    using namespace timex;
    // One token buffer per thread, kept between calls: a fresh one per article was a large allocation
    // (~3 bytes per byte of text) freed again right after, on every article of a corpus.
    thread_local TxTokens scan;
    const TxTokens& tokens = scan;
    ScanTokens(text, scan);
    const size_t nstarts = scan.nstarts;
    const uint32_t* const start_buffer = scan.starts.data();
    // The skipped ranges by start; copied only when the caller's are not in that order already (page furniture
    // is listed in text order).
    auto by_start = [](const ByteRange& a, const ByteRange& b) { return a.start < b.start; };
    std::vector<ByteRange> sorted;
    const std::vector<ByteRange>* skips_ptr = skip;
    if (skip && !std::is_sorted(skip->begin(), skip->end(), by_start)) {
        sorted = *skip;
        std::sort(sorted.begin(), sorted.end(), by_start);
        skips_ptr = &sorted;
    }
    static const std::vector<ByteRange> kNoSkips;
    const std::vector<ByteRange>& skips = skips_ptr ? *skips_ptr : kNoSkips;
    auto skipped = [&](uint32_t start, uint32_t end) {
        for (const ByteRange& r : skips) {
            if (r.start >= end) break;
            if (start < r.end && r.start < end) return true;
        }
        return false;
    };
    Matcher matcher(text, tokens, dct, options);
    std::vector<Timex> out;
    // A news story names a few dates (~4 on average in Reuters): room for them up front saves the growth
    // steps that move every Timex (four strings each) again.
    if (nstarts > 0) out.reserve(4);
    // Only the tokens the scanner found a timex may start at (most tokens of a news text are plain words);
    // i is the first token after the last match, which later starts must not overlap.
    uint32_t i = 0;
    for (size_t s = 0; s < nstarts; ++s) {
        if (start_buffer[s] < i) continue;
        i = start_buffer[s];
        const TxToken& t = tokens[i];
        // Fast paths: a punctuation mark starts a timex only as the apostrophe of '87 (a two-digit number glued
        // after it; "the '60s" starts at "the"); an article or a joining word ("the", "a", "in", "at") only
        // when a time word, a number or such an apostrophe follows. The rules would reject the rest, slower.
        if (t.Is(kTxPunct) && (i + 1 == tokens.size() || !tokens[i + 1].Is(kTxDigit) || tokens[i + 1].ndigits != 2 ||
                               tokens[i + 1].Is(kTxSpaceBefore)))
            continue;
        // A digit run glued to "$", or to a "." after digits, thousands after ",", minutes after ":" are the tail
        // of a number, a price, a clock time or a date whose head was already tried ("1.5", "$20", "1,000",
        // "10:30", "06" of "20.06.2024"). Not after / or -, nor "NOTE:1986": those hold timexes of their own.
        if (t.Is(kTxDigit) && i > 0 && !t.Is(kTxSpaceBefore) && tokens[i - 1].Is(kTxPunct)) {
            const char p = text[tokens[i - 1].start];
            const bool after_digit = i >= 2 && tokens[i - 2].Is(kTxDigit) && !tokens[i - 1].Is(kTxSpaceBefore);
            if (p == '$' || (p == '.' && after_digit) || (p == ',' && after_digit && t.ndigits == 3) ||
                (p == ':' && after_digit && t.ndigits == 2))
                continue;
        }
        if ((t.wc == Wc::Article || t.wc == Wc::Filler) && i + 1 < tokens.size()) {
            const TxToken& n = tokens[i + 1];
            if (n.wc == Wc::None && n.val != kStartsExpression && !n.Is(kTxDigit) &&
                !(n.Is(kTxPunct) && (text[n.start] == '\'' || static_cast<unsigned char>(text[n.start]) == 0xE2)))
                continue;
        }
        Match m;   // in place, not assigned from a temporary: a fresh one per candidate costs a few stores
        if (!matcher.At(i, m)) continue;
        const uint32_t start = tokens[m.first].start, end = tokens[m.last - 1].end;
        i = m.last;
        if (m.drop || (!skips.empty() && skipped(start, end))) continue;
        matcher.Accept(m);
        Timex& x = out.emplace_back();   // filled in place: no move of its four strings into the vector
        x.span = {article, start, end};
        x.type = m.type;
        const bool literal = !m.value.empty();
        x.value = literal ? std::move(m.value) : FormatValue(m.point);
        if (*m.mod) x.mod = m.mod;   // most are "": the new strings are empty already
        if (*m.quant) x.quant = m.quant;
        if (*m.freq) x.freq = m.freq;
        if (!literal || m.point.Known()) {   // a literal value may still have a period ("1998-10-XX")
            x.granularity = m.point.g;
            IntervalOf(m.point, x.earliest, x.latest);
            if (x.earliest == kNoDay) x.latest = kNoDay;
        }
    }
    return out;
}

}  // namespace core
