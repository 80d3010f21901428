// word_table.hpp — a collision-free ("perfect") hash table of short words, for the look-ups that run on
// every word of every sentence (event_lexicon.cpp: ClassifyTokens, ~2.2 million words over Reuters).
//
// Usage:
//   core::WordTable t;
//   t.Build(words, values);                                 // distinct words of 1..16 bytes, values != 0
//   uint32_t v = t.Find(core::WordTable::Pack("said"), 4);  // its value, 0 when not listed
//   // hot loops build the key from eight-byte loads: t.Find(core::WordTable::Masked(head, tail, n), n)
//
// Why not open addressing: its probe loop branches on what it meets (an empty slot, another word, a
// second probe) and on a filter bit, and over running text those branches are a coin toss — a third of
// the words are listed ("the", "of", "said"). Here every listed word owns a slot, found by hash and
// displace: the key's hash picks a bucket and a home slot, and the bucket's displacement (chosen once, when
// building, so that no two words meet) moves its words to free slots. A look-up is two loads and a compare
// of the 16-byte key and the length, with no loop and no data-dependent branch; a word that is not listed
// lands on some slot and fails the compare. Keys are the word's bytes packed little-endian into two
// integers and zero-padded, so equal keys and equal lengths mean equal words; words longer than 16 bytes
// are never listed and never match (a slot's length is at most 16).
#pragma once
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>

namespace core {

class WordTable {
public:
    static constexpr size_t kMaxWord = 16;   // bytes per key: longer words are never listed
    struct Key {
        uint64_t head = 0, tail = 0;         // bytes 0..7 and 8..15, zero past the word's end
    };
    // The key of a word (only its first kMaxWord bytes count; pair with its real length in Find).
    static Key Pack(std::string_view w) {
        char buf[2 * 8] = {};
        std::memcpy(buf, w.data(), w.size() < kMaxWord ? w.size() : kMaxWord);
        Key k;
        std::memcpy(&k.head, buf, 8);
        std::memcpy(&k.tail, buf + 8, 8);
        return k;
    }
    // The bytes a key keeps of a word of c bytes (c = 0..16), as two masks; 16-byte aligned so that a
    // vector load takes both (ClassifyTokens).
    struct alignas(16) KeepBytes {
        uint64_t head, tail;
    };
    static const KeepBytes& Keep(size_t n) { return kKeep[n < kMaxWord ? n : kMaxWord]; }
    // The key of an n-byte word (n >= 1) from 16 bytes loaded at its start: the bytes past n cleared.
    static Key Masked(uint64_t head, uint64_t tail, size_t n) {
        const KeepBytes& keep = Keep(n);
        return {head & keep.head, tail & keep.tail};
    }

    // Places words[i] with values[i] (both the same length; words distinct, 1..kMaxWord bytes; values
    // not 0). Returns false only if some word breaks those rules.
    bool Build(std::span<const std::string_view> words, std::span<const uint32_t> values);

    // The value of the n-byte word with key k (Masked or Pack), 0 when it is not listed.
    uint32_t Find(Key k, size_t n) const {
        const uint64_t h = Hash(k, m_seed);
        const Slot& s = m_slots[Home(h) ^ m_displace[Bucket(h)]];
        // One test of all three, turned into a mask: no branch on whether the word is listed.
        const uint64_t differ = (s.head ^ k.head) | (s.tail ^ k.tail) | (s.len ^ n);
        return s.value & (0u - static_cast<uint32_t>(differ == 0));
    }

private:
    static constexpr KeepBytes kKeep[kMaxWord + 1] = {
        {0, 0}, {0xFFull, 0}, {0xFFFFull, 0}, {0xFFFFFFull, 0}, {0xFFFFFFFFull, 0}, {0xFFFFFFFFFFull, 0},
        {0xFFFFFFFFFFFFull, 0}, {0xFFFFFFFFFFFFFFull, 0}, {~0ull, 0}, {~0ull, 0xFFull}, {~0ull, 0xFFFFull},
        {~0ull, 0xFFFFFFull}, {~0ull, 0xFFFFFFFFull}, {~0ull, 0xFFFFFFFFFFull}, {~0ull, 0xFFFFFFFFFFFFull},
        {~0ull, 0xFFFFFFFFFFFFFFull}, {~0ull, ~0ull}};
    static constexpr size_t kSlots = 512;    // a power of two; up to 3/4 full (the claim words: ~260)
    static constexpr size_t kBuckets = 128;  // words per bucket ~2: displacements are found at once
    struct Slot {
        uint64_t head = 0, tail = 0;
        uint32_t value = 0;                  // 0: empty
        uint32_t len = 0;                    // bytes; 0 when empty, never more than kMaxWord
    };
    // One multiply: most words fit the head (the tail is 0), and the product's high bits mix all of it.
    static uint64_t Hash(Key k, uint64_t seed) { return (k.head ^ std::rotl(k.tail, 29)) * seed; }
    // Home slot and bucket from the product's high bits, which every key byte reaches.
    static size_t Home(uint64_t h) { return static_cast<size_t>(h >> 44) & (kSlots - 1); }
    static size_t Bucket(uint64_t h) { return static_cast<size_t>(h >> 57); }
    bool Place(std::span<const std::string_view> words, std::span<const uint32_t> values);

    uint64_t m_seed = 0x9E3779B97F4A7C15ull;  // odd multiplier of the head; Build tries others if need be
    uint16_t m_displace[kBuckets] = {};       // XORed into a bucket's home slots: < kSlots
    Slot m_slots[kSlots];
};

}  // namespace core
