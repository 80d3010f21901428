#include "word_lexicon.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdlib>
#include <vector>

#include "entity_lexicon.hpp"
#include "event_lexicon.hpp"
#include "perfect_hash.hpp"
#include "swar.hpp"

namespace core {

namespace {

// A collision-free ("perfect") table of words of up to 8 * kWords bytes, as word_table.hpp's but smaller,
// so that the whole lexicon stays in the first-level cache while Tokenize looks up every word: a key is
// only the word's bytes packed little-endian into kWords integers, zero past its end, and no length is
// stored — the words of a text never hold a NUL byte (Tokenize ends a word there), so equal keys mean
// equal words. The key's hash picks a bucket and a home slot, the bucket's displacement (chosen when
// building, so that no two words meet) moves its words to free slots: a look-up is one hash, two loads and
// one compare, with no loop and no branch on what it finds.
template <size_t kWords, size_t kSlots, size_t kBuckets>
class PackedWordTable {
public:
    using Key = std::array<uint64_t, kWords>;   // never all zero for a word (its first byte is not NUL)

    // Places each (key, id); keys distinct and not zero, ids not kNoWord. False if no multiplier tried
    // places them all apart, or they break those rules.
    bool Build(const std::vector<std::pair<Key, WordId>>& entries) {
        if (entries.size() > kSlots * 3 / 4) return false;
        for (uint64_t seed = 0x9E3779B97F4A7C15ull, attempt = 0; attempt < 1000; ++attempt, seed += 0x5851F42D4C957F2Eull) {
            m_seed = seed;  // stays odd
            if (Place(entries)) return true;
        }
        return false;
    }

    WordId Find(const Key& k) const {
        const uint64_t h = Hash(k, m_seed);
        const size_t s = Home(h) ^ m_displace[Bucket(h)];
        uint64_t differ = 0;
        for (size_t i = 0; i < kWords; ++i) differ |= m_keys[s][i] ^ k[i];
        return static_cast<WordId>(m_ids[s] & (0u - static_cast<uint32_t>(differ == 0)));  // no branch
    }

private:
    static constexpr int kBucketBits = std::countr_zero(kBuckets);
    static constexpr int kSlotBits = std::countr_zero(kSlots);
    static_assert(std::has_single_bit(kSlots) && std::has_single_bit(kBuckets) && 60 - kBucketBits - kSlotBits >= 0);
    // One multiply: the product's high bits mix every key byte.
    static uint64_t Hash(const Key& k, uint64_t seed) {
        uint64_t x = k[0];
        if constexpr (kWords > 1) x ^= std::rotl(k[1], 29);
        return x * seed;
    }
    static size_t Home(uint64_t h) { return static_cast<size_t>(h >> (60 - kBucketBits - kSlotBits)) & (kSlots - 1); }
    static size_t Bucket(uint64_t h) { return static_cast<size_t>(h >> (64 - kBucketBits)); }

    bool Place(const std::vector<std::pair<Key, WordId>>& entries) {
        std::fill(std::begin(m_displace), std::end(m_displace), uint16_t{0});
        for (Key& k : m_keys) k = Key{};
        std::fill(std::begin(m_ids), std::end(m_ids), kNoWord);
        std::vector<size_t> bucket_of(entries.size()), home(entries.size());
        for (size_t i = 0; i < entries.size(); ++i) {
            const uint64_t h = Hash(entries[i].first, m_seed);
            bucket_of[i] = Bucket(h);
            home[i] = Home(h);
        }
        return PlaceByDisplacement(
            bucket_of, home, kSlots, m_displace, kBuckets, [&](size_t s) { return m_ids[s] == kNoWord; },
            [&](size_t i, size_t s) { m_keys[s] = entries[i].first, m_ids[s] = entries[i].second; });
    }

