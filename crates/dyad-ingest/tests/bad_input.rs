//! Bad input never panics: each bad file or line is one clear error and the
//! rest of the input is still read. Large inputs are generated here, never
//! committed.

use dyad_ingest::{read_inputs, to_article, InputFormat, ReadOptions};
use dyad_model::{Body, Document};
use flate2::{write::GzEncoder, Compression};
use std::io::Write;
use std::path::{Path, PathBuf};

struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("dyad-ingest-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).unwrap();
        }
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn read_all(paths: &[PathBuf]) -> Vec<Result<Document, dyad_ingest::IngestError>> {
    read_inputs(paths, &ReadOptions::default()).collect()
}

#[test]
fn empty_binary_and_good_files_in_one_directory() {
    let d = TempDir::new("mixed");
    d.write("a_empty.txt", b"");
    d.write("b_blank.txt", b"  \n\n ");
    d.write("c_binary.txt", b"\x7fELF\x02\x01\x01\0\0\0\0garbage");
    d.write("d_good.txt", "Titolo\n\nIl ministro è arrivato a Roma.".as_bytes());
    d.write("e_latin1.txt", b"Il presidente \xe8 arrivato a Citt\xe0 del Vaticano.");
    d.write(".hidden.txt", b"skipped");
    let docs = read_all(std::slice::from_ref(&d.0));
    assert_eq!(docs.len(), 5, "{docs:?}");
    let e0 = docs[0].as_ref().unwrap_err().to_string();
    assert!(e0.ends_with("a_empty.txt: empty file"), "{e0}");
    assert!(docs[1].as_ref().unwrap_err().message.contains("empty"));
    let e2 = docs[2].as_ref().unwrap_err().to_string();
    assert!(e2.contains("c_binary.txt:byte 7: binary file"), "{e2}");
    assert!(matches!(&docs[3].as_ref().unwrap().body, Body::Text(t) if t.contains("è arrivato")));
    assert!(matches!(&docs[4].as_ref().unwrap().body, Body::Text(t) if t.contains("è arrivato a Città")));
}

#[test]
fn jsonl_bad_line_names_file_and_line_and_reading_goes_on() {
    let d = TempDir::new("jsonl");
    let body = concat!(
        "{\"id\":\"a\",\"text\":\"Primo articolo.\",\"date\":\"2024-06-20T10:00:00Z\",\"lang\":\"it-IT\"}\n",
        "{this is not json\n",
        "\n",
        "{\"id\":7,\"html\":\"<p>Second article, with enough text to keep.</p>\",\"url\":\"https://example.com/a\",\"title\":\"T\"}\n",
        "{\"id\":\"c\"}\n",
        "[1,2]\n",
        "{\"text\":\"Terzo.\",\"date\":\"20/06/2024\"}"
    );
    let p = d.write("feed.jsonl.gz", &gz(body.as_bytes()));
    let docs = read_all(std::slice::from_ref(&p));
    assert_eq!(docs.len(), 6, "{docs:?}");
    let first = docs[0].as_ref().unwrap();
    assert_eq!(first.id.as_deref(), Some("a"));
    assert_eq!(first.date.as_deref(), Some("2024-06-20"));
    assert_eq!(first.lang.as_deref(), Some("it"));
    assert_eq!(first.source, format!("{}:1", p.display()));
    let e = docs[1].as_ref().unwrap_err();
    assert_eq!(e.location.as_deref(), Some("line 2"));
    assert!(e
        .to_string()
        .starts_with(&format!("{}:line 2: not a JSON object", p.display())));
    let second = docs[2].as_ref().unwrap();
    assert_eq!(second.id.as_deref(), Some("7"));
    assert_eq!(second.source, "https://example.com/a");
    assert!(matches!(second.body, Body::Html(_)));
    assert!(docs[3]
        .as_ref()
        .unwrap_err()
        .to_string()
        .contains("line 5: no \"text\" or \"html\" field"));
    assert!(docs[4].is_err());
    assert_eq!(docs[5].as_ref().unwrap().date.as_deref(), Some("2024-06-20"));
}

#[test]
fn truncated_gzip_is_an_error_and_next_file_is_read() {
    let d = TempDir::new("gz");
    let mut lines = String::new();
    for i in 0..20_000 {
        lines.push_str(&format!(
            "{{\"id\":\"{i}\",\"text\":\"Articolo numero {i} con un po' di testo diverso {}.\"}}\n",
            i * 7919
        ));
    }
    let full = gz(lines.as_bytes());
    let cut = d.write("a.jsonl.gz", &full[..full.len() / 2]);
    let html =
        gz(b"<html><body><p>Il testo di una pagina compressa, abbastanza lungo da essere tenuto.</p></body></html>");
    let cut_html = d.write("b.html.gz", &html[..html.len() - 12]);
    let good = d.write("c.txt", b"Ok.\n");
    let docs = read_all(&[cut.clone(), cut_html, good]);
    let errs: Vec<_> = docs.iter().filter_map(|d| d.as_ref().err()).collect();
    assert_eq!(errs.len(), 2, "{errs:?}");
    assert!(errs[0].to_string().contains("a.jsonl.gz:line"), "{}", errs[0]);
    assert!(errs[1].to_string().contains("b.html.gz"), "{}", errs[1]);
    let oks = docs.iter().filter(|d| d.is_ok()).count();
    assert!(oks > 1000 && oks < 20_000, "{oks}");
    assert!(matches!(docs.last().unwrap(), Ok(d) if d.source.ends_with("c.txt")));
}

