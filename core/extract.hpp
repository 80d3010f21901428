// extract.hpp — the whole understanding pipeline over a corpus: dates, entities, claims, events, relations.
//
// Usage (all at once, e.g. the CLI):
//   core::ExtractAll(corpus);                                   // fills every layer
// Usage (in slices, e.g. the browser between frames):
//   core::Extractor x(corpus);
//   while (!x.Step(50)) DrawProgress(x.Fraction());             // at most 50 articles of work per call
// On two cores natively (same result, per-article stages split across threads):
//   core::ExtractOptions o; o.parallel = core::ThreadRunner(2);  core::ExtractAll(corpus, o);
// Progress and cancel from another thread (native):
//   core::ExtractProgress p; p.report = [](core::ExtractStage s, size_t done, size_t total) {…};
//   std::thread t([&]{ core::ExtractAll(corpus, {}, &p); });  …  p.cancel = true;
//
// Stages: per article Structure (sentences and tokens) → Entities → Timexes (TagTimexes with the article's
// publication day as DCT; InferPublicationDate first when the day is unknown); then Coreference across
// articles; per article Claims; then Events and Relations across the corpus. Structure and Entities run as
// one pass (a task does both over its articles while their texts are in cache). Per-article work is cut
// into tasks of about 16 KB of text, handed out one at a time to whichever thread is free. Coreference
// needs only the entities, so with a parallel runner and a whole-stage step it runs as one more task
// beside the Timexes tasks. Each stage's processor time is measured on the threads that did it; wall time
// of a pass is shared among its stages by processor time. The result is the same either way. Curated
// items stay as they are:
// existing timexes of an article are kept (not re-tagged), curated entities absorb matching mentions,
// extracted claims overlapping a curated claim are dropped, curated relations between the same claims
// win. Run it on a corpus without earlier extracted layers (core::DropExtracted-style reset is the
// caller's job) — running it twice would add the layers twice.
#pragma once
#include <array>
#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>

#include "model.hpp"

namespace core {

enum class ExtractStage : uint8_t { Structure, Entities, Timexes, Coreference, Claims, Events, Relations, Done };
constexpr size_t kExtractStageCount = 8;
const char* ToString(ExtractStage s);

// Runs run(0) … run(tasks - 1), possibly at the same time on other threads, and returns when all are done.
// Core never starts threads itself: a native caller passes one (core::ThreadRunner in parallel.hpp).
using ParallelRunner = std::function<void(size_t tasks, const std::function<void(size_t task)>& run)>;

struct ExtractOptions {
    bool tag_timexes = true;            // run the temporal tagger (default on); off = keep only existing timexes
    bool infer_publication = true;      // guess the publication day from the text when unknown (default on)
    bool relations = true;              // compare claims across articles (default on)
    ParallelRunner parallel;            // per-article stages run through it (default empty: one after another,
                                        // as in the browser); results are identical either way
};

struct ExtractProgress {
    // Called after each article of a per-article stage and once per corpus-wide stage; may be empty.
    std::function<void(ExtractStage stage, size_t done, size_t total)> report;
    std::atomic<bool> cancel{false};    // set from any thread; extraction stops at the next article
    std::array<double, kExtractStageCount> seconds{};       // wall time per stage, seconds (stages done in one
                                                            // pass share its wall time by processor time)
    std::array<double, kExtractStageCount> cpu_seconds{};   // processor time per stage, all threads, seconds
};

// Step-wise extraction: each Step does a bounded amount of work, so a frame loop stays responsive.
class Extractor {
public:
    explicit Extractor(Corpus& corpus, const ExtractOptions& options = {}, ExtractProgress* progress = nullptr);
    ~Extractor();
    Extractor(const Extractor&) = delete;
    Extractor& operator=(const Extractor&) = delete;

    bool Step(size_t max_articles = 64);   // true once finished (or cancelled)
    bool Done() const;
    bool Cancelled() const;
    ExtractStage Stage() const;
    float Fraction() const;                // 0..1 over all stages, for a progress bar

private:
    struct State;
    std::unique_ptr<State> m_state;
};

void ExtractAll(Corpus& corpus, const ExtractOptions& options = {}, ExtractProgress* progress = nullptr);

}  // namespace core
