//! Actor recognition and linking for dyad: finds every political actor an
//! article names — states, capitals and seats of power, organizations,
//! leaders in office at the article's date, officials described by role and
//! nationality, experts and other people in no list — and links each to a
//! PLOVER country code, sector code and, where known, a Wikidata QID.
//!
//! Modules, one concept each:
//! - `gazetteer`: the lexicon files and their records;
//! - `demonyms`: Italian/English demonym inflection;
//! - `matcher`: Aho-Corasick over folded text, word and case rules;
//! - `leaders`: office-at-date;
//! - `names`: names in no gazetteer;
//! - `roles`: role phrases, appositions, assembly into mentions;
//! - `coref`: surname and family-name coreference;
//! - `groups`: "the two leaders", "i due paesi" as the two actors named last;
//! - [`eval`]: entity-level NER evaluation on CoNLL files.
//!
//! ```
//! use dyad_actors::ActorRecognizer;
//! let lex = dyad_lexicon::Lexicons::embedded();
//! let rec = ActorRecognizer::new(&lex).unwrap();
//! let r = rec.recognize_text("Funzionari statunitensi hanno incontrato Vladimir Putin a Mosca.", "it", Some("2024-06-20"));
//! let m = &r.mentions[0];
//! assert_eq!((m.text.as_str(), m.country.as_deref(), m.sector.as_deref()), ("Funzionari statunitensi", Some("USA"), Some("GOV")));
//! assert_eq!(r.mentions[1].name.as_deref(), Some("Vladimir Putin"));
//! assert_eq!(rec.place("Mosca").unwrap().country, "RUS");
//! ```

mod coref;
mod demonyms;
mod doc;
pub mod eval;
mod gazetteer;
mod groups;
mod leaders;
mod lone;
mod matcher;
mod names;
mod roles;
mod spans;
mod tokens;

use dyad_lexicon::{tsv_rows, Lexicons};
use dyad_model::{ActorKind, ActorMention, Analysis};
use foldhash::{HashMap, HashMapExt, HashSet};
use gazetteer::{Entry, Gazetteer};
use matcher::Matcher;

pub use leaders::FORMER;

/// Errors building the recognizer: a lexicon file that does not parse.
#[derive(Debug, thiserror::Error)]
pub enum ActorError {
    #[error("{file}:{line}: {message}")]
    Lexicon { file: String, line: usize, message: String },
    #[error("cannot build the actor matcher: {0}")]
    Build(String),
}

/// A place the gazetteer knows, for event locations.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Canonical (GeoNames) name.
    pub name: String,
    /// ISO 3166 alpha-3.
    pub country: String,
    pub lat: f64,
    pub lon: f64,
}

/// A proper name found in the text, typed for NER evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedSpan {
    pub start: usize,
    pub end: usize,
    pub kind: ActorKind,
}

/// Everything recognized in one text.
#[derive(Debug, Clone, Default)]
pub struct Recognition {
    /// Actor mentions, sorted by start, non-overlapping, except that a
    /// group phrase ("the two leaders") gives one mention per referent,
    /// each with the phrase's span.
    pub mentions: Vec<ActorMention>,
    /// Proper names only (no role phrases), sorted, non-overlapping.
    pub names: Vec<NamedSpan>,
}

struct LangData {
    g: Gazetteer,
    m: Matcher,
    stop: HashSet<String>,
    /// Folded given names ("george", "cristoforo").
    given: HashSet<String>,
    /// Phrases standing for the two actors named last ("i due leader").
    groups: groups::GroupForms,
}

/// Recognizes and links actor mentions. Build once, share across threads.
pub struct ActorRecognizer {
    langs: HashMap<String, LangData>,
    /// Folded place name -> best city (largest population, capitals first).
    places: HashMap<String, Place>,
}

impl ActorRecognizer {
    /// Parses every actor lexicon once. Errors name the file and line.
    ///
    /// ```
    /// let rec = dyad_actors::ActorRecognizer::new(&dyad_lexicon::Lexicons::embedded());
    /// assert!(rec.is_ok());
    /// ```
    pub fn new(lex: &Lexicons) -> Result<Self, ActorError> {
        let mut langs = HashMap::new();
        for lang in ["it", "en"] {
            let g = Gazetteer::load(lex, lang)?;
            let m = Matcher::new(&g)?;
            let stop = tsv_rows(lex.text(&format!("{lang}/actors-stopwords.txt")))
                .map(|r| dyad_text::fold(r.field(0)))
                .collect();
            let given = ["en/actors-given-names.txt", "it/actors-given-names.txt"]
                .iter()
                .flat_map(|f| tsv_rows(lex.text(f)))
                .map(|r| dyad_text::fold(r.field(0)))
                .collect();
            let groups = groups::load(lex, lang)?;
            langs.insert(
                lang.to_string(),
                LangData {
                    g,
                    m,
                    stop,
                    given,
                    groups,
                },
            );
        }
        let mut places: HashMap<String, (Place, bool, u64)> = HashMap::new();
        for ld in langs.values() {
            for s in &ld.g.surfaces {
                if let Entry::City(i) = s.entry {
                    let c = &ld.g.cities[i as usize];
                    if c.iso3.is_empty() {
                        continue;
                    }
                    let key = dyad_text::fold(&s.text);
                    let better = places
                        .get(&key)
                        .is_none_or(|(_, cap, pop)| (c.capital, c.population) > (*cap, *pop));
                    if better {
                        let p = Place {
                            name: c.name.clone(),
                            country: c.iso3.clone(),
                            lat: c.lat,
                            lon: c.lon,
                        };
                        places.insert(key, (p, c.capital, c.population));
                    }
                }
            }
        }
        let places = places.into_iter().map(|(k, (p, _, _))| (k, p)).collect();
        Ok(ActorRecognizer { langs, places })
    }

