//! The post-passes: rules that revisit the events of one sentence after every
//! trigger is coded, when a role depends on another event of the sentence.
//! [`run`] lists them in the order they apply; the order matters, as a later
//! pass sees what an earlier one settled.

mod merges;
mod places;
mod recipients;
mod victims;

use crate::sentence::Frame;
use dyad_model::{ActorRef, Event};

/// Runs every post-pass over `sentence_events`, in order. `events` are the
/// article's events from earlier sentences.
pub(crate) fn run(f: &Frame, sentence_events: &mut Vec<Event>, events: &[Event], trace: &mut dyn FnMut(String)) {
    victims::victim_of_fatal_harm(f, sentence_events);
    recipients::recipient_of_announced_act(sentence_events);
    recipients::recipient_of_promised_help(f, sentence_events);
    places::place_of_promised_act(f, sentence_events);
    places::party_of_mobilized_forces(f, sentence_events);
    places::place_of_unnamed_people(f, sentence_events);
    places::area_of_declared_measure(f, sentence_events);
    places::owner_of_war(f, sentence_events, events);
    recipients::partner_of_concession(f, sentence_events);
    recipients::author_of_judged_act(f, sentence_events);
    recipients::taker_of_reviewed_measure(f, sentence_events);
    recipients::subject_of_complement_clause(f, sentence_events);
    recipients::party_against(f, sentence_events);
    recipients::partner_of_discussed_topic(f, sentence_events);
    merges::judged_nominal_triggers(f, sentence_events, trace);
    merges::copula_giver_nouns(f, sentence_events);
}

/// Runs the passes over a whole article's events, once every sentence is coded.
pub(crate) fn run_document(events: &mut Vec<Event>, trace: &mut dyn FnMut(String)) {
    merges::undated_restatements(events, trace);
}

/// True when `refs` names one of the event's own sources: an actor is not
/// its own counterpart, so such a phrase never becomes the recipient.
pub(super) fn names_the_source(e: &Event, refs: &[ActorRef]) -> bool {
    refs.iter().any(|x| e.actor.iter().any(|a| a.start == x.start))
}

/// Makes `refs` the event's recipient and says why in its reason; `refs` is
/// never empty (a slot always gives at least its own mention).
pub(super) fn take_recipient(e: &mut Event, refs: Vec<ActorRef>, why: &str) {
    if let Some(first) = refs.first() {
        e.reason.push_str(&format!(" + recipient '{}': {why}", first.text));
    }
    e.recipient = refs;
}
