// Resolution rules of the temporal tagger, one table per rule group: a project-written sentence, its DCT,
// the expression and the value it must get — with negatives that look alike but must keep the old reading.
// Recognition (which words form the span) is tested in test_timex.cpp and test_timex_spans.cpp.
#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <vector>

#include "timex_tagger.hpp"

using namespace core;

namespace {

struct ValueCase {
    const char* sentence;
    const char* dct;                    // "YYYY-MM-DD"
    const char* span;                   // the expression (a timex must overlap it)
    const char* value;                  // its expected TIMEX3 value
};

void CheckValues(const ValueCase* cases, size_t n) {
    for (size_t c = 0; c < n; ++c) {
        const ValueCase& vc = cases[c];
        Day dct = kNoDay;
        REQUIRE(ParseIsoDate(vc.dct, dct));
        const std::string s = vc.sentence;
        const std::vector<Timex> ts = TagTimexes(s, dct);
        const size_t at = s.find(vc.span);
        REQUIRE(at != std::string::npos);
        const Timex* hit = nullptr;
        for (const Timex& t : ts)
            if (t.span.start < at + std::strlen(vc.span) && at < t.span.end) hit = &t;
        const std::string dct_text = vc.dct;
        CAPTURE(s);
        CAPTURE(dct_text);
        REQUIRE_MESSAGE(hit != nullptr, "no timex over '", vc.span, "'");
        CHECK(hit->value == vc.value);
    }
}

// A date inside an infinitive of intention ("agreed to buy … in January") lies ahead of the past verb
// governing it: the past tense does not push it back a year; it is read nearest the DCT.
const ValueCase kIntentionInfinitive[] = {
    {"The board agreed to buy the mill in January.", "1989-11-02", "January", "1990-01"},
    {"The panel ordered the two executives to testify on Feb. 10.", "2000-01-07", "Feb. 10", "2000-02-10"},
    {"The bank announced an agreement to acquire the insurer in January.", "1989-11-02", "January", "1990-01"},
    {"The unions agreed to meet again on Friday.", "1989-11-01", "Friday", "1989-11-03"},
    // Negatives: no intention head ("went to see"), "to" before a noun phrase, the date before the infinitive.
    {"He went to see his mother in January.", "1989-11-02", "January", "1989-01"},
    {"Sales rose to $5 million in January.", "1989-11-02", "January", "1989-01"},
    {"The strike that began in January spread to other plants.", "1989-11-02", "January", "1989-01"},
    {"The firm agreed in January to sell the unit.", "1989-11-02", "January", "1989-01"},
};

// A participle of planning after a determiner ("the hastily planned trip") is an adjective: it does not put
// the clause ahead of the DCT. As a verb ("planned to travel") it still does.
const ValueCase kAttributiveParticiple[] = {
    {"On Friday, when the minister set aside the hastily planned trip, the ministry lifted its warning.", "1998-08-17",
     "Friday", "1998-08-14"},
    {"The long-awaited ruling and the expected appeal came on Tuesday.", "1998-08-20", "Tuesday", "1998-08-18"},
    {"The minister planned to travel on Friday.", "1998-08-17", "Friday", "1998-08-21"},
    {"The talks are scheduled for Friday.", "1998-08-17", "Friday", "1998-08-21"},
};

// A full month or weekday name before a period ends its sentence ("in February. The new owner will…"): the
// next sentence's tense does not date it. Abbreviations ("Feb.", "Thurs.") do not end one.
const ValueCase kSentenceEnd[] = {
    {"The mill was sold in February. The new owner will expand it.", "1989-10-30", "February", "1989-02"},
    {"The record was set in September. Volume will grow, traders said.", "1987-03-13", "September", "1986-09"},
    {"The plant closed in May. It will reopen, the union said.", "1989-10-30", "May", "1989-05"},
};

// "That (same) day" after a month names a day of that month without saying which: "YYYY-MM-XX", never the
// first of the month. After a day it is that day.
const ValueCase kDayOfKnownMonth[] = {
    {"The mill burned last October. Its owner was arrested that same day.", "1999-02-06", "same day", "1998-10-XX"},
    {"The mill burned in October 1998. The police came that day.", "1999-02-06", "that day", "1998-10-XX"},
    {"The mill burned on Oct. 23, 1998. The police came that day.", "1999-02-06", "that day", "1998-10-23"},
    {"The mill burned on Oct. 23, 1998. The owner was arrested the same day.", "1999-02-06", "the same day", "1998-10-23"},
};

// "The previous Friday", "the following Monday": the weekday before or after the day the narrative is at
// (the last day named), the DCT when none was named.
const ValueCase kNarrativeWeekday[] = {
    {"The plant was shut on March 3, 1999; the leak had begun the previous Friday.", "1999-06-01", "the previous Friday",
     "1999-02-26"},
    {"The talks opened on Oct. 2, 1990 and ended the following Monday.", "1990-12-01", "the following Monday", "1990-10-08"},
    {"Shares fell 4% from the previous Friday.", "2024-11-12", "the previous Friday", "2024-11-08"},
    // Negative: a bare weekday keeps the tense reading (the Friday before the DCT).
    {"The plant was shut on March 3, 1999; the leak began on Friday.", "1999-06-01", "Friday", "1999-05-28"},
};

// Clause boundaries for tense cues: an auxiliary after "and"/"but" past the date opens another clause; a
// modal inside a relative clause closed before the date belongs to that clause.
const ValueCase kClauseBoundaries[] = {
    {"The envoy arrived on Saturday and will meet the president tomorrow.", "1987-03-23", "Saturday", "1987-03-21"},
    {"Output rose 10 pct over fourth-quarter levels and should stay there.", "1987-03-12", "fourth-quarter", "1986-Q4"},
    {"The float ranged from $5 on Friday, for which he could give no reason, to $9 on Wednesday.", "1987-02-26",
     "Wednesday", "1987-02-25"},
    // Negatives: the clause's own auxiliary before the date; a modal not in a relative clause.
    {"The envoy will arrive on Saturday and will meet the president.", "1987-03-23", "Saturday", "1987-03-28"},
    {"Prices could, in theory, fall on Friday.", "1987-03-23", "Friday", "1987-03-27"},
};

// Deadline words ("until", "expires", "a deadline of") put a month ahead of the DCT when no past or future
// tense decides; a dividend's record date ("holders of record April 10") leans ahead like "by".
const ValueCase kDeadlineMonths[] = {
    {"The talks, with a deadline of October for an accord, are the main issue.", "1987-03-02", "October", "1987-10"},
    {"The pact, which expires in October, is under review.", "1987-03-12", "October", "1987-10"},
    {"The trust extended its offer until November 26.", "1987-03-02", "November 26", "1987-11-26"},
    {"It declared a dividend payable May 1 to holders of record April 10.", "1987-02-26", "April 10", "1987-04-10"},
    // Negatives: a clear tense still decides; no deadline word, nearest the DCT.
    {"The strike lasted until October.", "1987-03-12", "October", "1986-10"},
    {"The rate is lower than in October.", "1987-03-12", "October", "1986-10"},
};

// The present tense of a scheduled event ("which opens on Thursday", "begins on Tuesday") places a weekday
// nearest the DCT, not behind a reporting verb's past.
const ValueCase kScheduledPresent[] = {
    {"Whipple, here for the auto show which opens on Thursday, said sales rose.", "1987-03-02", "Thursday", "1987-03-05"},
    {"This week's calendar begins on Tuesday with durable goods orders.", "1987-03-22", "Tuesday", "1987-03-24"},
    // Negative: the past tense of the same verb.
    {"Whipple, here for the auto show which opened on Thursday, said sales rose.", "1987-03-02", "Thursday", "1987-02-26"},
};

// "as planned", "as (originally) scheduled": the event kept to its plan; the participle is no future cue,
// the clause's own verb dates the weekday. Without "as" the plan still points ahead.
const ValueCase kAsPlanned[] = {
    {"The march began as planned Saturday night.", "1991-02-25", "Saturday", "1991-02-23"},
    {"The army let the offensive begin as previously planned Saturday.", "1991-02-25", "Saturday", "1991-02-23"},
    {"The vote went ahead as scheduled on Thursday.", "2024-05-10", "Thursday", "2024-05-09"},
    // Negatives: a plan or a schedule for later.
    {"The march is planned for Saturday.", "1991-02-25", "Saturday", "1991-03-02"},
    {"The vote is scheduled for Thursday.", "2024-05-10", "Thursday", "2024-05-16"},
};

// A negated "could" reports an attempt that failed, in the past ("could not be reached Friday"), not a
// possibility ahead; a plain "could" before the date still points ahead.
const ValueCase kNegatedCould[] = {
    {"The mayor could not be reached for comment Wednesday.", "2000-01-06", "Wednesday", "2000-01-05"},
    {"Neither he nor his aides could be located Wednesday in the capital.", "2000-01-06", "Wednesday", "2000-01-05"},
    {"Officials couldn't find the papers on Tuesday.", "2000-01-06", "Tuesday", "2000-01-04"},
    // Negatives: possibility ahead; a negation in another clause.
    {"Power could be restored by Saturday.", "2000-01-06", "Saturday", "2000-01-08"},
    {"The talks could resume Monday.", "2000-01-06", "Monday", "2000-01-10"},
    {"He did not say whether, the minister added, the ferry could sail Monday.", "2000-01-06", "Monday", "2000-01-10"},
};

// A decade named without its century ("the '90s", "the mid-'90s", "the nineties"): the DCT's own decade, else
// the coming one when it begins within three years unless the clause is past ("the '90s" written in 1989), else
// the last one ("the '30s" written in 2024 are the 1930s); a future cue
// ("will", "by") reaches up to 30 years ahead.
const ValueCase kTwoDigitDecades[] = {
    {"By the mid-'90s the plant will be closed.", "1989-06-01", "the mid-'90s", "199"},
    {"Demand will grow in the '90s, analysts said.", "1989-06-01", "the '90s", "199"},
    {"The challenges of the nineties are many.", "1989-06-01", "the nineties", "199"},
    {"He recalled the '70s.", "1989-06-01", "the '70s", "197"},
    {"It peaked in the late '70s.", "1989-06-01", "the late '70s", "197"},
    {"Music of the '20s is back.", "2024-05-01", "the '20s", "202"},
    {"Music of the '90s is back.", "2024-05-01", "the '90s", "199"},
    {"Music of the '20s is back.", "1989-06-01", "the '20s", "192"},
    {"By the '50s the seas will have risen.", "2024-05-01", "the '50s", "205"},
    {"Music of the '30s is back.", "2024-05-01", "the '30s", "193"},
    {"Targets for the '30s will be set next year.", "2024-05-01", "the '30s", "203"},
    // Negatives: a past clause cannot be in a decade still to come; a future cue reaches 30 years, no further.
    {"The mill was built in the '90s.", "1989-06-01", "the '90s", "189"},
    {"By the '50s the seas will have risen.", "1989-06-01", "the '50s", "195"},
};

}  // namespace

