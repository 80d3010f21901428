// Entity recognition and cross-article coreference on sentences written for these tests.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "entities.hpp"

using namespace core;

namespace {
Corpus Build(const std::vector<std::string>& texts) {
    Corpus c;
    std::vector<std::vector<EntityMention>> per;
    for (const std::string& t : texts) {
        Article a;
        a.id = std::to_string(c.articles.size());
        a.text = t;
        c.articles.push_back(a);
        per.push_back(RecognizeEntities(c.articles.back().text, SegmentText(c.articles.back().text)));
    }
    ResolveEntities(c, per);
    return c;
}
const Entity* Find(const Corpus& c, const std::string& name) {
    for (const Entity& e : c.entities)
        if (e.name == name) return &e;
    return nullptr;
}
bool HasAlias(const Entity& e, const std::string& alias) {
    return std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end();
}
}  // namespace

TEST_CASE("unseen names are found by capitalization, titles and appositions") {
    const Corpus c = Build({"Foreign minister Mara Lindqvist met Tomas Brandt, a spokesman for the Nordic Fisheries Council, "
                            "in Tallinn on Friday. Brandt said the talks went well."});
    const Entity* mara = Find(c, "Mara Lindqvist");
    REQUIRE(mara);
    CHECK(mara->kind == EntityKind::Person);
    const Entity* tomas = Find(c, "Tomas Brandt");
    REQUIRE(tomas);
    CHECK(tomas->kind == EntityKind::Person);
    CHECK(tomas->mentions.size() == 2);  // "Brandt" resolves to the full name
    const Entity* council = Find(c, "Nordic Fisheries Council");
    REQUIRE(council);
    CHECK(council->kind == EntityKind::Organization);
}

TEST_CASE("documents: articles of charters and named treaties") {
    const Corpus c = Build({"The move is in line with Article 51 of the UN Charter and Article 4 of the pact."});
    CHECK(Find(c, "Article 51 of the UN Charter"));
    CHECK(Find(c, "UN Charter"));
    const Entity* a4 = Find(c, "Article 4");
    REQUIRE(a4);
    CHECK(a4->kind == EntityKind::Document);
}

TEST_CASE("countries, capitals and alternative names are one government across articles") {
    const Corpus c = Build({"Pyongyang rejected the claim. The DPRK said it would respond.",
                            "North Korea and the Russian Federation signed a deal in Moscow. The Kremlin welcomed it."});
    const Entity* nk = Find(c, "North Korea");
    REQUIRE(nk);
    CHECK(HasAlias(*nk, "Pyongyang"));
    CHECK(HasAlias(*nk, "DPRK"));
    const Entity* ru = Find(c, "Russia");
    REQUIRE(ru);
    CHECK(HasAlias(*ru, "Russian Federation"));
    CHECK(HasAlias(*ru, "Kremlin"));
    CHECK(Find(c, "Moscow"));  // "in Moscow" is the city where it happened
}

TEST_CASE("people across articles: spelling variants, surnames and roles") {
    const Corpus c = Build({"North Korean leader Kim Jong Un met the envoy. Kim smiled.",
                            "The North Korean leader left early. Kim Jong-Un did not comment."});
    const Entity* kim = Find(c, "Kim Jong Un");
    REQUIRE(kim);
    CHECK(HasAlias(*kim, "Kim Jong-Un"));
    CHECK(HasAlias(*kim, "Kim"));
    CHECK(HasAlias(*kim, "The North Korean leader"));
    CHECK(kim->mentions.size() == 4);
    int articles[2] = {0, 0};
    for (const Span& s : kim->mentions) ++articles[s.article];
    CHECK(articles[0] == 2);
    CHECK(articles[1] == 2);
}

TEST_CASE("acronym definitions and sentence-initial common words") {
    const Corpus c = Build({"According to the Korean Central News Agency (KCNA), the plan works. "
                            "Diplomatic efforts continue, KCNA said."});
    const Entity* kcna = Find(c, "KCNA");
    REQUIRE(kcna);
    CHECK(kcna->mentions.size() == 3);
    CHECK_FALSE(Find(c, "Diplomatic"));
    CHECK_FALSE(Find(c, "According"));
}

TEST_CASE("title-case headlines only yield names the body knows") {
    const Corpus c = Build({"Gamma Holdings Buys Delta Works In Surprise Move\n\nGamma Holdings bought a rival on Monday."});
    CHECK(Find(c, "Gamma Holdings"));
    CHECK_FALSE(Find(c, "Surprise Move"));
    CHECK_FALSE(Find(c, "Gamma Holdings Buys Delta Works In Surprise Move"));
}
