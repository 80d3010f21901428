#include "extract.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <ctime>
#include <memory>
#include <mutex>
#include <time.h>

#include "claims.hpp"
#include "corpus.hpp"
#include "entities.hpp"
#include "events.hpp"
#include "relations.hpp"
#include "text_structure.hpp"
// The temporal tagger lands separately; until it does, extraction runs without dates (no events).
#if __has_include("timex_tagger.hpp")
#include "timex_tagger.hpp"
#define CLAIMLINE_HAVE_TAGGER 1
#endif

namespace core {

const char* ToString(ExtractStage s) {
    static const char* const kNames[] = {"structure", "entities", "timexes", "coreference",
                                         "claims",    "events",   "relations", "done"};
    return kNames[static_cast<size_t>(s)];
}

namespace {

// Processor time of the calling thread, seconds: the per-article work of several threads is timed per
// task and summed, so each stage's CPU figure stays its own even when the stages run interleaved.
double ThreadCpuSeconds() {
    timespec c{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c);
    return static_cast<double>(c.tv_sec) + 1e-9 * static_cast<double>(c.tv_nsec);
}

// Tasks of about this much text: Reuters stories run from 100 bytes to 10 KB, so cutting by bytes rather
// than by article count keeps tasks even; ~1000 tasks over Reuters keep both threads busy to the end, and
// a task's texts (~16 KB) stay in the core's cache across its stages. Each article also counts a fixed
// cost, for corpora of many tiny texts.
constexpr size_t kTaskBytes = 16 * 1024;
constexpr size_t kArticleCostBytes = 256;

// Cuts articles [from, to) into consecutive tasks of about kTaskBytes; returns the task boundaries
// (task t is [cuts[t], cuts[t + 1])). Depends only on the texts, so the result never depends on threads.
std::vector<size_t> CutTasks(const Corpus& corpus, size_t from, size_t to) {
    std::vector<size_t> cuts{from};
    size_t bytes = 0;
    for (size_t a = from; a < to; ++a) {
        bytes += corpus.articles[a].text.size() + kArticleCostBytes;
        if (bytes >= kTaskBytes && a + 1 < to) cuts.push_back(a + 1), bytes = 0;
    }
    cuts.push_back(to);
    return cuts;
}

}  // namespace

struct Extractor::State {
    Corpus& corpus;
    ExtractOptions options;
    ExtractProgress* progress;
    // Phases: Structure stands for one per-article pass doing structure and entities together (each timed
    // as its own stage), then Timexes (per article; coreference beside it when threads allow), then
    // Coreference, Claims (per article), Events, Relations, Done.
    ExtractStage stage = ExtractStage::Structure;
    size_t next = 0;                                    // next article of a per-article phase
    bool cancelled = false;
    bool resolved = false;                              // coreference done (beside the Timexes tasks)
    std::vector<TextStructure> structure;
    std::vector<std::vector<EntityMention>> mentions;
    std::vector<std::vector<ByteRange>> had_timexes;    // per article, the timexes it already had (curated):
                                                        // kept, and tagged ones overlapping them are dropped
    std::vector<ClaimFacts> facts;                      // parallel to corpus.claims
    // Per-article results of the per-article phases, appended to the corpus in article order after each
    // batch, so that articles can be worked on at the same time (ExtractOptions::parallel).
    std::vector<std::vector<Timex>> new_timexes;
    std::vector<std::vector<Claim>> new_claims;
    std::vector<std::vector<ClaimFacts>> new_facts;
    Index first_claim = 0;
    Index first_event = 0;
    std::vector<std::vector<ByteRange>> curated_claims; // per article, the spans of its curated claims (copied:
                                                        // corpus.claims grows while the Claims tasks run)
    std::vector<std::string_view> families;             // per new event: its trigger family
    RelationInputs relation_inputs;                     // gathered beside BuildEvents when threads allow
    ActorHomes homes;                                   // the state each actor belongs to (relations)