TEST_CASE("timex values: a two-digit decade is the one nearest the DCT, ahead only when the tense allows") {
    CheckValues(kTwoDigitDecades, std::size(kTwoDigitDecades));
}

TEST_CASE("timex values: the present tense of a scheduled event puts a weekday nearest the DCT") {
    CheckValues(kScheduledPresent, std::size(kScheduledPresent));
}

TEST_CASE("timex values: deadline words put a month ahead when the tense does not decide") {
    CheckValues(kDeadlineMonths, std::size(kDeadlineMonths));
}

TEST_CASE("timex values: tense cues stop at coordinated and relative clauses") {
    CheckValues(kClauseBoundaries, std::size(kClauseBoundaries));
}

TEST_CASE("timex values: the previous / the following weekday is read from the narrative's day") {
    CheckValues(kNarrativeWeekday, std::size(kNarrativeWeekday));
}

TEST_CASE("timex values: that day after a month is a day of that month, XX") {
    CheckValues(kDayOfKnownMonth, std::size(kDayOfKnownMonth));
    // The timeline still places it: within that month.
    Day dct;
    REQUIRE(ParseIsoDate("1999-02-06", dct));
    const std::string s = "The mill burned last October. Its owner was arrested that same day.";
    const std::vector<Timex> ts = TagTimexes(s, dct);
    REQUIRE(ts.size() == 2);
    CHECK(ts[1].value == "1998-10-XX");
    CHECK(FormatIsoDay(ts[1].earliest) == "1998-10-01");
    CHECK(FormatIsoDay(ts[1].latest) == "1998-10-31");
}

