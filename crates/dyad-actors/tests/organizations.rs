//! International organisations, agencies and armed groups from
//! `lexicons/common/organizations.tsv`, on sentences written for this test:
//! each is found with its PLOVER code and sector in both languages.

use dyad_actors::ActorRecognizer;
use dyad_lexicon::Lexicons;

fn code_and_sector(rec: &ActorRecognizer, text: &str, lang: &str, surface: &str) -> (Option<String>, Option<String>) {
    let r = rec.recognize_text(text, lang, Some("2024-06-01"));
    let m = r.mentions.iter().find(|m| m.text == surface).unwrap_or_else(|| {
        panic!(
            "no mention '{surface}' in {:?}",
            r.mentions.iter().map(|m| &m.text).collect::<Vec<_>>()
        )
    });
    (m.country.clone(), m.sector.clone())
}

#[test]
fn regional_bodies_courts_agencies_and_armed_groups() {
    let rec = ActorRecognizer::new(&Lexicons::embedded()).expect("lexicons parse");
    // sentence, language, mention, country, sector
    type Case<'a> = (&'a str, &'a str, &'a str, Option<&'a str>, Option<&'a str>);
    let cases: &[Case] = &[
        (
            "The Organization of American States sent observers.",
            "en",
            "Organization of American States",
            Some("IGO"),
            None,
        ),
        (
            "L'Organizzazione degli Stati americani ha inviato osservatori.",
            "it",
            "Organizzazione degli Stati americani",
            Some("IGO"),
            None,
        ),
        (
            "The European Court of Human Rights ruled against the state.",
            "en",
            "European Court of Human Rights",
            Some("IGO"),
            Some("JUD"),
        ),
        (
            "La Corte europea dei diritti dell'uomo ha condannato lo Stato.",
            "it",
            "Corte europea dei diritti dell'uomo",
            Some("IGO"),
            Some("JUD"),
        ),
        (
            "Reporters Without Borders condemned the arrest.",
            "en",
            "Reporters Without Borders",
            Some("NGO"),
            Some("JRN"),
        ),
        (
            "The RSF shelled the city overnight.",
            "en",
            "RSF",
            Some("SDN"),
            Some("REB"),
        ),
        (
            "Le Forze di supporto rapido hanno bombardato la città.",
            "it",
            "Forze di supporto rapido",
            Some("SDN"),
            Some("REB"),
        ),
        ("UNRWA said its schools were full.", "en", "UNRWA", Some("UNO"), None),
    ];
    for &(text, lang, surface, code, sector) in cases {
        let (c, s) = code_and_sector(&rec, text, lang, surface);
        assert_eq!((c.as_deref(), s.as_deref()), (code, sector), "{text}");
    }
}

#[test]
fn national_agencies_take_their_country_and_sector() {
    let rec = ActorRecognizer::new(&Lexicons::embedded()).expect("lexicons parse");
    type Case<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str);
    let cases: &[Case] = &[
        (
            "USAID shipped tents to the flooded valley.",
            "en",
            "USAID",
            "USA",
            "GOV",
        ),
        (
            "The U.S. Justice Department charged two bankers.",
            "en",
            "U.S. Justice Department",
            "USA",
            "JUD",
        ),
        ("MI6 recruited a courier in Tarvos.", "en", "MI6", "GBR", "SPY"),
        (
            "The Israel Defense Forces closed the crossing.",
            "en",
            "Israel Defense Forces",
            "ISR",
            "MIL",
        ),
        (
            "La Guardia di Finanza ha sequestrato due yacht.",
            "it",
            "Guardia di Finanza",
            "ITA",
            "COP",
        ),
        (
            "La Banca d'Italia ha alzato le stime.",
            "it",
            "Banca d'Italia",
            "ITA",
            "BUS",
        ),
    ];
    for &(text, lang, surface, code, sector) in cases {
        let (c, s) = code_and_sector(&rec, text, lang, surface);
        assert_eq!((c.as_deref(), s.as_deref()), (Some(code), Some(sector)), "{text}");
    }
    // a body of another country with the same generic name keeps no US or UK code
    for (text, lang) in [
        ("The Philippine Department of Justice charged the senator.", "en"),
        ("China CDC warned the public about the fever.", "en"),
        ("The Mexican Border Patrol stopped two trucks.", "en"),
        ("The Canadian House of Commons condemned the raid.", "en"),
        ("La Corte dei conti europea ha criticato la spesa.", "it"),
    ] {
        let r = rec.recognize_text(text, lang, Some("2024-06-01"));
        assert!(
            r.mentions
                .iter()
                .all(|m| !matches!(m.country.as_deref(), Some("USA" | "GBR" | "ITA"))),
            "{text}: {:?}",
            r.mentions
        );
    }
    // the tail of another country's army is not China's
    let r = rec.recognize_text(
        "Units of the Sudan People's Liberation Army left the town.",
        "en",
        Some("2024-06-01"),
    );
    assert!(
        r.mentions.iter().all(|m| m.country.as_deref() != Some("CHN")),
        "{:?}",
        r.mentions
    );
}

#[test]
fn a_court_named_for_its_remit_is_an_organization() {
    // "Jurisdiction"/"Giurisdizione" heads a court's name as "Court" does.
    let rec = ActorRecognizer::new(&Lexicons::embedded()).expect("lexicons parse");
    let (_, sector) = code_and_sector(
        &rec,
        "Next week the Jurisdiction for Mountain Pastures will hear a Tarvos shepherd.",
        "en",
        "Jurisdiction for Mountain Pastures",
    );
    assert_eq!(sector.as_deref(), Some("JUD"));
    let (_, sector) = code_and_sector(
        &rec,
        "Ieri la Giurisdizione Speciale ha ascoltato un pastore di Tarvos.",
        "it",
        "Giurisdizione Speciale",
    );
    assert_eq!(sector.as_deref(), Some("JUD"));
}
