#include <doctest/doctest.h>

#include "reuters_sgml.hpp"

TEST_CASE("Reuters SGML: bodies, dates, references and Latin-1 bytes") {
    const std::string sgml =
        "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
        "<REUTERS TOPICS=\"YES\" NEWID=\"7\">\n<DATE> 2-MAR-1987 09:30:00.00</DATE>\n"
        "<TEXT>&#2;\n<TITLE>GRAIN &amp; OILSEEDS</TITLE>\n<DATELINE>CHICAGO, March 2 - </DATELINE>"
        "<BODY>Prices rose &lt;5 pct&gt; on Monday, traders said.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
        "<REUTERS NEWID=\"8\">\n<DATE>31-MAR-1987 605:12:19.12</DATE><TEXT><BODY>Caf\xe9 talks.</BODY></TEXT></REUTERS>\n"
        "<REUTERS NEWID=\"9\">\n<DATE>1-APR-1987 10:00:00.00</DATE><TEXT type=\"BRIEF\"><TITLE>NO BODY</TITLE></TEXT></REUTERS>\n";
    const auto articles = core::ReadReutersSgml(sgml, "fixture.sgm");
    REQUIRE(articles.size() == 2);  // the story without a body is not an article
    CHECK(articles[0].id == "reuters-7");
    CHECK(articles[0].headline == "GRAIN & OILSEEDS");
    CHECK(articles[0].published == "1987-03-02T09:30:00");
    CHECK(articles[0].published_certainty == core::DateCertainty::Stated);
    CHECK(articles[0].text == "Prices rose <5 pct> on Monday, traders said.\n Reuter\n");
    // An impossible time (605:12) leaves the story undated rather than inventing a date.
    CHECK(articles[1].published.empty());
    CHECK(articles[1].published_day == core::kNoDay);
    CHECK(articles[1].text == "Caf\xc3\xa9 talks.");
}
