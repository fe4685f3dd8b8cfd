#!/usr/bin/env bash
# The one command that runs every test: installs what the tests need, builds, tests, and prints
# a closing "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")"

./deploy/install-prerequisites.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Orleans.sln -c Release --nologo "$@" 2>&1 | tee "$log" || status=$?

# Sum the per-project summaries, e.g. "Passed!  - Failed:     0, Passed:    45, Skipped:     0, Total:    45".
read -r passed failed skipped < <(grep -E '(Passed|Failed)! +- Failed:' "$log" | awk -F'[:,]' '
  { f += $2; p += $4; s += $6 } END { printf "%d %d %d\n", p, f, s }')
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit $status
