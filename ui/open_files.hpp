// open_files.hpp — opening a story the user brings (desktop: path argument or drop; web: drop or pick).
//
// Usage: switch (ui::OpenFiles(app, {{"story.json", bytes}}, on_opened)) { … }
// A single bundle that already carries extracted layers opens here, in the viewer; anything else goes to
// the analyser (analyser.hpp) and opens when it answers. On any error the current story stays on screen
// and app.status names the file and the place. `opened` (may be empty) is called once with the outcome,
// after app.corpus and app.status are updated — synchronously unless the result is Analysing.
#pragma once
#include <functional>
#include <vector>

#include "analyser.hpp"

namespace ui {

struct AppState;

enum class OpenResult { Opened, Failed, Analysing };

OpenResult OpenFiles(AppState& app, std::vector<InputFile> files, std::function<void(bool ok)> opened = {});

}  // namespace ui
