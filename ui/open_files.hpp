// open_files.hpp — opening a story the user brings (desktop: path argument or drop; web: drop or pick).
//
// Usage: switch (ui::OpenFiles(app, {{"story.json", bytes}}, on_opened)) { … }
//        every frame: ui::PollOpenFiles(app);               // DrawApp does this
// A single bundle that already carries extracted layers opens here, in the viewer; anything else goes to
// the analyser (analyser.hpp), off the UI thread, and opens when it answers (app.load_status shows the
// progress meanwhile). On any error the current story stays on screen and app.status (and the load
// status card) names the file and the place. `opened` (may be empty) is called once with the outcome,
// after app.corpus and app.status are updated — synchronously unless the result is Analysing.
#pragma once
#include <functional>
#include <vector>

#include "analyser.hpp"

namespace ui {

struct AppState;

enum class OpenResult { Opened, Failed, Analysing };

OpenResult OpenFiles(AppState& app, std::vector<InputFile> files, std::function<void(bool ok)> opened = {});

// Delivers the analyser's progress and answer (analyser.hpp's PollAnalysis) and keeps frames coming
// (app.animating) while it works.
void PollOpenFiles(AppState& app);

// Gives up on the files being analysed (the Cancel button); the story on screen stays. `opened` is not called.
void CancelOpenFiles(AppState& app);

}  // namespace ui
