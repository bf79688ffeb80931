//! The event coder of dyad: triggers to PLOVER category, mode and context;
//! source and recipient; modality and attribution; quantities; dates; places;
//! quotes; and a reason for every decision.
//!
//! Modules, one concept each:
//! - [`rules`]: the per-language data (triggers, function words, cues) loaded from lexicons;
//! - [`morph`]: inflection of trigger lemmas (Italian and English verb forms, noun plurals);
//! - `coder`: trigger matching, clause segmentation, role assignment, modality;
//! - [`dates`]: time expressions resolved against the publication date;
//! - [`quantities`]: figures with their units;
//! - [`quotes`]: direct quotes, speech cues and speakers.
//!
//! ```no_run
//! use dyad_events::{Coder, NoPlaces};
//! let lex = dyad_lexicon::Lexicons::embedded();
//! let coder = Coder::new(&lex).unwrap();
//! # let analysis: dyad_model::Analysis = unimplemented!();
//! let coded = coder.code(&analysis, &[], "doc-1", &NoPlaces);
//! for e in &coded.events { println!("{} {}", e.event, e.reason); }
//! ```

mod coder;
pub mod dates;
pub mod morph;
pub mod quantities;
pub mod quotes;
pub mod rules;

use chrono::NaiveDate;
use coder::{Slot, Tok, TriggerHit};
use dyad_lexicon::Lexicons;
use dyad_model::{
    ActorKind, ActorMention, Analysis, Attribution, Category, DatePrecision, DateSource, Event, Location, Modality, Quote, TextSpan,
};
use std::collections::HashMap;

pub use quantities::LexiconDataError;

/// Coordinates for a place name, from the actor gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceInfo {
    pub country: String,
    pub lat: f64,
    pub lon: f64,
}

/// Where the coder looks up place coordinates (implemented over the actor
/// gazetteer by the pipeline; [`NoPlaces`] when there is none).
pub trait PlaceLookup {
    fn place(&self, name: &str) -> Option<PlaceInfo>;
}

/// A lookup that knows no places.
pub struct NoPlaces;

impl PlaceLookup for NoPlaces {
    fn place(&self, _name: &str) -> Option<PlaceInfo> {
        None
    }
}

/// What the coder found in one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Coded {
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
}

/// The PLOVER coder, built once from the lexicons and shared across threads.
pub struct Coder {
    languages: HashMap<String, rules::LanguageRules>,
    scores: HashMap<(Category, Option<String>), f64>,
    dates: dates::DateResolver,
    quantities: quantities::QuantityFinder,
    speech: quotes::SpeechCues,
}

impl Coder {
    /// Loads every language that has a `triggers.tsv`.
    pub fn new(lex: &Lexicons) -> Result<Self, LexiconDataError> {
        let mut languages = HashMap::new();
        for lang in lex.languages() {
            if lex.get(&format!("{lang}/triggers.tsv")).is_some() {
                languages.insert(lang.clone(), rules::load_language(lex, &lang)?);
            }
        }
        Ok(Coder {
            languages,
            scores: rules::load_scores(lex)?,
            dates: dates::DateResolver::new(lex)?,
            quantities: quantities::QuantityFinder::new(lex)?,
            speech: quotes::SpeechCues::new(lex)?,
        })
    }

    /// True when the coder has rules for `lang`.
    pub fn supports(&self, lang: &str) -> bool {
        self.languages.contains_key(lang)
    }

    /// Languages with rules, sorted.
    pub fn languages(&self) -> Vec<String> {
        let mut l: Vec<String> = self.languages.keys().cloned().collect();
        l.sort();
        l
    }

    /// Codes a document: events and quotes. `doc_id` seeds the stable event ids.
    pub fn code(&self, analysis: &Analysis, actors: &[ActorMention], doc_id: &str, places: &dyn PlaceLookup) -> Coded {
        self.code_traced(analysis, actors, doc_id, places, &mut |_| {})
    }

