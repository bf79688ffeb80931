//! The per-hit coding: one trigger hit of a sentence becomes one event, or
//! none (it is the object, complement or purpose of another trigger, or no
//! act at all): roles with their fallbacks, modality and attribution, date,
//! place, quantities and the recodings that depend on the words around it.

use crate::coder::{self, Slot, Tok, TriggerHit};
use crate::rules::{LanguageRules, TriggerKind};
use crate::sentence::Frame;
use crate::words::{self, capitalized, is_function, is_quote_mark};
use crate::{after_class_verb, dates, morph, quantities, quotes, received, span_text, Coder, PlaceLookup};
use chrono::NaiveDate;
use dyad_model::{ActorKind, Attribution, Category, DatePrecision, DateSource, Event, Location, Modality, TextSpan};
use dyad_model::{ActorMention, Sentence};

/// What the per-hit coding reads besides the [`Frame`]: the sentence's
/// cues, figures and dates, and the document it belongs to.
#[derive(Clone, Copy)]
pub(crate) struct HitContext<'a> {
    pub frame: &'a Frame<'a>,
    pub sentence: &'a Sentence,
    pub index: usize,
    pub doc_id: &'a str,
    pub places: &'a dyn PlaceLookup,
    pub anchor: Option<NaiveDate>,
    pub actors: &'a [ActorMention],
    /// The sentence's actor mentions, after merging and the modifier drop.
    pub mentions: &'a [ActorMention],
    pub in_actor: &'a [bool],
    pub speech: &'a [quotes::SpeechCue],
    pub speech_mask: &'a [bool],
    pub quantities: &'a [quantities::QuantityMention],
    pub times: &'a [dates::TimeExpr],
    pub event_subjects: &'a [Option<EventSubject>],
    pub subject: Option<usize>,
    pub subject_all: Option<usize>,
}

