// small_sscanf.cpp — the page's viewer's sscanf (issue #7): Dear ImGui calls sscanf (its OpenGL backend
// reads the GL and GLSL versions; its .ini readers and number fields parse with it), and libc's brings
// vfscanf, strtod's exact decimal conversion and 128-bit long double arithmetic: ~10 KB of the download,
// gzip, for a handful of integers. The linker sends the viewer's sscanf calls here (--wrap=sscanf,
// claimline_web_app in web/CMakeLists.txt).
//
// What it reads, as C's sscanf does: literal characters, white space (any run, also none), %% and the
// conversions d i u x X o (lengths hh h l ll j z t, a width), f e g a F E G A (float*, l: double*), c (a
// width, default 1), s, n, and the * that assigns nothing. Returns the number of assigned conversions, or
// EOF when the input ends before the first one. Differences, none of which the viewer's callers meet:
//   - a decimal number is converted with double arithmetic (off by an ulp or so for long mantissas;
//     libc's is exact); no hex floats, inf or nan (a matching failure); where libcs differ from each
//     other, it reads "2e" as 2 (leaving the e) and "0x" or "0xg" as 0 (leaving the x)
//   - no %[ and no L (long double): the program traps, so a new caller fails loudly in the browser tests
//     instead of reading wrong — then extend this, or take the --wrap out.
// Its tests compare it with libc's sscanf (tests/core/test_small_sscanf.cpp).
#include <cstdarg>
#include <cstdint>
#include <cstdio>

namespace {

bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

int DigitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

// Reads an integer of the given base (0: C's prefixes decide, as %i) from at most `width` characters.
// Unsigned conversions accept a sign too and wrap, as strtoul does.
bool ScanInteger(const char*& s, int width, int base, uint64_t& out) {
    const char* p = s;
    const char* end = p + width;
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
    if ((base == 0 || base == 16) && p + 1 < end && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') &&
        DigitValue(p[2]) < 16 && p + 2 < end) {
        p += 2;
        base = 16;
    } else if (base == 0) {
        base = p < end && *p == '0' ? 8 : 10;
    }
    uint64_t v = 0;
    const char* digits = p;
    while (p < end && DigitValue(*p) < base) v = v * static_cast<unsigned>(base) + DigitValue(*p++);
    if (p == digits) return false;
    out = negative ? 0 - v : v;
    s = p;
    return true;
}

// Reads a decimal floating-point number (sign, digits, '.', digits, exponent) from at most `width` chars.
bool ScanDecimal(const char*& s, int width, double& out) {
    const char* p = s;
    const char* end = p + width;
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
    uint64_t mantissa = 0;
    int exponent = 0, digits = 0;
    for (bool after_point = false; p < end; ++p) {
        if (*p == '.' && !after_point) { after_point = true; continue; }
        if (*p < '0' || *p > '9') break;
        ++digits;
        if (mantissa < 1000000000000000000ull) mantissa = mantissa * 10 + (*p - '0'), exponent -= after_point;
        else exponent += !after_point;  // digits past 19 only scale
    }
    if (digits == 0) return false;
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char* q = p + 1;
        bool exp_negative = false;
        if (q < end && (*q == '+' || *q == '-')) exp_negative = *q++ == '-';
        if (q < end && *q >= '0' && *q <= '9') {
            int e = 0;
            for (; q < end && *q >= '0' && *q <= '9'; ++q) e = e < 10000 ? e * 10 + (*q - '0') : e;
            exponent += exp_negative ? -e : e;
            p = q;
        }
    }
    double v = static_cast<double>(mantissa), scale = 1, ten = 10;
    for (unsigned e = static_cast<unsigned>(exponent < 0 ? -exponent : exponent); e; e >>= 1, ten *= ten)
        if (e & 1) scale *= ten;
    v = exponent < 0 ? v / scale : v * scale;
    out = negative ? -v : v;
    s = p;
    return true;
}

}  // namespace

extern "C" int claimline_vsscanf(const char* s, const char* format, va_list args) {
    int assigned = 0;
    bool converted_any = false;  // for EOF: the input ended before the first conversion
    const char* const start = s;
    for (const char* f = format; *f; ++f) {
        if (IsSpace(*f)) {
            while (IsSpace(*s)) ++s;
            continue;
        }
        if (*f != '%' || f[1] == '%') {
            if (*f == '%') ++f;
            if (*s != *f) return *s || converted_any ? assigned : EOF;
            ++s;
            continue;
        }
        ++f;
        const bool store = *f != '*';
        if (!store) ++f;
        int width = 0;
        while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
        int size = 4;          // bytes of the integer to store
        bool is_long = false;  // l: a double for the float conversions
        if (f[0] == 'h' && f[1] == 'h') size = 1, f += 2;
        else if (f[0] == 'h') size = 2, ++f;
        else if (f[0] == 'l' && f[1] == 'l') size = 8, f += 2;
        else if (f[0] == 'l') size = static_cast<int>(sizeof(long)), is_long = true, ++f;
        else if (f[0] == 'j') size = 8, ++f;
        else if (f[0] == 'z' || f[0] == 't') size = static_cast<int>(sizeof(size_t)), ++f;
        else if (f[0] == 'L') __builtin_trap();  // long double: see the top
        const char c = *f;
        if (c == 'n') {
            if (store) *va_arg(args, int*) = static_cast<int>(s - start);
            continue;
        }
        if (c == 'c') {
            int n = width ? width : 1;
            char* out = store ? va_arg(args, char*) : nullptr;
            for (int i = 0; i < n; ++i, ++s) {
                if (!*s) return converted_any ? assigned : EOF;
                if (out) out[i] = *s;
            }
            assigned += store;
            converted_any = true;
            continue;
        }
        while (IsSpace(*s)) ++s;
        if (!*s) return converted_any ? assigned : EOF;
        const int limit = width ? width : 1 << 30;
        if (c == 's') {
            char* out = store ? va_arg(args, char*) : nullptr;
            for (int n = 0; n < limit && *s && !IsSpace(*s); ++n, ++s)
                if (out) *out++ = *s;
            if (out) *out = 0;
        } else if (c == 'f' || c == 'e' || c == 'g' || c == 'a' || c == 'F' || c == 'E' || c == 'G' || c == 'A') {
            double v;
            if (!ScanDecimal(s, limit, v)) return assigned;
            if (store && is_long) *va_arg(args, double*) = v;
            else if (store) *va_arg(args, float*) = static_cast<float>(v);
        } else {
            const int base = c == 'd' || c == 'u' ? 10 : c == 'x' || c == 'X' ? 16 : c == 'o' ? 8 : c == 'i' ? 0 : -1;
            if (base < 0) __builtin_trap();  // %[, %p or a typo: see the top
            uint64_t v;
            if (!ScanInteger(s, limit, base, v)) return assigned;
            if (store) {
                void* out = va_arg(args, void*);
                if (size == 1) *static_cast<uint8_t*>(out) = static_cast<uint8_t>(v);
                else if (size == 2) *static_cast<uint16_t*>(out) = static_cast<uint16_t>(v);
                else if (size == 4) *static_cast<uint32_t*>(out) = static_cast<uint32_t>(v);
                else *static_cast<uint64_t*>(out) = v;
            }
        }
        assigned += store;
        converted_any = true;
    }
    return assigned;
}

#ifdef __EMSCRIPTEN__
extern "C" int __wrap_sscanf(const char* s, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int n = claimline_vsscanf(s, format, args);
    va_end(args);
    return n;
}
#endif
