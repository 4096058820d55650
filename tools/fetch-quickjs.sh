#!/usr/bin/env bash
# Fetches the pinned QuickJS tarball (or takes a local one), verifies its SHA-256 and unpacks it.
# Usage: tools/fetch-quickjs.sh OUTDIR   (QUICKJS_TARBALL=path to skip the download)
set -euo pipefail
out=${1:?usage: fetch-quickjs.sh OUTDIR}
want=ec81da5b3249ed648dbc7df4a1654988910e66a118d9b71cb63534216efcfbbe
name=quickjs_2025.04.26.orig.tar.xz
mkdir -p "$out"
out=$(cd "$out" && pwd)
tarball=${QUICKJS_TARBALL:-}
if [ -z "$tarball" ] && [ -f "$out/$name" ]; then tarball="$out/$name"; fi
if [ -z "$tarball" ]; then
  # A private apt configuration reusing this machine's Debian mirror with the trixie suite;
  # the system's own apt configuration stays untouched.
  work="$out/apt"
  mkdir -p "$work/lists/partial" "$work/parts"
  mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$mirror" ] || mirror=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  [ -n "$mirror" ] || { echo "fetch-quickjs: no Debian mirror configured; set QUICKJS_TARBALL" >&2; exit 1; }
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main" > "$work/sources.list"
  opts=(-o "Dir::Etc::sourcelist=$work/sources.list" -o "Dir::Etc::sourceparts=$work/parts" -o "Dir::State::Lists=$work/lists")
  apt-get "${opts[@]}" update >/dev/null
  (cd "$out" && apt-get "${opts[@]}" source --download-only quickjs=2025.04.26-1 >/dev/null 2>&1)
  tarball="$out/$name"
fi
got=$(sha256sum "$tarball" | cut -d' ' -f1)
if [ "$got" != "$want" ]; then
  echo "fetch-quickjs: checksum mismatch for $tarball: got $got, want $want" >&2
  exit 1
fi
rm -rf "$out/src" && mkdir -p "$out/src"
tar -xJf "$tarball" -C "$out/src" --strip-components=1
for p in "$(dirname "$0")"/../patches/quickjs-*.patch; do
  [ -f "$p" ] && patch -d "$out/src" -p1 --quiet < "$p"
done
echo "fetch-quickjs: ok ($got)"
