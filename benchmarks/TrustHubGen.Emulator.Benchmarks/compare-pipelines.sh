#!/usr/bin/env bash
# Compares the emulator's HTTP pipeline at two revisions with the same load program (Program.cs), interleaved:
# each round runs both builds back to back, alternating which goes first, and the ratio of each round is taken.
#   bash benchmarks/TrustHubGen.Emulator.Benchmarks/compare-pipelines.sh [BASE_REVISION] [ROUNDS] [-- program args]
# BASE_REVISION defaults to 15fc433, the last revision with the hand-written router, authentication and limiter
# (Routes/Router.cs, Hosting/EmulatorPipeline.cs); the other build is the working tree.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
base="${1:-15fc433}"
rounds="${2:-5}"
shift $(( $# >= 2 ? 2 : $# ))
[[ "${1:-}" == "--" ]] && shift
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "Building the emulator at $base (old) and the working tree (new)..."
mkdir -p "$work/old"
git -C "$root" archive "$base" src/TrustHubGen.Emulator src/TrustHubGen.Policies specs/policies benchmarks/Directory.Build.props \
  Directory.Build.props Directory.Build.targets Directory.Packages.props global.json | tar -x -C "$work/old"
mkdir -p "$work/old/benchmarks/TrustHubGen.Emulator.Benchmarks"
cp "$root/benchmarks/TrustHubGen.Emulator.Benchmarks/Program.cs" "$root/benchmarks/TrustHubGen.Emulator.Benchmarks/TrustHubGen.Emulator.Benchmarks.csproj" \
  "$work/old/benchmarks/TrustHubGen.Emulator.Benchmarks/"
dotnet build -c Release --nologo -v q "$work/old/benchmarks/TrustHubGen.Emulator.Benchmarks" -o "$work/old-bin" >/dev/null
dotnet build -c Release --nologo -v q "$root/benchmarks/TrustHubGen.Emulator.Benchmarks" -o "$work/new-bin" >/dev/null

run() { # label round
  dotnet "$work/$1-bin/TrustHubGen.Emulator.Benchmarks.dll" "$@" | grep '^RESULT' | sed "s/^RESULT/$1\t$2/" >> "$work/results.tsv"
}
for ((round = 1; round <= rounds; round++)); do
  echo "Round $round of $rounds (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  if (( round % 2 )); then run old "$round" "$@"; run new "$round" "$@"; else run new "$round" "$@"; run old "$round" "$@"; fi
done

# Per scenario: median requests/s of each build and the new/old ratio of each round (median, min, max); then the CPU time
# per request (client and emulator, one process), which the other processes on a shared machine disturb less than the
# wall clock: median of each build and the old/new ratio of each round (above 1: the new build spends more CPU).
# KEEP=FILE keeps the raw rows (label, round, scenario, req/s, p50, p99, µs CPU, KiB per request).
[[ -n "${KEEP:-}" ]] && cp "$work/results.tsv" "$KEEP"
echo
echo "| scenario | old req/s (median) | new req/s (median) | new/old (median of rounds) | range of the ratio | old µs CPU/request | new µs CPU/request | new/old CPU (median, range) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
awk -F'\t' '
  { rate[$1, $3, $2] = $4; cpu[$1, $3, $2] = $7; scenarios[$3] = 1; roundset[$2] = 1 }
  function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                                     return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  END {
    for (s in scenarios) {
      n = 0; delete o; delete w; delete r; delete co; delete cw; delete cr
      for (k in roundset) { if ((("old", s, k) in rate) && (("new", s, k) in rate)) { n++; o[n] = rate["old", s, k]; w[n] = rate["new", s, k]; r[n] = w[n] / o[n]
                                                                                     co[n] = cpu["old", s, k]; cw[n] = cpu["new", s, k]; cr[n] = (co[n] > 0 ? cw[n] / co[n] : 0) } }
      mo = median(o, n); mw = median(w, n); mr = median(r, n); mco = median(co, n); mcw = median(cw, n); mcr = median(cr, n)
      printf "| %s | %.0f | %.0f | %.2f | %.2f-%.2f | %.0f | %.0f | %.2f (%.2f-%.2f) |\n", s, mo, mw, mr, r[1], r[n], mco, mcw, mcr, cr[1], cr[n]
    }
  }' "$work/results.tsv" | sort
