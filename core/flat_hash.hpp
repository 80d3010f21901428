// flat_hash.hpp — open-addressing hash maps for the corpus-wide passes (coreference, relations).
//
// Usage:
//   core::U64Map<uint32_t> blocks;                  // 64-bit keys (already hashed or packed ids)
//   auto [v, fresh] = blocks.TryEmplace(key, next);  // v points at the stored value
//   core::StringMap<Index> by_key;                  // string keys, copied once into the map's own arena
//   if (const Index* e = by_key.Find("north korea")) ...
//
// Why not std::unordered_map: it allocates a node per entry and a lookup walks bucket → node → key, three
// cache misses once the table outgrows the cache (coreference holds ~50,000 names over Reuters). Here a
// lookup is one probe into a contiguous slot array that stores the key's hash, so a miss rarely touches the
// key bytes. Keys are never erased (the passes only add). Iteration order is not offered: callers that emit
// results in a stable order keep their own first-seen lists, as before.
#pragma once
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "swar.hpp"

namespace core {

inline uint64_t HashBytes(std::string_view s) {
    // Eight bytes at a time, each step a multiply-xorshift; the finish folds the high bits into the low
    // ones, which pick the slot.
    uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    const char* p = s.data();
    size_t n = s.size();
    for (; n >= 8; p += 8, n -= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
        h ^= h >> 31;
    }
    if (n) {
        // The last 1-7 bytes as a little-endian word, zero above them.
        h = (h ^ LoadUpTo8(p, n)) * 0x94d049bb133111ebull;
        h ^= h >> 31;
    }
    h *= 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
}

template <class V>
class U64Map {
public:
    V* Find(uint64_t key) {
        if (m_slots.empty()) return nullptr;
        for (size_t i = Home(key);; i = (i + 1) & m_mask) {
            Slot& s = m_slots[i];
            if (!s.used) return nullptr;
            if (s.key == key) return &s.value;
        }
    }
    std::pair<V*, bool> TryEmplace(uint64_t key, V value) {
        if ((m_size + 1) * 4 > m_slots.size() * 3) Grow();  // load factor ≤ 3/4
        for (size_t i = Home(key);; i = (i + 1) & m_mask) {
            Slot& s = m_slots[i];
            if (!s.used) {
                s.used = true, s.key = key, s.value = std::move(value), ++m_size;
                return {&s.value, true};
            }
            if (s.key == key) return {&s.value, false};
        }
    }
    size_t Size() const { return m_size; }

private:
    struct Slot {
        uint64_t key = 0;
        V value{};
        bool used = false;
    };
    size_t Home(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & m_mask; }
    void Grow() {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 64 : old.size() * 2, Slot{});
        m_mask = m_slots.size() - 1;
        m_size = 0;
        for (Slot& s : old)
            if (s.used) TryEmplace(s.key, std::move(s.value));
    }
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
};

template <class V>
class StringMap {
public:
    V* Find(std::string_view key) { return Find(key, HashBytes(key)); }
    V* Find(std::string_view key, uint64_t hash) {
        return const_cast<V*>(static_cast<const StringMap*>(this)->Find(key, hash));
    }
    const V* Find(std::string_view key) const { return Find(key, HashBytes(key)); }
    const V* Find(std::string_view key, uint64_t hash) const {
        if (m_slots.empty()) return nullptr;
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot& s = m_slots[i];
            if (!s.used) return nullptr;
            if (s.hash == hash && s.key == key) return &s.value;
        }
    }
    // Inserts (a copy of) key with value unless the key is there; returns the stored value, and whether new.
    std::pair<V*, bool> TryEmplace(std::string_view key, V value = V{}) { return TryEmplace(key, HashBytes(key), std::move(value)); }
    std::pair<V*, bool> TryEmplace(std::string_view key, uint64_t hash, V value) {
        if ((m_size + 1) * 4 > m_slots.size() * 3) Grow();
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            Slot& s = m_slots[i];
            if (!s.used) {
                s.used = true, s.hash = hash, s.key = Store(key), s.value = std::move(value), ++m_size;
                return {&s.value, true};
            }
            if (s.hash == hash && s.key == key) return {&s.value, false};
        }
    }
    V& operator[](std::string_view key) { return *TryEmplace(key).first; }
    size_t Size() const { return m_size; }
    // Starts loading the slot a key of this hash probes first: callers that know their next keys (an
    // article's mentions) issue these ahead, so the cache misses overlap instead of queueing one by one.
    void Prefetch(uint64_t hash) const {
        if (!m_slots.empty()) __builtin_prefetch(&m_slots[hash & m_mask]);
    }

private:
    struct Slot {
        uint64_t hash = 0;
        std::string_view key;           // into m_chunks
        V value{};
        bool used = false;
    };
    static constexpr size_t kChunk = 64 * 1024;  // arena chunk, bytes: keys are names of a few words
    std::string_view Store(std::string_view key) {
        if (key.empty()) return {};
        if (key.size() > kChunk / 4) {  // a long key gets a chunk of its own
            m_chunks.push_back(std::make_unique<char[]>(key.size()));
            std::memcpy(m_chunks.back().get(), key.data(), key.size());  // m_current stays where it was
            return {m_chunks.back().get(), key.size()};
        }
        if (m_chunks.empty() || m_used + key.size() > kChunk) {
            m_chunks.push_back(std::make_unique<char[]>(kChunk));
            m_used = 0;
            m_current = m_chunks.back().get();
        }
        char* p = m_current + m_used;
        std::memcpy(p, key.data(), key.size());
        m_used += key.size();
        return {p, key.size()};
    }
    void Grow() {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 64 : old.size() * 2, Slot{});
        m_mask = m_slots.size() - 1;
        for (Slot& s : old) {
            if (!s.used) continue;
            size_t i = s.hash & m_mask;
            while (m_slots[i].used) i = (i + 1) & m_mask;
            m_slots[i] = std::move(s);
        }
    }
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
    std::vector<std::unique_ptr<char[]>> m_chunks;
    char* m_current = nullptr;          // the chunk short keys are appended to
    size_t m_used = 0;                  // bytes used in m_current
};

}  // namespace core