TEST_CASE("timex values: a date in an infinitive of intention is read nearest the DCT") {
    CheckValues(kIntentionInfinitive, std::size(kIntentionInfinitive));
}

TEST_CASE("timex values: a planning participle after a determiner is not a tense cue") {
    CheckValues(kAttributiveParticiple, std::size(kAttributiveParticiple));
}

TEST_CASE("timex values: a full month or weekday name ends its sentence for tense") {
    CheckValues(kSentenceEnd, std::size(kSentenceEnd));
}

TEST_CASE("timex values: 'as planned' is no future cue") {
    CheckValues(kAsPlanned, std::size(kAsPlanned));
}

TEST_CASE("timex values: a negated 'could' reports the past") {
    CheckValues(kNegatedCould, std::size(kNegatedCould));
}

// A span of months reported after the quarter ("For the nine months, …") is what "a year earlier" and "the
// year-earlier period" compare with: the year before, and a length of those months (like "the nine months").
// A day named since ("the six months ended Aug. 12") anchors "a year earlier" itself; a quarter named
// after the months takes over again.
const ValueCase kReportingMonths[] = {
    {"Net rose in the third quarter. For the nine months, it earned $5 million, compared with $3 million a year earlier.",
     "1989-11-02", "a year earlier", "1988"},
    {"It lost $7 million through the first nine months, compared with earnings a year ago of $4 million.",
     "1989-11-02", "a year ago", "1988"},
    {"Net rose in the third quarter. For the nine months, it earned $5 million. In the year-earlier period, it earned $3 million.",
     "1989-11-02", "the year-earlier period", "P9M"},
    {"For the six months, it earned $5 million. Net for the year-earlier six months included a gain.",
     "1989-11-02", "the year-earlier six months", "P6M"},
    // A day named after the months anchors the comparison.
    {"For the six months ended Aug. 12, it earned $6 million, compared with $18 million a year earlier.",
     "1989-10-26", "a year earlier", "1988-08-12"},
    // The quarter named after the months (or alone) is compared, as before.
    {"For the nine months, it earned $5 million. In the third quarter, it earned $2 million, up from $1 million a year earlier.",
     "1989-11-02", "a year earlier", "1988-Q3"},
    {"Net rose in the third quarter. In the year-ago period, it lost money.", "1989-11-02", "the year-ago period", "1988-Q3"},
    // A stretch back from now is no reporting span; another sentence is not compared with it.
    {"Net rose in the third quarter. Prices fell in the past two months, down from a year earlier.", "1989-11-02",
     "a year earlier", "1988-Q3"},
    {"For the nine months, it earned $5 million. Net rose in the third quarter from a year earlier.", "1989-11-02",
     "a year earlier", "1988-Q3"},
};

