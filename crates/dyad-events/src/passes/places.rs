//! Post-passes that turn a place into the party of an act, or keep a place
//! from being one (mobilized forces, declared measures, wars).

use super::take_recipient;
use crate::assign::object_of_verb;
use crate::coder::{self, Tok};
use crate::morph;
use crate::rules::{self, TriggerKind};
use crate::sentence::Frame;
use dyad_model::{Category, Event};

/// "offered to send troops to Uganda", "agreed to set up an institute
/// in Barcelona", "approved the creation of an institute in Barcelona"
/// (`founding-noun`): a promised act aimed at a country or place is
/// directed at that place; the complement's object (the troops, the
/// institute) is what is promised, not to whom.
pub(super) fn place_of_promised_act(f: &Frame, sentence_events: &mut [Event]) {
    let Frame {
        rules,
        lang,
        toks,
        slots,
        ..
    } = *f;
    for e in sentence_events.iter_mut() {
        if e.event != Category::Agree || e.actor.is_empty() {
            continue;
        }
        let placeish = |i: usize| {
            matches!(
                slots[i].mention.kind,
                dyad_model::ActorKind::Country | dyad_model::ActorKind::Location
            )
        };
        if e.recipient.first().is_some_and(|r| {
            slots
                .iter()
                .position(|s| s.mention.start == r.start)
                .is_some_and(|i| placeish(i) || slots[i].mention.kind == dyad_model::ActorKind::Person)
                || r.country.is_some()
        }) {
            continue;
        }
        let Some(after) = toks.iter().position(|t| t.start >= e.trigger.end) else {
            continue;
        };
        // "agreed today to set up": a time word may stand between.
        let ti = (after..toks.len().min(after + 3))
            .find(|&k| ["to", "di", "a", "ad"].contains(&toks[k].word.as_str()))
            .unwrap_or(after);
        let starts_slot = |k: usize| slots.iter().any(|s| s.first == k);
        let folded = e.trigger.text.to_lowercase();
        let built_in = ["to", "di", "a", "ad"]
            .iter()
            .any(|m| folded.ends_with(&format!(" {m}")));
        let ti = if built_in { after.saturating_sub(1) } else { ti };
        let marker = built_in || ["to", "di", "a", "ad"].contains(&toks[ti].word.as_str());
        let verbal = toks.get(ti + 1).is_some_and(|t| {
            if lang == "it" {
                morph::is_infinitive_or_gerund("it", &t.word)
            } else {
                t.word.chars().all(char::is_alphabetic) && !rules.is("determiner", &t.word) && !starts_slot(ti + 1)
            }
        });
        // "ha approvato oggi la creazione di un istituto a X", "agreed to
        // the opening of a consulate in Y": a noun of founding as the
        // object says what the infinitive says ("agreed to set up").
        let founding = (after..toks.len().min(after + 4)).find(|&k| {
            k > after && rules.is("determiner", &toks[k - 1].word) && rules.is("founding-noun", &toks[k].word)
        });
        let (ti, marker, verbal) = match founding {
            Some(k) if !(marker && verbal) => (k, true, true),
            _ => (ti, marker, verbal),
        };
        if !(marker && verbal) && !e.reason.contains("announced intent") {
            continue;
        }
        // "will sign an agreement with the X government … in Y": a promised
        // signing (SUPPORT announced, CAMEO 057 → 03) is aimed at its partner.
        if !(marker && verbal) && e.reason.contains("announced intent: SUPPORT") && !e.recipient.is_empty() {
            continue;
        }
        let Some(place) = (0..slots.len()).find(|&i| {
            slots[i].first > ti
                && placeish(i)
                && rules.is("destination-prep", coder::effective_governor(rules, toks, slots, i))
                && !e.actor.iter().any(|a| {
                    a.start == slots[i].mention.start
                        || (slots[i].mention.kind == dyad_model::ActorKind::Country
                            && a.country.is_some()
                            && a.country == slots[i].mention.country)
                })
        }) else {
            continue;
        };
        if toks[ti..slots[place].first]
            .iter()
            .any(|t| rules.is("clause-break", &t.word) || t.word == ";" || t.word == ".")
        {
            continue;
        }
        take_recipient(
            e,
            coder::slot_refs(rules, toks, slots, place),
            "the place the promised act is aimed at",
        );
    }
}

