// The temporal tagger, expression by expression: a sentence, its DCT, and what a careful editor would
// mark (span text, TIMEX3 type, value, mod). Written for the project; not taken from any evaluation set.
#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "timex_tagger.hpp"

using namespace core;

namespace {

struct Case {
    const char* sentence;
    const char* dct;                    // "YYYY-MM-DD" or "" (unknown)
    const char* span;                   // the expected span text
    const char* type;                   // "DATE", "TIME", "DURATION", "SET"; nullptr: no timex may overlap `span`
    const char* value;
    const char* mod = "";
};

const Case kCases[] = {
    // Explicit dates in the usual news formats.
    {"The treaty was signed on June 19, 2024 in Pyongyang.", "2024-11-12", "June 19, 2024", "DATE", "2024-06-19"},
    {"The treaty was signed on 19 June 2024 in Pyongyang.", "2024-11-12", "19 June 2024", "DATE", "2024-06-19"},
    {"Talks resumed on Sept. 30 after a pause.", "1989-11-02", "Sept. 30", "DATE", "1989-09-30"},
    {"Published: 6/20/2024", "", "6/20/2024", "DATE", "2024-06-20"},
    {"Notes dated 20.06.2024 were released.", "", "20.06.2024", "DATE", "2024-06-20"},
    {"The file 2024-06-19 was opened.", "", "2024-06-19", "DATE", "2024-06-19"},
    {"It landed at 2024-06-19T15:30Z exactly.", "", "2024-06-19T15:30Z", "TIME", "2024-06-19T15:30"},
    {"Prices were lower in July 1997 than now.", "1998-08-07", "July 1997", "DATE", "1997-07"},
    {"The plant opened in 1990.", "1998-08-07", "1990", "DATE", "1990"},
    {"Results for fiscal 1989 were flat.", "1989-11-02", "fiscal 1989", "DATE", "1989"},
    {"He said Monday, Oct. 23 was the deadline.", "1989-11-02", "Monday, Oct. 23", "DATE", "1989-10-23"},
    // Leap years and impossible dates: nothing normalizes to a day that does not exist.
    {"The vote is on February 29, 2024.", "2024-01-10", "February 29, 2024", "DATE", "2024-02-29"},
    {"The vote was on February 29, 2023.", "2024-01-10", "February 29, 2023", nullptr, ""},
    {"February 30, 2024 is not a date.", "2024-01-10", "February 30", nullptr, ""},
    {"The form says 31/31/2024 in the box.", "2024-01-10", "31/31/2024", nullptr, ""},
    {"Neither is 2023-02-29 in any calendar.", "2024-01-10", "2023-02-29", nullptr, ""},
    {"Day-first option off: 13/6/2024 still reads day first.", "", "13/6/2024", "DATE", "2024-06-13"},
    {"Records from 2000-02-29 survive.", "", "2000-02-29", "DATE", "2000-02-29"},
    {"Records from 1900-02-29 do not exist.", "", "1900-02-29", nullptr, ""},
    {"The lease ends April 31.", "2024-01-10", "April 31", nullptr, ""},
    {"The lease ended 31 April 2024.", "2024-06-10", "31 April 2024", nullptr, ""},
    {"The form says 2/30/2024 in the box.", "2024-01-10", "2/30/2024", nullptr, ""},
    // Feb 29 without a year: the leap year the tense points to.
    {"The vote will be held on Feb. 29.", "2024-01-10", "Feb. 29", "DATE", "2024-02-29"},
    {"The vote will be held on Feb. 29.", "2023-01-10", "Feb. 29", "DATE", "2024-02-29"},
    {"The storm struck on Feb. 29.", "2023-06-01", "Feb. 29", "DATE", "2020-02-29"},
    // ISO week dates: week 53 exists only in long years; week 54 never.
    {"The plan covers 2020-W53 only.", "", "2020-W53", "DATE", "2020-W53"},
    {"The plan covers 2020-W53-5 only.", "", "2020-W53-5", "DATE", "2021-01-01"},
    {"The plan covers 2021-W53 only.", "", "2021-W53", nullptr, ""},
    {"The plan covers 2024-W54 only.", "", "2024-W54", nullptr, ""},
    // Year boundaries: late-December "next week", early-January "last week", months across the new year.
    {"The talks resume next week.", "2020-12-28", "next week", "DATE", "2021-W01"},
    {"The talks resume next week.", "2020-12-21", "next week", "DATE", "2020-W53"},
    {"The talks ended last week.", "2016-01-04", "last week", "DATE", "2015-W53"},
    {"Sales will rise next month.", "2024-12-15", "next month", "DATE", "2025-01"},
    {"Sales will rise next year.", "2024-12-31", "next year", "DATE", "2025"},
    {"Stores opened on Dec. 28 after the storm.", "2025-01-03", "Dec. 28", "DATE", "2024-12-28"},
    {"The court will rule on Jan. 5.", "2024-12-20", "Jan. 5", "DATE", "2025-01-05"},
    {"The court ruled on Friday.", "2025-01-01", "Friday", "DATE", "2024-12-27"},
    // Weekdays by tense and cue.
    {"The decree was signed on Monday in Pyongyang.", "2024-11-12", "Monday", "DATE", "2024-11-11"},
    {"The leaders will meet on Monday in Geneva.", "2024-11-12", "Monday", "DATE", "2024-11-18"},
    {"KCNA reported it on Tuesday.", "2024-11-12", "Tuesday", "DATE", "2024-11-12"},
    {"They will meet again next Monday.", "2024-11-12", "next Monday", "DATE", "2024-11-18"},
    {"They met last Friday.", "2024-11-12", "last Friday", "DATE", "2024-11-08"},
    {"The leaders met this Wednesday in Pyongyang.", "2024-06-20", "this Wednesday", "DATE", "2024-06-19"},
    {"Troops crossed the border Friday morning.", "1998-08-10", "Friday morning", "DATE", "1998-08-07"},
    {"He spoke yesterday afternoon.", "1998-08-10", "yesterday afternoon", "DATE", "1998-08-09"},
    // Deictic words and vague references.
    {"The company said yesterday that sales fell.", "1989-11-02", "yesterday", "DATE", "1989-11-01"},
    {"Shares rose today on the news.", "1989-11-02", "today", "DATE", "1989-11-02"},
    {"Prices are now higher.", "1989-11-02", "now", "DATE", "PRESENT_REF"},
    {"Now, he says, it looks different.", "1989-11-02", "Now", nullptr, ""},
    {"Now the alliance is larger.", "1989-11-02", "Now", "DATE", "PRESENT_REF"},
    {"Baker said on ABC's \"This Week\" that talks would go on.", "1990-08-13", "This Week", nullptr, ""},
    {"Baker said \"this week is decisive\" for the talks.", "1990-08-13", "this week", "DATE", "1990-W33"},
    {"\"Financing remains.\"  Last April, the group bid.", "1989-10-26", "Last April", "DATE", "1989-04"},
    {"The firm recently cut jobs.", "1989-11-02", "recently", "DATE", "PAST_REF"},
    {"Nobody knows what the future holds.", "1989-11-02", "the future", "DATE", "FUTURE_REF"},
    {"He spoke to reporters this morning.", "1989-11-02", "this morning", "TIME", "1989-11-02TMO"},
    // last / next / this + unit, ISO weeks and their year boundaries.
    {"The upper house approved the treaty last week.", "2024-11-12", "last week", "DATE", "2024-W45"},
    {"The talks continue next week.", "2024-12-30", "next week", "DATE", "2025-W02"},
    {"The talks continue next week.", "2024-12-27", "next week", "DATE", "2025-W01"},
    {"The shop closed last week.", "2025-01-02", "last week", "DATE", "2024-W52"},
    {"The shop closed this week.", "2021-01-02", "this week", "DATE", "2020-W53"},
    {"The shop closed last week.", "2021-01-05", "last week", "DATE", "2020-W53"},
    {"Sales rose this year.", "2024-11-12", "this year", "DATE", "2024"},
    {"Sales rose last month.", "2024-01-15", "last month", "DATE", "2023-12"},
    {"Output fell last year.", "2024-11-12", "last year", "DATE", "2023"},
    {"In June of this year, the leaders signed it.", "2024-11-12", "June of this year", "DATE", "2024-06"},
    {"The pact was rejected earlier this month.", "2024-11-12", "earlier this month", "DATE", "2024-11", "START"},
    {"A vote is expected later this year.", "2024-11-12", "later this year", "DATE", "2024", "END"},
    {"The plant closed last fall.", "1989-11-02", "last fall", "DATE", "1988-FA"},
    {"The plant will open this summer.", "2024-03-02", "this summer", "DATE", "2024-SU"},
    {"Demand will peak next spring.", "2024-11-12", "next spring", "DATE", "2025-SP"},
    // Months without a year follow the tense.
    {"The treaty, signed by their leaders in June, was ratified.", "2024-11-12", "June", "DATE", "2024-06"},
    {"The new rules take effect in January.", "2024-11-12", "January", "DATE", "2025-01"},
    {"Sales fell sharply in December.", "2025-01-10", "December", "DATE", "2024-12"},
    // The tense that dates a month or a weekday: a cue word right before it, then the clause's auxiliary,
    // not the reporting verb; a past sentence may still name a date a few weeks ahead.
    {"The board said it declared a dividend payable Jan. 4 to holders.", "2024-11-12", "Jan. 4", "DATE", "2025-01-04"},
    {"The new rate, effective March 1, was approved.", "2024-11-12", "March 1", "DATE", "2025-03-01"},
    {"Prices have doubled since March.", "2024-02-10", "March", "DATE", "2023-03"},
    {"Police have searched since shortly after the Oct. 23 shooting.", "1999-05-06", "Oct. 23", "DATE", "1998-10-23"},
    {"The company said the dividend will be paid Dec. 14.", "2024-10-26", "Dec. 14", "DATE", "2024-12-14"},
    {"Officials said the offer was extended to Nov. 16.", "2024-10-30", "Nov. 16", "DATE", "2024-11-16"},
    {"Until Thursday, investigators had not named a suspect.", "2024-05-06", "Thursday", "DATE", "2024-05-02"},
    {"The minister said the group could arrive as early as Tuesday.", "2024-04-01", "Tuesday", "DATE", "2024-04-02"},
    {"Shares of the bank are to resume trading in Paris Tuesday, its owner said.", "2024-10-25", "Tuesday", "DATE", "2024-10-29"},
    {"The firm said Monday that it would bid for the rest.", "2024-10-25", "Monday", "DATE", "2024-10-21"},
    // Modals point ahead only from before the date (after it they are another clause's); a possessive weekday
    // names a reported event; deadline words put an unmarked weekday ahead, "by" does not; present tense
    // before the date takes the nearest; "set to" schedules; "had been scheduled" is past.
    {"Officials said Wednesday that strikes could harm the talks.", "2024-11-14", "Wednesday", "DATE", "2024-11-13"},
    {"Traffic could be restored by Saturday.", "2024-11-14", "Saturday", "DATE", "2024-11-16"},
    {"Exports must be registered by September 30.", "1987-03-09", "September 30", "DATE", "1987-09-30"},
    {"Funaro criticized the panels on Monday, charging that they are slow.", "1987-03-06", "Monday", "DATE", "1987-03-02"},
    {"Lawyers will appeal Monday's ruling next month.", "2024-11-14", "Monday", "DATE", "2024-11-11"},
    {"The company extended the offer until Tuesday.", "2024-11-14", "Tuesday", "DATE", "2024-11-19"},
    {"Holders tendered 90% of the shares by the Friday deadline.", "2024-11-14", "Friday", "DATE", "2024-11-08"},
    {"Officials have given the family until 9 a.m. Tuesday to reply.", "2024-11-11", "9 a.m. Tuesday", "TIME", "2024-11-12T09:00"},
    {"The vote is Friday.", "2024-11-12", "Friday", "DATE", "2024-11-15"},
    {"The vote is Sunday.", "2024-11-14", "Sunday", "DATE", "2024-11-17"},
    {"The rally is on Monday, organisers say.", "2024-11-14", "Monday", "DATE", "2024-11-11"},
    {"The vote was Friday.", "2024-11-12", "Friday", "DATE", "2024-11-08"},
    {"Talks set to resume Monday in Geneva.", "2024-11-16", "Monday", "DATE", "2024-11-18"},
    {"Protesters were planning to march on Saturday.", "2024-11-14", "Saturday", "DATE", "2024-11-16"},
    {"The float ranged widely on Friday, for which he could give no reason.", "1987-02-26", "Friday", "DATE", "1987-02-20"},
    {"Lawyers filed a brief on Monday arguing the agency cannot act.", "2000-02-16", "Monday", "DATE", "2000-02-14"},
    // Months: a modal in the same clause after the date still points ahead; a past verb of intention hands
    // the date to its infinitive; "between now and"; a company called "Can" is no modal.
    {"But the second half should be better, he added.", "1987-02-26", "the second half", "DATE", "1987-H2"},
    {"It sought to defer interest payments until June.", "1987-03-11", "June", "DATE", "1987-06"},
    {"The rest will be shipped between now and June, officials said.", "1987-03-13", "June", "DATE", "1987-06"},
    {"Corn can be shipped from July, the association said.", "1987-03-13", "July", "DATE", "1987-07"},
    {"It sold the American Can name to Triangle in November.", "1987-03-06", "November", "DATE", "1986-11"},
    {"Malaysia agreed to the deal in October after India said it could no longer buy.", "1987-03-13", "October", "DATE", "1986-10"},
    {"Protesters were marching on Saturday.", "2024-11-14", "Saturday", "DATE", "2024-11-09"},
    {"The offer had been scheduled to expire Friday.", "2024-11-11", "Friday", "DATE", "2024-11-08"},
    {"The minister is expected to arrive Friday.", "2024-11-11", "Friday", "DATE", "2024-11-15"},
    // Position modifiers.
    {"Troops were deployed at the beginning of November.", "2024-11-12", "the beginning of November", "DATE", "2024-11", "START"},
    {"Shipments will fall in early November.", "2024-10-02", "early November", "DATE", "2024-11", "START"},
    {"Prices peaked in late November.", "1999-12-10", "late November", "DATE", "1999-11", "END"},
    {"The boom ended in mid-1996.", "1999-12-10", "mid-1996", "DATE", "1996", "MID"},
    {"Rates will rise by the end of 1991.", "1990-08-10", "the end of 1991", "DATE", "1991", "END"},
    {"Growth should resume early next year.", "1990-08-10", "early next year", "DATE", "1991", "START"},
    // Decades and centuries.
    {"It revives a defense agreement from the 1960s.", "2024-06-20", "the 1960s", "DATE", "196"},
    {"Music of the '60s was loud.", "1998-08-07", "the '60s", "DATE", "196"},
    {"In the 21st century, little changed.", "2024-06-20", "the 21st century", "DATE", "20"},
    {"Railways spread in the nineteenth century.", "2024-06-20", "the nineteenth century", "DATE", "18"},
    // Quarters and halves.
    {"Profit rose in the third quarter.", "1989-11-02", "the third quarter", "DATE", "1989-Q3"},
    {"Third-quarter profit rose.", "1989-11-02", "Third-quarter", "DATE", "1989-Q3"},
    {"Sales in the fourth quarter of 1988 fell.", "1989-11-02", "the fourth quarter of 1988", "DATE", "1988-Q4"},
    {"Profit fell in the first half of 1990.", "1990-08-10", "the first half of 1990", "DATE", "1990-H1"},
    // The reported quarter anchors "the quarter", "the year-ago period" and "a year earlier", even after
    // another year-earlier comparison has been mentioned.
    {"Net rose in the third quarter from a year earlier. Sales in the quarter were flat.", "1989-11-02", "the quarter", "DATE", "1989-Q3"},
    {"Net rose in the third quarter from a year earlier. In the year-ago period, it lost money.", "1989-11-02", "the year-ago period", "DATE", "1988-Q3"},
    {"Net rose in the third quarter. Sales beat year-ago levels; costs fell from a year earlier.", "1989-11-02", "a year earlier", "DATE", "1988-Q3"},
    {"It earned $2 in the 1988 third quarter.", "1989-11-02", "the 1988 third quarter", "DATE", "1988-Q3"},
    {"It earned $2 in the year-earlier third quarter.", "1989-11-02", "the year-earlier third quarter", "DATE", "1988-Q3"},
    {"Sales in the fourth quarter rose from the corresponding period last year.", "1990-02-02", "the corresponding period last year", "DATE", "1988-Q4"},
    // "the quarter ended <day>" before any quarter was named: the calendar quarter holding most of the three
    // months; once the text names its (fiscal) quarter, "the quarter" is that one. A quarter still running
    // is an outlook unless reported in the past tense, fiscal, or given its end date.
    {"Net rose in the quarter ended Sept. 30.", "1989-11-02", "the quarter", "DATE", "1989-Q3"},
    {"Net rose in the quarter ended July 31.", "1989-11-02", "the quarter", "DATE", "1989-Q2"},
    {"Net rose in the fiscal first quarter ended Sept. 30. Sales in the quarter ended Sept. 30 were flat.", "1989-11-02", "the quarter", "DATE", "1989-Q1"},
    {"The quake will cause a fourth-quarter charge. Profit fell in the latest quarter.", "1989-11-02", "the latest quarter", "DATE", "1989-Q3"},
    {"Ralston reported lower fourth-quarter earnings. Sales in the latest quarter rose.", "1989-11-02", "the latest quarter", "DATE", "1989-Q4"},
    {"Bankruptcies will rise in the quarter starting April 1.", "1987-03-12", "the quarter", "DATE", "1987-Q2"},
    {"Net rose in the third quarter. A hurricane meant last year's crop was late.", "1989-11-02", "last year", "DATE", "1988"},
    {"Net rose in the third quarter. Sales beat last year's $1.5 billion.", "1989-11-02", "last year", "DATE", "1988-Q3"},
    {"Net rose in the third quarter, compared with a loss of $3 million last year.", "1989-11-02", "last year", "DATE", "1988-Q3"},
    {"Net rose in the first quarter. He expects $4 a share in 1987 as compared to $3.34 a share last year.", "1987-03-05", "last year", "DATE", "1986"},
    {"Net rose in the first quarter. He expects $4 a share in 1987 as compared to $3.34 a share last year.", "1987-03-05", "1987", "DATE", "1987"},
    {"Net rose in the fourth quarter. Third-quarter earnings will be off from last year's 40 cents.", "1987-02-26", "last year", "DATE", "1986-Q3"},
    {"The company expects to report a gain in the quarter.", "1987-03-16", "the quarter", "DATE", "1987-Q1"},
    {"Net rose in the third quarter. After a flat second quarter, sales recovered. In the year-earlier period, it lost money.", "1989-11-01", "the year-earlier period", "DATE", "1988-Q3"},
    {"The company reported a gain in the quarter.", "1987-03-16", "the quarter", "DATE", "1986-Q4"},
    {"It paid a quarterly dividend.", "1989-11-02", "quarterly", nullptr, ""},
    {"The split was quarter-to-quarter.", "1989-11-02", "quarter", nullptr, ""},
    // "the year": the DCT's, or twelve months up to a date.
    {"For the year, volume was flat.", "1989-11-02", "the year", "DATE", "1989"},
    {"Net for the year ended June 30 rose.", "1989-11-02", "the year", "DURATION", "P1Y"},
    {"Net income was down from the year before.", "1989-11-02", "year", nullptr, ""},
    // Not durations: ages and fractions.
    {"The 6-year-old boy stayed in Miami.", "2000-01-07", "6-year-old", nullptr, ""},
    {"Mr. Reupke, 52 years old, resigned.", "1989-11-02", "52 years", nullptr, ""},
    {"He resigned after 52 years at the firm.", "1989-11-02", "52 years", "DURATION", "P52Y"},
    {"Iraq imports about three-quarters of its food.", "1990-08-15", "three-quarters", nullptr, ""},
    {"A second group of directors objected.", "1990-08-15", "A second", nullptr, ""},
    {"It would be a second betrayal.", "1990-08-15", "a second", nullptr, ""},
    {"The light flickered for a second or two.", "1990-08-15", "a second", "DURATION", "PT1S"},
    {"Funds hold more than a quarter of the market.", "1990-08-15", "a quarter", nullptr, ""},
    {"Slepian was shot last Oct. 23 at home.", "1999-04-19", "Oct. 23", "DATE", "1998-10-23"},
    {"Sales were poor last June.", "1989-11-02", "last June", "DATE", "1989-06"},
    // Durations, with their bounds.
    {"Growth over the past three years was slow.", "2024-11-12", "the past three years", "DURATION", "P3Y"},
    {"The plan runs for three years.", "2024-11-12", "three years", "DURATION", "P3Y"},
    {"They waited two weeks for an answer.", "2024-11-12", "two weeks", "DURATION", "P2W"},
    {"The strike lasted five hours.", "2024-11-12", "five hours", "DURATION", "PT5H"},
    {"A 16-hour shift is too long.", "2024-11-12", "16-hour", "DURATION", "PT16H"},
    {"Profit rose in the first nine months.", "1989-11-02", "the first nine months", "DURATION", "P9M"},
    {"The revolution began more than four decades ago.", "2000-01-10", "more than four decades ago", "DATE", "1960", "MORE_THAN"},
    {"The talks lasted for more than four hours.", "2000-01-10", "more than four hours", "DURATION", "PT4H", "MORE_THAN"},
    {"He has lived there for years.", "2000-01-10", "years", "DURATION", "PXY"},
    // "in" + a length, looking ahead: that far from the DCT; in a past clause it stays a length.
    {"The notes will be redeemed in five years.", "1989-11-02", "five years", "DATE", "1994"},
    {"The plant will reopen in two months.", "1989-11-02", "two months", "DATE", "1990-01"},
    {"You may, in a year or two, save more lives.", "1998-03-31", "a year or two", "DATE", "FUTURE_REF"},
    {"It was the first order in five years.", "1989-11-02", "five years", "DURATION", "P5Y"},
    {"It would be the highest winterkill in ten years.", "1987-03-03", "ten years", "DURATION", "P10Y"},
    {"Losses could reach three billion dlrs in a year.", "1987-03-03", "a year", "DURATION", "P1Y"},
    {"Banks will trade in 27-day repurchase agreements.", "1987-03-05", "27-day", "DURATION", "P27D"},
    {"The Health Test will be available in 60 days.", "1987-02-26", "60 days", "DATE", "1987-04-27"},
    {"Islam will one day be the second religion.", "1998-03-03", "one day", "DATE", "FUTURE_REF"},
    {"The strike lasted one day.", "1998-03-03", "one day", "DURATION", "P1D"},
    // Halves, ranges and "or so".
    {"Refugees lived in camps for 2 1/2 years.", "1998-08-07", "2 1/2 years", "DURATION", "P2Y6M"},
    {"The stop lasts 5 1/2 hours.", "1998-08-07", "5 1/2 hours", "DURATION", "PT5H30M"},
    {"Fixes will take two to three weeks.", "1989-11-02", "two to three weeks", "DURATION", "PXW"},
    {"The plant closes over the next two years or so.", "1989-11-02", "the next two years or so", "DURATION", "P2Y", "APPROX"},
    {"Then, a week or so ago, the general flew in.", "1991-02-25", "a week or so ago", "DATE", "1991-W08", "APPROX"},
    {"Output will double over the next year or so.", "1989-11-02", "the next year or so", "DATE", "1990", "APPROX"},
    {"A hearing is set for the week of March 6.", "2000-02-24", "the week of March 6", "DATE", "2000-W10"},
    {"Margins will stay thin in the near term.", "1989-11-02", "the near term", "DATE", "FUTURE_REF"},
    {"Brokers suffer more these days.", "1989-11-02", "these days", "DATE", "PRESENT_REF"},
    {"Numbers kept dropping through the nineties.", "1998-02-27", "the nineties", "DATE", "199"},
    // Spelled-out years (broadcast transcripts), year-end, "this past", times followed by their date.
    {"In January nineteen ninety-seven a bomb went off.", "1998-02-27", "January nineteen ninety-seven", "DATE", "1997-01"},
    {"It was the winter of nineteen ninety-four.", "1998-02-27", "the winter of nineteen ninety-four", "DATE", "1994-WI"},
    {"Unemployment will halve by the year two thousand.", "1998-02-27", "the year two thousand", "DATE", "2000"},
    {"The deal should close by year-end.", "1989-11-02", "year-end", "DATE", "1989", "END"},
    {"The index is down 5% since year-end.", "1989-11-02", "year-end", "DATE", "1988", "END"},
    {"Drought hit farmers this past spring.", "1989-11-02", "this past spring", "DATE", "1989-SP"},
    {"The offer runs until 5 p.m. EST, Nov. 6.", "1989-10-30", "5 p.m. EST, Nov. 6", "TIME", "1989-11-06T17:00"},
    {"Sales fell in the last half of 1989.", "1990-02-02", "the last half of 1989", "DATE", "1989-H2"},
    {"It blamed current market conditions.", "1989-11-02", "current", "DATE", "PRESENT_REF"},
    {"The current account deficit grew.", "1989-11-02", "current", nullptr, ""},
    {"Holders may buy shares at half the then current price.", "1989-11-02", "current", "DATE", "PAST_REF"},
    // Ago and narrative anchoring.
    {"A year ago, prices were lower.", "2024-11-12", "A year ago", "DATE", "2023"},
    {"Six weeks ago the shop closed.", "2024-11-12", "Six weeks ago", "DATE", "2024-W40"},
    {"Talks began on March 3, 2021. Two weeks later, talks resumed.", "2024-11-12", "Two weeks later", "DATE", "2021-03-17"},
    {"Talks began on March 3, 2021. The next day, they ended.", "2024-11-12", "The next day", "DATE", "2021-03-04"},
    {"He was arrested on March 3, 2021 and charged the next morning.", "2024-11-12", "the next morning", "DATE", "2021-03-04"},
    {"Sales were flat in the next quarter.", "2024-11-12", "the next quarter", "DATE", "2025-Q1"},
    {"Profit rose in the third quarter, up from a year earlier.", "1989-11-02", "a year earlier", "DATE", "1988-Q3"},
    // Sets.
    {"The ferry runs daily.", "2024-11-12", "daily", "SET", "P1D"},
    {"Each Tuesday the council meets.", "2024-11-12", "Each Tuesday", "SET", "XXXX-WXX-2"},
    {"Every winter the roads close.", "2024-11-12", "Every winter", "SET", "XXXX-WI"},
    {"Inspectors visit each day.", "2024-11-12", "each day", "SET", "P1D"},
    // Times.
    {"The market closed at 3:30 p.m. EST on the day.", "1987-02-26", "3:30 p.m. EST", "TIME", "1987-02-26T15:30"},
    {"The meeting starts at 9 a.m. Tuesday.", "1998-08-07", "9 a.m. Tuesday", "TIME", "1998-08-04T09:00"},
    {"Lunch is at noon.", "1998-08-07", "noon", "TIME", "1998-08-07T12:00"},
    // A bracketed conversion between the time and its weekday: the weekday dates the time, and stays a timex.
    {"The blast occurred at 10:35 a.m. (0735 GMT) Friday.", "1998-08-08", "10:35 a.m.", "TIME", "1998-08-07T10:35"},
    {"The blast occurred at 10:35 a.m. (0735 GMT) Friday.", "1998-08-08", "Friday", "DATE", "1998-08-07"},
    {"The blast occurred at 10:35 a.m. (local time) near the port.", "1998-08-08", "10:35 a.m.", "TIME", "1998-08-08T10:35"},
    // Holidays.
    {"Stores reopen after Thanksgiving.", "2024-11-12", "Thanksgiving", "DATE", "2024-11-28"},
    {"Sales were strong last Christmas.", "2024-11-12", "last Christmas", "DATE", "2023-12-25"},
    // Not dates.
    {"May I ask a question?", "2024-11-12", "May", nullptr, ""},
    {"The troops march on the city.", "2024-11-12", "march", nullptr, ""},
    {"He paid $1990 for the car.", "2024-11-12", "1990", nullptr, ""},
    {"About 2000 soldiers were sent.", "2024-11-12", "2000", nullptr, ""},
    {"Orders must arrive by 1530 hrs on Friday.", "2024-11-12", "1530", nullptr, ""},
    {"Turnover fell in 1986 as currencies moved.", "1987-03-12", "1986", "DATE", "1986"},
    {"For 1986 its sales were flat.", "1987-03-12", "1986", "DATE", "1986"},
    {"The fall in prices continued.", "2024-11-12", "fall", nullptr, ""},
};

std::string Dump(const std::vector<Timex>& ts, const std::string& s) {
    std::string out;
    for (const Timex& t : ts) out += "[" + s.substr(t.span.start, t.span.end - t.span.start) + " " + ToString(t.type) + " " + t.value + " " + t.mod + "] ";
    return out;
}

}  // namespace

