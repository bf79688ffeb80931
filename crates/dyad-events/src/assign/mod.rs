//! The per-hit coding: one trigger hit of a sentence becomes one event, or
//! none. `Coder::code_hit` runs the stages in order, one module each:
//! - `absorbed`: hits that name no event of their own (an adjective, what a
//!   verb gives, a purpose, a complement, a verb's object) stop here;
//! - `roles`: source and recipient from the actor mentions;
//! - `fallbacks`: noun phrases, the place, the attack itself or the speaker
//!   where the mentions leave a role empty; the drops when one stays empty;
//! - `modality`: modality, announced intent or refusal, a duty laid as a
//!   demand, attribution;
//! - `recodings`: category changes that need the roles and the modality;
//! - `event`: the event itself (date, place, figures, mode, score, reason)
//!   and its merge with an earlier trigger of the same happening.
//!
//! `attack_subject` finds, once per sentence, the attack or weapon that is
//! a killing verb's subject, which `absorbed` and `fallbacks` read.

mod absorbed;
mod attack_subject;
mod event;
mod fallbacks;
mod modality;
mod recodings;
mod roles;

use crate::coder::{self, Tok, TriggerHit};
use crate::rules::LanguageRules;
use crate::sentence::Frame;
use crate::{dates, quantities, quotes, Coder, PlaceLookup};
use chrono::NaiveDate;
use dyad_model::{ActorMention, Category, Event, Sentence};

pub(crate) use absorbed::object_of_verb;
pub(crate) use attack_subject::{event_subject, EventSubject};

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

/// The hit being coded, with what every stage reads of it.
#[derive(Clone, Copy)]
pub(super) struct ThisHit<'h> {
    /// The trigger match itself.
    pub hit: &'h TriggerHit<'h>,
    /// Its index in the sentence's hits.
    pub hit_index: usize,
    /// Byte span and text of the trigger's words.
    pub trigger_start: usize,
    pub trigger_end: usize,
    pub trigger_text: &'h str,
    /// The trigger's clause, as token bounds.
    pub clause: (usize, usize),
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
        let Frame {
            rules,
            text,
            toks,
            slots,
            ..
        } = *c.frame;
        let trigger_start = toks[hit.first].start;
        let trigger_end = toks[hit.last - 1].end;
        let h = ThisHit {
            hit,
            hit_index,
            trigger_start,
            trigger_end,
            trigger_text: &text[trigger_start..trigger_end],
            clause: coder::clause_bounds(rules, toks, hit),
        };
        let absorbed::Own { governing } = self.own_event(c, &h, sentence_events, coded_hits, trace)?;
        let roles::Assigned {
            mut roles,
            ctx,
            verbal,
            reduced,
        } = roles::from_mentions(c, &h, governing.as_ref(), sentence_events);
        fallbacks::fill(c, &h, &ctx, &mut roles);
        // "said that Kessia must do more": who owes is the actor right before
        // the word of obligation, whatever a nominal reading of it would take.
        if hit.def.flags.duty {
            if let Some(i) = (0..slots.len()).find(|&i| slots[i].last == hit.first) {
                roles.source = coder::slot_refs(rules, toks, slots, i);
            }
        }
        let speaker = modality::governing_speaker(c.speech, slots, toks, hit, rules);
        if !fallbacks::complete(c, &h, verbal, speaker.as_ref(), &mut roles, trace) {
            return None;
        }
        if hit.def.flags.place_taken && !recodings::a_place_taken(c, &roles) {
            trace(format!(
                "  '{}': control taken of no place, by no armed side: no event",
                h.trigger_text
            ));
            return None;
        }
        let mut reading = modality::read(c, &h);
        recodings::before_event(c, &h, reduced, &mut reading, &mut roles);
        let laid = modality::duty(c, &h, speaker.as_ref(), &mut reading, &mut roles);
        // "must" with no one else laying the duty ("we must act", "Y must
        // do more" in the narrative) is no demand of anyone.
        if hit.def.flags.duty && !laid {
            trace(format!(
                "  '{}' REQUEST: a duty no other speaker lays, no event",
                h.trigger_text
            ));
            return None;
        }
        modality::attribute(c, &h, &roles, governing.as_ref(), &mut reading);
        let mut event = self.build_event(c, &h, roles, reading);
        self.recode_event(c, &h, &mut event);
        event::unless_merged(&h, event, sentence_events, trace)
    }
}

/// A target that may be a thing: what a judgement is about.
pub(crate) fn thing_target(c: Category) -> bool {
    matches!(
        c,
        Category::Accuse | Category::Reject | Category::Support | Category::Protest
    )
}

/// A judgement whose object, opened by an article right after the verb, is a
/// made thing one judges (`judged-artefact`: a budget, a law, a report):
/// "criticised the budget in Kessia" judges the budget, and Kessia is only
/// where it is. Any other object ("condemned the violence in Kessia") names
/// what happens in the place, and the place stays the target.
pub(crate) fn judged_artefact_object(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> bool {
    const HEAD_REACH: usize = 4;
    thing_target(hit.def.category)
        && toks.get(hit.last).is_some_and(|t| rules.is("determiner", &t.word))
        && toks
            .iter()
            .skip(hit.last + 1)
            .take(HEAD_REACH)
            .take_while(|t| t.kind != dyad_model::TokenKind::Punct && !rules.is("recipient-prep", &t.word))
            .any(|t| rules.is("judged-artefact", &t.word))
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

/// Token `k` is a verb that gives or sets a term (`issue-verb`), or a form
/// that is one only before a dative (`issue-verb-before-dative`: Italian "dà",
/// which folds to the preposition "da").
fn issues_a_term(rules: &LanguageRules, toks: &[Tok], k: usize) -> bool {
    let w = toks[k].word.as_str();
    rules.is("issue-verb", w)
        || rules.is("issue-verb-before-dative", w) && toks.get(k + 1).is_some_and(|t| rules.is("dative-prep", &t.word))
}
