//! Plain-text boilerplate removal for already-scraped articles.
//!
//! Scraped text keeps the site furniture around the article: photo credits
//! and captions, donation appeals, "latest news" lists, share and
//! back-to-top lines, cookie banners, repeated headers. This module drops
//! those *lines* and keeps everything else, including paragraph breaks.
//!
//! The rules are generic shapes (a caption is a short line whose last
//! segment starts with a credit cue; an appeal runs from a salutation through
//! the shouting lines that follow); the words they look for are data, in
//! `lexicons/{it,en}/boilerplate.tsv` (see `lexicons/README.md`). All
//! languages' cue lists are merged: the language of a scraped text is not
//! known yet at this stage and the cues do not collide across languages.
//!
//! Deliberate choices:
//! - Short subheads inside the article ("Beneficio comune") are body text and
//!   stay; only lines with a cue (or in a cued block) go.
//! - Quoted lines starting with a dash stay.
//! - A later exact repeat of an earlier line goes (repeated headers, pull quotes).

use dyad_lexicon::{tsv_rows, Lexicons};
use std::collections::HashSet;

/// Cue lists for the boilerplate rules, loaded from the lexicons.
#[derive(Debug, Clone, Default)]
pub struct Cues {
    /// Whole lines that are boilerplate by themselves ("back to top").
    line: HashSet<String>,
    /// Short lines starting with one of these go ("leggi anche", "sign up").
    prefix: Vec<String>,
    /// Headings of link lists: they and the headline-like lines after them go.
    section: HashSet<String>,
    /// Photo-credit cue words ("foto", "photo", "credit").
    credit: HashSet<String>,
    /// Photo agencies and credit names, as word sequences ("getty images").
    agency: Vec<Vec<String>>,
    /// Openers of reader appeals ("caro lettore", "dear reader").
    appeal: Vec<String>,
    /// Word stems of appeals ("sosten", "donat", "subscri").
    appeal_word: Vec<String>,
    /// Words of share/print/social lines.
    share: HashSet<String>,
    /// Calls to action: a line of at most 40 words containing one goes
    /// ("sign up for", "click here", "iscriviti alla").
    cta: Vec<String>,
    /// Cookie-banner cue words and consent words.
    cookie: Vec<String>,
    consent: Vec<String>,
}

impl Cues {
    /// Loads every `*/boilerplate*.tsv` file of the lexicons.
    ///
    /// Each data line is `kind<TAB>phrase`; kinds are `line`, `prefix`,
    /// `section`, `credit`, `agency`, `appeal`, `appeal_word`, `share`, `cta`,
    /// `cookie`, `consent`. Unknown kinds are ignored.
    pub fn from_lexicons(lex: &Lexicons) -> Cues {
        let mut c = Cues::default();
        let files: Vec<&str> = lex
            .paths()
            .filter(|p| {
                p.rsplit('/')
                    .next()
                    .is_some_and(|f| f.starts_with("boilerplate") && f.ends_with(".tsv"))
            })
            .collect();
        for path in files {
            for row in tsv_rows(lex.text(path)) {
                let phrase = norm(row.field(1));
                if phrase.is_empty() {
                    continue;
                }
                match row.field(0) {
                    "line" => {
                        c.line.insert(phrase);
                    }
                    "prefix" => c.prefix.push(phrase),
                    "section" => {
                        c.section.insert(phrase);
                    }
                    "credit" => {
                        c.credit.insert(phrase);
                    }
                    "agency" => c.agency.push(words(&phrase)),
                    "appeal" => c.appeal.push(phrase),
                    "appeal_word" => c.appeal_word.push(phrase),
                    "share" => {
                        c.share.insert(phrase);
                    }
                    "cta" => c.cta.push(phrase),
                    "cookie" => c.cookie.push(phrase),
                    "consent" => c.consent.push(phrase),
                    _ => {}
                }
            }
        }
        c
    }

