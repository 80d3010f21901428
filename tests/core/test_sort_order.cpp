// core::StableSortIndices / StableOrder (core/sort_order.hpp): the same order as std::stable_sort, ties in
// their first order.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "sort_order.hpp"

TEST_CASE("StableSortIndices orders as std::stable_sort does, ties kept in order") {
    uint32_t seed = 12345;
    auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
    for (int n : {0, 1, 2, 7, 31, 200, 1000}) {
        CAPTURE(n);
        std::vector<int> key(static_cast<size_t>(n));
        for (int& k : key) k = static_cast<int>(next() % 13);  // many ties
        std::vector<core::Index> mine, expected;
        for (int i = n - 1; i >= 0; --i) mine.push_back(i);   // not in index order: ties keep this order
        expected = mine;
        auto less = [&](core::Index a, core::Index b) { return key[static_cast<size_t>(a)] < key[static_cast<size_t>(b)]; };
        std::stable_sort(expected.begin(), expected.end(), less);
        core::StableSortIndices(mine, less);
        CHECK(mine == expected);
        const std::vector<core::Index> order = core::StableOrder(key.size(), [&](core::Index a, core::Index b) {
            return key[static_cast<size_t>(a)] > key[static_cast<size_t>(b)];
        });
        REQUIRE(order.size() == key.size());
        for (size_t i = 1; i < order.size(); ++i) {
            const int before = key[static_cast<size_t>(order[i - 1])], after = key[static_cast<size_t>(order[i])];
            CHECK(before >= after);
            if (before == after) CHECK(order[i - 1] < order[i]);
        }
    }
}
