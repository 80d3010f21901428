#include "claims_window.hpp"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>

#include "annotation_style.hpp"
#include "app.hpp"
#include "corpus.hpp"
#include "theme.hpp"

namespace ui {

namespace {

constexpr float kRowPadY = 8.0f;        // logical px above and below a row's content
constexpr float kRowPadX = 10.0f;       // logical px left and right
constexpr float kRowGap = 4.0f;         // logical px between a row's lines
constexpr int kSnippetLines = 2;        // the claim's words shown per row (the reader has the rest)
constexpr float kRelationShare = 0.5f;  // at most this share of the panel goes to the relation view

bool Names(const core::Corpus& c, const core::Claim& cl, core::Index entity) {
    if (std::find(cl.entities.begin(), cl.entities.end(), entity) != cl.entities.end()) return true;
    for (const core::Span& m : c.entities[entity].mentions)
        if (m.article == cl.span.article && m.start >= cl.span.start && m.end <= cl.span.end) return true;
    return false;
}

// "KCNA said", "according to Cho Han-bum", "Putin (quoted)", or "unattributed" (the outlet's own voice).
std::string SpeakerOf(const core::Corpus& c, const core::Claim& cl) {
    const core::Attribution& at = cl.attribution;
    if (at.outlet_voice || at.speaker_name.empty()) return "unattributed";
    std::string cue;
    if (at.cue.article >= 0 && at.cue.end > at.cue.start)
        cue = std::string(core::TextOf(c.articles[at.cue.article], at.cue.start, at.cue.end));
    std::string lower = cue;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char ch) { return std::tolower(ch); });
    // "according to X", "as reported by X": the cue reads before the name.
    if (lower.rfind("according to", 0) == 0) return "according to " + at.speaker_name;
    std::string name = at.speaker_name;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char ch) { return std::tolower(ch); });
    if (lower.rfind(name, 0) == 0) return cue;  // the cue already names the speaker: "Observers say"
    if (lower.size() > 3 && lower.compare(lower.size() - 3, 3, " by") == 0) return lower + " " + at.speaker_name;
    const bool word = !cue.empty() && std::all_of(cue.begin(), cue.end(), [](unsigned char ch) {
        return std::isalpha(ch) || ch == ' ' || ch == '-';
    });
    return word ? at.speaker_name + " " + lower : at.speaker_name + " (quoted)";
}

// The badges of a claim, in a fixed order: corroborated by N, contradicted, refined, evolved (×N when repeated).
std::vector<std::pair<core::RelationType, std::string>> BadgeList(const ClaimLinks& l) {
    std::vector<std::pair<core::RelationType, std::string>> out;
    auto times = [](const char* verb, int n) { return n > 1 ? std::string(verb) + " \xC3\x97" + std::to_string(n) : std::string(verb); };
    if (l.corroborated_by > 0) out.emplace_back(core::RelationType::Corroborates, "corroborated by " + std::to_string(l.corroborated_by));
    if (l.contradicted > 0) out.emplace_back(core::RelationType::Contradicts, times("contradicted", l.contradicted));
    if (l.refined > 0) out.emplace_back(core::RelationType::Refines, times("refined", l.refined));
    if (l.evolved > 0) out.emplace_back(core::RelationType::Evolves, times("evolved", l.evolved));
    return out;
}

std::string Badges(const ClaimLinks& l) {
    std::string out;
    for (const auto& [type, label] : BadgeList(l)) out += (out.empty() ? "" : " \xC2\xB7 ") + label;
    return out;
}

float PillHeight(const AppState& app) { return app.fonts.small->FontSize + 4 * app.pixel_scale; }