#[test]
fn huge_single_line_file_is_refused_without_loading_it() {
    let d = TempDir::new("huge");
    let p = d.0.join("big.txt");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&p).unwrap());
        let chunk = "parola ".repeat(1 << 14);
        let mut written = 0usize;
        while written < 200 << 20 {
            f.write_all(chunk.as_bytes()).unwrap();
            written += chunk.len();
        }
    }
    let jp = d.0.join("big.jsonl");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&jp).unwrap());
        f.write_all(b"{\"text\":\"").unwrap();
        let chunk = "x".repeat(1 << 20);
        for _ in 0..80 {
            f.write_all(chunk.as_bytes()).unwrap();
        }
        f.write_all(b"\"}\n{\"text\":\"Dopo.\"}\n").unwrap();
    }
    let docs = read_all(&[p, jp]);
    assert_eq!(docs.len(), 3);
    assert!(
        docs[0].as_ref().unwrap_err().message.contains("larger than"),
        "{:?}",
        docs[0]
    );
    assert!(docs[1]
        .as_ref()
        .unwrap_err()
        .to_string()
        .contains("big.jsonl:line 1: line longer than"));
    assert!(docs[2].is_ok());
}

#[test]
fn deeply_nested_html_does_not_overflow() {
    let mut page = String::from("<html><body>");
    for _ in 0..100_000 {
        page.push_str("<div>");
    }
    page.push_str("<p>Deep inside, the minister said the talks would go on, and nobody was surprised.</p>");
    let t = std::time::Instant::now();
    let res = to_article(Document {
        source: "deep.html".into(),
        body: Body::Html(page),
        ..Default::default()
    });
    assert!(t.elapsed().as_secs() < 60);
    // Either the text or a clear error, never a crash.
    if let Ok(a) = res {
        assert!(a.text.contains("Deep inside"));
    }
    let mut page = String::new();
    for _ in 0..100_000 {
        page.push_str("<b><i><table><span>");
    }
    let _ = to_article(Document {
        source: "deep2.html".into(),
        body: Body::Html(page),
        ..Default::default()
    });
}

#[test]
fn page_without_text_is_a_clear_error() {
    for html in [
        "",
        "<html><head><title>x</title></head><body><script>var a=1;</script></body></html>",
        "<img src=a.png>",
    ] {
        let e = to_article(Document {
            source: "empty.html".into(),
            body: Body::Html(html.into()),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(e.to_string(), "empty.html: no article text found");
    }
}

#[test]
fn explicit_formats_and_sniffing() {
    let d = TempDir::new("sniff");
    let a = d.write(
        "page",
        b"<!DOCTYPE html><html><body><p>Sniffed as HTML, with a sentence.</p></body></html>",
    );
    let b = d.write("lines", b"{\"text\":\"one\"}\n{\"text\":\"two\"}\n");
    let c = d.write("plain", "Solo testo.".as_bytes());
    let docs = read_all(&[a.clone(), b, c]);
    assert_eq!(docs.len(), 4);
    assert!(matches!(docs[0].as_ref().unwrap().body, Body::Html(_)));
    assert!(matches!(docs[3].as_ref().unwrap().body, Body::Text(_)));
    let forced: Vec<_> = read_inputs(
        &[a],
        &ReadOptions {
            format: InputFormat::Text,
            ..Default::default()
        },
    )
    .collect();
    assert!(matches!(forced[0].as_ref().unwrap().body, Body::Text(_)));
}

#[test]
fn include_exclude_globs_filter_directory_walks() {
    let d = TempDir::new("globs");
    d.write("x/a.txt", b"A.");
    d.write("x/b.html", b"<p>B.</p>");
    d.write("y/skip/c.txt", b"C.");
    d.write("y/d.txt", b"D.");
    let opts = ReadOptions {
        include: vec!["*.txt".into()],
        exclude: vec!["**/skip/**".into()],
        ..Default::default()
    };
    let names: Vec<String> = read_inputs(std::slice::from_ref(&d.0), &opts)
        .map(|r| r.unwrap().source)
        .collect();
    let rel: Vec<String> = names
        .iter()
        .map(|n| Path::new(n).strip_prefix(&d.0).unwrap().display().to_string())
        .collect();
    assert_eq!(rel, vec!["x/a.txt", "y/d.txt"]);
    let bad: Vec<_> = read_inputs(
        std::slice::from_ref(&d.0),
        &ReadOptions {
            include: vec!["a[".into()],
            ..Default::default()
        },
    )
    .collect();
    assert!(bad[0].as_ref().unwrap_err().message.contains("bad glob"));
}

#[test]
fn missing_path_is_an_error_not_a_panic() {
    let docs = read_all(&[PathBuf::from("/nonexistent/dyad/file.txt")]);
    assert!(docs[0].as_ref().unwrap_err().message.starts_with("cannot open"));
}
