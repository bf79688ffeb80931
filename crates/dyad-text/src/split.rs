//! Tokens and sentences with byte offsets.
//!
//! One pass turns the text into tokens; a second walks the tokens and decides
//! where sentences end. Both work on byte offsets with an ASCII fast path and
//! allocate only the output.
//!
//! See [`SentenceSplitter`] for the token rules.

use dyad_lexicon::Lexicons;
use dyad_model::{Sentence, Token, TokenKind};
use foldhash::{HashMap, HashMapExt};
use std::sync::OnceLock;
use unicode_normalization::char::is_combining_mark;

/// How a period attached to an abbreviation token behaves at a sentence edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dot {
    /// Not an abbreviation.
    None,
    /// Precedes a name or number: ends a sentence only before an opener.
    Title,
    /// May end a sentence before any capitalized word.
    Plain,
    /// An unlisted dotted acronym: ends a sentence only before an opener.
    Acronym,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Apostrophe {
    Elide,
    Clitic,
    Keep,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    kind: TokenKind,
    dot: Dot,
}

/// Which sentence openers and function words apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Openers {
    It,
    En,
    Both,
}

/// Articles, prepositions and conjunctions: a line ending in one of them is
/// wrapped prose, not a headline; capitalized, they open a sentence.
const IT_FUNCTION: &[&str] = &[
    "il", "lo", "la", "i", "gli", "le", "un", "una", "uno", "l'", "un'", "di", "a", "da", "in", "con", "su", "per",
    "tra", "fra", "e", "ed", "o", "ma", "che", "del", "dello", "della", "dei", "degli", "delle", "al", "allo", "alla",
    "ai", "agli", "alle", "dal", "dalla", "dai", "nel", "nello", "nella", "nei", "negli", "nelle", "sul", "sulla",
    "sui", "dell'", "all'", "nell'", "sull'", "dall'", "quell'", "quest'",
];
/// Words that open Italian sentences but also end them, so they only count
/// as openers.
const IT_OPENERS: &[&str] = &[
    "poi", "ieri", "oggi", "domani", "non", "anche", "secondo", "questo", "questa", "questi", "queste", "quello",
    "quella", "lui", "lei", "loro", "noi", "si", "ci", "se", "mentre", "intanto", "inoltre", "tuttavia", "però",
    "dopo", "durante", "già", "ora", "così", "è", "sono", "c'", "nessuno", "tutti", "quando", "dove", "come", "perché",
];
const EN_FUNCTION: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "that", "as",
    "into", "about", "than",
];
const EN_OPENERS: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "these",
    "those",
    "there",
    "his",
    "her",
    "their",
    "its",
    "our",
    "however",
    "meanwhile",
    "after",
    "before",
    "during",
    "while",
    "if",
    "when",
    "some",
    "many",
    "officials",
    "earlier",
    "later",
    "yesterday",
    "today",
    "no",
    "not",
    "both",
    "one",
    "what",
    "who",
    "why",
    "how",
    "in",
    "on",
    "at",
];

/// Splits text into sentences and tokens for one language.
///
/// Token rules:
/// - A **word** is a run of letters, digits and combining marks. A hyphen
///   between two letters or digits stays inside ("Hwasong-11", "Russia-Corea",
///   "Sang-Hyun", "2024-06-18"); en and em dashes never do.
/// - A **number** is a word made only of digits, with `.` `,` `:` `/` kept when
///   a digit follows ("11.000", "3,5", "1,250.75", "18/06/2024", "10:30").
///   Signs and units are separate tokens: "80%" is "80" then "%".
/// - **Apostrophes** (' ’ ʼ) between letters: in Italian, French and Catalan
///   the elided article or preposition is its own token with its apostrophe
///   ("dell'" + "Unione", "l’" + "ambasciatore"); in English a possessive
///   "'s" is its own token ("Russia" + "'s") and other apostrophes stay inside
///   ("don't", "O'Brien"); other languages keep them inside.
/// - An **abbreviation** from the language's `abbreviations.txt`, or a dotted
///   acronym of one- or two-letter parts ("U.S.", "U.S.A.", "a.C."), keeps
///   its periods: "dott.", "sig.ra", "U.S.A." are one token.
/// - Everything else is **punctuation**, one char per token, except runs of
///   periods ("...") and of `- = _ * # ~`, which are one token each. Emoji
///   keep their modifiers and joiners.
///
/// Build one per language and reuse it: construction parses the abbreviation
/// lexicon, splitting does not allocate beyond its output.
///
/// ```
/// use dyad_text::SentenceSplitter;
/// let lex = dyad_lexicon::Lexicons::embedded();
/// let splitter = SentenceSplitter::new(&lex, "en");
/// let text = "Mr. Smith arrived in the U.S. on Monday. He met Dr. Jones.";
/// let sentences = splitter.split(text);
/// assert_eq!(sentences.len(), 2);
/// assert_eq!(&text[sentences[1].start..sentences[1].end], "He met Dr. Jones.");
/// ```
#[derive(Debug, Clone)]
pub struct SentenceSplitter {
    lang: String,
    /// Lowercased abbreviation as written ("dott.", "sig.ra") to its class.
    abbrevs: HashMap<String, Dot>,
    max_abbrev_len: usize,
    apostrophe: Apostrophe,
    openers: Openers,
}

