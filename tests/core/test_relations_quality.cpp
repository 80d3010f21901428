// Relations a careful reader would sign: who did what to whom, acts that happened, one fact per figure.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "relation_test_util.hpp"

using namespace core;
using namespace test_util;

namespace {

// How many articles report an event.
size_t ArticlesOf(const Event& e) {
    std::vector<Index> arts;
    for (const Span& m : e.mentions)
        if (std::find(arts.begin(), arts.end(), m.article) == arts.end()) arts.push_back(m.article);
    return arts.size();
}

}  // namespace

TEST_CASE("the noun 'signs' is no signing, and an act named only as a condition or a plan is none") {
    const Corpus signs = Extract({"Dealers saw signs of weakness in Texaco shares on Monday.",
                                  "Texaco signed the agreement with Atlantis on Monday."});
    CHECK(Count(signs, RelationType::Corroborates) == 0);
    for (const Event& e : signs.events) CHECK(e.mentions.size() == 1);
    const Corpus condition = Extract({"The sale of the unit to Texaco is subject to approval by Texaco shareholders on Monday.",
                                      "Texaco shareholders approved the sale of the unit on Monday, Texaco said."});
    CHECK(Count(condition, RelationType::Corroborates) == 0);
    const Corpus plans = Extract({"Kuwait said there were no plans for an emergency OPEC meeting on Monday.",
                                  "OPEC oil ministers met on Monday in Vienna to review prices, OPEC said."});
    CHECK(Count(plans, RelationType::Corroborates) == 0);
    const Corpus demand = Extract({"Texaco raised output on Monday to meet demand from Japan, Texaco said.",
                                   "Texaco directors met on Monday in Tokyo with officials from Japan."});
    CHECK(Count(demand, RelationType::Corroborates) == 0);
    const Corpus targets = Extract({"Chile needs a loan on Monday to meet four pct economic growth targets, officials said.",
                                    "Chile's finance minister met bankers on Monday to discuss a loan, officials said."});
    CHECK(Count(targets, RelationType::Corroborates) == 0);
    for (const Event& e : targets.events) CHECK(e.mentions.size() == 1);
    const Corpus enrol = Extract({"Texaco said 500 dealers signed up on Monday for its new card program.",
                                  "Texaco signed the supply agreement with Chile on Monday."});
    for (const Event& e : enrol.events) CHECK(e.mentions.size() == 1);
}

TEST_CASE("two reports of one family and day corroborate only when they tell the same act") {
    // Two boards meeting in one city on one day: the city is where, not who.
    const Corpus boards = Extract({"The board of Texaco met in New York on Monday to discuss the offer.",
                                   "Directors of Kelvar Corp met in New York on Monday to review the merger."});
    CHECK(Count(boards, RelationType::Corroborates) == 0);
    // Doers nothing ties together: a letter sent by a person, a bill sent by an administration.
    const Corpus sends = Extract({"Robert Gates sent a letter to President Reagan on Monday.",
                                  "The Reagan administration sent a farm bill to Congress on Monday, officials said."});
    CHECK(Count(sends, RelationType::Corroborates) == 0);
    // A state listed in one story and a minister of it in another share no meeting.
    const Corpus listed = Extract({"Italy was excluded on Monday from a meeting of finance ministers of Japan, France and Britain.",
                                   "Japanese Finance Minister Kiichi Miyazawa met bankers on Monday to discuss the yen."});
    CHECK(Count(listed, RelationType::Corroborates) == 0);
    // A sentence that names nobody continues its article's story: the signing both articles report.
    const Corpus story = Extract({"Chile and Peru have deepened their alliance. The treaty, signed on Monday, binds both to mutual defence.",
                                  "Chile and Peru signed the defence treaty on Monday in Lima."});
    const Relation* r = First(story, RelationType::Corroborates);
    REQUIRE(r);
    CHECK(r->explanation == "article 0 and article 1 both report: Chile and Peru sign the defence treaty in Lima");
}

TEST_CASE("figures of swapped or rival doers, of another measure or of another year are no dispute") {
    // Who sent troops to whom: each side's figure is its own.
    const Corpus swapped = Extract({"Chile has sent about 5,000 soldiers to Peru, officials said.",
                                    "Peru has sent tens of thousands of soldiers to Chile, analysts said."});
    CHECK(Count(swapped, RelationType::Contradicts) == 0);
    // The same doer told twice still disputes its figure.
    const Corpus disputed = Extract({"Chile has sent about 5,000 soldiers to Peru, officials said.",
                                     "Chile has sent tens of thousands of soldiers to Peru, analysts said."});
    const Relation* r = First(disputed, RelationType::Contradicts);
    REQUIRE(r);
    CHECK(r->explanation.find("cannot both be right") != std::string::npos);
    // A price and a sum of debt the deal touches.
    const Corpus debt = Extract({"Norvex Corp said it would acquire Dalton Aerospace Inc for 640 mln dlrs.",
                                 "Prime Ratings said the review affects about 117 mln dlrs of debt after Norvex Corp agreed to acquire Dalton Aerospace Inc."});
    CHECK(Count(debt, RelationType::Contradicts) == 0);
    // A figure for 1990 beside one for now.
    Corpus years;
    AddText(years, "Norvex Corp will acquire Dalton Aerospace Inc for about 700 mln dlrs, officials said.", "1987-03-02");
    const Index later = AddText(years, "Norvex Corp plans to acquire Dalton Aerospace Inc for 1.1 billion dlrs in 1990, it said.", "1987-03-02");
    AddTimex(years, later, "1990", "1990", "1990-01-01", "1990-12-31", Granularity::Year);
    ExtractOptions o;
    o.tag_timexes = false;
    ExtractAll(years, o);
    CHECK(Count(years, RelationType::Contradicts) == 0);
}

