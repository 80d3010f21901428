// Which words are timexes and where they end (TimeML / TempEval-3 recognition rules): each rule with
// sentences it must mark and sentences it must leave alone. Written for the project; not taken from any
// evaluation set.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "timex_tagger.hpp"

using namespace core;

namespace {

struct SpanCase {
    const char* sentence;
    const char* dct;                    // "YYYY-MM-DD"
    const char* expected;               // every timex of the sentence: "[text TYPE value] …", "" for none
};

std::string Tags(const char* sentence, const char* dct) {
    Day d = kNoDay;
    REQUIRE(ParseIsoDate(dct, d));
    const std::string s = sentence;
    std::string out;
    for (const Timex& t : TagTimexes(s, d)) {
        if (!out.empty()) out += " ";
        // Appended piece by piece: GCC 12's -Wrestrict misreads `"[" + std::string` (a false positive).
        out += '[';
        out.append(s, t.span.start, t.span.end - t.span.start);
        out += ' ';
        out += ToString(t.type);
        out += ' ';
        out += t.value;
        out += ']';
    }
    return out;
}

void Check(const SpanCase* cases, size_t n) {
    for (size_t k = 0; k < n; ++k) {
        const std::string sentence = cases[k].sentence, expected = cases[k].expected;
        CAPTURE(sentence);
        CHECK(Tags(cases[k].sentence, cases[k].dct) == expected);
    }
}

}  // namespace

