#include "relation_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "annotation_style.hpp"
#include "app.hpp"
#include "calendar.hpp"
#include "claim_index.hpp"
#include "draw_text.hpp"
#include "text_marks.hpp"
#include "theme.hpp"

namespace ui {

namespace {

constexpr int kQuoteLines = 6;          // a quote longer than this ends in an ellipsis (the reader has the rest)
constexpr float kColumnGap = 10.0f;     // logical px between the two evidence boxes
constexpr float kBoxPad = 8.0f;         // logical px inside a box

const char* kShortMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string OutletOf(const core::Article& a) { return a.outlet.empty() ? "Article " + a.id : a.outlet; }

std::string ShortDate(const core::Article& a) {
    if (a.published_day == core::kNoDay) return a.published.empty() ? "undated" : a.published;
    const core::CivilDate c = core::CivilFromDay(a.published_day);
    std::string s = std::to_string(c.day) + " " + kShortMonths[c.month - 1] + " " + std::to_string(c.year);
    if (a.published_certainty == core::DateCertainty::Inferred) s += " (inferred)";
    return s;
}

const char* TypeLabel(core::RelationType t) {
    switch (t) {
        case core::RelationType::Corroborates: return "CORROBORATES";
        case core::RelationType::Contradicts: return "CONTRADICTS";
        case core::RelationType::Refines: return "REFINES";
        case core::RelationType::Evolves: return "EVOLVES";
    }
    return "RELATES";
}

float SmallLine(const AppState& app) { return app.fonts.small->FontSize + ImGui::GetStyle().ItemSpacing.y; }

float ColumnWidth(const AppState& app, float width) { return (width - kColumnGap * app.pixel_scale) * 0.5f; }

RelationSide MakeSide(const AppState& app, core::Index relation, core::Index claim, bool selected, float column) {
    const core::Corpus& c = app.corpus;
    RelationSide side;
    side.relation = relation;
    side.claim = claim;
    side.selected_side = selected;
    const core::Span& span = c.claims[claim].span;
    side.article = span.article;
    side.start = span.start;
    side.end = span.end;
    // Evidence on this side: the spans in the claim's article; the quote widens to show them all.
    for (const core::Span& e : c.relations[relation].evidence) {
        if (e.article != span.article) continue;
        side.evidence.push_back(e);
        side.start = std::min(side.start, e.start);
        side.end = std::max(side.end, e.end);
    }
    TextStyle style;
    style.font = app.fonts.reading_italic;
    style.font_size = style.font->FontSize * 0.88f;  // a quote in a narrow column: a touch smaller than the reader
    style.line_height = std::round(style.font_size * 1.4f);
    style.paragraph_gap = 0;
    style.wrap_width = column - 2 * kBoxPad * app.pixel_scale;
    style.max_lines = kQuoteLines;
    side.quote = LayoutText(c.articles[side.article].text, side.start, side.end, {}, style);
    return side;
}

float BoxHeight(const AppState& app, const RelationSide& side) {
    return 2 * kBoxPad * app.pixel_scale + 2 * SmallLine(app) + side.quote.height;
}

void Rebuild(const AppState& app, RelationViewState& st, const ClaimIndex& index, float width) {
    const core::Index claim = app.selection.claim;
    if (st.claim == claim && st.corpus_version == app.corpus_version && st.width == width &&
        st.font_size == app.fonts.reading_italic->FontSize)
        return;
    st.font_size = app.fonts.reading_italic->FontSize;
    st.claim = claim;
    st.corpus_version = app.corpus_version;
    st.width = width;
    st.sides.clear();
    st.explanations.clear();
    if (claim < 0 || claim >= static_cast<core::Index>(index.links.size())) return;
    const float column = ColumnWidth(app, width);
    for (core::Index r : index.links[claim].relations)
        for (core::Index other : OtherClaims(app.corpus.relations[r], claim)) {
            if (other < 0 || other >= static_cast<core::Index>(app.corpus.claims.size())) continue;
            st.sides.push_back(MakeSide(app, r, claim, true, column));
            st.sides.push_back(MakeSide(app, r, other, false, column));
            const std::string& text = app.corpus.relations[r].explanation;
            TextStyle style;
            style.font = app.fonts.ui;
            style.font_size = style.font->FontSize;
            style.line_height = std::round(style.font_size * 1.3f);
            style.wrap_width = width;
            st.explanations.push_back(LayoutText(text, 0, static_cast<uint32_t>(text.size()), {}, style));
        }
}

void DrawPill(ImDrawList* draw, ImFont* font, ImVec2 p, const char* label, ImU32 fill, ImU32 text, float s) {
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label);
    draw->AddRectFilled(p, ImVec2(p.x + size.x + 10 * s, p.y + size.y + 4 * s), fill, 3 * s);
    draw->AddText(font, font->FontSize, ImVec2(p.x + 5 * s, p.y + 2 * s), text, label);
}

void DrawSide(AppState& app, RelationSide& side, ImVec2 p, float column, float height, const AnnotationColors& colors,
              core::RelationType type) {
    const Palette& pal = CurrentPalette();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float s = app.pixel_scale, pad = kBoxPad * s;
    side.min = p;
    side.max = ImVec2(p.x + column, p.y + height);
    const core::Article& a = app.corpus.articles[side.article];
    bool hovered = false;
    if (!side.selected_side) {
        // The other side is a link: it opens that article at that claim.
        ImGui::SetCursorScreenPos(p);
        ImGui::PushID(static_cast<int>(side.relation) * 2 + 1);
        if (ImGui::InvisibleButton("##other", ImVec2(column, height))) {
            Selection sel = app.selection;
            sel.article = side.article;
            sel.claim = side.claim;
            sel.timex = core::kNone;
            sel.event = app.corpus.claims[side.claim].event;
            Select(app, sel);
        }
        hovered = ImGui::IsItemHovered();
        if (hovered) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            ImGui::SetItemTooltip("Open %s at this claim", OutletOf(a).c_str());
        }
        ImGui::PopID();
    }
    draw->AddRectFilled(side.min, side.max, hovered ? ImGui::GetColorU32(ImGuiCol_HeaderHovered)
                                                    : ImGui::GetColorU32(ImGuiCol_FrameBg), 4 * s);
    draw->AddRect(side.min, side.max, hovered ? pal.accent : pal.rule, 4 * s, 0, s);
    // A bar on the inner edge in the relation's colour ties the two boxes together.
    ImFont* small = app.fonts.small;
    float y = p.y + pad;
    const std::string outlet = OutletOf(a) + (side.selected_side ? "" : "  \xE2\x80\xBA");
    draw->AddText(app.fonts.ui_bold, small->FontSize, ImVec2(p.x + pad, y), hovered ? pal.accent : pal.ink,
                  outlet.c_str());
    y += SmallLine(app);
    draw->AddText(small, small->FontSize, ImVec2(p.x + pad, y), pal.muted, ShortDate(a).c_str());
    y += SmallLine(app);

