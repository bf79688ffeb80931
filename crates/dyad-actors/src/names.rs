//! Names in no gazetteer: runs of Capitalised words ("Andrei Lankov", "Lee
//! Sang-Hyun", "Università Kookmin di Seul", "Sejong Institute"), typed by
//! their head words (organization heads make an organization) and otherwise
//! read as person names when two or more words long. Single words are kept
//! as candidates that titles, roles or coreference may confirm later.

use crate::doc::{is_of, Doc};
use crate::gazetteer::Entry;
use dyad_model::ActorKind;
use foldhash::HashSet;

#[derive(Debug, Clone)]
pub(crate) struct Name {
    /// Unit range.
    pub u0: usize,
    pub u1: usize,
    pub kind: ActorKind,
    pub sector: Option<String>,
    pub country: Option<String>,
    /// One word only: a person only if something else says so.
    pub single: bool,
}

impl Name {
    /// A name of several words, typed by its own cue, with no sector or
    /// country of its own.
    fn multi_word(u0: usize, u1: usize, kind: ActorKind) -> Name {
        Name {
            u0,
            u1,
            kind,
            sector: None,
            country: None,
            single: false,
        }
    }
}

/// Particles inside person names.
fn particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "da"
            | "van"
            | "von"
            | "der"
            | "den"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "le"
            | "la"
            | "du"
            | "dos"
            | "das"
            | "y"
    )
}

fn org_head(doc: &Doc, u: usize) -> Option<Option<String>> {
    let cap = doc.tok(u).is_some_and(|t| t.cap);
    if !cap {
        return None;
    }
    for e in doc.entries(u) {
        match *e {
            Entry::OrgHead(i) => return Some(doc.g.head_sectors[i as usize].clone()),
            Entry::Cue(i) if doc.g.cues[i as usize].kind == ActorKind::Organization => {
                return Some(Some(doc.g.cues[i as usize].sector.clone()))
            }
            _ => {}
        }
    }
    None
}

/// A head flagged `for` in `organizations-heads.tsv`.
fn head_for(doc: &Doc, u: usize) -> bool {
    head_flagged(doc, u, &doc.g.head_for)
}

/// A Capitalised head whose flag in `flags` (`head_for`, `head_seat`) is set.
pub(crate) fn head_flagged(doc: &Doc, u: usize, flags: &[bool]) -> bool {
    doc.tok(u).is_some_and(|t| t.cap)
        && doc
            .entries(u)
            .iter()
            .any(|e| matches!(*e, Entry::OrgHead(i) if flags.get(i as usize) == Some(&true)))
}

fn place_country(doc: &Doc, u: usize) -> Option<String> {
    match doc.entry(u)? {
        Entry::City(i) => doc.g.cities[i as usize].code(),
        Entry::Country(i) => Some(doc.g.countries[i as usize].iso3.clone()),
        Entry::Org(i) | Entry::Metonym(i) => doc.g.orgs[i as usize].code.clone(),
        _ => None,
    }
}

fn demonym_country(doc: &Doc, u: usize) -> Option<String> {
    match doc.entry(u)? {
        Entry::Demonym(i, _) => Some(doc.g.countries[i as usize].iso3.clone()),
        _ => None,
    }
}

/// A word that can be part of an unknown name.
fn name_word(doc: &Doc, u: usize) -> bool {
    doc.plain_word(u)
        && doc.tok(u).is_some_and(|t| t.cap && !t.upper && !t.modifier)
        && !doc.word(u).chars().next().is_some_and(|c| c.is_ascii_digit())
        && !adjective_of_group(doc, u)
}

/// English capitalises a regional or religious adjective: before a
/// lowercase noun ("Shiite fighters") it is that noun's adjective, no name
/// ("Western Cape", with a Capitalised word after, may still be one).
fn adjective_of_group(doc: &Doc, u: usize) -> bool {
    doc.lang == "en" && doc.tok(u + 1).is_some_and(|t| t.word && !t.cap) && crate::roles::group_adjective(doc, u)
}

