//! Benchmark of `dyad serve` on a generated database.
//!
//! ```sh
//! cargo run --release -p dyad-server --example server_bench -- [DB] [EVENTS]
//! ```
//!
//! Generates `EVENTS` (default 100,000) events in 20,000-ish synthetic
//! articles into `DB` (default `target/server-bench.db`; reused when it
//! already holds them), serves it in-process on a loopback port, and times
//! the first page load (the page and every asset it references, then the
//! API calls of the first view) and each API endpoint over repeated
//! requests: median, 95th percentile and maximum, in milliseconds.

use dyad_model::Record;
use serde_json::json;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::time::{Duration, Instant};

const COUNTRIES: &[&str] = &[
    "RUS", "PRK", "VNM", "CHN", "USA", "UKR", "ITA", "FRA", "DEU", "GBR", "JPN", "KOR", "IND", "IRN", "ISR", "TUR",
    "EGY", "SAU", "BRA", "ARG", "MEX", "CAN", "AUS", "POL", "ESP", "NLD", "BEL", "SWE", "NOR", "FIN", "GRC", "SRB",
    "HUN", "ROU", "BLR", "KAZ", "PAK", "AFG", "IRQ", "SYR", "LBN", "JOR", "QAT", "ARE", "NGA", "ZAF", "ETH", "KEN",
    "IDN", "PHL", "THA", "MYS", "SGP", "TWN", "CUB", "VEN", "COL", "CHL", "PER", "UNO",
];
const CATS: &[(&str, u8)] = &[
    ("AGREE", 1),
    ("CONSULT", 1),
    ("SUPPORT", 1),
    ("CONCEDE", 1),
    ("COOPERATE", 2),
    ("AID", 2),
    ("RETREAT", 2),
    ("REQUEST", 3),
    ("ACCUSE", 3),
    ("REJECT", 3),
    ("SANCTION", 3),
    ("THREATEN", 3),
    ("PROTEST", 4),
    ("MOBILIZE", 4),
    ("COERCE", 4),
    ("ASSAULT", 4),
];
const WORDS: &[&str] = &[
    "governo",
    "ministro",
    "accordo",
    "visita",
    "sanzioni",
    "trattato",
    "esercito",
    "confine",
    "colloqui",
    "vertice",
    "economia",
    "energia",
    "gas",
    "petrolio",
    "armi",
    "missili",
    "porto",
    "commercio",
    "dazi",
    "elezioni",
    "parlamento",
    "presidente",
    "cooperazione",
    "crisi",
];
const PLACES: &[(&str, &str, f64, f64)] = &[
    ("Mosca", "RUS", 55.75, 37.62),
    ("Pyongyang", "PRK", 39.03, 125.75),
    ("Hanoi", "VNM", 21.03, 105.85),
    ("Pechino", "CHN", 39.9, 116.4),
    ("Washington", "USA", 38.9, -77.04),
    ("Kiev", "UKR", 50.45, 30.52),
    ("Roma", "ITA", 41.9, 12.5),
    ("Parigi", "FRA", 48.86, 2.35),
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

fn day(n: u64) -> String {
    // Days from 2023-01-01 over two years, as a proleptic calendar walk.
    let mut y = 2023;
    let mut d = n as i64;
    loop {
        let len = if y % 4 == 0 { 366 } else { 365 };
        if d < len {
            break;
        }
        d -= len;
        y += 1;
    }
    let months = [
        31,
        if y % 4 == 0 { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let mut m = 0;
    while d >= months[m] {
        d -= months[m];
        m += 1;
    }
    format!("{y:04}-{:02}-{:02}", m + 1, d + 1)
}

fn record(rng: &mut Rng, n: usize, events: usize) -> Record {
    let date = day(rng.next() % 730);
    let mut text = format!("Articolo {n}. ");
    let mut evs = Vec::new();
    let mut actors = Vec::new();
    for i in 0..events {
        let (src, dst) = (rng.pick(COUNTRIES), rng.pick(COUNTRIES));
        let (cat, quad) = rng.pick(CATS);
        let place = rng.pick(PLACES);
        let filler: Vec<&str> = (0..12).map(|_| rng.pick(WORDS)).collect();
        let start = text.len();
        let trig = cat.to_lowercase();
        let sentence = format!("{src} {trig} {dst} a {} {}.", place.0, filler.join(" "));
        let t0 = start + src.len() + 1;
        let d0 = t0 + trig.len() + 1;
        actors.push(json!({"text": src, "start": start, "end": start + 3, "kind": "country", "country": src, "sector": "GOV", "id": null, "name": null}));
        actors.push(json!({"text": dst, "start": d0, "end": d0 + 3, "kind": "country", "country": dst, "sector": null, "id": null, "name": null}));
        evs.push(json!({
            "id": format!("bench-{n}-{i}"), "event": cat, "mode": null, "context": [], "quad": quad, "score": quad as f64,
            "actor": [{"text": src, "start": start, "end": start + 3, "country": src, "sector": "GOV"}],
            "recipient": [{"text": dst, "start": d0, "end": d0 + 3, "country": dst, "sector": null}],
            "date": date, "date_precision": "day", "date_source": "publication",
            "location": {"text": place.0, "country": place.1, "lat": place.2, "lon": place.3},
            "modality": "asserted", "attribution": null, "quantity": [],
            "sentence": i, "start": start, "end": start + sentence.len(),
            "trigger": {"text": trig, "start": t0, "end": t0 + trig.len()},
            "reason": format!("generated {cat}"), "confidence": 0.9
        }));
        text.push_str(&sentence);
        text.push(' ');
    }
    serde_json::from_value(json!({
        "doc": {"id": format!("bench-{n}"), "source": format!("https://outlet{}.example/{n}", n % 25), "url": null,
                "title": format!("Articolo {n}"), "lang": "it", "date": date, "text": text},
        "actors": actors, "events": evs, "quotes": []
    }))
    .expect("generated record is valid")
}

fn generate(db: &std::path::Path, events: usize) -> anyhow::Result<()> {
    if db.exists() {
        let store = dyad_store::Store::open_existing(db)?;
        if store.stats()?.event_mentions >= events {
            eprintln!(
                "reusing {} ({} event mentions)",
                db.display(),
                store.stats()?.event_mentions
            );
            return Ok(());
        }
        drop(store);
        std::fs::remove_file(db)?;
    }
    let t = Instant::now();
    let mut store = dyad_store::Store::open(db)?;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let per_doc = 5;
    let docs = events.div_ceil(per_doc);
    let mut batch = Vec::new();
    for n in 0..docs {
        batch.push(record(&mut rng, n, per_doc.min(events - n * per_doc)));
        if batch.len() == 500 {
            store.insert(&batch)?;
            batch.clear();
        }
    }
    store.insert(&batch)?;
    let s = store.stats()?;
    eprintln!(
        "generated {} documents, {} event mentions, {} events in {:.1}s",
        s.documents,
        s.event_mentions,
        s.clusters,
        t.elapsed().as_secs_f64()
    );
    Ok(())
}

/// One GET over a fresh connection; returns (status, body bytes).
fn get(addr: SocketAddr, path: &str) -> anyhow::Result<(u16, Vec<u8>)> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf)?;
    let head_end = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| anyhow::anyhow!("no header end"))?;
    let status: u16 = std::str::from_utf8(&buf[9..12])?.parse()?;
    let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
    let mut body = buf[head_end + 4..].to_vec();
    if head.contains("transfer-encoding: chunked") {
        body = dechunk(&body);
    }
    Ok((status, body))
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(i) = b.windows(2).position(|w| w == b"\r\n") {
        let n = usize::from_str_radix(std::str::from_utf8(&b[..i]).unwrap_or("0").trim(), 16).unwrap_or(0);
        if n == 0 || b.len() < i + 2 + n {
            break;
        }
        out.extend_from_slice(&b[i + 2..i + 2 + n]);
        b = &b[(i + 4 + n).min(b.len())..];
    }
    out
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let db = PathBuf::from(args.get(1).cloned().unwrap_or_else(|| "target/server-bench.db".into()));
    let events: usize = args.get(2).map(|s| s.parse()).transpose()?.unwrap_or(100_000);
    generate(&db, events)?;

    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let config = dyad_server::Config::new(db.clone());
    let app = dyad_server::router(&config, None)?;
    let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
    let addr = listener.local_addr()?;
    rt.spawn(async move { axum::serve(listener, app).await });
    let cold = std::env::var("BENCH_COLD").is_ok();
    if !cold {
        // As `dyad serve` does at start-up: compute the whole-database answers once.
        let t = Instant::now();
        get(addr, "/api/stats")?;
        get(addr, "/api/locations")?;
        println!("start-up warm-up (stats + locations): {:.1} ms", ms(t.elapsed()));
    }

    // First page load: the HTML, every asset it references, then the first view's API calls.
    let t = Instant::now();
    let (_, html) = get(addr, "/")?;
    let html = String::from_utf8_lossy(&html).into_owned();
    let mut assets = Vec::new();
    for part in html.split(['"', '\'']) {
        if part.starts_with("/assets/") {
            assets.push(part.to_string());
        }
    }
    let mut bytes = html.len();
    for a in &assets {
        bytes += get(addr, a)?.1.len();
    }
    let page_ms = ms(t.elapsed());
    let t2 = Instant::now();
    for p in ["/api/info", "/api/stats"] {
        get(addr, p)?;
    }
    let first_view_ms = ms(t2.elapsed());
    println!("first page load (cold): html + {} assets ({} KiB) in {page_ms:.1} ms; first view API calls in {first_view_ms:.1} ms; total {:.1} ms",
        assets.len(), bytes / 1024, page_ms + first_view_ms);

    // A cluster id and a document id to ask for.
    let (_, body) = get(addr, "/api/events?limit=1&actor=RUS&recipient=PRK")?;
    let page: serde_json::Value = serde_json::from_slice(&body)?;
    let cluster = page["items"][0]["id"].as_str().unwrap_or("none").to_string();
    let doc = page["items"][0]["doc_id"].as_str().unwrap_or("none").to_string();

    let endpoints: Vec<String> = vec![
        "/api/info".into(),
        "/api/stats".into(),
        "/api/events".into(),
        "/api/events?limit=500".into(),
        "/api/events?actor=RUS".into(),
        "/api/events?actor=RUS&recipient=PRK&since=2024-01&until=2024-06".into(),
        "/api/events?event=CONSULT&order=asc&offset=5000".into(),
        "/api/events?offset=99000&order=asc".into(),
        "/api/events?actor=putin".into(),
        format!("/api/events/{cluster}"),
        "/api/actors".into(),
        "/api/actors/RUS".into(),
        "/api/dyads".into(),
        "/api/dyads?period=month&limit=5000".into(),
        "/api/dyads?actor=RUS&period=week".into(),
        "/api/timeline?actor=RUS&recipient=PRK&period=day".into(),
        "/api/timeline?actor=RUS".into(),
        "/api/graph".into(),
        "/api/graph?since=2024-06&until=2024-06".into(),
        "/api/graph?limit=2000".into(),
        "/api/graph?actor=RUS".into(),
        "/api/locations".into(),
        format!("/api/articles/{doc}"),
        "/api/search?q=trattato".into(),
        "/api/search?q=%22colloqui%20vertice%22".into(),
        "/api/openapi.json".into(),
    ];
    let runs = 15;
    println!(
        "\n{:<64} {:>6} {:>8} {:>8} {:>8} {:>8} {:>9}",
        "endpoint", "status", "first", "median", "p95", "max", "bytes"
    );
    let mut worst = 0f64;
    let mut worst_first = 0f64;
    for path in &endpoints {
        let t = Instant::now();
        let (status, _) = get(addr, path)?; // the first request: cold caches
        let first = ms(t.elapsed());
        let mut times = Vec::with_capacity(runs);
        let mut size = 0;
        for _ in 0..runs {
            let t = Instant::now();
            let (_, b) = get(addr, path)?;
            times.push(ms(t.elapsed()));
            size = b.len();
        }
        times.sort_by(f64::total_cmp);
        let p = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
        worst = worst.max(p(1.0));
        worst_first = worst_first.max(first);
        println!(
            "{path:<64} {status:>6} {first:>8.1} {:>8.1} {:>8.1} {:>8.1} {size:>9}",
            p(0.5),
            p(0.95),
            p(1.0)
        );
    }
    println!("\nslowest repeated request: {worst:.1} ms; slowest first request: {worst_first:.1} ms (target < 200 ms)");
    Ok(())
}
