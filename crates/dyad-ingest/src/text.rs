//! Plain text to article: boilerplate removal and the title line.
//!
//! The first non-empty line is taken as the title when it looks like a
//! headline: at most 25 words and 250 characters, not ending like a sentence
//! (`.`, `,`, `;`, `:`), and followed by more text. The title line is kept at
//! the start of the text as well: it is part of what the article says
//! ("Cile e Perù firmano un'intesa sul rame") and the coder reads
//! it like any other sentence; offsets stay those of the scraped text's order.

/// The title of a plain-text article, if its first line looks like one.
///
/// ```
/// use dyad_ingest::text::title_line;
/// assert_eq!(title_line("Putin in Vietnam\n\nIl presidente è arrivato."), Some("Putin in Vietnam"));
/// assert_eq!(title_line("Il presidente è arrivato ieri a Hanoi.\n\nPoi ha parlato."), None);
/// assert_eq!(title_line("Solo una riga"), None);
/// ```
pub fn title_line(text: &str) -> Option<&str> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next()?;
    lines.next()?;
    let words = first.split_whitespace().count();
    let headline = words <= 25
        && first.len() <= 250
        && !first.ends_with(['.', ',', ';', ':'])
        && first.chars().any(char::is_alphabetic);
    headline.then_some(first)
}
