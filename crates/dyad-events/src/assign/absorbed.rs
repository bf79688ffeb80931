//! Hits that name no event of their own: an adjective or a participle
//! describing a noun, what a verb gives or joins, a purpose, a complement, an
//! attack that is a verb's subject, a noun that is a verb's object. Each
//! stops the hit here, most after adding what they say to the event they
//! belong to.

use super::modality::{demanded_mode, intent_category};
use super::recodings::{lifted_measure, own_force_ceased};
use super::{issues_a_term, thing_target, verb_shortly_before, HitContext, ThisHit};
use crate::coder::{self, Tok, TriggerHit};
use crate::rules::{LanguageRules, TriggerKind};
use crate::sentence::Frame;
use crate::words::{is_function, is_quote_mark};
use crate::{morph, received, span_text, Coder};
use dyad_model::{Category, Event, Modality};

/// What a hit that names an event of its own carries from the earlier hits.
pub(super) struct Own {
    /// The accusation whose complement the hit is ("accused X of supplying"),
    /// which reports it.
    pub governing: Option<Event>,
}

impl Coder {
    /// `None` when the hit adds to an event of the sentence or names none
    /// (tracing why), else what its own event needs from the earlier hits.
    pub(super) fn own_event(
        &self,
        c: &HitContext,
        h: &ThisHit,
        sentence_events: &mut [Event],
        coded_hits: &[(usize, Option<Event>)],
        trace: &mut dyn FnMut(String),
    ) -> Option<Own> {
        let HitContext {
            speech_mask,
            event_subjects,
            subject,
            ..
        } = *c;
        let Frame {
            rules,
            lang,
            text,
            toks,
            hits,
            slots,
            named_slots,
            all_slots,
            ..
        } = *c.frame;
        let ThisHit {
            hit,
            hit_index,
            trigger_start,
            trigger_text,
            clause,
            ..
        } = *h;
        let participant = |r: &dyad_model::ActorRef| c.frame.participant(r);
        // "ordered X to suspend publication", "ordered the arrest of X": the
        // act ordered is the event (its source the one who orders), so the
        // order itself names none.
        if hit.def.flags.orders {
            let ordered = (hit_index + 1..hits.len()).find(|&j| {
                complement_of(rules, toks, hits, j) == Some(hit_index)
                    || hits[j].def.kind != TriggerKind::Verb
                        && hits[j].first <= hit.last + 3
                        && toks[hit.last..hits[j].first].iter().all(|t| {
                            t.kind == dyad_model::TokenKind::Word && !is_function(rules, &t.word)
                                || rules.is("determiner", &t.word)
                        })
            });
            if let Some(j) = ordered {
                trace(format!(
                    "  '{trigger_text}' {}: orders the act '{}', coded as that act",
                    hit.def.category,
                    span_text(text, toks, &hits[j])
                ));
                return None;
            }
            // A demand is made of someone: a party right after the verb or a
            // clause of what they must do ("ordered X to", "ha ordinato che").
            // "ordered 250 tanks", "è stato ordinato sacerdote", "una
            // transizione ordinata" order nothing of anyone.
            let of_someone = toks.get(hit.last).is_some_and(|t| rules.is("complementizer", &t.word))
                || slots.iter().any(|s| s.first >= hit.last && s.first <= hit.last + 2);
            if !of_someone {
                trace(format!(
                    "  '{trigger_text}' {}: orders no one, no demand",
                    hit.def.category
                ));
                return None;
            }
        }
        // "the alleged leader", "over alleged abuses", "against visiting
        // Prince X": an English participle between a determiner or a
        // preposition and its noun is an adjective, no act of anyone's.
        if lang == "en"
            && hit.def.kind == TriggerKind::Verb
            && hit.last == hit.first + 1
            && coder::attributive_participle(rules, toks, hit.first)
        {
            trace(format!(
                "  '{trigger_text}' {}: an attributive participle, no event",
                hit.def.category
            ));
            return None;
        }
        let describes_a_noun = if measure_as_state(rules, lang, toks, slots, hit) {
            Some("a measure describing its noun, taken earlier by nobody named")
        } else if attributive_adjective(rules, lang, toks, hits, hit) {
            Some("an adjective describing a noun")
        } else {
            None
        };
        if let Some(why) = describes_a_noun {
            trace(format!("  '{trigger_text}' {}: {why}, no event", hit.def.category));
            return None;
        }
        if self.given_or_joined(c, h, sentence_events, trace) {
            return None;
        }
        // "…, calling the plan a disgrace", "calling it anti-people": a
        // participial gerund of a naming verb reports what was said (the
        // event is the statement it qualifies), not a phone call.
        if hit.def.flags.naming
            && hit.def.kind == TriggerKind::Verb
            && morph::is_gerund(lang, &toks[hit.first].word)
            && hit.first > 0
            && !rules.is("auxiliary", &toks[hit.first - 1].word)
        {
            trace(format!(
                "  '{trigger_text}' {}: a participial gerund that names, not a call",
                hit.def.category
            ));
            return None;
        }
        // "imposed sanctions on X, targeting 45 companies", "ha annunciato
        // sanzioni, colpendo 20 società": a participial gerund of a hitting
        // verb after a measure says whom the measure hits, no attack.
        if matches!(hit.def.category, Category::Assault | Category::Coerce)
            && hit.def.kind == TriggerKind::Verb
            && hit.first > 0
            && toks[hit.first - 1].word == ","
            && morph::is_gerund(lang, &toks[hit.first].word)
            && sentence_events.iter().any(|e| {
                e.trigger.start < trigger_start
                    && (e.event == Category::Sanction
                        || e.event == Category::Coerce && e.mode.as_deref() == Some("restrict"))
            })
        {
            trace(format!(
                "  '{trigger_text}' {}: a gerund naming whom the measure before it hits, no event",
                hit.def.category
            ));
            return None;
        }
        if self.purpose_of_channel(c, h, sentence_events, coded_hits, trace) {
            return None;
        }
        // A trigger introduced by "di/a/to" right after another trigger's
        // phrase is its complement: "promettono di rafforzare" is one
        // promise, "accusano X di fornire" an alleged supply.
        let governing = complement_of(rules, toks, hits, hit_index)
            .and_then(|g| coded_hits.iter().find(|(i, _)| *i == g))
            .and_then(|(_, e)| e.clone());
        if let Some(g) = &governing {
            if !matches!(g.event, Category::Accuse) {
                trace(format!(
                    "  '{trigger_text}' {}: complement of '{}' ({}), coded by it",
                    hit.def.category, g.trigger.text, g.event
                ));
                // "gave Kessia a deadline", "granted the army permission": a noun
                // the giving verb governs past its recipient is still what it gives;
                // "approved a request from X for help": a demand accepted is acceded to.
                if hit.def.kind != TriggerKind::Verb {
                    if let Some(e) = sentence_events.iter_mut().find(|e| e.trigger.start == g.trigger.start) {
                        self.recode_what_was_accepted(e, hit.def, trigger_text);
                        self.recode_what_was_given(rules, e, hit.def, trigger_text);
                    }
                }
                // "agreed to open its borders to Afghanistan", "promised to send
                // aid to the refugees": with no object of its own, the governing
                // event is directed at whom its complement is.
                if g.recipient.is_empty() && !hit.def.flags.flip {
                    let ctx = coder::RoleContext {
                        sentence_subject: subject,
                        controller: None,
                        hits,
                        speech_verb: speech_mask,
                        verbal: false,
                    };
                    let found = [slots, named_slots, all_slots].into_iter().find_map(|tier| {
                        let alt = coder::assign_roles(rules, toks, tier, hit, clause, &ctx);
                        let r: Vec<dyad_model::ActorRef> = alt
                            .recipient
                            .into_iter()
                            .filter(|r| {
                                !g.actor.iter().any(|a| a.start < r.end && r.start < a.end)
                                    && (thing_target(g.event) || participant(r))
                            })
                            .collect();
                        (!r.is_empty()).then_some(r)
                    });
                    if let Some(r) = found {
                        if let Some(e) = sentence_events.iter_mut().find(|e| e.trigger.start == g.trigger.start) {
                            e.reason.push_str(&format!(
                                " + recipient '{}' of the complement '{trigger_text}'",
                                r[0].text
                            ));
                            e.recipient = r;
                        }
                    }
                }
                return None;
            }
        }
        if let Some((v, _)) = event_subjects.iter().enumerate().find(|(_, es)| {
            es.as_ref()
                .is_some_and(|es| es.noun_hit == Some(hit_index) || es.relative_hit == Some(hit_index))
        }) {
            trace(format!(
                "  '{trigger_text}' {}: subject of the verb trigger '{}', same event",
                hit.def.category,
                span_text(text, toks, &hits[v])
            ));
            return None;
        }
        // "ha siglato un'intesa commerciale": the noun is the verb's
        // object and describes the same event; it adds its contexts.
        if hit.def.kind != TriggerKind::Verb {
            // what a receive verb's subject gets is an act of the giver: coded below
            let received_by = |v: usize| {
                received::receive_verb(rules, toks, hit).is_some_and(|k| (hits[v].first..hits[v].last).contains(&k))
            };
            // An ordered act is the event itself (the order yielded to it).
            if let Some(v) =
                object_of_verb(rules, toks, hits, hit_index).filter(|&v| !received_by(v) && !hits[v].def.flags.orders)
            {
                if let Some(e) = sentence_events
                    .iter_mut()
                    .find(|e| e.trigger.start == toks[hits[v].first].start)
                {
                    self.add_object(c, h, v, e);
                }
                trace(format!(
                    "  '{trigger_text}' {}: object of the verb trigger '{}', same event",
                    hit.def.category,
                    span_text(text, toks, &hits[v])
                ));
                return None;
            }
        }
        Some(Own { governing })
    }

