//! SentencePiece unigram tokenizer for the USE multilingual v3 vocabulary.
//!
//! Two parts, both driven by plain-text tables written by
//! `scripts/convert_use_encoder.py`:
//!
//! * [`Normalizer`]: the model's `nmt_nfkc` precompiled charsmap, flattened to
//!   `key bytes -> replacement bytes` pairs and applied by longest match at
//!   every byte position (the same walk sentencepiece does over its darts-clone
//!   trie), followed by sentencepiece's whitespace handling: leading, trailing
//!   and repeated spaces removed, a dummy prefix space added, spaces escaped to
//!   U+2581 (`▁`).
//! * [`Unigram`]: Viterbi segmentation over code points with the piece scores
//!   (accumulated in `f64`, strict-greater comparison so ties keep the earliest
//!   candidate, a one-character UNK node scored `min(score) - 10` where no
//!   one-character piece matches) — the lattice rule of sentencepiece and of
//!   the package's pure-Python port, whose ids this reproduces.
//!
//! Written here instead of using the `tokenizers` crate: even with
//! `default-features = false`, `tokenizers` 0.23 resolves to ~80 crates
//! (rayon, regex, rand, esaxx-rs, derive_builder, ...) to do what fits in a
//! few hundred lines here, and exact id parity would still have to be proven
//! for its separate whitespace pre-tokenizer and UNK handling.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Minimal multiplicative hasher for the `u64` edge keys of [`ByteTrie`]
/// (SipHash would dominate the tokenizer's run time; keys are not
/// attacker-chosen hash-flooding material: they come from the model files).
#[derive(Default)]
struct EdgeHasher(u64);

impl Hasher for EdgeHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

const NO_VALUE: u32 = u32::MAX;

/// A byte trie: edges in one hash map keyed by `(node << 8) | byte`.
#[derive(Default)]
pub(crate) struct ByteTrie {
    edges: HashMap<u64, u32, BuildHasherDefault<EdgeHasher>>,
    values: Vec<u32>,
}

impl ByteTrie {
    fn new() -> Self {
        ByteTrie {
            edges: HashMap::default(),
            values: vec![NO_VALUE],
        }
    }

    fn insert(&mut self, key: &[u8], value: u32) {
        let mut node = 0u32;
        for &b in key {
            let next = self.values.len() as u32;
            let e = self.edges.entry((u64::from(node) << 8) | u64::from(b)).or_insert(next);
            if *e == next {
                self.values.push(NO_VALUE);
            }
            node = *e;
        }
        self.values[node as usize] = value;
    }

    #[inline]
    fn step(&self, node: u32, b: u8) -> Option<u32> {
        self.edges.get(&((u64::from(node) << 8) | u64::from(b))).copied()
    }

    #[inline]
    fn value(&self, node: u32) -> Option<u32> {
        match self.values[node as usize] {
            NO_VALUE => None,
            v => Some(v),
        }
    }
}

/// Marker value: the charsmap has the key but no usable replacement, so
/// sentencepiece copies one character unchanged.
const PASS_THROUGH: u32 = u32::MAX - 1;

/// The `nmt_nfkc` normalizer plus sentencepiece whitespace handling.
pub(crate) struct Normalizer {
    trie: ByteTrie,
    replacements: Vec<Box<[u8]>>,
    add_dummy_prefix: bool,
    remove_extra_whitespaces: bool,
    space: &'static [u8],
}

