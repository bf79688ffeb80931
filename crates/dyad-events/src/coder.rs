//! The sentence coder: finds triggers, segments the clause around each one,
//! assigns source and recipient from the actor mentions, decides modality,
//! and attaches date, place and figures — writing down why at each step.
//!
//! No parser: roles come from word order, prepositions and a few grammatical
//! cues (passive auxiliaries, coordination, clause breaks), which is what
//! Italian and English news sentences need for most events and keeps the
//! coder at thousands of sentences per second.

use crate::morph::Tense;
use crate::rules::{LanguageRules, Pattern, TriggerDef, TriggerKind};
use dyad_model::{ActorMention, ActorRef, Category, Modality, TokenKind};

/// A folded token of the sentence being coded.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub word: String,
    pub kind: TokenKind,
}

/// A trigger found in a sentence: token range and the definition it fired.
#[derive(Debug, Clone)]
pub(crate) struct TriggerHit<'r> {
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    pub def: &'r TriggerDef,
    pub tense: Tense,
}

/// An actor mention located on the token grid of a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Slot<'a> {
    pub mention: &'a ActorMention,
    pub first: usize,
    pub last: usize,
}

/// The roles the coder settled on for one trigger, with the reasons.
#[derive(Debug, Clone, Default)]
pub(crate) struct Roles {
    pub source: Vec<ActorRef>,
    pub recipient: Vec<ActorRef>,
    pub notes: Vec<String>,
    pub confidence_penalty: f64,
    pub location: Option<usize>,
}

/// Finds non-overlapping trigger matches, longest first, skipping tokens
/// inside actor mentions (a trigger word inside a name is not an event).
pub(crate) fn find_triggers<'r>(rules: &'r LanguageRules, toks: &[Tok], in_actor: &[bool]) -> Vec<TriggerHit<'r>> {
    let mut hits = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut matched: Option<(&Pattern, usize)> = None;
        if !in_actor[i] {
            if let Some(patterns) = rules.by_first_word.get(&toks[i].word) {
                for p in patterns {
                    if let Some(end) = match_words(&p.words, toks, i) {
                        matched = Some((p, end));
                        break;
                    }
                }
            }
        }
        match matched {
            Some((p, end)) => {
                hits.push(TriggerHit { first: i, last: end, def: &rules.defs[p.def], tense: p.tense });
                i = end;
            }
            None => i += 1,
        }
    }
    hits
}

/// Matches pattern words from token `i`, letting articles sit between a verb
/// and its fixed object ("firmare (un) accordo") only where the pattern has one.
fn match_words(words: &[String], toks: &[Tok], i: usize) -> Option<usize> {
    let mut t = i;
    for w in words {
        let tok = toks.get(t)?;
        if &tok.word != w {
            return None;
        }
        t += 1;
    }
    Some(t)
}

/// Marks which tokens fall inside an actor mention.
pub(crate) fn locate_actors<'a>(toks: &[Tok], mentions: &'a [ActorMention]) -> (Vec<Slot<'a>>, Vec<bool>) {
    let mut in_actor = vec![false; toks.len()];
    let mut slots = Vec::new();
    for m in mentions {
        let first = toks.iter().position(|t| t.end > m.start);
        let Some(first) = first else { continue };
        let last = toks.iter().rposition(|t| t.start < m.end).map(|l| l + 1).unwrap_or(first + 1);
        if last <= first {
            continue;
        }
        for flag in &mut in_actor[first..last] {
            *flag = true;
        }
        slots.push(Slot { mention: m, first, last });
    }
    (slots, in_actor)
}

/// The clause of a trigger: tokens between the nearest clause breaks.
pub(crate) fn clause_bounds(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> (usize, usize) {
    let is_break = |t: &Tok| matches!(t.word.as_str(), ";" | ":" | "(" | ")" | "\"") || rules.is("clause-break", &t.word);
    let mut left = hit.first;
    while left > 0 && !is_break(&toks[left - 1]) {
        left -= 1;
    }
    let mut right = hit.last;
    while right < toks.len() && !is_break(&toks[right]) {
        right += 1;
    }
    (left, right)
}

const DETERMINERS: &[&str] = &[
    "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "the", "a", "an", "its", "their", "suo", "sua", "suoi", "sue", "loro",
];

/// The preposition governing a slot, if any (articles skipped).
pub(crate) fn governing_word<'t>(toks: &'t [Tok], slot: &Slot) -> Option<&'t str> {
    let mut i = slot.first;
    while i > 0 {
        i -= 1;
        let w = toks[i].word.as_str();
        if DETERMINERS.contains(&w) {
            continue;
        }
        return Some(w);
    }
    None
}

fn is_preposition(rules: &LanguageRules, word: &str) -> bool {
    ["recipient-prep", "genitive-prep", "agent-prep", "destination-prep"].iter().any(|c| rules.is(c, word))
}

