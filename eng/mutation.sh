#!/usr/bin/env bash
# Mutation testing of contexts of the library with Stryker.NET (a local tool: .config/dotnet-tools.json), through the
# library's tests compiled for VSTest (eng/mutation/Gwanak.Innovation.MutationTests.csproj: the same sources on xunit 2's
# core, whose runs Stryker observes; its runner for Microsoft Testing Platform, where the tests normally run, is a
# preview that reports every mutant as surviving). Usage: eng/mutation.sh CONTEXT [CONTEXT...]
#   CONTEXT: a folder of src/Gwanak.Innovation (Agreements, Districts, Ecosystem, Exchange, Governance, Organizations,
#            Primitives, Ventures, Zones). Several contexts in one run share Stryker's fixed cost (building, the initial
#            test run, the coverage capture: about five minutes). The report goes to artifacts/mutation/<contexts>
#            (HTML and JSON); a score is printed per context, and docs/quality.md records them. MUTATION_CONCURRENCY
#            sets Stryker's test runners (default 2). Not part of .ci/run: a context takes minutes to hours.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: eng/mutation.sh CONTEXT [CONTEXT...] (folders of src/Gwanak.Innovation)" >&2; exit 2; }
mutate=()
for context in "$@"; do
  [ -d "src/Gwanak.Innovation/$context" ] || { echo "no context src/Gwanak.Innovation/$context" >&2; exit 2; }
  mutate+=(--mutate "**/$context/**/*.cs")
done
dotnet tool restore >/dev/null
dotnet restore eng/mutation/Gwanak.Innovation.MutationTests.csproj >/dev/null
out="$PWD/artifacts/mutation/$(IFS=-; echo "$*")"
rm -rf "$out"
mkdir -p "$out"
cd src/Gwanak.Innovation
dotnet stryker \
  --test-runner vstest \
  --test-project ../../eng/mutation/Gwanak.Innovation.MutationTests.csproj \
  "${mutate[@]}" \
  --configuration Release \
  --concurrency "${MUTATION_CONCURRENCY:-2}" \
  --reporter html --reporter json --reporter progress \
  --output "$out" \
  --break-at 0
report=$(find "$out" -name 'mutation-report.json' | head -n 1)
python3 - "$report" "$@" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
for context in sys.argv[2:]:
    counts = {}
    for path, f in report["files"].items():
        if f"/Gwanak.Innovation/{context}/" not in path.replace("\\", "/"):
            continue
        for m in f["mutants"]:
            counts[m["status"]] = counts.get(m["status"], 0) + 1
    killed = counts.get("Killed", 0) + counts.get("Timeout", 0)
    survived = counts.get("Survived", 0) + counts.get("NoCoverage", 0)
    score = 100.0 * killed / (killed + survived) if killed + survived else 100.0
    print(f"{context}: {score:.1f}% ({killed} killed or timed out, {counts.get('Survived', 0)} survived, {counts.get('NoCoverage', 0)} not covered, {counts.get('CompileError', 0)} compile errors, {counts.get('Ignored', 0)} ignored)")
# The mutants to kill or explain, one a line (file:line, status, mutator, the code it became), beside the report.
with open(sys.argv[1].rsplit("/", 1)[0] + "/survivors.txt", "w") as out:
    for path, f in sorted(report["files"].items()):
        name = path.replace("\\", "/").split("/Gwanak.Innovation/", 1)[-1]
        for m in sorted(f["mutants"], key=lambda m: m["location"]["start"]["line"]):
            if m["status"] in ("Survived", "NoCoverage"):
                replacement = " ".join(m.get("replacement", "").split())[:160]
                out.write(f"{name}:{m['location']['start']['line']}\t{m['status']}\t{m['mutatorName']}\t{replacement}\n")
print("survivors: " + sys.argv[1].rsplit("/", 1)[0] + "/survivors.txt")
PY
