// bundle_scan.hpp — byte-level checks on bundle text, used by the bundle loader (internal to core).
//
// Usage:
//   size_t at; if (!CheckNestingDepth(bytes, 256, at)) ...;     // before any parse: no deep recursion later
//   std::vector<size_t> offsets = LocatePointers(bytes, {"/articles/0/id"});   // only when reporting errors
//
// nlohmann::json (3.11 in bookworm) keeps no source positions, so errors are located afterwards: one linear
// scan walks the (already validated) JSON and records where each wanted JSON pointer's value starts.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace core {

// False when brackets nest deeper than max_depth; `offset` is the byte that crossed the limit.
// Strings are skipped; the input need not be valid JSON (the parser reports that afterwards).
bool CheckNestingDepth(std::string_view json, int max_depth, size_t& offset);

// Offset of the first NUL or other control byte that cannot appear in JSON text (binary data); npos if none.
size_t FindBinaryByte(std::string_view bytes);

// Byte offset where each pointer's value starts in valid JSON; npos for pointers not present.
std::vector<size_t> LocatePointers(std::string_view json, const std::vector<std::string>& pointers);

// The pointer of the innermost value containing `offset` in JSON that is valid up to there (for parse
// errors: a bad byte inside "/articles/0/text", a file cut off inside "/articles/0").
std::string PointerAt(std::string_view json, size_t offset);

std::string EscapePointerToken(std::string_view token);  // RFC 6901: "~" → "~0", "/" → "~1"

}  // namespace core
