// Exports of a story: TimelineJS, ClaimReview, Web Annotations, CSV and the stats table.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "bundle_export.hpp"
#include "corpus.hpp"
#include "seeds.hpp"

using nlohmann::json;

TEST_SUITE("bundle: export") {

TEST_CASE("TimelineJS places every dated article and event, with TimelineJS 3 date objects") {
    core::Corpus c = core::LoadSeedCorpus();
    core::Event e;
    e.id = "ev:sign";
    e.label = "Putin and Kim sign the treaty";
    e.date = {"2024-06", core::DayFromCivil(2024, 6, 1), core::DayFromCivil(2024, 6, 30), core::Granularity::Month, ""};
    e.mentions.push_back({2, 180, 260});
    c.events.push_back(e);
    json tl = json::parse(core::ExportTimelineJs(c));
    REQUIRE(tl["events"].size() == 6);
    const json& ev = tl["events"][0];
    CHECK(ev["start_date"] == json{{"year", 2024}, {"month", 6}});  // month granularity: no day, no end
    CHECK_FALSE(ev.contains("end_date"));
    CHECK(ev["text"]["headline"] == "Putin and Kim sign the treaty");
    const json& a002 = tl["events"][3];
    CHECK(a002["unique_id"] == "article-002");
    CHECK(a002["start_date"] == json{{"year", 2024}, {"month", 6}, {"day", 20}});
    CHECK(tl["title"]["text"]["headline"].is_string());
}

TEST_CASE("ClaimReview: one review per curated verdict, with the claim's appearance") {
    json cr = json::parse(core::ExportClaimReview(core::LoadSeedCorpus()));
    CHECK(cr["@context"] == "https://schema.org");
    REQUIRE(cr["@graph"].size() == 2);
    const json& r = cr["@graph"][0];
    CHECK(r["@type"] == "ClaimReview");
    CHECK(r["claimReviewed"] == "North Korea may have sent about 10,000 soldiers to Russia");
    CHECK(r["reviewRating"]["alternateName"] == "disputed");
    CHECK(r["itemReviewed"]["appearance"]["publisher"]["name"] == "conflictwatcher.com");
}

TEST_CASE("Web Annotations carry both selectors; positions count code points") {
    core::Corpus c = core::LoadSeedCorpus();
    json wa = json::parse(core::ExportAnnotations(c));
    CHECK(wa["type"] == "AnnotationCollection");
    const json& items = wa["first"]["items"];
    REQUIRE(items.size() == wa["total"].get<size_t>());
    bool checked = false;
    for (const json& a : items) {
        if (a["id"] != "urn:claimline:claim:cur:004:1961") continue;
        const json& sel = a["target"]["selector"];
        CHECK(sel[0]["type"] == "TextQuoteSelector");
        CHECK(sel[1]["type"] == "TextPositionSelector");
        // Before this claim 004 has four curly quotes/apostrophes (3 bytes each): 8 bytes more than characters.
        const core::Claim& k = c.claims[static_cast<size_t>(core::FindClaim(c, "cur:004:1961"))];
        CHECK(sel[1]["start"].get<uint32_t>() == k.span.start - 8);
        CHECK(sel[1]["end"].get<uint32_t>() == k.span.end - 8 - 2);  // the claim holds one more (countries’)
        CHECK(sel[0]["exact"].get<std::string>().rfind("revives the countries’", 0) == 0);
        checked = true;
    }
    CHECK(checked);
}

TEST_CASE("CSV quotes fields with commas and quotes (RFC 4180)") {
    std::string csv = core::ExportClaimsCsv(core::LoadSeedCorpus());
    CHECK(csv.rfind("id,article,start,end,kind,text,", 0) == 0);
    CHECK(csv.find("\"North Korea may have sent about 10,000 soldiers to Russia\"") != std::string::npos);
}

TEST_CASE("stats count per layer and per article") {
    std::string s = core::FormatStats(core::LoadSeedCorpus());
    CHECK(s.find("articles 5") != std::string::npos);
    CHECK(s.find("002      2024-06-20  stated") != std::string::npos);
}

}  // TEST_SUITE
