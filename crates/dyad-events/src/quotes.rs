//! Quotes and speech cues: direct quotes in « », “ ”, " " (and ‘ ’ or ' '
//! when clearly a quote), dash-introduced paragraphs ("- …, afferma Andrei
//! Lankov"), and who said them.
//!
//! Owns: [`SpeechCues`] (the verbs and phrases that introduce speech —
//! "ha detto", "afferma", "secondo", "said", "according to" — from
//! `lexicons/{lang}/speech.tsv`) and [`find_quotes`], which pairs quote marks,
//! reads dash paragraphs and finds each quote's speaker: the actor or noun
//! phrase after an inverted cue ("”, ha detto Lam"), the subject before a
//! cue ("Putin ha detto che … “…”"), the phrase after "secondo", or, for a
//! cue with no subject ("Ha detto che …"), the speaker of the sentence before.
//!
//! The attribution of events (modality "reported") is the coder's; this
//! module only gives it the cues.
//!
//! ```
//! use dyad_events::quotes::{find_quotes, SpeechCues};
//! let lex = dyad_lexicon::Lexicons::embedded();
//! let cues = SpeechCues::new(&lex).unwrap();
//! let text = "«La tregua è fragile e va protetta», ha detto Meloni ai cronisti.";
//! let q = find_quotes(text, &[], &[], "it", &cues);
//! assert_eq!(q[0].text, "La tregua è fragile e va protetta");
//! assert_eq!(q[0].speaker.as_ref().unwrap().text, "Meloni");
//! ```

pub use crate::quantities::LexiconDataError;
use crate::quantities::{clamp_range, fold, tokenize, PhraseSet, Tok, TokKind};
use dyad_lexicon::{tsv_rows, Lexicons};
use dyad_model::{ActorMention, Quote, Sentence, TextSpan};
use foldhash::{HashMap, HashMapExt, HashSet};

/// What a speech cue does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SpeechKind {
    /// A verb of saying; the speaker is its subject, before it or (inverted) after it.
    Verb,
    /// "secondo", "according to": the source follows.
    According,
    /// Reported with no named source ("secondo quanto riferito", "reportedly").
    Reported,
}

/// A speech cue in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeechCue {
    /// Byte span in the document text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: SpeechKind,
    /// The verb or phrase it stands for ("dire", "according to").
    pub lemma: String,
}

#[derive(Debug, Clone, Default)]
struct CueLang {
    phrases: PhraseSet<(SpeechKind, String)>,
    aux: HashSet<String>,
    participles: HashMap<String, String>,
    articles: HashSet<String>,
    particles: HashSet<String>,
    stops: HashSet<String>,
    /// lemma → words that, right before the cue, make it something else ("il secondo").
    not_after: HashMap<String, HashSet<String>>,
}

/// Speech cues of every language with a `speech.tsv`; build once.
#[derive(Debug, Clone)]
pub struct SpeechCues {
    langs: HashMap<String, CueLang>,
}

impl SpeechCues {
    /// Loads `speech.tsv` of every language folder that has one.
    pub fn new(lex: &Lexicons) -> Result<Self, LexiconDataError> {
        let mut langs = HashMap::new();
        for lang in lex.languages() {
            let file = format!("{lang}/speech.tsv");
            let Some(text) = lex.get(&file) else { continue };
            let mut c = CueLang::default();
            for row in tsv_rows(text) {
                let (kind, lemma, form) = (row.field(0), row.field(1), row.field(2));
                if form.is_empty() {
                    return Err(LexiconDataError::at(&file, &row, "missing form (third column)"));
                }
                let f = fold(form);
                match kind {
                    "verb" => c.phrases.insert(form, (SpeechKind::Verb, lemma.to_string())),
                    "according" => c.phrases.insert(form, (SpeechKind::According, lemma.to_string())),
                    "reported" => c.phrases.insert(form, (SpeechKind::Reported, lemma.to_string())),
                    "aux" => {
                        c.aux.insert(f);
                    }
                    "participle" => {
                        c.participles.insert(f, lemma.to_string());
                    }
                    "article" => {
                        c.articles.insert(f);
                    }
                    "particle" => {
                        c.particles.insert(f);
                    }
                    "np_stop" => {
                        c.stops.insert(f);
                    }
                    "not_after" => {
                        c.not_after.entry(lemma.to_string()).or_default().insert(f);
                    }
                    other => return Err(LexiconDataError::at(&file, &row, format!("unknown kind '{other}'"))),
                }
            }
            langs.insert(lang, c);
        }
        Ok(SpeechCues { langs })
    }

