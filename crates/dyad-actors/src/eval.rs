//! Entity-level NER evaluation on CoNLL-style files (one token and a BIO tag
//! per line, tab- or space-separated, blank line between sentences; types
//! PER, ORG, LOC): exact-match precision, recall and F1 per type and overall.
//!
//! Each sentence is rebuilt as text (tokens joined by spaces, no space
//! after an elided article such as `dell'`), recognized, and the proper
//! names ([`crate::NamedSpan`]) are compared with the gold spans by exact
//! character offsets. Countries and places count as LOC.
//!
//! ```
//! use dyad_actors::{eval, ActorRecognizer};
//! let rec = ActorRecognizer::new(&dyad_lexicon::Lexicons::embedded()).unwrap();
//! let conll = "Vladimir\tB-PER\nPutin\tI-PER\nè\tO\na\tO\nMosca\tB-LOC\n.\tO\n";
//! let r = eval::evaluate(&rec, conll, "it").unwrap();
//! assert_eq!(r.total().f1(), 1.0);
//! ```

use crate::ActorRecognizer;
use dyad_model::ActorKind;
use std::collections::BTreeMap;
use std::fmt;

/// Errors reading a CoNLL file.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("line {line}: expected 'TOKEN<TAB>TAG', got {got:?}")]
    Format { line: usize, got: String },
}

/// Counts for one entity type.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Results per type (PER, ORG, LOC).
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub by_type: BTreeMap<String, Counts>,
    pub sentences: usize,
    pub tokens: usize,
}

impl Report {
    /// Micro-averaged counts over all types.
    pub fn total(&self) -> Counts {
        self.by_type.values().fold(Counts::default(), |a, c| Counts {
            tp: a.tp + c.tp,
            fp: a.fp + c.fp,
            fn_: a.fn_ + c.fn_,
        })
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} sentences, {} tokens", self.sentences, self.tokens)?;
        writeln!(f, "type     P      R      F1     tp    fp    fn")?;
        let rows = self
            .by_type
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .chain(std::iter::once(("ALL".to_string(), self.total())));
        for (k, c) in rows {
            writeln!(
                f,
                "{k:<6} {:.3}  {:.3}  {:.3}  {:>5} {:>5} {:>5}",
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp,
                c.fp,
                c.fn_
            )?;
        }
        Ok(())
    }
}

fn ner_type(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Person => "PER",
        ActorKind::Organization => "ORG",
        ActorKind::Location | ActorKind::Country => "LOC",
    }
}

/// One sentence: tokens with their gold tags.
fn sentences(conll: &str) -> Result<Vec<Vec<(String, String)>>, EvalError> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for (i, line) in conll.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            continue;
        }
        let mut parts = line.rsplitn(2, ['\t', ' ']);
        let tag = parts.next().unwrap_or("");
        let Some(tok) = parts.next() else {
            return Err(EvalError::Format {
                line: i + 1,
                got: line.to_string(),
            });
        };
        cur.push((tok.to_string(), tag.trim().to_string()));
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

type Span = (usize, usize, String);

/// One sentence scored: its text, gold and predicted spans (offsets in the
/// sentence's text).
struct Scored {
    text: String,
    ntok: usize,
    gold: Vec<Span>,
    pred: Vec<Span>,
}

