//! Lone names: a Capitalised word in no gazetteer, inside a sentence, that
//! is no common word of the language (`common-words.txt`) and is never
//! written in lowercase in the text, is a name even with nothing around it.
//! Its type comes from the words around it (`{lang}/name-cues.tsv`): a
//! lowercase noun before it ("il prefetto X" PER, "la stazione X" LOC, "la
//! squadra X" ORG), the same noun before "di/of" ("il comune di X" LOC), a
//! speech verb after it ("X ha detto" PER); a common word before it that is
//! no cue and no link word makes it a label ("il ciclone X"), not a name.
//! With no cue a lone name is a person, the commonest kind in news.

use crate::doc::{is_of, Doc};
use crate::gazetteer::Entry;
use dyad_model::ActorKind;
use foldhash::{HashMap, HashSet};

/// The cue lists of one language.
#[derive(Debug, Default)]
pub(crate) struct NameCues {
    pub next: HashMap<String, ActorKind>,
    pub of: HashMap<String, ActorKind>,
    pub after: HashMap<String, ActorKind>,
    pub link: HashSet<String>,
    /// The link words that are prepositions ("in", "da", "della"): they open
    /// a complement.
    pub prep: HashSet<String>,
    /// Demonstrative pronouns that stand for a noun said before them
    /// ("quelli di X", "those of X"): the noun's cue types the name.
    pub pronoun: HashSet<String>,
    /// The link words besides prepositions that title case leaves in
    /// lowercase (articles, conjunctions).
    pub minor: HashSet<String>,
    /// Nouns that belong to the name they precede ("fiume X", "suor X").
    pub part: HashMap<String, ActorKind>,
    /// Nouns that belong to the name after "di/of" ("provincia di X").
    pub part_of: HashMap<String, ActorKind>,
    /// Compass words that belong to a place name ("Germania Est", "Nord Italia").
    pub compass: HashSet<String>,
    /// (LOC only) Capitalised words that open a place name in no list
    /// ("Val X", "Monte X", "Lake X"): the name's own head says it is a place.
    pub head: HashSet<String>,
    /// (LOC only) Capitalised words that close one ("X Park", "X Island").
    pub tail: HashSet<String>,
    /// (LOC only) prepositions of place: a lone name in no list right after
    /// one is a place ("a X", "near X").
    pub at: HashSet<String>,
    /// Articles that, Capitalised inside a sentence, open a title ("Der
    /// Spiegel", "Il Fatto Quotidiano").
    pub title: HashSet<String>,
    /// Nouns of a match before "X - Y" ("la partita Norvalia - Kessia"):
    /// the two places are the teams.
    pub fixture: HashSet<String>,
    /// Articles that, right before a town named with none of its own, make
    /// the town its club ("il Parma", "al Rovigo").
    pub club: HashSet<String>,
    /// Prepositions that set one side with or against another ("contro",
    /// "con", "tra"): in a match report a place after one is a team, while
    /// after any other preposition ("a", "in", "di") it is where play is.
    pub side: HashSet<String>,
    /// Nouns of the state's own institutions ("Stato", "Consiglio"):
    /// Capitalised after a role and "di", the body the role belongs to.
    pub institution: HashSet<String>,
    /// (ORG only) Capitalised nouns of military units ("Reggimento",
    /// "Stormo"): right after an ordinal ("il 7º Reggimento") they name a
    /// unit, and the ordinal belongs to the name.
    pub unit: HashSet<String>,
    /// Top-level domains: words joined to one by dots are a web address,
    /// the name of a site.
    pub domain: HashSet<String>,
    /// Nouns of things a country owns, makes or claims ("acque iraniane",
    /// "Chinese goods"): a demonym with them names no group of people.
    pub things: HashSet<String>,
    /// Indefinite articles and "another/altro": a singular demonym right
    /// after one is a noun, one person ("un altro ceceno", "an Iraqi who").
    pub indefinite: HashSet<String>,
    /// Words between such an article and the demonym ("altro", "ethnic").
    pub indefinite_between: HashSet<String>,
    /// Regional and religious adjectives ("Western", "musulmani"): like a
    /// demonym beside a plural role noun they make a group of people, of no
    /// one country ("Western allies", "leader musulmani").
    pub group: HashSet<String>,
    /// Adjectives of rank, level or jurisdiction that may stand between an
    /// English demonym and its role noun ("a Peruvian federal judge"): the
    /// phrase is one actor of the demonym's country and the noun's sector.
    pub modifier: HashSet<String>,
    /// Nouns that name an event ("Festival", "Coppa", "Awards", "Contest"):
    /// a competition, prize or show is none of person, body or place, so a
    /// Capitalised name holding one is no entity for NER.
    pub event: HashSet<String>,
    /// Words that after a bare "di" make an adverb ("di fatto", "di nuovo",
    /// "di notte"): such a phrase qualifies the verb, never completes the
    /// name of the body before it ("il Senato di fatto ha bocciato").
    pub adverb: HashSet<String>,
}

