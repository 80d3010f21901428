#include "open_files.hpp"

#include "app.hpp"

namespace ui {

bool OpenFiles(AppState& app, const std::vector<core::InputFile>& files) {
    core::IngestResult r = core::IngestFiles(files);
    if (!r.ok) {
        app.status = r.errors.front().ToString();
        if (r.errors.size() > 1) app.status += "  (+" + std::to_string(r.errors.size() - 1) + " more)";
        return false;
    }
    const size_t n = r.corpus.articles.size();
    OpenCorpus(app, std::move(r.corpus));
    app.status = "Opened " + std::to_string(n) + (n == 1 ? " article" : " articles");
    return true;
}

}  // namespace ui
