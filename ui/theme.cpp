#include "theme.hpp"

namespace ui {

namespace {
Palette g_palette;  // the one active palette; ApplyTheme is the only writer

ImVec4 Rgb(int r, int g, int b, float a = 1.0f) { return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a); }
}  // namespace

const Palette& CurrentPalette() { return g_palette; }

void ApplyTheme(Theme theme, float pixel_scale) {
    ImGuiStyle style;
    const bool dark = theme == Theme::Dark;
    if (dark) ImGui::StyleColorsDark(&style); else ImGui::StyleColorsLight(&style);
    const ImVec4 paper = dark ? Rgb(24, 26, 30) : Rgb(252, 251, 248);
    const ImVec4 panel = dark ? Rgb(32, 35, 40) : Rgb(244, 242, 237);
    const ImVec4 ink = dark ? Rgb(230, 230, 228) : Rgb(28, 28, 30);
    const ImVec4 muted = dark ? Rgb(150, 152, 158) : Rgb(105, 105, 110);
    const ImVec4 rule = dark ? Rgb(60, 63, 70) : Rgb(214, 210, 200);
    const ImVec4 accent = dark ? Rgb(110, 170, 255) : Rgb(25, 95, 190);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = paper;
    c[ImGuiCol_ChildBg] = paper;
    c[ImGuiCol_PopupBg] = panel;
    c[ImGuiCol_Text] = ink;
    c[ImGuiCol_TextDisabled] = muted;
    c[ImGuiCol_Border] = rule;
    c[ImGuiCol_Separator] = rule;
    c[ImGuiCol_Header] = ImVec4(accent.x, accent.y, accent.z, 0.14f);
    c[ImGuiCol_HeaderHovered] = ImVec4(accent.x, accent.y, accent.z, 0.22f);
    c[ImGuiCol_HeaderActive] = ImVec4(accent.x, accent.y, accent.z, 0.30f);
    c[ImGuiCol_FrameBg] = panel;
    c[ImGuiCol_Button] = panel;
    c[ImGuiCol_ButtonHovered] = ImVec4(accent.x, accent.y, accent.z, 0.20f);
    c[ImGuiCol_ButtonActive] = ImVec4(accent.x, accent.y, accent.z, 0.35f);
    c[ImGuiCol_ScrollbarBg] = paper;
    c[ImGuiCol_TitleBg] = panel;
    c[ImGuiCol_TitleBgActive] = panel;
    style.WindowRounding = 0;
    style.FrameRounding = 4;
    style.WindowBorderSize = 1;
    style.WindowPadding = ImVec2(14, 12);
    style.ItemSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 12;
    style.ScaleAllSizes(pixel_scale);
    ImGui::GetStyle() = style;
    g_palette = {ImGui::GetColorU32(paper), ImGui::GetColorU32(ink), ImGui::GetColorU32(muted),
                 ImGui::GetColorU32(rule), ImGui::GetColorU32(accent),
                 ImGui::GetColorU32(ImVec4(accent.x, accent.y, accent.z, 0.18f)),
                 ImGui::GetColorU32(dark ? Rgb(255, 190, 90) : Rgb(200, 90, 30))};
}

}  // namespace ui
