#include "timeline_window.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app.hpp"
#include "theme.hpp"

namespace ui {

namespace {
constexpr double kMinSpanDays = 3.0;        // zooming in stops at ~3 days across the view
constexpr double kMaxSpanDays = 365.25 * 400;  // and out at four centuries

const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// The first tick at or after `day` for a tick step measured in months (>=1) or days (months == 0).
double NextTick(double day, int months, int days) {
    core::CivilDate c = core::CivilFromDay(static_cast<core::Day>(std::floor(day)));
    if (months == 0) {
        const double d = std::ceil(day / days) * days;
        return d;
    }
    int total = c.year * 12 + (c.month - 1);
    total = (total + months - 1) / months * months;
    core::Day t = core::DayFromCivil(total / 12, total % 12 + 1, 1);
    if (t < day) {
        total += months;
        t = core::DayFromCivil(total / 12, total % 12 + 1, 1);
    }
    return t;
}
}  // namespace

void FitTimeline(const AppState& app, TimelineState& st) {
    core::Day lo = core::kNoDay, hi = core::kNoDay;
    auto extend = [&](core::Day a, core::Day b) {
        if (a == core::kNoDay || b == core::kNoDay) return;
        lo = lo == core::kNoDay ? a : std::min(lo, a);
        hi = hi == core::kNoDay ? b : std::max(hi, b);
    };
    for (const core::Article& a : app.corpus.articles) extend(a.published_day, a.published_day);
    for (const core::Event& e : app.corpus.events) extend(e.date.earliest, e.date.latest);
    if (lo == core::kNoDay) { lo = core::DayFromCivil(2024, 1, 1); hi = lo + 365; }
    const double pad = std::max(15.0, (hi - lo) * 0.08);
    st.view_start = lo - pad;
    st.view_end = hi + 1 + pad;
    st.fitted = true;
}

void DrawTimeline(AppState& app, TimelineState& st) {
    if (!st.fitted) FitTimeline(app, st);
    ImGui::SetNextWindowPos(ImVec2(st.x, st.y));
    ImGui::SetNextWindowSize(ImVec2(st.w, st.h));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (!ImGui::Begin("Timeline", nullptr, flags)) { ImGui::End(); return; }
    const Palette& pal = CurrentPalette();
    const float s = app.pixel_scale;
    ImGui::PushFont(app.fonts.ui_bold);
    ImGui::TextUnformatted("Timeline");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("  wheel to zoom, drag to pan");

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    ImGui::InvisibleButton("##canvas", ImVec2(std::max(avail.x, 1.0f), std::max(avail.y, 1.0f)));
    const bool hovered = ImGui::IsItemHovered();
    const double span = st.view_end - st.view_start;
    const double px_per_day = avail.x / span;
    ImGuiIO& io = ImGui::GetIO();

    // Zoom at the cursor: the day under the mouse stays under the mouse.
    if (hovered && io.MouseWheel != 0.0f) {
        const double at = st.view_start + (io.MousePos.x - origin.x) / px_per_day;
        const double factor = std::pow(0.85, io.MouseWheel);
        const double new_span = std::clamp(span * factor, kMinSpanDays, kMaxSpanDays);
        st.view_start = at - (at - st.view_start) * (new_span / span);
        st.view_end = st.view_start + new_span;
    }
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f)) {
        const double shift = io.MouseDelta.x / px_per_day;
        st.view_start -= shift;
        st.view_end -= shift;
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 lo(origin.x, origin.y), hi(origin.x + avail.x, origin.y + avail.y);
    dl->PushClipRect(lo, hi, true);
    auto x_of = [&](double day) { return static_cast<float>(origin.x + (day - st.view_start) * px_per_day); };
    const float axis_y = hi.y - 26 * s;
    dl->AddLine(ImVec2(lo.x, axis_y), ImVec2(hi.x, axis_y), pal.rule, 1.0f * s);

    // Adaptive ticks: the finest unit whose labels keep ~90 px apart (days → months → years → decades).
    struct Step { int months, days; };
    const Step steps[] = {{0, 1}, {0, 2}, {0, 7}, {1, 0}, {3, 0}, {6, 0}, {12, 0}, {24, 0}, {60, 0}, {120, 0}, {600, 0}};
    Step step = steps[std::size(steps) - 1];
    for (const Step& c : steps) {
        const double days = c.months ? c.months * 30.44 : c.days;
        if (days * px_per_day >= 90 * s) { step = c; break; }
    }
    ImGui::PushFont(app.fonts.small);
    char label[32];
    for (double t = NextTick(st.view_start, step.months, step.days); t <= st.view_end;
         t = NextTick(t + 1, step.months, step.days)) {
        const float x = x_of(t);
        const core::CivilDate c = core::CivilFromDay(static_cast<core::Day>(t));
        if (step.months >= 12) std::snprintf(label, sizeof label, "%d", c.year);
        else if (step.months > 0) std::snprintf(label, sizeof label, "%s %d", kMonths[c.month - 1], c.year);
        else std::snprintf(label, sizeof label, "%d %s", c.day, kMonths[c.month - 1]);
        dl->AddLine(ImVec2(x, axis_y), ImVec2(x, axis_y + 5 * s), pal.muted, 1.0f * s);
        dl->AddLine(ImVec2(x, lo.y), ImVec2(x, axis_y), (pal.rule & 0x00FFFFFF) | 0x50000000, 1.0f);
        dl->AddText(ImVec2(x + 3 * s, axis_y + 6 * s), pal.muted, label);
    }

    // Publication dates, one marker per article, stacked so labels do not collide.
    const float row_h = ImGui::GetTextLineHeight() + 6 * s;
    int row = 0;
    for (int i = 0; i < static_cast<int>(app.corpus.articles.size()); ++i) {
        const core::Article& a = app.corpus.articles[i];
        if (a.published_day == core::kNoDay) continue;
        const float x = x_of(a.published_day + 0.5);
        const float y = axis_y - 12 * s - row_h * static_cast<float>(row % 4);
        ++row;
        const bool selected = app.selection.article == i;
        const ImU32 color = selected ? pal.accent : pal.marker;
        dl->AddLine(ImVec2(x, y), ImVec2(x, axis_y), color, 1.0f * s);
        const float r = 5 * s;
        dl->AddQuadFilled(ImVec2(x, y - r), ImVec2(x + r, y), ImVec2(x, y + r), ImVec2(x - r, y), color);
        const char* name = a.outlet.empty() ? a.id.c_str() : a.outlet.c_str();
        dl->AddText(ImVec2(x + 8 * s, y - ImGui::GetTextLineHeight() * 0.5f), selected ? pal.accent : pal.ink, name);
        const ImVec2 box_lo(x - r - 2, y - r - 2), box_hi(x + r + 2, y + r + 2);
        if (hovered && ImGui::IsMouseHoveringRect(box_lo, box_hi)) {
            ImGui::SetTooltip("%s\n%s · published %s", a.headline.c_str(), name, a.published.c_str());
            if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && io.MouseDragMaxDistanceSqr[0] < 16 * s * s) {
                Selection sel;
                sel.article = i;
                Select(app, sel);
            }
        }
    }
    ImGui::PopFont();
    dl->PopClipRect();
    ImGui::End();
}

}  // namespace ui