void RebuildRows(const AppState& app, ClaimsState& st, float width) {
    const core::Corpus& c = app.corpus;
    const core::Index article = app.selection.article;
    const core::Index entity =
        app.selection.entity >= 0 && app.selection.entity < static_cast<core::Index>(c.entities.size()) ? app.selection.entity
                                                                                                       : core::kNone;
    if (st.rows_version == app.corpus_version && st.rows_all == st.all_articles && st.rows_entity == entity &&
        st.rows_width == width && st.rows_font_size == app.fonts.ui->FontSize &&
        (st.all_articles || st.rows_article == article))
        return;
    st.rows_version = app.corpus_version;
    st.rows_all = st.all_articles;
    st.rows_entity = entity;
    st.rows_width = width;
    st.rows_font_size = app.fonts.ui->FontSize;
    st.rows_article = article;
    ++st.rows_builds;
    st.rows.clear();

    std::vector<core::Index> claims;
    if (st.all_articles) {
        for (core::Index i = 0; i < static_cast<core::Index>(c.claims.size()); ++i) claims.push_back(i);
    } else if (article >= 0 && article < static_cast<core::Index>(c.articles.size())) {
        claims = core::ClaimsOfArticle(c, article);
    }
    const float s = app.pixel_scale;
    TextStyle style;
    style.font = app.fonts.ui;
    style.font_size = app.fonts.ui->FontSize;
    style.line_height = std::round(style.font_size * 1.35f);
    style.wrap_width = std::max(40.0f, width - 2 * kRowPadX * s);
    style.max_lines = kSnippetLines;
    TextStyle small_style;
    small_style.font = app.fonts.small;
    small_style.font_size = app.fonts.small->FontSize;
    float y = 0;
    for (core::Index ci : claims) {
        const core::Claim& cl = c.claims[ci];
        if (entity != core::kNone && !Names(c, cl, entity)) continue;
        ClaimRow row;
        row.claim = ci;
        row.speaker = SpeakerOf(c, cl);
        if (cl.hedged) row.marks = cl.hedge_cue.empty() ? "hedged" : "hedged: " + cl.hedge_cue;
        if (cl.negated) row.marks += row.marks.empty() ? "negated" : "  \xC2\xB7  negated";
        row.marks_w = row.marks.empty() ? 0.0f : TextWidth(small_style, row.marks, 0, static_cast<uint32_t>(row.marks.size()));
        const core::Article& a = c.articles[cl.span.article];
        const std::string line1 = st.all_articles ? (a.outlet.empty() ? a.id : a.outlet) + "  \xC2\xB7  " + row.speaker : row.speaker;
        const float badge_w = TextWidth(small_style, KindBadge(cl.kind), 0, static_cast<uint32_t>(std::strlen(KindBadge(cl.kind))));
        const float room = width - 2 * kRowPadX * s - badge_w - 17 * s - (row.marks_w > 0 ? row.marks_w + 8 * s : 0.0f);
        row.line1 = Ellipsize(app.fonts.small, app.fonts.small->FontSize, line1, room);
        row.badges = Badges(st.index.links[ci]);
        row.snippet = LayoutText(c.articles[cl.span.article].text, cl.span.start, cl.span.end, {}, style);
        row.y = y;
        row.h = 2 * kRowPadY * s + PillHeight(app) + kRowGap * s + row.snippet.height +
                (row.badges.empty() ? 0.0f : kRowGap * s + PillHeight(app));
        y += row.h;
        st.rows.push_back(std::move(row));
    }
}

// Draws a pill (rounded label) at p; returns its width.
float Pill(ImDrawList* draw, ImFont* font, ImVec2 p, const char* label, ImU32 fill, ImU32 text, float s) {
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label);
    draw->AddRectFilled(p, ImVec2(p.x + size.x + 10 * s, p.y + font->FontSize + 4 * s), fill, 3 * s);
    draw->AddText(font, font->FontSize, ImVec2(p.x + 5 * s, p.y + 2 * s), text, label);
    return size.x + 10 * s;
}

void DrawBadges(const AppState& app, ImDrawList* draw, ImVec2 p, const ClaimLinks& l, const AnnotationColors& colors) {
    const float s = app.pixel_scale;
    for (const auto& [type, label] : BadgeList(l)) {
        const int k = static_cast<int>(type);
        p.x += Pill(draw, app.fonts.small, p, label.c_str(), colors.relation_bg[k], colors.relation[k], s) + 5 * s;
    }
}

