//! Words of the article for the rules that look past the gazetteer
//! (unknown names, role phrases, coreference): byte spans in the original
//! and folded text, capitalisation, and whether a word starts a sentence.

use dyad_text::Folded;

#[derive(Debug, Clone)]
pub(crate) struct Tok {
    /// Original byte span.
    pub start: usize,
    pub end: usize,
    /// Folded byte span.
    pub fstart: usize,
    pub fend: usize,
    /// A word (letters/digits, inner hyphens) rather than punctuation.
    pub word: bool,
    /// First letter uppercase in the original.
    pub cap: bool,
    /// Two or more letters, all uppercase.
    pub upper: bool,
    /// First word of a sentence, line or heading.
    pub sent_start: bool,
    /// A hyphenated modifier opened by a name ("Russian-made",
    /// "China-based", "Taliban-claimed"): never part of an unknown name.
    pub modifier: bool,
}

impl Tok {
    pub fn folded<'a>(&self, f: &'a Folded) -> &'a str {
        f.text.get(self.fstart..self.fend).unwrap_or("")
    }
}

/// Tokenizes by walking the folded text (so word boundaries agree with the
/// matcher's) and mapping back to the original.
pub(crate) fn tokenize(original: &str, f: &Folded) -> Vec<Tok> {
    let ft = f.text.as_str();
    let mut toks = Vec::with_capacity(ft.len() / 5);
    let mut it = ft.char_indices().peekable();
    let mut boundary = true; // sentence boundary seen since the last word
    while let Some((i, c)) = it.next() {
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    it.next();
                } else if d == '-' {
                    // keep "Sang-Hyun", "Hwasong-11" as one word
                    let mut look = ft[j + 1..].chars();
                    if look.next().is_some_and(char::is_alphanumeric) {
                        it.next();
                        end = j + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let (os, oe) = f.to_original_span(i, end);
            let slice = original.get(os..oe).unwrap_or("");
            let letters = slice.chars().filter(|c| c.is_alphabetic()).count();
            let cap = slice.chars().next().is_some_and(char::is_uppercase);
            let upper = letters >= 2 && slice.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            toks.push(Tok {
                start: os,
                end: oe,
                fstart: i,
                fend: end,
                word: true,
                cap,
                upper,
                sent_start: boundary,
                modifier: false,
            });
            boundary = false;
        } else if c.is_whitespace() {
            if c == '\n' {
                boundary = true;
            }
        } else {
            if matches!(c, '.' | '!' | '?' | ':' | ';') {
                boundary = true;
            }
            let (os, oe) = f.to_original_span(i, i + c.len_utf8());
            toks.push(Tok {
                start: os,
                end: oe,
                fstart: i,
                fend: i + c.len_utf8(),
                word: false,
                cap: false,
                upper: false,
                sent_start: false,
                modifier: false,
            });
        }
    }
    toks
}
