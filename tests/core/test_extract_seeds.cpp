// End to end on the five seed articles, without curation: what a careful reader of the story finds.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "corpus.hpp"
#include "extract.hpp"
#include "seeds.hpp"

using namespace core;

namespace {

const Corpus& Extracted() {
    static const Corpus c = [] {
        Corpus s = LoadSeedCorpus();
        DropCurated(s);
        DropExtracted(s);
        ExtractAll(s);
        return s;
    }();
    return c;
}

std::string Text(const Corpus& c, const Span& s) { return c.articles[s.article].text.substr(s.start, s.end - s.start); }

const Entity* FindEntity(const Corpus& c, const std::string& name) {
    for (const Entity& e : c.entities)
        if (e.name == name) return &e;
    return nullptr;
}

std::set<Index> ArticlesOf(const std::vector<Span>& spans) {
    std::set<Index> out;
    for (const Span& s : spans) out.insert(s.article);
    return out;
}

}  // namespace

TEST_CASE("seeds: the people and governments of the story, across articles") {
    const Corpus& c = Extracted();
    REQUIRE(c.articles.size() == 5);
    const Entity* kim = FindEntity(c, "Kim Jong Un");
    REQUIRE(kim);
    CHECK(kim->kind == EntityKind::Person);
    CHECK(ArticlesOf(kim->mentions).size() == 5);
    CHECK(std::find(kim->aliases.begin(), kim->aliases.end(), "Kim Jong-Un") != kim->aliases.end());
    const Entity* putin = FindEntity(c, "Vladimir Putin");
    REQUIRE(putin);
    CHECK(ArticlesOf(putin->mentions).size() >= 3);
    const Entity* nk = FindEntity(c, "North Korea");
    REQUIRE(nk);
    CHECK(ArticlesOf(nk->mentions).size() == 5);
    CHECK(std::find(nk->aliases.begin(), nk->aliases.end(), "DPRK") != nk->aliases.end());
    CHECK(FindEntity(c, "KCNA"));
    CHECK(FindEntity(c, "Article 51 of the UN Charter"));
}

TEST_CASE("seeds: state media and named people are speakers") {
    const Corpus& c = Extracted();
    int kcna = 0, voice = 0;
    for (const Claim& k : c.claims) {
        if (k.attribution.speaker == kNone) continue;
        const std::string& n = c.entities[k.attribution.speaker].name;
        kcna += n == "KCNA";
        voice += n == "Voice of Korea";
    }
    CHECK(kcna >= 2);
    CHECK(voice >= 1);
}

TEST_CASE("seeds: the troop-count discrepancy is a contradiction with both figures as evidence") {
    const Corpus& c = Extracted();
    const Relation* found = nullptr;
    for (const Relation& r : c.relations)
        if (r.type == RelationType::Contradicts && r.evidence.size() == 2) {
            const std::string both = Text(c, r.evidence[0]) + "|" + Text(c, r.evidence[1]);
            if (both.find("10,000") != std::string::npos && both.find("tens of thousands") != std::string::npos) found = &r;
        }
    REQUIRE(found);
    CHECK_FALSE(found->explanation.empty());
}

#if __has_include("timex_tagger.hpp")
TEST_CASE("seeds: the June 2024 signing is one event reported by all five articles") {
    const Corpus& c = Extracted();
    const Event* signing = nullptr;
    for (const Event& e : c.events)
        if (e.label.find("sign") != std::string::npos && e.date.value.rfind("2024-06", 0) == 0 &&
            (!signing || e.mentions.size() > signing->mentions.size()))
            signing = &e;
    REQUIRE(signing);
    CHECK(ArticlesOf(signing->mentions).size() == 5);
    CHECK(signing->label.find("Putin") != std::string::npos);
}

TEST_CASE("seeds: the November ratification steps are on the timeline, from several articles") {
    const Corpus& c = Extracted();
    const Event* ratified = nullptr;
    for (const Event& e : c.events)
        if (e.label.find("ratif") != std::string::npos && e.date.value.rfind("2024-11", 0) == 0) ratified = &e;
    REQUIRE(ratified);
    CHECK(ArticlesOf(ratified->mentions).size() >= 2);
}

TEST_CASE("seeds: the older treaty — the 1960s refined by 1961") {
    const Corpus& c = Extracted();
    const Relation* found = nullptr;
    for (const Relation& r : c.relations) {
        if (r.type != RelationType::Refines) continue;
        std::string ev;
        for (const Span& s : r.evidence) ev += Text(c, s) + "|";
        if (ev.find("1961") != std::string::npos && ev.find("1960s") != std::string::npos) found = &r;
    }
    REQUIRE(found);
    bool dated_1961 = false;
    for (const Event& e : c.events) dated_1961 |= e.date.value == "1961";
    CHECK(dated_1961);
}
#endif
