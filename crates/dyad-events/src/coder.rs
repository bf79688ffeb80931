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
use crate::words;
use dyad_model::{ActorMention, ActorRef, Modality, TokenKind};

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
    /// The recipient is the verb's direct object: a same-country actor may
    /// still be the one acted on ("the Mexican president defended Mexico's policy").
    pub direct_object: bool,
    /// A place after a locative preposition following the trigger ("a
    /// ceasefire in Idlib"): the recipient when the clause names no other.
    pub locative: Option<usize>,
    /// The source is a body of states named in the genitive of a conflict
    /// noun ("le sanzioni dell'Onu"): the measure's author, complete without
    /// a recipient.
    pub intergovernmental_author: bool,
}

/// Finds non-overlapping trigger matches, longest first, skipping tokens
/// inside actor mentions (a trigger word inside a name is not an event).
/// The clitic pronoun fused to the end of an infinitive or gerund
/// ("graziarlo", "chiedergli", "accogliendoli"): a `clitic-pronoun` after a
/// stem of five letters at least ending in "r" or "ndo". Gives the verb form
/// without it ("graziare", "accogliendo") and the clitic.
pub(crate) fn enclitic<'w>(rules: &LanguageRules, w: &'w str) -> Option<(String, &'w str)> {
    let clitics = rules.word_classes.get("clitic-pronoun")?;
    clitics.iter().find_map(|c| {
        let stem = w.strip_suffix(c.as_str())?;
        if stem.chars().count() < 5 {
            return None;
        }
        let base = if stem.ends_with('r') {
            format!("{stem}e")
        } else if stem.ends_with("ndo") {
            stem.to_string()
        } else {
            return None;
        };
        Some((base, &w[stem.len()..]))
    })
}

