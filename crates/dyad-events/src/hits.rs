//! Which trigger hits of a sentence stand for an event of their own: the
//! filters that drop a hit naming a date, a role, a topic, a time, a name or
//! a modifier, run in the order [`filter`] lists them.

use crate::after_class_verb;
use crate::coder::{self, Tok, TriggerHit, OBLIGATION_WINDOW};
use crate::morph;
use crate::rules::{LanguageRules, TriggerFlags, TriggerKind};
use crate::sentence::Shape;
use crate::words::{self, is_quote_mark};
use dyad_model::Category;

/// Joins separated particles to their verbs, then drops every hit that names
/// no event. `time_spans` are the byte spans of the sentence's dates.
#[allow(clippy::too_many_arguments)]
pub(crate) fn filter<'r>(
    rules: &'r LanguageRules,
    lang: &str,
    text: &str,
    toks: &[Tok],
    in_actor: &[bool],
    time_spans: &[(usize, usize)],
    shape: &Shape,
    hits: &mut Vec<TriggerHit<'r>>,
) {
    separated_particles(rules, toks, in_actor, hits);
    dated_or_admitted(toks, time_spans, hits);
    verbal_complement(rules, lang, toks, hits);
    // "called X a liar", "ha violato un divieto": what follows a naming
    // or breaking verb chooses between the lines of the same words.
    choose_by_object(rules, toks, hits);
    if lang == "en" {
        english_compound_modifiers(rules, text, toks, hits);
        english_plural_nouns(rules, text, toks, hits);
    }
    no_act_named(rules, text, toks, shape, hits);
    duty_carried_by_its_verb(rules, toks, hits);
    charge_of_a_measure(rules, lang, toks, hits);
}

/// How far before the charge a measure may stand ("arrested the former
/// minister of the region for …").
const CHARGE_REACH: usize = 10;

/// "detained X for helping Y", "fermato per aver aiutato Y": the verb after the charge preposition (`charge-prep`) of an
/// arrest or a sanction names the ground the measure alleges, no act the
/// clause reports, so it is no event of its own. After an accusation the
/// charge is left to the accusation's reported content ("accused X of
/// supplying arms to Y" reports the supply as the accuser's claim).
fn charge_of_a_measure(rules: &LanguageRules, lang: &str, toks: &[Tok], hits: &mut Vec<TriggerHit>) {
    let charge_start = |h: &TriggerHit| -> Option<usize> {
        if h.def.kind != TriggerKind::Verb || h.first == 0 {
            return None;
        }
        let before = |k: usize| {
            h.first
                .checked_sub(k)
                .and_then(|i| toks.get(i))
                .map(|t| t.word.as_str())
        };
        // A bare infinitive after a preposition of purpose is the aim
        // ("arrestato per interrogarlo"); the perfect one is the ground.
        if morph::is_infinitive_or_gerund(lang, &toks[h.first].word)
            && before(1).is_some_and(|w| rules.is("charge-prep", w) && !rules.is("purpose-intro", w))
        {
            return Some(h.first - 1);
        }
        // "for having helped", "per aver aiutato"
        let perfect = before(1).is_some_and(|w| rules.is("perfect-aux", w));
        (perfect && before(2).is_some_and(|w| rules.is("charge-prep", w))).then(|| h.first - 2)
    };
    let measures: Vec<usize> = hits
        .iter()
        .filter(|o| matches!(o.def.category, Category::Coerce | Category::Sanction))
        .map(|o| o.last)
        .collect();
    hits.retain(|h| {
        charge_start(h).is_none_or(|start| !measures.iter().any(|&end| end <= start && start - end <= CHARGE_REACH))
    });
}

/// "said Kessia must withdraw its troops": a trigger within the window
/// after a `duty` word ("must", "deve") carries the duty itself (it reads the
/// word as its obligation cue, `coder::obliged`), so the word is no event
/// of its own; it stands for the demand only when what is owed names no act
/// ("must do more", "deve essere evitato").
/// Before a perfect ("must have known", "deve aver saputo") the word
/// infers, it lays no duty (`perfect-aux`).
fn duty_carried_by_its_verb(rules: &LanguageRules, toks: &[Tok], hits: &mut Vec<TriggerHit>) {
    let starts: Vec<usize> = hits.iter().map(|h| h.first).collect();
    hits.retain(|h| {
        !h.def.flags.duty
            || !(starts.iter().any(|&f| f > h.first && f <= h.first + OBLIGATION_WINDOW)
                || toks.get(h.last).is_some_and(|t| rules.is("perfect-aux", &t.word)))
    });
}

