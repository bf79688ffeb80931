//! An attack or weapon as the subject of a killing verb ("a car bomb in X
//! killed Y"): one event with the verb, found once per sentence by the
//! driver; the noun adds nothing of its own and the verb takes its
//! perpetrator, or the attack itself, as source.

use crate::coder::{self, Tok, TriggerHit};
use crate::rules::{LanguageRules, TriggerKind};
use crate::words::{self, is_function};
use dyad_model::Category;

/// An attack or weapon phrase that is the subject of a verb trigger: see [`event_subject`].
pub(crate) struct EventSubject {
    /// First token of the phrase (its article, modifiers).
    pub(super) start: usize,
    /// One past the attack noun or weapon word.
    pub(super) noun_end: usize,
    /// The nominal ASSAULT trigger that heads the phrase, when it is one.
    pub(super) noun_hit: Option<usize>,
    /// Where the attack's own target phrase opens ("on", "contro") after an
    /// owner or agent phrase; an actor before it is the one who attacked.
    pub(super) target_at: Option<usize>,
    /// An attack participle describing the noun as a reduced passive
    /// relative ("the shells launched by X"): part of the same event.
    pub(super) relative_hit: Option<usize>,
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
    // "the shells launched by X hit Y", "i proiettili lanciati dall'esercito
    // X hanno colpito Y": an attack participle right after a noun, with its
    // agent phrase after it, is a reduced passive relative describing that
    // noun, no verb of a clause of its own; its agent is the perpetrator.
    let reduced_relative = |h: &TriggerHit| {
        let before = &toks[h.first.saturating_sub(1)];
        h.def.kind == TriggerKind::Verb
            && h.def.category == Category::Assault
            && h.first > 0
            && coder::looks_like_participle(&rules.lang, &toks[h.first].word)
            && before.kind == dyad_model::TokenKind::Word
            && !is_function(rules, &before.word)
            && !rules.is("auxiliary", &before.word)
            && !rules.is("np-stop", &before.word)
            && toks.get(h.last).is_some_and(|t| rules.is("agent-prep", &t.word))
    };
    let prev_hit_end = hits[..v]
        .iter()
        .filter(|h| !reduced_relative(h))
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
    let relative_hit = (0..v).find(|&j| hits[j].first == noun_end && reduced_relative(&hits[j]));
    Some(EventSubject {
        start,
        noun_end,
        noun_hit,
        target_at,
        relative_hit,
    })
}
