#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer
# (LAC_SANITIZE=ON, gcc) in build-asan/ and run with ctest. Any sanitizer report,
# in a test or in a process a test starts (lacviewer --export...), fails the stage:
# reports also go to build-asan/sanitizer-logs/, which must stay empty.
# Leaks inside third-party libraries are suppressed by tests/lsan.supp (one
# commented entry each; never our own code). See docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/deps.sh
bash .ci/deps-reliability.sh
jobs="${LAC_JOBS:-2}"

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLAC_SANITIZE=ON
cmake --build build-asan -j"$jobs"

logs="$PWD/build-asan/sanitizer-logs"
rm -rf "$logs" && mkdir -p "$logs"
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:log_path=$logs/asan:log_exe_name=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tests/ubsan.supp:log_path=$logs/ubsan:log_exe_name=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
status=0
ctest --test-dir build-asan --output-on-failure -j"$jobs" || status=$?
if compgen -G "$logs/*" > /dev/null; then
  echo "Sanitizer reports:" >&2
  for f in "$logs"/*; do echo "=== $f" >&2; cat "$f" >&2; done
  status=1
fi
exit "$status"
