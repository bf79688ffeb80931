//! Post-pass for harm that someone died of: the one who dies is the harmed
//! party, never the one who harmed.

use crate::coder::{self, Tok};
use crate::sentence::Frame;
use dyad_model::{ActorKind, ActorRef, Category, Event};

/// How far a dying verb may stand from the harm it died of ("perished after
/// weeks of torture in a cell in the capital"): a short complement of place or
/// cause, no further clause.
const MAX_DEATH_TO_HARM: usize = 10;

/// How far a custody noun may stand before the place that holds it ("in a
/// detention centre in Y province", "in prison in Y").
const MAX_CUSTODY_TO_PLACE: usize = 4;

/// "Mirela Dovan perished after weeks of torture in a cell in Kessia", "è morta
/// dopo settimane di torture in una cella in Kessia": the subject of a dying verb whose
/// cause is a harm (a noun or participle of ASSAULT) suffered that harm, so
/// it is the recipient. Who inflicted it is the agent of the harm ("torture
/// by guards") or else the state that holds the place of custody where the
/// victim died: custody is kept by the authorities of that place. With
/// neither, the roles stay as the coder found them.
pub(super) fn victim_of_fatal_harm(f: &Frame, sentence_events: &mut [Event]) {
    let Frame { rules, toks, hits, .. } = *f;
    for e in sentence_events.iter_mut() {
        if e.event != Category::Assault || e.actor.is_empty() {
            continue;
        }
        let Some(harm) = toks.iter().position(|t| t.start == e.trigger.start) else {
            continue;
        };
        let Some(hit) = hits.iter().find(|h| h.first == harm) else {
            continue;
        };
        let Some(death) = (harm.saturating_sub(MAX_DEATH_TO_HARM)..harm)
            .rev()
            .find(|&k| rules.is("die-verb", &toks[k].word) && !noun_use(rules, toks, k))
        else {
            continue;
        };
        // One clause: no punctuation, coordination or other trigger between
        // the death and the harm.
        if toks[death + 1..harm]
            .iter()
            .any(|t| t.kind == dyad_model::TokenKind::Punct || rules.is("coord", &t.word))
            || hits.iter().any(|h| h.first > death && h.first < harm)
        {
            continue;
        }
        // The victim is the subject of the dying verb: the source the coder
        // found, ending before the verb.
        let died_before = toks[death].start;
        if !e.actor.iter().all(|a| a.end <= died_before) {
            continue;
        }
        let Some(perpetrator) = agent_of_harm(f, hit.last).or_else(|| custody_holder(f, death)) else {
            continue;
        };
        // The place of custody right after the harm may already stand as its
        // recipient ("torture in a cell in X"); any other recipient stays.
        let other_recipient = e
            .recipient
            .iter()
            .any(|r| !perpetrator.iter().any(|p| p.start == r.start));
        if other_recipient || perpetrator.iter().any(|p| e.actor.iter().any(|a| a.start == p.start)) {
            continue;
        }
        let victim = std::mem::replace(&mut e.actor, perpetrator);
        e.reason.push_str(&format!(
            " + '{}' died of the harm: recipient; source '{}', who inflicted it or holds the place of custody",
            victim[0].text, e.actor[0].text
        ));
        e.recipient = victim;
    }
}

/// The agent phrase right after the harm ("torture by prison guards").
fn agent_of_harm(f: &Frame, after: usize) -> Option<Vec<ActorRef>> {
    let Frame { rules, toks, slots, .. } = *f;
    let prep: &Tok = toks.get(after)?;
    if !rules.is("agent-prep", &prep.word) {
        return None;
    }
    let i = slots.iter().position(|s| {
        s.first > after
            && s.first <= after + 2
            && toks[after + 1..s.first].iter().all(|t| rules.is("determiner", &t.word))
    })?;
    Some(coder::slot_refs(rules, toks, slots, i))
}

/// The country or place after a custody noun following the dying verb ("in
/// a prison in Kessia", "in custody in Tarvos").
fn custody_holder(f: &Frame, death: usize) -> Option<Vec<ActorRef>> {
    let Frame { rules, toks, slots, .. } = *f;
    let i = slots.iter().position(|s| {
        s.first > death
            && matches!(s.mention.kind, ActorKind::Country | ActorKind::Location)
            && rules.is("locative-prep", coder::governing_word(rules, toks, s).unwrap_or(""))
            && (s.first.saturating_sub(MAX_CUSTODY_TO_PLACE)..s.first)
                .any(|k| k > death && rules.is("custody-noun", &toks[k].word))
            && !toks[death..s.first]
                .iter()
                .any(|t| t.kind == dyad_model::TokenKind::Punct)
    })?;
    Some(coder::slot_refs(rules, toks, slots, i))
}

/// "minacce di morte", "la morte di X": a form of dying after a preposition
/// or an article is the noun (Italian "morte" is both the noun and a
/// participle), which has no subject that died.
fn noun_use(rules: &crate::rules::LanguageRules, toks: &[Tok], k: usize) -> bool {
    k.checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|t| rules.is("determiner", &t.word) || coder::is_preposition(rules, &t.word))
}