impl SentenceSplitter {
    /// A splitter for `lang` (ISO 639-1) using `lexicons/<lang>/abbreviations.txt`.
    /// A language with no such file gets the Italian and English lists
    /// together, which is safe for most Latin-script news.
    pub fn new(lexicons: &Lexicons, lang: &str) -> Self {
        let lang = lang.trim().to_ascii_lowercase();
        let mut abbrevs = HashMap::new();
        let own = lexicons.text(&format!("{lang}/abbreviations.txt"));
        if own.trim().is_empty() || !valid_lang_dir(&lang) {
            load_abbrevs(lexicons.text("it/abbreviations.txt"), &mut abbrevs);
            load_abbrevs(lexicons.text("en/abbreviations.txt"), &mut abbrevs);
        } else {
            load_abbrevs(own, &mut abbrevs);
        }
        let max_abbrev_len = abbrevs.keys().map(String::len).max().unwrap_or(0);
        let apostrophe = match lang.as_str() {
            "it" | "fr" | "ca" => Apostrophe::Elide,
            "en" => Apostrophe::Clitic,
            _ => Apostrophe::Keep,
        };
        let openers = match lang.as_str() {
            "it" => Openers::It,
            "en" => Openers::En,
            _ => Openers::Both,
        };
        SentenceSplitter {
            lang,
            abbrevs,
            max_abbrev_len,
            apostrophe,
            openers,
        }
    }

    /// The language this splitter was built for.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The sentences of `text`, in order, with their tokens. Offsets are
    /// byte offsets into `text`, half-open; whitespace belongs to no
    /// sentence.
    ///
    /// ```
    /// let lex = dyad_lexicon::Lexicons::embedded();
    /// let s = dyad_text::SentenceSplitter::new(&lex, "it");
    /// let text = "Vertice a Hanoi\nIl sig. Rossi è arrivato. Poi è ripartito.";
    /// let spans: Vec<&str> = s.split(text).iter().map(|x| &text[x.start..x.end]).collect();
    /// assert_eq!(spans, ["Vertice a Hanoi", "Il sig. Rossi è arrivato.", "Poi è ripartito."]);
    /// ```
    pub fn split(&self, text: &str) -> Vec<Sentence> {
        let mut toks = Vec::with_capacity(text.len() / 5 + 1);
        self.tokenize_into(text, &mut toks);
        self.sentences(text, &toks)
    }