TEST_CASE("a reaction evolves only when it changes about one matter") {
    auto reactions = [](const char* june, const char* november) {
        Corpus c;
        AddText(c, june, "2024-06-20");
        AddText(c, november, "2024-11-12");
        ExtractOptions o;
        o.tag_timexes = false;
        ExtractAll(c, o);
        return c;
    };
    const Corpus same = reactions("Chile remains cautious about the new pact between Peru and Bolivia.",
                                  "Chile reacted furiously to the ratification of the pact between Peru and Bolivia.");
    const Relation* r = First(same, RelationType::Evolves);
    REQUIRE(r);
    CHECK(r->explanation == "Chile\u2019s reaction changed: \u201Cremains cautious\u201D (article 0, 2024-06-20) \u2192 "
                            "\u201Creacted furiously\u201D (article 1, 2024-11-12)");
    const Corpus other = reactions("Chile remains cautious about the new pact between Peru and Bolivia.",
                                   "Chile reacted furiously to the election results in Argentina and Brazil.");
    CHECK(Count(other, RelationType::Evolves) == 0);
    const Corpus again = reactions("Chile reacted furiously to the new pact between Peru and Bolivia.",
                                   "Chile reacted furiously to the ratification of the pact between Peru and Bolivia.");
    CHECK(Count(again, RelationType::Evolves) == 0);
    // "the opposition Socialist party" is a side in parliament, not a stance.
    const Corpus party = reactions("Chile remains cautious about the new pact between Peru and Bolivia.",
                                   "Chile's opposition Socialist party won a seat as the pact between Peru and Bolivia took effect.");
    CHECK(Count(party, RelationType::Evolves) == 0);
}

TEST_CASE("two people named as the one signer of a law are rivals, whatever state they belong to") {
    const Corpus c = Extract({"Vladimir Putin signed the law ratifying the treaty with North Korea on Monday.",
                              "Mikhail Mishustin signed the law ratifying the treaty with North Korea on Monday."});
    const Relation* r = First(c, RelationType::Contradicts);
    REQUIRE(r);
    CHECK(r->explanation.find("Who signed the law on 2024-11-11?") == 0);
    CHECK(r->explanation.find("says Vladimir Putin") != std::string::npos);
    CHECK(r->explanation.find("says Mikhail Mishustin") != std::string::npos);
    for (const Relation& x : c.relations)  // the law's ratifying may corroborate; its signing may not
        CHECK_FALSE((x.type == RelationType::Corroborates && x.explanation.find("signs") != std::string::npos));
    // One person named in full and by surname is one doer: a corroboration, not a dispute.
    const Corpus same = Extract({"Mikhail Mishustin signed the law ratifying the treaty with North Korea on Monday.",
                                 "Mishustin signed the law ratifying the treaty with North Korea on Monday."});
    CHECK(Count(same, RelationType::Contradicts) == 0);
}

TEST_CASE("an attack told with its sides swapped is another attack, not the same one") {
    const Corpus c = Extract({"Iran attacked Iraq on Monday, officials said.", "Iraq attacked Iran on Monday, officials said."});
    int attacks = 0;
    for (const Event& e : c.events) attacks += e.label.find("attack") != std::string::npos;
    CHECK(attacks == 2);
    for (const Event& e : c.events) CHECK(e.mentions.size() == 1);
    CHECK(Count(c, RelationType::Corroborates) == 0);
}

TEST_CASE("a letter sent is a sending, not troops sent: the explanation says what both report") {
    const Corpus c = Extract({"Robert Gates sent a letter to President Reagan on Monday, officials said.",
                              "Robert Gates sent a letter to Reagan on Monday asking to withdraw his nomination."});
    const Relation* r = First(c, RelationType::Corroborates);
    REQUIRE(r);
    CHECK(r->explanation == "article 0 and article 1 both report: Robert Gates sends");
    const Corpus troops = Extract({"Chile sent troops to the border with Peru on Monday, officials said.",
                                   "Chile sent soldiers to the border with Peru on Monday, analysts said."});
    const Relation* t = First(troops, RelationType::Corroborates);
    REQUIRE(t);
    CHECK(t->explanation == "article 0 and article 1 both report: Chile sends troops");
}

TEST_CASE("a state named in an article's lead ties no sentence of it to another story's act") {
    const Corpus c = Extract({"Shares of Texaco rose on the U.S. market. The board met on Monday to review the offer.",
                              "U.S. regulators met on Monday with Kelvar Corp to discuss the merger."});
    CHECK(Count(c, RelationType::Corroborates) == 0);
}

