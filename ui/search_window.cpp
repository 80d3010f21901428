#include "search_window.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ActivateItemByID (public API has only the nav-based focus)

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "annotation_style.hpp"
#include "app.hpp"
#include "draw_text.hpp"
#include "layout.hpp"
#include "search.hpp"
#include "theme.hpp"

namespace ui {

namespace {
constexpr size_t kContextBefore = 36;   // bytes of text shown before a hit in the list
constexpr size_t kContextAfter = 90;    // and after it (cut with "…" at the row's edge)

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The text around a hit on one line: newlines become spaces, cuts fall on code point boundaries.
struct Snippet { std::string before, hit, after; };
Snippet SnippetOf(const core::Article& a, const core::Span& s) {
    const std::string& t = a.text;
    size_t from = s.start > kContextBefore ? s.start - kContextBefore : 0;
    while (from > 0 && IsContinuation(t[from])) --from;
    size_t to = std::min(t.size(), static_cast<size_t>(s.end) + kContextAfter);
    while (to < t.size() && IsContinuation(t[to])) ++to;
    auto flat = [](std::string x) { for (char& c : x) if (c == '\n' || c == '\r' || c == '\t') c = ' '; return x; };
    Snippet out{flat(t.substr(from, s.start - from)), flat(t.substr(s.start, s.end - s.start)),
                flat(t.substr(s.end, to - s.end))};
    if (from > 0) out.before = "\xE2\x80\xA6" + out.before;  // …
    return out;
}

void SyncBuffer(AppState& app, SearchState& st) {
    if (st.buffer_for == app.search_query) return;
    std::snprintf(st.buffer, sizeof st.buffer, "%s", app.search_query.c_str());
    st.buffer_for = app.search_query;
}
}  // namespace

void SetSearchQuery(AppState& app, const std::string& query) {
    app.search_query = query;
    app.search_hits = core::Search(app.corpus, query);
    app.search_current = -1;
    app.show_search = !query.empty();
    app.search.scroll_to_current = true;
}

void GoToHit(AppState& app, int index) {
    if (index < 0 || index >= static_cast<int>(app.search_hits.size())) return;
    app.search_current = index;
    app.search.scroll_to_current = true;
    const core::Span& hit = app.search_hits[static_cast<size_t>(index)];
    // The hit's article opens in the reader; the entity filter stays, the item selection does not.
    Selection s;
    s.article = hit.article;
    s.entity = app.selection.entity;
    Select(app, s);
}

void StepHit(AppState& app, int direction) {
    const int n = static_cast<int>(app.search_hits.size());
    if (n == 0) return;
    int next;
    if (app.search_current < 0) {
        // The first step starts from the article being read, not from the top of the story.
        const core::Index here = app.selection.article;
        auto it = std::lower_bound(app.search_hits.begin(), app.search_hits.end(), here,
                                   [](const core::Span& s, core::Index a) { return s.article < a; });
        next = static_cast<int>(it - app.search_hits.begin());
        if (direction < 0) --next;
        next = (next % n + n) % n;
    } else {
        next = ((app.search_current + direction) % n + n) % n;
    }
    GoToHit(app, next);
}

bool SearchBox(AppState& app, float width) {
    SearchState& st = app.search;
    SyncBuffer(app, st);
    ImGui::SetNextItemWidth(width);
    const bool enter = ImGui::InputTextWithHint("##search", "Search the articles", st.buffer, sizeof st.buffer,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    if (st.focus_request) {
        // Activation by id works without keyboard navigation enabled (SetKeyboardFocusHere goes through it).
        ImGui::ActivateItemByID(ImGui::GetItemID());
        st.focus_request = false;
    }
    const bool active = ImGui::IsItemActive();
    if (std::strcmp(st.buffer, app.search_query.c_str()) != 0) {
        SetSearchQuery(app, st.buffer);
        st.buffer_for = app.search_query;
    }
    if (enter) StepHit(app, ImGui::GetIO().KeyShift ? -1 : +1);
    if (active && ImGui::IsKeyPressed(ImGuiKey_Escape)) { SetSearchQuery(app, ""); SyncBuffer(app, st); }
    return active;
}

void DrawSearch(AppState& app, SearchState& st) {
    st.row_center_y.clear();
    st.row_hit.clear();
    st.empty_note.clear();
    if (!BeginPane("Search", st.x, st.y, st.w, st.h, false)) return;
    const Palette& pal = CurrentPalette();
    const float s = app.pixel_scale;
    if (app.layout.narrow) {  // on a phone the box lives here, not in the top bar
        SearchBox(app, ImGui::GetContentRegionAvail().x);
        ImGui::Spacing();
    }
    const int n = static_cast<int>(app.search_hits.size());
    ImGui::PushFont(app.fonts.ui_bold);
    ImGui::TextUnformatted("Search");
    ImGui::PopFont();
    ImGui::SameLine();
    if (app.search_query.empty()) ImGui::TextDisabled("type in the search box");
    else if (n == 0) ImGui::TextDisabled("no matches");
    else if (app.search_current >= 0) ImGui::TextDisabled("%d of %d%s", app.search_current + 1, n, n >= static_cast<int>(core::kMaxSearchHits) ? "+" : "");
    else ImGui::TextDisabled("%d %s", n, n == 1 ? "match" : "matches");
    if (n > 0) {
        const float bw = ImGui::GetFrameHeight();
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - 2 * bw - ImGui::GetStyle().ItemSpacing.x);
        if (ImGui::Button("\xE2\x96\xB2##prev", ImVec2(bw, 0))) StepHit(app, -1);   // ▲
        ImGui::SetItemTooltip("Previous match (Shift+Enter)");
        ImGui::SameLine();
        if (ImGui::Button("\xE2\x96\xBC##next", ImVec2(bw, 0))) StepHit(app, +1);   // ▼
        ImGui::SetItemTooltip("Next match (Enter)");
    }
    ImGui::Separator();

    ImGui::BeginChild("##hits", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_None);
    st.snippet_right = st.rows_right = 0;
    if (n == 0 && !app.search_query.empty()) {
        // An empty list under "no matches" looked like a list still loading; say what was looked for, and
        // how matching works (one phrase), so the reader knows what to change.
        st.empty_note = "No article contains \xE2\x80\x9C" + app.search_query + "\xE2\x80\x9D.";
        ImGui::Spacing();
        ImGui::TextWrapped("%s", st.empty_note.c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, pal.muted);
        ImGui::TextWrapped("The words are found as one phrase, whatever their case or accents: try fewer words, or another spelling.");
        ImGui::PopStyleColor();
    }
    const AnnotationColors& colors = AnnotationColorsFor(app.theme);
    ImGui::PushFont(app.fonts.small);
    const float meta_h = ImGui::GetTextLineHeight();
    ImGui::PopFont();
    const float row_h = meta_h + ImGui::GetTextLineHeight() + 8 * s;
    ImGuiListClipper clipper;
    clipper.Begin(n, row_h + ImGui::GetStyle().ItemSpacing.y);
    if (st.scroll_to_current && app.search_current >= 0) clipper.IncludeItemByIndex(app.search_current);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const core::Span& hit = app.search_hits[static_cast<size_t>(i)];
            if (hit.article < 0 || hit.article >= static_cast<core::Index>(app.corpus.articles.size())) continue;
            const core::Article& a = app.corpus.articles[static_cast<size_t>(hit.article)];
            ImGui::PushID(i);
            const ImVec2 top = ImGui::GetCursorScreenPos();
            const bool current = i == app.search_current;
            if (ImGui::Selectable("##hit", current, 0, ImVec2(0, row_h))) {
                GoToHit(app, i);
                if (app.layout.narrow) app.layout.tab = Tab::Article;  // show the hit in its text
            }
            if (current && st.scroll_to_current) { ImGui::SetScrollHereY(0.4f); st.scroll_to_current = false; }
            st.row_center_y.push_back(top.y + row_h * 0.5f);
            st.row_hit.push_back(i);
            const ImVec2 after_row = ImGui::GetCursorScreenPos();
            ImGui::SetCursorScreenPos(ImVec2(top.x + 4 * s, top.y + 3 * s));
            ImGui::PushFont(app.fonts.small);
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(pal.muted), "%s",
                               a.outlet.empty() ? a.id.c_str() : a.outlet.c_str());
            ImGui::PopFont();
            Snippet sn = SnippetOf(a, hit);
            // Keep the hit in view: the context before it gets at most a third of the row.
            const float before_max = ImGui::GetContentRegionAvail().x * 0.33f;
            if (ImGui::CalcTextSize(sn.before.c_str()).x > before_max) {
                const std::string ellipsis = "\xE2\x80\xA6";
                std::string body = sn.before.rfind(ellipsis, 0) == 0 ? sn.before.substr(ellipsis.size()) : sn.before;
                while (!body.empty() && ImGui::CalcTextSize((ellipsis + body).c_str()).x > before_max) {
                    size_t n = 1;   // drop one code point from the left
                    while (n < body.size() && IsContinuation(body[n])) ++n;
                    body.erase(0, n);
                }
                sn.before = ellipsis + body;
            }
            ImDrawList* dl = ImGui::GetWindowDrawList();
            ImVec2 p = ImGui::GetCursorScreenPos();
            const ImVec2 before_sz = ImGui::CalcTextSize(sn.before.c_str());
            const ImVec2 hit_sz = ImGui::CalcTextSize(sn.hit.c_str());
            dl->AddRectFilled(ImVec2(p.x + before_sz.x - 1, p.y), ImVec2(p.x + before_sz.x + hit_sz.x + 1, p.y + hit_sz.y),
                              current ? colors.search_current : colors.search_hit, 2 * s);
            dl->AddText(p, pal.muted, sn.before.c_str());
            // The context after the hit ends in "…" at the row's edge (clipped, it ended mid-letter: "June 2").
            const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x - 4 * s;
            float end = p.x + before_sz.x;
            end += AddTextEllipsis(dl, ImVec2(end, p.y), pal.ink, sn.hit, std::max(0.0f, right - end));
            end += AddTextEllipsis(dl, ImVec2(end, p.y), pal.muted, sn.after, std::max(0.0f, right - end));
            st.rows_right = right;
            st.snippet_right = std::max(st.snippet_right, end);
            ImGui::SetCursorScreenPos(after_row);
            ImGui::Dummy(ImVec2(0, 0));   // claims the row's extent for the layout (SetCursor alone may not)
            ImGui::PopID();
        }
    }
    if (st.scroll_to_current && app.search_current < 0) st.scroll_to_current = false;
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace ui