    MarkedTextLook look;
    look.corpus = &app.corpus;
    look.colors = &colors;
    look.ink = pal.ink;
    look.pixel_scale = s;
    look.tint_claims = false;
    for (const core::Span& e : side.evidence)
        look.overlays.push_back({e.start, e.end, colors.relation_bg[static_cast<int>(type)]});
    const ImVec2 origin(p.x + pad, y);
    const std::string& text = a.text;
    DrawMarkedText(draw, side.quote, text, origin, origin.y, origin.y + side.quote.height, look);
    if (side.quote.truncated && !side.quote.lines.empty()) {
        const TextLine& last = side.quote.lines.back();
        const TextStyle& qs = side.quote.style;
        draw->AddText(qs.font, qs.font_size,
                      ImVec2(origin.x + last.w, origin.y + last.y + (qs.line_height - qs.font_size) * 0.5f), pal.muted,
                      "\xE2\x80\xA6");
    }
}

}  // namespace

float RelationViewHeight(const AppState& app, RelationViewState& st, const ClaimIndex& index, float width) {
    Rebuild(app, st, index, width);
    const float s = app.pixel_scale;
    float h = SmallLine(app) + 6 * s;  // the title
    if (st.collapsed && !st.sides.empty()) return SmallLine(app);
    if (st.sides.empty()) return h + ImGui::GetTextLineHeightWithSpacing() * 2;
    for (size_t i = 0; i + 1 < st.sides.size(); i += 2) {
        h += SmallLine(app) + 8 * s + st.explanations[i / 2].height + 6 * s;
        h += std::max(BoxHeight(app, st.sides[i]), BoxHeight(app, st.sides[i + 1])) + 16 * s;
    }
    return h;
}

