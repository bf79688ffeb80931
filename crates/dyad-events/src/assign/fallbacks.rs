//! When the actor mentions leave a role empty or wrong: the noun-phrase
//! tiers, the place of the event, the attack or weapon as its own source,
//! the speaker of a stance, the dative of an issued term; and the drops when
//! a role the event needs stays empty.

use super::{issues_a_term, thing_target, verb_shortly_before, HitContext, ThisHit};
use crate::coder::{self, Tok};
use crate::rules::{LanguageRules, TriggerKind};
use crate::sentence::Frame;
use crate::words::{capitalized, is_function};
use dyad_model::{ActorKind, Category};
use dyad_model::{ActorMention, ActorRef};

/// Fills the roles the actor mentions left empty from the named and then
/// every noun phrase, the place of the event, and the perpetrator of an
/// attack that is the verb's subject.
pub(super) fn fill(c: &HitContext, h: &ThisHit, ctx: &coder::RoleContext, roles: &mut coder::Roles) {
    let HitContext {
        event_subjects,
        subject_all,
        ..
    } = *c;
    let Frame {
        rules,
        lang,
        text,
        toks,
        slots,
        named_slots,
        all_slots,
        subject_named,
        ..
    } = *c.frame;
    let ThisHit {
        hit, hit_index, clause, ..
    } = *h;
    let participant = |r: &dyad_model::ActorRef| c.frame.participant(r);
    let mut plain_recipient = false;
    // "ricevere/host": only an actor as direct object makes a visit.
    // A source must be someone: an actor or a phrase with a name in it.
    // Any noun phrase may be what the event is about ("condemned the
    // bombing of the academy"), so the last tier fills recipients only.
    for (tier_slots, tier_subject, sources_too) in [(named_slots, subject_named, true), (all_slots, subject_all, false)]
    {
        if (roles.source.is_empty() || roles.recipient.is_empty()) && !hit.def.flags.flip {
            let ctx_tier = ctx.with_subject(tier_subject);
            let mut alt = coder::assign_roles(rules, toks, tier_slots, hit, clause, &ctx_tier);
            if !sources_too {
                alt.source.clear();
                // What a judgement is about can be a thing ("condemned the
                // attack", "rejected the referendum"); the target of a material,
                // agreement or meeting event is someone or somewhere: a
                // person or body, a people, or a place.
                if !thing_target(hit.def.category) || hit.def.flags.party_target {
                    let boarded = matches!(hit.def.category, Category::Assault | Category::Coerce);
                    alt.recipient.retain(|r| {
                        participant(r) || boarded && direct_object(rules, toks, hit.last, r) && c.frame.names_vehicle(r)
                    });
                }
            }
            let before = roles.recipient.is_empty();
            fill_from_chunks(roles, alt);
            plain_recipient |= !sources_too && before && !roles.recipient.is_empty();
        }
    }
    // "declared a ceasefire in Idlib", "set up a research centre in
    // Barcelona": when the clause names no participant but the
    // place, the event is about the place. It beats a plain noun
    // phrase (a thing: "a new institute"), never an actor.
    let thing = |r: &dyad_model::ActorRef| {
        !toks.iter().any(|t| {
            t.start >= r.start && t.end <= r.end && (rules.is_agent_word(&t.word) || rules.is("demonym", &t.word))
        })
    };
    // "blamed the statute for hurting pensioners in Kessia": a judged
    // artefact keeps its place against the place where it happens.
    let judged_thing = super::judged_artefact_object(rules, toks, hit)
        && toks
            .get(hit.last)
            .is_some_and(|t| roles.recipient.iter().any(|r| r.start == t.start));
    if let Some(p) = roles
        .locative
        .filter(|_| roles.recipient.is_empty() || plain_recipient && !judged_thing && roles.recipient.iter().all(thing))
    {
        let place = dyad_model::ActorRef::from(slots[p].mention);
        if !roles.source.iter().any(|s| s.start == place.start) {
            roles
                .notes
                .push(format!("recipient=place of the event '{}'", place.text));
            roles.recipient = vec![place];
        }
    }
    if let Some(es) = &event_subjects[hit_index] {
        let inside = |r: &dyad_model::ActorRef| r.start >= toks[es.start].start && r.end <= toks[hit.first - 1].end;
        if !roles.source.iter().any(inside) {
            // The perpetrator: "by X" after the attack, a modifier before it
            // ("Norvalian air strikes"), an Italian adjective after it ("raid
            // aerei norvaliani"); else the attack or weapon itself.
            let agent = (0..slots.len()).find(|&i| {
                slots[i].first > es.noun_end
                    && slots[i].last <= hit.first
                    && rules.is("agent-prep", coder::effective_governor(rules, toks, slots, i))
            });
            let modifier = (0..slots.len()).find(|&i| {
                slots[i].first >= es.start
                    && slots[i].last <= es.noun_end
                    && slots[i].mention.kind != ActorKind::Location
            });
            let after = (0..slots.len()).find(|&i| {
                lang == "it" && slots[i].first == es.noun_end && slots[i].mention.kind != ActorKind::Location
            });
            // "un attacco dei talebani contro Y ha ucciso": before the
            // attack's own target, its owner is who attacked.
            let owner = es.target_at.and_then(|t| {
                (0..slots.len()).find(|&i| {
                    slots[i].first > es.noun_end
                        && slots[i].last <= t
                        && rules.is("genitive-prep", coder::effective_governor(rules, toks, slots, i))
                        && slots[i].mention.kind != ActorKind::Location
                })
            });
            let (refs, how) = match agent.or(owner).or(modifier).or(after) {
                Some(i) => (
                    coder::slot_refs(rules, toks, slots, i),
                    "perpetrator of the attack that is the subject",
                ),
                None => {
                    let (a, b) = (toks[es.start].start, toks[es.noun_end - 1].end);
                    (
                        vec![dyad_model::ActorRef {
                            text: text[a..b].to_string(),
                            start: a,
                            end: b,
                            country: None,
                            sector: None,
                        }],
                        "the attack or weapon that is the subject",
                    )
                }
            };
            roles.notes.push(format!("source '{}': {how}", refs[0].text));
            roles
                .recipient
                .retain(|r| !refs.iter().any(|s| s.start < r.end && r.start < s.end) && !inside(r));
            roles.source = refs;
        }
    }
}

