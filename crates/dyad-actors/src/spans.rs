//! NER conventions on the proper-name spans (not on actor mentions): a
//! lowercase noun that belongs to the name it precedes ("il fiume X", "la
//! provincia di X", "l'università di X", "suor X"; `part`/`partof` in
//! `{lang}/name-cues.tsv`) and compass words that extend a place name
//! ("Germania Est", "l'Italia centrale", "Nord Italia"; `compass`).

use crate::doc::{is_of, Doc};
use crate::NamedSpan;
use dyad_model::ActorKind;

/// A lowercase one-token word (plain or in the gazetteer).
fn lower(doc: &Doc, u: usize) -> bool {
    doc.units.get(u).is_some_and(|un| un.t1 == un.t0 + 1) && doc.tok(u).is_some_and(|t| t.word && !t.cap)
}

/// The unit before `u`, stepping over an elision mark ("dell'").
fn prev(doc: &Doc, u: usize) -> Option<usize> {
    let p = u.checked_sub(1)?;
    if doc.is_punct(p, "'’") {
        return p.checked_sub(1);
    }
    Some(p)
}

/// The noun before a span that belongs to it, and the kind of the whole.
fn part_noun(doc: &Doc, u0: usize, kind: ActorKind) -> Option<(usize, ActorKind)> {
    let cues = &doc.g.name_cues;
    let p = u0.checked_sub(1)?;
    if lower(doc, p) {
        if let Some(&k) = cues.part.get(doc.word(p)) {
            // "suor X" only before a person, "il fiume X" before anything
            // but a person
            return ((k == ActorKind::Person) == (kind == ActorKind::Person)).then_some((p, k));
        }
    }
    let p = prev(doc, u0)?;
    if !(doc.plain_word(p) && is_of(doc.word(p))) || kind == ActorKind::Person {
        return None;
    }
    let q = p.checked_sub(1).filter(|&q| lower(doc, q))?;
    cues.part_of.get(doc.word(q)).map(|&k| (q, k))
}

fn compass(doc: &Doc, u: usize) -> bool {
    doc.units.get(u).is_some_and(|un| un.t1 == un.t0 + 1)
        && doc.tok(u).is_some_and(|t| t.word)
        && doc.g.name_cues.compass.contains(doc.word(u))
}

/// Applies the conventions in place; spans stay sorted and disjoint.
pub(crate) fn refine(doc: &Doc, spans: &mut [NamedSpan]) {
    for i in 0..spans.len() {
        let prev_end = if i > 0 { spans[i - 1].end } else { 0 };
        let next_start = spans.get(i + 1).map_or(usize::MAX, |s| s.start);
        let s = &mut spans[i];
        let u0 = doc.units.partition_point(|un| un.start < s.start);
        let u1 = doc.units.partition_point(|un| un.end <= s.end);
        if u0 >= u1 || doc.units[u0].start != s.start {
            continue;
        }
        // the first letter of the name must be a capital: lowercase
        // institutions ("la polizia") take no part noun
        if !doc.tok(u0).is_some_and(|t| t.cap) {
            continue;
        }
        if matches!(s.kind, ActorKind::Location | ActorKind::Country) {
            // "Germania Est", "l'Italia meridionale" (Italian puts the
            // compass word after the name)
            if doc.lang == "it" && compass(doc, u1) && doc.units[u1].end <= next_start {
                s.end = doc.units[u1].end;
                s.kind = ActorKind::Location;
            }
            // "Nord Italia", "South Minneapolis"
            if let Some(p) = u0.checked_sub(1) {
                if compass(doc, p)
                    && doc
                        .tok(p)
                        .is_some_and(|t| t.cap && !t.sent_start || t.cap && doc.lang == "en")
                    && doc.units[p].start >= prev_end
                {
                    s.start = doc.units[p].start;
                    s.kind = ActorKind::Location;
                    continue;
                }
            }
        }
        if let Some((p, k)) = part_noun(doc, u0, s.kind) {
            if doc.units[p].start >= prev_end {
                s.start = doc.units[p].start;
                s.kind = k;
            }
        }
    }
}
