#!/usr/bin/env bash
# Makes the two input folders of the interop stage from the repository (issue 5, item 6):
#   OUT/seed        the seed list exported offline by the CLI, in all four formats
#   OUT/hard-cases  the exporters' approved hard-case snapshots (every entry type and the hard cases)
#   usage: tools/interop/prepare-inputs.sh OUT [REPO]     (REPO defaults to this repository)
# The CLI runs against a copy of cache/ so an interop run never rewrites the repository's cache/keys.json.
set -euo pipefail

out="${1:?usage: tools/interop/prepare-inputs.sh OUT [REPO]}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "${2:-$here/../..}" && pwd)"
mkdir -p "$out/seed" "$out/hard-cases" "$out/logs"
out="$(cd "$out" && pwd)"

snapshots="$repo/tests/SnnBib.Core.Tests/Exporting"
declare -A hard=(
  [refs.bib]=ExportSnapshotTests.HardCases_BibTex.approved.bib
  [refs-biblatex.bib]=ExportSnapshotTests.HardCases_BibLatex.approved.bib
  [refs.ris]=ExportSnapshotTests.HardCases_Ris.approved.ris
  [refs.json]=ExportSnapshotTests.HardCases_CslJson.approved.json
)
for name in "${!hard[@]}"; do
  src="$snapshots/${hard[$name]}"
  [[ -f "$src" ]] || { echo "prepare-inputs: missing hard-case snapshot $src" >&2; exit 1; }
  cp "$src" "$out/hard-cases/$name"
done

cache="$(mktemp -d)"
trap 'rm -rf "$cache"' EXIT
[[ -d "$repo/cache" ]] && cp -R "$repo/cache/." "$cache/"

(cd "$repo" && dotnet build src/SnnBib.Cli -c Release -nologo -v quiet >/dev/null)
declare -A seed=([bibtex]=refs.bib [biblatex]=refs-biblatex.bib [ris]=refs.ris [csljson]=refs.json)
for format in bibtex biblatex ris csljson; do
  (cd "$repo" && dotnet run --project src/SnnBib.Cli -c Release --no-build -- \
      export --format "$format" --cache "$cache" -o "$out/seed/${seed[$format]}" 2>"$out/logs/export-$format.stderr") || {
    echo "prepare-inputs: snnbib export --format $format failed:" >&2
    cat "$out/logs/export-$format.stderr" >&2
    exit 1
  }
  [[ -s "$out/seed/${seed[$format]}" ]] || { echo "prepare-inputs: snnbib export --format $format exited 0 but wrote no $out/seed/${seed[$format]}" >&2; exit 1; }
done
echo "prepare-inputs: $out/seed and $out/hard-cases ready; the CLI said: $(tr '\n' ' ' < "$out/logs/export-bibtex.stderr")"