pub(crate) fn find_triggers<'r>(
    rules: &'r LanguageRules,
    text: &str,
    toks: &[Tok],
    in_actor: &[bool],
) -> Vec<TriggerHit<'r>> {
    let mut hits = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut matched: Option<(&Pattern, usize)> = None;
        if !in_actor[i] {
            if let Some(patterns) = rules.by_first_word.get(&toks[i].word) {
                // Patterns are longest first. Among equally long ones a word like
                // "visita" is a noun after an article ("la sua prima visita") and
                // a verb otherwise.
                let after_article = |k: usize| k > 0 && rules.is("determiner", &toks[k - 1].word);
                let noun_context =
                    after_article(i) || (i >= 2 && after_article(i - 1) && toks[i - 1].kind == TokenKind::Word);
                // Right after a perfect auxiliary ("ha soccorso i pescatori") the
                // form is the verb's participle, whatever the noun it also spells.
                let participle_context = i > 0 && rules.is("perfect-aux", &toks[i - 1].word);
                for p in patterns {
                    if let Some(exact) = &p.exact_first {
                        if text
                            .get(toks[i].start..toks[i].end)
                            .is_none_or(|w| w.to_lowercase() != *exact)
                        {
                            continue;
                        }
                    }
                    let Some(end) = match_words(&p.words, toks, i) else {
                        continue;
                    };
                    match matched {
                        None => matched = Some((p, end)),
                        Some((best, best_end)) if best_end == end => {
                            let kind = rules.defs[p.def].kind;
                            let best_kind = rules.defs[best.def].kind;
                            // An accented past form ("ritirò") is a verb whatever precedes it.
                            if noun_context
                                && kind == TriggerKind::Noun
                                && best_kind == TriggerKind::Verb
                                && best.exact_first.is_none()
                            {
                                matched = Some((p, end));
                            }
                            if participle_context && kind == TriggerKind::Verb && best_kind == TriggerKind::Noun {
                                matched = Some((p, end));
                            }
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        // "ha deciso di graziarlo": an infinitive with a fused object clitic
        // is the verb's own one-word form.
        if matched.is_none() && !in_actor[i] {
            if let Some((base, _)) = enclitic(rules, &toks[i].word) {
                matched = rules.by_first_word.get(&base).and_then(|ps| {
                    ps.iter()
                        .find(|p| p.words.len() == 1 && rules.defs[p.def].kind == TriggerKind::Verb)
                        .map(|p| (p, i + 1))
                });
            }
        }
        match matched {
            Some((p, end)) => {
                hits.push(TriggerHit {
                    first: i,
                    last: end,
                    def: &rules.defs[p.def],
                    tense: p.tense,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    hits
}

/// Matches pattern words from token `i`. Quote marks inside the span are
/// skipped: news puts them anywhere ("si è detto “seriamente preoccupato”").
fn match_words(words: &[String], toks: &[Tok], i: usize) -> Option<usize> {
    let mut t = i;
    for (n, w) in words.iter().enumerate() {
        while n > 0 && toks.get(t).is_some_and(|tok| tok.word == "\"" || tok.word == "'") {
            t += 1;
        }
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
        let last = toks
            .iter()
            .rposition(|t| t.start < m.end)
            .map(|l| l + 1)
            .unwrap_or(first + 1);
        if last <= first {
            continue;
        }
        for flag in &mut in_actor[first..last] {
            *flag = true;
        }
        slots.push(Slot {
            mention: m,
            first,
            last,
        });
    }
    (slots, in_actor)
}

/// True when the parenthesis at `i` ("(" or ")") encloses a short aside of at
/// most four tokens with no comma or clause break: "(ONLF)", "(IANS)",
/// "(PML-Q)", unless a dash follows it (a dateline). Such a parenthesis does not end a clause, and the actors inside
/// it (an acronym repeating the name before it, a news agency) fill no role.
pub(crate) fn short_paren(rules: &LanguageRules, toks: &[Tok], i: usize) -> bool {
    let plain = |t: &Tok| !matches!(t.word.as_str(), "(" | ")" | ";" | ":" | ",") && !rules.is("clause-break", &t.word);
    // A dateline, "MOSCOW (Sputnik) -", still ends the clause before it.
    let dateline = |close: usize| {
        toks.get(close + 1)
            .is_some_and(|t| matches!(t.word.as_str(), "-" | "--" | "—" | "–"))
    };
    match toks[i].word.as_str() {
        "(" => toks[i + 1..]
            .iter()
            .take(5)
            .position(|t| t.word == ")")
            .is_some_and(|n| toks[i + 1..i + 1 + n].iter().all(plain) && !dateline(i + 1 + n)),
        ")" => toks[..i]
            .iter()
            .rev()
            .take(5)
            .position(|t| t.word == "(")
            .is_some_and(|n| toks[i - n..i].iter().all(plain) && !dateline(i)),
        _ => false,
    }
}

/// The clause of a trigger: tokens between the nearest clause breaks.
pub(crate) fn clause_bounds(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> (usize, usize) {
    // ", e" / ", and" starts a new coordinated clause; a bare "e" may join actors.
    let short_paren = |i: usize| short_paren(rules, toks, i);
    // Folded, Italian "è" is "e": before a participle or "stato" (", è stato
    // firmato") it is the verb of the clause, not a conjunction.
    let verb_e = |i: usize| {
        rules.is("auxiliary", &toks[i].word)
            && toks
                .get(i + 1)
                .is_some_and(|n| rules.is("auxiliary", &n.word) || looks_like_participle(&rules.lang, &n.word))
    };
    let is_break = |i: usize| {
        let t = &toks[i];
        (matches!(t.word.as_str(), ";" | ":") || (matches!(t.word.as_str(), "(" | ")") && !short_paren(i)))
            || rules.is("clause-break", &t.word)
            || (rules.is("coord", &t.word) && i > 0 && toks[i - 1].word == "," && !verb_e(i))
    };
    let mut left = hit.first;
    // "used civilians as human shields": "as" right before the trigger's
    // noun phrase introduces a predicate complement, not a clause.
    let complement_as = predicate_as(rules, toks, hit);
    while left > 0 && (!is_break(left - 1) || Some(left - 1) == complement_as) {
        left -= 1;
    }
    let mut right = hit.last;
    while right < toks.len() && !is_break(right) {
        right += 1;
    }
    (left, right)
}

/// The index of "as" (class `predicate-as`) when it stands right before the
/// trigger's noun phrase, with only articles and figures between ("held
/// civilians as human shields"): a predicate complement of the verb before.
pub(crate) fn predicate_as(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> Option<usize> {
    if hit.def.kind == TriggerKind::Verb {
        return None;
    }
    let mut i = hit.first;
    while i > 0 {
        i -= 1;
        let w = toks[i].word.as_str();
        if rules.is("predicate-as", w) {
            return Some(i);
        }
        if !(rules.is("determiner", w) || toks[i].kind == TokenKind::Number) {
            return None;
        }
    }
    None
}

/// The word governing a slot: the nearest word before it that is not an
/// article, looking past title words after an article and a preposition
/// ("con il premier polacco Jan Nowak" → "con").
pub(crate) fn governing_word<'t>(rules: &LanguageRules, toks: &'t [Tok], slot: &Slot) -> Option<&'t str> {
    let mut i = slot.first;
    while i > 0 && rules.is("determiner", &toks[i - 1].word) {
        i -= 1;
    }
    // "despite protests by some Norvalian farmers", "with several Kessian firms": a
    // quantity word after a preposition opens the phrase as an article does,
    // and the preposition still governs it. A preposition that is itself a
    // quantity word ("over", "about") governs, and is not skipped.
    if i >= 2
        && rules.is("quantity-word", &toks[i - 1].word)
        && toks[i - 1].kind == dyad_model::TokenKind::Word
        && !is_preposition(rules, &toks[i - 1].word)
        && is_preposition(rules, &toks[i - 2].word)
    {
        i -= 1;
    }
    // An approximator before a figure governs nothing: "Over 700 members have
    // sought refuge", "più di 700 persone", "up to 700 people", "fino a 700":
    // the phrase is a subject, and "in over 700 towns" keeps its "in".
    if toks.get(i).is_some_and(|t| t.kind == dyad_model::TokenKind::Number)
        && i > 0
        && is_preposition(rules, &toks[i - 1].word)
    {
        let before = |k: usize| if k == 0 { None } else { Some(toks[k - 1].word.as_str()) };
        if rules.is("quantity-word", &toks[i - 1].word) {
            return before(i - 1);
        }
        if i > 1 && (rules.is("quantity-word", &toks[i - 2].word) || rules.is("figure-lead", &toks[i - 2].word)) {
            return before(i - 2);
        }
    }
    let immediate = toks.get(i.checked_sub(1)?)?.word.as_str();
    // "against visiting President X", "with outgoing Minister X": an
    // attributive participle before the phrase modifies it; the preposition
    // before the participle governs the phrase.
    if i >= 2 && participle_before_name(rules, toks, i - 1) && is_preposition(rules, &toks[i - 2].word) {
        return Some(toks[i - 2].word.as_str());
    }
    let content = |w: &str| {
        w.chars().all(char::is_alphabetic)
            && !is_preposition(rules, w)
            && !rules.is("coord", w)
            && !rules.is("auxiliary", w)
            && !rules.is("clause-break", w)
    };
    // "in western Iran", "at the northern border": a locative preposition
    // before one or two adjectives governs the name.
    // "mira a dissuadere la Corea": an Italian infinitive after "a" is a verb, not an adjective.
    let verbal =
        |w: &str| is_verb_form(w) || crate::morph::is_infinitive_or_gerund(&rules.lang, w) && rules.lang == "it";
    if i >= 2 && content(immediate) && !verbal(immediate) {
        for back in 2..=3 {
            let Some(k) = i.checked_sub(back) else { break };
            let w = toks[k].word.as_str();
            if rules.is("locative-prep", w) {
                return Some(w);
            }
            if !content(w) || verbal(w) || rules.is("determiner", w) {
                break;
            }
        }
    }
    // A verb right before the phrase governs it: "… group killed nine villagers"
    // is no "by the … group" title phrase.
    if content(immediate) && !(is_verb_form(immediate) && immediate.ends_with("ed")) {
        // PREP DET title… ACTOR: walk back over up to three title words to the article.
        let mut j = i - 1;
        let mut steps = 0;
        while j > 0 && steps < 3 && content(&toks[j - 1].word) && !rules.is("determiner", &toks[j - 1].word) {
            j -= 1;
            steps += 1;
        }
        if j >= 2 && rules.is("determiner", &toks[j - 1].word) && is_preposition(rules, &toks[j - 2].word) {
            return Some(toks[j - 2].word.as_str());
        }
    }
    // PREP title… ACTOR with no article, as English writes roles before a
    // name ("to Norvalian Ambassador Ana Petr", "with Kessian President X"):
    // a run of up to three demonyms and agent nouns ending in a role noun.
    // A title names one person, so a plural noun ends no run ("under
    // pressure from protesters Ruvia withdrew the bill"). Italian puts an
    // article before such a run, which the walk above takes.
    if rules.lang == "en" && rules.is_agent_word(immediate) && !immediate.ends_with('s') {
        let j = title_run_start(rules, toks, i, false, 3);
        if j >= 1 && is_preposition(rules, &toks[j - 1].word) {
            return Some(toks[j - 1].word.as_str());
        }
        // "against visiting Kessian Minister X", "with outgoing President
        // X": an attributive participle before the title run modifies the
        // title; the preposition before it governs the name.
        if j >= 2 && participle_before_name(rules, toks, j - 1) && is_preposition(rules, &toks[j - 2].word) {
            return Some(toks[j - 2].word.as_str());
        }
    }
    Some(immediate)
}

/// True when the English word at `k` is a participle used as an adjective
/// before its noun: after a determiner or a preposition that takes a noun
/// phrase ("the alleged leader", "over alleged abuses", "against visiting
/// Prince X"), never after "to" ("committed to providing aid").
pub(crate) fn attributive_participle(rules: &LanguageRules, toks: &[Tok], k: usize) -> bool {
    if rules.lang != "en" || k == 0 || k + 1 >= toks.len() {
        return false;
    }
    let w = toks[k].word.as_str();
    let before = toks[k - 1].word.as_str();
    let next = &toks[k + 1];
    let noun_after = next.kind == TokenKind::Word
        && !crate::words::is_function(rules, &next.word)
        && !rules.is("determiner", &next.word);
    (w.ends_with("ed") || w.ends_with("ing"))
        && noun_after
        && before != "to"
        && [
            "determiner",
            "genitive-prep",
            "against-prep",
            "with-prep",
            "judged-prep",
        ]
        .iter()
        .any(|c| rules.is(c, before))
}

/// True when the English word at `k` is an attributive participle that lets
/// the preposition before it govern the name after it ("against visiting
/// Prince X"). After a preposition an "-ing" form is mostly a gerund taking
/// an object ("warned against attacking X", "accused of backing Y"): only
/// the adjectival ones listed in `attributive-gerund` ("visiting",
/// "outgoing") modify a name there.
pub(crate) fn participle_before_name(rules: &LanguageRules, toks: &[Tok], k: usize) -> bool {
    attributive_participle(rules, toks, k)
        && (toks[k].word.ends_with("ed")
            || rules.is("determiner", &toks[k - 1].word)
            || rules.is("attributive-gerund", &toks[k].word))
}

/// Where the run of role words (demonyms and agent nouns, and articles when
/// `articles`) ending right before token `k` starts, at most `max` words back:
/// "the Kessian ambassador" before a name, "Chilean Ambassador" after "to".
fn title_run_start(rules: &LanguageRules, toks: &[Tok], k: usize, articles: bool, max: usize) -> usize {
    let mut j = k;
    while j > 0 && k - j < max && {
        let w = toks[j - 1].word.as_str();
        rules.is("demonym", w) || rules.is_agent_word(w) || articles && rules.is("determiner", w)
    } {
        j -= 1;
    }
    j
}

/// The governing word of a slot, looking through coordination: in "tra
/// Russia e Corea del Nord" both conjuncts are governed by "tra". A comma
/// passes the governor on only inside such a list ("con A, B e C").
pub(crate) fn effective_governor<'t>(rules: &LanguageRules, toks: &'t [Tok], slots: &[Slot], i: usize) -> &'t str {
    let mut i = i;
    let mut through_conj = false;
    loop {
        // "to Kessia in Norvalia's mountainous Ostra province": a name after a
        // possessor and its modifiers is inside the possessor's phrase, which
        // the possessor's governor governs. Not a partitive "of" ("released three
        // of Norvalia's dissidents"), which a figure before it governs.
        if let Some(p) = possessor_of(rules, toks, slots, i)
            .filter(|&p| !governing_word(rules, toks, &slots[p]).is_some_and(|g| rules.is("genitive-prep", g)))
        {
            i = p;
            continue;
        }
        let w = governing_word(rules, toks, &slots[i]).unwrap_or("");
        let conj = rules.is("coord", w);
        if !(conj || (w == "," && through_conj)) || i == 0 {
            return w;
        }
        let prev = &slots[i - 1];
        let joined = prev.last <= slots[i].first
            && (prev.last..slots[i].first).all(|t| {
                let w = toks[t].word.as_str();
                w == "," || rules.is("coord", w) || rules.is("determiner", w)
            });
        if !joined {
            return w;
        }
        through_conj |= conj;
        i -= 1;
    }
}

/// A gerund, in Italian with a fused clitic ("accusandolo", "chiedendogli").
fn is_gerund(lang: &str, w: &str) -> bool {
    if w.chars().count() < 6 {
        return false;
    }
    match lang {
        "it" => {
            let bare = ["gli", "lo", "la", "li", "le", "ne", "si", "ci"]
                .iter()
                .find_map(|c| w.strip_suffix(c).filter(|s| s.ends_with("ndo")))
                .unwrap_or(w);
            bare.ends_with("ando") || bare.ends_with("endo")
        }
        _ => w.ends_with("ing"),
    }
}

/// True when the phrase starting at token `first` is the agent of a past
/// participle describing another actor ("il gruppo X, guidato dall'ex
/// ministro Y", "the X group, led by former minister Y", "il governo X
/// sostenuto dall'Onu"): an agent preposition right after the participle,
/// at most four words (article, titles) before the phrase, and the
/// participle right after an actor or after a comma closing one. Y only
/// says who X is. After a thing ("the attack carried out by Y") the agent
/// stands for that thing and stays a candidate.
fn participle_agent(rules: &LanguageRules, toks: &[Tok], slots: &[Slot], first: usize) -> bool {
    let mut k = first;
    while k >= 2 && first - k < 5 {
        let w = toks[k - 1].word.as_str();
        if rules.is("agent-prep", w) {
            let p = k - 2;
            let head = if p > 0 && toks[p - 1].word == "," { p - 1 } else { p };
            return looks_like_participle(&rules.lang, &toks[p].word) && slots.iter().any(|s| s.last == head);
        }
        if toks[k - 1].kind != TokenKind::Word || is_preposition(rules, w) || rules.is("clause-break", w) {
            return false;
        }
        k -= 1;
    }
    false
}

/// True when the phrase at `first` is the agent of a participle of
/// mediating (`broker-participle`: "i colloqui mediati dall'Onu", "talks
/// brokered by X"). A go-between is by its role no party to the talks it
/// brokers, so it is never whom an act on them is aimed at; Italian "da"
/// there is "by", not "from".
fn broker_agent(rules: &LanguageRules, toks: &[Tok], first: usize) -> bool {
    let k = article_start(rules, toks, first);
    k >= 2 && rules.is("agent-prep", &toks[k - 1].word) && rules.is("broker-participle", &toks[k - 2].word)
}

/// True when the Italian "da" governing the phrase at `first` names where a
/// movement starts from, not who performs it: after a noun of leaving or
/// moving forces (RETREAT, MOBILIZE) the author takes "da parte di" ("il
/// ritiro dei soldati dal Kessia", "l'uscita dall'alleanza"). Any
/// participle between the noun and "da" makes "da" its agent ("il ritiro
/// deciso ieri dal governo"), and so does a title or name between "da" and
/// the phrase; after nouns of speech or demand a bare "da" names the author
/// ("un appello dal Kessia") and is left alone.
fn italian_origin_da(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit, first: usize) -> bool {
    let k = article_start(rules, toks, first);
    rules.lang == "it"
        && matches!(
            hit.def.category,
            dyad_model::Category::Retreat | dyad_model::Category::Mobilize
        )
        && k > hit.last
        && rules.is("agent-prep", &toks[k - 1].word)
        && !toks[hit.last..k - 1]
            .iter()
            .any(|t| looks_like_participle("it", &t.word))
}

/// Where the phrase starting at token `k` begins with its articles.
pub(crate) fn article_start(rules: &LanguageRules, toks: &[Tok], mut k: usize) -> usize {
    while k > 0 && rules.is("determiner", &toks[k - 1].word) {
        k -= 1;
    }
    k
}

/// True when the word before the phrase starting at `k` (its articles
/// skipped) is of the grammar class `class`: the preposition governing it.
pub(crate) fn governed_by_class(rules: &LanguageRules, toks: &[Tok], k: usize, class: &str) -> bool {
    let k = article_start(rules, toks, k);
    k > 0 && rules.is(class, &toks[k - 1].word)
}

/// The slot owning slot `i` through "'s" and at most three modifier words
/// between ("Norvalia's mountainous Ostra", "Kessia's northern Tava province").
fn possessor_of(rules: &LanguageRules, toks: &[Tok], slots: &[Slot], i: usize) -> Option<usize> {
    let mut k = slots[i].first;
    let mut steps = 0;
    while k > 0 && steps < 3 {
        let w = toks[k - 1].word.as_str();
        if words::is_possessive(w) {
            return (0..i).rev().find(|&p| slots[p].last == k - 1);
        }
        let modifier = toks[k - 1].kind == TokenKind::Word
            && !is_preposition(rules, w)
            && !rules.is("coord", w)
            && !rules.is("clause-break", w)
            && !rules.is("auxiliary", w)
            && !rules.is("determiner", w)
            && !is_verb_form(w);
        if !modifier {
            return None;
        }
        k -= 1;
        steps += 1;
    }
    None
}

/// An English verb form by its ending: never an adjective between a preposition and a name.
fn is_verb_form(w: &str) -> bool {
    w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))
}

const PREPOSITION_CLASSES: [&str; 5] = [
    "recipient-prep",
    "genitive-prep",
    "agent-prep",
    "destination-prep",
    "adjunct-prep",
];

pub(crate) fn is_preposition(rules: &LanguageRules, word: &str) -> bool {
    PREPOSITION_CLASSES.iter().any(|c| rules.is(c, word))
}

/// True when the slot is the author phrase of a document noun that opens
/// the clause ("Una relazione della commissione …", "A report by the
/// agency …"): only articles and at most two modifiers before the noun, no
/// preposition or comma ("secondo un rapporto di X", "according to a report
/// by X" keep X an adjunct).
fn document_author(rules: &LanguageRules, toks: &[Tok], slot: &Slot, c_start: usize) -> bool {
    let mut i = slot.first;
    while i > c_start && rules.is("determiner", &toks[i - 1].word) {
        i -= 1;
    }
    let (Some(prep), Some(noun)) = (i.checked_sub(1), i.checked_sub(2)) else {
        return false;
    };
    if noun < c_start || !rules.is("author-prep", &toks[prep].word) || !rules.is("document-noun", &toks[noun].word) {
        return false;
    }
    // A genitive also names the topic ("a study of X's prisons", "uno
    // studio sull'economia di X"): it names the author only for a body or a
    // person, as the head of its phrase (no possessive after it).
    if rules.is("genitive-prep", &toks[prep].word)
        && (!matches!(
            slot.mention.kind,
            dyad_model::ActorKind::Organization | dyad_model::ActorKind::Person
        ) || toks.get(slot.last).is_some_and(|t| words::is_possessive_mark(&t.word)))
    {
        return false;
    }
    let before = &toks[c_start..noun];
    before.len() <= 3
        && before.iter().all(|t| {
            t.kind == TokenKind::Word
                && !is_preposition(rules, &t.word)
                && !rules.is("locative-prep", &t.word)
                && !rules.is("attribution-lead", &t.word)
                && !rules.is("clause-break", &t.word)
        })
}

/// The conjunction right before the verb group starting at `at` when nothing
/// but auxiliaries, clitics and adverbs stands between them ("and then
/// accused", "e lo ha condannato"): such a verb has no subject of its own and
/// shares the one of the verb before the conjunction.
pub(crate) fn subjectless_conjunct(rules: &LanguageRules, toks: &[Tok], at: usize) -> Option<usize> {
    let filler = |w: &str| {
        rules.is("auxiliary", w)
            || rules.is("passive-aux", w)
            || rules.is("clitic-pronoun", w)
            || (rules.is("np-stop", w) && !rules.is("subject-pronoun", w))
    };
    let mut k = at;
    while k > 0 && at - k <= 4 {
        let w = toks[k - 1].word.as_str();
        if rules.is("coord", w) {
            return Some(k - 1);
        }
        if !filler(w) {
            return None;
        }
        k -= 1;
    }
    None
}

/// Two prepositions of one role class ("dalla" and "dai" are both agent "da").
fn same_preposition(rules: &LanguageRules, a: &str, b: &str) -> bool {
    PREPOSITION_CLASSES.iter().any(|c| rules.is(c, a) && rules.is(c, b))
}

/// Groups adjacent slots joined by coordination or commas ("La Francia,
/// il Canada e la Norvegia"). A comma joins only inside a list that a
/// conjunction closes: "… al settimanale Zeit, Scholz ha risposto" is no list.
fn coordinated_group(rules: &LanguageRules, toks: &[Tok], slots: &[Slot], anchor: usize) -> Vec<usize> {
    // None: not joined; Some(true): by a conjunction; Some(false): by commas only.
    let join = |a: &Slot, b: &Slot| -> Option<bool> {
        // the antecedents of one group phrase ("i due leader") are a pair
        if (a.first, a.last) == (b.first, b.last) {
            return Some(true);
        }
        if a.last > b.first {
            return None;
        }
        let words = conjunct_link(rules, toks, a.last, b.first);
        // "A and his Norvalian counterpart, B", "A e il suo omologo norvaliano B":
        // a counterpart noun with its possessive and one modifier joins the pair.
        let counterpart = |k: usize| rules.is("counterpart-noun", words[k]);
        // "by A and by B", "dalla A e dai B": a preposition repeated after the
        // conjunction restates the first conjunct's role, so both share it.
        let first_gov = governing_word(rules, toks, a);
        let repeated = |k: usize| {
            k > 0 && rules.is("coord", words[k - 1]) && first_gov.is_some_and(|g| same_preposition(rules, g, words[k]))
        };
        let ok = (0..words.len()).all(|k| {
            let w = words[k];
            w == ","
                || rules.is("coord", w)
                || rules.is("determiner", w)
                || repeated(k)
                || (words.iter().any(|w| rules.is("counterpart-noun", w))
                    && (rules.is("possessive", w)
                        || counterpart(k)
                        || k + 1 < words.len() && counterpart(k + 1)
                        || k > 0 && counterpart(k - 1) && w != "," && !is_preposition(rules, w)))
        });
        let conj = words.iter().any(|w| rules.is("coord", w));
        let comma = words.contains(&",");
        if !ok || (!conj && !comma) {
            return None;
        }
        Some(conj)
    };
    let mut group = vec![anchor];
    // Leftwards a comma is fine once a conjunction has been crossed ("A, B e C" from C).
    let mut crossed_conj = false;
    let mut i = anchor;
    while i > 0 {
        if split_by_clause(rules, toks, slots, i - 1, anchor) {
            break;
        }
        match join(&slots[i - 1], &slots[i]) {
            Some(true) => crossed_conj = true,
            Some(false) if crossed_conj => {}
            _ => break,
        }
        i -= 1;
        group.insert(0, i);
    }
    // Rightwards a comma is fine when a conjunction follows later in the run.
    let mut j = anchor;
    let mut pending = Vec::new();
    while j + 1 < slots.len() {
        if split_by_clause(rules, toks, slots, group[0], j + 1) {
            break;
        }
        match join(&slots[j], &slots[j + 1]) {
            Some(true) => {
                group.append(&mut pending);
                group.push(j + 1);
            }
            Some(false) => pending.push(j + 1),
            None => break,
        }
        j += 1;
    }
    group
}

/// A finite verb form: an auxiliary or the first word of a verb trigger.
/// Never a conjunction: folded Italian "è" is written like "e".
fn finite_verb(rules: &LanguageRules, w: &str) -> bool {
    if rules.is("coord", w) {
        return false;
    }
    rules.is("auxiliary", w)
        || rules.is("passive-aux", w)
        || rules
            .by_first_word
            .get(w)
            .is_some_and(|ps| ps.iter().any(|p| rules.defs[p.def].kind == TriggerKind::Verb))
}

/// Whether a verb governs slot `object` and slot `subject`, right before a
/// finite verb, is the subject of a clause of its own, so the two are no
/// group: "Norvalia condemned Kessia, and Tarvia protested", "la Norvalia ha
/// condannato la Kessia e la Tarvia ha protestato". A compound subject has
/// no verb before its first member; a verb with a clause word after it
/// ("said that A and B have signed") governs the clause, not the actor.
fn split_by_clause(rules: &LanguageRules, toks: &[Tok], slots: &[Slot], object: usize, subject: usize) -> bool {
    if !toks
        .get(slots[subject].last)
        .is_some_and(|t| finite_verb(rules, &t.word))
    {
        return false;
    }
    let from = object.checked_sub(1).map_or(0, |p| slots[p].last);
    let before = toks.get(from..slots[object].first).unwrap_or(&[]);
    before
        .iter()
        .rposition(|t| finite_verb(rules, &t.word))
        .is_some_and(|v| !before[v + 1..].iter().any(|t| rules.is("clause-break", &t.word)))
}

/// The owners of a head noun when they are coordinated: "Norvalia and
/// Kessia's trade ministers", "the ministers of Norvalia and Kessia", "i
/// ministri del Commercio di Norvalia e Kessia". The head stands for one of
/// its kind for each owner, so the owners, not the head, are the parties (a
/// meeting of the ministers is a meeting of the two states). Only modifier
/// words may stand between head and owners: at most three before "'s" and
/// the head, at most four ending in "of/di" after it.
fn coordinated_owners(rules: &LanguageRules, toks: &[Tok], slots: &[Slot], s: usize) -> Option<Vec<usize>> {
    let plain = |k: usize| {
        let w = toks[k].word.as_str();
        toks[k].kind == TokenKind::Word
            && !rules.is("coord", w)
            && !rules.is("clause-break", w)
            && !rules.is("auxiliary", w)
            && !(is_preposition(rules, w) && !rules.is("genitive-prep", w))
    };
    let (first, last) = (slots[s].first, slots[s].last);
    // Before: "A and B's [modifiers] head".
    let before = (0..s).rev().find(|&p| slots[p].last < first).filter(|&p| {
        let l = slots[p].last;
        words::is_possessive_mark(&toks[l].word)
            && first - l <= 4
            && (l + 1..first).all(|k| plain(k) && !rules.is("genitive-prep", &toks[k].word))
    });
    // After: "head [modifiers] of A and B".
    let after = (s + 1..slots.len()).find(|&g| slots[g].first >= last).filter(|&g| {
        let f = slots[g].first;
        f > last && f - last <= 4 && rules.is("genitive-prep", &toks[f - 1].word) && (last..f).all(plain)
    });
    for (o, owner_last) in [(before, true), (after, false)] {
        let Some(o) = o else { continue };
        let group = coordinated_group(rules, toks, slots, o);
        // The owner ends the coordination before the head, or opens it after.
        let placed = if owner_last { group.last() } else { group.first() };
        if group.len() >= 2 && placed == Some(&o) && !group.contains(&s) {
            return Some(group);
        }
    }
    None
}

/// The words linking two conjuncts, `from..to`, without what belongs to
/// neither link nor conjunct: a photo caption's position between commas
/// ("A, second left, and B"; "A, a sinistra, e B") and the title before the
/// second name ("A and Norvalian Prime Minister B", "A e il primo ministro
/// norvaliano B"), which the recognizer leaves out of the name's span.
fn conjunct_link<'t>(rules: &LanguageRules, toks: &'t [Tok], from: usize, to: usize) -> Vec<&'t str> {
    let word = |t: usize| toks[t].word.as_str();
    // The title run: articles, demonyms and agent nouns right before the
    // second name, back to the conjunction or comma.
    let mut end = to;
    while end > from {
        let w = word(end - 1);
        if rules.is("coord", w)
            || w == ","
            || !(rules.is("determiner", w) || rules.is("demonym", w) || rules.is_agent_word(w))
        {
            break;
        }
        end -= 1;
    }
    let mut out = Vec::new();
    let mut t = from;
    while t < end {
        // A comma-enclosed run of caption words only.
        if word(t) == "," {
            let run = (t + 1..end)
                .take_while(|&k| rules.is("caption-position", word(k)))
                .count();
            if run > 0 && t + 1 + run < end && word(t + 1 + run) == "," {
                t += 1 + run;
                continue;
            }
        }
        out.push(word(t));
        t += 1;
    }
    out
}

/// The actor refs of slot `i` with its coordinated conjuncts.
pub(crate) fn slot_refs(rules: &LanguageRules, toks: &[Tok], slots: &[Slot], i: usize) -> Vec<ActorRef> {
    refs(slots, &coordinated_group(rules, toks, slots, i))
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
    refs.iter()
        .map(|r| format!("'{}'", r.text))
        .collect::<Vec<_>>()
        .join(" + ")
}

/// True when the trigger is a participle after a passive auxiliary
/// ("è stato firmato", "sono stati inviati", "was signed").
pub(crate) fn is_passive(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> bool {
    if hit.def.kind != TriggerKind::Verb || hit.first == 0 {
        return false;
    }
    let head = &toks[hit.first].word;
    let participle = match rules.lang.as_str() {
        "it" => [
            "ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite", "so", "sa", "si", "se",
            "to", "ta",
        ]
        .iter()
        .any(|e| head.ends_with(e)),
        _ => {
            head.ends_with("ed")
                || head.ends_with("en")
                || ["met", "held", "sent", "struck", "shot", "sought", "frozen", "given"].contains(&head.as_str())
        }
    };
    // "sono entrati in sciopero", "è tornato": verbs that form their active
    // perfect with "essere" (grammar class `essere-verb`) are not passive.
    if !participle || rules.is("essere-verb", head) {
        return false;
    }
    let prev = &toks[hit.first - 1].word;
    if !rules.is("passive-aux", prev) {
        return false;
    }
    // "ha firmato" is active even though "firmato" is a participle; "è stato
    // firmato" and "sono stati inviati" are passive. Italian "è recato" style
    // reflexives take "si" before the auxiliary.
    let before = if hit.first >= 2 {
        toks[hit.first - 2].word.as_str()
    } else {
        ""
    };
    let before2 = if hit.first >= 3 {
        toks[hit.first - 3].word.as_str()
    } else {
        ""
    };
    before != "si" && before2 != "si" && !["has", "have", "had"].contains(&prev.as_str())
}

/// What the sentence around a trigger contributes to its roles.
pub(crate) struct RoleContext<'h> {
    /// The first unprepositioned actor of the sentence (see [`sentence_subject`]).
    pub sentence_subject: Option<usize>,
    /// Who controls an infinitive trigger: the object of a governing
    /// "accusare/chiedere X di …" verb, when there is one.
    pub controller: Option<Vec<ActorRef>>,
    /// All trigger hits of the sentence, to tell objects of earlier verbs.
    pub hits: &'h [TriggerHit<'h>],
    /// Tokens that belong to a speech verb ("said", "ha dichiarato").
    pub speech_verb: &'h [bool],
    /// A nominal trigger used as a predicate after a light verb ("launched
    /// an investigation into X"): its roles are assigned as for a verb.
    pub verbal: bool,
}

impl<'h> RoleContext<'h> {
    /// The same context with another sentence subject: the passes that retry
    /// roles over another set of slots (named phrases, every phrase) have
    /// their own first unprepositioned slot.
    pub(crate) fn with_subject(&self, sentence_subject: Option<usize>) -> Self {
        RoleContext {
            sentence_subject,
            controller: self.controller.clone(),
            hits: self.hits,
            speech_verb: self.speech_verb,
            verbal: self.verbal,
        }
    }
}

/// True when "that/che" at `i` introduces the complement of a speech verb
/// ("said on Monday that …", "ha dichiarato che …") rather than a relative clause.
pub(crate) fn is_speech_complementizer(toks: &[Tok], speech_verb: &[bool], i: usize) -> bool {
    let mut j = i;
    let mut steps = 0;
    while j > 0 && steps < 5 {
        j -= 1;
        if speech_verb.get(j).copied().unwrap_or(false) {
            return true;
        }
        if matches!(toks[j].word.as_str(), ";" | ":" | "(" | ")" | ".") {
            return false;
        }
        steps += 1;
    }
    false
}

/// Recipients further than this many tokens after the trigger belong to
/// another phrase ("… un viaggio ufficiale pensato per rilanciare … i commerci con il Cile").
const MAX_RECIPIENT_GAP: usize = 8;

/// PLOVER modes of holding people or sending them away: acts of a state's
/// authorities, whose agent an agentless passive leaves to the place.
const CUSTODY_MODES: &[&str] = &["arrest", "deport", "expel", "release"];

/// How many words may stand between an agentless custody verb and the place
/// that names its state ("was arrested on Friday in X", "freed from a jail in X").
const MAX_CUSTODY_PLACE_GAP: usize = 4;

/// True for an infinitive verb form, whose subject is the controller of the
/// governing verb ("per incontrare", "di fornire", "to meet").
pub(crate) fn is_infinitive(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit) -> bool {
    if hit.def.kind != TriggerKind::Verb {
        return false;
    }
    let head = toks[hit.first].word.as_str();
    match rules.lang.as_str() {
        "it" => [
            "are", "ere", "ire", "arsi", "ersi", "irsi", "arlo", "arla", "erlo", "irlo",
        ]
        .iter()
        .any(|e| head.ends_with(e)),
        _ => hit.first > 0 && toks[hit.first - 1].word == "to",
    }
}

/// A past participle by its ending ("definito", "accusata", "signed").
pub(crate) fn looks_like_participle(lang: &str, word: &str) -> bool {
    match lang {
        "it" => [
            "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute",
        ]
        .iter()
        .any(|e| word.ends_with(e)),
        _ => word.ends_with("ed"),
    }
}

/// Assigns source and recipient for one trigger.
pub(crate) fn assign_roles(
    rules: &LanguageRules,
    toks: &[Tok],
    slots: &[Slot],
    hit: &TriggerHit,
    clause: (usize, usize),
    ctx: &RoleContext,
) -> Roles {
    let mut roles = Roles::default();
    let (c_start, c_end) = clause;
    let flags = hit.def.flags;
    // A phrase opened by a participle after an auxiliary ("ha condannato a
    // due anni") is a verb whatever its lexicon kind.
    let participle_phrase = hit.first > 0
        && rules.is("auxiliary", &toks[hit.first - 1].word)
        && looks_like_participle(&rules.lang, &toks[hit.first].word);
    // The English order verb is listed by its past form as written ("ordered").
    let is_verb = hit.def.kind == TriggerKind::Verb || hit.def.flags.orders || ctx.verbal || participle_phrase;
    let passive = is_passive(rules, toks, hit);

    let gov = |i: usize| effective_governor(rules, toks, slots, i);
    // "Una nota della Lega ha criticato …", "a statement by the ministry
    // condemned …": a document that opens the clause speaks for its author,
    // so the author's phrase stands as the subject.
    let unprepositioned = |i: usize| !is_preposition(rules, gov(i)) || document_author(rules, toks, &slots[i], c_start);
    // An actor right after an earlier verb trigger is that verb's object, not
    // a later verb's subject ("Kim ha visitato la Russia … per incontrare Putin").
    let object_of_earlier = |i: usize| {
        let first = slots[i].first;
        let mut t = first;
        while t > 0 && rules.is("determiner", &toks[t - 1].word) {
            t -= 1;
        }
        let after_trigger = ctx
            .hits
            .iter()
            .any(|h| h.first < hit.first && h.last == t && h.def.kind == TriggerKind::Verb);
        // "ha definito Putin …": right after a participle is an object, whatever the verb.
        let after_participle =
            t >= 2 && rules.is("auxiliary", &toks[t - 2].word) && looks_like_participle(&rules.lang, &toks[t - 1].word);
        // "found X guilty", "ha giudicato X colpevole": the one a verdict
        // word follows is the judged object.
        let judged = toks
            .get(slots[i].last)
            .is_some_and(|t| rules.is("verdict-word", &t.word));
        // "placed an army brigade on alert": a phrase opened by an article
        // right after a past verb form is that verb's object, unless a verb
        // follows it, when it opens a reported clause ("claimed the army
        // attacked").
        let last = slots[i].last;
        let verb_next = toks.get(last).is_some_and(|w| rules.is("auxiliary", &w.word))
            || ctx
                .hits
                .iter()
                .any(|h| h.first == last && h.def.kind == TriggerKind::Verb);
        let after_past = rules.lang == "en"
            && t < first
            && t > 0
            && toks[t - 1].word.ends_with("ed")
            && is_verb_form(&toks[t - 1].word)
            && !ctx.speech_verb.get(t - 1).copied().unwrap_or(false)
            && !verb_next;
        after_trigger || after_participle || judged || after_past
    };
    // A nominal trigger that is the verb's object ("concedere un ulteriore
    // credito di 3 miliardi … ad Atene") extends the verb phrase: gaps count from its end.
    let phrase_end = ctx
        .hits
        .iter()
        .find(|h| h.first >= hit.last && h.first <= hit.last + 3 && h.def.kind != TriggerKind::Verb)
        .map(|h| {
            // …and over the figures and genitives that complete it ("di 50 miliardi di dollari").
            let mut e = h.last;
            while e < toks.len()
                && (toks[e].kind == TokenKind::Number
                    || rules.is("genitive-prep", &toks[e].word)
                    || toks[e].word.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ','))
                || e < toks.len() && e > h.last && toks[e - 1].kind == TokenKind::Number
            {
                e += 1;
            }
            e
        })
        .unwrap_or(hit.last);
    let gap = |i: usize| slots[i].first.saturating_sub(phrase_end);

    let left: Vec<usize> = (0..slots.len())
        .filter(|&i| slots[i].last <= hit.first && slots[i].first >= c_start)
        .rev()
        .collect();
    let right: Vec<usize> = (0..slots.len())
        .filter(|&i| slots[i].first >= hit.last && slots[i].last <= c_end && gap(i) <= MAX_RECIPIENT_GAP)
        .collect();

    // The subject of a finite verb: nearest unprepositioned actor on the left;
    // for a verb conjoined with no subject of its own ("X found Y guilty and
    // sentenced him"), the one before the verb of the first conjunct, found
    // by its auxiliary or its trigger (Y is that verb's object).
    // A multiword trigger opened by a participle ("condannato a") is a verb
    // when an auxiliary stands before it.
    let first_verb = subjectless_conjunct(rules, toks, hit.first)
        .filter(|&c| hit.def.kind == TriggerKind::Verb || (c..hit.first).any(|k| rules.is("auxiliary", &toks[k].word)))
        .and_then(|c| {
            (c_start..c).rev().find(|&k| {
                rules.is("auxiliary", &toks[k].word)
                    || ctx.hits.iter().any(|h| h.first == k && h.def.kind == TriggerKind::Verb)
            })
        });
    // ", accusing him of …", ", accusandolo di …": a gerund opening an
    // adjunct after a comma has the main clause's subject, not the nearest
    // actor before the comma (often the main verb's object).
    let adjunct_gerund = hit.def.kind == TriggerKind::Verb
        && hit.first > 0
        && toks[hit.first - 1].word == ","
        && is_gerund(&rules.lang, &toks[hit.first].word);
    let main_subject = ctx
        .sentence_subject
        .filter(|&s| adjunct_gerund && slots[s].last <= hit.first);
    // "amid protests by X", "durante le proteste": a trigger governed by a
    // preposition of circumstance is the setting of the clause's act, so the
    // clause's subject is not its author; only its own phrase names one.
    // A gerund there keeps the subject: "shelled X despite agreeing to a truce".
    let circumstance =
        governed_by_class(rules, toks, hit.first, "adjunct-prep") && !is_gerund(&rules.lang, &toks[hit.first].word);
    let mut subject = main_subject
        .or_else(|| {
            left.iter()
                .copied()
                .find(|&i| unprepositioned(i) && !object_of_earlier(i) && first_verb.is_none_or(|v| slots[i].last <= v))
        })
        .filter(|_| !circumstance);
    let clause_subject = subject;
    let mut subject_note = "subject".to_string();
    if subject.is_none() && c_start > 0 {
        // A relative clause's subject is its antecedent: an actor ("Xi, che fece
        // la sua visita") or a thing ("le votazioni che condannavano"), never
        // the sentence's subject.
        let rel = toks[c_start - 1].word.as_str();
        // "dopo che", "prima che": after a clause word "che" completes a
        // conjunction and refers to nothing.
        let conjunction = c_start >= 2 && rules.is("clause-break", &toks[c_start - 2].word);
        if rules.is("relative-pronoun", rel)
            && !(rules.is("complementizer", rel)
                && (is_speech_complementizer(toks, ctx.speech_verb, c_start - 1) || conjunction))
        {
            let antecedent = (0..slots.len()).find(|&i| {
                (slots[i].last + 1 == c_start || (slots[i].last + 2 == c_start && toks[c_start - 2].word == ","))
                    && !rules.is("genitive-prep", gov(i))
            });
            if let Some(a) = antecedent {
                subject = Some(a);
                subject_note = "antecedent of the relative clause".into();
            } else {
                subject_note = "none (relative clause about a non-actor)".into();
            }
        }
    }
    let relative_about_thing = subject_note.starts_with("none");

    let (source_slot, mut recipient_slot): (Option<usize>, Option<usize>);
    let mut source_refs: Option<Vec<ActorRef>> = None;
    let how: String;
    // Where an adjunct clause after the act starts (see `next_verb`): a
    // coordinated recipient group stops there.
    let mut group_bound = usize::MAX;
    if is_verb {
        let agent = right.iter().copied().find(|&i| rules.is("agent-prep", gov(i)));
        let dest = right
            .iter()
            .copied()
            .find(|&i| rules.is("destination-prep", gov(i)) || rules.is("with-prep", gov(i)));
        // "withdraw its troops from X", "ritirare le proprie truppe da X": what
        // the subject owns is not the other party.
        let own = |i: usize| {
            let f = slots[i].first;
            let first_word = toks[f].word.as_str();
            rules.is("possessive", first_word)
                || (f > 0 && rules.is("possessive", &toks[f - 1].word))
                || (f > 1 && rules.is("possessive", &toks[f - 2].word) && rules.is("determiner", &toks[f - 1].word))
                || (toks.get(f + 1).is_some_and(|t| rules.is("possessive", &t.word))
                    && rules.is("determiner", first_word))
        };
        // "in Idlib, Syria's last enclave": an apposition renames the phrase
        // before it and is never the verb's object.
        let apposition = |i: usize| {
            let f = slots[i].first;
            i > 0 && f > 0 && toks[f - 1].word == "," && slots[i - 1].last + 1 == f
        };
        // An unprepositioned actor after a later gerund opening an adjunct
        // clause is that verb's object ("withdrew peacekeepers from X, allowing
        // Y to …": Y is allowed). A gerund after a preposition is a complement
        // ("accused X of killing Y"), one after an article an adjective ("a
        // visiting envoy"); neither blocks anything.
        let gerund = |w: &str| match rules.lang.as_str() {
            "it" => w.len() > 6 && (w.ends_with("ando") || w.ends_with("endo")),
            _ => w.len() > 5 && w.ends_with("ing"),
        };
        let next_verb = ctx
            .hits
            .iter()
            .filter(|h| {
                h.first > hit.last
                    && h.def.kind == TriggerKind::Verb
                    && gerund(&toks[h.first].word)
                    && !is_preposition(rules, &toks[h.first - 1].word)
                    && !rules.is("auxiliary", &toks[h.first - 1].word)
                    && !rules.is("determiner", &toks[h.first - 1].word)
            })
            .map(|h| h.first)
            .min()
            .unwrap_or(usize::MAX);
        // "boycotted the ballot, citing fraud and foreign networks": any
        // gerund after a comma opens an adjunct clause of its own, trigger or
        // not; what follows it is that verb's, never the act's object. A
        // gerund used as a preposition ("…, including X") opens none.
        let adjunct_clause = (hit.last.max(1)..c_end.min(toks.len()))
            .find(|&k| {
                toks[k - 1].word == ","
                    && gerund(&toks[k].word)
                    && !is_preposition(rules, &toks[k].word)
                    && !rules.is("gerund-prep", &toks[k].word)
                    // "sanctioned X, Beijing and Y": a name ending like a
                    // gerund is a conjunct, no clause.
                    && !slots
                        .iter()
                        .any(|s| s.first <= k && k < s.last && s.mention.country.is_some())
            })
            .unwrap_or(usize::MAX);
        let next_verb = next_verb.min(adjunct_clause);
        group_bound = adjunct_clause;
        // "…, the Ministry of Foreign Affairs said": the subject of a trailing
        // speech verb after a comma is the speaker, never the verb's object.
        let speaker_tail = |i: usize| {
            let mut f = slots[i].first;
            while f > 0 && rules.is("determiner", &toks[f - 1].word) {
                f -= 1;
            }
            f > 0
                && toks[f - 1].word == ","
                && (slots[i].last..(slots[i].last + 3).min(toks.len()))
                    .any(|k| ctx.speech_verb.get(k).copied().unwrap_or(false))
        };
        // "suspended the army talks with X": a bare common
        // noun right before a symmetric event noun modifies it; the party the
        // talks are with is the with-phrase after them.
        let modifies_talks_with_partner = |i: usize| {
            !slots[i].mention.text.chars().any(char::is_uppercase)
                && ctx
                    .hits
                    .iter()
                    .any(|h| h.first == slots[i].last && h.def.kind == TriggerKind::Noun && h.def.flags.symmetric)
                && right
                    .iter()
                    .any(|&w| slots[w].first > slots[i].last && rules.is("with-prep", gov(w)))
        };
        let direct = right.iter().copied().find(|&i| {
            unprepositioned(i)
                && !own(i)
                && !modifies_talks_with_partner(i)
                && !apposition(i)
                && !speaker_tail(i)
                && slots[i].first < next_verb
                && !participle_agent(rules, toks, slots, slots[i].first)
        });
        // A place after a locative preposition says where, not to whom
        // ("arrested journalists in Algiers").
        // "criticised the budget in Kessia": a country named in a locative
        // phrase after a judged artefact is where that thing is, not what is
        // judged; the noun-phrase tier then finds the thing.
        let judged_thing_first = crate::assign::judged_artefact_object(rules, toks, hit)
            && !slots.iter().any(|s| s.first >= hit.last && s.first <= hit.last + 2);
        let prepositioned = |setting: bool| {
            right.iter().copied().find(|&i| {
                slots[i].first < next_verb
                    && rules.is("recipient-prep", gov(i))
                    && !(rules.is("locative-prep", gov(i)) && slots[i].mention.kind == dyad_model::ActorKind::Location)
                    && !(judged_thing_first
                        && rules.is("locative-prep", gov(i))
                        && slots[i].mention.kind == dyad_model::ActorKind::Country)
                    && (setting || rules.is("against-prep", gov(i)))
            })
        };
        // "held a rally at the city hall against the new law": a body or thing
        // in a locative phrase is the setting; what the act is against comes
        // after it. (The later against-party pass sees named parties only.)
        // A demonstration is held somewhere, never given to anyone: Italian
        // "a"/"alla" ("un corteo alla prefettura contro la riforma") is there
        // the place it is held, and the against-phrase names its target.
        let demonstration_place =
            |p: usize| hit.def.category == dyad_model::Category::Protest && rules.is("destination-prep", gov(p));
        // When the target is no named party ("alla prefettura contro i
        // tagli"), the place still is not it: the noun-phrase fallback finds it.
        let unnamed_against_after = |p: usize| {
            toks.get(slots[p].last..next_verb.min(c_end))
                .unwrap_or_default()
                .iter()
                .take_while(|t| t.word != ",")
                .any(|t| rules.is("against-prep", &t.word))
        };
        let prepositioned = prepositioned(true).and_then(|p| {
            if !(rules.is("locative-prep", gov(p)) || demonstration_place(p)) {
                return Some(p);
            }
            let against = prepositioned(false)
                .filter(|&a| a > p && !toks[slots[p].last..slots[a].first].iter().any(|t| t.word == ","));
            match against {
                Some(a) => Some(a),
                None if demonstration_place(p) && unnamed_against_after(p) => None,
                None => Some(p),
            }
        });
        // "will not lift the ban on X until Y provides …": the subject of a
        // condition clause is no direct object when the act already has its
        // prepositioned object before the condition word. Alone ("will not lift
        // the embargo until Y reforms") it is still whom the refusal is aimed at.
        let after_condition =
            |i: usize, from: usize| (from..slots[i].first).any(|k| rules.is("condition-word", &toks[k].word));
        // "opened an investigation into X on suspicion of insulting Y", "ha
        // aperto un'indagine su X con l'accusa di offendere Y": after the
        // act's prepositioned object, a preposition with a gerund or infinitive
        // opens a clause of its own, whose object Y is no object of the act.
        // An opening quote may stand between ("of \"insulting Y\"").
        let after_nonfinite = |i: usize, from: usize| {
            (from.max(2)..slots[i].first).any(|k| {
                let w = toks[k].word.as_str();
                let quote = matches!(toks[k - 1].word.as_str(), "\"" | "“" | "«");
                (crate::morph::is_infinitive_or_gerund(&rules.lang, w) || rules.is("auxiliary", w))
                    && is_preposition(rules, &toks[k - 1 - usize::from(quote)].word)
            })
        };
        let direct = direct.filter(|&d| {
            !prepositioned.is_some_and(|p| {
                slots[p].first < slots[d].first
                    && (after_condition(d, slots[p].last) && !after_condition(p, hit.last)
                        || after_nonfinite(d, slots[p].last))
            })
        });
        // "Maduro closed Venezuela's borders with X": the subject's own state
        // named as the owner of the object is "its" borders; the party the act
        // reaches comes after. With no such party ("defended Germany's
        // decision") the state is what is judged, and stays.
        let subject_country = subject.and_then(|s| slots[s].mention.country.as_deref());
        let own_state = |i: usize| {
            slots[i].mention.kind == dyad_model::ActorKind::Country
                && subject_country.is_some()
                && slots[i].mention.country.as_deref() == subject_country
                && toks.get(slots[i].last).is_some_and(|t| words::is_possessive(&t.word))
        };
        let direct =
            direct.filter(|&d| !(own_state(d) && prepositioned.is_some_and(|p| slots[p].first > slots[d].first)));
        let genitive_close = right
            .iter()
            .copied()
            .find(|&i| rules.is("genitive-prep", gov(i)) && gap(i) <= 4);
        // Italian "da" after an active verb is "from": "ritirato le truppe dal
        // Perù". Not after a participle ("con il gruppo X, guidato dall'ex
        // ministro Y"): there it names the participle's agent, inside the
        // phrase the participle describes, and is nothing to the verb.
        let from = right.iter().copied().find(|&i| {
            rules.is("from-prep", gov(i))
                && slots[i].mention.kind != dyad_model::ActorKind::Location
                && !participle_agent(rules, toks, slots, slots[i].first)
                && !broker_agent(rules, toks, slots[i].first)
        });
        // "opened an investigation of X over his ties with Y": after a light
        // verb, the "of" phrase right after the event noun is its complement
        // and comes before any later partner or place. Only a party: a thing
        // there ("a suspension of air links with X") is what is acted on.
        let party = |g: usize| {
            let m = slots[g].mention;
            m.country.is_some() || m.sector.is_some() || m.text.chars().any(char::is_uppercase)
        };
        let complement =
            genitive_close.filter(|&g| ctx.verbal && hit.def.kind != TriggerKind::Verb && gap(g) <= 2 && party(g));
        // "struck an arms depot of the X army", "sostiene un dibattito
        // sull'orientamento della X": when nothing else is the object, the
        // named owner at the end of the object phrase is the party acted on
        // (what is hit or discussed is theirs). The phrase must run unbroken
        // from the verb: no punctuation or clause word between. A figure does
        // not break it ("offrirà il 14 marzo una cena in onore di X"), nor
        // does the currency sign written before one ("on $9 million of X's
        // timber").
        let currency = |k: usize| {
            matches!(toks[k].word.as_str(), "$" | "€" | "£" | "¥")
                && toks.get(k + 1).is_some_and(|n| n.kind == TokenKind::Number)
        };
        let owner = right.iter().copied().find(|&i| {
            rules.is("genitive-prep", gov(i))
                && party(i)
                && slots[i].first < next_verb
                && slots[i].mention.kind != dyad_model::ActorKind::Location
                && (hit.last..slots[i].first).all(|k| {
                    let t = &toks[k];
                    currency(k)
                        || matches!(t.kind, TokenKind::Word | TokenKind::Number)
                            && !rules.is("clause-break", &t.word)
                            && !rules.is("agent-prep", &t.word)
                })
        });
        let object = complement
            .or(direct)
            .or(prepositioned)
            .or(genitive_close)
            .or(if passive { None } else { from })
            .or(owner);
        // "provided X to Y", "ha consegnato X alle autorità di Y": after a
        // verb of giving, the dative names who gets it, whatever the theme
        // before it holds (a figure, an acronym, an owner) and however long
        // it runs, so no gap limit; only the clause and a gerund adjunct bound it.
        let transfer = rules.is("transfer-verb", hit.def.pattern.split_whitespace().next().unwrap_or(""));
        let dative_phrase = |i: usize| {
            rules.is("dative-prep", gov(i))
                && !{
                    // Back over the articles and the title run to the
                    // preposition: "according to", or an adjective's "to"
                    // ("opposed to Norvalian leader X"), makes no dative.
                    let k = title_run_start(rules, toks, slots[i].first, true, usize::MAX);
                    k >= 2 && rules.is("dative-lead", &toks[k - 2].word)
                }
        };
        let dative = (0..slots.len()).find(|&i| {
            transfer
                && slots[i].first >= hit.last
                && slots[i].last <= c_end
                && slots[i].first < next_verb
                && dative_phrase(i)
        });
        // "returned the statues that were looted in 1990 from the museum to
        // Kessia": a relative clause on the thing given ends the verb's
        // clause early, and the dative that closes the sentence after it
        // still names who gets the thing. Only the last dative phrase, with no
        // further clause word before it. The relative pronoun must be the
        // clause's subject ("that were looted", "which lists …"): in "the
        // books that X had lent to Y" the clause has a subject of its own
        // and the dative is the lending's.
        let own_subject = |k: usize| {
            let at = |i: usize| toks.get(i).map_or("", |t| t.word.as_str());
            let w = at(k);
            rules.is("determiner", w)
                || rules.is("subject-pronoun", w)
                || rules.is("possessive", w)
                || toks.get(k).is_some_and(|t| t.kind == TokenKind::Number)
                || slots.iter().any(|s| s.first == k)
                || (!rules.is("auxiliary", w) && !rules.is("passive-aux", w) && rules.is("auxiliary", at(k + 1)))
        };
        let relative_on_object = c_end < toks.len()
            && c_end > hit.last
            && rules.is("thing-relative", &toks[c_end].word)
            && !own_subject(c_end + 1)
            && !(hit.last..c_end).any(|k| rules.is("dative-prep", &toks[k].word));
        let dative = dative.or_else(|| {
            (0..slots.len()).rev().find(|&i| {
                transfer
                    && relative_on_object
                    && slots[i].first > c_end
                    && !(c_end + 1..slots[i].first).any(|k| rules.is("clause-break", &toks[k].word))
                    && dative_phrase(i)
            })
        });
        // "returned a gilded codex to its owners": when a dative phrase
        // follows the object but this tier has no slot for it (a phrase with
        // no name), the object is still the thing given, never who gets it;
        // the tier of all noun phrases finds the receiver. Only a dative that
        // opens a noun phrase counts (an article, a possessive, a figure, or a
        // preposition fused with its article): "gave 5 million to promote …"
        // is a purpose, not a receiver.
        // A party as object ("return the refugees to their homes", "returned
        // Ana Petr to her family") may still be the one the act is done to.
        let thing = |o: usize| {
            let m = slots[o].mention;
            m.country.is_none()
                && m.sector.is_none()
                && !matches!(m.kind, dyad_model::ActorKind::Country | dyad_model::ActorKind::Person)
                && !toks[slots[o].first..slots[o].last]
                    .iter()
                    .any(|t| rules.is_agent_word(&t.word))
        };
        let theme_before_dative = transfer
            && dative.is_none()
            && object.is_some_and(|o| {
                thing(o)
                    && (slots[o].last..c_end.min(next_verb).min(toks.len())).any(|k| {
                        rules.is("dative-prep", &toks[k].word)
                            && !(k >= 1 && rules.is("dative-lead", &toks[k - 1].word))
                            && (rules.is("dative-article", &toks[k].word)
                                || toks.get(k + 1).is_some_and(|n| {
                                    rules.is("determiner", &n.word)
                                        || rules.is("possessive", &n.word)
                                        || n.kind == TokenKind::Number
                                }))
                    })
            });
        let object = object.filter(|_| !theme_before_dative);
        let infinitive = is_infinitive(rules, toks, hit);
        if infinitive && ctx.controller.is_some() {
            subject = None;
        }
        if infinitive && subject.is_none() && !relative_about_thing {
            if let Some(c) = &ctx.controller {
                source_refs = Some(c.clone());
                subject_note = "controller of the infinitive (object of the governing verb)".into();
            } else if let Some(s) = ctx.sentence_subject.filter(|&s| slots[s].last <= hit.first) {
                subject = Some(s);
                subject_note = "sentence subject (infinitive)".into();
            }
        }
        if subject.is_none() && source_refs.is_none() && !relative_about_thing && !circumstance {
            if let Some(s) = ctx.sentence_subject.filter(|&s| slots[s].last <= hit.first) {
                subject = Some(s);
                subject_note = "sentence subject".into();
                roles.confidence_penalty += 0.1;
            }
        }
        if passive {
            // The patient is the clause's own subject: the sentence's subject
            // governs no passive complement ("ritiene che siano stati inviati … dalla Russia alla Corea del Nord").
            // "was arrested in Kessia", "were expelled from Kessia", "è stato
            // arrestato in Kessia": with no agent named, arrest, release and
            // expulsion are the acts of the state where they happen.
            let mode = hit.def.mode.as_deref().unwrap_or("");
            let custody_act = CUSTODY_MODES.contains(&mode);
            // People are often freed in a third country that hands them over
            // ("released in Doha"): a release names its holder only by the
            // custody it ends ("released from captivity in Kessia").
            let held_there = |i: usize| {
                mode != "release"
                    || (hit.last.max(slots[i].first.saturating_sub(4))..slots[i].first)
                        .any(|k| rules.is("custody-noun", &toks[k].word))
            };
            // The place must complement the verb itself, not a noun after it:
            // "arrested on his return from exile in X", "expelled from the
            // party in X" say where the exile or the party was. A short gap
            // with no possessive, and "from" only before the place or a place
            // of custody ("freed from a jail in X").
            let is_from = |w: &str| rules.is("from-prep", w);
            let place_of_the_act = |i: usize| {
                let gap = &toks[hit.last.min(slots[i].first)..slots[i].first];
                // The trigger may end in its own "from" ("expel from").
                let from_start = if is_from(&toks[hit.last - 1].word) {
                    hit.last - 1
                } else {
                    hit.last
                };
                let with_from = &toks[from_start.min(slots[i].first)..slots[i].first];
                let origin_of_other = |k: usize| {
                    is_from(&with_from[k].word)
                        && with_from[k + 1..]
                            .iter()
                            .find(|t| !rules.is("determiner", &t.word))
                            .is_some_and(|t| !rules.is("custody-noun", &t.word))
                };
                gap.len() <= MAX_CUSTODY_PLACE_GAP
                    && !gap.iter().any(|t| rules.is("possessive", &t.word))
                    && !(0..with_from.len()).any(origin_of_other)
            };
            // An agent phrase the recognizer has no actor for ("released by
            // rebel forces in X") still names who acted.
            let holder = right.iter().copied().find(|&i| {
                custody_act
                    && !(hit.last..slots[i].first).any(|k| {
                        // Italian "da" also says where from: "liberati dal carcere".
                        rules.is("agent-prep", &toks[k].word)
                            && !toks
                                .get(k + 1..slots[i].first.min(k + 3))
                                .is_some_and(|w| w.iter().any(|t| rules.is("custody-noun", &t.word)))
                    })
                    && slots[i].first < next_verb
                    && matches!(
                        slots[i].mention.kind,
                        dyad_model::ActorKind::Location | dyad_model::ActorKind::Country
                    )
                    && (rules.is("locative-prep", gov(i)) || rules.is("from-prep", gov(i)))
                    && held_there(i)
                    && place_of_the_act(i)
            });
            // "Dozens of dissidents were freed by X in Kessia": a subject
            // phrase this tier has no slot for is still the patient; the
            // place after the verb only says where, and the tier of all noun
            // phrases finds the patient.
            let unslotted_subject = clause_subject.is_none()
                && (c_start..hit.first).any(|k| {
                    let w = toks[k].word.as_str();
                    toks[k].kind == TokenKind::Word
                        && !(rules.is("auxiliary", w)
                            || rules.is("passive-aux", w)
                            || rules.is("determiner", w)
                            || rules.is("np-stop", w)
                            || rules.is("clause-break", w)
                            || rules.is("coord", w)
                            || is_preposition(rules, w))
                });
            // The patient must be found first: where this tier has no slot for
            // it, the tier of all noun phrases finds both.
            let holder = holder.filter(|_| !unslotted_subject);
            source_slot = agent.or(holder);
            // After a verb of giving the dative gets it, as in the active
            // ("a statue was handed back by X to the Y authorities").
            recipient_slot = dative.or(clause_subject).or(dest.filter(|_| !unslotted_subject));
            how = if agent.is_none() && holder.is_some() {
                "passive with no agent: source=the state of the place, recipient=subject".into()
            } else {
                "passive: source=agent after 'da/by', recipient=subject".into()
            };
        } else if flags.flip {
            // "ricevere/host X": only a direct-object actor makes it a visit.
            source_slot = direct;
            recipient_slot = direct.and(subject);
            how = "flipped: source=direct object, recipient=subject".into();
        } else if flags.dest {
            source_slot = subject.or(agent);
            recipient_slot = dative.or(dest).or(direct);
            how = format!("source={subject_note}, recipient=destination");
        } else {
            source_slot = subject;
            recipient_slot = dative.or(object);
            // Only an object right after the verb (articles and adjectives between).
            roles.direct_object =
                recipient_slot.is_some() && recipient_slot == direct && direct.is_some_and(|d| gap(d) <= 2);
            how = if dative.is_some() {
                format!("source={subject_note}, recipient=dative after a verb of giving")
            } else {
                format!("source={subject_note}, recipient=object")
            };
        }
        roles.locative = right.iter().copied().find(|&i| {
            rules.is("locative-prep", gov(i))
                && matches!(
                    slots[i].mention.kind,
                    dyad_model::ActorKind::Location | dyad_model::ActorKind::Country
                )
        });
    } else {
        // Nominal triggers: "la visita di Lula a Roma", "sanzioni Ue contro
        // Teheran", "l'occupazione del Kuwait da parte dell'Iraq".
        let agent_phrase = right.iter().copied().find(|&i| {
            let f = slots[i].first;
            let da_parte = (f >= 3 && toks[f - 2].word == "parte" && rules.is("agent-prep", &toks[f - 3].word))
                || headed_da_parte(rules, toks, f);
            da_parte || rules.is("agent-prep", gov(i)) && !italian_origin_da(rules, toks, hit, f)
        });
        // "l'esercitazione, annunciata ieri, è stata tenuta dalle truppe di X e
        // di Y", "the joint drill, planned for months, was held by X": the agent of a light verb in the
        // passive whose subject the event noun is performs the event, however
        // long the aside between them. The noun must be that subject: no
        // preposition before it, no other trigger before the auxiliary.
        let opening = {
            let k = article_start(rules, toks, hit.first);
            k == 0 || !is_preposition(rules, &toks[k - 1].word)
        };
        let passive_agent = (0..slots.len()).find(|&i| {
            let k = article_start(rules, toks, slots[i].first);
            opening
                && k >= hit.last + 3
                && slots[i].last <= c_end
                && rules.is("agent-prep", &toks[k - 1].word)
                && rules.is("light-verb", &toks[k - 2].word)
                && rules.is("auxiliary", &toks[k - 3].word)
                && !ctx.hits.iter().any(|h| h.first >= hit.last && h.first < k - 3)
        });
        let agent_phrase = passive_agent.or(agent_phrase);
        // "the UN sanctions on X", "Norvalia's strikes on Y": a name right
        // before the noun (or its "'s") modifies it and says whose act it is,
        // as the genitive after it does; the clause subject may only talk
        // about that act ("X criticised the UN sanctions"). A place there says
        // where ("the Gaza strikes"), and "anti-X protests" are against X. Only
        // for hostile acts: before a noun of help the name often says what
        // the help joins ("an AU peacekeeping force", "UN operations").
        let conflict = !hit.def.category.quad().is_cooperation();
        // A trigger opened by a preposition ("on alert") modifies nothing before
        // it, and a verdict word ("found X guilty") follows whom it names.
        // Italian modifiers follow the noun: a name before it ("ha dato alla X
        // tempo fino a …") belongs to the verb.
        let modifiable = conflict
            && rules.lang == "en"
            && !is_preposition(rules, &toks[hit.first].word)
            && !rules.is("verdict-word", &toks[hit.first].word);
        let prenominal = left.iter().copied().filter(|_| modifiable).find(|&i| {
            let s = &slots[i];
            let owner_mark = s.last < hit.first && words::is_possessive(&toks[s.last].word);
            (s.last == hit.first || owner_mark && s.last + 1 == hit.first)
                && s.mention.kind != dyad_model::ActorKind::Location
                && !(s.first > 0 && matches!(toks[s.first - 1].word.as_str(), "-" | "anti" | "pro"))
        });
        // "the withdrawal of troops", "il ritiro delle truppe": bare forces,
        // with no name or country of their own, after a noun of moving forces
        // are what is moved, the means of whoever moves them, as with a verb;
        // named forces ("il ritiro delle milizie Tarvi") withdraw themselves.
        let moving_forces = matches!(
            hit.def.category,
            dyad_model::Category::Retreat | dyad_model::Category::Mobilize
        );
        let moved_forces = |i: usize| {
            let s = &slots[i];
            moving_forces
                && s.mention.country.is_none()
                && s.first < s.last
                && toks[s.first..s.last]
                    .iter()
                    .all(|t| rules.is("force-noun", &t.word) || rules.is("determiner", &t.word))
        };
        // "il vertice di Hanoi": a place in the genitive says where, not who.
        let genitive = right.iter().copied().find(|&i| {
            rules.is("genitive-prep", gov(i))
                && gap(i) <= 3
                && Some(i) != agent_phrase
                && slots[i].mention.kind != dyad_model::ActorKind::Location
                && !moved_forces(i)
        });
        let adjacent = right.iter().copied().find(|&i| gap(i) <= 1 && unprepositioned(i));
        // "an attack by X on Y", "gli attacchi dell'esercito X sulla polizia
        // Y": after a conflict noun "on/su" names the target as "against" does,
        // so a genitive or agent before it is the attacker, not the attacked.
        let against = right
            .iter()
            .copied()
            .find(|&i| rules.is("against-prep", gov(i)) || (conflict && rules.is("attack-prep", gov(i))));
        let partner = right.iter().copied().find(|&i| {
            (rules.is("destination-prep", gov(i))
                || rules.is("with-prep", gov(i))
                || rules.is("recipient-prep", gov(i))
                || rules.is("from-prep", gov(i)) && italian_origin_da(rules, toks, hit, slots[i].first))
                && Some(i) != genitive
        });
        if let Some(a) = agent_phrase {
            source_slot = Some(a);
            recipient_slot = genitive.or(against);
            how = "nominal: source='da parte di' agent, recipient=genitive".into();
        } else if conflict && against.is_none() && genitive.is_some_and(|g| intergovernmental(slots[g].mention)) {
            // "le sanzioni dell'Onu", "i raid della Nato": a body of states acts
            // through the measures and operations named after it; it is their
            // author, not their target.
            source_slot = genitive;
            recipient_slot = partner;
            how = "nominal: source=intergovernmental genitive, recipient=with/destination".into();
            roles.intergovernmental_author = true;
        } else if conflict && against.is_none() && genitive.is_some() {
            source_slot = prenominal.or(adjacent).or(subject);
            recipient_slot = genitive;
            how = "nominal: recipient=genitive of the noun, source=modifier or subject".into();
        } else {
            // "la cooperazione tra le Filippine e gli Usa", "talks between
            // the two Koreas": the pair after "between" are the noun's parties,
            // however many articles stand before the first. Not when the noun
            // is the of-phrase of a noun of measure ("la profondità della
            // cooperazione tra X e Y"): there it is a topic, not a reported
            // act ("the resumption of talks between X and Y" is one).
            let measured = {
                let k = article_start(rules, toks, hit.first);
                k >= 2
                    && rules.is("genitive-prep", &toks[k - 1].word)
                    && article_start(rules, toks, k - 1)
                        .checked_sub(1)
                        .is_some_and(|m| rules.is("measure-noun", &toks[m].word))
            };
            let between = right
                .iter()
                .copied()
                .find(|&i| !measured && rules.is("between-prep", gov(i)) && gap(i) <= 3);
            source_slot = prenominal.or(genitive).or(between).or(adjacent).or(subject);
            recipient_slot = against.or(partner);
            how = "nominal: source=modifier, genitive or subject, recipient=against/with/destination".into();
            if recipient_slot.is_none() {
                // The host of "la visita di Putin" is the clause's other actor.
                recipient_slot = left
                    .iter()
                    .copied()
                    .find(|&i| Some(i) != source_slot && unprepositioned(i));
            }
        }
    }
    if recipient_slot == source_slot {
        recipient_slot = None;
    }
    roles.notes.push(how);

    let mut owned = Vec::new();
    let mut group = |s: usize| {
        let group = coordinated_group(rules, toks, slots, s);
        match coordinated_owners(rules, toks, slots, s) {
            Some(owners) if group.len() == 1 => {
                owned.push(format!(
                    "'{}' of coordinated owners: the owners are the parties",
                    slots[s].mention.text
                ));
                owners
            }
            _ => group,
        }
    };
    let mut source = match (source_refs, source_slot) {
        (Some(refs), _) => refs,
        (None, Some(s)) => refs(slots, &group(s)),
        (None, None) => Vec::new(),
    };
    let mut recipient = match recipient_slot {
        Some(r) => {
            let members: Vec<usize> = group(r)
                .into_iter()
                .filter(|&g| g == r || slots[g].first < group_bound)
                .collect();
            refs(slots, &members)
        }
        None => Vec::new(),
    };
    roles.notes.append(&mut owned);

    // An actor is not its own counterpart, nor is a country the recipient of
    // its own leader's act ("Russia e Vietnam … la visita di Putin").
    // Unknown countries (noun-phrase fallbacks) say nothing about identity.
    // "met with X", "held a meeting with X", "ha incontrato X / si è
    // incontrato con X": the partner of a symmetric act in a with-phrase is
    // the other side of it as a direct object is, never the actor itself.
    let same_country_ok =
        roles.direct_object || flags.symmetric && recipient_slot.is_some_and(|r| rules.is("with-prep", gov(r)));
    // Identity needs the state on one side ("Putin" and "Russia"), or one
    // sector of one country on both ("Putin" and "the Russian government"):
    // two persons or bodies of one country with no shared sector are
    // different parties ("a court and a former minister", "a premier and an
    // opposition leader").
    let state = |r: &ActorRef| {
        slots.iter().any(|s| {
            s.mention.start == r.start
                && matches!(
                    s.mention.kind,
                    dyad_model::ActorKind::Country | dyad_model::ActorKind::Location
                )
        })
    };
    let identity = |s: &ActorRef, r: &ActorRef| {
        s.country.is_some()
            && s.country == r.country
            && (s.sector.is_some() && s.sector == r.sector || state(s) || state(r))
    };
    recipient.retain(|r| {
        !source
            .iter()
            .any(|s| s.start == r.start || (!same_country_ok && identity(s, r)))
    });
    // A symmetric event with a compound subject and no object: the first
    // conjunct acts with the rest ("Lam e Putin hanno firmato"). Two
    // conjuncts are each other's partner even when a phrase follows the
    // verb: in "A and B agreed to share data on C", C is what they agreed about.
    if flags.symmetric
        && source.len() == 2
        && !recipient.is_empty()
        && recipient_slot.is_some_and(|r| !rules.is("with-prep", gov(r)))
    {
        recipient.clear();
    }
    if flags.symmetric && recipient.is_empty() && source.len() >= 2 {
        recipient = source.split_off(1);
        roles
            .notes
            .push("compound subject split into source and recipient".into());
    }
    // Symmetric events name their partner with "con" anywhere earlier in the
    // sentence ("dopo un vertice con Kim … ha firmato un patto").
    if flags.symmetric && recipient.is_empty() && !source.is_empty() {
        if let Some(p) = (0..slots.len())
            .filter(|&i| slots[i].last <= hit.first)
            .rev()
            .find(|&i| rules.is("with-prep", gov(i)))
        {
            recipient = refs(slots, &coordinated_group(rules, toks, slots, p));
            roles
                .notes
                .push(format!("partner from 'con/with' {}", describe(&recipient)));
            roles.confidence_penalty += 0.1;
        }
    }

    recipient.retain(|r| {
        !source
            .iter()
            .any(|s| s.start == r.start || (!same_country_ok && identity(s, r)))
    });
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
        s.first >= c_start
            && s.last <= c_end
            && s.mention.kind == dyad_model::ActorKind::Location
            && rules.is("destination-prep", gov(i))
            && !source.iter().any(|r| r.start == s.mention.start)
    });
    roles.source = source;
    roles.recipient = recipient;
    roles
}

