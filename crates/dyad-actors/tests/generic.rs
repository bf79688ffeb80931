//! Generic sector actors, acronyms, regions and names in no list, on
//! sentences written for these tests (Italian and English).

mod common;
use common::{cs, find, rec};
use dyad_model::ActorKind;

#[test]
fn english_generic_actors() {
    let r = rec().recognize_text(
        "German prosecutors charged two men after police detained protesters near the port. \
         A Russian court fined the firm, and the Israeli military said rebels fired at troops. \
         Iran's government blamed the spy agency; the Nigerian Senate and lawmakers asked the ministry, \
         while journalists, doctors and a rights group waited outside.",
        "en",
        Some("2024-06-01"),
    );
    let m = &r.mentions;
    assert_eq!(cs(find(m, "German prosecutors")), (Some("DEU"), Some("JUD")));
    assert_eq!(cs(find(m, "police")), (None, Some("COP")));
    assert_eq!(cs(find(m, "protesters")), (None, Some("CVL")));
    assert_eq!(cs(find(m, "Russian court")), (Some("RUS"), Some("JUD")));
    assert_eq!(cs(find(m, "firm")), (None, Some("BUS")));
    assert_eq!(cs(find(m, "Israeli military")), (Some("ISR"), Some("MIL")));
    assert_eq!(cs(find(m, "rebels")), (None, Some("REB")));
    assert_eq!(cs(find(m, "troops")), (None, Some("MIL")));
    assert_eq!(cs(find(m, "Iran's government")), (Some("IRN"), Some("GOV")));
    assert_eq!(cs(find(m, "spy agency")), (None, Some("SPY")));
    assert_eq!(cs(find(m, "Nigerian Senate")), (Some("NGA"), Some("LEG")));
    assert_eq!(cs(find(m, "lawmakers")), (None, Some("LEG")));
    assert_eq!(cs(find(m, "ministry")), (None, Some("GOV")));
    assert_eq!(cs(find(m, "journalists")), (None, Some("JRN")));
    assert_eq!(cs(find(m, "doctors")), (None, Some("MED")));
    assert_eq!(cs(find(m, "rights group")), (None, Some("NGO")));
}

#[test]
fn english_adjective_is_no_actor() {
    let r = rec().recognize_text(
        "The plan needs military action and a firm answer from the head of government.",
        "en",
        None,
    );
    assert!(
        r.mentions
            .iter()
            .all(|m| m.text != "military" && m.text != "firm" && m.text != "government"),
        "{:?}",
        r.mentions
    );
}

#[test]
fn italian_generic_actors() {
    let r = rec().recognize_text(
        "Ieri la polizia ha fermato decine di manifestanti, mentre i militari russi avanzavano contro i ribelli. \
         Il governo di Kiev ha convocato l'ambasciatore al ministero degli Esteri; la procura di Milano e il tribunale speciale indagano. \
         L'esercito tace, l'opposizione protesta e l'azienda smentisce, secondo i giornalisti e le ONG.",
        "it",
        Some("2024-06-01"),
    );
    let m = &r.mentions;
    assert_eq!(cs(find(m, "polizia")), (None, Some("COP")));
    assert_eq!(cs(find(m, "manifestanti")), (None, Some("CVL")));
    assert_eq!(cs(find(m, "militari russi")), (Some("RUS"), Some("MIL")));
    assert_eq!(cs(find(m, "ribelli")), (None, Some("REB")));
    assert_eq!(cs(find(m, "governo di Kiev")), (Some("UKR"), Some("GOV")));
    assert_eq!(cs(find(m, "ministero degli Esteri")), (None, Some("GOV")));
    assert_eq!(cs(find(m, "procura di Milano")), (Some("ITA"), Some("JUD")));
    assert_eq!(cs(find(m, "tribunale speciale")), (None, Some("JUD")));
    assert_eq!(cs(find(m, "esercito")), (None, Some("MIL")));
    assert_eq!(cs(find(m, "opposizione")), (None, Some("OPP")));
    assert_eq!(cs(find(m, "azienda")), (None, Some("BUS")));
    assert_eq!(cs(find(m, "giornalisti")), (None, Some("JRN")));
    assert_eq!(cs(find(m, "ONG")), (None, Some("NGO")));
    // "crisi di governo", "forze di polizia": modifiers, not actors
    let r = rec().recognize_text("È una crisi di governo e servono forze di polizia.", "it", None);
    assert!(
        r.mentions.iter().all(|m| m.text != "governo" && m.text != "polizia"),
        "{:?}",
        r.mentions
    );
}

