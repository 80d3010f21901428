// parallel.hpp — a thread pool-less parallel-for for native callers of core (the CLI, tests, the desktop app).
//
// Usage:
//   core::ExtractOptions o;
//   o.parallel = core::ThreadRunner(std::thread::hardware_concurrency());
//
// Header-only on purpose: core's library never starts a thread (the browser build has none), only a native
// caller that includes this does. Tasks are handed out one at a time from a shared counter, so uneven
// task costs still keep every thread busy; the calling thread works too.
#pragma once
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <functional>
#include <thread>
#include <vector>

namespace core {

inline std::function<void(size_t, const std::function<void(size_t)>&)> ThreadRunner(unsigned threads) {
    threads = std::max(1u, threads);
    return [threads](size_t tasks, const std::function<void(size_t)>& run) {
        std::atomic<size_t> next{0};
        auto work = [&] {
            for (size_t t = next.fetch_add(1); t < tasks; t = next.fetch_add(1)) run(t);
        };
        std::vector<std::thread> pool;
        for (unsigned i = 1; i < threads && i < tasks; ++i) pool.emplace_back(work);
        work();
        for (std::thread& th : pool) th.join();
    };
}

}  // namespace core
