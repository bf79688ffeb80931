//! Noun-phrase chunks: the fallback arguments of an event.
//!
//! The actor recognizer finds states, leaders and organizations it knows,
//! but news names many participants it cannot know: "a Saudi dissident",
//! "the bombing of a military academy", "family members of the victims".
//! When no actor mention fills a role, the coder takes the noun phrase in
//! that position instead, with no country or sector (PLOVER still codes the
//! event; linking the actor is a later concern).
//!
//! No parser and no tagger: a chunk is a maximal run of tokens that are not
//! function words (the `grammar.tsv` classes: prepositions, conjunctions,
//! auxiliaries, clause breaks, plus the `np-stop` class of pronouns, common
//! adverbs, time words and speech verbs), not inside an actor mention and
//! not part of a trigger. A determiner always opens a new chunk ("gave the
//! records to the ministry" has two), and an English "-ed"/"-ly" word after a
//! content word closes one: "-ed" there is a verb ("the army shelled the
//! town"), "-ly" an adverb. The roles are then assigned over chunks exactly
//! as over actor mentions: subject before the verb, object or prepositional
//! phrase after it, with the same preposition rules.

use crate::coder::Tok;
use crate::rules::LanguageRules;
use crate::words;
use dyad_model::TokenKind;

/// Word classes that end a noun phrase.
const STOP_CLASSES: [&str; 10] = [
    "recipient-prep",
    "genitive-prep",
    "agent-prep",
    "destination-prep",
    "against-prep",
    "with-prep",
    "clause-break",
    "coord",
    "auxiliary",
    "np-stop",
];

/// Longest chunk kept: longer runs are lists or missed verbs, not one phrase.
const MAX_CHUNK: usize = 10;

/// Noun-phrase chunks of a sentence as half-open token ranges, in order.
/// `blocked` marks tokens that belong to an actor mention or a trigger.
pub(crate) fn np_chunks(rules: &LanguageRules, toks: &[Tok], blocked: &[bool]) -> Vec<(usize, usize)> {
    let english = rules.lang == "en";
    let stop = |w: &str| STOP_CLASSES.iter().any(|c| rules.is(c, w));
    let mut chunks = Vec::new();
    let mut start: Option<usize> = None;
    let close = |start: &mut Option<usize>, end: usize, chunks: &mut Vec<(usize, usize)>| {
        if let Some(s) = start.take() {
            // A chunk of determiners and numbers alone names nothing.
            let contentful = toks[s..end]
                .iter()
                .any(|t| t.kind == TokenKind::Word && !rules.is("determiner", &t.word) && t.word.chars().count() > 1);
            if contentful && end - s <= MAX_CHUNK {
                chunks.push((s, end));
            }
        }
    };
    for (i, t) in toks.iter().enumerate() {
        let w = t.word.as_str();
        // Joiners keep a phrase together: "U.S.-backed", "Iran's", "Athens' ministry".
        let joiner = start.is_some()
            && (w == "-" || words::is_possessive_mark(w) || (w == "s" && i > 0 && toks[i - 1].word == "'"));
        if joiner && !blocked[i] {
            continue;
        }
        let np_word = !blocked[i]
            && (t.kind == TokenKind::Word || t.kind == TokenKind::Number)
            && !stop(w)
            && !is_adverb(&rules.lang, w);
        if !np_word {
            close(&mut start, i, &mut chunks);
            continue;
        }
        let determiner = rules.is("determiner", w);
        let after_determiner = i > 0 && rules.is("determiner", &toks[i - 1].word);
        let verb_like = if english {
            // "EU-based", "Kessian-led": the second half of a hyphen
            // compound is an adjective, no verb.
            let compound = w.contains('-') || i > 0 && toks[i - 1].word == "-";
            start.is_some() && w.ends_with("ed") && w.len() > 4 && !after_determiner && !compound
        } else {
            // "agli alleati", "ai rifugiati", "dei deputati": a participle right
            // after a preposition is a noun (a verb's participle follows its
            // auxiliary); infinitives there stay verbs ("per aiutare").
            let after_prep = i > 0
                && ["recipient-prep", "genitive-prep", "agent-prep", "destination-prep"]
                    .iter()
                    .any(|c| rules.is(c, &toks[i - 1].word));
            // "Usa e alleati", "deputati e delegati": one conjoined with a noun
            // is a noun too; after a participle it is one ("arrestati e
            // rilasciati").
            let after_noun_and = i >= 2
                && rules.is("coord", &toks[i - 1].word)
                && toks[i - 2].kind == TokenKind::Word
                && !italian_verb_like(&toks[i - 2].word)
                && !rules.is("auxiliary", &toks[i - 2].word);
            // "diversi sospettati", "tre arrestati", "50 feriti": after a figure
            // or a word of quantity a participle names people.
            let after_quantity = i > 0 && crate::words::is_quantity(rules, &toks[i - 1]);
            let participle = [
                "ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite",
            ]
            .iter()
            .any(|e| w.ends_with(e));
            // "diversi" is no reflexive infinitive.
            !after_determiner
                && !rules.is("quantity-word", w)
                && !((after_prep || after_noun_and || after_quantity) && participle)
                && italian_verb_like(w)
        };
        // "returned the codex to its owners 40 years on": a figure after
        // a head noun opens the next phrase (a span of time, a count), as an
        // article would.
        let figure_after_noun = t.kind == TokenKind::Number
            && start.is_some()
            && i > 0
            && toks[i - 1].kind == TokenKind::Word
            && !words::is_possessive_mark(&toks[i - 1].word)
            && toks[i - 1].word != "s"
            && !rules.is("determiner", &toks[i - 1].word)
            && !words::is_quantity(rules, &toks[i - 1]);
        if figure_after_noun {
            close(&mut start, i, &mut chunks);
        }
        if determiner || verb_like {
            close(&mut start, i, &mut chunks);
            if verb_like {
                continue;
            }
        }
        if start.is_none() {
            start = Some(i);
        }
    }
    close(&mut start, toks.len(), &mut chunks);
    // A trailing joiner is no part of the phrase.
    for c in &mut chunks {
        while c.1 > c.0 + 1 && matches!(toks[c.1 - 1].word.as_str(), "-" | "'" | "’") {
            c.1 -= 1;
        }
    }
    chunks
}

