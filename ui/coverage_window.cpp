#include "coverage_window.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "annotation_style.hpp"
#include "app.hpp"
#include "calendar.hpp"
#include "draw_text.hpp"
#include "layout.hpp"
#include "sort_order.hpp"
#include "theme.hpp"

namespace ui {

namespace {
constexpr uint8_t kCorroborated = 1, kContradicted = 2;
constexpr float kCompactHeadPx = 48;    // logical px: narrower columns head with the day and the article id
const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// A label cut with "…" to end before max_x (a word cut with no mark reads as another word: "Pyongyang" as
// "Pyor"); returns whether it was cut.
bool TextFitted(ImDrawList* dl, ImVec2 pos, float max_x, ImU32 color, const std::string& text) {
    bool cut = false;
    AddTextEllipsis(dl, pos, color, text, max_x - pos.x, &cut);
    return cut;
}

// A column head's line centred over its column's cells (cut with "…" to the column when too long); returns
// whether it was cut, and where it went in *x0, *x1.
bool TextCentered(ImDrawList* dl, float left, float right, float y, ImU32 color, const std::string& text, float* x0, float* x1) {
    const float w = AddTextEllipsis(nullptr, ImVec2(), color, text, right - left);
    bool cut = false;
    *x0 = (left + right - w) * 0.5f;
    *x1 = *x0 + AddTextEllipsis(dl, ImVec2(*x0, y), color, text, right - left, &cut);
    return cut;
}

std::string ShortDay(core::Day d) {
    if (d == core::kNoDay) return "undated";
    const core::CivilDate c = core::CivilFromDay(d);
    char buf[24];
    std::snprintf(buf, sizeof buf, "%d %s", c.day, kMonths[(c.month + 11) % 12]);
    return buf;
}

bool ValidClaim(const core::Corpus& c, core::Index k) { return k >= 0 && k < static_cast<core::Index>(c.claims.size()); }

// The first words of a claim, for rows of stories without events.
std::string ClaimLabel(const core::Corpus& c, const core::Claim& k) {
    if (k.span.article < 0 || k.span.article >= static_cast<core::Index>(c.articles.size())) return k.id;
    std::string t(core::TextOf(c.articles[k.span.article], k.span.start, k.span.end));
    if (t.size() > 80) {
        size_t cut = 80;
        while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
        t = t.substr(0, cut) + "\xE2\x80\xA6";
    }
    for (char& ch : t) if (ch == '\n') ch = ' ';
    return t;
}
}  // namespace

void BuildCoverage(const core::Corpus& c, CoverageState& st) {
    st.columns.clear();
    st.rows.clear();
    st.cells.clear();
    for (size_t i = 0; i < c.articles.size(); ++i) st.columns.push_back(static_cast<core::Index>(i));
    core::StableSortIndices(st.columns, [&](core::Index a, core::Index b) {
        const core::Day da = c.articles[a].published_day, db = c.articles[b].published_day;
        if ((da == core::kNoDay) != (db == core::kNoDay)) return db == core::kNoDay;
        return da < db;
    });
    std::vector<int> column_of(c.articles.size(), -1);
    for (size_t i = 0; i < st.columns.size(); ++i) column_of[static_cast<size_t>(st.columns[i])] = static_cast<int>(i);
    std::vector<uint8_t> flags(c.claims.size(), 0);
    for (const core::Relation& r : c.relations)
        for (core::Index k : r.claims)
            if (ValidClaim(c, k)) {
                if (r.type == core::RelationType::Corroborates) flags[k] |= kCorroborated;
                if (r.type == core::RelationType::Contradicts) flags[k] |= kContradicted;
            }
    const size_t ncol = st.columns.size();
    auto mark = [&](std::vector<CoverageCell>& row, core::Index article, core::Index claim) {
        if (article < 0 || static_cast<size_t>(article) >= column_of.size()) return;
        CoverageCell& cell = row[static_cast<size_t>(column_of[static_cast<size_t>(article)])];
        cell.reported = true;
        if (!ValidClaim(c, claim)) return;
        if (cell.claim == core::kNone || claim < cell.claim) cell.claim = claim;
        cell.corroborated = cell.corroborated || (flags[claim] & kCorroborated);
        cell.contradicted = cell.contradicted || (flags[claim] & kContradicted);
    };
    // Filled field by field: GCC 12's -O2 flags the aggregate-initialised string as maybe uninitialised.
    struct Built { CoverageRow row; std::vector<CoverageCell> cells; core::Day day = core::kNoDay; };
    std::vector<Built> built;
    for (size_t e = 0; e < c.events.size(); ++e) {
        const core::Event& ev = c.events[e];
        Built b;
        b.row.event = static_cast<core::Index>(e);
        b.cells.resize(ncol);
        b.day = ev.date.earliest;
        for (const core::Span& m : ev.mentions) mark(b.cells, m.article, core::kNone);
        for (core::Index k : ev.claims)
            if (ValidClaim(c, k)) mark(b.cells, c.claims[k].span.article, k);
        for (const CoverageCell& cell : b.cells) b.row.reports += cell.reported;
        if (b.row.reports == 0) continue;
        b.row.label = ShortDay(ev.date.earliest) + "  \xC2\xB7  " + (ev.label.empty() ? ev.id : ev.label);
        built.push_back(std::move(b));
    }
    if (built.empty()) {
        // No events: each related claim is a row, filled where it and the claims related to it appear.
        std::vector<char> used(c.claims.size(), 0);
        for (size_t k = 0; k < c.claims.size(); ++k) {
            if (used[k] || !flags[k]) continue;
            Built b;
            b.row.claim = static_cast<core::Index>(k);
            b.row.label = ClaimLabel(c, c.claims[k]);
            b.cells.resize(ncol);
            mark(b.cells, c.claims[k].span.article, static_cast<core::Index>(k));
            used[k] = 1;
            for (const core::Relation& r : c.relations)
                if (std::find(r.claims.begin(), r.claims.end(), static_cast<core::Index>(k)) != r.claims.end())
                    for (core::Index other : r.claims)
                        if (ValidClaim(c, other)) { mark(b.cells, c.claims[other].span.article, other); used[other] = 1; }
            for (const CoverageCell& cell : b.cells) b.row.reports += cell.reported;
            built.push_back(std::move(b));
        }
    }
    const std::vector<core::Index> order = core::StableOrder(built.size(), [&](core::Index x, core::Index y) {
        const Built& a = built[static_cast<size_t>(x)];
        const Built& b = built[static_cast<size_t>(y)];
        if ((a.day == core::kNoDay) != (b.day == core::kNoDay)) return b.day == core::kNoDay;
        if (a.day != b.day) return a.day < b.day;
        return a.row.reports > b.row.reports;
    });
    for (core::Index i : order) {
        Built& b = built[static_cast<size_t>(i)];
        st.rows.push_back(std::move(b.row));
        st.cells.insert(st.cells.end(), b.cells.begin(), b.cells.end());
    }
}

void DrawCoverage(AppState& app, CoverageState& st) {
    st.shortened = 0;
    st.heads_cut = 0;
    st.label_tip = -1;
    if (!BeginPane("Coverage", st.x, st.y, st.w, st.h, false)) return;
    if (st.built_version != app.corpus_version) { BuildCoverage(app.corpus, st); st.built_version = app.corpus_version; }
    const Palette& pal = CurrentPalette();
    const AnnotationColors& colors = AnnotationColorsFor(app.theme);
    const core::Corpus& c = app.corpus;
    const float s = app.pixel_scale;
    const ImU32 kReported = pal.accent;
    const ImU32 kCorroboratedColor = colors.relation[static_cast<int>(core::RelationType::Corroborates)];
    const ImU32 kContradictedColor = colors.relation[static_cast<int>(core::RelationType::Contradicts)];

    ImGui::PushFont(app.fonts.ui_bold);
    ImGui::TextUnformatted("Coverage");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%zu %s \xC3\x97 %zu articles", st.rows.size(),
                        !st.rows.empty() && st.rows[0].event == core::kNone ? "claims" : "events", st.columns.size());
    // Legend, right-aligned: what the colours mean.
    {
        ImGui::PushFont(app.fonts.small);
        const char* labels[] = {"reported", "corroborated", "contradicted"};
        const ImU32 swatches[] = {kReported, kCorroboratedColor, kContradictedColor};
        float legend_w = 0;
        for (const char* l : labels) legend_w += ImGui::CalcTextSize(l).x + 22 * s;
        legend_w -= 10 * s;   // no gap after the last label
        // After the title when it fits there, else on a line of its own (a narrow pane: it overlapped the title).
        const float title_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
        const float right = ImGui::GetWindowContentRegionMax().x;
        if (title_end + 16 * s + legend_w <= right) ImGui::SameLine(right - legend_w);
        st.legend_x0 = ImGui::GetCursorScreenPos().x;
        st.title_x1 = title_end + ImGui::GetWindowPos().x;
        st.legend_y0 = ImGui::GetCursorScreenPos().y;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float base_y = ImGui::GetCursorScreenPos().y;   // each item from the same line (on a line of its
        for (int i = 0; i < 3; ++i) {                          // own, SameLine's y crept down item by item)
            const ImVec2 p(ImGui::GetCursorScreenPos().x, base_y);
            const float box = 9 * s, dy = (ImGui::GetTextLineHeight() - box) * 0.5f + 3 * s;
            dl->AddRectFilled(ImVec2(p.x, p.y + dy), ImVec2(p.x + box, p.y + dy + box), swatches[i], 2 * s);
            st.legend_text_y[i] = p.y + 3 * s;
            ImGui::SetCursorScreenPos(ImVec2(p.x + box + 5 * s, p.y + 3 * s));
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(pal.muted), "%s", labels[i]);
            ImGui::SameLine(0, 10 * s);
        }
        ImGui::NewLine();
        ImGui::PopFont();
    }
    if (st.rows.empty()) {
        ImGui::TextDisabled("No event or related claim to compare across articles yet.");
        ImGui::End();
        return;
    }

    // Geometry: a label column, then one square-ish column per article.
    const size_t ncol = st.columns.size();
    const float avail = ImGui::GetContentRegionAvail().x;
    // Cells stay between 22 and 72 px; the event labels take whatever width the cells leave.
    const float cells_room = avail - ImGui::GetStyle().ScrollbarSize;
    st.cell_w = std::clamp(cells_room * 0.55f / std::max<size_t>(ncol, 1), 22 * s, 72 * s);
    // The labels give way first (down to 64 px): past the room, the last column slid under the scrollbar.
    const float label_w = std::max(64 * s, cells_room - st.cell_w * ncol);
    st.cell_h = ImGui::GetTextLineHeight() + 8 * s;
    const float grid_x = ImGui::GetCursorScreenPos().x + label_w;

    // Column heads: date and outlet, cut to the column; the headline on hover.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::PushFont(app.fonts.small);
    const float head_y = ImGui::GetCursorScreenPos().y;
    const float line = ImGui::GetTextLineHeight();
    st.head_x0.assign(ncol * 2, 0);
    st.head_x1.assign(ncol * 2, 0);
    for (size_t col = 0; col < ncol; ++col) {
        const core::Article& a = c.articles[static_cast<size_t>(st.columns[col])];
        const float x0 = grid_x + st.cell_w * col;
        const bool open = st.columns[col] == app.selection.article;
        std::string day = a.published_day == core::kNoDay ? "\xE2\x80\x94" : ShortDay(a.published_day);
        std::string who = a.outlet.empty() ? a.id : a.outlet;
        const std::string whole_who = who;
        const float room = st.cell_w - 4 * s;
        if (room < kCompactHeadPx * s) {
            // A narrow column (a small window): "2…" over "IN…" says nothing; the day of the month ("20", the
            // columns run in date order) and the article's id ("001", as the reader's header names it) do.
            if (ImGui::CalcTextSize(day.c_str()).x > room && a.published_day != core::kNoDay)
                day = std::to_string(core::CivilFromDay(a.published_day).day);
            if (ImGui::CalcTextSize(who.c_str()).x > room && ImGui::CalcTextSize(a.id.c_str()).x <= room) who = a.id;
        }
        // Centred like the cells under them (left-aligned, a short head sat off to the left of its column).
        float* lo = &st.head_x0[col * 2];
        float* hi = &st.head_x1[col * 2];
        const int cut = TextCentered(dl, x0 + 2 * s, x0 + st.cell_w - 2 * s, head_y, open ? pal.accent : pal.muted, day, lo, hi) +
                        TextCentered(dl, x0 + 2 * s, x0 + st.cell_w - 2 * s, head_y + line, open ? pal.accent : pal.ink, who, lo + 1, hi + 1);
        st.shortened += cut;
        st.heads_cut += cut;
        if (ImGui::IsMouseHoveringRect(ImVec2(x0, head_y), ImVec2(x0 + st.cell_w, head_y + line * 2)) &&
            ImGui::IsWindowHovered())
            ImGui::SetTooltip("%s\n%s \xC2\xB7 %s", a.headline.c_str(), whole_who.c_str(), a.published.c_str());
    }
    ImGui::Dummy(ImVec2(0, line * 2 + 4 * s));
    ImGui::PopFont();

    ImGui::BeginChild("##grid");
    dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    st.grid_right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    st.grid_x = origin.x + label_w;
    st.grid_y = origin.y;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(st.rows.size()), st.cell_h);
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const CoverageRow& row = st.rows[static_cast<size_t>(r)];
            const float y0 = origin.y + st.cell_h * r;
            ImGui::SetCursorScreenPos(ImVec2(origin.x, y0));
            ImGui::PushID(r);
            ImGui::InvisibleButton("##row", ImVec2(label_w + st.cell_w * ncol, st.cell_h));
            const bool hovered = ImGui::IsItemHovered();
            const bool clicked = ImGui::IsItemClicked(ImGuiMouseButton_Left);
            const float mx = ImGui::GetIO().MousePos.x;
            const int hover_col = hovered && mx >= st.grid_x ? static_cast<int>((mx - st.grid_x) / st.cell_w) : -1;
            if (r % 2 == 1) dl->AddRectFilled(ImVec2(origin.x, y0), ImVec2(st.grid_x + st.cell_w * ncol, y0 + st.cell_h), (pal.panel & 0x00FFFFFF) | 0x90000000);
            const bool row_selected = (row.event != core::kNone && row.event == app.selection.event);
            const bool cut = TextFitted(dl, ImVec2(origin.x + 4 * s, y0 + 4 * s), st.grid_x - 8 * s,
                                        row_selected ? pal.accent : pal.ink, row.label);
            st.shortened += cut;
            if (cut && hovered && hover_col < 0) {  // the whole label
                ImGui::SetTooltip("%s", row.label.c_str());
                st.label_tip = r;
            }
            for (size_t col = 0; col < ncol; ++col) {
                const CoverageCell& cell = st.Cell(static_cast<size_t>(r), col);
                const float cx = st.grid_x + st.cell_w * (col + 0.5f), cy = y0 + st.cell_h * 0.5f;
                const float half = std::min(st.cell_w, st.cell_h) * 0.32f;
                const ImVec2 lo(cx - half, cy - half), hi(cx + half, cy + half);
                if (!cell.reported) { dl->AddRect(lo, hi, pal.rule, 3 * s); continue; }
                const ImU32 fill = cell.contradicted ? kContradictedColor : cell.corroborated ? kCorroboratedColor : kReported;
                dl->AddRectFilled(lo, hi, fill, 3 * s);
                if (cell.claim == core::kNone) dl->AddRectFilled(ImVec2(lo.x + 3 * s, lo.y + 3 * s), ImVec2(hi.x - 3 * s, hi.y - 3 * s), pal.paper, 2 * s);
                if (cell.claim != core::kNone && cell.claim == app.selection.claim)
                    dl->AddRect(ImVec2(lo.x - 3 * s, lo.y - 3 * s), ImVec2(hi.x + 3 * s, hi.y + 3 * s), pal.ink, 4 * s, 0, 1.5f * s);
                if (static_cast<int>(col) == hover_col) dl->AddRect(ImVec2(lo.x - 2 * s, lo.y - 2 * s), ImVec2(hi.x + 2 * s, hi.y + 2 * s), pal.accent, 4 * s);
            }
            if (hover_col >= 0 && hover_col < static_cast<int>(ncol)) {
                const CoverageCell& cell = st.Cell(static_cast<size_t>(r), static_cast<size_t>(hover_col));
                const core::Article& a = c.articles[static_cast<size_t>(st.columns[static_cast<size_t>(hover_col)])];
                const char* who = a.outlet.empty() ? a.id.c_str() : a.outlet.c_str();
                if (cell.reported)
                    ImGui::SetTooltip("%s reports this%s%s\nClick to read it", who,
                                      cell.corroborated ? " \xC2\xB7 corroborated" : "", cell.contradicted ? " \xC2\xB7 contradicted" : "");
                else ImGui::SetTooltip("%s does not report this", who);
                if (clicked && cell.reported) {
                    Selection sel;
                    sel.article = st.columns[static_cast<size_t>(hover_col)];
                    sel.claim = cell.claim;
                    sel.event = row.event;
                    sel.entity = app.selection.entity;
                    Select(app, sel);
                }
            } else if (hovered && clicked && row.event != core::kNone) {
                Selection sel = app.selection;   // a click on the label picks the event, keeps the article
                sel.event = row.event;
                sel.claim = core::kNone;
                Select(app, sel);
            }
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace ui