    fn lang(&self, lang: &str) -> Option<&CueLang> {
        self.langs.get(lang).or_else(|| self.langs.get("en"))
    }

    /// Speech cues in `text[start..end]` (byte offsets; clamped, never panics).
    ///
    /// ```
    /// use dyad_events::quotes::{SpeechCues, SpeechKind};
    /// let cues = SpeechCues::new(&dyad_lexicon::Lexicons::embedded()).unwrap();
    /// let t = "Secondo Lankov, Mosca ha poi detto di no.";
    /// let c = cues.find(t, 0, t.len(), "it");
    /// assert_eq!((c[0].text.as_str(), c[0].kind), ("Secondo", SpeechKind::According));
    /// assert_eq!((c[1].text.as_str(), c[1].kind), ("ha poi detto", SpeechKind::Verb));
    /// ```
    pub fn find(&self, text: &str, start: usize, end: usize, lang: &str) -> Vec<SpeechCue> {
        let Some(c) = self.lang(lang) else { return Vec::new() };
        let toks = tokenize(text, start, end);
        cues_in(c, text, &toks)
    }
}

fn cues_in(c: &CueLang, text: &str, toks: &[Tok]) -> Vec<SpeechCue> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut hit: Option<(usize, SpeechKind, String)> = None;
        // Auxiliary + participle, one word allowed between ("ha poi detto").
        if c.aux.contains(&toks[i].norm) {
            for gap in 1..=2 {
                let k = i + gap;
                let Some(t) = toks.get(k) else { break };
                if let Some(lemma) = c.participles.get(&t.norm) {
                    hit = Some((k + 1, SpeechKind::Verb, lemma.clone()));
                    break;
                }
                if t.kind != TokKind::Word {
                    break;
                }
            }
        }
        if hit.is_none() {
            if let Some((n, (kind, lemma))) = c.phrases.longest_at(toks, i) {
                let blocked = i > 0 && c.not_after.get(lemma).is_some_and(|s| s.contains(&toks[i - 1].norm));
                if !blocked {
                    hit = Some((i + n, *kind, lemma.clone()));
                }
            }
        }
        match hit {
            Some((e, kind, lemma)) => {
                let (s, en) = (toks[i].start, toks[e - 1].end);
                out.push(SpeechCue {
                    start: s,
                    end: en,
                    text: text[s..en].to_string(),
                    kind,
                    lemma,
                });
                i = e;
            }
            None => i += 1,
        }
    }
    out
}

/// Longest quote considered, in bytes: past it an unmatched mark is a typo.
const MAX_QUOTE: usize = 3000;
/// How far after a closing mark an inverted cue may start ("”, ha detto").
const CUE_GAP: usize = 12;
/// How many words a quote needs to stand without a speaker (scare quotes
/// like “ricatto” are not quotes).
const MIN_WORDS_UNATTRIBUTED: usize = 3;