TEST_CASE("timex values: a span of months reported after the quarter is compared a year back") {
    CheckValues(kReportingMonths, std::size(kReportingMonths));
}

// "Easter week", "Christmas week": the ISO week holding the holiday. The DCT's own week is this one
// whatever the tense ("as Easter week began" on its Monday); otherwise the tense picks the year as for the day.
const ValueCase kHolidayWeek[] = {
    {"Shops were busy as Easter week began.", "2000-04-17", "Easter week", "2000-W16"},
    {"Sales fell in Christmas week.", "2000-04-17", "Christmas week", "1999-W51"},
    {"Stores will stay open late in Thanksgiving week.", "1998-11-02", "Thanksgiving week", "1998-W48"},
    {"Sales fell in Christmas week 1998.", "2000-04-17", "Christmas week 1998", "1998-W52"},
    // The day alone, and a week-long compound, keep the holiday's day.
    {"Shops were busy at Easter.", "2000-04-17", "Easter", "1999-04-04"},
    {"The Christmas week-long holiday ended.", "2000-04-17", "Christmas", "1999-12-25"},
};

TEST_CASE("timex values: a holiday's week is the ISO week holding it") {
    CheckValues(kHolidayWeek, std::size(kHolidayWeek));
}

// The present of a scheduled event with a plural subject ("the two leaders meet Monday", "talks resume
// Tuesday", "payments begin Dec 29") points ahead of the DCT; the bare verb after an auxiliary, a modal or
// "to" is dated by those words instead.
const ValueCase kPluralSchedule[] = {
    {"He and Arafat meet separately Monday with Albright.", "1998-05-01", "Monday", "1998-05-04"},
    {"Talks resume Tuesday in Geneva.", "1998-05-01", "Tuesday", "1998-05-05"},
    {"Ministers hope to approve it when they meet again in Brussels on June 1, sources said.", "1987-03-19", "June 1", "1987-06-01"},
    {"Interest payments on the notes begin Dec 29, it said.", "1987-06-19", "Dec 29", "1987-12-29"},
    // The auxiliary or the past verb decides.
    {"They did not meet Monday.", "1998-05-01", "Monday", "1998-04-27"},
    {"They met Monday.", "1998-05-01", "Monday", "1998-04-27"},
    {"Talks were to resume Tuesday, but were cancelled.", "1998-05-01", "Tuesday", "1998-04-28"},
};