    /// Like [`Coder::code`], calling `trace` with each step for `dyad explain`.
    pub fn code_traced(
        &self,
        analysis: &Analysis,
        actors: &[ActorMention],
        doc_id: &str,
        places: &dyn PlaceLookup,
        trace: &mut dyn FnMut(String),
    ) -> Coded {
        let Some(rules) = self.languages.get(&analysis.lang) else {
            trace(format!("no rules for language '{}'", analysis.lang));
            return Coded::default();
        };
        let text = &analysis.article.text;
        let anchor = analysis.article.date.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let mut events = Vec::new();
        let mut previous_time: Option<dates::TimeExpr> = None;

        for (index, sentence) in analysis.sentences.iter().enumerate() {
            let toks: Vec<Tok> = sentence
                .tokens
                .iter()
                .filter_map(|t| {
                    let word = text.get(t.start..t.end)?;
                    Some(Tok { start: t.start, end: t.end, word: dyad_text::fold(word), kind: t.kind })
                })
                .collect();
            let mentions: Vec<ActorMention> =
                actors.iter().filter(|m| m.start >= sentence.start && m.end <= sentence.end).cloned().collect();
            let (slots, in_actor) = coder::locate_actors(&toks, &mentions);
            let times = match anchor {
                Some(a) => self.dates.find(text, sentence.start, sentence.end, &analysis.lang, a, previous_time.as_ref()),
                None => Vec::new(),
            };
            let hits = coder::find_triggers(rules, &toks, &in_actor);
            if hits.is_empty() {
                if let Some(t) = times.last() {
                    previous_time = Some(t.clone());
                }
                continue;
            }
            trace(format!(
                "sentence {index}: {} actor mention(s) [{}], {} trigger(s) [{}]",
                slots.len(),
                slots.iter().map(|s| format!("{} {}/{}", s.mention.text, s.mention.country.as_deref().unwrap_or("-"), s.mention.sector.as_deref().unwrap_or("-"))).collect::<Vec<_>>().join("; "),
                hits.len(),
                hits.iter().map(|h| format!("'{}' {}", span_text(text, &toks, h), h.def.category)).collect::<Vec<_>>().join("; ")
            ));
            let speech = self.speech.find(text, sentence.start, sentence.end, &analysis.lang);
            let quantities = self.quantities.find(text, sentence.start, sentence.end, &analysis.lang);
            let subject = coder::sentence_subject(rules, &toks, &slots, hits[0].first);
            let mut sentence_events: Vec<Event> = Vec::new();
            // The event each earlier hit produced, to code complements ("accusano X di fornire …").
            let mut coded_hits: Vec<(usize, Option<Event>)> = Vec::new();
            for (hit_index, hit) in hits.iter().enumerate() {
                let trigger_start = toks[hit.first].start;
                let trigger_end = toks[hit.last - 1].end;
                let trigger_text = text[trigger_start..trigger_end].to_string();
                let clause = coder::clause_bounds(rules, &toks, hit);
                // A trigger introduced by "di/a/to" right after another trigger's
                // phrase is its complement: "promettono di rafforzare" is one
                // promise, "accusano X di fornire" an alleged supply.
                let governing = complement_of(rules, &toks, &hits, hit_index).and_then(|g| coded_hits.iter().find(|(i, _)| *i == g)).and_then(|(_, e)| e.clone());
                if let Some(g) = &governing {
                    if !matches!(g.event, Category::Accuse) {
                        trace(format!("  '{trigger_text}' {}: complement of '{}' ({}), coded by it", hit.def.category, g.trigger.text, g.event));
                        coded_hits.push((hit_index, None));
                        continue;
                    }
                }
                // "ha firmato un patto di mutua difesa": the noun is the verb's
                // object and describes the same event; it adds its contexts.
                if hit.def.kind != TriggerKind::Verb {
                    if let Some(v) = object_of_verb(rules, &toks, &hits, hit_index) {
                        if let Some(e) = sentence_events.iter_mut().find(|e| e.trigger.start == toks[hits[v].first].start) {
                            for c in &hit.def.context {
                                if !e.context.contains(c) {
                                    e.context.push(c.clone());
                                }
                            }
                            e.reason.push_str(&format!(" + object '{trigger_text}'"));
                        }
                        trace(format!("  '{trigger_text}' {}: object of the verb trigger '{}', same event", hit.def.category, span_text(text, &toks, &hits[v])));
                        coded_hits.push((hit_index, None));
                        continue;
                    }
                }
                let ctx = coder::RoleContext {
                    sentence_subject: subject,
                    controller: governing.as_ref().map(|g| g.recipient.clone()).filter(|r| !r.is_empty()),
                    hits: &hits,
                };
                let mut roles = coder::assign_roles(rules, &toks, &slots, hit, clause, &ctx);
                let speaker = governing_speaker(&speech, &slots, &toks, hit, rules);
                // "X ha affermato che … è di grande preoccupazione": a nominal
                // expression of a stance belongs to whoever states it.
                if hit.def.kind != TriggerKind::Verb && !hit.def.category.quad().is_cooperation() || hit.def.kind == TriggerKind::Fixed {
                    if let Some(sp) = &speaker {
                        if hit.def.kind == TriggerKind::Fixed || roles.source.is_empty() {
                            let mut all: Vec<dyad_model::ActorRef> = roles.source.drain(..).chain(roles.recipient.drain(..)).collect();
                            all.retain(|r| r.start != sp.start);
                            roles.recipient = all;
                            roles.source = vec![sp.clone()];
                            roles.notes.push(format!("source=speaker '{}' of the stance", sp.text));
                        }
                    }
                }
                if roles.source.is_empty() {
                    trace(format!("  '{trigger_text}' {}: dropped, no source actor", hit.def.category));
                    coded_hits.push((hit_index, None));
                    continue;
                }
                if (hit.def.flags.needs_two || (hit.def.flags.dest && hit.def.kind == TriggerKind::Verb)) && roles.recipient.is_empty() {
                    trace(format!("  '{trigger_text}' {}: dropped, needs a recipient and found none", hit.def.category));
                    coded_hits.push((hit_index, None));
                    continue;
                }
                let (mut modality, modality_note) = coder::modality(rules, &toks, hit, clause.0);
                let mut attribution = attribution_for(&speech, &slots, &toks, hit, &roles, rules);
                if let Some(g) = &governing {
                    // What an accusation alleges is reported by the accuser.
                    if let Some(accuser) = g.actor.first() {
                        attribution = Some(Attribution { text: accuser.text.clone(), country: accuser.country.clone(), sector: accuser.sector.clone() });
                    }
                }
                if modality == Modality::Asserted && attribution.is_some() {
                    modality = Modality::Reported;
                }
                let (date, date_precision, date_source, date_note) = pick_date(&times, trigger_start, anchor);
                let location = roles.location.map(|i| {
                    let m = slots[i].mention;
                    let info = places.place(&m.text);
                    Location {
                        text: m.text.clone(),
                        country: info.as_ref().map(|p| p.country.clone()).or_else(|| m.country.clone()),
                        lat: info.as_ref().map(|p| p.lat),
                        lon: info.as_ref().map(|p| p.lon),
                    }
                });
                let location = location.or_else(|| place_in_clause(rules, text, &toks, clause, places));
                let location = location.or_else(|| {
                    // A visit happens at its destination, when that is a place or country.
                    if hit.def.category == Category::Consult && hit.def.mode.as_deref() == Some("visit") {
                        roles.recipient.iter().find(|r| r.country.is_some() && r.sector.is_none()).map(|r| {
                            let info = places.place(&r.text);
                            Location {
                                text: r.text.clone(),
                                country: r.country.clone(),
                                lat: info.as_ref().map(|p| p.lat),
                                lon: info.as_ref().map(|p| p.lon),
                            }
                        })
                    } else {
                        None
                    }
                });
                let clause_span = (toks[clause.0.min(toks.len() - 1)].start, toks[clause.1.saturating_sub(1).max(clause.0).min(toks.len() - 1)].end);
                let quantity: Vec<dyad_model::Quantity> = quantities
                    .iter()
                    .filter(|q| q.start >= clause_span.0 && q.end <= clause_span.1)
                    .map(dyad_model::Quantity::from)
                    .collect();
                let mode = hit.def.mode.clone();
                let score = self.scores.get(&(hit.def.category, mode.clone())).or_else(|| self.scores.get(&(hit.def.category, None))).copied().unwrap_or(0.0);
                let base = if hit.def.kind == TriggerKind::Verb { 0.9 } else { 0.75 };
                let confidence = ((base - roles.confidence_penalty) * 100.0).round() / 100.0;
                let mut reason = format!(
                    "trigger '{}' ({} {} '{}' {}) + {}",
                    trigger_text,
                    analysis.lang,
                    hit.def.category,
                    hit.def.pattern,
                    hit.def.origin,
                    roles.notes.join(" + ")
                );
                reason.push_str(&format!(" + modality={modality}"));
                if let Some(n) = &modality_note {
                    reason.push_str(&format!(" ({n})"));
                }
                if let Some(a) = &attribution {
                    reason.push_str(&format!(" + attributed to '{}'", a.text));
                }
                reason.push_str(&format!(" + date {date_note}"));
                let id = dyad_model::stable_hash(&[doc_id, &index.to_string(), &trigger_start.to_string(), hit.def.category.as_str()]);
                let event = Event {
                    id,
                    event: hit.def.category,
                    mode,
                    context: hit.def.context.clone(),
                    quad: hit.def.category.quad(),
                    score,
                    actor: roles.source.clone(),
                    recipient: roles.recipient.clone(),
                    date,
                    date_precision,
                    date_source,
                    location,
                    modality,
                    attribution,
                    quantity,
                    sentence: index,
                    start: sentence.start,
                    end: sentence.end,
                    trigger: TextSpan { text: trigger_text.clone(), start: trigger_start, end: trigger_end },
                    reason,
                    confidence,
                };
                // One happening per sentence and dyad: "visita di Stato … visita" is one visit.
                if sentence_events.iter().any(|e| same_happening(e, &event)) {
                    trace(format!("  '{trigger_text}' {}: merged with an earlier trigger of the same dyad", hit.def.category));
                    coded_hits.push((hit_index, None));
                    continue;
                }
                trace(format!("  event {}: {}", event.event, event.reason));
                coded_hits.push((hit_index, Some(event.clone())));
                sentence_events.push(event);
            }
            events.extend(sentence_events);
            if let Some(t) = times.last() {
                previous_time = Some(t.clone());
            }
        }
        let quotes = quotes::find_quotes(text, &analysis.sentences, actors, &analysis.lang, &self.speech);
        Coded { events, quotes }
    }
}

