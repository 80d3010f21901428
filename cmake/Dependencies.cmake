# Third-party code, all from Debian packages (never copied into the repo):
#   nlohmann/json, doctest, CLI11, GLFW (native) — Debian -dev packages;
#   Dear ImGui 1.90.1 — Debian's source package, unpacked by tools/bootstrap into CLAIMLINE_IMGUI_DIR.
# Wasm builds must not see /usr/include (glibc headers would shadow Emscripten's libc++), so header-only
# libraries are staged into the build tree and given the same target names as natively.

set(CLAIMLINE_CACHE "$ENV{HOME}/.cache/claimline" CACHE PATH "bootstrap's cache (ImGui source)")
if(DEFINED ENV{CLAIMLINE_CACHE})
  set(CLAIMLINE_CACHE "$ENV{CLAIMLINE_CACHE}" CACHE PATH "" FORCE)
endif()
set(CLAIMLINE_IMGUI_DIR "${CLAIMLINE_CACHE}/imgui-1.90.1" CACHE PATH "Dear ImGui source (Debian source package)")
if(NOT EXISTS "${CLAIMLINE_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui not found in ${CLAIMLINE_IMGUI_DIR}: run ./tools/bootstrap")
endif()

if(EMSCRIPTEN)
  set(staged ${CMAKE_BINARY_DIR}/_staged/include)
  file(COPY /usr/include/nlohmann DESTINATION ${staged})
  file(COPY /usr/include/doctest DESTINATION ${staged})
  add_library(nlohmann_json INTERFACE)
  target_include_directories(nlohmann_json SYSTEM INTERFACE ${staged})
  add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
  add_library(doctest INTERFACE)
  target_include_directories(doctest SYSTEM INTERFACE ${staged})
  add_library(doctest::doctest ALIAS doctest)
  # doctest's CTest discovery script is plain CMake; it runs the test binary through the emulator (node).
  include(/usr/lib/cmake/doctest/doctest.cmake)
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  find_package(doctest REQUIRED)
  include(/usr/lib/cmake/doctest/doctest.cmake)
  find_package(CLI11 REQUIRED)
  find_package(glfw3 REQUIRED)
  find_package(OpenGL REQUIRED)
endif()

# Dear ImGui core: no backend, so tests can drive the real UI headless (ImGui's example_null does this).
add_library(imgui STATIC
  ${CLAIMLINE_IMGUI_DIR}/imgui.cpp ${CLAIMLINE_IMGUI_DIR}/imgui_draw.cpp
  ${CLAIMLINE_IMGUI_DIR}/imgui_tables.cpp ${CLAIMLINE_IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${CLAIMLINE_IMGUI_DIR})
# We draw our own windows; no ini file and no obsolete API.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS)

# Renderer backend: OpenGL 3 natively, WebGL 2 (GLES 3) in the browser — the same file, two defines.
add_library(imgui_gl STATIC ${CLAIMLINE_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui_gl SYSTEM PUBLIC ${CLAIMLINE_IMGUI_DIR}/backends)
target_link_libraries(imgui_gl PUBLIC imgui)
if(EMSCRIPTEN)
  target_compile_definitions(imgui_gl PUBLIC IMGUI_IMPL_OPENGL_ES3)
  target_link_options(imgui_gl PUBLIC -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)
else()
  # Platform backend (native only): the page forwards DOM input itself, see ui/platform/platform_emscripten.cpp.
  add_library(imgui_glfw STATIC ${CLAIMLINE_IMGUI_DIR}/backends/imgui_impl_glfw.cpp)
  target_link_libraries(imgui_glfw PUBLIC imgui_gl glfw OpenGL::GL ${CMAKE_DL_LIBS})
endif()