    /// What a giving verb hands over or the act a `joins` verb takes part
    /// in: the verb's event takes it (true, traced); a `given` or `issued`
    /// noun no verb gives or sets is no event either.
    fn given_or_joined(
        &self,
        c: &HitContext,
        h: &ThisHit,
        sentence_events: &mut [Event],
        trace: &mut dyn FnMut(String),
    ) -> bool {
        let Frame { rules, toks, hits, .. } = *c.frame;
        let ThisHit {
            hit,
            trigger_text,
            clause,
            ..
        } = *h;
        // What a giving verb hands over (a `given` noun), or the act a
        // `joins` verb takes part in ("joined the march", "ha aderito allo
        // sciopero": CAMEO codes what the participants do), is the verb's event.
        let giving_verb = |k: usize| {
            hits.iter().position(|h| {
                h.last == k + 1
                    && h.def.kind == TriggerKind::Verb
                    && if hit.def.flags.given {
                        matches!(h.def.category, Category::Aid | Category::Cooperate)
                    } else {
                        h.def.flags.joins && joined_object(rules, &toks[h.last..hit.first])
                    }
            })
        };
        // A verb form after an article is a noun ("alla marcia").
        let nominal = hit.def.kind == TriggerKind::Noun
            || hit
                .first
                .checked_sub(1)
                .is_some_and(|k| rules.is("determiner", &toks[k].word) || rules.is("destination-prep", &toks[k].word));
        let giver = if hit.def.flags.given || nominal {
            verb_shortly_before(rules, toks, hit, clause.0, |k| giving_verb(k).is_some()).and_then(giving_verb)
        } else {
            None
        };
        if (hit.def.flags.issued
            && verb_shortly_before(rules, toks, hit, clause.0, |k| issues_a_term(rules, toks, k)).is_none())
            || (hit.def.flags.given && giver.is_none())
        {
            trace(format!(
                "  '{trigger_text}' {}: given or set by no verb, no event",
                hit.def.category
            ));
            return true;
        }
        // "ha fornito al governo le informazioni": what the giving verb hands
        // over is the act (information shared, CAMEO 064), even where the
        // noun is not the verb's direct object; the verb's event takes it
        // unless its modality recoded it ("refused to give": REJECT).
        if let Some(v) = giver {
            let verb_start = toks[hits[v].first].start;
            if let Some(e) = sentence_events
                .iter_mut()
                .find(|e| e.trigger.start == verb_start && e.event == hits[v].def.category)
            {
                let c = hit.def.category;
                self.recode(e, c, hit.def.mode.clone());
                e.context = hit.def.context.clone();
                let how = if hit.def.flags.given { "gave" } else { "joined" };
                e.reason
                    .push_str(&format!(" + {how} '{trigger_text}': {} → {c}", hits[v].def.category));
            }
            trace(format!(
                "  '{trigger_text}' {}: what the verb gives or joins",
                hit.def.category
            ));
            return true;
        }
        false
    }

