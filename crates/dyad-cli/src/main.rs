//! The `dyad` binary: subcommands that wire the stages together
//! (read → extract → analyse → code → store → views).
//!
//! Each subcommand lives in its own module under `commands/`, with its clap
//! arguments and a `run` function; this file only dispatches.

/// `println!`/`print!` for command output that hand the write error back
/// (`?`) instead of panicking: a reader that stops early (`dyad eval … | head`)
/// ends the command quietly in `main`.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout(), $($arg)*)?
    }};
}
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        write!(std::io::stdout(), $($arg)*)?
    }};
}

mod commands;
mod learned;
mod pipeline;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// dyad turns news articles (Italian and English) into PLOVER event data:
/// who did what to whom, when, where, how much, and according to whom.
#[derive(Parser)]
#[command(name = "dyad", version, about, long_about = None)]
#[command(
    after_help = "Examples:\n  dyad ingest examples/ && dyad stats\n  dyad extract --format pretty examples/it-putin-hanoi.txt\n  dyad events --actor RUS --format csv"
)]
struct Cli {
    /// A folder of lexicon files that replace or extend the built-in ones
    /// (same layout as the repository's `lexicons/`).
    #[arg(long, global = true, value_name = "DIR")]
    lexicons: Option<PathBuf>,

    /// Switch on the coder's learned layer with this sentence encoder (a folder
    /// made by `scripts/fetch-encoder.sh`; also `$DYAD_ENCODER_DIR`). Without
    /// one the coder uses rules only. Experimental: see docs/ACCURACY.md.
    #[arg(long, global = true, value_name = "DIR")]
    encoder: Option<PathBuf>,

    /// Code with the rules only, even when a sentence encoder is available.
    #[arg(long, global = true, env = "DYAD_RULES_ONLY", value_parser = clap::builder::FalseyValueParser::new())]
    rules_only: bool,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Extract(commands::extract::Args),
    Bench(commands::bench::Args),
    Ingest(commands::ingest::Args),
    Events(commands::events::Args),
    Export(commands::export::Args),
    Stats(commands::stats::Args),
    Dyads(commands::dyads::Args),
    Actors(commands::actors::Args),
    Timeline(commands::timeline::Args),
    Search(commands::search::Args),
    Serve(commands::serve::Args),
    Explain(commands::explain::Args),
    #[command(subcommand)]
    Eval(commands::eval::EvalCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    commands::init_logging();
    let result = commands::Global::new(
        cli.lexicons.as_deref(),
        learned::LearnedChoice {
            encoder: cli.encoder.clone(),
            rules_only: cli.rules_only,
        },
    )
    .and_then(|global| match &cli.command {
        Command::Extract(args) => commands::extract::run(args, &global),
        Command::Bench(args) => commands::bench::run(args, &global),
        Command::Ingest(args) => commands::ingest::run(args, &global),
        Command::Events(args) => commands::events::run(args, &global),
        Command::Export(args) => commands::export::run(args, &global),
        Command::Stats(args) => commands::stats::run(args, &global),
        Command::Dyads(args) => commands::dyads::run(args, &global),
        Command::Actors(args) => commands::actors::run(args, &global),
        Command::Timeline(args) => commands::timeline::run(args, &global),
        Command::Search(args) => commands::search::run(args, &global),
        Command::Serve(args) => commands::serve::run(args, &global),
        Command::Explain(args) => commands::explain::run(args, &global),
        Command::Eval(cmd) => commands::eval::run(cmd, &global),
    });
    match result {
        Ok(code) => code,
        // A reader that stops early (`dyad events | head`) is not an error.
        Err(err)
            if err.chain().any(|e| {
                e.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("dyad: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
