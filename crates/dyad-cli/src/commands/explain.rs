//! `dyad explain`: the coder's steps for one sentence or short text.

use super::Global;
use crate::pipeline::RunOptions;
use dyad_model::{Body, Document};
use std::process::ExitCode;

/// Show how dyad codes a sentence: actors found, triggers, rules, role
/// assignment, modality, date and the resulting events.
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  dyad explain --lang it \"Mercoledì Putin ha firmato un trattato con Kim a Pyongyang.\" --date 2024-06-20\n  dyad explain \"The United States imposed new sanctions on Russia.\""
)]
pub struct Args {
    /// The sentence (or short text) to code.
    pub text: String,

    /// Language (it, en); detected when omitted.
    #[arg(long)]
    pub lang: Option<String>,

    /// Publication date (YYYY-MM-DD) that relative dates resolve against.
    #[arg(long)]
    pub date: Option<String>,
}

pub fn run(args: &Args, global: &Global) -> anyhow::Result<ExitCode> {
    let pipeline = global.pipeline()?;
    let doc = Document {
        source: "<explain>".into(),
        body: Body::Text(args.text.clone()),
        ..Default::default()
    };
    let opts = RunOptions {
        lang: args.lang.clone(),
        date: args.date.clone(),
    };
    let mut steps = Vec::new();
    let record = pipeline.process_traced(doc, &opts, &mut |s| steps.push(s))?;
    outln!("actors:");
    for a in &record.actors {
        outln!(
            "  '{}' [{}..{}] {} country={} sector={}{}",
            a.text,
            a.start,
            a.end,
            a.kind,
            a.country.as_deref().unwrap_or("-"),
            a.sector.as_deref().unwrap_or("-"),
            a.id.as_deref().map(|i| format!(" id={i}")).unwrap_or_default()
        );
    }
    outln!("steps:");
    for s in &steps {
        outln!("  {s}");
    }
    outln!("events:");
    if record.events.is_empty() {
        outln!("  (none)");
    }
    for e in &record.events {
        let names = |v: &[dyad_model::ActorRef]| {
            v.iter()
                .map(|r| format!("{}({})", r.text, r.country.as_deref().unwrap_or("?")))
                .collect::<Vec<_>>()
                .join("+")
        };
        outln!(
            "  {}{} {} -> {} modality={} date={} confidence={:.2}",
            e.event,
            e.mode.as_deref().map(|m| format!("/{m}")).unwrap_or_default(),
            names(&e.actor),
            names(&e.recipient),
            e.modality,
            e.date.as_deref().unwrap_or("-"),
            e.confidence
        );
    }
    Ok(ExitCode::SUCCESS)
}
