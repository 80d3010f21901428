#include "commands.hpp"

#include <CLI/CLI.hpp>

namespace cli {

namespace {
int g_exit_code = 0;
}

void SetExitCode(int code) { if (code > g_exit_code) g_exit_code = code; }
int ExitCode() { return g_exit_code; }

void AddAllCommands(CLI::App& app) {
    // Command groups are added here as they land (bundle, timex, entity evaluation, benchmarks).
    AddBundleCommands(app);
    AddExportHtmlCommand(app);
    AddEntityEvalCommand(app);
    AddBenchExtractCommand(app);
    AddTimexCommands(app);
}

}  // namespace cli
