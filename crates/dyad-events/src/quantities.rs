//! Quantities: figures in Italian and English news ("11.000 container",
//! "circa 11.000", "50 miliardi di dollari", "$50bn", "oltre l'80%", "una
//! dozzina di accordi", "due volte"), with value, unit (what is counted, or an
//! ISO 4217 currency code, `percent`, `times`) and whether the text hedges it.
//!
//! This module also owns the small pieces the date and quote modules share:
//! [`LexiconDataError`], the word lexer (`tokenize`, `fold`), phrase tables
//! and the reader of numbers written in digits or words (`NumberReader`).
//!
//! Data: `lexicons/{lang}/numbers.tsv` (number words, scales, collectives,
//! hedges), `lexicons/{lang}/units.tsv` (currencies, percent, durations,
//! non-units) and the month words of `lexicons/{lang}/dates.tsv` (so that "5
//! marzo" is never a quantity).
//!
//! ```
//! use dyad_events::quantities::QuantityFinder;
//! let lex = dyad_lexicon::Lexicons::embedded();
//! let finder = QuantityFinder::new(&lex).unwrap();
//! let text = "Il G7 ha promesso 50 miliardi di dollari a Kiev.";
//! let q = finder.find(text, 0, text.len(), "it");
//! assert_eq!(q.len(), 1);
//! assert_eq!(q[0].value, 5e10);
//! assert_eq!(q[0].unit.as_deref(), Some("USD"));
//! ```

use dyad_lexicon::{tsv_rows, Lexicons, Row};
use foldhash::{HashMap, HashMapExt, HashSet};

/// A malformed row in a lexicon data file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct LexiconDataError {
    /// Relative path, e.g. `it/dates.tsv`.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    pub message: String,
}

impl LexiconDataError {
    pub(crate) fn at(file: &str, row: &Row<'_>, message: impl Into<String>) -> Self {
        LexiconDataError {
            file: file.to_string(),
            line: row.line,
            message: message.into(),
        }
    }
}

// ---------------------------------------------------------------------------
// Lexer shared by dates, quantities and quotes.
//
// Matching works on words rather than on raw text: "l'anno scorso" and
// "11.000" must be seen as units, and every match has to map back to byte
// offsets of the original text, which word tokens give for free.
// dyad-text's `Folded` will do the same folding; until it lands we fold here.
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    Num,
    Punct,
}

/// A token of the text with byte offsets into the whole document.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    /// Folded form: lowercase, accents stripped, typographic apostrophes as `'`.
    pub norm: String,
    pub kind: TokKind,
    /// First character is uppercase in the text.
    pub cap: bool,
    /// No whitespace between the previous token and this one.
    pub glued: bool,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Appends the folded form of `c` (lowercase, no accents) to `out`.
pub(crate) fn fold_char(c: char, out: &mut String) {
    let base = match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '´' => '\'',
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(base);
}

/// Folds a string the way tokens are folded (lexicon entries).
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Clamps `start..end` to `text` and to char boundaries, so callers may pass
/// any offsets without risking a panic.
pub(crate) fn clamp_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut e = end.min(text.len());
    while e > 0 && !text.is_char_boundary(e) {
        e -= 1;
    }
    let mut s = start.min(e);
    while s > 0 && !text.is_char_boundary(s) {
        s -= 1;
    }
    (s, e)
}

/// Words, numbers and single punctuation marks of `text[start..end]`.
///
/// A word keeps an elision apostrophe ("l'", "dell'", "quest'") and ends
/// there; a number keeps inner `.`/`,` groups ("11.000", "1,250.75", "3,5").
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok> {
    let (start, end) = clamp_range(text, start, end);
    let slice = &text[start..end];
    let mut toks = Vec::new();
    let mut it = slice.char_indices().peekable();
    let mut glued = false;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            glued = false;
            continue;
        }
        let tstart = start + i;
        let mut tend = tstart + c.len_utf8();
        let mut norm = String::new();
        let kind;
        if c.is_alphabetic() {
            kind = TokKind::Word;
            fold_char(c, &mut norm);
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphanumeric() {
                    fold_char(d, &mut norm);
                    tend = start + j + d.len_utf8();
                    it.next();
                } else if is_apostrophe(d) {
                    // Elision: keep the apostrophe only when a word or number follows.
                    // (At the very end too, so lexicon forms like "quest'" keep it.)
                    let after = slice[j + d.len_utf8()..].chars().next();
                    if after.is_none_or(|a| a.is_alphanumeric()) {
                        norm.push('\'');
                        tend = start + j + d.len_utf8();
                        it.next();
                    }
                    break;
                } else {
                    break;
                }
            }
        } else if c.is_ascii_digit() {
            kind = TokKind::Num;
            norm.push(c);
            while let Some(&(j, d)) = it.peek() {
                let group = (d == '.' || d == ',') && slice[j + 1..].chars().next().is_some_and(|a| a.is_ascii_digit());
                if d.is_ascii_digit() || group {
                    norm.push(d);
                    tend = start + j + 1;
                    it.next();
                } else {
                    break;
                }
            }
        } else {
            kind = TokKind::Punct;
            fold_char(c, &mut norm);
        }
        toks.push(Tok {
            start: tstart,
            end: tend,
            norm,
            kind,
            cap: c.is_uppercase(),
            glued,
        });
        glued = true;
    }
    toks
}

