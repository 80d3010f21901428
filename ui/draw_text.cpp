#include "draw_text.hpp"

namespace ui {

float AddTextEllipsis(ImDrawList* dl, ImVec2 pos, ImU32 col, std::string_view text, float max_w, bool* was_cut) {
    const char* b = text.data();
    const char* e = b + text.size();
    const float full = ImGui::CalcTextSize(b, e).x;
    if (was_cut) *was_cut = full > max_w;
    if (full <= max_w) { if (dl) dl->AddText(pos, col, b, e); return full; }
    const float dots = ImGui::CalcTextSize("\xE2\x80\xA6").x;
    const char* cut = e;
    while (cut > b && ImGui::CalcTextSize(b, cut).x + dots > max_w) {
        --cut;
        while (cut > b && (static_cast<unsigned char>(*cut) & 0xC0) == 0x80) --cut;  // stay on a code point
    }
    while (cut > b && cut[-1] == ' ') --cut;  // "Kim Jong…", not "Kim Jong …"
    const float w = ImGui::CalcTextSize(b, cut).x;
    if (dl) {
        dl->AddText(pos, col, b, cut);
        dl->AddText(ImVec2(pos.x + w, pos.y), col, "\xE2\x80\xA6");
    }
    return w + dots;
}

}  // namespace ui
