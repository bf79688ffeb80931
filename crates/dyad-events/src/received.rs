//! What a receive verb's subject gets: "Ukraine received military aid from
//! Germany", "il Kenya non ha ricevuto il sostegno della Gran Bretagna". The
//! trigger noun names an act of the giver (the `giver-prep` phrase after
//! it, "from"/"da", or its genitive), and the verb's subject is the act's
//! recipient, not its source. The verbs are the grammar class
//! `receive-verb`.

use crate::coder::{self, Slot, Tok, TriggerHit};
use crate::rules::LanguageRules;
use dyad_model::{ActorRef, TokenKind};

/// How far a receive verb may stand before its object noun ("received
/// [a new $2bn] loan"), in tokens.
const OBJECT_REACH: usize = 5;

/// How far the giver may stand after the noun ("aid [worth $2bn] from").
const GIVER_REACH: usize = 6;

/// The receive verb governing a nominal trigger: its token index, when the
/// noun is the verb's object ("received [a] loan", "ottenuto [un nuovo] prestito").
pub(crate) fn receive_verb(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> Option<usize> {
    let mut lo = hit.first.saturating_sub(OBJECT_REACH);
    let mut k = hit.first;
    while k > lo {
        k -= 1;
        let t = &toks[k];
        if rules.is("receive-verb", &t.word) {
            return Some(k);
        }
        // "una dichiarazione pubblica di sostegno", "a pledge of support": a noun
        // that carries the act of its of-phrase passes the object on
        if rules.is("genitive-prep", &t.word) {
            if let Some(c) = (k.saturating_sub(3)..k)
                .rev()
                .find(|&c| rules.is("act-carrier", &toks[c].word))
            {
                lo = c.saturating_sub(OBJECT_REACH);
                k = c;
                continue;
            }
        }
        let inside_object = t.kind == TokenKind::Word || t.kind == TokenKind::Number;
        if !inside_object
            || coder::is_preposition(rules, &t.word)
            || rules.is("clause-break", &t.word)
            || rules.is("coord", &t.word)
        {
            return None;
        }
    }
    None
}

/// The modality of a received act is the receive verb's: "non ha ricevuto
/// una dichiarazione di sostegno" negates the support.
pub(crate) fn modality_at_verb(
    rules: &LanguageRules,
    toks: &[Tok],
    hit: &TriggerHit,
    clause_start: usize,
) -> Option<(dyad_model::Modality, Option<String>)> {
    let verb = receive_verb(rules, toks, hit)?;
    let at_verb = TriggerHit {
        first: verb,
        last: verb + 1,
        def: hit.def,
        tense: hit.tense,
    };
    Some(coder::modality(rules, toks, &at_verb, clause_start.min(verb)))
}

/// The giver and the receiver of a received nominal trigger. The receiver
/// is the nearest actor before the verb that no preposition governs (in
/// the same clause); the
/// giver the first actor after the noun behind a `giver-prep` or a
/// `genitive-prep`. `None` when the trigger is no receive verb's object.
pub(crate) fn roles(
    rules: &LanguageRules,
    toks: &[Tok],
    slots: &[Slot],
    hit: &TriggerHit,
) -> Option<(Vec<ActorRef>, Vec<ActorRef>)> {
    let verb = receive_verb(rules, toks, hit)?;
    let gov = |i: usize| coder::effective_governor(rules, toks, slots, i);
    let receiver = (0..slots.len()).rev().find(|&i| {
        // a capital with no preposition is its government ("Kiev ha ottenuto")
        slots[i].last <= verb
            && !coder::is_preposition(rules, gov(i))
            && !(slots[i].last..verb).any(|k| rules.is("clause-break", &toks[k].word) || toks[k].word == ",")
    })?;
    let giver = (0..slots.len()).find(|&i| {
        slots[i].first >= hit.last
            && slots[i].first <= hit.last + GIVER_REACH
            && (rules.is("giver-prep", gov(i)) || rules.is("genitive-prep", gov(i)))
    });
    let giver = giver
        .map(|g| coder::slot_refs(rules, toks, slots, g))
        .unwrap_or_default();
    Some((giver, coder::slot_refs(rules, toks, slots, receiver)))
}

#[cfg(test)]
mod tests {
    use crate::tests::{code, dyad};
    use dyad_model::{
        ActorKind::{Country, Person},
        Category, Modality,
    };

    #[test]
    fn what_a_subject_receives_comes_from_the_giver() {
        let e = code(
            "en",
            "Norvalia received military aid from Kessia.",
            &[("Norvalia", Country, Some("NRV")), ("Kessia", Country, Some("KSS"))],
        );
        let aid = e
            .iter()
            .find(|e| e.event == Category::Aid)
            .expect("AID from 'military aid'");
        assert_eq!(dyad(aid), ("Kessia".into(), "Norvalia".into()));

        let e = code(
            "it",
            "La Norvalia non ha ricevuto il sostegno della Kessia.",
            &[("Norvalia", Country, Some("NRV")), ("Kessia", Country, Some("KSS"))],
        );
        let support = e
            .iter()
            .find(|e| e.event == Category::Support)
            .expect("SUPPORT da 'sostegno'");
        assert_eq!(dyad(support), ("Kessia".into(), "Norvalia".into()));
        assert_eq!(support.modality, Modality::Negated);
    }

    #[test]
    fn a_carried_act_is_received_too_and_the_verb_sets_the_modality() {
        let actors = [("Norvalia", Country, Some("NRV")), ("Kessia", Country, Some("KSS"))];
        let e = code(
            "it",
            "La Norvalia non ha ricevuto una chiara dichiarazione pubblica di sostegno dalla Kessia.",
            &actors,
        );
        let support = e
            .iter()
            .find(|e| e.event == Category::Support)
            .expect("SUPPORT da 'sostegno'");
        assert_eq!(
            (dyad(support), support.modality),
            (("Kessia".into(), "Norvalia".into()), Modality::Negated)
        );
        let e = code(
            "en",
            "Norvalia has not received a clear public statement of support from Kessia.",
            &actors,
        );
        let support = e
            .iter()
            .find(|e| e.event == Category::Support)
            .expect("SUPPORT from 'support'");
        assert_eq!(
            (dyad(support), support.modality),
            (("Kessia".into(), "Norvalia".into()), Modality::Negated)
        );
    }

    #[test]
    fn receiving_a_visitor_stays_hosting() {
        let e = code(
            "it",
            "La Norvalia ha ricevuto il ministro della Kessia.",
            &[
                ("Norvalia", Country, Some("NRV")),
                ("ministro della Kessia", Person, Some("KSS")),
            ],
        );
        assert!(e.iter().any(|e| e.event == Category::Consult), "{e:?}");
        assert!(
            !e.iter()
                .any(|e| e.event == Category::Aid || e.event == Category::Support),
            "{e:?}"
        );
    }
}