/// The folded words of a lexicon form, as the tokenizer would see them.
pub(crate) fn form_words(form: &str) -> Vec<String> {
    tokenize(form, 0, form.len()).into_iter().map(|t| t.norm).collect()
}

/// Multi-word phrases indexed by their first folded word; lookups return the
/// longest phrase that matches at a token position.
#[derive(Debug, Clone)]
pub(crate) struct PhraseSet<V> {
    by_first: HashMap<String, Vec<(Vec<String>, V)>>,
}

impl<V> Default for PhraseSet<V> {
    fn default() -> Self {
        PhraseSet {
            by_first: HashMap::new(),
        }
    }
}

impl<V> PhraseSet<V> {
    pub fn insert(&mut self, form: &str, value: V) {
        let words = form_words(form);
        if let Some(first) = words.first().cloned() {
            let list = self.by_first.entry(first).or_default();
            list.push((words, value));
            // Longest first, so the first match found is the longest.
            list.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        }
    }

    /// Longest phrase starting at token `i`: (number of tokens, value).
    pub fn longest_at<'a>(&'a self, toks: &'a [Tok], i: usize) -> Option<(usize, &'a V)> {
        self.matches_at(toks, i).next()
    }

    /// All phrases starting at `i`, longest first.
    pub fn matches_at<'a>(&'a self, toks: &'a [Tok], i: usize) -> impl Iterator<Item = (usize, &'a V)> + 'a {
        let list = toks.get(i).and_then(|t| self.by_first.get(&t.norm));
        list.into_iter().flatten().filter_map(move |(words, v)| {
            let n = words.len();
            if i + n > toks.len() {
                return None;
            }
            let ok = words.iter().zip(&toks[i..i + n]).all(|(w, t)| *w == t.norm);
            ok.then_some((n, v))
        })
    }

    /// A phrase ending just before token `end` (exclusive): its start index.
    pub fn ending_at(&self, toks: &[Tok], end: usize) -> Option<usize> {
        // Phrases are short; try every start a few tokens back.
        (end.saturating_sub(4)..end).find(|&s| self.matches_at(toks, s).any(|(n, _)| s + n == end))
    }
}

// ---------------------------------------------------------------------------
// Numbers in digits and in words.
// ---------------------------------------------------------------------------

/// A number read from digits: value, and whether it was a bare digit string
/// (no separators) with how many digits — the shape of a year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Digits {
    pub value: f64,
    pub plain: bool,
    pub len: usize,
}

/// Reads "11.000", "3,5" (Italian) or "1,250.75", "1.5" (English).
///
/// When both separators appear, the last one is the decimal mark. With one
/// separator, a single group of exactly three digits after the language's
/// thousands mark is thousands ("11.000" in Italian); anything else is a
/// decimal mark.
pub(crate) fn parse_digits(s: &str, lang: &str) -> Option<Digits> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return None;
    }
    let plain = s.bytes().all(|b| b.is_ascii_digit());
    if plain {
        return Some(Digits {
            value: s.parse().ok()?,
            plain,
            len: s.len(),
        });
    }
    let thousands = if lang == "en" { b',' } else { b'.' };
    let last_sep = s.bytes().rposition(|b| b == b'.' || b == b',')?;
    let has_dot = s.contains('.');
    let has_comma = s.contains(',');
    let decimal_at = if has_dot && has_comma {
        Some(last_sep)
    } else {
        let sep = s.as_bytes()[last_sep];
        let count = s.bytes().filter(|&b| b == sep).count();
        let groups_ok = s.split(sep as char).skip(1).all(|g| g.len() == 3);
        if count > 1 || (sep == thousands && groups_ok) {
            None
        } else {
            Some(last_sep)
        }
    };
    let mut clean = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c.is_ascii_digit() {
            clean.push(c);
        } else if Some(i) == decimal_at {
            clean.push('.');
        }
    }
    Some(Digits {
        value: clean.parse().ok()?,
        plain: false,
        len: s.len(),
    })
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum WordNum {
    Card(f64),
    Hundred,
    Thousand,
}