void DrawRelationView(AppState& app, RelationViewState& st, const ClaimIndex& index, float width) {
    Rebuild(app, st, index, width);
    st.provenance_x1 = 0;
    const Palette& pal = CurrentPalette();
    const AnnotationColors& colors = AnnotationColorsFor(app.theme);
    const float s = app.pixel_scale;
    ImDrawList* draw = ImGui::GetWindowDrawList();

    // Title, and a toggle that folds the view away to give the claims list the room.
    ImGui::PushFont(app.fonts.small);
    const int relations = static_cast<int>(st.sides.size() / 2);
    // The title keeps clear of the toggle at the right: shorter words in a narrow panel, then "…" (the
    // toggle was drawn over "SEE IT · 1" at 800 px).
    const char* label = relations > 0 ? (st.collapsed ? "show" : "hide") : "";
    const float label_w = relations > 0 ? ImGui::CalcTextSize(label).x : 0;
    const float title_room = width - (relations > 0 ? label_w + 12 * s : 0);
    char title[64];
    std::snprintf(title, sizeof title, relations > 0 ? "HOW OTHER ARTICLES SEE IT  \xC2\xB7  %d" : "HOW OTHER ARTICLES SEE IT", relations);
    if (ImGui::CalcTextSize(title).x > title_room)
        std::snprintf(title, sizeof title, relations > 0 ? "OTHER ARTICLES  \xC2\xB7  %d" : "OTHER ARTICLES", relations);
    const ImVec2 title_pos = ImGui::GetCursorScreenPos();
    const float title_w = AddTextEllipsis(draw, title_pos, pal.muted, title, title_room);
    ImGui::Dummy(ImVec2(title_w, ImGui::GetTextLineHeight()));
    st.title_x1 = title_pos.x + title_w;
    st.right = title_pos.x + width;
    st.toggle_x0 = st.right;
    if (relations > 0) {
        ImGui::SameLine(ImGui::GetCursorPosX() + width - label_w);
        st.toggle_x0 = ImGui::GetCursorScreenPos().x;
        ImGui::PushStyleColor(ImGuiCol_Text, pal.accent);
        ImGui::TextUnformatted(label);
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ImGui::IsItemClicked()) st.collapsed = !st.collapsed;
    }
    ImGui::PopFont();
    if (st.collapsed && relations > 0) return;
    ImGui::Dummy(ImVec2(0, 2 * s));
    if (st.sides.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextDisabled("No other article corroborates, contradicts, refines or updates this claim.");
        ImGui::PopTextWrapPos();
        return;
    }
    const float column = ColumnWidth(app, width);
    for (size_t i = 0; i + 1 < st.sides.size(); i += 2) {
        const core::Relation& r = app.corpus.relations[st.sides[i].relation];
        const int type = static_cast<int>(r.type);
        // Type pill and provenance.
        ImVec2 p = ImGui::GetCursorScreenPos();
        DrawPill(draw, app.fonts.small, p, TypeLabel(r.type), colors.relation[type], pal.paper, s);
        const float pill_w = app.fonts.small->CalcTextSizeA(app.fonts.small->FontSize, FLT_MAX, 0, TypeLabel(r.type)).x;
        const char* prov = r.provenance == core::Provenance::Curated ? "curated by an editor" : "found by extraction";
        ImGui::PushFont(app.fonts.small);   // "…" at the panel's edge (clipped, it read "found by extra")
        const float prov_x = p.x + pill_w + 18 * s;
        st.provenance_x1 = std::max(st.provenance_x1, prov_x + AddTextEllipsis(draw, ImVec2(prov_x, p.y + 2 * s), pal.muted,
                                                                               prov, p.x + width - prov_x));
        ImGui::PopFont();
        ImGui::Dummy(ImVec2(width, SmallLine(app) + 8 * s - ImGui::GetStyle().ItemSpacing.y));
        // The one-line explanation a reader understands (wrapped by rich_text: ImGui's wrap splits at quotes).
        const TextLayout& ex = st.explanations[i / 2];
        p = ImGui::GetCursorScreenPos();
        for (const TextLine& line : ex.lines)
            draw->AddText(ex.style.font, ex.style.font_size, ImVec2(p.x, p.y + line.y), pal.ink,
                          r.explanation.data() + line.start, r.explanation.data() + line.end);
        ImGui::Dummy(ImVec2(width, ex.height + 6 * s - ImGui::GetStyle().ItemSpacing.y));
        // The two sides, evidence highlighted.
        p = ImGui::GetCursorScreenPos();
        const float box_h = std::max(BoxHeight(app, st.sides[i]), BoxHeight(app, st.sides[i + 1]));
        DrawSide(app, st.sides[i], p, column, box_h, colors, r.type);
        DrawSide(app, st.sides[i + 1], ImVec2(p.x + column + kColumnGap * s, p.y), column, box_h, colors, r.type);
        ImGui::SetCursorScreenPos(p);
        ImGui::Dummy(ImVec2(width, box_h + 16 * s - ImGui::GetStyle().ItemSpacing.y));
    }
}

}  // namespace ui
