#include "fonts.hpp"

#include <imgui.h>

#include "embedded.hpp"

extern const core::EmbeddedFile kFontFiles[];
extern const size_t kFontFiles_count;

namespace ui {

namespace {
ImFont* AddEmbedded(ImGuiIO& io, const char* name, float size_px) {
    std::string_view bytes = core::FindEmbedded(kFontFiles, kFontFiles_count, name);
    if (bytes.empty()) return nullptr;
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in the binary's read-only data
    config.OversampleH = 2;               // sharper glyph positioning at small sizes
    config.OversampleV = 1;
    static const ImWchar kRanges[] = {
        0x0020, 0x007E, 0x00A0, 0x017F, 0x0218, 0x021B, 0x2010, 0x2027, 0x2030, 0x203A,
        0x20AC, 0x20AC, 0x2190, 0x2193, 0x2212, 0x2212, 0x2022, 0x2022, 0x25B2, 0x25BC,
        0x25CF, 0x25CF, 0x2713, 0x2715, 0xFFFD, 0xFFFD, 0};
    return io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(bytes.data()), static_cast<int>(bytes.size()),
                                          size_px, &config, kRanges);
}
}  // namespace

Fonts LoadFonts(ImGuiIO& io, float s) {
    io.Fonts->Clear();
    Fonts f;
    f.ui = AddEmbedded(io, "ui_regular.otf", 15.0f * s);
    f.ui_bold = AddEmbedded(io, "ui_semibold.otf", 15.0f * s);
    f.title = AddEmbedded(io, "ui_semibold.otf", 21.0f * s);
    f.reading = AddEmbedded(io, "reading_regular.ttf", 17.0f * s);
    f.reading_italic = AddEmbedded(io, "reading_italic.ttf", 17.0f * s);
    f.small = AddEmbedded(io, "ui_regular.otf", 12.5f * s);
    // A font that failed to load falls back to ImGui's built-in one rather than a null pointer.
    ImFont* fallback = f.ui ? f.ui : io.Fonts->AddFontDefault();
    for (ImFont** p : {&f.ui, &f.ui_bold, &f.title, &f.reading, &f.reading_italic, &f.small})
        if (!*p) *p = fallback;
    io.FontDefault = f.ui;
    io.Fonts->Build();
    return f;
}

}  // namespace ui
