#include "text_marks.hpp"

#include <algorithm>

#include "corpus.hpp"

namespace ui {

std::vector<TextMark> ArticleMarks(const core::Corpus& corpus, core::Index article) {
    std::vector<TextMark> marks;
    if (article < 0 || article >= static_cast<core::Index>(corpus.articles.size())) return marks;
    for (core::Index c : core::ClaimsOfArticle(corpus, article)) {
        const core::Span& s = corpus.claims[c].span;
        marks.push_back({s.start, s.end, kMarkClaim, c});
    }
    for (core::Index t : core::TimexesOfArticle(corpus, article)) {
        const core::Span& s = corpus.timexes[t].span;
        marks.push_back({s.start, s.end, kMarkTimex, t});
    }
    for (core::Index e = 0; e < static_cast<core::Index>(corpus.entities.size()); ++e)
        for (const core::Span& s : corpus.entities[e].mentions)
            if (s.article == article) marks.push_back({s.start, s.end, kMarkEntity, e});
    const core::Article& a = corpus.articles[article];
    for (int f = 0; f < static_cast<int>(a.furniture.size()); ++f)
        marks.push_back({a.furniture[f].range.start, a.furniture[f].range.end, kMarkFurniture, f});
    return marks;
}

void DrawMarkedText(ImDrawList* draw, const TextLayout& lay, std::string_view text, ImVec2 origin, float clip_y0,
                    float clip_y1, const MarkedTextLook& look) {
    if (lay.lines.empty() || !look.colors) return;
    const AnnotationColors& c = *look.colors;
    const TextStyle& st = lay.style;
    const float s = look.pixel_scale;
    int first = 0, last = 0;
    VisibleLines(lay, clip_y0 - origin.y, clip_y1 - origin.y, first, last);
    if (first >= last) return;
    const uint32_t vis_start = lay.lines[first].start, vis_end = lay.lines[last - 1].end;
    const float inset = (st.line_height - st.font_size) * 0.5f;
    const float ascent = st.font->Ascent * (st.font_size / st.font->FontSize);
    const int n_claims = look.corpus ? static_cast<int>(look.corpus->claims.size()) : 0;

    for (int li = first; li < last; ++li) {
        const TextLine& line = lay.lines[li];
        const float glyph_top = origin.y + line.y + inset;
        const float bg_y0 = glyph_top - 2 * s, bg_y1 = glyph_top + st.font_size + 3 * s;
        const TextRun* runs = lay.runs.data() + line.first_run;
        bool has_selected = false;

        // 1. Claim tints, by kind; the selected and the hovered claim stronger.
        for (uint32_t r = 0; r < line.run_count; ++r) {
            const TextRun& run = runs[r];
            const int claim = run.value[kMarkClaim];
            if (claim < 0 || claim >= n_claims) continue;
            const bool selected = claim == look.selected_claim;
            has_selected |= selected;
            if (!look.tint_claims && !selected) continue;
            const int kind = static_cast<int>(look.corpus->claims[claim].kind);
            const ImU32 col = selected ? c.claim_bg_selected[kind]
                              : claim == look.hovered_claim ? c.claim_bg_hover[kind] : c.claim_bg[kind];
            draw->AddRectFilled(ImVec2(origin.x + run.x, bg_y0), ImVec2(origin.x + run.x + run.w, bg_y1), col);
        }
        // A bar in the margin marks every line of the selected claim, so it is found at a glance.
        if (has_selected) {
            const int kind = static_cast<int>(look.corpus->claims[look.selected_claim].kind);
            draw->AddRectFilled(ImVec2(origin.x - 12 * s, origin.y + line.y),
                                ImVec2(origin.x - 9 * s, origin.y + line.y + st.line_height), c.claim_solid[kind]);
        }

        // 2. Overlays (search hits, evidence, the mouse selection) over the tints, under the glyphs.
        for (const TextOverlay& o : look.overlays) {
            if (o.end <= vis_start || o.start >= vis_end || o.end <= line.start || o.start > line.end) continue;
            const uint32_t a = std::max(o.start, line.start), b = std::min(o.end, line.end);
            float x0 = CaretX(lay, text, li, a), x1 = CaretX(lay, text, li, b);
            if (o.end > line.end && li + 1 < static_cast<int>(lay.lines.size())) x1 += st.font_size * 0.25f;
            if (x1 > x0) draw->AddRectFilled(ImVec2(origin.x + x0, bg_y0), ImVec2(origin.x + x1, bg_y1), o.color);
        }

        // 3. Glyphs: page furniture dimmed (still legible: the page is shown as published).
        for (uint32_t r = 0; r < line.run_count; ++r) {
            const TextRun& run = runs[r];
            const ImU32 col = run.Has(kMarkFurniture) ? c.furniture_text : look.ink;
            draw->AddText(st.font, st.font_size, ImVec2(origin.x + run.x, glyph_top), col, text.data() + run.start,
                          text.data() + run.end);
        }

        // 4. Underlines: dates solid, names dotted (subtle: names are everywhere in news).
        const float base = glyph_top + ascent + 2 * s;
        for (uint32_t r = 0; r < line.run_count; ++r) {
            const TextRun& run = runs[r];
            const float x0 = origin.x + run.x, x1 = x0 + run.w;
            if (run.Has(kMarkTimex)) {
                const float t = (run.value[kMarkTimex] == look.selected_timex ? 2.5f : 1.5f) * s;
                draw->AddRectFilled(ImVec2(x0, base), ImVec2(x1, base + t), c.timex_line);
            } else if (run.Has(kMarkEntity) && run.value[kMarkEntity] == look.selected_entity) {
                draw->AddRectFilled(ImVec2(x0, base), ImVec2(x1, base + 1.5f * s), look.ink);
            } else if (run.Has(kMarkEntity)) {
                const float step = 3 * s, dot = 1.2f * s;
                for (float x = x0 + 0.5f * s; x + dot <= x1; x += step)
                    draw->AddRectFilled(ImVec2(x, base), ImVec2(x + dot, base + dot), c.entity_line);
            }
        }
    }
}

}  // namespace ui
