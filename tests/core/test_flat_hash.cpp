// flat_hash.hpp: HashBytes' word-at-a-time tail and the string map built on it.
#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "flat_hash.hpp"

using namespace core;

namespace {
// HashBytes as first written: the tail copied byte by byte into a zeroed word.
uint64_t ReferenceHash(std::string_view s) {
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
        uint64_t w = 0;
        std::memcpy(&w, p, n);
        h = (h ^ w) * 0x94d049bb133111ebull;
        h ^= h >> 31;
    }
    h *= 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
}
}  // namespace

TEST_CASE("HashBytes reads a key's last bytes as the byte copy did, at every length and alignment") {
    const std::string text = "Kim Jong-Un\xE2\x80\x99s north korea \xFF\x80 securities and exchange commission";
    for (size_t from = 0; from < 8; ++from)
        for (size_t len = 0; from + len <= text.size() && len <= 40; ++len) {
            const std::string_view s = std::string_view(text).substr(from, len);
            CHECK(HashBytes(s) == ReferenceHash(s));
        }
}

TEST_CASE("StringMap finds what it holds and nothing else") {
    StringMap<int> m;
    for (int i = 0; i < 1000; ++i) m.TryEmplace("key " + std::to_string(i), i);
    CHECK(m.Size() == 1000);
    for (int i = 0; i < 1000; ++i) {
        const int* v = m.Find("key " + std::to_string(i));
        REQUIRE(v);
        CHECK(*v == i);
    }
    CHECK_FALSE(m.Find("key 1000"));
    CHECK_FALSE(m.Find("key"));
    CHECK(m.TryEmplace("key 7", 99).second == false);
}
