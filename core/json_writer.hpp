// json_writer.hpp — JSON text written as it goes, with no document tree in between (issue #7: the page's
// viewer writes bundles and its DOM outline without linking a JSON library).
//
// Usage:
//   std::string out;
//   core::JsonWriter w(out, 2);                      // indent 2 (pretty), or -1 for one compact line
//   w.BeginObject();
//   w.Key("id"); w.String(article.id);
//   w.Key("claims"); w.BeginArray(); for (Index i : ids) w.Int(i); w.EndArray();
//   w.EndObject();
//
// The layout is nlohmann::json::dump(indent, ' ', false, error_handler_t::replace)'s for the same values in
// the same order (bundles saved before this writer differ only in numbers): "key": value with one space
// when pretty, empty containers as {} and [], control characters as \u00XX, other UTF-8 as is. Numbers are
// floats in their shortest form that reads back ("0.8", "1.0"; nlohmann wrote the float's double expansion,
// "0.800000011920929", which reads back as the same float). Invalid UTF-8 never reaches the output: each
// bad sequence becomes U+FFFD, so the text is always valid JSON whatever the strings hold.
// The caller keeps the calls balanced (a Key before each value inside an object); nothing is checked.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core {

class JsonWriter {
public:
    explicit JsonWriter(std::string& out, int indent = -1) : m_out(out), m_indent(indent) {}

    void BeginObject() { Open('{'); }
    void EndObject() { Close('}'); }
    void BeginArray() { Open('['); }
    void EndArray() { Close(']'); }

    void Key(std::string_view key);
    void String(std::string_view text);
    void Int(int64_t value);
    void Bool(bool value);
    void Number(float value);            // shortest form that reads back ("0.8"); NaN, infinities as null

    // Key and value in one call, for the common case.
    void Field(std::string_view key, std::string_view text) { Key(key); String(text); }
    void Field(std::string_view key, const char* text) { Key(key); String(text); }
    void Field(std::string_view key, const std::string& text) { Key(key); String(text); }
    void Field(std::string_view key, int64_t value) { Key(key); Int(value); }
    void Field(std::string_view key, int value) { Key(key); Int(value); }
    void Field(std::string_view key, uint32_t value) { Key(key); Int(value); }
    void Field(std::string_view key, bool value) { Key(key); Bool(value); }

private:
    void Open(char bracket);
    void Close(char bracket);
    void BeforeValue();                  // the comma and line break before an array element
    void NewLine(size_t depth);

    std::string& m_out;
    int m_indent;                        // spaces per level; < 0 = compact
    std::vector<bool> m_empty;           // per open container: nothing written in it yet
    bool m_after_key = false;            // the next value completes a "key": pair
};

// `text` as a JSON string literal (quotes included), appended to `out`; see JsonWriter for the rules.
void AppendJsonString(std::string& out, std::string_view text);

}  // namespace core