/// "Movimento per l'Autonomia", "Centre for Disease Prevention and
/// Control": "per/for" and a run of Capitalised words after a body's name
/// say what the body is for and belong to its name (the capitals are the
/// evidence; "la Commissione per la prima volta" stays out). Words of the
/// run may be joined by "e/and" or by "di/of" before a common word, and an
/// article. Returns the end
/// of the name, if the run is there.
fn purpose(doc: &Doc, k: usize) -> Option<usize> {
    let lower_is =
        |u: usize, f: &dyn Fn(&str) -> bool| doc.plain_word(u) && doc.tok(u).is_some_and(|t| !t.cap) && f(doc.word(u));
    let cap = |u: usize| {
        doc.tok(u)
            .is_some_and(|t| t.word && t.cap && !t.sent_start && !t.modifier)
    };
    // past an article, elided or not ("per l'Autonomia", "for the Arts")
    let skip_article = |mut u: usize| {
        if lower_is(u, &|w| crate::lone::article(w) && !is_of(w)) {
            u += 1;
            if doc.is_punct(u, "'’") {
                u += 1;
            }
        }
        u
    };
    if !lower_is(k, &|w| matches!(w, "per" | "for")) {
        return None;
    }
    let mut u = skip_article(k + 1);
    let mut end = None;
    while cap(u) {
        end = Some(u + 1);
        u += 1;
        let of = lower_is(u, &|w| is_of(w));
        if of || lower_is(u, &|w| matches!(w, "e" | "ed" | "and")) {
            let mut nx = u + 1;
            if doc.is_punct(nx, "'’") {
                nx += 1;
            }
            let nx = skip_article(nx);
            // after "di/of" a common word goes on with the purpose ("per
            // le Ferrovie del Nord"); a name there is a parent body ("...
            // for Policy of the Brookings")
            if cap(nx) && (!of || doc.common_word(nx)) {
                u = nx;
            }
        }
    }
    end
}

/// Whether a Capitalised word at the start of a sentence is only a common
/// word in capitals. An Italian verb form of a common verb there opens the
/// clause, not a name ("Arrestato X", "Chiamo X"); a given name stays one
/// ("Marco", though "marcare" is a verb).
fn common_at_start(doc: &Doc, u: usize, stop: &HashSet<String>, given: &HashSet<String>) -> bool {
    let w = doc.word(u);
    stop.contains(w)
        || doc.sent_start(u)
            && (doc.seen_lowercase(w)
                || doc.lang == "it" && !given.contains(w) && doc.inflected_common(w)
                || common_given_alone(doc, u, given))
}

/// Italian "Nata a Tarvos nel 1990", "Luci e ombre", "Sarà aperta":
/// a sentence-opening word that is a given name and also a common word (or
/// a future verb in "-à", which folds to a given name: "Sarà", "Sara"),
/// with no other Capitalised word after it, is the common word; news names
/// a person with a surname, and a lone given name there is rare. A word
/// after it that says a person acts ("X ha detto": `after` cues) keeps the
/// name: a lone surname opens such a sentence.
fn common_given_alone(doc: &Doc, u: usize, given: &HashSet<String>) -> bool {
    doc.lang == "it"
        && given.contains(doc.word(u))
        && !doc.tok(u + 1).is_some_and(|t| t.cap)
        && !doc.g.name_cues.after.contains_key(doc.word(u + 1))
        && (doc.common_word(u) || doc.tok(u).is_some_and(|t| doc.slice(t.start, t.end).ends_with('à')))
}