    State(Corpus& c, const ExtractOptions& o, ExtractProgress* p) : corpus(c), options(o), progress(p) {}

    size_t Articles() const { return corpus.articles.size(); }
    bool Cancelling() const { return progress && progress->cancel.load(std::memory_order_relaxed); }

    void Report(size_t done, size_t total) {
        if (progress && progress->report) progress->report(stage, done, total);
    }

    void Structure(size_t a) {
        Article& art = corpus.articles[a];
        structure[a] = SegmentText(art.text, &art.furniture);
    }

    void Timexes(size_t a) {
#ifdef CLAIMLINE_HAVE_TAGGER
        Article& art = corpus.articles[a];
        if (art.published_day == kNoDay && options.infer_publication) {
            const DctGuess g = InferPublicationDate(art.text);
            if (g.day != kNoDay) {
                art.published_day = g.day;
                art.published = FormatIsoDay(g.day);
                art.published_certainty = g.certainty == DateCertainty::Stated ? DateCertainty::Stated : DateCertainty::Inferred;
                art.published_evidence = g.evidence;
                art.published_note = g.note;
            }
        }
        if (!options.tag_timexes) return;
        std::vector<ByteRange> skip;
        for (const Furniture& f : art.furniture) skip.push_back(f.range);
        // Timexes already in the corpus (curated) win: a tagged one overlapping them is not added.
        const std::vector<ByteRange>& existing = had_timexes[a];
        std::vector<Timex> found = TagTimexes(art.text, art.published_day, {}, static_cast<Index>(a), &skip);
        if (existing.empty()) {  // nothing to check against (the usual case): kept whole, not moved one by one
            for (Timex& t : found) t.span.article = static_cast<Index>(a);
            new_timexes[a] = std::move(found);
            return;
        }
        for (Timex& t : found) {
            const bool dup = std::any_of(existing.begin(), existing.end(), [&](const ByteRange& r) {
                return r.start < t.span.end && t.span.start < r.end;
            });
            if (dup) continue;
            t.span.article = static_cast<Index>(a);
            new_timexes[a].push_back(std::move(t));
        }
#else
        (void)a;
#endif
    }

    void Entities(size_t a) { mentions[a] = RecognizeEntities(corpus.articles[a].text, structure[a]); }

    void Claims(size_t a) {
        std::vector<Claim>& out = new_claims[a];
        std::vector<ClaimFacts>& out_facts = new_facts[a];
        ExtractClaims(corpus, static_cast<Index>(a), structure[a], mentions[a], out, out_facts);
        // A curated claim on the same sentence stands for it: drop the extracted duplicate.
        if (curated_claims[a].empty()) return;
        size_t w = 0;
        for (size_t r = 0; r < out.size(); ++r) {
            const Claim& c = out[r];
            const bool dup = std::any_of(curated_claims[a].begin(), curated_claims[a].end(), [&](const ByteRange& cur) {
                return cur.start < c.span.end && c.span.start < cur.end;
            });
            if (dup) continue;
            if (w != r) out[w] = std::move(out[r]), out_facts[w] = std::move(out_facts[r]);
            ++w;
        }
        out.resize(w);
        out_facts.resize(w);
    }

    // Appends the results of articles [b, e) of the current phase to the corpus, in article order.
    void Merge(size_t b, size_t e) {
        for (size_t a = b; a < e; ++a) {
            if (stage == ExtractStage::Timexes) {
                for (Timex& t : new_timexes[a]) corpus.timexes.push_back(std::move(t));
                std::vector<Timex>().swap(new_timexes[a]);
            } else if (stage == ExtractStage::Claims) {
                for (Claim& c : new_claims[a]) corpus.claims.push_back(std::move(c));
                for (ClaimFacts& f : new_facts[a]) facts.push_back(std::move(f));
                std::vector<Claim>().swap(new_claims[a]);
                std::vector<ClaimFacts>().swap(new_facts[a]);
            }
        }
    }