    /// Removes boilerplate lines from scraped plain text, keeping paragraph
    /// breaks (`"\n\n"`) between the paragraphs that remain.
    pub fn remove(&self, text: &str) -> String {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let mut paragraphs: Vec<Vec<&str>> = Vec::new();
        let mut cur: Vec<&str> = Vec::new();
        for line in text.split('\n') {
            if line.trim().is_empty() {
                if !cur.is_empty() {
                    paragraphs.push(std::mem::take(&mut cur));
                }
            } else {
                cur.push(line.trim_end());
            }
        }
        if !cur.is_empty() {
            paragraphs.push(cur);
        }

        let mut state = State::Body;
        let mut seen: HashSet<String> = HashSet::new();
        let mut out = String::with_capacity(text.len());
        for para in paragraphs {
            let mut kept: Vec<&str> = Vec::new();
            for line in para {
                let verdict = self.classify(line, &mut state);
                if verdict == Verdict::Keep {
                    let n = norm(line);
                    if !seen.insert(n) {
                        continue; // a repeat of an earlier line
                    }
                    kept.push(line);
                }
            }
            if !kept.is_empty() {
                if !out.is_empty() {
                    out.push_str("\n\n");
                }
                out.push_str(&kept.join("\n"));
            }
        }
        out
    }

    /// Whether one line, seen alone, is boilerplate (no block context).
    pub fn is_boilerplate_line(&self, line: &str) -> bool {
        self.classify(line, &mut State::Body) == Verdict::Drop
    }

    fn classify(&self, line: &str, state: &mut State) -> Verdict {
        let n = norm(line);
        let w = words(&n);
        if w.is_empty() {
            return Verdict::Drop; // separators, stray symbols
        }
        if self.section.contains(&n) {
            *state = State::Section(15);
            return Verdict::Drop;
        }
        match state {
            State::Appeal => {
                let shouting = is_shouting(line);
                if shouting || w.len() <= 6 || self.has_appeal_word(&w) {
                    return Verdict::Drop;
                }
                *state = State::Body;
            }
            State::Section(left) => {
                if *left > 0 && is_headline_like(line, &w) {
                    *left -= 1;
                    return Verdict::Drop;
                }
                *state = State::Body;
            }
            State::Body => {}
        }
        if self.line.contains(&n) {
            return Verdict::Drop;
        }
        if self.appeal.iter().any(|a| starts_with_phrase(&n, a)) && w.len() <= 12 {
            *state = State::Appeal;
            return Verdict::Drop;
        }
        if w.len() <= 15 {
            if let Some(p) = self
                .prefix
                .iter()
                .filter(|p| starts_with_phrase(&n, p))
                .max_by_key(|p| p.len())
            {
                // "Leggi anche: …", or a link-like line; a full sentence that
                // merely starts with the cue ("Related charges were filed.") stays.
                let next = n[p.len()..].trim_start().chars().next();
                let cue_ends = matches!(next, None | Some(':' | '|' | '-' | '»' | '>' | '›'));
                if cue_ends || !line.trim_end().ends_with(['.', '!', '?', '"', '”', '»']) {
                    return Verdict::Drop;
                }
            }
        }
        if is_shouting(line) && (self.has_appeal_word(&w) || self.prefix.iter().any(|p| starts_with_phrase(&n, p))) {
            return Verdict::Drop;
        }
        if w.len() <= 40 && self.cta.iter().any(|c| contains_phrase(&n, c)) {
            return Verdict::Drop;
        }
        if self.is_credit(line, &w) {
            return Verdict::Drop;
        }
        if self.is_share(&w) {
            return Verdict::Drop;
        }
        if self.cookie.iter().any(|c| n.contains(c.as_str())) && self.consent.iter().any(|c| n.contains(c.as_str())) {
            return Verdict::Drop;
        }
        if line.contains('©') && w.len() <= 25 {
            return Verdict::Drop;
        }
        if is_nav(line) {
            return Verdict::Drop;
        }
        Verdict::Keep
    }