pub(crate) fn find(doc: &Doc, stop: &HashSet<String>, given: &HashSet<String>) -> Vec<Name> {
    let n = doc.units.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        // "San Pietro", "Santa Croce", "Sant'Angelo": a saint's name is a place
        if let Some(end) = saint_place(doc, i) {
            out.push(Name::multi_word(i, end, ActorKind::Location));
            i = end;
            continue;
        }
        // "NASA", "PD", "TG1": an acronym in no list is an organization
        if acronym(doc, i) && !stop.contains(doc.word(i)) {
            // "CIIP S.p.A.", "ENI SpA": a company suffix belongs to the name
            let (end, sector) = match org_head(doc, i + 1) {
                Some(s) if doc.tok(i + 1).is_some_and(|t| !t.sent_start) => (i + 2, s),
                _ => (i + 1, None),
            };
            out.push(Name {
                u0: i,
                u1: end,
                kind: ActorKind::Organization,
                sector,
                country: None,
                single: false,
            });
            i = end;
            continue;
        }
        let head_here = org_head(doc, i);
        // "Sejong Institute": a place name can open an organization name
        // ("The American Civil Liberties Union": so can a demonym)
        let place_then_head = doc.units[i].hit.is_some()
            && doc.tok(i).is_some_and(|t| t.cap)
            && (place_country(doc, i).is_some() || demonym_country(doc, i).is_some())
            && next_is_head(doc, i);
        // "George Floyd", "Virginia Raggi": a given name that is also a place
        let given_start = place_as_name(doc, i)
            && given.contains(doc.word(i))
            && name_word(doc, i + 1)
            && !stop.contains(doc.word(i + 1));
        // "Prime Minister Hassan Nour", "Paris Hilton", "Detective Colombo":
        // a one-word town in a person-name position (after a person's title
        // or role, or before a surname in no list) is a name, not the town
        // (not after "di", "of", "in", "a", "to": there it is a place, "il
        // sindaco di Pune Anil Rao")
        let place_slot = i.checked_sub(1).is_some_and(|p| {
            doc.plain_word(p)
                && (is_of(doc.word(p))
                    || matches!(
                        doc.word(p),
                        "in" | "a" | "ad" | "da" | "at" | "from" | "to" | "near" | "nel"
                    ))
        });
        let town_as_name = town_word(doc, i)
            && (title_before(doc, i) || !place_slot && surname_like(doc, stop, i + 1) && !next_is_head(doc, i + 1));
        let given_start = given_start || town_as_name;
        let starts = head_here.is_some()
            || place_then_head
            || given_start
            || (name_word(doc, i) && !common_at_start(doc, i, stop, given));
        if !starts {
            i += 1;
            continue;
        }
        // extend over name words, organization heads, places (inside an
        // organization name) and joining words followed by a capital
        let mut k = i;
        let mut last = i;
        let mut head: Option<Option<String>> = head_here;
        let mut places: Vec<String> = Vec::new();
        let mut person_end = if head.is_none() && !place_then_head {
            Some(i)
        } else {
            None
        };
        let mut person_open = head.is_none() && !place_then_head;
        if place_then_head {
            places.extend(place_country(doc, i).or_else(|| demonym_country(doc, i)));
        }
        let first_given = given.contains(doc.word(i));
        // the unit right after an initial's mark ("George W. Bush")
        let mut joined: Option<usize> = None;
        let mut nwords = 1;
        k += 1;
        while k < n {
            // "George W. Bush", "Massimo D'Alema": an initial or an elided
            // particle joins the words around it
            if person_open && person_end == Some(k - 1) && initial_joins(doc, given, i, k) {
                joined = Some(k + 1);
                k += 1;
                continue;
            }
            if person_open && person_end == Some(k - 1) && arabic_article(doc, k) {
                // "Nouri al-Maliki"
                last = k;
                person_end = Some(k);
                nwords += 1;
                k += 1;
                continue;
            }
            // "Lega Nord Umberto Bossi", "Fondazione Anna Rossi": a given
            // name and a surname after an organization head open a person
            if (head.is_some() || place_then_head) && k > i + 1 && person_start(doc, given, k) {
                break;
            }
            // "la Brentacoop Mario Rossi", "dei Marlins José Rossi": one
            // word that is no given name, then a given name and a surname,
            // is a body or a title and the person it introduces
            // ("Piazza Vittorio Emanuele", "Stadio Anna Rossi": a place
            // noun names the place after the person)
            if k == i + 1
                && person_open
                && !given.contains(doc.word(i))
                && !doc.g.name_cues.part.contains_key(doc.word(i))
                && !doc.g.name_cues.next.contains_key(doc.word(i))
                && person_start(doc, given, k)
                // the run ends with the surname, and no body cue before it
                // says the whole is a body's name ("la ong X Sarah Aid")
                && !name_word(doc, k + 2)
                && crate::lone::noun_cue(doc, i).is_none_or(|c| c == ActorKind::Person)
                && !(i.saturating_sub(2)..i).any(|p| {
                    doc.entries(p).iter().any(
                        |e| matches!(*e, Entry::Cue(c) if doc.g.cues[c as usize].kind == ActorKind::Organization),
                    )
                })
            {
                break;
            }
            if name_word(doc, k) && !stop.contains(doc.word(k)) {
                last = k;
                if person_open {
                    person_end = Some(k);
                    nwords += 1;
                }
            } else if person_open
                && first_given
                && (person_end == Some(k - 1) || joined == Some(k))
                && place_as_name(doc, k)
                && !next_is_head(doc, k)
            {
                // "Whitney Houston", "Cristoforo Colombo": a town as surname
                last = k;
                person_end = Some(k);
                nwords += 1;
            } else if person_open && person_end == Some(k - 1) && roman(doc, k) {
                // "Benedetto XVI", "Giovanni Paolo II"
                last = k;
                person_end = Some(k);
                nwords += 1;
            } else if let Some(hs) = org_head(doc, k) {
                head = head.or(Some(hs));
                last = k;
                person_open = false;
            } else if doc.units[k].hit.is_some() && doc.tok(k).is_some_and(|t| t.cap) && place_country(doc, k).is_some()
            {
                if head.is_none() && !next_is_head(doc, k) {
                    break;
                }
                if let Some(c) = place_country(doc, k) {
                    places.push(c);
                }
                last = k;
                person_open = false;
            } else if doc.plain_word(k) && (is_of(doc.word(k)) || particle(doc.word(k))) {
                // "Anna Di Stefano", "Luca Della Valle": Capitalised inside
                // a sentence right after a person's word, "di" is part of a
                // surname, not "of"
                let cap_particle = person_open
                    && person_end == Some(k - 1)
                    && doc.tok(k).is_some_and(|t| t.cap && !t.sent_start && !t.upper)
                    && matches!(doc.word(k), "di" | "del" | "della" | "de" | "lo" | "la" | "li");
                let is_particle = particle(doc.word(k)) || cap_particle;
                // "Lee Sang-Hyun del Sejong Institute": a full person name
                // followed by "del" + organization is two names
                if head.is_none()
                    && !cap_particle
                    && is_of(doc.word(k))
                    && (i..k).filter(|&u| name_word(doc, u)).count() >= 2
                {
                    break;
                }
                // "Università di Kukmin", "dell'Università": allow "dell'" too
                let mut nx = k + 1;
                if doc.is_punct(nx, "'") {
                    nx += 1;
                }
                // "Assembly of the Council of Europe", "Union of the Comoros
                // Ports": English puts the article inside a body's name
                if head.is_some()
                    && doc.word(k) == "of"
                    && doc.plain_word(nx)
                    && doc.word(nx) == "the"
                    && doc.tok(nx).is_some_and(|t| !t.cap)
                {
                    nx += 1;
                }
                // "Óscar de la Hoya", "Ludwig van der Berg"
                if is_particle && doc.plain_word(nx) && particle(doc.word(nx)) && name_word(doc, nx + 1) {
                    nx += 1;
                }
                // "la Lega Nord di Anna Rossi": an organization's person
                if head.is_some() && person_start(doc, given, nx) {
                    break;
                }
                // "Tellin del Ministero della Salute": names before "di" +
                // an organization's head are someone of it; common words
                // there name a part of it ("Presidenza del Consiglio")
                if head.is_none()
                    && !is_particle
                    && org_head(doc, nx).is_some()
                    && (i..k).all(|u| !name_word(doc, u) || !doc.common_word(u))
                {
                    break;
                }
                let next_ok = nx < n
                    && (name_word(doc, nx)
                        || org_head(doc, nx).is_some()
                        || (doc.units[nx].hit.is_some() && doc.tok(nx).is_some_and(|t| t.cap)));
                if !next_ok || (head.is_none() && !is_particle && !next_is_head(doc, nx) && !is_of_in_org(doc, nx)) {
                    break;
                }
                if !is_particle {
                    person_open = false;
                }
                k = nx;
                continue;
            } else {
                break;
            }
            k += 1;
        }
        if let Some(sector) = head {
            // "Iraq Humanitarian Fund", "Kenya Education Programme": a fund
            // or programme named after a country is not that country's
            if (i..=last).any(|u| head_for(doc, u)) {
                places.clear();
            }
            let mut end = last + 1;
            let mut country = places.into_iter().next();
            // "Corte suprema", "Ministero degli Esteri britannico", "Agenzia
            // spaziale europea": Italian relational adjectives and demonyms
            // after the name are part of it
            while doc.lang == "it" && end < last + 4 && doc.tok(end).is_some_and(|t| t.word && !t.cap) {
                let dem = demonym_country(doc, end);
                if dem.is_none() && !(doc.plain_word(end) && crate::roles::italian_adjective(doc.word(end))) {
                    break;
                }
                country = country.or(dem);
                end += 1;
            }
            end = purpose(doc, end).unwrap_or(end);
            if end == i + 1 {
                // a head word alone ("Gruppo di esperti") names nothing
                i += 1;
                continue;
            }
            out.push(Name {
                u0: i,
                u1: end,
                kind: ActorKind::Organization,
                sector,
                country,
                single: false,
            });
            i = end;
            continue;
        }
        let Some(pe) = person_end else {
            i += 1;
            continue;
        };
        // a word of the run seen in lowercase elsewhere ("la guerra" ...
        // "Guerra Fredda") makes it a titled common phrase, not a name; a
        // particle inside a surname ("Anna Di Tarvo", "Luca Da Kessio") is
        // a preposition elsewhere in any text, so it says nothing
        if (i..=pe).any(|u| {
            name_word(doc, u)
                && doc.seen_lowercase(doc.word(u))
                && !(u > i && (particle(doc.word(u)) || is_of(doc.word(u))))
        }) {
            i = pe + 1;
            continue;
        }
        // "Morto Mario Rossi", "Caso Anna Bianchi": Italian common words (or
        // the first word of a headline) before a given name are no part of
        // it (English Title Case roles, "General Counsel Jane Roe", stay)
        if let Some(j) = (i + 1..pe).find(|&j| person_start(doc, given, j)) {
            let lead = i..j;
            if !lead.clone().any(|u| given.contains(doc.word(u)))
                && (doc.lang == "it" && lead.clone().all(|u| doc.common_word(u)) || doc.sent_start(i) && j == i + 1)
            {
                out.push(Name {
                    u0: j,
                    u1: pe + 1,
                    kind: ActorKind::Person,
                    sector: None,
                    country: None,
                    single: pe == j,
                });
                i = pe + 1;
                continue;
            }
        }
        // "il ministro del Lavoro Dovanetti", "l'assessore all'Ambiente
        // Anna Rossi": after a person's role and an article the Capitalised
        // common words are the office's portfolio, a complement of the
        // role; the name words after them, none a common word, are the
        // person who holds it (Italian puts no article before a person; the
        // role is the cue a lone surname needs). "Lavoro" is a common word
        // only as a verb form. "il dirigente della Norvalcoop Rossi": a
        // name in no list is a body, and stays one
        if doc.lang == "it" && article_before(doc, i) && role_before_article(doc, i) {
            let rest = (i + 1..=pe).find(|&u| name_word(doc, u) && !doc.common_word(u));
            if let Some(j) = rest.filter(|&j| {
                (i..j)
                    .all(|u| (doc.common_word(u) || doc.inflected_common(doc.word(u))) && !given.contains(doc.word(u)))
                    && (j..=pe).all(|u| !name_word(doc, u) || !doc.common_word(u))
            }) {
                out.push(Name::multi_word(j, pe + 1, ActorKind::Person));
                i = pe + 1;
                continue;
            }
        }
        let words = nwords;
        // "la compagnia Vessa Lumora", "the club Barvo Tellin", "il
        // distretto di Vessa Lumora": a noun that names a kind of body or
        // place types the name after it (or after "di/of"); a given name
        // first still makes a person ("il club di Mario Rossi"), except
        // after a noun that is itself a kind of place: the name is the
        // place's own, and places are named after people ("la stazione
        // Anna Rossi", "le stazioni di Anna Rossi"; "l'area di Anna Rossi"
        // is hers)
        if let Some(kind) = crate::lone::noun_cue(doc, i)
            .or_else(|| crate::lone::of_cue(doc, i))
            .filter(|&k| {
                words >= 2
                    && k != ActorKind::Person
                    && (!given.contains(doc.word(i)) || crate::lone::place_kind_before(doc, i))
            })
        {
            out.push(Name {
                u0: i,
                u1: pe + 1,
                kind,
                sector: None,
                country: None,
                single: false,
            });
            i = pe + 1;
            continue;
        }
        // "The Guardian", "Der Spiegel", "La Gazzetta Sportiva": a
        // Capitalised article inside a sentence opens a title
        if words >= 2 && crate::lone::title_article(doc, i) {
            out.push(Name::multi_word(i, pe + 1, ActorKind::Organization));
            i = pe + 1;
            continue;
        }
        // "Thousands of Kessians Fled Across …": a singular demonym may
        // premodify one person ("Kessian Mirela Dovan"), a plural one names
        // a group and no person, so the Capitalised run after it (with no
        // given name) is a headline's words, not a name
        if words >= 2
            && !(i..=pe).any(|u| given.contains(doc.word(u)))
            && i.checked_sub(1)
                .is_some_and(|p| matches!(doc.entry(p), Some(Entry::Demonym(_, true))))
        {
            i = pe + 1;
            continue;
        }
        // Italian text: "World Cup", "Public Statement", "Ufficio Stampa": a
        // run of common words with no given name is a title, not a person
        // (English Title Case runs are often institutions: kept)
        if doc.lang == "it"
            && words >= 2
            && !article_before(doc, i)
            && !given.contains(doc.word(i))
            && (i..=pe).filter(|&u| name_word(doc, u)).all(|u| doc.common_word(u))
        {
            i = pe + 1;
            continue;
        }
        // Italian and English put no article before a person's name: "della
        // Free Press", "the Daily Mail" are organizations. A place's own
        // head noun outweighs the article ("il Monte Arvo"); a closing one
        // does only after a preposition ("nel Varno Park", "in the Varno
        // Park": "il Varno Park", "con il Varno Park" are the club named
        // after its ground)
        let cues = &doc.g.name_cues;
        let opened_by_place = doc.plain_word(i) && cues.head.contains(doc.word(i));
        let club_article = article_before(doc, i)
            && crate::lone::prev(doc, i).is_some_and(|p| {
                !cues.prep.contains(doc.word(p))
                    && !crate::lone::prev(doc, p).is_some_and(|q| cues.at.contains(doc.word(q)))
            });
        let closed_by_place = doc.plain_word(pe) && cues.tail.contains(doc.word(pe)) && !club_article;
        let kind = if words >= 2 && (opened_by_place || closed_by_place) {
            ActorKind::Location
        } else if words >= 2 && article_before(doc, i) {
            ActorKind::Organization
        } else if words >= 2 && !given.contains(doc.word(i)) {
            // "tra Vessa Alta e Viterbo", "Parma, Reggio Vessa e Modena":
            // the members of a list are of one kind, so a known neighbour
            // types a name of two words as it types a lone one
            crate::lone::span_list_neighbour(doc, i, pe + 1, false, true)
                .or_else(|| crate::lone::span_list_neighbour(doc, i, pe + 1, true, true))
                .unwrap_or(ActorKind::Person)
        } else {
            ActorKind::Person
        };
        out.push(Name {
            u0: i,
            u1: pe + 1,
            kind,
            sector: None,
            country: None,
            single: words < 2,
        });
        i = pe + 1;
    }
    same_name_same_body(doc, given, &mut out);
    out
}