    /// The tokens of `text` without sentence boundaries.
    ///
    /// ```
    /// use dyad_model::TokenKind;
    /// let lex = dyad_lexicon::Lexicons::embedded();
    /// let s = dyad_text::SentenceSplitter::new(&lex, "it");
    /// let text = "dell’Unione: 11.000 container (80%)";
    /// let toks: Vec<&str> = s.tokenize(text).iter().map(|t| &text[t.start..t.end]).collect();
    /// assert_eq!(toks, ["dell’", "Unione", ":", "11.000", "container", "(", "80", "%", ")"]);
    /// assert_eq!(s.tokenize("3,5")[0].kind, TokenKind::Number);
    /// ```
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        let mut toks = Vec::with_capacity(text.len() / 5 + 1);
        self.tokenize_into(text, &mut toks);
        toks.into_iter().map(to_token).collect()
    }

    fn tokenize_into(&self, text: &str, out: &mut Vec<Tok>) {
        let mut lower = String::new();
        let mut i = 0;
        while let Some(c) = char_at(text, i) {
            let next = if is_space(c) {
                i + c.len_utf8()
            } else if c.is_alphanumeric() {
                self.word(text, i, c, out, &mut lower)
            } else {
                punct(text, i, c, out)
            };
            // Every branch consumes at least one char; the guard keeps a
            // future mistake from turning into an endless loop.
            i = next.max(i + c.len_utf8());
        }
    }

    /// Scans the word starting at `start` (an alphanumeric char `c`), pushes
    /// its token(s) and returns where scanning resumes.
    fn word(&self, text: &str, start: usize, c: char, out: &mut Vec<Tok>, lower: &mut String) -> usize {
        if c.is_alphabetic() {
            if let Some((end, dot)) = self.dotted(text, start, lower) {
                out.push(Tok {
                    start,
                    end,
                    kind: TokenKind::Word,
                    dot,
                });
                // "the U.N.'s envoy": the possessive after a dotted acronym is
                // its own token, as after any other name.
                let apostrophe = char_at(text, end).filter(|a| matches!(a, '\'' | '\u{2019}' | '\u{02BC}'));
                if let (Apostrophe::Clitic, Some(a)) = (&self.apostrophe, apostrophe) {
                    let s_at = end + a.len_utf8();
                    if matches!(char_at(text, s_at), Some('s' | 'S'))
                        && !char_at(text, s_at + 1).is_some_and(is_word_char)
                    {
                        out.push(Tok {
                            start: end,
                            end: s_at + 1,
                            kind: TokenKind::Word,
                            dot: Dot::None,
                        });
                        return s_at + 1;
                    }
                }
                return end;
            }
        }
        let numeric_start = c.is_numeric();
        let mut has_alpha = false;
        let mut prev = c;
        let mut j = start;
        while let Some(ch) = char_at(text, j) {
            let len = ch.len_utf8();
            if is_word_char(ch) {
                has_alpha |= ch.is_alphabetic();
                prev = ch;
                j += len;
                continue;
            }
            let after = char_at(text, j + len);
            let after_alnum = after.is_some_and(char::is_alphanumeric);
            match ch {
                '-' | '\u{2010}' | '\u{2011}' if prev.is_alphanumeric() && after_alnum => {}
                '.' | ',' | ':' | '/'
                    if numeric_start && !has_alpha && prev.is_numeric() && after.is_some_and(char::is_numeric) => {}
                '\'' | '\u{2019}' | '\u{02BC}' if prev.is_alphabetic() && after_alnum => match self.apostrophe {
                    Apostrophe::Elide => {
                        let end = j + len;
                        out.push(Tok {
                            start,
                            end,
                            kind: TokenKind::Word,
                            dot: Dot::None,
                        });
                        return end;
                    }
                    Apostrophe::Clitic
                        if matches!(after, Some('s' | 'S'))
                            && !char_at(text, j + len + 1).is_some_and(is_word_char) =>
                    {
                        out.push(Tok {
                            start,
                            end: j,
                            kind: TokenKind::Word,
                            dot: Dot::None,
                        });
                        let end = j + len + 1;
                        out.push(Tok {
                            start: j,
                            end,
                            kind: TokenKind::Word,
                            dot: Dot::None,
                        });
                        return end;
                    }
                    _ => {}
                },
                _ => break,
            }
            prev = ch;
            j += len;
        }
        let kind = if numeric_start && !has_alpha {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        out.push(Tok {
            start,
            end: j,
            kind,
            dot: Dot::None,
        });
        j
    }

    /// A listed abbreviation or a dotted acronym starting at `start`: its end
    /// and class. Looks at up to six `letters.` parts, longest match first,
    /// so "dott.ssa" wins over "dott." and "U.S.A." over "U.S.".
    fn dotted(&self, text: &str, start: usize, lower: &mut String) -> Option<(usize, Dot)> {
        const MAX_PARTS: usize = 6;
        // (end of the letters, letters count, followed by a single '.')
        let mut parts = [(0usize, 0usize, false); MAX_PARTS];
        let mut n = 0;
        let bytes = text.as_bytes();
        let mut j = start;
        while n < MAX_PARTS {
            let part_start = j;
            let mut letters = 0;
            while let Some(ch) = char_at(text, j) {
                if !ch.is_alphabetic() || j - part_start > 24 {
                    break;
                }
                letters += 1;
                j += ch.len_utf8();
            }
            if letters == 0 {
                break;
            }
            // "ecc..." is a word and an ellipsis, not "ecc." and "..".
            let dot = bytes.get(j) == Some(&b'.') && bytes.get(j + 1) != Some(&b'.');
            parts[n] = (j, letters, dot);
            n += 1;
            if !dot {
                break;
            }
            j += 1;
        }
        if n == 0 || (n == 1 && !parts[0].2) {
            return None;
        }
        for k in (0..n).rev() {
            let (end, _, dot) = parts[k];
            let end = if dot {
                end + 1
            } else if k > 0 {
                end
            } else {
                continue;
            };
            if end - start > self.max_abbrev_len {
                continue;
            }
            lower.clear();
            lower.extend(text[start..end].chars().flat_map(char::to_lowercase));
            if let Some(&class) = self.abbrevs.get(lower.as_str()) {
                return Some((end, class));
            }
        }
        let acronym_parts = parts[..n]
            .iter()
            .take_while(|&&(_, letters, dot)| dot && letters <= 2)
            .count();
        if acronym_parts >= 2 {
            return Some((parts[acronym_parts - 1].0 + 1, Dot::Acronym));
        }
        None
    }

    fn sentences(&self, text: &str, toks: &[Tok]) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut first = 0;
        let mut crossed_newline = false;
        let mut i = 0;
        while i < toks.len() {
            let term = terminator(text, &toks[i]);
            let mut last = i;
            if term.is_some() {
                // Closing quotes and brackets stuck to the terminator belong
                // to the sentence it ends: `ha detto “sì.” Poi`.
                while let Some(t) = toks.get(last + 1) {
                    if t.start != toks[last].end || !(is_closer(text, t) || terminator(text, t).is_some()) {
                        break;
                    }
                    last += 1;
                }
            }
            let Some(next) = toks.get(last + 1) else { break };
            let gap = text.get(toks[last].end..next.start).unwrap_or("");
            let newlines = count_newlines(gap);
            let ends = if newlines >= 2 {
                true
            } else if let Some(term) = term {
                self.ends_sentence(term, text, toks, i, next, gap)
            } else if newlines == 1 {
                // A headline or caption: a whole line with no final
                // punctuation, not wrapped into a lowercase continuation.
                !crossed_newline && !self.continues(text, &toks[last]) && !starts_lowercase(text, next)
            } else {
                false
            };
            if ends {
                out.push(sentence(&toks[first..=last]));
                first = last + 1;
                crossed_newline = false;
            } else if newlines > 0 {
                crossed_newline = true;
            }
            i = last + 1;
        }
        if first < toks.len() {
            out.push(sentence(&toks[first..]));
        }
        out
    }

    /// Whether the terminator at `toks[i]` ends its sentence, given the next
    /// token and the whitespace before it.
    fn ends_sentence(&self, term: Term, text: &str, toks: &[Tok], i: usize, next: &Tok, gap: &str) -> bool {
        if term == Term::Ideographic {
            return true;
        }
        if gap.is_empty() {
            // "fine.Poi" is as often a URL or a typo as a boundary.
            return false;
        }
        let lower_next = starts_lowercase(text, next);
        match term {
            Term::Strong | Term::Ellipsis => !lower_next,
            Term::Period => {
                if lower_next {
                    return false;
                }
                // Initials: "J. R. R. Tolkien", "Kim J. Un".
                let initial = i > 0 && toks[i - 1].end == toks[i].start && is_initial(text, &toks[i - 1]);
                !initial
            }
            Term::Abbrev(Dot::Plain) => !lower_next,
            Term::Abbrev(Dot::Title) => {
                self.is_opener(text, next)
                    && text
                        .get(next.start..next.end)
                        .is_some_and(|t| t.chars().nth(1).is_some())
            }
            Term::Abbrev(_) => self.is_opener(text, next),
            Term::Ideographic => true,
        }
    }

    /// A capitalized word that commonly opens a sentence ("Il", "Poi", "The").
    fn is_opener(&self, text: &str, tok: &Tok) -> bool {
        if tok.kind != TokenKind::Word {
            return false;
        }
        let Some(word) = text.get(tok.start..tok.end) else {
            return false;
        };
        if !word.chars().next().is_some_and(char::is_uppercase) || word.len() > 12 {
            return false;
        }
        let lower: String = word
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| if c == '\u{2019}' { '\'' } else { c })
            .collect();
        let w = lower.as_str();
        match self.openers {
            Openers::It => IT_FUNCTION.contains(&w) || IT_OPENERS.contains(&w),
            Openers::En => EN_FUNCTION.contains(&w) || EN_OPENERS.contains(&w),
            Openers::Both => {
                IT_FUNCTION.contains(&w)
                    || IT_OPENERS.contains(&w)
                    || EN_FUNCTION.contains(&w)
                    || EN_OPENERS.contains(&w)
            }
        }
    }

    /// Whether a line ending in `tok` reads as wrapped prose that goes on
    /// (a comma, an open bracket, an article or preposition).
    fn continues(&self, text: &str, tok: &Tok) -> bool {
        let Some(s) = text.get(tok.start..tok.end) else {
            return false;
        };
        if tok.kind == TokenKind::Punct {
            return matches!(
                s,
                "," | ";"
                    | ":"
                    | "-"
                    | "\u{2013}"
                    | "\u{2014}"
                    | "("
                    | "["
                    | "{"
                    | "«"
                    | "“"
                    | "‘"
                    | "/"
                    | "&"
                    | "+"
                    | "="
            );
        }
        if s.ends_with(['\'', '\u{2019}']) {
            return true;
        }
        if s.len() > 7 || !s.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        match self.openers {
            Openers::It => IT_FUNCTION.contains(&s),
            Openers::En => EN_FUNCTION.contains(&s),
            Openers::Both => IT_FUNCTION.contains(&s) || EN_FUNCTION.contains(&s),
        }
    }
}

