// perfect_hash.hpp — how the collision-free word tables are built ("hash and displace"): word_table.hpp's
// WordTable (the claim words) and word_lexicon.cpp's PackedWordTable (one id per word of a text). Each key
// hashes to a bucket and a home slot; every bucket gets one displacement, XORed into its keys' home slots,
// chosen so that all keys land on distinct free slots. A look-up is then one hash, two loads, one compare.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace core {

// Chooses displace[b] (< slots) for each bucket b. bucket_of[i] and home[i] are key i's bucket and home
// slot; is_free(s) tells whether slot s is still empty; put(i, s) stores key i in slot s. Fullest buckets
// go first, while most slots are free (ties in bucket order: the same table every run). Returns false when
// a bucket fits nowhere — two of its keys share a home slot — and the caller tries another hash multiplier.
template <class IsFree, class Put>
bool PlaceByDisplacement(const std::vector<size_t>& bucket_of, const std::vector<size_t>& home, size_t slots,
                         uint16_t* displace, size_t bucket_count, IsFree is_free, Put put) {
    std::vector<std::vector<size_t>> buckets(bucket_count);
    for (size_t i = 0; i < bucket_of.size(); ++i) buckets[bucket_of[i]].push_back(i);
    std::vector<size_t> order(bucket_count);
    for (size_t b = 0; b < bucket_count; ++b) order[b] = b;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return buckets[a].size() > buckets[b].size(); });
    for (size_t b : order) {
        if (buckets[b].empty()) break;
        size_t d = 0;
        for (; d < slots; ++d) {
            bool fits = true;
            for (size_t x = 0; x < buckets[b].size() && fits; ++x) {
                const size_t s = home[buckets[b][x]] ^ d;
                fits = is_free(s);
                for (size_t y = 0; y < x && fits; ++y) fits = (home[buckets[b][y]] ^ d) != s;
            }
            if (fits) break;
        }
        if (d == slots) return false;
        displace[b] = static_cast<uint16_t>(d);
        for (size_t i : buckets[b]) put(i, home[i] ^ d);
    }
    return true;
}

}  // namespace core