/// "la compagnia Vessa Lumora … Vessa Lumora ha chiuso": a name a cue or a
/// head typed as a body once names that body wherever the text repeats it,
/// where only the person default typed it (not when a given name opens it).
fn same_name_same_body(doc: &Doc, given: &HashSet<String>, out: &mut [Name]) {
    let text = |n: &Name| doc.slice(doc.units[n.u0].start, doc.units[n.u1 - 1].end);
    let bodies: HashSet<&str> = out
        .iter()
        .filter(|n| n.kind == ActorKind::Organization)
        .map(text)
        .collect();
    if bodies.is_empty() {
        return;
    }
    let renamed: Vec<usize> = out
        .iter()
        .enumerate()
        .filter(|(_, n)| {
            n.kind == ActorKind::Person && !n.single && !given.contains(doc.word(n.u0)) && bodies.contains(text(n))
        })
        .map(|(k, _)| k)
        .collect();
    for k in renamed {
        out[k].kind = ActorKind::Organization;
    }
}

/// A one-word gazetteer place, Capitalised, that may be part of a name.
fn place_as_name(doc: &Doc, u: usize) -> bool {
    doc.units.get(u).is_some_and(|un| un.t1 == un.t0 + 1)
        && doc.tok(u).is_some_and(|t| t.cap && !t.upper)
        && doc
            .entries(u)
            .iter()
            .all(|e| matches!(e, Entry::City(_) | Entry::Country(_)))
        && !doc.entries(u).is_empty()
}

