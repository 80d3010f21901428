// Who did an act, as two articles tell it: rival doers contradict, parts and co-signatories agree.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "relation_test_util.hpp"

using namespace core;
using namespace test_util;

namespace {

std::string Evidence(const Corpus& c, const Relation& r) {
    std::string out;
    for (const Span& s : r.evidence) out += Text(c, s) + "|";
    return out;
}

}  // namespace

TEST_CASE("a law signed by the president in one article and by the parliament in another is a contradiction") {
    const Corpus c = Extract({"Russian President Vladimir Putin signed the law ratifying the treaty with North Korea on Monday.",
                              "The Russian State Duma signed the law ratifying the treaty with North Korea on Monday."});
    const Relation* r = First(c, RelationType::Contradicts);
    REQUIRE(r);
    CHECK(Evidence(c, *r) == "Vladimir Putin signed|Russian State Duma signed|");
    CHECK(r->explanation.find("Who signed the law on 2024-11-11?") == 0);
    CHECK(r->explanation.find("says Vladimir Putin") != std::string::npos);
    CHECK(r->explanation.find("says Russian State Duma") != std::string::npos);
    for (const Relation& x : c.relations)  // the law's ratifying may corroborate; its signing may not
        CHECK_FALSE((x.type == RelationType::Corroborates && x.explanation.find("signs") != std::string::npos));
}

TEST_CASE("a law is signed once: an undated report of another signer, published the same day, contradicts") {
    const Corpus c = Extract({"Russian President Vladimir Putin signed the law ratifying the treaty with North Korea on Monday.",
                              "The Russian State Duma has signed the law ratifying the treaty with North Korea, officials said."});
    const Relation* r = First(c, RelationType::Contradicts);
    REQUIRE(r);
    CHECK(r->explanation.find("Who signed the law on 2024-11-11?") == 0);
    // Not so for a launch: an undated report may be about another one.
    const Corpus launches = Extract({"North Korea launched a ballistic missile into the Sea of Japan on Monday, officials in Seoul said.",
                                     "Russia has launched a ballistic missile into the Sea of Japan, according to the ministry."});
    CHECK(Count(launches, RelationType::Contradicts) == 0);
}

TEST_CASE("two states launching the same missile, or two companies buying the same one, contradict") {
    const Corpus states = Extract({"North Korea launched a ballistic missile into the Sea of Japan on Monday, officials in Seoul said.",
                                   "Russia launched a ballistic missile into the Sea of Japan on Monday, according to the ministry."});
    const Relation* r = First(states, RelationType::Contradicts);
    REQUIRE(r);
    CHECK(r->explanation.find("Who launched on 2024-11-11?") == 0);
    CHECK(r->explanation.find("article 0 (citing Seoul) says North Korea") != std::string::npos);
    // Names the project has never seen: two companies, one target.
    const Corpus firms = Extract({"Kelvar Corp acquired Dunmore Inc on Monday for an undisclosed sum, the companies said.",
                                  "Brightwater Holdings acquired Dunmore Inc on Monday for an undisclosed sum, the companies said."});
    r = First(firms, RelationType::Contradicts);
    REQUIRE(r);
    CHECK(r->explanation.find("Who acquired Dunmore Inc on 2024-11-11?") == 0);
    CHECK(Evidence(firms, *r) == "Kelvar Corp acquired|Brightwater Holdings acquired|");
}

TEST_CASE("different targets, or a report that names the other doer, are no actor contradiction") {
    const Corpus targets = Extract({"Kelvar Corp acquired Dunmore Inc on Monday from Harbor Capital, the companies said.",
                                    "Brightwater Holdings acquired Ostrova Mills on Monday from Harbor Capital, the companies said."});
    CHECK(Count(targets, RelationType::Contradicts) == 0);
    CHECK(Count(targets, RelationType::Corroborates) == 0);  // two purchases, not one reported twice
    const Corpus aware = Extract({"Kelvar Corp acquired Dunmore Inc on Monday, outbidding Brightwater Holdings, the companies said.",
                                  "Brightwater Holdings acquired a stake in Dunmore Inc on Monday, the companies said."});
    CHECK(Count(aware, RelationType::Contradicts) == 0);
    CHECK(Count(aware, RelationType::Corroborates) == 0);
}

