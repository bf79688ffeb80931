//! Post-passes that settle a recipient the per-hit coding left empty or
//! wrong, from what the rest of the sentence says about the act.

use super::{names_the_source, take_recipient};
use crate::coder::{self, Slot, Tok};
use crate::rules::{self, TriggerKind};
use crate::sentence::Frame;
use crate::words;
use dyad_model::{Category, Event};

/// "agreed to let food aid cross into X": a promise,
/// threat or request with no object of its own is directed at the
/// target of the act it announces, a later event of the same source.
pub(super) fn recipient_of_announced_act(sentence_events: &mut [Event]) {
    for i in 0..sentence_events.len() {
        let e = &sentence_events[i];
        if !e.recipient.is_empty()
            || !matches!(e.event, Category::Agree | Category::Threaten | Category::Request)
            || e.actor.is_empty()
        {
            continue;
        }
        let later = sentence_events.iter().find(|l| {
            l.trigger.start > e.trigger.end
                && !l.recipient.is_empty()
                && l.actor.len() == e.actor.len()
                && l.actor.iter().zip(&e.actor).all(|(a, b)| a.start == b.start)
        });
        if let Some(l) = later {
            let (r, t) = (l.recipient.clone(), l.trigger.text.clone());
            let e = &mut sentence_events[i];
            e.reason
                .push_str(&format!(" + recipient '{}' of the announced act '{t}'", r[0].text));
            e.recipient = r;
        }
    }
}

/// "offered to send engineers to help the X army", "ha offerto di inviare
/// genieri per aiutare l'esercito di Y": a promise whose object is what
/// the source sends — its own forces or goods, no named party — is aimed
/// at whom the sent ones are to help: the recipient of a later AID,
/// COOPERATE or SUPPORT event whose source is the source or what it sends.
pub(super) fn recipient_of_promised_help(f: &Frame, sentence_events: &mut [Event]) {
    let Frame { rules, toks, hits, .. } = *f;
    for i in 0..sentence_events.len() {
        let e = &sentence_events[i];
        if e.event != Category::Agree || e.actor.is_empty() || e.recipient.is_empty() {
            continue;
        }
        let force = |r: &dyad_model::ActorRef| {
            toks.iter()
                .any(|t| t.start >= r.start && t.end <= r.end && rules.is("force-noun", &t.word))
        };
        if !e
            .recipient
            .iter()
            .all(|r| r.country.is_none() && (force(r) || !f.participant(r)))
        {
            continue;
        }
        // The object of the promised act ("send troops"), not a partner of the promise itself.
        let r0 = e.recipient[0].start;
        if !hits
            .iter()
            .any(|h| toks[h.first].start >= e.trigger.end && toks[h.first].start <= r0)
        {
            continue;
        }
        let later = sentence_events.iter().find(|l| {
            l.trigger.start > e.trigger.end
                && matches!(l.event, Category::Aid | Category::Cooperate | Category::Support)
                && !l.recipient.is_empty()
                && l.recipient.iter().all(|r| r.country.is_some() || f.participant(r))
                && l.actor
                    .iter()
                    .any(|a| e.recipient.iter().chain(&e.actor).any(|r| r.start == a.start))
        });
        if let Some(l) = later {
            let (r, t) = (l.recipient.clone(), l.trigger.text.clone());
            let e = &mut sentence_events[i];
            take_recipient(e, r, &format!("whom the promised '{t}' is for"));
        }
    }
}

/// "called off the strike after reaching agreement with X", "ha
/// revocato lo sciopero dopo l'accordo con X": a concession with no
/// object of its own is made to the party it was agreed with, the
/// with-phrase of an agreement trigger (SUPPORT or AGREE) that
/// follows it closely in the sentence.
pub(super) fn partner_of_concession(f: &Frame, sentence_events: &mut [Event]) {
    let Frame {
        rules,
        toks,
        hits,
        named_slots,
        ..
    } = *f;
    for e in sentence_events.iter_mut() {
        if e.event != Category::Concede || e.actor.is_empty() || !e.recipient.is_empty() {
            continue;
        }
        let Some(after) = toks.iter().position(|t| t.start >= e.trigger.end) else {
            continue;
        };
        let Some(deal) = hits.iter().find(|h| {
            h.first >= after && h.first <= after + 10 && matches!(h.def.category, Category::Support | Category::Agree)
        }) else {
            continue;
        };
        if toks[after..deal.first]
            .iter()
            .any(|t| matches!(t.word.as_str(), ";" | ":" | "(" | ")" | "." | ","))
        {
            continue;
        }
        // Workers and their own government are two parties: only the same mention is excluded.
        let own = |i: usize| e.actor.iter().any(|a| a.start == named_slots[i].mention.start);
        let partner = (0..named_slots.len()).find(|&i| {
            let sl = &named_slots[i];
            sl.first >= deal.last
                && sl.first <= deal.last + 4
                && !own(i)
                && rules.is("with-prep", coder::effective_governor(rules, toks, named_slots, i))
        });
        let Some(p) = partner else { continue };
        take_recipient(
            e,
            coder::slot_refs(rules, toks, named_slots, p),
            "the party the concession was agreed with",
        );
    }
}

