#include <doctest/doctest.h>

#include <string>

#include "ingest.hpp"
#include "timeml.hpp"

namespace {

// A small document in the TempEval-3 layout, written for these tests.
const char* const kDoc =
    "<?xml version=\"1.0\" ?>\n"
    "<TimeML>\n"
    "<DOCID>TEST-1</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-03-15\" functionInDocument=\"CREATION_TIME\">03/15/24</TIMEX3></DCT>\n"
    "<TITLE>Ferry &amp; port</TITLE>\n"
    "<TEXT>\n"
    "The ferry <EVENT eid=\"e1\" class=\"OCCURRENCE\">sailed</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-03-14\">yesterday</TIMEX3>"
    " for AT&amp;T&#39;s pier, <SIGNAL sid=\"s1\">after</SIGNAL> <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3D\" mod=\"APPROX\">about three days</TIMEX3>.\n"
    "Caf&#xE9; owners <TIMEX3 tid=\"t3\" type=\"SET\" value=\"P1W\" quant=\"EACH\" freq=\"1X\">every week</TIMEX3> &lt;sic&gt;.\n"
    "</TEXT>\n"
    "<TLINK lid=\"l1\" relType=\"BEFORE\" eventInstanceID=\"ei1\" relatedToTime=\"t0\"/>\n"
    "<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\" tense=\"PAST\" aspect=\"NONE\" polarity=\"POS\" pos=\"VERB\"/>\n"
    "</TimeML>\n";

std::string Span(const core::TimemlDocument& d, const core::Timex& t) { return d.text.substr(t.span.start, t.span.end - t.span.start); }

core::Timex Make(uint32_t start, uint32_t end, core::TimexType type, std::string value, std::string mod = "") {
    core::Timex t;
    t.span.start = start;
    t.span.end = end;
    t.type = type;
    t.value = std::move(value);
    t.mod = std::move(mod);
    return t;
}

std::string ErrorOf(const std::string& bytes) {
    core::TimemlDocument d;
    core::LoadError e;
    CHECK_FALSE(core::ParseTimeml(bytes, "bad.tml", d, e));
    return e.ToString();
}

}  // namespace

TEST_CASE("timeml: DCT, decoded text and gold TIMEX3 spans") {
    core::TimemlDocument d;
    core::LoadError e;
    REQUIRE_MESSAGE(core::ParseTimeml(kDoc, "doc.tml", d, e), e.ToString());
    CHECK(d.doc_id == "TEST-1");
    CHECK(d.title == "Ferry & port");
    CHECK(d.dct_value == "2024-03-15");
    CHECK(d.dct == core::DayFromCivil(2024, 3, 15));
    CHECK(d.text == "\nThe ferry sailed yesterday for AT&T's pier, after about three days.\n"
                    "Caf\xC3\xA9 owners every week <sic>.\n");
    CHECK(d.events == 1);
    CHECK(d.signals == 1);
    REQUIRE(d.timexes.size() == 3);  // the DCT is not a gold timex
    CHECK(d.timexes[0].tid == "t1");
    CHECK(Span(d, d.timexes[0].timex) == "yesterday");
    CHECK(d.timexes[0].timex.value == "2024-03-14");
    CHECK(Span(d, d.timexes[1].timex) == "about three days");
    CHECK(d.timexes[1].timex.type == core::TimexType::Duration);
    CHECK(d.timexes[1].timex.mod == "APPROX");
    CHECK(d.timexes[2].timex.type == core::TimexType::Set);
    CHECK(d.timexes[2].timex.quant == "EACH");
    CHECK(d.timexes[2].timex.freq == "1X");
    CHECK(core::GoldTimexes(d, 4)[2].span.article == 4);
}

