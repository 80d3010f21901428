// commands.hpp — how subcommands plug into the CLI: each cmd_*.cpp defines an Add…Command(s) function
// that registers its subcommands with CLI11 and sets the exit code through SetExitCode.
#pragma once

namespace CLI { class App; }

namespace cli {

void AddAllCommands(CLI::App& app);  // commands.cpp: one line per command group
void AddBundleCommands(CLI::App& app);  // cmd_bundle.cpp: validate, extract, export, stats
void AddExportHtmlCommand(CLI::App& app);  // cmd_export_html.cpp: export-html (static, accessible page)
void AddEntityEvalCommand(CLI::App& app);  // cmd_eval_entities.cpp: eval-entities (MEANTIME)
void AddBenchExtractCommand(CLI::App& app);  // cmd_bench_extract.cpp: bench-extract (Reuters, per stage)
void AddTimexCommands(CLI::App& app);  // cmd_timex.cpp: tag, timeml, eval-timex (TempEval-3 scorer)
void SetExitCode(int code);          // the process exit code (0 = success); the worst code wins
int ExitCode();

}  // namespace cli
