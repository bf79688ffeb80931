//! Prints the articles dyad-ingest makes of some inputs (for eyeballing).
//! `cargo run -p dyad-ingest --example ingest_dump -- PATH...`
fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    for doc in dyad_ingest::read_inputs(&paths, &Default::default()) {
        match doc.and_then(dyad_ingest::to_article) {
            Ok(a) => println!(
                "== {} | title={:?} date={:?} lang={:?} url={:?}\n{}\n",
                a.source, a.title, a.date, a.lang, a.url, a.text
            ),
            Err(e) => eprintln!("error: {e}"),
        }
    }
}
