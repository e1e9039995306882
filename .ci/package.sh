#!/usr/bin/env bash
# Builds the Debian package in build/ (cpack -G DEB), installs it on this
# machine with its dependencies, checks the installed program the way a user
# would (version and data path, validation, a headless export from
# /usr/bin), then removes it again.
set -euo pipefail
trap 'echo "package.sh: line $LINENO failed: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."
(cd build && cpack -G DEB)
deb=$(ls -t build/lacviewer_*.deb | head -1)
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "./$deb" >/dev/null
trap 'dpkg -r lacviewer >/dev/null' EXIT
out=$(mktemp -d)
/usr/bin/lacviewer --version | tee "$out/version"
grep -qx 'data: /usr/share/lacviewer/geodata' "$out/version"
/usr/bin/lacviewer --validate
env -u DISPLAY /usr/bin/lacviewer --export "$out/map.png" --date 2024-11-20 --view depsang
# PNG signature, then the IHDR width and height (1600 x 1000).
[ "$(od -An -tx1 -N24 "$out/map.png" | tr -d ' \n')" = 89504e470d0a1a0a0000000d4948445200000640000003e8 ]
man -w lacviewer >/dev/null
# The catalogues are embedded: the installed program speaks Chinese and Hindi,
# and its Hindi PDF embeds the Devanagari font the package depends on.
# Read whole, not through head: a reader that stops early would end the
# program with SIGPIPE, which pipefail counts as a failure.
help_zh=$(/usr/bin/lacviewer --lang zh_CN --help)
help_hi=$(/usr/bin/lacviewer --lang hi --help)
[[ "${help_zh%%$'\n'*}" == 用法：lacviewer* ]]
[[ "${help_hi%%$'\n'*}" == 'उपयोग: lacviewer'* ]]
env -u DISPLAY /usr/bin/lacviewer --lang hi --export "$out/hi.pdf" --date 2024-11-20
grep -q 'Lohit-Devanagari' <<<"$(pdffonts "$out/hi.pdf")"
rm -rf "$out"
echo "package OK: $deb"
