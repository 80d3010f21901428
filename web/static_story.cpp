// static_story.cpp — writes the bundled story as static HTML (core::ExportStoryHtml) at build time; run by
// node in the wasm build so the page's <noscript> needs no native tool. Usage: node static_story.js OUT
#include <cstdio>

#include "html_export.hpp"
#include "seeds.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: static_story OUT.html\n");
        return 2;
    }
    core::HtmlExportOptions options;
    options.fragment = true;
    options.heading_level = 2;          // the page's own <h1> names the story
    options.title = "The story as text";
    const std::string html = core::ExportStoryHtml(core::LoadSeedCorpus(), options);
    std::FILE* f = std::fopen(argv[1], "wb");
    if (!f || std::fwrite(html.data(), 1, html.size(), f) != html.size() || std::fclose(f) != 0) {
        std::fprintf(stderr, "static_story: cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
