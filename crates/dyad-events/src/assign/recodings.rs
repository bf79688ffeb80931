//! Category changes once the roles and the modality are known: a place
//! taken, aid cut, forces sent on a mission of peace, a measure lifted,
//! refugees admitted, a mission withdrawn, a handover to no state, an attack
//! qualified as verbal; the recipient a gift or hospitality is for (the
//! place aid serves, the guest honoured); and, on the built event, a crowd
//! clashing with the forces of order and time given.

use super::modality::{intent_category, Reading};
use super::{HitContext, ThisHit};
use crate::coder::{self, Tok, TriggerHit};
use crate::rules::{LanguageRules, TriggerKind};
use crate::sentence::Frame;
use crate::{after_class_verb, morph, Coder};
use dyad_model::{ActorKind, Category, Event};

/// The recodings of the hit's own reading that need its roles and modality.
pub(super) fn before_event<'r>(
    c: &HitContext<'r>,
    h: &ThisHit,
    reduced: bool,
    r: &mut Reading<'r>,
    roles: &mut coder::Roles,
) {
    let HitContext { mentions, .. } = *c;
    let Frame {
        rules,
        lang,
        toks,
        hits,
        named_slots,
        ..
    } = *c.frame;
    let ThisHit {
        hit, hit_index, clause, ..
    } = *h;
    // "captured three cities", "seized the mosque in Mosul": taking a place is
    // occupying territory (CAMEO 192: COERCE, confiscate, military);
    // "seized the tanker", "captured the leader" is not.
    if hit.def.flags.place_occupy && r.category == hit.def.category && recipient_is_a_place(c, roles, false) {
        r.recoded_mode = Some("confiscate");
        r.extra_context = Some("military");
        r.intent_note = Some("a place taken: occupation, COERCE/confiscate (CAMEO 192)".to_string());
    }
    // "joined X for a working dinner": joining someone for a meeting is
    // meeting them (CAMEO 04, CONSULT), as the Italian participation-with
    // frame says; joining them in an act is cooperating.
    if hit.def.flags.joins
        && hit.def.category == Category::Cooperate
        && r.category == hit.def.category
        && joined_for_a_meeting(rules, toks, c.in_actor, roles)
    {
        r.category = Category::Consult;
        r.recoded_mode = None;
        r.intent_note = Some("joined someone for a meeting: CONSULT (CAMEO 04)".to_string());
    }
    // Cutting aid (CAMEO 162, mode discontinue), cooperation or talks
    // (161/164, withdraw) and withdrawing peacekeepers, observers or
    // diplomats (166, expel) reduce relations: PLOVER SANCTION. Pulling
    // back hostile forces stays RETREAT.
    if reduced && r.category == hit.def.category {
        r.category = Category::Sanction;
        r.recoded_mode = Some(if hit.def.category == Category::Aid {
            "discontinue"
        } else {
            "withdraw"
        });
        r.intent_note = Some(format!("{} reduced: SANCTION", hit.def.category));
    }
    // "is sending troops to the UN force in Ruvia", "ha annunciato il
    // dispiegamento di soldati in Ruvia per una missione di pace": forces
    // sent to keep the peace or observe are a service to the country they
    // serve (CAMEO 074, peacekeeping → PLOVER AID), not a show of force;
    // the recipient is that country, not the body that leads the mission.
    // Peacekeepers arriving ("peacekeepers arrive in Ruvia") are the same
    // service seen from its end; a visitor who goes to see a mission is not.
    let sent = hit.def.category == Category::Mobilize && r.category == Category::Mobilize;
    let arrived = hit.def.category == Category::Consult
        && r.category == Category::Consult
        && hit.def.mode.as_deref() == Some("visit");
    if !reduced && (sent || arrived) {
        if let Some(k) = peace_mission_word(rules, toks, hit, clause, sent) {
            let (cat, note) = intent_category(Category::Aid, r.modality, r.refusal);
            r.category = cat;
            r.recoded_mode = None;
            r.extra_context = Some("peacekeeping");
            r.intent_note = Some(format!(
                "forces sent on a mission of peace ('{}'): AID (CAMEO 074){}",
                toks[k].word,
                note.map_or_else(String::new, |n| format!(" + {n}"))
            ));
            let served = mentions.iter().find(|m| {
                matches!(m.kind, ActorKind::Country | ActorKind::Location)
                    && m.start >= toks[hit.last - 1].end
                    && toks.get(k.max(hit.last) + 6).is_none_or(|t| m.start < t.end)
                    && !roles.source.iter().any(|s| s.start < m.end && m.start < s.end)
            });
            if let Some(m) = served {
                roles.recipient = vec![dyad_model::ActorRef::from(m)];
            }
        }
    }
    // Aid given to a force, or for a purpose, in a place is aid to that
    // place: the body leading the force or the thing funded is not the party.
    if hit.def.category == Category::Aid && matches!(r.category, Category::Aid | Category::Agree) {
        if let Some(m) = served_place(c, toks, hit, clause, &roles.recipient) {
            roles.recipient = vec![dyad_model::ActorRef::from(m)];
            r.intent_note
                .get_or_insert_with(|| format!("aid to the place it serves: recipient '{}'", m.text));
        }
    }
    // "offrirà una cena in onore di X", "hosted a dinner for X": the guest
    // honoured is whom the hospitality is for, not the meal.
    if matches!(
        r.category.quad(),
        dyad_model::QuadClass::VerbalCooperation | dyad_model::QuadClass::MaterialCooperation
    ) && !roles.recipient.iter().any(|r| r.country.is_some())
    {
        if let Some(m) = honoured_guest(c, toks, hit, clause) {
            roles.recipient = vec![dyad_model::ActorRef::from(m)];
            r.intent_note
                .get_or_insert_with(|| format!("the guest honoured: recipient '{}'", m.text));
        }
    }
    // "lifted the boycott", "dropped the investigation", "ha revocato il
    // divieto": taking away a measure against someone is yielding
    // (CAMEO 081/085 → CONCEDE), whatever the measure's own category.
    if hit.def.category != Category::Concede && lifted_measure(rules, toks, hit) {
        let (c, note) = intent_category(Category::Concede, r.modality, r.refusal);
        r.category = c;
        r.recoded_mode = None;
        r.intent_note = Some(note.map_or_else(
            || format!("{} lifted: CONCEDE", hit.def.category),
            |n| format!("{} lifted: CONCEDE + {n}", hit.def.category),
        ));
    }
    // "did not renew the blockade", "failed to extend its sanctions",
    // "non ha rinnovato l'embargo": a measure not renewed lapses, and
    // letting a sanction lapse eases it (CAMEO 081 → CONCEDE). The act is
    // the lapse, so the negation is spent; an announced one ("will not
    // renew") is an intent to ease. A renewed measure stays imposed.
    if matches!(hit.def.category, Category::Sanction | Category::Coerce)
        && r.category == hit.def.category
        && lapsed_measure(rules, toks, hit, r.modality == dyad_model::Modality::Negated)
    {
        r.modality = if r.refusal {
            dyad_model::Modality::Future
        } else {
            dyad_model::Modality::Asserted
        };
        r.refusal = false;
        let (c, note) = intent_category(Category::Concede, r.modality, false);
        r.category = c;
        r.recoded_mode = None;
        r.intent_note = Some(note.map_or_else(
            || format!("{} not renewed, lapsed: CONCEDE (CAMEO 081)", hit.def.category),
            |n| format!("{} not renewed, lapsed: CONCEDE (CAMEO 081) + {n}", hit.def.category),
        ));
    }
    // "ceased its attacks", "halted their raids", "ha sospeso
    // i suoi bombardamenti": an armed side ending its own use of force
    // de-escalates (CAMEO 087, 0871 truce → PLOVER CONCEDE), it does not
    // attack. Only its own: right after the verb, or after a possessive;
    // "halted the rebel offensive" stops someone else's.
    if hit.def.category == Category::Assault
        && r.category == Category::Assault
        && hit.def.kind == TriggerKind::Noun
        && matches!(
            r.modality,
            dyad_model::Modality::Asserted | dyad_model::Modality::Reported
        )
        && own_force_ceased(rules, toks, hit)
    {
        r.category = Category::Concede;
        r.recoded_mode = None;
        r.extra_context = Some("military");
        r.intent_note = Some("own use of force ceased: de-escalation, CONCEDE (CAMEO 087)".to_string());
    }
    // "accepted 1,141 Iraqi refugees" (the refugees often an actor, so no
    // trigger of their own): admitting refugees grants asylum (CAMEO 075).
    r.admitted = if hit.def.flags.admits && r.category == hit.def.category {
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
    if let Some(d) = r.admitted {
        let (c, note) = intent_category(d.category, r.modality, r.refusal);
        r.category = c;
        r.intent_note = Some(format!(
            "admitted '{}': {} → {}{}",
            d.pattern,
            hit.def.category,
            d.category,
            note.map_or_else(String::new, |n| format!(" + {n}"))
        ));
    }
    if r.category == Category::Retreat && r.category == hit.def.category && hit.def.mode.as_deref() == Some("withdraw")
    {
        let object = (hit.last..toks.len().min(hit.last + 5))
            .take_while(|&k| {
                toks[k].kind == dyad_model::TokenKind::Word
                    && !rules.is("recipient-prep", &toks[k].word)
                    && !rules.is("clause-break", &toks[k].word)
            })
            .find(|&k| rules.is("mission-noun", &toks[k].word));
        if let Some(k) = object {
            r.category = Category::Sanction;
            r.recoded_mode = Some("expel");
            r.intent_note = Some(format!("'{}' withdrawn: a mission, not forces; SANCTION", toks[k].word));
            // The mission is the source's own; the other party is where it leaves.
            let from = (0..named_slots.len()).find(|&i| {
                let sl = &named_slots[i];
                let g = coder::effective_governor(rules, toks, named_slots, i);
                sl.first > k && sl.first <= k + 4 && sl.last <= clause.1 && rules.is("from-prep", g)
            });
            if let Some(f) = from {
                roles.recipient = coder::slot_refs(rules, toks, named_slots, f);
            }
        }
    }
    if hit.def.flags.handover && r.category == hit.def.category {
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
            r.category = Category::Accuse;
            r.recoded_mode = Some("disapprove");
            r.extra_context = Some("legal");
            r.intent_note = Some("handed over to no named state: legal action against the person, ACCUSE".to_string());
        }
    }
    // "launched an attack on the minister, calling him a liar", "un
    // attacco al governo, accusandolo di …": an attack qualified by a
    // gerund of naming or accusing is verbal (CAMEO 111 → ACCUSE).
    if r.category == Category::Assault
        && r.category == hit.def.category
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
            r.category = Category::Accuse;
            r.recoded_mode = Some("disapprove");
            r.intent_note = Some(format!(
                "an attack qualified by '{}': verbal, ACCUSE",
                toks[n.first].word
            ));
        }
    }
}