void DrawRow(AppState& app, ClaimsState& st, const ClaimRow& row, ImVec2 p, float width) {
    const core::Corpus& c = app.corpus;
    const core::Claim& cl = c.claims[row.claim];
    const Palette& pal = CurrentPalette();
    const AnnotationColors& colors = AnnotationColorsFor(app.theme);
    const float s = app.pixel_scale;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const int kind = static_cast<int>(cl.kind);

    ImGui::SetCursorScreenPos(p);
    ImGui::PushID(row.claim);
    if (ImGui::InvisibleButton("##row", ImVec2(width, row.h))) {
        Selection sel = app.selection;
        sel.article = cl.span.article;
        sel.claim = row.claim;
        sel.timex = core::kNone;
        sel.event = cl.event;
        st.seen_claim = row.claim;  // clicked: already in view, no need to scroll the list
        Select(app, sel);
        RevealInReader(app.reader);  // even when it was selected already: the reader may have scrolled away
    }
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    st.drawn.push_back({row.claim, p, ImVec2(p.x + width, p.y + row.h)});
    const bool selected = app.selection.claim == row.claim;
    if (selected || hovered)
        draw->AddRectFilled(p, ImVec2(p.x + width, p.y + row.h),
                            ImGui::GetColorU32(selected ? ImGuiCol_Header : ImGuiCol_HeaderHovered, selected ? 1.0f : 0.5f));
    if (selected) draw->AddRectFilled(p, ImVec2(p.x + 3 * s, p.y + row.h), colors.claim_solid[kind]);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    draw->AddLine(ImVec2(p.x, p.y + row.h - 0.5f), ImVec2(p.x + width, p.y + row.h - 0.5f), pal.rule, 1.0f);

    // Line 1: kind badge, speaker (with the outlet when listing the whole story), hedging and negation.
    ImFont* small = app.fonts.small;
    float x = p.x + kRowPadX * s;
    const float y = p.y + kRowPadY * s;
    x += Pill(draw, small, ImVec2(x, y), KindBadge(cl.kind), colors.claim_solid[kind], pal.paper, s) + 7 * s;
    draw->AddText(small, small->FontSize, ImVec2(x, y + 2 * s), cl.attribution.outlet_voice ? pal.muted : pal.ink,
                  row.line1.c_str());
    if (!row.marks.empty())
        draw->AddText(small, small->FontSize, ImVec2(p.x + width - kRowPadX * s - row.marks_w, y + 2 * s), pal.marker,
                      row.marks.c_str());

    // Line 2: the claim's words, two lines at most.
    const TextStyle& ts = row.snippet.style;
    const float ty = y + PillHeight(app) + kRowGap * s;
    const std::string& text = c.articles[cl.span.article].text;
    for (const TextLine& line : row.snippet.lines)
        draw->AddText(ts.font, ts.font_size, ImVec2(p.x + kRowPadX * s, ty + line.y), pal.ink, text.data() + line.start,
                      text.data() + line.end);
    if (row.snippet.truncated && !row.snippet.lines.empty()) {
        const TextLine& last = row.snippet.lines.back();
        draw->AddText(ts.font, ts.font_size, ImVec2(p.x + kRowPadX * s + last.w, ty + last.y), pal.muted, "\xE2\x80\xA6");
    }
    // Line 3: how other articles relate to it.
    if (!row.badges.empty())
        DrawBadges(app, draw, ImVec2(p.x + kRowPadX * s, ty + row.snippet.height + kRowGap * s), st.index.links[row.claim],
                   colors);
}

void DrawHeader(AppState& app, ClaimsState& st) {
    const float s = app.pixel_scale;
    ImGui::PushFont(app.fonts.ui_bold);
    ImGui::TextUnformatted("Claims");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%d %s", static_cast<int>(st.rows.size()), st.all_articles ? "in the story" : "in this article");
    // Scope toggle: this article / the whole story.
    ImGui::PushFont(app.fonts.small);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(8 * s, 3 * s));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(2 * s, 4 * s));
    for (int i = 0; i < 2; ++i) {
        const bool active = st.all_articles == (i == 1);
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(active ? ImGuiCol_HeaderActive : ImGuiCol_FrameBg));
        if (i == 1) ImGui::SameLine();
        if (ImGui::Button(i == 0 ? "This article" : "All articles")) st.all_articles = i == 1;
        ImGui::PopStyleColor();
    }
    ImGui::PopStyleVar(2);
    // The entity filter, when one is set (by the entities panel or Ctrl+click on a name), with a way out.
    const core::Index e = app.selection.entity;
    if (e >= 0 && e < static_cast<core::Index>(app.corpus.entities.size())) {
        ImGui::SameLine(0, 12 * s);
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("naming");
        ImGui::SameLine();
        std::string chip = app.corpus.entities[e].name + "  " + kCloseMark;
        if (ImGui::SmallButton(chip.c_str())) {
            Selection sel = app.selection;
            sel.entity = core::kNone;
            Select(app, sel);
        }
        ImGui::SetItemTooltip("Show claims naming anyone");
    }
    ImGui::PopFont();
    ImGui::Separator();
}

