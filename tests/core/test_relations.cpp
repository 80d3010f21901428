// Events across articles and the relations between their claims, on texts written for these tests.
#include <doctest/doctest.h>

#include <functional>
#include <set>
#include <string>

#include "claim_test_util.hpp"
#include "extract.hpp"

using namespace core;
using namespace test_util;

namespace {
Corpus Story() {
    Corpus c;
    const Index a = AddText(c,
        "Atlantis and Borduria signed the defense treaty in Harbor City on June 19, 2024. "
        "The pact revives an old alliance agreement from the 1960s between Atlantis and Borduria. "
        "Meanwhile, Carpania remains cautious about the new pact between Atlantis and Borduria.", "2024-06-20");
    AddTimex(c, a, "June 19, 2024", "2024-06-19", "2024-06-19", "2024-06-19", Granularity::Day);
    AddTimex(c, a, "the 1960s", "196", "1960-01-01", "1969-12-31", Granularity::Decade);
    const Index b = AddText(c,
        "Atlantis has ratified the treaty with Borduria that both countries signed in June. "
        "The treaty replaces a 1961 treaty between Atlantis and Borduria that expired long ago. "
        "Analysts say Borduria has sent tens of thousands of its troops to Atlantis since then. "
        "Carpania reacted furiously to the ratification of the treaty between Atlantis and Borduria.", "2024-11-12");
    AddTimex(c, b, "June", "2024-06", "2024-06-01", "2024-06-30", Granularity::Month);
    AddTimex(c, b, "1961", "1961", "1961-01-01", "1961-12-31", Granularity::Year);
    AddText(c, "Officials in Atlantis said Borduria has sent about 5,000 soldiers to Atlantis for the exercise.", "2024-11-10");
    ExtractOptions o;
    o.tag_timexes = false;
    ExtractAll(c, o);
    return c;
}

// The first relation of type t whose explanation mentions `word`.
const Relation* FindRelation(const Corpus& c, RelationType t, const std::string& word = "") {
    for (const Relation& r : c.relations)
        if (r.type == t && r.explanation.find(word) != std::string::npos) return &r;
    return nullptr;
}
}  // namespace

TEST_CASE("the same signing in two articles is one event with two mentions and the precise date") {
    const Corpus c = Story();
    const Event* signing = nullptr;
    for (const Event& e : c.events)
        if (e.label.find("sign") != std::string::npos && e.date.value == "2024-06-19") signing = &e;
    REQUIRE(signing);
    CHECK(signing->mentions.size() == 2);
    CHECK(signing->mentions[0].article != signing->mentions[1].article);
    CHECK(signing->label.find("Atlantis") != std::string::npos);
}

TEST_CASE("a decade and a year in it refine each other") {
    const Corpus c = Story();
    const Relation* r = FindRelation(c, RelationType::Refines, "1961");
    REQUIRE(r);
    REQUIRE(r->evidence.size() == 2);
    const std::string e0 = Text(c, r->evidence[0]), e1 = Text(c, r->evidence[1]);
    CHECK((e0 + e1).find("1961") != std::string::npos);
    CHECK((e0 + e1).find("1960s") != std::string::npos);
}

TEST_CASE("incompatible troop numbers contradict, with the numbers as evidence") {
    const Corpus c = Story();
    const Relation* r = FindRelation(c, RelationType::Contradicts);
    REQUIRE(r);
    REQUIRE(r->evidence.size() == 2);
    const std::string both = Text(c, r->evidence[0]) + "|" + Text(c, r->evidence[1]);
    CHECK(both.find("about 5,000 soldiers") != std::string::npos);
    CHECK(both.find("tens of thousands of its troops") != std::string::npos);
    CHECK(r->explanation.find("cannot both be right") != std::string::npos);
}