impl Coder {
    /// The recodings that read the built event's roles.
    pub(super) fn recode_event(&self, c: &HitContext, h: &ThisHit, event: &mut Event) {
        let Frame { rules, toks, .. } = *c.frame;
        let ThisHit { hit, .. } = *h;
        if crowd_clash(rules, event, hit) {
            self.recode(event, Category::Protest, Some("riot".to_string()));
            event
                .reason
                .push_str(" + a crowd clashing with the forces of order: ASSAULT → PROTEST (CAMEO 145)");
        }
        if time_given(rules, toks, hit, event) {
            self.recode(event, Category::Threaten, None);
            event
                .reason
                .push_str(" + gave time until a date: AID → THREATEN (CAMEO 139)");
        }
        // "did not grant permission", "non ha dato il permesso": the trigger's words or the leave noun after it.
        // "has not yet given its approval", "non ha ancora dato il permesso":
        // leave still pending is not refused.
        // Only inside the negated verb group ("has not yet", "non ha ancora",
        // "still has not"): a "yet" opening the sentence is a contrast.
        let group_start = (0..hit.first)
            .rev()
            .take_while(|&k| {
                let w = toks[k].word.as_str();
                rules.is("auxiliary", w) || rules.is("negation", w) || rules.is("pending-word", w)
            })
            .last()
            .unwrap_or(hit.first);
        let group = &toks[group_start..hit.first];
        let pending = group.iter().any(|t| rules.is("pending-word", &t.word))
            && group.iter().any(|t| rules.is("negation", &t.word));
        if !pending {
            let words = (hit.first..toks.len().min(hit.last + 3)).map(|k| toks[k].word.as_str());
            self.refused_leave(rules, event, words);
        }
    }
}

