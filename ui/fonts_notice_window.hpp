// fonts_notice_window.hpp — the full fonts, fetched when text beyond the first fonts comes (the web page
// compiles in fonts subset to the bundled story): when to fetch, when to try again after a failure, and a
// small card telling the reader that some letters cannot be shown meanwhile.
//
// Usage: the platform asks, on each need (a typed letter, files opened, a retry timer):
//   if (ui::WantFullFonts(app.fonts_notice, now)) FetchTheFonts();   // at most one fetch at a time
//   then ui::FullFontsArrived(app.fonts_notice) or ui::FullFontsFailed(app.fonts_notice, now);
//   ui::FullFontsRetryDue(app.fonts_notice, now) says when a failed fetch should be tried again unasked.
// DrawApp: DrawFontsNotice(app, app.fonts_notice);  the card's "Try again" sets retry_now for the platform.
// The card sits across the window's bottom, in a strip ComputeLayout keeps out of the panes.
// A failure is tried again on the next need once its back-off has passed (2 s, 4 s, … up to 60 s), and
// unasked at that time while letters are still missing; "Try again" skips the wait.
#pragma once
#include "layout.hpp"

namespace ui {

struct AppState;

enum class FullFonts { NotNeeded, Loading, Failed, Loaded };

struct FontsNoticeState {
    FullFonts status = FullFonts::NotNeeded;    // set through the functions below
    int failures = 0;                   // failed fetches in a row (resets when the fonts arrive)
    double retry_at = 0;                // seconds (the platform's clock): no fetch before, after a failure
    bool retry_now = false;             // the reader pressed "Try again": fetch at the next chance
    bool dismissed = false;             // the reader closed the card (it comes back on the next failure)
    Rect card, button;                  // where the last frame drew the card and "Try again", screen px
};

// Seconds to wait after `failures` failed fetches in a row: 2, 4, 8, 16, 32, then 60.
double FullFontsBackoff(int failures);
// A need for glyphs beyond the first fonts: true when the platform should fetch now.
bool WantFullFonts(FontsNoticeState& state, double now);
// True when a failed fetch should be tried again now without a new need (back-off over, or "Try again").
bool FullFontsRetryDue(const FontsNoticeState& state, double now);
void FullFontsFailed(FontsNoticeState& state, double now);
void FullFontsArrived(FontsNoticeState& state);

bool FontsNoticeShown(const FontsNoticeState& state);
// Screen px the layout keeps free at the window's bottom for the card (0 when it is not shown): its
// height last frame, or an estimate on the frame it first shows, plus its margins.
float FontsNoticeStripHeight(const AppState& app);
void DrawFontsNotice(AppState& app, FontsNoticeState& state);

}  // namespace ui