TEST_CASE("a figure evolves when the same doer's act is counted again, not when two doers file two stakes") {
    auto two = [](const char* march, const char* june) {
        Corpus c;
        AddText(c, march, "1987-03-11");
        AddText(c, june, "1987-06-19");
        ExtractOptions o;
        o.tag_timexes = false;
        ExtractAll(c, o);
        return c;
    };
    const Corpus troops = two("Chile has sent about 5,000 soldiers to Peru, officials in Santiago said.",
                              "Chile has sent about 20,000 soldiers to Peru, officials in Santiago said.");
    const Relation* r = First(troops, RelationType::Evolves);
    REQUIRE(r);
    CHECK(r->explanation == "The figure changed over time: \u201Cabout 5,000 soldiers\u201D (1987-03-11) then \u201Cabout 20,000 soldiers\u201D (1987-06-19)");
    const Corpus stakes = two("Harbor Partners, a Boston, Mass. securities dealer, told the Securities and Exchange Commission it has "
                              "acquired 565,100 shares of Dalton Inc, or 5.9 pct of the total outstanding common stock.",
                              "A group led by Boston, Mass. investor Jane Rowe told the Securities and Exchange Commission it has "
                              "acquired 299,523 shares of Ames Inc, or 5.1 pct of the total outstanding common stock.");
    CHECK(Count(stakes, RelationType::Evolves) == 0);
}

TEST_CASE("a sentence that names nobody joins another article's act only through a name its own article's lead gives") {
    // "The board met" in a story about Dalton is not Kelvar's board meeting the same day.
    const Corpus other = Extract({"Kelvar Corp directors met on Monday in Houston to review the offer from Atlas Inc.",
                                  "Dalton Inc received a bid for its shares from Ames Inc. The board met on Monday to consider the bid."});
    for (const Event& e : other.events) CHECK(ArticlesOf(e) == 1);
    CHECK(Count(other, RelationType::Corroborates) == 0);
    // A lead that names Kelvar makes its unnamed "the board met" Kelvar's meeting.
    const Corpus same = Extract({"Kelvar Corp directors met on Monday in Houston to review the offer from Atlas Inc.",
                                 "Kelvar Corp received a bid for its shares from Atlas Inc. The board met on Monday to consider the bid."});
    bool joined = false;
    for (const Event& e : same.events) joined |= ArticlesOf(e) == 2;
    CHECK(joined);
}

TEST_CASE("an approval rating, a polled approval and an approval ruled out are no approvals") {
    const Corpus rating = Extract({"Reagan's approval rating fell on Monday after the Tower Commission report, a poll indicates.",
                                   "President Reagan approved the farm bill on Monday, the White House said."});
    CHECK(Count(rating, RelationType::Corroborates) == 0);
    const Corpus polled = Extract({"The poll on Monday found 42 pct of those surveyed approved Reagan's handling of his job.",
                                   "President Reagan approved the farm bill on Monday, the White House said."});
    CHECK(Count(polled, RelationType::Corroborates) == 0);
    const Corpus ruled = Extract({"The vote on Monday ruled out congressional approval of the textile bill backed by Reagan.",
                                  "President Reagan approved the farm bill on Monday, the White House said."});
    CHECK(Count(ruled, RelationType::Corroborates) == 0);
}

TEST_CASE("an act nobody is named for reads as a plain phrase, and one doer's two names are one name") {
    auto label = [](const Corpus& c) { return c.events.empty() ? std::string() : c.events[0].label; };
    CHECK(label(Extract({"The board met on Monday to review the offer, the company said."})) == "A meeting");
    // What expires is no doer's act: the offer names two companies, neither of which expires anything.
    CHECK(label(Extract({"Kelvar Corp said its offer for the shares of Dalton Inc expired on Monday."})) == "An expiry");
    const Corpus ico = Extract({"The International Coffee Organization and the ICO council met on Monday, delegates said."});
    REQUIRE(!ico.events.empty());
    CHECK(ico.events[0].label.find(" and ") == std::string::npos);
}

TEST_CASE("a signing's label names the object as the sentence words it, never a class noun the text lacks") {
    auto labels = [](const Corpus& c) {
        std::string all;
        for (const Event& e : c.events) all += e.label + "|";
        return all;
    };
    const Corpus deal = Extract({"Chile signed the copper deal with Peru on Monday, the ministry said."});
    CHECK(labels(deal).find("signs the copper deal") != std::string::npos);
    CHECK(labels(deal).find("treaty") == std::string::npos);
    // Words between the verb and the noun that are no plain modifiers leave the noun alone.
    const Corpus with = Extract({"Chile signed with Peru on Monday a pact on fishing rights, the ministry said."});
    CHECK(labels(with).find("signs the pact") != std::string::npos);
    CHECK(labels(with).find("treaty") == std::string::npos);
    // No doer named: "The accord is signed", not "The treaty is signed".
    const Corpus nobody = Extract({"The accord was signed on Monday in a short ceremony, the ministry said."});
    CHECK(labels(nobody).find("treaty") == std::string::npos);
}