/// Groups adjacent slots joined by coordination or commas ("Gli Stati Uniti,
/// la Gran Bretagna e l'Unione Europea").
fn coordinated_group(rules: &LanguageRules, toks: &[Tok], slots: &[Slot], anchor: usize) -> Vec<usize> {
    let joined = |a: &Slot, b: &Slot| {
        (a.last..b.first).all(|t| {
            let w = toks[t].word.as_str();
            w == "," || rules.is("coord", w) || DETERMINERS.contains(&w)
        }) && a.last <= b.first
    };
    let mut group = vec![anchor];
    let mut i = anchor;
    while i > 0 && joined(&slots[i - 1], &slots[i]) {
        i -= 1;
        group.insert(0, i);
    }
    let mut j = anchor;
    while j + 1 < slots.len() && joined(&slots[j], &slots[j + 1]) {
        j += 1;
        group.push(j);
    }
    group
}

fn refs(slots: &[Slot], group: &[usize]) -> Vec<ActorRef> {
    let mut out: Vec<ActorRef> = Vec::new();
    for &i in group {
        let r = ActorRef::from(slots[i].mention);
        if !out.iter().any(|o| o.start == r.start) {
            out.push(r);
        }
    }
    out
}

fn describe(refs: &[ActorRef]) -> String {
    refs.iter().map(|r| format!("'{}'", r.text)).collect::<Vec<_>>().join(" + ")
}