impl Coder {
    /// Codes trigger `hits[hit_index]`: the event it stands for, or `None`
    /// when it adds to an event of the sentence (`sentence_events`, which it
    /// may amend) or names none. `coded_hits` holds what each earlier hit gave.
    pub(crate) fn code_hit(
        &self,
        c: &HitContext,
        hit_index: usize,
        hit: &TriggerHit,
        sentence_events: &mut Vec<Event>,
        coded_hits: &[(usize, Option<Event>)],
        trace: &mut dyn FnMut(String),
    ) -> Option<Event> {
        let HitContext {
            frame,
            sentence,
            index,
            doc_id,
            places,
            anchor,
            actors,
            mentions,
            in_actor,
            speech,
            speech_mask,
            quantities,
            times,
            event_subjects,
            subject,
            subject_all,
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
            subject_named,
        } = *frame;
        let participant = |r: &dyad_model::ActorRef| frame.participant(r);
        let trigger_start = toks[hit.first].start;
        let trigger_end = toks[hit.last - 1].end;
        let trigger_text = text[trigger_start..trigger_end].to_string();
        let clause = coder::clause_bounds(rules, toks, hit);
        // A trigger introduced by "di/a/to" right after another trigger's
        // phrase is its complement: "promettono di rafforzare" is one
        // promise, "accusano X di fornire" an alleged supply.
        // "the alleged leader", "over alleged abuses", "against visiting
        // Prince X": an English participle between a determiner or a
        // preposition and its noun is an adjective, no act of anyone's.
        if lang == "en" && hit.def.kind == TriggerKind::Verb && hit.last == hit.first + 1 && hit.first > 0 {
            let w = toks[hit.first].word.as_str();
            let before = toks[hit.first - 1].word.as_str();
            let noun_after = toks.get(hit.last).is_some_and(|t| {
                t.kind == dyad_model::TokenKind::Word
                    && !is_function(rules, &t.word)
                    && !rules.is("determiner", &t.word)
            });
            // Not after "to": "committed to providing aid" is a complement.
            if (w.ends_with("ed") || w.ends_with("ing"))
                && noun_after
                && [
                    "determiner",
                    "genitive-prep",
                    "against-prep",
                    "with-prep",
                    "judged-prep",
                ]
                .iter()
                .any(|c| rules.is(c, before))
                && before != "to"
            {
                trace(format!(
                    "  '{trigger_text}' {}: an attributive participle, no event",
                    hit.def.category
                ));
                return None;
            }
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
            return None;
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
                    .filter(|g| g.event == hits[gi].def.category)
                    .map(|g| g.trigger.start);
                if let Some(e) = own.and_then(|start| sentence_events.iter_mut().find(|e| e.trigger.start == start)) {
                    self.recode(e, hit.def.category, hit.def.mode.clone());
                    e.context = hit.def.context.clone();
                    e.reason
                        .push_str(&format!(" + its purpose '{trigger_text}' is the act: {}", e.event));
                    trace(format!(
                        "  '{trigger_text}' {}: purpose of '{}', which takes its category",
                        hit.def.category,
                        span_text(text, toks, &hits[gi])
                    ));
                    return None;
                }
            }
        }
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
                // the giving verb governs past its recipient is still what it gives.
                if hit.def.kind != TriggerKind::Verb {
                    if let Some(e) = sentence_events.iter_mut().find(|e| e.trigger.start == g.trigger.start) {
                        self.recode_what_was_given(e, hit.def, &trigger_text);
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
        if let Some((v, _)) = event_subjects
            .iter()
            .enumerate()
            .find(|(_, es)| es.as_ref().is_some_and(|es| es.noun_hit == Some(hit_index)))
        {
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
            if let Some(v) = object_of_verb(rules, toks, hits, hit_index).filter(|&v| !received_by(v)) {
                if let Some(e) = sentence_events
                    .iter_mut()
                    .find(|e| e.trigger.start == toks[hits[v].first].start)
                {
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
                    if e.event == Category::Agree
                        && hit.def.category == Category::Accuse
                        && e.modality != Modality::Negated
                    {
                        self.recode(e, Category::Accuse, hit.def.mode.clone());
                        e.reason
                            .push_str(&format!(" + offered '{trigger_text}': AGREE → ACCUSE"));
                    }
                    // "accepted the protesters' demands", "ha accolto le richieste":
                    // agreeing to a demand is acceding to it (CAMEO 083 → CONCEDE).
                    if e.event == Category::Agree
                        && hit.def.category == Category::Request
                        && !hit.def.flags.proposal
                        && matches!(e.modality, Modality::Asserted | Modality::Reported)
                    {
                        self.recode(e, Category::Concede, None);
                        e.reason
                            .push_str(&format!(" + accepted '{trigger_text}': AGREE → CONCEDE"));
                    }
                    self.recode_what_was_given(e, hit.def, &trigger_text);
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
                trace(format!(
                    "  '{trigger_text}' {}: object of the verb trigger '{}', same event",
                    hit.def.category,
                    span_text(text, toks, &hits[v])
                ));
                return None;
            }
        }
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
            controller: governing
                .as_ref()
                .map(|g| g.recipient.clone())
                .filter(|r| !r.is_empty()),
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
        let mut plain_recipient = false;
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
        // An actor far down the clause is a worse object than a named or
        // agentive phrase right after the trigger ("began an inquiry into
        // the port authority over its contracts with the Kessian navy").
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
        // "ricevere/host": only an actor as direct object makes a visit.
        // A source must be someone: an actor or a phrase with a name in it.
        // Any noun phrase may be what the event is about ("condemned the
        // bombing of the academy"), so the last tier fills recipients only.
        for (tier_slots, tier_subject, sources_too) in
            [(named_slots, subject_named, true), (all_slots, subject_all, false)]
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
                        alt.recipient.retain(|r| participant(r));
                    }
                }
                let before = roles.recipient.is_empty();
                fill_from_chunks(&mut roles, alt);
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
        if let Some(p) = roles
            .locative
            .filter(|_| roles.recipient.is_empty() || plain_recipient && roles.recipient.iter().all(thing))
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
        let speaker = governing_speaker(speech, slots, toks, hit, rules);
        // "X ha affermato che … è di grande preoccupazione": a nominal
        // expression of a stance belongs to whoever states it. Only
        // verbal conflict is a stance: an "aggressione" the speaker
        // mentions is not the speaker's.
        let stance = hit.def.category.quad() == dyad_model::QuadClass::VerbalConflict;
        if stance && (hit.def.kind != TriggerKind::Verb || hit.def.kind == TriggerKind::Fixed) {
            if let Some(sp) = &speaker {
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
            return None;
        }
        // "ha dato alla Kessia un ultimatum", "ha imposto alla Kessia nuove
        // sanzioni": a term or measure an issuing verb sets goes to the
        // dative phrase between the verb and the noun.
        if hit.def.kind != TriggerKind::Verb && roles.recipient.is_empty() {
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
            return None;
        }
        let (modality, modality_note) = received::modality_at_verb(rules, toks, hit, clause.0)
            .unwrap_or_else(|| coder::modality(rules, toks, hit, clause.0));
        let (modality, modality_note) = match prevented(rules, toks, hit) {
            Some((m, note)) => (m, Some(note)),
            None => (modality, modality_note),
        };
        // An announced intention is its own PLOVER event: intent to
        // cooperate ("will release", "is willing to withdraw") is AGREE
        // and intent to act against ("will impose sanctions") THREATEN,
        // as CAMEO 03 and 13 map to PLOVER; a planned meeting or visit ("will
        // meet", "si recherà") is intent to meet, AGREE (036), as the 2021 table has it.
        // "said it would free them", "ha detto che avrebbe liberato": the
        // speaker announcing his own cooperation speaks of its future, an
        // intent (CAMEO 03), not a supposition. A hostile act so announced
        // keeps its category: the team examples code "said it would freeze
        // the assets" as the freeze itself.
        let reported_future = matches!(
            hit.def.category.quad(),
            dyad_model::QuadClass::VerbalCooperation | dyad_model::QuadClass::MaterialCooperation
        ) && reported_intent(rules, toks, hit, speech_mask, in_actor);
        let (mut modality, modality_note) = if reported_future
            && matches!(
                modality,
                Modality::Hypothetical | Modality::Asserted | Modality::Reported
            ) {
            (Modality::Future, Some("reported intent ('said it would')".to_string()))
        } else {
            (modality, modality_note)
        };
        let refusal =
            modality == Modality::Negated && (reported_future || coder::announces(rules, toks, hit, clause.0));
        let (mut category, mut intent_note) = intent_category(hit.def.category, modality, refusal);
        // "said they would boycott the summit": a boycott still to come is a
        // threat to withhold participation (CAMEO 133), not yet a refusal.
        if hit.def.flags.announced_threat
            && matches!(modality, Modality::Future | Modality::Hypothetical)
            && category == hit.def.category
        {
            category = Category::Threaten;
            intent_note = Some(format!("announced {}: THREATEN (CAMEO 13)", hit.def.category));
        }
        // The mode and contexts a recoding gives (CAMEO→PLOVER 2021 table).
        let mut recoded_mode: Option<&'static str> = None;
        let mut extra_context: Option<&'static str> = None;
        // "captured three cities", "seized the mosque in Mosul": taking a place is
        // occupying territory (CAMEO 192: COERCE, confiscate, military);
        // "seized the tanker", "captured the leader" is not.
        if hit.def.flags.place_occupy && category == hit.def.category {
            let place = roles.recipient.first().is_some_and(|r| {
                mentions
                    .iter()
                    .any(|m| m.start == r.start && m.kind == ActorKind::Location)
                    || toks
                        .iter()
                        .filter(|t| t.start >= r.start && t.end <= r.end)
                        .any(|t| rules.is("territory-noun", &t.word))
                        && !toks
                            .iter()
                            .filter(|t| t.start >= r.start && t.end <= r.end)
                            .any(|t| rules.is_agent_word(&t.word))
            });
            if place {
                recoded_mode = Some("confiscate");
                extra_context = Some("military");
                intent_note = Some("a place taken: occupation, COERCE/confiscate (CAMEO 192)".to_string());
            }
        }
        // Cutting aid (CAMEO 162, mode discontinue), cooperation or talks
        // (161/164, withdraw) and withdrawing peacekeepers, observers or
        // diplomats (166, expel) reduce relations: PLOVER SANCTION. Pulling
        // back hostile forces stays RETREAT.
        if reduced && category == hit.def.category {
            category = Category::Sanction;
            recoded_mode = Some(if hit.def.category == Category::Aid {
                "discontinue"
            } else {
                "withdraw"
            });
            intent_note = Some(format!("{} reduced: SANCTION", hit.def.category));
        }
        // "lifted the boycott", "dropped the investigation", "ha revocato il
        // divieto": taking away a measure against someone is yielding
        // (CAMEO 081/085 → CONCEDE), whatever the measure's own category.
        if hit.def.category != Category::Concede && lifted_measure(rules, toks, hit) {
            let (c, note) = intent_category(Category::Concede, modality, refusal);
            category = c;
            recoded_mode = None;
            intent_note = Some(note.map_or_else(
                || format!("{} lifted: CONCEDE", hit.def.category),
                |n| format!("{} lifted: CONCEDE + {n}", hit.def.category),
            ));
        }
        // "accepted 1,141 Iraqi refugees" (the refugees often an actor, so no
        // trigger of their own): admitting refugees grants asylum (CAMEO 075).
        let admitted = if hit.def.flags.admits && category == hit.def.category {
            (hit.last..clause.1.min(hit.last + 8).min(toks.len())).find_map(|k| {
                rules.by_first_word.get(&toks[k].word)?.iter().find_map(|p| {
                    let d = &rules.defs[p.def];
                    (d.flags.admitted
                        && toks
                            .get(k..k + p.words.len())
                            .is_some_and(|w| w.iter().zip(&p.words).all(|(t, x)| &t.word == x)))
                    .then_some(d)
                })
            })
        } else {
            None
        };
        if let Some(d) = admitted {
            let (c, note) = intent_category(d.category, modality, refusal);
            category = c;
            intent_note = Some(format!(
                "admitted '{}': {} → {}{}",
                d.pattern,
                hit.def.category,
                d.category,
                note.map_or_else(String::new, |n| format!(" + {n}"))
            ));
        }
        if category == Category::Retreat && category == hit.def.category && hit.def.mode.as_deref() == Some("withdraw")
        {
            let object = (hit.last..toks.len().min(hit.last + 5))
                .take_while(|&k| {
                    toks[k].kind == dyad_model::TokenKind::Word
                        && !rules.is("recipient-prep", &toks[k].word)
                        && !rules.is("clause-break", &toks[k].word)
                })
                .find(|&k| rules.is("mission-noun", &toks[k].word));
            if let Some(k) = object {
                category = Category::Sanction;
                recoded_mode = Some("expel");
                intent_note = Some(format!("'{}' withdrawn: a mission, not forces; SANCTION", toks[k].word));
                // The mission is the source's own; the other party is where it leaves.
                let from = (0..named_slots.len()).find(|&i| {
                    let sl = &named_slots[i];
                    let g = coder::effective_governor(rules, toks, named_slots, i);
                    sl.first > k
                        && sl.first <= k + 4
                        && sl.last <= clause.1
                        && (rules.is("from-prep", g) || g == "from")
                });
                if let Some(f) = from {
                    roles.recipient = coder::slot_refs(rules, toks, named_slots, f);
                }
            }
        }
        if hit.def.flags.handover && category == hit.def.category {
            // The destination follows the person handed over closely ("extradited
            // a suspect to Y"); a place further on is where something else happened.
            let to_state = (hit.last..clause.1.min(toks.len()).min(hit.last + 8).saturating_sub(1)).any(|k| {
                rules.is("destination-prep", &toks[k].word)
                    && mentions.iter().any(|m| {
                        matches!(m.kind, ActorKind::Location | ActorKind::Country)
                            && (m.start == toks[k + 1].start
                                || (rules.is("determiner", &toks[k + 1].word)
                                    && toks.get(k + 2).is_some_and(|t| t.start == m.start)))
                    })
            });
            if !to_state {
                category = Category::Accuse;
                recoded_mode = Some("disapprove");
                extra_context = Some("legal");
                intent_note =
                    Some("handed over to no named state: legal action against the person, ACCUSE".to_string());
            }
        }
        // "launched an attack on the minister, calling him a liar", "un
        // attacco al governo, accusandolo di …": an attack qualified by a
        // gerund of naming or accusing is verbal (CAMEO 111 → ACCUSE).
        if category == Category::Assault
            && category == hit.def.category
            && hit.def.kind != TriggerKind::Verb
            && hit.def.mode.is_none()
        {
            let next = hits.get(hit_index + 1).filter(|n| {
                n.def.kind == TriggerKind::Verb
                    && (n.def.flags.naming || n.def.category == Category::Accuse)
                    && morph::is_gerund(lang, &toks[n.first].word)
                    && n.first > hit.last
                    && n.first <= clause.1.max(hit.last + 12)
                    && !toks[hit.last..n.first]
                        .iter()
                        .any(|t| rules.is("clause-break", &t.word))
            });
            if let Some(n) = next {
                category = Category::Accuse;
                recoded_mode = Some("disapprove");
                intent_note = Some(format!(
                    "an attack qualified by '{}': verbal, ACCUSE",
                    toks[n.first].word
                ));
            }
        }
        // "Russia says Israel must end the attacks", "ha detto che la Kessia
        // deve ritirarsi": a duty someone else lays on the actor is that
        // speaker's demand of it (CAMEO 10 → REQUEST), aimed at the obliged
        // actor; what is demanded gives the mode. A duty the speaker owns
        // ("said it must respond") stays its own hypothetical act.
        let mut demand_mode = None;
        if coder::obliged(rules, toks, hit, clause.0) {
            let obliger = speaker
                .clone()
                .or_else(|| obliging_speaker(speech, slots, toks, rules, &roles.source))
                .filter(|sp| !roles.source.iter().any(|r| r.start < sp.end && sp.start < r.end));
            if let Some(sp) = obliger {
                intent_note = Some(format!("a duty laid by '{}': {category} demanded, REQUEST", sp.text));
                demand_mode = Some(demanded_mode(category, hit.def.context.iter().any(|c| c == "treaty")));
                category = Category::Request;
                roles.recipient = std::mem::take(&mut roles.source);
                roles.source = vec![sp];
                modality = Modality::Asserted;
            }
        }
        let mut attribution = attribution_for(speech, slots, toks, hit, &roles, rules);
        if let Some(g) = &governing {
            // What an accusation alleges is reported by the accuser.
            if let Some(accuser) = g.actor.first() {
                attribution = Some(Attribution {
                    text: accuser.text.clone(),
                    country: accuser.country.clone(),
                    sector: accuser.sector.clone(),
                });
            }
        }
        if modality == Modality::Asserted && attribution.is_some() {
            modality = Modality::Reported;
        }
        let (date, date_precision, date_source, date_note) = pick_date(times, trigger_start, anchor);
        let location = roles.location.map(|i| {
            let m = slots[i].mention;
            let info = places.place(&m.text);
            Location {
                text: m.text.clone(),
                country: info.as_ref().map(|p| p.country.clone()).or_else(|| m.country.clone()),
                lat: info.as_ref().map(|p| p.lat),
                lon: info.as_ref().map(|p| p.lon),
            }
        });
        let location = location.or_else(|| place_in_clause(rules, text, toks, clause, places));
        let location = location.or_else(|| {
            // A visit happens at its destination, when that is a place or country.
            if category == Category::Consult && hit.def.mode.as_deref() == Some("visit") {
                roles
                    .recipient
                    .iter()
                    .find(|r| r.country.is_some() && r.sector.is_none())
                    .map(|r| {
                        let info = places.place(&r.text);
                        Location {
                            text: r.text.clone(),
                            country: r.country.clone(),
                            lat: info.as_ref().map(|p| p.lat),
                            lon: info.as_ref().map(|p| p.lon),
                        }
                    })
            } else {
                None
            }
        });
        let clause_span = (
            toks[clause.0.min(toks.len() - 1)].start,
            toks[clause.1.saturating_sub(1).max(clause.0).min(toks.len() - 1)].end,
        );
        let quantity: Vec<dyad_model::Quantity> = quantities
            .iter()
            .filter(|q| q.start >= clause_span.0 && q.end <= clause_span.1)
            .map(dyad_model::Quantity::from)
            .collect();
        let mode = match (recoded_mode, demand_mode) {
            (_, Some(m)) => m.map(str::to_string),
            (Some(m), None) => Some(m.to_string()),
            (None, None) if category == hit.def.category => hit.def.mode.clone(),
            (None, None) => admitted.and_then(|d| d.mode.clone()),
        };
        // A recoded verbal attack is no military act.
        let mut context = if category == Category::Accuse && hit.def.category == Category::Assault {
            Vec::new()
        } else if let Some(d) = admitted {
            d.context.clone()
        } else {
            hit.def.context.clone()
        };
        if let Some(c) = extra_context.filter(|c| !context.iter().any(|x| x == c)) {
            context.push(c.to_string());
        }
        let score = self.score(category, &mode).unwrap_or(0.0);
        let base = if hit.def.kind == TriggerKind::Verb { 0.9 } else { 0.75 };
        let confidence = ((base - roles.confidence_penalty) * 100.0).round() / 100.0;
        let mut reason = format!(
            "trigger '{}' ({} {} '{}' {}) + {}",
            trigger_text,
            lang,
            category,
            hit.def.pattern,
            hit.def.origin,
            roles.notes.join(" + ")
        );
        if let Some(n) = &intent_note {
            reason.push_str(&format!(" + {n}"));
        }
        reason.push_str(&format!(" + modality={modality}"));
        if let Some(n) = &modality_note {
            reason.push_str(&format!(" ({n})"));
        }
        if let Some(a) = &attribution {
            reason.push_str(&format!(" + attributed to '{}'", a.text));
        }
        reason.push_str(&format!(" + date {date_note}"));
        let id = dyad_model::stable_hash(&[
            doc_id,
            &index.to_string(),
            &trigger_start.to_string(),
            category.as_str(),
        ]);
        let mut event = Event {
            id,
            event: category,
            mode,
            context,
            quad: category.quad(),
            score,
            actor: roles.source.clone(),
            recipient: roles.recipient.clone(),
            date,
            date_precision,
            date_source,
            location,
            modality,
            attribution,
            quantity,
            sentence: index,
            start: sentence.start,
            end: sentence.end,
            trigger: TextSpan {
                text: trigger_text.clone(),
                start: trigger_start,
                end: trigger_end,
            },
            reason,
            confidence,
        };
        if crowd_clash(rules, &event, hit) {
            self.recode(&mut event, Category::Protest, Some("riot".to_string()));
            event
                .reason
                .push_str(" + a crowd clashing with the forces of order: ASSAULT → PROTEST (CAMEO 145)");
        }
        if time_given(rules, toks, hit, &event) {
            self.recode(&mut event, Category::Threaten, None);
            event
                .reason
                .push_str(" + gave time until a date: AID → THREATEN (CAMEO 139)");
        }
        // One happening per sentence and dyad: "visita di Stato … visita" is one visit.
        if let Some(e) = sentence_events.iter_mut().find(|e| same_happening(e, &event)) {
            // "fornitore di armi": the merged trigger still says what kind of happening it is.
            for c in &event.context {
                if !e.context.contains(c) {
                    e.context.push(c.clone());
                }
            }
            trace(format!(
                "  '{trigger_text}' {}: merged with an earlier trigger of the same dyad",
                hit.def.category
            ));
            return None;
        }
        trace(format!("  event {}: {}", event.event, event.reason));
        Some(event)
    }
}

/// An attack or weapon phrase that is the subject of a verb trigger: see [`event_subject`].
pub(crate) struct EventSubject {
    /// First token of the phrase (its article, modifiers).
    start: usize,
    /// One past the attack noun or weapon word.
    noun_end: usize,
    /// The nominal ASSAULT trigger that heads the phrase, when it is one.
    noun_hit: Option<usize>,
    /// Where the attack's own target phrase opens ("on", "contro") after an
    /// owner or agent phrase; an actor before it is the one who attacked.
    target_at: Option<usize>,
}

/// The subject of the ASSAULT verb `hits[v]` when it is an attack ("a suicide
/// attack on a convoy has killed", "air strikes by X killed") or a weapon
/// (`weapon-noun`: "a car bomb in X killed", "un'esplosione ha ucciso"): the
/// phrase before the verb, with at most a short complement of words between
/// (no comma, clause break or other verb), that no preposition governs.
pub(crate) fn event_subject(
    rules: &LanguageRules,
    toks: &[Tok],
    hits: &[TriggerHit],
    v: usize,
) -> Option<EventSubject> {
    let verb = &hits[v];
    if verb.def.kind != TriggerKind::Verb || verb.def.category != Category::Assault || verb.first == 0 {
        return None;
    }
    // A weapon word that also reads as a verb ("a car bomb") is no earlier verb.
    let weapon_hit = |h: &TriggerHit| {
        h.last == h.first + 1
            && rules.is("weapon-noun", &toks[h.first].word)
            && h.first > 0
            && !rules.is("auxiliary", &toks[h.first - 1].word)
    };
    let prev_hit_end = hits[..v]
        .iter()
        .filter(|h| (h.def.kind == TriggerKind::Verb && !weapon_hit(h)) || h.def.category != Category::Assault)
        .map(|h| h.last)
        .max()
        .unwrap_or(0);
    let from = verb.first.saturating_sub(13).max(prev_hit_end);
    let mut noun: Option<(usize, usize, Option<usize>)> = None;
    for k in (from..verb.first).rev() {
        let t = &toks[k];
        if !(t.kind == dyad_model::TokenKind::Word
            || t.kind == dyad_model::TokenKind::Number
            || t.word == "-"
            || words::is_possessive_mark(&t.word))
            || rules.is("clause-break", &t.word)
        {
            break;
        }
        if let Some(j) = (0..v).find(|&j| {
            hits[j].last == k + 1 && hits[j].def.category == Category::Assault && hits[j].def.kind != TriggerKind::Verb
        }) {
            noun = Some((hits[j].first, hits[j].last, Some(j)));
        } else if rules.is("weapon-noun", &t.word) {
            match (0..v).find(|&j| hits[j].first <= k && k < hits[j].last) {
                None => noun = Some((k, k + 1, None)),
                Some(j) if weapon_hit(&hits[j]) => noun = Some((k, k + 1, Some(j))),
                Some(_) => {}
            }
        }
    }
    // The first attack noun of the stretch heads the subject: walk left to its start.
    let (first, noun_end, mut noun_hit) = noun?;
    // "an attack on a compound has killed eight police": the attack names its
    // own target and stays an event of its own. An owner or agent phrase may
    // stand between ("un attacco dei talebani contro un complesso", "an
    // attack by X on Y"): the target still belongs to the attack, not to the
    // killing that follows.
    let mut target = noun_end;
    if toks
        .get(noun_end)
        .is_some_and(|t| rules.is("genitive-prep", &t.word) || rules.is("agent-prep", &t.word))
    {
        target += 1;
        while target < verb.first.min(noun_end + 5)
            && toks[target].kind == dyad_model::TokenKind::Word
            && !coder::is_preposition(rules, &toks[target].word)
            && !rules.is("clause-break", &toks[target].word)
        {
            target += 1;
        }
    }
    let target_at = (target < verb.first
        && (rules.is("against-prep", &toks[target].word) || rules.is("attack-prep", &toks[target].word)))
    .then_some(target);
    if target_at.is_some() {
        noun_hit = None;
    }
    let mut start = first;
    while start > 0 {
        let w = toks[start - 1].word.as_str();
        let joiner = w == "-" || words::is_possessive_mark(w);
        let word = toks[start - 1].kind == dyad_model::TokenKind::Word
            || toks[start - 1].kind == dyad_model::TokenKind::Number;
        if !(word || joiner)
            || is_function(rules, w)
            || rules.is("auxiliary", w)
            || rules.is("np-stop", w)
            || rules.is("light-verb", w)
            || hits.iter().any(|h| h.last == start && h.def.kind == TriggerKind::Verb)
        {
            break;
        }
        start -= 1;
        if rules.is("determiner", w) {
            break;
        }
    }
    // A subject opens its clause: at the start of the sentence, after
    // punctuation, a complementizer or a time word; after any other word
    // (a verb: "launched air strikes on militant targets") it is an object.
    if start > 0 {
        let before = toks[start - 1].word.as_str();
        let opens = toks[start - 1].kind == dyad_model::TokenKind::Punct
            || before == "-"
            || rules.is("clause-break", before)
            || rules.is("np-stop", before);
        if !opens {
            return None;
        }
    }
    Some(EventSubject {
        start,
        noun_end,
        noun_hit,
        target_at,
    })
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

/// True when a light verb governs the nominal trigger: "launched an
/// investigation", "filed a lawsuit", "ha avviato un'indagine", with at most
/// two articles or adjectives between them.
fn after_light_verb(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> bool {
    after_class_verb(rules, toks, hit, "light-verb")
}

/// Who the sentence attributes the event to, when that is not the event's own source.
fn attribution_for(
    speech: &[quotes::SpeechCue],
    slots: &[Slot],
    toks: &[Tok],
    hit: &TriggerHit,
    roles: &coder::Roles,
    rules: &LanguageRules,
) -> Option<Attribution> {
    let speaker = governing_speaker(speech, slots, toks, hit, rules)?;
    if roles.source.iter().any(|r| r.start == speaker.start) {
        return None;
    }
    Some(Attribution {
        text: speaker.text,
        country: speaker.country,
        sector: speaker.sector,
    })
}

/// A verb form that is also an adjective (`adjective-verb`: "free", "close";
/// "libera") standing where only the adjective fits. English puts the
/// adjective before its noun ("a landmark free trade deal", "maintains close
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

/// The index of the hit whose complement `hits[i]` is: the previous hit,
/// when only its object phrase and a complementizer ("di", "a", "ad", "per",
/// "to", "of") stand between them.
fn complement_of(rules: &LanguageRules, toks: &[Tok], hits: &[TriggerHit], i: usize) -> Option<usize> {
    let prev = i.checked_sub(1)?;
    let (p, h) = (&hits[prev], &hits[i]);
    if p.def.kind != TriggerKind::Verb || h.first < 1 {
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

/// "protesters clashed with police", "gli oppositori si sono scontrati con
/// la polizia": civilians in a mutual fight (a `sym` ASSAULT trigger) with
/// the forces of order protest violently (CAMEO 145, PLOVER PROTEST riot);
/// between armed sides a clash stays an assault. The sectors are
/// `crowd-sector` and `order-sector` (grammar.tsv, lower-case codes).
fn crowd_clash(rules: &LanguageRules, e: &Event, hit: &TriggerHit) -> bool {
    let in_class = |refs: &[dyad_model::ActorRef], class: &str| {
        !refs.is_empty()
            && refs
                .iter()
                .all(|r| r.sector.as_deref().is_some_and(|s| rules.is(class, &s.to_lowercase())))
    };
    e.event == Category::Assault
        && hit.def.flags.symmetric
        && in_class(&e.actor, "crowd-sector")
        && in_class(&e.recipient, "order-sector")
}

/// The REQUEST or REJECT mode what is demanded or refused gives (CAMEO 10/12
/// in the 2021 table): talks or a settlement `meet`, aid or cooperation
/// `assist`, a release, withdrawal or easing `yield`.
fn demanded_mode(demanded: Category, agreement: bool) -> Option<&'static str> {
    match demanded {
        Category::Consult => Some("meet"),
        Category::Support if agreement => Some("meet"),
        Category::Aid | Category::Cooperate | Category::Support => Some("assist"),
        Category::Retreat | Category::Concede => Some("yield"),
        _ => None,
    }
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

/// The actor whose speech governs the trigger's clause: "X ha affermato che …",
/// "secondo X, …", or a trailing "…, afferma X".
fn governing_speaker(
    speech: &[quotes::SpeechCue],
    slots: &[Slot],
    toks: &[Tok],
    hit: &TriggerHit,
    rules: &LanguageRules,
) -> Option<dyad_model::ActorRef> {
    let trigger_start = toks[hit.first].start;
    let trigger_end = toks[hit.last - 1].end;
    for cue in speech {
        if cue.start < trigger_end && cue.end > trigger_start {
            continue;
        }
        let speaker = if cue.end <= trigger_start {
            let between: Vec<&Tok> = toks
                .iter()
                .filter(|t| t.start >= cue.end && t.end <= trigger_start)
                .collect();
            let governs = match cue.kind {
                quotes::SpeechKind::Verb => {
                    // Only the clause the verb introduces: "afferma (ai giornalisti) che …"
                    // up to the next clause break.
                    let that = between
                        .iter()
                        .take(5)
                        .position(|t| ["che", "that"].contains(&t.word.as_str()));
                    match that {
                        Some(p) => !between[p + 1..]
                            .iter()
                            .any(|t| rules.is("clause-break", &t.word) || t.word == ";"),
                        None => false,
                    }
                }
                _ => !between.iter().any(|t| t.word == ";"),
            };
            if !governs {
                continue;
            }
            match cue.kind {
                quotes::SpeechKind::Verb => speaker_before(slots, toks, rules, cue.start, |_| true),
                _ => slots
                    .iter()
                    .filter(|s| s.mention.start >= cue.end && s.mention.end <= trigger_start)
                    .min_by_key(|s| s.mention.start),
            }
        } else {
            // A trailing cue governs when it opens the sentence's last clause ("…, afferma X.").
            let between_has_break = toks.iter().any(|t| {
                t.start >= trigger_end && t.end <= cue.start && (t.word == ";" || rules.is("clause-break", &t.word))
            });
            let after_comma = toks
                .iter()
                .rev()
                .find(|t| t.end <= cue.start)
                .is_some_and(|t| t.word == "," || t.word == "\"");
            if between_has_break || !after_comma {
                continue;
            }
            slots
                .iter()
                .filter(|s| s.mention.start >= cue.end)
                .min_by_key(|s| s.mention.start)
        };
        if let Some(s) = speaker {
            if s.mention.kind != ActorKind::Location {
                return Some(dyad_model::ActorRef::from(s.mention));
            }
        }
    }
    None
}

fn intent_category(category: Category, modality: Modality, refusal: bool) -> (Category, Option<String>) {
    use dyad_model::QuadClass;
    // An announced refusal to cooperate ("will not lift the embargo", "non
    // revocheranno le sanzioni", "will never stop its war") is REJECT, as
    // CAMEO 12 maps to PLOVER.
    if refusal
        && matches!(
            category.quad(),
            QuadClass::VerbalCooperation | QuadClass::MaterialCooperation
        )
    {
        return (
            Category::Reject,
            Some(format!("announced refusal: not {category} → REJECT")),
        );
    }
    if modality != Modality::Future {
        return (category, None);
    }
    let recoded = match category {
        Category::Agree | Category::Threaten | Category::Request | Category::Reject | Category::Accuse => None,
        c if matches!(c.quad(), QuadClass::VerbalCooperation | QuadClass::MaterialCooperation) => Some(Category::Agree),
        Category::Sanction | Category::Mobilize | Category::Coerce | Category::Assault => Some(Category::Threaten),
        _ => None,
    };
    match recoded {
        Some(r) => (r, Some(format!("announced intent: {category} → {r}"))),
        None => (category, None),
    }
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

/// A sanction, coercion, refusal or accusation that a lifting or reducing
/// verb takes away ("lifted the boycott", "dropped the charges", "ha
/// archiviato l'indagine"). An inquiry that ends is completed, not given
/// up ("ended its investigation"): accusations count after a lift verb only.
fn lifted_measure(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> bool {
    match hit.def.category {
        Category::Sanction | Category::Coerce | Category::Reject => {
            after_class_verb(rules, toks, hit, "lift-verb") || after_class_verb(rules, toks, hit, "reduce-verb")
        }
        Category::Accuse => after_class_verb(rules, toks, hit, "lift-verb"),
        _ => false,
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

/// The subject of a speech verb the obliged actor directly follows, with no
/// clause break between ("Russia says Israel must …", "said on Monday the
/// government must …"): who lays the duty when no "that" marks the clause.
fn obliging_speaker(
    speech: &[quotes::SpeechCue],
    slots: &[Slot],
    toks: &[Tok],
    rules: &LanguageRules,
    obliged: &[dyad_model::ActorRef],
) -> Option<dyad_model::ActorRef> {
    let first = obliged.first()?;
    let cue = speech
        .iter()
        .filter(|c| c.kind == quotes::SpeechKind::Verb && c.end <= first.start)
        .max_by_key(|c| c.end)?;
    let between: Vec<&Tok> = toks
        .iter()
        .filter(|t| t.start >= cue.end && t.end <= first.start)
        .collect();
    let plain = between.len() <= 5
        && between.iter().all(|t| {
            t.kind == dyad_model::TokenKind::Word
                && (!rules.is("clause-break", &t.word) || ["che", "that"].contains(&t.word.as_str()))
        });
    if !plain {
        return None;
    }
    speaker_before(slots, toks, rules, cue.start, |s| s.mention.kind != ActorKind::Location)
        .map(|s| dyad_model::ActorRef::from(s.mention))
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

/// The time expression nearest the trigger in its sentence, else the
/// publication date.
fn pick_date(
    times: &[dates::TimeExpr],
    trigger_start: usize,
    anchor: Option<NaiveDate>,
) -> (Option<String>, Option<DatePrecision>, Option<DateSource>, String) {
    // "dal 2019" or "negli ultimi mesi" frame a period; they do not date the event.
    let datable = times
        .iter()
        .filter(|t| !matches!(t.kind, dates::TimeKind::Since | dates::TimeKind::Period));
    if let Some(t) = datable.min_by_key(|t| (t.start as i64 - trigger_start as i64).unsigned_abs()) {
        let date = match t.precision {
            DatePrecision::Year => t.date.format("%Y").to_string(),
            DatePrecision::Month => t.date.format("%Y-%m").to_string(),
            _ => t.date.format("%Y-%m-%d").to_string(),
        };
        let note = format!("'{}' → {date}", t.text);
        return (Some(date), Some(t.precision), Some(DateSource::Text), note);
    }
    match anchor {
        Some(a) => (
            Some(a.format("%Y-%m-%d").to_string()),
            Some(DatePrecision::Day),
            Some(DateSource::Publication),
            "from publication".into(),
        ),
        None => (None, None, None, "unknown".into()),
    }
}

/// A gazetteer place named after a place preposition in the clause ("a
/// Vladivostok", "in Nairobi"): up to three capitalized words, longest first.
fn place_in_clause(
    rules: &LanguageRules,
    text: &str,
    toks: &[Tok],
    clause: (usize, usize),
    places: &dyn PlaceLookup,
) -> Option<Location> {
    let capitalized = |t: &Tok| text[t.start..t.end].chars().next().is_some_and(char::is_uppercase);
    for i in clause.0..clause.1 {
        if !rules.is("destination-prep", &toks[i].word) {
            continue;
        }
        let mut first = i + 1;
        while first < clause.1 && ["il", "la", "the"].contains(&toks[first].word.as_str()) {
            first += 1;
        }
        for len in (1..=3).rev() {
            let last = first + len;
            if last > clause.1 || !toks[first..last].iter().all(|t| capitalized(t) || t.word == "-") {
                continue;
            }
            let name = &text[toks[first].start..toks[last - 1].end];
            if let Some(p) = places.place(name) {
                return Some(Location {
                    text: name.to_string(),
                    country: Some(p.country),
                    lat: Some(p.lat),
                    lon: Some(p.lon),
                });
            }
        }
    }
    None
}

/// The preventing verb governing the trigger (see [`prevented`]).
fn prevent_verb(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> Option<usize> {
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

/// "dissuadere X dal fornire aiuti", "impedire a X di inviare", "prevented X
/// from sending", or the object of such a verb ("impedire l'invio"): the act a
/// preventing verb (`prevent-verb`) governs does not happen (negated); a
/// preventing verb itself negated ("non hanno impedito a X di", "did not stop X
/// from") lets it happen (asserted).
pub(crate) fn prevented(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> Option<(Modality, String)> {
    let v = prevent_verb(rules, toks, hit)?;
    let negated = toks[v.saturating_sub(3)..v].iter().any(|t| {
        rules
            .modality_cues
            .iter()
            .any(|(m, cue, _)| *m == Modality::Negated && cue.len() == 1 && cue[0] == t.word)
    });
    let verb = &toks[v].word;
    Some(if negated {
        (
            Modality::Asserted,
            format!("'{verb}' negated: not prevented, it happened"),
        )
    } else {
        (Modality::Negated, format!("complement of the preventing verb '{verb}'"))
    })
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

/// True when a `reported` future cue ("would", "avrebbe") stands right
/// before the trigger (an adverb or "not" may come between) and follows a
/// speech verb with at most a complementizer, a subject pronoun and a few
/// non-actor words ("said on Wednesday it would"): the speaker's own
/// announcement. "said the army would attack" predicts another's act.
fn reported_intent(
    rules: &LanguageRules,
    toks: &[Tok],
    hit: &TriggerHit,
    speech_verb: &[bool],
    in_actor: &[bool],
) -> bool {
    let matches_at = |s: usize, cue: &[String]| {
        toks.get(s..s + cue.len())
            .is_some_and(|w| w.iter().zip(cue).all(|(t, c)| &t.word == c))
    };
    rules
        .reported_future_cues
        .iter()
        .filter(|cue| !cue.is_empty())
        .any(|cue| {
            let lowest = hit.first.saturating_sub(cue.len() + 2);
            let Some(s) = (lowest..hit.first.saturating_sub(cue.len() - 1))
                .rev()
                .find(|&s| matches_at(s, cue))
            else {
                return false;
            };
            let mut k = s;
            // "che non avrebbe liberato": the negation stands before the cue in Italian.
            let negation = |w: &str| {
                rules
                    .modality_cues
                    .iter()
                    .any(|(m, c, _)| *m == Modality::Negated && c.len() == 1 && c[0] == w)
            };
            if k > 0 && negation(&toks[k - 1].word) {
                k -= 1;
            }
            if k > 0 && rules.is("subject-pronoun", &toks[k - 1].word) {
                k -= 1;
            }
            if k > 0 && rules.is("clause-break", &toks[k - 1].word) {
                k -= 1;
            }
            (k.saturating_sub(4)..k)
                .rev()
                .find(|&j| speech_verb.get(j).copied().unwrap_or(false))
                .is_some_and(|v| {
                    (v + 1..k).all(|j| {
                        toks[j].kind == dyad_model::TokenKind::Word
                            && !in_actor.get(j).copied().unwrap_or(false)
                            && !rules.is("determiner", &toks[j].word)
                            && !rules.is("clause-break", &toks[j].word)
                    })
                })
        })
}

fn same_happening(a: &Event, b: &Event) -> bool {
    let countries = |refs: &[dyad_model::ActorRef]| refs.iter().map(|r| r.country.clone()).collect::<Vec<_>>();
    a.event == b.event
        && countries(&a.actor) == countries(&b.actor)
        && countries(&a.recipient) == countries(&b.recipient)
}

fn thing_target(c: Category) -> bool {
    matches!(
        c,
        Category::Accuse | Category::Reject | Category::Support | Category::Protest
    )
}

/// "gave Kessia until Friday to withdraw": a giving verb whose recipient,
/// right after it, is followed by a time bound (`deadline-prep`) hands over
/// no thing but time, a deadline (CAMEO 139, give ultimatum). "gave Kessia
/// weapons until the war ended" gives the weapons.
fn time_given(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit, e: &Event) -> bool {
    let verb = hit.def.pattern.split(' ').next().unwrap_or_default();
    if e.event != Category::Aid || hit.def.kind != TriggerKind::Verb || !rules.is("transfer-verb", verb) {
        return false;
    }
    let Some(r) = e.recipient.first() else { return false };
    let starts_after_verb = toks[hit.last..]
        .iter()
        .take_while(|t| t.start < r.start)
        .all(|t| rules.is("determiner", &t.word));
    starts_after_verb
        && toks
            .iter()
            .find(|t| t.start >= r.end)
            .is_some_and(|t| rules.is("deadline-prep", &t.word))
}

/// Token `k` is a verb that gives or sets a term (`issue-verb`), or a form
/// that is one only before a dative (`issue-verb-before-dative`: Italian "dà",
/// which folds to the preposition "da").
fn issues_a_term(rules: &LanguageRules, toks: &[Tok], k: usize) -> bool {
    let w = toks[k].word.as_str();
    rules.is("issue-verb", w)
        || rules.is("issue-verb-before-dative", w) && toks.get(k + 1).is_some_and(|t| rules.is("dative-prep", &t.word))
}

/// The token of a verb (as `is_verb` says of a token) shortly before the
/// noun in its clause: an `issue-verb` in "gave X a three-day deadline", "set a 30-day
/// deadline"; a giving verb in "provided the ministry with information". The
/// noun phrase may hold a name, a date or a figure, so the window is wider
/// than [`after_class_verb`]'s.
fn verb_shortly_before(
    rules: &LanguageRules,
    toks: &[Tok],
    hit: &TriggerHit,
    clause_start: usize,
    is_verb: impl Fn(usize) -> bool,
) -> Option<usize> {
    let from = hit.first.saturating_sub(7).max(clause_start);
    for k in (from..hit.first).rev() {
        let t = &toks[k];
        if is_verb(k) {
            return Some(k);
        }
        if rules.is("clause-break", &t.word)
            || !(t.kind == dyad_model::TokenKind::Word || t.kind == dyad_model::TokenKind::Number || t.word == "-")
        {
            return None;
        }
    }
    None
}

/// The subject of a speech verb starting at byte `cue_start`: the last actor
/// before it, unless a preposition other than "of/di" ties that one to the
/// actor right before it ("X's ambassador to the UN said", "officials from Y
/// said", "l'ambasciatore della X presso l'Onu ha detto"): the phrase only
/// says who the first one is, and the first one speaks.
fn speaker_before<'s>(
    slots: &'s [Slot],
    toks: &[Tok],
    rules: &LanguageRules,
    cue_start: usize,
    keep: impl Fn(&Slot) -> bool,
) -> Option<&'s Slot<'s>> {
    // The two latest-ending slots before the cue; on equal ends the later
    // slot counts as later.
    let (mut last, mut prev): (Option<&Slot>, Option<&Slot>) = (None, None);
    for s in slots.iter().filter(|s| s.mention.end <= cue_start && keep(s)) {
        if last.is_none_or(|l| s.mention.end >= l.mention.end) {
            prev = last;
            last = Some(s);
        } else if prev.is_none_or(|p| s.mention.end >= p.mention.end) {
            prev = Some(s);
        }
    }
    let last = last?;
    let k = coder::article_start(rules, toks, last.first);
    let qualified = prev.filter(|p| {
        k >= 1
            && p.last + 1 == k
            && coder::is_preposition(rules, &toks[k - 1].word)
            && !rules.is("genitive-prep", &toks[k - 1].word)
    });
    Some(qualified.unwrap_or(last))
}

/// The verb hit whose direct object the nominal `hits[i]` is: at most three
/// articles or adjectives between them ("firmato un nuovo trattato").
pub(crate) fn object_of_verb(rules: &LanguageRules, toks: &[Tok], hits: &[TriggerHit], i: usize) -> Option<usize> {
    let prev = i.checked_sub(1)?;
    let v = &hits[prev];
    if v.def.kind != TriggerKind::Verb {
        return None;
    }
    let between = &toks[v.last..hits[i].first];
    let plain = between.len() <= 3
        && between.iter().all(|t| {
            t.kind == dyad_model::TokenKind::Word
                && !rules.is("recipient-prep", &t.word)
                && !rules.is("genitive-prep", &t.word)
                && !rules.is("clause-break", &t.word)
        });
    plain.then_some(prev)
}
