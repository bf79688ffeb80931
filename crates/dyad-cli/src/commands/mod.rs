//! One module per subcommand, plus what they share: the global options and
//! the lazily built pipeline.

pub mod actors;
pub mod bench;
pub mod dyads;
pub mod eval;
pub mod eval_extraction;
pub mod eval_ner;
pub mod events;
pub mod explain;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod search;
pub mod serve;
pub mod source;
pub mod stats;
pub mod timeline;

use crate::learned::LearnedChoice;
use crate::pipeline::Pipeline;
use anyhow::Context;
use dyad_lexicon::Lexicons;
use std::path::Path;
use std::sync::OnceLock;

/// What every subcommand may need: the lexicons, and the coding pipeline
/// built from them on first use (commands that only query the store never
/// pay for it).
pub struct Global {
    pub lexicons: Lexicons,
    /// Whether and where from to load the coder's learned layer.
    pub learned: LearnedChoice,
    pipeline: OnceLock<Pipeline>,
}

impl Global {
    pub fn new(lexicon_dir: Option<&Path>, learned: LearnedChoice) -> anyhow::Result<Self> {
        let lexicons = match lexicon_dir {
            Some(dir) => Lexicons::with_overrides(dir)?,
            None => Lexicons::embedded(),
        };
        Ok(Global {
            lexicons,
            learned,
            pipeline: OnceLock::new(),
        })
    }

    /// The pipeline, built once.
    pub fn pipeline(&self) -> anyhow::Result<&Pipeline> {
        if let Some(p) = self.pipeline.get() {
            return Ok(p);
        }
        let built = Pipeline::new(&self.lexicons, &self.learned).context("loading lexicons")?;
        Ok(self.pipeline.get_or_init(|| built))
    }
}

/// Logs go to stderr; `RUST_LOG` selects the level (default: warnings).
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}
