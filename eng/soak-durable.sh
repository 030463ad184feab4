#!/usr/bin/env bash
# Long soak of the multi-worker proof: the test CI runs (200 customers, at least 20 SIGKILLs of three worker processes
# on PostgreSQL), with more customers and kills, several rounds, each on a fresh database of a throwaway cluster.
# Usage: bash eng/soak-durable.sh                       (3 rounds of 500 customers and 100 kills, random seeds)
#        TRUSTHUBGEN_DURABLE_CUSTOMERS=1000 TRUSTHUBGEN_DURABLE_KILLS=300 TRUSTHUBGEN_DURABLE_ROUNDS=1 bash eng/soak-durable.sh
#        TRUSTHUBGEN_DURABLE_SEED=1234 bash eng/soak-durable.sh     (replays a failed round's kill schedule)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

for name in TRUSTHUBGEN_DURABLE_CUSTOMERS TRUSTHUBGEN_DURABLE_KILLS TRUSTHUBGEN_DURABLE_ROUNDS; do
  value="${!name:-}"
  if [ -n "$value" ] && ! [[ "$value" =~ ^[1-9][0-9]*$ ]]; then
    echo "eng/soak-durable: $name must be a positive whole number, not \"$value\"." >&2
    exit 2
  fi
done
export TRUSTHUBGEN_DURABLE_CUSTOMERS="${TRUSTHUBGEN_DURABLE_CUSTOMERS:-500}"
export TRUSTHUBGEN_DURABLE_KILLS="${TRUSTHUBGEN_DURABLE_KILLS:-100}"
export TRUSTHUBGEN_DURABLE_MINUTES="${TRUSTHUBGEN_DURABLE_MINUTES:-60}"
rounds="${TRUSTHUBGEN_DURABLE_ROUNDS:-3}"

source eng/postgres.sh
trap 'postgres_stop' EXIT
trap 'exit 143' TERM INT
bash eng/restore-tools.sh
postgres_start
dotnet build tests/TrustHubGen.Durable.Tests -c Release --nologo
for round in $(seq 1 "$rounds"); do
  echo "eng/soak-durable: round $round of $rounds: $TRUSTHUBGEN_DURABLE_CUSTOMERS customers, at least $TRUSTHUBGEN_DURABLE_KILLS kills"
  dotnet test tests/TrustHubGen.Durable.Tests -c Release --no-build --nologo \
    --filter "FullyQualifiedName~Three_workers_killed_at_random" --logger "console;verbosity=detailed"
done
