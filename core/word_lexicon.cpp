#include "word_lexicon.hpp"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "swar.hpp"
#include "word_table.hpp"

namespace core {

// The stages' lists, declared here rather than by including entity_lexicon.hpp and event_lexicon.hpp: each
// of those names a different type WordClass, so they cannot share a file.
std::vector<std::string_view> EntityLexiconWords();  // entity_lexicon.hpp
std::vector<std::string_view> ClassifiedWords();     // event_lexicon.hpp

namespace {

// Every word a stage looks up: ~1,300 with room for the dates stage's, at most 3/4 full. 96 KiB, but a
// text's words hit a few hundred slots over and over (the, of, said, in…), which stay in cache.
using LexiconTable = BasicWordTable<4096, 1024>;

struct Lexicon {
    std::vector<std::string_view> words;  // by id; words[0] = "" (kNoWord)
    LexiconTable table;                   // word → id
    Lexicon() {
        std::vector<std::string_view> all = EntityLexiconWords();
        for (std::string_view w : ClassifiedWords()) all.push_back(w);
        // Sorted and unique: the same ids on every platform and every run.
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        std::erase_if(all, [](std::string_view w) { return w.empty() || w.size() > kMaxLexiconWord; });
        words.push_back({});
        words.insert(words.end(), all.begin(), all.end());
        std::vector<uint32_t> ids(all.size());
        for (size_t i = 0; i < ids.size(); ++i) ids[i] = static_cast<uint32_t>(i + 1);
        if (words.size() > 65536 || !table.Build(all, ids)) std::abort();  // the lists break the table's rules: a bug
    }
};

const Lexicon& L() {
    static const Lexicon lexicon;  // built once, on first use (thread-safe static initialization)
    return lexicon;
}

// The id of the n-byte word (1 <= n <= 16) whose first 16 bytes, lower-cased, are head and tail.
WordId Find(const LexiconTable& t, uint64_t head, uint64_t tail, size_t n) {
    return static_cast<WordId>(t.Find(WordKeys::Masked(head, tail, n), n));
}

}  // namespace

WordId FindWordId(std::string_view w) {
    if (w.empty() || w.size() > kMaxLexiconWord) return kNoWord;
    const WordKeys::Key k = WordKeys::Pack(w);
    return Find(L().table, LowerAscii8(k.head), LowerAscii8(k.tail), w.size());
}

WordId FindWordIdPadded(const char* p, size_t n) {
    if (n == 0 || n > kMaxLexiconWord) return kNoWord;
    return Find(L().table, LowerAscii8(Load64(p)), LowerAscii8(Load64(p + 8)), n);
}

void AssignWordIds(std::string_view text, std::span<Token> toks) {
    const LexiconTable& t = L().table;
    const char* const bytes = text.data();
    const size_t size = text.size();
    for (Token& tok : toks) {
        const size_t n = tok.end - tok.start;
        WordId id = kNoWord;
        if (!(tok.flags & kTokWord) || n > kMaxLexiconWord || n == 0) {
        } else if (tok.start + 16 <= size) [[likely]] {
            // Two loads from the text, lower-cased in registers; bytes past the word are masked off.
            id = Find(t, LowerAscii8(Load64(bytes + tok.start)), LowerAscii8(Load64(bytes + tok.start + 8)), n);
        } else {
            id = FindWordId(text.substr(tok.start, n));
        }
        tok.word = id;
    }
}

size_t WordIdCount() { return L().words.size(); }

std::string_view WordOfId(WordId id) { return id < L().words.size() ? L().words[id] : std::string_view(); }

}  // namespace core