/// "on March 24", "last March": a word inside a date names the month,
/// not a protest march. An `admitted` noun ("refugees") is no event of
/// its own: it only tells what an admitting verb grants.
fn dated_or_admitted(toks: &[Tok], time_spans: &[(usize, usize)], hits: &mut Vec<TriggerHit>) {
    hits.retain(|h| {
        !h.def.flags.admitted
            && !time_spans
                .iter()
                .any(|&(a, b)| a <= toks[h.first].start && toks[h.last - 1].end <= b)
    });
}

/// "contribuendo a complicare la strategia": with a verbal complement
/// the verb says what the subject brings about, not what it gives.
fn verbal_complement(rules: &LanguageRules, lang: &str, toks: &[Tok], hits: &mut Vec<TriggerHit>) {
    hits.retain(|h| {
        !h.def.flags.no_infinitive
            || !(toks
                .get(h.last)
                .is_some_and(|t| rules.is("destination-prep", &t.word) || t.word == "ad")
                && toks
                    .get(h.last + 1)
                    .is_some_and(|t| morph::is_infinitive_or_gerund(lang, &t.word)))
    });
}

/// "aid workers", "weapons inspectors", "protest leaders": an English
/// noun before a person noun modifies it (the head comes last); it
/// names who they are, not an event. So before an equipment or
/// capability noun: "riot control", "attack helicopters" are what
/// forces use, no riot or attack. Forces keep it: "peacekeeping
/// troops" are sent on the mission the noun names.
fn english_compound_modifiers(rules: &LanguageRules, text: &str, toks: &[Tok], hits: &mut Vec<TriggerHit>) {
    // A verb form there is a noun too when an article, a figure or
    // another trigger verb comes right before it ("expelled twenty aid workers").
    let noun_position = |h: &TriggerHit| {
        h.def.kind == TriggerKind::Noun
            || h.last == h.first + 1
                && h.first > 0
                && (rules.is("determiner", &toks[h.first - 1].word)
                    || toks[h.first - 1].kind == dyad_model::TokenKind::Number
                    || rules.is("quantity-word", &toks[h.first - 1].word)
                    || hits
                        .iter()
                        .any(|o| o.last == h.first && o.def.kind == TriggerKind::Verb))
    };
    let noun_at: Vec<bool> = hits.iter().map(noun_position).collect();
    // Before an equipment noun a bare verb form is the compound's
    // noun after a preposition too ("for riot control"); after an
    // adverb or a subject it is the verb ("seized control").
    let after_prep: Vec<bool> = hits
        .iter()
        .map(|h| {
            h.first > 0
                && [
                    "recipient-prep",
                    "genitive-prep",
                    "with-prep",
                    "agent-prep",
                    "judged-prep",
                ]
                .iter()
                .any(|c| rules.is(c, &toks[h.first - 1].word))
        })
        .collect();
    let mut k = 0;
    hits.retain(|h| {
        k += 1;
        let Some(t) = toks
            .get(h.last)
            .filter(|t| words::is_lowercase_word(text, t) && !rules.is("determiner", &t.word))
        else {
            return true;
        };
        let person = noun_at[k - 1] && rules.is_agent_word(&t.word) && !rules.is("force-noun", &t.word);
        let equipment = (noun_at[k - 1] || after_prep[k - 1]) && rules.is("equipment-noun", &t.word);
        !(person || equipment)
    });
}

/// "her greatest hits", "the demands", "14 hits": an English verb form in
/// "-s" is the third person or the plural of the noun spelt the same; after
/// an article, a possessive or a figure, with at most prenominal adjectives
/// (`prenominal-adjective`) between, it is the noun, since a finite verb never
/// follows them. A figure or a word of quantity counts a plural, which takes
/// no "-s" verb, so any two lowercase modifiers may stand between ("with
/// more generous offers"). A verb line names no event there. Where the word
/// has a noun line too ("attacks", "charges") the noun is an event itself and
/// the hit is left to it.
fn english_plural_nouns(rules: &LanguageRules, text: &str, toks: &[Tok], hits: &mut Vec<TriggerHit>) {
    let plural_form = |h: &TriggerHit| {
        let w = toks[h.first].word.as_str();
        h.def.kind == TriggerKind::Verb && h.last == h.first + 1 && w.ends_with('s') && w != h.def.pattern
    };
    // "one official accuses", "in 2023 rebel leader threatens": one counts
    // no plural and a year counts nothing.
    let year =
        |t: &Tok| t.word.len() == 4 && t.word.starts_with(['1', '2']) && t.word.bytes().all(|b| b.is_ascii_digit());
    let counts = |t: &Tok| {
        !matches!(t.word.as_str(), "one" | "1")
            && !year(t)
            && (t.kind == dyad_model::TokenKind::Number || rules.is("quantity-word", &t.word))
    };
    let opens_noun_phrase = |t: &Tok| counts(t) || rules.is("determiner", &t.word) || rules.is("possessive", &t.word);
    let modifier = |t: &Tok| {
        words::is_lowercase_word(text, t)
            && !rules.is("determiner", &t.word)
            && !rules.is("auxiliary", &t.word)
            && !rules.is("subject-pronoun", &t.word)
            && !coder::is_preposition(rules, &t.word)
    };
    let has_noun_line = |w: &str| {
        rules.by_first_word.get(w).is_some_and(|ps| {
            ps.iter()
                .any(|p| p.words.len() == 1 && rules.defs[p.def].kind == TriggerKind::Noun)
        })
    };
    hits.retain(|h| {
        if !plural_form(h) || has_noun_line(&toks[h.first].word) {
            return true;
        }
        let before = &toks[..h.first];
        let after_adjectives = before
            .iter()
            .rev()
            .take(3)
            .find(|t| !rules.is("prenominal-adjective", &t.word));
        let counted = (1..=2).any(|gap| {
            before.len() > gap
                && before[before.len() - gap..].iter().all(modifier)
                && counts(&before[before.len() - gap - 1])
        });
        !(after_adjectives.is_some_and(opens_noun_phrase) || counted)
    });
}