    // Links the mentions of all articles into entities (one thread: it must see the articles in order).
    double Resolve() {
        const double c0 = ThreadCpuSeconds();
        ResolveEntities(corpus, mentions);
        resolved = true;
        return ThreadCpuSeconds() - c0;
    }

    // One task of a per-article phase over articles [b, e); processor time per stage into cpu. The
    // structure pass runs structure then entities over the whole task (its texts stay in cache).
    void Task(size_t b, size_t e, std::array<double, kExtractStageCount>& cpu) {
        double t = ThreadCpuSeconds();
        auto lap = [&](ExtractStage s) {
            const double now = ThreadCpuSeconds();
            cpu[static_cast<size_t>(s)] += now - t;
            t = now;
        };
        switch (stage) {
            case ExtractStage::Structure:
                for (size_t a = b; a < e && !Cancelling(); ++a) Structure(a);
                lap(ExtractStage::Structure);
                for (size_t a = b; a < e && !Cancelling(); ++a) Entities(a);
                lap(ExtractStage::Entities);
                break;
            case ExtractStage::Timexes:
                for (size_t a = b; a < e && !Cancelling(); ++a) Timexes(a);
                lap(ExtractStage::Timexes);
                break;
            default:
                for (size_t a = b; a < e && !Cancelling(); ++a) {
                    Claims(a);
                    // Nothing later reads an article's tokens or mentions (events and relations work from
                    // the claims' facts): freed here, on this thread, their memory serves the next
                    // articles' claims instead of fresh pages, and the end of extraction frees less.
                    structure[a] = TextStructure{};
                    std::vector<EntityMention>().swap(mentions[a]);
                }
                lap(ExtractStage::Claims);
                break;
        }
    }

    // Wall time of a batch shared among the stages it did, in proportion to their processor time (the
    // stage rows then add up to the total even when stages overlap).
    void AddTimes(double wall, const std::array<double, kExtractStageCount>& cpu) {
        if (!progress) return;
        double sum = 0;
        for (double c : cpu) sum += c;
        for (size_t s = 0; s < kExtractStageCount; ++s) {
            progress->cpu_seconds[s] += cpu[s];
            if (sum > 0) progress->seconds[s] += wall * cpu[s] / sum;
        }
    }

    // A per-article phase over articles [next, next + articles), cut into tasks the runner hands out one
    // at a time to whichever thread is free; results merged in article order.
    void Batch(size_t articles) {
        const auto t0 = std::chrono::steady_clock::now();
        const size_t n = Articles();
        const size_t from = next, to = std::min(n, next + articles);
        const std::vector<size_t> cuts = CutTasks(corpus, from, to);
        const size_t tasks = cuts.size() - 1;
        // Coreference as task 0 beside a whole Timexes phase (it reads only the entities' mentions and the
        // texts; the Timexes tasks write only their own buffers and articles' dates).
        const bool beside = stage == ExtractStage::Timexes && options.parallel && from == 0 && to == n && !resolved;
        std::vector<std::array<double, kExtractStageCount>> cpu(tasks + beside);
        // Results are appended to the corpus in article order as soon as a task and every task before it are
        // done, by whichever thread finishes a task and finds the merge free: the moving then overlaps the
        // other thread's work instead of following the phase on one thread. Nothing the tasks read is
        // appended to (the curated timexes and claims they compare with are copied per article beforehand).
        std::unique_ptr<std::atomic<bool>[]> done(new std::atomic<bool>[tasks]());
        std::mutex merging;
        size_t merged = 0;  // tasks [0, merged) are in the corpus; guarded by `merging`
        auto merge_ready = [&] {
            while (merged < tasks && done[merged].load(std::memory_order_acquire)) {
                Merge(cuts[merged], cuts[merged + 1]);
                ++merged;
            }
        };
        auto run = [&](size_t task) {
            if (beside && task-- == 0) {
                cpu[0][static_cast<size_t>(ExtractStage::Coreference)] += Resolve();
                return;
            }
            Task(cuts[task], cuts[task + 1], cpu[task + beside]);
            done[task].store(true, std::memory_order_release);
            // A task finished while another thread held the lock waits for the next one (or the end).
            if (std::unique_lock<std::mutex> lock(merging, std::try_to_lock); lock) merge_ready();
        };
        // Room for the whole phase up front (about one timex and one claim per 200 bytes of news copy,
        // generously), on one thread too: growing while merging would move every item once more and touch
        // fresh pages for each larger copy (on one thread, 69k Reuters timexes grew through 18 copies).
        if (from == 0 && to == n) {
            size_t bytes = 0;
            for (size_t a = 0; a < n; ++a) bytes += corpus.articles[a].text.size();
            if (stage == ExtractStage::Timexes) corpus.timexes.reserve(corpus.timexes.size() + bytes / 128 + n);
            if (stage == ExtractStage::Claims) {
                corpus.claims.reserve(corpus.claims.size() + bytes / 128 + n);
                facts.reserve(corpus.claims.capacity());
            }
        }
        if (options.parallel && tasks + beside > 1) {
            options.parallel(tasks + beside, run);
        } else {
            for (size_t t = 0; t < tasks + beside; ++t) run(t);
        }
        merge_ready();  // what finished while the lock was taken (the runner has joined its threads)
        next = to;
        std::array<double, kExtractStageCount> sum{};
        for (const auto& c : cpu)
            for (size_t s = 0; s < kExtractStageCount; ++s) sum[s] += c[s];
        AddTimes(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), sum);
        Report(next, n);
    }

