// embedded.hpp — files compiled into the binary at build time (tools/embed.py, cmake/Embed.cmake).
//
// Usage:
//   extern const core::EmbeddedFile kSeedFiles[]; extern const size_t kSeedFiles_count;
//   std::string_view text = core::FindEmbedded(kSeedFiles, kSeedFiles_count, "002_a4525092edc39633.txt");
#pragma once
#include <cstddef>
#include <string_view>

namespace core {

struct EmbeddedFile {
    const char* name;                   // base name, e.g. "articles.json"
    const unsigned char* data;          // bytes, followed by one NUL not counted in size
    size_t size;                        // bytes
};

inline std::string_view FindEmbedded(const EmbeddedFile* files, size_t count, std::string_view name) {
    for (size_t i = 0; i < count; ++i)
        if (name == files[i].name) return {reinterpret_cast<const char*>(files[i].data), files[i].size};
    return {};
}

}  // namespace core