/// The recipient is a place: a place name (a country too when `countries`),
/// or a territory noun that names no body ("the city", not "the city council").
fn recipient_is_a_place(c: &HitContext, roles: &coder::Roles, countries: bool) -> bool {
    let HitContext { mentions, .. } = *c;
    let Frame { rules, toks, .. } = *c.frame;
    roles.recipient.first().is_some_and(|r| {
        let words = || toks.iter().filter(|t| t.start >= r.start && t.end <= r.end);
        mentions.iter().any(|m| {
            m.start == r.start && (m.kind == ActorKind::Location || (countries && m.kind == ActorKind::Country))
        }) || words().any(|t| rules.is("territory-noun", &t.word)) && !words().any(|t| rules.is_agent_word(&t.word))
    })
}

/// "took control of the port", "rebels took control of the party's
/// offices": control taken of a place, or by armed forces, is a seizure
/// (CAMEO 192); "took control of the party after the vote", of a firm by
/// purchase, is none.
pub(super) fn a_place_taken(c: &HitContext, roles: &coder::Roles) -> bool {
    let Frame { rules, toks, .. } = *c.frame;
    let armed = roles.source.iter().any(|s| {
        s.sector
            .as_deref()
            .is_some_and(|x| rules.is("armed-sector", &x.to_lowercase()))
            || toks
                .iter()
                .filter(|t| t.start >= s.start && t.end <= s.end)
                .any(|t| rules.is("force-noun", &t.word))
    });
    armed || recipient_is_a_place(c, roles, true)
}

