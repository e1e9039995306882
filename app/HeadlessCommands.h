#pragma once
// The command-line modes that write files or check them: --export (and its
// series, --export-frames and --export-animation), --report and --validate.
// Each returns the process exit code: 0 success, 1 a data or write failure
// (an existing file without --force, an unwritable path), 2 a bad argument.

#include "CommandLine.h"

namespace HeadlessCommands {
// --export, --export-frames or --export-animation, by cl.mode.
int exportMap(const CommandLine &cl);
int validate(const CommandLine &cl);
// --report OUT.pdf: the briefing as of --date (events since --since).
int report(const CommandLine &cl);
}