void DrawList(AppState& app, ClaimsState& st, float height) {
    if (!ImGui::BeginChild("##claims", ImVec2(0, height))) {
        ImGui::EndChild();
        return;
    }
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float view_h = ImGui::GetWindowHeight(), scroll = ImGui::GetScrollY();
    if (st.rows.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled(app.selection.entity != core::kNone ? "No claim here names this entity."
                                                                : "No claims found in this article.");
        ImGui::PopTextWrapPos();
    }
    // A claim selected elsewhere (reader, timeline, relation view) scrolls into the list's view.
    if (app.selection.claim != st.seen_claim) {
        st.seen_claim = app.selection.claim;
        for (const ClaimRow& row : st.rows)
            if (row.claim == app.selection.claim && (row.y < scroll || row.y + row.h > scroll + view_h))
                ImGui::SetScrollY(std::max(0.0f, row.y - view_h * 0.3f));
    }
    // Only visible rows are drawn: rows are sorted by y, so a binary search finds the first one.
    auto first = std::lower_bound(st.rows.begin(), st.rows.end(), scroll,
                                  [](const ClaimRow& r, float v) { return r.y + r.h < v; });
    for (auto it = first; it != st.rows.end() && it->y < scroll + view_h; ++it)
        DrawRow(app, st, *it, ImVec2(origin.x, origin.y + it->y), width);
    const float total = st.rows.empty() ? 0.0f : st.rows.back().y + st.rows.back().h;
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + total));
    ImGui::Dummy(ImVec2(width, 1));
    ImGui::EndChild();
}

// Up/Down (or k/j) while the panel has focus: the previous/next claim of the list.
void StepWithKeys(AppState& app, ClaimsState& st) {
    if (st.rows.empty() || !ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) return;
    const int step = ImGui::IsKeyPressed(ImGuiKey_DownArrow) || ImGui::IsKeyPressed(ImGuiKey_J)   ? 1
                     : ImGui::IsKeyPressed(ImGuiKey_UpArrow) || ImGui::IsKeyPressed(ImGuiKey_K) ? -1
                                                                                                : 0;
    if (step == 0) return;
    int at = -1;
    for (int i = 0; i < static_cast<int>(st.rows.size()); ++i)
        if (st.rows[i].claim == app.selection.claim) at = i;
    const int next = at < 0 ? (step > 0 ? 0 : static_cast<int>(st.rows.size()) - 1)
                            : std::clamp(at + step, 0, static_cast<int>(st.rows.size()) - 1);
    const core::Claim& cl = app.corpus.claims[st.rows[next].claim];
    Selection sel = app.selection;
    sel.article = cl.span.article;
    sel.claim = st.rows[next].claim;
    sel.timex = core::kNone;
    sel.event = cl.event;
    Select(app, sel);
}

}  // namespace

void DrawClaims(AppState& app, ClaimsState& st) {
    ImGui::SetNextWindowPos(ImVec2(st.x, st.y));
    ImGui::SetNextWindowSize(ImVec2(st.w, st.h));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
    st.drawn.clear();
    if (!ImGui::Begin("Claims", nullptr, flags)) { ImGui::End(); return; }
    if (st.index_version != app.corpus_version) {
        RebuildClaimIndex(st.index, app.corpus);
        st.index_version = app.corpus_version;
        st.rows_version = -1;  // badges come from the index
    }
    // Rows are rebuilt before the header so its count is this frame's; the width excludes a scrollbar.
    const float width = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
    RebuildRows(app, st, width);
    DrawHeader(app, st);
    RebuildRows(app, st, width);  // the toggle may have changed the scope this frame

    const float avail = ImGui::GetContentRegionAvail().y;
    const core::Index claim = app.selection.claim;
    float relation_h = 0;
    // The relation view's text width leaves room for its own scrollbar, shown or not, so its layout is stable.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float relation_w = ImGui::GetContentRegionAvail().x - 2 * style.WindowPadding.x - style.ScrollbarSize;
    if (claim >= 0 && claim < static_cast<core::Index>(app.corpus.claims.size()))
        relation_h = std::min(avail * kRelationShare,
                              RelationViewHeight(app, st.relation, st.index, relation_w) + 2 * style.WindowPadding.y);
    DrawList(app, st, avail - relation_h);
    StepWithKeys(app, st);
    if (relation_h > 0) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetColorU32(ImGuiCol_PopupBg));
        ImGui::BeginChild("##relations", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
        DrawRelationView(app, st.relation, st.index, relation_w);
        ImGui::EndChild();
        ImGui::PopStyleColor();
    }
    ImGui::End();
}

}  // namespace ui