fn valid_lang_dir(lang: &str) -> bool {
    !lang.is_empty() && lang.bytes().all(|b| b.is_ascii_lowercase())
}

/// Reads `abbreviations.txt`: one abbreviation per line, optional `title`.
fn load_abbrevs(file: &str, into: &mut HashMap<String, Dot>) {
    for row in dyad_lexicon::tsv_rows(file) {
        let key: String = row.field(0).chars().flat_map(char::to_lowercase).collect();
        if key.is_empty() || !key.contains('.') || key.contains(char::is_whitespace) {
            continue;
        }
        let class = if row.field(1).eq_ignore_ascii_case("title") {
            Dot::Title
        } else {
            Dot::Plain
        };
        into.insert(key, class);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Term {
    Period,
    Strong,
    Ellipsis,
    /// 。！？: CJK text puts no space after them.
    Ideographic,
    Abbrev(Dot),
}

fn terminator(text: &str, tok: &Tok) -> Option<Term> {
    if tok.dot != Dot::None {
        return Some(Term::Abbrev(tok.dot));
    }
    if tok.kind != TokenKind::Punct {
        return None;
    }
    let s = text.get(tok.start..tok.end)?;
    match s {
        "." => Some(Term::Period),
        "!" | "?" | "\u{203C}" | "\u{2049}" | "\u{2047}" | "\u{2048}" => Some(Term::Strong),
        "\u{2026}" => Some(Term::Ellipsis),
        "\u{3002}" | "\u{FF01}" | "\u{FF1F}" => Some(Term::Ideographic),
        _ if s.len() > 1 && s.bytes().all(|b| b == b'.') => Some(Term::Ellipsis),
        _ => None,
    }
}

fn is_closer(text: &str, tok: &Tok) -> bool {
    tok.kind == TokenKind::Punct
        && matches!(
            text.get(tok.start..tok.end),
            Some("\u{201D}" | "\u{2019}" | "»" | "›" | "\"" | "'" | ")" | "]" | "}" | "\u{300D}" | "\u{300F}")
        )
}

fn is_initial(text: &str, tok: &Tok) -> bool {
    if tok.kind != TokenKind::Word {
        return false;
    }
    let mut chars = text.get(tok.start..tok.end).unwrap_or("").chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

fn starts_lowercase(text: &str, tok: &Tok) -> bool {
    char_at(text, tok.start).is_some_and(char::is_lowercase)
}

/// Line breaks in inter-token whitespace; a paragraph separator counts two.
fn count_newlines(gap: &str) -> usize {
    let b = gap.as_bytes();
    let mut n = 0;
    for (k, &c) in b.iter().enumerate() {
        match c {
            b'\n' => n += 1,
            b'\r' if b.get(k + 1) != Some(&b'\n') => n += 1,
            // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
            0xE2 if b.get(k + 1) == Some(&0x80) => match b.get(k + 2) {
                Some(0xA8) => n += 1,
                Some(0xA9) => n += 2,
                _ => {}
            },
            _ => {}
        }
    }
    n
}

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text.get(i..).and_then(|s| s.chars().next()),
        None => None,
    }
}

#[inline]
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_whitespace() || c.is_ascii_control();
    }
    // Zero-width space and BOM separate nothing visible but are not
    // `char::is_whitespace`.
    c.is_whitespace() || c.is_control() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining_mark(c) || matches!(c, '\u{200C}' | '\u{200D}')
}

