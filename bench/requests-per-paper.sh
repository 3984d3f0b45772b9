#!/usr/bin/env bash
# Requests per paper per host for `snnbib update` over every paper of the embedded seed list, against a local server
# that generates an answer for each requested id (tests/SnnBib.Cli.Tests/EndToEnd/GeneratedApiServer.cs).
# Prints the report and writes it to bench/requests-per-paper.txt. Run from anywhere; builds once.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
report="$root/bench/requests-per-paper.txt"
start=$(date +%s)
SNNBIB_BENCH_REPORT="$report" dotnet test "$root/tests/SnnBib.Cli.Tests" \
  --filter "FullyQualifiedName~RequestsPerPaperBenchmark" --logger "console;verbosity=normal" >/dev/null
cat "$report"
echo "script wall time (build + test host + run): $(( $(date +%s) - start )) s"
