#!/usr/bin/env bash
# Installs what the reliability stages of .ci/run need on Debian 12, on top of
# .ci/deps.sh: clang and its runtime libraries (libFuzzer, sanitizers) for
# .ci/fuzz.sh; setpriv (util-linux) to check an unreadable file as an
# unprivileged user; gdal-bin (ogrinfo, ogr2ogr) for the network test's
# control run and the fuzz seeds. By package name, only what is missing.
set -euo pipefail
exec bash "$(dirname "$0")/deps.sh" clang libclang-rt-14-dev util-linux gdal-bin