/// The hit names a role, a name, a topic, a time, an evaded measure or an
/// adverb (see each test).
fn no_act_named(rules: &LanguageRules, text: &str, toks: &[Tok], shape: &Shape, hits: &mut Vec<TriggerHit>) {
    let spans: Vec<(usize, usize)> = hits.iter().map(|h| (h.first, h.last)).collect();
    hits.retain(|h| {
        !names_a_role(rules, toks, h)
            && !inside_a_name(rules, text, toks, shape, h)
            && !names_a_topic(rules, text, toks, &spans, h)
            && !names_a_time(rules, toks, h)
            && !evaded_measure(rules, toks, h)
            && !needed_leave(rules, toks, h)
            && !adverb_not_verb(rules, text, toks, h)
            && !publishes_a_work(rules, toks, h)
            && !comes_back(rules, toks, h)
    });
}

/// "refugees returned to X", "the envoy will return on Monday", "returned to
/// the negotiating table": a verb that also means coming back
/// (`come-back-verb`) with no object is the subject coming back, not
/// property handed back (CAMEO 0842). No object opens when a preposition, a
/// clause end or a word of coming back (`come-back-lead`: "home", "later")
/// follows the verb, unless a figure opens one later; a passive ("was
/// returned by X to Y") always had one.
/// Forces that come back ("the troops returned home") withdraw, and keep
/// the event. Italian "restituire" is only transitive, so the class is empty
/// there.
fn comes_back(rules: &LanguageRules, toks: &[Tok], h: &TriggerHit) -> bool {
    const SUBJECT_REACH: usize = 4;
    const CLAUSE_REACH: usize = 8;
    const DATING_REACH: usize = 2;
    if h.def.category != Category::Retreat
        || h.def.kind != TriggerKind::Verb
        || h.last != h.first + 1
        || !rules.is("come-back-verb", &toks[h.first].word)
    {
        return false;
    }
    let passive = h.first > 0 && rules.is("passive-aux", &toks[h.first - 1].word);
    let no_object = toks.get(h.last).is_none_or(|t| {
        t.kind == dyad_model::TokenKind::Punct
            || rules.is("clause-break", &t.word)
            || rules.is("come-back-lead", &t.word)
            || coder::is_preposition(rules, &t.word)
    });
    // "returned to X last week 21 artefacts", "returned to X the islands",
    // "returned on Monday two boats": an article, a possessive or a figure
    // no preposition governs, and that dates nothing ("this week", "the
    // following day"), opens a later object. Approximators and words of a
    // topic ("about", "over") are no object's start.
    let later_object = (h.last..toks.len().min(h.last + CLAUSE_REACH))
        .take_while(|&k| {
            // Another verb group ("returning to the Moon was needed to build
            // the base") ends the clause of the return.
            toks[k].kind != dyad_model::TokenKind::Punct
                && !rules.is("clause-break", &toks[k].word)
                && !rules.is("auxiliary", &toks[k].word)
        })
        .any(|k| {
            let w = toks[k].word.as_str();
            let opens = toks[k].kind == dyad_model::TokenKind::Number
                || rules.is("determiner", w)
                || rules.is("possessive", w)
                || rules.is("quantity-word", w) && !rules.is("judged-prep", w) && !rules.is("topic-prep", w);
            let dates = toks
                .iter()
                .skip(k + 1)
                .take(DATING_REACH)
                .any(|t| rules.is("period-noun", &t.word));
            opens && !dates && !coder::is_preposition(rules, &toks[k - 1].word)
        });
    let forces_return = toks[h.first.saturating_sub(SUBJECT_REACH)..h.first]
        .iter()
        .any(|t| rules.is("force-noun", &t.word));
    no_object && !later_object && !passive && !forces_return
}

