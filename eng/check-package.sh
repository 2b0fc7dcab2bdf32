#!/usr/bin/env bash
# Checks that the packed Gwanak.Innovation nupkg holds what the package promises.
set -uo pipefail
dir=${1:-artifacts}
nupkg=$(ls "$dir"/Gwanak.Innovation.*.nupkg 2>/dev/null | grep -v '\.symbols\.' | head -n 1)
snupkg=$(ls "$dir"/Gwanak.Innovation.*.snupkg 2>/dev/null | head -n 1)
ok=0
fail() { echo "package check: $*"; ok=1; }
[ -n "$nupkg" ] || { echo "package check: no Gwanak.Innovation nupkg in $dir"; exit 1; }
[ -n "$snupkg" ] || fail "no .snupkg symbols package"
files=$(unzip -Z1 "$nupkg")
has() { grep -qx "$1" <<<"$files" || fail "missing $1"; }
has "lib/net10.0/Gwanak.Innovation.dll"
has "lib/net10.0/Gwanak.Innovation.xml"
has "README.md"
has "Gwanak.Innovation.nuspec"
for extra in $(ls eng/package-contents.d/*.txt 2>/dev/null); do
  while read -r f; do [ -n "$f" ] && has "$f"; done < "$extra"
done
nuspec=$(unzip -p "$nupkg" Gwanak.Innovation.nuspec)
for want in '<id>Gwanak.Innovation</id>' '<license type="expression">MIT</license>' '<readme>README.md</readme>' \
            'municipality' 'innovation-district' 'startup' 'korea' 'nodatime' '<repository type="git"' \
            '<dependency id="NodaTime"' '<dependency id="Ardalis.GuardClauses"' '<description>'; do
  grep -qF "$want" <<<"$nuspec" || fail "nuspec lacks $want"
done
if grep -q 'developmentDependency' <<<"$nuspec"; then fail "package must not be a development dependency"; fi
[ $ok -eq 0 ] && echo "package check: $(basename "$nupkg") holds what it promises"
exit $ok
