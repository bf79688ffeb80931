//! Record builders and a canonical dump shared by the integration tests.
#![allow(dead_code)]

use dyad_model::*;
use dyad_store::{EventFilter, Store};

/// An actor reference with a country code (or none).
pub fn actor(text: &str, country: Option<&str>) -> ActorRef {
    ActorRef {
        text: text.into(),
        start: 0,
        end: 0,
        country: country.map(Into::into),
        sector: Some("GOV".into()),
    }
}

/// An event with the fields de-duplication looks at.
pub fn event(
    cat: Category,
    source: Vec<ActorRef>,
    recipient: Vec<ActorRef>,
    date: Option<&str>,
    mode: Option<&str>,
    trigger: &str,
) -> Event {
    Event {
        id: stable_hash(&[trigger, cat.as_str(), date.unwrap_or("")]),
        event: cat,
        mode: mode.map(Into::into),
        context: vec!["diplomatic".into()],
        quad: cat.quad(),
        score: if cat.quad().is_cooperation() { 3.0 } else { -4.0 },
        actor: source,
        recipient,
        date: date.map(Into::into),
        date_precision: date.map(|_| DatePrecision::Day),
        date_source: date.map(|_| DateSource::Text),
        location: None,
        modality: Modality::Asserted,
        attribution: None,
        quantity: vec![],
        sentence: 0,
        start: 0,
        end: trigger.len(),
        trigger: TextSpan {
            text: trigger.into(),
            start: 0,
            end: trigger.len(),
        },
        reason: format!("trigger '{trigger}'"),
        confidence: 0.9,
    }
}

/// A record for a document.
pub fn record(id: &str, source: &str, url: Option<&str>, text: &str, date: Option<&str>, events: Vec<Event>) -> Record {
    Record {
        doc: DocInfo {
            id: id.into(),
            source: source.into(),
            url: url.map(Into::into),
            title: Some(format!("Title of {id}")),
            lang: "it".into(),
            date: date.map(Into::into),
            text: text.into(),
        },
        actors: vec![],
        events,
        quotes: vec![Quote {
            speaker: Some(TextSpan {
                text: "Lankov".into(),
                start: 0,
                end: 6,
            }),
            text: "«x»".into(),
            start: 0,
            end: 3,
        }],
    }
}

/// A generated corpus: `n` documents, each with a few events among a few countries.
pub fn corpus(n: usize) -> Vec<Record> {
    let countries = ["RUS", "PRK", "CHN", "USA", "VNM", "UKR", "ITA"];
    (0..n)
        .map(|i| {
            let s = countries[i % countries.len()];
            let r = countries[(i * 3 + 1) % countries.len()];
            let cat = Category::ALL[i % 16];
            let day = format!("2024-{:02}-{:02}", 1 + (i / 28) % 12, 1 + i % 28);
            let events = vec![
                event(
                    cat,
                    vec![actor(s, Some(s))],
                    vec![actor(r, Some(r))],
                    Some(&day),
                    None,
                    "incontro",
                ),
                event(
                    Category::Consult,
                    vec![actor(s, Some(s)), actor("x", Some(r))],
                    vec![actor("Roma", Some("ITA"))],
                    Some(&day),
                    Some("visit"),
                    "visita",
                ),
            ];
            record(
                &format!("doc{i}"),
                &format!("corpus/{i}.txt"),
                None,
                &format!("Articolo numero {i} su {s} e {r}."),
                Some(&day),
                events,
            )
        })
        .collect()
}

/// Everything a store holds, as text keyed by natural keys (no row ids):
/// the JSONL and CSV exports, the clusters, the statistics.
pub fn dump(store: &Store) -> String {
    let mut jsonl = Vec::new();
    store.export_jsonl(&mut jsonl).unwrap();
    let mut csv = Vec::new();
    store.export_csv(&mut csv).unwrap();
    let clusters = store.clusters(&EventFilter::default()).unwrap();
    format!(
        "{}\n{}\n{:#?}\n{:#?}",
        String::from_utf8(jsonl).unwrap(),
        String::from_utf8(csv).unwrap(),
        clusters,
        store.stats().unwrap()
    )
}
