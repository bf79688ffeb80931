//! Streaming: reading a large gzipped WARC keeps memory bounded. The file is
//! generated here (about 400 MB of records, gzip per record, as in Common
//! Crawl News), never committed; peak resident memory must stay far below it.

use dyad_ingest::{read_inputs, ReadOptions};
use flate2::{write::GzEncoder, Compression};
use std::io::Write;

/// Peak resident set size of this process, in kB (Linux only).
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

#[test]
fn a_large_warc_streams_in_bounded_memory() {
    let Some(before) = peak_rss_kb() else {
        eprintln!("no /proc/self/status: memory check skipped");
        return;
    };
    let path = std::env::temp_dir().join(format!("dyad-big-{}.warc.gz", std::process::id()));
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    // Varied paragraphs so gzip cannot shrink each record to nothing.
    let paragraph = |i: usize| {
        format!("<p>Il ministro {i} ha incontrato il collega {} a Roma per discutere di energia, commercio e sicurezza nella regione numero {}.</p>", i * 7919 % 10007, i % 97)
    };
    let records = 40_000usize;
    let mut raw_bytes = 0usize;
    for r in 0..records {
        let body: String = (0..80).map(|k| paragraph(r * 80 + k)).collect();
        let html = format!("<html><head><title>Notizia {r}</title></head><body><article><h1>Notizia {r}</h1>{body}</article></body></html>");
        let http = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{html}",
            html.len()
        );
        let rec = format!(
            "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/{r}\r\nWARC-Date: 2025-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
            http.len()
        );
        raw_bytes += rec.len();
        let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
        gz.write_all(rec.as_bytes()).unwrap();
        out.write_all(&gz.finish().unwrap()).unwrap();
    }
    out.flush().unwrap();
    drop(out);

    let mut docs = 0usize;
    for item in read_inputs(std::slice::from_ref(&path), &ReadOptions::default()) {
        let doc = item.expect("every generated record reads");
        assert!(doc.url.is_some());
        docs += 1;
    }
    let _ = std::fs::remove_file(&path);
    assert_eq!(docs, records);
    let grown_mb = (peak_rss_kb().unwrap() - before) as f64 / 1024.0;
    let raw_mb = raw_bytes as f64 / 1e6;
    eprintln!("read {docs} records, {raw_mb:.0} MB uncompressed; peak memory grew {grown_mb:.1} MB");
    assert!(raw_mb > 300.0, "the test must stream more data than it may hold");
    assert!(
        grown_mb < 64.0,
        "memory grew {grown_mb:.1} MB while streaming {raw_mb:.0} MB"
    );
}