/// Chars that belong to the preceding symbol (emoji modifiers, variation
/// selectors, joiners, tags, combining marks).
fn is_extender(c: char) -> bool {
    !c.is_ascii()
        && (is_combining_mark(c)
            || matches!(c, '\u{200D}' | '\u{FE00}'..='\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}'))
}

fn punct(text: &str, start: usize, c: char, out: &mut Vec<Tok>) -> usize {
    let mut j = start + c.len_utf8();
    if matches!(c, '.' | '-' | '=' | '_' | '*' | '#' | '~') {
        let b = c as u8;
        while text.as_bytes().get(j) == Some(&b) {
            j += 1;
        }
    } else if !c.is_ascii() {
        while let Some(ch) = char_at(text, j) {
            if !is_extender(ch) {
                break;
            }
            j += ch.len_utf8();
            // A zero-width joiner glues the next symbol into the same emoji.
            if ch == '\u{200D}' {
                if let Some(n) = char_at(text, j).filter(|n| !is_space(*n) && !n.is_alphanumeric()) {
                    j += n.len_utf8();
                }
            }
        }
    }
    out.push(Tok {
        start,
        end: j,
        kind: TokenKind::Punct,
        dot: Dot::None,
    });
    j
}

fn to_token(t: Tok) -> Token {
    Token {
        start: t.start,
        end: t.end,
        kind: t.kind,
    }
}