TEST_CASE("a state and its leader, a capital, or a company and its unit are compatible doers: a refinement") {
    const Corpus leader = Extract({"North Korea launched a ballistic missile into the Sea of Japan on Monday, officials in Seoul said.",
                                   "North Korean leader Kim Jong Un launched a ballistic missile into the Sea of Japan on Monday."});
    CHECK(Count(leader, RelationType::Contradicts) == 0);
    const Relation* r = First(leader, RelationType::Refines);
    REQUIRE(r);
    CHECK(r->explanation.find("says North Korea launched it") != std::string::npos);
    CHECK(r->explanation.find("names who more precisely: Kim Jong Un") != std::string::npos);
    CHECK(Text(leader, r->evidence[0]) == "North Korea launched");
    const Corpus capital = Extract({"Moscow launched a ballistic missile into the Sea of Japan on Monday, officials in Seoul said.",
                                    "Russia launched a ballistic missile into the Sea of Japan on Monday, according to the ministry."});
    CHECK(Count(capital, RelationType::Contradicts) == 0);
    CHECK(Count(capital, RelationType::Corroborates) == 1);
    // The leader named by his role in one article is the person named in the other (coreference first).
    const Corpus role = Extract({"North Korean leader Kim Jong Un launched a ballistic missile into the Sea of Japan on Monday.",
                                 "The North Korean leader launched a ballistic missile into the Sea of Japan on Monday, officials in Seoul said."});
    CHECK(Count(role, RelationType::Contradicts) == 0);
    CHECK(Count(role, RelationType::Corroborates) == 1);
    const Corpus pyongyang = Extract({"Pyongyang launched a ballistic missile into the Sea of Japan on Monday, officials in Seoul said.",
                                      "North Korean leader Kim Jong Un launched a ballistic missile into the Sea of Japan on Monday."});
    CHECK(Count(pyongyang, RelationType::Contradicts) == 0);
    CHECK(Count(pyongyang, RelationType::Refines) == 1);
    const Corpus unit = Extract({"Kelvar Corp acquired Dunmore Inc on Monday for an undisclosed sum, the companies said.",
                                 "Kelvar Canada acquired Dunmore Inc on Monday for an undisclosed sum, the companies said."});
    CHECK(Count(unit, RelationType::Contradicts) == 0);
    r = First(unit, RelationType::Refines);
    REQUIRE(r);
    CHECK(r->explanation.find("names who more precisely: Kelvar Canada") != std::string::npos);
}

TEST_CASE("joint signatories refine a report naming one of them; each party signs a treaty") {
    const Corpus joint = Extract({"Vladimir Putin and Kim Jong Un signed the defense treaty in Pyongyang on Monday.",
                                  "Vladimir Putin signed the defense treaty in Pyongyang on Monday, state media said."});
    CHECK(Count(joint, RelationType::Contradicts) == 0);
    const Relation* r = First(joint, RelationType::Refines);
    REQUIRE(r);
    CHECK(r->explanation.find("names more of those who did: Vladimir Putin and Kim Jong Un") != std::string::npos);
    const Corpus parties = Extract({"North Korean leader Kim Jong Un signed the defense treaty with Russia in Pyongyang on Monday.",
                                    "Russian President Vladimir Putin signed the defense treaty with North Korea in Pyongyang on Monday."});
    CHECK(Count(parties, RelationType::Contradicts) == 0);
    const Relation* r2 = First(parties, RelationType::Corroborates);
    REQUIRE(r2);
    CHECK(r2->explanation.find("article 0 names Kim Jong Un, article 1 names Vladimir Putin") != std::string::npos);
    CHECK(r2->explanation.find("parties to one act") != std::string::npos);
    // Approvals by two different bodies are two acts: neither a dispute nor one act reported twice.
    const Corpus approvals = Extract({"Kelvar Corp approved the takeover of Dunmore Inc on Monday, the companies said.",
                                      "Brightwater Holdings approved the takeover of Dunmore Inc on Monday, the companies said."});
    CHECK(approvals.relations.empty());
}

