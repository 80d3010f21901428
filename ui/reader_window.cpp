#include "reader_window.hpp"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "annotation_style.hpp"
#include "app.hpp"
#include "claim_index.hpp"
#include "text_marks.hpp"
#include "theme.hpp"

namespace ui {

namespace {

constexpr float kMeasure = 680.0f;          // logical px: about 75 characters of the 17 px serif, a book's measure
constexpr float kLineHeight = 1.6f;         // × font size: airy enough for tints not to touch between lines
constexpr float kParagraphGap = 0.75f;      // × font size, between paragraphs
constexpr float kScrollRate = 12.0f;        // 1/s: an exponential glide covers 95% of the way in a quarter second
constexpr float kEdgeScrollSpeed = 900.0f;  // logical px/s at full depth when a drag leaves the window
constexpr float kScrollMargin = 0.15f;      // × view height: a span this close to an edge counts as hidden

const char* kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December"};
const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

bool ValidArticle(const AppState& app, core::Index i) {
    return i >= 0 && i < static_cast<core::Index>(app.corpus.articles.size());
}

std::string LongDate(const core::Article& a) {
    if (a.published_day == core::kNoDay) return a.published.empty() ? "Date unknown" : a.published;
    const core::CivilDate c = core::CivilFromDay(a.published_day);
    return std::string(kWeekdays[core::Weekday(a.published_day) - 1]) + " " + std::to_string(c.day) + " " +
           kMonths[c.month - 1] + " " + std::to_string(c.year);
}

const char* CertaintyLabel(core::DateCertainty c) {
    switch (c) {
        case core::DateCertainty::Stated: return "stated on the page";
        case core::DateCertainty::Inferred: return "inferred from the text";
        case core::DateCertainty::Unknown: break;
    }
    return "not known";
}

// Word characters for double-click selection: letters, digits, apostrophes inside words, and any non-ASCII
// code point outside general punctuation (so "Kim’s" and "Wrocław" are one word, "—" is not).
bool IsWordChar(std::string_view text, uint32_t i, uint32_t& len) {
    const unsigned c = DecodeUtf8(text, i, len);
    if (c < 0x80) return std::isalnum(static_cast<int>(c)) || c == '\'' || c == '_';
    return !(c >= 0x2010 && c <= 0x206F && c != 0x2019) && c != 0xA0 && c != 0xAB && c != 0xBB;
}

void WordAt(std::string_view text, uint32_t at, uint32_t& a, uint32_t& b) {
    uint32_t len = 1;
    a = b = at;
    if (at >= text.size() || !IsWordChar(text, at, len)) return;
    b = at;
    while (b < text.size() && IsWordChar(text, b, len)) b += len;
    while (a > 0) {
        uint32_t p = a - 1;
        while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;  // back to a lead byte
        if (!IsWordChar(text, p, len)) break;
        a = p;
    }
}

// A selection made elsewhere (timeline, claims panel, search) that the reader has not yet shown.
struct Target {
    core::Index article = core::kNone;
    uint32_t start = 0, end = 0;
};

// Notices a new claim, date or search hit, opens its article, and returns where to scroll.
bool FollowSelection(AppState& app, ReaderState& st, Target& out) {
    const Selection& sel = app.selection;
    const core::Corpus& c = app.corpus;
    bool changed = false;
    auto take = [&](const core::Span& s) { out = {s.article, s.start, s.end}; changed = true; };
    if (sel.claim != st.seen_claim) {
        st.seen_claim = sel.claim;
        if (sel.claim >= 0 && sel.claim < static_cast<core::Index>(c.claims.size())) take(c.claims[sel.claim].span);
    }
    if (sel.timex != st.seen_timex) {  // a date is more precise than its claim: it wins
        st.seen_timex = sel.timex;
        if (sel.timex >= 0 && sel.timex < static_cast<core::Index>(c.timexes.size())) take(c.timexes[sel.timex].span);
    }
    if (sel.event != st.seen_event) {  // an event picked on the timeline without a claim: its mention here
        st.seen_event = sel.event;
        if (!changed && sel.event >= 0 && sel.event < static_cast<core::Index>(c.events.size())) {
            const std::vector<core::Span>& mentions = c.events[sel.event].mentions;
            auto here = std::find_if(mentions.begin(), mentions.end(),
                                     [&](const core::Span& m) { return m.article == sel.article; });
            if (here != mentions.end()) take(*here);
            else if (!mentions.empty()) take(mentions.front());
        }
    }
    if (app.search_current != st.seen_search) {
        st.seen_search = app.search_current;
        if (app.search_current >= 0 && app.search_current < static_cast<int>(app.search_hits.size()))
            take(app.search_hits[app.search_current]);
    }
    if (!changed || !ValidArticle(app, out.article)) return false;
    if (out.article != sel.article) {
        Selection s = sel;
        s.article = out.article;
        Select(app, s);
    }
    return true;
}

void DrawHeader(AppState& app, ReaderState& st, const core::Article& a, float measure) {
    const Palette& pal = CurrentPalette();
    const float wrap_x = ImGui::GetCursorPosX() + measure;
    ImGui::PushTextWrapPos(wrap_x);
    ImGui::PushFont(app.fonts.small);
    std::string outlet = a.outlet.empty() ? "Article " + a.id : a.outlet;
    std::transform(outlet.begin(), outlet.end(), outlet.begin(), [](unsigned char ch) { return std::toupper(ch); });
    ImGui::PushStyleColor(ImGuiCol_Text, pal.accent);
    ImGui::TextUnformatted(outlet.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();

    ImGui::PushFont(app.fonts.title);
    ImGui::TextWrapped("%s", a.headline.empty() ? a.id.c_str() : a.headline.c_str());
    ImGui::PopFont();

    // The date, and how it is known: stated on the page, or inferred (the note says from what). Hovering
    // the label lights up the words that date the article; clicking unfolds the note.
    ImGui::PushFont(app.fonts.small);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
    ImGui::TextDisabled("%s", LongDate(a).c_str());
    // "· date inferred from the text" follows the date when it fits on the line, else starts the next one
    // whole (wrapped into the rest of a narrow line it read "inferre / d from / the text").
    const char* certainty = CertaintyLabel(a.published_certainty);
    ImGui::SameLine();
    const char* lead = "  \xC2\xB7  date ";
    if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(lead).x + ImGui::CalcTextSize(certainty).x > wrap_x) {
        ImGui::NewLine();
        lead = "date ";
    }
    ImGui::TextDisabled("%s", lead);
    ImGui::SameLine();
    const bool has_note = !a.published_note.empty();
    ImGui::PushStyleColor(ImGuiCol_Text, has_note ? pal.accent : ImGui::GetColorU32(ImGuiCol_TextDisabled));
    ImGui::TextUnformatted(certainty);
    ImGui::PopStyleColor();
    st.date_label_min = ImGui::GetItemRectMin();
    st.date_label_max = ImGui::GetItemRectMax();
    st.date_hovered = ImGui::IsItemHovered();
    if (has_note && st.date_hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        const ImVec2 mn = ImGui::GetItemRectMin(), mx = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddLine(ImVec2(mn.x, mx.y), mx, pal.accent, app.pixel_scale);
    }
    if (has_note && ImGui::IsItemClicked()) st.show_date_note = !st.show_date_note;
    ImGui::PopStyleVar();
    if (has_note && st.show_date_note) ImGui::TextWrapped("%s", a.published_note.c_str());
    ImGui::PopFont();
    ImGui::PopTextWrapPos();

    ImGui::Dummy(ImVec2(0, 4 * app.pixel_scale));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(p, ImVec2(p.x + measure, p.y), pal.rule, app.pixel_scale);
    ImGui::Dummy(ImVec2(0, 10 * app.pixel_scale));
}

const TextLayout& CachedLayout(AppState& app, ReaderState& st, core::Index index, float measure) {
    const ImFont* font = app.fonts.reading;
    if (st.layout_article != index || st.layout_width != measure || st.layout_font != font ||
        st.layout_font_size != font->FontSize) {
        TextStyle style;
        style.font = font;
        style.font_size = font->FontSize;
        style.line_height = std::round(font->FontSize * kLineHeight);
        style.paragraph_gap = std::round(font->FontSize * kParagraphGap);
        style.wrap_width = measure;
        const std::string& text = app.corpus.articles[index].text;
        st.layout = LayoutText(text, 0, static_cast<uint32_t>(text.size()), ArticleMarks(app.corpus, index), style);
        st.layout_article = index;
        st.layout_width = measure;
        st.layout_font = font;
        st.layout_font_size = font->FontSize;
        ++st.layout_count;
    }
    return st.layout;
}

void ClickAt(AppState& app, ReaderState& st, const TextRun* run, bool toggle_entity) {
    Selection s = app.selection;
    const int claim = run ? run->value[kMarkClaim] : -1;
    const int timex = run ? run->value[kMarkTimex] : -1;
    const int entity = run ? run->value[kMarkEntity] : -1;
    if (toggle_entity && entity >= 0) {
        s.entity = s.entity == entity ? core::kNone : entity;  // Ctrl+click on a name filters by it
    } else {
        s.claim = claim;
        s.timex = timex;
        s.event = claim >= 0 ? app.corpus.claims[claim].event : core::kNone;
    }
    // The span is under the mouse: already visible, so following the new selection must not scroll.
    st.seen_claim = s.claim;
    st.seen_timex = s.timex;
    st.seen_event = s.event;
    Select(app, s);
}

void Tooltip(const AppState& app, const TextRun& run) {
    const core::Corpus& c = app.corpus;
    if (!ImGui::BeginTooltip()) return;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
    if (run.Has(kMarkClaim)) {
        const core::Claim& cl = c.claims[run.value[kMarkClaim]];
        const ClaimLinks l = LinksOf(c, run.value[kMarkClaim]);
        ImGui::Text("%s claim", KindLabel(cl.kind));
        if (!cl.attribution.outlet_voice && !cl.attribution.speaker_name.empty())
            ImGui::TextDisabled("according to %s", cl.attribution.speaker_name.c_str());
        if (cl.hedged) ImGui::TextDisabled("hedged: \xE2\x80\x9C%s\xE2\x80\x9D", cl.hedge_cue.c_str());
        if (l.corroborated_by) ImGui::TextDisabled("corroborated by %d", l.corroborated_by);
        if (l.contradicted) ImGui::TextDisabled("contradicted");
    }
    if (run.Has(kMarkTimex)) {
        const core::Timex& t = c.timexes[run.value[kMarkTimex]];
        ImGui::Text("Date: %s", t.value.c_str());
    }
    if (run.Has(kMarkEntity)) {
        const core::Entity& e = c.entities[run.value[kMarkEntity]];
        ImGui::Text("%s (%s)", e.name.c_str(), core::ToString(e.kind));
        ImGui::TextDisabled("Ctrl+click: show only its claims");
    }
    if (run.Has(kMarkFurniture)) {
        const core::Article& a = c.articles[app.selection.article];
        ImGui::TextDisabled("Page furniture: %s", a.furniture[run.value[kMarkFurniture]].kind.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// Mouse on the text block (an invisible button the size of the text): click selects, drag selects text.
void HandleMouse(AppState& app, ReaderState& st, const TextLayout& lay, std::string_view text, float view_top,
                 float view_bottom) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 local(io.MousePos.x - st.text_origin.x, io.MousePos.y - st.text_origin.y);
    if (ImGui::IsItemActivated()) {
        st.press_pos = io.MousePos;
        st.dragging = false;
        const uint32_t caret = CaretAt(lay, text, local);
        if (io.KeyShift && st.sel_anchor != st.sel_caret) {
            st.sel_caret = caret;            // Shift+click extends the selection, as in any editor
            st.dragging = true;
        } else {
            st.sel_anchor = st.sel_caret = caret;
        }
        if (io.MouseClickedCount[0] == 2) {  // double click: the word
            WordAt(text, st.sel_anchor, st.sel_anchor, st.sel_caret);
            st.dragging = true;              // so the release keeps the word instead of clicking
        }
    }
    if (ImGui::IsItemActive() && io.MouseClickedCount[0] < 2) {
        if (!st.dragging && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) st.dragging = true;
        if (st.dragging) {
            st.sel_caret = CaretAt(lay, text, local);
            // Dragging past the top or bottom edge scrolls, faster the further out the mouse is.
            const float depth = io.MousePos.y < view_top ? io.MousePos.y - view_top
                                : io.MousePos.y > view_bottom ? io.MousePos.y - view_bottom : 0.0f;
            if (depth != 0) {
                const float speed = kEdgeScrollSpeed * std::clamp(depth / (80 * app.pixel_scale), -1.0f, 1.0f);
                ImGui::SetScrollY(ImGui::GetScrollY() + speed * app.pixel_scale * io.DeltaTime);
                app.animating = true;
            }
        }
    }
    if (ImGui::IsItemDeactivated()) {
        if (!st.dragging) {
            const ImVec2 press(st.press_pos.x - st.text_origin.x, st.press_pos.y - st.text_origin.y);
            ClickAt(app, st, RunAt(lay, text, press), io.KeyCtrl || io.KeySuper);
        }
        st.dragging = false;
    }
    st.hovered_claim = core::kNone;
    if (ImGui::IsItemHovered() && !ImGui::IsItemActive()) {
        if (const TextRun* run = RunAt(lay, text, local)) {
            st.hovered_claim = run->value[kMarkClaim];
            ImGui::SetMouseCursor(run->Has(kMarkClaim) ? ImGuiMouseCursor_Hand : ImGuiMouseCursor_TextInput);
            const bool marked = run->Has(kMarkClaim) || run->Has(kMarkTimex) || run->Has(kMarkEntity) ||
                                run->Has(kMarkFurniture);
            if (marked && ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) Tooltip(app, *run);
        }
    }
    if (ImGui::IsItemActive() && st.dragging) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
}

// The overlays of this frame, in drawing order: evidence of the date, search hits, the mouse selection.
std::vector<TextOverlay> Overlays(const AppState& app, const ReaderState& st, const core::Article& a,
                                  const AnnotationColors& colors) {
    std::vector<TextOverlay> out;
    if (st.date_hovered && a.published_evidence.end > a.published_evidence.start)
        out.push_back({a.published_evidence.start, a.published_evidence.end, colors.date_evidence});
    const core::Index article = app.selection.article;
    auto first = std::lower_bound(app.search_hits.begin(), app.search_hits.end(), article,
                                  [](const core::Span& s, core::Index v) { return s.article < v; });
    for (auto it = first; it != app.search_hits.end() && it->article == article; ++it) {
        const bool current = (it - app.search_hits.begin()) == app.search_current;
        out.push_back({it->start, it->end, current ? colors.search_current : colors.search_hit});
    }
    const uint32_t a0 = std::min(st.sel_anchor, st.sel_caret), a1 = std::max(st.sel_anchor, st.sel_caret);
    if (a1 > a0) out.push_back({a0, a1, colors.text_selection});
    return out;
}

// Scrolls so [start, end) is in view (only when it is not already), gliding over a few frames.
void AimAt(ReaderState& st, const TextLayout& lay, std::string_view text, uint32_t start, uint32_t end,
           float scroll, float view_h, float content_h) {
    std::vector<TextRect> rects;
    RangeRects(lay, text, start, std::max(end, start + 1), rects);
    if (rects.empty()) return;
    const float top = st.text_top + rects.front().min.y, bottom = st.text_top + rects.back().max.y;
    const float margin = view_h * kScrollMargin;
    if (top >= scroll + margin && bottom <= scroll + view_h - margin) { st.scroll_target = -1; return; }
    // Long spans start a third of the way down; short ones sit there too, with context above them.
    const float max_scroll = std::max(0.0f, content_h - view_h);
    st.scroll_target = std::clamp(top - view_h * 0.3f, 0.0f, max_scroll);
}

void Glide(AppState& app, ReaderState& st, float cur, bool fresh) {
    if (st.scroll_target < 0) return;
    // ImGui clamps to the last frame's content: a target past it would never be reached (a fresh article's
    // content is not measured yet, so its target stands for one frame).
    if (!fresh) st.scroll_target = std::min(st.scroll_target, ImGui::GetScrollMaxY());
    if (ImGui::IsWindowHovered() && ImGui::GetIO().MouseWheel != 0) { st.scroll_target = -1; return; }  // the reader took over
    const float step = 1.0f - std::exp(-kScrollRate * ImGui::GetIO().DeltaTime);
    // ImGui keeps scroll positions in whole pixels: each step moves at least one, or the glide would stall.
    const float delta = st.scroll_target - cur;
    const float next = cur + std::copysign(std::max(1.0f, std::fabs(delta) * step), delta);
    if (std::fabs(st.scroll_target - next) < 1.0f || std::fabs(delta) <= 1.0f) {
        ImGui::SetScrollY(st.scroll_target);
        st.scroll_target = -1;
    } else {
        ImGui::SetScrollY(next);
        app.animating = true;
    }
}

// Ctrl+C copies the selection, Ctrl+A selects the whole article, Escape clears the selection.
void Keys(const AppState& app, ReaderState& st, const core::Article& a) {
    if (!ImGui::IsWindowFocused()) return;
    const std::string_view selected = ReaderSelectedText(app, st);
    if (!selected.empty() && ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_C))
        ImGui::SetClipboardText(std::string(selected).c_str());
    if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_A)) {
        st.sel_anchor = 0;
        st.sel_caret = static_cast<uint32_t>(a.text.size());
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Escape)) st.sel_anchor = st.sel_caret = 0;
}

