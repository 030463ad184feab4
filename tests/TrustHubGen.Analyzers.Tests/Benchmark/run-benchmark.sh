#!/usr/bin/env bash
# Analyzer time as a share of compile time, measured by the compiler itself (ReportAnalyzer).
# Usage: tests/TrustHubGen.Analyzers.Tests/Benchmark/run-benchmark.sh [files=2000] [calls-per-file=5]
# Needs the analyzers built: dotnet build tests/TrustHubGen.Analyzers.Tests (it copies them to its output).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
analyzers="$here/../bin/Debug/net10.0"
[ -f "$analyzers/TrustHubGen.Analyzers.dll" ] || { echo "Build tests/TrustHubGen.Analyzers.Tests first (no $analyzers/TrustHubGen.Analyzers.dll)." >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/generate-project.py" "$work" "${1:-2000}" "${2:-5}"
dotnet build "$work/Bench.csproj" -c Release --disable-build-servers -nologo -p:UseSharedCompilation=false \
  -p:TrustHubGenAnalyzerDir="$analyzers" -p:CiSampleArtifacts="$work/artifacts" -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary > "$work/build.log" || { tail -30 "$work/build.log"; exit 1; }
grep -E "Total analyzer execution time|TrustHubGen\.Analyzers\.[A-Za-z]+Analyzer|^ +[0-9]+ ms +Csc +" "$work/build.log" | sed 's/^ *//' | sort -u