TEST_CASE("a reaction that changes between June and November evolves") {
    const Corpus c = Story();
    const Relation* r = FindRelation(c, RelationType::Evolves);
    REQUIRE(r);
    CHECK(r->explanation.find("Carpania") != std::string::npos);
    CHECK(Text(c, r->evidence[0]) == "remains cautious");
    CHECK(Text(c, r->evidence[1]) == "reacted furiously");
    CHECK(r->explanation.find("2024-06-20") != std::string::npos);
    CHECK(r->explanation.find("2024-11-12") != std::string::npos);
}

namespace {
const Event* EventLabelled(const Corpus& c, const std::string& words) {
    for (const Event& e : c.events)
        if (e.label.find(words) != std::string::npos) return &e;
    return nullptr;
}
std::set<Index> ArticlesOf(const Event& e) {
    std::set<Index> out;
    for (const Span& s : e.mentions) out.insert(s.article);
    return out;
}
}  // namespace

TEST_CASE("an act at a meeting takes the meeting's sharper date") {
    Corpus c;
    const Index a = AddText(c, "The leaders of Atlantis and Borduria met this Wednesday in Harbor City for talks.", "2024-06-20");
    AddTimex(c, a, "this Wednesday", "2024-06-19", "2024-06-19", "2024-06-19", Granularity::Day);
    const Index b = AddText(c, "The pact, signed by Atlantis and Borduria at a June summit, revives their old alliance.", "2024-11-12");
    AddTimex(c, b, "June", "2024-06", "2024-06-01", "2024-06-30", Granularity::Month);
    ExtractOptions o;
    o.tag_timexes = false;
    ExtractAll(c, o);
    const Event* signing = EventLabelled(c, "sign");
    REQUIRE(signing);
    CHECK(signing->date.value == "2024-06-19");
    const Event* summit = EventLabelled(c, "meet");
    REQUIRE(summit);
    CHECK(ArticlesOf(*summit).size() == 2);
}

TEST_CASE("a decree that ratifies is the ratification; coordinated acts share their date; agents name events") {
    Corpus c;
    const Index a = AddText(c,
        "Atlantis leader John Smith has ratified the treaty with Borduria on Monday. "
        "The decree, which was signed on Monday in Harbor City, formalizes the treaty between Atlantis and Borduria.", "2024-11-12");
    AddTimex(c, a, "on Monday", "2024-11-11", "2024-11-11", "2024-11-11", Granularity::Day);
    const std::string& t = c.articles[a].text;
    Timex second = c.timexes.back();
    second.span.start = static_cast<uint32_t>(t.rfind("Monday")), second.span.end = second.span.start + 6;
    c.timexes.push_back(second);
    const Index b = AddText(c,
        "The move follows the parliament of Borduria approving the treaty last week and Mary Jones signing it into law.", "2024-11-12");
    AddTimex(c, b, "last week", "2024-W45", "2024-11-04", "2024-11-10", Granularity::Week);
    ExtractOptions o;
    o.tag_timexes = false;
    ExtractAll(c, o);
    const Event* ratified = EventLabelled(c, "ratifies");
    REQUIRE(ratified);
    CHECK(ratified->label.rfind("John Smith", 0) == 0);
    CHECK(ratified->mentions.size() == 2);
    CHECK_FALSE(EventLabelled(c, "decree"));
    const Event* approved = EventLabelled(c, "approves the treaty");
    REQUIRE(approved);
    CHECK(approved->label.rfind("Borduria", 0) == 0);
    CHECK(approved->date.value == "2024-W45");
    const Event* law = EventLabelled(c, "Mary Jones signs it into law");
    REQUIRE(law);
    CHECK(law->date.value == "2024-W45");
    CHECK_FALSE(EventLabelled(c, "The treaty of last week"));  // "the treaty last week" dates the act, not the treaty
}

