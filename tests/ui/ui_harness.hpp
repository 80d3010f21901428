// ui_harness.hpp — runs the real app frame headless: an ImGui context with a CPU-built font atlas and
// no renderer (as Dear ImGui's example_null), plus simulated mouse and keyboard input.
#pragma once
#include <imgui.h>

#include "app.hpp"
#include "frame.hpp"

namespace test {

struct Harness {
    ui::AppState app;
    explicit Harness(float width = 1280, float height = 800) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(width, height);
        io.DeltaTime = 1.0f / 60.0f;
        ui::InitApp(app, 1.0f);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // builds the atlas on the CPU
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
        Frames(2);
    }
    ~Harness() { ImGui::DestroyContext(); }
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    void Frames(int n) { for (int i = 0; i < n; ++i) ui::RunFrame(app); }
    void MoveTo(float x, float y) { ImGui::GetIO().AddMousePosEvent(x, y); Frames(1); }
    void Click(float x, float y) {
        MoveTo(x, y);
        ImGui::GetIO().AddMouseButtonEvent(0, true);
        Frames(1);
        ImGui::GetIO().AddMouseButtonEvent(0, false);
        Frames(2);
    }
    void Wheel(float x, float y, float amount) {
        MoveTo(x, y);
        ImGui::GetIO().AddMouseWheelEvent(0, amount);
        Frames(2);
    }
    void Drag(float x0, float y0, float x1, float y1) {
        MoveTo(x0, y0);
        ImGui::GetIO().AddMouseButtonEvent(0, true);
        Frames(1);
        for (int i = 1; i <= 4; ++i) MoveTo(x0 + (x1 - x0) * i / 4, y0 + (y1 - y0) * i / 4);
        ImGui::GetIO().AddMouseButtonEvent(0, false);
        Frames(2);
    }
};

}  // namespace test