    /// A praise, accusation, threat or request that is the purpose of a call
    /// or mission before it: the channel's event takes its category (true, traced).
    fn purpose_of_channel(
        &self,
        c: &HitContext,
        h: &ThisHit,
        sentence_events: &mut [Event],
        coded_hits: &[(usize, Option<Event>)],
        trace: &mut dyn FnMut(String),
    ) -> bool {
        let Frame {
            rules,
            lang,
            text,
            toks,
            hits,
            ..
        } = *c.frame;
        let ThisHit {
            hit,
            hit_index,
            trigger_text,
            ..
        } = *h;
        // "called X to congratulate him", "sent experts to X to
        // investigate", "ha telefonato a X per esprimere la sua
        // solidarietà": the call or the mission carries a praise or an
        // inquiry, which is then the event between the two parties.
        // Only a call or a message carries praise or a request: troops
        // sent "to support" a government are still aid or a deployment.
        if matches!(
            hit.def.category,
            Category::Support | Category::Accuse | Category::Threaten | Category::Request
        ) {
            // A mission's purpose may be an inquiry ("sent experts to
            // investigate"); what a sent letter or message says needs it to be one.
            let message = |gi: usize| {
                hits[gi].def.category == Category::Consult
                    || toks
                        .get(hits[gi].last..(hits[gi].last + 3).min(hit.first))
                        .is_some_and(|ts| ts.iter().any(|t| rules.is("message-noun", &t.word)))
            };
            let gerund = hit.def.kind == TriggerKind::Verb && morph::is_gerund(lang, &toks[hit.first].word);
            if let Some(gi) = purpose_of(rules, text, toks, hits, hit_index)
                .filter(|&gi| message(gi) || (hit.def.category == Category::Accuse && !gerund))
            {
                let own = coded_hits
                    .iter()
                    .find(|(i, _)| *i == gi)
                    .and_then(|(_, e)| e.as_ref())
                    // "will send experts to investigate": the mission announced
                    // (AGREE) carries its purpose announced, as that act's own intent.
                    .filter(|g| {
                        g.event == hits[gi].def.category
                            || g.event == intent_category(hits[gi].def.category, g.modality, false).0
                    })
                    .map(|g| g.trigger.start);
                if let Some(e) = own.and_then(|start| sentence_events.iter_mut().find(|e| e.trigger.start == start)) {
                    let category = intent_category(hit.def.category, e.modality, false).0;
                    self.recode(e, category, hit.def.mode.clone());
                    e.context = hit.def.context.clone();
                    e.reason
                        .push_str(&format!(" + its purpose '{trigger_text}' is the act: {}", e.event));
                    trace(format!(
                        "  '{trigger_text}' {}: purpose of '{}', which takes its category",
                        hit.def.category,
                        span_text(text, toks, &hits[gi])
                    ));
                    return true;
                }
            }
        }
        false
    }