TEST_CASE("nominal events are named by their of-phrase; a century is no date for a timeline") {
    Corpus c;
    const Index a = AddText(c,
        "The treaty between Atlantis and Borduria expired following the collapse of the Carpanian Union in 1991. "
        "Borduria is the only country of Harbor region to have tested a rocket engine in this century.", "2024-11-12");
    AddTimex(c, a, "1991", "1991", "1991-01-01", "1991-12-31", Granularity::Year);
    AddTimex(c, a, "this century", "20", "2000-01-01", "2099-12-31", Granularity::Century);
    ExtractOptions o;
    o.tag_timexes = false;
    ExtractAll(c, o);
    CHECK(EventLabelled(c, "Collapse of the Carpanian Union"));
    CHECK_FALSE(EventLabelled(c, "test"));
}

TEST_CASE("the step-wise extractor gives the same result as ExtractAll and can be cancelled") {
    Corpus c;
    for (int i = 0; i < 10; ++i) AddText(c, "Atlantis and Borduria signed a treaty in Harbor City with great ceremony.", "2024-06-20");
    ExtractProgress p;
    size_t reports = 0;
    p.report = [&](ExtractStage, size_t, size_t) { ++reports; };
    Extractor x(c, {}, &p);
    int steps = 0;
    while (!x.Step(3)) ++steps;
    CHECK(steps > 4);
    CHECK(reports > 4);
    CHECK(c.claims.size() == 10);
    Corpus d = c;
    d.claims.clear();
    ExtractProgress q;
    q.cancel = true;
    ExtractAll(d, {}, &q);
    CHECK(d.claims.empty());
}

TEST_CASE("a parallel runner gives the same layers as one thread, whatever order the tasks run in") {
    Corpus base;
    for (int i = 0; i < 120; ++i)
        AddText(base, "Atlantis and Borduria signed a treaty in Harbor City, officials said. Analysts say about " +
                          std::to_string(1000 + 100 * (i % 7)) + " soldiers were sent to Carpania by Borduria.",
                i % 2 ? "2024-06-20" : "2024-11-12");
    Corpus one = base, many = base;
    ExtractAll(one);
    ExtractOptions o;
    // Tasks run last to first: a merge that depended on completion order would show here.
    o.parallel = [](size_t tasks, const std::function<void(size_t)>& run) {
        for (size_t t = tasks; t-- > 0;) run(t);
    };
    ExtractAll(many, o);
    REQUIRE(one.claims.size() == many.claims.size());
    CHECK(one.claims.size() >= 120);
    for (size_t i = 0; i < one.claims.size(); ++i) CHECK(one.claims[i].id == many.claims[i].id);
    CHECK(one.timexes.size() == many.timexes.size());
    CHECK(one.events.size() == many.events.size());
    REQUIRE(one.relations.size() == many.relations.size());
    for (size_t i = 0; i < one.relations.size(); ++i) CHECK(one.relations[i].explanation == many.relations[i].explanation);
}

TEST_CASE("exact figures of one source, or of different things, are not a dispute; a denied act on the same day is") {
    Corpus c;
    // The same agency's two exact figures a day apart: two facts (or its own update), not a contradiction.
    AddText(c, "The Atlantis Statistics Office said Borduria exported 4.0 mln tonnes of wheat to Carpania.", "2024-03-02");
    AddText(c, "The Atlantis Statistics Office said Borduria exported 3.5 mln tonnes of wheat to Carpania.", "2024-03-03");
    // Debt and reserves are different slots even with the same unit and actors.
    AddText(c, "Officials in Atlantis said the debt of Borduria to Carpania stands at about 108 billion dlrs.", "2024-03-02");
    AddText(c, "Bankers in Harbor City said the reserves of Borduria held in Carpania fell to about 2 billion dlrs.", "2024-03-02");
    const Index a = AddText(c, "Atlantis and Borduria did not sign the trade treaty in Harbor City on Monday, officials said.", "2024-03-05");
    AddTimex(c, a, "Monday", "2024-03-04", "2024-03-04", "2024-03-04", Granularity::Day);
    const Index b = AddText(c, "Atlantis and Borduria signed the trade treaty in Harbor City on Monday after long talks.", "2024-03-05");
    AddTimex(c, b, "Monday", "2024-03-04", "2024-03-04", "2024-03-04", Granularity::Day);
    ExtractOptions o;
    o.tag_timexes = false;
    ExtractAll(c, o);
    const Relation* figures = FindRelation(c, RelationType::Contradicts, "cannot both be right");
    CHECK_FALSE(figures);
    const Relation* denied = FindRelation(c, RelationType::Contradicts, "did not happen");
    REQUIRE(denied);
    REQUIRE(denied->evidence.size() == 2);
    CHECK(Text(c, denied->evidence[0]) == "not sign");
    CHECK(Text(c, denied->evidence[1]) == "signed");
}