#[test]
fn names_in_no_list() {
    let r = rec();
    // an institution word is an ORG name for NER; the place after "di" is a LOC
    let x = r.recognize_text(
        "Il Tribunale di Palermo ha sentito la polizia e la ANAS in Lombardia.",
        "it",
        None,
    );
    let names: Vec<(&str, ActorKind)> = x
        .names
        .iter()
        .map(|n| {
            (
                &"Il Tribunale di Palermo ha sentito la polizia e la ANAS in Lombardia."[n.start..n.end],
                n.kind,
            )
        })
        .collect();
    assert!(names.contains(&("Tribunale", ActorKind::Organization)), "{names:?}");
    assert!(names.contains(&("Palermo", ActorKind::Location)), "{names:?}");
    assert!(names.contains(&("polizia", ActorKind::Organization)), "{names:?}");
    assert!(names.contains(&("ANAS", ActorKind::Organization)), "{names:?}");
    assert!(names.contains(&("Lombardia", ActorKind::Location)), "{names:?}");
    // a given name that is also a town starts a person; a pope's numeral belongs to him
    let x = r.recognize_text(
        "Ne hanno parlato George Kowalski e Benedetto XVI a San Lorenzo.",
        "it",
        None,
    );
    let m = &x.mentions;
    assert_eq!(find(m, "George Kowalski").kind, ActorKind::Person);
    assert_eq!(find(m, "Benedetto XVI").kind, ActorKind::Person);
    assert_eq!(find(m, "San Lorenzo").kind, ActorKind::Location);
    // an English organization opened by a demonym
    let x = r.recognize_text("The American Dental Association sued the FDA.", "en", None);
    assert_eq!(
        find(&x.mentions, "American Dental Association").country.as_deref(),
        Some("USA")
    );
    // a heading in capitals makes no acronyms
    let x = r.recognize_text("ULTIME NOTIZIE DAL MONDO", "it", None);
    assert!(x.mentions.is_empty(), "{:?}", x.mentions);
}

#[test]
fn plural_forces_are_military_actors() {
    let r = rec().recognize_text(
        "Chilean and Peruvian armies held drills while the two navies watched.",
        "en",
        Some("2024-06-01"),
    );
    assert_eq!(cs(find(&r.mentions, "Peruvian armies")), (Some("PER"), Some("MIL")));
    assert_eq!(cs(find(&r.mentions, "navies")), (None, Some("MIL")));
}

#[test]
fn a_text_opening_on_a_comma_and_a_conjunction_does_not_panic() {
    for text in [", and EU officials met.", ", and UN and EU officials met."] {
        let _ = rec().recognize_text(text, "en", Some("2024-06-01"));
    }
}

#[test]
fn a_modifier_between_an_english_demonym_and_its_role_noun_keeps_one_actor() {
    let r = rec().recognize_text(
        "A Peruvian federal judge froze the accounts. A Malian armed group seized the road.",
        "en",
        Some("2024-06-01"),
    );
    assert_eq!(
        cs(find(&r.mentions, "Peruvian federal judge")),
        (Some("PER"), Some("JUD"))
    );
    assert_eq!(cs(find(&r.mentions, "Malian armed group")), (Some("MLI"), Some("REB")));
    // a word that is no modifier keeps the old split: no actor spans a verb
    let r = rec().recognize_text("Iranian drones hit army depots.", "en", Some("2024-06-01"));
    assert!(r.mentions.iter().all(|m| !m.text.contains("hit")), "{:?}", r.mentions);
    // the name after the role phrase is the actor and takes its country and sector
    let r = rec().recognize_text(
        "The Peruvian federal judge Mirela Dovan froze the accounts.",
        "en",
        Some("2024-06-01"),
    );
    assert_eq!(cs(find(&r.mentions, "Mirela Dovan")), (Some("PER"), Some("JUD")));
}

#[test]
fn armed_groups_are_rebels_in_both_languages() {
    let r = rec().recognize_text("Un gruppo armato ha attaccato il villaggio.", "it", Some("2024-06-01"));
    assert_eq!(cs(find(&r.mentions, "gruppo armato")), (None, Some("REB")));
    let r = rec().recognize_text("An armed group seized the bridge.", "en", Some("2024-06-01"));
    assert_eq!(cs(find(&r.mentions, "armed group")), (None, Some("REB")));
    // a militia may fight for the government: no sector from the word alone
    let r = rec().recognize_text(
        "A pro-government militia attacked the marchers.",
        "en",
        Some("2024-06-01"),
    );
    assert!(
        r.mentions.iter().all(|m| m.sector.as_deref() != Some("REB")),
        "{:?}",
        r.mentions
    );
}
