#include "reuters_sgml.hpp"

#include <cstdio>
#include <cstring>

namespace core {

namespace {

// The text between <tag> and </tag> starting the search at `from`, limited to `limit`; empty if absent.
std::string_view Element(std::string_view doc, std::string_view open, std::string_view close) {
    const size_t a = doc.find(open);
    if (a == std::string_view::npos) return {};
    const size_t start = doc.find('>', a);
    if (start == std::string_view::npos) return {};
    const size_t end = doc.find(close, start);
    if (end == std::string_view::npos) return {};
    return doc.substr(start + 1, end - start - 1);
}

// Decodes SGML references and Latin-1 bytes into UTF-8; control characters (other than \n, \t) vanish.
std::string Decode(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '&') {
            const size_t semi = s.find(';', i);
            if (semi != std::string_view::npos && semi - i <= 6) {
                std::string_view ref = s.substr(i + 1, semi - i - 1);
                if (ref == "lt") { out += '<'; i = semi; continue; }
                if (ref == "gt") { out += '>'; i = semi; continue; }
                if (ref == "amp") { out += '&'; i = semi; continue; }
                if (!ref.empty() && ref[0] == '#') {
                    int code = 0;
                    for (char d : ref.substr(1)) code = (d >= '0' && d <= '9') ? code * 10 + (d - '0') : -1000000;
                    if (code >= 0) {
                        if (code >= 32 && code < 127) out += static_cast<char>(code);
                        i = semi;
                        continue;
                    }
                }
            }
            out += '&';
        } else if (c >= 0x80) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c >= 32 || c == '\n' || c == '\t') {
            out += static_cast<char>(c);
        }
    }
    return out;
}

// "26-FEB-1987 15:01:01.79" → "1987-02-26T15:01:01"; empty when the date is not of that shape or impossible.
std::string IsoFromReutersDate(std::string_view d) {
    while (!d.empty() && d.front() == ' ') d.remove_prefix(1);
    static const char* kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    int day = 0, year = 0, hh = 0, mm = 0, ss = 0;
    char mon[4] = {0};
    const std::string copy(d.substr(0, 40));
    if (std::sscanf(copy.c_str(), "%d-%3s-%d %d:%d:%d", &day, mon, &year, &hh, &mm, &ss) < 3) return {};
    int month = 0;
    for (int m = 0; m < 12; ++m)
        if (!std::strcmp(mon, kMonths[m])) month = m + 1;
    if (!IsValidCivil(year, month, day) || hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 60) return {};
    char buf[80];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hh, mm, ss);
    return buf;
}

}  // namespace

std::vector<Article> ReadReutersSgml(std::string_view bytes, std::string_view file_name) {
    std::vector<Article> out;
    size_t pos = 0;
    while ((pos = bytes.find("<REUTERS", pos)) != std::string_view::npos) {
        const size_t end = bytes.find("</REUTERS>", pos);
        if (end == std::string_view::npos) break;
        const std::string_view doc = bytes.substr(pos, end - pos);
        pos = end + 10;
        const std::string_view body = Element(doc, "<BODY", "</BODY>");
        if (body.empty()) continue;
        Article a;
        const size_t id_at = doc.find("NEWID=\"");
        const std::string_view id = id_at == std::string_view::npos
                                        ? std::string_view()
                                        : doc.substr(id_at + 7, doc.find('"', id_at + 7) - id_at - 7);
        a.id = "reuters-" + std::string(id);
        a.outlet = "Reuters";
        a.headline = Decode(Element(doc, "<TITLE", "</TITLE>"));
        a.text = Decode(body);
        a.published = IsoFromReutersDate(Element(doc, "<DATE", "</DATE>"));
        if (!a.published.empty() && ParseIsoDate(a.published, a.published_day)) {
            a.published_certainty = DateCertainty::Stated;
            a.published_note = "stated in the <DATE> element of " + std::string(file_name);
        }
        out.push_back(std::move(a));
    }
    return out;
}

}  // namespace core