TEST_CASE("the same signing dated to two different days contradicts, with both dates as evidence") {
    Corpus c;
    const Index a = AddText(c, "Atlantis and Borduria signed the trade treaty in Harbor City on June 12 after long talks.", "2024-06-20");
    AddTimex(c, a, "June 12", "2024-06-12", "2024-06-12", "2024-06-12", Granularity::Day);
    const Index b = AddText(c, "Atlantis and Borduria signed the trade treaty in Harbor City on June 19 with great ceremony.", "2024-06-20");
    AddTimex(c, b, "June 19", "2024-06-19", "2024-06-19", "2024-06-19", Granularity::Day);
    ExtractOptions o;
    o.tag_timexes = false;
    ExtractAll(c, o);
    const Relation* r = FindRelation(c, RelationType::Contradicts, "days apart");
    REQUIRE(r);
    REQUIRE(r->evidence.size() == 2);
    CHECK(Text(c, r->evidence[0]) + "|" + Text(c, r->evidence[1]) == "June 12|June 19");
    CHECK(r->explanation.find("7 days apart") != std::string::npos);
}

TEST_CASE("two sentences that both report two acts corroborate each act, not only the first") {
    Corpus c;
    const Index a = AddText(c,
        "The move follows the parliament of Borduria approving the treaty last week and Mary Jones signing it into law.", "2024-11-12");
    AddTimex(c, a, "last week", "2024-W45", "2024-11-04", "2024-11-10", Granularity::Week);
    const Index b = AddText(c,
        "Last week the parliament of Borduria approved the treaty with Atlantis and Mary Jones signed it into law.", "2024-11-12");
    AddTimex(c, b, "Last week", "2024-W45", "2024-11-04", "2024-11-10", Granularity::Week);
    ExtractOptions o;
    o.tag_timexes = false;
    ExtractAll(c, o);
    const Relation* approval = FindRelation(c, RelationType::Corroborates, "approves the treaty");
    const Relation* law = FindRelation(c, RelationType::Corroborates, "signs it into law");
    REQUIRE(approval);
    REQUIRE(law);
    CHECK(approval->claims == law->claims);
    // Each relation quotes its own act's words.
    std::string words;
    for (const Span& s : law->evidence) words += Text(c, s) + "|";
    CHECK(words.find("signing|") != std::string::npos);
    CHECK(words.find("signed|") != std::string::npos);
}

TEST_CASE("two reports of one act that repeat its figure relate once, on the act") {
    Corpus c;
    const Index a = AddText(c, "Atlantis and Borduria signed the trade treaty in Harbor City on Monday, worth 40 mln dlrs to Borduria.", "2024-03-05");
    AddTimex(c, a, "Monday", "2024-03-04", "2024-03-04", "2024-03-04", Granularity::Day);
    const Index b = AddText(c, "Atlantis and Borduria signed the trade treaty on Monday in Harbor City, worth 40 mln dlrs to Borduria.", "2024-03-05");
    AddTimex(c, b, "Monday", "2024-03-04", "2024-03-04", "2024-03-04", Granularity::Day);
    ExtractOptions o;
    o.tag_timexes = false;
    ExtractAll(c, o);
    REQUIRE(c.relations.size() == 1);
    CHECK(c.relations[0].explanation.find("both report") != std::string::npos);
}
