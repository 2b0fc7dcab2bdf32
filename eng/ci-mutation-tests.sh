#!/usr/bin/env bash
# Keeps eng/mutation.sh working from a clean clone: the library's tests compiled for VSTest
# (eng/mutation/Gwanak.Innovation.MutationTests.csproj, the project Stryker.NET runs) build and pass, as Stryker's
# initial test run requires. A test written with an API xunit 2's core lacks fails here, not in a mutation run later.
set -euo pipefail
cd "$(dirname "$0")/.."
project=eng/mutation/Gwanak.Innovation.MutationTests.csproj
dotnet restore "$project"
dotnet build "$project" -c Release --no-restore -warnaserror
dotnet vstest eng/mutation/bin/Release/net10.0/Gwanak.Innovation.Tests.dll