/// The token, near a deploying or sending hit, of a word that makes the
/// forces a mission of peace (`peace-mission`: "peacekeeping", "observers",
/// "pace" in "missione di pace"): just before the hit ("peacekeepers are
/// being deployed") or after it, past "as" ("deployed as peacekeepers") but
/// not past another clause; after it only when `after` (what is sent, not
/// who travels).
fn peace_mission_word(
    rules: &LanguageRules,
    toks: &[Tok],
    hit: &TriggerHit,
    clause: (usize, usize),
    after: bool,
) -> Option<usize> {
    let before =
        (hit.first.saturating_sub(3).max(clause.0)..hit.first).find(|&k| rules.is("peace-mission", &toks[k].word));
    before.or_else(|| {
        if !after {
            return None;
        }
        (hit.last..toks.len().min(hit.last + 14))
            .take_while(|&k| {
                let w = &toks[k].word;
                w != ";" && (!rules.is("clause-break", w) || rules.is("predicate-as", w))
            })
            // "sent tanks to the border, observers said": monitors who
            // report are the source of the news, not the mission.
            .find(|&k| {
                rules.is("peace-mission", &toks[k].word)
                    && !toks.get(k + 1).is_some_and(|t| rules.is("np-stop", &t.word))
            })
    })
}

/// The place a giving hit serves, when its recipient is not it: the
/// country or region a force or mission given to works in ("contribute
/// troops to the NATO-led force in Ruvia", `served-body`), or, with no
/// recipient of its own country, the place named inside the gift's purpose
/// ("gave 40 million euros to promote farming in Ruvia", "fondi per
/// combattere l'epidemia in Ruvia").
fn served_place<'m>(
    c: &HitContext<'m>,
    toks: &[Tok],
    hit: &TriggerHit,
    clause: (usize, usize),
    recipient: &[dyad_model::ActorRef],
) -> Option<&'m dyad_model::ActorMention> {
    let rules = c.frame.rules;
    // A country or region named right after a locative preposition at `j`.
    let place_at = |j: usize| -> Option<&'m dyad_model::ActorMention> {
        if !toks.get(j).is_some_and(|t| rules.is("locative-prep", &t.word)) {
            return None;
        }
        mention_opening_phrase(c, toks, j + 1).filter(|m| matches!(m.kind, ActorKind::Country | ActorKind::Location))
    };
    let end = clause.1.min(toks.len());
    if let Some(rec) = recipient.first() {
        let after = (hit.last..end).find(|&k| toks[k].start >= rec.end)?;
        let body = (after..end.min(after + 4)).find(|&k| rules.is("served-body", &toks[k].word));
        if let Some(m) = body.and_then(|b| place_at(b + 1)) {
            return Some(m);
        }
    }
    if recipient.iter().any(|r| r.country.is_some()) {
        return None;
    }
    let purpose = (hit.last..end.min(hit.last + 8)).find(|&k| rules.is("purpose-intro", &toks[k].word))?;
    (purpose + 1..end.min(purpose + 14)).find_map(place_at)
}