/// "mobilized troops for a war against X", "sent 200 troops into X",
/// "ha mobilitato le truppe contro X": forces that are mobilized or
/// sent are the source's own (no country, or the source's), the means
/// and not the other party. The party is whom they are raised against
/// or, failing that, where they go: an against- or destination-phrase
/// after the forces, before any clause break or other verb.
/// A mobilization that names no party at all ("remained on alert in
/// X", "mobilized its men to the area", "in stato di allerta a X")
/// is aimed at where the forces are raised or sent: the same search
/// runs from the trigger, and there a place of the source's own
/// country counts (troops on alert in their own capital).
pub(super) fn party_of_mobilized_forces(f: &Frame, sentence_events: &mut [Event]) {
    let Frame {
        rules,
        toks,
        hits,
        named_slots,
        all_slots,
        ..
    } = *f;
    for e in sentence_events.iter_mut() {
        // "sent experts to X to investigate": the purpose gives the event
        // its category, but the forces are still the means of the sending.
        let sending = hits.iter().any(|h| {
            toks[h.first].start == e.trigger.start && matches!(h.def.category, Category::Mobilize | Category::Aid)
        });
        if !(matches!(e.event, Category::Mobilize | Category::Aid) || sending) || e.actor.is_empty() {
            continue;
        }
        let unplaced = e.recipient.is_empty() && e.event == Category::Mobilize;
        if e.recipient.is_empty() && !unplaced {
            continue;
        }
        // Experts, teams or doctors sent are the means just as troops are.
        let force = |r: &dyad_model::ActorRef| {
            toks.iter().any(|t| {
                t.start >= r.start
                    && t.end <= r.end
                    && (rules.is("force-noun", &t.word) || rules.is("personnel-noun", &t.word))
            }) && (r.country.is_none() || e.actor.iter().any(|a| a.country.is_some() && a.country == r.country))
        };
        if !unplaced && !e.recipient.iter().all(force) {
            continue;
        }
        let end_of = |end: usize| toks.iter().rposition(|t| t.end <= end).map(|k| k + 1);
        let Some(forces_end) = (if unplaced {
            end_of(e.trigger.end)
        } else {
            end_of(e.recipient[e.recipient.len() - 1].end)
        }) else {
            continue;
        };
        // The phrase after the forces runs to the end of their clause,
        // however long the purpose before the party ("in preparazione di
        // una lunga e difficile operazione di terra contro X"): a clause word, a
        // punctuation stop or another verb ends it, not a word count.
        let limit = toks.len();
        // "la prima guerra": after an article a break word ("prima" of "prima che") is an adjective.
        let stop = (forces_end..limit)
            .find(|&k| {
                rules.is("clause-break", &toks[k].word) && !rules.is("determiner", &toks[k - 1].word)
                    || matches!(toks[k].word.as_str(), ";" | ":" | "(" | ")" | ".")
                    || hits.iter().any(|h| {
                        h.first == k
                            && h.def.kind == TriggerKind::Verb
                            && !rules.is("determiner", &toks[k - 1].word)
                            && !singular_phrase_head(rules, toks, all_slots, k)
                    })
            })
            .unwrap_or(limit);
        let own = |i: usize| {
            e.actor.iter().any(|a| {
                a.start == named_slots[i].mention.start
                    || (!unplaced && a.country.is_some() && a.country == named_slots[i].mention.country)
            })
        };
        let against = (forces_end..stop)
            .find(|&k| rules.is("against-prep", &toks[k].word))
            .and_then(|k| {
                (0..named_slots.len()).find(|&i| {
                    named_slots[i].first > k && named_slots[i].first <= k + 5 && named_slots[i].last <= stop && !own(i)
                })
            });
        let near = |list: &[coder::Slot], i: usize| {
            let sl = &list[i];
            let gov = coder::effective_governor(rules, toks, list, i);
            sl.first >= forces_end
                && sl.first <= forces_end + 4
                && sl.last <= stop
                && (rules.is("destination-prep", gov) || unplaced && rules.is("locative-prep", gov))
        };
        let dest = || {
            (0..named_slots.len()).find(|&i| {
                near(named_slots, i)
                    && !own(i)
                    && !(unplaced
                        && toks[named_slots[i].first..named_slots[i].last]
                            .iter()
                            .any(|t| rules.is("force-noun", &t.word)))
            })
        };
        // Where no name is given, a place noun says where ("to the area").
        let place = || {
            if !unplaced {
                return None;
            }
            (0..all_slots.len()).find(|&i| {
                near(all_slots, i)
                    && toks[all_slots[i].first..all_slots[i].last]
                        .iter()
                        .any(|t| rules.is("place-noun", &t.word))
            })
        };
        let (list, party) = match against.or_else(dest) {
            Some(p) => (named_slots, p),
            None => match place() {
                Some(p) => (all_slots, p),
                None => continue,
            },
        };
        take_recipient(
            e,
            coder::slot_refs(rules, toks, list, party),
            "whom the forces are raised against or sent to",
        );
    }
}

