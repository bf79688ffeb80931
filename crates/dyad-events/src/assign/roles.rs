//! The roles the actor mentions give the hit: the role assignment of
//! `coder`, then the readings it cannot see alone (the giver of a received
//! thing, the subject of a plain verb whose object the noun is, who orders,
//! who reaffirms, a partner coordinated with the subject, a joint act's
//! compound subject, a predicate after "as", a nearer object).

use super::{HitContext, ThisHit};
use crate::coder::{self, Slot, Tok, TriggerHit};
use crate::rules::{LanguageRules, TriggerKind};
use crate::sentence::Frame;
use crate::words::{self, capitalized, is_function};
use crate::{after_class_verb, received};
use dyad_model::{Category, Event};

/// The roles from actor mentions, with how they were found.
pub(super) struct Assigned<'a> {
    /// Source, recipient, place and the notes on how each was found.
    pub roles: coder::Roles,
    /// The role context, for the retries over the noun-phrase tiers.
    pub ctx: coder::RoleContext<'a>,
    /// A nominal trigger read as a verb's predicate (after a light, reducing
    /// or plain verb): a recipient is then not required of it.
    pub verbal: bool,
    /// Aid, cooperation or talks that a verb cuts: relations reduced.
    pub reduced: bool,
}

/// Assigns source and recipient from the sentence's actor mentions. A
/// received thing's hosting verb leaves `sentence_events` (receiving is no visit).
pub(super) fn from_mentions<'a>(
    c: &HitContext<'a>,
    h: &ThisHit,
    governing: Option<&Event>,
    sentence_events: &mut Vec<Event>,
) -> Assigned<'a> {
    let HitContext {
        speech_mask, subject, ..
    } = *c;
    let Frame {
        rules,
        text,
        toks,
        hits,
        slots,
        named_slots,
        all_slots,
        subject_named,
        ..
    } = *c.frame;
    let ThisHit {
        hit, hit_index, clause, ..
    } = *h;
    // "reduced military aid to X", "ha ridotto gli aiuti alla Y": aid,
    // cooperation or talks that a verb cuts are relations reduced.
    let reduced = hit.def.kind != TriggerKind::Verb
        && matches!(
            hit.def.category,
            Category::Aid | Category::Cooperate | Category::Consult
        )
        && after_class_verb(rules, toks, hit, "reduce-verb");
    let mut verbal = hit.def.kind != TriggerKind::Verb && (after_light_verb(rules, toks, hit) || reduced);
    let mut ctx = coder::RoleContext {
        sentence_subject: subject,
        controller: governing.map(|g| g.recipient.clone()).filter(|r| !r.is_empty()),
        hits,
        speech_verb: speech_mask,
        verbal,
    };
    // "ha impedito alla Kessia di inviare": whom the preventing verb
    // stops is who would act.
    if ctx.controller.is_none() {
        ctx.controller = prevent_verb(rules, toks, hit).and_then(|v| {
            let i = (0..slots.len()).find(|&i| slots[i].first > v && slots[i].last < hit.first)?;
            Some(coder::slot_refs(rules, toks, slots, i))
        });
    }
    let mut roles = coder::assign_roles(rules, toks, slots, hit, clause, &ctx);
    if let Some((giver, receiver)) = received::roles(rules, toks, slots, hit) {
        roles.source = giver;
        roles.recipient = receiver;
        roles
            .notes
            .push("object of a receive verb: source=the giver, recipient=the verb's subject".into());
        // receiving a thing is no hosting ("ricevere/receive" is also CONSULT host)
        if let Some(k) = received::receive_verb(rules, toks, hit) {
            sentence_events.retain(|e| e.trigger.start != toks[k].start);
        }
    }
    // "declared a unilateral ceasefire", "performed joint war games",
    // "ha dichiarato un cessate il fuoco": a nominal trigger that is the
    // object of an ordinary verb names the act the verb's subject
    // performs. When the noun phrase names no author of its own, the
    // noun is read as the verb's predicate (as after a light verb).
    // "ha aggirato le sanzioni dell'Ue": a body of states in the genitive is
    // the measure's own author (coder nominal roles).
    let igo_author = roles.intergovernmental_author
        && roles
            .source
            .first()
            .is_some_and(|r| matches!(r.country.as_deref(), Some("IGO" | "UNO" | "EUR")));
    if (roles.source.is_empty() || hit.def.flags.needs_two && roles.recipient.is_empty() && !igo_author)
        && !verbal
        && hit.def.kind != TriggerKind::Verb
    {
        if let Some(v) = governing_plain_verb(rules, text, toks, hits, hit, speech_mask) {
            verbal = true;
            ctx.verbal = true;
            roles = coder::assign_roles(rules, toks, slots, hit, clause, &ctx);
            roles.notes.push(format!(
                "object of the verb '{}': source=the verb's subject",
                toks[v].word
            ));
        }
    }
    // "ordered the newspaper to suspend publication", "ordered nine
    // ex-ministers jailed", "ha ordinato al giornale di sospendere le
    // pubblicazioni": the ordered party is the target of the act and
    // whoever orders it is the source.
    if let Some((s, o)) = ordered_party(rules, toks, named_slots, all_slots, hits, hit, clause) {
        roles.notes.push(format!(
            "ordered by '{}': source=the one who orders, recipient=the ordered party",
            toks[s.1].word
        ));
        roles.source = coder::slot_refs(rules, toks, named_slots, s.0);
        roles.recipient = coder::slot_refs(rules, toks, o.0, o.1);
    }
    // "Erdogan reiterated Turkey's support for X": the one who reaffirms
    // acts; the possessor is the side he speaks for.
    if let Some(s) = reaffirmed_for(rules, toks, named_slots, hit, clause) {
        roles
            .notes
            .push("reaffirmed by the subject: source=the one who reaffirms, not the possessor".to_string());
        roles.source = coder::slot_refs(rules, toks, named_slots, s);
    }
    // "Norvalia and its Nordic partners hold naval drills off X", "la
    // Norvalia e i partner baltici avviano manovre": a symmetric event whose subject
    // actor is coordinated with a named or agentive phrase the recognizer
    // does not know acts with that phrase, as with two known actors.
    if hit.def.flags.symmetric && roles.source.len() == 1 {
        let ctx_named = ctx.with_subject(subject_named);
        let alt = coder::assign_roles(rules, toks, named_slots, hit, clause, &ctx_named);
        if alt.source.len() == 1
            && alt.source[0].start == roles.source[0].start
            && !alt.recipient.is_empty()
            && alt.notes.iter().any(|n| n.starts_with("compound subject split"))
        {
            roles.notes.push(format!(
                "partner '{}' coordinated with the subject",
                alt.recipient[0].text
            ));
            roles.recipient = alt.recipient;
        }
    }
    // "A and B attended a meeting", "A e B hanno partecipato a una
    // riunione": a joint act named by the verb's object makes the verb
    // joint too, so its compound subject acts as two partners.
    if !hit.def.flags.symmetric
        && roles.recipient.is_empty()
        && roles.source.len() >= 2
        && joint_object(rules, toks, hits, hit_index)
    {
        roles.recipient = roles.source.split_off(1);
        roles
            .notes
            .push("compound subject of a joint act's verb split into source and recipient".into());
    }
    // "held civilians as human shields", "usato i civili come scudi
    // umani": the noun after "as" is a predicate of the object before
    // it; the verb's subject acts on that object.
    if let Some(a) = coder::predicate_as(rules, toks, hit) {
        if let Some(o) = (0..slots.len()).find(|&j| slots[j].last == a) {
            let s = (0..o).rev().find(|&k| {
                slots[k].last <= slots[o].first
                    && slots[k].first >= clause.0
                    && !coder::is_preposition(rules, coder::effective_governor(rules, toks, slots, k))
            });
            if let Some(s) = s {
                roles.source = coder::slot_refs(rules, toks, slots, s);
                roles.recipient = coder::slot_refs(rules, toks, slots, o);
                roles.notes.push(format!(
                    "predicate after '{}': source=the verb's subject, recipient=its object",
                    toks[a].word
                ));
            }
        }
    }
    nearer_object(c, h, &ctx, &mut roles);
    Assigned {
        roles,
        ctx,
        verbal,
        reduced,
    }
}

