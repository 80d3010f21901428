# High warnings on our own targets only (third-party code such as ImGui keeps its defaults).
function(claimline_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wnon-virtual-dtor -Wpedantic
    -Wno-missing-field-initializers)
endfunction()
