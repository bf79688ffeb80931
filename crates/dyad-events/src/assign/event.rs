//! The event a coded hit gives: its date, place, figures, mode and context,
//! score, confidence and reason; merged with an earlier trigger of the
//! sentence that names the same happening.

use super::modality::Reading;
use super::{HitContext, ThisHit};
use crate::coder::{self, Tok};
use crate::rules::{LanguageRules, TriggerKind};
use crate::sentence::Frame;
use crate::{dates, Coder, PlaceLookup};
use chrono::NaiveDate;
use dyad_model::{Category, DatePrecision, DateSource, Event, Location, TextSpan};

impl Coder {
    /// Builds the event from the settled roles and reading.
    pub(super) fn build_event(&self, c: &HitContext, h: &ThisHit, roles: coder::Roles, r: Reading) -> Event {
        let HitContext {
            sentence,
            index,
            doc_id,
            places,
            anchor,
            quantities,
            times,
            ..
        } = *c;
        let Frame {
            rules,
            lang,
            text,
            toks,
            slots,
            ..
        } = *c.frame;
        let ThisHit {
            hit,
            trigger_start,
            trigger_end,
            trigger_text,
            clause,
            ..
        } = *h;
        let Reading {
            category,
            modality,
            modality_note,
            intent_note,
            recoded_mode,
            extra_context,
            admitted,
            demand_mode,
            attribution,
            ..
        } = r;
        let (date, date_precision, date_source, date_note) = pick_date(times, trigger_start, anchor);
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
        let location = location.or_else(|| place_in_clause(rules, text, toks, clause, places));
        let location = location.or_else(|| {
            // A visit happens at its destination, when that is a place or country.
            if category == Category::Consult && hit.def.mode.as_deref() == Some("visit") {
                roles
                    .recipient
                    .iter()
                    .find(|r| r.country.is_some() && r.sector.is_none())
                    .map(|r| {
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
        let clause_span = (
            toks[clause.0.min(toks.len() - 1)].start,
            toks[clause.1.saturating_sub(1).max(clause.0).min(toks.len() - 1)].end,
        );
        let quantity: Vec<dyad_model::Quantity> = quantities
            .iter()
            .filter(|q| q.start >= clause_span.0 && q.end <= clause_span.1)
            .map(dyad_model::Quantity::from)
            .collect();
        let mode = match (recoded_mode, demand_mode) {
            (_, Some(m)) => m.map(str::to_string),
            (Some(m), None) => Some(m.to_string()),
            (None, None) if category == hit.def.category => hit.def.mode.clone(),
            (None, None) => admitted.and_then(|d| d.mode.clone()),
        };
        // A recoded verbal attack is no military act.
        let mut context = if category == Category::Accuse && hit.def.category == Category::Assault {
            Vec::new()
        } else if let Some(d) = admitted {
            d.context.clone()
        } else {
            hit.def.context.clone()
        };
        if let Some(c) = extra_context.filter(|c| !context.iter().any(|x| x == c)) {
            context.push(c.to_string());
        }
        let score = self.score(category, &mode).unwrap_or(0.0);
        let base = if hit.def.kind == TriggerKind::Verb { 0.9 } else { 0.75 };
        let confidence = ((base - roles.confidence_penalty) * 100.0).round() / 100.0;
        let mut reason = format!(
            "trigger '{}' ({} {} '{}' {}) + {}",
            trigger_text,
            lang,
            category,
            hit.def.pattern,
            hit.def.origin,
            roles.notes.join(" + ")
        );
        if let Some(n) = &intent_note {
            reason.push_str(&format!(" + {n}"));
        }
        reason.push_str(&format!(" + modality={modality}"));
        if let Some(n) = &modality_note {
            reason.push_str(&format!(" ({n})"));
        }
        if let Some(a) = &attribution {
            reason.push_str(&format!(" + attributed to '{}'", a.text));
        }
        reason.push_str(&format!(" + date {date_note}"));
        let id = dyad_model::stable_hash(&[
            doc_id,
            &index.to_string(),
            &trigger_start.to_string(),
            category.as_str(),
        ]);
        Event {
            id,
            event: category,
            mode,
            context,
            quad: category.quad(),
            score,
            actor: roles.source,
            recipient: roles.recipient,
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
            trigger: TextSpan {
                text: trigger_text.to_string(),
                start: trigger_start,
                end: trigger_end,
            },
            reason,
            confidence,
        }
    }
}

/// The event, unless an earlier event of the sentence names the same
/// happening (which then takes its contexts).
pub(super) fn unless_merged(
    h: &ThisHit,
    event: Event,
    sentence_events: &mut [Event],
    trace: &mut dyn FnMut(String),
) -> Option<Event> {
    let ThisHit { hit, trigger_text, .. } = *h;
    // One happening per sentence and dyad: "visita di Stato … visita" is one visit.
    if let Some(e) = sentence_events.iter_mut().find(|e| same_happening(e, &event)) {
        // "fornitore di armi": the merged trigger still says what kind of happening it is.
        for c in &event.context {
            if !e.context.contains(c) {
                e.context.push(c.clone());
            }
        }
        trace(format!(
            "  '{trigger_text}' {}: merged with an earlier trigger of the same dyad",
            hit.def.category
        ));
        return None;
    }
    trace(format!("  event {}: {}", event.event, event.reason));
    Some(event)
}

/// The time expression nearest the trigger in its sentence, else the
/// publication date.
fn pick_date(
    times: &[dates::TimeExpr],
    trigger_start: usize,
    anchor: Option<NaiveDate>,
) -> (Option<String>, Option<DatePrecision>, Option<DateSource>, String) {
    // "dal 2019" or "negli ultimi mesi" frame a period; they do not date the event.
    let datable = times
        .iter()
        .filter(|t| !matches!(t.kind, dates::TimeKind::Since | dates::TimeKind::Period));
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
        Some(a) => (
            Some(a.format("%Y-%m-%d").to_string()),
            Some(DatePrecision::Day),
            Some(DateSource::Publication),
            "from publication".into(),
        ),
        None => (None, None, None, "unknown".into()),
    }
}

/// A gazetteer place named after a place preposition in the clause ("a
/// Vladivostok", "in Nairobi"): up to three capitalized words, longest first.
fn place_in_clause(
    rules: &LanguageRules,
    text: &str,
    toks: &[Tok],
    clause: (usize, usize),
    places: &dyn PlaceLookup,
) -> Option<Location> {
    let capitalized = |t: &Tok| text.get(t.start..t.end).is_some_and(crate::words::initial_upper);
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
                return Some(Location {
                    text: name.to_string(),
                    country: Some(p.country),
                    lat: Some(p.lat),
                    lon: Some(p.lon),
                });
            }
        }
    }
    None
}

fn same_happening(a: &Event, b: &Event) -> bool {
    let countries = |refs: &[dyad_model::ActorRef]| refs.iter().map(|r| r.country.clone()).collect::<Vec<_>>();
    a.event == b.event
        && countries(&a.actor) == countries(&b.actor)
        && countries(&a.recipient) == countries(&b.recipient)
}