/// Direct quotes with speakers, over the whole document `text`.
///
/// `sentences` and `actors` are the analysis of the same text (either may be
/// empty: sentence bounds then come from punctuation, speakers from noun
/// phrases). Speaker spans are byte offsets into `text`; a speaker that is an
/// actor mention takes that mention's span.
pub fn find_quotes(
    text: &str,
    sentences: &[Sentence],
    actors: &[ActorMention],
    lang: &str,
    cues: &SpeechCues,
) -> Vec<Quote> {
    let Some(c) = cues.lang(lang) else { return Vec::new() };
    let ctx = Ctx {
        text,
        sentences,
        actors,
        c,
    };
    let mut out: Vec<(Quote, usize)> = Vec::new(); // quote, sentence index of its end

    let dashes = ctx.dash_quotes();
    for (q, _) in &dashes {
        out.push((q.clone(), ctx.sentence_index(q.end)));
    }
    // The previous marked quote: (close mark end, its speaker).
    let mut last: Option<(usize, Option<TextSpan>)> = None;
    for (open, close, content_start, content_end, strict) in mark_spans(text) {
        let (s, e) = trim_span(text, content_start, content_end);
        if s >= e {
            continue;
        }
        let content = &text[s..e];
        let words = content.split_whitespace().count();
        let (s_start, _) = ctx.sentence_at(open);
        // A cue before an earlier quote of the sentence belongs to that quote.
        let floor = last.as_ref().map_or(s_start, |(c, _)| (*c).max(s_start).min(open));
        let mut speaker = ctx.speaker_for(open, close, floor, &out);
        // "X ha definito Putin “…” e ha promesso “…”": no new subject in
        // between, so the same speaker.
        if speaker.is_none() && floor > s_start {
            if let Some((c, Some(prev))) = &last {
                let between = &text[*c..open];
                let new_subject = between.chars().any(|ch| ch.is_uppercase())
                    || actors.iter().any(|a| a.start >= *c && a.end <= open);
                if !new_subject && !between.contains(['.', ';', '!', '?']) {
                    speaker = Some(prev.clone());
                }
            }
        }
        if speaker.as_ref().is_some_and(|sp| sp.start < close && sp.end > open) {
            speaker = None; // never the quote itself
        }
        let keep = match &speaker {
            Some(_) => true,
            None => !strict && words >= MIN_WORDS_UNATTRIBUTED,
        };
        last = Some((close, speaker.clone()));
        if keep {
            out.push((
                Quote {
                    speaker,
                    text: content.to_string(),
                    start: s,
                    end: e,
                },
                ctx.sentence_index(close),
            ));
        }
    }
    let mut quotes: Vec<Quote> = out.into_iter().map(|(q, _)| q).collect();
    quotes.sort_by_key(|q| (q.start, q.end));
    quotes.dedup_by(|a, b| a.start == b.start && a.end == b.end);
    quotes
}

/// Trims whitespace and stray end punctuation spaces inside a quote.
fn trim_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    let slice = &text[s..e];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    (s + lead, (e - trail).max(s + lead))
}

/// Paired quote marks: (open mark start, close mark end, content start,
/// content end, needs a speaker). Quotes do not nest and do not cross a blank
/// line.
fn mark_spans(text: &str) -> Vec<(usize, usize, usize, usize, bool)> {
    let mut out = Vec::new();
    let bytes_len = text.len();
    let mut iter = text.char_indices().peekable();
    let mut prev: Option<char> = None;
    while let Some((i, ch)) = iter.next() {
        let close: Option<(char, bool)> = match ch {
            '«' => Some(('»', false)),
            '“' => Some(('”', false)),
            '„' => Some(('“', false)),
            '"' if prev.is_none_or_ws_or_open() => Some(('"', false)),
            '‘' if prev.is_none_or_ws_or_open() => Some(('’', true)),
            '\'' if prev.is_none_or_ws_or_open() => Some(('\'', true)),
            _ => None,
        };
        prev = Some(ch);
        let Some((closer, single)) = close else { continue };
        let cstart = i + ch.len_utf8();
        let limit = (cstart + MAX_QUOTE).min(bytes_len);
        let mut lim = limit;
        while lim > cstart && !text.is_char_boundary(lim) {
            lim -= 1;
        }
        let window = &text[cstart..lim];
        let mut found = None;
        for (k, d) in window.char_indices() {
            if window[k..].starts_with("\n\n") || (single && d == '\n') {
                break;
            }
            if d == closer {
                // A single closer must not be an apostrophe inside a word.
                let next = window[k + d.len_utf8()..].chars().next();
                if single && next.is_some_and(|n| n.is_alphanumeric()) {
                    continue;
                }
                if single && window[..k].ends_with(char::is_whitespace) {
                    continue;
                }
                found = Some(cstart + k);
                break;
            }
        }
        let Some(cend) = found else { continue };
        let close_end = cend + closer.len_utf8();
        let content = &text[cstart..cend];
        if single && (content.split_whitespace().count() < MIN_WORDS_UNATTRIBUTED || content.len() > 400) {
            continue;
        }
        out.push((i, close_end, cstart, cend, single));
        // Skip past the closing mark: quotes do not nest.
        while iter.peek().is_some_and(|&(k, _)| k < close_end) {
            iter.next();
        }
        prev = Some(closer);
    }
    out
}

trait PrevChar {
    fn is_none_or_ws_or_open(&self) -> bool;
}

