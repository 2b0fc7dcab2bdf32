#!/usr/bin/env bash
# Mutation testing of one context of the library with Stryker.NET (a local tool: .config/dotnet-tools.json), through the
# library's tests on Microsoft Testing Platform. Usage: eng/mutation.sh CONTEXT [CONCURRENCY]
#   CONTEXT: a folder of src/Gwanak.Innovation (Agreements, Districts, Ecosystem, Exchange, Governance, Organizations,
#            Primitives, Ventures, Zones). The report goes to artifacts/mutation/CONTEXT (HTML and JSON); the score is
#            printed, and docs/quality.md records it per context. Not part of .ci/run: a context takes minutes to hours.
set -euo pipefail
cd "$(dirname "$0")/.."
context=${1:?"usage: eng/mutation.sh CONTEXT [CONCURRENCY] (a folder of src/Gwanak.Innovation)"}
concurrency=${2:-2}
[ -d "src/Gwanak.Innovation/$context" ] || { echo "no context src/Gwanak.Innovation/$context" >&2; exit 2; }
dotnet tool restore >/dev/null
out="$PWD/artifacts/mutation/$context"
rm -rf "$out"
mkdir -p "$out"
cd src/Gwanak.Innovation
dotnet stryker \
  --test-runner mtp \
  --test-project ../../tests/Gwanak.Innovation.Tests/Gwanak.Innovation.Tests.csproj \
  --mutate "**/$context/**/*.cs" \
  --configuration Release \
  --concurrency "$concurrency" \
  --reporter html --reporter json --reporter progress \
  --output "$out" \
  --break-at 0
report=$(find "$out" -name 'mutation-report.json' | head -n 1)
python3 - "$report" "$context" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
counts = {}
for f in report["files"].values():
    for m in f["mutants"]:
        counts[m["status"]] = counts.get(m["status"], 0) + 1
killed = counts.get("Killed", 0) + counts.get("Timeout", 0)
survived = counts.get("Survived", 0) + counts.get("NoCoverage", 0)
score = 100.0 * killed / (killed + survived) if killed + survived else 100.0
print(f"{sys.argv[2]}: {score:.1f}% ({killed} killed or timed out, {counts.get('Survived', 0)} survived, {counts.get('NoCoverage', 0)} not covered, {counts.get('CompileError', 0)} compile errors, {counts.get('Ignored', 0)} ignored)")
PY