// Right click on the text: copy the selection or the claim under the mouse, select all.
void ContextMenu(AppState& app, ReaderState& st, const core::Article& a) {
    if (ImGui::IsItemClicked(ImGuiMouseButton_Right)) {
        const ImVec2 m = ImGui::GetIO().MousePos;
        const TextRun* run = RunAt(st.layout, a.text, ImVec2(m.x - st.text_origin.x, m.y - st.text_origin.y));
        st.context_claim = run ? run->value[kMarkClaim] : core::kNone;
        ImGui::OpenPopup("##reader_menu");
    }
    if (!ImGui::BeginPopup("##reader_menu")) return;
    const std::string_view selected = ReaderSelectedText(app, st);
    if (ImGui::MenuItem("Copy", "Ctrl+C", false, !selected.empty())) ImGui::SetClipboardText(std::string(selected).c_str());
    const core::Index c = st.context_claim;
    if (c >= 0 && c < static_cast<core::Index>(app.corpus.claims.size())) {
        const core::Span& s = app.corpus.claims[c].span;
        if (ImGui::MenuItem("Copy this claim"))
            ImGui::SetClipboardText(std::string(core::TextOf(a, s.start, s.end)).c_str());
        if (ImGui::MenuItem("Select this claim's text")) {
            st.sel_anchor = s.start;
            st.sel_caret = s.end;
        }
    }
    if (ImGui::MenuItem("Select all", "Ctrl+A")) {
        st.sel_anchor = 0;
        st.sel_caret = static_cast<uint32_t>(a.text.size());
    }
    ImGui::EndPopup();
}

}  // namespace

