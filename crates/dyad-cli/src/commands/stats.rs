//! `dyad stats`: what the store holds.

use super::events::{to_stdout, DbArg};
use super::Global;
use std::process::ExitCode;

/// Counts of documents, events (de-duplicated, and mentions), by category,
/// with the top dyads and actors.
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  dyad stats\n  dyad stats --db news.db")]
pub struct Args {
    #[command(flatten)]
    pub db: DbArg,
}

pub fn run(args: &Args, _global: &Global) -> anyhow::Result<ExitCode> {
    let s = args.db.open()?.stats()?;
    to_stdout(|out| {
        writeln!(out, "database     {}", args.db.db.display())?;
        writeln!(
            out,
            "documents    {} ({} source copies)",
            s.documents, s.document_sources
        )?;
        writeln!(
            out,
            "events       {} de-duplicated, {} mentions",
            s.clusters, s.event_mentions
        )?;
        writeln!(out, "actors       {} mentions", s.actor_mentions)?;
        writeln!(out, "quotes       {}", s.quotes)?;
        if !s.by_category.is_empty() {
            writeln!(out, "\nby category  events  mentions")?;
            for (c, events, mentions) in &s.by_category {
                writeln!(out, "  {:<10} {events:>6}  {mentions:>8}", c.as_str())?;
            }
        }
        if !s.top_dyads.is_empty() {
            writeln!(out, "\ntop dyads (source → recipient, events)")?;
            for (a, b, n) in &s.top_dyads {
                writeln!(out, "  {a} → {b}  {n}")?;
            }
        }
        if !s.top_actors.is_empty() {
            writeln!(out, "\ntop actors (events as source or recipient)")?;
            for (a, n) in &s.top_actors {
                writeln!(out, "  {a}  {n}")?;
            }
        }
        Ok(())
    })
}
