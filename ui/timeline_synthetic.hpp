// timeline_synthetic.hpp — a large made-up story for stress tests and benchmarks of the timeline.
//
// Usage: core::Corpus c = ui::MakeSyntheticStory(100000);   // deterministic for a given seed
// Events are spread over 1995–2024 with a news-like mix of precisions (mostly exact days, then weeks,
// months, "early …" months, years and a few decades), each reported by one or two of `articles` articles.
#pragma once
#include <cstddef>
#include <cstdint>

#include "model.hpp"

namespace ui {

core::Corpus MakeSyntheticStory(size_t events, size_t articles = 400, uint32_t seed = 1);

}  // namespace ui
