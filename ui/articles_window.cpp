#include "articles_window.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "app.hpp"
#include "calendar.hpp"

namespace ui {

namespace {

// The rows, in a child window of their own under the heading (see DrawArticles).
void DrawRows(AppState& app, ArticlesState& st) {
    const float wrap = ImGui::GetContentRegionAvail().x;
    const int n = static_cast<int>(app.corpus.articles.size());
    ImGui::PushFont(app.fonts.small);
    const float meta_h = ImGui::GetTextLineHeight();
    ImGui::PopFont();
    const float gap = ImGui::GetStyle().ItemSpacing.y * 3;  // spacing after the meta line, the headline and the Dummy
    if (st.cached_version != app.corpus_version || st.cached_width != wrap || st.cached_font_size != ImGui::GetFontSize()) {
        st.row_top.assign(1, 0.0f);
        st.row_top.reserve(static_cast<size_t>(n) + 1);
        for (const core::Article& a : app.corpus.articles) {
            const std::string& head = a.headline.empty() ? a.id : a.headline;
            const float text_h = ImGui::CalcTextSize(head.c_str(), nullptr, false, wrap).y;
            st.row_top.push_back(st.row_top.back() + meta_h + text_h + 6 + gap);
        }
        st.cached_version = app.corpus_version;
        st.cached_width = wrap;
        st.cached_font_size = ImGui::GetFontSize();
    }
    // Only rows that intersect the window are submitted; a Dummy stands in for those above and below.
    const float list_top = ImGui::GetCursorScreenPos().y;
    const float scroll = ImGui::GetScrollY();
    const float view_top = scroll, view_bottom = scroll + ImGui::GetWindowHeight();
    const float origin = list_top + scroll;  // the list's top in content coordinates, as screen y at scroll 0
    st.row_center_y.resize(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        st.row_center_y[static_cast<size_t>(i)] = list_top + (st.row_top[static_cast<size_t>(i)] + st.row_top[static_cast<size_t>(i) + 1] - gap) * 0.5f;
    const float content_top = origin - ImGui::GetWindowPos().y;  // list top relative to the window, unscrolled
    auto row_at = [&](float y) {  // first row whose bottom lies below content y
        return static_cast<int>(std::upper_bound(st.row_top.begin() + 1, st.row_top.end(), y - content_top) - (st.row_top.begin() + 1));
    };
    // A selection made elsewhere (the timeline, a link, a search hit) brings its row into view: on a phone
    // the list is a short strip, and the open article was often below it, unmarked anywhere on screen.
    if (app.selection.article != st.shown_article) {
        st.shown_article = app.selection.article;
        st.scroll_tries = 3;
    }
    if (st.scroll_tries > 0 && st.shown_article >= 0 && st.shown_article < n) {
        const size_t i = static_cast<size_t>(st.shown_article);
        const float r0 = content_top + st.row_top[i], r1 = content_top + st.row_top[i + 1] - gap;
        if (r0 >= view_top && r1 <= view_bottom) st.scroll_tries = 0;
        else { ImGui::SetScrollY(std::max(0.0f, (r0 + r1 - ImGui::GetWindowHeight()) * 0.5f)); --st.scroll_tries; }
    }
    const int first = std::min(n, row_at(view_top));
    const int last = std::min(n, row_at(view_bottom) + 1);
    if (first > 0) ImGui::Dummy(ImVec2(wrap, st.row_top[static_cast<size_t>(first)] - ImGui::GetStyle().ItemSpacing.y));
    for (int i = first; i < last; ++i) {
        const core::Article& a = app.corpus.articles[static_cast<size_t>(i)];
        ImGui::PushID(i);
        const bool selected = app.selection.article == i;
        // One selectable row per article: date · outlet on the first line, the headline wrapped below.
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const std::string date = a.published_day != core::kNoDay ? core::FormatIsoDay(a.published_day) : "undated";
        const float row_h = st.row_top[static_cast<size_t>(i) + 1] - st.row_top[static_cast<size_t>(i)] - gap;
        if (ImGui::Selectable("##article", selected, 0, ImVec2(wrap, row_h))) {
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
    if (last < n) ImGui::Dummy(ImVec2(wrap, st.row_top.back() - st.row_top[static_cast<size_t>(last)] - ImGui::GetStyle().ItemSpacing.y));
}

}  // namespace

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
    // Only the rows scroll: scrolled with them, the heading left the view whenever the list brought a row
    // into a phone's short strip. (No scrollbar, as before: it would narrow the rows' measured width.)
    if (ImGui::BeginChild("##rows", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar)) DrawRows(app, st);
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace ui
