//! Role phrases and assembly: turns gazetteer hits and names into actor
//! mentions, joining a sector cue with a demonym or a country ("funzionari
//! statunitensi", "il governo della Corea del Sud", "US officials") into one
//! mention, giving a following name the phrase's country and sector ("il
//! presidente vietnamita To Lam"), reading appositions ("Andrei Lankov, un
//! esperto … dell'Università Kookmin di Seul" -> EDU, KOR), and linking
//! singular role phrases to the office-holder at the article's date ("il
//! presidente russo" -> Putin).

use crate::doc::{is_of, Doc};
use crate::gazetteer::Entry;
use crate::leaders::{holder, status_at, FORMER};
use crate::names::Name;
use dyad_model::{ActorKind, ActorMention};
use foldhash::{HashMap, HashMapExt};

/// A mention plus how it was found.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub m: ActorMention,
    /// Unit range.
    pub u0: usize,
    pub u1: usize,
    /// A proper name (counts for NER); false for role phrases.
    pub named: bool,
    /// In a role phrase, the units that name one institution ("polizia",
    /// "governo tedesco", "ministero degli Esteri"): an ORG name for NER.
    pub org_name: Option<(usize, usize)>,
}

impl Found {
    /// A mention over units `u0..u1` that names no institution inside it.
    pub(crate) fn new(m: ActorMention, u0: usize, u1: usize, named: bool) -> Found {
        Found {
            m,
            u0,
            u1,
            named,
            org_name: None,
        }
    }
}

#[derive(Debug, Clone, Default)]
struct Attr {
    country: Option<String>,
    sector: Option<String>,
    person: bool,
    /// the name follows an organization cue and names that organization
    org: bool,
}

fn mention(doc: &Doc, u0: usize, u1: usize, kind: ActorKind) -> ActorMention {
    let start = doc.units[u0].start;
    let end = doc.units[u1 - 1].end;
    ActorMention {
        text: doc.slice(start, end).to_string(),
        start,
        end,
        kind,
        country: None,
        sector: None,
        id: None,
        name: None,
    }
}

/// The mention for a gazetteer hit, if it names an actor.
pub(crate) fn hit_mention(doc: &Doc, u: usize) -> Option<ActorMention> {
    let g = doc.g;
    let e = doc.entry(u)?;
    let mut m;
    match e {
        Entry::Leader(i) => {
            let l = &g.leaders[i as usize];
            m = mention(doc, u, u + 1, ActorKind::Person);
            let (c, s) = status_at(l, doc.date);
            m.country = c;
            m.sector = s;
            m.id = l.qid.clone();
            m.name = Some(l.name.clone());
        }
        Entry::Country(i) => {
            m = mention(doc, u, u + 1, ActorKind::Country);
            as_country(doc, &mut m, i);
        }
        Entry::City(i) => {
            let c = &g.cities[i as usize];
            m = mention(doc, u, u + 1, ActorKind::Location);
            m.country = c.code();
            m.name = Some(c.name.clone());
        }
        Entry::Org(i) | Entry::Metonym(i) => {
            let o = &g.orgs[i as usize];
            m = mention(doc, u, u + 1, ActorKind::Organization);
            m.country = o.code.clone();
            m.sector = o.sector.clone();
            m.id = o.qid.clone();
            m.name = Some(o.name.clone());
        }
        _ => return None,
    }
    Some(m)
}

/// Makes `m` the state of gazetteer country `i` itself (no sector, no
/// QID: those belong to a leader or body standing for it), named in the
/// text's language as every country mention is.
pub(crate) fn as_country(doc: &Doc, m: &mut ActorMention, i: u32) {
    m.kind = ActorKind::Country;
    m.country = Some(doc.g.countries[i as usize].iso3.clone());
    m.sector = None;
    m.id = None;
    m.name = Some(doc.g.country_name(i, doc.lang).to_string());
}

/// In an organization name `u0..u1` ending "di <place>": the unit where
/// the "di" starts and the place's unit.
pub(crate) fn place_tail(doc: &Doc, u0: usize, u1: usize) -> Option<(usize, usize)> {
    let last = u1.checked_sub(1)?;
    // a country ends the name ("Banca d'Italia", "Repubblica di Grecia");
    // a town is where the body sits ("Tribunale di Milano"), and so is any
    // one unknown name after the head of an office that sits
    // in a town ("Procura di Valdoria"; `seat` heads); a common word there
    // names a part ("Tribunale di Sorveglianza")
    let seat = || {
        doc.plain_word(last)
            && doc.tok(last).is_some_and(|t| t.cap && !t.upper)
            && !doc.common_word(last)
            && (u0..last).any(|u| crate::names::head_flagged(doc, u, &doc.g.head_seat))
    };
    if !(matches!(doc.entry(last), Some(Entry::City(_))) || seat()) {
        return None;
    }
    let mut k = last.checked_sub(1)?;
    if doc.is_punct(k, "'") {
        k = k.checked_sub(1)?;
    }
    (k > u0 && doc.plain_word(k) && matches!(doc.word(k), "di" | "del" | "della" | "dell" | "d" | "of" | "in"))
        .then_some((k, last))
}

fn code_of(doc: &Doc, u: usize) -> Option<String> {
    match doc.entry(u)? {
        Entry::Country(i) | Entry::Demonym(i, _) => Some(doc.g.countries[i as usize].iso3.clone()),
        Entry::Org(i) | Entry::Metonym(i) => doc.g.orgs[i as usize].code.clone(),
        _ => None,
    }
}

fn demonym(doc: &Doc, u: usize) -> Option<String> {
    match doc.entry(u)? {
        Entry::Demonym(i, _) => Some(doc.g.countries[i as usize].iso3.clone()),
        _ => None,
    }
}

fn is_person_name(doc: &Doc, names: &HashMap<usize, &Name>, u: usize) -> bool {
    matches!(doc.entry(u), Some(Entry::Leader(_))) || names.get(&u).is_some_and(|n| n.kind == ActorKind::Person)
}

/// After a cue at `i`: the country its phrase names and the last unit of the
/// phrase. "governo sudcoreano", "governo della Corea del Sud",
/// "regime autoritario russo", "Dipartimento di Stato americano".
fn phrase_country(doc: &Doc, i: usize) -> Option<(String, usize, bool)> {
    let mut k = i + 1;
    // only Italian puts the demonym after its noun ("governo tedesco");
    // an English one after a cue opens the next phrase, so "Muslim
    // leaders met French envoys" is two groups, not "leaders met French"
    let after_noun = doc.lang == "it";
    if let Some(c) = demonym(doc, k).filter(|_| after_noun) {
        return Some((c, k, true));
    }
    // one adjective between ("alto funzionario ucraino" is a cue itself)
    if after_noun && doc.plain_word(k) && !doc.tok(k).is_some_and(|t| t.cap) && !is_of(doc.word(k)) {
        if let Some(c) = demonym(doc, k + 1) {
            return Some((c, k + 1, true));
        }
    }
    if doc.plain_word(k) && is_of(doc.word(k)) {
        k += 1;
        if doc.is_punct(k, "'") {
            k += 1;
        }
        if doc.word(k) == "the" {
            k += 1;
        }
        if matches!(
            doc.entry(k),
            Some(Entry::Country(_)) | Some(Entry::Org(_)) | Some(Entry::Metonym(_))
        ) {
            return code_of(doc, k).map(|c| (c, k, false));
        }
        // "il governo di Kiev", "la procura di Milano", "police in Paris"
        if let Some(Entry::City(c)) = doc.entry(k) {
            if let Some(code) = doc.g.cities[c as usize].code() {
                return Some((code, k, false));
            }
        }
    }
    None
}