/// A Capitalised article inside a sentence that opens a title.
pub(crate) fn title_article(doc: &Doc, u: usize) -> bool {
    doc.plain_word(u)
        && doc.tok(u).is_some_and(|t| t.cap && !t.upper && !t.sent_start)
        && doc.g.name_cues.title.contains(doc.word(u))
}

/// The previous unit, stepping over an elision mark ("dell'").
pub(crate) fn prev(doc: &Doc, u: usize) -> Option<usize> {
    let p = u.checked_sub(1)?;
    if doc.is_punct(p, "'’") {
        return p.checked_sub(1);
    }
    Some(p)
}

/// A lowercase plain word.
fn lower_word(doc: &Doc, u: usize) -> bool {
    doc.plain_word(u) && doc.tok(u).is_some_and(|t| !t.cap)
}

/// A word (plain or in the gazetteer), one token long.
fn any_word(doc: &Doc, u: usize) -> bool {
    doc.units.get(u).is_some_and(|un| un.t1 == un.t0 + 1) && doc.tok(u).is_some_and(|t| t.word)
}

/// A Capitalised word (plain or in the gazetteer).
fn cap_word(doc: &Doc, u: usize) -> bool {
    doc.tok(u).is_some_and(|t| t.word && t.cap)
}

/// Whether `u` is a name in no list and, if so, its type (`None`: no name
/// or nothing to say). The caller has ruled out sentence starts.
pub(crate) fn kind(doc: &Doc, u: usize) -> Option<ActorKind> {
    brand(doc, u, kind_by_context(doc, u))
}

/// A name written as a brand ("OpenLeaks") is an organization, whatever
/// the context would make it.
fn brand(doc: &Doc, u: usize, k: Option<ActorKind>) -> Option<ActorKind> {
    k.map(|k| {
        if k == ActorKind::Location || !camel(doc, u) {
            k
        } else {
            ActorKind::Organization
        }
    })
}

fn kind_by_context(doc: &Doc, u: usize) -> Option<ActorKind> {
    let cues = &doc.g.name_cues;
    let w = doc.word(u);
    if road(doc, u) {
        return Some(ActorKind::Location);
    }
    if w.chars().count() < 3 || doc.common_word(u) || doc.seen_lowercase(w) {
        return None;
    }
    // "Milano Cadorna", "Jeb Bush", "New York Mets": part of a longer name
    // this rule cannot type
    if cap_word(doc, u + 1) && !doc.sent_start(u + 1) {
        return None;
    }
    let p = prev(doc, u);
    if let Some(p) = p {
        // "The Guardian", "Le Temps": the title of a newspaper
        if title_article(doc, p) {
            return Some(ActorKind::Organization);
        }
        let opening = doc.sent_start(p) && cues.link.contains(doc.word(p));
        if cap_word(doc, p) && !opening && !matches!(doc.entry(p), Some(Entry::Title)) {
            return None;
        }
    }
    let Some(mut p) = p else { return Some(fallback(doc, u)) };
    // "il sistema russo X", "il tennista russo X": the noun before the
    // nationality says what X is
    if matches!(doc.entry(p), Some(Entry::Demonym(..))) && doc.tok(p).is_some_and(|t| !t.cap) {
        if let Some(q) = p
            .checked_sub(1)
            .filter(|&q| lower_word(doc, q) && !article(doc.word(q)))
        {
            p = q;
        }
    }
    let pw = doc.word(p);
    // cue nouns may be gazetteer words too ("sindaco", "Aeroporto")
    if any_word(doc, p) {
        let head = compound_head(doc, p).and_then(|h| cues.next.get(doc.word(h)));
        if let Some(&k) = head.or_else(|| cues.next.get(pw)).or_else(|| cues.part.get(pw)) {
            return Some(k);
        }
    }
    // an article opening the sentence is written with a capital and is an
    // article all the same ("La X ha annunciato", "Il X ha vinto")
    let opening_article = doc.plain_word(p) && doc.sent_start(p) && article(pw);
    if !lower_word(doc, p) && !opening_article {
        return Some(fallback(doc, u));
    }
    if article(pw) {
        // "la Juventus", "il Mugello": mostly clubs and companies
        return Some(structure(doc, u).unwrap_or(ActorKind::Organization));
    }
    if is_of(pw) {
        if let Some(k) = of_cue(doc, u) {
            return Some(k);
        }
        if let Some(q) = prev(doc, p).filter(|&q| any_word(doc, q)) {
            // "la guerra di X", "la scoperta di X": a thing's name, or
            // anything; no default here
            if doc.common_word(q) && !cues.link.contains(doc.word(q)) {
                return structure(doc, u);
            }
        }
        return Some(fallback(doc, u));
    }
    if cues.link.contains(pw) || !doc.common_word(p) {
        return Some(fallback(doc, u));
    }
    // "il ciclone X", "i premi X": a label of a thing
    None
}