/// A one-word town (no country, region or other reading), Capitalised.
fn town_word(doc: &Doc, u: usize) -> bool {
    place_as_name(doc, u)
        && doc
            .entries(u)
            .iter()
            .all(|e| matches!(e, Entry::City(i) if doc.g.cities[*i as usize].population > 0))
}

/// Right after a person's title or a singular person role ("Prime
/// Minister", "il premier", "Detective").
fn title_before(doc: &Doc, u: usize) -> bool {
    let Some(p) = u.checked_sub(1) else { return false };
    doc.entries(p).iter().any(|e| match *e {
        Entry::Title => true,
        Entry::Cue(c) => {
            let cue = &doc.g.cues[c as usize];
            cue.kind == ActorKind::Person && !cue.plural
        }
        _ => false,
    })
}

/// A Capitalised word in no list, no common word, never lowercase in the
/// text, with no inner capital, apostrophe or hyphen: a surname ("Nour",
/// "Hilton"; not "LeakBase", "Post-Dispatch").
fn surname_like(doc: &Doc, stop: &HashSet<String>, u: usize) -> bool {
    let inner_cap = doc.tok(u).is_some_and(|t| {
        doc.slice(t.start, t.end)
            .chars()
            .skip(1)
            .any(|c| c.is_uppercase() || c == '\'' || c == '’')
    });
    name_word(doc, u)
        && !inner_cap
        && !doc.word(u).contains('-')
        && !stop.contains(doc.word(u))
        && !doc.common_word(u)
        && !doc.seen_lowercase(doc.word(u))
        && org_head(doc, u).is_none()
}

