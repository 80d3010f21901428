#include "theme.hpp"

namespace ui {

namespace {
Palette g_palette;                      // the one active palette; ApplyTheme is the only writer
Theme g_theme = Theme::Light;

ImVec4 Rgb(int r, int g, int b, float a = 1.0f) { return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a); }
ImVec4 Alpha(ImVec4 c, float a) { return ImVec4(c.x, c.y, c.z, a); }

// The two palettes. Light: newsprint-warm paper, near-black ink (contrast 16:1), a sober blue accent that
// keeps 4.5:1 on paper. Dark: charcoal rather than black (less halation for long reading), off-white ink
// (13:1), a lighter blue so links and selections stay legible.
struct Colors {
    ImVec4 paper, panel, panel_strong, ink, muted, rule, accent, marker, danger, success;
};
Colors ColorsFor(bool dark) {
    if (dark)
        return {Rgb(22, 24, 28), Rgb(31, 34, 40), Rgb(44, 48, 56), Rgb(232, 232, 228), Rgb(150, 153, 160),
                Rgb(58, 62, 70), Rgb(120, 172, 255), Rgb(255, 190, 90), Rgb(255, 120, 110), Rgb(96, 200, 130)};
    return {Rgb(252, 251, 248), Rgb(243, 241, 235), Rgb(230, 227, 219), Rgb(26, 26, 28), Rgb(100, 100, 106),
            Rgb(216, 212, 202), Rgb(26, 92, 184), Rgb(196, 88, 28), Rgb(192, 40, 40), Rgb(30, 125, 70)};
}
}  // namespace

const char* ToString(Theme theme) { return theme == Theme::Dark ? "dark" : "light"; }

bool Parse(std::string_view text, Theme& out) {
    if (text == "light") { out = Theme::Light; return true; }
    if (text == "dark") { out = Theme::Dark; return true; }
    return false;
}

const Palette& CurrentPalette() { return g_palette; }
Theme CurrentTheme() { return g_theme; }

void ApplyTheme(Theme theme, float pixel_scale) {
    ImGuiStyle style;
    const bool dark = theme == Theme::Dark;
    if (dark) ImGui::StyleColorsDark(&style); else ImGui::StyleColorsLight(&style);
    const Colors k = ColorsFor(dark);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = k.paper;
    c[ImGuiCol_ChildBg] = k.paper;
    c[ImGuiCol_PopupBg] = k.panel;
    c[ImGuiCol_MenuBarBg] = k.panel;
    c[ImGuiCol_Text] = k.ink;
    c[ImGuiCol_TextDisabled] = k.muted;
    c[ImGuiCol_Border] = k.rule;
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_Separator] = k.rule;
    c[ImGuiCol_SeparatorHovered] = k.accent;
    c[ImGuiCol_SeparatorActive] = k.accent;
    c[ImGuiCol_Header] = Alpha(k.accent, dark ? 0.22f : 0.13f);
    c[ImGuiCol_HeaderHovered] = Alpha(k.accent, dark ? 0.30f : 0.20f);
    c[ImGuiCol_HeaderActive] = Alpha(k.accent, dark ? 0.40f : 0.28f);
    c[ImGuiCol_FrameBg] = k.panel;
    c[ImGuiCol_FrameBgHovered] = k.panel_strong;
    c[ImGuiCol_FrameBgActive] = k.panel_strong;
    c[ImGuiCol_Button] = k.panel;
    c[ImGuiCol_ButtonHovered] = k.panel_strong;
    c[ImGuiCol_ButtonActive] = Alpha(k.accent, 0.35f);
    c[ImGuiCol_CheckMark] = k.accent;
    c[ImGuiCol_SliderGrab] = k.accent;
    c[ImGuiCol_SliderGrabActive] = k.accent;
    c[ImGuiCol_Tab] = k.panel;
    c[ImGuiCol_TabHovered] = k.panel_strong;
    c[ImGuiCol_TabActive] = k.paper;
    c[ImGuiCol_ScrollbarBg] = Alpha(k.paper, 0.0f);
    c[ImGuiCol_ScrollbarGrab] = k.rule;
    c[ImGuiCol_ScrollbarGrabHovered] = k.muted;
    c[ImGuiCol_ScrollbarGrabActive] = k.muted;
    c[ImGuiCol_TitleBg] = k.panel;
    c[ImGuiCol_TitleBgActive] = k.panel;
    c[ImGuiCol_TableHeaderBg] = k.panel;
    c[ImGuiCol_TableBorderStrong] = k.rule;
    c[ImGuiCol_TableBorderLight] = Alpha(k.rule, 0.6f);
    c[ImGuiCol_TextSelectedBg] = Alpha(k.accent, 0.30f);
    c[ImGuiCol_NavHighlight] = k.accent;
    style.WindowRounding = 0;
    style.ChildRounding = 0;
    style.FrameRounding = 4;
    style.PopupRounding = 4;
    style.GrabRounding = 4;
    style.WindowBorderSize = 0;         // panes are separated by the splitters' hairlines, not boxes
    style.FrameBorderSize = 0;
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 12;
    style.ScrollbarRounding = 6;
    style.ScaleAllSizes(pixel_scale);
    ImGui::GetStyle() = style;
    auto u32 = [](ImVec4 v) { return ImGui::ColorConvertFloat4ToU32(v); };
    g_palette = {u32(k.paper), u32(k.ink), u32(k.muted), u32(k.rule), u32(k.accent),
                 u32(Alpha(k.accent, dark ? 0.24f : 0.16f)), u32(k.marker), u32(k.panel), u32(k.panel_strong),
                 u32(dark ? Rgb(16, 18, 22) : Rgb(255, 255, 255)), u32(k.danger), u32(k.success)};
    g_theme = theme;
}

}  // namespace ui
