//! The types every dyad stage shares, and the JSON event record.
//!
//! `dyad-model` owns the public contract: the [`Record`] printed by
//! `dyad extract` (one per document), the PLOVER enums ([`Category`],
//! [`Modality`], …) and the intermediate values the stages hand to each other
//! ([`Article`], [`Sentence`], [`Token`]). It does no I/O.
//!
//! Offsets everywhere are byte offsets into [`DocInfo::text`], half-open.
//!
//! ```
//! use dyad_model::{Category, QuadClass};
//! assert_eq!(Category::Consult.quad(), QuadClass::VerbalCooperation);
//! assert_eq!("SANCTION".parse::<Category>().unwrap(), Category::Sanction);
//! ```

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;
use std::str::FromStr;

mod plover;
pub use plover::{Category, Modality, QuadClass};

/// One output record per document: the article and everything coded from it.
///
/// Field names are part of the public contract (see `docs/event-record.md`).
///
/// ```
/// use dyad_model::{Category, Modality, Record};
///
/// // A record as `dyad code` writes it, one per line of JSON (fields trimmed to one event).
/// let line = r#"{
///   "doc": {"id": "d1", "source": "-", "url": null, "title": null, "lang": "en",
///           "date": "2024-06-20", "text": "Norvalia signed a pact with Kessia."},
///   "actors": [
///     {"text": "Norvalia", "start": 0, "end": 8, "kind": "country",
///      "country": "NOR", "sector": null, "id": null, "name": "Norvalia"}
///   ],
///   "events": [{
///     "id": "e1", "event": "SUPPORT", "mode": null, "context": [], "quad": 1, "score": 3.5,
///     "actor": [{"text": "Norvalia", "start": 0, "end": 8, "country": "NOR", "sector": null}],
///     "recipient": [{"text": "Kessia", "start": 28, "end": 34, "country": "KES", "sector": null}],
///     "date": "2024-06-20", "date_precision": "day", "date_source": "publication",
///     "location": null, "modality": "asserted", "attribution": null, "quantity": [],
///     "sentence": 0, "start": 0, "end": 35,
///     "trigger": {"text": "signed", "start": 9, "end": 15},
///     "reason": "trigger 'signed'", "confidence": 0.8
///   }],
///   "quotes": []
/// }"#;
/// let record: Record = serde_json::from_str(line).unwrap();
/// let event = &record.events[0];
/// assert_eq!(event.event, Category::Support);
/// assert_eq!(event.modality, Modality::Asserted);
/// assert!(event.quad.is_cooperation());
/// // Offsets index the document text.
/// assert_eq!(&record.doc.text[event.trigger.start..event.trigger.end], "signed");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub doc: DocInfo,
    pub actors: Vec<ActorMention>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
}

/// The document as coded: its metadata and the main text all offsets refer to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocInfo {
    /// The JSONL `id` when given, else a stable hash of the normalized text.
    pub id: String,
    /// File path or URL the document was read from (`-` for stdin).
    pub source: String,
    pub url: Option<String>,
    pub title: Option<String>,
    /// ISO 639-1 code of the text's language.
    pub lang: String,
    /// Publication date, `YYYY-MM-DD`, when known.
    pub date: Option<String>,
    /// Main text after boilerplate removal.
    pub text: String,
}

/// What kind of thing an actor mention names.
///
/// ```
/// use dyad_model::ActorKind;
///
/// // Lexicon files and CoNLL tags use either spelling.
/// assert_eq!("ORG".parse::<ActorKind>().unwrap(), ActorKind::Organization);
/// assert_eq!(ActorKind::Country.as_str(), "country");
/// assert!("city".parse::<ActorKind>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
    Location,
    Country,
}

impl ActorKind {
    /// The lowercase name used in the record and in lexicon files.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Location => "location",
            ActorKind::Country => "country",
        }
    }
}

impl FromStr for ActorKind {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "person" | "per" => ActorKind::Person,
            "organization" | "organisation" | "org" => ActorKind::Organization,
            "location" | "loc" => ActorKind::Location,
            "country" => ActorKind::Country,
            _ => return Err(UnknownName(s.to_string())),
        })
    }
}

/// A name that is not one of an enum's values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown name '{0}'")]
pub struct UnknownName(pub String);

