// Attribution, claim kinds, hedging and negation on sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "claim_test_util.hpp"
#include "extract.hpp"

using namespace core;
using namespace test_util;

namespace {
// Extracts one article (no tagger: timexes given by the test) and returns the claim whose sentence starts
// with `start`.
struct One {
    Corpus c;
    explicit One(const std::string& text) {
        AddText(c, text, "2024-06-20");
        ExtractOptions o;
        o.tag_timexes = false;
        ExtractAll(c, o);
    }
    const Claim* Starting(const std::string& start) const {
        for (const Claim& k : c.claims)
            if (Text(c, k.span).rfind(start, 0) == 0) return &k;
        return nullptr;
    }
};
}  // namespace

TEST_CASE("according to: state media is the speaker, with the cue span") {
    One o("According to state media KCNA, the two leaders signed the defense pact in the capital.");
    const Claim* k = o.Starting("According");
    REQUIRE(k);
    CHECK_FALSE(k->attribution.outlet_voice);
    REQUIRE(k->attribution.speaker != kNone);
    CHECK(o.c.entities[k->attribution.speaker].name == "KCNA");
    CHECK(Text(o.c, k->attribution.cue) == "According to");
}

TEST_CASE("unnamed sources speak without an entity; plain statements are the outlet's voice") {
    One o("Observers say the pact gives Pyongyang legal cover for its troops. "
          "Russia and North Korea signed a mutual defense treaty with great ceremony.");
    const Claim* a = o.Starting("Observers");
    REQUIRE(a);
    CHECK_FALSE(a->attribution.outlet_voice);
    CHECK(a->attribution.speaker == kNone);
    CHECK(a->attribution.speaker_name == "Observers");
    const Claim* b = o.Starting("Russia and");
    REQUIRE(b);
    CHECK(b->attribution.outlet_voice);
    CHECK(b->kind == ClaimKind::Event);
}

TEST_CASE("hedged quantities and negated events") {
    One o("Intelligence officials believe that North Korea may have sent about 10,000 soldiers to Russia. "
          "The government of Ukraine did not sign the treaty with Russia last year.");
    const Claim* q = o.Starting("Intelligence");
    REQUIRE(q);
    CHECK(q->kind == ClaimKind::Quantity);
    CHECK(q->hedged);
    CHECK(q->certainty < 0.7f);
    const Claim* n = o.Starting("The government");
    REQUIRE(n);
    CHECK(n->negated);
    CHECK_FALSE(n->hedged);
}

TEST_CASE("direct quotes: inverted speaker and a pronoun that continues it") {
    One o("\xE2\x80\x9CWe will stand together against any aggression,\xE2\x80\x9D said Vladimir Putin in Pyongyang. "
          "Both countries will work towards \xE2\x80\x9Cpeace and security in the region for all of us\xE2\x80\x9D, he said.");
    const Claim* a = o.Starting("\xE2\x80\x9CWe");
    REQUIRE(a);
    CHECK(a->kind == ClaimKind::Quote);
    REQUIRE(a->attribution.speaker != kNone);
    CHECK(o.c.entities[a->attribution.speaker].name == "Vladimir Putin");
    const Claim* b = o.Starting("Both");
    REQUIRE(b);
    CHECK(b->attribution.speaker == a->attribution.speaker);
}

TEST_CASE("sentences with nothing to check are not claims") {
    One o("It was a long day for everyone involved in the talks. The weather was nice and warm.");
    CHECK(o.c.claims.empty());
}

TEST_CASE("'it said' refers to the last agency or document that spoke, never to a person") {
    One o("According to the Atlantis News Agency, the two leaders signed the defense pact in the capital. "
          "Military cooperation is not excluded in the pact between the two leaders, says Vladimir Putin. "
          "Both Atlantis and Borduria will work towards \xE2\x80\x9Cpeace and security in the region\xE2\x80\x9D, it said.");
    const Claim* k = o.Starting("Both");
    REQUIRE(k);
    REQUIRE(k->attribution.speaker != kNone);
    CHECK(o.c.entities[k->attribution.speaker].name.find("Agency") != std::string::npos);
}

TEST_CASE("a quoted title names a document: it is not a quotation") {
    One o("Atlantis and Borduria signed the \"Treaty on Comprehensive Strategic Partnership\" in Harbor City on Monday.");
    REQUIRE(o.c.claims.size() == 1);
    CHECK(o.c.claims[0].kind == ClaimKind::Event);
    CHECK(o.c.claims[0].attribution.outlet_voice);
}

TEST_CASE("a role named by a possessor or a determiner speaks: the phrase, not the outlet") {
    One o("Brazil's finance minister said the new tax would raise 5 billion reais next year. "
          "The company's chief executive said profits would double to 40 million dollars. "
          "The central bank said inflation would fall to 3 percent by December. "
          "A senior U.S. official said 200 troops would leave the base. "
          "Four tankers reached the port on Friday, the Egyptian army said, fewer than traders had hoped for.");
    const std::pair<const char*, const char*> cases[] = {
        {"Brazil's", "Brazil's finance minister"},
        {"The company's", "The company's chief executive"},
        {"The central", "The central bank"},
        {"A senior", "A senior U.S. official"},
        {"Four tankers", "the Egyptian army"},
    };
    for (const auto& c : cases) {
        const char* start = c.first;  // not a structured binding: clang 14 (Emscripten) cannot capture one in CAPTURE's lambda
        const char* speaker = c.second;
        CAPTURE(start);
        const Claim* k = o.Starting(start);
        REQUIRE(k);
        CHECK_FALSE(k->attribution.outlet_voice);
        CHECK(k->attribution.speaker == kNone);  // the role, not the country or the company named inside it
        CHECK(k->attribution.speaker_name == speaker);
        CHECK(Text(o.c, k->attribution.cue) == "said");
    }
}

TEST_CASE("a role noun that is not the subject of an active reporting verb leaves the outlet's voice") {
    One o("The central bank signed a loan agreement with Atlantis on Tuesday. "
          "The minister's spokesman was told that 300 soldiers had been sent to the border.");
    const Claim* a = o.Starting("The central");
    REQUIRE(a);
    CHECK(a->attribution.outlet_voice);
    const Claim* b = o.Starting("The minister's");  // a passive: the spokesman heard it, nobody named said it
    REQUIRE(b);
    CHECK(b->attribution.outlet_voice);
    CHECK(b->attribution.speaker_name.empty());
}

TEST_CASE("'the company said' after a named company speaks for it, like 'it said'") {
    One o("Borduria Motors Inc said it would cut 500 jobs this year. "
          "The company said the cuts would save 40 million dollars by 2026.");
    const Claim* a = o.Starting("Borduria");
    const Claim* b = o.Starting("The company");
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(a->attribution.speaker != kNone);
    CHECK_FALSE(b->attribution.outlet_voice);
    CHECK(b->attribution.speaker == a->attribution.speaker);
}
