//! In-document coreference-lite: a one-word name that repeats part of a
//! person's full name elsewhere in the article is that person ("Lam" after
//! "To Lam", "Kim" around "Kim Jong Un", "Lankov" after "Andrei Lankov").
//! Surnames match by the last word; for countries that put the family name
//! first (Korea, China, Vietnam, ...) the first word matches too. A key
//! shared by two different people links neither.

use crate::doc::Doc;
use crate::roles::{Found, Single};
use dyad_model::ActorKind;
use foldhash::{HashMap, HashMapExt, HashSet};

/// Countries whose names are written family name first.
const FAMILY_FIRST: &[&str] = &["PRK", "KOR", "CHN", "TWN", "VNM", "KHM", "HKG", "MNG", "SGP"];

pub(crate) fn resolve(doc: &Doc, found: &mut Vec<Found>, singles: &[Single], given: &HashSet<String>) {
    // key (folded word) -> index into found; usize::MAX when ambiguous
    let mut keys: HashMap<String, usize> = HashMap::new();
    for (idx, f) in found.iter().enumerate() {
        if f.m.kind != ActorKind::Person || !f.named {
            continue;
        }
        let mut texts = vec![f.m.text.as_str()];
        if let Some(n) = &f.m.name {
            texts.push(n.as_str());
        }
        for t in texts {
            let ws: Vec<String> = t
                .split(|c: char| c.is_whitespace())
                .filter(|w| !w.is_empty())
                .map(dyad_text::fold)
                .collect();
            if ws.len() < 2 {
                continue;
            }
            let family_first = f.m.country.as_deref().is_some_and(|c| FAMILY_FIRST.contains(&c));
            let mut cands = vec![ws[ws.len() - 1].clone()];
            if family_first {
                cands.push(ws[0].clone());
            }
            for k in cands {
                if k.len() < 2 {
                    continue;
                }
                let e = keys.entry(k).or_insert(idx);
                // usize::MAX marks a key already known to be ambiguous
                if *e != idx && *e != usize::MAX && found[*e].m.name != f.m.name {
                    *e = usize::MAX;
                }
            }
        }
    }
    let mut add = Vec::new();
    for (u, ctx) in singles {
        let u = *u;
        let w = doc.word(u);
        let resolved = keys.get(w).copied().filter(|&i| i != usize::MAX);
        let Some(idx) = resolved else {
            // no full name to lean on: a title or role before it still
            // makes it a person ("il ministro Crosetto")
            // "il sindaco di X": a role before "di" says X is its place
            let after_of = u > 0 && doc.plain_word(u - 1) && crate::doc::is_of(doc.word(u - 1))
                || crate::lone::noun_cue(doc, u).is_some_and(|k| k != ActorKind::Person);
            if let (Some((country, sector, true)), false) = (ctx, after_of) {
                let un = &doc.units[u];
                let text = doc.slice(un.start, un.end).to_string();
                let m = dyad_model::ActorMention {
                    text: text.clone(),
                    start: un.start,
                    end: un.end,
                    kind: ActorKind::Person,
                    country: country.clone(),
                    sector: sector.clone(),
                    id: None,
                    name: Some(text),
                };
                add.push(Found::new(m, u, u + 1, true));
            } else if let Some(kind) = lone_kind(doc, u, given) {
                // a Capitalised word inside a sentence, in no list and
                // never written in lowercase here: a name all the same
                let un = &doc.units[u];
                let text = doc.slice(un.start, un.end).to_string();
                let m = dyad_model::ActorMention {
                    text: text.clone(),
                    start: un.start,
                    end: un.end,
                    kind,
                    country: None,
                    sector: None,
                    id: None,
                    name: Some(text),
                };
                add.push(Found::new(m, u, u + 1, true));
            }
            continue;
        };
        {
            let src = &found[idx].m;
            let un = &doc.units[u];
            let mut m = src.clone();
            m.start = un.start;
            m.end = un.end;
            m.text = doc.slice(un.start, un.end).to_string();
            if m.name.is_none() {
                m.name = Some(src.text.clone());
            }
            add.push(Found::new(m, u, u + 1, true));
        }
    }
    found.extend(add);
}

/// The kind of a lone unknown name with nothing around it to tell: a place
/// after a preposition of place ("a Capoterra", "in Lombardy"), otherwise
/// nothing: a lone Capitalised word is as often a company, a team or a
/// common noun in capitals ("Stato", "Premio") as a surname. At a sentence
/// start only a word that is no common word in any form
/// ([`crate::lone::at_start`]).
fn lone_kind(doc: &Doc, u: usize, given: &HashSet<String>) -> Option<ActorKind> {
    if doc.word(u).chars().count() < 3 {
        return None;
    }
    // "Luciano", "Irma": a given name alone is a person (the list holds no
    // common words)
    let prev = if u > 0 && doc.is_punct(u - 1, "'") {
        u.saturating_sub(2)
    } else {
        u.wrapping_sub(1)
    };
    let after_article = u > 0
        && doc.plain_word(prev)
        && matches!(
            doc.word(prev),
            "il" | "lo"
                | "la"
                | "l"
                | "i"
                | "gli"
                | "le"
                | "del"
                | "dello"
                | "della"
                | "dell"
                | "dei"
                | "degli"
                | "delle"
                | "al"
                | "alla"
                | "all"
                | "nel"
                | "nella"
                | "nell"
                | "sul"
                | "sulla"
                | "dal"
                | "dalla"
                | "un"
                | "una"
                | "the"
                | "an"
        );
    // ("la cittadina di Dolores": a noun that is a kind of place names
    // the place, which may bear a given name)
    if given.contains(doc.word(u))
        && !doc.seen_lowercase(doc.word(u))
        && !after_article
        && !crate::lone::place_kind_before(doc, u)
    {
        return Some(ActorKind::Person);
    }
    if doc.sent_start(u) || u == 0 {
        return crate::lone::at_start(doc, u);
    }
    let prev = doc.word(u - 1);
    if doc.plain_word(u - 1) && doc.g.name_cues.at.contains(prev) {
        return Some(ActorKind::Location);
    }
    crate::lone::kind(doc, u)
}