/// An institution's complement after a cue: "ministero degli Esteri",
/// "Ministry of Foreign Affairs", "università di Nottingham" stop at the
/// last Capitalised word (places are left to `phrase_country`). Returns the
/// last unit of the phrase (`i` when there is none).
fn complement(doc: &Doc, names: &HashMap<usize, &Name>, i: usize, cue: &crate::gazetteer::Cue) -> usize {
    if cue.kind != ActorKind::Organization {
        return i;
    }
    let mut k = i + 1;
    // "governo provvisorio", "tribunale speciale", "polizia locale"
    if doc.lang == "it"
        && cue.name
        && doc.plain_word(k)
        && doc.tok(k).is_some_and(|t| !t.cap)
        && italian_adjective(doc.word(k))
    {
        return k;
    }
    if !(doc.plain_word(k) && is_of(doc.word(k))) {
        return i;
    }
    k += 1;
    if doc.is_punct(k, "'") {
        k += 1;
    }
    if names.get(&k).is_some_and(|n| n.kind == ActorKind::Person && !n.single) {
        return i;
    }
    let mut last = i;
    while k <= i + 6 && doc.plain_word(k) && doc.tok(k).is_some_and(|t| t.cap && !t.sent_start) {
        last = k;
        k += 1;
    }
    last
}

/// An Italian relational adjective by its ending ("federale", "militare",
/// "provvisorio", "milanese"); demonyms are gazetteer hits, not plain words.
pub(crate) fn italian_adjective(w: &str) -> bool {
    const ENDS: &[&str] = &[
        "ale", "ali", "ile", "ili", "are", "ari", "ese", "esi", "ico", "ica", "ici", "iche", "ivo", "iva", "ivi",
        "ive", "orio", "oria", "ori", "ario", "aria",
    ];
    // "europeo", "mediterranea"; shorter words in -ea are nouns ("area", "linea")
    const LONG_ENDS: &[&str] = &["eo", "ea", "ei", "ee"];
    let n = w.chars().count();
    n > 4 && ENDS.iter().any(|e| w.ends_with(e)) || n > 6 && LONG_ENDS.iter().any(|e| w.ends_with(e))
}

/// Whether a cue with no country or name beside it is an actor of its own:
/// "la polizia", "i manifestanti", "the government"; a singular person
/// ("il ministro") and an ambiguous word ("the military") need an article.
fn stands_alone(doc: &Doc, i: usize, cue: &crate::gazetteer::Cue) -> bool {
    let capital_inside = doc.tok(i).is_some_and(|t| t.cap && !t.sent_start) && cue.kind == ActorKind::Organization;
    if !(cue.alone || cue.det || capital_inside) {
        return false;
    }
    // "crisi di governo", "forze di polizia", "head of government": a
    // bare "of" makes the word a modifier, not an actor
    if cue.kind == ActorKind::Organization && i > 0 && matches!(doc.word(i - 1), "di" | "of") && doc.plain_word(i - 1) {
        return false;
    }
    // an adjective after its noun: "aiuti militari", "relazioni diplomatiche"
    if cue.adj
        && i > 0
        && doc.plain_word(i - 1)
        && doc.tok(i - 1).is_some_and(|t| !t.cap || t.sent_start)
        && noun_like(doc, i - 1)
    {
        return false;
    }
    // an adjective, not a noun: "military action", "la forza militare"
    if doc.lang == "en" && doc.plain_word(i + 1) && doc.tok(i + 1).is_some_and(|t| !t.cap) && cue.det {
        let next = doc.word(i + 1);
        if !is_of(next)
            && !next.ends_with("ed")
            && !matches!(
                next,
                "is" | "was"
                    | "has"
                    | "had"
                    | "have"
                    | "are"
                    | "were"
                    | "said"
                    | "says"
                    | "will"
                    | "would"
                    | "and"
                    | "in"
                    | "on"
                    | "to"
                    | "for"
            )
        {
            return false;
        }
    }
    // rows such as "civili|manifestanti" or "civilians|protesters" list
    // plurals only
    let w = doc.word(i);
    let plural = cue.plural
        || if doc.lang == "it" {
            w.ends_with('i')
        } else {
            w.ends_with('s')
        };
    if cue.det || (cue.kind == ActorKind::Person && !plural) {
        return article_before(doc, i);
    }
    true
}

/// Whether a lowercase Italian word before a cue that is also an adjective
/// can be the noun it qualifies: not an article, preposition, conjunction or
/// number word, nor a verb form ("ha incontrato diplomatici", "sono militari").
/// After an article a word that ends like a participle is a noun all the
/// same: an article makes a noun of what follows ("gli alleati", "i
/// deputati", "dei rifugiati").
fn noun_like(doc: &Doc, u: usize) -> bool {
    let w = doc.word(u);
    const FUNCTION: &[&str] = &[
        "il",
        "lo",
        "la",
        "i",
        "gli",
        "le",
        "l",
        "un",
        "una",
        "uno",
        "di",
        "a",
        "da",
        "in",
        "con",
        "su",
        "per",
        "tra",
        "fra",
        "e",
        "ed",
        "o",
        "che",
        "non",
        "anche",
        "solo",
        "due",
        "tre",
        "quattro",
        "cinque",
        "sei",
        "sette",
        "otto",
        "nove",
        "dieci",
        "cento",
        "mille",
        "alcuni",
        "alcune",
        "molti",
        "molte",
        "diversi",
        "diverse",
        "numerosi",
        "altri",
        "altre",
        "tutti",
        "tutte",
        "questi",
        "queste",
        "quei",
        "quelle",
        "dei",
        "degli",
        "delle",
        "ai",
        "agli",
        "alle",
        "dai",
        "dagli",
        "dalle",
        "nei",
        "negli",
        "nelle",
        "sui",
        "sugli",
        "sulle",
        "ha",
        "hanno",
        "sono",
        "era",
        "erano",
        "come",
        "suo",
        "sua",
        "suoi",
        "sue",
        "loro",
        "nostri",
        "nostre",
        "vostri",
        "miei",
        "propri",
        "proprie",
        "cui",
        "venti",
        "trenta",
        "quaranta",
        "cinquanta",
        "sessanta",
        "settanta",
        "ottanta",
        "novanta",
        "undici",
        "dodici",
        "quindici",
        "decine",
        "centinaia",
        "migliaia",
        "dozzine",
        "almeno",
        "circa",
        "oltre",
        "soltanto",
        "ex",
    ];
    const VERB_ENDS: &[&str] = &[
        "ato", "ati", "ata", "ate", "ito", "iti", "ita", "ite", "ano", "ono", "ava", "avano", "are", "ere", "ire",
    ];
    let after_article = crate::lone::prev(doc, u).is_some_and(|p| {
        doc.plain_word(p) && doc.tok(p).is_some_and(|t| !t.cap || t.sent_start) && crate::lone::article(doc.word(p))
    });
    !FUNCTION.contains(&w)
        && (after_article || !VERB_ENDS.iter().any(|e| w.ends_with(e)))
        && !w.chars().all(|c| c.is_ascii_digit())
}