TEST_CASE("timex: expressions in context, resolved against the DCT") {
    for (const Case& c : kCases) {
        Day dct = kNoDay;
        if (*c.dct) REQUIRE(ParseIsoDate(c.dct, dct));
        const std::string s = c.sentence;
        const std::vector<Timex> ts = TagTimexes(s, dct);
        const size_t at = s.find(c.span);
        REQUIRE(at != std::string::npos);
        const Timex* hit = nullptr;
        for (const Timex& t : ts)
            if (t.span.start < at + std::strlen(c.span) && at < t.span.end) hit = &t;
        CAPTURE(s);
        CAPTURE(Dump(ts, s));
        if (!c.type) {
            CHECK_MESSAGE(hit == nullptr, "expected no timex over '", c.span, "'");
            continue;
        }
        CHECK_MESSAGE(hit != nullptr, "no timex over '", c.span, "'");
        if (!hit) continue;
        CHECK(s.substr(hit->span.start, hit->span.end - hit->span.start) == c.span);
        CHECK(std::string(ToString(hit->type)) == c.type);
        CHECK(hit->value == c.value);
        CHECK(hit->mod == c.mod);
    }
}

TEST_CASE("timex: intervals for the timeline") {
    Day dct;
    REQUIRE(ParseIsoDate("2024-11-12", dct));
    const std::string s = "Kim signed it last week; the pact dates from the 1960s and from June 2024; it runs for three years.";
    const std::vector<Timex> ts = TagTimexes(s, dct);
    REQUIRE(ts.size() == 4);
    CHECK(FormatIsoDay(ts[0].earliest) == "2024-11-04");   // ISO week 45: Monday..Sunday
    CHECK(FormatIsoDay(ts[0].latest) == "2024-11-10");
    CHECK(ts[0].granularity == Granularity::Week);
    CHECK(FormatIsoDay(ts[1].earliest) == "1960-01-01");
    CHECK(FormatIsoDay(ts[1].latest) == "1969-12-31");
    CHECK(FormatIsoDay(ts[2].latest) == "2024-06-30");
    CHECK(ts[3].type == TimexType::Duration);
    CHECK(ts[3].earliest == kNoDay);
}

