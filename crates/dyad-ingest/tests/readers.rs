//! WARC and RSS/Atom readers on inputs written here.

use dyad_ingest::{read_inputs, to_article, InputFormat, ReadOptions};
use dyad_model::Body;
use flate2::{write::GzEncoder, Compression};
use std::io::Write;

fn record(wtype: &str, uri: &str, ctype: &str, block: &[u8], declared_len: Option<usize>) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: {wtype}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-06-20T10:00:00Z\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n",
        declared_len.unwrap_or(block.len())
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http(body: &str, ctype: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

fn page(text: &str) -> String {
    format!("<html><head><title>{text}</title></head><body><article><p>{text} The ministers met in Rome on Monday, officials said, and agreed on a plan.</p></article></body></html>")
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn temp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dyad-readers-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn warc_records() -> Vec<Vec<u8>> {
    vec![
        record("warcinfo", "", "application/warc-fields", b"software: test\r\n", None),
        record(
            "request",
            "https://a.example/1",
            "application/http; msgtype=request",
            b"GET /1 HTTP/1.1\r\n\r\n",
            None,
        ),
        record(
            "response",
            "https://a.example/1",
            "application/http; msgtype=response",
            &http(&page("First."), "text/html; charset=utf-8"),
            None,
        ),
        record(
            "response",
            "https://a.example/img",
            "application/http; msgtype=response",
            &http("GIF89a", "image/gif"),
            None,
        ),
        // Declared length shorter than the block: the length lies.
        record(
            "response",
            "https://a.example/liar",
            "application/http; msgtype=response",
            &http(&page("Liar."), "text/html"),
            Some(40),
        ),
        record(
            "response",
            "https://a.example/2",
            "application/http; msgtype=response",
            &http(&page("Second."), "text/html"),
            None,
        ),
        record(
            "resource",
            "https://a.example/3",
            "text/html",
            page("Third.").as_bytes(),
            None,
        ),
    ]
}

#[test]
fn warc_plain_and_per_record_gzip() {
    let recs = warc_records();
    let plain: Vec<u8> = recs.concat();
    let gzipped: Vec<u8> = recs.iter().flat_map(|r| gz(r)).collect();
    for (name, bytes) in [("crawl.warc", plain), ("crawl.warc.gz", gzipped)] {
        let p = temp(name, &bytes);
        let docs: Vec<_> = read_inputs(std::slice::from_ref(&p), &ReadOptions::default()).collect();
        let urls: Vec<String> = docs
            .iter()
            .map(|d| match d {
                Ok(d) => d.url.clone().unwrap(),
                Err(e) => format!("ERR {e}"),
            })
            .collect();
        assert_eq!(urls.len(), 4, "{name}: {urls:?}");
        assert_eq!(urls[0], "https://a.example/1");
        assert!(
            urls[1].starts_with("ERR ") && urls[1].contains("record 5"),
            "{name}: {}",
            urls[1]
        );
        assert_eq!(&urls[2..], ["https://a.example/2", "https://a.example/3"]);
        let art = to_article(docs.into_iter().next().unwrap().unwrap()).unwrap();
        assert!(art.text.starts_with("First. The ministers met"), "{}", art.text);
    }
}

#[test]
fn warc_length_past_the_end_is_an_error() {
    let mut recs = warc_records();
    recs.truncate(3);
    recs.push(record(
        "response",
        "https://a.example/cut",
        "application/http",
        &http(&page("Cut."), "text/html"),
        Some(100_000),
    ));
    let p = temp("cut.warc", &recs.concat());
    let docs: Vec<_> = read_inputs(
        &[p],
        &ReadOptions {
            format: InputFormat::Warc,
            ..Default::default()
        },
    )
    .collect();
    assert_eq!(docs.len(), 2);
    let e = docs[1].as_ref().unwrap_err();
    assert_eq!(e.location.as_deref(), Some("record 4"));
    assert!(e.message.contains("Content-Length 100000"), "{e}");
}

#[test]
fn garbage_is_not_a_warc_record() {
    let p = temp("junk.warc", b"hello\nthis is not warc\n");
    let docs: Vec<_> = read_inputs(&[p], &ReadOptions::default()).collect();
    assert_eq!(docs.len(), 1);
    assert!(docs[0]
        .as_ref()
        .unwrap_err()
        .message
        .contains("not a WARC record header"));
}

#[test]
fn atom_feed_items() {
    let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Example News</title>
  <entry><title>Talks in Geneva</title><id>urn:uuid:1</id>
    <link rel="alternate" href="https://news.example/talks"/>
    <published>2024-06-18T09:00:00Z</published>
    <content type="html">&lt;p&gt;The two presidents met on Tuesday &amp;amp; agreed to talk again.&lt;/p&gt;</content></entry>
  <entry><title>Only a title</title><id>urn:uuid:2</id></entry>
  <entry><title>Summary only</title><summary>Short text, no markup.</summary><updated>2024-06-19</updated></entry>
</feed>"#;
    let p = temp("news.atom", atom.as_bytes());
    let docs: Vec<_> = read_inputs(&[p], &ReadOptions::default()).collect();
    assert_eq!(docs.len(), 3, "{docs:?}");
    let d0 = docs[0].as_ref().unwrap();
    assert_eq!(d0.url.as_deref(), Some("https://news.example/talks"));
    assert_eq!(d0.id.as_deref(), Some("urn:uuid:1"));
    assert_eq!(d0.date.as_deref(), Some("2024-06-18"));
    assert!(matches!(&d0.body, Body::Html(h) if h.contains("<p>The two presidents")));
    assert!(docs[1]
        .as_ref()
        .unwrap_err()
        .to_string()
        .contains("item 2: no content or description"));
    let d2 = docs[2].as_ref().unwrap();
    assert!(matches!(&d2.body, Body::Text(t) if t == "Short text, no markup."));
    assert_eq!(d2.date.as_deref(), Some("2024-06-19"));
    let art = to_article(docs.into_iter().next().unwrap().unwrap()).unwrap();
    assert_eq!(art.text, "The two presidents met on Tuesday & agreed to talk again.");
}

#[test]
fn malformed_feed_keeps_items_before_the_error() {
    let rss = "<rss><channel><item><title>A</title><description>Uno.</description></item><item><title>B</ti";
    let p = temp("broken.rss", rss.as_bytes());
    let docs: Vec<_> = read_inputs(&[p], &ReadOptions::default()).collect();
    assert!(docs[0].is_ok());
    assert!(docs.len() <= 2);
}

#[test]
fn a_date_in_the_file_name_is_the_publication_date() {
    let p = temp(
        "2024-06-20-vertice.txt",
        "Vertice a Roma\n\nIl ministro ha incontrato ieri il collega francese.".as_bytes(),
    );
    let doc = read_inputs(std::slice::from_ref(&p), &ReadOptions::default())
        .next()
        .unwrap()
        .unwrap();
    let article = dyad_ingest::to_article(doc).unwrap();
    assert_eq!(article.date.as_deref(), Some("2024-06-20"));
    let p = temp(
        "e9255316bfc9fb12.txt",
        "Vertice a Roma\n\nIl ministro ha incontrato ieri il collega francese.".as_bytes(),
    );
    let doc = read_inputs(std::slice::from_ref(&p), &ReadOptions::default())
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(dyad_ingest::to_article(doc).unwrap().date, None, "a hash is not a date");
}