/// True when the trigger is a participle after a passive auxiliary
/// ("è stato firmato", "sono stati inviati", "was signed").
fn is_passive(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> bool {
    if hit.def.kind != TriggerKind::Verb || hit.first == 0 {
        return false;
    }
    let head = &toks[hit.first].word;
    let participle = match rules.lang.as_str() {
        "it" => ["ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite", "so", "sa", "si", "se", "to", "ta"].iter().any(|e| head.ends_with(e)),
        _ => head.ends_with("ed") || head.ends_with("en") || ["met", "held", "sent", "struck", "shot", "sought", "frozen", "given"].contains(&head.as_str()),
    };
    if !participle {
        return false;
    }
    let prev = &toks[hit.first - 1].word;
    if !rules.is("passive-aux", prev) {
        return false;
    }
    // "ha firmato" is active even though "firmato" is a participle; "è stato
    // firmato" and "sono stati inviati" are passive. Italian "è recato" style
    // reflexives take "si" before the auxiliary.
    let before = if hit.first >= 2 { toks[hit.first - 2].word.as_str() } else { "" };
    let before2 = if hit.first >= 3 { toks[hit.first - 3].word.as_str() } else { "" };
    before != "si" && before2 != "si" && !["has", "have", "had"].contains(&prev.as_str())
}

/// Assigns source and recipient for one trigger.
pub(crate) fn assign_roles(
    rules: &LanguageRules,
    toks: &[Tok],
    slots: &[Slot],
    hit: &TriggerHit,
    clause: (usize, usize),
    sentence_subject: Option<usize>,
) -> Roles {
    let mut roles = Roles::default();
    let (c_start, c_end) = clause;
    let flags = hit.def.flags;
    let passive = is_passive(rules, toks, hit);

    // Candidate slots by side, nearest first.
    let left: Vec<usize> = (0..slots.len()).filter(|&i| slots[i].last <= hit.first && slots[i].first >= c_start).rev().collect();
    let right: Vec<usize> = (0..slots.len()).filter(|&i| slots[i].first >= hit.last && slots[i].last <= c_end).collect();

    let gov = |i: usize| governing_word(toks, &slots[i]).unwrap_or("");
    let unprepositioned = |i: usize| !is_preposition(rules, gov(i));

    // Subject: the nearest actor to the left that no preposition governs.
    let mut subject = left.iter().copied().find(|&i| unprepositioned(i));
    let mut subject_note = "subject";
    if subject.is_none() && hit.def.kind == TriggerKind::Verb {
        if let Some(s) = sentence_subject.filter(|&s| slots[s].last <= hit.first) {
            subject = Some(s);
            subject_note = "sentence subject";
            roles.confidence_penalty += 0.1;
        }
    }
    if subject.is_none() && hit.def.kind != TriggerKind::Verb {
        // A nominal trigger's source is often its genitive ("la visita di Putin").
        subject = right.iter().copied().find(|&i| rules.is("genitive-prep", gov(i)));
        subject_note = "genitive of the noun";
        if subject.is_none() {
            subject = left.first().copied();
            subject_note = "nearest actor before the noun";
            roles.confidence_penalty += 0.1;
        }
    }

    // Object: the first actor to the right, preferring those a recipient or
    // destination preposition introduces, then direct objects.
    let agent = right.iter().copied().find(|&i| rules.is("agent-prep", gov(i)));
    let dest = right.iter().copied().find(|&i| rules.is("destination-prep", gov(i)) || rules.is("with-prep", gov(i)));
    let object_any = right.iter().copied().find(|&i| Some(i) != subject && !rules.is("agent-prep", gov(i)));

    let (mut source_slot, mut recipient_slot, how): (Option<usize>, Option<usize>, String);
    if passive {
        source_slot = agent;
        recipient_slot = subject.or(dest);
        how = "passive: source=agent after 'da/by', recipient=subject".into();
    } else if flags.flip {
        source_slot = object_any;
        recipient_slot = subject;
        how = "flipped: source=object, recipient=subject".into();
    } else if flags.dest {
        source_slot = subject;
        recipient_slot = dest.or(object_any);
        how = format!("source={subject_note}, recipient=destination");
        // "inviati dalla Russia alla Corea del Nord": 'da' marks the origin.
        if source_slot.is_none() {
            source_slot = agent;
        }
    } else {
        source_slot = subject;
        recipient_slot = object_any;
        how = format!("source={subject_note}, recipient=object");
    }
    if source_slot.is_none() && hit.def.kind != TriggerKind::Verb {
        source_slot = subject;
    }
    if recipient_slot == source_slot {
        recipient_slot = None;
    }
    roles.notes.push(how);

    let mut source = match source_slot {
        Some(s) => refs(slots, &coordinated_group(rules, toks, slots, s)),
        None => Vec::new(),
    };
    let mut recipient = match recipient_slot {
        Some(r) => refs(slots, &coordinated_group(rules, toks, slots, r)),
        None => Vec::new(),
    };

    // A symmetric event with a compound subject and no object: the first
    // conjunct acts with the rest ("Lam e Putin hanno firmato").
    if flags.symmetric && recipient.is_empty() && source.len() >= 2 {
        recipient = source.split_off(1);
        roles.notes.push("compound subject split into source and recipient".into());
    }
    // Symmetric events name their partner with "con" anywhere earlier in the
    // sentence ("dopo un vertice con Kim … ha firmato un patto").
    if flags.symmetric && recipient.is_empty() && !source.is_empty() {
        if let Some(p) = (0..slots.len()).filter(|&i| slots[i].last <= hit.first).rev().find(|&i| rules.is("with-prep", gov(i))) {
            recipient = refs(slots, &coordinated_group(rules, toks, slots, p));
            roles.notes.push(format!("partner from 'con/with' {}", describe(&recipient)));
            roles.confidence_penalty += 0.1;
        }
    }
    // An actor is not its own counterpart.
    recipient.retain(|r| !source.iter().any(|s| s.start == r.start || (s.country == r.country && s.sector == r.sector && s.text == r.text)));

    if recipient.is_empty() {
        roles.confidence_penalty += 0.1;
    }
    if !source.is_empty() {
        roles.notes.push(format!("source {}", describe(&source)));
    }
    if !recipient.is_empty() {
        roles.notes.push(format!("recipient {}", describe(&recipient)));
    }

    // Where: a location (not a country) introduced by a place preposition in the clause.
    roles.location = (0..slots.len()).find(|&i| {
        let s = &slots[i];
        s.first >= c_start && s.last <= c_end && s.mention.kind == dyad_model::ActorKind::Location && rules.is("destination-prep", gov(i))
            && !recipient.iter().any(|r| r.start == s.mention.start && hit.def.category != Category::Consult)
    });
    roles.source = source;
    roles.recipient = recipient;
    roles
}

/// The subject of the sentence: the first unprepositioned actor before the
/// first trigger, used when a later clause leaves its subject implicit
/// ("Putin si è recato in Vietnam … dove ha firmato …").
pub(crate) fn sentence_subject(rules: &LanguageRules, toks: &[Tok], slots: &[Slot], first_trigger: usize) -> Option<usize> {
    (0..slots.len()).find(|&i| slots[i].last <= first_trigger && !is_preposition(rules, governing_word(toks, &slots[i]).unwrap_or("")))
}

/// Decides the modality of a trigger from cue words and the verb's tense.
pub(crate) fn modality(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit, clause_start: usize) -> (Modality, Option<String>) {
    let window_start = hit.first.saturating_sub(4).max(clause_start);
    let mut found: Option<(Modality, String)> = None;
    for (m, cue, clause_scope) in &rules.modality_cues {
        let from = if *clause_scope { clause_start } else { window_start };
        if from + cue.len() > hit.first {
            continue;
        }
        for s in from..=hit.first - cue.len() {
            if toks[s..s + cue.len()].iter().zip(cue).all(|(t, w)| &t.word == w) {
                let rank = |m: Modality| match m {
                    Modality::Negated => 3,
                    Modality::Hypothetical => 2,
                    Modality::Future => 1,
                    _ => 0,
                };
                if found.as_ref().is_none_or(|(f, _)| rank(*m) > rank(*f)) {
                    found = Some((*m, cue.join(" ")));
                }
            }
        }
    }
    if let Some((m, cue)) = found {
        return (m, Some(format!("cue '{cue}'")));
    }
    match hit.tense {
        Tense::Future => (Modality::Future, Some("future tense".into())),
        Tense::Conditional => (Modality::Hypothetical, Some("conditional mood".into())),
        Tense::Plain => (Modality::Asserted, None),
    }
}