/// Number words of one language, from `numbers.tsv`.
#[derive(Debug, Clone, Default)]
pub(crate) struct NumberReader {
    lang: String,
    words: HashMap<String, WordNum>,
    /// Pieces of Italian compounds ("vent" + "otto"), longest first.
    morphs: Vec<(String, WordNum)>,
    pub articles: HashSet<String>,
    /// Scale words: value, and whether they count only glued to the digits.
    pub scales: HashMap<String, (f64, bool)>,
    /// Collectives ("dozzina"): value, approximate.
    pub collectives: HashMap<String, (f64, bool)>,
    /// Fixed words ("twice"): value, unit.
    pub fixed: HashMap<String, (f64, String)>,
    pub approx: PhraseSet<()>,
    /// Words skipped between a hedge and its number ("oltre l'80%").
    pub skip: HashSet<String>,
}

impl NumberReader {
    pub fn load(lex: &Lexicons, lang: &str) -> Result<Self, LexiconDataError> {
        let file = format!("{lang}/numbers.tsv");
        let mut r = NumberReader {
            lang: lang.to_string(),
            ..Default::default()
        };
        for row in tsv_rows(lex.text(&file)) {
            let (kind, value, form) = (row.field(0), row.field(1), fold(row.field(2)));
            if form.is_empty() {
                return Err(LexiconDataError::at(&file, &row, "missing form (third column)"));
            }
            let num = || -> Result<f64, LexiconDataError> {
                value
                    .parse::<f64>()
                    .map_err(|_| LexiconDataError::at(&file, &row, format!("bad number '{value}'")))
            };
            match kind {
                "card" => {
                    let v = num()?;
                    r.words.insert(form.clone(), WordNum::Card(v));
                    r.morphs.push((form, WordNum::Card(v)));
                }
                "morph" => {
                    let v = num()?;
                    let w = if v == 100.0 { WordNum::Hundred } else { WordNum::Card(v) };
                    r.morphs.push((form, w));
                }
                "hundred" => {
                    num()?;
                    r.words.insert(form.clone(), WordNum::Hundred);
                    r.morphs.push((form, WordNum::Hundred));
                }
                "thousand" => {
                    num()?;
                    r.words.insert(form.clone(), WordNum::Thousand);
                    r.morphs.push((form, WordNum::Thousand));
                }
                "article" => {
                    // "uno" also ends compounds ("ventuno").
                    r.morphs.push((form.clone(), WordNum::Card(num()?)));
                    r.articles.insert(form);
                }
                "scale" => {
                    let attached = row.field(3) == "attached";
                    r.scales.insert(form, (num()?, attached));
                }
                "collective" => {
                    let approx = row.field(3) == "approx";
                    r.collectives.insert(form, (num()?, approx));
                }
                "fixed" => {
                    let unit = row
                        .opt(3)
                        .ok_or_else(|| LexiconDataError::at(&file, &row, "fixed needs a unit (fourth column)"))?;
                    r.fixed.insert(form, (num()?, unit.to_string()));
                }
                "approx" => r.approx.insert(&form, ()),
                "skip" => {
                    r.skip.insert(form);
                }
                other => return Err(LexiconDataError::at(&file, &row, format!("unknown kind '{other}'"))),
            }
        }
        r.morphs.sort_by_key(|m| std::cmp::Reverse(m.0.len()));
        Ok(r)
    }

    /// A single word as a number word ("dodici", "ventiquattro", "duemila").
    fn word_parts(&self, w: &str) -> Option<Vec<WordNum>> {
        if let Some(n) = self.words.get(w) {
            return Some(vec![*n]);
        }
        // Only Italian writes compounds as one word.
        if self.lang != "it" || w.len() < 5 {
            return None;
        }
        let mut out = Vec::new();
        self.segment(w, &mut out).then_some(out)
    }

    fn segment(&self, w: &str, out: &mut Vec<WordNum>) -> bool {
        if w.is_empty() {
            return true;
        }
        for (m, n) in &self.morphs {
            if let Some(rest) = w.strip_prefix(m.as_str()) {
                out.push(*n);
                if self.segment(rest, out) {
                    return true;
                }
                out.pop();
            }
        }
        false
    }