/// "released a statement", "released two videos of the hostages", "ha
/// rilasciato un'intervista", "il rilascio del rapporto": what a verb of
/// releasing lets out is a text, a recording or figures (`publication-noun`)
/// that is published, not a person set free (CAMEO 0841 releases persons).
/// The noun is looked for in the object right after the trigger: its
/// determiners and modifiers, and after a noun trigger its genitive, up to a
/// preposition, a clause break or punctuation.
fn publishes_a_work(rules: &LanguageRules, toks: &[Tok], h: &TriggerHit) -> bool {
    const OBJECT_REACH: usize = 4;
    if h.def.category != Category::Retreat || h.def.mode.as_deref() != Some("release") {
        return false;
    }
    let mut start = h.last;
    if h.def.kind == TriggerKind::Noun {
        if !toks.get(start).is_some_and(|t| rules.is("genitive-prep", &t.word)) {
            return false;
        }
        start += 1;
    }
    // Before a word for people the noun is a modifier: "a film crew", "the
    // poll workers" are released persons.
    let heads_the_object = |k: usize| !toks.get(k + 1).is_some_and(|t| rules.is("agent-noun", &t.word));
    (start..toks.len().min(start + OBJECT_REACH))
        .take_while(|&k| {
            let t = &toks[k];
            t.kind != dyad_model::TokenKind::Punct
                && !rules.is("clause-break", &t.word)
                && !(coder::is_preposition(rules, &t.word) && !rules.is("determiner", &t.word))
        })
        .any(|k| rules.is("publication-noun", &toks[k].word) && heads_the_object(k))
}

/// A `separable` verb-and-particle trigger whose object stands between its
/// two words ("handed the suspects over to X", "turned the offer down",
/// "forced the minister out of the country"): the verb is the trigger, the
/// object follows it as usual, and the particle belongs to it, no trigger of
/// its own ("back" is no support in "handed the statues back"). The object is a
/// plain noun phrase of up to seven words ("of" may join its parts): no other
/// preposition, conjunction, clause break or punctuation.
fn separated_particles<'r>(rules: &'r LanguageRules, toks: &[Tok], in_actor: &[bool], hits: &mut Vec<TriggerHit<'r>>) {
    let object_word = |t: &Tok| {
        (t.kind != dyad_model::TokenKind::Punct || t.word.starts_with('\''))
            && (rules.is("genitive-prep", &t.word)
                || ![
                    "recipient-prep",
                    "locative-prep",
                    "agent-prep",
                    "judged-prep",
                    "clause-break",
                    "coord",
                ]
                .iter()
                .any(|c| rules.is(c, &t.word)))
    };
    // A party, named or a word for people, in the words between verb and particle.
    let party_between = |from: usize, to: usize| {
        (from..to).any(|k| {
            in_actor.get(k).copied().unwrap_or(false)
                || toks
                    .get(k)
                    .is_some_and(|t| rules.is_agent_word(&t.word) || rules.is("demonym", &t.word))
        })
    };
    hits.retain(|h| !(h.def.flags.separated_party && h.last > h.first + 1));
    let mut found: Vec<TriggerHit<'r>> = Vec::new();
    let mut particles: Vec<usize> = Vec::new();
    for (i, tok) in toks.iter().enumerate() {
        // A longer trigger already covering the verb wins ("pulled out").
        if in_actor[i] || hits.iter().any(|h| h.first <= i && i < h.last && h.last > h.first + 1) {
            continue;
        }
        let Some(patterns) = rules.by_first_word.get(&tok.word) else {
            continue;
        };
        for p in patterns
            .iter()
            .filter(|p| p.words.len() == 2 && rules.defs[p.def].flags.separable)
        {
            let gap = toks[i + 1..]
                .iter()
                .take(8)
                .position(|t| t.word == p.words[1])
                .filter(|&g| g >= 1 && toks[i + 1..i + 1 + g].iter().all(object_word))
                .filter(|&g| {
                    !rules.defs[p.def].flags.separated_party
                        || party_between(i + 1, i + 1 + g)
                            && toks.get(i + 2 + g).is_some_and(|t| rules.is("genitive-prep", &t.word))
                });
            if let Some(g) = gap {
                found.push(TriggerHit {
                    first: i,
                    last: i + 1,
                    def: &rules.defs[p.def],
                    tense: p.tense,
                });
                particles.push(i + 1 + g);
                break;
            }
        }
    }
    if found.is_empty() {
        return;
    }
    hits.retain(|h| {
        !found.iter().any(|f| f.first == h.first) && !particles.iter().any(|&k| h.first <= k && k < h.last)
    });
    hits.extend(found);
    hits.sort_by_key(|h| h.first);
}

