#include "annotation_style.hpp"

namespace ui {

namespace {
ImU32 Rgba(int r, int g, int b, float a) { return ImGui::ColorConvertFloat4ToU32(ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a)); }

struct Rgb { int r, g, b; };

AnnotationColors Make(bool dark) {
    AnnotationColors c{};
    // Hues far enough apart to tell four kinds at a glance; on dark paper lighter and a little stronger.
    const Rgb kinds_light[4] = {{37, 99, 196}, {0, 128, 110}, {128, 70, 180}, {190, 120, 0}};
    const Rgb kinds_dark[4] = {{110, 165, 255}, {70, 200, 170}, {190, 140, 245}, {240, 180, 70}};
    const Rgb rel_light[4] = {{30, 130, 70}, {200, 45, 45}, {60, 90, 200}, {190, 110, 20}};
    const Rgb rel_dark[4] = {{90, 200, 120}, {255, 110, 100}, {130, 160, 255}, {245, 170, 80}};
    const float tint = dark ? 0.16f : 0.10f, hover = dark ? 0.26f : 0.18f, selected = dark ? 0.40f : 0.30f;
    for (int k = 0; k < 4; ++k) {
        const Rgb& h = dark ? kinds_dark[k] : kinds_light[k];
        c.claim_solid[k] = Rgba(h.r, h.g, h.b, 1.0f);
        c.claim_bg[k] = Rgba(h.r, h.g, h.b, tint);
        c.claim_bg_hover[k] = Rgba(h.r, h.g, h.b, hover);
        c.claim_bg_selected[k] = Rgba(h.r, h.g, h.b, selected);
        const Rgb& r = dark ? rel_dark[k] : rel_light[k];
        c.relation[k] = Rgba(r.r, r.g, r.b, 1.0f);
        c.relation_bg[k] = Rgba(r.r, r.g, r.b, dark ? 0.30f : 0.20f);
    }
    c.timex_line = dark ? Rgba(240, 150, 80, 0.95f) : Rgba(200, 90, 30, 0.9f);
    c.entity_line = dark ? Rgba(200, 200, 205, 0.55f) : Rgba(90, 90, 100, 0.55f);
    c.furniture_text = dark ? Rgba(150, 152, 158, 0.85f) : Rgba(105, 105, 110, 0.85f);
    c.search_hit = dark ? Rgba(255, 214, 10, 0.35f) : Rgba(255, 214, 10, 0.55f);
    c.search_current = dark ? Rgba(255, 150, 0, 0.65f) : Rgba(255, 150, 0, 0.70f);
    c.text_selection = dark ? Rgba(110, 170, 255, 0.40f) : Rgba(25, 95, 190, 0.28f);
    c.date_evidence = dark ? Rgba(240, 150, 80, 0.35f) : Rgba(200, 90, 30, 0.22f);
    return c;
}
}  // namespace

const AnnotationColors& AnnotationColorsFor(Theme theme) {
    // Built on first use: ImGui's colour conversion needs no context, so this is safe at any time.
    static const AnnotationColors light = Make(false);
    static const AnnotationColors dark = Make(true);
    return theme == Theme::Dark ? dark : light;
}

const char* KindLabel(core::ClaimKind kind) {
    switch (kind) {
        case core::ClaimKind::Event: return "Event";
        case core::ClaimKind::Quantity: return "Quantity";
        case core::ClaimKind::Quote: return "Quote";
        case core::ClaimKind::Assessment: return "Assessment";
    }
    return "Claim";
}

const char* KindBadge(core::ClaimKind kind) {
    switch (kind) {
        case core::ClaimKind::Event: return "EVENT";
        case core::ClaimKind::Quantity: return "QUANTITY";
        case core::ClaimKind::Quote: return "QUOTE";
        case core::ClaimKind::Assessment: return "ASSESSMENT";
    }
    return "CLAIM";
}

const char* RelationVerb(core::RelationType type) {
    switch (type) {
        case core::RelationType::Corroborates: return "corroborated";
        case core::RelationType::Contradicts: return "contradicted";
        case core::RelationType::Refines: return "refined";
        case core::RelationType::Evolves: return "evolved";
    }
    return "related";
}

}  // namespace ui