fn article_before(doc: &Doc, i: usize) -> bool {
    let mut j = i;
    if j > 0 && doc.is_punct(j - 1, "'") {
        j -= 1;
    }
    // one adjective between: "the Israeli military" is a demonym phrase,
    // "the new government", "il nuovo governo", "dall'attuale giunta"
    for back in 0..2 {
        if j == 0 {
            return false;
        }
        j -= 1;
        if back > 0 && j > 0 && doc.is_punct(j, "'") {
            j -= 1;
        }
        let w = doc.word(j);
        // a definite article, or an indefinite one ("a Russian soldier", "un soldato russo")
        if crate::lone::article(w) || matches!(w, "un" | "una" | "uno" | "a") {
            return true;
        }
        if !(doc.plain_word(j) && doc.tok(j).is_some_and(|t| !t.cap)) {
            return false;
        }
    }
    false
}

fn former_before(doc: &Doc, i: usize) -> bool {
    let mut j = i;
    while j > 0 && j + 3 > i {
        j -= 1;
        let w = doc.word(j);
        if matches!(w, "ex" | "former" | "l'ex" | "gia") {
            return true;
        }
        if doc.entry(j).is_some() || (doc.tok(j).is_some_and(|t| !t.word) && w != "'" && w != "-") {
            return false;
        }
    }
    false
}

/// Reads "Name, un esperto russo ... presso l'Università X di Seul": returns
/// (sector, nationality, affiliation country).
fn apposition(
    doc: &Doc,
    names: &HashMap<usize, &Name>,
    end: usize,
    person: bool,
) -> (Option<String>, Option<String>, Option<String>, usize) {
    let (mut sector, mut nat, mut aff) = (None, None, None);
    let mut k = end;
    let direct = doc.plain_word(k) && (is_of(doc.word(k)) || matches!(doc.word(k), "presso" | "at"));
    if !(direct || doc.is_punct(k, ",")) {
        return (None, None, None, 0);
    }
    let limit = (end + 18).min(doc.units.len());
    k += 1;
    // "Lena Okafor, lodged an appeal with the U.N.": after a comma an
    // apposition opens with an article, a role or a nationality, not a verb
    if !direct {
        let w = doc.word(k);
        let opens = matches!(
            doc.entry(k),
            Some(Entry::Cue(_)) | Some(Entry::Demonym(..)) | Some(Entry::Title)
        ) || matches!(
            w,
            "un" | "una"
                | "uno"
                | "il"
                | "lo"
                | "la"
                | "l"
                | "i"
                | "gli"
                | "le"
                | "a"
                | "an"
                | "the"
                | "ex"
                | "former"
                | "gia"
                | "noto"
                | "nota"
                | "who"
                | "che"
                | "capo"
                | "head"
                | "presidente"
                | "president"
                | "direttore"
                | "director"
                | "docente"
                | "ricercatore"
                | "ricercatrice"
                | "researcher"
                | "fellow"
                | "senior"
                | "autore"
                | "author"
        ) || doc.tok(k).is_some_and(|t| t.cap);
        if !opens {
            return (None, None, None, 0);
        }
    }
    while k < limit {
        if doc.is_punct(k, ".;!?\"()") || doc.sent_start(k) {
            break;
        }
        // "X, ex ministro del Paese, ha dichiarato che il governo
        // ...": a comma before a speech verb closes the apposition
        if !direct && doc.is_punct(k, ",") && doc.g.name_cues.after.get(doc.word(k + 1)) == Some(&ActorKind::Person) {
            break;
        }
        // "Omar Bashir of Sudan expelled aid workers": a person's "di/of"
        // place ends the apposition before a lowercase word that joins
        // nothing (a verb)
        if person
            && direct
            && matches!(doc.entry(k - 1), Some(Entry::Country(_) | Entry::City(_)))
            && doc.plain_word(k)
            && doc.tok(k).is_some_and(|t| !t.cap)
            && !is_of(doc.word(k))
            && (!doc.g.name_cues.link.contains(doc.word(k))
                || matches!(
                    doc.word(k),
                    "ha" | "hanno"
                        | "aveva"
                        | "avevano"
                        | "sono"
                        | "era"
                        | "fu"
                        | "has"
                        | "have"
                        | "had"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                ))
        {
            break;
        }
        if let Some(n) = names.get(&k) {
            if n.kind == ActorKind::Organization {
                if aff.is_none() {
                    aff = n.country.clone();
                }
                if sector.is_none() {
                    sector = n.sector.clone();
                }
                k = n.u1;
                continue;
            } else if !n.single {
                break; // another person: the apposition is over
            }
        }
        match doc.entry(k) {
            Some(Entry::Cue(c)) => {
                // "a critic of President Robert Mugabe": a role that titles
                // another person's name is that person's, and ends the
                // apposition
                let titles_next = (k + 1..(k + 4).min(limit))
                    .take_while(|&j| !doc.is_punct(j, ",.;:!?\"()"))
                    .any(|j| names.get(&j).is_some_and(|n| n.kind == ActorKind::Person && !n.single));
                if titles_next {
                    break;
                }
                let cue = &doc.g.cues[c as usize];
                if sector.is_none() {
                    sector = Some(cue.sector.clone());
                }
            }
            Some(Entry::Demonym(c, _)) => {
                nat = nat.or(Some(doc.g.countries[c as usize].iso3.clone()));
            }
            Some(Entry::City(c)) => {
                aff = aff.or(doc.g.cities[c as usize].code());
            }
            Some(Entry::Org(_)) | Some(Entry::Metonym(_)) => {
                aff = aff.or(code_of(doc, k));
            }
            Some(Entry::Leader(_)) => break,
            _ => {}
        }
        k += 1;
    }
    (sector, nat, aff, k)
}

pub(crate) type Single = (usize, Option<(Option<String>, Option<String>, bool)>);

