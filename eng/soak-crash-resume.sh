#!/usr/bin/env bash
# Long soak of the crash-and-resume proof: the same test CI runs with 20 trials, with many more.
# Usage: bash eng/soak-crash-resume.sh            (300 trials, a random seed)
#        TRUSTHUBGEN_CRASH_TRIALS=1000 bash eng/soak-crash-resume.sh
#        TRUSTHUBGEN_CRASH_SEED=123456 bash eng/soak-crash-resume.sh   (replays a failed run's draws)
# Every trial kills the worker at a random point (Process.Kill after a random delay, or FailFast/exit before a request
# or after its answer), reruns it, and compares the final state to a clean run. A failure prints the seed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

trials="${TRUSTHUBGEN_CRASH_TRIALS:-300}"
if ! [[ "$trials" =~ ^[1-9][0-9]*$ ]]; then
  echo "eng/soak-crash-resume: TRUSTHUBGEN_CRASH_TRIALS must be a positive whole number, not \"$trials\"." >&2
  exit 2
fi
export TRUSTHUBGEN_CRASH_TRIALS="$trials"
echo "eng/soak-crash-resume: $trials trials${TRUSTHUBGEN_CRASH_SEED:+, seed $TRUSTHUBGEN_CRASH_SEED}"

bash eng/restore-tools.sh
dotnet build tests/TrustHubGen.Resilience.Tests -c Release --nologo
dotnet test tests/TrustHubGen.Resilience.Tests -c Release --no-build --nologo \
  --filter "FullyQualifiedName~CrashResumeTests" --logger "console;verbosity=detailed"
