//! Case and accent folding that remembers where every byte came from.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// A text folded for matching — lowercased, accents removed, typographic
/// apostrophes, quotes, dashes and spaces made ASCII — with a map from every
/// folded byte offset back to the original byte offset.
///
/// Matchers (Aho-Corasick over lexicon entries folded with [`fold`]) run on
/// [`Folded::text`] and report spans in the original text through
/// [`Folded::to_original`].
///
/// ```
/// use dyad_text::Folded;
/// let original = "Città dell’Unione — «sì»";
/// let f = Folded::new(original);
/// assert_eq!(f.text, "citta dell'unione - \"si\"");
/// let start = f.text.find("unione").unwrap();
/// let end = start + "unione".len();
/// assert_eq!(&original[f.to_original(start)..f.to_original(end)], "Unione");
/// ```
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// `text.len() + 1` entries; `map[i]` is the original offset of the char
    /// that produced folded byte `i`, `map[text.len()]` the original length.
    map: Vec<usize>,
}

impl Folded {
    /// Folds `original`.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        fold_into(original, &mut text, Some(&mut map));
        map.push(original.len());
        Folded { text, map }
    }

    /// The original byte offset of a folded byte offset (valid for
    /// `0..=text.len()`; larger offsets give the original length rather than
    /// panicking).
    ///
    /// ```
    /// let f = dyad_text::Folded::new("Perché");
    /// assert_eq!(f.text, "perche");
    /// assert_eq!(f.to_original(5), 5); // the 'e' that was 'é'
    /// assert_eq!(f.to_original(6), "Perché".len());
    /// assert_eq!(f.to_original(99), "Perché".len());
    /// ```
    pub fn to_original(&self, folded_offset: usize) -> usize {
        match self.map.get(folded_offset) {
            Some(&o) => o,
            None => self.map.last().copied().unwrap_or(0),
        }
    }

    /// The original span of a folded span `start..end`.
    ///
    /// ```
    /// let f = dyad_text::Folded::new("L’ONU");
    /// assert_eq!(f.to_original_span(2, 5), (4, 7));
    /// ```
    pub fn to_original_span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.to_original(start), self.to_original(end))
    }
}

/// Folds a short string (lexicon entries) the same way as [`Folded::new`].
///
/// ```
/// assert_eq!(dyad_text::fold("Giovedì – L’Aja"), "giovedi - l'aja");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out, None);
    out
}

/// The single folding loop, so [`fold`] and [`Folded::new`] can never drift.
fn fold_into(original: &str, out: &mut String, mut map: Option<&mut Vec<usize>>) {
    let bytes = original.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII runs are the bulk of it/en news: copy them a run at a time.
        let run_start = i;
        while i < bytes.len() && bytes[i] < 0x80 {
            i += 1;
        }
        if i > run_start {
            let run = &original[run_start..i];
            let before = out.len();
            out.push_str(run);
            if let Some(pushed) = out.get_mut(before..) {
                pushed.make_ascii_lowercase();
            }
            if let Some(m) = map.as_deref_mut() {
                m.extend(run_start..i);
            }
        }
        if i >= bytes.len() {
            break;
        }
        let Some(c) = original[i..].chars().next() else { break };
        let before = out.len();
        fold_char(c, out);
        if let Some(m) = map.as_deref_mut() {
            m.resize(m.len() + (out.len() - before), i);
        }
        i += c.len_utf8();
    }
}

/// Appends the folded form of one non-ASCII char.
fn fold_char(c: char, out: &mut String) {
    let simple = match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '\u{00B4}' => Some("'"),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}' | '\u{2039}'
        | '\u{203A}' => Some("\""),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => Some("-"),
        '\u{2026}' => Some("..."),
        '\u{00A0}' | '\u{2007}' | '\u{2009}' | '\u{200A}' | '\u{202F}' | '\u{2002}' | '\u{2003}' | '\u{3000}' => {
            Some(" ")
        }
        // Letters with no canonical decomposition that names still use.
        'ø' | 'Ø' => Some("o"),
        'ł' | 'Ł' => Some("l"),
        'đ' | 'Đ' => Some("d"),
        'ħ' | 'Ħ' => Some("h"),
        'ı' => Some("i"),
        'æ' | 'Æ' => Some("ae"),
        'œ' | 'Œ' => Some("oe"),
        'ß' | 'ẞ' => Some("ss"),
        _ => None,
    };
    if let Some(s) = simple {
        out.push_str(s);
        return;
    }
    for lc in c.to_lowercase() {
        if lc.is_ascii() {
            out.push(lc);
            continue;
        }
        decompose_canonical(lc, |d| {
            if !is_combining_mark(d) {
                out.push(d);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_italian_accents_and_case() {
        assert_eq!(
            fold("Perché la CITTÀ è così? Più giù!"),
            "perche la citta e cosi? piu giu!"
        );
        assert_eq!(
            fold("Ça, Öl, Ñandú, Łódź, Søren, Straße"),
            "ca, ol, nandu, lodz, soren, strasse"
        );
    }

    #[test]
    fn folds_typographic_punctuation() {
        assert_eq!(
            fold("l’ambasciatore ‘x’ “sì” «no» 2022–2024 — fine…"),
            "l'ambasciatore 'x' \"si\" \"no\" 2022-2024 - fine..."
        );
        assert_eq!(fold("11\u{a0}000"), "11 000");
    }

    #[test]
    fn drops_combining_marks_of_decomposed_input() {
        // "e" + COMBINING GRAVE ACCENT, as some CMSs emit.
        let original = "perche\u{300} no";
        let f = Folded::new(original);
        assert_eq!(f.text, "perche no");
        assert_eq!(f.to_original(5), 5);
        assert_eq!(f.to_original(6), 8);
        assert_eq!(f.to_original(7), 9);
    }

    #[test]
    fn map_points_every_folded_byte_to_its_original_char() {
        let original = "Xi Jinping incontra Kim: «È un’alleanza»";
        let f = Folded::new(original);
        assert_eq!(f.map.len(), f.text.len() + 1);
        let at = f.text.find("e un'alleanza").unwrap();
        assert_eq!(&original[f.to_original(at)..], "È un’alleanza»");
        let end = at + "e un'alleanza".len();
        assert_eq!(&original[f.to_original(at)..f.to_original(end)], "È un’alleanza");
        assert_eq!(f.to_original(f.text.len()), original.len());
    }

    #[test]
    fn multi_byte_expansions_map_to_the_char_start() {
        let f = Folded::new("Œuvre…");
        assert_eq!(f.text, "oeuvre...");
        assert_eq!(f.to_original(0), 0);
        assert_eq!(f.to_original(1), 0);
        assert_eq!(f.to_original(2), 2);
        assert_eq!(f.to_original(5), 5);
        assert_eq!(f.to_original(6), 6);
        assert_eq!(f.to_original(8), 6);
        assert_eq!(f.to_original(9), 9);
    }

    #[test]
    fn empty_and_emoji() {
        let f = Folded::new("");
        assert_eq!(f.text, "");
        assert_eq!(f.to_original(0), 0);
        assert_eq!(f.to_original(5), 0);
        let f = Folded::new("👍🏽 ok");
        assert!(f.text.ends_with(" ok"));
    }
}
