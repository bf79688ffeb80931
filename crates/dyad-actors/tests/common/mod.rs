//! Helpers shared by the recognizer's integration tests: one recognizer for
//! the whole test binary, a mention by its text, and the NER names a text
//! yields with assertions over them.

#![allow(dead_code)]

use dyad_actors::ActorRecognizer;
use dyad_lexicon::Lexicons;
use dyad_model::{ActorKind, ActorMention};
use std::sync::OnceLock;

pub fn rec() -> &'static ActorRecognizer {
    static REC: OnceLock<ActorRecognizer> = OnceLock::new();
    REC.get_or_init(|| ActorRecognizer::new(&Lexicons::embedded()).expect("lexicons parse"))
}

/// The mention whose text is `text`; panics listing the mentions found.
pub fn find<'a>(ms: &'a [ActorMention], text: &str) -> &'a ActorMention {
    ms.iter().find(|m| m.text == text).unwrap_or_else(|| {
        panic!(
            "no mention '{text}' in {:#?}",
            ms.iter().map(|m| &m.text).collect::<Vec<_>>()
        )
    })
}

/// A mention's (country, sector).
pub fn cs(m: &ActorMention) -> (Option<&str>, Option<&str>) {
    (m.country.as_deref(), m.sector.as_deref())
}

/// The NER names of a text as (text, kind).
pub fn names(text: &str, lang: &str) -> Vec<(String, ActorKind)> {
    rec()
        .recognize_text(text, lang, None)
        .names
        .iter()
        .map(|n| (text[n.start..n.end].to_string(), n.kind))
        .collect()
}

pub fn has(text: &str, lang: &str, name: &str, kind: ActorKind) {
    let ns = names(text, lang);
    assert!(
        ns.iter().any(|(t, k)| t == name && *k == kind),
        "no {name} as {kind:?} in {ns:?} ({text})"
    );
}

/// `name` is a name of `kind` exactly `times` times in `text`.
pub fn has_times(text: &str, lang: &str, name: &str, kind: ActorKind, times: usize) {
    let ns = names(text, lang);
    assert_eq!(
        ns.iter().filter(|(t, k)| t == name && *k == kind).count(),
        times,
        "{name} as {kind:?} in {ns:?} ({text})"
    );
}

pub fn lacks(text: &str, lang: &str, name: &str) {
    let ns = names(text, lang);
    assert!(
        !ns.iter().any(|(t, _)| t == name),
        "{name} should be no name in {ns:?} ({text})"
    );
}