    /// The verb trigger `hits[v]`'s event `e` takes the nominal hit that is
    /// its object: the object phrase as the recipient of a judgement, the
    /// category changes the object implies, and the object's contexts.
    fn add_object(&self, c: &HitContext, h: &ThisHit, v: usize, e: &mut Event) {
        let Frame {
            rules,
            text,
            toks,
            hits,
            ..
        } = *c.frame;
        let ThisHit {
            hit,
            trigger_end,
            trigger_text,
            ..
        } = *h;
        // "condemned the attacks", "ha respinto la proposta": what a
        // judgement verb is about is its object, even an event noun.
        // An announced boycott (THREATEN) is still about what it would boycott.
        if e.recipient.is_empty()
            && (matches!(
                e.event,
                Category::Accuse | Category::Reject | Category::Protest | Category::Support
            ) || hits[v].def.flags.announced_threat)
        {
            let first = (hits[v].last..hit.first)
                .find(|&k| toks[k].kind == dyad_model::TokenKind::Word)
                .unwrap_or(hit.first);
            let (start, end) = (toks[first].start, trigger_end);
            e.recipient.push(dyad_model::ActorRef {
                text: text[start..end].to_string(),
                start,
                end,
                country: None,
                sector: None,
            });
            e.reason
                .push_str(&format!(" + recipient=object phrase '{}'", &text[start..end]));
        }
        // "pledged his full support for", "ha promesso il suo pieno
        // sostegno a": a promise of support expresses support; the
        // promise verb is light (PLOVER SUPPORT, not AGREE).
        // An agreement noun is different: "agreed a trade deal", "hanno
        // concordato un'intesa" conclude a formal agreement (CAMEO 057 →
        // SUPPORT), but "promised a treaty" announces one (03 → AGREE).
        let agreement_noun = hit.def.context.iter().any(|c| c == "treaty");
        let concludes = agreement_noun && rules.is("conclude-verb", &hits[v].def.pattern);
        if e.event == Category::Agree
            && hit.def.category == Category::Support
            && e.modality != Modality::Negated
            && (!agreement_noun || concludes)
        {
            self.recode(e, Category::Support, hit.def.mode.clone());
            if concludes {
                e.reason
                    .push_str(&format!(" + concluded '{trigger_text}': AGREE → SUPPORT (CAMEO 057)"));
            } else {
                e.reason
                    .push_str(&format!(" + promised '{trigger_text}': AGREE → SUPPORT"));
            }
        }
        // "offered scathing criticism of X", "ha espresso dure critiche a X":
        // an offer of criticism is the criticism itself (CAMEO 111).
        if e.event == Category::Agree && hit.def.category == Category::Accuse && e.modality != Modality::Negated {
            self.recode(e, Category::Accuse, hit.def.mode.clone());
            e.reason
                .push_str(&format!(" + offered '{trigger_text}': AGREE → ACCUSE"));
        }
        self.recode_what_was_accepted(e, hit.def, trigger_text);
        self.recode_what_was_given(rules, e, hit.def, trigger_text);
        // "deployed peacekeepers to X", "ha schierato i caschi blu in X":
        // troops sent to keep the peace are military protection given
        // (CAMEO 074 → AID), not a show of force.
        if e.event == Category::Mobilize
            && hit.def.category == Category::Aid
            && hit.def.context.iter().any(|c| c == "peacekeeping")
            && matches!(e.modality, Modality::Asserted | Modality::Reported)
        {
            self.recode(e, Category::Aid, hit.def.mode.clone());
            e.reason
                .push_str(&format!(" + deployed '{trigger_text}': MOBILIZE → AID (CAMEO 074)"));
        }
        // What is demanded or rejected gives the mode (CAMEO 10/12 in the
        // 2021 table): talks or a settlement `meet`, aid or cooperation
        // `assist`, a release, withdrawal or easing `yield`.
        if matches!(e.event, Category::Request | Category::Reject) && e.mode.is_none() {
            if let Some(m) = demanded_mode(hit.def.category, agreement_noun) {
                self.recode(e, e.event, Some(m.to_string()));
                e.reason
                    .push_str(&format!(" + mode {m} from the object '{trigger_text}'"));
            }
        }
        // "cancelled its aid to X", "ha annullato la cooperazione con X":
        // ending aid or cooperation already given reduces relations
        // (CAMEO 162/161 → SANCTION), where refusing an offer is REJECT.
        if e.event == Category::Reject
            && e.modality != Modality::Negated
            && matches!(hit.def.category, Category::Aid | Category::Cooperate)
            && rules.is("reduce-verb", &toks[hits[v].first].word)
        {
            self.recode(
                e,
                Category::Sanction,
                Some(
                    if hit.def.category == Category::Aid {
                        "discontinue"
                    } else {
                        "withdraw"
                    }
                    .to_string(),
                ),
            );
            e.reason
                .push_str(&format!(" + '{trigger_text}' ended: REJECT → SANCTION"));
        }
        // "ended the blockade", "ha ritirato le accuse": a measure the verb
        // takes away is yielded (CAMEO 08), not the verb's own act. An
        // announced lifting keeps the intent reading (AGREE) the verb gave.
        if e.event != Category::Concede
            && matches!(e.modality, Modality::Asserted | Modality::Reported)
            && lifted_measure(rules, toks, hit)
        {
            self.recode(e, Category::Concede, None);
            e.reason.push_str(&format!(" + '{trigger_text}' lifted: CONCEDE"));
        }
        // "suspended its air strikes", "ha sospeso i suoi
        // attacchi": a suspending verb over one's own use of force
        // de-escalates (CAMEO 087 → CONCEDE), no sanction.
        if e.event == Category::Sanction
            && hit.def.category == Category::Assault
            && matches!(e.modality, Modality::Asserted | Modality::Reported)
            && own_force_ceased(rules, toks, hit)
        {
            self.recode(e, Category::Concede, None);
            e.reason.push_str(&format!(
                " + own '{trigger_text}' ceased: de-escalation, CONCEDE (CAMEO 087)"
            ));
        }
        // "called for sanctions against X", "ha chiesto sanzioni contro X":
        // demanding punitive measures against someone rallies opposition
        // against them (CAMEO 113 → PLOVER ACCUSE); whom the call is addressed
        // to is left unsaid.
        if e.event == Category::Request
            && matches!(hit.def.category, Category::Sanction | Category::Coerce)
            && !e.recipient.is_empty()
            && e.modality != Modality::Negated
        {
            self.recode(e, Category::Accuse, Some("disapprove".to_string()));
            e.reason.push_str(&format!(
                " + called for '{trigger_text}' against the recipient: REQUEST → ACCUSE"
            ));
        }
        for c in &hit.def.context {
            if !e.context.contains(c) {
                e.context.push(c.clone());
            }
        }
        e.reason.push_str(&format!(" + object '{trigger_text}'"));
    }
}

