// claimline — the command line: validate, extract, export and measure stories.
//   ./tools/claimline --help        (the wrapper builds the tool when needed)
#include <CLI/CLI.hpp>

#include <cstdio>

#include "commands.hpp"

int main(int argc, char** argv) {
    CLI::App app{"claimline — explore a news story told by several articles"};
    app.set_version_flag("--version", "claimline 0.1.0");
    app.require_subcommand(1);
    cli::AddAllCommands(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    return cli::ExitCode();
}
