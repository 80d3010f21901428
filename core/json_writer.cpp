#include "json_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>  // atoi
#include <cstring>

namespace core {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// Bytes of the valid UTF-8 sequence starting at s[i], or 0 when s[i] does not start one (then the bytes up to
// the first that breaks it are one bad sequence, `bad` of them: the breaking byte is read again afterwards,
// as the Unicode "maximal subpart" rule and nlohmann's replace handler both do).
size_t SequenceAt(std::string_view s, size_t i, size_t& bad) {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte (narrower after E0, ED, F0, F4)
    if (lead >= 0xC2 && lead <= 0xDF) n = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        n = 3;
        if (lead == 0xE0) lo = 0xA0;       // overlong
        if (lead == 0xED) hi = 0x9F;       // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        n = 4;
        if (lead == 0xF0) lo = 0x90;       // overlong
        if (lead == 0xF4) hi = 0x8F;       // beyond U+10FFFF
    }
    if (n == 0) {
        bad = 1;
        return 0;
    }
    for (size_t k = 1; k < n; ++k) {
        const bool ok = i + k < s.size() && byte(i + k) >= (k == 1 ? lo : 0x80) && byte(i + k) <= (k == 1 ? hi : 0xBF);
        if (!ok) {
            bad = k;
            return 0;
        }
    }
    return n;
}

// `digits` (at most 9) × 10^exponent as a float, for the shortest-form search below: the digits and
// 10^|exponent| (≤ 22) are exact doubles, so the double result is rounded once; rounding it to float could
// differ from rounding the decimal directly only for a decimal within 2^-53 (relative) of a float midpoint
// (tests/core/test_json_writer.cpp checks the results against strtof). False outside that exponent range:
// such floats (below ~1e-13 or from 1e22) get all 9 digits, which always read back.
bool DecimalToFloat(const char* digits, int len, int exponent, float& out) {
    static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (exponent > 22 || exponent < -22) return false;
    double m = 0;
    for (int i = 0; i < len; ++i) m = m * 10 + (digits[i] - '0');
    out = static_cast<float>(exponent >= 0 ? m * kPow10[exponent] : m / kPow10[-exponent]);
    return true;
}

// The fewest decimal digits that read back as `value` (> 0, finite) and the exponent of their last digit:
// value ≈ digits × 10^exponent. No strtod: the page's viewer links no libc number parser (issue #7).
void ShortestDigits(float value, char* digits, int& len, int& exponent) {
    char buf[32];
    for (int precision = 1; precision <= 9; ++precision) {  // 9 digits always read back as the same float
        std::snprintf(buf, sizeof buf, "%.*e", precision - 1, static_cast<double>(value));
        // buf: "d.ddde±xx" (or "de±xx")
        len = 0;
        const char* p = buf;
        for (; *p != 'e'; ++p)
            if (*p != '.') digits[len++] = *p;
        exponent = std::atoi(p + 1) - (len - 1);
        float back = 0;
        if (precision == 9 || (DecimalToFloat(digits, len, exponent, back) && back == value)) return;
    }
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view s) {
    out += '"';
    size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            size_t bad = 0;
            const size_t n = SequenceAt(s, i, bad);
            if (n) out.append(s.substr(i, n));
            else out += kReplacement;
            i += n ? n : bad;
            continue;
        }
        ++i;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    static constexpr char kHex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += kHex[c >> 4];
                    out += kHex[c & 0xF];
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    out += '"';
}

void JsonWriter::NewLine(size_t depth) {
    m_out += '\n';
    m_out.append(depth * static_cast<size_t>(m_indent), ' ');
}

void JsonWriter::BeforeValue() {
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (m_empty.empty()) return;           // the top-level value
    if (!m_empty.back()) m_out += ',';
    m_empty.back() = false;
    if (m_indent >= 0) NewLine(m_empty.size());
}

void JsonWriter::Open(char bracket) {
    BeforeValue();
    m_out += bracket;
    m_empty.push_back(true);
}

void JsonWriter::Close(char bracket) {
    const bool empty = m_empty.back();
    m_empty.pop_back();
    if (!empty && m_indent >= 0) NewLine(m_empty.size());
    m_out += bracket;
}

void JsonWriter::Key(std::string_view key) {
    BeforeValue();
    AppendJsonString(m_out, key);
    m_out += m_indent >= 0 ? ": " : ":";
    m_after_key = true;
}

void JsonWriter::String(std::string_view text) {
    BeforeValue();
    AppendJsonString(m_out, text);
}

void JsonWriter::Int(int64_t value) {
    BeforeValue();
    char buf[24];
    const auto end = std::to_chars(buf, buf + sizeof buf, value).ptr;
    m_out.append(buf, end);
}

void JsonWriter::Bool(bool value) {
    BeforeValue();
    m_out += value ? "true" : "false";
}

// nlohmann's layout of the shortest digits (its to_chars/format_buffer): fixed notation for 1e-4 ≤ |v| <
// 1e15 with at least one digit after the point ("1.0", "0.25"), otherwise d.ddde±XX.
void JsonWriter::Number(float value) {
    BeforeValue();
    if (!std::isfinite(value)) {
        m_out += "null";
        return;
    }
    if (std::signbit(value)) {
        m_out += '-';
        value = -value;
    }
    if (value == 0) {
        m_out += "0.0";
        return;
    }
    char digits[24];
    int k = 0, exponent = 0;
    ShortestDigits(value, digits, k, exponent);
    const std::string_view d(digits, static_cast<size_t>(k));
    const int n = k + exponent;            // where the decimal point goes, counted from the first digit
    constexpr int kMinExp = -4, kMaxExp = 15;
    if (k <= n && n <= kMaxExp) {
        m_out.append(d);
        m_out.append(static_cast<size_t>(n - k), '0');
        m_out += ".0";
    } else if (0 < n && n <= kMaxExp) {
        m_out.append(d.substr(0, static_cast<size_t>(n)));
        m_out += '.';
        m_out.append(d.substr(static_cast<size_t>(n)));
    } else if (kMinExp < n && n <= 0) {
        m_out += "0.";
        m_out.append(static_cast<size_t>(-n), '0');
        m_out.append(d);
    } else {
        m_out += d[0];
        if (k > 1) {
            m_out += '.';
            m_out.append(d.substr(1));
        }
        const int e = n - 1;
        m_out += e < 0 ? "e-" : "e+";
        char buf[16];                      // |e| ≤ 324
        std::snprintf(buf, sizeof buf, "%02d", e < 0 ? -e : e);
        m_out += buf;
    }
}

}  // namespace core
