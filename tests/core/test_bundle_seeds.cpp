// The seeds bundle, round trips, and the corpus operations that merge and drop curation.
#include <doctest/doctest.h>

#include <string>

#include "bundle.hpp"
#include "corpus.hpp"
#include "seeds.hpp"

namespace {

std::string_view Text(const core::Article& a, core::ByteRange r) { return core::TextOf(a, r.start, r.end); }

core::LoadResult LoadSeeds(bool with_curation) {
    return core::LoadStory(
        [](std::string_view name, std::string& out) {
            std::string_view b = core::SeedFile(name);
            if (!b.data()) return false;
            out.assign(b);
            return true;
        },
        with_curation);
}

}  // namespace

TEST_SUITE("bundle: seeds") {

TEST_CASE("the five seed articles load with their metadata") {
    core::LoadResult r = LoadSeeds(true);
    for (const core::LoadError& e : r.errors) INFO(e.ToString());
    REQUIRE(r.ok);
    const core::Corpus& c = r.corpus;
    REQUIRE(c.articles.size() == 5);
    const char* ids[] = {"000", "001", "002", "003", "004"};
    const char* files[] = {"000_2af6ac0acec6e675.txt", "001_9e85b6c184c74cf3.txt", "002_a4525092edc39633.txt",
                           "003_23bc022edd82bf0f.txt", "004_2306bba0ada63e50.txt"};
    for (size_t i = 0; i < 5; ++i) {
        CHECK(c.articles[i].id == ids[i]);
        CHECK_FALSE(c.articles[i].headline.empty());
        CHECK(c.articles[i].published_day != core::kNoDay);
        CHECK(c.articles[i].text == core::SeedFile(files[i]));  // byte for byte
    }
    const core::Article& a002 = c.articles[2];
    CHECK(a002.published_certainty == core::DateCertainty::Stated);
    CHECK(a002.published_day == core::DayFromCivil(2024, 6, 20));
    CHECK(Text(a002, a002.published_evidence) == "Published: 6/20/2024");
    CHECK(c.articles[1].outlet == "conflictwatcher.com");
    CHECK(c.articles[1].headline == "North Korea and Russia solidify military alliance pact");
    CHECK(c.articles[1].credit == "Images source: © East News | Ahn Young-joon");
    CHECK(c.articles[3].outlet == "INPAC Times");
    CHECK(c.articles[0].headline_source == "editor");
    CHECK(c.articles[4].published_certainty == core::DateCertainty::Inferred);
    CHECK(Text(c.articles[4], c.articles[4].published_evidence) == "according to state media KCNA on Tuesday");
    CHECK(Text(c.articles[3], c.articles[3].published_evidence) == "The leaders of both the countries met this Wednesday");
}

TEST_CASE("furniture ranges cover exactly the expected quotes") {
    core::Corpus c = core::LoadSeedCorpus();
    REQUIRE(c.articles.size() == 5);
    struct Expected { const char* article; const char* kind; const char* quote; };
    const Expected expected[] = {
        {"001", "navigation", "Politics"},
        {"001", "headline", "North Korea and Russia solidify military alliance pact"},
        {"001", "headline", "North Korea and Russia solidify military alliance\u00a0pact"},
        {"001", "caption", "Vladimir Putin and Kim Jong Un"},
        {"001", "caption", "Vladimir Putin and Kim Jong Un"},
        {"001", "credit", "Images source: © East News | Ahn Young-joon"},
        {"001", "navigation", "Related content"},
        {"001", "credit", "©\u00a0conflictwatcher.com"},
        {"001", "navigation", "·"},
        {"002", "headline", "Russia and North Korea Sign Mutual Defense Pact After Leaders' Meeting"},
        {"002", "headline", "Russia and North Korea Sign Mutual Defense Pact After Leaders' Meeting"},
        {"002", "byline", "3 minute read"},
        {"002", "byline", "Published: 6/20/2024"},
        {"003", "headline", "North Korea says pact with Putin entails full military assistance during event of war, global concerns erupt"},
        {"003", "heading", "Details of the Latest Agreement:"},
        {"003", "heading", "Strengthening Military Ties"},
        {"003", "heading", "Rising Global Concerns"},
        {"003", "credit", "Copyright © 2024 INPAC Times. All Rights Reserved"},
        {"003", "navigation", "Exit mobile version"},
    };
    size_t k = 0;
    for (const core::Article& a : c.articles) {
        for (const core::Furniture& f : a.furniture) {
            if (a.id == "001" && f.kind == "boilerplate") {  // the long rights notice runs to the end
                CHECK(Text(a, f.range).substr(0, 34) == "Downloading, reproduction, storage");
                CHECK(f.range.end == a.text.size());
                continue;
            }
            REQUIRE(k < std::size(expected));
            CHECK(a.id == expected[k].article);
            CHECK(f.kind == expected[k].kind);
            CHECK(Text(a, f.range) == expected[k].quote);
            ++k;
        }
    }
    CHECK(k == std::size(expected));
}

TEST_CASE("curation merges: the troop-count contradiction is there, curated") {
    core::Corpus c = core::LoadSeedCorpus();
    core::Index troops = core::FindClaim(c, "cur:001:troops");
    REQUIRE(troops != core::kNone);
    const core::Claim& k = c.claims[static_cast<size_t>(troops)];
    CHECK(k.provenance == core::Provenance::Curated);
    CHECK(core::TextOf(c.articles[static_cast<size_t>(k.span.article)], k.span.start, k.span.end) ==
          "North Korea may have sent about 10,000 soldiers to Russia");
    bool found = false;
    for (const core::Relation& r : c.relations)
        if (r.type == core::RelationType::Contradicts && r.claims.size() == 2 && r.claims[0] == troops) {
            found = true;
            CHECK(c.claims[static_cast<size_t>(r.claims[1])].id == "cur:004:troops");
            CHECK(r.provenance == core::Provenance::Curated);
        }
    CHECK(found);
    CHECK(c.notes.size() >= 2);
}

TEST_CASE("round trip: seeds → save → load → save is identical, pretty and compact") {
    core::Corpus c = core::LoadSeedCorpus();
    for (bool pretty : {true, false}) {
        core::SaveOptions o;
        o.pretty = pretty;
        std::string first = core::SaveBundle(c, o);
        core::LoadResult r = core::LoadBundle(first, "saved.json");
        for (const core::LoadError& e : r.errors) INFO(e.ToString());
        REQUIRE(r.ok);
        CHECK(core::SaveBundle(r.corpus, o) == first);
        REQUIRE(r.corpus.articles.size() == c.articles.size());
        for (size_t i = 0; i < c.articles.size(); ++i) {
            CHECK(r.corpus.articles[i].text == c.articles[i].text);
            CHECK(r.corpus.articles[i].published_day == c.articles[i].published_day);
            CHECK(r.corpus.articles[i].furniture.size() == c.articles[i].furniture.size());
        }
        CHECK(r.corpus.claims.size() == c.claims.size());
        CHECK(r.corpus.relations.size() == c.relations.size());
    }
}

TEST_CASE("a minimal bundle is just articles") {
    core::LoadResult r = core::LoadBundle(
        R"({"format":"claimline-bundle","version":1,"articles":[{"id":"a1","published":"1987-02-26T15:01:01","headline":"H","outlet":"O","text":"T"}]})",
        "min.json");
    REQUIRE(r.ok);
    CHECK(r.corpus.articles.size() == 1);
    CHECK(r.corpus.claims.empty());
}

TEST_CASE("DropCurated leaves article metadata and removes every curated item") {
    core::Corpus c = core::LoadSeedCorpus();
    core::DropCurated(c);
    CHECK(c.articles.size() == 5);
    CHECK(c.articles[2].published_certainty == core::DateCertainty::Stated);
    for (const core::Claim& k : c.claims) CHECK(k.provenance == core::Provenance::Extracted);
    for (const core::Relation& r : c.relations) CHECK(r.provenance == core::Provenance::Extracted);
    CHECK(c.notes.empty());
}

TEST_CASE("MergeCuration replaces the extracted judgement of the same pair and remaps indices") {
    core::Corpus base = LoadSeeds(false).corpus;
    // Extraction found two claims (in reverse text order) and called them corroborating.
    core::Claim a, b;
    a.id = "x:2";
    a.span = {1, 100, 120};
    b.id = "x:1";
    b.span = {1, 10, 20};
    base.claims = {a, b};
    core::Relation extracted;
    extracted.claims = {0, 1};
    base.relations = {extracted};
    core::Corpus cur;
    cur.articles = base.articles;
    core::Claim edited = a;
    edited.provenance = core::Provenance::Curated;
    edited.kind = core::ClaimKind::Quantity;
    cur.claims = {edited, b};
    core::Relation verdict;
    verdict.type = core::RelationType::Contradicts;
    verdict.claims = {0, 1};
    verdict.provenance = core::Provenance::Curated;
    cur.relations = {verdict};
    core::MergeCuration(base, cur);
    REQUIRE(base.claims.size() == 2);
    CHECK(base.claims[0].id == "x:1");  // sorted by position after the merge
    CHECK(base.claims[1].kind == core::ClaimKind::Quantity);
    REQUIRE(base.relations.size() == 1);
    CHECK(base.relations[0].type == core::RelationType::Contradicts);
    CHECK(base.claims[static_cast<size_t>(base.relations[0].claims[0])].id == "x:2");
}

}  // TEST_SUITE

