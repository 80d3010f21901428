// Events across articles and the relations between their claims, on texts written for these tests.
#include <doctest/doctest.h>

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
    CHECK(Text(c, r->evidence[0]) == "cautious");
    CHECK(Text(c, r->evidence[1]) == "reacted");
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
