//! NER on the team's own sentences (`tests/ner/*-team.conll`, written for
//! checking, never tuned on): a floor under the entity-level F1, so a change
//! that breaks names on fresh prose fails here even when the dev figure holds.
//! The floors sit a few points under the figures measured when the sets were
//! written (docs/ACCURACY.md).

use dyad_actors::{eval, ActorRecognizer};
use dyad_lexicon::Lexicons;

fn f1(file: &str, lang: &str) -> f64 {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/ner")
        .join(file);
    let conll = std::fs::read_to_string(&path).expect("team NER set is readable");
    let rec = ActorRecognizer::new(&Lexicons::embedded()).expect("lexicons parse");
    let report = eval::evaluate(&rec, &conll, lang).expect("well-formed CoNLL");
    println!("{file}: F1 {:.3}", report.total().f1());
    report.total().f1()
}

#[test]
fn italian_team_sentences_keep_their_ner_floor() {
    assert!(f1("it-team.conll", "it") >= 0.68);
}

#[test]
fn english_team_sentences_keep_their_ner_floor() {
    assert!(f1("en-team.conll", "en") >= 0.70);
}