TEST_CASE("timex: without a DCT relative expressions stay unresolved, explicit ones normalize") {
    const std::string s = "On Friday officials said the June 19, 2024 treaty took effect last week.";
    const std::vector<Timex> ts = TagTimexes(s, kNoDay);
    REQUIRE(ts.size() == 3);
    CHECK(ts[0].value == "XXXX-WXX-5");
    CHECK(ts[0].earliest == kNoDay);
    CHECK(ts[1].value == "2024-06-19");
    CHECK(ts[2].earliest == kNoDay);
}

TEST_CASE("timex: skip ranges and article index") {
    Day dct;
    REQUIRE(ParseIsoDate("2024-11-12", dct));
    const std::string s = "Headline of June 2024\nThe body says Monday.";
    std::vector<ByteRange> skip{{0, 21}};
    const std::vector<Timex> ts = TagTimexes(s, dct, {}, 7, &skip);
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].span.article == 7);
    CHECK(s.substr(ts[0].span.start, ts[0].span.end - ts[0].span.start) == "Monday");
}

TEST_CASE("timex: day-first option for slashed dates") {
    TaggerOptions o;
    o.day_first = true;
    const std::string s = "Dated 6/7/2024.";
    CHECK(TagTimexes(s, kNoDay, o).at(0).value == "2024-07-06");
    CHECK(TagTimexes(s, kNoDay).at(0).value == "2024-06-07");
}

