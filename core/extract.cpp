#include "extract.hpp"

#include <algorithm>
#include <chrono>

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
    static const char* const kNames[] = {"structure", "timexes", "entities", "coreference",
                                         "claims",    "events",  "relations", "done"};
    return kNames[static_cast<size_t>(s)];
}

struct Extractor::State {
    Corpus& corpus;
    ExtractOptions options;
    ExtractProgress* progress;
    ExtractStage stage = ExtractStage::Structure;
    size_t next = 0;                                    // next article of a per-article stage
    bool cancelled = false;
    std::vector<TextStructure> structure;
    std::vector<std::vector<EntityMention>> mentions;
    std::vector<char> had_timexes;                      // article already had timexes (curated): keep them
    std::vector<ClaimFacts> facts;
    Index first_claim = 0;
    Index first_event = 0;
    std::vector<std::vector<Index>> curated_claims;     // per article, the curated claims (built lazily)
    std::vector<std::string_view> families;             // per new event: its trigger family

    State(Corpus& c, const ExtractOptions& o, ExtractProgress* p) : corpus(c), options(o), progress(p) {}

    size_t Articles() const { return corpus.articles.size(); }

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
        std::vector<ByteRange> existing;
        if (had_timexes[a])
            for (const Timex& t : corpus.timexes)
                if (t.span.article == static_cast<Index>(a)) existing.push_back({t.span.start, t.span.end});
        std::vector<Timex> found = TagTimexes(art.text, art.published_day, {}, static_cast<Index>(a), &skip);
        for (Timex& t : found) {
            const bool dup = std::any_of(existing.begin(), existing.end(), [&](const ByteRange& r) {
                return r.start < t.span.end && t.span.start < r.end;
            });
            if (dup) continue;
            t.span.article = static_cast<Index>(a);
            corpus.timexes.push_back(std::move(t));
        }
#else
        (void)a;
#endif
    }

    void Entities(size_t a) { mentions[a] = RecognizeEntities(corpus.articles[a].text, structure[a]); }

    void Claims(size_t a) {
        const Index before = static_cast<Index>(corpus.claims.size());
        ExtractClaims(corpus, static_cast<Index>(a), structure[a], mentions[a], facts);
        // A curated claim on the same sentence stands for it: drop the extracted duplicate.
        if (curated_claims.empty()) {  // built once: the curated claims come before any extracted one
            curated_claims.assign(Articles() + 1, {});
            for (Index i = 0; i < first_claim; ++i) {
                const Claim& c = corpus.claims[i];
                if (c.provenance == Provenance::Curated && c.span.article >= 0 && static_cast<size_t>(c.span.article) < Articles())
                    curated_claims[c.span.article].push_back(i);
            }
        }
        std::vector<const Claim*> curated;
        for (Index i : curated_claims[a]) curated.push_back(&corpus.claims[i]);
        if (curated.empty()) return;
        Index w = before;
        for (Index r = before; r < static_cast<Index>(corpus.claims.size()); ++r) {
            const Claim& c = corpus.claims[r];
            const bool dup = std::any_of(curated.begin(), curated.end(), [&](const Claim* k) {
                return k->span.start < c.span.end && c.span.start < k->span.end;
            });
            if (dup) continue;
            if (w != r) corpus.claims[w] = std::move(corpus.claims[r]), facts[w] = std::move(facts[r]);
            ++w;
        }
        corpus.claims.resize(w);
        facts.resize(w);
    }

    // Runs up to `budget` articles of work; returns true when everything is done.
    bool Step(size_t budget) {
        using Clock = std::chrono::steady_clock;
        while (stage != ExtractStage::Done) {
            if (progress && progress->cancel.load(std::memory_order_relaxed)) { cancelled = true; return true; }
            const auto t0 = Clock::now();
            const size_t n = Articles();
            const bool per_article = stage == ExtractStage::Structure || stage == ExtractStage::Timexes ||
                                     stage == ExtractStage::Entities || stage == ExtractStage::Claims;
            if (per_article) {
                size_t done_now = 0;
                while (next < n && done_now < budget) {
                    switch (stage) {
                        case ExtractStage::Structure: Structure(next); break;
                        case ExtractStage::Timexes: Timexes(next); break;
                        case ExtractStage::Entities: Entities(next); break;
                        default: Claims(next); break;
                    }
                    ++next, ++done_now;
                    if (progress && progress->cancel.load(std::memory_order_relaxed)) break;
                }
                if (progress) progress->seconds[static_cast<size_t>(stage)] += std::chrono::duration<double>(Clock::now() - t0).count();
                Report(next, n);
                if (next < n) return false;  // budget spent (or cancel seen at the top of the next call)
            } else {
                switch (stage) {
                    case ExtractStage::Coreference:
                        ResolveEntities(corpus, mentions);
                        if (!std::is_sorted(corpus.timexes.begin(), corpus.timexes.end(), [](const Timex& x, const Timex& y) {
                                return x.span.article != y.span.article ? x.span.article < y.span.article : x.span.start < y.span.start;
                            }))
                            SortLayers(corpus);  // claims index timexes: sort before any claim exists
                        first_claim = static_cast<Index>(corpus.claims.size());
                        corpus.claims.reserve(corpus.claims.size() + 4 * n);  // ~4 claims per story
                        facts.reserve(corpus.claims.capacity());
                        facts.resize(corpus.claims.size());
                        break;
                    case ExtractStage::Events:
                        first_event = static_cast<Index>(corpus.events.size());
                        families = BuildEvents(corpus, facts, first_claim);
                        break;
                    case ExtractStage::Relations:
                        if (options.relations) FindRelations(corpus, facts, first_claim, first_event, families);
                        SortLayers(corpus);
                        break;
                    default: break;
                }
                if (progress) progress->seconds[static_cast<size_t>(stage)] += std::chrono::duration<double>(Clock::now() - t0).count();
                Report(1, 1);
                budget = budget > n ? budget - n : 0;  // a corpus-wide stage costs about one pass
            }
            stage = static_cast<ExtractStage>(static_cast<int>(stage) + 1);
            next = 0;
            if (stage == ExtractStage::Timexes) {
                had_timexes.assign(n, 0);
                for (const Timex& t : corpus.timexes)
                    if (t.span.article >= 0 && static_cast<size_t>(t.span.article) < n) had_timexes[t.span.article] = 1;
            }
            if (budget == 0 && stage != ExtractStage::Done) return false;
        }
        return true;
    }
};

Extractor::Extractor(Corpus& corpus, const ExtractOptions& options, ExtractProgress* progress)
    : m_state(std::make_unique<State>(corpus, options, progress)) {
    m_state->structure.resize(corpus.articles.size());
    m_state->mentions.resize(corpus.articles.size());
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
    return std::min(1.f, (static_cast<float>(m_state->stage) + within) / stages);
}

void ExtractAll(Corpus& corpus, const ExtractOptions& options, ExtractProgress* progress) {
    Extractor x(corpus, options, progress);
    while (!x.Step(SIZE_MAX / 2)) {
    }
}

}  // namespace core
