// frame.hpp — the one interface between a platform file and the app: what a frame is.
//
// A platform file (platform_glfw.cpp natively, platform_emscripten.cpp in the browser) owns the window,
// the GL context and the event loop; per frame it polls input, starts its backends' frames and calls
// RunFrame, then renders ImGui's draw data. Idle decisions go through ui::FrameBudget (idle.hpp).
#pragma once
#include <imgui.h>

#include "app.hpp"

namespace ui {

inline void RunFrame(AppState& app) {
    ImGui::NewFrame();
    DrawApp(app);
    ImGui::Render();
}

// True while ImGui still has queued input to process: keep drawing or keys get lost.
inline bool HasPendingInput() { return ImGui::GetCurrentContext() && !ImGui::GetIO().InputQueueCharacters.empty(); }

}  // namespace ui