    // Builds the events; with a parallel runner the relations' sweep over all claims (PrepareRelations)
    // runs beside it as a second task: both only read the claims' other fields, and the sweep is the part
    // of FindRelations that does not need the events. Returns that sweep's processor seconds (0 when none).
    double Events() {
        first_event = static_cast<Index>(corpus.events.size());
        if (!options.parallel || !options.relations) {
            families = BuildEvents(corpus, facts, first_claim);
            return 0;
        }
        double prepare_cpu = 0;
        options.parallel(2, [&](size_t task) {
            if (task == 0) {
                families = BuildEvents(corpus, facts, first_claim);
                return;
            }
            const double c0 = ThreadCpuSeconds();
            relation_inputs = PrepareRelations(corpus, facts, first_claim);
            prepare_cpu = ThreadCpuSeconds() - c0;
        });
        return prepare_cpu;
    }

    // What the claims need once every article's mentions are linked.
    void FinishCoreference() {
        const size_t n = Articles();
        if (!resolved) Resolve();
        homes = CollectActorHomes(mentions);
        if (!std::is_sorted(corpus.timexes.begin(), corpus.timexes.end(), [](const Timex& x, const Timex& y) {
                return x.span.article != y.span.article ? x.span.article < y.span.article : x.span.start < y.span.start;
            }))
            SortLayers(corpus);  // claims index timexes: sort before any claim exists
        first_claim = static_cast<Index>(corpus.claims.size());
        corpus.claims.reserve(corpus.claims.size() + 4 * n);  // ~4 claims per story
        facts.reserve(corpus.claims.capacity());
        facts.resize(corpus.claims.size());
        // The curated claims of each article (all come before any extracted one).
        curated_claims.assign(n, {});
        for (Index i = 0; i < first_claim; ++i) {
            const Claim& c = corpus.claims[i];
            if (c.provenance == Provenance::Curated && c.span.article >= 0 && static_cast<size_t>(c.span.article) < n)
                curated_claims[c.span.article].push_back({c.span.start, c.span.end});
        }
    }