pub(crate) fn assemble(doc: &Doc, names: &[Name]) -> (Vec<Found>, Vec<Single>, Vec<usize>) {
    let by_start: HashMap<usize, &Name> = names.iter().map(|n| (n.u0, n)).collect();
    let mut pending: HashMap<usize, Attr> = HashMap::new();
    // "il presidente del Venezuela Hugo Chávez": the place or body after
    // "di" in a role phrase that a person's name completes is a name of its
    // own for NER, though the actor is the person (units)
    let mut role_names: Vec<usize> = Vec::new();
    let mut out: Vec<Found> = Vec::new();
    // one-word names (unit index, what the context says), for coref
    let mut singles: Vec<Single> = Vec::new();
    // units inside a person's apposition: its role words describe that
    // person ("Andrei Lankov, un esperto russo") and make no actor
    let mut appos_until = 0usize;
    let n = doc.units.len();
    let mut i = 0;
    while i < n {
        if let Some(name) = by_start.get(&i) {
            let attr = pending.remove(&i);
            // "Microsoft's board", "Google's chief executive": the owner's
            // phrase is one actor of the cue's sector, the owner an ORG name
            if let Some((c, end)) = possessive_cue(doc, name.u0, name.u1) {
                let cue = &doc.g.cues[c as usize];
                if is_person_name(doc, &by_start, end) {
                    // "Apple's chief executive Tim Cook": the owner is an
                    // organization, the name gets the sector
                    let mut m = mention(doc, name.u0, name.u1, ActorKind::Organization);
                    m.name = Some(m.text.clone());
                    out.push(Found::new(m, name.u0, name.u1, true));
                    pending.insert(
                        end,
                        Attr {
                            country: None,
                            sector: Some(cue.sector.clone()),
                            person: true,
                            org: false,
                        },
                    );
                    i = end;
                    continue;
                }
                let mut m = mention(doc, name.u0, end, cue.kind);
                m.sector = Some(cue.sector.clone());
                out.push(Found {
                    m,
                    u0: name.u0,
                    u1: end,
                    named: false,
                    org_name: Some((name.u0, name.u1)),
                });
                i = end;
                continue;
            }
            if name.kind == ActorKind::Person && name.single {
                singles.push((i, attr.map(|a| (a.country, a.sector, a.person))));
                i = name.u1;
                continue;
            }
            let kind = if attr.as_ref().is_some_and(|a| a.org) && name.kind == ActorKind::Person {
                ActorKind::Organization
            } else {
                name.kind
            };
            let mut m = mention(doc, name.u0, name.u1, kind);
            m.sector = name.sector.clone();
            m.country = name.country.clone();
            let (sec, nat, aff, until) = apposition(doc, &by_start, name.u1, kind == ActorKind::Person);
            if m.kind == ActorKind::Person {
                appos_until = until;
            }
            if m.kind == ActorKind::Person {
                m.sector = m.sector.or(sec);
                m.country = aff.or(nat);
            } else {
                m.sector = m.sector.or(sec);
                m.country = m.country.or(aff);
            }
            if let Some(a) = attr {
                // a nationality said right before the name ("Vietnamese
                // defence chief Gen. Ngo Xuan Lich") beats a place read
                // later in the apposition ("at his office in Seoul")
                m.country = if m.kind == ActorKind::Person {
                    a.country.or(m.country)
                } else {
                    m.country.or(a.country)
                };
                m.sector = a.sector.or(m.sector);
            }
            m.name = Some(m.text.clone());
            out.push(Found::new(m, name.u0, name.u1, true));
            i = name.u1;
            continue;
        }
        let Some(e) = doc.entry(i) else {
            // "alleati occidentali", "Western allies": a regional or
            // religious adjective makes a group as a demonym does
            let free_from = out.last().map_or(0, |f| f.u1);
            if let Some((u0, u1)) = group_adjective(doc, i)
                .then(|| demonym_group(doc, i, doc.lang == "it", free_from))
                .flatten()
            {
                out.push(Found::new(mention(doc, u0, u1, ActorKind::Person), u0, u1, false));
                i = u1;
                continue;
            }
            i += 1;
            continue;
        };
        match e {
            Entry::Leader(_) => {
                if let Some(mut m) = hit_mention(doc, i) {
                    if let Some(a) = pending.remove(&i) {
                        if m.country.is_none() {
                            m.country = a.country;
                        }
                        if a.sector.as_deref() == Some(FORMER) && m.sector.as_deref() == Some("GOV") {
                            // the text says "ex": trust it over the table
                            m.sector = a.sector;
                        }
                    }
                    out.push(Found::new(m, i, i + 1, true));
                }
                i += 1;
            }
            Entry::Country(_) | Entry::City(_) | Entry::Org(_) | Entry::Metonym(_) => {
                let Some(mut m) = hit_mention(doc, i) else {
                    i += 1;
                    continue;
                };
                let mut u1 = i + 1;
                // "Dipartimento di Stato americano": a trailing demonym
                if matches!(e, Entry::Org(_) | Entry::Metonym(_)) {
                    if let Some(c) = demonym(doc, i + 1) {
                        m.country = m.country.or(Some(c));
                        m.end = doc.units[i + 1].end;
                        m.text = doc.slice(m.start, m.end).to_string();
                        u1 = i + 2;
                    }
                }
                // a disputed place has a country only when the text names the
                // holder: "Indian Kashmir", "the Israeli-occupied Golan
                // Heights", "il Kashmir pachistano"
                if let Entry::City(c) = e {
                    if let Some(claims) = doc.g.disputed.get(&c) {
                        let held = |u: usize| demonym(doc, u).filter(|d| claims.contains(d));
                        let built = |b: usize| {
                            let w = doc.word(b);
                            let (d, how) = w.split_once('-')?;
                            if !doc.plain_word(b)
                                || !matches!(how, "occupied" | "administered" | "controlled" | "held" | "run")
                            {
                                return None;
                            }
                            let iso3 = &doc.g.countries[*doc.g.demonym_words.get(d)? as usize].iso3;
                            claims.contains(iso3).then(|| iso3.clone())
                        };
                        let before = i.checked_sub(1).and_then(|b| held(b).or_else(|| built(b)));
                        if let Some(d) = before {
                            m.country = Some(d);
                        } else if let Some(d) = held(i + 1) {
                            m.country = Some(d);
                            m.end = doc.units[i + 1].end;
                            m.text = doc.slice(m.start, m.end).to_string();
                            u1 = i + 2;
                        }
                    }
                }
                // English "US officials", "Russia's foreign minister" stays two
                if doc.lang == "en" && matches!(e, Entry::Country(_)) {
                    // "Iran's government", "Russia's foreign minister"
                    let c1 = if doc.is_punct(i + 1, "'") && doc.word(i + 2) == "s" {
                        i + 3
                    } else {
                        i + 1
                    };
                    if let Some(Entry::Cue(c)) = doc.entry(c1) {
                        let cue = &doc.g.cues[c as usize];
                        let attr = Attr {
                            country: m.country.clone(),
                            sector: Some(cue.sector.clone()),
                            person: cue.kind == ActorKind::Person,
                            org: false,
                        };
                        let p = skip_title(doc, c1 + 1);
                        if is_person_name(doc, &by_start, p) {
                            pending.insert(p, attr);
                            out.push(Found::new(m, i, i + 1, true));
                            i = p;
                            continue;
                        } else {
                            let mut pm = mention(doc, i, c1 + 1, cue.kind);
                            pm.country = attr.country;
                            pm.sector = attr.sector;
                            link_office(doc, &mut pm, c);
                            out.push(Found::new(pm, i, c1 + 1, false));
                        }
                        i = c1 + 1;
                        continue;
                    }
                    // "Libya's renegade Gen. X", "Peru's former President X":
                    // a possessive country, at most one lowercase word, a
                    // title, then a name: the person is of that country
                    if c1 == i + 3 {
                        let adj = doc.plain_word(c1) && doc.tok(c1).is_some_and(|t| !t.cap) && doc.entry(c1).is_none();
                        let t = if adj { c1 + 1 } else { c1 };
                        if matches!(doc.entry(t), Some(Entry::Title)) && is_person_name(doc, &by_start, t + 1) {
                            pending.entry(t + 1).or_default().country = m.country.clone();
                        }
                    }
                }
                // "former Germany defender Christoph Metzelder", "difensore
                // della Germania Christoph Metzelder": the country of a role
                // noun in no list goes to the full name after it
                if matches!(e, Entry::Country(_)) {
                    if let Some(p) = role_noun_then_name(doc, &by_start, i) {
                        pending.entry(p).or_default().country = m.country.clone();
                    }
                }
                out.push(Found::new(m, i, u1, true));
                i = u1;
            }
            Entry::Cue(c) => {
                let cue = doc.g.cues[c as usize].clone();
                let former = former_before(doc, i);
                let sector = if former { FORMER.to_string() } else { cue.sector.clone() };
                // "ministero degli Esteri", "Ministry of Defence"
                let ext = complement(doc, &by_start, i, &cue);
                let institution = cue.kind == ActorKind::Organization && (cue.name || ext > i);
                if let Some((country, last, adjacent)) = phrase_country(doc, ext) {
                    let after = skip_title(doc, last + 1);
                    if i < appos_until {
                        i = last + 1;
                        continue;
                    }
                    if is_person_name(doc, &by_start, after) {
                        // "la ong israeliana Israel Flying Aid": after an
                        // organization cue the name is that organization
                        let org = cue.kind == ActorKind::Organization
                            && adjacent
                            && !matches!(doc.entry(after), Some(Entry::Leader(_)));
                        pending.insert(
                            after,
                            Attr {
                                country: Some(country),
                                sector: Some(sector),
                                person: true,
                                org,
                            },
                        );
                        if !adjacent {
                            role_names.push(last);
                        }
                        i = after;
                        continue;
                    }
                    let mut m = mention(doc, i, last + 1, cue.kind);
                    m.country = Some(country);
                    m.sector = Some(sector);
                    if !former {
                        link_office(doc, &mut m, c);
                    }
                    // "governo tedesco", "università di Nottingham" are one
                    // name; in "governo della Corea del Sud" the country is
                    // a name of its own
                    // "governo tedesco" names one body; with a plural
                    // demonym ("autorità tedesche", "truppe americane") the
                    // phrase is a group of bodies or people, no name
                    let group = adjacent && matches!(doc.entry(last), Some(Entry::Demonym(_, true)));
                    let org_name = if group || !institution && cue.kind != ActorKind::Organization {
                        None
                    } else if adjacent {
                        Some((i, last + 1))
                    } else if institution {
                        Some((i, ext + 1))
                    } else {
                        None
                    };
                    out.push(Found {
                        m,
                        u0: i,
                        u1: last + 1,
                        named: false,
                        org_name,
                    });
                    i = last + 1;
                    continue;
                }
                // "Muslim leaders", "leader musulmani": a group of no one
                // country; the adjective stands where a demonym would
                let group = if doc.lang == "it" {
                    group_adjective(doc, i + 1).then_some((i, i + 2))
                } else {
                    (cue.plural && i > 0 && group_adjective(doc, i - 1)).then(|| (i - 1, i + 1))
                };
                if let Some((u0, u1)) = group.filter(|&(u0, _)| u0 >= appos_until) {
                    let mut m = mention(doc, u0, u1, cue.kind);
                    m.sector = Some(sector);
                    out.push(Found::new(m, u0, u1, false));
                    i = u1;
                    continue;
                }
                if cue.kind == ActorKind::Person && is_person_name(doc, &by_start, i + 1)
                    || by_start.get(&(i + 1)).is_some_and(|n| n.kind == ActorKind::Person)
                {
                    pending.insert(
                        i + 1,
                        Attr {
                            country: None,
                            sector: Some(sector),
                            person: true,
                            org: false,
                        },
                    );
                    i += 1;
                    continue;
                }
                if i >= appos_until && stands_alone(doc, i, &cue) {
                    let mut m = mention(doc, i, ext + 1, cue.kind);
                    m.sector = Some(sector);
                    let org_name = if institution { Some((i, ext + 1)) } else { None };
                    out.push(Found {
                        m,
                        u0: i,
                        u1: ext + 1,
                        named: false,
                        org_name,
                    });
                    i = ext + 1;
                    continue;
                }
                i += 1;
            }
            Entry::Title => {
                if by_start.contains_key(&(i + 1)) || is_person_name(doc, &by_start, i + 1) {
                    pending.entry(i + 1).or_default().person = true;
                }
                i += 1;
            }
            Entry::Demonym(c, plural) => {
                let code = doc.g.countries[c as usize].iso3.clone();
                // "French and German negotiators": the head noun is shared,
                // so each country is an actor of its own, as Italian
                // "negoziatori francesi e tedeschi" gives
                if doc.lang == "en" && i >= appos_until {
                    if let Some((kind, sector)) = shared_head(doc, i, out.last().map_or(0, |f| f.u1)) {
                        let mut m = mention(doc, i, i + 1, kind);
                        m.country = Some(code);
                        m.sector = sector;
                        out.push(Found::new(m, i, i + 1, false));
                        i += 1;
                        continue;
                    }
                }
                // "diplomatici spagnoli e portoghesi": the demonym after "e"
                // shares the noun of the phrase the one before it closed
                if doc.lang == "it" && !doc.tok(i).is_some_and(|t| t.cap) {
                    if let Some(prev) = out.last().filter(|f| {
                        f.u1 + 1 == i
                            && joiner(doc, f.u1)
                            && f.u1 >= f.u0 + 2
                            && matches!(doc.entry(f.u1 - 1), Some(Entry::Demonym(..)))
                    }) {
                        let mut m = mention(doc, i, i + 1, prev.m.kind);
                        m.sector = prev.m.sector.clone();
                        m.country = Some(code);
                        out.push(Found::new(m, i, i + 1, false));
                        i += 1;
                        continue;
                    }
                }
                // English "Russian officials", "North Korean leader Kim Jong Un";
                // a modifier may stand between ("a Peruvian federal judge")
                let cue_at = if doc.lang != "en" {
                    None
                } else if matches!(doc.entry(i + 1), Some(Entry::Cue(_))) {
                    Some(i + 1)
                } else {
                    let modifier = doc.plain_word(i + 1)
                        && doc.tok(i + 1).is_some_and(|t| !t.cap)
                        && doc.entry(i + 1).is_none()
                        && doc.g.name_cues.modifier.contains(doc.word(i + 1));
                    modifier.then_some(i + 2)
                };
                if let Some((at, Some(Entry::Cue(cu)))) = cue_at.map(|at| (at, doc.entry(at))) {
                    let cue = &doc.g.cues[cu as usize];
                    let p = skip_title(doc, at + 1);
                    if is_person_name(doc, &by_start, p) || by_start.contains_key(&p) {
                        // "the Israeli NGO Israel Flying Aid"
                        let org = cue.kind == ActorKind::Organization
                            && p == at + 1
                            && !matches!(doc.entry(p), Some(Entry::Leader(_)));
                        let attr = Attr {
                            country: Some(code),
                            sector: Some(cue.sector.clone()),
                            person: true,
                            org,
                        };
                        pending.insert(p, attr);
                        i = p;
                        continue;
                    }
                    let mut m = mention(doc, i, at + 1, cue.kind);
                    m.country = Some(code);
                    m.sector = Some(cue.sector.clone());
                    // a modified role ("a Peruvian regional minister") is not
                    // the holder of the cue's office
                    if at == i + 1 {
                        link_office(doc, &mut m, cu);
                    }
                    out.push(Found::new(m, i, at + 1, false));
                    i = at + 1;
                    continue;
                }
                // "Brazilian striker Neymar da Silva"
                if doc.lang == "en" {
                    if let Some(p) = role_noun_then_name(doc, &by_start, i) {
                        pending.entry(p).or_default().country = Some(code.clone());
                    }
                }
                // "il russo Vladimir Putin"
                if is_person_name(doc, &by_start, i + 1) || by_start.contains_key(&(i + 1)) {
                    pending.entry(i + 1).or_default().country = Some(code);
                    i += 1;
                    continue;
                }
                let free_from = out.last().map_or(0, |f| f.u1);
                if let Some((u0, u1)) = demonym_group(doc, i, plural, free_from) {
                    let mut m = mention(doc, u0, u1, ActorKind::Person);
                    m.country = Some(code);
                    out.push(Found::new(m, u0, u1, false));
                    i = u1;
                    continue;
                }
                i += 1;
            }
            Entry::OrgHead(_) => i += 1,
        }
    }
    (out, singles, role_names)
}