/// "i beni russi congelati", "the territories occupied in 1990", "le navi
/// sequestrate l'anno scorso": a coercive measure's participle right after
/// the noun it describes names a state the noun is in; the measure was taken
/// earlier or elsewhere, and the sentence's actors did not take it here. Only
/// an agent phrase after it ("congelati dal G7", "seized by Kessia") names
/// who did, and then the act stays. An Italian participle with no auxiliary
/// is never finite; an English one is read so only where a finite past
/// cannot be: no actor or agent noun before it to be its subject ("troops
/// seized", "ordered X jailed") and no object after it ("closed all").
fn measure_as_state(rules: &LanguageRules, lang: &str, toks: &[Tok], slots: &[coder::Slot], hit: &TriggerHit) -> bool {
    if hit.def.kind != TriggerKind::Verb
        || hit.last != hit.first + 1
        || hit.first == 0
        || !matches!(hit.def.category, Category::Coerce | Category::Sanction)
        || !coder::looks_like_participle(lang, &toks[hit.first].word)
    {
        return false;
    }
    let before = &toks[hit.first - 1];
    let after_noun = before.kind == dyad_model::TokenKind::Word
        && !is_function(rules, &before.word)
        && !rules.is("determiner", &before.word)
        && !rules.is("auxiliary", &before.word)
        && !rules.is("np-stop", &before.word)
        && !rules.is("subject-pronoun", &before.word);
    let agent = toks[hit.last..]
        .iter()
        .take(3)
        .take_while(|t| t.kind == dyad_model::TokenKind::Word)
        .any(|t| rules.is("agent-prep", &t.word));
    let no_subject = lang == "it"
        || (!rules.is_agent_word(&before.word) && !slots.iter().any(|s| s.last == hit.first))
            && toks.get(hit.last).is_none_or(|t| {
                t.kind == dyad_model::TokenKind::Punct
                    || rules.is("recipient-prep", &t.word)
                    || rules.is("locative-prep", &t.word)
            });
    after_noun && !agent && no_subject
}