/// One mention of an actor in the text, linked where possible.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorMention {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: ActorKind,
    /// ISO 3166 alpha-3, or IGO, UNO, EUR, NGO, MNC.
    pub country: Option<String>,
    /// PLOVER sector code: GOV, MIL, JUD, LEG, COP, SPY, REB, OPP, PTY, BUS, EDU, MED, JRN, CVL, …
    pub sector: Option<String>,
    /// Stable id (a Wikidata QID) when known.
    pub id: Option<String>,
    /// Canonical name.
    pub name: Option<String>,
}

/// An actor as it takes part in an event (source or recipient).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub country: Option<String>,
    pub sector: Option<String>,
}

impl From<&ActorMention> for ActorRef {
    fn from(m: &ActorMention) -> Self {
        ActorRef {
            text: m.text.clone(),
            start: m.start,
            end: m.end,
            country: m.country.clone(),
            sector: m.sector.clone(),
        }
    }
}

/// A piece of text with its byte offsets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// How precisely an event date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Day,
    Week,
    Month,
    Year,
}

/// Where an event date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// A time expression in the text, resolved against the publication date.
    Text,
    /// No time expression: the publication date stands in.
    Publication,
}

/// Where an event happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub text: String,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// Who the text says the event is reported by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    pub text: String,
    pub country: Option<String>,
    pub sector: Option<String>,
}

/// A figure attached to an event ("11.000 container", "50 miliardi di dollari").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub text: String,
    pub value: f64,
    pub unit: Option<String>,
}

/// One coded event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable hash of document id, sentence, trigger and category.
    pub id: String,
    pub event: Category,
    pub mode: Option<String>,
    pub context: Vec<String>,
    pub quad: QuadClass,
    pub score: f64,
    pub actor: Vec<ActorRef>,
    pub recipient: Vec<ActorRef>,
    pub date: Option<String>,
    pub date_precision: Option<DatePrecision>,
    pub date_source: Option<DateSource>,
    pub location: Option<Location>,
    pub modality: Modality,
    pub attribution: Option<Attribution>,
    pub quantity: Vec<Quantity>,
    /// Index of the sentence in the document (0-based).
    pub sentence: usize,
    /// Byte span of the sentence.
    pub start: usize,
    pub end: usize,
    pub trigger: TextSpan,
    /// Why the coder made this event: trigger, rule, assignment, modality.
    pub reason: String,
    pub confidence: f64,
}

/// A direct quote and, when found, who said it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub speaker: Option<TextSpan>,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// A document as read from a source, before main-text extraction.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// Id given by the source (a JSONL `id`), if any.
    pub id: Option<String>,
    pub source: String,
    pub url: Option<String>,
    pub title: Option<String>,
    /// Declared language (ISO 639-1), if any.
    pub lang: Option<String>,
    /// Declared publication date `YYYY-MM-DD`, if any.
    pub date: Option<String>,
    pub body: Body,
}

/// The payload of a [`Document`].
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    Text(String),
    Html(String),
}

impl Default for Body {
    fn default() -> Self {
        Body::Text(String::new())
    }
}

/// The main text of a document with its metadata: the input of analysis.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Article {
    pub id: Option<String>,
    pub source: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub lang: Option<String>,
    pub date: Option<String>,
    pub text: String,
}

/// A sentence: its byte span and its tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Vec<Token>,
}

/// A word, number or punctuation mark with its byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

/// Coarse token classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// The analysed article: language and sentences over its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub article: Article,
    /// ISO 639-1 language actually used for coding.
    pub lang: String,
    pub sentences: Vec<Sentence>,
}

/// A short stable hex hash (first 16 hex digits of SHA-256) of the parts.
///
/// ```
/// let a = dyad_model::stable_hash(&["doc", "3", "AGREE"]);
/// assert_eq!(a, dyad_model::stable_hash(&["doc", "3", "AGREE"]));
/// assert_eq!(a.len(), 16);
/// ```
pub fn stable_hash(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0x1f]);
    }
    let digest = h.finalize();
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// Text normalized for content hashing: whitespace runs folded, trimmed.
///
/// Two copies of one article that differ only in spacing or line breaks hash
/// the same.
pub fn normalize_for_hash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl fmt::Display for ActorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