/// "sulla A14", "l'A4", "della A10": in Italian a capital letter and a
/// number after a feminine article name a road (autostrada, strada
/// statale); "il G8" is masculine and stays out.
pub(crate) fn road(doc: &Doc, u: usize) -> bool {
    let Some(t) = doc.tok(u) else { return false };
    let w = doc.slice(t.start, t.end);
    let mut cs = w.chars();
    let form = cs.next().is_some_and(|c| c.is_ascii_uppercase())
        && (1..=3).contains(&cs.clone().count())
        && cs.all(|c| c.is_ascii_digit());
    form && doc.lang == "it"
        && prev(doc, u).is_some_and(|p| {
            doc.plain_word(p)
                && matches!(
                    doc.word(p),
                    "la" | "l"
                        | "della"
                        | "dell"
                        | "sulla"
                        | "sull"
                        | "alla"
                        | "all"
                        | "dalla"
                        | "dall"
                        | "nella"
                        | "nell"
                )
        })
}

/// "ThyssenKrupp", "OpenLeaks", "PdL": a capital after a lowercase letter
/// inside a Capitalised word is a brand or a company's written form, not a
/// person's name (except the Gaelic "McX"/"MacX" and "DeX", "LaX"
/// surnames). Lowercase-initial forms ("iPhone", "macOS") are products,
/// which KIND does not tag: they never start a name.
pub(crate) fn camel(doc: &Doc, u: usize) -> bool {
    let Some(t) = doc.tok(u).filter(|t| t.cap && !t.upper) else {
        return false;
    };
    let w = doc.slice(t.start, t.end);
    if ["Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O'"]
        .iter()
        .any(|p| w.starts_with(p) && w[p.len()..].starts_with(|c: char| c.is_uppercase()))
    {
        return false;
    }
    let cs: Vec<char> = w.chars().collect();
    cs.windows(2).any(|p| p[0].is_lowercase() && p[1].is_uppercase())
}

/// A lone name that opens a sentence: a Capitalised word there is a name
/// only if it is no common word in any case ("Ulteriori", "Questo" are) and
/// the text never writes it in lowercase; no word before it can type it, so
/// the word after it and its neighbours do ("X ha detto", "X, Y e Z").
pub(crate) fn at_start(doc: &Doc, u: usize) -> Option<ActorKind> {
    let w = doc.word(u);
    if road(doc, u) {
        return Some(ActorKind::Location);
    }
    if w.chars().count() < 3
        || doc.common_word(u)
        || doc.seen_lowercase(w)
        || doc.g.name_cues.link.contains(w)
        || doc.inflected_common(w)
        || opening_participle(doc, u)
    {
        return None;
    }
    if cap_word(doc, u + 1) {
        return None;
    }
    brand(doc, u, Some(fallback(doc, u)))
}

