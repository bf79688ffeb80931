//! Post-pass for harm that someone died of: the one who dies is the harmed
//! party, never the one who harmed.

use crate::coder::{self, Tok};
use crate::rules::TriggerKind;
use crate::sentence::Frame;
use dyad_model::{ActorKind, ActorRef, Category, Event};

/// How far a dying verb may stand from the harm it died of ("succumbed in a
/// jail in the north from months of beatings"): a short complement of place or
/// cause, no further clause.
const MAX_DEATH_TO_HARM: usize = 10;

/// How far a custody noun may stand before the place that holds it ("in an
/// old army jail in Y", "in prison in Y").
const MAX_CUSTODY_TO_PLACE: usize = 4;

/// "Mirela Dovan succumbed to beatings in a jail in Kessia", "è morta per le
/// percosse subite in una cella in Kessia": the subject of a dying verb whose
/// cause is a harm suffered that harm, so it is the recipient. The harm is
/// the cause only as a noun ("of torture") or a passive participle ("after being beaten")
/// behind a word of cause (`death-cause-word`: "of", "after", "per"); a
/// finite verb there has a subject of its own ("rebels who died in a jail in X
/// had attacked first": the dead did the harm). Who inflicted it is the agent of the harm ("torture
/// by guards") or else the state that holds the place of custody where the
/// victim died: custody is kept by the authorities of that place. With
/// neither, the roles stay as the coder found them.
pub(super) fn victim_of_fatal_harm(f: &Frame, sentence_events: &mut [Event]) {
    let Frame {
        rules,
        toks,
        hits,
        slots,
        ..
    } = *f;
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
        // A verb line used as a noun ("of torture", "after repeated
        // beatings") names the harm as well as a noun line does: a
        // preposition, article or cause word before it, with at most one
        // modifier between, and no subject or auxiliary of a finite verb.
        let opens_noun =
            |w: &str| coder::is_preposition(rules, w) || rules.is("determiner", w) || rules.is("death-cause-word", w);
        let word_at = |k: usize| toks.get(k).map_or("", |t| t.word.as_str());
        let nominal = harm > 0
            && (opens_noun(word_at(harm - 1))
                || harm > 1
                    && opens_noun(word_at(harm - 2))
                    && toks[harm - 1].kind == dyad_model::TokenKind::Word
                    && !rules.is("auxiliary", word_at(harm - 1))
                    && !rules.is("subject-pronoun", word_at(harm - 1))
                    && !slots.iter().any(|s| s.first < harm && s.last >= harm));
        let suffered = hit.def.kind == TriggerKind::Noun || nominal || coder::is_passive(rules, toks, hit);
        let caused = toks[death + 1..harm]
            .iter()
            .any(|t| rules.is("death-cause-word", &t.word));
        if !suffered || !caused {
            continue;
        }
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
