# claimline_embed(OUTPUT file.cpp SYMBOL name FILES a b …)
# Compiles files into a generated source so the native app, the wasm page, the CLI and the tests all read
# the same bytes without a filesystem (Tracy's Embed() does the same). The generated file defines
#   const core::EmbeddedFile <SYMBOL>[]; const size_t <SYMBOL>_count;
# with each file's base name, bytes (NUL-terminated for convenience) and size; see core/embedded.hpp.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(CLAIMLINE_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/../tools/embed.py)
function(claimline_embed)
  cmake_parse_arguments(E "" "OUTPUT;SYMBOL" "FILES" ${ARGN})
  add_custom_command(OUTPUT ${E_OUTPUT}
    COMMAND Python3::Interpreter ${CLAIMLINE_EMBED_SCRIPT} ${E_OUTPUT} ${E_SYMBOL} ${E_FILES}
    DEPENDS ${E_FILES} ${CLAIMLINE_EMBED_SCRIPT}
    COMMENT "Embedding ${E_SYMBOL}" VERBATIM)
endfunction()
