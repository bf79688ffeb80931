//! In-document coreference-lite: a one-word name that repeats part of a
//! person's full name elsewhere in the article is that person ("Lam" after
//! "To Lam", "Kim" around "Kim Jong Un", "Lankov" after "Andrei Lankov").
//! Surnames match by the last word; for countries that put the family name
//! first (Korea, China, Vietnam, ...) the first word matches too. A key
//! shared by two different people links neither.

use crate::doc::Doc;
use crate::roles::{Found, Single};
use dyad_model::ActorKind;
use std::collections::HashMap;

/// Countries whose names are written family name first.
const FAMILY_FIRST: &[&str] = &["PRK", "KOR", "CHN", "TWN", "VNM", "KHM", "HKG", "MNG", "SGP"];

pub(crate) fn resolve(doc: &Doc, found: &mut Vec<Found>, singles: &[Single]) {
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
            if let Some((country, sector, true)) = ctx {
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
                add.push(Found { m, u0: u, u1: u + 1, named: true });
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
            add.push(Found { m, u0: u, u1: u + 1, named: true });
        }
    }
    found.extend(add);
}