    fn has_appeal_word(&self, w: &[String]) -> bool {
        w.iter()
            .any(|x| self.appeal_word.iter().any(|a| x.starts_with(a.as_str())))
    }

    fn has_agency(&self, w: &[String]) -> bool {
        self.agency
            .iter()
            .any(|a| !a.is_empty() && w.windows(a.len()).any(|win| win == a.as_slice()))
    }

    /// Photo credits and captions.
    fn is_credit(&self, line: &str, w: &[String]) -> bool {
        if w.len() > 60 {
            return false;
        }
        // "Foto di …", "Photo: Reuters", "Credit: …" as a short line.
        if w.len() <= 20 && self.credit.contains(&w[0]) {
            return true;
        }
        // "Caption text - Foto EPA", "Caption / Foto EPA-EFE/NAME / AGENCY":
        // a segment after a separator starts with a credit cue, and whatever
        // follows it is credit names too (capitals or agencies).
        if w.len() <= 40 {
            let segs = split_segments(line);
            for (i, seg) in segs.iter().enumerate().skip(1) {
                let sw = words(&norm(seg));
                if sw.first().is_some_and(|f| self.credit.contains(f))
                    && segs[i + 1..]
                        .iter()
                        .all(|s| is_shouting(s) || self.has_agency(&words(&norm(s))))
                {
                    return true;
                }
            }
        }
        // "… (Getty Images)", "… (AP Photo/Evan Vucci)", "(Foto Ansa)".
        let t = line.trim_end_matches(['.', ' ']);
        if t.ends_with(')') {
            if let Some(open) = t.rfind('(') {
                let inner = words(&norm(&t[open + 1..t.len() - 1]));
                if !inner.is_empty()
                    && inner.len() <= 8
                    && (self.has_agency(&inner) || inner.iter().any(|x| self.credit.contains(x)))
                {
                    return true;
                }
            }
        }
        // "REUTERS/Name Surname" on its own.
        w.len() <= 8 && line.contains('/') && self.has_agency(w)
    }

