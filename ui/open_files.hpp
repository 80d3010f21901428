// open_files.hpp — opening a story the user brings (desktop: path argument or drop; web: drop or pick).
//
// Usage: if (!ui::OpenFiles(app, {{"story.json", bytes}})) show(app.status);
// On any error the current story stays on screen and app.status names the file and the place.
#pragma once
#include <vector>

#include "ingest.hpp"

namespace ui {

struct AppState;

bool OpenFiles(AppState& app, const std::vector<core::InputFile>& files);

}  // namespace ui
