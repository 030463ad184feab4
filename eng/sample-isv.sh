#!/usr/bin/env bash
# The ISV sample (samples/IsvOnboarding): customers' Secondary Business Profiles, then their CNAM and SHAKEN/STIR
# products, as durable Hangfire jobs continued by verified status callbacks, against the embedded emulator.
#   bash eng/sample-isv.sh                      in-memory storage (one process)
#   bash eng/sample-isv.sh --with-postgres      PostgreSQL storage in a throwaway cluster (started and deleted here)
#   bash eng/sample-isv.sh --postgres "Host=…"  your PostgreSQL; other options: --customers N, --keep-running, --help
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/eng/restore-tools.sh"
args=()
for arg in "$@"; do
  if [ "$arg" = "--with-postgres" ]; then
    source "$root/eng/postgres.sh"
    trap 'postgres_stop' EXIT
    trap 'exit 143' TERM INT
    postgres_start
    args+=(--postgres "$TRUSTHUBGEN_TEST_POSTGRES")
  else
    args+=("$arg")
  fi
done
dotnet run --project "$root/samples/IsvOnboarding/IsvOnboarding.csproj" -c Release -- "${args[@]}"
