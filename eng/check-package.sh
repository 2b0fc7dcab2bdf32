#!/usr/bin/env bash
# Checks that each packed nupkg holds what its package promises: its assembly and XML docs, the README, symbols, the
# right id, licence and dependencies, and the files listed in eng/package-contents.d/<PackageId>.txt.
# Usage: bash eng/check-package.sh [folder-with-the-nupkgs]   (default: artifacts). Exits non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/.."
dir=${1:-artifacts}
ok=0
fail() { echo "package check: $*"; ok=1; }

# check <PackageId> <dependency>...
check() {
  local id=$1; shift
  local nupkg snupkg files nuspec
  nupkg=$(ls "$dir/$id".[0-9]*.nupkg 2>/dev/null | grep -v '\.symbols\.' | head -n 1)
  snupkg=$(ls "$dir/$id".[0-9]*.snupkg 2>/dev/null | head -n 1)
  [ -n "$nupkg" ] || { fail "no $id nupkg in $dir"; return; }
  [ -n "$snupkg" ] || fail "$id: no .snupkg symbols package"
  files=$(unzip -Z1 "$nupkg")
  has() { grep -qx "$1" <<<"$files" || fail "$id: missing $1"; }
  has "lib/net10.0/$id.dll"
  has "lib/net10.0/$id.xml"
  has "README.md"
  has "$id.nuspec"
  if [ -f "eng/package-contents.d/$id.txt" ]; then
    while read -r f; do [ -n "$f" ] && has "$f"; done < "eng/package-contents.d/$id.txt"
  fi
  nuspec=$(unzip -p "$nupkg" "$id.nuspec")
  for want in "<id>$id</id>" '<license type="expression">MIT</license>' '<readme>README.md</readme>' \
              'municipality' 'innovation-district' '<repository type="git"' '<description>'; do
    grep -qF "$want" <<<"$nuspec" || fail "$id: nuspec lacks $want"
  done
  for dependency in "$@"; do
    grep -qF "<dependency id=\"$dependency\"" <<<"$nuspec" || fail "$id: nuspec lacks the dependency $dependency"
  done
  if grep -q 'developmentDependency' <<<"$nuspec"; then fail "$id: a package must not be a development dependency"; fi
  [ $ok -eq 0 ] && echo "package check: $(basename "$nupkg") holds what it promises"
}

check Gwanak.Innovation NodaTime Ardalis.GuardClauses
check Gwanak.Innovation.Json Gwanak.Innovation NodaTime.Serialization.SystemTextJson
exit $ok
