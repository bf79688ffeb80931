#!/usr/bin/env bash
# Side-by-side extraction benchmark: dyad-ingest vs Python trafilatura on the
# same pages, in one run, scored with the same metric (bag of 4-word
# shingles, averaged P/R, F1 of the averages) and timed in CPU seconds.
#
# Usage: bench/extraction.sh [DATA_DIR]   (default ../shared/data/article-extraction-dev)
# Installs trafilatura + lxml_html_clean from PyPI into a throwaway venv.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/data/article-extraction-dev}"
GOLD="$DATA/ground-truth.json"
HTML="$DATA/html"
[ -f "$GOLD" ] || { echo "no $GOLD" >&2; exit 1; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
python3 -m venv "$TMP/venv"
"$TMP/venv/bin/pip" install --quiet trafilatura lxml_html_clean
TRAF_VERSION="$("$TMP/venv/bin/python" -c 'import trafilatura; print(trafilatura.__version__)')"

cargo build --release --quiet -p dyad-ingest --example eval_extraction
# dyad is fast: repeat the pages so the CPU time is well above clock granularity.
DYAD="$(target/release/examples/eval_extraction "$GOLD" "$HTML" --repeat 20 | tail -1)"

PY="$("$TMP/venv/bin/python" - "$GOLD" "$HTML" <<'PYEOF'
import gzip, json, os, re, sys, time, collections
import trafilatura
gold = json.load(open(sys.argv[1]))
pages = []
for pid in sorted(gold):
    p = os.path.join(sys.argv[2], pid + ".html.gz")
    raw = gzip.open(p).read() if os.path.exists(p) else open(os.path.join(sys.argv[2], pid + ".html"), "rb").read()
    pages.append((pid, raw, gold[pid].get("articleBody", ""), gold[pid].get("url")))

def shingles(t):
    w = [x.lower() for x in re.findall(r"\w+", t or "")]
    if not w:
        return collections.Counter()
    if len(w) < 4:
        return collections.Counter([tuple(w)])
    return collections.Counter(tuple(w[i:i + 4]) for i in range(len(w) - 3))

trafilatura.extract(pages[0][1])  # warm up
t0 = time.process_time()
preds = [trafilatura.extract(raw, url=url) or "" for _, raw, _, url in pages]
cpu = time.process_time() - t0
sp = sr = 0.0
for (pid, _, g, _), pred in zip(pages, preds):
    P, G = shingles(pred), shingles(g)
    inter = sum((P & G).values())
    sp += inter / sum(P.values()) if P else (1.0 if not G else 0.0)
    sr += inter / sum(G.values()) if G else 1.0
n = len(pages)
p, r = sp / n, sr / n
f1 = 2 * p * r / (p + r) if p + r else 0.0
print(f"trafilatura  pages {n} P {p:.4f} R {r:.4f} F1 {f1:.4f}  {n / cpu:.1f} pages/CPU-s")
PYEOF
)"

echo "$DYAD"
echo "$PY (Python trafilatura $TRAF_VERSION)"
D=$(echo "$DYAD" | sed -E 's/.* ([0-9.]+) pages\/CPU-s.*/\1/')
T=$(echo "$PY" | sed -E 's/.* ([0-9.]+) pages\/CPU-s.*/\1/')
python3 -c "print(f'speed ratio dyad/trafilatura: {$D / $T:.1f}x (pages per CPU-second)')"