TEST_CASE("timeml: writing keeps the text byte-identical and entities as written") {
    core::TimemlDocument d;
    core::LoadError e;
    REQUIRE(core::ParseTimeml(kDoc, "doc.tml", d, e));
    const size_t t = d.text.find("AT&T");
    const size_t week = d.text.find("every week");
    core::TimemlWriteStats stats;
    const std::string out = core::WriteTimeml(
        d,
        {Make(static_cast<uint32_t>(week), static_cast<uint32_t>(week + 10), core::TimexType::Set, "P1W"),
         // "AT&T": the "&amp;" entity lies inside the span and is copied as written.
         Make(static_cast<uint32_t>(t), static_cast<uint32_t>(t + 4), core::TimexType::Date, "X\"<&")},
        &stats);
    CHECK(stats.written == 2);
    CHECK(stats.skipped == 0);
    CHECK(core::RawTextWithoutTags(out) == core::RawTextWithoutTags(kDoc));
    CHECK(out.find("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"X&quot;&lt;&amp;\">AT&amp;T</TIMEX3>&#39;s") != std::string::npos);
    CHECK(out.find("<TIMEX3 tid=\"t2\" type=\"SET\" value=\"P1W\">every week</TIMEX3> &lt;sic&gt;") != std::string::npos);
    CHECK(out.find("<EVENT") == std::string::npos);
    CHECK(out.find("<SIGNAL") == std::string::npos);
    CHECK(out.find("TLINK") == std::string::npos);          // links pointed at the removed tags
    CHECK(out.find("MAKEINSTANCE") == std::string::npos);
    CHECK(out.find("</TEXT>\n</TimeML>\n") != std::string::npos);  // their lines went with them
    CHECK(out.find("functionInDocument=\"CREATION_TIME\">03/15/24</TIMEX3></DCT>") != std::string::npos);

    // Reading the output back gives the same text and exactly the timexes written.
    core::TimemlDocument again;
    REQUIRE_MESSAGE(core::ParseTimeml(out, "out.tml", again, e), e.ToString());
    CHECK(again.text == d.text);
    REQUIRE(again.timexes.size() == 2);
    CHECK(Span(again, again.timexes[0].timex) == "AT&T");
    CHECK(again.timexes[0].timex.value == "X\"<&");
    CHECK(Span(again, again.timexes[1].timex) == "every week");
}

TEST_CASE("timeml: a span boundary inside an entity snaps outwards; overlaps and bad spans are skipped") {
    core::TimemlDocument d;
    core::LoadError e;
    REQUIRE(core::ParseTimeml(kDoc, "doc.tml", d, e));
    const uint32_t cafe = static_cast<uint32_t>(d.text.find("Caf"));
    core::TimemlWriteStats stats;
    // "Caf" + the first byte of é (from &#xE9;): the tag closes after the whole entity.
    const std::string out = core::WriteTimeml(
        d, {Make(cafe, cafe + 4, core::TimexType::Date, "A"), Make(cafe + 1, cafe + 6, core::TimexType::Date, "B"),
            Make(5, 5, core::TimexType::Date, "empty"), Make(0, 100000, core::TimexType::Date, "past the end")},
        &stats);
    CHECK(stats.written == 1);
    CHECK(stats.skipped == 3);
    CHECK(out.find("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"A\">Caf&#xE9;</TIMEX3> owners") != std::string::npos);
    CHECK(core::RawTextWithoutTags(out) == core::RawTextWithoutTags(kDoc));
}

TEST_CASE("timeml: other markup inside TEXT is kept and never crossed") {
    const std::string doc =
        "<TimeML><DCT><TIMEX3 tid=\"t9\" value=\"1999-01-01T10:00\" functionInDocument=\"CREATION_TIME\"/></DCT>"
        "<TEXT><s>On Monday</s> <!-- note --><s>Tuesday<![CDATA[ & co]]></s></TEXT></TimeML>";
    core::TimemlDocument d;
    core::LoadError e;
    REQUIRE_MESSAGE(core::ParseTimeml(doc, "m.tml", d, e), e.ToString());
    CHECK(d.dct == core::DayFromCivil(1999, 1, 1));
    CHECK(d.dct_tid == "t9");
    CHECK(d.text == "On Monday Tuesday & co");
    core::TimemlWriteStats stats;
    const std::string out = core::WriteTimeml(d, {Make(3, 9, core::TimexType::Date, "1998-12-28"),
                                                  Make(3, 17, core::TimexType::Date, "crosses </s>"),
                                                  Make(10, 17, core::TimexType::Date, "1998-12-29")},
                                              &stats);
    CHECK(stats.written == 2);
    CHECK(stats.skipped == 1);
    CHECK(out.find("<s>On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-12-28\">Monday</TIMEX3></s> <!-- note --><s>"
                   "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998-12-29\">Tuesday</TIMEX3><![CDATA[ & co]]></s>") != std::string::npos);
    CHECK(core::RawTextWithoutTags(out) == core::RawTextWithoutTags(doc));
}