/// Accepting one agrees with its author too ("accepted a plan put forward by X", AGREE).
/// Judging an act judges its author: "refused a request from X", "ha
/// respinto la proposta del governo", "condemned a protest by X",
/// "condemned the threats made by X", "welcomed the decision by X",
/// "accepted the demands by X", "ha condannato l'attacco compiuto da X".
/// The verb's object (within three words) is a proposal, an act noun
/// or an event noun; its author is a possessive or demonym before it
/// (after it in Italian), an agent phrase (by/da, "da parte di", "ad
/// opera di") later in the clause, or — for proposals and acts, whose
/// genitive is their author — from/of/di right after it. An event
/// noun's genitive is its patient ("the killing of X"), never the author.
pub(super) fn author_of_judged_act(f: &Frame, sentence_events: &mut [Event]) {
    let Frame {
        rules,
        text,
        toks,
        hits,
        slots,
        named_slots,
        ..
    } = *f;
    for e in sentence_events.iter_mut() {
        if !matches!(
            e.event,
            Category::Reject | Category::Accuse | Category::Support | Category::Concede | Category::Agree
        ) || e.actor.is_empty()
        {
            continue;
        }
        let Some(after) = toks.iter().position(|t| t.start >= e.trigger.end) else {
            continue;
        };
        let window = after..toks.len().min(after + 4);
        let act = |k: usize| rules.is("proposal-noun", &toks[k].word) || rules.is("act-noun", &toks[k].word);
        let event_noun = |k: usize| {
            hits.iter()
                .find(|h| h.first == k && h.def.kind != TriggerKind::Verb)
                .map(|h| h.last - 1)
        };
        // "accepted the demands by X": the trigger may end in the noun itself.
        let built_in =
            (after > 0 && toks[after - 1].start >= e.trigger.start && act(after - 1)).then_some((after - 1, true));
        let Some((noun, genitive_author)) = built_in.or_else(|| {
            window.clone().find_map(|k| {
                if act(k) {
                    Some((k, true))
                } else {
                    event_noun(k).map(|n| (n, false))
                }
            })
        }) else {
            continue;
        };
        let after = after.min(noun + 1);
        let what = toks[noun].word.clone();
        let own = |r: &dyad_model::ActorRef| {
            e.actor
                .iter()
                .any(|a| a.start == r.start || (a.country.is_some() && a.country == r.country))
        };
        // "rejected Turkey's offer", "rejected an Armenian proposal", "ha
        // respinto la proposta armena": a possessive or a demonym names the
        // author too.
        if let Some(r) = modifier_author(rules, text, toks, slots, after, noun) {
            if !own(&r) && e.recipient.first().is_none_or(|x| x.start != r.start) {
                e.reason.push_str(&format!(
                    " + recipient '{}': author of the {} '{what}'",
                    r.text,
                    e.event.as_str().to_lowercase()
                ));
                e.recipient = vec![r];
                continue;
            }
        }
        if (after..noun).any(|k| {
            named_slots.iter().any(|s| s.first <= k && k <= s.last)
                || rules.is("clause-break", &toks[k].word)
                || toks[k].kind != dyad_model::TokenKind::Word
        }) {
            continue;
        }
        let plain_between = |from: usize, to: usize| {
            !(from..to).any(|k| {
                rules.is("clause-break", &toks[k].word)
                    || matches!(toks[k].word.as_str(), ";" | ":" | "(" | ")" | "." | "\"" | "“" | "”")
            })
        };
        // An agent phrase: "by X", "da X", "da parte di X", "ad opera di X".
        let agent = |i: usize| {
            let f = named_slots[i].first;
            let g = coder::effective_governor(rules, toks, named_slots, i);
            rules.is("agent-prep", g)
                || rules.is("genitive-prep", g)
                    && f >= 3
                    && (toks[f - 2].word == "parte" && rules.is("agent-prep", &toks[f - 3].word)
                        || toks[f - 2].word == "opera" && toks[f - 3].word == "ad")
        };
        // "committed by its troops": the source's own side is no other party
        // ("his British counterpart" is).
        let own_side = |i: usize| {
            let sl = &named_slots[i];
            (sl.first > 0 && rules.is("possessive", &toks[sl.first - 1].word)
                || toks.get(sl.first).is_some_and(|t| rules.is("possessive", &t.word)))
                && !toks[sl.first..(sl.last + 1).min(toks.len())]
                    .iter()
                    .any(|t| rules.is("counterpart-noun", &t.word))
        };
        let found = (0..named_slots.len()).find(|&i| {
            let sl = &named_slots[i];
            sl.first > noun && plain_between(noun + 1, sl.first) && !own_side(i) && {
                let near = sl.first <= noun + 6
                    && genitive_author
                    && rules.is("author-prep", coder::effective_governor(rules, toks, named_slots, i));
                near || sl.first <= noun + 12 && agent(i)
            }
        });
        let Some(author) = found else { continue };
        let r = coder::slot_refs(rules, toks, named_slots, author);
        // The source itself is no author of what it judges; a party of the
        // same country is ("the Taliban spurned offers by the Kabul government").
        if names_the_source(e, &r) || e.recipient.first().is_some_and(|x| x.start == r[0].start) {
            continue;
        }
        e.reason.push_str(&format!(
            " + recipient '{}': author of the {} '{what}'",
            r[0].text,
            e.event.as_str().to_lowercase()
        ));
        e.recipient = r;
    }
}

