//! Group phrases ("the two leaders", "i due paesi") resolved to the two
//! actors named last, on sentences written for this test.

use dyad_actors::ActorRecognizer;
use dyad_lexicon::Lexicons;

fn rec() -> ActorRecognizer {
    ActorRecognizer::new(&Lexicons::embedded()).expect("lexicons parse")
}

/// The canonical name of each mention whose text is `phrase`.
fn referents(text: &str, lang: &str, phrase: &str) -> Vec<String> {
    rec()
        .recognize_text(text, lang, Some("2024-06-20"))
        .mentions
        .iter()
        .filter(|m| m.text == phrase)
        .map(|m| {
            format!(
                "{} {}",
                m.name.as_deref().unwrap_or("-"),
                m.country.as_deref().unwrap_or("-")
            )
        })
        .collect()
}

#[test]
fn the_two_leaders_are_the_two_people_named_last() {
    let en = "Emmanuel Macron received Olaf Scholz in Paris. The two leaders discussed the budget.";
    assert_eq!(
        referents(en, "en", "The two leaders"),
        ["Emmanuel Macron FRA", "Olaf Scholz DEU"]
    );
    let it = "Emmanuel Macron ha ricevuto Olaf Scholz a Parigi. I due leader hanno discusso il bilancio.";
    assert_eq!(
        referents(it, "it", "I due leader"),
        ["Emmanuel Macron FRA", "Olaf Scholz DEU"]
    );
}

#[test]
fn the_two_countries_are_the_two_states_named_last() {
    let en = "Chile and Peru signed a border treaty. Both countries will open new crossings.";
    assert_eq!(referents(en, "en", "Both countries"), ["Chile CHL", "Peru PER"]);
    let it = "Il Cile e il Perù hanno firmato un trattato. I due paesi apriranno nuovi valichi.";
    assert_eq!(referents(it, "it", "I due paesi"), ["Cile CHL", "Perù PER"]);
}

#[test]
fn a_leader_in_office_stands_for_a_state_and_international_bodies_do_not() {
    let it = "Emmanuel Macron ha chiesto all'Onu di non punire la Germania. I due paesi hanno firmato un accordo.";
    assert_eq!(referents(it, "it", "I due paesi"), ["Francia FRA", "Germania DEU"]);
    // the referent is the state itself, not the leader who stood for it
    let mentions = rec().recognize_text(it, "it", Some("2024-06-20")).mentions;
    let france = mentions
        .iter()
        .find(|m| m.text == "I due paesi" && m.country.as_deref() == Some("FRA"))
        .expect("France among the referents");
    assert_eq!(france.kind, dyad_model::ActorKind::Country);
    assert_eq!((france.sector.as_deref(), france.id.as_deref()), (None, None));
    let en = "Emmanuel Macron asked the UN to spare Germany. The two countries then signed a deal.";
    assert_eq!(referents(en, "en", "The two countries"), ["France FRA", "Germany DEU"]);
}

#[test]
fn three_candidates_or_the_wrong_kind_leave_the_phrase_alone() {
    // three states named: which two is anyone's guess
    let en = "Chile, Peru and Bolivia met in Lima. The two countries then signed a deal.";
    assert!(referents(en, "en", "The two countries").is_empty());
    // countries are no people
    let it = "Il Cile ha ricevuto il Perù. I due leader hanno firmato un accordo.";
    assert!(referents(it, "it", "I due leader").is_empty());
    // too far back: more than three sentences before the phrase
    let far = "Chile and Peru met. It rained. The roads closed. Schools shut. Shops shut. The two countries then signed a deal.";
    assert!(referents(far, "en", "The two countries").is_empty());
}