TEST_CASE("timeml: new tids skip the DCT's") {
    const std::string doc =
        "<TimeML><DCT><TIMEX3 tid=\"t1\" value=\"2001-05-05\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT>"
        "<TEXT>May 2001</TEXT></TimeML>";
    core::TimemlDocument d;
    core::LoadError e;
    REQUIRE(core::ParseTimeml(doc, "t.tml", d, e));
    const std::string out = core::WriteTimeml(d, {Make(0, 8, core::TimexType::Date, "2001-05")});
    CHECK(out.find("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2001-05\">May 2001</TIMEX3>") != std::string::npos);
}

TEST_CASE("timeml: bad input is refused with file, line and column") {
    const std::string dct = "<DCT><TIMEX3 tid=\"t0\" value=\"2024-03-15\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT>\n";
    CHECK(ErrorOf("").find("bad.tml:1:1: empty file") == 0);
    CHECK(ErrorOf("<TimeML>\n" + dct + "<TEXT>a\xC3(b</TEXT></TimeML>").find("bad.tml:3:8: invalid UTF-8") == 0);
    CHECK(ErrorOf(std::string("<TimeML>\0</TimeML>", 18)).find("bad.tml:1:9: binary data") == 0);
    CHECK(ErrorOf("<TimeML>\n<TEXT>Monday</TEXT>\n</TimeML>").find("bad.tml:2:1: no document creation time") == 0);
    CHECK(ErrorOf("<TimeML>\n" + dct + "</TimeML>").find("no <TEXT> element") != std::string::npos);
    CHECK(ErrorOf("<TimeML>\n" + dct + "<TEXT>on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"X\">Monday</EVENT></TEXT></TimeML>")
              .find("bad.tml:3:55: </EVENT> does not close <TIMEX3> opened at 3:10 (/TimeML/TEXT/TIMEX3)") == 0);
    CHECK(ErrorOf("<TimeML>\n" + dct + "<TEXT>Monday\n").find("bad.tml:3:1: <TEXT> is never closed") == 0);
    CHECK(ErrorOf("<TimeML>\n" + dct + "<TEXT>AT&T</TEXT></TimeML>").find("bad.tml:3:9: '&' does not start an entity") == 0);
    CHECK(ErrorOf("<TimeML>\n" + dct + "<TEXT>&nbsp;</TEXT></TimeML>").find("unknown entity &nbsp;") != std::string::npos);
    CHECK(ErrorOf("<TimeML>\n" + dct + "<TEXT>&#xD800;</TEXT></TimeML>").find("not a valid character reference") != std::string::npos);
    CHECK(ErrorOf("<TimeML>\n" + dct + "<TEXT>a < b</TEXT></TimeML>").find("bad.tml:3:9: '<' does not start a tag") == 0);
    CHECK(ErrorOf("<TimeML>\n" + dct + "<TEXT><TIMEX3 type=\"WHEN\" value=\"X\">then</TIMEX3></TEXT></TimeML>")
              .find("bad.tml:3:7: TIMEX3 type \"WHEN\" is not DATE, TIME, DURATION or SET") == 0);
    CHECK(ErrorOf("<TimeML>\n" + dct + "<TEXT><TIMEX3 type=DATE>then</TIMEX3></TEXT></TimeML>").find("must be quoted") != std::string::npos);
    CHECK(ErrorOf("<TimeML>\n" + dct + "<TEXT><TIMEX3 type=\"DATE\" type=\"TIME\">x</TIMEX3></TEXT></TimeML>").find("given twice") != std::string::npos);
    CHECK(ErrorOf("<TimeML><DCT><TIMEX3 value=\"2024-02-30\" functionInDocument=\"CREATION_TIME\"/></DCT><TEXT>x</TEXT></TimeML>")
              .find("bad.tml:1:14: the creation time value \"2024-02-30\" is not a date") == 0);
    CHECK(ErrorOf("<TimeML>\n" + dct + "<TEXT>x</TEXT></TimeML>\n<TimeML/>").find("a second root element") != std::string::npos);
    CHECK(ErrorOf("<TimeML>\n" + dct + "<TEXT>x</TEXT><TEXT>y</TEXT></TimeML>").find("a second <TEXT>") != std::string::npos);
    CHECK(ErrorOf("hello <TimeML/>").find("bad.tml:1:1: text before the root element") == 0);
    CHECK(ErrorOf("<TimeML>\n" + dct + "<TEXT><!-- x </TEXT></TimeML>").find("the comment is never closed") != std::string::npos);
    CHECK(ErrorOf("<TimeML>\n" + dct + "<TEXT><TIMEX3 type=\"DATE\" value=\"1\">a <TIMEX3 type=\"DATE\" value=\"2\">b</TIMEX3></TIMEX3></TEXT></TimeML>")
              .find("TIMEX3 inside the TIMEX3 opened at 3:7") != std::string::npos);
}