TEST_CASE("timex values: the present of a scheduled event with a plural subject points ahead") {
    CheckValues(kPluralSchedule, std::size(kPluralSchedule));
}

// "last year" after a figure compares with the reported quarter — unless its sentence names a year or a
// year-long period first ("net income for the year ended Aug. 31 … down from C$9.7 million last year"),
// which it compares as a year even with a day named since; a quarter named after that year wins again.
const ValueCase kLastYearAfterYear[] = {
    {"Innopac reported a fourth-quarter loss. Net income for the year ended Aug. 31 was C$2.7 million, down from C$9.7 million, or 70 cents a share last year.",
     "1989-10-30", "last year", "1988"},
    {"Net rose in the third quarter. In 1989 it expects to earn $4, up from $3.34 a share last year.", "1989-11-02",
     "last year", "1988"},
    // The quarter compared, as before.
    {"Net rose in the third quarter to $5 million from $3 million last year.", "1989-11-02", "last year", "1988-Q3"},
    {"In 1989 it made cars; in the third quarter it earned $5 million, up from $3 million last year.", "1989-11-02",
     "last year", "1988-Q3"},
};

TEST_CASE("timex values: 'last year' after a figure compares with a year named in its sentence") {
    CheckValues(kLastYearAfterYear, std::size(kLastYearAfterYear));
}

// "the past decade" is the ten years up to the DCT, a length like "the past three years"; "the last decade"
// stays the decade before the DCT's.
const ValueCase kPastDecade[] = {
    {"The routine has not changed over the past decade.", "1998-10-25", "the past decade", "P10Y"},
    {"Wages lost ground in the last decade.", "1998-02-06", "the last decade", "198"},
    {"Prices fell over the past three years.", "1998-02-06", "the past three years", "P3Y"},
    {"It was the past decade of the old century.", "1998-02-06", "decade", "198"},
};

TEST_CASE("timex values: 'the past decade' is a length of ten years") {
    CheckValues(kPastDecade, std::size(kPastDecade));
}

// Words that are tense cues by their spelling (besides the lexicon's tense words), one of each list the
// tense walk checks a word's first letter and length against: each must still point a weekday ahead (from
// Wednesday 6 May 1998, "Monday" alone is the nearest one, the 4th).
const ValueCase kSpelledCues[] = {
    {"The upcoming vote on Monday.", "1998-05-06", "Monday", "1998-05-11"},
    {"The union intends to strike Monday.", "1998-05-06", "Monday", "1998-05-11"},
    {"The union hopes to strike Monday.", "1998-05-06", "Monday", "1998-05-11"},
    {"Workers going on strike Monday.", "1998-05-06", "Monday", "1998-05-11"},
    {"The ministers reconvene Monday.", "1998-05-06", "Monday", "1998-05-11"},
    {"The vote slated for Monday.", "1998-05-06", "Monday", "1998-05-11"},
    // No cue: the nearest Monday ("plan" without "to" is a noun).
    {"The vote on Monday.", "1998-05-06", "Monday", "1998-05-04"},
    {"The plan for Monday.", "1998-05-06", "Monday", "1998-05-04"},
};

TEST_CASE("timex values: spelled tense cues ('upcoming', 'intends to', 'reconvene') point a weekday ahead") {
    CheckValues(kSpelledCues, std::size(kSpelledCues));
}