impl Normalizer {
    /// Parses `normalizer.tsv`: `hex(key)<TAB>hex(replacement)` per line, or
    /// `-` as replacement for "copy one character". Errors carry the line.
    pub(crate) fn parse(
        text: &str,
        add_dummy_prefix: bool,
        remove_extra_whitespaces: bool,
        escape_whitespaces: bool,
    ) -> Result<Self, String> {
        let mut trie = ByteTrie::new();
        let mut replacements = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.is_empty() {
                continue;
            }
            let bad = |what: &str| format!("line {}: {what}", i + 1);
            let (k, v) = line.split_once('\t').ok_or_else(|| bad("expected KEY<TAB>VALUE"))?;
            let key = unhex(k).ok_or_else(|| bad("key is not hex"))?;
            if key.is_empty() || std::str::from_utf8(&key).is_err() {
                return Err(bad("key is empty or not UTF-8"));
            }
            let value = if v == "-" {
                PASS_THROUGH
            } else {
                let r = unhex(v).ok_or_else(|| bad("replacement is not hex"))?;
                if std::str::from_utf8(&r).is_err() {
                    return Err(bad("replacement is not UTF-8"));
                }
                replacements.push(r.into_boxed_slice());
                (replacements.len() - 1) as u32
            };
            trie.insert(&key, value);
        }
        Ok(Normalizer {
            trie,
            replacements,
            add_dummy_prefix,
            remove_extra_whitespaces,
            space: if escape_whitespaces {
                "\u{2581}".as_bytes()
            } else {
                b" "
            },
        })
    }

    /// Longest charsmap match at `pos` (a char boundary of `raw`): returns the
    /// replacement and the number of input bytes consumed (at least one whole
    /// character).
    fn prefix<'a>(&'a self, raw: &'a [u8], pos: usize) -> (&'a [u8], usize) {
        let mut node = 0u32;
        let mut best: Option<(usize, u32)> = None;
        let mut i = pos;
        while i < raw.len() {
            match self.trie.step(node, raw[i]) {
                Some(next) => {
                    node = next;
                    i += 1;
                    if let Some(v) = self.trie.value(node) {
                        best = Some((i - pos, v));
                    }
                }
                None => break,
            }
        }
        match best {
            Some((len, v)) if v != PASS_THROUGH => (&self.replacements[v as usize], len),
            _ => {
                let len = utf8_len(raw[pos]).min(raw.len() - pos);
                (&raw[pos..pos + len], len)
            }
        }
    }

    /// Normalizes `text` the way sentencepiece does before segmentation.
    pub(crate) fn normalize(&self, text: &str) -> String {
        let raw = text.as_bytes();
        let n = raw.len();
        let strip = self.remove_extra_whitespaces;
        let mut pos = 0;
        if strip {
            while pos < n {
                let (p, adv) = self.prefix(raw, pos);
                if p != b" " {
                    break;
                }
                pos += adv;
            }
        }
        if pos >= n {
            return String::new();
        }
        let mut out: Vec<u8> = Vec::with_capacity(n + 16);
        if self.add_dummy_prefix {
            out.extend_from_slice(self.space);
        }
        let mut prev_space = strip;
        while pos < n {
            let (mut p, adv) = self.prefix(raw, pos);
            pos += adv;
            if strip && prev_space {
                while let [b' ', rest @ ..] = p {
                    p = rest;
                }
            }
            if let Some(&last) = p.last() {
                if p.contains(&b' ') {
                    for &b in p {
                        if b == b' ' {
                            out.extend_from_slice(self.space);
                        } else {
                            out.push(b);
                        }
                    }
                    prev_space = last == b' ';
                } else {
                    out.extend_from_slice(p);
                    prev_space = false;
                }
            }
        }
        if strip {
            while out.ends_with(self.space) {
                out.truncate(out.len() - self.space.len());
            }
        }
        // Every key and replacement is validated as UTF-8 at load and matches
        // consume whole characters, so this never loses anything.
        String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if s.len() & 1 != 0 {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| s.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
        .collect()
}

/// Unigram (Viterbi) segmentation over a fixed vocabulary.
pub(crate) struct Unigram {
    trie: ByteTrie,
    scores: Vec<f32>,
    unk_score: f64,
    unk_id: u32,
}

impl Unigram {
    /// Parses `vocab.tsv`: one `piece<TAB>score` line per id, pieces with the
    /// escapes `\\`, `\t`, `\n`, `\r`.
    pub(crate) fn parse(text: &str, unk_id: u32) -> Result<Self, String> {
        let mut trie = ByteTrie::new();
        let mut scores = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let bad = |what: &str| format!("line {}: {what}", i + 1);
            let (p, s) = line.split_once('\t').ok_or_else(|| bad("expected PIECE<TAB>SCORE"))?;
            let piece = unescape(p).ok_or_else(|| bad("bad escape in piece"))?;
            let score: f32 = s.parse().map_err(|_| bad("score is not a number"))?;
            if !score.is_finite() {
                return Err(bad("score is not finite"));
            }
            if !piece.is_empty() {
                trie.insert(piece.as_bytes(), scores.len() as u32);
            }
            scores.push(score);
        }
        if scores.is_empty() {
            return Err("no pieces".into());
        }
        if unk_id as usize >= scores.len() {
            return Err(format!("unk id {unk_id} outside the {} pieces", scores.len()));
        }
        let min = scores.iter().fold(f64::INFINITY, |m, &s| m.min(f64::from(s)));
        Ok(Unigram {
            trie,
            scores,
            unk_score: min - 10.0,
            unk_id,
        })
    }

    pub(crate) fn len(&self) -> usize {
        self.scores.len()
    }

    /// Best segmentation of an already normalized, non-empty string.
    pub(crate) fn segment(&self, s: &str) -> Vec<u32> {
        let bytes = s.as_bytes();
        // byte offset of every char, plus the end
        let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
        let l = bounds.len() - 1;
        let mut best = vec![-1e38f64; l + 1];
        best[0] = 0.0;
        let mut start_of = vec![0usize; l + 1];
        let mut piece_of = vec![self.unk_id; l + 1];
        for i in 0..l {
            let base = best[i];
            let mut node = 0u32;
            let mut has_single = false;
            'ends: for j in i + 1..=l {
                for &b in &bytes[bounds[j - 1]..bounds[j]] {
                    match self.trie.step(node, b) {
                        Some(next) => node = next,
                        None => break 'ends,
                    }
                }
                if let Some(id) = self.trie.value(node) {
                    let score = base + f64::from(self.scores[id as usize]);
                    if score > best[j] {
                        best[j] = score;
                        start_of[j] = i;
                        piece_of[j] = id;
                    }
                    if j == i + 1 {
                        has_single = true;
                    }
                }
            }
            if !has_single {
                let score = base + self.unk_score;
                if score > best[i + 1] {
                    best[i + 1] = score;
                    start_of[i + 1] = i;
                    piece_of[i + 1] = self.unk_id;
                }
            }
        }
        let mut ids = Vec::new();
        let mut p = l;
        while p > 0 {
            ids.push(piece_of[p]);
            p = start_of[p];
        }
        if ids.is_empty() {
            ids.push(self.unk_id);
        }
        ids.reverse();
        ids
    }
}

