//! Ingest: from files, directories, stdin, gzip and JSONL to [`Document`]s, and
//! from a document to an [`Article`] — the main text with its metadata.
//!
//! This crate owns everything before analysis:
//! - [`readers`]: where documents come from, lazily and with bounded memory;
//! - [`decode`]: bytes to text (BOM, declared charset, windows-1252 fallback);
//! - [`html`]: HTML parsing (html5ever), metadata, main-content extraction;
//! - [`boilerplate`]: plain-text boilerplate removal driven by lexicon cues;
//! - [`text`]: plain text to article (the title line);
//! - [`dates`]: publication dates normalized to `YYYY-MM-DD`;
//! - [`eval`]: the extraction benchmark's metric.
//!
//! ```
//! use dyad_model::{Body, Document};
//! let doc = Document {
//!     source: "page.html".into(),
//!     body: Body::Html("<html><head><title>Talks in Rome</title></head><body><nav>Home | World</nav>\
//!         <article><p>The ministers met in Rome on Monday, officials said, and agreed on a plan.</p>\
//!         <p>Share on Facebook</p></article></body></html>".into()),
//!     ..Default::default()
//! };
//! let art = dyad_ingest::to_article(doc).unwrap();
//! assert_eq!(art.title.as_deref(), Some("Talks in Rome"));
//! assert_eq!(art.text, "The ministers met in Rome on Monday, officials said, and agreed on a plan.");
//! ```

pub mod boilerplate;
pub mod dates;
pub mod decode;
mod error;
pub mod eval;
pub mod html;
pub mod readers;
pub mod text;

pub use error::IngestError;
pub use html::{Extracted, Metadata};
pub use readers::{read_inputs, InputFormat, ReadOptions};

use dyad_lexicon::Lexicons;
use dyad_model::{Article, Body, Document};
use std::sync::OnceLock;

/// Turns documents into articles with a given set of lexicons (cue lists),
/// e.g. ones overridden with `--lexicons DIR`.
///
/// ```
/// let ex = dyad_ingest::Extractor::new(&dyad_lexicon::Lexicons::embedded());
/// assert_eq!(ex.remove_boilerplate("Titolo\n\nTesto dell'articolo.\n\nTorna su"), "Titolo\n\nTesto dell'articolo.");
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    cues: boilerplate::Cues,
}

impl Extractor {
    pub fn new(lex: &Lexicons) -> Self {
        Extractor {
            cues: boilerplate::Cues::from_lexicons(lex),
        }
    }

    /// Main text + metadata: HTML → main-content extraction; plain text →
    /// boilerplate removal. A document with no text left is an error.
    ///
    /// Metadata given with the document (JSONL fields) wins over what the
    /// page says; the page fills in what is missing.
    pub fn to_article(&self, doc: Document) -> Result<Article, IngestError> {
        let Document {
            id,
            source,
            url,
            title,
            lang,
            date,
            body,
        } = doc;
        let (text, meta) = match body {
            Body::Html(h) => {
                let ex = self.extract_html(&h, url.as_deref());
                (ex.text, ex.meta)
            }
            Body::Text(t) => {
                let text = self.remove_boilerplate(&t);
                let title = text::title_line(&text).map(str::to_string);
                (
                    text,
                    Metadata {
                        title,
                        ..Default::default()
                    },
                )
            }
        };
        if text.trim().is_empty() {
            return Err(IngestError::new(source, "no article text found"));
        }
        let path_date = || {
            let file_name = source.rsplit(['/', '\\']).next().unwrap_or(&source);
            url.as_deref()
                .and_then(dates::from_url)
                .or_else(|| dates::from_url(file_name))
        };
        // Declared date, then the page's own, then a date in its URL or file
        // name ("2024-06-20-putin-hanoi.txt", as archives name articles).
        let date = date.or(meta.date).or_else(path_date);
        Ok(Article {
            id,
            url: url.or(meta.canonical_url),
            title: title.or(meta.title),
            lang: lang.or(meta.lang),
            date,
            source,
            text,
        })
    }

    /// Plain-text boilerplate removal; keeps paragraph breaks (`"\n\n"`).
    pub fn remove_boilerplate(&self, text: &str) -> String {
        self.cues.remove(text)
    }

    /// Main text and metadata of an HTML page; `url` is where it came from.
    pub fn extract_html(&self, html: &str, url: Option<&str>) -> Extracted {
        html::extract(html, url, &self.cues)
    }
}

fn default_extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::new(&Lexicons::embedded()))
}

/// [`Extractor::to_article`] with the embedded lexicons.
pub fn to_article(doc: Document) -> Result<Article, IngestError> {
    default_extractor().to_article(doc)
}

/// [`Extractor::remove_boilerplate`] with the embedded lexicons.
///
/// ```
/// let t = "Leaders meet\n\nThe leaders met on Monday.\n\nPhoto: Reuters\n\nRead more: other news";
/// assert_eq!(dyad_ingest::remove_boilerplate(t), "Leaders meet\n\nThe leaders met on Monday.");
/// ```
pub fn remove_boilerplate(text: &str) -> String {
    default_extractor().remove_boilerplate(text)
}

/// [`Extractor::extract_html`] with the embedded lexicons.
pub fn extract_html(html: &str, url: Option<&str>) -> Extracted {
    default_extractor().extract_html(html, url)
}