/// A single capital letter: an initial ("W" in "George W. Bush") or an
/// elided particle ("D" in "D'Alema").
fn initial(doc: &Doc, u: usize) -> bool {
    doc.plain_word(u)
        && doc
            .tok(u)
            .is_some_and(|t| t.cap && doc.slice(t.start, t.end).chars().count() == 1)
}

/// "George W. Bush", "Massimo D'Alema": the mark at `k` joins an initial
/// to the next word of a person name (a given name before or after it; an
/// apostrophe only after "D" or "O").
fn initial_joins(doc: &Doc, given: &HashSet<String>, i: usize, k: usize) -> bool {
    let Some(a) = k.checked_sub(1).filter(|&a| initial(doc, a)) else {
        return false;
    };
    // the surname may be a town's name ("George W. Houston")
    if !(name_word(doc, k + 1) || place_as_name(doc, k + 1)) || doc.word(k + 1).chars().count() < 2 {
        return false;
    }
    if doc.is_punct(k, "'’") {
        return matches!(doc.word(a), "d" | "o") && a > i;
    }
    doc.is_punct(k, ".")
        && !a.checked_sub(1).is_some_and(|b| doc.is_punct(b, "."))
        && (given.contains(doc.word(i)) || given.contains(doc.word(k + 1)))
}

