#include "word_table.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

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
    std::array<std::vector<size_t>, kBuckets> buckets;
    std::vector<size_t> home(words.size());
    for (size_t i = 0; i < words.size(); ++i) {
        const uint64_t h = Hash(Pack(words[i]), m_seed);
        buckets[Bucket(h)].push_back(i);
        home[i] = Home(h);
    }
    // Fullest buckets first, while most slots are free (ties in bucket order: the same table every run).
    std::array<size_t, kBuckets> order;
    for (size_t b = 0; b < kBuckets; ++b) order[b] = b;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return buckets[a].size() > buckets[b].size(); });
    for (size_t b : order) {
        if (buckets[b].empty()) break;
        size_t d = 0;
        for (; d < kSlots; ++d) {
            bool fits = true;
            for (size_t x = 0; x < buckets[b].size() && fits; ++x) {
                const size_t s = home[buckets[b][x]] ^ d;
                fits = m_slots[s].len == 0;
                for (size_t y = 0; y < x && fits; ++y) fits = (home[buckets[b][y]] ^ d) != s;
            }
            if (fits) break;
        }
        if (d == kSlots) return false;  // two words of the bucket share a home slot: another multiplier
        m_displace[b] = static_cast<uint16_t>(d);
        for (size_t i : buckets[b]) {
            const Key k = Pack(words[i]);
            m_slots[home[i] ^ d] = {k.head, k.tail, values[i], static_cast<uint32_t>(words[i].size())};
        }
    }
    return true;
}

}  // namespace core