TEST_CASE("timex spans: hyphenated duration compounds") {
    const SpanCase cases[] = {
        {"Talks ended after a week-long visit.", "2024-05-10", "[week-long DURATION P1W]"},
        {"The two-week-long strike is over.", "2024-05-10", "[two-week-long DURATION P2W]"},
        {"It was a decades-long dispute.", "2024-05-10", "[decades-long DURATION PXY]"},
        {"They held a third day-long meeting.", "2024-05-10", "[day-long DURATION P1D]"},
        {"Hopes rose for an end to a years-old slump.", "2024-05-10", "[years-old DURATION PXY]"},
        {"A 16-hour flight took them home.", "2024-05-10", "[16-hour DURATION PT16H]"},
        // Ages are not timexes, neither for people nor for things.
        {"The 6-year-old boy was found.", "2024-05-10", ""},
        {"The 50-year-old alliance grew.", "2024-05-10", ""},
        {"They paid the 10 year-old debt.", "2024-05-10", ""},
        {"The man is 52 years old.", "2024-05-10", ""},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: time words inside names") {
    const SpanCase cases[] = {
        {"USA Today said circulation rose.", "2024-05-10", ""},
        {"The figure was reported by the China Daily.", "2024-05-10", ""},
        {"A survey in tomorrow's Daily Telegraph shows a lead.", "2024-05-10", "[tomorrow DATE 2024-05-11]"},
        {"He spoke on NBC's \"Today\" program.", "2024-05-10", ""},
        {"A poll in the Today newspaper had them ahead.", "2024-05-10", ""},
        {"It showed a still from the film High Noon.", "2024-05-10", ""},
        // A number and a capitalised unit opening a quotation: the title of a programme or a film.
        {"She told CBS's \"60 Minutes\" she would run.", "2024-05-10", ""},
        {"He starred in ``28 Days'' with her.", "2024-05-10", ""},
        {"For the party, high noon comes next week.", "2024-05-10", "[next week DATE 2024-W20]"},
        // The same words as times.
        {"Today Brazil said it would pay.", "2024-05-10", "[Today DATE 2024-05-10]"},
        {"\"Today's cut was a surprise,\" he said.", "2024-05-10", "[Today DATE 2024-05-10]"},
        {"The ships sail daily.", "2024-05-10", "[daily SET P1D]"},
        {"Trading resumes at noon.", "2024-05-10", "[noon TIME 2024-05-10T12:00]"},
        {"Shares fell. Yesterday, the index recovered.", "2024-05-10", "[Yesterday DATE 2024-05-09]"},
        {"The sign promised \"24 hours\" of service.", "2024-05-10", "[24 hours DURATION PT24H]"},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: the second day of a list or range") {
    const SpanCase cases[] = {
        {"The summit is on April 24 and 25.", "1999-04-10", "[April 24 DATE 1999-04-24] [25 DATE 1999-04-25]"},
        {"Books close August 3 to 10.", "1987-07-20", "[August 3 DATE 1987-08-03] [10 DATE 1987-08-10]"},
        {"The talks take place April 13-16 in Geneva.", "1987-04-01",
         "[April 13 DATE 1987-04-13] [16 DATE 1987-04-16]"},
        {"It covers the period between Dec 23 and 31, 1986.", "1987-01-20",
         "[Dec 23 DATE 1986-12-23] [31, 1986 DATE 1986-12-31]"},
        // Amounts after a date are not days.
        {"Stocks rose from March 31 to 3.5 billion dlrs.", "1987-04-20", "[March 31 DATE 1987-03-31]"},
        {"Output fell on July 21 to 7 mln tonnes.", "1987-08-01", "[July 21 DATE 1987-07-21]"},
        {"The notes are due April 15, 1992 and 50 mln dlrs are due later.", "1987-04-01", "[April 15, 1992 DATE 1992-04-15]"},
        {"He was hired on May 5 and 2 others left.", "1987-06-01", "[May 5 DATE 1987-05-05]"},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: a part of the day standing alone") {
    const SpanCase cases[] = {
        {"The bank bought dollars in the late morning.", "1987-03-05", "[the late morning TIME 1987-03-05TMO]"},
        {"By early afternoon the market had recovered.", "1987-03-05", "[early afternoon TIME 1987-03-05TAF]"},
        {"The index fell 10 points at mid-morning.", "1987-03-05", "[mid-morning TIME 1987-03-05TMO]"},
        {"At mid-afternoon yesterday, shares rose.", "1987-03-05", "[mid-afternoon yesterday TIME 1987-03-04TAF]"},
        // The day the narrative is at.
        {"Hopes were dashed Friday. Dealers bought heavily in the morning.", "1987-03-09",
         "[Friday DATE 1987-03-06] [the morning TIME 1987-03-06TMO]"},
        // Greetings, kinds of things, verbs, and a part of a named day are not this rule's.
        {"Good evening from the park.", "1987-03-05", ""},
        {"He watched the morning talk show.", "1987-03-05", ""},
        {"The rules are aimed at evening out prices.", "1987-03-05", ""},
        {"We left on the morning of June 5.", "1987-07-05", "[June 5 DATE 1987-06-05]"},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: a duration added to another") {
    const SpanCase cases[] = {
        {"Talks will continue for another two weeks.", "1987-03-05", "[another two weeks DURATION P2W]"},
        {"Recovery will be delayed for another year.", "1987-03-05", "[another year DURATION P1Y]"},
        {"The option runs for an additional two years.", "1987-03-05", "[an additional two years DURATION P2Y]"},
        {"The vote was put off for a further six months.", "1987-03-05", "[a further six months DURATION P6M]"},
        {"The mine stays open for an extra five years.", "1987-03-05", "[an extra five years DURATION P5Y]"},
        // A year of something, an amount, a hyphenated modifier.
        {"It was another good harvest.", "1987-03-05", ""},
        {"Another 200 people came.", "1987-03-05", ""},
        {"They agreed a further 10-day extension.", "1987-03-05", "[10-day DURATION P10D]"},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: US holidays fixed by a weekday rule") {
    const SpanCase cases[] = {
        {"Voters go to the polls on Election Day.", "1998-10-26", "[Election Day DATE 1998-11-03]"},
        {"Election Day in 2000 was close.", "2000-12-01", "[Election Day DATE 2000-11-07] [2000 DATE 2000]"},
        {"Stores close on Memorial Day.", "1998-05-01", "[Memorial Day DATE 1998-05-25]"},
        {"Memorial Day 1999 was quiet.", "1999-06-10", "[Memorial Day 1999 DATE 1999-05-31]"},
        // Any country's election day: a common noun, no date of its own; "election" stays an ordinary word
        // for the rules around it (a season or an ordinal before a noun).
        {"Turnout on election day was low.", "1987-06-20", ""},
        {"Speculation grows about an early autumn election.", "1987-03-05", ""},
        {"It was a second election in a year.", "1987-03-05", "[a year DURATION P1Y]"},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: approximators of dates and times") {
    const SpanCase cases[] = {
        {"Shares will be mailed around May 10.", "1987-04-20", "[around May 10 DATE 1987-05-10]"},
        {"The meeting starts around 3 p.m. on Friday.", "1987-04-08", "[around 3 p.m. TIME 1987-04-08T15:00] [Friday DATE 1987-04-10]"},
        {"Output should peak around mid-June.", "1987-04-20", "[around mid-June DATE 1987-06]"},
        // "about" is mostly a preposition; a 24-hour clock time with its zone is no year.
        {"Analysts talked about June's figures.", "1987-07-20", "[June DATE 1987-06]"},
        {"The pipeline reopened around 1900 EDT.", "1987-06-20", ""},
        {"They looked for ways to get around Wednesday's ruling.", "2000-01-07", "[Wednesday DATE 2000-01-05]"},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: the future or the past of something is not a time") {
    const SpanCase cases[] = {
        // Its prospects or its history: a thing, not a time (TimeML marks expressions that denote a time).
        {"The vote decides the future of the coalition.", "2024-05-10", ""},
        {"Nobody can undo the past of a nation.", "2024-05-10", ""},
        // The time itself, also before "of" when a modifier stands between.
        {"Rates will stay low for the foreseeable future.", "2024-05-10", "[the foreseeable future DATE FUTURE_REF]"},
        {"She worries about the future.", "2024-05-10", "[the future DATE FUTURE_REF]"},
        {"Prices fell in the past, he said.", "2024-05-10", "[the past DATE PAST_REF]"},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: a length and a half") {
    const SpanCase cases[] = {
        // The half in the next smaller unit, like "2 1/2 years".
        {"The climb took a minute and a half.", "2024-05-10", "[a minute and a half DURATION PT1M30S]"},
        {"He served a year and a half in prison.", "2024-05-10", "[a year and a half DURATION P1Y6M]"},
        {"The strike lasted two years and a half.", "2024-05-10", "[two years and a half DURATION P2Y6M]"},
        // Before a shift: years become 18 months back (a month); a clock length keeps its length.
        {"He left the firm a year and a half ago.", "2024-05-10", "[a year and a half ago DATE 2022-11]"},
        {"An hour and a half later, the pilot called.", "2024-05-10", "[An hour and a half DURATION PT1H30M]"},
        // Not a half of the length: another noun after "and a".
        {"They talked for a week and a day.", "2024-05-10", "[a week DURATION P1W] [a day DURATION P1D]"},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: the first or final stretch of something") {
    const SpanCase cases[] = {
        {"Thousands were taken in the first hours of the war.", "2024-05-10", "[the first hours DURATION PTXH]"},
        {"He spent the final weeks of his life at home.", "2024-05-10", "[the final weeks DURATION PXW]"},
        // Not without "of" (a count of days would need a number), nor bare plural units.
        {"In the first days, sales fell.", "2024-05-10", ""},
        {"The hours were long.", "2024-05-10", ""},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: open bounds, stretches ahead, spans back from a record") {
    const SpanCase cases[] = {
        // "or later" / "or earlier" after a date: an open bound, in the span.
        {"The unit will not be profitable until 1994 or later.", "1989-10-30", "[1994 or later DATE 1994]"},
        {"Two years or later is not English.", "1989-10-30", "[Two years DURATION P2Y]"},
        // "the weeks ahead": a vague stretch from now, like "the coming weeks".
        {"Funds may sell bonds in the weeks ahead.", "1989-10-30", "[the weeks ahead DURATION PXW]"},
        {"The months ahead will be hard.", "1989-10-30", "[The months ahead DURATION PXM]"},
        {"The days were long.", "1989-10-30", ""},
        // "in years" after a record or a first; not elsewhere.
        {"Output grew for the first time in years.", "1989-10-30", "[years DURATION PXY]"},
        {"Rates hit the lowest level in decades.", "1989-10-30", "[decades DURATION PXY]"},
        {"He was interested in years of data.", "1989-10-30", ""},
    };
    Check(cases, std::size(cases));
    // The bound is the mod.
    Day d;
    REQUIRE(ParseIsoDate("1989-10-30", d));
    const std::vector<Timex> ts = TagTimexes("The unit will not be profitable until 1994 or later.", d);
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].mod == "ON_OR_AFTER");
}

TEST_CASE("timex spans: days spelled out, and a date in apposition to a weekday") {
    const SpanCase cases[] = {
        // Broadcast transcripts spell the day out.
        {"The vote is on March eighth.", "1998-03-05", "[March eighth DATE 1998-03-08]"},
        {"May twenty-first is the date.", "1998-03-05", "[May twenty-first DATE 1998-05-21]"},
        {"It ended on the twenty-fifth of May.", "1998-03-05", "[twenty-fifth of May DATE 1997-05-25]"},
        {"The fourth of July parade was cancelled.", "1998-03-05", "[fourth of July DATE 1997-07-04]"},
        // Not a day: an ordinal of something else, the modal "may".
        {"In June second-quarter sales rose.", "1998-03-05", "[June DATE 1997-06] [second-quarter DATE 1997-Q2]"},
        {"They may first ask the court.", "1998-03-05", ""},
        {"The eighth round ended.", "1998-03-05", ""},
        // A date restating the weekday joins its span and gives the value.
        {"Women's Day is this coming Sunday, March eighth.", "1998-03-05", "[this coming Sunday, March eighth DATE 1998-03-08]"},
        {"The talks open Monday, March 9, in Geneva.", "1998-03-05", "[Monday, March 9 DATE 1998-03-09]"},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: 'twenty-second' is the ordinal day next to a month or after 'the', a length after 'a'") {
    const SpanCase cases[] = {
        // A day of a month: the ordinal 22nd (or 32nd), not twenty seconds.
        {"The vote is on the twenty-second of May.", "1998-03-05", "[twenty-second of May DATE 1998-05-22]"},
        {"The talks ended on the twenty-second of February.", "1998-03-05", "[twenty-second of February DATE 1998-02-22]"},
        {"Twenty-second of May is the date.", "1998-03-05", "[Twenty-second of May DATE 1998-05-22]"},
        {"The vote is on May twenty-second.", "1998-03-05", "[May twenty-second DATE 1998-05-22]"},
        {"It ended on the second of May.", "1998-06-05", "[second of May DATE 1998-05-02]"},
        {"The vote is on May the twenty-second.", "1998-03-05", "[May the twenty-second DATE 1998-05-22]"},
        {"The vote is on May the 22nd, 1999.", "1998-03-05", "[May the 22nd, 1999 DATE 1999-05-22]"},
        // The article before an ordinal of a noun: no day.
        {"In March the 22nd unit was formed.", "1998-06-05", "[March DATE 1998-03]"},
        {"May the first prize go to him.", "1998-03-05", ""},
        // The other spelled days keep their reading.
        {"It opened on the thirty-first of March.", "1998-06-05", "[thirty-first of March DATE 1998-03-31]"},
        {"It opened on the twenty-first of May.", "1998-06-05", "[twenty-first of May DATE 1998-05-21]"},
        // An ordinal after "the" without a month: no month to date it, and no length either.
        {"The vote is on the twenty-second.", "1998-03-05", ""},
        {"He lives on the twenty-second floor.", "1998-03-05", ""},
        {"Few expect to see the twenty-second century.", "1998-03-05", "[the twenty-second century DATE 21]"},
        // Lengths: "a twenty-second delay" modifies a noun with a length (TimeML: DURATION, like "a 30-day period").
        {"After a twenty-second delay the rocket rose.", "1998-03-05", "[twenty-second DURATION PT20S]"},
        {"The station sold a thirty-second spot.", "1998-03-05", "[thirty-second DURATION PT30S]"},
        {"It took twenty seconds.", "1998-03-05", "[twenty seconds DURATION PT20S]"},
        {"He paused for twenty-two seconds.", "1998-03-05", "[twenty-two seconds DURATION PT22S]"},
        {"Wait a second.", "1998-03-05", "[a second DURATION PT1S]"},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: 'Sept. the 22nd' and 'the twenty-second of this month' are days; 'the thirty-second of May' is none") {
    const SpanCase cases[] = {
        // An abbreviated month keeps its period before the article; the day may end at the next phrase.
        {"He left on Sept. the 22nd.", "1998-10-05", "[Sept. the 22nd DATE 1998-09-22]"},
        {"He left on Sept. the 22nd and came back.", "1998-10-05", "[Sept. the 22nd DATE 1998-09-22]"},
        {"On Jan. the 3rd, 1999 he died.", "1998-10-05", "[Jan. the 3rd, 1999 DATE 1999-01-03]"},
        {"They met on May the 4th at the palace.", "1998-06-05", "[May the 4th DATE 1998-05-04]"},
        // A capital "The" after the period opens a sentence; an ordinal of a noun is no day.
        {"Troops left in Sept. The 22nd unit stayed.", "1998-10-05", "[Sept DATE 1998-09]"},
        {"In March the 22nd unit was formed.", "1998-06-05", "[March DATE 1998-03]"},
        // A day of the DCT's month, or of the month before or after it.
        {"The vote is on the twenty-second of this month.", "1999-06-15", "[twenty-second of this month DATE 1999-06-22]"},
        {"It happened on the 2nd of this month.", "1999-06-15", "[2nd of this month DATE 1999-06-02]"},
        {"Rents rise on the 1st of next month.", "1999-12-15", "[1st of next month DATE 2000-01-01]"},
        {"He died on the first of last month.", "1999-01-15", "[first of last month DATE 1998-12-01]"},
        // A day the month does not have, and a spelled ordinal not after "the": no date.
        {"Pay by the 31st of this month.", "1999-06-15", ""},
        {"It spent a second of this month on it.", "1999-06-15", "[a second DURATION PT1S] [this month DATE 1999-06]"},
        // There is no thirty-second day: the month alone, never May 32 or a length.
        {"The meeting is the thirty-second of May.", "1999-06-15", "[May DATE 1999-05]"},
        {"He spoke on the thirty-second of March.", "1999-06-15", "[March DATE 1999-03]"},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: a year's possessive ('1984's 3.6 billion') is the year, not a decade") {
    const SpanCase cases[] = {
        {"Spending has been cut since 1984's 3.6 billion dlrs.", "1987-03-10", "[1984 DATE 1984]"},
        {"Turnover will return to 1986\u2019s level.", "1987-03-10", "[1986 DATE 1986]"},
        // A quarter named with the year's possessive is that year's quarter, one expression.
        {"Profit was 155,000 dlrs for fiscal 1986's third quarter.", "1987-03-10", "[fiscal 1986's third quarter DATE 1986-Q3]"},
        {"Sales in 1986's second quarter rose.", "1987-03-10", "[1986's second quarter DATE 1986-Q2]"},
        // A year ending in 0 with "'s" or "s" is its decade.
        {"Music of the 1960s and the 1980's is back.", "1987-03-10", "[the 1960s DATE 196] [the 1980's DATE 198]"},
        {"Prices rose through the 1970s.", "1987-03-10", "[the 1970s DATE 197]"},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: '1986 year' is the year, '1986 year-end' its end, not 1,986 years; '1985 quarter' is no length") {
    const SpanCase cases[] = {
        {"Net for 1986 year includes a gain.", "1987-03-10", "[1986 year DATE 1986]"},
        {"It expects fiscal 1987 year results to improve.", "1987-03-10", "[fiscal 1987 year DATE 1987]"},
        {"Loans to Brazil at 1986 year end totaled 474 mln dlrs.", "1987-03-10", "[1986 year end DATE 1986]"},
        {"It cited 1986 year-end assets of 55 billion dlrs.", "1987-03-10", "[1986 year-end DATE 1986]"},
        {"Shipments fell from 46,236 tonnes in the same 1985 month.", "1987-03-10", "[1985 DATE 1985]"},
        {"Its 1986 quarter net includes a tax credit.", "1987-03-10", "[1986 DATE 1986]"},
        {"It sees a profitable 1987 second quarter.", "1987-03-10", "[1987 DATE 1987] [second quarter DATE 1987-Q2]"},
        // A count of years stays a length.
        {"The empire lasted 1000 years.", "1987-03-10", "[1000 years DURATION P1000Y]"},
        {"The church is 2000 years old... no, it stood for 1900 years.", "1987-03-10", "[1900 years DURATION P1900Y]"},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: a weekday's part of the day in the plural is a set") {
    const SpanCase cases[] = {
        {"Flights leave on Tuesday nights.", "1998-02-13", "[Tuesday nights SET XXXX-WXX-2TNI]"},
        {"He works Sunday mornings.", "1998-02-13", "[Sunday mornings SET XXXX-WXX-7TMO]"},
        // Two coordinated weekdays share the plural.
        {"Planes leave on Monday and Tuesday nights.", "1998-02-13",
         "[Monday SET XXXX-WXX-1TNI] [Tuesday nights SET XXXX-WXX-2TNI]"},
        // The singular is the day.
        {"He left Sunday night.", "1998-02-13", "[Sunday night DATE 1998-02-08]"},
        {"He left Monday and Tuesday night.", "1998-02-13", "[Monday DATE 1998-02-09] [Tuesday night DATE 1998-02-10]"},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: the article of an early, mid or late decade") {
    const SpanCase cases[] = {
        {"It rose in the early 1980s.", "1999-10-26", "[the early 1980s DATE 198]"},
        {"It rose in the mid-1990s.", "1999-10-26", "[the mid-1990s DATE 199]"},
        {"It rose in the late '70s.", "1999-10-26", "[the late '70s DATE 197]"},
        {"It peaked in the mid-'80s.", "1999-10-26", "[the mid-'80s DATE 198]"},
        {"It rose in mid-1990.", "1999-10-26", "[mid-1990 DATE 1990]"},
        // A bare "'90s" modifying a noun has no cue.
        {"He said '90s music is back.", "1999-10-26", ""},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: two vague lengths joined, and the verb 'last'") {
    const SpanCase cases[] = {
        {"He died within weeks or months of his capture.", "1989-10-26", "[weeks or months DURATION PXW]"},
        {"Funds sold bonds in recent weeks and months.", "1989-10-26", "[recent weeks and months DURATION PXW]"},
        {"Over the coming days and weeks, prices rose.", "1989-10-26", "[the coming days and weeks DURATION PXD]"},
        // The verb "last" takes a length; it is not "the last days".
        {"The talks could last days or weeks.", "1989-10-26", "[days or weeks DURATION PXD]"},
        {"The strike will last weeks.", "1989-10-26", "[weeks DURATION PXW]"},
        {"Sales fell in the last days of May.", "1989-10-26", "[the last days DURATION PXD] [May DATE 1989-05]"},
        // One unit twice is not a pair.
        {"It went on for years and years.", "1989-10-26", "[years DURATION PXY]"},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: 'the year of' a price is this year, 'the year of' an event is not") {
    const SpanCase cases[] = {
        {"The stock hit a high for the year of $42 in June.", "1989-10-26", "[the year DATE 1989] [June DATE 1989-06]"},
        {"It was the year of his birth.", "1989-10-26", ""},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: a frequency word after a quantity is a rate, not a set") {
    const SpanCase cases[] = {
        // A quantity per time unit, like a speed (TIDES/TimeML leave rates unmarked).
        {"The new line will turn out 20,000 engines annually.", "2024-05-10", ""},
        {"The fund pays investors $3 billion annually.", "2024-05-10", ""},
        {"Exports have grown 7 percent annually since the reform.", "2024-05-10", ""},
        {"The mine ships about 400 tons weekly to the coast.", "2024-05-10", ""},
        // Frequencies of events stay sets, also after a number ("four daily flights" is an adjective).
        {"The board meets weekly.", "2024-05-10", "[weekly SET P1W]"},
        {"The airline adds four daily flights.", "2024-05-10", "[daily SET P1D]"},
        {"Prices are checked three times daily.", "2024-05-10", "[daily SET P1D]"},
        // Before its noun the frequency word is an adjective, also after an amount; a preposition after it
        // does not make it one.
        {"The bonds carry a 6 pct yearly coupon.", "2024-05-10", "[yearly SET P1Y]"},
        {"Brokers kept a 40 billion yen daily limit.", "2024-05-10", "[daily SET P1D]"},
        {"The mill sells 500 tons monthly to Spain.", "2024-05-10", ""},
    };
    Check(cases, std::size(cases));
}

TEST_CASE("timex spans: 'the March' before a lower-case noun is the month") {
    const SpanCase cases[] = {
        {"The March vote will decide the matter.", "2024-02-10", "[March DATE 2024-03]"},
        {"Officials expect the March talks to run late.", "2024-02-10", "[March DATE 2024-03]"},
        // Names and the noun stay untagged.
        {"The March on Rome is remembered.", "2024-02-10", ""},
        {"The March of Dimes raised funds.", "2024-02-10", ""},
        {"They joined the march toward the square.", "2024-02-10", ""},
        {"Protesters watched the March Hare parade.", "2024-02-10", ""},
    };
    Check(cases, std::size(cases));
}