/// An actor far down the clause is a worse object than a named or
/// agentive phrase right after the trigger ("began an inquiry into the port
/// authority over its contracts with the Kessian navy"): the nearer phrase
/// becomes the recipient.
fn nearer_object(c: &HitContext, h: &ThisHit, ctx: &coder::RoleContext, roles: &mut coder::Roles) {
    let Frame {
        rules,
        toks,
        named_slots,
        subject_named,
        ..
    } = *c.frame;
    let ThisHit {
        hit,
        trigger_end,
        clause,
        ..
    } = *h;
    if let Some(r) = roles.recipient.first().filter(|_| !hit.def.flags.flip) {
        let near = |start: usize| {
            toks.iter()
                .position(|t| t.start >= start)
                .is_some_and(|k| k <= hit.last + 3)
        };
        if !near(r.start) && r.start > trigger_end {
            let ctx_named = ctx.with_subject(subject_named);
            let alt = coder::assign_roles(rules, toks, named_slots, hit, clause, &ctx_named);
            if let Some(a) = alt.recipient.first() {
                let tok_at = |start: usize| toks.iter().position(|t| t.start >= start).unwrap_or(toks.len());
                let (ka, kr) = (tok_at(a.start), tok_at(r.start));
                let between: Vec<&str> = toks[hit.last.min(ka)..ka].iter().map(|t| t.word.as_str()).collect();
                let preps = |w: &str| {
                    [
                        "recipient-prep",
                        "genitive-prep",
                        "against-prep",
                        "destination-prep",
                        "with-prep",
                    ]
                    .iter()
                    .any(|c| rules.is(c, w))
                };
                // (a) the verb's direct object: only articles and modifiers between;
                // the far actor is no destination or partner ("send troops to X").
                let r_gov = toks[..kr]
                    .iter()
                    .rev()
                    .map(|t| t.word.as_str())
                    .find(|w| !rules.is("determiner", w))
                    .unwrap_or("");
                let direct = hit.def.kind == TriggerKind::Verb
                    && between.iter().all(|w| !preps(w) && !rules.is("coord", w) && *w != ",")
                    && !(rules.is("destination-prep", r_gov) || rules.is("with-prep", r_gov) || r_gov == ",");
                // (b) the complement of an event noun: "investigation of/into X", "attack on X".
                let complement = hit.def.kind != TriggerKind::Verb
                    && between.first().is_some_and(|w| preps(w))
                    && between[1..].iter().all(|w| rules.is("determiner", w));
                // "a number of Iranian websites": a partitive head stands for its "of" phrase.
                let a_last = toks.iter().rposition(|t| t.end <= a.end).unwrap_or(ka);
                let partitive = rules.is("partitive", &toks[a_last].word)
                    && toks.get(a_last + 1).is_some_and(|t| rules.is("genitive-prep", &t.word));
                if (direct || complement)
                    && !partitive
                    && a.start > trigger_end
                    && a.start < r.start
                    && near(a.start)
                    && !roles.source.iter().any(|s| s.start < a.end && a.start < s.end)
                {
                    roles
                        .notes
                        .push(format!("nearer object '{}' instead of '{}'", a.text, r.text));
                    roles.recipient = alt.recipient;
                    roles.confidence_penalty += 0.1;
                }
            }
        }
    }
}