    uint64_t m_seed = 0;
    uint16_t m_displace[kBuckets] = {};  // XORed into a bucket's home slots: < kSlots
    Key m_keys[kSlots];                  // zero: empty
    WordId m_ids[kSlots];
};

// Words of 1-8 bytes (~1,050: 16 KiB of keys) and of 9-16 bytes (~170: 8 KiB), each table at most 3/4 full
// with room for more (the dates stage's words). Both are probed for every word and the length picks the
// answer: a branch on the length would be mispredicted on a fifth of the words.
using ShortWords = PackedWordTable<1, 2048, 512>;
using LongWords = PackedWordTable<2, 512, 128>;

// The bytes of an n-byte word (n = 0..16) a key keeps, as masks of its two halves.
struct KeepMasks {
    uint64_t head, tail;
};
constexpr std::array<KeepMasks, kMaxLexiconWord + 1> kKeep = [] {
    std::array<KeepMasks, kMaxLexiconWord + 1> k{};
    for (size_t n = 0; n <= kMaxLexiconWord; ++n) {
        const size_t h = n < 8 ? n : 8, t = n - h;
        k[n].head = h == 8 ? ~0ull : (1ull << (8 * h)) - 1;
        k[n].tail = t == 8 ? ~0ull : (1ull << (8 * t)) - 1;
    }
    return k;
}();

struct Lexicon {
    std::vector<std::string_view> words;  // by id; words[0] = "" (kNoWord)
    ShortWords short_words;
    LongWords long_words;
    Lexicon() {
        std::vector<std::string_view> all = EntityLexiconWords();
        for (std::string_view w : ClassifiedWords()) all.push_back(w);
        // Sorted and unique: the same ids on every platform and every run.
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        std::erase_if(all, [](std::string_view w) {
            return w.empty() || w.size() > kMaxLexiconWord || w.find('\0') != std::string_view::npos;
        });
        words.push_back({});
        words.insert(words.end(), all.begin(), all.end());
        std::vector<std::pair<ShortWords::Key, WordId>> short_entries;
        std::vector<std::pair<LongWords::Key, WordId>> long_entries;
        for (size_t i = 0; i < all.size(); ++i) {
            const std::string_view w = all[i];
            const WordId id = static_cast<WordId>(i + 1);
            const uint64_t head = LoadUpTo8(w.data(), std::min<size_t>(w.size(), 8));
            if (w.size() <= 8) short_entries.push_back({{head}, id});
            else long_entries.push_back({{head, LoadUpTo8(w.data() + 8, w.size() - 8)}, id});
        }
        // The lists break the tables' rules (a bug): better no start than wrong answers.
        if (words.size() > 65536 || !short_words.Build(short_entries) || !long_words.Build(long_entries)) std::abort();
    }
    // The id of the n-byte word (1 <= n <= 16, no NUL byte) whose first 16 bytes, lower-cased, are head and
    // tail (bytes past n: anything).
    WordId Find(uint64_t head, uint64_t tail, size_t n) const {
        head &= kKeep[n].head, tail &= kKeep[n].tail;
        const WordId s = short_words.Find({head});
        const WordId l = long_words.Find({head, tail});
        return n <= 8 ? s : l;
    }
};

const Lexicon& L() {
    static const Lexicon lexicon;  // built once, on first use (thread-safe static initialization)
    return lexicon;
}

// LowerAscii8 for the bytes of a word token — letters, digits, non-ASCII bytes and - ' , . (Tokenize) — in
// fewer operations: every byte 0x40..0x5F gets the case bit, which among those bytes only A..Z are.
inline uint64_t LowerWordBytes8(uint64_t x) {
    constexpr uint64_t kBit6 = 0x4040404040404040ull;  // set for 0x40..0x7F and 0xC0..0xFF
    return x | ((x & ~(x >> 1) & kBit6) >> 1);        // bit 6 without bit 7, moved to bit 5
}

}  // namespace

WordId FindWordId(std::string_view w) {
    if (w.empty() || w.size() > kMaxLexiconWord || w.find('\0') != std::string_view::npos) return kNoWord;
    const size_t h = std::min<size_t>(w.size(), 8);
    return L().Find(LowerAscii8(LoadUpTo8(w.data(), h)), LowerAscii8(LoadUpTo8(w.data() + h, w.size() - h)), w.size());
}

void AssignWordIds(std::string_view text, std::span<Token> toks) {
    const Lexicon& lex = L();
    const char* const bytes = text.data();
    const size_t size = text.size();
    for (Token& tok : toks) {
        const size_t n = tok.end - tok.start;
        WordId id = kNoWord;
        if (!(tok.flags & kTokWord) || n > kMaxLexiconWord || n == 0) {
        } else if (tok.start + 16 <= size) [[likely]] {
            // Two loads from the text, lower-cased in registers; the bytes past the word are masked off.
            const char* p = bytes + tok.start;
            id = lex.Find(LowerWordBytes8(Load64(p)), LowerWordBytes8(Load64(p + 8)), n);
        } else {
            id = FindWordId(text.substr(tok.start, n));
        }
        tok.word = id;
    }
}

size_t WordIdCount() { return L().words.size(); }

std::string_view WordOfId(WordId id) { return id < L().words.size() ? L().words[id] : std::string_view(); }

}  // namespace core
