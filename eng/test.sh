#!/usr/bin/env bash
# Runs every test project and ends with one line: "N passed, N failed[, N skipped]".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash eng/restore-tools.sh || exit 1

# A throwaway PostgreSQL cluster for the durable-onboarding tests (TRUSTHUBGEN_TEST_POSTGRES), stopped and deleted on exit.
source eng/postgres.sh
log="$(mktemp)"
trap 'rm -f "$log"; postgres_stop' EXIT
trap 'exit 143' TERM INT
postgres_start || exit 1
# Debian's Chromium for the dashboard test (TRUSTHUBGEN_CHROMIUM), installed with apt-get where missing.
source eng/chromium.sh
chromium_ensure
# One build of the whole solution, the benchmarks included: they are consoles run by hand, and building them here keeps
# them compiling as the code they measure changes (dotnet test builds test projects only). The tests run on that build.
dotnet build TrustHubGen.sln -c Release --nologo
built=$?
dotnet test TrustHubGen.sln -c Release --nologo --no-build "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# VSTest prints one summary line per test project: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ..."
summary="$(awk '
  /(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+/ {
    line=$0; gsub(/,/, "", line); n=split(line, w, /[ \t]+/)
    for (i=1; i<=n; i++) { if (w[i]=="Failed:") f+=w[i+1]; if (w[i]=="Passed:") p+=w[i+1]; if (w[i]=="Skipped:") s+=w[i+1] }
    projects++
  }
  END { printf "%d %d %d %d", p, f, s, projects }' "$log")"
read -r passed failed skipped projects <<<"$summary"
expected=$(ls -d tests/*.Tests/ | wc -l)
if [ "$projects" -lt "$expected" ]; then
  echo "eng/test: only $projects of $expected test projects reported results (a build or test host failed; see above)." >&2
  failed=$((failed + expected - projects))
  [ "$status" -eq 0 ] && status=1
fi
if [ "$built" -ne 0 ]; then
  echo "eng/test: the solution did not build (see above; a benchmark counts too); the tests ran on what did." >&2
  failed=$((failed + 1))
  [ "$status" -eq 0 ] && status=1
fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit "$status"
