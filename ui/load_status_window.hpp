// load_status_window.hpp — what happens to the files a reader brought: a progress card while they are
// analysed (the story on screen stays until the answer arrives) and, if they fail, the error naming the
// file and the place until dismissed.
//
// Usage (DrawApp): DrawLoadStatus(app, app.load_status);  OpenFiles (open_files.hpp) fills the state.
// The web page shows both in its own DOM bar (web/files.js), so there AppState::host_shows_load_status
// keeps this card hidden.
#pragma once
#include <string>

#include "layout.hpp"

namespace ui {

struct AppState;

struct LoadStatusState {
    bool analysing = false;             // files are with the analyser (ui/analyser.hpp); no answer yet
    float fraction = 0;                 // 0..1, the analyser's progress
    std::string stage;                  // the step it is at: "reading", "entities", …
    std::string files;                  // what is being analysed: "notes.txt", "a.txt and 2 more files"
    std::string error;                  // the last failure, naming file and place; "" = none shown
    int frames_while_analysing = 0;     // frames drawn since the analysis began (the UI kept drawing)
    // Where the last frame drew the card and its button, screen pixels (tests click these).
    Rect card, button;

    LoadStatusState() = default;
    LoadStatusState(const LoadStatusState&) = delete;
    LoadStatusState& operator=(const LoadStatusState&) = delete;
    // An analysis still running answers into the app that asked: when that app goes, the analysis goes too.
    ~LoadStatusState();
};

void DrawLoadStatus(AppState& app, LoadStatusState& state);

}  // namespace ui
