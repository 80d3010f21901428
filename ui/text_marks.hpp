// text_marks.hpp — an article's layers as text marks, and drawing a laid-out article with them.
//
// Shared by the reader (the whole article) and the relation view (one claim's sentence with its evidence).
// Usage:
//   std::vector<ui::TextMark> marks = ui::ArticleMarks(corpus, article);
//   ui::TextLayout lay = ui::LayoutText(text, 0, text.size(), marks, style);
//   ui::MarkedTextLook look{…};  ui::DrawMarkedText(draw_list, lay, text, origin, y0, y1, look);
#pragma once
#include <imgui.h>

#include <string_view>
#include <vector>

#include "annotation_style.hpp"
#include "model.hpp"
#include "rich_text.hpp"

namespace ui {

// Claims (value = claim index), timexes (timex index), entity mentions (entity index) and furniture
// (index into Article::furniture) of one article.
std::vector<TextMark> ArticleMarks(const core::Corpus& corpus, core::Index article);

// A highlight drawn over the text regardless of marks: search hits, the mouse selection, evidence.
struct TextOverlay {
    uint32_t start = 0, end = 0;        // bytes of the article
    ImU32 color = 0;
};

struct MarkedTextLook {
    const core::Corpus* corpus = nullptr;   // for claim kinds
    const AnnotationColors* colors = nullptr;
    ImU32 ink = 0;                      // body text colour
    float pixel_scale = 1;              // hi-DPI factor for underline thickness and insets
    bool tint_claims = true;            // claims tinted by kind (the relation view shows evidence only)
    core::Index selected_claim = core::kNone;
    core::Index hovered_claim = core::kNone;
    core::Index selected_timex = core::kNone;
    core::Index selected_entity = core::kNone;  // the entity filter: its names underlined solid, not dotted
    std::vector<TextOverlay> overlays;  // drawn over claim tints, under the text, in this order
};

// Draws the lines of `layout` that intersect screen rows [clip_y0, clip_y1); `origin` is the screen
// position of the layout's (0, 0).
void DrawMarkedText(ImDrawList* draw, const TextLayout& layout, std::string_view text, ImVec2 origin,
                    float clip_y0, float clip_y1, const MarkedTextLook& look);

}  // namespace ui
