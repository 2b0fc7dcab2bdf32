#!/usr/bin/env bash
# End-to-end check of the analyzers inside the packed Gwanak.Innovation package: a fresh consumer project in a
# temporary folder references the package by version from the given folder (the normal feed serves NodaTime and
# the rest), is built, and every GWI rule must fire exactly on the lines marked "// expect GWIxxxx" and nowhere
# else; then `dotnet_diagnostic.GWI0004.severity = none` in .editorconfig must silence GWI0004 alone.
# Usage: bash eng/ci-package-e2e.sh [folder-with-the-nupkg]   (default: artifacts). Exits non-zero on failure.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(cd "${1:-artifacts}" 2>/dev/null && pwd) || { echo "package e2e: no folder ${1:-artifacts}"; exit 1; }
nupkg=$(ls "$dir"/Gwanak.Innovation.[0-9]*.nupkg 2>/dev/null | grep -v '\.symbols\.' | head -n 1)
[ -n "$nupkg" ] || { echo "package e2e: no Gwanak.Innovation nupkg in $dir"; exit 1; }
version=$(basename "$nupkg" .nupkg)
version=${version#Gwanak.Innovation.}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
consumer="$work/Consumer"
mkdir -p "$consumer"

# nuget.config beside the project adds the local folder to the normal feeds of the machine (user config). A private packages folder, so that a stale
# Gwanak.Innovation of the same version in the global cache can never stand in for the fresh one.
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="gwanak-local" value="$dir" />
  </packageSources>
  <config>
    <add key="globalPackagesFolder" value="$work/packages" />
  </config>
</configuration>
XML

cat > "$consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <ErrorLog>\$(MSBuildProjectDirectory)/diagnostics.sarif,version=2.1</ErrorLog>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Gwanak.Innovation" Version="$version" />
  </ItemGroup>
</Project>
XML

cat > "$consumer/Rules.cs" <<'CS'
using System;
using Gwanak.Innovation.Primitives;
using NodaTime;

namespace Consumer;

public static class Rules
{
    public static LocalizedText Transitions(LocalizedText name, DateRange range)
    {
        name.With("ja", "冠岳区"); // expect GWI0001
        name = name.With("zh", "冠岳区");
        range.EndingOn(new LocalDate(2026, 6, 30)); // expect GWI0001
        name.Get("ko");
        return name;
    }

    public static Gwanak.Innovation.Agreements.Agreement Decisions(Gwanak.Innovation.Agreements.Agreement agreement, LocalDate date)
    {
        agreement.TryStartNegotiation(date); // expect GWI0001
        agreement.CanStartNegotiation(date);
        var decision = agreement.TryStartNegotiation(date);
        return decision.TryGetValue(out var negotiating) ? negotiating : agreement;
    }

    public static object Constants()
    {
        var bad = BusinessRegistrationNumber.Parse("124-81-00999"); // expect GWI0002
        var good = BusinessRegistrationNumber.Parse("124-81-00998");
        var money = Money.Parse("200억"); // expect GWI0002
        var fund = Money.Parse("200억 원");
        return (bad, good, money, fund);
    }

    public static object Zones()
    {
        var typo = DateTimeZoneProviders.Tzdb["America/Los_Angles"]; // expect GWI0003
        var seoul = DateTimeZoneProviders.Tzdb["Asia/Seoul"];
        return (typo, seoul);
    }

    public static object Clock(IClock clock)
    {
        var now = Instant.FromDateTimeUtc(DateTime.UtcNow); // expect GWI0004
        var today = LocalDate.FromDateTime(DateTime.Today); // expect GWI0004
        var injected = clock.GetCurrentInstant();
        Console.WriteLine(DateTime.Now);
        return (now, today, injected);
    }

    public static string Switches(AdministrativeLevel level)
    {
        switch (level) // expect GWI0005
        {
            case AdministrativeLevel.District:
                return "구";
        }

        switch (level)
        {
            case AdministrativeLevel.Dong:
                return "동";
            default:
                return "?";
        }
    }

    public static object Amounts(double rate)
    {
        var fromDouble = Money.Dollars((decimal)rate); // expect GWI0006
        var fraction = Money.Won(1.5m); // expect GWI0006
        var whole = Money.Won(20_000_000_000m);
        var cents = Money.Dollars(1234.50m);
        return (fromDouble, fraction, whole, cents);
    }

    public static object Districts()
    {
        var gwanak = AdministrativeDistrictCode.Parse("11620"); // expect GWI0007
        var dong = AdministrativeDistrictCode.Parse("1162010100");
        var named = AdministrativeDistrictCode.Seoul.Gwanak;
        return (gwanak, dong, named);
    }
}
CS

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "package e2e: consumer of Gwanak.Innovation $version in $consumer"
if ! dotnet restore "$consumer/Consumer.csproj" > "$work/restore.log" 2>&1; then
  cat "$work/restore.log"; echo "package e2e: restore failed"; exit 1
fi

# Builds the consumer (GWI0002 is an error, so the build itself fails by design) and compares the GWI diagnostics
# in the SARIF log with the "// expect" marks, leaving out the ids given as arguments.
check() {
  local label=$1; shift
  rm -f "$consumer/diagnostics.sarif"
  dotnet build "$consumer/Consumer.csproj" --no-restore -p:TreatWarningsAsErrors=false > "$work/build.log" 2>&1
  if [ ! -f "$consumer/diagnostics.sarif" ]; then
    cat "$work/build.log"; echo "package e2e ($label): the compiler wrote no diagnostics log"; return 1
  fi
  python3 - "$consumer/diagnostics.sarif" "$consumer/Rules.cs" "$label" "$@" <<'PY'
import json, re, sys
sarif, source, label, silenced = sys.argv[1], sys.argv[2], sys.argv[3], set(sys.argv[4:])
expected = set()
for number, line in enumerate(open(source, encoding="utf-8"), start=1):
    for rule in re.findall(r"// expect (GWI\d{4})", line):
        if rule not in silenced:
            expected.add((number, rule))
actual, other_errors = set(), []
for run in json.load(open(sarif, encoding="utf-8"))["runs"]:
    for result in run.get("results", []):
        rule = result.get("ruleId", "")
        locations = result.get("locations") or [{}]
        region = locations[0].get("physicalLocation", {}).get("region", {})
        if rule.startswith("GWI"):
            actual.add((region.get("startLine"), rule))
        elif result.get("level") == "error":
            other_errors.append(f"{rule} line {region.get('startLine')}: {result.get('message', {}).get('text', '')}")
missing, unexpected = sorted(expected - actual), sorted(actual - expected)
for line, rule in missing:
    print(f"package e2e ({label}): {rule} did not fire on line {line}")
for line, rule in unexpected:
    print(f"package e2e ({label}): {rule} fired on line {line}, where it should not")
for error in other_errors:
    print(f"package e2e ({label}): unexpected compiler error {error}")
fired = sorted({rule for _, rule in actual})
print(f"package e2e ({label}): {len(actual)} diagnostics from {', '.join(fired) or 'no rule'}")
sys.exit(1 if missing or unexpected or other_errors else 0)
PY
}

status=0
check "default severities" || status=1
printf 'root = true\n\n[*.cs]\ndotnet_diagnostic.GWI0004.severity = none\n' > "$consumer/.editorconfig"
check "GWI0004 set to none in .editorconfig" GWI0004 || status=1
[ $status -eq 0 ] && echo "package e2e: every rule fires where it should and nowhere else; .editorconfig silences GWI0004"
exit $status