/// A verb form that is also an adjective (`adjective-verb`: "free", "close";
/// "libera") standing where only the adjective fits. English puts the
/// adjective before its noun ("a new free trade deal", "maintains close
/// ties", "free and fair elections") or before "to" ("sources close to X",
/// "were free to leave"), while a bare base form is a verb only after a modal,
/// "do", "to", a subject pronoun or a verb taking a bare infinitive
/// ("helped free hostages"; `base-licensor`). Italian puts it after
/// its noun with no object of its own ("una stampa libera.", "una Kessia
/// libera e sovrana"), where the verb would take one ("libera gli ostaggi").
/// A trigger right after the coordinator ("free and release", "libera e
/// rimpatria") makes the word a verb of a coordinated pair.
fn attributive_adjective(
    rules: &LanguageRules,
    lang: &str,
    toks: &[Tok],
    hits: &[TriggerHit],
    hit: &TriggerHit,
) -> bool {
    if hit.def.kind != TriggerKind::Verb
        || hit.last != hit.first + 1
        || !rules.is("adjective-verb", &toks[hit.first].word)
    {
        return false;
    }
    let word = |k: usize| toks.get(k).filter(|t| t.kind == dyad_model::TokenKind::Word);
    let content = |k: usize| {
        word(k).is_some_and(|t| {
            !is_function(rules, &t.word)
                && !rules.is("determiner", &t.word)
                && !rules.is("np-stop", &t.word)
                && !rules.is("quantity-word", &t.word)
        })
    };
    let next = hit.last;
    let coordinated_adjective = word(next).is_some_and(|t| rules.is("coord", &t.word))
        && content(next + 1)
        && !hits.iter().any(|h| h.first == next + 1);
    if lang == "it" {
        let after_noun = hit.first > 0 && content(hit.first - 1) && !rules.is("auxiliary", &toks[hit.first - 1].word);
        let no_object = toks.get(next).is_none_or(|t| {
            (t.kind == dyad_model::TokenKind::Punct && !is_quote_mark(&t.word)) || rules.is("clause-break", &t.word)
        });
        return after_noun && (no_object || coordinated_adjective);
    }
    let licensed = hit
        .first
        .checked_sub(1)
        .is_some_and(|k| rules.is("base-licensor", &toks[k].word) || rules.is("subject-pronoun", &toks[k].word));
    // Before "to" only as a predicate ("were free to leave", "is close to a
    // deal"): "troops close to the border", "moved close to the coast" may
    // tell where an act of the sentence happens.
    let before_to = word(next).is_some_and(|t| rules.is("dative-prep", &t.word))
        && hit
            .first
            .checked_sub(1)
            .is_some_and(|k| rules.is("passive-aux", &toks[k].word));
    !licensed && (content(next) || before_to || (coordinated_adjective && content(next + 2)))
}