impl PrevChar for Option<char> {
    /// An opening straight quote follows a space, a line start or an opening bracket.
    fn is_none_or_ws_or_open(&self) -> bool {
        match self {
            None => true,
            Some(c) => c.is_whitespace() || matches!(c, '(' | '[' | ':' | '—' | '–' | '-'),
        }
    }
}

struct Ctx<'a> {
    text: &'a str,
    sentences: &'a [Sentence],
    actors: &'a [ActorMention],
    c: &'a CueLang,
}

impl<'a> Ctx<'a> {
    /// Byte bounds of the sentence containing `pos`.
    fn sentence_at(&self, pos: usize) -> (usize, usize) {
        if let Some(s) = self
            .sentences
            .iter()
            .find(|s| s.start <= pos && pos < s.end.max(s.start + 1))
        {
            let (a, b) = clamp_range(self.text, s.start, s.end);
            return (a, b);
        }
        // No sentence given: from the last terminator or line break before to the next after.
        let (pos, _) = clamp_range(self.text, pos, pos);
        let before = &self.text[..pos];
        let start = before
            .char_indices()
            .rev()
            .find(|&(k, ch)| {
                ch == '\n' || (matches!(ch, '.' | '!' | '?') && before[k + 1..].starts_with(char::is_whitespace))
            })
            .map_or(0, |(k, ch)| k + ch.len_utf8());
        let after = &self.text[pos..];
        let end = after
            .char_indices()
            .find(|&(k, ch)| {
                ch == '\n' || (matches!(ch, '.' | '!' | '?') && after[k + 1..].chars().next().is_none_or_ws())
            })
            .map_or(self.text.len(), |(k, ch)| pos + k + ch.len_utf8());
        (start, end)
    }

    fn sentence_index(&self, pos: usize) -> usize {
        if self.sentences.is_empty() {
            return self.sentence_at(pos).0;
        }
        self.sentences
            .iter()
            .position(|s| s.start <= pos && pos <= s.end)
            .unwrap_or(usize::MAX)
    }

    /// The speaker of a quote whose marks span `open..close`.
    fn speaker_for(&self, open: usize, close: usize, floor: usize, earlier: &[(Quote, usize)]) -> Option<TextSpan> {
        let (_, after_end) = self.sentence_at(close.saturating_sub(1));
        let after_end = after_end.max(close);
        // 1. An inverted cue right after the quote: "”, ha detto Lam ai giornalisti".
        let after = cues_in(self.c, self.text, &tokenize(self.text, close, after_end));
        if let Some(cue) = after.first() {
            if cue.start.saturating_sub(close) <= CUE_GAP
                && self.text[close..cue.start].chars().all(|ch| !ch.is_alphanumeric())
            {
                return match cue.kind {
                    SpeechKind::Reported => None,
                    _ => self.np_after(cue.end, after_end),
                };
            }
            // "”, Lam ha detto" / "”, the minister said": a subject between.
            if cue.kind == SpeechKind::Verb && cue.start.saturating_sub(close) <= 80 {
                let gap = &self.text[close..cue.start];
                let lead = gap.len() - gap.trim_start_matches(|ch: char| !ch.is_alphanumeric()).len();
                if lead > 0 && !gap.contains(['.', '!', '?', ';', '\n']) {
                    if let Some(sp) = self.np_after(close + lead, cue.start) {
                        return Some(sp);
                    }
                }
            }
        }
        // 2. A cue before the quote in its sentence: "Putin ha detto che … “…”".
        let (s_start, _) = self.sentence_at(open);
        let before = cues_in(self.c, self.text, &tokenize(self.text, floor.max(s_start), open));
        if let Some(cue) = before.iter().rev().find(|c| c.kind != SpeechKind::Reported) {
            if cue.kind == SpeechKind::According {
                return self.np_after(cue.end, open);
            }
            // "Ha affermato Lam: «…»": inverted before the quote.
            let between = &self.text[cue.end..open];
            if between.trim_end().ends_with(':') {
                if let Some(sp) = self.np_after(cue.end, open) {
                    return Some(sp);
                }
            }
            if let Some(sp) = self.subject_before(cue.start, s_start) {
                return Some(sp);
            }
            // No subject ("Ha detto che …"): the speaker of the sentence before.
            if self.text[s_start..cue.start].chars().all(|ch| !ch.is_alphanumeric()) {
                return self.previous_speaker(s_start, earlier);
            }
        }
        None
    }