void RevealInReader(ReaderState& st) {
    st.seen_claim = core::kNone;
    st.seen_timex = core::kNone;
    st.seen_event = core::kNone;
}

std::string_view ReaderSelectedText(const AppState& app, const ReaderState& st) {
    if (!ValidArticle(app, st.shown_article)) return {};
    const std::string& text = app.corpus.articles[st.shown_article].text;
    const uint32_t a = std::min(st.sel_anchor, st.sel_caret), b = std::max(st.sel_anchor, st.sel_caret);
    if (b > text.size() || a >= b) return {};
    return std::string_view(text).substr(a, b - a);
}

bool ReaderRangeRect(const AppState& app, const ReaderState& st, uint32_t start, uint32_t end, ImVec2& min,
                     ImVec2& max) {
    if (!ValidArticle(app, st.layout_article) || st.layout_article != st.shown_article) return false;
    std::vector<TextRect> rects;
    RangeRects(st.layout, app.corpus.articles[st.layout_article].text, start, end, rects);
    if (rects.empty()) return false;
    min = ImVec2(st.text_origin.x + rects[0].min.x, st.text_origin.y + rects[0].min.y);
    max = ImVec2(st.text_origin.x + rects[0].max.x, st.text_origin.y + rects[0].max.y);
    return true;
}

