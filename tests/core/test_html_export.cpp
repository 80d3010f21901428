// The static HTML export: escaped, every claim marked once with an anchor, paragraphs, timeline by date.
#include <doctest/doctest.h>

#include <string>

#include "html_export.hpp"
#include "seeds.hpp"

namespace {

size_t Count(const std::string& haystack, const std::string& needle) {
    size_t n = 0;
    for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

core::Corpus Hostile() {
    core::Corpus c;
    core::Article a;
    a.id = "x\"><script>";
    a.headline = "<img src=x onerror=alert(1)> & co";
    a.outlet = "O'Brien <b>News</b>";
    a.url = "javascript:alert(1)";
    a.text = "First <b>para</b> with a claim.\n\nSecond para: the claim\ncontinues here.";
    a.published = "2024-06-20";
    a.published_day = core::DayFromCivil(2024, 6, 20);
    c.articles.push_back(a);
    core::Claim k;
    k.id = "c:1";
    k.span = {0, static_cast<uint32_t>(a.text.find("Second")), static_cast<uint32_t>(a.text.find(" here"))};
    k.attribution.outlet_voice = false;
    k.attribution.speaker_name = "<i>officials</i>";
    k.hedged = true;
    k.hedge_cue = "may";
    c.claims.push_back(k);
    return c;
}

}  // namespace

TEST_CASE("html export: everything from the story is escaped, never markup") {
    const std::string html = core::ExportStoryHtml(Hostile());
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("<i>") == std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos);   // only http(s) URLs become links
    CHECK(html.find("&lt;img src=x onerror=alert(1)&gt; &amp; co") != std::string::npos);
    CHECK(html.find("O&#39;Brien &lt;b&gt;News&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("id=\"article-x---script-\"") != std::string::npos);
}

TEST_CASE("html export: a claim crossing a paragraph break is marked in both paragraphs, anchored once") {
    const std::string html = core::ExportStoryHtml(Hostile(), {.fragment = true});
    CHECK(html.rfind("<section", 0) == 0);
    CHECK(html.find("<html") == std::string::npos);
    CHECK(Count(html, "<mark class=\"claim\"") == 2);
    CHECK(Count(html, "id=\"claim-c-1\"") == 1);
    CHECK(Count(html, "<mark") == Count(html, "</mark>"));
    CHECK(Count(html, "<p>") + Count(html, "<p class=") == Count(html, "</p>"));
    CHECK(html.find("<p><mark class=\"claim\" id=\"claim-c-1\">Second para: the claim</mark></p>") != std::string::npos);
    CHECK(html.find("attributed to &lt;i&gt;officials&lt;/i&gt;; hedged (“may”)") != std::string::npos);
    CHECK(html.find("<time datetime=\"2024-06-20\">20 June 2024</time>") != std::string::npos);
}

TEST_CASE("html export: the seed story lists every article and claim") {
    const core::Corpus c = core::LoadSeedCorpus();
    const std::string html = core::ExportStoryHtml(c);
    CHECK(html.rfind("<!doctype html>", 0) == 0);
    CHECK(Count(html, "<article ") == c.articles.size());
    CHECK(Count(html, "<mark class=\"claim\" id=") <= c.claims.size());
    CHECK(Count(html, "<li><a href=\"#claim-") == c.claims.size());
    CHECK(Count(html, "<mark") == Count(html, "</mark>"));
    // Every claim link lands somewhere: a mark, or an anchor where an overlapping claim starts.
    for (size_t at = html.find("href=\"#claim-"); at != std::string::npos; at = html.find("href=\"#claim-", at + 1)) {
        const size_t start = at + 7, end = html.find('"', start);
        const std::string id = html.substr(start, end - start);
        CHECK_MESSAGE(html.find("id=\"" + id + "\"") != std::string::npos, id);
    }
    const std::string short_page = core::ExportStoryHtml(c, {.article_texts = false});
    CHECK(short_page.find("href=\"#claim-") == std::string::npos);
    CHECK(short_page.find("<mark") == std::string::npos);
}

TEST_CASE("html export: overlapping claims: the first is marked, the second gets an anchor") {
    core::Corpus c = Hostile();
    core::Claim inner = c.claims[0];
    inner.id = "c:2";
    inner.span.start += 7;                  // starts inside the first claim
    c.claims.push_back(inner);
    const std::string html = core::ExportStoryHtml(c, {.fragment = true});
    CHECK(Count(html, "<mark class=\"claim\" id=\"claim-c-1\">") == 1);
    CHECK(Count(html, "<span id=\"claim-c-2\"></span>") == 1);
    CHECK(Count(html, "<mark") == Count(html, "</mark>"));
}