/// A given name that is no common word ("Anna", not "Free"), followed by
/// another name word: the start of a person name.
fn person_start(doc: &Doc, given: &HashSet<String>, k: usize) -> bool {
    given.contains(doc.word(k)) && name_word(doc, k) && !doc.common_word(k) && name_word(doc, k + 1)
}

/// "al-Maliki", "el-Sisi": an Arabic article joined to a Capitalised name.
fn arabic_article(doc: &Doc, u: usize) -> bool {
    let Some(t) = doc.tok(u) else { return false };
    let w = doc.slice(t.start, t.end);
    doc.plain_word(u)
        && ["al-", "el-", "ad-", "an-", "ar-", "as-", "ash-", "az-"]
            .iter()
            .any(|a| {
                w.strip_prefix(a)
                    .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
            })
}

/// A Roman numeral of a pope or king ("II", "XVI").
fn roman(doc: &Doc, u: usize) -> bool {
    doc.plain_word(u)
        && doc
            .tok(u)
            .is_some_and(|t| doc.slice(t.start, t.end).chars().all(|c| "IVXL".contains(c)) && t.end > t.start)
}

/// "San Pietro", "Santa Maria Novella": the end of a place named after a saint.
fn saint_place(doc: &Doc, i: usize) -> Option<usize> {
    if !doc.tok(i).is_some_and(|t| t.cap) || !matches!(doc.word(i), "san" | "santa" | "santo" | "sant" | "st") {
        return None;
    }
    let mut k = i + 1;
    if doc.is_punct(k, "'.") {
        k += 1;
    }
    let capital = |k: usize| doc.tok(k).is_some_and(|t| t.cap && t.word) && doc.units[k].t1 == doc.units[k].t0 + 1;
    if !capital(k) {
        return None;
    }
    while capital(k) && (doc.plain_word(k) || place_as_name(doc, k)) {
        k += 1;
    }
    (k > i + 1).then_some(k)
}