TEST_CASE("timeml: a byte order mark and a DOCTYPE are accepted") {
    const std::string doc = "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML [<!ELEMENT TimeML ANY>]>\n"
                            "<TimeML><DCT><TIMEX3 value=\"2024-01-02\" functionInDocument=\"CREATION_TIME\"/></DCT><TEXT>x</TEXT></TimeML>";
    core::TimemlDocument d;
    core::LoadError e;
    REQUIRE_MESSAGE(core::ParseTimeml(doc, "b.tml", d, e), e.ToString());
    CHECK(d.text == "x");
    CHECK(core::WriteTimeml(d, {}) == doc);  // nothing to remove or add: the file comes back unchanged
}

TEST_CASE("ingest: a .tml file is an article dated by its DCT; a broken one is located in the file") {
    const auto r = core::IngestFiles({{"corpus/ferry-2024.tml", kDoc}});
    REQUIRE(r.ok);
    REQUIRE(r.corpus.articles.size() == 1);
    const core::Article& a = r.corpus.articles[0];
    CHECK(a.id == "ferry-2024");
    CHECK(a.text.find("for AT&T's pier") != std::string::npos);  // decoded, tags gone
    CHECK(a.text.find('<') == a.text.find("<sic>"));
    CHECK(a.headline == "The ferry sailed yesterday for AT&T's pier, after about three days.");
    CHECK(a.published == "2024-03-15");
    CHECK(a.published_day == core::DayFromCivil(2024, 3, 15));
    CHECK(a.published_certainty == core::DateCertainty::Stated);
    CHECK(a.published_note.find("DCT") != std::string::npos);
    CHECK(r.needs_extraction);

    const auto bad = core::IngestFiles({{"good.txt", "Fine."},
                                        {"nodct.tml", "<TimeML>\n<TEXT>Monday</TEXT>\n</TimeML>"},
                                        {"empty.tml", "<TimeML><DCT><TIMEX3 value=\"2024-01-02\" functionInDocument=\"CREATION_TIME\"/></DCT>\n<TEXT> \n</TEXT></TimeML>"}});
    CHECK_FALSE(bad.ok);
    CHECK(bad.corpus.articles.empty());
    REQUIRE(bad.errors.size() == 2);
    CHECK(bad.errors[0].ToString().rfind("nodct.tml:2:1: no document creation time", 0) == 0);
    CHECK(bad.errors[1].ToString().rfind("empty.tml:2:7: the <TEXT> element has no text", 0) == 0);
}
