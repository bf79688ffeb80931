//! Text analysis for dyad: language identification, sentence splitting,
//! tokens with byte offsets, and accent/case folding that keeps offsets.
//!
//! `dyad-text` owns the step from an [`Article`] to an [`Analysis`]: which
//! language the text is in ([`detect_language`]), where its sentences and
//! tokens are ([`split_sentences`], [`SentenceSplitter`]), and the folded
//! form later stages match lexicons against ([`Folded`], [`fold`]). All
//! offsets are byte offsets into the article text, half-open.
//!
//! Per-language data (abbreviations) lives in `lexicons/<lang>/` and is read
//! through `dyad-lexicon`, so `--lexicons DIR` can change it without a
//! rebuild. The token rules are documented on [`SentenceSplitter`].
//!
//! ```
//! use dyad_model::Article;
//! let article = Article {
//!     text: "Il gen. Rossi è arrivato a Roma. Poi ha incontrato la stampa.".into(),
//!     ..Default::default()
//! };
//! let analysis = dyad_text::analyze(article, None).unwrap();
//! assert_eq!(analysis.lang, "it");
//! assert_eq!(analysis.sentences.len(), 2);
//! ```

use dyad_model::{Analysis, Article, Sentence};

mod fold;
mod lang;
mod split;

pub use fold::{fold, Folded};
pub use lang::{detect_language, LangGuess};
pub use split::SentenceSplitter;

/// Errors of the text stage.
#[derive(Debug, thiserror::Error)]
pub enum TextError {
    #[error("the document has no text")]
    Empty,
    #[error("cannot identify the language of the text")]
    UnknownLanguage,
}

/// Splits a text into sentences with tokens, using the embedded
/// abbreviation lists for `lang` (ISO 639-1; languages without a list use
/// the Italian and English ones). Use [`SentenceSplitter`] to honour a
/// `--lexicons` override.
///
/// ```
/// let text = "Il dott. Rossi ha detto: “Sono 11.000 container.” Poi è partito per gli U.S.A. ieri.";
/// let sentences = dyad_text::split_sentences(text, "it");
/// assert_eq!(sentences.len(), 2);
/// assert!(text[sentences[1].start..].starts_with("Poi"));
/// ```
pub fn split_sentences(text: &str, lang: &str) -> Vec<Sentence> {
    split::default_splitter(lang).split(text)
}

/// Detects the language (unless `lang` is given) and splits the article.
///
/// The language is, in order: `lang` when it is a language code (so "auto"
/// falls through), the article's declared language when it is one
/// ("it", "en-GB" → "en"), else [`detect_language`]. Region subtags are
/// dropped and codes lowercased.
///
/// ```
/// use dyad_model::Article;
/// use dyad_text::{analyze, TextError};
/// let a = Article { text: "Sanctions were lifted.".into(), lang: Some("en-US".into()), ..Default::default() };
/// assert_eq!(analyze(a, None).unwrap().lang, "en");
/// let blank = Article { text: " \n ".into(), ..Default::default() };
/// assert!(matches!(analyze(blank, None), Err(TextError::Empty)));
/// ```
pub fn analyze(article: Article, lang: Option<&str>) -> Result<Analysis, TextError> {
    analyze_with(article, lang, |lang| split::default_splitter(lang))
}

/// [`analyze`] with the splitter chosen by the caller, for lexicon overrides:
/// `pick` gets the chosen language and returns the splitter to use.
///
/// ```
/// use dyad_model::Article;
/// use dyad_text::{analyze_with, SentenceSplitter};
/// let lex = dyad_lexicon::Lexicons::embedded();
/// let it = SentenceSplitter::new(&lex, "it");
/// let a = Article { text: "Il sig. Rossi è partito.".into(), ..Default::default() };
/// let analysis = analyze_with(a, Some("it"), |_| &it).unwrap();
/// assert_eq!(analysis.sentences.len(), 1);
/// ```
pub fn analyze_with<'s>(
    article: Article,
    lang: Option<&str>,
    pick: impl FnOnce(&str) -> &'s SentenceSplitter,
) -> Result<Analysis, TextError> {
    if article.text.trim().is_empty() {
        return Err(TextError::Empty);
    }
    let lang = match lang
        .and_then(lang_code)
        .or_else(|| article.lang.as_deref().and_then(lang_code))
    {
        Some(code) => code,
        None => detect_language(&article.text).ok_or(TextError::UnknownLanguage)?.code,
    };
    let sentences = pick(&lang).split(&article.text);
    Ok(Analysis {
        article,
        lang,
        sentences,
    })
}

/// The ISO 639-1 code in a language tag ("it", "EN", "en-GB", "pt_BR"), or
/// `None` for anything else ("auto", "english", "").
fn lang_code(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?;
    (primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_alphabetic())).then(|| primary.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str, lang: Option<&str>) -> Article {
        Article {
            text: text.into(),
            lang: lang.map(Into::into),
            ..Default::default()
        }
    }

    #[test]
    fn language_precedence() {
        let text = "Il governo ha approvato il decreto. Il voto è previsto giovedì.";
        assert_eq!(analyze(article(text, Some("en")), Some("it")).unwrap().lang, "it");
        assert_eq!(analyze(article(text, Some("EN")), None).unwrap().lang, "en");
        assert_eq!(analyze(article(text, Some("auto")), Some("auto")).unwrap().lang, "it");
        assert_eq!(analyze(article(text, Some("italiano")), None).unwrap().lang, "it");
    }

    #[test]
    fn sentences_cover_the_article_text() {
        let text =
            "Mosca e Pyongyang firmano un patto\n\nIl presidente russo è atteso mercoledì. «Siamo pronti», ha detto.";
        let a = analyze(article(text, None), None).unwrap();
        let got: Vec<&str> = a.sentences.iter().map(|s| &a.article.text[s.start..s.end]).collect();
        assert_eq!(
            got,
            [
                "Mosca e Pyongyang firmano un patto",
                "Il presidente russo è atteso mercoledì.",
                "«Siamo pronti», ha detto."
            ]
        );
    }

    #[test]
    fn errors() {
        assert!(matches!(analyze(article("", None), None), Err(TextError::Empty)));
        assert!(matches!(
            analyze(article("\u{a0}\n", Some("it")), None),
            Err(TextError::Empty)
        ));
        assert!(matches!(
            analyze(article("12 + 30 = 42", None), None),
            Err(TextError::UnknownLanguage)
        ));
        assert_eq!(
            analyze(article("12 + 30 = 42", None), Some("it"))
                .unwrap()
                .sentences
                .len(),
            1
        );
    }

    #[test]
    fn lang_codes() {
        assert_eq!(lang_code("pt_BR").as_deref(), Some("pt"));
        assert_eq!(lang_code(" It ").as_deref(), Some("it"));
        assert_eq!(lang_code("auto"), None);
        assert_eq!(lang_code("--"), None);
    }
}