/// "for a potential ground assault against X": an English phrase opened by
/// "a"/"an" is singular, so a bare verb form right after it cannot be its
/// verb (that would take "-s" or "-ed"); it is the phrase's head noun.
/// Triggers are no chunk words, so the phrase's chunk ends just before it.
fn singular_phrase_head(rules: &rules::LanguageRules, toks: &[Tok], all_slots: &[coder::Slot], k: usize) -> bool {
    let w = toks[k].word.as_str();
    rules.lang == "en"
        && !(w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing"))
        && all_slots
            .iter()
            .any(|s| s.last == k && matches!(toks[s.first].word.as_str(), "a" | "an"))
}

/// "sent food to thousands of families in X", "ha inviato aiuti alla
/// popolazione in X": an unnamed mass of people stands for the place
/// it is in, which is the party the act reaches.
pub(super) fn place_of_unnamed_people(f: &Frame, sentence_events: &mut [Event]) {
    let Frame { rules, toks, slots, .. } = *f;
    for e in sentence_events.iter_mut() {
        if e.actor.is_empty() {
            continue;
        }
        let Some(p) = people_place(rules, toks, slots, e) else {
            continue;
        };
        take_recipient(
            e,
            coder::slot_refs(rules, toks, slots, p),
            "where the people the act reaches are",
        );
    }
}

/// "declared a state of siege in X", "announced a ceasefire in X", "ha
/// proclamato il coprifuoco a X": a measure named by a noun is aimed
/// at the area it is declared in, the place right after the noun. A
/// later phrase not introduced by with/against/on (the quarry of a
/// manhunt, an apposition, forces sent in) is not its party.
pub(super) fn area_of_declared_measure(f: &Frame, sentence_events: &mut [Event]) {
    let Frame {
        rules,
        toks,
        hits,
        slots,
        all_slots,
        ..
    } = *f;
    for e in sentence_events.iter_mut() {
        if e.actor.is_empty() {
            continue;
        }
        let Some(v) = hits.iter().position(|h| toks[h.first].start == e.trigger.start) else {
            continue;
        };
        let h = &hits[v];
        // "attended a cabinet meeting in X": a verb whose object is the
        // measure or meeting noun reaches the place after that noun;
        // the noun's own modifiers ("a cabinet") are no party.
        let noun_object = (h.def.kind == TriggerKind::Verb)
            .then(|| {
                hits.get(v + 1)
                    .filter(|n| n.def.kind != TriggerKind::Verb && object_of_verb(rules, toks, hits, v + 1) == Some(v))
            })
            .flatten();
        // A bare verb is no measure ("fought in X").
        if h.def.kind == TriggerKind::Verb && h.last - h.first < 2 && noun_object.is_none() {
            continue;
        }
        // …and over a short modifier after the noun ("i colloqui Onu a
        // X", "la riunione di gabinetto a X"), words and "di/of" only.
        let end = noun_object.map_or(h.last, |n| {
            (n.last..toks.len().min(n.last + 4))
                .find(|&k| {
                    let w = toks[k].word.as_str();
                    rules.is("locative-prep", w)
                        || toks[k].kind != dyad_model::TokenKind::Word
                        || coder::is_preposition(rules, w) && !rules.is("genitive-prep", w)
                        || rules.is("clause-break", w)
                })
                .unwrap_or(n.last)
        });
        let Some(p) = declared_area(rules, toks, slots, all_slots, end) else {
            continue;
        };
        let inside_object = |r: &dyad_model::ActorRef| {
            noun_object.is_some() && r.start >= toks[h.last - 1].end && r.end <= toks[end - 1].end
        };
        let (list, i) = p;
        let place = &list[i];
        if e.actor.iter().any(|a| a.start == place.mention.start)
            || e.recipient.iter().any(|r| r.start == place.mention.start)
        {
            continue;
        }
        // "held talks in X with Y", "staged a protest in the port of X
        // against Y": a partner named right after the place, or an
        // opponent anywhere later in the clause, is the party; the place
        // only the setting.
        let clause_end = coder::clause_bounds(rules, toks, h).1.min(toks.len());
        let party_later = toks[place.last..clause_end].iter().enumerate().any(|(k, t)| {
            rules.is("against-prep", &t.word)
                || k < 2 && (rules.is("with-prep", &t.word) || rules.is("attack-prep", &t.word))
        });
        if party_later
            || e.recipient
                .first()
                .is_some_and(|r| r.start < place.mention.start && !inside_object(r))
        {
            continue;
        }
        take_recipient(
            e,
            coder::slot_refs(rules, toks, list, i),
            "the area the measure is declared in",
        );
    }
}

/// "vowed firm backing for the war in X", "ha garantito appoggio
/// alla guerra in X": the place a war is fought in is not a party to
/// it; backing or judging a war is backing or judging whoever wages
/// it: the war's named owner ("la guerra della Y in X"), else the
/// attacker of X in the latest earlier attack of the article, else
/// nobody named. A measure against a war ("misure pensate per frenare
/// la guerra della Y in X") is aimed at its owner the same way; only
/// fighting and deploying in a war's place are acts in that place.
pub(super) fn owner_of_war(f: &Frame, sentence_events: &mut [Event], events: &[Event]) {
    let Frame {
        rules, toks, all_slots, ..
    } = *f;
    for i in 0..sentence_events.len() {
        let e = &sentence_events[i];
        if e.actor.is_empty() || matches!(e.event, Category::Assault | Category::Mobilize) {
            continue;
        }
        let Some((place, owner)) = war_place(rules, toks, all_slots, e) else {
            continue;
        };
        let country = all_slots[place].mention.country.clone();
        let attacker = || {
            events
                .iter()
                .chain(sentence_events[..i].iter())
                .rev()
                .find(|a| {
                    a.event == Category::Assault
                        && !a.actor.is_empty()
                        && a.recipient.iter().any(|r| r.country.is_some() && r.country == country)
                })
                .map(|a| a.actor.clone())
        };
        let (refs, why) = match owner {
            Some(o) => (coder::slot_refs(rules, toks, all_slots, o), "who wages the war"),
            None => match attacker() {
                Some(a) => (a, "who wages the war, the attacker of its place earlier in the article"),
                None => (Vec::new(), ""),
            },
        };
        let e = &mut sentence_events[i];
        if refs.iter().any(|r| e.actor.iter().any(|a| a.start == r.start)) {
            continue;
        }
        if refs.is_empty() {
            e.reason
                .push_str(" + recipient dropped: the place of the war is no party to it");
            e.recipient.clear();
        } else {
            take_recipient(e, refs, why);
        }
    }
}

/// The area right after a trigger ending at `at` (a locative preposition, an
/// optional article, then a country or place, a phrase with a `place-noun`,
/// or a phrase "of" a named place): the slot list it was found in and its
/// index there.
fn declared_area<'s, 'a>(
    rules: &rules::LanguageRules,
    toks: &[Tok],
    slots: &'s [coder::Slot<'a>],
    all_slots: &'s [coder::Slot<'a>],
    at: usize,
) -> Option<(&'s [coder::Slot<'a>], usize)> {
    if !toks.get(at).is_some_and(|t| rules.is("locative-prep", &t.word)) {
        return None;
    }
    let start = if toks.get(at + 1).is_some_and(|t| rules.is("determiner", &t.word)) {
        at + 2
    } else {
        at + 1
    };
    let named = (0..slots.len()).find(|&i| {
        slots[i].first == start
            && matches!(
                slots[i].mention.kind,
                dyad_model::ActorKind::Country | dyad_model::ActorKind::Location
            )
    });
    if let Some(i) = named {
        return Some((slots, i));
    }
    // "in some parts of X", "in the north of X": the area is part of the
    // named place (a short phrase, words only, with "of" before the name).
    let whole = (0..slots.len()).find(|&i| {
        let f = slots[i].first;
        f > start
            && f <= start + 5
            && matches!(
                slots[i].mention.kind,
                dyad_model::ActorKind::Country | dyad_model::ActorKind::Location
            )
            && toks[start..f].iter().any(|t| rules.is("genitive-prep", &t.word))
            && toks[start..f].iter().all(|t| {
                t.kind == dyad_model::TokenKind::Word
                    && !rules.is("clause-break", &t.word)
                    && (rules.is("genitive-prep", &t.word) || !coder::is_preposition(rules, &t.word))
            })
    });
    if let Some(i) = whole {
        return Some((slots, i));
    }
    (0..all_slots.len())
        .find(|&i| {
            let sl = &all_slots[i];
            (sl.first == start || sl.first == at + 1)
                && toks[sl.first..sl.last].iter().any(|t| rules.is("place-noun", &t.word))
        })
        .map(|i| (all_slots, i))
}