    /// The speaker of the previous sentence: its last quote's speaker, else
    /// its first person mention before a speech cue.
    fn previous_speaker(&self, s_start: usize, earlier: &[(Quote, usize)]) -> Option<TextSpan> {
        let (p_start, _) = self.sentence_at(s_start.saturating_sub(2));
        if p_start >= s_start {
            return None;
        }
        if let Some((q, _)) = earlier
            .iter()
            .rev()
            .find(|(q, _)| q.end <= s_start && q.end >= p_start && q.speaker.is_some())
        {
            return q.speaker.clone();
        }
        let cue = cues_in(self.c, self.text, &tokenize(self.text, p_start, s_start))
            .into_iter()
            .find(|c| c.kind == SpeechKind::Verb)?;
        self.subject_before(cue.start, p_start)
    }

    /// The subject of a cue: the noun phrase opening its clause ("Il console
    /// generale tedesco a Milano ha affermato" → "Il console generale tedesco").
    fn subject_before(&self, cue_start: usize, s_start: usize) -> Option<TextSpan> {
        let region = &self.text[s_start..cue_start];
        // The clause starts after the last comma, semicolon, colon or quote mark.
        let cut = region
            .char_indices()
            .rev()
            .find(|&(_, ch)| matches!(ch, ',' | ';' | ':' | '”' | '»' | '"' | '(' | ')'))
            .map_or(0, |(k, ch)| k + ch.len_utf8());
        let clause_start = s_start + cut;
        let toks = tokenize(self.text, clause_start, cue_start);
        let mut k = 0;
        // Skip opening conjunctions and adverbs ("Ma", "Inoltre") and dashes.
        while toks.get(k).is_some_and(|t| {
            t.kind == TokKind::Punct
                || (self.c.stops.contains(&t.norm) && !t.cap && k == 0)
                || (k == 0 && t.cap && self.c.stops.contains(&t.norm) && !self.c.articles.contains(&t.norm))
        }) {
            k += 1;
        }
        let np = self.np_in(&toks, k)?;
        Some(np)
    }

    /// A noun phrase starting at byte `from` (skipping spaces), not past `limit`.
    fn np_after(&self, from: usize, limit: usize) -> Option<TextSpan> {
        let limit = limit.min(from + 200).min(self.text.len());
        let toks = tokenize(self.text, from, limit);
        self.np_in(&toks, 0)
    }

    /// A speaker noun phrase at token `k`: a capitalized name ("Andrei
    /// Lankov", "Lee Sang-Hyun"), or a determiner and the words up to a
    /// preposition ("un ex funzionario sudcoreano"), or a bare noun phrase
    /// ("funzionari statunitensi"). An actor mention starting there wins.
    fn np_in(&self, toks: &[Tok], k: usize) -> Option<TextSpan> {
        let first = toks.get(k)?;
        if first.kind != TokKind::Word {
            return None;
        }
        let mut e = k;
        let mut content_start = first.start;
        if first.cap && !self.c.articles.contains(&first.norm) && !self.c.stops.contains(&first.norm) {
            // A capitalized name; particles bridge only after a single word
            // ("Dipartimento di Stato", but "Andrei Lankov of Kookmin").
            let mut words = 0;
            while let Some(t) = toks.get(e) {
                if t.kind == TokKind::Word && t.cap {
                    words += 1;
                    e += 1;
                } else if t.norm == "-"
                    && t.glued
                    && toks
                        .get(e + 1)
                        .is_some_and(|n| n.glued && n.kind == TokKind::Word && n.cap)
                {
                    e += 2;
                } else if words == 1 && self.c.particles.contains(&t.norm) && toks.get(e + 1).is_some_and(|n| n.cap) {
                    e += 1;
                } else {
                    break;
                }
            }
        } else {
            if self.c.articles.contains(&first.norm) {
                e += 1;
                content_start = toks.get(e).map_or(first.start, |t| t.start);
            } else if self.c.stops.contains(&first.norm) || first.norm.len() < 2 {
                return None;
            }
            let body = e;
            while let Some(t) = toks.get(e) {
                if t.kind != TokKind::Word || e - body >= 6 {
                    break;
                }
                // "Dipartimento di Stato americano": a particle between capitalized words.
                let bridge = self.c.particles.contains(&t.norm)
                    && e > body
                    && toks[e - 1].cap
                    && toks.get(e + 1).is_some_and(|n| n.cap && n.kind == TokKind::Word);
                if !bridge && self.c.stops.contains(&t.norm) && !(t.cap && e > body) {
                    break;
                }
                e += 1;
            }
            if e == body {
                return None;
            }
        }
        if e == k {
            return None;
        }
        let (start, end) = (first.start, toks[e - 1].end);
        // An actor mention at the phrase's start or head is the speaker.
        if let Some(m) = self
            .actors
            .iter()
            .filter(|m| m.start < end && (m.start == start || m.start == content_start))
            .max_by_key(|m| m.end)
        {
            let (ms, me) = clamp_range(self.text, m.start, m.end);
            if ms < me {
                return Some(TextSpan {
                    text: self.text[ms..me].to_string(),
                    start: ms,
                    end: me,
                });
            }
        }
        Some(TextSpan {
            text: self.text[start..end].to_string(),
            start,
            end,
        })
    }

