// InferPublicationDate: the date a page carries when its metadata gives none. Cheap scans over lines
// plus one tagger pass with no DCT (only dates that carry their own year can date a page).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "timex_tagger.hpp"

namespace core {

namespace {

bool StartsWithLower(std::string_view s, std::string_view lower) {
    if (s.size() < lower.size()) return false;
    for (size_t i = 0; i < lower.size(); ++i)
        if ((s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]) != lower[i]) return false;
    return true;
}

// The year after "Copyright", "©" or "(c)" (the last of a range "2010–2024"); 0 when none.
int CopyrightYear(std::string_view text, ByteRange& where) {
    static const std::string_view kMarks[] = {"copyright", "\xC2\xA9", "(c)"};
    int best = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != 'C' && c != 'c' && c != '\xC2' && c != '(') continue;
        for (std::string_view mark : kMarks) {
            if (!StartsWithLower(text.substr(i), mark)) continue;
            // Look for a year within the next 40 bytes.
            for (size_t j = i + mark.size(); j + 4 <= text.size() && j < i + mark.size() + 40; ++j) {
                if (!std::isdigit(static_cast<unsigned char>(text[j]))) continue;
                size_t k = j;
                while (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
                if (k - j == 4) {
                    const int y = std::atoi(std::string(text.substr(j, 4)).c_str());
                    if (y >= 1900 && y <= 2100 && y >= best) best = y, where = {static_cast<uint32_t>(i), static_cast<uint32_t>(k)};
                }
                j = k;
            }
        }
    }
    return best;
}

bool FullDay(const Timex& t) {
    return t.granularity == Granularity::Day || t.granularity == Granularity::Time ? t.earliest != kNoDay : false;
}

}  // namespace

DctGuess InferPublicationDate(std::string_view text) {
    DctGuess g;
    TaggerOptions opt;
    opt.vague_refs = false;
    ByteRange copyright_at;
    const int copyright = CopyrightYear(text, copyright_at);
    // 1. A labelled date line: "Published: 6/20/2024", "Updated on June 20, 2024".
    static const std::string_view kLabels[] = {"published", "updated", "last updated", "posted", "date", "first published"};
    for (size_t line = 0; line < text.size();) {
        size_t end = text.find('\n', line);
        if (end == std::string_view::npos) end = text.size();
        std::string_view l = text.substr(line, end - line);
        size_t lead = 0;
        while (lead < l.size() && (l[lead] == ' ' || l[lead] == '\t')) ++lead;
        for (std::string_view label : kLabels) {
            if (!StartsWithLower(l.substr(lead), label) || l.size() > 200) continue;
            const std::vector<Timex> ts = TagTimexes(l, kNoDay, opt);
            for (const Timex& t : ts) {
                if (!FullDay(t) || t.span.start > lead + label.size() + 12) continue;
                g.day = t.earliest;
                g.certainty = DateCertainty::Stated;
                g.evidence = {static_cast<uint32_t>(line + lead), static_cast<uint32_t>(line + t.span.end)};
                g.note = "states '" + std::string(text.substr(g.evidence.start, g.evidence.end - g.evidence.start)) + "'";
                return g;
            }
        }
        line = end + 1;
    }
    // 2. A dateline near the top: "SEOUL, Nov. 12 (Reuters) -" / "PYONGYANG, June 19, 2024 —".
    const std::vector<Timex> all = TagTimexes(text, kNoDay, opt);
    for (const Timex& t : all) {
        if (t.span.start > 600) break;
        if (t.type != TimexType::Date || t.value.size() != 10 || t.value[4] != '-') continue;
        const size_t ls = text.rfind('\n', t.span.start) == std::string_view::npos ? 0 : text.rfind('\n', t.span.start) + 1;
        const std::string_view head = text.substr(ls, t.span.start - ls);
        const bool city = head.size() >= 3 && head.size() <= 40 && head.find(',') != std::string_view::npos &&
                          head[0] >= 'A' && head[0] <= 'Z' && head[1] >= 'A' && head[1] <= 'Z';
        const std::string_view tail = text.substr(t.span.end, 4);
        const bool sep = tail.find('(') != std::string_view::npos || tail.find('-') != std::string_view::npos ||
                         tail.find("\xE2\x80\x94") != std::string_view::npos;
        if (!city || !sep) continue;
        int y = 0, m = 0, d = 0;
        if (std::sscanf(t.value.c_str(), "%d-%d-%d", &y, &m, &d) == 3) {
            g.day = t.earliest;
            g.certainty = DateCertainty::Stated;
        } else if (t.value.rfind("XXXX-", 0) == 0 && copyright && std::sscanf(t.value.c_str() + 5, "%d-%d", &m, &d) == 2 &&
                   IsValidCivil(copyright, m, d)) {
            g.day = DayFromCivil(copyright, m, d);
            g.certainty = DateCertainty::Inferred;
        } else {
            continue;
        }
        g.evidence = {static_cast<uint32_t>(ls), t.span.end};
        g.note = "dateline '" + std::string(text.substr(ls, t.span.end - ls)) + "'";
        return g;
    }
    // 3. The latest full date the text states (not after its copyright year).
    const Timex* latest = nullptr;
    for (const Timex& t : all) {
        if (!FullDay(t)) continue;
        if (copyright && CivilFromDay(t.earliest).year > copyright) continue;
        if (!latest || t.earliest > latest->earliest) latest = &t;
    }
    if (latest) {
        g.day = latest->earliest;
        g.certainty = DateCertainty::Inferred;
        g.evidence = {latest->span.start, latest->span.end};
        g.note = "the latest date the text states: '" + std::string(text.substr(latest->span.start, latest->span.end - latest->span.start)) + "'";
        return g;
    }
    // 4. A month/day without year, dated by the copyright year; else the copyright year's last day.
    if (copyright) {
        Day best = kNoDay;
        const Timex* ev = nullptr;
        for (const Timex& t : all) {
            int m = 0, d = 0;
            if (t.value.size() == 10 && t.value.rfind("XXXX-", 0) == 0 && std::sscanf(t.value.c_str() + 5, "%d-%d", &m, &d) == 2 &&
                IsValidCivil(copyright, m, d) && DayFromCivil(copyright, m, d) > best)
                best = DayFromCivil(copyright, m, d), ev = &t;
        }
        g.certainty = DateCertainty::Inferred;
        if (ev) {
            g.day = best;
            g.evidence = {ev->span.start, ev->span.end};
            g.note = "the latest date the text states ('" + std::string(text.substr(ev->span.start, ev->span.end - ev->span.start)) +
                     "') in its copyright year " + std::to_string(copyright);
        } else {
            g.day = DayFromCivil(copyright, 12, 31);
            g.evidence = copyright_at;
            g.note = "only a copyright year (" + std::to_string(copyright) + "): dated no later than its end";
        }
    }
    return g;
}

}  // namespace core
