#include "bundle_scan.hpp"

#include <charconv>
#include <unordered_map>

#include "bundle.hpp"

namespace core {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Index just past the string literal starting at s[i] == '"'; s.size() when unterminated.
size_t SkipString(std::string_view s, size_t i) {
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\') ++i;
        else if (s[i] == '"') return i + 1;
    }
    return s.size();
}

// The decoded key of a (valid) string literal s[begin, end); keys with escapes are rare, so decode simply.
std::string DecodeKey(std::string_view literal) {
    std::string out;
    for (size_t i = 1; i + 1 < literal.size(); ++i) {
        char c = literal[i];
        if (c != '\\') { out += c; continue; }
        char e = literal[++i];
        switch (e) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'u': {
                // Good enough for locating: BMP code points only (surrogate pairs in keys are exotic).
                // The text need not be valid JSON here (a parse error is being located): an escape with no hex
                // digit reads as U+FFFD instead of throwing (the page is built without exceptions).
                const std::string_view hex = literal.substr(i + 1, 4);
                unsigned cp = 0xFFFD;
                std::from_chars(hex.data(), hex.data() + hex.size(), cp, 16);
                i += 4;
                if (cp < 0x80) out += static_cast<char>(cp);
                else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
                else {
                    out += static_cast<char>(0xE0 | (cp >> 12));
                    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                }
                break;
            }
            default: out += e;  // \" \\ \/
        }
    }
    return out;
}

}  // namespace

bool CheckNestingDepth(std::string_view s, int max_depth, size_t& offset) {
    int depth = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '"') { i = SkipString(s, i) - 1; continue; }
        if (c == '[' || c == '{') {
            if (++depth > max_depth) { offset = i; return false; }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return true;
}

size_t FindBinaryByte(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        // JSON allows only tab, LF and CR below 0x20, and those never inside strings unescaped; any other
        // control byte (NUL above all) means this is not a text file.
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return i;
        if (c == 0x7F) return i;
    }
    return std::string_view::npos;
}

std::string EscapePointerToken(std::string_view token) {
    std::string out;
    for (char c : token) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

namespace {

// Walks the values of (a valid prefix of) JSON text in document order, keeping the JSON pointer of each.
// visit(pointer, start, end, depth) is called for every scalar and every container (end = npos for
// containers, whose extent is not known when they open); returning false stops the walk.
// `open` holds the pointers' lengths of the containers enclosing the current position.
struct Walker {
    std::string_view s;
    std::string ptr;                    // pointer of the value about to start
    struct Frame { bool object; size_t index; size_t base_len; };
    std::vector<Frame> stack;
    size_t i = 0;

    void SkipWs() { while (i < s.size() && IsSpace(s[i])) ++i; }
    // Sets `ptr` to the next member's pointer; false at the end of the object or of the input.
    bool NextMember(const Frame& f) {
        SkipWs();
        if (i >= s.size() || s[i] != '"') return false;
        size_t end = SkipString(s, i);
        ptr.resize(f.base_len);
        ptr += '/';
        ptr += EscapePointerToken(DecodeKey(s.substr(i, end - i)));
        i = end;
        SkipWs();
        if (i < s.size() && s[i] == ':') ++i;
        return true;
    }
    std::string OpenContainer() const { return stack.empty() ? std::string() : ptr.substr(0, stack.back().base_len); }

    template <typename Visit>
    void Run(Visit visit) {
        SkipWs();
        while (i < s.size()) {
            SkipWs();
            if (i >= s.size()) return;
            const size_t start = i;  // a value starts here
            char c = s[i];
            if (c == '{' || c == '[') {
                if (!visit(ptr, start, std::string_view::npos)) return;
                ++i;
                stack.push_back({c == '{', 0, ptr.size()});
                SkipWs();
                if (i < s.size() && (s[i] == '}' || s[i] == ']')) {
                    ++i;
                    stack.pop_back();
                } else if (c == '{') {
                    if (!NextMember(stack.back())) return;
                    continue;
                } else {
                    ptr += "/0";
                    continue;
                }
            } else {
                if (c == '"') i = SkipString(s, i);
                else while (i < s.size() && !IsSpace(s[i]) && s[i] != ',' && s[i] != ']' && s[i] != '}') ++i;
                if (!visit(ptr, start, i)) return;
            }
            // After a complete value: continue the enclosing containers (closing as many as end here).
            while (!stack.empty()) {
                SkipWs();
                if (i >= s.size()) return;
                Frame& f = stack.back();
                if (s[i] == ',') {
                    ++i;
                    if (f.object) {
                        if (!NextMember(f)) return;
                    } else {
                        ptr.resize(f.base_len);
                        ptr += '/' + std::to_string(++f.index);
                    }
                    break;
                }
                ++i;  // '}' or ']'
                ptr.resize(f.base_len);
                stack.pop_back();
            }
            if (stack.empty()) return;
        }
    }
};

}  // namespace

std::vector<size_t> LocatePointers(std::string_view s, const std::vector<std::string>& pointers) {
    std::vector<size_t> found(pointers.size(), std::string_view::npos);
    std::unordered_map<std::string, std::vector<size_t>> wanted;
    for (size_t k = 0; k < pointers.size(); ++k) wanted[pointers[k]].push_back(k);
    Walker w{s, {}, {}, 0};
    w.Run([&](const std::string& ptr, size_t start, size_t) {
        if (auto it = wanted.find(ptr); it != wanted.end()) {
            for (size_t k : it->second) found[k] = start;
            wanted.erase(it);
        }
        return !wanted.empty();
    });
    return found;
}

std::string PointerAt(std::string_view s, size_t offset) {
    Walker w{s, {}, {}, 0};
    std::string inside;  // set when offset falls inside a scalar
    bool found = false;
    w.Run([&](const std::string& ptr, size_t start, size_t end) {
        if (start > offset) return false;
        if (end != std::string_view::npos && offset < end) { inside = ptr; found = true; return false; }
        return true;
    });
    return found ? inside : w.OpenContainer();
}

bool IsValidUtf8(std::string_view s, size_t* bad_offset) {
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        size_t len = 0;
        uint32_t cp = 0;
        if (c < 0x80) { ++i; continue; }
        if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
        bool ok = len != 0 && i + len <= s.size();
        for (size_t k = 1; ok && k < len; ++k) {
            unsigned char d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80) ok = false;
            cp = (cp << 6) | (d & 0x3F);
        }
        // Reject overlong forms, surrogates and code points past U+10FFFF, as RFC 3629 requires.
        if (ok) {
            static constexpr uint32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
            ok = cp >= kMin[len] && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
        }
        if (!ok) {
            if (bad_offset) *bad_offset = i;
            return false;
        }
        i += len;
    }
    return true;
}

void LineColumnOf(std::string_view s, size_t offset, int& line, int& column) {
    if (offset > s.size()) offset = s.size();
    line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < offset; ++i)
        if (s[i] == '\n') { ++line; line_start = i + 1; }
    column = 1;
    for (size_t i = line_start; i < offset; ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++column;
}

}  // namespace core
