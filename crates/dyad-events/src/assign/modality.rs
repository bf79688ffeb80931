//! Modality and attribution: asserted, negated, future or reported; a
//! prevented act; an announced intent or refusal and the category it gives
//! (CAMEO 03, 12, 13); a duty laid by a speaker (a demand); the speaker the
//! event is attributed to.

use super::roles::prevent_verb;
use super::{HitContext, ThisHit};
use crate::coder::{self, Slot, Tok, TriggerHit};
use crate::rules::{LanguageRules, TriggerDef};
use crate::sentence::Frame;
use crate::{quotes, received};
use dyad_model::ActorRef;
use dyad_model::{ActorKind, Attribution, Category, Event, Modality};

/// How the hit's event is stated and the category that gives, amended by the
/// recodings until the event is built.
pub(super) struct Reading<'r> {
    /// The event's category: the trigger's, or what intent or a recoding made it.
    pub category: Category,
    pub modality: Modality,
    /// The cue or reading that gave the modality, for the reason.
    pub modality_note: Option<String>,
    /// Why the category is not the trigger's own.
    pub intent_note: Option<String>,
    /// An announced refusal: negated cooperation, REJECT.
    pub refusal: bool,
    /// The mode a recoding gives (CAMEO→PLOVER 2021 table).
    pub recoded_mode: Option<&'static str>,
    /// A context a recoding adds.
    pub extra_context: Option<&'static str>,
    /// What an admitting verb takes in ("accepted refugees": asylum).
    pub admitted: Option<&'r TriggerDef>,
    /// The mode of a duty laid as a demand, when one is.
    pub demand_mode: Option<Option<&'static str>>,
    /// The speaker the event is reported from, when not its source.
    pub attribution: Option<Attribution>,
}

/// The hit's modality and the category an intent or refusal gives it.
pub(super) fn read<'r>(c: &HitContext<'r>, h: &ThisHit) -> Reading<'r> {
    let HitContext {
        in_actor, speech_mask, ..
    } = *c;
    let Frame { rules, toks, .. } = *c.frame;
    let ThisHit { hit, clause, .. } = *h;
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
    let (modality, modality_note) = if reported_future
        && matches!(
            modality,
            Modality::Hypothetical | Modality::Asserted | Modality::Reported
        ) {
        (Modality::Future, Some("reported intent ('said it would')".to_string()))
    } else {
        (modality, modality_note)
    };
    let refusal = modality == Modality::Negated && (reported_future || coder::announces(rules, toks, hit, clause.0));
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
    Reading {
        category,
        modality,
        modality_note,
        intent_note,
        refusal,
        recoded_mode: None,
        extra_context: None,
        admitted: None,
        demand_mode: None,
        attribution: None,
    }
}

/// A duty another speaker lays on the source is that speaker's demand
/// (REQUEST), aimed at the obliged source. True when a duty was laid.
pub(super) fn duty(
    c: &HitContext,
    h: &ThisHit,
    speaker: Option<&ActorRef>,
    r: &mut Reading,
    roles: &mut coder::Roles,
) -> bool {
    let HitContext { speech, .. } = *c;
    let Frame { rules, toks, slots, .. } = *c.frame;
    let ThisHit { hit, clause, .. } = *h;
    // "Russia says Israel must end the attacks", "ha detto che la Kessia
    // deve ritirarsi": a duty someone else lays on the actor is that
    // speaker's demand of it (CAMEO 10 → REQUEST), aimed at the obliged
    // actor; what is demanded gives the mode. A duty the speaker owns
    // ("said it must respond") stays its own hypothetical act.
    if hit.def.flags.duty || coder::obliged(rules, toks, hit, clause.0) {
        let obliger = speaker
            .cloned()
            .or_else(|| obliging_speaker(speech, slots, toks, rules, &roles.source))
            .filter(|sp| !roles.source.iter().any(|r| r.start < sp.end && sp.start < r.end));
        if let Some(sp) = obliger {
            r.intent_note = Some(format!(
                "a duty laid by '{}': {} demanded, REQUEST",
                sp.text, r.category
            ));
            r.demand_mode = Some(demanded_mode(r.category, hit.def.context.iter().any(|c| c == "treaty")));
            r.category = Category::Request;
            roles.recipient = std::mem::take(&mut roles.source);
            roles.source = vec![sp];
            r.modality = Modality::Asserted;
            return true;
        }
    }
    false
}

/// Who the sentence attributes the event to (a governing speaker, or the
/// accuser whose complement it is); an asserted event so attributed is reported.
pub(super) fn attribute(c: &HitContext, h: &ThisHit, roles: &coder::Roles, governing: Option<&Event>, r: &mut Reading) {
    let HitContext { speech, .. } = *c;
    let Frame { rules, toks, slots, .. } = *c.frame;
    let ThisHit { hit, .. } = *h;
    r.attribution = attribution_for(speech, slots, toks, hit, roles, rules);
    if let Some(g) = governing {
        // What an accusation alleges is reported by the accuser.
        if let Some(accuser) = g.actor.first() {
            r.attribution = Some(Attribution {
                text: accuser.text.clone(),
                country: accuser.country.clone(),
                sector: accuser.sector.clone(),
            });
        }
    }
    if r.modality == Modality::Asserted && r.attribution.is_some() {
        r.modality = Modality::Reported;
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

pub(super) fn intent_category(category: Category, modality: Modality, refusal: bool) -> (Category, Option<String>) {
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

/// The REQUEST or REJECT mode what is demanded or refused gives (CAMEO 10/12
/// in the 2021 table): talks or a settlement `meet`, aid or cooperation
/// `assist`, a release, withdrawal or easing `yield`.
pub(super) fn demanded_mode(demanded: Category, agreement: bool) -> Option<&'static str> {
    match demanded {
        Category::Consult => Some("meet"),
        Category::Support if agreement => Some("meet"),
        Category::Aid | Category::Cooperate | Category::Support => Some("assist"),
        Category::Retreat | Category::Concede => Some("yield"),
        _ => None,
    }
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
                && (!rules.is("clause-break", &t.word) || rules.is("complementizer", &t.word))
        });
    if !plain {
        return None;
    }
    speaker_before(slots, toks, rules, cue.start, |s| s.mention.kind != ActorKind::Location)
        .map(|s| dyad_model::ActorRef::from(s.mention))
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

/// The actor whose speech governs the trigger's clause: "X ha affermato che …",
/// "secondo X, …", or a trailing "…, afferma X".
pub(super) fn governing_speaker(
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
                    let that = between.iter().take(5).position(|t| rules.is("complementizer", &t.word));
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
