#include "fonts.hpp"

#include <imgui.h>

#include "embedded.hpp"

extern const core::EmbeddedFile kFontFiles[];
extern const size_t kFontFiles_count;

namespace ui {

namespace {
// Every code point the subset fonts carry (font_unicodes in ui/CMakeLists.txt): the full atlas must draw
// whatever the first, story-only atlas could (a modifier-letter apostrophe in a romanized name would otherwise become a missing glyph).
const ImWchar kAllRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x017F, 0x0218, 0x021B, 0x02BB, 0x02BC, 0x02C6, 0x02C6, 0x02DA, 0x02DA,
    0x02DC, 0x02DC, 0x2010, 0x2027, 0x2030, 0x203A, 0x2044, 0x2044, 0x20AC, 0x20AC, 0x2116, 0x2116,
    0x2122, 0x2122, 0x2190, 0x2193, 0x2212, 0x2212, 0x2022, 0x2022, 0x25B2, 0x25BC,
    0x25CF, 0x25CF, 0x2713, 0x2715, 0xFFFD, 0xFFFD, 0};
const core::EmbeddedFile* g_files = nullptr;  // SetFontFiles; nullptr = kFontFiles
size_t g_file_count = 0;

ImFont* AddEmbedded(ImGuiIO& io, const char* name, float size_px, float pixel_scale, const ImWchar* ranges) {
    std::string_view bytes = g_files ? core::FindEmbedded(g_files, g_file_count, name)
                                     : core::FindEmbedded(kFontFiles, kFontFiles_count, name);
    if (bytes.empty()) return nullptr;
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in the binary's read-only data
    // Horizontal oversampling positions glyphs at half pixels: sharper at 1×, invisible on hi-DPI screens,
    // where it would only double the rasterizing (the atlas at 2× is already 4× the pixels).
    config.OversampleH = pixel_scale >= 1.5f ? 1 : 2;
    config.OversampleV = 1;
    return io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(bytes.data()), static_cast<int>(bytes.size()),
                                          size_px, &config, ranges);
}
}  // namespace

void SetFontFiles(const core::EmbeddedFile* files, size_t count) {
    g_files = files;
    g_file_count = count;
}

Fonts LoadFonts(ImGuiIO& io, float s) {
    io.Fonts->Clear();
    // Every code point the fonts may carry: ImGui rasterizes the ones a font has and skips the rest, so the
    // page's first fonts (subset to the bundled story) give a small atlas and the full fonts a full one.
    const ImWchar* ranges = kAllRanges;
    Fonts f;
    f.ui = AddEmbedded(io, "ui_regular.otf", 15.0f * s, s, ranges);
    f.ui_bold = AddEmbedded(io, "ui_semibold.otf", 15.0f * s, s, ranges);
    f.title = AddEmbedded(io, "ui_semibold.otf", 21.0f * s, s, ranges);
    f.reading = AddEmbedded(io, "reading_regular.ttf", 17.0f * s, s, ranges);
    f.reading_italic = AddEmbedded(io, "reading_italic.ttf", 17.0f * s, s, ranges);
    f.small = AddEmbedded(io, "ui_regular.otf", 12.5f * s, s, ranges);
    // A font that failed to load falls back to ImGui's built-in one rather than a null pointer.
    ImFont* fallback = f.ui ? f.ui : io.Fonts->AddFontDefault();
    for (ImFont** p : {&f.ui, &f.ui_bold, &f.title, &f.reading, &f.reading_italic, &f.small})
        if (!*p) *p = fallback;
    io.FontDefault = f.ui;
    io.Fonts->Build();
    return f;
}

}  // namespace ui