/// Italian "Colto in flagrante", "Soccorsa da un'ambulanza", "Giunto
/// all'età di": a sentence-opening word shaped like a past participle
/// (irregular ones too, which `inflected_common` cannot trace to their
/// verb) right before a preposition or an article opens a participle
/// clause; a surname there takes a verb ("X ha detto"), not a complement.
fn opening_participle(doc: &Doc, u: usize) -> bool {
    const ENDS: &[&str] = &["to", "ta", "ti", "te", "so", "sa", "si", "se"];
    let w = doc.word(u);
    doc.lang == "it" && ENDS.iter().any(|e| w.ends_with(e)) && lower_word(doc, u + 1) && {
        let n = doc.word(u + 1);
        article(n) || doc.g.name_cues.prep.contains(n) || doc.g.name_cues.indefinite.contains(n)
    }
}

/// The type of a lone name no word before it types: a word after it ("X ha
/// detto", "X said"), its form and neighbours, else a person.
fn fallback(doc: &Doc, u: usize) -> ActorKind {
    if lower_word(doc, u + 1) {
        if let Some(&k) = doc.g.name_cues.after.get(doc.word(u + 1)) {
            return k;
        }
    }
    structure(doc, u).unwrap_or(ActorKind::Person)
}

/// What the form and the neighbours of a lone name say: "Roma-Viterbo"
/// (a known place in a hyphenated name) and "Pontevaldo (CN)", "X (Texas)"
/// (a province code or a place in brackets after it) are places; in a list
/// ("Rovigo, X e Y") a name takes the type of a known neighbour.
fn structure(doc: &Doc, u: usize) -> Option<ActorKind> {
    let w = doc.word(u);
    if w.contains('-') && w.split('-').any(|part| doc.g.place_words.contains(part)) {
        return Some(ActorKind::Location);
    }
    if doc.is_punct(u + 1, "(") && doc.is_punct(u + 3, ")") {
        let code = doc.tok(u + 2).is_some_and(|t| t.upper && t.end - t.start == 2);
        if code || place(doc, u + 2) {
            return Some(ActorKind::Location);
        }
    }
    list_neighbour(doc, u, false).or_else(|| list_neighbour(doc, u, true))
}

/// A one-word gazetteer place (city, region, country).
fn place(doc: &Doc, u: usize) -> bool {
    doc.tok(u).is_some_and(|t| t.cap) && matches!(doc.entry(u), Some(Entry::City(_) | Entry::Country(_)))
}

/// The type of the nearest known item of a list the name is in ("A, X e
/// B"), walking left or right over other unknown names. The members of a
/// list are of one kind, so a cue noun before its first member types them
/// all ("le stazioni di X, Y e Z", "the towns of X, Y and Z"). The two ends
/// of a route ("da X a Roma", "from X to Leeds") are a list of two places.
fn list_neighbour(doc: &Doc, u: usize, right: bool) -> Option<ActorKind> {
    span_list_neighbour(doc, u, u + 1, right, false)
}

/// [`list_neighbour`] for a name of the units `u0..u1`, walking left
/// from its first unit or right from its last. `strict` (for names of
/// two words and more, whose default is a person): only a coordination
/// ("e", "and", a route) counts, for a comma alone may open an apposition
/// ("il sindaco di X, Anna Rossi"); no cue noun types the list, and a
/// known neighbour must be a name of its own, not the end of a longer one
/// ("Lola Ponce e X": "Ponce" is a town, and part of a person's name).
pub(crate) fn span_list_neighbour(doc: &Doc, u0: usize, u1: usize, right: bool, strict: bool) -> Option<ActorKind> {
    let u = if right { u1.checked_sub(1)? } else { u0 };
    let mut v = u;
    let mut coordinated = !strict;
    let cap = |k: usize| doc.tok(k).is_some_and(|t| t.word && t.cap);
    for _ in 0..8 {
        let sep = if right { v + 1 } else { v.checked_sub(1)? };
        let conj = doc.plain_word(sep) && matches!(doc.word(sep), "e" | "ed" | "and" | "o" | "or")
            || (right && v == u && route_to(doc, u0, sep));
        if !conj && !doc.is_punct(sep, ",") {
            return (v != u && !right && !strict).then(|| list_cue(doc, v)).flatten();
        }
        coordinated |= conj;
        v = if right { sep + 1 } else { sep.checked_sub(1)? };
        if !cap(v) {
            return None;
        }
        let alone = !strict || !(cap(v + 1) || v.checked_sub(1).is_some_and(cap));
        let known = match doc.entry(v) {
            Some(Entry::City(_) | Entry::Country(_)) => Some(ActorKind::Location),
            Some(Entry::Org(_)) => Some(ActorKind::Organization),
            Some(Entry::Leader(_)) => Some(ActorKind::Person),
            Some(_) => return None,
            None => None,
        };
        if let Some(k) = known {
            return (alone && coordinated).then_some(k);
        }
        // another unknown one-word name: keep walking; anything longer stops
        if doc.common_word(v) || cap(v + 1) || v.checked_sub(1).is_some_and(|k| cap(k) && !doc.is_punct(k, ",")) {
            return None;
        }
    }
    None
}

