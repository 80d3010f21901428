// Words of the matcher that hold a time inside another word or a name: hyphenated duration compounds
// ("a week-long visit", "decades-long", "a years-old slump"), durations added to others ("another two
// weeks", "an additional year") and time words that are part of a proper name ("USA Today", "the China
// Daily", NBC's "Today" programme, the film "High Noon").
#include "timex_match.hpp"

namespace core::timex {

// "week-long", "two-week-long", "decades-long", "a years-old slump", "a week-old offensive": a duration
// premodifier (TimeML: DURATION, like "a 16-hour flight"). A number before "-old" makes it an age
// ("6-year-old", "the 50-year-old alliance"), which TimeBank does not mark, so "-old" is taken only bare.
bool Matcher::CompoundDuration(size_t i, Match& m) {
    size_t k = i;
    if (IsC(k, Wc::Article)) ++k;   // "a day-long meeting": the article belongs to the noun
    int n = -1;
    if (Has(k) && !IsC(k, Wc::Unit)) {
        if (T(k).wc == Wc::Article) return false;
        const size_t e = Number(k, n);
        // "two-week-long", "16-hour-long": the number is glued to the unit by a hyphen.
        if (!e || n < 1 || !IsPunct(e, '-') || !Attached(e) || !Attached(e + 1)) return false;
        k = e + 1;
    }
    if (!IsC(k, Wc::Unit)) return false;
    const int unit = T(k).val;
    if (unit == kHalf || unit == kWeekend) return false;
    if (!IsPunct(k + 1, '-') || !Attached(k + 1) || !Attached(k + 2)) return false;
    const bool long_ = Is(k + 2, "long");
    if (!long_ && !Is(k + 2, "old")) return false;
    if (!long_ && n >= 0) return false;   // an age
    // "10 year-old debt", "6-1/2-year-long": a number kept apart from the unit is still its count; an
    // age or a fraction this rule does not read.
    const size_t first = n >= 0 ? i + (IsC(i, Wc::Article) ? 1 : 0) : k;
    if (first > 0 && (T(first - 1).Is(kTxDigit) || IsC(first - 1, Wc::Number) || IsPunct(first - 1, '/') ||
                      (IsPunct(first - 1, '-') && Attached(first))))
        return false;
    if (n < 0) n = T(k).Is(kTxPlural) ? -1 : 1;
    m.first = static_cast<uint32_t>(first), m.last = static_cast<uint32_t>(k + 3);
    m.type = TimexType::Duration;
    m.value = DurationValue(n, unit);
    return true;
}

// A duration added to another: "another two weeks", "another year", "a further three months", "an
// additional year", "an extra 30 days" — the words of addition belong to the span (TimeML marks the
// whole noun phrase). "another good year" is a year of something, not a length: no adjective may follow.
bool Matcher::FurtherDuration(size_t i, Match& m) {
    size_t k = i;
    if (Is(k, "another")) ++k;
    else if (IsC(k, Wc::Article) && T(k).val == 1 && (Is(k + 1, "further") || Is(k + 1, "additional") || Is(k + 1, "extra")))
        k += 2;
    else
        return false;
    int n = 1, unit = 0;
    size_t e = 0;
    if (IsC(k, Wc::Unit) && !T(k).Is(kTxPlural)) {
        unit = T(k).val, e = k + 1;
    } else if (Has(k) && (T(k).Is(kTxDigit) || IsC(k, Wc::Number)) && T(k).wc != Wc::Article) {
        e = DurationCore(k, n, unit);
        if (!e || n < 1 || !T(e - 1).Is(kTxPlural)) return false;   // "another 10-day period" is Duration's
    }
    if (!e || unit == kHalf || unit == kWeekend) return false;
    if (IsPunct(e, '-') && Attached(e)) return false;   // "another year-end", "a further two-year extension"
    m.first = static_cast<uint32_t>(i), m.last = static_cast<uint32_t>(e);
    m.type = TimexType::Duration;
    m.value = DurationValue(n, unit);
    return true;
}

bool Matcher::Quote(size_t k, bool opening) const {
    if (!Has(k) || !T(k).Is(kTxPunct)) return false;
    const std::string_view q = text_.substr(T(k).start, T(k).end - T(k).start);
    return q == "\"" || q == "'" || (opening && q == "`") || q == (opening ? "\xE2\x80\x9C" : "\xE2\x80\x9D");
}

// A quoted title: CBS's "60 Minutes", the film "28 Days": a number and a capitalised unit right after an
// opening quote, in mid-sentence, name a programme or a work, not a length. Not a quoted phrase in lower
// case ("``24 hours a day''") nor a headline's capitals at the start of a sentence.
bool Matcher::QuotedTitle(size_t first, size_t last) const {
    if (last != first + 2 || first == 0 || !Attached(first) || !Quote(first - 1, true)) return false;
    const TxToken& u = T(first + 1);
    if (u.wc != Wc::Unit || !u.Is(kTxCap) || u.Is(kTxAllCaps)) return false;
    return first >= 2 && T(first - 2).sentence == T(first).sentence;
}

// A capitalised time word inside a proper name: after a capitalised word of the same sentence ("USA
// Today", "People's Daily", "VOA Today"), after "the" ("the Today newspaper"), before a capitalised word
// in mid-sentence ("tomorrow's Daily Telegraph"), or quoted alone (NBC's "Today"). Months, weekdays and
// holidays are always capitalised and are not asked; "Today," opening a sentence is not affected. Also the
// idiom "high noon".
bool Matcher::InName(size_t i) const {
    const TxToken& t = T(i);
    const bool noon = t.wc == Wc::PartOfDay && (t.val == 5 || t.val == 6);
    if (noon && i > 0 && Is(i - 1, "high")) return true;   // the idiom "high noon": a showdown, not 12:00
    if (!t.Is(kTxCap) || t.Is(kTxAllCaps)) return false;
    const bool deictic = t.wc == Wc::Deictic;
    const bool set_word = t.wc == Wc::SetWord && t.val != 0;   // daily, weekly … (not every/each/per)
    if (!deictic && !set_word && !noon) return false;
    if (i == 0 || T(i - 1).sentence != t.sentence) return false;
    const TxToken& p = T(i - 1);
    // Quoted alone: NBC's "Today", ``Today''.
    auto quote = [&](size_t k, bool opening) { return Quote(k, opening); };
    // Not the possessive of a quoted sentence's first word: "Today's cut was …".
    if (Attached(i) && quote(i - 1, true) && Attached(i + 1) && quote(i + 1, false) &&
        !(Is(i + 2, "s") && Attached(i + 2)))
        return true;
    if (!Attached(i) && p.Is(kTxAlpha)) {
        if (p.Is(kTxCap) && p.wc == Wc::None) return true;                    // "USA Today", "VOA Today"
        if (Is(i - 1, "the")) return true;                                    // "the Today newspaper"
        if (Is(i - 1, "s") && i >= 3 && IsPunct(i - 2, '\'') && T(i - 3).Is(kTxCap) && T(i - 3).wc == Wc::None)
            return true;                                                      // "People's Daily"
        // Mid-sentence before a name: "tomorrow's Daily Telegraph".
        if (Has(i + 1) && T(i + 1).sentence == t.sentence && T(i + 1).Is(kTxAlpha) && T(i + 1).Is(kTxCap) &&
            !T(i + 1).Is(kTxAllCaps) && T(i + 1).wc == Wc::None)
            return true;
    }
    return false;
}

}  // namespace core::timex
