// mimalloc_options.cpp — mimalloc's settings for the native executables (claimline_fast_allocator adds it).
//
// Large OS pages: mimalloc then madvises its regions for transparent huge pages (MADV_HUGEPAGE; Linux
// gives them only on request by default). Extraction writes ~100 MB of fresh memory over Reuters-21578
// (every story's tokens, mentions, timexes and claims live from one phase to the next): in 4 KiB pages
// that was ~56,000 page faults, each with the kernel's cgroup accounting, ~8% of bench-extract's samples;
// in 2 MiB pages ~3,000. The cost is memory handed back to the system in larger pieces, which neither a
// CLI run nor the explorer holding one corpus notices. MIMALLOC_LARGE_OS_PAGES in the environment still
// decides (=0 to compare).
#include <mimalloc.h>

#include <cstdlib>

namespace {

void SetMimallocOptions(int, char**, char**) {
    if (!std::getenv("MIMALLOC_LARGE_OS_PAGES")) mi_option_enable(mi_option_large_os_pages);
}

// From .preinit_array, which runs before any shared library's initialisers: libstdc++ allocates while it
// starts up, and mimalloc's first region, made then, would otherwise stay in small pages (~11,000 faults
// instead of ~3,000). mi_option_enable only writes mimalloc's option table, usable before its own start-up.
__attribute__((section(".preinit_array"), used)) void (*const kSetMimallocOptions)(int, char**, char**) = SetMimallocOptions;

}  // namespace
