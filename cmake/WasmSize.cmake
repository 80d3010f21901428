# WasmSize.cmake — the one place that decides how small the page's download is (issue #7), so every wasm
# program the page loads gets the same treatment. Included by the top level in wasm builds only; native
# builds keep their defaults (exceptions on: the CLI reports errors by them).
#
#   compile and link (every wasm target):  -fno-exceptions, -flto (CLAIMLINE_WASM_LTO)
#   claimline_wasm_size_link_options(target [INCOMING name …] [ONE_CALLER_INLINE_MAX bytes])   link flags for a
#       program the page loads; INCOMING: the createX({…}) options its loader reads (default: all Emscripten
#       knows); ONE_CALLER_INLINE_MAX: see below
#   claimline_minify_js(OUTPUT_DIR dir FILES a.js … [DEPENDS target …] OUT_VAR var)   scripts, minified
#
# Figures (claimline.wasm, gzip -9; bench/web_load.mjs, README "Load benchmark") are in the commits that
# set them; what did not help is listed at the bottom so nobody measures it again.

# Exceptions: nothing in the page catches one (the bundle reader takes nlohmann's parse error through its
# SAX interface, core/bundle_read.cpp), so an uncaught throw ended the program before as abort() does now.
# Without them the module loses every landing pad: 2,173 try blocks in the 3.1.6 build.
add_compile_options(-fno-exceptions)
add_link_options(-fno-exceptions)
# No RTTI either: nothing calls typeid or dynamic_cast (core, ui, ImGui, nlohmann, doctest), and with it
# every std::function kept its lambda's type name and libc++abi's type_info search code.
add_compile_options(-fno-rtti)
# The wasm tests too: REQUIRE then ends the test program on failure (which still fails the test).
target_compile_definitions(doctest INTERFACE DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS)

# Dear ImGui without what the page never calls but ImGui's own code can reach (so the linker keeps it):
# the debug tools (metrics, ID stack tool, item picker: hooks in NewFrame and ItemAdd) and its file
# functions (the page has no file system: -sFILESYSTEM=0; fonts are compiled in or handed over).
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEBUG_TOOLS IMGUI_DISABLE_FILE_FUNCTIONS)

# Link-time optimization: the linker sees core, ui and ImGui as one program and drops or merges across
# them (claimline.wasm 438,117 → 426,460 bytes gzip with the flags of the time). Every wasm link takes
# minutes longer (tests and benchmarks too): -DCLAIMLINE_WASM_LTO=OFF for quick iterations.
option(CLAIMLINE_WASM_LTO "link-time optimization for the wasm build" ON)
if(CLAIMLINE_WASM_LTO)
  add_compile_options(-flto)
  add_link_options(-flto)
endif()

function(claimline_wasm_size_link_options target)
  cmake_parse_arguments(O "" "ONE_CALLER_INLINE_MAX" "INCOMING" ${ARGN})
  # wasm-opt repeats its passes while they still shrink the module: viewer 317,580 → 316,264 B gzip,
  # about 20 s more per link.
  set(passes --converge)
  if(O_ONE_CALLER_INLINE_MAX)
    # wasm-opt inlines every function that has one caller, whatever its size: in the viewer every window
    # (DrawTimeline, DrawReader, … and the panes not shown yet) became one 83 KB ui::RunFrame. The browser
    # compiles a function when it is first called, whole, on the main thread: that one took 10 ms of the
    # first frame (V8's baseline compiler is slower per byte on huge functions). Capped, the windows stay
    # functions of their own (largest 12 KB): the first frame's UI stretch 19.6 → 15.3 ms of main-thread CPU
    # (bench/web_load_trace.mjs, 3 × 3 loads; noisy on the loaded build machine), viewer +0.8 KB raw,
    # +0.1 KB gzip.
    string(APPEND passes ",--one-caller-inline-max-function-size=${O_ONE_CALLER_INLINE_MAX}")
  endif()
  target_link_options(${target} PRIVATE -Oz  # wasm-opt's size level (the compile stays at MinSizeRel's -Os)
    -sBINARYEN_EXTRA_PASSES=${passes})
  if(O_INCOMING)  # the loader drops its handling of every other option (−0.5 KB gzip for the viewer)
    list(JOIN O_INCOMING "','" names)
    target_link_options(${target} PRIVATE "-sINCOMING_MODULE_JS_API=['${names}']")
  endif()
endfunction()

# Minifies the page's scripts with terser (npm devDependency, installed by tools/bootstrap). Without
# node_modules the scripts are copied as they are, so a build never depends on npm.
find_program(CLAIMLINE_TERSER terser PATHS ${PROJECT_SOURCE_DIR}/node_modules/.bin NO_DEFAULT_PATH)
function(claimline_minify_js)
  cmake_parse_arguments(M "" "OUTPUT_DIR;OUT_VAR" "FILES;DEPENDS" ${ARGN})
  set(outputs)
  foreach(file ${M_FILES})
    get_filename_component(name ${file} NAME)
    set(out ${M_OUTPUT_DIR}/${name})
    if(CLAIMLINE_TERSER)
      # No top-level mangling: the host scripts share globals (createClaimline, ClaimlineHost).
      add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${M_OUTPUT_DIR}
        COMMAND ${CLAIMLINE_TERSER} ${file} --compress --mangle --output ${out}
        DEPENDS ${file} ${M_DEPENDS} COMMENT "Minifying ${name}" VERBATIM)
    else()
      add_custom_command(OUTPUT ${out} COMMAND ${CMAKE_COMMAND} -E copy ${file} ${out}
        DEPENDS ${file} ${M_DEPENDS} VERBATIM)
    endif()
    list(APPEND outputs ${out})
  endforeach()
  set(${M_OUT_VAR} ${outputs} PARENT_SCOPE)
endfunction()
if(NOT CLAIMLINE_TERSER)
  message(STATUS "terser not found (run tools/bootstrap): the page's scripts are copied unminified")
endif()

# Checked and not taken (claimline.wasm gzip -9, relinking the same objects, 2026-11-29):
#   -sMALLOC=emmalloc   −3 KB, but a slower allocator for the extraction's many small allocations: the
#                       analyser keeps dlmalloc; the viewer takes it (web/CMakeLists.txt; bench/ui_frames.mjs
#                       100k events p50 1.2 → 1.3 ms, story load 16.7 → 15.9 s: noise on the loaded machine)
#   -sEVAL_CTORS=1      nothing to evaluate: __wasm_call_ctors is empty (no static constructors)
#   --closure 1         Debian's emscripten has no closure-compiler; terser minifies the loader instead
#   libc                no iostream, locale or regex is linked; printf (ImGui's text formatting) is needed;
#                       the viewer's sscanf is a small stand-in (web/small_sscanf.cpp, −9 KB gzip)
#   stb_sprintf         (IMGUI_USE_STB_SPRINTF) compiled alone is larger than musl's vsnprintf: 6.0 vs
#                       5.1 KB gzip (emcc -Oz, 2026-11-29)