    /// All actor mentions of the analysed article, sorted by start,
    /// non-overlapping (longest match wins). Uses `analysis.lang` (English
    /// rules for languages other than Italian) and `article.date` for
    /// offices.
    pub fn recognize(&self, analysis: &Analysis) -> Vec<ActorMention> {
        self.recognize_text(&analysis.article.text, &analysis.lang, analysis.article.date.as_deref())
            .mentions
    }

    /// As [`recognize`](Self::recognize), on a plain text, also returning
    /// the proper names for NER evaluation.
    ///
    /// ```
    /// let rec = dyad_actors::ActorRecognizer::new(&dyad_lexicon::Lexicons::embedded()).unwrap();
    /// let r = rec.recognize_text("Biden met Russian officials.", "en", Some("2026-03-01"));
    /// assert_eq!(r.mentions[0].sector.as_deref(), Some("ELI"));
    /// assert_eq!(r.mentions[1].country.as_deref(), Some("RUS"));
    /// ```
    pub fn recognize_text(&self, text: &str, lang: &str, date: Option<&str>) -> Recognition {
        let lang = if lang == "it" { "it" } else { "en" };
        let Some(ld) = self.langs.get(lang) else {
            return Recognition::default();
        };
        let date = date
            .filter(|d| d.len() >= 10 && d.is_char_boundary(10))
            .map(|d| &d[..10]);
        let mut doc = doc::Doc::new(text, &ld.g, &ld.m, lang, date);
        doc.lower_headline_words(&ld.stop, &ld.given);
        let names = names::find(&doc, &ld.stop, &ld.given);
        let (mut found, singles, role_names) = roles::assemble(&doc, &names);
        coref::resolve(&doc, &mut found, &singles, &ld.given);
        found.sort_by(|a, b| a.m.start.cmp(&b.m.start).then(b.m.end.cmp(&a.m.end)));
        let mut kept: Vec<roles::Found> = Vec::with_capacity(found.len());
        for f in found {
            if kept.last().is_some_and(|l| f.m.start < l.m.end) {
                continue;
            }
            kept.push(f);
        }
        // proper names: named mentions plus the names inside role phrases
        let mut spans: Vec<NamedSpan> = Vec::new();
        for f in &kept {
            if f.named {
                // "Tribunale di Milano", "Università Kookmin di Seul": one
                // actor, but for NER the place after "di" is a name of its own
                if f.m.kind == ActorKind::Organization {
                    if let Some((cut, place)) = roles::place_tail(&doc, f.u0, f.u1) {
                        spans.push(NamedSpan {
                            start: f.m.start,
                            end: doc.units[cut - 1].end,
                            kind: f.m.kind,
                        });
                        spans.push(NamedSpan {
                            start: doc.units[place].start,
                            end: doc.units[place].end,
                            kind: ActorKind::Location,
                        });
                        continue;
                    }
                }
                spans.push(NamedSpan {
                    start: f.m.start,
                    end: f.m.end,
                    kind: f.m.kind,
                });
            } else {
                let (a, b) = f.org_name.unwrap_or((0, 0));
                if a < b {
                    spans.push(NamedSpan {
                        start: doc.units[a].start,
                        end: doc.units[b - 1].end,
                        kind: ActorKind::Organization,
                    });
                }
                for u in f.u0..f.u1 {
                    if (a..b).contains(&u) {
                        continue;
                    }
                    if let Some(m) = roles::hit_mention(&doc, u) {
                        spans.push(NamedSpan {
                            start: m.start,
                            end: m.end,
                            kind: m.kind,
                        });
                    }
                }
            }
        }
        for &u in &role_names {
            let Some(m) = roles::hit_mention(&doc, u) else { continue };
            if !spans.iter().any(|s| s.start < m.end && m.start < s.end) {
                spans.push(NamedSpan {
                    start: m.start,
                    end: m.end,
                    kind: m.kind,
                });
            }
        }
        spans.sort_by_key(|s| s.start);
        spans::refine(&doc, &mut spans, &ld.given);
        // after the names: sharing a head changes the actors, not the names
        roles::shared_head_conjuncts(&doc, &mut kept);
        let mut mentions: Vec<ActorMention> = kept.into_iter().map(|f| f.m).collect();
        groups::resolve(&doc, &ld.groups, &mut mentions);
        Recognition { mentions, names: spans }
    }

    /// A place by name in any form the gazetteer knows ("Hanoi", "Mosca",
    /// "Vladivostok", "Pechino"), for event locations. Case and accents are
    /// ignored; among homonyms the capital, then the largest city, wins.
    ///
    /// ```
    /// let rec = dyad_actors::ActorRecognizer::new(&dyad_lexicon::Lexicons::embedded()).unwrap();
    /// let p = rec.place("Pechino").unwrap();
    /// assert_eq!((p.name.as_str(), p.country.as_str()), ("Beijing", "CHN"));
    /// assert!(rec.place("Atlantide").is_none());
    /// ```
    pub fn place(&self, name: &str) -> Option<Place> {
        self.places.get(&dyad_text::fold(name.trim())).cloned()
    }
}