/// "urged a review of the EU sanctions on X", "ha sollecitato il
/// riesame delle misure restrittive europee contro X": asking for a
/// measure to be reviewed, lifted or ended asks whoever took it, the
/// source of the measure's own nominal event, not the party it targets.
/// An addressee named outright ("asked the UN for a review") stays.
pub(super) fn taker_of_reviewed_measure(f: &Frame, sentence_events: &mut [Event]) {
    let Frame { rules, toks, .. } = *f;
    if !sentence_events
        .iter()
        .any(|e| e.event == Category::Request && !e.actor.is_empty())
    {
        return;
    }
    let measures: Vec<(usize, Vec<dyad_model::ActorRef>, Vec<dyad_model::ActorRef>)> = sentence_events
        .iter()
        .filter(|m| !m.actor.is_empty())
        .filter_map(|m| {
            let k = toks.iter().position(|t| t.start >= m.trigger.start)?;
            Some((k, m.actor.clone(), m.recipient.clone()))
        })
        .collect();
    for e in sentence_events.iter_mut() {
        if e.event != Category::Request || e.actor.is_empty() {
            continue;
        }
        let Some(after) = toks.iter().position(|t| t.start >= e.trigger.end) else {
            continue;
        };
        let Some(change) = (after..toks.len().min(after + 3)).find(|&k| rules.is("change-noun", &toks[k].word)) else {
            continue;
        };
        if !toks.get(change + 1).is_some_and(|t| rules.is("genitive-prep", &t.word)) {
            continue;
        }
        // The measure noun follows within its article and the owner's name.
        let Some((_, owner, target)) = measures.iter().find(|(k, ..)| {
            *k >= change + 2
                && *k <= change + 5
                && toks[change + 2..*k]
                    .iter()
                    .all(|t| t.kind == dyad_model::TokenKind::Word)
        }) else {
            continue;
        };
        let same = |a: &[dyad_model::ActorRef], b: &[dyad_model::ActorRef]| {
            a.iter().any(|x| b.iter().any(|y| x.start == y.start))
        };
        if same(owner, &e.actor) || !e.recipient.is_empty() && !same(&e.recipient, target) {
            continue;
        }
        let what = toks[change].word.clone();
        take_recipient(e, owner.clone(), &format!("who took the measure whose {what} is asked"));
    }
}

