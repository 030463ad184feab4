#!/usr/bin/env bash
# The main job: the onboarding sample against the embedded Trust Hub emulator (see samples/Onboarding).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/eng/restore-tools.sh"
exec dotnet run --project "$root/samples/Onboarding/Onboarding.csproj" -c Release -- "$@"
