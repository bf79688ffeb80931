//! Store benchmark: generates a corpus of event mentions (100,000 by default),
//! ingests it, then times the `dyad events` filters and the `dyad dyads`,
//! `actors`, `timeline` and `stats` queries.
//!
//! ```text
//! cargo run --release -p dyad-store --example store_bench -- [EVENTS] [DB]
//! ```
//! Prints one line per query: median of 5 runs, rows returned.

use dyad_model::*;
use dyad_store::{DyadQuery, EventFilter, Period, Store};
use std::time::Instant;

/// A small deterministic generator (SplitMix64); no dependency needed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Skewed pick: low indices far more often (news is about few countries).
    fn skewed(&mut self, n: usize) -> usize {
        let a = self.below(n);
        self.below(a + 1)
    }
}

const COUNTRIES: &[&str] = &[
    "USA", "RUS", "CHN", "UKR", "ISR", "IRN", "PRK", "KOR", "JPN", "ITA", "FRA", "DEU", "GBR", "TUR", "IND", "PAK",
    "SAU", "EGY", "SYR", "IRQ", "AFG", "VNM", "BRA", "MEX", "CAN", "POL", "ESP", "NLD", "BEL", "GRC", "SRB", "HUN",
    "BLR", "GEO", "ARM", "AZE", "KAZ", "UZB", "QAT", "ARE", "LBN", "JOR", "LBY", "TUN", "DZA", "MAR", "NGA", "ETH",
    "KEN", "ZAF", "ARG", "CHL", "COL", "VEN", "CUB", "IDN", "PHL", "THA", "MYS", "AUS",
];

fn ev(rng: &mut Rng, day: &str, story: u64) -> Event {
    let cat = Category::ALL[rng.below(16)];
    let s = COUNTRIES[rng.skewed(COUNTRIES.len())];
    let mut r = COUNTRIES[rng.skewed(COUNTRIES.len())];
    if r == s {
        r = COUNTRIES[rng.below(COUNTRIES.len())];
    }
    let aref = |c: &str| ActorRef {
        text: c.to_string(),
        start: 0,
        end: 3,
        country: Some(c.to_string()),
        sector: Some("GOV".into()),
    };
    Event {
        id: stable_hash(&[&story.to_string(), cat.as_str()]),
        event: cat,
        mode: None,
        context: vec!["diplomatic".into()],
        quad: cat.quad(),
        score: if cat.quad().is_cooperation() { 3.0 } else { -5.0 },
        actor: vec![aref(s)],
        recipient: vec![aref(r)],
        date: Some(day.to_string()),
        date_precision: Some(DatePrecision::Day),
        date_source: Some(DateSource::Text),
        location: None,
        modality: Modality::Asserted,
        attribution: None,
        quantity: vec![],
        sentence: 0,
        start: 0,
        end: 40,
        trigger: TextSpan {
            text: "trigger".into(),
            start: 0,
            end: 7,
        },
        reason: "generated".into(),
        confidence: 0.8,
    }
}

/// About `events` mentions in documents of 3 events; each story is carried
/// by 1–3 outlets (the same events in different texts), so clusters < mentions.
fn corpus(events: usize) -> Vec<Record> {
    let mut rng = Rng(42);
    let mut out = Vec::new();
    let mut made = 0;
    let mut story = 0u64;
    while made < events {
        story += 1;
        let day_n = rng.below(730) as i64;
        let start = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("valid date");
        let day = (start + chrono::TimeDelta::days(day_n)).format("%Y-%m-%d").to_string();
        let mut story_rng = Rng(story);
        let story_events: Vec<Event> = (0..3).map(|_| ev(&mut story_rng, &day, story)).collect();
        for outlet in 0..1 + rng.below(3) {
            if made >= events {
                break;
            }
            let text = format!(
                "Story {story} as told by outlet {outlet}. {}",
                "Lorem ipsum dolor sit amet. ".repeat(20)
            );
            let url = format!("https://outlet{outlet}.example/{story}");
            out.push(Record {
                doc: DocInfo {
                    id: format!("s{story}-o{outlet}"),
                    source: url.clone(),
                    url: Some(url),
                    title: Some(format!("Story {story}")),
                    lang: "en".into(),
                    date: Some(day.clone()),
                    text,
                },
                actors: vec![],
                events: story_events.clone(),
                quotes: vec![],
            });
            made += story_events.len();
        }
    }
    out
}

fn time<T>(label: &str, rows: impl Fn(&T) -> usize, f: impl Fn() -> T) {
    let mut times = Vec::new();
    let mut n = 0;
    for _ in 0..5 {
        let t = Instant::now();
        let r = f();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        n = rows(&r);
    }
    times.sort_by(f64::total_cmp);
    println!("{label:<58} {:>8.1} ms  {n:>7} rows", times[2]);
}

