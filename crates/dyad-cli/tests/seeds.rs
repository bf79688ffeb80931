//! The seed articles (read in place from ../shared/seeds): the events a
//! reader of each article would code are there, with the right dyad and
//! date, and the boilerplate that surrounded them is gone.
//!
//! These check facts of the articles, not the coder's whole output (that is
//! the golden test's job).

mod common;

use common::{dyad_ok, shared};
use dyad_model::{Category, Event, Record};

fn code(name: &str, date: &str) -> Option<Record> {
    let path = shared()?.join("seeds").join(name);
    let out = dyad_ok(&["extract", "--date", date, path.to_str().unwrap()]);
    Some(serde_json::from_str(out.lines().next().expect("one record")).expect("record"))
}

fn countries(refs: &[dyad_model::ActorRef]) -> Vec<&str> {
    refs.iter().filter_map(|r| r.country.as_deref()).collect()
}

/// An event of `category` from an actor of `source` to an actor of `recipient`.
fn find<'a>(r: &'a Record, category: Category, source: &str, recipient: &str) -> Option<&'a Event> {
    r.events.iter().find(|e| {
        e.event == category && countries(&e.actor).contains(&source) && countries(&e.recipient).contains(&recipient)
    })
}

fn must<'a>(r: &'a Record, category: Category, source: &str, recipient: &str) -> &'a Event {
    find(r, category, source, recipient).unwrap_or_else(|| {
        let coded: Vec<String> = r
            .events
            .iter()
            .map(|e| {
                format!(
                    "{} {:?}->{:?} '{}'",
                    e.event,
                    countries(&e.actor),
                    countries(&e.recipient),
                    e.trigger.text
                )
            })
            .collect();
        panic!("no {category} {source} -> {recipient} among:\n{}", coded.join("\n"))
    })
}

#[test]
fn putin_in_hanoi_article() {
    let Some(r) = code("004_91525126e568a6db.txt", "2024-06-20") else {
        eprintln!("../shared/seeds not found: skipped");
        return;
    };
    // Putin's state visit to Vietnam.
    let visit = must(&r, Category::Consult, "RUS", "VNM");
    assert_eq!(visit.mode.as_deref(), Some("visit"));
    // The treaty signed with Kim "mercoledì" = 2024-06-19. Signing a formal
    // agreement is CAMEO 057, which the CAMEO→PLOVER 2021 table maps to SUPPORT.
    let treaty = r.events.iter().find(|e| {
        e.event == Category::Support
            && countries(&e.actor).contains(&"RUS")
            && countries(&e.recipient).contains(&"PRK")
            && e.date.as_deref() == Some("2024-06-19")
    });
    assert!(
        treaty.is_some(),
        "RUS–PRK signed agreement (SUPPORT, CAMEO 057) dated 2024-06-19"
    );
    // Lam and Putin signed a dozen agreements (CAMEO 057 → SUPPORT).
    let deals = must(&r, Category::Support, "VNM", "RUS");
    assert!(
        deals.quantity.iter().any(|q| q.value == 12.0),
        "a dozen agreements: {:?}",
        deals.quantity
    );
    // Washington accuses North Korea; a Ukrainian official accuses Pyongyang.
    must(&r, Category::Accuse, "USA", "PRK");
    must(&r, Category::Accuse, "UKR", "PRK");
    // Western sanctions announced "la scorsa settimana": week precision.
    // Imposing sanctions is CAMEO 163, which the 2021 table maps to COERCE, mode restrict.
    let sanctions = r
        .events
        .iter()
        .find(|e| e.event == Category::Coerce && countries(&e.actor).contains(&"USA"))
        .expect("US sanctions (COERCE, CAMEO 163)");
    assert_eq!(sanctions.mode.as_deref(), Some("restrict"));
    assert_eq!(sanctions.date_precision, Some(dyad_model::DatePrecision::Week));
    // Biden visited Hanoi "a settembre" (2023).
    let biden = must(&r, Category::Consult, "USA", "VNM");
    assert_eq!(biden.date.as_deref(), Some("2023-09"));
    // Every event says why.
    assert!(r.events.iter().all(|e| !e.reason.is_empty() && e.confidence > 0.0));
    // The footer is not article text.
    assert!(!r.doc.text.contains("Back to top") && !r.doc.text.contains("Ultime Notizie"));
}

#[test]
fn putin_kim_friendship_article() {
    let Some(r) = code("000_e9255316bfc9fb12.txt", "2024-06-18") else {
        eprintln!("../shared/seeds not found: skipped");
        return;
    };
    // North Korea shipped about 11,000 containers of arms to Russia, say US officials.
    let shipped = must(&r, Category::Aid, "PRK", "RUS");
    assert!(
        shipped.quantity.iter().any(|q| q.value == 11000.0),
        "{:?}",
        shipped.quantity
    );
    assert_eq!(shipped.modality, dyad_model::Modality::Reported);
    assert_eq!(
        shipped.attribution.as_ref().and_then(|a| a.country.as_deref()),
        Some("USA")
    );
    // At least 9,000 containers the other way, according to the South Korean government.
    let sent = must(&r, Category::Aid, "RUS", "PRK");
    assert!(sent.quantity.iter().any(|q| q.value == 9000.0), "{:?}", sent.quantity);
    // Russia vetoed the UN resolution "a marzo" (2024).
    let veto = must(&r, Category::Reject, "RUS", "UNO");
    assert_eq!(veto.date.as_deref(), Some("2024-03"));
    // Kim visited Putin in Vladivostok.
    let visit = must(&r, Category::Consult, "PRK", "RUS");
    assert_eq!(visit.mode.as_deref(), Some("visit"));
    // The donation appeal and photo credits are gone.
    assert!(!r.doc.text.contains("SOSTIENI") && !r.doc.text.contains("CREDITO OBBLIGATORIO"));
    // The experts' quotes have their speakers.
    let speakers: Vec<&str> = r
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref().map(|s| s.text.as_str()))
        .collect();
    for expert in ["Andrei Lankov", "Fyodor Tertytsky", "Lee Sang-Hyun"] {
        assert!(
            speakers.iter().any(|s| s.contains(expert)),
            "{expert} not among {speakers:?}"
        );
    }
}
