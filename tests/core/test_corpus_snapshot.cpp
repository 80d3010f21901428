// The binary snapshot the page's viewer starts from: the same story as the bundle, and damage refused.
#include <doctest/doctest.h>

#include <string>

#include "bundle.hpp"
#include "corpus_snapshot.hpp"
#include "extract.hpp"
#include "seeds.hpp"

namespace {

const core::Corpus& AnalysedSeeds() {
    static const core::Corpus story = [] {
        core::Corpus c = core::LoadSeedCorpus();
        core::ExtractAll(c);
        return c;
    }();
    return story;
}

}  // namespace

TEST_SUITE("snapshot") {

TEST_CASE("the analysed seeds read back as the same story (every field the bundle writes)") {
    const core::Corpus& story = AnalysedSeeds();
    REQUIRE_FALSE(story.claims.empty());
    const std::string bytes = core::WriteSnapshot(story);
    core::Corpus back;
    REQUIRE(core::ReadSnapshot(bytes, back));
    CHECK(core::SaveBundle(back) == core::SaveBundle(story));
    // Fields the bundle does not write compare directly.
    REQUIRE(back.articles.size() == story.articles.size());
    for (size_t i = 0; i < story.articles.size(); ++i) CHECK(back.articles[i].published_day == story.articles[i].published_day);
    // Smaller than the compact bundle the page used before.
    core::SaveOptions compact;
    compact.pretty = false;
    compact.quotes = false;
    CHECK(bytes.size() < core::SaveBundle(story, compact).size());
}

TEST_CASE("the text stream holds every string: the page's fonts take their glyphs from it") {
    const core::Corpus& story = AnalysedSeeds();
    const std::string bytes = core::WriteSnapshot(story);
    const std::string_view text = core::SnapshotText(bytes);
    CHECK(text.find(story.articles[0].text) != std::string_view::npos);
    CHECK(text.find(story.events.front().label) != std::string_view::npos);
    CHECK(core::SnapshotText("CLSNAP") == "");
    CHECK(core::SnapshotText("not a snapshot") == "");
}

TEST_CASE("a cut, padded or damaged snapshot is refused, never half-read") {
    core::Corpus small;
    small.articles.push_back({});
    small.articles[0].id = "a";
    small.articles[0].text = "Kim met Putin on 19 June 2024 in Pyongyang.";
    core::Timex t;
    t.span = {0, 17, 29};
    t.value = "2024-06-19";
    small.timexes.push_back(t);
    core::Claim k;
    k.id = "c:1";
    k.span = {0, 0, 43};
    k.timexes = {0};
    small.claims.push_back(k);
    const std::string bytes = core::WriteSnapshot(small);
    core::Corpus back;
    REQUIRE(core::ReadSnapshot(bytes, back));
    CHECK(back.claims[0].timexes == std::vector<core::Index>{0});
    for (size_t n = 0; n < bytes.size(); ++n) {
        INFO("cut at " << n);
        CHECK_FALSE(core::ReadSnapshot(std::string_view(bytes).substr(0, n), back));
    }
    CHECK_FALSE(core::ReadSnapshot(bytes + '\0', back));
    std::string other_version = bytes;
    other_version[6] = 99;
    CHECK_FALSE(core::ReadSnapshot(other_version, back));
    // A span past its article's end, and a reference to a timex that does not exist.
    core::Corpus bad = small;
    bad.timexes[0].span.end = 400;
    CHECK_FALSE(core::ReadSnapshot(core::WriteSnapshot(bad), back));
    bad = small;
    bad.claims[0].timexes = {3};
    CHECK_FALSE(core::ReadSnapshot(core::WriteSnapshot(bad), back));
    bad = small;
    bad.articles[0].text = "Kim met Putin on 19 June 2024 in Pyongyang \xE2\x80\x94 ok.";
    bad.timexes[0].span = {0, 43, 44};  // inside the em dash
    CHECK_FALSE(core::ReadSnapshot(core::WriteSnapshot(bad), back));
}

}  // TEST_SUITE