/// The words between a `joins` verb and an act noun leave the noun its
/// object ("joined a nationwide protest", "ha aderito allo sciopero"): in
/// "joined X on the picket lines against Y" the verb's object is a fellow
/// participant and the act, with its own target, is coded by itself.
fn joined_object(rules: &LanguageRules, between: &[Tok]) -> bool {
    let other = between
        .iter()
        .filter(|t| !rules.is("determiner", &t.word) && !rules.is("destination-prep", &t.word))
        .collect::<Vec<_>>();
    other.len() <= 2 && !other.iter().any(|t| rules.is("recipient-prep", &t.word))
}

/// The call or mission (a `channel` trigger) whose purpose clause the hit
/// opens: "to" or "per" after the channel's phrase, then at most a verb and a
/// determiner or possessive before the hit ("to express his support").
fn purpose_of(rules: &LanguageRules, text: &str, toks: &[Tok], hits: &[TriggerHit], i: usize) -> Option<usize> {
    let prev = i.checked_sub(1)?;
    let (p, h) = (&hits[prev], &hits[i]);
    if !p.def.flags.channel || h.first <= p.last {
        return None;
    }
    let span = toks.get(p.last..h.first)?;
    // "sent a note to the port director threatening to …": a gerund
    // after the channel's phrase says what the message does.
    if h.def.kind == TriggerKind::Verb && morph::is_gerund(&rules.lang, &toks[h.first].word) {
        // A capitalised clause word is a name ("the WHO").
        let breaks = |t: &Tok| {
            (rules.is("clause-break", &t.word) && !text[t.start..t.end].starts_with(char::is_uppercase))
                || t.word == "."
                || t.word == ";"
        };
        return (span.len() <= 14 && !span.iter().any(breaks)).then_some(prev);
    }
    let intro = span.iter().rposition(|t| rules.is("purpose-intro", &t.word))?;
    let clean = |ts: &[Tok]| {
        ts.iter()
            .all(|t| t.kind != dyad_model::TokenKind::Punct && !rules.is("clause-break", &t.word))
    };
    let (before, after) = (&span[..intro], &span[intro + 1..]);
    (before.len() <= 8 && after.len() <= 3 && clean(span)).then_some(prev)
}