/// "demanded that the minister resign", "opened an inquiry into
/// reports that two guards beat …", "conceded to demands that X …",
/// "chiede che la forza di pace … intervenga": a demand, accusation,
/// concession or threat with no object of its own is aimed at the
/// subject of the complement clause that states it (after "that/che",
/// directly or through a content noun: claims, allegations, demands).
/// A threat's clause may open with its condition ("threatened that if X
/// refused …"), whose subject is then the one threatened.
pub(super) fn subject_of_complement_clause(f: &Frame, sentence_events: &mut [Event]) {
    let Frame {
        rules,
        toks,
        hits,
        named_slots,
        ..
    } = *f;
    for e in sentence_events.iter_mut() {
        if !matches!(
            e.event,
            Category::Request | Category::Accuse | Category::Concede | Category::Threaten
        ) || e.actor.is_empty()
            || !e.recipient.is_empty()
        {
            continue;
        }
        let Some(after) = toks.iter().position(|t| t.start >= e.trigger.end) else {
            continue;
        };
        let Some(that) = (after..toks.len().min(after + 4)).find(|&k| rules.is("complementizer", &toks[k].word)) else {
            continue;
        };
        let linking = |w: &str| {
            rules.is("content-noun", w)
                || rules.is("determiner", w)
                || rules.is("recipient-prep", w)
                || rules.is("genitive-prep", w)
        };
        if !(after..that).all(|k| linking(&toks[k].word)) {
            continue;
        }
        // "threatened that, if X did not …": a threat's condition names
        // the one who must comply; its subject is the party threatened.
        let mut that = that;
        if e.event == Category::Threaten {
            let mut k = that + 1;
            while toks.get(k).is_some_and(|t| t.word == ",") {
                k += 1;
            }
            if toks.get(k).is_some_and(|t| rules.is("threat-condition", &t.word)) {
                that = k;
            }
        }
        // Its subject: the first actor or named/agentive phrase after it,
        // within six words and before any break or verb trigger.
        let Some(subj) = (0..named_slots.len()).find(|&i| {
            let f = named_slots[i].first;
            f > that
                && f <= that + 6
                && !(that + 1..f).any(|k| {
                    let w = toks[k].word.as_str();
                    // Only a genitive inside the subject ("il governo del primo ministro"):
                    // "reports that appeared in X" is a relative clause about the reports.
                    toks[k].kind != dyad_model::TokenKind::Word
                        || rules.is("clause-break", w)
                        || (rules.is("recipient-prep", w) || rules.is("agent-prep", w)) && !rules.is("genitive-prep", w)
                        || hits.iter().any(|h| h.first == k && h.def.kind == TriggerKind::Verb)
                })
        }) else {
            continue;
        };
        let r = coder::slot_refs(rules, toks, named_slots, subj);
        if names_the_source(e, &r) {
            continue;
        }
        take_recipient(e, r, "subject of the complement clause");
    }
}

/// "filed a lawsuit in the X court against Y", "filed a complaint with the
/// X council against Y", "carried out strikes against Y throughout Z":
/// in a conflict event the party named by "against/contro" later in the
/// clause is the target; a forum or place named by another preposition
/// is not. "found X guilty of …", "ha giudicato X colpevole di …": the
/// one a verdict names stands right before it.
pub(super) fn party_against(f: &Frame, sentence_events: &mut [Event]) {
    let Frame {
        rules,
        toks,
        hits,
        named_slots,
        ..
    } = *f;
    for e in sentence_events.iter_mut() {
        if e.event.quad().is_cooperation() || e.actor.is_empty() {
            continue;
        }
        let Some(h) = hits.iter().find(|h| toks[h.first].start == e.trigger.start) else {
            continue;
        };
        let clause = coder::clause_bounds(rules, toks, h);
        let slot_of = |r: &dyad_model::ActorRef| named_slots.iter().position(|s| s.mention.start == r.start);
        let governed_by_prep = e.recipient.first().and_then(slot_of).map(|i| {
            let g = coder::effective_governor(rules, toks, named_slots, i);
            // Who is given a term, in the dative before it, is whom it is set
            // for (assign::fallbacks).
            let given_the_term = h.def.flags.issued && rules.is("dative-prep", g) && named_slots[i].last <= h.first;
            (rules.is("recipient-prep", g) || rules.is("genitive-prep", g) || rules.is("locative-prep", g))
                && !rules.is("against-prep", g)
                && !given_the_term
        });
        if e.recipient.is_empty() || governed_by_prep == Some(true) {
            let against = (0..named_slots.len()).find(|&i| {
                let sl = &named_slots[i];
                // No other trigger between: "… and announced sanctions against Y".
                // An attributive participle is none ("against visiting Minister Y").
                sl.first >= h.last
                    && sl.last <= clause.1
                    && sl.first <= h.last + 20
                    && !hits.iter().any(|o| {
                        o.first >= h.last && o.first < sl.first && !coder::participle_before_name(rules, toks, o.first)
                    })
                    && rules.is("against-prep", coder::effective_governor(rules, toks, named_slots, i))
            });
            if let Some(a) = against {
                let r = coder::slot_refs(rules, toks, named_slots, a);
                if !names_the_source(e, &r) {
                    take_recipient(e, r, "the party the act is against");
                    continue;
                }
            }
        }
        if e.recipient.is_empty() && rules.is("verdict-word", &toks[h.first].word) {
            if let Some(i) = named_slots.iter().position(|s| s.last == h.first) {
                let r = coder::slot_refs(rules, toks, named_slots, i);
                if !names_the_source(e, &r) {
                    take_recipient(e, r, "named by the verdict");
                }
            }
        }
    }
}