fn span_text<'a>(text: &'a str, toks: &[Tok], hit: &TriggerHit) -> &'a str {
    &text[toks[hit.first].start..toks[hit.last - 1].end]
}

fn same_happening(a: &Event, b: &Event) -> bool {
    let countries = |refs: &[dyad_model::ActorRef]| refs.iter().map(|r| r.country.clone()).collect::<Vec<_>>();
    a.event == b.event && countries(&a.actor) == countries(&b.actor) && countries(&a.recipient) == countries(&b.recipient)
}

/// The time expression nearest the trigger in its sentence, else the
/// publication date.
fn pick_date(
    times: &[dates::TimeExpr],
    trigger_start: usize,
    anchor: Option<NaiveDate>,
) -> (Option<String>, Option<DatePrecision>, Option<DateSource>, String) {
    // "dal 2019" or "negli ultimi mesi" frame a period; they do not date the event.
    let datable = times.iter().filter(|t| !matches!(t.kind, dates::TimeKind::Since | dates::TimeKind::Period));
    if let Some(t) = datable.min_by_key(|t| (t.start as i64 - trigger_start as i64).unsigned_abs()) {
        let date = match t.precision {
            DatePrecision::Year => t.date.format("%Y").to_string(),
            DatePrecision::Month => t.date.format("%Y-%m").to_string(),
            _ => t.date.format("%Y-%m-%d").to_string(),
        };
        let note = format!("'{}' → {date}", t.text);
        return (Some(date), Some(t.precision), Some(DateSource::Text), note);
    }
    match anchor {
        Some(a) => (Some(a.format("%Y-%m-%d").to_string()), Some(DatePrecision::Day), Some(DateSource::Publication), "from publication".into()),
        None => (None, None, None, "unknown".into()),
    }
}

