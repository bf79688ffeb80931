//! Property tests: arbitrary bytes through every reader and the extractor
//! never panic, and whatever comes out is either a document or an error
//! naming the file.

use dyad_ingest::{read_inputs, to_article, InputFormat, ReadOptions};
use proptest::prelude::*;
use std::io::Write;

fn run_reader(bytes: &[u8], name: &str, format: InputFormat) {
    let dir = std::env::temp_dir().join(format!("dyad-prop-{}-{}", std::process::id(), name.replace('.', "-")));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::File::create(&path).unwrap().write_all(bytes).unwrap();
    let opts = ReadOptions {
        format,
        ..Default::default()
    };
    for item in read_inputs(std::slice::from_ref(&path), &opts).take(200) {
        match item {
            Ok(doc) => {
                let _ = to_article(doc);
            }
            Err(e) => assert!(e.source_name.contains(name), "error must name the file: {e}"),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn arbitrary_bytes_never_panic_in_any_reader(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        run_reader(&bytes, "doc.txt", InputFormat::Auto);
        run_reader(&bytes, "doc.html", InputFormat::Html);
        run_reader(&bytes, "feed.jsonl", InputFormat::Jsonl);
        run_reader(&bytes, "crawl.warc", InputFormat::Warc);
        run_reader(&bytes, "feed.rss", InputFormat::Rss);
    }

    #[test]
    fn html_like_text_never_panics(s in "(<[a-z]{1,6}( [a-z]+=\"[^\"]{0,8}\")?>|</[a-z]{1,6}>|[A-Za-zàèé .,]{0,20}){0,60}") {
        run_reader(s.as_bytes(), "page.html", InputFormat::Html);
    }

    #[test]
    fn jsonl_lines_with_garbage_never_panic(lines in proptest::collection::vec("(\\{\"text\": \"[a-z ]{0,30}\"\\}|[^\\n]{0,40})", 0..20)) {
        run_reader(lines.join("\n").as_bytes(), "lines.jsonl", InputFormat::Jsonl);
    }
}