/// True when a light verb governs the nominal trigger: "launched an
/// investigation", "filed a lawsuit", "ha avviato un'indagine", with at most
/// two articles or adjectives between them.
fn after_light_verb(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> bool {
    after_class_verb(rules, toks, hit, "light-verb")
}

/// The ordinary (non-trigger) verb whose direct object the nominal trigger
/// is: only articles, figures and up to three modifiers between ("declared a
/// unilateral ceasefire", "ha dichiarato un cessate il fuoco"). A verb is a
/// word after an auxiliary, or in English a past form in -ed that no article
/// precedes ("an armed attack" is a modifier). A speech verb whose noun is
/// followed by a verb introduces a clause instead, and verbs of the class `undergo-verb` ("suffered an attack",
/// "ha subito un attacco") have an object that is no act of their subject.
fn governing_plain_verb(
    rules: &LanguageRules,
    text: &str,
    toks: &[Tok],
    hits: &[TriggerHit],
    hit: &TriggerHit,
    speech_mask: &[bool],
) -> Option<usize> {
    let mut i = hit.first;
    let mut steps = 0;
    while i > 0 && steps <= 3 {
        i -= 1;
        let t = &toks[i];
        let w = t.word.as_str();
        if words::is_quantity(rules, t) || rules.is("determiner", w) {
            continue;
        }
        if t.kind != dyad_model::TokenKind::Word
            || rules.is("clause-break", w)
            || capitalized(&text[t.start..t.end]) && i > 0
        {
            return None;
        }
        let prev = i.checked_sub(1).map(|k| &toks[k]);
        // Italian "e" is an auxiliary only when written "è".
        let after_aux = prev
            .is_some_and(|p| rules.is("auxiliary", &p.word) && !(rules.lang == "it" && &text[p.start..p.end] == "e"));
        let past = rules.lang == "en"
            && w.len() > 3
            && w.ends_with("ed")
            && !prev.is_some_and(|p| rules.is("determiner", &p.word));
        if (after_aux || past) && !rules.is("auxiliary", w) && !is_function(rules, w) {
            let trigger_here = hits.iter().any(|h| h.first <= i && i < h.last);
            // A speech verb governs a noun only when no verb follows the noun
            // ("declared a ceasefire", not "said the attack was …").
            let next = toks.get(hit.last);
            let clause_follows = next.is_some_and(|n| {
                rules.is("auxiliary", &n.word)
                    || (rules.lang == "en" && n.word.len() > 3 && n.word.ends_with("ed"))
                    || hits
                        .iter()
                        .any(|h| h.first == hit.last && h.def.kind == TriggerKind::Verb)
            });
            let speech = speech_mask.get(i).copied().unwrap_or(false);
            if speech && clause_follows || rules.is("undergo-verb", w) || trigger_here {
                return None;
            }
            return Some(i);
        }
        if is_function(rules, w) {
            return None;
        }
        steps += 1;
    }
    None
}

/// A slot list and the index of one slot in it.
type SlotAt<'s, 'a> = (&'s [Slot<'a>], usize);