    /// Lines made of share/print/social words ("Condividi su Facebook", "Share this: Twitter Email").
    fn is_share(&self, w: &[String]) -> bool {
        if w.len() > 10 {
            return false;
        }
        let hits = w.iter().filter(|x| self.share.contains(*x)).count();
        hits > 0 && hits * 5 >= w.len() * 3
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Keep,
    Drop,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Body,
    /// Inside a reader appeal, until a plain body-length line without cues.
    Appeal,
    /// After a link-list heading: headline-like lines left to drop.
    Section(u8),
}

/// Lower-case, whitespace-collapsed, without leading/trailing symbols.
pub(crate) fn norm(s: &str) -> String {
    let t = s.trim_matches(|c: char| !c.is_alphanumeric());
    let mut out = String::with_capacity(t.len());
    for w in t.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Alphanumeric words of a normalized string.
pub(crate) fn words(n: &str) -> Vec<String> {
    n.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// `p` occurs in `n` at word boundaries.
fn contains_phrase(n: &str, p: &str) -> bool {
    n.match_indices(p).any(|(i, _)| {
        let before = n[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = n[i + p.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

fn starts_with_phrase(n: &str, p: &str) -> bool {
    n.starts_with(p) && n[p.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Mostly upper-case letters, at least two words: a shouting line.
fn is_shouting(s: &str) -> bool {
    let (mut up, mut low) = (0usize, 0usize);
    for c in s.chars() {
        if c.is_uppercase() {
            up += 1;
        } else if c.is_lowercase() {
            low += 1;
        }
    }
    up >= 6 && low * 10 <= up && s.split_whitespace().count() >= 2
}

/// A headline or link title: no sentence-final punctuation, not too long.
fn is_headline_like(line: &str, w: &[String]) -> bool {
    let t = line.trim_end();
    w.len() <= 25 && !t.ends_with(['.', '!', ':', ';', '…', '"', '”', '»'])
}

/// Segments of a caption line, split at " - ", " – ", " / ", " | ".
fn split_segments(line: &str) -> Vec<&str> {
    let mut segs = vec![line];
    for sep in [" - ", " – ", " — ", " / ", " | "] {
        segs = segs.into_iter().flat_map(|s| s.split(sep)).collect();
    }
    segs
}

/// Breadcrumbs and menus: three or more short segments between separators.
fn is_nav(line: &str) -> bool {
    let segs: Vec<&str> = line
        .split(['|', '•', '›', '»', '·', '>'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    segs.len() >= 3 && segs.iter().all(|s| s.split_whitespace().count() <= 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues() -> Cues {
        Cues::from_lexicons(&Lexicons::embedded())
    }

    #[test]
    fn italian_boilerplate_in_other_phrasings() {
        let text = "Il governo approva la manovra\n\nFoto Ansa\n\nIl Consiglio dei ministri ha approvato ieri sera la legge di bilancio.\n\nLeggi anche: Il ministro difende i conti\n\nIl testo passa ora al Parlamento - Foto LaPresse\n\nIl ministro ha detto che i conti sono in ordine.\n\nCondividi su Facebook\n\nGentile lettrice, gentile lettore,\n\nil nostro giornalismo vive grazie al tuo contributo. Abbonati per sostenere l'informazione indipendente.\n\nABBONATI ORA A SOLI 1 EURO\n\nI più letti\n\nTitolo di un altro articolo\nUn secondo titolo senza punto\n\nTorna su";
        let out = cues().remove(text);
        assert_eq!(
            out,
            "Il governo approva la manovra\n\nIl Consiglio dei ministri ha approvato ieri sera la legge di bilancio.\n\nIl ministro ha detto che i conti sono in ordine."
        );
    }

    #[test]
    fn english_boilerplate() {
        let text = "Leaders meet in Geneva\n\nHome | World | Europe | Politics\n\nThe two presidents met on Tuesday for talks on trade.\n\nPresident Smith arrives in Geneva on Monday. (AP Photo/Jane Doe)\n\nREUTERS/John Roe\n\nRead more: Why the summit matters\n\n\"We agreed on a lot,\" Smith said.\n\nWe use cookies to improve your experience. By continuing you accept our privacy policy.\n\nShare this: Twitter Facebook Email Print\n\nDear reader,\n\nIndependent journalism needs your support. Please donate today.\n\nSUPPORT US TODAY\n\nMore stories\n\nAnother headline here\n\nBack to top";
        let out = cues().remove(text);
        assert_eq!(
            out,
            "Leaders meet in Geneva\n\nThe two presidents met on Tuesday for talks on trade.\n\n\"We agreed on a lot,\" Smith said."
        );
    }

    #[test]
    fn body_with_cue_words_survives() {
        let c = cues();
        for line in [
            "La foto del vertice ha fatto il giro del mondo, ha detto il portavoce.",
            "Reuters reported that the talks would resume on Monday in Vienna.",
            "- Non è un rapporto bilaterale, dice il professore.",
            "Beneficio comune",
            "Support for the treaty grew among members of parliament.",
        ] {
            assert!(!c.is_boilerplate_line(line), "{line}");
        }
    }

    #[test]
    fn repeated_header_is_dropped_and_breaks_kept() {
        let out = cues().remove(
            "Il Giornale di Prova\n\nPrimo paragrafo.\nSeconda riga.\n\nIl Giornale di Prova\n\nSecondo paragrafo.",
        );
        assert_eq!(
            out,
            "Il Giornale di Prova\n\nPrimo paragrafo.\nSeconda riga.\n\nSecondo paragrafo."
        );
    }
}
