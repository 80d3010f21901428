#include "ingest.hpp"

#include <cctype>

#include "corpus.hpp"
#include "reuters_sgml.hpp"
#include "timeml.hpp"

namespace core {

namespace {

bool HasExtension(std::string_view name, std::string_view ext) {
    if (name.size() < ext.size()) return false;
    std::string_view tail = name.substr(name.size() - ext.size());
    for (size_t i = 0; i < ext.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(tail[i])) != ext[i]) return false;
    return true;
}

std::string_view BaseName(std::string_view name) {
    const size_t slash = name.find_last_of("/\\");
    return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

std::string Stem(std::string_view name) {
    name = BaseName(name);
    const size_t dot = name.rfind('.');
    return std::string(dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot));
}

LoadError ErrorAt(std::string_view file, std::string_view bytes, size_t offset, std::string message) {
    LoadError e;
    e.file = std::string(file);
    LineColumnOf(bytes, offset, e.line, e.column);
    e.message = std::move(message);
    return e;
}

// Adds an article, renaming its id when taken ("a" → "a-2") so several files never collide.
void AddUnique(Corpus& corpus, Article a) {
    const std::string base = a.id.empty() ? "article" : a.id;
    std::string id = base;
    for (int n = 2; ArticleIndex(corpus, id) != kNone; ++n) id = base + "-" + std::to_string(n);
    a.id = id;
    AddArticle(corpus, std::move(a));
}

}  // namespace

bool ArticleFromText(std::string_view name, std::string_view bytes, Article& out, LoadError& error) {
    size_t bad = 0;
    if (bytes.empty() || bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        error = ErrorAt(name, bytes, 0, "the file is empty: an article needs text");
        return false;
    }
    if (bytes.find('\0') != std::string_view::npos) {
        error = ErrorAt(name, bytes, bytes.find('\0'), "this looks like a binary file, not text (NUL byte)");
        return false;
    }
    if (!IsValidUtf8(bytes, &bad)) {
        error = ErrorAt(name, bytes, bad, "invalid UTF-8: save the file as UTF-8 text");
        return false;
    }
    out = Article{};
    out.id = Stem(name);
    out.text = std::string(bytes);
    const size_t first = bytes.find_first_not_of(" \t\r\n");
    const size_t eol = bytes.find('\n', first);
    std::string_view line = bytes.substr(first, eol == std::string_view::npos ? std::string_view::npos : eol - first);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    // A first line that is a whole paragraph is not a headline; cut it at a word boundary for display.
    if (line.size() > 160) {
        size_t cut = line.rfind(' ', 150);
        line = line.substr(0, cut == std::string_view::npos ? 150 : cut);
        out.headline = std::string(line) + "…";
    } else {
        out.headline = std::string(line);
    }
    return true;
}

bool ArticleFromTimeml(std::string_view name, std::string_view bytes, Article& out, LoadError& error) {
    TimemlDocument doc;
    if (!ParseTimeml(bytes, name, doc, error)) return false;
    // The decoded TEXT is the article; its checks (empty, headline) are the plain-text ones, but a
    // problem is reported at the <TEXT> element of the file, not inside the decoded text.
    if (!ArticleFromText(name, doc.text, out, error)) {
        error = ErrorAt(name, bytes, doc.content_start, "the <TEXT> element has no text: an article needs some");
        return false;
    }
    out.published = doc.dct_value;
    out.published_day = doc.dct;
    out.published_certainty = DateCertainty::Stated;
    out.published_note = "the TimeML document creation time (DCT " + doc.dct_value + ")";
    return true;
}

IngestResult IngestFiles(const std::vector<InputFile>& files, const LoadLimits& limits) {
    IngestResult r;
    if (files.empty()) {
        r.errors.push_back({"", 0, 0, "", "no files given"});
        return r;
    }
    const bool single = files.size() == 1;
    for (const InputFile& f : files) {
        if (f.bytes.size() > limits.max_bytes) {
            r.errors.push_back({f.name, 0, 0, "", "the file is " + std::to_string(f.bytes.size() >> 20) +
                                " MiB; the limit is " + std::to_string(limits.max_bytes >> 20) + " MiB"});
            continue;
        }
        if (HasExtension(f.name, ".json")) {
            LoadOptions options;
            options.limits = limits;
            // Sibling files resolve among the files given (articles.json next to its .txt files).
            options.read_file = [&files](std::string_view name, std::string& bytes) {
                for (const InputFile& g : files)
                    if (BaseName(g.name) == name) { bytes = g.bytes; return true; }
                return false;
            };
            LoadResult loaded = LoadBundle(f.bytes, f.name, options);
            if (!loaded.ok) {
                for (LoadError& e : loaded.errors) r.errors.push_back(std::move(e));
                continue;
            }
            if (single) {
                r.needs_extraction = !HasExtractedLayers(loaded.corpus);
                r.corpus = std::move(loaded.corpus);
            } else {
                for (Article& a : loaded.corpus.articles) AddUnique(r.corpus, std::move(a));
            }
        } else if (HasExtension(f.name, ".tml")) {
            Article a;
            LoadError e;
            if (!ArticleFromTimeml(f.name, f.bytes, a, e)) { r.errors.push_back(std::move(e)); continue; }
            AddUnique(r.corpus, std::move(a));
        } else if (HasExtension(f.name, ".sgm")) {
            for (Article& a : ReadReutersSgml(f.bytes, f.name)) AddUnique(r.corpus, std::move(a));
        } else if (HasExtension(f.name, ".txt") || f.name.find('.') == std::string::npos) {
            Article a;
            LoadError e;
            if (!ArticleFromText(f.name, f.bytes, a, e)) { r.errors.push_back(std::move(e)); continue; }
            AddUnique(r.corpus, std::move(a));
        } else {
            r.errors.push_back({f.name, 0, 0, "", "unknown kind of file: expected .txt, .json (bundle), .tml or .sgm"});
        }
    }
    if (r.errors.empty() && r.corpus.articles.empty())
        r.errors.push_back({files.front().name, 0, 0, "", "no articles found"});
    r.ok = r.errors.empty();
    if (!r.ok) r.corpus = Corpus{};
    return r;
}

}  // namespace core