    // Runs up to `budget` articles of work; returns true when everything is done.
    bool Step(size_t budget) {
        using Clock = std::chrono::steady_clock;
        while (stage != ExtractStage::Done) {
            if (Cancelling()) { cancelled = true; return true; }
            const size_t n = Articles();
            if (stage == ExtractStage::Structure || stage == ExtractStage::Timexes || stage == ExtractStage::Claims) {
                // An article of the structure pass is two stages' work (structure and entities).
                const size_t cost = stage == ExtractStage::Structure ? 2 : 1;
                const size_t articles = std::max<size_t>(1, budget / cost);
                const size_t before = next;
                Batch(articles);
                // Charged for the articles done, not asked for: a phase that ends early leaves the rest of
                // the budget to the next one (ExtractAll's whole-corpus step then reaches the Timexes phase
                // with budget for all of it, so coreference runs beside it instead of alone afterwards).
                const size_t spent = (next - before) * cost;
                budget = budget > spent ? budget - spent : 0;
                if (Cancelling()) { cancelled = true; return true; }
                if (next < n) return false;  // budget spent
                if (stage == ExtractStage::Structure) stage = ExtractStage::Entities;  // the pass did both
            } else {
                const auto t0 = Clock::now();
                const std::clock_t c0 = std::clock();
                double beside = 0;  // processor seconds of the Relations stage done during this one
                switch (stage) {
                    case ExtractStage::Coreference: FinishCoreference(); break;
                    case ExtractStage::Events: beside = Events(); break;
                    case ExtractStage::Relations:
                        if (options.relations)
                            FindRelations(corpus, facts, first_claim, first_event, families, homes, &relation_inputs);
                        relation_inputs = RelationInputs{};
                        SortLayers(corpus);
                        break;
                    default: break;
                }
                if (progress) {
                    progress->seconds[static_cast<size_t>(stage)] += std::chrono::duration<double>(Clock::now() - t0).count();
                    progress->cpu_seconds[static_cast<size_t>(stage)] += static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC - beside;
                    progress->cpu_seconds[static_cast<size_t>(ExtractStage::Relations)] += beside;
                }
                Report(1, 1);
                budget = budget > n ? budget - n : 0;  // a corpus-wide stage costs about one pass
            }
            stage = static_cast<ExtractStage>(static_cast<int>(stage) + 1);
            next = 0;
            if (stage == ExtractStage::Timexes) {
                had_timexes.assign(n, {});
                for (const Timex& t : corpus.timexes)
                    if (t.span.article >= 0 && static_cast<size_t>(t.span.article) < n)
                        had_timexes[t.span.article].push_back({t.span.start, t.span.end});
            }
            if (budget == 0 && stage != ExtractStage::Done) return false;
        }
        return true;
    }
};

Extractor::Extractor(Corpus& corpus, const ExtractOptions& options, ExtractProgress* progress)
    : m_state(std::make_unique<State>(corpus, options, progress)) {
    const size_t n = corpus.articles.size();
    m_state->structure.resize(n);
    m_state->mentions.resize(n);
    m_state->new_timexes.resize(n);
    m_state->new_claims.resize(n);
    m_state->new_facts.resize(n);
}
Extractor::~Extractor() = default;
bool Extractor::Step(size_t max_articles) { return m_state->Step(std::max<size_t>(1, max_articles)); }
bool Extractor::Done() const { return m_state->stage == ExtractStage::Done || m_state->cancelled; }
bool Extractor::Cancelled() const { return m_state->cancelled; }
ExtractStage Extractor::Stage() const { return m_state->stage; }
float Extractor::Fraction() const {
    const float stages = static_cast<float>(kExtractStageCount - 1);
    const size_t n = m_state->Articles();
    const float within = n ? static_cast<float>(m_state->next) / static_cast<float>(n) : 0.f;
    // The structure pass covers the first two stages.
    if (m_state->stage == ExtractStage::Structure) return std::min(1.f, 2.f * within / stages);
    return std::min(1.f, (static_cast<float>(m_state->stage) + within) / stages);
}

void ExtractAll(Corpus& corpus, const ExtractOptions& options, ExtractProgress* progress) {
    Extractor x(corpus, options, progress);
    while (!x.Step(SIZE_MAX / 2)) {
    }
}

}  // namespace core
