// annotation_style.hpp — the colours of marks on text: claim kinds, relation types, dates, names, hits.
//
// Derived from the active theme (light paper or dark), so the reader, the claims panel and the relation
// view agree on what "an event claim" or "contradicts" looks like. Usage:
//   const ui::AnnotationColors& c = ui::AnnotationColorsFor(app.theme);
//   draw->AddRectFilled(a, b, c.claim_bg[static_cast<int>(claim.kind)]);
#pragma once
#include <imgui.h>

#include "model.hpp"
#include "theme.hpp"

namespace ui {

struct AnnotationColors {
    ImU32 claim_solid[4];               // per core::ClaimKind: badges and margin bars
    ImU32 claim_bg[4];                  // a soft tint behind every claim's words
    ImU32 claim_bg_hover[4];            // the claim under the mouse
    ImU32 claim_bg_selected[4];         // the selected claim
    ImU32 relation[4];                  // per core::RelationType: corroborates, contradicts, refines, evolves
    ImU32 relation_bg[4];               // soft version, behind evidence words
    ImU32 timex_line;                   // underline of date expressions
    ImU32 entity_line;                  // dotted underline of names
    ImU32 furniture_text;               // page furniture (captions, repeated headlines): dimmed, still legible
    ImU32 search_hit, search_current;   // search matches; the focused one stronger
    ImU32 text_selection;               // the mouse selection
    ImU32 date_evidence;                // the words that date the article, while the date line is hovered
};

const AnnotationColors& AnnotationColorsFor(Theme theme);

// Short labels: "Event", "Quantity"…; relation badges: "corroborated", "contradicted", "refined", "evolved".
const char* KindLabel(core::ClaimKind kind);
const char* KindBadge(core::ClaimKind kind);  // the same in capitals, for badges: "EVENT"…
const char* RelationVerb(core::RelationType type);

}  // namespace ui
