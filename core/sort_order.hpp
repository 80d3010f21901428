// sort_order.hpp — stable sorts of index lists by any comparison, with the sorting code compiled once.
//
// Usage:
//   core::StableSortIndices(ids, [&](core::Index a, core::Index b) { return day[a] < day[b]; });
//   std::vector<core::Index> order = core::StableOrder(rows.size(), [&](core::Index a, core::Index b) {
//       return rows[a].count > rows[b].count; });          // rows[order[0]] first; ties keep their order
//
// Why not std::stable_sort: each comparison is a type of its own, so each call site instantiated its own
// merge sort (~3 KB of wasm each; eight of them were in the page's viewer, issue #7). Here the comparison
// is called through a pointer (one indirect call per comparison) and the merge sort exists once. For
// sorts of indices made when data changes (lanes, columns, rows, an article's claims), not per-frame hot
// loops.
#pragma once
#include <cstddef>
#include <vector>

#include "model.hpp"

namespace core {

using IndexLess = bool (*)(const void* context, Index a, Index b);

// Stable sort of [first, last) by less(context, a, b).
void StableSortIndices(Index* first, Index* last, IndexLess less, const void* context);

template <typename Less>
void StableSortIndices(std::vector<Index>& indices, const Less& less) {
    StableSortIndices(indices.data(), indices.data() + indices.size(),
                      [](const void* context, Index a, Index b) { return (*static_cast<const Less*>(context))(a, b); },
                      &less);
}

// The positions 0 … count-1 in the order that stably sorts the items they point at.
template <typename Less>
std::vector<Index> StableOrder(size_t count, const Less& less) {
    std::vector<Index> order(count);
    for (size_t i = 0; i < count; ++i) order[i] = static_cast<Index>(i);
    StableSortIndices(order, less);
    return order;
}

}  // namespace core
