//! `dyad serve`: the HTTP API and the web page over a database.
//!
//! The server itself lives in `dyad-server`; this command parses the options
//! and, with `--allow-ingest`, hands the server a closure over this binary's
//! coding pipeline (the server crate does not depend on the extraction crates).

use super::Global;
use crate::pipeline::{Pipeline, RunOptions};
use anyhow::Context;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// Serve the HTTP API (described at /api/openapi.json) and the web page:
/// overview, relations graph, timelines, events, articles with highlighted
/// spans, map and, with --allow-ingest, a paste box.
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  dyad serve\n  dyad serve --db news.db --addr 127.0.0.1:9000 --allow-ingest")]
pub struct Args {
    /// The database file (SQLite); must exist (run `dyad ingest` first).
    #[arg(long, default_value = "dyad.db")]
    pub db: PathBuf,

    /// Address to listen on. Loopback only unless --allow-remote.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// Accept POST /api/ingest (pasted text, uploaded files, JSONL), which
    /// codes and stores documents.
    #[arg(long)]
    pub allow_ingest: bool,

    /// Allow listening on a non-loopback address (other machines can then
    /// read the database, and write to it with --allow-ingest).
    #[arg(long)]
    pub allow_remote: bool,

    /// Largest accepted upload, in bytes.
    #[arg(long, default_value_t = 8 * 1024 * 1024, value_name = "BYTES")]
    pub max_upload_bytes: usize,

    /// Most documents in one upload.
    #[arg(long, default_value_t = 1000, value_name = "N")]
    pub max_upload_docs: usize,

    /// Largest page of events, actors or dyads one request may ask for.
    #[arg(long, default_value_t = 500, value_name = "N")]
    pub max_page: usize,
}

pub fn run(args: &Args, global: &Global) -> anyhow::Result<ExitCode> {
    let mut config = dyad_server::Config::new(args.db.clone());
    config.addr = args.addr;
    config.allow_ingest = args.allow_ingest;
    config.allow_remote = args.allow_remote;
    config.max_upload_bytes = args.max_upload_bytes.max(1);
    config.max_upload_docs = args.max_upload_docs.max(1);
    config.max_page = args.max_page.max(1);
    let ingest: Option<dyad_server::IngestFn> = if args.allow_ingest {
        // The server needs an owned pipeline ('static, shared across threads),
        // so build one here rather than borrowing Global's.
        let pipeline = Arc::new(Pipeline::new(&global.lexicons, &global.learned).context("loading lexicons")?);
        Some(Arc::new(move |doc: dyad_model::Document| {
            let opts = RunOptions {
                lang: doc.lang.clone(),
                date: doc.date.clone(),
            };
            pipeline.process(doc, &opts)
        }))
    } else {
        None
    };
    dyad_server::run(config, ingest).with_context(|| format!("serving {}", args.db.display()))?;
    Ok(ExitCode::SUCCESS)
}
