#pragma once
// The command-line modes that print what the record says: --status (each
// flashpoint's status at a date), --events (the events in a range),
// --sources (what the record cites) and --changes (what changed between two
// dates). Each returns the exit code: 0, 1 if the data cannot be loaded, 2
// for a bad value.

#include "CommandLine.h"

namespace QueryCommands {
int status(const CommandLine &cl);
int events(const CommandLine &cl);
int sources(const CommandLine &cl);
int changes(const CommandLine &cl);
}