/// Settles the source (a stance's speaker, no abstract threatener) and a
/// term's dative recipient; false when the hit is dropped because a role it
/// needs stays empty.
pub(super) fn complete(
    c: &HitContext,
    h: &ThisHit,
    verbal: bool,
    speaker: Option<&ActorRef>,
    roles: &mut coder::Roles,
    trace: &mut dyn FnMut(String),
) -> bool {
    let HitContext { actors, .. } = *c;
    let Frame {
        rules,
        text,
        toks,
        slots,
        ..
    } = *c.frame;
    let ThisHit {
        hit,
        trigger_text,
        clause,
        ..
    } = *h;
    // "X ha affermato che … è di grande preoccupazione": a nominal
    // expression of a stance belongs to whoever states it. Only
    // verbal conflict is a stance: an "aggressione" the speaker
    // mentions is not the speaker's.
    // A word of obligation is no stance: the duty reading gives its roles.
    let stance = hit.def.category.quad() == dyad_model::QuadClass::VerbalConflict && !hit.def.flags.duty;
    if stance && (hit.def.kind != TriggerKind::Verb || hit.def.kind == TriggerKind::Fixed) {
        if let Some(sp) = speaker {
            if hit.def.kind == TriggerKind::Fixed || roles.source.is_empty() {
                let mut all: Vec<dyad_model::ActorRef> =
                    roles.source.drain(..).chain(roles.recipient.drain(..)).collect();
                all.retain(|r| r.start != sp.start);
                roles.recipient = all;
                roles.source = vec![sp.clone()];
                roles.notes.push(format!("source=speaker '{}' of the stance", sp.text));
            }
        }
    }
    // "Legami militari più stretti … potrebbero minacciare la pace", "rising
    // prices threaten stability": with a thing as its subject, threaten
    // means endanger; a threat needs someone who makes it.
    if hit.def.category == Category::Threaten
        && roles
            .source
            .first()
            .is_some_and(|r| abstract_phrase(rules, text, toks, actors, r))
    {
        roles.source.clear();
    }
    if roles.source.is_empty() {
        trace(format!(
            "  '{trigger_text}' {}: dropped, no source actor",
            hit.def.category
        ));
        return false;
    }
    // "ha dato alla Kessia un ultimatum", "ha imposto alla Kessia nuove
    // sanzioni": a term or measure an issuing verb sets goes to the
    // dative phrase between the verb and the noun. A term exists only as
    // what the verb gives, so its dative outweighs any phrase after the
    // noun ("dà a X tempo fino a domenica per il ritiro contro Y").
    if hit.def.kind != TriggerKind::Verb && (roles.recipient.is_empty() || hit.def.flags.issued) {
        let issuer = verb_shortly_before(rules, toks, hit, clause.0, |k| issues_a_term(rules, toks, k));
        let dative = issuer.and_then(|v| {
            slots.iter().position(|s| {
                s.first > v + 1
                    && s.last <= hit.first
                    && rules.is("dative-prep", &toks[s.first - 1].word)
                    && !rules.is("dative-lead", &toks[s.first - 2].word)
            })
        });
        if let Some(i) = dative {
            roles.recipient = coder::slot_refs(rules, toks, slots, i);
            roles.notes.push(format!(
                "recipient '{}' given the term by '{}'",
                slots[i].mention.text,
                toks[issuer.unwrap_or(hit.first)].word
            ));
        }
    }
    if ((hit.def.flags.needs_two && !verbal) || (hit.def.flags.dest && hit.def.kind == TriggerKind::Verb))
        && roles.recipient.is_empty()
    {
        trace(format!(
            "  '{trigger_text}' {}: dropped, needs a recipient and found none",
            hit.def.category
        ));
        return false;
    }
    true
}

