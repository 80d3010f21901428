# claimline_fast_allocator(target): link Debian's mimalloc (libmimalloc-dev, installed by tools/bootstrap)
# into a native executable, where it replaces malloc/new for the whole process. Extraction allocates many
# small strings and vectors on several threads at once; glibc's allocator cost ~10% of bench-extract's
# processor time (consolidation, page faults), mimalloc's thread-local pages less than half of that.
# Not for the browser build (Emscripten has its own allocator) nor under sanitizers (they replace malloc
# themselves); without the package the executable keeps the system allocator and the build says so once.
if(NOT EMSCRIPTEN AND NOT CMAKE_CXX_FLAGS MATCHES "-fsanitize")
  find_package(mimalloc CONFIG QUIET)
  if(NOT mimalloc_FOUND)
    message(STATUS "mimalloc not found (apt install libmimalloc-dev): native executables use the system allocator")
  endif()
endif()

function(claimline_fast_allocator target)
  if(TARGET mimalloc AND NOT EMSCRIPTEN AND NOT CMAKE_CXX_FLAGS MATCHES "-fsanitize")
    target_link_libraries(${target} PRIVATE mimalloc)
  endif()
endfunction()
