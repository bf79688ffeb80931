//! The extraction benchmark's metric: bag of 4-word shingles over `\w+`
//! tokens, multiset precision and recall per page, averaged over pages, and
//! F1 of the two averages.

use std::collections::HashMap;

/// Lower-cased `\w+` tokens (letters, digits, marks, connector punctuation).
///
/// ```
/// assert_eq!(dyad_ingest::eval::tokens("L'amicizia, 11.000 foo_bar!"), vec!["l", "amicizia", "11", "000", "foo_bar"]);
/// ```
pub fn tokens(text: &str) -> Vec<String> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_' || is_mark(c);
    text.split(|c: char| !is_word(c))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

fn is_mark(c: char) -> bool {
    // Combining marks count as word characters in Python's \w.
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Multiset of 4-word shingles (a text shorter than 4 words is one shingle).
pub fn shingles(text: &str) -> HashMap<Vec<String>, usize> {
    let t = tokens(text);
    let mut m = HashMap::new();
    if t.is_empty() {
        return m;
    }
    if t.len() < 4 {
        *m.entry(t).or_insert(0) += 1;
        return m;
    }
    for w in t.windows(4) {
        *m.entry(w.to_vec()).or_insert(0) += 1;
    }
    m
}

/// Precision and recall of one page.
///
/// ```
/// let (p, r) = dyad_ingest::eval::page_pr("a b c d e", "a b c d e f");
/// assert_eq!(p, 1.0);
/// assert!((r - 2.0 / 3.0).abs() < 1e-9);
/// ```
pub fn page_pr(pred: &str, gold: &str) -> (f64, f64) {
    let p = shingles(pred);
    let g = shingles(gold);
    let np: usize = p.values().sum();
    let ng: usize = g.values().sum();
    let inter: usize = p.iter().map(|(k, &c)| c.min(*g.get(k).unwrap_or(&0))).sum();
    let precision = if np == 0 {
        if ng == 0 {
            1.0
        } else {
            0.0
        }
    } else {
        inter as f64 / np as f64
    };
    let recall = if ng == 0 { 1.0 } else { inter as f64 / ng as f64 };
    (precision, recall)
}

/// Averaged precision, recall, and F1 of the averages.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub pages: usize,
}

/// Scores (prediction, gold) pairs.
pub fn score<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Score {
    let (mut sp, mut sr, mut n) = (0.0, 0.0, 0usize);
    for (pred, gold) in pairs {
        let (p, r) = page_pr(pred, gold);
        sp += p;
        sr += r;
        n += 1;
    }
    if n == 0 {
        return Score::default();
    }
    let (p, r) = (sp / n as f64, sr / n as f64);
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    Score {
        precision: p,
        recall: r,
        f1,
        pages: n,
    }
}

/// One page of the benchmark: its id, URL, raw bytes and gold text.
#[derive(Debug, Clone)]
pub struct Page {
    pub id: String,
    pub url: Option<String>,
    pub html: Vec<u8>,
    pub gold: String,
}

/// Loads the benchmark: `gold` is `ground-truth.json` (id → {articleBody,
/// url}); pages are `<id>.html.gz` or `<id>.html` in `html_dir`. Pages whose
/// file is missing are skipped with a note on stderr.
pub fn load_benchmark(gold: &std::path::Path, html_dir: &std::path::Path) -> Result<Vec<Page>, crate::IngestError> {
    use std::io::Read;
    let name = gold.display().to_string();
    let raw = std::fs::read_to_string(gold)
        .map_err(|e| crate::IngestError::new(name.clone(), format!("cannot read: {e}")))?;
    let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&raw)
        .map_err(|e| crate::IngestError::new(name.clone(), format!("not a JSON object: {e}")))?;
    let mut pages = Vec::new();
    for (id, v) in map {
        let body = v.get("articleBody").and_then(|b| b.as_str()).unwrap_or("").to_string();
        let url = v.get("url").and_then(|u| u.as_str()).map(str::to_string);
        let gz = html_dir.join(format!("{id}.html.gz"));
        let plain = html_dir.join(format!("{id}.html"));
        let html = if gz.exists() {
            let f = std::fs::File::open(&gz)
                .map_err(|e| crate::IngestError::new(gz.display().to_string(), e.to_string()))?;
            let mut out = Vec::new();
            flate2::read::MultiGzDecoder::new(f)
                .read_to_end(&mut out)
                .map_err(|e| crate::IngestError::new(gz.display().to_string(), e.to_string()))?;
            out
        } else if plain.exists() {
            std::fs::read(&plain).map_err(|e| crate::IngestError::new(plain.display().to_string(), e.to_string()))?
        } else {
            eprintln!("note: no page for {id} in {}", html_dir.display());
            continue;
        };
        pages.push(Page {
            id,
            url,
            html,
            gold: body,
        });
    }
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(pages)
}

/// Runs an extractor over the pages: the score, the per-page (P, R), and
/// the seconds spent extracting (decoding included, file reading excluded).
pub fn run<F: FnMut(&Page) -> String>(pages: &[Page], mut extract: F) -> (Score, Vec<(f64, f64)>, f64) {
    let mut preds = Vec::with_capacity(pages.len());
    let t = std::time::Instant::now();
    for p in pages {
        preds.push(extract(p));
    }
    let secs = t.elapsed().as_secs_f64();
    let per: Vec<(f64, f64)> = pages
        .iter()
        .zip(&preds)
        .map(|(p, pred)| page_pr(pred, &p.gold))
        .collect();
    let s = score(
        pages
            .iter()
            .zip(&preds)
            .map(|(p, pred)| (pred.as_str(), p.gold.as_str())),
    );
    (s, per, secs)
}

/// The dyad extractor as the benchmark runs it: bytes → decoded HTML → main text.
pub fn dyad_extract(ex: &crate::Extractor, page: &Page) -> String {
    let html = crate::decode::decode_html(&page.html, None);
    ex.extract_html(&html, page.url.as_deref()).text
}