/// A comma or a coordinating conjunction between two members of a list.
fn joiner(doc: &Doc, u: usize) -> bool {
    doc.is_punct(u, ",") || doc.plain_word(u) && matches!(doc.word(u), "and" | "or" | "e" | "ed" | "o")
}

/// English demonyms coordinated before one head noun ("French and German
/// negotiators", "British, French and German troops"): for the demonym at
/// `i`, the kind and sector of the phrase the last of them opens (a cue, or
/// a plural noun in no list), if `i` is not the last.
fn shared_head(doc: &Doc, i: usize, free_from: usize) -> Option<(ActorKind, Option<String>)> {
    let is_demonym = |u: usize| matches!(doc.entry(u), Some(Entry::Demonym(..)));
    let joiner = |u: usize| joiner(doc, u);
    let mut j = i;
    loop {
        let mut k = j + 1;
        if !joiner(k) {
            break;
        }
        // ", and"
        if joiner(k + 1) {
            k += 1;
        }
        if !is_demonym(k + 1) {
            break;
        }
        j = k + 1;
    }
    if j == i {
        return None;
    }
    if let Some(Entry::Cue(c)) = doc.entry(j + 1) {
        let cue = &doc.g.cues[c as usize];
        return Some((cue.kind, Some(cue.sector.clone())));
    }
    let plural = matches!(doc.entry(j), Some(Entry::Demonym(_, true)));
    demonym_group(doc, j, plural, free_from)
        .filter(|&(u0, u1)| u0 == j && u1 > j + 1)
        .map(|_| (ActorKind::Person, None))
}