    /// A number in words starting at token `i` ("tre", "twenty-four", "two
    /// hundred thousand", "duemilaventiquattro"): value and end token (exclusive).
    pub fn words_at(&self, toks: &[Tok], i: usize) -> Option<(f64, usize)> {
        let mut parts = Vec::new();
        let mut j = i;
        while let Some(t) = toks.get(j) {
            if t.kind != TokKind::Word {
                break;
            }
            match self.word_parts(&t.norm) {
                Some(p) => parts.extend(p),
                None => break,
            }
            j += 1;
            // "twenty-four": a glued hyphen between two number words.
            if toks.get(j).is_some_and(|h| h.norm == "-" && h.glued)
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.glued && self.word_parts(&n.norm).is_some())
            {
                j += 1;
            }
        }
        if parts.is_empty() {
            return None;
        }
        let (mut total, mut cur) = (0.0, 0.0);
        for p in parts {
            match p {
                WordNum::Card(v) => cur += v,
                WordNum::Hundred => cur = if cur == 0.0 { 100.0 } else { cur * 100.0 },
                WordNum::Thousand => {
                    total += if cur == 0.0 { 1000.0 } else { cur * 1000.0 };
                    cur = 0.0;
                }
            }
        }
        Some((total + cur, j))
    }

    /// Digits or words at `i`, with articles read as one ("un anno fa");
    /// value and end token (exclusive).
    pub fn number_at(&self, toks: &[Tok], i: usize) -> Option<(f64, usize)> {
        let t = toks.get(i)?;
        match t.kind {
            TokKind::Num => parse_digits(&t.norm, &self.lang).map(|d| (d.value, i + 1)),
            TokKind::Word if self.articles.contains(&t.norm) => Some((1.0, i + 1)),
            TokKind::Word => self.words_at(toks, i),
            TokKind::Punct => None,
        }
    }
}

// ---------------------------------------------------------------------------
// Quantities.
// ---------------------------------------------------------------------------

/// A figure found in the text.
///
/// ```
/// use dyad_events::quantities::QuantityFinder;
/// let lex = dyad_lexicon::Lexicons::embedded();
/// let f = QuantityFinder::new(&lex).unwrap();
/// let t = "Exports rose by over 80% to $1.5bn.";
/// let q = f.find(t, 0, t.len(), "en");
/// assert_eq!((q[0].value, q[0].unit.as_deref(), q[0].approximate), (80.0, Some("percent"), true));
/// assert_eq!((q[1].value, q[1].unit.as_deref()), (1.5e9, Some("USD")));
/// let model: dyad_model::Quantity = (&q[1]).into();
/// assert_eq!(model.text, "$1.5bn");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct QuantityMention {
    /// Byte span in the document text: the number (or currency sign) through its unit.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: f64,
    /// What is counted: a noun as written (lower-case; English plurals made
    /// singular), an ISO 4217 code, `percent` or `times`.
    pub unit: Option<String>,
    /// Hedged ("circa", "oltre", "at least") or vague ("dozzine").
    pub approximate: bool,
}

