// analyser_in_process.cpp — the analyser seam (ui/analyser.hpp) with core called in process: the native
// app, the headless UI tests and the benchmarks. Files are read and extracted on a worker thread (one
// bounded Step at a time, so progress is fine-grained and a cancel stops within an article); the UI thread
// picks up progress and the answer in PollAnalysis. Built without threads (the wasm UI tests under node),
// the same steps run on the UI thread inside PollAnalysis instead, a few milliseconds per frame.
#include <chrono>
#include <memory>
#if !defined(__EMSCRIPTEN__) || defined(__EMSCRIPTEN_PTHREADS__)
#include <mutex>
#include <thread>
#define CLAIMLINE_ANALYSER_THREAD 1
#endif

#include "analyser.hpp"
#include "bundle.hpp"
#include "corpus.hpp"
#include "extract.hpp"
#include "ingest.hpp"
#include "seeds.hpp"

namespace ui {

core::Corpus BundledStory() {
    core::Corpus story = core::LoadSeedCorpus();
    core::ExtractAll(story);            // a few milliseconds for five articles
    return story;
}

std::optional<AnalysedStory> ReadAnalysedBundle(const std::vector<InputFile>& files) {
    if (files.size() != 1) return std::nullopt;
    const std::string& name = files.front().name;
    const bool json = name.size() > 5 && (name.compare(name.size() - 5, 5, ".json") == 0 || name.compare(name.size() - 5, 5, ".JSON") == 0);
    if (!json) return std::nullopt;
    core::LoadResult loaded = core::LoadBundle(files.front().bytes, name);
    if (loaded.ok && !core::HasExtractedLayers(loaded.corpus)) return std::nullopt;  // articles only: analyse
    return AnalysedStory{loaded.ok, std::move(loaded.corpus), core::ErrorSummary(loaded.errors)};
}

namespace {

#ifdef CLAIMLINE_ANALYSER_THREAD
using Mutex = std::mutex;
using Lock = std::lock_guard<std::mutex>;
#else  // one thread: nothing to guard (and no <mutex> to rely on)
struct Mutex {};
struct Lock { explicit Lock(Mutex&) {} };
#endif

constexpr size_t kArticlesPerStep = 8;  // progress (and cancel) granularity: well under 10 ms of work
constexpr float kReadShare = 0.05f;     // of the progress bar: reading is fast next to extraction

struct Job {
    std::vector<core::InputFile> inputs;
    core::IngestResult read;            // the worker's, until finished
    std::unique_ptr<core::Extractor> extractor;
    core::ExtractProgress control;      // its cancel flag stops the extractor at the next article
    AnalyseDone done;                   // UI thread only
    AnalyseProgress on_progress;        // UI thread only
    float reported = -1;                // the last fraction handed to on_progress (UI thread only)

    Mutex m;                            // guards what the worker shares with the UI thread:
    float fraction = 0;
    const char* stage = "reading";
    bool finished = false;
    AnalysedStory result;
#ifdef CLAIMLINE_ANALYSER_THREAD
    std::thread worker;
#endif

    // One bounded piece of work; true once the answer is in `result`.
    bool Step() {
        if (!extractor) {
            read = core::IngestFiles(inputs);
            inputs.clear();
            if (!read.ok || !read.needs_extraction) return Finish();
            extractor = std::make_unique<core::Extractor>(read.corpus, core::ExtractOptions{}, &control);
        }
        if (extractor->Step(kArticlesPerStep)) return Finish();
        Lock lock(m);
        fraction = kReadShare + (1 - kReadShare) * extractor->Fraction();
        stage = core::ToString(extractor->Stage());
        return false;
    }

    bool Finish() {
        Lock lock(m);
        result.ok = read.ok && !control.cancel;
        result.error = core::ErrorSummary(read.errors);
        if (result.ok) result.corpus = std::move(read.corpus);
        fraction = 1;
        stage = "done";
        finished = true;
        return true;
    }
};

void Stop(Job& job) {
    job.control.cancel = true;
#ifdef CLAIMLINE_ANALYSER_THREAD
    if (job.worker.joinable()) job.worker.join();
#endif
}

// The running analysis (the UI thread owns the pointer). At exit a still-running worker is stopped and
// joined: destroying a joinable std::thread would terminate the program.
struct JobSlot {
    std::unique_ptr<Job> job;
    ~JobSlot() { if (job) Stop(*job); }
} g_slot;
std::unique_ptr<Job>& g_job = g_slot.job;

}  // namespace

void CancelAnalysis() {
    if (!g_job) return;
    Stop(*g_job);
    g_job.reset();
}

void AnalyseFiles(std::vector<InputFile> files, AnalyseDone done, AnalyseProgress progress) {
    CancelAnalysis();                   // the newest drop wins
    auto job = std::make_unique<Job>();
    job->inputs.reserve(files.size());
    for (InputFile& f : files) job->inputs.push_back({std::move(f.name), std::move(f.bytes)});
    job->done = std::move(done);
    job->on_progress = std::move(progress);
#ifdef CLAIMLINE_ANALYSER_THREAD
    Job* j = job.get();
    job->worker = std::thread([j] { while (!j->Step()) {} });
#endif
    g_job = std::move(job);
}

bool PollAnalysis() {
    if (!g_job) return false;
    Job& job = *g_job;
#ifndef CLAIMLINE_ANALYSER_THREAD
    // No threads: work here for a slice of the frame, as the single-file page does between frames.
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(8);
    while (!job.Step() && std::chrono::steady_clock::now() < until) {}
#endif
    float fraction;
    const char* stage;
    bool finished;
    {
        Lock lock(job.m);
        fraction = job.fraction;
        stage = job.stage;
        finished = job.finished;
    }
    if (!finished) {
        if (job.on_progress && fraction != job.reported) job.on_progress(fraction, stage);
        job.reported = fraction;
        return true;
    }
#ifdef CLAIMLINE_ANALYSER_THREAD
    job.worker.join();
#endif
    // Forget the job before calling back: `done` may start the next analysis.
    std::unique_ptr<Job> finished_job = std::move(g_job);
    if (finished_job->done) finished_job->done(std::move(finished_job->result));
    return g_job != nullptr;
}

}  // namespace ui
