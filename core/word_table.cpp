#include "word_table.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

#include "perfect_hash.hpp"

namespace core {

bool WordTable::Build(std::span<const std::string_view> words, std::span<const uint32_t> values) {
    if (words.size() != values.size() || words.size() > kSlots * 3 / 4) return false;
    for (size_t i = 0; i < words.size(); ++i)
        if (words[i].empty() || words[i].size() > kMaxWord || values[i] == 0) return false;
    std::vector<std::string_view> sorted(words.begin(), words.end());
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) return false;
    // Some multiplier under which no two words of a bucket share a home slot: the first one almost always
    // (tests/core/test_word_table.cpp checks the table is exact whichever is used).
    uint64_t seed = 0x9E3779B97F4A7C15ull;
    for (int attempt = 0; attempt < 1000; ++attempt, seed += 0x5851F42D4C957F2Eull) {  // stays odd
        m_seed = seed;
        if (Place(words, values)) return true;
    }
    return false;
}

bool WordTable::Place(std::span<const std::string_view> words, std::span<const uint32_t> values) {
    std::fill(std::begin(m_displace), std::end(m_displace), uint16_t{0});
    std::fill(std::begin(m_slots), std::end(m_slots), Slot{});
    std::vector<size_t> bucket_of(words.size()), home(words.size());
    for (size_t i = 0; i < words.size(); ++i) {
        const uint64_t h = Hash(Pack(words[i]), m_seed);
        bucket_of[i] = Bucket(h);
        home[i] = Home(h);
    }
    return PlaceByDisplacement(
        bucket_of, home, kSlots, m_displace, kBuckets, [&](size_t s) { return m_slots[s].len == 0; },
        [&](size_t i, size_t s) {
            const Key k = Pack(words[i]);
            m_slots[s] = {k.head, k.tail, values[i], static_cast<uint32_t>(words[i].size())};
        });
}

}  // namespace core