/// Fills the roles the actor mentions left empty from the same assignment
/// over actors and noun-phrase chunks, never reusing a span of the other role.
fn fill_from_chunks(roles: &mut coder::Roles, alt: coder::Roles) {
    let overlaps = |a: &[dyad_model::ActorRef], b: &[dyad_model::ActorRef]| {
        a.iter().any(|x| b.iter().any(|y| x.start < y.end && y.start < x.end))
    };
    let quoted = |refs: &[dyad_model::ActorRef]| {
        refs.iter()
            .map(|r| format!("'{}'", r.text))
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let mut filled = Vec::new();
    if roles.source.is_empty() && !alt.source.is_empty() && !overlaps(&alt.source, &roles.recipient) {
        filled.push(format!("source from noun phrase {}", quoted(&alt.source)));
        roles.source = alt.source;
    }
    if roles.recipient.is_empty() && !alt.recipient.is_empty() && !overlaps(&alt.recipient, &roles.source) {
        filled.push(format!("recipient from noun phrase {}", quoted(&alt.recipient)));
        roles.recipient = alt.recipient;
    }
    if !filled.is_empty() {
        roles.notes.push(format!(
            "fallback ({})",
            alt.notes.first().map(String::as_str).unwrap_or("")
        ));
        roles.notes.extend(filled);
        roles.confidence_penalty += 0.15;
    }
}

/// A source that names no one: an actor only inside the genitive or "between"
/// phrase of a noun that is no person or body ("ties between X and Y"), or a
/// fallback phrase with no name past the sentence's first word and a head noun
/// (Italian first, English last) that is no person, body or people ("legami
/// militari", "rising prices").
fn abstract_phrase(
    rules: &LanguageRules,
    text: &str,
    toks: &[Tok],
    actors: &[ActorMention],
    r: &dyad_model::ActorRef,
) -> bool {
    if actors.iter().any(|a| a.start == r.start) {
        let Some(mut k) = toks.iter().position(|t| t.start == r.start) else {
            return false;
        };
        while k > 0 && rules.is("determiner", &toks[k - 1].word) {
            k -= 1;
        }
        return k >= 2
            && (rules.is("genitive-prep", &toks[k - 1].word) || rules.is("between-prep", &toks[k - 1].word))
            && toks[k - 2].kind == dyad_model::TokenKind::Word
            && !is_function(rules, &toks[k - 2].word)
            && !rules.is_agent_word(&toks[k - 2].word)
            && !capitalized(&text[toks[k - 2].start..toks[k - 2].end]);
    }
    let words: Vec<usize> = (0..toks.len())
        .filter(|&i| toks[i].start >= r.start && toks[i].end <= r.end && toks[i].kind == dyad_model::TokenKind::Word)
        .collect();
    let head = if rules.lang == "it" {
        words.iter().find(|&&i| !rules.is("determiner", &toks[i].word))
    } else {
        words.last()
    };
    let Some(&head) = head else { return false };
    !words
        .iter()
        .any(|&i| i > 0 && capitalized(&text[toks[i].start..toks[i].end]))
        && !rules.is_agent_word(&toks[head].word)
        && !rules.is("demonym", &toks[head].word)
        && !rules.is("subject-pronoun", &toks[head].word)
}

/// Whether `r` is the verb's direct object: a phrase opening with an
/// article, a figure or its noun after the trigger, at most two words
/// (adverbs: "attaccato ieri un convoglio") between them, no preposition
/// or gerund.
/// A vehicle stands for those aboard only there ("attacked a convoy"); as an
/// instrument ("attacked using trucks", "con camion") or a phrase elsewhere
/// in the clause it is a thing.
fn direct_object(rules: &LanguageRules, toks: &[Tok], after: usize, r: &ActorRef) -> bool {
    let Some(first) = toks.iter().position(|t| t.start >= r.start) else {
        return false;
    };
    let opens = toks.get(first).is_some_and(|t| {
        t.end <= r.end
            && (t.kind == dyad_model::TokenKind::Number
                || rules.is("determiner", &t.word)
                || rules.is("possessive", &t.word)
                || rules.is("quantity-word", &t.word)
                || rules.is("vehicle-noun", &t.word))
    });
    opens
        && first >= after
        && first - after <= 2
        && toks[after..first].iter().all(|t| {
            t.kind == dyad_model::TokenKind::Word && !coder::is_preposition(rules, &t.word) && !gerund(&t.word)
        })
}

/// An English or Italian gerund ("using", "usando"): it opens a clause of
/// its own, whose object is not the trigger's.
fn gerund(w: &str) -> bool {
    ["ing", "ando", "endo"]
        .iter()
        .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}
