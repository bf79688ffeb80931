#!/usr/bin/env bash
# Browser tests of `dyad serve`: builds the web page and dyad, ingests the two
# seed articles into a temporary database, serves it on a free loopback port
# with ingest allowed, runs web/tests/*.test.js (playwright-core driving
# Debian's chromium), and stops the server.
#
#   scripts/browser-test.sh                 # screenshots to a temp dir
#   scripts/browser-test.sh --screenshots   # screenshots to docs/screenshots/
#
# Needs: npm, and `apt-get install -y chromium` (the tests use `which chromium`).
# Seeds: $DYAD_SEEDS, default ../shared/seeds beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

SHOTS=""
[ "${1:-}" = "--screenshots" ] && SHOTS="$ROOT/docs/screenshots"
SEEDS=${DYAD_SEEDS:-$ROOT/../shared/seeds}
[ -f "$SEEDS/000_e9255316bfc9fb12.txt" ] || { echo "browser-test: seeds not found in $SEEDS" >&2; exit 1; }
CHROMIUM=${CHROMIUM:-$(command -v chromium || true)}
[ -n "$CHROMIUM" ] || { echo "browser-test: chromium not found (apt-get install -y chromium)" >&2; exit 1; }

echo "== build the web page and dyad"
scripts/build-web.sh
cargo build --release -p dyad-cli
DYAD="$ROOT/target/release/dyad"

TMP=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

echo "== ingest the seeds"
DB="$TMP/seeds.db"
"$DYAD" ingest --db "$DB" --date 2024-06-18 "$SEEDS/000_e9255316bfc9fb12.txt"
"$DYAD" ingest --db "$DB" --date 2024-06-20 "$SEEDS/004_91525126e568a6db.txt"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
URL="http://127.0.0.1:$PORT"
echo "== serve on $URL"
"$DYAD" serve --db "$DB" --addr "127.0.0.1:$PORT" --allow-ingest > "$TMP/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  if curl -fsS "$URL/api/info" > /dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$TMP/server.log" >&2; echo "browser-test: server exited" >&2; exit 1; fi
  sleep 0.2
done
curl -fsS "$URL/api/info" > /dev/null || { cat "$TMP/server.log" >&2; echo "browser-test: server did not start" >&2; exit 1; }

echo "== browser tests"
cd web
DYAD_URL="$URL" CHROMIUM="$CHROMIUM" SCREENSHOT_DIR="${SHOTS:-$TMP/screenshots}" timeout 600 node --test --test-concurrency=1 tests/
