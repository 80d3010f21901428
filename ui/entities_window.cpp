#include "entities_window.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "app.hpp"
#include "draw_text.hpp"
#include "layout.hpp"
#include "search.hpp"
#include "sort_order.hpp"
#include "theme.hpp"

namespace ui {

namespace {
const char* GroupLabel(core::EntityKind kind) {
    switch (kind) {
        case core::EntityKind::Person: return "People";
        case core::EntityKind::Organization: return "Organisations";
        case core::EntityKind::Place: return "Places";
        case core::EntityKind::Document: return "Documents";
        case core::EntityKind::Other: return "Other";
    }
    return "Other";
}

void Rebuild(const AppState& app, EntitiesState& st) {
    const std::string needle = core::FoldForSearch(st.filter);
    for (auto& g : st.groups) g.clear();
    const core::Corpus& c = app.corpus;
    std::vector<char> seen(c.articles.size());
    for (size_t i = 0; i < c.entities.size(); ++i) {
        const core::Entity& e = c.entities[i];
        if (e.mentions.empty()) continue;
        if (!needle.empty() && core::FoldForSearch(e.name).find(needle) == std::string::npos) continue;
        EntityRow row{static_cast<core::Index>(i), static_cast<int>(e.mentions.size()), 0};
        std::fill(seen.begin(), seen.end(), 0);
        for (const core::Span& m : e.mentions)
            if (m.article >= 0 && static_cast<size_t>(m.article) < seen.size() && !seen[m.article]) {
                seen[m.article] = 1;
                ++row.articles;
            }
        const size_t kind = std::min<size_t>(static_cast<size_t>(e.kind), 4);
        st.groups[kind].push_back(row);
    }
    for (auto& g : st.groups) {
        const std::vector<core::Index> order = core::StableOrder(g.size(), [&](core::Index x, core::Index y) {
            const EntityRow& a = g[static_cast<size_t>(x)];
            const EntityRow& b = g[static_cast<size_t>(y)];
            if (a.articles != b.articles) return a.articles > b.articles;   // named by more outlets first
            if (a.mentions != b.mentions) return a.mentions > b.mentions;
            return c.entities[a.entity].name < c.entities[b.entity].name;
        });
        std::vector<EntityRow> sorted;
        sorted.reserve(g.size());
        for (core::Index i : order) sorted.push_back(g[static_cast<size_t>(i)]);
        g = std::move(sorted);
    }
    st.groups_version = app.corpus_version;
    st.groups_filter = st.filter;
}
}  // namespace

void SetEntityFilter(AppState& app, core::Index entity) {
    if (entity != core::kNone && (entity < 0 || entity >= static_cast<core::Index>(app.corpus.entities.size())))
        return;
    Selection s;
    s.article = app.selection.article;
    s.entity = entity;
    Select(app, s);
}

void DrawEntities(AppState& app, EntitiesState& st) {
    st.row_entity.clear();
    st.row_center_y.clear();
    st.shortened = 0;
    if (!BeginPane("Entities", st.x, st.y, st.w, st.h, false)) return;
    const Palette& pal = CurrentPalette();
    const float s = app.pixel_scale;
    if (st.groups_version != app.corpus_version || st.groups_filter != st.filter) Rebuild(app, st);
    size_t total = 0;
    for (const auto& g : st.groups) total += g.size();

    ImGui::PushFont(app.fonts.ui_bold);
    ImGui::TextUnformatted("Entities");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%zu named", total);
    const core::Index active = app.selection.entity;
    if (active >= 0 && active < static_cast<core::Index>(app.corpus.entities.size())) {
        // The filter in force, and the way out of it.
        ImGui::PushFont(app.fonts.small);
        ImGui::TextDisabled("Filtering timeline and claims by");
        ImGui::SameLine();
        const std::string chip = app.corpus.entities[active].name + "  " + kCloseMark + "##clear";
        if (ImGui::SmallButton(chip.c_str())) SetEntityFilter(app, core::kNone);
        ImGui::SetItemTooltip("Clear the filter");
        ImGui::PopFont();
    }
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##filter", "Filter names", st.filter, sizeof st.filter);
    ImGui::Separator();

    ImGui::BeginChild("##entity_list");
    const float count_w = ImGui::CalcTextSize("000 · 0 art.").x;
    for (int k = 0; k < 5; ++k) {
        const auto& rows = st.groups[k];
        if (rows.empty()) continue;
        ImGui::PushID(k);
        ImGui::PushFont(app.fonts.small);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(pal.muted), "%s  %zu",
                           GroupLabel(static_cast<core::EntityKind>(k)), rows.size());
        ImGui::PopFont();
        for (const EntityRow& row : rows) {
            const core::Entity& e = app.corpus.entities[static_cast<size_t>(row.entity)];
            ImGui::PushID(row.entity);
            const bool selected = row.entity == active;
            const ImVec2 top = ImGui::GetCursorScreenPos();
            if (ImGui::Selectable("##entity", selected, ImGuiSelectableFlags_None, ImVec2(0, ImGui::GetTextLineHeight() + 4 * s)))
                SetEntityFilter(app, selected ? core::kNone : row.entity);
            const bool hovered = ImGui::IsItemHovered();
            const ImVec2 bottom = ImGui::GetItemRectMax();
            st.row_entity.push_back(row.entity);
            st.row_center_y.push_back((top.y + bottom.y) * 0.5f);
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const float right = ImGui::GetItemRectMax().x;
            const float text_y = top.y + 2 * s;
            // A name too long for the room left of the counts ends in "…" (clipped, it ended mid-letter).
            bool cut = false;
            const float name_x = top.x + 4 * s;
            AddTextEllipsis(dl, ImVec2(name_x, text_y), selected ? pal.accent : pal.ink, e.name, right - count_w - 8 * s - name_x, &cut);
            st.shortened += cut;
            if (hovered && (cut || !e.aliases.empty())) {
                std::string tip = cut ? e.name : "";
                if (!e.aliases.empty()) {
                    tip += cut ? "\nAlso: " : "Also: ";
                    for (size_t i = 0; i < e.aliases.size(); ++i) tip += (i ? ", " : "") + e.aliases[i];
                }
                ImGui::SetTooltip("%s", tip.c_str());
            }
            char counts[48];
            std::snprintf(counts, sizeof counts, "%d \xC2\xB7 %d art.", row.mentions, row.articles);
            const float cw = ImGui::CalcTextSize(counts).x;
            dl->AddText(ImVec2(right - cw - 4 * s, text_y), pal.muted, counts);
            ImGui::PopID();
        }
        ImGui::Spacing();
        ImGui::PopID();
    }
    if (total == 0) ImGui::TextDisabled(st.filter[0] ? "No name matches the filter." : "No names found in this story.");
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace ui
