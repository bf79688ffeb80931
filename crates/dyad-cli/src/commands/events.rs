//! `dyad events`: query stored events, de-duplicated by default.
//!
//! Also holds what the store commands (events, export, stats, dyads, actors,
//! timeline, search) share: the `--db`, `--since`/`--until` and `--format`
//! arguments, argument parsers, and JSON lines / CSV / table output that ends
//! quietly on a closed pipe.

use super::Global;
use anyhow::Context;
use dyad_model::Category;
use dyad_store::{EventCluster, EventFilter, Store, StoredEvent};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Query stored events. By default one row per de-duplicated event (a
/// cluster of mentions of one happening across articles, with its mention,
/// article and source counts); `--mentions` lists every article's coding.
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  dyad events --actor RUS --recipient PRK\n  dyad events --event CONSULT --since 2024-06 --until 2024-06-30 --format csv\n  dyad events --actor putin --mentions --format jsonl\n\n\
--actor/--recipient: three upper-case letters (RUS, PRK, IGO, UNO) match actor codes;\n\
anything else matches an actor's Wikidata id, name or text, ignoring case (Q7747, putin)."
)]
pub struct Args {
    #[command(flatten)]
    pub db: DbArg,

    /// Source actor: a country code (RUS) or an actor id, name or text (Q7747, putin).
    #[arg(long, value_name = "CODE")]
    pub actor: Option<String>,

    /// Recipient actor, as for --actor.
    #[arg(long, value_name = "CODE")]
    pub recipient: Option<String>,

    /// PLOVER category: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    /// ACCUSE, REJECT, SANCTION, THREATEN, PROTEST, MOBILIZE, COERCE, ASSAULT.
    #[arg(long, value_name = "CATEGORY", value_parser = parse_category)]
    pub event: Option<Category>,

    #[command(flatten)]
    pub dates: DateRange,

    /// At most this many rows.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,

    #[command(flatten)]
    pub format: FormatArg,

    /// One row per mention (per article coding) instead of per de-duplicated event.
    #[arg(long)]
    pub mentions: bool,
}

/// Output formats of the query commands.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Jsonl,
    Csv,
}

pub fn run(args: &Args, _global: &Global) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    let filter = EventFilter {
        actor: args.actor.clone(),
        recipient: args.recipient.clone(),
        event: args.event,
        since: args.dates.since.clone(),
        until: args.dates.until.clone(),
        limit: args.limit,
        ..Default::default()
    };
    let format = args.format.format;
    if args.mentions {
        let rows = store.events(&filter)?;
        if rows.is_empty() {
            eprintln!("dyad: no events match");
        }
        to_stdout(|out| write_mentions(out, &rows, format))
    } else {
        let rows = store.clusters(&filter)?;
        if rows.is_empty() {
            eprintln!("dyad: no events match");
        }
        to_stdout(|out| write_clusters(out, &rows, format))
    }
}

fn cluster_json(c: &EventCluster) -> serde_json::Value {
    serde_json::json!({
        "id": c.id, "event": c.event, "mode": c.mode, "quad": c.quad, "score": c.score,
        "source": c.source, "recipient": c.recipient, "negated": c.negated, "date": c.date,
        "first_seen": c.first_seen, "last_seen": c.last_seen,
        "mentions": c.mentions, "articles": c.articles, "sources": c.sources,
        "location_country": c.location_country, "trigger": c.trigger,
        "doc_id": c.doc_id, "doc_title": c.doc_title, "doc_source": c.doc_source,
    })
}

fn write_clusters(out: &mut dyn Write, rows: &[EventCluster], format: Format) -> std::io::Result<()> {
    let columns = Columns {
        csv_header: &[
            "ClusterID",
            "Day",
            "EventCategory",
            "EventMode",
            "QuadClass",
            "Score",
            "Actor1Code",
            "Actor2Code",
            "Negated",
            "NumMentions",
            "NumArticles",
            "NumSources",
            "FirstSeen",
            "LastSeen",
            "ActionGeo_CountryCode",
            "Trigger",
            "DocID",
            "DocTitle",
            "SOURCEURL",
        ],
        table_header: &[
            "DATE",
            "EVENT",
            "SOURCE → RECIPIENT",
            "QUAD",
            "MENT/ART/SRC",
            "ARTICLE (first)",
            "TRIGGER",
        ],
        json: &cluster_json,
        csv: &|c: &EventCluster| {
            vec![
                c.id.clone(),
                opt(&c.date),
                c.event.to_string(),
                opt(&c.mode),
                c.quad.number().to_string(),
                c.score.to_string(),
                c.source.clone(),
                c.recipient.clone(),
                c.negated.to_string(),
                c.mentions.to_string(),
                c.articles.to_string(),
                c.sources.to_string(),
                opt(&c.first_seen),
                opt(&c.last_seen),
                opt(&c.location_country),
                c.trigger.clone(),
                c.doc_id.clone(),
                opt(&c.doc_title),
                c.doc_source.clone(),
            ]
        },
        table: &|c: &EventCluster| {
            vec![
                opt(&c.date),
                event_mode(c.event, &c.mode, c.negated),
                format!("{} → {}", or_dash(&c.source), or_dash(&c.recipient)),
                c.quad.number().to_string(),
                format!("{}/{}/{}", c.mentions, c.articles, c.sources),
                c.doc_title.clone().unwrap_or_else(|| c.doc_id.clone()),
                c.trigger.clone(),
            ]
        },
    };
    write_rows(out, rows, format, &columns)
}