/// "X ordered Y to <act>" / "X ordered Y <act-participle>" / "X ha ordinato a
/// Y di <act>": a verb of the grammar class `order-verb` at most ten tokens
/// before the trigger, in its clause; the
/// first actor after it (only articles, a dative preposition or modifiers between) and
/// before the trigger is the ordered party, and the nearest actor before the
/// verb that no preposition governs is the one who orders. Returns ((source
/// slot, order verb), (slots, target slot)); None in the passive ("were
/// ordered to"), where no one before the verb orders.
fn ordered_party<'s, 'a>(
    rules: &LanguageRules,
    toks: &[Tok],
    named: &'s [Slot<'a>],
    all: &'s [Slot<'a>],
    hits: &[TriggerHit],
    hit: &TriggerHit,
    clause: (usize, usize),
) -> Option<((usize, usize), SlotAt<'s, 'a>)> {
    let hits_between = |a: usize, b: usize| hits.iter().any(|h| h.first < b && a < h.last);
    let from = hit.first.saturating_sub(10).max(clause.0);
    let k = (from..hit.first)
        .rev()
        .find(|&k| rules.is("order-verb", &toks[k].word))?;
    if k > 0
        && rules.is("auxiliary", &toks[k - 1].word)
        && rules.lang == "en"
        && matches!(
            toks[k - 1].word.as_str(),
            "was" | "were" | "is" | "are" | "been" | "be" | "being"
        )
    {
        return None;
    }
    // "under orders to shoot": a noun "orders" orders no one.
    if k > 0 && (rules.is("determiner", &toks[k - 1].word) || coder::is_preposition(rules, &toks[k - 1].word)) {
        return None;
    }
    // The act must be what is ordered: "to"/"di" right before a verb trigger,
    // or the trigger right after the ordered party.
    let marker = hit.first > 0 && rules.is("order-marker", &toks[hit.first - 1].word);
    let pick = |list: &'s [Slot<'a>]| -> Option<usize> {
        let o = (0..list.len()).find(|&j| list[j].first > k && list[j].last <= hit.first)?;
        let head_ok = toks[k + 1..list[o].first].iter().all(|t| {
            rules.is("determiner", &t.word)
                || rules.is("recipient-prep", &t.word)
                || rules.is("genitive-prep", &t.word)
                || t.word == "-"
                || (t.kind == dyad_model::TokenKind::Word
                    && !rules.is("clause-break", &t.word)
                    && !is_function(rules, &t.word))
        });
        let end = if marker { hit.first - 1 } else { hit.first };
        let tail_ok = toks[list[o].last..end].iter().all(|t| {
            t.kind == dyad_model::TokenKind::Word
                && !rules.is("clause-break", &t.word)
                && !rules.is("auxiliary", &t.word)
        });
        // Without "to"/"di" the act is a participle after the ordered party
        // ("ordered X jailed") or a noun right after its possessive ("ordered
        // X's release").
        let participle =
            hit.def.kind == TriggerKind::Verb && coder::looks_like_participle(&rules.lang, &toks[hit.first].word);
        let adjacent =
            marker || participle || (list[o].last == hit.first && words::is_possessive(&toks[list[o].last - 1].word));
        // Nothing else is ordered first: no trigger between the verb and the party.
        let clear = !hits_between(k + 1, list[o].first);
        (head_ok && tail_ok && adjacent && clear && toks[list[o].last..end].len() <= 5).then_some(o)
    };
    let (list, o) = pick(named)
        .map(|o| (named, o))
        .or_else(|| pick(all).map(|o| (all, o)))?;
    let s = (0..named.len()).rev().find(|&j| {
        named[j].last <= k
            && named[j].first >= clause.0
            && !coder::is_preposition(rules, coder::effective_governor(rules, toks, named, j))
    })?;
    Some(((s, k), (list, o)))
}

