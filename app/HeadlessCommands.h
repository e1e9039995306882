#pragma once
// The command-line modes that need no window: --export, --validate,
// --status and --events. Each returns the process exit code:
// 0 success, 1 a data or write failure, 2 a bad argument.

#include "CommandLine.h"

namespace HeadlessCommands {
int exportMap(const CommandLine &cl);
int validate(const CommandLine &cl);
int status(const CommandLine &cl);
int events(const CommandLine &cl);
}