/// A gazetteer place named after a place preposition in the clause ("a
/// Vladivostok", "in Nairobi"): up to three capitalized words, longest first.
fn place_in_clause(rules: &rules::LanguageRules, text: &str, toks: &[Tok], clause: (usize, usize), places: &dyn PlaceLookup) -> Option<Location> {
    let capitalized = |t: &Tok| text[t.start..t.end].chars().next().is_some_and(char::is_uppercase);
    for i in clause.0..clause.1 {
        if !rules.is("destination-prep", &toks[i].word) {
            continue;
        }
        let mut first = i + 1;
        while first < clause.1 && ["il", "la", "the"].contains(&toks[first].word.as_str()) {
            first += 1;
        }
        for len in (1..=3).rev() {
            let last = first + len;
            if last > clause.1 || !toks[first..last].iter().all(|t| capitalized(t) || t.word == "-") {
                continue;
            }
            let name = &text[toks[first].start..toks[last - 1].end];
            if let Some(p) = places.place(name) {
                return Some(Location { text: name.to_string(), country: Some(p.country), lat: Some(p.lat), lon: Some(p.lon) });
            }
        }
    }
    None
}

/// The verb hit whose direct object the nominal `hits[i]` is: at most three
/// articles or adjectives between them ("firmato un nuovo trattato").
fn object_of_verb(rules: &rules::LanguageRules, toks: &[Tok], hits: &[TriggerHit], i: usize) -> Option<usize> {
    let prev = i.checked_sub(1)?;
    let v = &hits[prev];
    if v.def.kind != TriggerKind::Verb {
        return None;
    }
    let between = &toks[v.last..hits[i].first];
    let plain = between.len() <= 3
        && between.iter().all(|t| t.kind == dyad_model::TokenKind::Word && !rules.is("recipient-prep", &t.word) && !rules.is("genitive-prep", &t.word) && !rules.is("clause-break", &t.word));
    plain.then_some(prev)
}