/// "X reiterated Y's support for Z", "X reaffirmed the U.N.'s commitment to
/// supporting Z", "X ha espresso la solidarietà dell'Egitto a Z": a verb of
/// the grammar class `reaffirm-verb`, its object naming a side as possessor
/// ("Y's", after at most an article) or in a genitive right after the
/// trigger noun ("il sostegno di Y"). Between "'s" and the trigger stand at
/// most two modifiers, or a stance noun and its preposition ("commitment
/// to"). Returns the nearest actor before the verb, in the trigger's clause,
/// that no preposition governs: the one who reaffirms.
fn reaffirmed_for(
    rules: &LanguageRules,
    toks: &[Tok],
    named: &[Slot],
    hit: &TriggerHit,
    clause: (usize, usize),
) -> Option<usize> {
    let content = |t: &Tok| t.kind == dyad_model::TokenKind::Word && !is_function(rules, &t.word);
    let possessor = (0..named.len())
        .find(|&j| {
            named[j].last < hit.first
                && words::is_possessive(&toks[named[j].last].word)
                && hit.first - named[j].last - 1 <= 3
        })
        .filter(|&j| {
            let between = &toks[named[j].last + 1..hit.first];
            // The speaker voices his side's stance whether the stance is the
            // event itself ("Y's support") or a pledge to it ("Y's commitment to
            // supporting"): one preposition may close the span.
            let (body, tail) = match between.split_last() {
                Some((last, body))
                    if rules.is("destination-prep", &last.word) || rules.is("recipient-prep", &last.word) =>
                {
                    (body, true)
                }
                _ => (between, false),
            };
            body.iter().all(content) && (!tail || !body.is_empty()) && body.len() <= 2
        });
    // Italian names the side after the noun: "la solidarietà dell'Egitto".
    let genitive = || {
        let g = hit.last;
        if !toks.get(g).is_some_and(|t| rules.is("genitive-prep", &t.word)) {
            return None;
        }
        (0..named.len()).find(|&j| {
            named[j].first == g + 1 || (named[j].first == g + 2 && rules.is("determiner", &toks[g + 1].word))
        })
    };
    let (p, mut v) = match possessor {
        Some(p) => (p, named[p].first.checked_sub(1)?),
        None => {
            let p = genitive()?;
            (p, hit.first.checked_sub(1)?)
        }
    };
    if rules.is("determiner", &toks[v].word) {
        v = v.checked_sub(1)?;
    }
    if !rules.is("reaffirm-verb", &toks[v].word) {
        return None;
    }
    (0..named.len()).rev().find(|&j| {
        j != p
            && named[j].last <= v
            && named[j].first >= clause.0
            && !coder::is_preposition(rules, coder::effective_governor(rules, toks, named, j))
    })
}

/// True when the verb trigger `hits[v]` has a symmetric nominal trigger as its
/// object, direct or prepositional ("attended a cabinet meeting", "ha
/// partecipato a una riunione"): at most three plain words between them.
fn joint_object(rules: &LanguageRules, toks: &[Tok], hits: &[TriggerHit], v: usize) -> bool {
    let (Some(verb), Some(n)) = (hits.get(v), hits.get(v + 1)) else {
        return false;
    };
    verb.def.kind == TriggerKind::Verb
        && n.def.kind != TriggerKind::Verb
        && n.def.flags.symmetric
        && n.first >= verb.last
        && n.first - verb.last <= 3
        && toks[verb.last..n.first].iter().all(|t| {
            t.kind == dyad_model::TokenKind::Word
                && !["genitive-prep", "with-prep", "agent-prep", "clause-break", "coord"]
                    .iter()
                    .any(|c| rules.is(c, &t.word))
        })
}

/// The preventing verb governing the trigger (see [`prevented`]).
pub(super) fn prevent_verb(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> Option<usize> {
    let before = hit.first.checked_sub(1)?;
    if rules.is("prevent-intro", &toks[before].word) {
        // The governed phrase may hold an object with an apposition ("X, uno dei
        // suoi alleati, dal fornire"), never another clause.
        (before.saturating_sub(20)..before)
            .rev()
            .take_while(|&k| !rules.is("clause-break", &toks[k].word))
            .find(|&k| rules.is("prevent-verb", &toks[k].word))
    } else {
        let k = if rules.is("determiner", &toks[before].word) {
            before.checked_sub(1)?
        } else {
            before
        };
        rules.is("prevent-verb", &toks[k].word).then_some(k)
    }
}