TEST_SUITE("bundle: round trip") {

// Every field of every layer set to something other than its default survives save → load.
TEST_CASE("a corpus with every field populated round-trips exactly") {
    core::Corpus c;
    core::Article a;
    a.id = "x";
    a.text = "Seoul said “10,000” troops left on 2024-11-12.";
    a.outlet = "Outlet";
    a.headline = "Head";
    a.headline_source = "editor";
    a.url = "https://example.org/x";
    a.language = "ko";
    a.credit = "Photo: someone";
    a.copyright = "© 2024";
    a.published = "2024-11-12T08:30:00";
    a.published_day = core::DayFromCivil(2024, 11, 12);
    a.published_certainty = core::DateCertainty::Inferred;
    a.published_evidence = {39, 49};  // "2024-11-12"
    a.published_note = "from the date in the text";
    a.furniture = {{{0, 5}, "byline"}};
    c.articles.push_back(a);
    core::Timex t;
    t.span = {0, 39, 49};
    t.type = core::TimexType::Date;
    t.value = "2024-11-12";
    t.mod = "APPROX";
    t.quant = "EACH";
    t.freq = "1D";
    t.earliest = t.latest = core::DayFromCivil(2024, 11, 12);
    t.granularity = core::Granularity::Day;
    c.timexes.push_back(t);
    core::Entity e;
    e.id = "e:seoul";
    e.kind = core::EntityKind::Place;
    e.name = "Seoul";
    e.aliases = {"South Korea"};
    e.mentions = {{0, 0, 5}};
    e.provenance = core::Provenance::Curated;
    c.entities.push_back(e);
    core::Event ev;
    ev.id = "ev:1";
    ev.label = "Troops leave";
    ev.date = {"2024-11", core::DayFromCivil(2024, 11, 1), core::DayFromCivil(2024, 11, 30), core::Granularity::Month, "END"};
    ev.mentions = {{0, 11, 33}};
    ev.claims = {0};
    c.events.push_back(ev);
    core::Claim k;
    k.id = "c:1";
    k.span = {0, 11, 49};
    k.kind = core::ClaimKind::Quantity;
    k.attribution = {0, "Seoul", {0, 6, 10}, false};
    k.hedged = true;
    k.hedge_cue = "said";
    k.negated = true;
    k.certainty = 0.7f;
    k.timexes = {0};
    k.entities = {0};
    k.event = 0;
    c.claims.push_back(k);
    core::Claim k2 = k;
    k2.id = "c:2";
    k2.attribution = {};
    k2.timexes.clear();
    c.claims.push_back(k2);
    core::Relation r;
    r.type = core::RelationType::Evolves;
    r.claims = {0, 1};
    r.evidence = {{0, 11, 19}};
    r.explanation = "because";
    r.provenance = core::Provenance::Curated;
    c.relations.push_back(r);
    core::Note n;
    n.id = "n:1";
    n.text = "checked";
    n.claim = 1;
    n.verdict = "accurate";
    n.author = "ed";
    n.provenance = core::Provenance::Extracted;
    c.notes.push_back(n);

    const std::string saved = core::SaveBundle(c);
    core::LoadResult back = core::LoadBundle(saved, "full.json");
    for (const core::LoadError& err : back.errors) INFO(err.ToString());
    REQUIRE(back.ok);
    CHECK(core::SaveBundle(back.corpus) == saved);
    const core::Corpus& b = back.corpus;
    const core::Article& ba = b.articles[0];
    CHECK(ba.published_day == a.published_day);
    CHECK(ba.language == "ko");
    CHECK(ba.copyright == "© 2024");
    CHECK(core::TextOf(ba, ba.published_evidence.start, ba.published_evidence.end) == "2024-11-12");
    CHECK(b.timexes[0].freq == "1D");
    CHECK(b.timexes[0].granularity == core::Granularity::Day);
    CHECK(b.entities[0].aliases == std::vector<std::string>{"South Korea"});
    CHECK(b.events[0].date.mod == "END");
    CHECK(b.events[0].date.latest == core::DayFromCivil(2024, 11, 30));
    CHECK(b.claims[0].certainty == 0.7f);
    CHECK(b.claims[0].attribution.speaker == 0);
    CHECK(b.claims[0].attribution.cue.start == 6);
    CHECK_FALSE(b.claims[0].attribution.outlet_voice);
    CHECK(b.claims[1].attribution.outlet_voice);
    CHECK(b.claims[0].negated);
    CHECK(b.claims[0].event == 0);
    CHECK(b.relations[0].type == core::RelationType::Evolves);
    CHECK(b.relations[0].provenance == core::Provenance::Curated);
    CHECK(b.notes[0].claim == 1);
    CHECK(b.notes[0].provenance == core::Provenance::Extracted);
}

}  // TEST_SUITE
