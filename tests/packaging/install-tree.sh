#!/usr/bin/env bash
# An installed LAC Viewer works with the build tree out of reach: `cmake
# --install` into a fresh prefix, then the installed program finds its data
# beside itself, validates it, exports a map headless, and its desktop entry,
# metainfo, man page and bash completion are in place and valid.
# Usage: install-tree.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
bin=$prefix/bin/lacviewer
fail() { echo "FAIL: $*" >&2; exit 1; }

# The data beside the program, not the source tree.
env -u LACVIEWER_DATA_DIR "$bin" --version | grep -qx "data: $prefix/share/lacviewer/geodata" \
    || fail "the installed program does not read $prefix/share/lacviewer/geodata: $("$bin" --version)"
env -u LACVIEWER_DATA_DIR "$bin" --validate | grep -q '^OK: ' || fail "--validate of the installed data"
env -u LACVIEWER_DATA_DIR -u DISPLAY "$bin" --export "$prefix/map.png" --size 400x300 --date 2024-11-20 >/dev/null \
    || fail "headless export from the installed program"
[ "$(head -c 8 "$prefix/map.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the export is not a PNG"

desktop-file-validate "$prefix/share/applications/org.lacviewer.LACViewer.desktop" || fail "desktop entry"
appstreamcli validate --no-net "$prefix/share/metainfo/org.lacviewer.LACViewer.metainfo.xml" >/dev/null \
    || fail "AppStream metainfo"
for size in 48x48 64x64 128x128 256x256; do
    [ -s "$prefix/share/icons/hicolor/$size/apps/lacviewer.png" ] || fail "icon $size"
done
[ -s "$prefix/share/icons/hicolor/scalable/apps/lacviewer.svg" ] || fail "scalable icon"

# Every option --help lists is documented in the man page.
man=$prefix/share/man/man1/lacviewer.1
[ -s "$man" ] || fail "no man page"
page=$(MANWIDTH=200 man -l "$man" 2>/dev/null)
for opt in $("$bin" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
    grep -q -- "$opt" <<<"$page" || fail "the man page does not document $opt"
done

# The completion completes options and ids.
completion=$prefix/share/bash-completion/completions/lacviewer
bash -n "$completion" || fail "completion script syntax"
got=$(PATH="$prefix/bin:$PATH" bash -c "source '$completion'; COMP_WORDS=(lacviewer --vi); COMP_CWORD=1; _lacviewer; echo \${COMPREPLY[*]}")
[ "$got" = "--view" ] || fail "completing --vi gave '$got'"
got=$(bash -c "source '$completion'; COMP_WORDS=(lacviewer --view gal); COMP_CWORD=2; _lacviewer; echo \${COMPREPLY[*]}")
[ "$got" = "galwan" ] || fail "completing --view gal gave '$got'"
got=$(bash -c "source '$completion'; COMP_WORDS=(lacviewer --select pp1); COMP_CWORD=2; _lacviewer; echo \${COMPREPLY[*]}")
grep -q pp14 <<<"$got" || fail "completing --select pp1 gave '$got'"
echo "installed tree OK"