/// "da X a", "from X to": the word before `u` opens a route and `sep`
/// closes it.
fn route_to(doc: &Doc, u: usize, sep: usize) -> bool {
    let from = prev(doc, u).is_some_and(|p| doc.plain_word(p) && matches!(doc.word(p), "da" | "from"));
    from && doc.plain_word(sep) && matches!(doc.word(sep), "a" | "ad" | "to")
}

/// The type a cue noun gives the first member of a list: the noun right
/// before it ("le città X, Y") or before "di/of" ("i comuni di X, Y").
fn list_cue(doc: &Doc, first: usize) -> Option<ActorKind> {
    if prev(doc, first).is_some_and(|p| doc.plain_word(p) && is_of(doc.word(p))) {
        return of_cue(doc, first);
    }
    noun_cue(doc, first)
}

/// The type the noun right before `u` gives it ("la società X" ORG, "la
/// stazione X" LOC), for role phrases that would read X as a person.
pub(crate) fn noun_cue(doc: &Doc, u: usize) -> Option<ActorKind> {
    let p = prev(doc, u).filter(|&p| any_word(doc, p))?;
    cue_at(doc, p, &doc.g.name_cues.next)
}

/// The type a cue noun of `cues` at `p` gives: "la compagnia genovese X",
/// "il villaggio georgiano di X": an Italian adjective follows its noun, so
/// the cue may stand one word further back.
fn cue_at(doc: &Doc, p: usize, cues: &HashMap<String, ActorKind>) -> Option<ActorKind> {
    let head = |n: usize| {
        compound_head(doc, n)
            .and_then(|h| cues.get(doc.word(h)))
            .or_else(|| cues.get(doc.word(n)))
            .copied()
    };
    if let Some(k) = head(p) {
        return Some(k);
    }
    let adjective = doc.lang == "it"
        && doc.tok(p).is_some_and(|t| !t.cap)
        && (lower_word(doc, p) || matches!(doc.entry(p), Some(Entry::Demonym(..))))
        && !doc.g.name_cues.link.contains(doc.word(p));
    let q = p.checked_sub(1).filter(|&q| adjective && lower_word(doc, q))?;
    head(q)
}

/// "l'agenzia di stampa X", "il compagno di squadra X", "the head of state
/// X": a lowercase noun `n` after a bare "di/of" completes the noun before
/// it, and that first noun is the head of the compound, the one whose cue
/// types the name after it ("squadra" alone would make a club).
fn compound_head(doc: &Doc, n: usize) -> Option<usize> {
    if !lower_word(doc, n) {
        return None;
    }
    let d = n
        .checked_sub(1)
        .filter(|&d| doc.plain_word(d) && matches!(doc.word(d), "di" | "of"))?;
    d.checked_sub(1)
        .filter(|&h| any_word(doc, h) && doc.tok(h).is_some_and(|t| t.word && !t.cap))
}

/// The type a noun before "di/of" gives the name after it ("la moglie di
/// X" PER, "il comune di X", "the town of X" LOC, "i tifosi della X" ORG).
pub(crate) fn of_cue(doc: &Doc, u: usize) -> Option<ActorKind> {
    let p = prev(doc, u).filter(|&p| doc.plain_word(p) && is_of(doc.word(p)))?;
    let q = prev(doc, p).filter(|&q| any_word(doc, q))?;
    if doc.plain_word(q) && doc.g.name_cues.pronoun.contains(doc.word(q)) {
        return antecedent_cue(doc, q);
    }
    cue_at(doc, q, &doc.g.name_cues.of)
}