/// "discussed Libya with X", "ha discusso la crisi con X": a verb whose
/// object is the topic meets the partner named by with/con.
pub(super) fn partner_of_discussed_topic(f: &Frame, sentence_events: &mut [Event]) {
    let Frame {
        rules,
        toks,
        hits,
        named_slots,
        ..
    } = *f;
    for e in sentence_events.iter_mut() {
        if e.event != Category::Consult || e.actor.is_empty() {
            continue;
        }
        let Some(h) = hits.iter().find(|h| toks[h.first].start == e.trigger.start) else {
            continue;
        };
        if h.def.kind != TriggerKind::Verb || !rules.is("topic-verb", &h.def.pattern) {
            continue;
        }
        let clause = coder::clause_bounds(rules, toks, h);
        let partner = (0..named_slots.len()).find(|&i| {
            let sl = &named_slots[i];
            sl.first >= h.last
                && sl.last <= clause.1
                && sl.first <= h.last + 16
                && !hits.iter().any(|o| o.first >= h.last && o.first < sl.first)
                && rules.is("with-prep", coder::effective_governor(rules, toks, named_slots, i))
        });
        let Some(p) = partner else { continue };
        let r = coder::slot_refs(rules, toks, named_slots, p);
        if names_the_source(e, &r) || e.recipient.first().is_some_and(|x| x.start == r[0].start) {
            continue;
        }
        take_recipient(e, r, "the partner of the discussion (the object is its topic)");
    }
}

/// The category of a trigger under its modality: see the comment at the call.
/// The author a proposal noun names before (English) or right after
/// (Italian) itself: an actor with a possessive ("Turkey's offer", "Turkey's
/// latest offer") or a demonym ("an Armenian proposal", "la proposta
/// armena"). `after` is the first token after the verb, `noun` the noun's.
fn modifier_author(
    rules: &rules::LanguageRules,
    text: &str,
    toks: &[Tok],
    slots: &[Slot],
    after: usize,
    noun: usize,
) -> Option<dyad_model::ActorRef> {
    let plain = |k: usize| toks[k].kind == dyad_model::TokenKind::Word && !rules.is("clause-break", &toks[k].word);
    if rules.lang == "it" {
        let k = noun + 1;
        let d = toks
            .get(k)
            .filter(|t| t.kind == dyad_model::TokenKind::Word && rules.is("demonym", &t.word))?;
        return Some(dyad_model::ActorRef {
            text: text[d.start..d.end].to_string(),
            start: d.start,
            end: d.end,
            country: rules.demonym_country.get(&d.word).cloned(),
            sector: None,
        });
    }
    // An actor ending right before "'s", at most one word before the noun.
    for s in slots.iter().filter(|s| s.first >= after && s.last < noun) {
        let pos = s.last + 1;
        if toks.get(pos).is_some_and(|t| words::is_possessive_mark(&t.word))
            && noun - (pos + 1) <= 1
            && (pos + 1..noun).all(plain)
        {
            return Some(dyad_model::ActorRef::from(s.mention));
        }
    }
    if (after..noun).any(|k| slots.iter().any(|s| s.first <= k && k <= s.last) || !plain(k)) {
        return None;
    }
    // A demonym among the words before the noun: "an Armenian proposal".
    let k = (after..noun).rev().find(|&k| rules.is("demonym", &toks[k].word))?;
    let d = &toks[k];
    Some(dyad_model::ActorRef {
        text: text[d.start..d.end].to_string(),
        start: d.start,
        end: d.end,
        country: rules.demonym_country.get(&d.word).cloned(),
        sector: None,
    })
}