TEST_CASE("publication date: labelled lines, datelines, the latest stated date, copyright years") {
    {
        const std::string s = "Russia and North Korea Sign Pact\n\n3 minute read\nPublished: 6/20/2024\n\nThe leaders met.";
        const DctGuess g = InferPublicationDate(s);
        CHECK(FormatIsoDay(g.day) == "2024-06-20");
        CHECK(g.certainty == DateCertainty::Stated);
        CHECK(s.substr(g.evidence.start, g.evidence.end - g.evidence.start) == "Published: 6/20/2024");
    }
    {
        const std::string s = "SEOUL, Nov. 12, 2024 (Reuters) - North Korea ratified the treaty.";
        const DctGuess g = InferPublicationDate(s);
        CHECK(FormatIsoDay(g.day) == "2024-11-12");
        CHECK(g.certainty == DateCertainty::Stated);
    }
    {
        const std::string s = "The pact was signed on June 19, 2024. Ratification followed on November 11, 2024.";
        const DctGuess g = InferPublicationDate(s);
        CHECK(FormatIsoDay(g.day) == "2024-11-11");
        CHECK(g.certainty == DateCertainty::Inferred);
        CHECK(s.substr(g.evidence.start, g.evidence.end - g.evidence.start) == "November 11, 2024");
    }
    {
        const std::string s = "Kim ratified the deal on November 11.\n\nCopyright \xC2\xA9 2024 Example Times.";
        const DctGuess g = InferPublicationDate(s);
        CHECK(FormatIsoDay(g.day) == "2024-11-11");
        CHECK(g.certainty == DateCertainty::Inferred);
    }
    {
        const std::string s = "Leaders met this Wednesday.\n\nCopyright \xC2\xA9 2024 Example Times.";
        const DctGuess g = InferPublicationDate(s);
        CHECK(FormatIsoDay(g.day) == "2024-12-31");
        CHECK(g.certainty == DateCertainty::Inferred);
    }
    CHECK(InferPublicationDate("No dates here at all.").day == kNoDay);
}
