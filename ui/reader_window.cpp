#include "reader_window.hpp"

#include <imgui.h>

#include "app.hpp"
#include "theme.hpp"

namespace ui {

namespace {
// True when [start,end) lies inside page furniture: drawn dimmed, not hidden, so the page stays faithful.
bool InFurniture(const core::Article& a, uint32_t start, uint32_t end) {
    for (const core::Furniture& f : a.furniture)
        if (start >= f.range.start && end <= f.range.end) return true;
    return false;
}
}  // namespace

void DrawReader(AppState& app, ReaderState& st) {
    ImGui::SetNextWindowPos(ImVec2(st.x, st.y));
    ImGui::SetNextWindowSize(ImVec2(st.w, st.h));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
    ImGui::SetNextWindowBgAlpha(1.0f);
    const ImGuiWindowFlags scroll = flags & ~ImGuiWindowFlags_NoScrollbar & ~ImGuiWindowFlags_NoScrollWithMouse;
    if (!ImGui::Begin("Reader", nullptr, scroll)) { ImGui::End(); return; }
    const core::Index index = app.selection.article;
    if (index < 0 || index >= static_cast<core::Index>(app.corpus.articles.size())) {
        ImGui::TextDisabled("Choose an article on the left.");
        ImGui::End();
        return;
    }
    if (st.shown_article != index) { ImGui::SetScrollY(0); st.shown_article = index; }
    const core::Article& a = app.corpus.articles[index];
    // A comfortable measure (~70 characters) reads better than full-width lines on a wide screen.
    const float measure = std::min(ImGui::GetContentRegionAvail().x, 720.0f * app.pixel_scale);
    const float indent = (ImGui::GetContentRegionAvail().x - measure) * 0.5f;
    if (indent > 0) ImGui::Indent(indent);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + measure);
    ImGui::PushFont(app.fonts.title);
    ImGui::TextUnformatted(a.headline.c_str());
    ImGui::PopFont();
    ImGui::PushFont(app.fonts.small);
    ImGui::TextDisabled("%s  ·  %s%s", a.outlet.c_str(), a.published.empty() ? "undated" : a.published.c_str(),
                        a.published_certainty == core::DateCertainty::Inferred ? " (inferred)" : "");
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::PushFont(app.fonts.reading);
    const std::string& t = a.text;
    uint32_t start = 0;
    while (start <= t.size()) {
        size_t nl = t.find('\n', start);
        const uint32_t end = static_cast<uint32_t>(nl == std::string::npos ? t.size() : nl);
        if (end > start) {
            const bool dim = InFurniture(a, start, end);
            if (dim) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextUnformatted(t.data() + start, t.data() + end);
            if (dim) ImGui::PopStyleColor();
            ImGui::Spacing();
        }
        if (nl == std::string::npos) break;
        start = end + 1;
    }
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    if (indent > 0) ImGui::Unindent(indent);
    ImGui::End();
}

}  // namespace ui