TEST_CASE("an act denied by one speaker and reported by another contradicts, naming both speakers") {
    const Corpus c = Extract({"The agency KCNA denied that North Korea launched a ballistic missile into the Sea of Japan on Monday.",
                              "North Korea launched a ballistic missile into the Sea of Japan on Monday, officials in Seoul said."});
    const Relation* r = First(c, RelationType::Contradicts);
    REQUIRE(r);
    CHECK(r->explanation.find("says it did not happen") != std::string::npos);
    CHECK(Evidence(c, *r).find("denied that North Korea launched|") == 0);
    const Corpus quoted = Extract({"North Korea did not sign the law on Monday, the Voice of Korea said in a broadcast.",
                                   "North Korea signed the law on Monday, officials in Seoul said after the broadcast."});
    r = First(quoted, RelationType::Contradicts);
    REQUIRE(r);
    CHECK(r->explanation.find("(citing Voice of Korea) says it did not happen") != std::string::npos);
}

TEST_CASE("an undated denial answers a dated report of the same act: a contradiction between two speakers") {
    const Corpus c = Extract({"North Korea sent thousands of troops to the Kursk region on Monday, officials in Seoul said.",
                              "Moscow denied that North Korea sent troops to the Kursk region, in a statement to reporters."});
    const Relation* r = First(c, RelationType::Contradicts);
    REQUIRE(r);
    CHECK(r->explanation.find("(citing Seoul) reports") != std::string::npos);
    CHECK(r->explanation.find("(citing Russia) says it did not happen") != std::string::npos);
    CHECK(Evidence(c, *r).find("denied that North Korea sent|") == 0);
    // "Y confirmed" / "X denied": the two parties are named.
    const Corpus parties = Extract({"South Korea confirmed that North Korea sent thousands of troops to the Kursk region on Monday.",
                                    "Moscow denied that North Korea sent troops to the Kursk region, in a statement to reporters."});
    r = First(parties, RelationType::Contradicts);
    REQUIRE(r);
    CHECK(r->explanation.find("(citing South Korea) reports") != std::string::npos);
    CHECK(r->explanation.find("(citing Russia) says it did not happen") != std::string::npos);
    // Without a denial, an undated "did not" is no answer to a dated report: it may be about another time.
    const Corpus later = Extract({"North Korea sent thousands of troops to the Kursk region on Monday, officials in Seoul said.",
                                  "North Korea has not sent troops to the Kursk region, according to a statement to reporters."});
    CHECK(Count(later, RelationType::Contradicts) == 0);
    CHECK(Count(later, RelationType::Corroborates) == 0);  // nor does it report the same thing
}

TEST_CASE("what will not or has yet to happen, or an act of nobody named, denies no report") {
    const Corpus modal = Extract({"Kelvar Corp will not sign the supply contract with Dunmore Inc on Monday, analysts said.",
                                  "Kelvar Corp signed the supply contract with Dunmore Inc on Monday after long talks."});
    CHECK(Count(modal, RelationType::Contradicts) == 0);
    CHECK(Count(modal, RelationType::Corroborates) == 0);
    const Corpus yet = Extract({"Kelvar Corp has not yet signed the supply contract with Dunmore Inc on Monday, analysts said.",
                                "Kelvar Corp signed the supply contract with Dunmore Inc on Monday after long talks."});
    CHECK(Count(yet, RelationType::Contradicts) == 0);
    const Corpus nobody = Extract({"The supply contract with Dunmore Inc was not signed on Monday, analysts in Harbor City said.",
                                   "Kelvar Corp signed the supply contract with Dunmore Inc on Monday after long talks."});
    CHECK(Count(nobody, RelationType::Contradicts) == 0);
    // The same doer, denied and reported on the same day: a contradiction.
    const Corpus denied = Extract({"Kelvar Corp did not sign the supply contract with Dunmore Inc on Monday, analysts said.",
                                   "Kelvar Corp signed the supply contract with Dunmore Inc on Monday after long talks."});
    CHECK(Count(denied, RelationType::Contradicts) == 1);
}
