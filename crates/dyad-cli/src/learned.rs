//! Wires the coder's learned layer: finds and loads the sentence encoder
//! (`dyad-embed`), loads the category head cached next to it or trains one
//! on the built-in team-written examples, and reports which coder runs.
//!
//! Without an encoder the coder runs on rules only; that is a normal state,
//! reported, never an error (unless the user named a model folder that does
//! not load).

use anyhow::Context;
use dyad_embed::SentenceEncoder;
use dyad_events::learned::{self, CategoryHead, Embedder, LearnedLayer, TrainOptions};
use std::path::{Path, PathBuf};

/// How the user chose the coder.
#[derive(Debug, Clone, Default)]
pub struct LearnedChoice {
    /// `--encoder DIR`: a model folder made by `scripts/fetch-encoder.sh`.
    pub encoder: Option<PathBuf>,
    /// `--rules-only`: never use the learned layer.
    pub rules_only: bool,
}

/// The head's cache file inside the model folder.
const HEAD_FILE: &str = "plover-head.json";

struct Encoder {
    inner: SentenceEncoder,
    id: String,
}

impl Embedder for Encoder {
    fn dim(&self) -> usize {
        dyad_embed::DIM
    }
    fn embed(&self, text: &str) -> Vec<f32> {
        self.inner.encode(text)
    }
    fn id(&self) -> String {
        self.id.clone()
    }
}

/// The folder the encoder is read from, if any: `--encoder`, else
/// `$DYAD_ENCODER_DIR`. The layer is opt-in: on the development sets it does
/// not yet beat the rules (docs/ACCURACY.md), so a fetched model alone does
/// not switch it on.
pub fn encoder_dir(choice: &LearnedChoice) -> Option<PathBuf> {
    if choice.rules_only {
        return None;
    }
    choice.encoder.clone().or_else(|| {
        std::env::var_os("DYAD_ENCODER_DIR")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
}

/// Loads the learned layer, or `None` for rules only.
pub fn load(choice: &LearnedChoice) -> anyhow::Result<Option<LearnedLayer>> {
    let Some(dir) = encoder_dir(choice) else {
        tracing::info!(
            "no sentence encoder given: coding with rules only (--encoder DIR; scripts/fetch-encoder.sh fetches one)"
        );
        return Ok(None);
    };
    let inner =
        SentenceEncoder::load(&dir).with_context(|| format!("loading the sentence encoder from {}", dir.display()))?;
    let manifest = std::fs::read_to_string(dir.join("manifest.json")).unwrap_or_default();
    let encoder = Encoder {
        inner,
        id: format!("use-m3:{}", dyad_model::stable_hash(&[&manifest])),
    };
    let head = load_or_train_head(&encoder, &dir)?;
    Ok(Some(LearnedLayer::new(Box::new(encoder), head)))
}

/// The cached head when it matches the encoder and the built-in examples;
/// otherwise a freshly trained one, cached for next time (best effort: a
/// read-only model folder only costs the training again).
fn load_or_train_head(encoder: &Encoder, dir: &Path) -> anyhow::Result<CategoryHead> {
    let fingerprint = learned::examples_fingerprint();
    let path = dir.join(HEAD_FILE);
    if let Ok(text) = std::fs::read_to_string(&path) {
        match serde_json::from_str::<CategoryHead>(&text) {
            Ok(head) if head.trained_on == fingerprint && head.encoder == encoder.id() => return Ok(head),
            Ok(_) => tracing::info!("{} is stale: retraining", path.display()),
            Err(e) => tracing::warn!("{}: {e}; retraining", path.display()),
        }
    }
    let examples = learned::builtin_examples().context("built-in training examples")?;
    eprintln!(
        "dyad: training the learned layer on {} built-in examples (once; cached in {})",
        examples.len(),
        path.display()
    );
    let mut head = learned::train_head(encoder, &examples, &TrainOptions::default());
    head.trained_on = fingerprint;
    let tmp = dir.join(format!("{HEAD_FILE}.{}.tmp", std::process::id()));
    let written = serde_json::to_vec(&head)
        .map_err(anyhow::Error::from)
        .and_then(|bytes| {
            std::fs::write(&tmp, bytes)?;
            std::fs::rename(&tmp, &path)?;
            Ok(())
        });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        tracing::warn!("could not cache the head in {}: {e}", path.display());
    }
    Ok(head)
}

/// One line saying which coder runs, for reports.
pub fn describe(layer: Option<&LearnedLayer>) -> String {
    match layer {
        Some(l) => format!(
            "rules + learned layer ({}, head on {} labels)",
            l.encoder_id(),
            l.head().labels.len()
        ),
        None => "rules only (the learned layer needs --encoder DIR; see scripts/fetch-encoder.sh)".to_string(),
    }
}
