#!/usr/bin/env bash
# Installs what the reliability stages of .ci/run need on Debian 12, on top of
# .ci/deps.sh: clang and its runtime libraries (libFuzzer, sanitizers) for
# .ci/fuzz.sh; setpriv (util-linux) to check an unreadable file as an
# unprivileged user; gdal-bin (ogrinfo, ogr2ogr) for the network test's
# control run and the fuzz seeds. By package name, only what is missing.
set -euo pipefail
packages=(
  clang libclang-rt-14-dev
  util-linux gdal-bin
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