fn unescape(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            out.push(match it.next()? {
                '\\' => '\\',
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => return None,
            });
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// Normalizer + unigram model + the special ids wrapped around every text.
pub(crate) struct Tokenizer {
    pub(crate) normalizer: Normalizer,
    pub(crate) unigram: Unigram,
    pub(crate) unk_id: u32,
    pub(crate) bos_id: u32,
    pub(crate) eos_id: u32,
}

impl Tokenizer {
    /// `[bos] + pieces + [eos]`; a text that normalizes to nothing gives
    /// `[bos, unk, eos]`.
    pub(crate) fn encode(&self, text: &str) -> Vec<u32> {
        let normalized = self.normalizer.normalize(text);
        let mut ids = Vec::with_capacity(normalized.len() / 3 + 3);
        ids.push(self.bos_id);
        if normalized.is_empty() {
            ids.push(self.unk_id);
        } else {
            ids.extend(self.unigram.segment(&normalized));
        }
        ids.push(self.eos_id);
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Tokenizer {
        // id 0..2 specials, then a hand-made vocabulary
        let vocab = "<unk>\t0.0\n<s>\t0.0\n</s>\t0.0\n\u{2581}\t-2.0\na\t-3.0\nb\t-3.0\n\
                     ab\t-4.0\n\u{2581}ab\t-4.5\nabc\t-9.0\nc\t-3.0\n\u{2581}c\t-3.5\nba\t-1.0\n\\\\\t-1.0\n";
        // fold "A" to "a", the fullwidth "ａ" to "a", NBSP to space, drop U+200B
        let norm = "41\t61\nefbd81\t61\nc2a0\t20\ne2808b\t\n";
        Tokenizer {
            normalizer: Normalizer::parse(norm, true, true, true).unwrap(),
            unigram: Unigram::parse(vocab, 0).unwrap(),
            unk_id: 0,
            bos_id: 1,
            eos_id: 2,
        }
    }

    #[test]
    fn normalizer_whitespace_and_charsmap() {
        let t = tiny();
        let n = |s: &str| t.normalizer.normalize(s);
        assert_eq!(n("ab"), "\u{2581}ab");
        assert_eq!(n("  A\u{a0}\u{a0} ｂ  "), "\u{2581}a\u{2581}ｂ");
        assert_eq!(n("a\u{200b}b"), "\u{2581}ab");
        assert_eq!(n(""), "");
        assert_eq!(n("   "), "");
        assert_eq!(n("\u{200b}"), "");
    }

    #[test]
    fn viterbi_picks_best_path() {
        let t = tiny();
        // "▁ab" (-4.5) beats "▁"+"ab" (-6.0) and "▁"+"a"+"b" (-8.0)
        assert_eq!(t.encode("ab"), vec![1, 7, 2]);
        // "▁"+"a"+"ba" (-6) beats "▁ab"+"a" (-7.5)
        assert_eq!(t.encode("aba"), vec![1, 3, 4, 11, 2]);
        // "▁c" (-3.5) is one piece; "▁ab"+"c" (-7.5) beats "▁"+"abc" (-11)
        assert_eq!(t.encode("c abc"), vec![1, 10, 7, 9, 2]);
        // unknown character -> one UNK node; the escaped backslash piece works
        assert_eq!(t.encode("z"), vec![1, 3, 0, 2]);
        assert_eq!(t.encode("\\"), vec![1, 3, 12, 2]);
        // empty text
        assert_eq!(t.encode(""), vec![1, 0, 2]);
        assert_eq!(t.encode(" \u{200b} "), vec![1, 0, 2]);
    }

    #[test]
    fn viterbi_ties_keep_the_earliest_split() {
        let vocab = "<unk>\t0\n<s>\t0\n</s>\t0\nx\t-1\nxx\t-2\n";
        let u = Unigram::parse(vocab, 0).unwrap();
        // "x"+"xx" and "xx"+"x" and "x"+"x"+"x" all score -3; sentencepiece's
        // strict-greater rule keeps the first candidate found for each end
        assert_eq!(u.segment("xxx"), vec![3, 4]);
    }

    #[test]
    fn parse_errors_name_the_line() {
        assert!(Unigram::parse("a\t1\nb\n", 0).err().unwrap().contains("line 2"));
        assert!(Unigram::parse("a\tnope\n", 0).err().unwrap().contains("line 1"));
        assert!(Unigram::parse("a\\q\t1\n", 0).err().unwrap().contains("escape"));
        assert!(Normalizer::parse("4\t61\n", true, true, true)
            .err()
            .unwrap()
            .contains("line 1"));
        assert!(Normalizer::parse("41\t61\nff\t61\n", true, true, true)
            .err()
            .unwrap()
            .contains("line 2"));
    }
}