/// The index of the hit whose complement `hits[i]` is: the previous hit,
/// when only its object phrase and a complementizer ("di", "a", "ad", "per",
/// "to", "of") stand between them.
fn complement_of(rules: &rules::LanguageRules, toks: &[Tok], hits: &[TriggerHit], i: usize) -> Option<usize> {
    let prev = i.checked_sub(1)?;
    let (p, h) = (&hits[prev], &hits[i]);
    if p.def.kind != TriggerKind::Verb || h.first < 1 {
        return None;
    }
    let intro = toks[h.first - 1].word.as_str();
    if !["di", "a", "ad", "to", "of", "d'"].contains(&intro) {
        return None;
    }
    let between = &toks[p.last..h.first - 1];
    let clean = between.len() <= 8 && between.iter().all(|t| t.kind != dyad_model::TokenKind::Punct && !rules.is("clause-break", &t.word));
    clean.then_some(prev)
}

/// The actor whose speech governs the trigger's clause: "X ha affermato che …",
/// "secondo X, …", or a trailing "…, afferma X".
fn governing_speaker(speech: &[quotes::SpeechCue], slots: &[Slot], toks: &[Tok], hit: &TriggerHit, rules: &rules::LanguageRules) -> Option<dyad_model::ActorRef> {
    let trigger_start = toks[hit.first].start;
    let trigger_end = toks[hit.last - 1].end;
    for cue in speech {
        if cue.start < trigger_end && cue.end > trigger_start {
            continue;
        }
        let speaker = if cue.end <= trigger_start {
            let between: Vec<&Tok> = toks.iter().filter(|t| t.start >= cue.end && t.end <= trigger_start).collect();
            let governs = match cue.kind {
                quotes::SpeechKind::Verb => {
                    // Only the clause the verb introduces: "afferma (ai giornalisti) che …"
                    // up to the next clause break.
                    let that = between.iter().take(5).position(|t| ["che", "that"].contains(&t.word.as_str()));
                    match that {
                        Some(p) => !between[p + 1..].iter().any(|t| rules.is("clause-break", &t.word) || t.word == ";"),
                        None => false,
                    }
                }
                _ => !between.iter().any(|t| t.word == ";"),
            };
            if !governs {
                continue;
            }
            match cue.kind {
                quotes::SpeechKind::Verb => slots.iter().filter(|s| s.mention.end <= cue.start).max_by_key(|s| s.mention.end),
                _ => slots.iter().filter(|s| s.mention.start >= cue.end && s.mention.end <= trigger_start).min_by_key(|s| s.mention.start),
            }
        } else {
            // A trailing cue governs when it opens the sentence's last clause ("…, afferma X.").
            let between_has_break = toks.iter().any(|t| t.start >= trigger_end && t.end <= cue.start && (t.word == ";" || rules.is("clause-break", &t.word)));
            let after_comma = toks.iter().rev().find(|t| t.end <= cue.start).is_some_and(|t| t.word == "," || t.word == "\"");
            if between_has_break || !after_comma {
                continue;
            }
            slots.iter().filter(|s| s.mention.start >= cue.end).min_by_key(|s| s.mention.start)
        };
        if let Some(s) = speaker {
            if s.mention.kind != ActorKind::Location {
                return Some(dyad_model::ActorRef::from(s.mention));
            }
        }
    }
    None
}

/// Who the sentence attributes the event to, when that is not the event's own source.
fn attribution_for(speech: &[quotes::SpeechCue], slots: &[Slot], toks: &[Tok], hit: &TriggerHit, roles: &coder::Roles, rules: &rules::LanguageRules) -> Option<Attribution> {
    let speaker = governing_speaker(speech, slots, toks, hit, rules)?;
    if roles.source.iter().any(|r| r.start == speaker.start) {
        return None;
    }
    Some(Attribution { text: speaker.text, country: speaker.country, sector: speaker.sector })
}

use rules::TriggerKind;