/// When every recipient of `e` is the place of a war ("the war in X", "la
/// guerra della Y in X"): the slot of that place and the slot of the war's
/// named owner, if any. A conflict noun (`conflict-noun`) stands before the
/// locative preposition, with at most an article between, or before a
/// genitive owner phrase that ends right at that preposition.
fn war_place(
    rules: &rules::LanguageRules,
    toks: &[Tok],
    slots: &[coder::Slot],
    e: &Event,
) -> Option<(usize, Option<usize>)> {
    let [r] = e.recipient.as_slice() else {
        return None;
    };
    let place = slots.iter().position(|s| s.mention.start == r.start)?;
    let mut k = slots[place].first;
    while k > 0 && rules.is("determiner", &toks[k - 1].word) {
        k -= 1;
    }
    if k < 2 || !rules.is("locative-prep", &toks[k - 1].word) {
        return None;
    }
    let before = k - 1;
    // The noun right before "in", or before the owner phrase "della Y".
    let genitive_start = |o: usize| {
        let mut g = slots[o].first;
        while g > 0 && rules.is("determiner", &toks[g - 1].word) {
            g -= 1;
        }
        (g > 0 && rules.is("genitive-prep", &toks[g - 1].word)).then(|| g - 1)
    };
    let owner = (0..slots.len()).find(|&o| slots[o].last == before && genitive_start(o).is_some());
    let noun_end = owner.and_then(genitive_start).unwrap_or(before);
    // "the parties at war in X", "le parti in guerra nello X": the noun right
    // after a locative preposition is a state of the parties, whom X stands for.
    let bare = noun_end >= 2 && rules.is("locative-prep", &toks[noun_end - 2].word);
    (noun_end > 0 && !bare && rules.is("conflict-noun", &toks[noun_end - 1].word)).then_some((place, owner))
}