    /// Paragraphs opening with a dash and closing with ", afferma X" / ", says X".
    fn dash_quotes(&self) -> Vec<(Quote, usize)> {
        let mut out = Vec::new();
        let mut line_start = 0;
        for line in self.text.split_inclusive('\n') {
            let ls = line_start;
            line_start += line.len();
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            let dash_len = ["- ", "– ", "— "]
                .iter()
                .find(|d| trimmed.starts_with(**d))
                .map(|d| d.len());
            let Some(dl) = dash_len else { continue };
            let body_start = ls + indent + dl;
            let body_end = ls + line.trim_end().len();
            if body_start >= body_end {
                continue;
            }
            let cues = cues_in(self.c, self.text, &tokenize(self.text, body_start, body_end));
            // The last verb cue preceded by a comma, with a speaker after it.
            let found = cues
                .iter()
                .rev()
                .filter(|c| c.kind != SpeechKind::Reported)
                .find_map(|cue| {
                    let before = self.text[body_start..cue.start].trim_end();
                    if !before.ends_with(',') && !before.ends_with('–') && !before.ends_with('—') {
                        return None;
                    }
                    let speaker = self.np_after(cue.end, body_end)?;
                    let mark = before.chars().next_back().map_or(0, char::len_utf8);
                    let qend = body_start + before.len() - mark;
                    Some((speaker, qend))
                });
            let Some((speaker, qend)) = found else { continue };
            let (s, e) = trim_span(self.text, body_start, qend);
            if s < e {
                let q = Quote {
                    speaker: Some(speaker),
                    text: self.text[s..e].to_string(),
                    start: s,
                    end: e,
                };
                out.push((q, 0));
            }
        }
        out
    }
}

trait NextChar {
    fn is_none_or_ws(&self) -> bool;
}

