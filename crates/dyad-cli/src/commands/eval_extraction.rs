//! `dyad eval extraction`: main-content extraction scored on a benchmark of
//! web pages with human-written gold text (bag-of-shingles P/R/F1, as in
//! `dyad_ingest::eval`), and its speed.

use std::path::PathBuf;

/// Scores dyad's HTML extraction against gold article text.
#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  dyad eval extraction --gold ../shared/data/article-extraction-dev/ground-truth.json \\\n      --html-dir ../shared/data/article-extraction-dev/html"
)]
pub struct Args {
    /// `ground-truth.json`: page id → {"articleBody", "url"}.
    #[arg(long)]
    pub gold: PathBuf,
    /// Directory of `<id>.html.gz` (or `<id>.html`) pages.
    #[arg(long)]
    pub html_dir: PathBuf,
}

pub fn run(args: &Args, lex: &dyad_lexicon::Lexicons) -> anyhow::Result<()> {
    use dyad_ingest::eval;
    let pages = eval::load_benchmark(&args.gold, &args.html_dir)?;
    anyhow::ensure!(
        !pages.is_empty(),
        "no pages found for {} in {}",
        args.gold.display(),
        args.html_dir.display()
    );
    let ex = dyad_ingest::Extractor::new(lex);
    // One untimed pass first, so the timing does not include warming up.
    let _ = eval::run(&pages[..pages.len().min(5)], |p| eval::dyad_extract(&ex, p));
    let (s, _, secs) = eval::run(&pages, |p| eval::dyad_extract(&ex, p));
    outln!("pages      {}", s.pages);
    outln!("precision  {:.4}", s.precision);
    outln!("recall     {:.4}", s.recall);
    outln!("f1         {:.4}", s.f1);
    outln!(
        "speed      {:.1} pages/s ({:.3} s, one thread)",
        s.pages as f64 / secs.max(1e-9),
        secs
    );
    Ok(())
}
