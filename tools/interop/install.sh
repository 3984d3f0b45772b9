#!/usr/bin/env bash
# Installs everything the interop stage needs on a fresh Debian 12 machine (run as root):
# TeX Live pieces for pdflatex + bibtex (plain.bst, IEEEtran.bst) and biblatex + biber, then the pinned
# npm packages (citeproc, citation-js, ajv) from package-lock.json. Prints how long each part took.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Debian 12 (bookworm) package names, each for a reason:
#   texlive-latex-base   pdflatex, LaTeX kernel, plain.bst (via texlive-base), bibtex (via texlive-binaries)
#   texlive-publishers   IEEEtran.bst and IEEEtran.cls (pulls texlive-latex-recommended: etoolbox, needed by biblatex)
#   texlive-fonts-recommended  Times (Type 1, T1 encoding) for every test document: IEEEtran.cls needs it and
#                        it spares pdflatex from generating bitmap fonts on a fresh machine
#   texlive-bibtex-extra biblatex 3.18 (its .sty/.bbx/.cbx files and the biber datamodel)
#   biber                biber 2.18, the backend matching biblatex 3.18
tex_packages=(texlive-latex-base texlive-publishers texlive-fonts-recommended texlive-bibtex-extra biber)

if [[ $(id -u) -ne 0 ]]; then
  echo "install.sh: must run as root (apt-get install)" >&2
  exit 2
fi

start=$(date +%s)
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${tex_packages[@]}" >/dev/null
apt_done=$(date +%s)

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  # This machine kind ships Node.js 20; without it, try Debian's (the version check below says if it is too old).
  apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
command -v node >/dev/null || { echo "install.sh: node is required (Node 20.19+)" >&2; exit 2; }
# citation-js 0.8 loads an ESM-only dependency through require(): Node 20.19 or newer (Debian 12's own nodejs is 18).
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "install.sh: Node $(node --version) is too old for citation-js 0.8; install Node 20.19+ (this machine kind ships it)" >&2
  exit 2
fi
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
npm_done=$(date +%s)

echo "install.sh: apt $((apt_done - start))s, npm $((npm_done - apt_done))s, total $((npm_done - start))s"
dpkg-query -W -f='install.sh: ${Package} ${Version}\n' "${tex_packages[@]}" texlive-binaries
