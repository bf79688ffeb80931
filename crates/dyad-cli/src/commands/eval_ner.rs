//! `dyad eval ner --conll FILE`: entity-level exact-match P/R/F1 per type
//! (PER, ORG, LOC) of the actor recognizer's proper names against a
//! CoNLL-style BIO file. The logic lives in `dyad_actors::eval`.

use anyhow::Context;
use std::path::PathBuf;

#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// CoNLL file: one `TOKEN<TAB>TAG` per line, BIO tags PER/ORG/LOC, blank line between sentences.
    #[arg(long)]
    pub conll: PathBuf,
    /// Language of the text (it, en).
    #[arg(long, default_value = "it")]
    pub lang: String,
    /// Print every false positive and false negative instead of the scores.
    #[arg(long)]
    pub errors: bool,
    /// Recognize pseudo-documents of N consecutive sentences (joined by
    /// newlines) so in-document evidence can work; 1 = each sentence alone
    /// (the strict, headline setting). Windows may straddle two articles.
    #[arg(long, default_value_t = 1)]
    pub window: usize,
}

pub fn run(args: &Args, lex: &dyad_lexicon::Lexicons) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(&args.conll).with_context(|| format!("cannot read {}", args.conll.display()))?;
    let rec = dyad_actors::ActorRecognizer::new(lex)?;
    if args.errors {
        for e in dyad_actors::eval::errors_window(&rec, &text, &args.lang, args.window)
            .with_context(|| args.conll.display().to_string())?
        {
            outln!("{e}");
        }
        return Ok(());
    }
    let report = dyad_actors::eval::evaluate_window(&rec, &text, &args.lang, args.window)
        .with_context(|| args.conll.display().to_string())?;
    out!("{report}");
    Ok(())
}