/// The actor mention that opens the phrase at token `k`, past one article.
fn mention_opening_phrase<'m>(c: &HitContext<'m>, toks: &[Tok], k: usize) -> Option<&'m dyad_model::ActorMention> {
    let k = k + usize::from(toks.get(k).is_some_and(|t| c.frame.rules.is("determiner", &t.word)));
    let t = toks.get(k)?;
    c.mentions.iter().find(|m| m.start == t.start)
}

/// The actor a cooperative act is held in honour of, shortly after the hit:
/// "in honour of X", "in onore di X" (`honour-noun` between a locative and
/// a genitive preposition), or a meal or reception "for X"
/// (`hospitality-noun` then `beneficiary-prep`). A place is never the guest.
fn honoured_guest<'m>(
    c: &HitContext<'m>,
    toks: &[Tok],
    hit: &TriggerHit,
    clause: (usize, usize),
) -> Option<&'m dyad_model::ActorMention> {
    let rules = c.frame.rules;
    let is = |k: usize, class: &str| toks.get(k).is_some_and(|t| rules.is(class, &t.word));
    let guest_at = |k: usize| mention_opening_phrase(c, toks, k).filter(|m| m.kind != ActorKind::Location);
    (hit.last..clause.1.min(toks.len()).min(hit.last + 10)).find_map(|k| {
        if is(k, "locative-prep") && is(k + 1, "honour-noun") && is(k + 2, "genitive-prep") {
            guest_at(k + 3)
        } else if is(k, "hospitality-noun") && is(k + 1, "beneficiary-prep") {
            guest_at(k + 2)
        } else {
            None
        }
    })
}

