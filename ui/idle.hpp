// idle.hpp — when to draw: no redraw without input or animation, on both platforms.
//
// Each input event grants a few frames (ImGui needs 2–3 to settle hover, clicks and layout); an animation
// (smooth zoom, scroll-to) keeps frames coming while it runs. Once the budget is spent the platform
// blocks on events (native: glfwWaitEvents) or pauses the main loop (web: emscripten_pause_main_loop).
#pragma once

namespace ui {

struct FrameBudget {
    int frames_left = 3;                // frames still to draw before going idle
    static constexpr int kFramesPerInput = 3;

    void OnInput() { frames_left = kFramesPerInput; }
    // Call once per drawn frame; `animating` = the UI asked for more frames (see AppState::animating).
    bool Consume(bool animating) {
        if (animating) frames_left = kFramesPerInput;
        else if (frames_left > 0) --frames_left;
        return frames_left > 0;           // true: draw another frame without waiting for input
    }
};

}  // namespace ui