fn side(actors: &[dyad_model::ActorRef]) -> String {
    if actors.is_empty() {
        return "-".into();
    }
    actors
        .iter()
        .map(|a| match &a.country {
            Some(c) if !c.is_empty() => format!("{} ({c})", a.text),
            _ => a.text.clone(),
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

fn codes(actors: &[dyad_model::ActorRef]) -> String {
    actors
        .iter()
        .map(|a| a.country.clone().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("+")
}

fn write_mentions(out: &mut dyn Write, rows: &[StoredEvent], format: Format) -> std::io::Result<()> {
    let names = |actors: &[dyad_model::ActorRef]| actors.iter().map(|a| a.text.as_str()).collect::<Vec<_>>().join("; ");
    let columns = Columns {
        csv_header: &[
            "EventID",
            "ClusterID",
            "Day",
            "EventCategory",
            "EventMode",
            "QuadClass",
            "Score",
            "Actor1CountryCode",
            "Actor1Name",
            "Actor2CountryCode",
            "Actor2Name",
            "Modality",
            "Trigger",
            "Confidence",
            "Reason",
            "DocID",
            "DocDate",
            "DocTitle",
            "SOURCEURL",
        ],
        table_header: &[
            "DATE",
            "EVENT",
            "SOURCE → RECIPIENT",
            "QUAD",
            "ARTICLE",
            "TRIGGER",
            "CLUSTER",
        ],
        json: &|m: &StoredEvent| {
            serde_json::json!({
                "cluster_id": m.cluster_id, "day": m.day,
                "doc": {"id": m.doc_id, "source": m.doc_source, "url": m.doc_url, "title": m.doc_title, "date": m.doc_date},
                "event": m.event,
            })
        },
        csv: &|m: &StoredEvent| {
            let e = &m.event;
            vec![
                e.id.clone(),
                opt(&m.cluster_id),
                opt(&m.day),
                e.event.to_string(),
                opt(&e.mode),
                e.quad.number().to_string(),
                e.score.to_string(),
                codes(&e.actor),
                names(&e.actor),
                codes(&e.recipient),
                names(&e.recipient),
                e.modality.to_string(),
                e.trigger.text.clone(),
                e.confidence.to_string(),
                e.reason.clone(),
                m.doc_id.clone(),
                opt(&m.doc_date),
                opt(&m.doc_title),
                m.doc_url.clone().unwrap_or_else(|| m.doc_source.clone()),
            ]
        },
        table: &|m: &StoredEvent| {
            let e = &m.event;
            vec![
                opt(&m.day),
                event_mode(e.event, &e.mode, e.modality == dyad_model::Modality::Negated),
                format!("{} → {}", side(&e.actor), side(&e.recipient)),
                e.quad.number().to_string(),
                m.doc_title.clone().unwrap_or_else(|| m.doc_id.clone()),
                e.trigger.text.clone(),
                m.cluster_id.as_deref().unwrap_or("").chars().take(8).collect(),
            ]
        },
    };
    write_rows(out, rows, format, &columns)
}

fn event_mode(c: Category, mode: &Option<String>, negated: bool) -> String {
    let mut s = c.to_string();
    if let Some(m) = mode {
        s.push('/');
        s.push_str(m);
    }
    if negated {
        s.push_str(" (not)");
    }
    s
}

fn or_dash(s: &str) -> &str {
    if s.is_empty() {
        "-"
    } else {
        s
    }
}

// ---- shared by the store commands -------------------------------------------------

/// `--db`, the database a store command reads.
#[derive(clap::Args)]
pub struct DbArg {
    /// The database file (written by `dyad ingest`).
    #[arg(long, default_value = "dyad.db")]
    pub db: PathBuf,
}

impl DbArg {
    /// Opens the existing database; a missing one is an error, never created.
    pub(crate) fn open(&self) -> anyhow::Result<Store> {
        Store::open_existing(&self.db).with_context(|| format!("reading {}", self.db.display()))
    }
}

/// `--since` / `--until`, inclusive date bounds of the store commands, on the
/// event date, else the publication date.
#[derive(clap::Args)]
pub struct DateRange {
    /// First day, inclusive: YYYY-MM-DD, YYYY-MM or YYYY (event date, else publication date).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<String>,

    /// Last day, inclusive: YYYY-MM-DD, YYYY-MM (its last day) or YYYY.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<String>,
}

/// `--format` of the commands that list rows (events, dyads, actors).
#[derive(clap::Args)]
pub struct FormatArg {
    /// Output: an aligned table, one JSON object per line, or CSV.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// How one kind of row is written in each [`Format`].
pub(crate) struct Columns<'a, T> {
    pub csv_header: &'a [&'a str],
    pub table_header: &'a [&'a str],
    pub json: &'a dyn Fn(&T) -> serde_json::Value,
    pub csv: &'a dyn Fn(&T) -> Vec<String>,
    pub table: &'a dyn Fn(&T) -> Vec<String>,
}

/// Writes rows as JSON lines, CSV with a header line, or an aligned table.
pub(crate) fn write_rows<T>(
    out: &mut dyn Write,
    rows: &[T],
    format: Format,
    columns: &Columns<T>,
) -> std::io::Result<()> {
    match format {
        Format::Jsonl => {
            for r in rows {
                writeln!(out, "{}", (columns.json)(r))?;
            }
            Ok(())
        }
        Format::Csv => {
            dyad_store::export::write_csv_row(out, columns.csv_header)?;
            for r in rows {
                csv_row(out, &(columns.csv)(r))?;
            }
            Ok(())
        }
        Format::Table => print_table(
            out,
            columns.table_header,
            &rows.iter().map(columns.table).collect::<Vec<_>>(),
        ),
    }
}

/// One CSV record (RFC 4180 quoting).
pub(crate) fn csv_row(out: &mut dyn Write, cells: &[String]) -> std::io::Result<()> {
    dyad_store::export::write_csv_row(out, &cells.iter().map(String::as_str).collect::<Vec<_>>())
}

/// Runs `write` on buffered standard output, then flushes; see [`finish`].
pub(crate) fn to_stdout(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> anyhow::Result<ExitCode> {
    let mut out = stdout();
    finish(write(&mut out).and_then(|_| out.flush()))
}

/// clap parser for `--event`.
pub(crate) fn parse_category(s: &str) -> Result<Category, String> {
    s.parse::<Category>().map_err(|_| {
        let all: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
        format!("'{s}' is not a PLOVER category; expected one of {}", all.join(", "))
    })
}

/// clap parser for date bounds: checks the form, keeps the text.
pub(crate) fn parse_date(s: &str) -> Result<String, String> {
    dyad_store::parse_bound(s, dyad_store::Bound::Start)
        .map(|_| s.trim().to_string())
        .map_err(|e| e.to_string())
}

/// clap parser for `--period`.
pub(crate) fn parse_period(s: &str) -> Result<dyad_store::Period, String> {
    s.parse().map_err(|e: dyad_store::StoreError| e.to_string())
}

pub(crate) fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

/// Buffered, locked standard output.
pub(crate) fn stdout() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::new(std::io::stdout().lock())
}

/// Success, unless writing failed for another reason than a closed pipe
/// (`dyad events | head` is not an error).
pub(crate) fn finish(result: std::io::Result<()>) -> anyhow::Result<ExitCode> {
    match result {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(ExitCode::SUCCESS),
    }
}

/// Longest cell shown in a table column; longer text is cut with '…'.
const MAX_CELL: usize = 48;

/// Prints rows under headers, columns padded to their widest cell.
pub(crate) fn print_table(out: &mut dyn Write, headers: &[&str], rows: &[Vec<String>]) -> std::io::Result<()> {
    let cut = |s: &str| -> String {
        let s: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        if s.chars().count() > MAX_CELL {
            s.chars().take(MAX_CELL - 1).chain(['…']).collect()
        } else {
            s
        }
    };
    let cells: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|c| cut(c)).collect()).collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in &cells {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |out: &mut dyn Write, r: &[String]| -> std::io::Result<()> {
        let last = r.len().saturating_sub(1);
        for (i, (c, w)) in r.iter().zip(&widths).enumerate() {
            if i == last {
                write!(out, "{c}")?;
            } else {
                write!(out, "{c}{}  ", " ".repeat(w - c.chars().count()))?;
            }
        }
        writeln!(out)
    };
    line(out, &headers.iter().map(|h| h.to_string()).collect::<Vec<_>>())?;
    for r in &cells {
        line(out, r)?;
    }
    Ok(())
}