/// The subject of the sentence: the first unprepositioned actor before the
/// first trigger, used when a later clause leaves its subject implicit
/// ("Putin si è recato in Vietnam … dove ha firmato …").
pub(crate) fn sentence_subject(
    rules: &LanguageRules,
    toks: &[Tok],
    slots: &[Slot],
    first_trigger: usize,
) -> Option<usize> {
    (0..slots.len())
        .find(|&i| slots[i].last <= first_trigger && !is_preposition(rules, effective_governor(rules, toks, slots, i)))
}

/// Decides the modality of a trigger from cue words and the verb's tense.
pub(crate) fn modality(
    rules: &LanguageRules,
    toks: &[Tok],
    hit: &TriggerHit,
    clause_start: usize,
) -> (Modality, Option<String>) {
    let window_start = hit.first.saturating_sub(4).max(clause_start);
    let mut found: Option<(Modality, String)> = None;
    for (m, cue, clause_scope) in &rules.modality_cues {
        // A cue ending in a clause-break word opens the trigger's clause ("if",
        // "se", "ogni volta che"): it stands right before the clause's start.
        let opens = cue.last().is_some_and(|w| rules.is("clause-break", w));
        let from = match (*clause_scope, opens) {
            (true, true) => clause_start.saturating_sub(cue.len()),
            (true, false) => clause_start,
            _ => window_start,
        };
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

/// How many words before a trigger an obligation cue still governs it.
pub(crate) const OBLIGATION_WINDOW: usize = 4;

/// True when an obligation cue ("must", "deve") stands in the trigger's
/// `before` window, the same window the modality cues are read in.
pub(crate) fn obliged(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit, clause_start: usize) -> bool {
    let window = &toks[hit
        .first
        .saturating_sub(OBLIGATION_WINDOW)
        .max(clause_start)
        .min(hit.first)..hit.first];
    rules.obligation_cues.iter().filter(|c| !c.is_empty()).any(|cue| {
        window
            .windows(cue.len())
            .any(|w| w.iter().zip(cue).all(|(t, c)| &t.word == c))
    })
}

/// True when the trigger is announced for the future: a future cue before it
/// in its clause ("will not", "won't", "never"), or a future verb form
/// ("non revocheranno").
pub(crate) fn announces(rules: &LanguageRules, toks: &[Tok], hit: &TriggerHit, clause_start: usize) -> bool {
    if hit.tense == Tense::Future {
        return true;
    }
    let from = hit.first.saturating_sub(5).max(clause_start);
    let window = &toks[from..hit.first];
    window
        .iter()
        .any(|t| ["never", "wo", "won't", "mai", "refuses", "refused", "refuse"].contains(&t.word.as_str()))
        || rules
            .modality_cues
            .iter()
            .filter(|(m, _, _)| *m == Modality::Future)
            .any(|(_, cue, _)| {
                window
                    .windows(cue.len())
                    .any(|w| w.iter().zip(cue).all(|(t, c)| &t.word == c))
            })
}

/// "da parte del regime X", "da parte del presidente russo X": the agent phrase
/// of a nominal trigger may name its actor after a head or title noun (up to
/// three words between the genitive and the name).
fn headed_da_parte(rules: &LanguageRules, toks: &[Tok], f: usize) -> bool {
    let head_word = |t: &Tok| {
        t.kind == dyad_model::TokenKind::Word
            && !is_preposition(rules, &t.word)
            && !rules.is("determiner", &t.word)
            && !rules.is("coord", &t.word)
            && !rules.is("clause-break", &t.word)
    };
    let heads = toks[..f].iter().rev().take(3).take_while(|t| head_word(t)).count();
    heads > 0
        && f >= heads + 3
        && rules.is("genitive-prep", &toks[f - heads - 1].word)
        && toks[f - heads - 2].word == "parte"
        && rules.is("agent-prep", &toks[f - heads - 3].word)
}

/// An organization of states (organizations.tsv codes IGO, UNO, EUR).
fn intergovernmental(m: &ActorMention) -> bool {
    m.kind == dyad_model::ActorKind::Organization
        && m.country.as_deref().is_some_and(|c| matches!(c, "IGO" | "UNO" | "EUR"))
}
