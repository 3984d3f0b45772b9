#!/usr/bin/env bash
# Interop stage: proves each export folder is accepted by the real consumers (pdflatex + bibtex with plain
# and IEEEtran, biblatex + biber --validate-datamodel, the CSL-JSON schema, citeproc-js with APA and IEEE,
# citation-js round trip, Zotero's import rules).
#   usage: tools/interop/run-interop.sh DIR...   (each DIR holds refs.bib, refs-biblatex.bib, refs.ris, refs.json)
# The shared folder (schemas and styles) is $SNNBIB_SHARED, else ../shared beside the repository.
# Needs tools/interop/install.sh to have run. Ends with "interop: N passed, N failed"; exit 1 on any failure.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

fail_setup() {
  echo "interop: $1" >&2
  echo "interop: 0 passed, 1 failed"
  exit 2
}

[[ $# -ge 1 ]] || fail_setup "usage: tools/interop/run-interop.sh DIR... (each DIR holds refs.bib, refs-biblatex.bib, refs.ris, refs.json)"

shared="${SNNBIB_SHARED:-$repo/../shared}"
for f in schemas/csl-data.json schemas/apa.csl schemas/ieee.csl schemas/locales-en-US.xml; do
  [[ -f "$shared/$f" ]] || fail_setup "shared folder not found: $shared/$f is missing (set SNNBIB_SHARED to the shared folder; CI has it beside the repository)"
done
for tool in node pdflatex bibtex biber; do
  command -v "$tool" >/dev/null || fail_setup "$tool is not installed: run tools/interop/install.sh"
done
[[ -d "$here/node_modules/citeproc" ]] || fail_setup "npm packages are not installed: run tools/interop/install.sh (npm ci in tools/interop)"

exec node "$here/lib/stage.mjs" --shared "$(cd "$shared" && pwd)" "$@"