impl NextChar for Option<char> {
    fn is_none_or_ws(&self) -> bool {
        self.is_none_or(|c| c.is_whitespace())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_model::ActorKind;

    fn cues() -> SpeechCues {
        SpeechCues::new(&Lexicons::embedded()).expect("lexicons load")
    }

    fn actor(text: &str, name: &str) -> ActorMention {
        let start = text.find(name).expect("name in text");
        ActorMention {
            text: name.into(),
            start,
            end: start + name.len(),
            kind: ActorKind::Person,
            country: None,
            sector: None,
            id: None,
            name: None,
        }
    }

    fn speakers(q: &[Quote]) -> Vec<(String, Option<String>)> {
        q.iter()
            .map(|q| (q.text.clone(), q.speaker.as_ref().map(|s| s.text.clone())))
            .collect()
    }

    #[test]
    fn cue_forms() {
        let c = cues();
        let t = "Il ministro ha detto che i colloqui, secondo quanto riferito, sono finiti; lo affermano fonti diplomatiche.";
        let f = c.find(t, 0, t.len(), "it");
        let got: Vec<_> = f.iter().map(|c| (c.text.as_str(), c.kind)).collect();
        assert_eq!(
            got,
            vec![
                ("ha detto", SpeechKind::Verb),
                ("secondo quanto riferito", SpeechKind::Reported),
                ("affermano", SpeechKind::Verb)
            ]
        );
        let t = "Per il secondo anno il governo ha recentemente dichiarato lo stato d'emergenza.";
        let f = c.find(t, 0, t.len(), "it");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].text, "ha recentemente dichiarato");
        let t = "According to officials, the minister told reporters he had said nothing.";
        let f = c.find(t, 0, t.len(), "en");
        let got: Vec<_> = f.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(got, vec!["According to", "told", "had said"]);
    }

    #[test]
    fn inverted_speaker_after_the_quote() {
        let c = cues();
        let t = "“Vogliamo rafforzare la cooperazione nella difesa”, ha detto Rossi ai giornalisti dopo il vertice.";
        let q = find_quotes(t, &[], &[], "it", &c);
        assert_eq!(
            speakers(&q),
            vec![(
                "Vogliamo rafforzare la cooperazione nella difesa".into(),
                Some("Rossi".into())
            )]
        );
        let sp = q[0].speaker.as_ref().unwrap();
        assert_eq!(&t[sp.start..sp.end], "Rossi");
        // An actor mention after the cue is the speaker.
        let t = "I due paesi hanno un \"legame eterno\", ha affermato il presidente bielorusso in un messaggio.";
        let a = actor(t, "presidente bielorusso");
        let q = find_quotes(t, &[], &[a], "it", &c);
        assert_eq!(
            speakers(&q),
            vec![("legame eterno".into(), Some("presidente bielorusso".into()))]
        );
        // Without actors the noun phrase stands in.
        let q = find_quotes(t, &[], &[], "it", &c);
        assert_eq!(q[0].speaker.as_ref().unwrap().text, "il presidente bielorusso");
        let t = "\"We will not back down,\" the minister said on Tuesday.";
        let q = find_quotes(t, &[], &[], "en", &c);
        assert_eq!(
            speakers(&q),
            vec![("We will not back down,".into(), Some("the minister".into()))]
        );
    }

    #[test]
    fn subject_before_the_cue_and_dropped_subjects() {
        let c = cues();
        let t = "Il portavoce ha detto ai cronisti che le parti hanno posizioni «molto vicine» sul dossier. Ha aggiunto che serve «una soluzione pacifica e duratura per tutti».";
        let q = find_quotes(t, &[], &[], "it", &c);
        assert_eq!(
            speakers(&q),
            vec![
                ("molto vicine".into(), Some("Il portavoce".into())),
                (
                    "una soluzione pacifica e duratura per tutti".into(),
                    Some("Il portavoce".into())
                )
            ]
        );
        let t =
            "L'ambasciatore cinese in Francia ha recentemente affermato che i rapporti sono \"i migliori di sempre\".";
        let q = find_quotes(t, &[], &[], "it", &c);
        assert_eq!(q[0].speaker.as_ref().unwrap().text, "L'ambasciatore cinese");
        let t = "Il Ministero degli Esteri di Tokyo si è detto “profondamente preoccupato” per il test.";
        let q = find_quotes(t, &[], &[], "it", &c);
        assert_eq!(
            q[0].speaker.as_ref().unwrap().text,
            "Il Ministero degli Esteri di Tokyo"
        );
        let t = "Secondo Bianchi, la tregua è «un passo nella giusta direzione».";
        let q = find_quotes(t, &[], &[], "it", &c);
        assert_eq!(q[0].speaker.as_ref().unwrap().text, "Bianchi");
        let t = "According to the ministry, the strike was \"a clear violation of the truce\".";
        let q = find_quotes(t, &[], &[], "en", &c);
        assert_eq!(q[0].speaker.as_ref().unwrap().text, "the ministry");
    }

    #[test]
    fn scare_quotes_need_a_speaker_or_three_words() {
        let c = cues();
        let t = "Il governo parla di “ricatto” e di una “pace giusta e duratura” nella regione.";
        let q = find_quotes(t, &[], &[], "it", &c);
        assert_eq!(speakers(&q), vec![("pace giusta e duratura".into(), None)]);
        // Apostrophes are not quotes.
        let t = "L'esercito dell'Ucraina e l'aviazione russa: it's the army's war.";
        assert!(find_quotes(t, &[], &[], "it", &c).is_empty());
    }

    #[test]
    fn dash_paragraphs() {
        let c = cues();
        let t = "Titolo\n\n- La tregua è fragile. Nessuno vuole cedere, afferma Maria Verdi, docente all'Università di Bologna.\n\nAltro testo.\n\n- Il dialogo resta l'unica via, dice un ex diplomatico francese.\n\n- The ceasefire will not hold, says Ahmed Al-Rashid of the Cairo Institute.\n";
        let q = find_quotes(t, &[], &[], "it", &c);
        let s = speakers(&q);
        assert_eq!(
            s[0],
            (
                "La tregua è fragile. Nessuno vuole cedere".into(),
                Some("Maria Verdi".into())
            )
        );
        assert_eq!(
            s[1],
            (
                "Il dialogo resta l'unica via".into(),
                Some("un ex diplomatico francese".into())
            )
        );
        let q = find_quotes(t, &[], &[], "en", &c);
        assert!(
            speakers(&q).contains(&("The ceasefire will not hold".into(), Some("Ahmed Al-Rashid".into()))),
            "{q:?}"
        );
        // A caption with a dash and no cue is not a quote.
        assert!(find_quotes("- Foto di repertorio\n", &[], &[], "it", &c).is_empty());
    }

    #[test]
    fn odd_input_never_panics() {
        let c = cues();
        for t in [
            "",
            "«",
            "“”",
            "\"",
            "- ",
            "- , afferma",
            "«ha detto»",
            "'a b c' ha detto",
            "” , ha detto «x",
            "—\n- , dice\n",
            "- testo —dice Rossi\n- a b — afferma Rossi",
            "‘uno due tre’ ha detto Rossi",
        ] {
            let _ = find_quotes(t, &[], &[], "it", &c);
            let bad = Sentence {
                start: 5,
                end: 1,
                tokens: vec![],
            };
            let _ = find_quotes(t, &[bad], &[], "en", &c);
            for s in 0..=t.len() + 1 {
                let _ = c.find(t, s, t.len() + 1, "it");
            }
        }
    }

    /// The seed articles, read in place (never copied into the repo).
    fn seed(name: &str) -> Option<String> {
        let path = format!(
            "{}/seeds/{name}",
            concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")
        );
        let text = std::fs::read_to_string(&path).ok();
        if text.is_none() {
            eprintln!("note: seed {path} not found; skipping");
        }
        text
    }

    #[test]
    fn seeds_dash_quotes_and_speakers() {
        let c = cues();
        if let Some(t) = seed("000_e9255316bfc9fb12.txt") {
            let q = find_quotes(&t, &[], &[], "it", &c);
            let who: Vec<&str> = q
                .iter()
                .filter_map(|q| q.speaker.as_ref())
                .map(|s| s.text.as_str())
                .collect();
            for name in [
                "Andrei Lankov",
                "Fyodor Tertytsky",
                "Lee Sang-Hyun",
                "un ex funzionario sudcoreano",
                "il dittatore nordcoreano",
            ] {
                assert!(who.contains(&name), "{name} missing in {who:?}");
            }
            for q in &q {
                assert_eq!(&t[q.start..q.end], q.text);
                if let Some(s) = &q.speaker {
                    assert_eq!(&t[s.start..s.end], s.text);
                }
            }
            // The dash quote stops before its cue.
            let lankov = q
                .iter()
                .find(|q| q.speaker.as_ref().is_some_and(|s| s.text == "Andrei Lankov"))
                .unwrap();
            assert!(lankov.text.ends_with("artificiale"), "{}", lankov.text);
        }
        if let Some(t) = seed("004_91525126e568a6db.txt") {
            let q = find_quotes(&t, &[], &[], "it", &c);
            let lam = q.iter().max_by_key(|q| q.text.len()).expect("the longest quote");
            assert_eq!(lam.speaker.as_ref().map(|s| s.text.as_str()), Some("Lam"));
            // With an actor mention for the speaker, the mention's span is used.
            let start = t.find("To Lam").unwrap();
            let actor = ActorMention {
                text: "To Lam".into(),
                start,
                end: start + 6,
                kind: ActorKind::Person,
                country: Some("VNM".into()),
                sector: Some("GOV".into()),
                id: None,
                name: None,
            };
            let lam_start = lam.end + t[lam.end..].find("Lam").unwrap();
            let mention = ActorMention {
                text: "Lam".into(),
                start: lam_start,
                end: lam_start + 3,
                ..actor
            };
            let q2 = find_quotes(&t, &[], &[mention], "it", &c);
            let sp = q2
                .iter()
                .find(|q| q.start == lam.start)
                .and_then(|q| q.speaker.clone())
                .unwrap();
            assert_eq!((sp.start, sp.end), (lam_start, lam_start + 3));
        }
    }
}
