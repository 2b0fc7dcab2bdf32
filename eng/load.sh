#!/usr/bin/env bash
# Load on loopback only, bounded: builds the portal and the load client, then for the Gwanak data and for the Gwanak data
# with 100,000 generated agreements starts the portal on 127.0.0.1 (a database of the run's own), drives the agreements
# list and an agreement's page with a fixed number of requests, measures the same app's precomputed-bytes endpoint of
# the same size (the limit), prints a table for docs/benchmarks.md and stops the portal. Fails on any failed request.
# Usage: eng/load.sh [REQUESTS] [CONCURRENCY]   (defaults 2000 and 8)
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-2000}
concurrency=${2:-8}
dotnet build samples/DistrictPortal/DistrictPortal.csproj -c Release -v q -nologo
dotnet build eng/load/PortalLoad.csproj -c Release -v q -nologo
for agreements in 0 100000; do
  echo
  timeout 30m dotnet eng/load/bin/Release/net10.0/PortalLoad.dll --agreements "$agreements" --requests "$requests" --concurrency "$concurrency"
done
