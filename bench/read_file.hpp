// read_file.hpp — the benchmarks' whole-file reader (binary, no size limit: inputs are our own test corpora).
#pragma once
#include <cstdio>
#include <string>

namespace bench {

inline bool ReadFile(const char* path, std::string& out) {
    FILE* f = std::fopen(path, "rb");
    if (!f) return false;
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    const bool ok = !std::ferror(f);
    std::fclose(f);
    return ok;
}

}  // namespace bench
