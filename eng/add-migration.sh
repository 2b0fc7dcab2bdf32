#!/usr/bin/env bash
# Adds a migration to both providers of Gwanak.Innovation.EntityFrameworkCore: `dotnet ef migrations add` for
# SqliteDistrictDbContext (Migrations/Sqlite) and PostgresDistrictDbContext (Migrations/Postgres), through the design-time
# factories beside them and with eng/design-time as the startup project (it alone references
# Microsoft.EntityFrameworkCore.Design), then makes the generated classes internal, so the package's public API lists no
# migration (EF Core finds internal migrations too). Read both migrations before committing them.
# Usage: bash eng/add-migration.sh <MigrationName>
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: bash eng/add-migration.sh <MigrationName>}
project=src/Gwanak.Innovation.EntityFrameworkCore
startup=eng/design-time
dotnet tool restore >/dev/null
dotnet build "$startup" -v quiet
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project "$project" --startup-project "$startup" --context "${provider}DistrictDbContext" --output-dir "Migrations/$provider"
done
sed -i -E 's/^( *)public (partial )?class /\1internal \2class /' "$project"/Migrations/Sqlite/*.cs "$project"/Migrations/Postgres/*.cs
