//! Prints dyad's extraction of one HTML file (plain or .gz), with its metadata.
//! `cargo run -p dyad-ingest --example extract_page -- PAGE.html[.gz] [URL]`
use std::io::Read;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut bytes = std::fs::read(&args[1]).unwrap();
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&bytes[..])
            .read_to_end(&mut out)
            .unwrap();
        bytes = out;
    }
    let html = dyad_ingest::decode::decode_html(&bytes, None);
    let ex = dyad_ingest::extract_html(&html, args.get(2).map(String::as_str));
    println!("{:#?}\n---\n{}", ex.meta, ex.text);
}
