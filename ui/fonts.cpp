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
// What the UI's own strings may use whatever the story: ASCII, Latin-1 (×, ·, accented names), dashes,
// quotes, arrows, triangles, ticks, the replacement character.
const ImWchar kUiRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x00FF, 0x2010, 0x2027, 0x2030, 0x203A, 0x20AC, 0x20AC, 0x2190, 0x2193,
    0x2212, 0x2212, 0x2022, 0x2022, 0x25B2, 0x25BC, 0x25CF, 0x25CF, 0x2713, 0x2715, 0xFFFD, 0xFFFD, 0};

ImFont* AddEmbedded(ImGuiIO& io, const char* name, float size_px, float pixel_scale, const ImWchar* ranges) {
    std::string_view bytes = core::FindEmbedded(kFontFiles, kFontFiles_count, name);
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

Fonts LoadFonts(ImGuiIO& io, float s, std::string_view glyph_text) {
    io.Fonts->Clear();
    // The atlas keeps a pointer to the ranges (a later rebuild reads them): they live until the next call.
    static ImVector<ImWchar> story_ranges;
    const ImWchar* ranges = kAllRanges;
    if (!glyph_text.empty()) {
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(kUiRanges);
        builder.AddText(glyph_text.data(), glyph_text.data() + glyph_text.size());
        story_ranges.clear();
        builder.BuildRanges(&story_ranges);
        ranges = story_ranges.Data;
    }
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
