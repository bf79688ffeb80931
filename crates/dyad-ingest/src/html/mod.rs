//! HTML to article: parse with html5ever, read the metadata, extract the
//! main content with paragraph breaks.
//!
//! - [`depth`]: before parsing, stripping scripts/styles/comments and
//!   flattening pathologically deep markup;
//! - [`dom`]: the arena DOM and its iterative walks;
//! - [`metadata`]: title, date, author, site, canonical URL, language;
//! - [`extract`]: which part of the page is the article.

pub mod depth;
pub mod dom;
pub mod extract;
pub mod metadata;

pub use metadata::Metadata;

use crate::boilerplate::Cues;

/// The main text of a page and what the page says about itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    /// Paragraphs separated by `"\n\n"`; empty when the page has no text.
    pub text: String,
    pub meta: Metadata,
}

/// Extracts main text and metadata from an HTML page.
pub(crate) fn extract(html: &str, url: Option<&str>, cues: &Cues) -> Extracted {
    let html = depth::strip_non_text(html);
    let html = depth::limit_depth(&html, depth::MAX_DEPTH);
    let dom = dom::Dom::parse(&html);
    let meta = metadata::read(&dom, url);
    let text = extract::main_text(&dom, cues, meta.title.as_deref());
    Extracted { text, meta }
}
