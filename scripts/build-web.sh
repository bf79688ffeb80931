#!/usr/bin/env bash
# Builds the full web page (web/ → web/dist) that `dyad serve` embeds.
#
#   scripts/build-web.sh            # npm ci + vite build
#   cargo build --release           # then rebuild dyad to embed web/dist
#
# Without this step dyad embeds a small built-in page instead, so the default
# cargo build never needs Node.js. Installs only what web/package-lock.json
# pins, from the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v npm >/dev/null || { echo "build-web: npm not found (install Node.js 20+)" >&2; exit 1; }
cd web
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npx vite build
cd ..
# build.rs watches itself, not the (possibly missing) web/dist: touch it so
# the next cargo build re-embeds the fresh page.
touch crates/dyad-server/build.rs
echo "build-web: built web/dist; run cargo build to embed it"