fn sentence(toks: &[Tok]) -> Sentence {
    Sentence {
        start: toks.first().map_or(0, |t| t.start),
        end: toks.last().map_or(0, |t| t.end),
        tokens: toks.iter().copied().map(to_token).collect(),
    }
}

/// The splitter over the embedded lexicons for `lang`: Italian, English, or
/// the shared fallback for every other language.
pub(crate) fn default_splitter(lang: &str) -> &'static SentenceSplitter {
    static IT: OnceLock<SentenceSplitter> = OnceLock::new();
    static EN: OnceLock<SentenceSplitter> = OnceLock::new();
    static OTHER: OnceLock<SentenceSplitter> = OnceLock::new();
    static LEXICONS: OnceLock<Lexicons> = OnceLock::new();
    let lex = || LEXICONS.get_or_init(Lexicons::embedded);
    if lang.eq_ignore_ascii_case("it") {
        IT.get_or_init(|| SentenceSplitter::new(lex(), "it"))
    } else if lang.eq_ignore_ascii_case("en") {
        EN.get_or_init(|| SentenceSplitter::new(lex(), "en"))
    } else {
        OTHER.get_or_init(|| SentenceSplitter::new(lex(), ""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans<'a>(text: &'a str, lang: &str) -> Vec<&'a str> {
        default_splitter(lang)
            .split(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    fn tokens<'a>(text: &'a str, lang: &str) -> Vec<&'a str> {
        default_splitter(lang)
            .tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    fn kinds(text: &str, lang: &str) -> Vec<TokenKind> {
        default_splitter(lang).tokenize(text).iter().map(|t| t.kind).collect()
    }

    #[test]
    fn brief_example() {
        let text = "Il dott. Rossi ha detto: “Sono 11.000 container.” Poi è partito per gli U.S.A. ieri.";
        assert_eq!(
            spans(text, "it"),
            [
                "Il dott. Rossi ha detto: “Sono 11.000 container.”",
                "Poi è partito per gli U.S.A. ieri."
            ]
        );
    }

    #[test]
    fn italian_titles_do_not_end_sentences() {
        let text = "Il sig. Bianchi e la dott.ssa Verdi hanno incontrato l'on. Neri e il gen. Conti. \
                    Il prof. Galli ha citato l'art. 11 della Costituzione.";
        assert_eq!(
            spans(text, "it"),
            [
                "Il sig. Bianchi e la dott.ssa Verdi hanno incontrato l'on. Neri e il gen. Conti.",
                "Il prof. Galli ha citato l'art. 11 della Costituzione."
            ]
        );
        assert!(tokens(text, "it").contains(&"dott.ssa"));
        assert!(tokens(text, "it").contains(&"sig."));
    }

    #[test]
    fn plain_abbreviation_can_end_a_sentence() {
        let text = "Sul tavolo armi, munizioni, droni ecc. La consegna è prevista a febbr. 2025. Poi si vedrà.";
        assert_eq!(
            spans(text, "it"),
            [
                "Sul tavolo armi, munizioni, droni ecc.",
                "La consegna è prevista a febbr. 2025.",
                "Poi si vedrà."
            ]
        );
    }

    #[test]
    fn english_abbreviations_and_acronyms() {
        let text = "U.S. President Joe Biden met Gen. Mark Milley on Jan. 5 at the U.N. headquarters. \
                    The talks, held in the U.S. The next day, Mr. Smith flew home.";
        assert_eq!(
            spans(text, "en"),
            [
                "U.S. President Joe Biden met Gen. Mark Milley on Jan. 5 at the U.N. headquarters.",
                "The talks, held in the U.S.",
                "The next day, Mr. Smith flew home."
            ]
        );
        assert!(tokens(text, "en").contains(&"U.S."));
        assert!(tokens(text, "en").contains(&"Jan."));
    }

    #[test]
    fn initials_do_not_end_sentences() {
        let text = "Il libro di J. R. R. Tolkien è tornato in classifica. Kim J. Un non ha commentato.";
        assert_eq!(
            spans(text, "it"),
            [
                "Il libro di J. R. R. Tolkien è tornato in classifica.",
                "Kim J. Un non ha commentato."
            ]
        );
    }

    #[test]
    fn numbers_keep_their_separators() {
        let text = "Sono arrivati 11.000 container, il 3,5% in più. The deal is worth $1,250.75 million.";
        assert_eq!(spans(text, "it").len(), 2);
        let toks = tokens(text, "it");
        assert!(toks.contains(&"11.000"));
        assert!(toks.contains(&"3,5"));
        assert!(toks.contains(&"1,250.75"));
        assert_eq!(kinds("3,5%", "it"), [TokenKind::Number, TokenKind::Punct]);
        assert_eq!(tokens("nel 2024. Poi", "it"), ["nel", "2024", ".", "Poi"]);
    }

    #[test]
    fn quotes_and_dashes() {
        let text = "«Non firmeremo mai», ha detto il ministro. «Mai!» Il governo – secondo fonti – tace.";
        assert_eq!(
            spans(text, "it"),
            [
                "«Non firmeremo mai», ha detto il ministro.",
                "«Mai!»",
                "Il governo – secondo fonti – tace."
            ]
        );
        let text = "He said \"we are ready.\" Then he left. \"Why?\" she asked.";
        assert_eq!(
            spans(text, "en"),
            ["He said \"we are ready.\"", "Then he left.", "\"Why?\" she asked."]
        );
    }

    #[test]
    fn ellipses() {
        let text = "La trattativa... è ancora aperta. Vedremo… Intanto il voto slitta.";
        assert_eq!(
            spans(text, "it"),
            [
                "La trattativa... è ancora aperta.",
                "Vedremo…",
                "Intanto il voto slitta."
            ]
        );
        assert_eq!(tokens("armi ecc... Poi", "it"), ["armi", "ecc", "...", "Poi"]);
    }

    #[test]
    fn parentheses() {
        let text = "Il vertice (il terzo dal 2019.) è finito. (Lo ha confermato Palazzo Chigi.) Poi la nota.";
        assert_eq!(
            spans(text, "it"),
            [
                "Il vertice (il terzo dal 2019.) è finito.",
                "(Lo ha confermato Palazzo Chigi.)",
                "Poi la nota."
            ]
        );
    }

    #[test]
    fn headlines_captions_and_paragraphs() {
        let text = "Putin arriva a Pyongyang\nIl leader russo è atteso giovedì.\n\nFoto Ansa\n\nUn secondo paragrafo senza punto\n\nE un terzo.";
        assert_eq!(
            spans(text, "it"),
            [
                "Putin arriva a Pyongyang",
                "Il leader russo è atteso giovedì.",
                "Foto Ansa",
                "Un secondo paragrafo senza punto",
                "E un terzo."
            ]
        );
    }

    #[test]
    fn wrapped_lines_stay_together() {
        let text = "Il ministro degli Esteri ha detto che il\ngoverno valuterà nuove sanzioni contro\nMosca entro la fine del mese.";
        assert_eq!(spans(text, "it").len(), 1);
        let text = "The minister said the government\nwould consider new sanctions.";
        assert_eq!(spans(text, "en").len(), 1);
    }

    #[test]
    fn italian_elisions_split() {
        assert_eq!(
            tokens("dell'Unione l’ambasciatore all'ONU dell’11 settembre", "it"),
            [
                "dell'",
                "Unione",
                "l’",
                "ambasciatore",
                "all'",
                "ONU",
                "dell’",
                "11",
                "settembre"
            ]
        );
        assert_eq!(tokens("po' di tempo", "it"), ["po", "'", "di", "tempo"]);
    }

    #[test]
    fn a_possessive_after_a_dotted_acronym_is_its_own_token() {
        assert_eq!(
            tokens("the U.N.'s envoy met the U.S.’s allies", "en"),
            ["the", "U.N.", "'s", "envoy", "met", "the", "U.S.", "’s", "allies"]
        );
        // Not a possessive: an apostrophe that opens a quote.
        assert_eq!(tokens("the U.N. 'said' it", "en")[1], "U.N.");
    }

    #[test]
    fn english_possessives_split_other_apostrophes_stay() {
        assert_eq!(
            tokens("Russia's ally doesn't trust O'Brien’s aides", "en"),
            ["Russia", "'s", "ally", "doesn't", "trust", "O'Brien", "’s", "aides"]
        );
    }

    #[test]
    fn hyphenated_words_are_one_token() {
        assert_eq!(
            tokens("il missile Hwasong-11 e l'asse Russia-Corea, Sang-Hyun", "it"),
            [
                "il",
                "missile",
                "Hwasong-11",
                "e",
                "l'",
                "asse",
                "Russia-Corea",
                ",",
                "Sang-Hyun"
            ]
        );
        assert_eq!(tokens("Russia–Corea — no", "it"), ["Russia", "–", "Corea", "—", "no"]);
        assert_eq!(kinds("2024-06-18 F-16", "it"), [TokenKind::Number, TokenKind::Word]);
    }

    #[test]
    fn token_kinds() {
        assert_eq!(
            kinds("Il 18 giugno, 80% 5G!", "it"),
            [
                TokenKind::Word,
                TokenKind::Number,
                TokenKind::Word,
                TokenKind::Punct,
                TokenKind::Number,
                TokenKind::Punct,
                TokenKind::Word,
                TokenKind::Punct
            ]
        );
    }

    #[test]
    fn emoji_and_combining_marks() {
        let text = "Ottimo 👍🏽 risultato! Perche\u{300} no? 👨\u{200D}👩\u{200D}👧 famiglia.";
        let toks = tokens(text, "it");
        assert!(toks.contains(&"👍🏽"));
        assert!(toks.contains(&"Perche\u{300}"));
        assert!(toks.contains(&"👨\u{200D}👩\u{200D}👧"));
        assert_eq!(spans(text, "it").len(), 3);
    }

    #[test]
    fn cjk_full_stops() {
        let text = "首相は東京に戻った。会談は明日だ。";
        assert_eq!(spans(text, "ja"), ["首相は東京に戻った。", "会談は明日だ。"]);
    }

    #[test]
    fn overrides_come_from_the_lexicons_given() {
        let dir = std::env::temp_dir().join(format!("dyad-text-abbr-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("it")).unwrap();
        std::fs::write(dir.join("it/abbreviations.txt"), "# only one\namb.\ttitle\n").unwrap();
        let lex = Lexicons::with_overrides(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let s = SentenceSplitter::new(&lex, "it");
        let text = "Ha parlato l'amb. Rossi. Il dott. Bianchi no.";
        let got: Vec<&str> = s.split(text).iter().map(|x| &text[x.start..x.end]).collect();
        assert_eq!(got, ["Ha parlato l'amb. Rossi.", "Il dott.", "Bianchi no."]);
    }

    #[test]
    fn degenerate_inputs() {
        assert!(spans("", "it").is_empty());
        assert!(spans(" \n\t ", "it").is_empty());
        assert_eq!(spans("...!?", "it"), ["...!?"]);
        assert_eq!(spans(".", "en"), ["."]);
        let rtl = "قال الوزير إن المحادثات ستستمر. وأضاف أن الوفد سيعود.";
        assert_eq!(spans(rtl, "ar").len(), 2);
        let long = "parola ".repeat(150_000);
        assert_eq!(spans(&long, "it").len(), 1);
    }
}