/// An Italian word whose ending marks a verb form outside a noun phrase:
/// participles ("ottenuto"), infinitives ("rafforzare"), third-person plurals
/// ("vogliono") and past forms. After a determiner the same endings are nouns
/// ("il mandato", "il piano"), and the caller lets those through; a few
/// frequent adjectives with these endings are listed.
fn italian_verb_like(w: &str) -> bool {
    const ADJECTIVES: [&str; 12] = [
        "militare",
        "militari",
        "nucleare",
        "nucleari",
        "popolare",
        "particolare",
        "unito",
        "unita",
        "uniti",
        "unite",
        "stato",
        "stati",
    ];
    if w.chars().count() < 5 || ADJECTIVES.contains(&w) {
        return false;
    }
    const ENDINGS: [&str; 24] = [
        "ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "iti", "are", "ere", "ire", "arsi", "ersi",
        "irsi", "ano", "ono", "ava", "avano", "eva", "evano", "arono", "irono",
    ];
    ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Manner adverbs by their suffix ("strongly", "duramente").
fn is_adverb(lang: &str, w: &str) -> bool {
    match lang {
        "it" => w.len() > 7 && w.ends_with("mente"),
        _ => {
            w.len() > 4
                && w.ends_with("ly")
                && ![
                    "italy", "family", "ally", "assembly", "july", "rally", "supply", "monopoly",
                ]
                .contains(&w)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_lexicon::Lexicons;

    /// Chunks of a whitespace-tokenized sentence; `verb` is blocked as a trigger would be.
    fn chunks_of(lang: &str, sentence: &str, verb: &str) -> Vec<String> {
        let lex = Lexicons::embedded();
        let rules = crate::rules::load_language(&lex, lang).unwrap();
        let toks: Vec<Tok> = sentence
            .split_whitespace()
            .scan(0usize, |pos, w| {
                let start = sentence[*pos..].find(w).map(|o| o + *pos).unwrap_or(*pos);
                *pos = start + w.len();
                let kind = if w.chars().all(|c| c.is_ascii_digit()) {
                    TokenKind::Number
                } else if w.chars().all(char::is_alphanumeric) || w.contains('\'') {
                    TokenKind::Word
                } else {
                    TokenKind::Punct
                };
                Some(Tok {
                    start,
                    end: start + w.len(),
                    word: dyad_text::fold(w),
                    kind,
                })
            })
            .collect();
        let blocked: Vec<bool> = toks.iter().map(|t| t.word == verb).collect();
        np_chunks(&rules, &toks, &blocked)
            .into_iter()
            .map(|(a, b)| toks[a..b].iter().map(|t| t.word.as_str()).collect::<Vec<_>>().join(" "))
            .collect()
    }

    #[test]
    fn english_chunks_stop_at_function_words_and_determiners() {
        let c = chunks_of(
            "en",
            "The harbour workers union sharply criticised the port authority of Genoa on Friday",
            "criticised",
        );
        assert_eq!(c, vec!["the harbour workers union", "the port authority", "genoa"]);
    }

    #[test]
    fn a_hyphen_compound_in_ed_is_no_verb() {
        let c = chunks_of("en", "two Kessia - based carriers landed", "landed");
        assert_eq!(c, vec!["two kessia - based carriers"]);
    }

    #[test]
    fn italian_chunks_split_at_prepositions() {
        let c = chunks_of(
            "it",
            "Il sindacato dei portuali ha criticato duramente un piano della regione",
            "criticato",
        );
        assert_eq!(c, vec!["il sindacato", "portuali", "un piano", "regione"]);
        // Verb forms outside a noun phrase end it: "vogliono", "ottenuto".
        let c = chunks_of("it", "Le due parti vogliono rafforzare la difesa", "difesa");
        assert_eq!(c, vec!["le due parti"]);
    }

    #[test]
    fn an_italian_participle_after_a_preposition_is_a_noun() {
        let c = chunks_of(
            "it",
            "La Kessia ha ridotto gli aiuti agli alleati europei e ai rifugiati",
            "ridotto",
        );
        assert!(
            c.contains(&"alleati europei".to_string()) && c.contains(&"rifugiati".to_string()),
            "{c:?}"
        );
        // An infinitive after a preposition is still a verb.
        let c = chunks_of("it", "ha mandato aiuti per aiutare la popolazione", "mandato");
        assert!(!c.iter().any(|x| x.contains("aiutare")), "{c:?}");
    }

    #[test]
    fn an_italian_participle_after_a_conjunction_follows_its_conjunct() {
        // After a noun and "e" it is a noun; after a participle and "e", a verb.
        let c = chunks_of("it", "La Kessia e alleati regionali hanno firmato", "firmato");
        assert!(c.contains(&"alleati regionali".to_string()), "{c:?}");
        let c = chunks_of("it", "I manifestanti sono stati arrestati e rilasciati ieri", "ieri");
        assert!(!c.iter().any(|x| x.contains("rilasciati")), "{c:?}");
    }
}
