//! Text analysis for dyad: language identification, sentence splitting,
//! tokens with byte offsets, and accent/case folding that keeps offsets.
//!
//! STUB: the API below is the contract; the implementation is in progress.

use dyad_model::{Analysis, Article, Sentence};

/// Errors of the text stage.
#[derive(Debug, thiserror::Error)]
pub enum TextError {
    #[error("the document has no text")]
    Empty,
    #[error("cannot identify the language of the text")]
    UnknownLanguage,
}

/// A language guess.
#[derive(Debug, Clone, PartialEq)]
pub struct LangGuess {
    /// ISO 639-1 code.
    pub code: String,
    pub reliable: bool,
}

/// Guesses the language of a text.
pub fn detect_language(_text: &str) -> Option<LangGuess> {
    todo!()
}

/// Splits a text into sentences with tokens.
pub fn split_sentences(_text: &str, _lang: &str) -> Vec<Sentence> {
    todo!()
}

/// Detects the language (unless `lang` is given) and splits the article.
pub fn analyze(_article: Article, _lang: Option<&str>) -> Result<Analysis, TextError> {
    todo!()
}

/// A text folded for matching — lowercased, accents removed, typographic
/// apostrophes and quotes made ASCII — with a map from every folded byte
/// offset back to the original byte offset.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    map: Vec<usize>,
}

impl Folded {
    /// Folds `original`.
    pub fn new(_original: &str) -> Self {
        todo!()
    }

    /// The original byte offset of a folded byte offset (valid for
    /// `0..=text.len()`).
    pub fn to_original(&self, folded_offset: usize) -> usize {
        self.map[folded_offset]
    }
}

/// Folds a short string (lexicon entries) the same way as [`Folded::new`].
pub fn fold(s: &str) -> String {
    Folded::new(s).text
}