/// The index of the hit whose complement `hits[i]` is: the previous hit,
/// when only its object phrase and a complementizer ("di", "a", "ad", "per",
/// "to", "of") stand between them.
fn complement_of(rules: &LanguageRules, toks: &[Tok], hits: &[TriggerHit], i: usize) -> Option<usize> {
    let prev = i.checked_sub(1)?;
    let (p, h) = (&hits[prev], &hits[i]);
    // The English order verb is listed by its past form alone ("ordered").
    if !(p.def.kind == TriggerKind::Verb || p.def.flags.orders) || h.first < 1 {
        return None;
    }
    let intro = toks[h.first - 1].word.as_str();
    // "agreed to lift the sanctions and provide guarantees", "ha accettato di
    // revocare le sanzioni e fornire garanzie": a bare verb coordinated with a
    // complement is a second complement of the same governing trigger, which
    // it shares the promise or intent of.
    if rules.is("coord", intro) {
        let bare = h.def.kind == TriggerKind::Verb
            && if rules.lang == "it" {
                coder::is_infinitive(rules, toks, h)
            } else {
                h.def.pattern.split(' ').next() == Some(toks[h.first].word.as_str())
            };
        let between = toks.get(p.last..h.first - 1).unwrap_or(&[]);
        let clean = between.len() <= 8
            && between
                .iter()
                .all(|t| t.kind != dyad_model::TokenKind::Punct && !rules.is("clause-break", &t.word));
        return if bare && clean {
            complement_of(rules, toks, hits, prev)
        } else {
            None
        };
    }
    if !["di", "a", "ad", "to", "of", "d'"].contains(&intro) {
        return None;
    }
    // "ha accettato di inviare": the "di" may end the governing trigger itself.
    let between = toks.get(p.last..h.first - 1).unwrap_or(&[]);
    let clean = between.len() <= 8
        && between
            .iter()
            .all(|t| t.kind != dyad_model::TokenKind::Punct && !rules.is("clause-break", &t.word));
    clean.then_some(prev)
}

/// The verb hit whose direct object the nominal `hits[i]` is: at most three
/// articles or adjectives between them ("firmato un nuovo trattato"), after
/// an adverbial of manner if one comes first (see [`manner_before_object`]).
/// A verb read as an adjective of the noun ("free" in "agreed a free trade
/// agreement") governs nothing: the object is the verb's before it.
pub(crate) fn object_of_verb(rules: &LanguageRules, toks: &[Tok], hits: &[TriggerHit], i: usize) -> Option<usize> {
    let mut prev = i.checked_sub(1)?;
    if prev > 0 && attributive_adjective(rules, &rules.lang, toks, hits, &hits[prev]) {
        prev -= 1;
    }
    let v = &hits[prev];
    if v.def.kind != TriggerKind::Verb {
        return None;
    }
    let between = &toks[v.last..hits[i].first];
    let plain_word = |t: &Tok| {
        t.kind == dyad_model::TokenKind::Word
            && !rules.is("recipient-prep", &t.word)
            && !rules.is("genitive-prep", &t.word)
            && !rules.is("clause-break", &t.word)
    };
    let plain = between.len() <= 3 && between.iter().all(plain_word);
    let after_manner = manner_before_object(rules, between).is_some_and(|d| between[d..].iter().all(plain_word));
    (plain || after_manner).then_some(prev)
}

/// "ha condannato con durezza l'incursione", "condemned in the sharpest terms
/// the raid", "ha condannato ieri con forza l'agguato": a phrase of
/// manner (`manner-prep`, after at most one adverb or day word) may stand
/// between a verb and its direct object, which then opens with its own
/// determiner, at most three words before the noun. The index in `between`
/// of that determiner.
fn manner_before_object(rules: &LanguageRules, between: &[Tok]) -> Option<usize> {
    let word = |t: &Tok| {
        t.kind == dyad_model::TokenKind::Word && !rules.is("clause-break", &t.word) && !rules.is("coord", &t.word)
    };
    if between.len() > 8 || !between.iter().all(word) {
        return None;
    }
    let p = between.iter().take(2).position(|t| rules.is("manner-prep", &t.word))?;
    if p == 1 && (coder::is_preposition(rules, &between[0].word) || rules.is("determiner", &between[0].word)) {
        return None;
    }
    let d = between.iter().rposition(|t| rules.is("determiner", &t.word))?;
    // The phrase of manner holds a word of its own and no other preposition.
    let inside = &between[p + 1..d];
    (d > p + 1
        && between.len() - d <= 3
        && inside
            .iter()
            .all(|t| !coder::is_preposition(rules, &t.word) || rules.is("determiner", &t.word)))
    .then_some(d)
}