/// Recognizes every sentence, alone (`window` ≤ 1) or inside a
/// pseudo-document of `window` consecutive sentences joined by newlines, so
/// that in-document evidence (a surname after the full name) can work; the
/// file has no document boundaries, so a window may straddle two articles.
fn score_all(rec: &ActorRecognizer, conll: &str, lang: &str, window: usize) -> Result<Vec<Scored>, EvalError> {
    let mut out = Vec::new();
    for sent in sentences(conll)? {
        let mut text = String::new();
        let mut spans = Vec::with_capacity(sent.len());
        for (tok, _) in &sent {
            if !text.is_empty() && !text.ends_with('\'') && !text.ends_with('’') {
                text.push(' ');
            }
            let s = text.len();
            text.push_str(tok);
            spans.push((s, text.len()));
        }
        let mut gold: Vec<Span> = Vec::new();
        for (i, (_, tag)) in sent.iter().enumerate() {
            let (bio, ty) = tag.split_once('-').unwrap_or((tag.as_str(), ""));
            match bio {
                "B" => gold.push((spans[i].0, spans[i].1, ty.to_string())),
                "I" => match gold.last_mut() {
                    Some(g) if g.2 == ty && i > 0 && sent[i - 1].1 != "O" => g.1 = spans[i].1,
                    _ => gold.push((spans[i].0, spans[i].1, ty.to_string())),
                },
                _ => {}
            }
        }
        out.push(Scored {
            text,
            ntok: sent.len(),
            gold,
            pred: Vec::new(),
        });
    }
    for block in out.chunks_mut(window.max(1)) {
        let mut doc = String::new();
        let mut starts = Vec::with_capacity(block.len());
        for s in block.iter() {
            if !doc.is_empty() {
                doc.push('\n');
            }
            starts.push(doc.len());
            doc.push_str(&s.text);
        }
        let r = rec.recognize_text(&doc, lang, None);
        for n in &r.names {
            let k = starts.partition_point(|&st| st <= n.start).saturating_sub(1);
            let (st, s) = (starts[k], &mut block[k]);
            if n.end <= st + s.text.len() {
                s.pred.push((n.start - st, n.end - st, ner_type(n.kind).to_string()));
            }
        }
    }
    Ok(out)
}

/// Evaluates the recognizer's proper names against a CoNLL file's gold,
/// each sentence recognized alone.
pub fn evaluate(rec: &ActorRecognizer, conll: &str, lang: &str) -> Result<Report, EvalError> {
    evaluate_window(rec, conll, lang, 1)
}

/// As [`evaluate`], recognizing pseudo-documents of `window` consecutive
/// sentences (1 = each sentence alone, the strict setting).
pub fn evaluate_window(rec: &ActorRecognizer, conll: &str, lang: &str, window: usize) -> Result<Report, EvalError> {
    let mut report = Report::default();
    for t in ["PER", "ORG", "LOC"] {
        report.by_type.insert(t.to_string(), Counts::default());
    }
    for s in score_all(rec, conll, lang, window)? {
        report.sentences += 1;
        report.tokens += s.ntok;
        for p in &s.pred {
            let c = report.by_type.entry(p.2.clone()).or_default();
            if s.gold.contains(p) {
                c.tp += 1;
            } else {
                c.fp += 1;
            }
        }
        for g in &s.gold {
            if !s.pred.contains(g) {
                report.by_type.entry(g.2.clone()).or_default().fn_ += 1;
            }
        }
    }
    Ok(report)
}

/// Like [`evaluate`], also listing every error as
/// `FP|FN\ttype\ttext\tsentence` for error analysis.
pub fn errors(rec: &ActorRecognizer, conll: &str, lang: &str) -> Result<Vec<String>, EvalError> {
    errors_window(rec, conll, lang, 1)
}

/// As [`errors`] with pseudo-documents of `window` sentences.
pub fn errors_window(rec: &ActorRecognizer, conll: &str, lang: &str, window: usize) -> Result<Vec<String>, EvalError> {
    let mut out = Vec::new();
    for s in score_all(rec, conll, lang, window)? {
        for p in &s.pred {
            if !s.gold.contains(p) {
                out.push(format!("FP\t{}\t{}\t{}", p.2, &s.text[p.0..p.1], s.text));
            }
        }
        for g in &s.gold {
            if !s.pred.contains(g) {
                out.push(format!("FN\t{}\t{}\t{}", g.2, &s.text[g.0..g.1], s.text));
            }
        }
    }
    Ok(out)
}
