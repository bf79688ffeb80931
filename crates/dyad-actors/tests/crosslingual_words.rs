//! Words the two languages should read alike (session 23, crosslingual).
//!
//! Demonyms of peoples with a region of their own inside a country (the
//! regions in `actors-regions.tsv` that name a nation: Scotland, Wales,
//! Chechnya): one such person is an actor of the country, in Italian and in
//! English alike. Sentences and names are invented for these tests.

mod common;

use common::{cs, find, rec};

fn country_of(text: &str, lang: &str, mention: &str) -> Option<String> {
    let ms = rec().recognize_text(text, lang, None);
    cs(find(&ms.mentions, mention)).0.map(str::to_string)
}

#[test]
fn a_chechen_is_one_person_of_russia() {
    assert_eq!(
        country_of("Un ceceno ha aperto un ristorante a Tarvos.", "it", "ceceno").as_deref(),
        Some("RUS")
    );
    assert_eq!(
        country_of("A bakery in Tarvos was opened by a Chechen.", "en", "Chechen").as_deref(),
        Some("RUS")
    );
}

#[test]
fn a_welsh_person_is_one_person_of_britain() {
    assert_eq!(
        country_of("Kessia ha incontrato un gallese a Tarvos.", "it", "gallese").as_deref(),
        Some("GBR")
    );
}

/// "opponents", like "oppositori" and "dissidents", name the opposition (OPP).
#[test]
fn opponents_are_the_opposition_in_both_languages() {
    for (text, lang, word) in [
        (
            "Political opponents marched through Tarvos on Friday.",
            "en",
            "opponents",
        ),
        ("Gli oppositori hanno marciato a Tarvos venerdì.", "it", "oppositori"),
    ] {
        let ms = rec().recognize_text(text, lang, None);
        assert_eq!(cs(find(&ms.mentions, word)).1, Some("OPP"), "{text}");
    }
}
