//! The recognizer and the coder on any input, however odd: no panic, and every
//! offset they return is a valid span of the text, inside its sentence.
//!
//! The generator mixes what the rules look for (actor names, triggers, clitics,
//! negation, quotes, dates, figures, role nouns) with what trips byte
//! arithmetic (accents, combining marks, emoji, right-to-left script, stray
//! punctuation), so the coder's deeper passes run on broken shapes of the
//! sentences they were written for.

use dyad_actors::ActorRecognizer;
use dyad_events::{Coder, NoPlaces};
use dyad_lexicon::Lexicons;
use dyad_model::{Article, Event};
use proptest::prelude::*;
use std::sync::OnceLock;

fn stages() -> &'static (ActorRecognizer, Coder) {
    static STAGES: OnceLock<(ActorRecognizer, Coder)> = OnceLock::new();
    STAGES.get_or_init(|| {
        let lex = Lexicons::embedded();
        (ActorRecognizer::new(&lex).unwrap(), Coder::new(&lex).unwrap())
    })
}

fn piece() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        // actors, in both languages
        "Putin",
        "Kim Jong Un",
        "la Russia",
        "Russia",
        "the US",
        "gli Stati Uniti",
        "Mosca",
        "Pyongyang",
        "il Cremlino",
        "the Kremlin",
        "le Nazioni Unite",
        "the UN",
        "NATO",
        "l'UE",
        "To Lam",
        "Lam",
        "il presidente russo",
        "the Russian president",
        "i due leader",
        "the two leaders",
        "funzionari sudcoreani",
        "Andrei Lankov",
        "dell'Università Kookmin di Seul",
        "Norvalia",
        "Kessia",
        "(",
        ")",
        "U.N.'s",
        // triggers and role words
        "ha firmato",
        "signed",
        "un patto di mutua difesa",
        "sanzioni contro",
        "sanctions on",
        "ha accusato",
        "accused",
        "ha chiesto",
        "asked",
        "visita di Stato",
        "visited",
        "attacked",
        "ha attaccato",
        "non",
        "not",
        "lo ha graziato",
        "pardoned him",
        "accoglierlo",
        "will meet",
        "incontrerà",
        "sostegno alla guerra in",
        "support for",
        "with",
        "con",
        "contro",
        "against",
        "a",
        "in",
        "di",
        "da",
        "by",
        "è stato firmato da",
        "was signed by",
        "who",
        "che",
        "and",
        "e",
        ",",
        ";",
        ":",
        // speech and quotes
        "ha detto",
        "said",
        "secondo",
        "according to",
        "«",
        "»",
        "“",
        "”",
        "\"",
        "—",
        "- afferma",
        // dates and figures
        "mercoledì",
        "Wednesday",
        "ieri",
        "la scorsa settimana",
        "last month",
        "nel 2000",
        "tra il 1995 e il 2023",
        "tre mesi dopo",
        "11.000 container",
        "circa 9.000",
        "50 miliardi di dollari",
        "$50bn",
        "oltre l'80%",
        "una dozzina di",
        "due volte",
        "1,5",
        "3.5",
        "2024-06-20",
        // shapes that trip offsets
        ".",
        ". ",
        "\n",
        "\n\n",
        "'",
        "’",
        "…",
        "e\u{301}",
        "È",
        "👨\u{200D}👩",
        "مرحبا",
        "\u{200B}",
        "\t",
    ])
    .prop_map(str::to_string);
    prop_oneof![
        6 => words,
        1 => "[a-zA-Zàèéìòù0-9 ]{1,8}",
        1 => any::<char>().prop_map(String::from),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|pieces| pieces.join(" "))
}

fn check_span(text: &str, start: usize, end: usize, what: &str) {
    assert!(
        start <= end && end <= text.len(),
        "{what}: {start}..{end} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: {start}..{end} splits a character"
    );
}

fn code(text: &str, lang: &str) -> Option<Vec<Event>> {
    let (actors, coder) = stages();
    let article = Article {
        source: "generated".into(),
        text: text.to_string(),
        date: Some("2024-06-20".into()),
        ..Default::default()
    };
    let analysis = dyad_text::analyze(article, Some(lang)).ok()?;
    let mentions = actors.recognize(&analysis);
    let coded = coder.code(&analysis, &mentions, "generated", &NoPlaces);
    let text = &analysis.article.text;
    for m in &mentions {
        check_span(text, m.start, m.end, "actor mention");
        assert_eq!(
            &text[m.start..m.end],
            m.text,
            "actor mention text differs from its span"
        );
    }
    for e in &coded.events {
        check_span(text, e.trigger.start, e.trigger.end, "trigger");
        assert!(
            analysis
                .sentences
                .iter()
                .any(|s| s.start <= e.trigger.start && e.trigger.end <= s.end),
            "trigger {:?} lies in no sentence",
            e.trigger
        );
        for side in [&e.actor, &e.recipient] {
            for a in side.iter() {
                check_span(text, a.start, a.end, "event actor");
            }
        }
        assert!(e.score.is_finite(), "score {} is not a number", e.score);
        assert!(
            (0.0..=1.0).contains(&e.confidence),
            "confidence {} outside 0..1",
            e.confidence
        );
    }
    for q in &coded.quotes {
        check_span(text, q.start, q.end, "quote");
    }
    Some(coded.events)
}

proptest! {
    // A fixed seed keeps CI reproducible; a wider search is a local run with
    // more cases or another seed (PROPTEST_CASES does not override these).
    #![proptest_config(ProptestConfig {
        cases: 1000,
        rng_seed: proptest::test_runner::RngSeed::Fixed(20_261_124),
        ..ProptestConfig::default()
    })]

    #[test]
    fn italian_coding_survives_any_text(text in text()) {
        code(&text, "it");
    }

    #[test]
    fn english_coding_survives_any_text(text in text()) {
        code(&text, "en");
    }
}

/// The generator must reach the coder's passes, or the properties above say
/// little: a fixed sentence built from its pieces has to yield events.
#[test]
fn the_generator_pieces_make_events() {
    for (lang, sentence) in [
        (
            "it",
            "Mercoledì la Russia ha attaccato Kessia, secondo le Nazioni Unite.",
        ),
        ("en", "Last month the Kremlin accused Kessia, the UN said."),
    ] {
        let events = code(sentence, lang).unwrap();
        assert!(
            !events.is_empty(),
            "no event from a {lang} sentence made of generator pieces"
        );
    }
}

/// Inputs the generator once found to panic, kept as fixed cases.
#[test]
fn inputs_that_once_panicked() {
    // A conflict noun's owner phrase starting the sentence: the look-back
    // for its genitive preposition ran past the first token.
    code(
        "Putin sostegno alla guerra in the Russian president la Russia pardoned him",
        "en",
    );
}