fn main() {
    let mut args = std::env::args().skip(1);
    let events: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let dir = tempfile_dir();
    let path = args
        .next()
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.join("bench.db"));
    let _ = std::fs::remove_file(&path);
    let records = corpus(events);
    let mentions: usize = records.iter().map(|r| r.events.len()).sum();
    let mut store = Store::open(&path).expect("open");
    let t = Instant::now();
    for chunk in records.chunks(256) {
        store.insert(chunk).expect("insert");
    }
    let secs = t.elapsed().as_secs_f64();
    let stats = store.stats().expect("stats");
    println!(
        "ingest: {} documents, {mentions} event mentions, {} clusters in {secs:.1} s ({:.0} docs/s, {:.0} events/s); db {:.0} MB",
        records.len(),
        stats.clusters,
        records.len() as f64 / secs,
        mentions as f64 / secs,
        std::fs::metadata(&path).map(|m| m.len() as f64 / 1e6).unwrap_or(0.0)
    );
    let f = |actor: Option<&str>,
             recipient: Option<&str>,
             event: Option<Category>,
             since: Option<&str>,
             until: Option<&str>,
             limit: Option<usize>| EventFilter {
        actor: actor.map(Into::into),
        recipient: recipient.map(Into::into),
        event,
        since: since.map(Into::into),
        until: until.map(Into::into),
        limit,
        ..Default::default()
    };
    let filters: Vec<(&str, EventFilter)> = vec![
        ("--actor RUS", f(Some("RUS"), None, None, None, None, None)),
        ("--actor AUS (rare)", f(Some("AUS"), None, None, None, None, None)),
        ("--recipient PRK", f(None, Some("PRK"), None, None, None, None)),
        (
            "--actor RUS --recipient PRK",
            f(Some("RUS"), Some("PRK"), None, None, None, None),
        ),
        (
            "--event SANCTION",
            f(None, None, Some(Category::Sanction), None, None, None),
        ),
        (
            "--since 2024-06-01 --until 2024-06-30",
            f(None, None, None, Some("2024-06-01"), Some("2024-06-30"), None),
        ),
        (
            "--actor USA --event ACCUSE --since 2025-01",
            f(Some("USA"), None, Some(Category::Accuse), Some("2025-01"), None, None),
        ),
        (
            "--actor usa (by name, not a code)",
            f(Some("usa"), None, None, None, None, None),
        ),
        ("--limit 50", f(None, None, None, None, None, Some(50))),
        ("(no filter: every event)", f(None, None, None, None, None, None)),
    ];
    for (label, filter) in &filters {
        time(
            &format!("events {label}"),
            |v: &Vec<_>| v.len(),
            || store.clusters(filter).expect("clusters"),
        );
    }
    for (label, filter) in &filters {
        time(
            &format!("events --mentions {label}"),
            |v: &Vec<_>| v.len(),
            || store.events(filter).expect("events"),
        );
    }
    let dq = |actor: Option<&str>, recipient: Option<&str>, period: Period, since: Option<&str>| DyadQuery {
        actor: actor.map(Into::into),
        recipient: recipient.map(Into::into),
        period,
        since: since.map(Into::into),
        ..DyadQuery::default()
    };
    let dyads: Vec<(&str, DyadQuery)> = vec![
        ("dyads", dq(None, None, Period::All, None)),
        ("dyads --period month", dq(None, None, Period::Month, None)),
        ("dyads --period week", dq(None, None, Period::Week, None)),
        ("dyads --period day", dq(None, None, Period::Day, None)),
        (
            "dyads --actor RUS --period month",
            dq(Some("RUS"), None, Period::Month, None),
        ),
        (
            "dyads --actor RUS --recipient PRK --period day",
            dq(Some("RUS"), Some("PRK"), Period::Day, None),
        ),
        ("dyads --since 2025-06", dq(None, None, Period::All, Some("2025-06"))),
    ];
    for (label, q) in &dyads {
        time(label, |v: &Vec<_>| v.len(), || store.dyads(q).expect("dyads"));
    }
    time(
        "timeline --actor RUS --recipient PRK --period week",
        |v: &Vec<_>| v.len(),
        || {
            store
                .timeline("RUS", "PRK", Period::Week, None, None)
                .expect("timeline")
        },
    );
    time(
        "actors",
        |v: &Vec<_>| v.len(),
        || store.actors(None, None, Some(20)).expect("actors"),
    );
    time("stats", |_| 1, || store.stats().expect("stats"));
    time(
        "search \"outlet\" --limit 20",
        |v: &Vec<_>| v.len(),
        || store.search("Story 77", 20, ("[", "]")).expect("search"),
    );
    let t = Instant::now();
    let mut sink = std::io::sink();
    let n = store.export_csv(&mut sink).expect("csv");
    println!(
        "{:<58} {:>8.1} ms  {n:>7} rows",
        "export --format csv (to /dev/null)",
        t.elapsed().as_secs_f64() * 1000.0
    );
}

fn tempfile_dir() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("dyad-store-bench-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}
