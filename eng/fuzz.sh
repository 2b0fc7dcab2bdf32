#!/usr/bin/env bash
# Fuzzes the text readers with afl-fuzz: publishes fuzz/Gwanak.Innovation.Fuzz into a temporary folder, instruments the
# library's two assemblies there with SharpFuzz (the local tool of .config/dotnet-tools.json), and runs afl-fuzz on one
# target, or on each in turn, from its starting corpus in fuzz/corpus/TARGET for a bounded time. Debian's afl++ is installed
# when missing (as root). Findings go to fuzz/findings/TARGET/TIME (not in git).
#
# Usage: bash eng/fuzz.sh TARGET|all SECONDS [afl-fuzz options...]
#   bash eng/fuzz.sh money 60
#   bash eng/fuzz.sh document 3600 -M main      # and in another shell: bash eng/fuzz.sh document 3600 -S second
# Exits 1 when afl-fuzz found a crash (it prints each crashing input and replays it to show the failure), 2 on a usage
# or setup error. FUZZ_FINDINGS=DIR puts the findings elsewhere; FUZZ_TIMEOUT_MS sets afl-fuzz's -t (default 5000).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
project=fuzz/Gwanak.Innovation.Fuzz/Gwanak.Innovation.Fuzz.csproj

usage() { sed -n '7,10p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 2 ] || usage
target=$1
seconds=$2
shift 2
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "fuzz: SECONDS must be a positive whole number, not '$seconds'" >&2; exit 2; }

if ! command -v afl-fuzz >/dev/null; then
  echo "fuzz: installing Debian's afl++"
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q afl++; } >/dev/null \
    || { echo "fuzz: afl++ could not be installed (apt-get install afl++ as root)" >&2; exit 2; }
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin="$work/bin"
plain="$work/plain"
echo "fuzz: publishing and instrumenting into $bin"
dotnet tool restore >/dev/null || { echo "fuzz: dotnet tool restore failed" >&2; exit 2; }
dotnet publish "$project" -c Release -o "$bin" >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log" >&2; echo "fuzz: publishing the harness failed" >&2; exit 2; }
# Instrumented code writes coverage into afl-fuzz's shared memory and fails outside it: listing the targets and
# replaying the crashes use an uninstrumented copy.
cp -r "$bin" "$plain"
for assembly in Gwanak.Innovation.dll Gwanak.Innovation.Json.dll; do
  dotnet tool run sharpfuzz "$bin/$assembly" >"$work/instrument.log" 2>&1 \
    || { cat "$work/instrument.log" >&2; echo "fuzz: instrumenting $assembly failed" >&2; exit 2; }
done
harness=(dotnet "$bin/Gwanak.Innovation.Fuzz.dll")
replay=(dotnet "$plain/Gwanak.Innovation.Fuzz.dll")

mapfile -t known < <("${replay[@]}" --list)
if [ "$target" = all ]; then
  targets=("${known[@]}")
else
  printf '%s\n' "${known[@]}" | grep -qx -- "$target" || { echo "fuzz: no target '$target'; targets: all ${known[*]}" >&2; exit 2; }
  targets=("$target")
fi

# afl-fuzz sees the dotnet host, which carries no instrumentation of its own (SharpFuzz reports the coverage of the
# instrumented assemblies): skip that check; the rest keeps a shared machine and a container usable.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_FAST_CAL=1
export AFL_TRY_AFFINITY=1
findings_root=${FUZZ_FINDINGS:-$root/fuzz/findings}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
# Instances of one campaign (-M NAME / -S NAME) share one folder, where each keeps its queue under its name.
for option in "$@"; do
  case "$option" in -M|-S) stamp=parallel ;; esac
done
crashed=0
for t in "${targets[@]}"; do
  out="$findings_root/$t/$stamp"
  mkdir -p "$out"
  echo
  echo "== fuzz $t for ${seconds}s: findings in $out"
  # On an overloaded machine afl-fuzz's dry run of the starting corpus has once seen no coverage at all ("No
  # instrumentation detected") and refused to start; it is tried once more before the target counts as failed.
  for attempt in 1 2; do
    [ "$attempt" -eq 1 ] || { echo "  afl-fuzz did not start; trying once more"; rm -rf "${out:?}"/*; }
    timeout --kill-after=10 $((seconds + 120)) afl-fuzz -i "$root/fuzz/corpus/$t" -o "$out" -V "$seconds" \
      -t "${FUZZ_TIMEOUT_MS:-5000}" -m none "$@" -- "${harness[@]}" "$t" >"$out/afl.log" 2>&1
    rc=$?
    stats=$(find "$out" -name fuzzer_stats | head -n 1)
    [ -z "$stats" ] || break
  done
  if [ -z "$stats" ]; then
    tail -n 30 "$out/afl.log" >&2
    echo "fuzz: afl-fuzz did not start on $t (exit $rc)" >&2
    crashed=1
    continue
  fi
  awk -F' *: ' '$1 ~ /^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg)$/ {printf "  %s: %s\n", $1, $2}' "$stats"
  mapfile -t crashes < <(find "$out" -path '*/crashes/id:*' -type f | sort)
  mapfile -t hangs < <(find "$out" -path '*/hangs/id:*' -type f | sort)
  for h in "${hangs[@]}"; do echo "  hang (over ${FUZZ_TIMEOUT_MS:-5000} ms once; replay to confirm): $h"; done
  if [ "${#crashes[@]}" -gt 0 ]; then
    crashed=1
    echo "  CRASHES in $t:"
    printf '    %s\n' "${crashes[@]}"
    "${replay[@]}" "$t" "${crashes[@]}" | sed 's/^/    /' | head -n 60
  fi
done

[ "$crashed" -eq 0 ] && echo && echo "fuzz: no crash in ${targets[*]}"
exit "$crashed"
