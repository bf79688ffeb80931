//! Word-level tests shared by every stage of the coder: capitals, function
//! words, possessive markers, figures and words of quantity.

use crate::coder::Tok;
use crate::rules::LanguageRules;

/// A figure or a word of quantity ("50", "several", "diversi"): what counts
/// the noun after it.
pub(crate) fn is_quantity(rules: &LanguageRules, t: &Tok) -> bool {
    t.kind == dyad_model::TokenKind::Number || rules.is("quantity-word", &t.word)
}

/// The word opens with a capital letter.
pub(crate) fn initial_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The word opens with a small letter: a common word, never a name.
pub(crate) fn initial_lower(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// A word token written in small letters in the text (not a figure, mark
/// or capitalized name).
pub(crate) fn is_lowercase_word(text: &str, t: &Tok) -> bool {
    t.kind == dyad_model::TokenKind::Word && text.get(t.start..t.end).is_some_and(initial_lower)
}

/// A word written as a name: capitalized, or capitalized after an Arabic
/// article or a hyphen ("al-Shabab", "al-Qaeda").
pub(crate) fn capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        || word
            .split(['-', '\''])
            .nth(1)
            .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
            && word.chars().next().is_some_and(char::is_lowercase)
}

pub(crate) fn is_function(rules: &LanguageRules, w: &str) -> bool {
    ["recipient-prep", "genitive-prep", "agent-prep", "clause-break", "coord"]
        .iter()
        .any(|c| rules.is(c, w))
}

/// Quote marks may stand before a predicate ("un tipo molto stupido").
pub(crate) fn is_quote_mark(word: &str) -> bool {
    matches!(word, "\"" | "'" | "“" | "”" | "«" | "»")
}

/// The English possessive "'s". Tokens are folded (`dyad_text::fold`), so a
/// typographic "’s" arrives as "'s" too.
pub(crate) fn is_possessive(word: &str) -> bool {
    word == "'s"
}

/// A possessive mark: "'s", or the bare apostrophe of a plural possessive
/// ("the ministers' talks").
pub(crate) fn is_possessive_mark(word: &str) -> bool {
    is_possessive(word) || word == "'"
}