/// Among the trigger lines matching the same words, a conditional one
/// (`names-insult`, `norm-object`) applies when its condition holds on the
/// words after it; otherwise a plain line does, and with none the hit is no
/// event. "called X a very stupid guy" denounces X, "called X" phones X;
/// "violated a ban" defies it, "violated the border" attacks.
fn choose_by_object<'r>(rules: &'r LanguageRules, toks: &[Tok], hits: &mut Vec<TriggerHit<'r>>) {
    hits.retain_mut(|h| {
        let holds = |c: ObjectCondition| match c {
            ObjectCondition::Insult => insult_predicate_follows(rules, &toks[h.last..]),
            ObjectCondition::Norm => object_follows(rules, &toks[h.last..], "norm-noun", 6),
            ObjectCondition::Meeting => object_follows(rules, &toks[h.last..], "meeting-noun", 4),
        };
        let words = &toks[h.first..h.last];
        let same_words = rules
            .by_first_word
            .get(&toks[h.first].word)
            .into_iter()
            .flatten()
            .filter(|p| p.words.len() == words.len() && p.words.iter().zip(words).all(|(w, t)| *w == t.word))
            .map(|p| &rules.defs[p.def])
            .filter(|d| d.kind == h.def.kind);
        let mut plain = object_condition(&h.def.flags).is_none().then_some(h.def);
        for d in same_words {
            match object_condition(&d.flags) {
                Some(c) if holds(c) => {
                    h.def = d;
                    return true;
                }
                Some(_) => {}
                None => plain = plain.or(Some(d)),
            }
        }
        // With no insult, a naming verb's predicate still names its object:
        // "called the vote a farce" is no phone call.
        if plain.is_some_and(|d| d.flags.naming) && naming_predicate_follows(rules, &toks[h.last..]) {
            return false;
        }
        plain.map(|d| h.def = d).is_some()
    });
}

/// "produttori di armi", "a maker of weapons", "the sanctions committee", "arms
/// producers": a trigger that is the genitive complement of a trade, market or
/// body noun (`role-head`), or in English the noun before one, names what
/// someone is, not an act anyone did.
fn names_a_role(rules: &LanguageRules, toks: &[Tok], h: &TriggerHit) -> bool {
    let role = |k: usize| toks.get(k).is_some_and(|t| rules.is("role-head", &t.word));
    let mut k = h.first;
    if k > 0 && rules.is("determiner", &toks[k - 1].word) {
        k -= 1;
    }
    let genitive = k >= 2 && rules.is("genitive-prep", &toks[k - 1].word) && role(k - 2);
    let compound = rules.lang == "en" && role(h.last);
    genitive || compound
}

/// "the Free Syrian Army", "White House Press Secretary", "the Santa Fe
/// Animal Shelter": a capitalised trigger next to another capitalised word,
/// away from the sentence start, is part of a name or a title, not an act.
/// A named meeting is still a meeting ("attended the Kessia Peace Summit").
/// A headline in title case ("Norvalia Imposes Sanctions on Kessia")
/// capitalises every word of four letters or more, so there the capitals
/// tell nothing ([`Shape::title_case`]). A plural demonym names a group and
/// premodifies no name ("Thousands of Kessians Fled …"), so its capital is
/// no evidence either.
fn inside_a_name(rules: &LanguageRules, text: &str, toks: &[Tok], shape: &Shape, h: &TriggerHit) -> bool {
    if h.def.category == Category::Consult {
        return false;
    }
    let capitalised = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == dyad_model::TokenKind::Word)
            .and_then(|t| text.get(t.start..t.end))
            .is_some_and(words::initial_upper)
    };
    let Some(first_word) = shape.first_word else {
        return false;
    };
    // After an opening quote, a colon or a dash a new sentence may start.
    let opens_sentence = h.first == first_word || h.first > 0 && toks[h.first - 1].kind == dyad_model::TokenKind::Punct;
    if opens_sentence || !capitalised(h.first) {
        return false;
    }
    let plural_demonym = |w: &str| {
        rules.is("demonym", w)
            && w.strip_suffix('s')
                .is_some_and(|singular| rules.is("demonym", singular))
    };
    let before = h.first > first_word + 1 && capitalised(h.first - 1) && !plural_demonym(&toks[h.first - 1].word);
    if !before && !capitalised(h.last) {
        return false;
    }
    !shape.title_case
}

