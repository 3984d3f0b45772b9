#!/usr/bin/env bash
# Makes the two input folders of the interop stage from the repository (issue 5, item 6):
#   OUT/seed        the seed list exported offline by the CLI, in all four formats
#   OUT/hard-cases  the exporters' approved hard-case snapshots (every entry type and the hard cases)
#   OUT/resolved-world  the end-to-end tests' exports after `update` against the local test server
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

# The resolvers' end-to-end world: records fully resolved by `update` against the local test server (authors,
# DOIs, venues, pages, abstracts), as exported by the CLI and approved by the end-to-end tests.
world="$repo/tests/SnnBib.Cli.Tests/EndToEnd"
mkdir -p "$out/resolved-world"
declare -A resolved=(
  [refs.bib]=UpdateExportEndToEndTests.Export_BibTex_AbstractOnlyWithTheOption.bibtex.approved.bib
  [refs-biblatex.bib]=UpdateExportEndToEndTests.Export_BibLatex_Approved.approved.bib
  [refs.ris]=UpdateExportEndToEndTests.Export_Ris_CompleteEntries.approved.ris
  [refs.json]=UpdateExportEndToEndTests.Export_CslJson_CompleteEntries.approved.json
)
for name in "${!resolved[@]}"; do
  src="$world/${resolved[$name]}"
  [[ -f "$src" ]] || { echo "prepare-inputs: missing end-to-end snapshot $src" >&2; exit 1; }
  cp "$src" "$out/resolved-world/$name"
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
echo "prepare-inputs: $out/seed, $out/hard-cases and $out/resolved-world ready; the CLI said: $(tr '\n' ' ' < "$out/logs/export-bibtex.stderr")"