void DrawReader(AppState& app, ReaderState& st) {
    ImGui::SetNextWindowPos(ImVec2(st.x, st.y));
    ImGui::SetNextWindowSize(ImVec2(st.w, st.h));
    ImGui::SetNextWindowBgAlpha(1.0f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoSavedSettings;
    if (!ImGui::Begin("Reader", nullptr, flags)) { ImGui::End(); return; }

    Target target;
    const bool follow = FollowSelection(app, st, target);
    const core::Index index = app.selection.article;
    if (!ValidArticle(app, index)) {
        ImGui::TextDisabled("Choose an article on the left.");
        st.shown_article = core::kNone;
        ImGui::End();
        return;
    }
    // On an article switch ImGui still reports the old article's scroll until the next frame.
    const bool fresh = st.shown_article != index;
    if (fresh) {
        if (st.shown_article == core::kNone) st.layout_article = core::kNone;  // a new corpus: lay out afresh
        ImGui::SetScrollY(0);
        st.scroll_target = -1;
        st.sel_anchor = st.sel_caret = 0;
        st.dragging = false;
        st.show_date_note = false;
        st.shown_article = index;
    }
    const core::Article& a = app.corpus.articles[index];
    const float s = app.pixel_scale;
    const float avail = ImGui::GetContentRegionAvail().x;
    // A comfortable measure reads better than full-width lines; room on the left for the selection bar.
    const float measure = std::floor(std::min(avail - 16 * s, kMeasure * s));
    const float indent = std::max(16 * s, (avail - measure) * 0.5f);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
    ImGui::BeginGroup();
    DrawHeader(app, st, a, measure);

    const TextLayout& lay = CachedLayout(app, st, index, measure);
    st.text_origin = ImGui::GetCursorScreenPos();
    st.text_top = ImGui::GetCursorPosY();
    ImGui::InvisibleButton("##text", ImVec2(measure, std::max(1.0f, lay.height)));
    const ImVec2 clip_min = ImGui::GetWindowPos(), window_size = ImGui::GetWindowSize();
    const float view_top = clip_min.y, view_bottom = clip_min.y + window_size.y;
    HandleMouse(app, st, lay, a.text, view_top, view_bottom);

    Keys(app, st, a);
    ContextMenu(app, st, a);

    const AnnotationColors& colors = AnnotationColorsFor(app.theme);
    MarkedTextLook look;
    look.corpus = &app.corpus;
    look.colors = &colors;
    look.ink = CurrentPalette().ink;
    look.pixel_scale = s;
    look.selected_claim = app.selection.claim;
    look.hovered_claim = st.hovered_claim;
    look.selected_timex = app.selection.timex;
    look.selected_entity = app.selection.entity;
    look.overlays = Overlays(app, st, a, colors);
    DrawMarkedText(ImGui::GetWindowDrawList(), lay, a.text, st.text_origin, view_top, view_bottom, look);
    ImGui::Dummy(ImVec2(0, 40 * s));  // the last line need not sit on the window's edge
    ImGui::EndGroup();

    const float content_h = st.text_top + lay.height + 40 * s + ImGui::GetStyle().WindowPadding.y;
    const float scroll = fresh ? 0.0f : ImGui::GetScrollY();
    if (follow && target.article == index)
        AimAt(st, lay, a.text, target.start, target.end, scroll, window_size.y, content_h);
    Glide(app, st, scroll, fresh);
    ImGui::End();
}

}  // namespace ui
