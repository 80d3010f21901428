// corpus.hpp — the named operations that build and query a Corpus (model.hpp holds the plain data).
//
// Usage:
//   core::Corpus c = core::LoadSeedCorpus();
//   core::Index i = core::ArticleIndex(c, "002");                 // kNone when absent
//   for (core::Index k : core::ClaimsOfArticle(c, i)) …
//   core::MergeCuration(c, curated);     // editor items win; extracted items they replace are dropped
//   core::DropCurated(c);                // back to what extraction alone found (article metadata kept)
//
// Layers refer to each other by index, so every operation that reorders or removes items remaps those
// indices (claims → timexes/entities/event/speaker, events → claims, relations → claims, notes → claim).
#pragma once
#include <string_view>
#include <vector>

#include "model.hpp"

namespace core {

Index ArticleIndex(const Corpus& corpus, std::string_view id);          // kNone when absent
const Article* FindArticle(const Corpus& corpus, std::string_view id);  // nullptr when absent
Index AddArticle(Corpus& corpus, Article article);                      // kNone when the id is taken

Index FindClaim(const Corpus& corpus, std::string_view id);             // kNone when absent
std::vector<Index> ClaimsOfArticle(const Corpus& corpus, Index article);    // in text order
std::vector<Index> TimexesOfArticle(const Corpus& corpus, Index article);   // in text order

// True when the corpus carries any understood layer (timexes, entities, claims, events): a bundle written
// after extraction. Without one, a story needs the analyser before it is worth showing.
bool HasExtractedLayers(const Corpus& corpus);

// The furniture range containing `offset` (repeated headline, caption, boilerplate…), or nullptr.
const Furniture* FurnitureAt(const Article& article, uint32_t offset);

// Sorts timexes and claims by (article, start, end) and furniture by start, remapping every reference.
void SortLayers(Corpus& corpus);

// Adds the curated corpus's items (matched to this corpus's articles by id): items with an existing id
// replace it, relations between the same claims replace the extracted one; provenance stays as loaded.
void MergeCuration(Corpus& corpus, const Corpus& curated);

// Removes every curated entity, event, claim, relation and note; references to them are dropped.
void DropCurated(Corpus& corpus);
// The inverse: keeps only the editor's items (and the articles), e.g. to re-apply them after re-extraction.
void DropExtracted(Corpus& corpus);

}  // namespace core