/// An all-caps word of 2-6 letters in running text (not a heading in
/// capitals, not a Roman numeral).
fn acronym(doc: &Doc, u: usize) -> bool {
    let Some(t) = doc.tok(u) else { return false };
    if !doc.plain_word(u) || !t.upper {
        return false;
    }
    let w = doc.slice(t.start, t.end);
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    if !(2..=6).contains(&letters) || w.chars().all(|c| "IVXLCDM".contains(c)) {
        return false;
    }
    // capitals joined to a number by a hyphen ("COVID-19", "RQ-4", "UTC-5")
    // designate a disease, a model or a time zone, not a body ("G-20" is in
    // the gazetteer)
    if w.rsplit_once('-')
        .is_some_and(|(_, n)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    {
        return false;
    }
    let caps = |k: usize| {
        doc.plain_word(k) && doc.tok(k).is_some_and(|t| t.upper)
            || doc
                .units
                .get(k)
                .is_some_and(|un| un.hit.is_some() && doc.toks[un.t0].upper)
    };
    // a list ("PD, NCD e SC") is no heading: a comma, semicolon or
    // bracket between two acronyms separates them
    let sep = |k: usize| doc.is_punct(k, ",;()");
    let prev = (1..=2)
        .map(|d| u.checked_sub(d))
        .find(|k| k.is_some_and(|k| doc.tok(k).is_some_and(|t| t.word)))
        .flatten()
        .filter(|&k| !(k + 1..u).any(sep));
    let next = (1..=2)
        .map(|d| u + d)
        .find(|&k| doc.tok(k).is_some_and(|t| t.word))
        .filter(|&k| !(u + 1..k).any(sep));
    !(prev.is_some_and(caps) || next.is_some_and(caps))
}

fn next_is_head(doc: &Doc, k: usize) -> bool {
    let mut j = k + 1;
    while j < doc.units.len() && j <= k + 3 {
        if org_head(doc, j).is_some() {
            return true;
        }
        if !name_word(doc, j) {
            return false;
        }
        j += 1;
    }
    false
}

/// "Banca d'Italia": a joining word inside an organization name whose head
/// comes later.
fn is_of_in_org(doc: &Doc, k: usize) -> bool {
    next_is_head(doc, k) || org_head(doc, k).is_some()
}

/// A person's role ("ministro", "assessori", "Ministro") right before the
/// article that stands before `i` ("il ministro del X", "all'X").
fn role_before_article(doc: &Doc, i: usize) -> bool {
    let Some(q) = crate::lone::prev(doc, i).and_then(|a| crate::lone::prev(doc, a)) else {
        return false;
    };
    doc.g.name_cues.next.get(doc.word(q)) == Some(&ActorKind::Person)
        || doc
            .entries(q)
            .iter()
            .any(|e| matches!(*e, Entry::Cue(c) if doc.g.cues[c as usize].kind == ActorKind::Person))
}

fn article_before(doc: &Doc, i: usize) -> bool {
    let mut j = i;
    if j > 0 && doc.is_punct(j - 1, "'") {
        j -= 1;
    }
    if j == 0 {
        return false;
    }
    crate::lone::article(doc.word(j - 1))
}
