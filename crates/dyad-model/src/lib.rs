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

// The record is a public contract: every public item says what it means.
#![warn(missing_docs)]

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
    /// The document coded.
    pub doc: DocInfo,
    /// Every actor mention, in text order.
    pub actors: Vec<ActorMention>,
    /// The coded events, in text order.
    pub events: Vec<Event>,
    /// Direct quotes and their speakers.
    pub quotes: Vec<Quote>,
}

/// The document as coded: its metadata and the main text all offsets refer to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocInfo {
    /// The JSONL `id` when given, else a stable hash of the normalized text.
    pub id: String,
    /// File path or URL the document was read from (`-` for stdin).
    pub source: String,
    /// The document's URL (JSONL `url`, HTML canonical link).
    pub url: Option<String>,
    /// Headline, when known.
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
    /// A person ("Putin", "Andrei Lankov").
    Person,
    /// An organisation: an institution, party, company, university, armed group, international body.
    Organization,
    /// A place that is not a country: a city, region or building used as a place.
    Location,
    /// A state or territory, by name, capital or seat-of-government metonym.
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
    /// The mention as written.
    pub text: String,
    /// Byte offset of the mention in `doc.text`.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
    /// What the mention names; a capital used as a place is a location.
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
    /// The mention as written.
    pub text: String,
    /// Byte offset of the mention in `doc.text`.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
    /// ISO 3166 alpha-3, or IGO, UNO, EUR, NGO, MNC.
    pub country: Option<String>,
    /// PLOVER sector code (GOV, MIL, …).
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
    /// The words as written.
    pub text: String,
    /// Byte offset in `doc.text`.
    pub start: usize,
    /// Byte offset just past the words.
    pub end: usize,
}

/// How precisely an event date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// A day.
    Day,
    /// A week (the date is its Monday).
    Week,
    /// A month.
    Month,
    /// A year.
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
    /// The place as written ("a Pyongyang" gives "Pyongyang").
    pub text: String,
    /// ISO 3166 alpha-3 of the place.
    pub country: Option<String>,
    /// Latitude from the GeoNames-derived gazetteer, when known.
    pub lat: Option<f64>,
    /// Longitude, as for `lat`.
    pub lon: Option<f64>,
}

/// Who the text says the event is reported by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// Who says so, as written.
    pub text: String,
    /// Their country code, when known.
    pub country: Option<String>,
    /// Their PLOVER sector, when known.
    pub sector: Option<String>,
}

/// A figure attached to an event ("11.000 container", "50 miliardi di dollari").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The figure as written.
    pub text: String,
    /// Its value (11.000 gives 11000, "50 miliardi" gives 5e10).
    pub value: f64,
    /// What it counts or measures (`container`, `USD`, `percent`).
    pub unit: Option<String>,
}

/// One coded event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable hash of document id, sentence, trigger and category.
    pub id: String,
    /// PLOVER category.
    pub event: Category,
    /// PLOVER mode, where the trigger carries one (`visit`, `restrict`, …).
    pub mode: Option<String>,
    /// PLOVER contexts (`military`, `economic`, …).
    pub context: Vec<String>,
    /// Quad class of the category.
    pub quad: QuadClass,
    /// Goldstein-like intensity, −10…10 (`lexicons/common/plover.tsv`); not part of PLOVER.
    pub score: f64,
    /// Source actor(s); coordinated subjects give several.
    pub actor: Vec<ActorRef>,
    /// Target actor(s); empty when the text names none.
    pub recipient: Vec<ActorRef>,
    /// When it happened: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, at the precision known.
    pub date: Option<String>,
    /// How precisely `date` is known; for a week, `date` is its Monday.
    pub date_precision: Option<DatePrecision>,
    /// Whether `date` came from the text or the publication date.
    pub date_source: Option<DateSource>,
    /// Where the text says it happened.
    pub location: Option<Location>,
    /// How the text presents the event: as fact, reported, possible, expected or denied.
    pub modality: Modality,
    /// Who says so, for reported events.
    pub attribution: Option<Attribution>,
    /// Figures in the event's clause.
    pub quantity: Vec<Quantity>,
    /// Index of the sentence in the document (0-based).
    pub sentence: usize,
    /// Byte span of the sentence.
    pub start: usize,
    /// Byte offset just past the sentence.
    pub end: usize,
    /// The words that fired the rule.
    pub trigger: TextSpan,
    /// Why the coder made this event: trigger, rule, assignment, modality.
    pub reason: String,
    /// 0…1, lower when roles were inferred or the recipient is missing.
    pub confidence: f64,
}

/// A direct quote and, when found, who said it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Who said it, when the text says.
    pub speaker: Option<TextSpan>,
    /// The quoted words, without the quote marks.
    pub text: String,
    /// Byte offset of the quoted words in `doc.text`.
    pub start: usize,
    /// Byte offset just past them.
    pub end: usize,
}

/// A document as read from a source, before main-text extraction.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// Id given by the source (a JSONL `id`), if any.
    pub id: Option<String>,
    /// Where it was read from: a path, `path:LINE`, a URL or `-`.
    pub source: String,
    /// Its URL, when known.
    pub url: Option<String>,
    /// Headline, when known.
    pub title: Option<String>,
    /// Declared language (ISO 639-1), if any.
    pub lang: Option<String>,
    /// Declared publication date `YYYY-MM-DD`, if any.
    pub date: Option<String>,
    /// The text or HTML as read.
    pub body: Body,
}

/// The payload of a [`Document`].
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// Plain text.
    Text(String),
    /// HTML, whose main text is extracted before analysis.
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
    /// Id given by the source, if any.
    pub id: Option<String>,
    /// Where it was read from, as in [`Document::source`].
    pub source: String,
    /// Its URL, when known.
    pub url: Option<String>,
    /// Headline, when known.
    pub title: Option<String>,
    /// Declared language (ISO 639-1), if any.
    pub lang: Option<String>,
    /// Publication date `YYYY-MM-DD`, if known.
    pub date: Option<String>,
    /// The main text; every offset of the analysis points into it.
    pub text: String,
}

/// A sentence: its byte span and its tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// Byte offset of the sentence in the article text.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
    /// Its tokens, in order.
    pub tokens: Vec<Token>,
}

/// A word, number or punctuation mark with its byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the token in the article text.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
    /// Word, number or punctuation.
    pub kind: TokenKind,
}

/// Coarse token classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, with inner apostrophes or hyphens.
    Word,
    /// Digits, with their separators ("11.000", "3,5").
    Number,
    /// Any other character.
    Punct,
}

/// The analysed article: language and sentences over its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// The article analysed.
    pub article: Article,
    /// ISO 639-1 language actually used for coding.
    pub lang: String,
    /// Its sentences, in order, not overlapping.
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
