#include "timeline_synthetic.hpp"

#include <string>

namespace ui {

core::Corpus MakeSyntheticStory(size_t events, size_t articles, uint32_t seed) {
    uint64_t state = seed * 0x9E3779B97F4A7C15ull + 1;
    auto next = [&state](uint32_t n) {  // xorshift64*: reproducible on every platform
        state ^= state >> 12; state ^= state << 25; state ^= state >> 27;
        return static_cast<uint32_t>(((state * 0x2545F4914F6CDD1Dull) >> 33) % n);
    };
    constexpr int kSentences = 20;
    core::Corpus c;
    c.articles.reserve(articles);
    const core::Day first = core::DayFromCivil(1995, 1, 1), last = core::DayFromCivil(2024, 12, 31);
    std::vector<std::vector<uint32_t>> sentence_start(articles);
    for (size_t a = 0; a < articles; ++a) {
        core::Article art;
        art.id = "syn-" + std::to_string(a);
        art.outlet = "Outlet " + std::to_string(a % 37);
        art.headline = "Synthetic report " + std::to_string(a);
        art.published_day = first + static_cast<core::Day>(next(static_cast<uint32_t>(last - first)));
        art.published = core::FormatIsoDay(art.published_day);
        art.published_certainty = core::DateCertainty::Stated;
        for (int k = 0; k < kSentences; ++k) {
            sentence_start[a].push_back(static_cast<uint32_t>(art.text.size()));
            art.text += "Sentence " + std::to_string(k) + " of report " + std::to_string(a) + " says something happened. ";
        }
        c.articles.push_back(std::move(art));
    }
    c.events.reserve(events);
    for (size_t e = 0; e < events; ++e) {
        core::Event ev;
        ev.id = "ev:" + std::to_string(e);
        ev.label = "Event " + std::to_string(e);
        const core::Day d = first + static_cast<core::Day>(next(static_cast<uint32_t>(last - first)));
        const core::CivilDate cd = core::CivilFromDay(d);
        const uint32_t p = next(100);
        ev.date.earliest = d;
        ev.date.latest = d;
        ev.date.granularity = core::Granularity::Day;
        if (p >= 72 && p < 82) { ev.date.earliest = d - (core::Weekday(d) - 1); ev.date.latest = ev.date.earliest + 6; ev.date.granularity = core::Granularity::Week; }
        else if (p >= 82 && p < 93) {
            ev.date.earliest = core::DayFromCivil(cd.year, cd.month, 1);
            ev.date.latest = ev.date.earliest + core::DaysInMonth(cd.year, cd.month) - 1;
            ev.date.granularity = core::Granularity::Month;
            if (p >= 91) ev.date.mod = "START";
        } else if (p >= 93 && p < 99) {
            ev.date.earliest = core::DayFromCivil(cd.year, 1, 1);
            ev.date.latest = core::DayFromCivil(cd.year, 12, 31);
            ev.date.granularity = core::Granularity::Year;
        } else if (p >= 99) {
            ev.date.earliest = core::DayFromCivil(cd.year / 10 * 10, 1, 1);
            ev.date.latest = core::DayFromCivil(cd.year / 10 * 10 + 9, 12, 31);
            ev.date.granularity = core::Granularity::Decade;
        }
        ev.date.value = core::FormatIsoDay(ev.date.earliest);
        const int mentions = 1 + static_cast<int>(next(2));
        for (int m = 0; m < mentions; ++m) {
            const uint32_t a = next(static_cast<uint32_t>(articles));
            const uint32_t k = next(kSentences);
            const uint32_t start = sentence_start[a][k];
            const uint32_t end = k + 1 < kSentences ? sentence_start[a][k + 1] - 1 : static_cast<uint32_t>(c.articles[a].text.size()) - 1;
            ev.mentions.push_back({static_cast<core::Index>(a), start, end});
        }
        c.events.push_back(std::move(ev));
    }
    return c;
}

}  // namespace ui
