// claim_test_util.hpp — small builders for claim/relation tests: articles from strings, timexes by text.
#pragma once
#include <string>

#include "calendar.hpp"
#include "model.hpp"

namespace test_util {

inline core::Index AddText(core::Corpus& c, const std::string& text, const char* published = "") {
    core::Article a;
    a.id = std::to_string(c.articles.size());
    a.text = text;
    a.published = published;
    if (*published) core::ParseIsoDate(published, a.published_day);
    c.articles.push_back(std::move(a));
    return static_cast<core::Index>(c.articles.size() - 1);
}

// A timex over the first occurrence of `words` in the article, with the interval [from, to] (ISO days).
inline void AddTimex(core::Corpus& c, core::Index article, const std::string& words, const char* value,
                     const char* from, const char* to, core::Granularity g) {
    const std::string& t = c.articles[article].text;
    const size_t p = t.find(words);
    core::Timex x;
    x.span = {article, static_cast<uint32_t>(p), static_cast<uint32_t>(p + words.size())};
    x.value = value;
    core::ParseIsoDate(from, x.earliest);
    core::ParseIsoDate(to, x.latest);
    x.granularity = g;
    c.timexes.push_back(x);
}

inline std::string Text(const core::Corpus& c, const core::Span& s) {
    return c.articles[s.article].text.substr(s.start, s.end - s.start);
}

}  // namespace test_util
