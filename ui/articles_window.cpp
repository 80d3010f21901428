#include "articles_window.hpp"

#include <imgui.h>

#include "app.hpp"
#include "calendar.hpp"

namespace ui {

void DrawArticles(AppState& app, ArticlesState& st) {
    ImGui::SetNextWindowPos(ImVec2(st.x, st.y));
    ImGui::SetNextWindowSize(ImVec2(st.w, st.h));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
    if (!ImGui::Begin("Articles", nullptr, flags)) { ImGui::End(); return; }
    ImGui::PushFont(app.fonts.ui_bold);
    ImGui::TextUnformatted("Articles");
    ImGui::PopFont();
    ImGui::TextDisabled("%d in this story", static_cast<int>(app.corpus.articles.size()));
    ImGui::Separator();
    const float wrap = ImGui::GetContentRegionAvail().x;
    st.row_center_y.clear();
    for (int i = 0; i < static_cast<int>(app.corpus.articles.size()); ++i) {
        const core::Article& a = app.corpus.articles[i];
        ImGui::PushID(i);
        const bool selected = app.selection.article == i;
        // One selectable row per article: date · outlet on the first line, the headline wrapped below.
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const std::string date = a.published_day != core::kNoDay ? core::FormatIsoDay(a.published_day) : "undated";
        ImGui::PushFont(app.fonts.small);
        const float meta_h = ImGui::GetTextLineHeight();
        ImGui::PopFont();
        const float text_h = ImGui::CalcTextSize(a.headline.c_str(), nullptr, false, wrap).y;
        st.row_center_y.push_back(top.y + (meta_h + text_h + 6) * 0.5f);
        if (ImGui::Selectable("##article", selected, 0, ImVec2(wrap, meta_h + text_h + 6))) {
            Selection s;
            s.article = i;
            Select(app, s);
        }
        ImGui::SetCursorScreenPos(top);
        ImGui::PushFont(app.fonts.small);
        ImGui::TextDisabled("%s  ·  %s", date.c_str(), a.outlet.empty() ? a.id.c_str() : a.outlet.c_str());
        ImGui::PopFont();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
        ImGui::TextUnformatted(a.headline.empty() ? a.id.c_str() : a.headline.c_str());
        ImGui::PopTextWrapPos();
        ImGui::Dummy(ImVec2(0, 6));
        ImGui::PopID();
    }
    ImGui::End();
}

}  // namespace ui