/// "Tra i comuni colpiti c'è anche quello di X", "the towns hit were
/// those of X and Y": a demonstrative pronoun before "di/of" stands for a noun said
/// before it in the sentence, and that noun, not the pronoun, types the
/// names after it. The nearest cue noun back to the sentence start is
/// taken; none, no type. A noun phrase outside a prepositional phrase ("his
/// ideas differ from those of X") is the nearest noun the pronoun can stand
/// for: without a cue it types nothing, and a cue noun further back ("the
/// mayor said …") heads another phrase. A noun inside a prepositional phrase
/// ("the towns hit by the storm were those of X") only qualifies another,
/// and one inside a relative clause ("the towns that lost the vote were
/// those of X") belongs to the clause whose head stands right before its
/// relative pronoun.
fn antecedent_cue(doc: &Doc, pronoun: usize) -> Option<ActorKind> {
    let cues = &doc.g.name_cues;
    let common = |u: usize| lower_word(doc, u) || (any_word(doc, u) && doc.tok(u).is_some_and(|t| !t.cap));
    // cue nouns may be gazetteer words too ("stazioni")
    let cue = |u: usize| {
        let w = doc.word(u);
        cues.of
            .get(w)
            .or_else(|| cues.next.get(w))
            .copied()
            .filter(|_| common(u))
    };
    let mut nearer_noun = false;
    let mut v = pronoun;
    for _ in 0..24 {
        if doc.sent_start(v) {
            return None;
        }
        v = v.checked_sub(1)?;
        if !common(v) {
            continue;
        }
        if nearer_noun {
            if relative_pronoun(doc.word(v)) {
                if let Some(k) = v.checked_sub(1).and_then(cue) {
                    return Some(k);
                }
            }
            continue;
        }
        if let Some(k) = cue(v) {
            return Some(k);
        }
        nearer_noun = opens_noun_phrase(doc, v);
    }
    None
}

fn relative_pronoun(w: &str) -> bool {
    matches!(w, "che" | "cui" | "quali" | "who" | "which" | "that")
}

/// Whether the word at `v` follows an article or a possessive that no
/// preposition governs, as the noun of a subject or an object does ("le
/// sue idee", "their plans"; not "by the storm", "della sua idea").
fn opens_noun_phrase(doc: &Doc, v: usize) -> bool {
    let prep = |u: usize| doc.plain_word(u) && doc.g.name_cues.prep.contains(doc.word(u));
    let Some(d) = v.checked_sub(1).filter(|&d| doc.plain_word(d) && !prep(d)) else {
        return false;
    };
    if d.checked_sub(1).is_some_and(prep) {
        return false;
    }
    let w = doc.word(d);
    article(w)
        || matches!(
            w,
            "a" | "an"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
                | "your"
                | "un"
                | "uno"
                | "una"
                | "suo"
                | "sua"
                | "suoi"
                | "sue"
                | "loro"
                | "nostro"
                | "nostra"
                | "nostri"
                | "nostre"
                | "mio"
                | "mia"
                | "miei"
                | "mie"
        )
}

/// Whether the noun before `u`, right before it or before "di/of", is
/// itself a kind of place ("la stazione X", "il comune di X"), not a thing
/// of a place ("la zona di X", "the mayor of X").
pub(crate) fn place_kind_before(doc: &Doc, u: usize) -> bool {
    let next = &doc.g.name_cues.next;
    let q = prev(doc, u)
        .filter(|&p| doc.plain_word(p) && is_of(doc.word(p)))
        .and_then(|p| prev(doc, p));
    let kind = match q.filter(|&q| any_word(doc, q)) {
        Some(q) => cue_at(doc, q, next),
        None => noun_cue(doc, u),
    };
    kind == Some(ActorKind::Location)
}

/// A definite article, alone or joined to a preposition: Italian and English
/// put none before a person's name ("il Mugello", "della Juventus", "the
/// Pentagon").
pub(crate) fn article(w: &str) -> bool {
    matches!(
        w,
        "il" | "lo"
            | "la"
            | "i"
            | "gli"
            | "le"
            | "l"
            | "del"
            | "dello"
            | "della"
            | "dei"
            | "degli"
            | "delle"
            | "dell"
            | "al"
            | "allo"
            | "alla"
            | "ai"
            | "agli"
            | "alle"
            | "all"
            | "dal"
            | "dallo"
            | "dalla"
            | "dai"
            | "dagli"
            | "dalle"
            | "dall"
            | "nel"
            | "nello"
            | "nella"
            | "nei"
            | "negli"
            | "nelle"
            | "nell"
            | "sul"
            | "sullo"
            | "sulla"
            | "sui"
            | "sugli"
            | "sulle"
            | "sull"
            | "col"
            | "the"
    )
}