/// A regional or religious adjective in `name-cues` ("Western",
/// "musulmani"); Italian ones are lowercase, as demonyms are.
pub(crate) fn group_adjective(doc: &Doc, u: usize) -> bool {
    doc.plain_word(u)
        && doc.tok(u).is_some_and(|t| doc.lang == "en" || !t.cap)
        && doc.g.name_cues.group.contains(doc.word(u))
}

/// People of one country named by a demonym and no cue: English "77,000
/// Nigerians", "the Syrians", "Iraqi pilots"; Italian "i siriani",
/// "piloti iracheni", "caschi blu cinesi". The head noun is in no list, so
/// the phrase gets the country and no sector. Units `free_from..` are not
/// taken by an earlier mention.
fn demonym_group(doc: &Doc, i: usize, plural: bool, free_from: usize) -> Option<(usize, usize)> {
    let lower_word = |u: usize| doc.plain_word(u) && doc.entry(u).is_none() && doc.tok(u).is_some_and(|t| !t.cap);
    // a noun phrase that completes another noun ("i profitti dei beni
    // russi", "the value of Russian assets") is rarely an actor: the head
    // noun before it is what the sentence is about
    let after_of = |u: usize| u > 0 && doc.plain_word(u - 1) && (is_of(doc.word(u - 1)) || doc.word(u - 1) == "of");
    // the demonym then says whose the thing is, and the coder took such
    // phrases for the recipient in place of the people or state acted on
    let thing = |u: usize| doc.g.name_cues.things.contains(&dyad_text::fold(doc.word(u)));
    if !plural && after_indefinite(doc, i) {
        // English puts the adjective before its noun: only a demonym that
        // no lowercase word follows (or a link word: "an Iraqi who") is one
        let n = i + 1;
        let lower = doc.tok(n).is_some_and(|t| t.word && !t.cap);
        let noun = doc.lang == "it"
            || !lower
            || (doc.g.name_cues.link.contains(doc.word(n)) && !matches!(doc.word(n), "and" | "or"));
        if noun && doc.tok(i).is_some_and(|t| doc.lang == "en" || !t.cap) {
            return Some((i, i + 1));
        }
    }
    if doc.lang == "en" {
        // an English plural demonym is always a noun
        if plural {
            return Some((i, i + 1));
        }
        // "Iraqi pilots": a plural noun in no list right after the adjective
        // (irregular plurals of people too); a singular ("Russian gas") or
        // -is/-us/-ss word ("Syrian crisis") is a thing, not a group
        let n = i + 1;
        let w = doc.word(n);
        let regular =
            w.chars().count() > 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("is") && !w.ends_with("us");
        return (lower_word(n)
            && (regular || matches!(w, "people" | "children"))
            && !not_role_noun(w)
            && !thing(n)
            && !after_of(i))
        .then_some((i, n + 1));
    }
    // Italian demonyms are lowercase; a capitalised one is a name
    if !plural || doc.tok(i).is_some_and(|t| t.cap) {
        return None;
    }
    // after its noun, over at most one invariable word: "piloti iracheni",
    // "caschi blu cinesi"; the noun must be plural like the demonym
    let mut u0 = i;
    // a number glued to "mila"/"mln" ("30mila") is a quantity, not the noun
    let number = |u: usize| doc.word(u).chars().next().is_some_and(|c| c.is_ascii_digit());
    while u0 > free_from
        && i - u0 < 2
        && lower_word(u0 - 1)
        && !number(u0 - 1)
        && noun_like(doc, u0 - 1)
        && !doc.g.name_cues.link.contains(doc.word(u0 - 1))
    {
        u0 -= 1;
    }
    if u0 < i {
        let w = doc.word(u0);
        return ((w.ends_with('i') || w.ends_with('e')) && !thing(u0) && !after_of(u0)).then_some((u0, i + 1));
    }
    // as a noun: after what cannot be its noun (an article, a number, a
    // preposition, a verb: "i siriani", "77.000 nigeriani", "migliaia di
    // palestinesi", "ha accolto siriani") or in a list ("siriani, iracheni")
    let p = i.checked_sub(1)?;
    if !doc.plain_word(p) {
        return (doc.is_punct(p, ",") || number(p)).then_some((i, i + 1));
    }
    (number(p) || doc.tok(p).is_some_and(|t| !t.cap || t.sent_start) && !noun_like(doc, p)).then_some((i, i + 1))
}