/// "riguardo al sostegno alla Y", "in merito agli aiuti", "regarding support
/// for Y", "talked about the aid": an act word after a word that introduces a
/// topic (`topic-prep`, an article or preposition between, and up to two
/// modifiers right before the noun) is what is spoken of, not an act anyone
/// does in the sentence; unless the trigger right before the topic word
/// judges it (the judged-noun pass reads "concerned about the new pact").
fn names_a_topic(
    rules: &LanguageRules,
    text: &str,
    toks: &[Tok],
    hit_spans: &[(usize, usize)],
    h: &TriggerHit,
) -> bool {
    let topic = |k: usize| rules.is("topic-prep", &toks[k].word);
    // Before an event noun its modifiers may stand too ("in merito al grave
    // attacco", "regarding the recent deadly attack on"), right before the
    // noun (no preposition crossed after them), and only after a preposition
    // that is no word of quantity too ("about", "circa" also count: "circa
    // una ventina di attacchi"). Not a figure, a name ("the new X-Y pact"
    // names its parties) or another trigger. A verb form is a noun there
    // only after an article.
    let modifier = |k: usize| {
        let t = &toks[k];
        t.kind == dyad_model::TokenKind::Word
            && !words::capitalized(&text[t.start..t.end])
            && !words::is_function(rules, &t.word)
            && !words::is_quantity(rules, t)
            && !hit_spans.iter().any(|&(first, last)| (first..last).contains(&k))
    };
    let mut k = h.first;
    let (mut modifiers, mut article, mut crossed) = (0, false, false);
    while k > 0 && h.first - k < 2 + modifiers && !topic(k - 1) && !rules.is("talk-verb", &toks[k - 1].word) {
        let t = &toks[k - 1];
        if rules.is("determiner", &t.word) || coder::is_preposition(rules, &t.word) {
            article |= rules.is("determiner", &t.word);
            crossed = true;
            k -= 1;
        } else if modifiers < 2 && !crossed && modifier(k - 1) {
            modifiers += 1;
            k -= 1;
        } else {
            break;
        }
    }
    let plain_topic = k > 0 && !rules.is("quantity-word", &toks[k - 1].word);
    // Right after another trigger the phrase is what that act judges
    // ("deeply concerned about the new pact between X and Y"), which the
    // judged-noun pass reads; only a bare topic phrase is dropped here.
    let judged = k >= 2 && hit_spans.iter().any(|&(_, last)| last == k - 1);
    let nominal = modifiers == 0 || (h.def.kind == TriggerKind::Noun || article) && !judged && plain_topic;
    // A talking verb governs what is talked about through a genitive ("parlano
    // di armi", "spoke of the aid"); "speaking at the summit" is a place.
    k > 0
        && nominal
        && (topic(k - 1)
            || rules.is("talk-verb", &toks[k - 1].word)
                && (k..h.first).any(|j| rules.is("genitive-prep", &toks[j].word)))
}

/// "by the end of the year", "entro la fine del mese", "at the end of 2025",
/// "by the end of the next decade", "the end of an era": an article, a word
/// bounding a span, a genitive and a span of time (a period noun, after at
/// most one modifier, or a year) name a moment, not an act.
fn names_a_time(rules: &LanguageRules, toks: &[Tok], h: &TriggerHit) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.word.as_str());
    let mut period = h.last + 1;
    if rules.is("determiner", word(period)) {
        period += 1;
    }
    let span_of_time = |k: usize| {
        rules.is("period-noun", word(k)) || toks.get(k).is_some_and(|t| t.kind == dyad_model::TokenKind::Number)
    };
    h.first > 0
        && h.last == h.first + 1
        && rules.is("time-bound", word(h.first))
        && rules.is("determiner", word(h.first - 1))
        && rules.is("genitive-prep", word(h.last))
        && (span_of_time(period)
            || toks.get(period).is_some_and(|t| t.kind == dyad_model::TokenKind::Word)
                && rules.is("period-noun", word(period + 1)))
}

