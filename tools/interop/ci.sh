#!/usr/bin/env bash
# The whole interop stage as CI runs it after the unit tests (issue 5): install the consumers, prove the
# stage's own checks catch broken files, build the two inputs (seed list exported offline, hard cases),
# and run every consumer check on both. The last line is "interop: N passed, N failed".
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

bash "$here/install.sh"
(cd "$here" && node --test test/)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bash "$here/prepare-inputs.sh" "$work"
bash "$here/run-interop.sh" "$work/seed" "$work/hard-cases" "$work/resolved-world"