/// A singular demonym right after an indefinite article, over at most one
/// more such word ("un altro ceceno", "un'americana", "another Iraqi"), is
/// used as a noun: one person of that country, as the plural after an
/// article is a group. Definite articles stay out: "il russo" is the
/// language as often as a man.
fn after_indefinite(doc: &Doc, i: usize) -> bool {
    let indef = |u: usize| doc.plain_word(u) && doc.g.name_cues.indefinite.contains(doc.word(u));
    let mut p = match i.checked_sub(1) {
        Some(p) => p,
        None => return false,
    };
    if doc.is_punct(p, "'’") {
        match p.checked_sub(1) {
            Some(q) => p = q,
            None => return false,
        }
    }
    indef(p) || (p > 0 && indef(p - 1) && doc.plain_word(p) && doc.g.name_cues.indefinite_between.contains(doc.word(p)))
}

/// "Gen. Ngo Xuan Lich": a title between a role phrase and its name.
fn skip_title(doc: &Doc, u: usize) -> usize {
    if matches!(doc.entry(u), Some(Entry::Title)) {
        u + 1
    } else {
        u
    }
}

/// Words that never are the role noun between a country and a name.
fn not_role_noun(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "but"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "from"
            | "with"
            | "as"
            | "of"
            | "the"
            | "a"
            | "an"
            | "is"
            | "was"
            | "are"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "said"
            | "says"
            | "told"
            | "e"
            | "o"
            | "ma"
            | "con"
            | "per"
            | "da"
            | "su"
            | "ha"
            | "hanno"
            | "è"
            | "e'"
            | "sono"
            | "era"
            | "che"
            | "dove"
            | "quando"
            | "where"
            | "when"
            | "who"
            | "which"
            | "that"
            | "while"
            | "after"
            | "before"
            | "since"
    ) || w.ends_with("ed")
        || w.ends_with("ing")
        || w.ends_with("ly")
}

/// After a country at `i` (English: "Germany defender", "Canadian
/// goalkeeper"; Italian only when the country follows "di" + a role noun:
/// "difensore della Germania"): one or two lowercase role nouns then a
/// person's or a body's name of two words or more; returns its first unit.
fn role_noun_then_name(doc: &Doc, names: &HashMap<usize, &Name>, i: usize) -> Option<usize> {
    let full_name = |u: usize| {
        matches!(doc.entry(u), Some(Entry::Leader(_)))
            // "Saudi club Al Hilal": the noun may type the name a body
            || names
                .get(&u)
                .is_some_and(|n| matches!(n.kind, ActorKind::Person | ActorKind::Organization) && !n.single)
    };
    let lower_noun = |u: usize| {
        doc.plain_word(u)
            && doc.tok(u).is_some_and(|t| !t.cap && !t.sent_start)
            && doc.word(u).chars().count() > 3
            && !not_role_noun(doc.word(u))
    };
    if doc.lang == "en" {
        if !lower_noun(i + 1) {
            return None;
        }
        let p = skip_title(doc, i + 2);
        if full_name(p) {
            return Some(p);
        }
        let p = skip_title(doc, i + 3);
        return (lower_noun(i + 2) && full_name(p)).then_some(p);
    }
    // Italian: "<noun> della Germania <Name>"
    let mut k = i.checked_sub(1)?;
    if doc.is_punct(k, "'") {
        k = k.checked_sub(1)?;
    }
    (k >= 1 && doc.plain_word(k) && is_of(doc.word(k)) && lower_noun(k - 1) && full_name(i + 1)).then_some(i + 1)
}

/// English "X's <cue>" after the name `u0..u1`: the cue and the phrase end.
fn possessive_cue(doc: &Doc, u0: usize, u1: usize) -> Option<(u32, usize)> {
    if doc.lang != "en" || !(doc.is_punct(u1, "'’") && doc.word(u1 + 1) == "s") {
        return None;
    }
    // a person's name owns people, not institutions
    if u1 - u0 >= 2 && !matches!(doc.word(u1 - 1), "inc" | "corp" | "ltd" | "group" | "bank") {
        return None;
    }
    let mut k = u1 + 2;
    // one adjective between: "Apple's new chief executive"
    if doc.plain_word(k) && doc.tok(k).is_some_and(|t| !t.cap) && doc.entry(k).is_none() && doc.entry(k + 1).is_some() {
        k += 1;
    }
    match doc.entry(k) {
        Some(Entry::Cue(c)) => Some((c, k + 1)),
        _ => None,
    }
}

/// A singular role phrase with an office ("il presidente russo") names the
/// office-holder at the article's date.
fn link_office(doc: &Doc, m: &mut ActorMention, cue: u32) {
    let cue = &doc.g.cues[cue as usize];
    if cue.plural || cue.offices.is_empty() || cue.kind != ActorKind::Person {
        return;
    }
    let Some(country) = m.country.clone() else { return };
    for office in &cue.offices {
        if let Some(l) = holder(doc.g, &country, office, doc.date) {
            let l = &doc.g.leaders[l as usize];
            m.id = l.qid.clone();
            m.name = Some(l.name.clone());
            return;
        }
    }
}