/// "evaded sanctions", "evaded arrest", "aiutare Mosca ad aggirare le
/// restrizioni": a measure an evading verb governs was meant by someone else
/// for the evader, and did not reach it; no act of anyone in the clause.
/// "creare nuovi blocchi": what a forming verb governs is a group or a
/// structure (a bloc), where a measure (a blockade) is imposed.
fn evaded_measure(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> bool {
    matches!(hit.def.category, Category::Coerce | Category::Sanction)
        && (after_class_verb(rules, toks, hit, "evade-verb") || after_class_verb(rules, toks, hit, "form-verb"))
}

/// "did not need permission", "serve l'autorizzazione": leave that a verb of
/// needing governs (`need-word`) is the subject's to obtain; nobody grants or
/// withholds it there, so the noun of leave names no act.
fn needed_leave(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> bool {
    hit.def.category == Category::Concede
        && toks[hit.first..hit.last]
            .iter()
            .any(|t| rules.is("leave-word", &t.word))
        && after_class_verb(rules, toks, hit, "need-word")
}

/// "back in 2016", "will be back", "taking us back to the moon": a verb form
/// that is also an adverb (`adverb-homograph`) is the verb
/// only when its object opens right after it (a determiner, a possessive, a
/// pronoun, a quantity, a name or its phrasal particle), and never as the particle of a motion or
/// light verb, even with an object pronoun between them. A verb form that is
/// also a noun (`noun-homograph`: "the pressure grew", "pressure on X") is
/// the verb on the same condition ("pressuring the union to …").
fn adverb_not_verb(rules: &LanguageRules, text: &str, toks: &[Tok], h: &TriggerHit) -> bool {
    if h.def.kind != TriggerKind::Verb
        || h.last != h.first + 1
        || !(rules.is("adverb-homograph", &toks[h.first].word) || rules.is("noun-homograph", &toks[h.first].word))
    {
        return false;
    }
    let particle_of = |k: usize| toks.get(k).is_some_and(|t| rules.is("particle-verb", &t.word));
    let after_verb = h.first >= 1
        && (particle_of(h.first - 1)
            || h.first >= 2 && rules.is("object-lead", &toks[h.first - 1].word) && particle_of(h.first - 2));
    // A noun homograph is far more often the noun ("mounting pressure over
    // X", "under pressure the cabinet resigned"): it is the verb only after
    // an auxiliary, a subject pronoun or the infinitive's "to", and a word of
    // quantity after it ("pressure over X") opens no object.
    let noun_homograph = rules.is("noun-homograph", &toks[h.first].word);
    let verb_slot = h.first >= 1 && {
        let w = toks[h.first - 1].word.as_str();
        rules.is("auxiliary", w) || rules.is("subject-pronoun", w) || rules.is("dative-prep", w)
    };
    // "Kessia arms the rebels": right after a name, written in lowercase and
    // with its object opening after it, the form is the bare present of the
    // verb; "the Kessia arms embargo" has no object opening there.
    let after_name = |k: usize| {
        toks.get(k)
            .filter(|t| !rules.is("determiner", &t.word) && !coder::is_preposition(rules, &t.word))
            .is_some_and(|t| {
                t.kind == dyad_model::TokenKind::Word && text.get(t.start..t.end).is_some_and(words::initial_upper)
            })
    };
    let lowercase = text
        .get(toks[h.first].start..toks[h.first].end)
        .is_some_and(words::initial_lower);
    // The name opens its clause: after a verb it is itself an object
    // ("sold Kessia arms", "promised Kessia arms"), and the form the noun.
    let name_opens_clause = |last: usize| {
        let first = (0..=last).rev().take_while(|&k| after_name(k)).last().unwrap_or(last);
        first.checked_sub(1).and_then(|k| toks.get(k)).is_none_or(|t| {
            t.kind != dyad_model::TokenKind::Word
                || rules.is("clause-break", &t.word)
                || rules.is("coord", &t.word)
                || rules.is("determiner", &t.word) && text.get(t.start..t.end).is_some_and(words::initial_upper)
        })
    };
    let object_after_name = h.first >= 1
        && lowercase
        && after_name(h.first - 1)
        && name_opens_clause(h.first - 1)
        && toks.get(h.last).is_some_and(|t| {
            rules.is("determiner", &t.word)
                || rules.is("possessive", &t.word)
                || rules.is("object-lead", &t.word)
                || after_name(h.last)
        });
    let verb_slot = verb_slot || object_after_name;
    if noun_homograph && !verb_slot {
        return true;
    }
    let object_opens = toks.get(h.last).is_some_and(|t| {
        t.kind == dyad_model::TokenKind::Number
            || t.kind == dyad_model::TokenKind::Word
                && (rules.is("determiner", &t.word)
                    || rules.is("possessive", &t.word)
                    || rules.is("object-lead", &t.word)
                    || rules.is("quantity-word", &t.word) && !noun_homograph
                    || rules.is("phrasal-particle", &t.word)
                    || text.get(t.start..t.end).is_some_and(words::initial_upper))
    });
    after_verb || !object_opens
}

/// The condition a conditional trigger line sets on the words after it.
#[derive(Clone, Copy)]
enum ObjectCondition {
    /// A naming verb's predicate is an insult (`names-insult`).
    Insult,
    /// The object is a norm: a ban, law or resolution (`norm-object`).
    Norm,
    /// The object is a meeting: a summit, talks, a dinner (`meeting-object`).
    Meeting,
}

fn object_condition(flags: &TriggerFlags) -> Option<ObjectCondition> {
    if flags.names_insult {
        Some(ObjectCondition::Insult)
    } else if flags.norm_object {
        Some(ObjectCondition::Norm)
    } else if flags.meeting_object {
        Some(ObjectCondition::Meeting)
    } else {
        None
    }
}

/// A word of `class` within the next `reach` words of the clause: a norm
/// noun ("violated a ban", "ha infranto le regole"), a meeting noun ("will
/// host a private dinner", "ospita il vertice").
fn object_follows(rules: &LanguageRules, after: &[Tok], class: &str, reach: usize) -> bool {
    after
        .iter()
        .take(reach)
        .take_while(|t| {
            (t.kind != dyad_model::TokenKind::Punct || is_quote_mark(&t.word)) && !rules.is("clause-break", &t.word)
        })
        .any(|t| rules.is(class, &t.word))
}

/// An insult as the predicate of a naming verb: right after the verb ("dare
/// del bugiardo"), after a predicate opener that follows the object ("called X
/// a liar", "branded X as traitors", "definito X «un tipo stupido»"), or
/// closing the clause ("called X irresponsible."). An insult word
/// inside the object ("called the corrupt officials to a meeting") or in a
/// later phrase ("called X to discuss the reckless plan") names nothing.
fn insult_predicate_follows(rules: &LanguageRules, after: &[Tok]) -> bool {
    let mut opened = false;
    for (k, t) in after.iter().enumerate().take(12) {
        let w = t.word.as_str();
        if rules.is("insult-word", w) && (opened || k == 0 || ends_clause(rules, after.get(k + 1))) {
            return true;
        }
        if opens_predicate(rules, after, k) {
            opened = true;
        } else if ends_object(rules, after, k) {
            return false;
        }
    }
    false
}

/// "called the vote a farce", "called the envoy of X a friend": a naming
/// verb's object followed by an article is named or described, which is no
/// phone call. A quoted predicate may be the insult the other line of the
/// verb reads, so it stays with that line; "as" may open a clause ("called X
/// as tensions rose"), so it opens no predicate here. An article dating the
/// call ("a day after", "a few hours before", "a second time": a period or
/// occasion noun within two words) and a preposition other than a genitive
/// ("called X to discuss a plan") end the object.
fn naming_predicate_follows(rules: &LanguageRules, after: &[Tok]) -> bool {
    const DATING_REACH: usize = 2;
    for k in 0..after.len().min(12) {
        let w = after[k].word.as_str();
        let dates_the_act = after
            .iter()
            .skip(k + 1)
            .take(DATING_REACH)
            .any(|t| rules.is("period-noun", &t.word) || rules.is("occasion-noun", &t.word));
        let article_opens = opens_predicate(rules, after, k) && rules.is("indefinite-article", w);
        if article_opens && !dates_the_act {
            return true;
        }
        let other_phrase = crate::coder::is_preposition(rules, w) && !rules.is("genitive-prep", w);
        if ends_object(rules, after, k) || other_phrase || is_quote_mark(w) || rules.is("predicate-as", w) {
            return false;
        }
    }
    false
}

/// Only the clause's end closes a bare predicate: a preposition after an
/// adjective may go on the object ("i funzionari corrotti della X").
fn ends_clause(rules: &LanguageRules, t: Option<&Tok>) -> bool {
    t.is_none_or(|t| {
        (t.kind == dyad_model::TokenKind::Punct && !is_quote_mark(&t.word))
            || rules.is("coord", &t.word)
            || rules.is("clause-break", &t.word)
    })
}

/// "as", a quote mark, or an article after the object opens a naming
/// predicate; an article after a preposition opens that preposition's
/// phrase ("to a meeting"), not the predicate.
fn opens_predicate(rules: &LanguageRules, after: &[Tok], k: usize) -> bool {
    let w = after[k].word.as_str();
    rules.is("predicate-as", w)
        || is_quote_mark(w)
        || k > 0 && rules.is("indefinite-article", w) && !crate::coder::is_preposition(rules, &after[k - 1].word)
}

/// A preposition right after the verb makes another verb of it ("called
/// on", "chiamato a"); later ones modify the object ("the ambassador of X in
/// Y a fool") or the predicate ("a nation of liars").
fn ends_object(rules: &LanguageRules, after: &[Tok], k: usize) -> bool {
    let w = after[k].word.as_str();
    ends_clause(rules, Some(&after[k])) || k == 0 && (rules.is("recipient-prep", w) || rules.is("genitive-prep", w))
}
