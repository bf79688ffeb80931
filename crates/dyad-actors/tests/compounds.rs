//! Hyphenated compounds (phase 9): known names inside a hyphenated word
//! are mentions of their own ("Russia-Corea del Nord", "India-Pakistan");
//! a name before a participle is a modifier ("UN-backed", "Russian-made"),
//! never an unknown name; hyphenated person and place names stay whole.

use dyad_actors::ActorRecognizer;
use dyad_model::ActorMention;

fn rec() -> ActorRecognizer {
    ActorRecognizer::new(&dyad_lexicon::Lexicons::embedded()).unwrap()
}

/// (text, country) of every mention.
fn pairs(ms: &[ActorMention]) -> Vec<(String, Option<String>)> {
    ms.iter().map(|m| (m.text.clone(), m.country.clone())).collect()
}

fn has(ms: &[ActorMention], text: &str, country: Option<&str>) {
    let p = pairs(ms);
    assert!(
        p.iter().any(|(t, c)| t == text && c.as_deref() == country),
        "no {text:?}/{country:?} in {p:?}"
    );
}

fn lacks(ms: &[ActorMention], text: &str) {
    let p = pairs(ms);
    assert!(!p.iter().any(|(t, _)| t == text), "unexpected {text:?} in {p:?}");
}

#[test]
fn names_inside_hyphenated_words_en() {
    let r = rec();
    let ms = r
        .recognize_text(
            "The India-Pakistan talks in Geneva ended. US-China trade talks resumed as the Israel-Hamas war went on.",
            "en",
            None,
        )
        .mentions;
    has(&ms, "India", Some("IND"));
    has(&ms, "Pakistan", Some("PAK"));
    lacks(&ms, "India-Pakistan");
    has(&ms, "US", Some("USA"));
    has(&ms, "China", Some("CHN"));
    has(&ms, "Israel", Some("ISR"));
    has(&ms, "Hamas", Some("PSE"));
    // invented pair of real countries, places of two countries
    let ms = r
        .recognize_text(
            "The Chile-Norway accord and the Moscow-Beijing axis were discussed.",
            "en",
            None,
        )
        .mentions;
    has(&ms, "Chile", Some("CHL"));
    has(&ms, "Norway", Some("NOR"));
    has(&ms, "Moscow", Some("RUS"));
    has(&ms, "Beijing", Some("CHN"));
}

#[test]
fn names_inside_hyphenated_words_it() {
    let r = rec();
    let ms = r
        .recognize_text(
            "Il Canada ha criticato le esercitazioni congiunte Russia-Corea del Nord di questa estate.",
            "it",
            None,
        )
        .mentions;
    has(&ms, "Russia", Some("RUS"));
    has(&ms, "Corea del Nord", Some("PRK"));
    let ms = r
        .recognize_text(
            "I colloqui Stati Uniti-Cina e l'asse Francia-Germania, poi il vertice Mosca-Pechino.",
            "it",
            None,
        )
        .mentions;
    has(&ms, "Stati Uniti", Some("USA"));
    has(&ms, "Cina", Some("CHN"));
    has(&ms, "Francia", Some("FRA"));
    has(&ms, "Germania", Some("DEU"));
    has(&ms, "Mosca", Some("RUS"));
    has(&ms, "Pechino", Some("CHN"));
}

#[test]
fn name_before_participle_is_a_modifier() {
    let r = rec();
    let ms = r
        .recognize_text(
            "The UN-backed government condemned the Taliban-claimed attack.",
            "en",
            None,
        )
        .mentions;
    // the backer and the claimant are linked with their own country only
    has(&ms, "UN", Some("UNO"));
    has(&ms, "Taliban", Some("AFG"));
    lacks(&ms, "UN-backed");
    lacks(&ms, "Taliban-claimed");
    let ms = r.recognize_text("Rebels fired Russian-made rockets at Iranian-backed militias from a China-based firm and a Zorvan-built depot.", "en", None).mentions;
    for t in [
        "Russian-made",
        "Russian",
        "Iranian-backed",
        "Iranian",
        "China-based",
        "Zorvan-built",
    ] {
        lacks(&ms, t);
    }
    // Italian puts the prefix first: no actor either
    let ms = r
        .recognize_text(
            "I miliziani filo-russi e i gruppi filo-iraniani hanno parlato.",
            "it",
            None,
        )
        .mentions;
    assert!(
        ms.iter()
            .all(|m| m.country.as_deref() != Some("RUS") && m.country.as_deref() != Some("IRN")),
        "{:?}",
        pairs(&ms)
    );
}

#[test]
fn hyphenated_names_stay_whole() {
    let r = rec();
    let ms = r.recognize_text("Kim Sang-Hyun tested a Hwasong-11 missile near Saint-Alban. Moon Jae-in met Kim Jong-un in Guinea-Bissau and in Baden-Baden.", "en", None).mentions;
    for t in [
        "Kim Sang-Hyun",
        "Hwasong-11",
        "Saint-Alban",
        "Moon Jae-in",
        "Kim Jong-un",
        "Guinea-Bissau",
        "Baden-Baden",
    ] {
        assert!(ms.iter().any(|m| m.text == t), "no {t:?} in {:?}", pairs(&ms));
    }
    has(&ms, "Guinea-Bissau", Some("GNB"));
    // two towns of one country: the Phase 4 "Roma-X" rule, one place
    let ms = r
        .recognize_text("Disagi sulla linea Roma-Viterbo e sulla Roma-Lido.", "it", None)
        .mentions;
    assert!(ms.iter().any(|m| m.text == "Roma-Viterbo"), "{:?}", pairs(&ms));
    assert!(ms.iter().any(|m| m.text == "Roma-Lido"), "{:?}", pairs(&ms));
}
