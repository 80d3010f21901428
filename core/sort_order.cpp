#include "sort_order.hpp"

#include <algorithm>

namespace core {

void StableSortIndices(Index* first, Index* last, IndexLess less, const void* context) {
    std::stable_sort(first, last, [less, context](Index a, Index b) { return less(context, a, b); });
}

}  // namespace core
