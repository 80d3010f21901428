// swar.hpp — eight bytes of text handled at once in a 64-bit word ("SIMD within a register"), for the
// word-table look-ups that run on every token (entity_lexicon.cpp, event_lexicon.cpp). Plain C++, so the
// same code serves native and wasm builds.
#pragma once
#include <cstdint>

namespace core {

// ASCII 'A'..'Z' → 'a'..'z' in each byte of x; every other byte (non-ASCII ones too) unchanged.
constexpr uint64_t LowerAscii8(uint64_t x) {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    const uint64_t low7 = x & ~kHigh;                         // no carry between bytes below
    const uint64_t ge_a = low7 + (0x80 - 'A') * kOnes;        // high bit set where the byte is >= 'A'
    const uint64_t gt_z = low7 + (0x7F - 'Z') * kOnes;        // high bit set where the byte is > 'Z'
    const uint64_t upper = (ge_a & ~gt_z) & ~x & kHigh;       // ASCII upper-case letters
    return x | (upper >> 2);                                  // 0x80 >> 2 = 0x20, the case bit
}

static_assert(LowerAscii8(0x5A41405B7A61C3DCull) == 0x7A61405B7A61C3DCull, "Z A @ [ z a and two non-ASCII bytes");

}  // namespace core
