// swar.hpp — eight bytes of text handled at once in a 64-bit word ("SIMD within a register"), for the
// word-table look-ups that run on every token (entity_lexicon.cpp, event_lexicon.cpp, timex_lexicon.cpp)
// and the string hash (flat_hash.hpp). Plain C++, so the same code serves native and wasm builds.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace core {

// Eight bytes at p as a little-endian word (memcpy: any alignment, one load once compiled).
inline uint64_t Load64(const void* p) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    return x;
}

// The first n (0..8) bytes at p as a little-endian word, zero above them, reading only p[0, n): whole
// loads (overlapping where n is not 4 or 8) instead of a copy of variable length, which is a library call
// or narrow stores that stall the wide load after them.
inline uint64_t LoadUpTo8(const char* p, size_t n) {
    if (n >= 8) return Load64(p);
    if (n >= 4) {
        uint32_t lo, hi;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + n - 4, 4);
        return lo | (static_cast<uint64_t>(hi) << (8 * (n - 4)));  // the overlap ORs equal bytes
    }
    if (n == 0) return 0;
    const auto byte = [&](size_t i) { return static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i); };
    return byte(0) | byte(n / 2) | byte(n - 1);
}

// The 16 bytes of a text of n bytes from position i on, as two little-endian words, zero past the text's
// end: whole loads where 16 bytes remain, a zero-padded copy near the end (never a read past it).
inline void Load16Padded(const unsigned char* bytes, size_t i, size_t n, uint64_t& lo, uint64_t& hi) {
    if (i + 16 <= n) {
        lo = Load64(bytes + i), hi = Load64(bytes + i + 8);
        return;
    }
    unsigned char tail[16] = {};
    std::memcpy(tail, bytes + i, n - i);
    lo = Load64(tail), hi = Load64(tail + 8);
}

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