/// The unit after an Italian or English "di/of" form at `at` (and the
/// elision mark of "dell'"), if `at` holds one.
fn of_then(doc: &Doc, at: usize) -> Option<usize> {
    if !(doc.plain_word(at) && is_of(doc.word(at))) {
        return None;
    }
    Some(if doc.is_punct(at + 1, "'") { at + 2 } else { at + 1 })
}

/// A Capitalised word that no list names, or an organization head, and no
/// function word: coordinated with a named body it names a body too
/// ("House", "Camera").
fn body_word(doc: &Doc, u: usize) -> bool {
    doc.tok(u).is_some_and(|t| t.word && t.cap)
        && matches!(doc.entry(u), None | Some(Entry::OrgHead(_)))
        && !(doc.plain_word(u) && doc.g.name_cues.link.contains(doc.word(u)))
}

/// Conjuncts that share the head noun of the phrase beside them: English
/// puts the head after the last conjunct ("UN and EU officials", "Norvalian
/// and EU officials"), Italian after the first ("i funzionari della
/// Norvegia e della Svezia"). Each conjunct is an actor of its own with the
/// head's kind and sector (its own country kept), as "French and German
/// negotiators" gives (`shared_head`); without this the earlier English
/// conjuncts are bodies or countries with no sector, or nothing at all when
/// the word is in no list, and the later Italian ones lose the head. `kept`
/// is sorted by start and stays so; only role heads (a cue) are shared, so
/// a thing ("UN and EU funds") gives nothing.
pub(crate) fn shared_head_conjuncts(doc: &Doc, kept: &mut Vec<Found>) {
    let mut added: Vec<Found> = Vec::new();
    for h in 0..kept.len() {
        let head = &kept[h];
        // English puts the head noun last ("Sweden officials"), Italian
        // first ("funzionari della Norvegia")
        let cue_at = if doc.lang == "en" {
            head.u1.saturating_sub(1)
        } else {
            head.u0
        };
        let role = match doc.entry(cue_at) {
            Some(Entry::Cue(cu)) => head.m.sector.is_some() && doc.g.cues[cu as usize].plural,
            _ => false,
        };
        // English "Australian armies": a demonym and a plural noun in no
        // list are people of that country (`demonym_group`), a head as well
        let people =
            doc.lang == "en" && head.u1 == head.u0 + 2 && matches!(doc.entry(head.u0), Some(Entry::Demonym(..)));
        if head.named || !(role || people) {
            continue;
        }
        let (kind, sector, head_u0) = (head.m.kind, head.m.sector.clone(), head.u0);
        // a person or a place beside the phrase is no member of it ("Kessa
        // and EU officials")
        let share = |k: usize, kept: &mut Vec<Found>| {
            let f = &mut kept[k];
            if (f.named || f.org_name.is_some())
                && f.m.sector.is_none()
                && matches!(f.m.kind, ActorKind::Country | ActorKind::Organization)
            {
                f.m.kind = kind;
                f.m.sector = sector.clone();
            }
        };
        if doc.lang == "en" {
            // the last conjunct is in the phrase ("Sweden officials") or the
            // name (or the body a cue names: "Senate") right before a bare
            // head ("EU" in "EU officials"), which the coder joins to it
            let last = if head_u0 < cue_at {
                Some(h)
            } else {
                h.checked_sub(1)
                    .filter(|&k| kept[k].u1 == head_u0 && (kept[k].named || kept[k].org_name.is_some()))
            };
            let Some(last) = last else {
                continue;
            };
            // an article may open a conjunct ("Japanese and the Australian
            // armies")
            let det = |v: usize| doc.plain_word(v) && doc.g.name_cues.minor.contains(doc.word(v)) && !joiner(doc, v);
            let open = |v: usize| if v > 0 && det(v - 1) { v - 1 } else { v };
            let (mut k, mut p) = (last, open(kept[last].u0));
            let mut closed = false;
            while p >= 2 && joiner(doc, p - 1) {
                // the joiner next to the last conjunct is "and"/"or", the
                // earlier ones commas: a second "and" opens another list
                let and = !doc.is_punct(p - 1, ",");
                if closed == and {
                    break;
                }
                closed |= and;
                // ", and"
                let q = if and && doc.is_punct(p - 2, ",") { p - 2 } else { p - 1 };
                if let Some(j) = k.checked_sub(1).filter(|&j| kept[j].u1 == q) {
                    share(j, kept);
                    (k, p) = (j, open(kept[j].u0));
                    continue;
                }
                // a word in no list ("Norvalian and EU officials"), only where
                // a noun phrase can open, so a verb or a name's tail is left
                let Some(u) = q.checked_sub(1) else { break };
                let opens = u == 0
                    || doc.sent_start(u)
                    || crate::lone::article(doc.word(u - 1))
                    || doc.g.name_cues.minor.contains(doc.word(u - 1))
                    || doc.g.name_cues.prep.contains(doc.word(u - 1));
                // a Capitalised common word or organization head coordinated
                // with a named body before a role is a body's name too ("House
                // and Senate negotiators"); a function word is none
                let word = body_word(doc, u);
                let demonym = matches!(doc.entry(u), Some(Entry::Demonym(..)));
                if (word || demonym) && opens && k.checked_sub(1).is_none_or(|j| kept[j].u1 <= u) {
                    let mut m = mention(doc, u, u + 1, kind);
                    m.sector = sector.clone();
                    if let Some(Entry::Demonym(c, _)) = doc.entry(u) {
                        m.country = Some(doc.g.countries[c as usize].iso3.clone());
                    }
                    added.push(Found::new(m, u, u + 1, false));
                }
                break;
            }
        } else {
            // "funzionari della Norvegia e della Svezia": the head phrase
            // closes on a name; each later "e della X" shares its noun
            if kept[h].u1 > kept[h].u0 + 1 {
                let mut p = kept[h].u1;
                let mut k = h + 1;
                while k < kept.len() && joiner(doc, p) {
                    if of_then(doc, p + 1) != Some(kept[k].u0) {
                        break;
                    }
                    share(k, kept);
                    p = kept[k].u1;
                    k += 1;
                }
            } else if let Some(u) = of_then(doc, kept[h].u1) {
                // "i negoziatori della Camera e del Senato": the head alone,
                // then a Capitalised common word or organization head that
                // no list names, coordinated with a named body, is a body's
                // name too (as English "House and Senate negotiators")
                // the next found phrase is a named body opening right after "e della"
                let named_body_next = kept
                    .get(h + 1)
                    .is_some_and(|f| (f.named || f.org_name.is_some()) && of_then(doc, u + 2) == Some(f.u0));
                if body_word(doc, u) && joiner(doc, u + 1) && named_body_next {
                    let mut m = mention(doc, u, u + 1, kind);
                    m.sector = sector.clone();
                    added.push(Found::new(m, u, u + 1, false));
                }
            }
        }
    }
    if !added.is_empty() {
        kept.extend(added);
        kept.sort_by_key(|f| f.m.start);
    }
}