/// A sanction, coercion, refusal or accusation that a lifting or reducing
/// verb takes away ("lifted the boycott", "dropped the charges", "ha
/// archiviato l'indagine"). An inquiry that ends is completed, not given
/// up ("ended its investigation"): accusations count after a lift verb only,
/// and so does a boycott (a protest, CAMEO 143), which a lifting yields.
pub(super) fn lifted_measure(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> bool {
    match hit.def.category {
        Category::Sanction | Category::Coerce | Category::Reject => {
            after_class_verb(rules, toks, hit, "lift-verb") || after_class_verb(rules, toks, hit, "reduce-verb")
        }
        Category::Accuse | Category::Protest => after_class_verb(rules, toks, hit, "lift-verb"),
        _ => false,
    }
}

/// An ASSAULT noun right after a ceasing or reducing verb (`cease-verb`,
/// `reduce-verb`), or after determiners that hold a `possessive`; not in a
/// condition (`condition-word` just before the verb).
pub(super) fn own_force_ceased(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> bool {
    let Some(k) = (hit.first.saturating_sub(4)..hit.first)
        .rev()
        .find(|&k| rules.is("cease-verb", &toks[k].word) || rules.is("reduce-verb", &toks[k].word))
    else {
        return false;
    };
    // "until Kessia ends its raids": a condition, not the act.
    if toks[k.saturating_sub(3)..k]
        .iter()
        .any(|t| rules.is("condition-word", &t.word))
    {
        return false;
    }
    // "halted attacks by the rebels": someone else's force, stopped.
    if toks.get(hit.last).is_some_and(|t| rules.is("agent-prep", &t.word)) {
        return false;
    }
    let between = &toks[k + 1..hit.first];
    between
        .iter()
        .all(|t| rules.is("determiner", &t.word) || rules.is("possessive", &t.word))
        && (between.is_empty() || between.iter().any(|t| rules.is("possessive", &t.word)))
}

/// A measure governed by a renewing verb (`renew-verb`) that is negated, or
/// that a failing verb (`fail-verb`) governs ("failed to renew the embargo",
/// "non è riuscito a prorogare le sanzioni" is negated by "non").
fn lapsed_measure(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit, negated: bool) -> bool {
    if !after_class_verb(rules, toks, hit, "renew-verb") {
        return false;
    }
    let Some(k) = (hit.first.saturating_sub(6)..hit.first)
        .rev()
        .find(|&k| rules.is("renew-verb", &toks[k].word))
    else {
        return false;
    };
    // "did not extend the sanctions to Kessia": a measure carried to a new
    // party is widened in scope, not prolonged; left unwidened, it does not
    // lapse for anyone. "extended the ban to next year", "to mid-2026" is a
    // time, prolonged: a word with a figure in it or bounding a span of time
    // ("mid", "end") names no party.
    let widened = toks.get(hit.last).is_some_and(|t| rules.is("dative-prep", &t.word))
        && toks[hit.last + 1..]
            .iter()
            .find(|t| !rules.is("determiner", &t.word) && !rules.is("possessive", &t.word))
            .is_some_and(|t| {
                t.kind == dyad_model::TokenKind::Word
                    && !t.word.chars().any(|c| c.is_ascii_digit())
                    && !rules.is("period-noun", &t.word)
                    && !rules.is("time-bound", &t.word)
                    && !rules.is("quantity-word", &t.word)
            });
    if widened {
        return false;
    }
    negated || (k >= 2 && rules.is("fail-verb", &toks[k - 2].word) && rules.is("infinitive-marker", &toks[k - 1].word))
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

/// True when right after the joined party (or its head noun) comes a
/// purpose phrase naming a meeting (`meeting-purpose-prep`, then a `meeting-noun` within three
/// words: "for a working dinner", "per un vertice") that names no party of
/// its own after "with".
fn joined_for_a_meeting(rules: &LanguageRules, toks: &[Tok], in_actor: &[bool], roles: &coder::Roles) -> bool {
    let Some(end) = roles.recipient.iter().map(|r| r.end).max() else {
        return false;
    };
    let Some(first) = toks.iter().position(|t| t.start >= end) else {
        return false;
    };
    // The mention may end before its head noun ("the Kessian | minister"):
    // up to two plain words may stand before the preposition.
    let Some(k) = (first..toks.len().min(first + 3)).find(|&k| rules.is("meeting-purpose-prep", &toks[k].word)) else {
        return false;
    };
    let plain_words_before = toks[first..k].iter().all(|t| {
        t.kind == dyad_model::TokenKind::Word
            && !coder::is_preposition(rules, &t.word)
            && !rules.is("clause-break", &t.word)
    });
    let Some(meeting) = (k + 1..toks.len().min(k + 5))
        .take_while(|&m| toks[m].kind == dyad_model::TokenKind::Word && !rules.is("clause-break", &toks[m].word))
        .find(|&m| rules.is("meeting-noun", &toks[m].word))
    else {
        return false;
    };
    // "joined X for a meeting with Y": the meeting names its own party, so
    // the one met is Y, not X; joining X stays the act.
    let own_partner = toks.get(meeting + 1).is_some_and(|t| rules.is("with-prep", &t.word))
        && (meeting + 2..toks.len())
            .find(|&m| !rules.is("determiner", &toks[m].word))
            .is_some_and(|m| in_actor.get(m).copied().unwrap_or(false));
    plain_words_before && !own_partner
}