/// The place standing for an event's recipient made only of unnamed people
/// (`people-noun` head, no country): a country, a place or a national group
/// in a locative phrase right after it ("to 2,000 families in X", "alla
/// popolazione in X"), with no clause break between. None when the recipient
/// names anyone, or the place is the source itself.
fn people_place(rules: &rules::LanguageRules, toks: &[Tok], slots: &[coder::Slot], e: &Event) -> Option<usize> {
    let unnamed_people = |r: &dyad_model::ActorRef| {
        r.country.is_none()
            && toks
                .iter()
                .rposition(|t| t.end <= r.end && t.start >= r.start)
                .is_some_and(|k| rules.is("people-noun", &toks[k].word))
    };
    if e.recipient.is_empty() || !e.recipient.iter().all(unnamed_people) {
        return None;
    }
    let last = e.recipient.iter().map(|r| r.end).max()?;
    let end = toks.iter().rposition(|t| t.end <= last)? + 1;
    (0..slots.len()).find(|&i| {
        let sl = &slots[i];
        let m = sl.mention;
        sl.first >= end
            && sl.first <= end + 3
            && (m.country.is_some()
                || matches!(m.kind, dyad_model::ActorKind::Country | dyad_model::ActorKind::Location))
            && rules.is("locative-prep", coder::effective_governor(rules, toks, slots, i))
            && !toks[end..sl.first]
                .iter()
                .any(|t| t.kind == dyad_model::TokenKind::Punct || rules.is("clause-break", &t.word))
            && !e.actor.iter().any(|a| a.start == m.start)
    })
}