impl From<&QuantityMention> for dyad_model::Quantity {
    fn from(q: &QuantityMention) -> Self {
        dyad_model::Quantity {
            text: q.text.clone(),
            value: q.value,
            unit: q.unit.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum UnitWord {
    Currency(String),
    Percent,
    Times,
    Time,
}

#[derive(Debug, Clone, Default)]
struct QuantLang {
    numbers: NumberReader,
    units: PhraseSet<UnitWord>,
    stops: HashSet<String>,
    lemmas: HashMap<String, String>,
    months: HashSet<String>,
    /// Words that make a following number a time of day ("alle").
    clock: HashSet<String>,
    /// Words that make a following four-digit number a year ("nel", "dal", "in").
    year_words: HashSet<String>,
}

/// Finds quantities; build once, call per sentence.
#[derive(Debug, Clone)]
pub struct QuantityFinder {
    langs: HashMap<String, QuantLang>,
}

/// Glued suffixes that make a number an ordinal or a measure, not a count.
const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th", "º", "°", "ª", "o", "a"];

impl QuantityFinder {
    /// Loads `numbers.tsv`, `units.tsv` and the month words of `dates.tsv`
    /// for every language folder that has `numbers.tsv`.
    pub fn new(lex: &Lexicons) -> Result<Self, LexiconDataError> {
        let mut langs = HashMap::new();
        for lang in lex.languages() {
            if lex.get(&format!("{lang}/numbers.tsv")).is_none() {
                continue;
            }
            let mut q = QuantLang {
                numbers: NumberReader::load(lex, &lang)?,
                ..Default::default()
            };
            let file = format!("{lang}/units.tsv");
            for row in tsv_rows(lex.text(&file)) {
                let (kind, value, form) = (row.field(0), row.field(1), row.field(2));
                if form.is_empty() {
                    return Err(LexiconDataError::at(&file, &row, "missing form (third column)"));
                }
                match kind {
                    "currency" => q.units.insert(form, UnitWord::Currency(value.to_string())),
                    "percent" => q.units.insert(form, UnitWord::Percent),
                    "times" => q.units.insert(form, UnitWord::Times),
                    "time" => q.units.insert(form, UnitWord::Time),
                    "stop" => {
                        q.stops.insert(fold(form));
                    }
                    "clock" => {
                        q.clock.insert(fold(form));
                    }
                    "lemma" => {
                        q.lemmas.insert(fold(form), value.to_string());
                    }
                    other => return Err(LexiconDataError::at(&file, &row, format!("unknown kind '{other}'"))),
                }
            }
            for row in tsv_rows(lex.text(&format!("{lang}/dates.tsv"))) {
                match row.field(0) {
                    "month" | "month_abbr" => {
                        q.months.insert(fold(row.field(2)));
                    }
                    "since" | "until" | "between" | "and" | "point" | "article" => {
                        if let Some(last) = form_words(row.field(2)).pop() {
                            q.year_words.insert(last);
                        }
                    }
                    _ => {}
                }
            }
            langs.insert(lang, q);
        }
        Ok(QuantityFinder { langs })
    }

    /// Quantities in `text[start..end]` (byte offsets; clamped, never panics).
    pub fn find(&self, text: &str, start: usize, end: usize, lang: &str) -> Vec<QuantityMention> {
        let Some(q) = self.langs.get(lang).or_else(|| self.langs.get("en")) else {
            return Vec::new();
        };
        let toks = tokenize(text, start, end);
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            match self.quantity_at(q, &toks, i) {
                Some((m, next)) => {
                    let (s, e) = (toks[m.0].start, toks[m.1 - 1].end);
                    out.push(QuantityMention {
                        start: s,
                        end: e,
                        text: text[s..e].to_string(),
                        value: m.2,
                        unit: m.3,
                        approximate: m.4 || self.hedged(q, &toks, m.0),
                    });
                    i = next.max(i + 1);
                }
                None => i += 1,
            }
        }
        out
    }

    /// A hedge ("circa", "oltre l'", "at least") right before token `first`.
    fn hedged(&self, q: &QuantLang, toks: &[Tok], first: usize) -> bool {
        let mut end = first;
        while end > 0 && q.numbers.skip.contains(&toks[end - 1].norm) {
            end -= 1;
        }
        q.numbers.approx.ending_at(toks, end).is_some()
    }

    /// A quantity starting at token `i`:
    /// ((first token, end token, value, unit, approximate), next index).
    #[allow(clippy::type_complexity)]
    fn quantity_at(
        &self,
        q: &QuantLang,
        toks: &[Tok],
        i: usize,
    ) -> Option<((usize, usize, f64, Option<String>, bool), usize)> {
        let t = &toks[i];
        let n = &q.numbers;
        // A currency sign or code before the number: "$50bn", "€3,5 miliardi", "USD 5".
        let mut currency = None;
        let mut j = i;
        if let Some((len, UnitWord::Currency(code))) = q.units.longest_at(toks, i) {
            if toks.get(i + len).is_some_and(|x| x.kind == TokKind::Num)
                && (t.kind == TokKind::Punct || t.cap || toks[i + len].glued)
            {
                currency = Some(code.clone());
                j = i + len;
            }
        }
        let first = i;
        let tj = toks.get(j)?;
        let mut approximate = false;
        let (mut value, mut k, from_digits) = match tj.kind {
            TokKind::Num => {
                if !self.counts_as_number(q, toks, j) {
                    return None;
                }
                // "alle 3", "dalle 10": a time of day.
                if j > 0 && q.clock.contains(&toks[j - 1].norm) {
                    return None;
                }
                let d = parse_digits(&tj.norm, &n.lang)?;
                // A bare four-digit number in year range is a year unless a
                // counted noun follows and no date word precedes it.
                if d.plain && d.len == 4 && (1000.0..=2100.0).contains(&d.value) {
                    let after_year_word = j > 0 && q.year_words.contains(&toks[j - 1].norm);
                    let noun_follows = toks.get(j + 1).is_some_and(|x| self.noun_unit(q, x).is_some());
                    if after_year_word || !noun_follows {
                        return None;
                    }
                }
                (d.value, j + 1, true)
            }
            TokKind::Word => {
                if let Some((v, unit)) = n.fixed.get(&tj.norm) {
                    return Some(((j, j + 1, *v, Some(unit.clone()), false), j + 1));
                }
                if let Some(&(v, approx)) = n.collectives.get(&tj.norm) {
                    // "dozzine di morti", "hundreds of people": no number before.
                    approximate = approx;
                    (v, j + 1, false)
                } else if n.articles.contains(&tj.norm) {
                    // "una dozzina", "un milione": the article counts only before these.
                    let nx = toks.get(j + 1)?;
                    if let Some(&(v, approx)) = n.collectives.get(&nx.norm) {
                        approximate = approx;
                        (v, j + 2, false)
                    } else if let Some(&(v, false)) = n.scales.get(&nx.norm) {
                        (v, j + 2, false)
                    } else {
                        return None;
                    }
                } else {
                    // "i due leader", "the two sides": a definite article makes it a reference, not a count.
                    if j > 0 && n.skip.contains(&toks[j - 1].norm) {
                        return None;
                    }
                    let (v, e) = n.words_at(toks, j)?;
                    (v, e, false)
                }
            }
            TokKind::Punct => return None,
        };
        // Scale: "50 miliardi", "$50bn", "11 mila", "tre milioni".
        let mut scaled = false;
        if let Some(s) = toks.get(k) {
            if let Some(&(mult, attached)) = n.scales.get(&s.norm) {
                if !attached || (s.glued && currency.is_some()) || (s.glued && s.norm.len() > 1) {
                    value *= mult;
                    k += 1;
                    scaled = true;
                }
            } else if let Some(&(mult, approx)) = n.collectives.get(&s.norm) {
                // "tre dozzine", "due centinaia": number times collective.
                // Plural collectives hold "at least two"; times a number, one each.
                value *= mult / if approx && mult >= 20.0 { 2.0 } else { 1.0 };
                k += 1;
                scaled = true;
            }
        }
        let collective = scaled || !from_digits;
        // Unit.
        let mut unit = currency.clone();
        let mut end = k;
        let mut probe = k;
        // "di"/"of" links a scale or collective to what it counts.
        if collective
            && toks
                .get(probe)
                .is_some_and(|x| matches!(x.norm.as_str(), "di" | "of" | "d'"))
        {
            probe += 1;
        }
        if let Some((len, w)) = q.units.longest_at(toks, probe) {
            match w {
                UnitWord::Currency(code) => {
                    if unit.is_none() {
                        unit = Some(code.clone());
                        end = probe + len;
                    }
                }
                UnitWord::Percent => {
                    unit = Some("percent".into());
                    end = probe + len;
                }
                UnitWord::Times => {
                    unit = Some("times".into());
                    end = probe + len;
                }
                // "24 anni", "tre mesi": a span of time, not a count.
                UnitWord::Time => return None,
            }
        } else if unit.is_none() {
            if let Some(u) = toks.get(probe).and_then(|x| self.noun_unit(q, x)) {
                unit = Some(u);
                end = probe + 1;
                // English puts modifiers first: "a dozen cooperation agreements"
                // counts agreements, the last noun of the run.
                if q.numbers.lang == "en" {
                    while end < probe + 3 {
                        match toks.get(end).filter(|x| !x.glued).and_then(|x| self.noun_unit(q, x)) {
                            Some(u2) => {
                                unit = Some(u2);
                                end += 1;
                            }
                            None => break,
                        }
                    }
                }
            }
        }
        // Numbers in words need something counted: "i due leader" yes, "tre" alone no.
        if !from_digits && unit.is_none() {
            return None;
        }
        Some(((first, end, value, unit, approximate), end))
    }

    /// Whether the digits at `j` are a count rather than part of a name, a
    /// date, a time, a code or an ordinal.
    fn counts_as_number(&self, q: &QuantLang, toks: &[Tok], j: usize) -> bool {
        let t = &toks[j];
        if t.glued && j > 0 {
            let p = &toks[j - 1];
            match p.kind {
                // "l'80%" is fine; "Su35" is a name.
                TokKind::Word if !p.norm.ends_with('\'') => return false,
                TokKind::Num => return false,
                // "Hwasong-11", "COVID-19", "10:30", "18/06": joined to what precedes.
                TokKind::Punct
                    if matches!(p.norm.as_str(), "-" | "/" | ":" | "." | "–" | "#")
                        && j > 1
                        && p.glued
                        && toks[j - 2].kind != TokKind::Punct =>
                {
                    return false
                }
                _ => {}
            }
        }
        if let Some(nx) = toks.get(j + 1) {
            if nx.glued {
                if matches!(nx.norm.as_str(), "/" | ":" | "-" | "–")
                    && toks.get(j + 2).is_some_and(|x| x.glued && x.kind == TokKind::Num)
                {
                    return false;
                }
                if ORDINAL_SUFFIXES.contains(&nx.norm.as_str()) {
                    return false;
                }
            }
            // A day of the month: "5 marzo", "5 March".
            if q.months.contains(&nx.norm) {
                return false;
            }
        }
        // "March 5": a month right before.
        if j > 0 && q.months.contains(&toks[j - 1].norm) && toks[j - 1].kind == TokKind::Word {
            return false;
        }
        true
    }

    /// The counted noun a token names, if it can be one.
    fn noun_unit(&self, q: &QuantLang, t: &Tok) -> Option<String> {
        if t.kind != TokKind::Word || t.cap || t.norm.chars().count() < 2 {
            return None;
        }
        let w = t.norm.trim_end_matches('\'');
        if q.stops.contains(&t.norm) || q.stops.contains(w) || q.months.contains(w) || q.numbers.scales.contains_key(w)
        {
            return None;
        }
        if let Some(l) = q.lemmas.get(w) {
            return Some(l.clone());
        }
        if q.numbers.lang == "en" {
            // "24 killed", "3 wounded", "two remaining": participles are not what is counted.
            if w.ends_with("ed") || w.ends_with("ing") {
                return None;
            }
            return Some(singular_en(w));
        }
        Some(w.to_string())
    }
}

/// English regular plurals to singular ("deaths" → "death", "countries" →
/// "country"); irregular ones belong in units.tsv `lemma` rows.
fn singular_en(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("ies") {
        if stem.len() > 1 {
            return format!("{stem}y");
        }
    }
    for suf in ["sses", "shes", "ches", "xes"] {
        if w.ends_with(suf) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finder() -> QuantityFinder {
        QuantityFinder::new(&Lexicons::embedded()).expect("lexicons load")
    }

    fn find(t: &str, lang: &str) -> Vec<QuantityMention> {
        finder().find(t, 0, t.len(), lang)
    }

    fn one(t: &str, lang: &str) -> (f64, Option<String>, bool, String) {
        let q = find(t, lang);
        assert_eq!(q.len(), 1, "{t}: {q:?}");
        (q[0].value, q[0].unit.clone(), q[0].approximate, q[0].text.clone())
    }

    #[test]
    fn digits_follow_the_language() {
        assert_eq!(parse_digits("11.000", "it").unwrap().value, 11000.0);
        assert_eq!(parse_digits("3,5", "it").unwrap().value, 3.5);
        assert_eq!(parse_digits("1.250,75", "it").unwrap().value, 1250.75);
        assert_eq!(parse_digits("1,250.75", "en").unwrap().value, 1250.75);
        assert_eq!(parse_digits("1.5", "en").unwrap().value, 1.5);
        assert_eq!(parse_digits("12,000", "en").unwrap().value, 12000.0);
        assert_eq!(parse_digits("2.000.000", "it").unwrap().value, 2e6);
        assert!(parse_digits("2019", "it").unwrap().plain);
    }

    #[test]
    fn italian_figures() {
        assert_eq!(
            one("La marina ha intercettato 4.500 container di munizioni.", "it"),
            (4500.0, Some("container".into()), false, "4.500 container".into())
        );
        let (v, u, a, _) = one("Secondo l'agenzia, circa 2.300 soldati sono rientrati.", "it");
        assert_eq!((v, u.as_deref(), a), (2300.0, Some("soldati"), true));
        let (v, u, a, _) = one("Sono stati consegnati almeno 7.000 proiettili.", "it");
        assert_eq!((v, u.as_deref(), a), (7000.0, Some("proiettili"), true));
        let (v, u, _, t) = one(
            "Il Fondo ha stanziato 12 miliardi di dollari per la ricostruzione.",
            "it",
        );
        assert_eq!(
            (v, u.as_deref(), t.as_str()),
            (1.2e10, Some("USD"), "12 miliardi di dollari")
        );
        let (v, u, _, _) = one("Il pacchetto vale €3,5 miliardi.", "it");
        assert_eq!((v, u.as_deref()), (3.5e9, Some("EUR")));
        let (v, u, a, _) = one("L'esercito controlla oltre l'80% del territorio.", "it");
        assert_eq!((v, u.as_deref(), a), (80.0, Some("percent"), true));
        let (v, u, _, _) = one("I due governi hanno firmato una dozzina di intese commerciali.", "it");
        assert_eq!((v, u.as_deref()), (12.0, Some("intese")));
        let (v, u, _, _) = one("Il ministro è stato a Pechino tre volte quest'anno.", "it");
        assert_eq!((v, u.as_deref()), (3.0, Some("times")));
        let (v, u, a, _) = one("Gli scontri hanno causato dozzine di vittime civili.", "it");
        assert_eq!((v, u.as_deref(), a), (24.0, Some("vittime"), true));
        let (v, u, _, _) = one("Il governo ha inviato ventiquattro elicotteri.", "it");
        assert_eq!((v, u.as_deref()), (24.0, Some("elicotteri")));
        let (v, _, _, _) = one("Le scorte ammontano a 1,5 milioni di tonnellate.", "it");
        assert_eq!(v, 1.5e6);
    }

    #[test]
    fn english_figures() {
        let (v, u, _, t) = one("The fund pledged $50bn to Kyiv.", "en");
        assert_eq!((v, u.as_deref(), t.as_str()), (5e10, Some("USD"), "$50bn"));
        let (v, u, a, _) = one("Officials said about 1,250.75 tonnes were seized.", "en");
        assert_eq!((v, u.as_deref(), a), (1250.75, Some("tonne"), true));
        let (v, u, a, _) = one("At least 3,000 containers crossed the border.", "en");
        assert_eq!((v, u.as_deref(), a), (3000.0, Some("container"), true));
        let (v, u, _, _) = one("The ministers met twice in Geneva.", "en");
        assert_eq!((v, u.as_deref()), (2.0, Some("times")));
        let (v, u, _, t) = one("They signed a dozen cooperation agreements.", "en");
        assert_eq!(
            (v, u.as_deref(), t.as_str()),
            (12.0, Some("agreement"), "a dozen cooperation agreements")
        );
        let (v, u, a, _) = one("Dozens of people were killed.", "en");
        assert_eq!((v, u.as_deref(), a), (24.0, Some("people"), true));
        let (v, u, _, _) = one("Sales fell by 12 percent.", "en");
        assert_eq!((v, u.as_deref()), (12.0, Some("percent")));
    }

    #[test]
    fn years_dates_names_and_ordinals_are_not_quantities() {
        for (t, lang) in [
            ("Nel 2019 il leader ha visitato Mosca.", "it"),
            ("I due paesi sono alleati dal 2000.", "it"),
            ("Il vertice si è tenuto il 5 marzo a Hanoi.", "it"),
            ("Il missile Hwasong-11 è stato lanciato alle 10:30.", "it"),
            ("È la sua prima visita in 24 anni.", "it"),
            ("Il G7 si è riunito per la seconda volta.", "it"),
            ("The talks began on March 5 in Geneva.", "en"),
            ("In 2019 the first summit took place.", "en"),
            ("It was his 3rd visit since 2000.", "en"),
            ("Lam ha incontrato una delegazione.", "it"),
            ("Il convoglio è partito alle 3 del mattino.", "it"),
            ("The convoy left at 3 pm.", "en"),
        ] {
            assert!(find(t, lang).is_empty(), "{t}: {:?}", find(t, lang));
        }
    }

    #[test]
    fn offsets_and_odd_input_never_panic() {
        let f = finder();
        let t = "Circa 11.000 container — è così: «€» 5,";
        for s in 0..=t.len() + 2 {
            for e in 0..=t.len() + 2 {
                let _ = f.find(t, s, e, "it");
                let _ = f.find(t, s, e, "xx");
            }
        }
        assert!(f.find("", 0, 0, "it").is_empty());
        let q = f.find(t, 6, t.len(), "it");
        assert_eq!(q[0].text, "11.000 container");
        assert!(!q[0].approximate, "the hedge lies outside the range");
    }

    #[test]
    fn seed_quantities() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds");
        let f = finder();
        let Ok(t) = std::fs::read_to_string(format!("{dir}/000_e9255316bfc9fb12.txt")) else {
            eprintln!("note: seeds not found in {dir}; skipping");
            return;
        };
        let q = f.find(&t, 0, t.len(), "it");
        let get = |s: &str| {
            q.iter()
                .find(|m| m.text == s)
                .unwrap_or_else(|| panic!("{s} not in {q:?}"))
        };
        let a = get("11.000 container");
        assert_eq!(
            (a.value, a.unit.as_deref(), a.approximate),
            (11000.0, Some("container"), true)
        );
        let b = get("9.000 container");
        assert_eq!(
            (b.value, b.unit.as_deref(), b.approximate),
            (9000.0, Some("container"), true)
        );
        assert!(
            q.iter().all(|m| !(1990.0..=2030.0).contains(&m.value)),
            "a year was taken: {q:?}"
        );
        if let Ok(t) = std::fs::read_to_string(format!("{dir}/004_91525126e568a6db.txt")) {
            let q = f.find(&t, 0, t.len(), "it");
            let loan = q.iter().find(|m| m.unit.as_deref() == Some("USD")).expect("the loan");
            assert_eq!(loan.value, 5e10);
            let pct = q
                .iter()
                .find(|m| m.unit.as_deref() == Some("percent"))
                .expect("the share");
            assert_eq!((pct.value, pct.approximate), (80.0, true));
            assert!(q
                .iter()
                .any(|m| m.value == 12.0 && m.unit.as_deref() == Some("accordi")));
            assert!(q.iter().all(|m| m.value != 24.0 && m.value != 1995.0), "{q:?}");
        }
    }
}
