//! NER conventions on the proper-name spans (not on actor mentions): a
//! lowercase noun that belongs to the name it precedes ("il fiume X", "la
//! provincia di X", "l'università di X", "suor X"; `part`/`partof` in
//! `{lang}/name-cues.tsv`) and compass words that extend a place name
//! ("Germania Est", "l'Italia centrale", "Nord Italia"; `compass`).

use crate::doc::{is_of, Doc};
use crate::gazetteer::Entry;
use crate::NamedSpan;
use dyad_model::ActorKind;
use foldhash::HashSet;

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

/// A unit that can head an organization's name: a head word
/// (`organizations-heads.tsv`) or an organization cue ("Ministero").
fn org_head(doc: &Doc, u: usize) -> bool {
    doc.entries(u).iter().any(|e| match *e {
        Entry::OrgHead(_) => true,
        Entry::Cue(i) => doc.g.cues[i as usize].kind == ActorKind::Organization,
        _ => false,
    })
}

/// "7º", "3ª", "101st", "2nd": a number written as an ordinal.
fn ordinal(doc: &Doc, u: usize) -> bool {
    let Some(un) = doc.units.get(u) else { return false };
    let w = doc.slice(un.start, un.end);
    let digits = w.len() - w.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let suffix = w.get(digits..).unwrap_or("");
    digits > 0
        && (matches!(suffix, "º" | "ª" | "°")
            || doc.lang == "en" && matches!(suffix.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th"))
}

/// A role noun: a sector cue for a person ("presidente", "capo dello
/// Stato").
fn role(doc: &Doc, u: usize) -> bool {
    doc.entries(u)
        .iter()
        .any(|e| matches!(*e, Entry::Cue(i) if doc.g.cues[i as usize].kind == ActorKind::Person))
}

/// "il capo dello Stato", "il presidente del Consiglio", "il procuratore
/// della Repubblica": the Capitalised institution after a role and "di" is
/// the body the role belongs to, a name of its own for NER (the actor
/// stays the person). Italian writes the state's institutions with a
/// capital ("lo Stato", "la Camera"), so the capital is the evidence; a
/// portfolio ("il ministro dell'Interno") is no institution noun. A
/// complement of one more Capitalised word belongs to the body ("il
/// presidente del Consiglio di Sicurezza"). Italian only, as KIND.
fn role_institutions(doc: &Doc, spans: &mut Vec<NamedSpan>, given: &HashSet<String>) {
    if doc.lang != "it" {
        return;
    }
    let inst = |ti: usize| {
        doc.toks.get(ti).is_some_and(|t| {
            t.word && t.cap && !t.upper && !t.sent_start && doc.g.name_cues.institution.contains(t.folded(&doc.f))
        })
    };
    let of_tok = |ti: usize| doc.toks.get(ti).is_some_and(|t| t.word && is_of(t.folded(&doc.f)));
    let mut add = Vec::new();
    for u in 0..doc.units.len() {
        let un = &doc.units[u];
        // the role and the institution in one gazetteer form ("capo dello
        // stato"), or the institution after a role and a plain "di"
        let start = if un.t1 >= un.t0 + 3 && role(doc, u) && inst(un.t1 - 1) && of_tok(un.t1 - 2) {
            doc.toks[un.t1 - 1].start
        } else if un.t1 == un.t0 + 1
            && (inst(un.t0) || org_head(doc, u) && doc.tok(u).is_some_and(|t| t.cap && !t.sent_start))
            && prev(doc, u).is_some_and(|p| {
                doc.plain_word(p) && is_of(doc.word(p)) && p.checked_sub(1).is_some_and(|r| role(doc, r))
            })
        {
            un.start
        } else {
            continue;
        };
        // a Capitalised word that continues the name rather than opening
        // the role holder's: a common word ("Stato Maggiore") or a known
        // place or body ("Regione Lazio"); an unknown name is a person's
        let name_at = |k: usize| {
            doc.tok(k).is_some_and(|t| t.word && t.cap)
                && !given.contains(doc.word(k))
                && match doc.entry(k) {
                    Some(e) => !matches!(e, Entry::Leader(_)),
                    None => doc.common_word(k),
                }
        };
        let mut end = un.end;
        let mut next = u + 1;
        // "del Consiglio di Sicurezza", "del Consiglio d'Amministrazione"
        let of_next = if doc.plain_word(next) && is_of(doc.word(next)) {
            Some(if doc.is_punct(next + 1, "'’") {
                next + 2
            } else {
                next + 1
            })
        } else {
            None
        };
        if let Some(w) = of_next.filter(|&w| {
            doc.units.get(w).is_some_and(|un| un.t1 == un.t0 + 1)
                && doc.tok(w).is_some_and(|t| t.word && t.cap && !t.upper)
                && !given.contains(doc.word(w))
                && !name_at(w + 1)
        }) {
            end = doc.units[w].end;
            next = w + 1;
        }
        // the body's name ends here: a longer Capitalised name ("Stato
        // Maggiore", "Regione Lazio") is another rule's, a person's name
        // after it is the role holder
        if name_at(next) || spans.iter().any(|s| s.start < end && start < s.end) {
            continue;
        }
        add.push(NamedSpan {
            start,
            end,
            kind: ActorKind::Organization,
        });
    }
    if !add.is_empty() {
        spans.extend(add);
        spans.sort_by_key(|s| s.start);
    }
}

/// "valdoria.it", "Notizie.com", "x.org.uk": a web address (words joined
/// by dots, ending in a top-level domain, `domain` in `name-cues.tsv`)
/// names the site, a body that publishes; spans inside it give way.
fn web_sites(doc: &Doc, spans: &mut Vec<NamedSpan>) {
    let toks = &doc.toks;
    let glued = |a: usize, b: usize| toks.get(b).is_some_and(|tb| toks[a].end == tb.start);
    let dot = |k: usize| toks.get(k).is_some_and(|t| !t.word && t.folded(&doc.f) == ".");
    let mut i = 0;
    while i < toks.len() {
        let first = i;
        i += 1;
        if !toks[first].word || first.checked_sub(1).is_some_and(|p| glued(p, first)) {
            continue;
        }
        let mut last = first;
        while dot(last + 1) && glued(last, last + 1) && glued(last + 1, last + 2) && toks[last + 2].word {
            last += 2;
        }
        let tld = &toks[last];
        if last == first || tld.cap || !doc.g.name_cues.domain.contains(tld.folded(&doc.f)) {
            continue;
        }
        let (start, end) = (toks[first].start, tld.end);
        put_organization(spans, start, end);
        i = last + 1;
    }
}

/// Puts an organisation span at `start..end` in the sorted `spans`, in
/// place of every span it overlaps.
fn put_organization(spans: &mut Vec<NamedSpan>, start: usize, end: usize) {
    spans.retain(|s| s.end <= start || s.start >= end);
    let at = spans.partition_point(|s| s.start < start);
    spans.insert(
        at,
        NamedSpan {
            start,
            end,
            kind: ActorKind::Organization,
        },
    );
}

/// Opening and closing quotation marks.
const QUOTES: &str = "\"«»“”";

/// 'il gruppo "Nuova Alba"', 'the newspaper "Morning Star"': a title in
/// quotation marks right after a noun naming a kind of body (an ORG `next`
/// cue of `name-cues.tsv`, Italian with an adjective between: "il gruppo
/// eversivo") is that body's name, whatever its words; spans inside the
/// quotes give way to it.
fn quoted_bodies(doc: &Doc, spans: &mut Vec<NamedSpan>) {
    let mut u = 0;
    while u < doc.units.len() {
        let open = u;
        u += 1;
        if !doc.is_punct(open, QUOTES) || crate::lone::noun_cue(doc, open) != Some(ActorKind::Organization) {
            continue;
        }
        // up to six words, the first Capitalised, then the closing mark
        let first = open + 1;
        let Some(close) = (first..doc.units.len().min(first + 7)).find(|&k| !doc.tok(k).is_some_and(|t| t.word)) else {
            continue;
        };
        if close == first || !doc.is_punct(close, QUOTES) || !doc.tok(first).is_some_and(|t| t.cap) {
            continue;
        }
        let (start, end) = (doc.units[first].start, doc.units[close - 1].end);
        if spans
            .iter()
            .any(|s| s.start < end && start < s.end && (s.start < start || s.end > end))
        {
            continue;
        }
        put_organization(spans, start, end);
        u = close + 1;
    }
}

/// "la Camera", "della Regione", "il Ministero": a Capitalised head of an
/// institution alone, after an article, inside a sentence, names one.
/// Italian only: KIND's convention; English "the Committee" stays a common
/// phrase.
fn lone_heads(doc: &Doc, spans: &mut Vec<NamedSpan>) {
    if doc.lang != "it" {
        return;
    }
    let mut add = Vec::new();
    let mut si = 0;
    for u in 0..doc.units.len() {
        let un = &doc.units[u];
        while si < spans.len() && spans[si].end <= un.start {
            si += 1;
        }
        if spans.get(si).is_some_and(|s| s.start < un.end) {
            continue;
        }
        if !org_head(doc, u) || un.t1 != un.t0 + 1 || !doc.tok(u).is_some_and(|t| t.cap && !t.upper && !t.sent_start) {
            continue;
        }
        let Some(p) = prev(doc, u) else { continue };
        if !(lower(doc, p) && crate::lone::article(doc.word(p))) {
            continue;
        }
        // the head must end the phrase: punctuation or a word that opens
        // another ("la Camera ha votato"), not a complement ("la Corte
        // suprema", "il Movimento 5 Stelle", "il Partito dei Lavoratori")
        let next_ok = match doc.tok(u + 1) {
            None => true,
            Some(t) if !t.word => !doc.is_punct(u + 1, "'’"),
            Some(t) => {
                !t.cap
                    && !is_of(doc.word(u + 1))
                    && (doc.g.name_cues.link.contains(doc.word(u + 1))
                        || matches!(doc.word(u + 1), "si" | "ne" | "non"))
            }
        };
        if !next_ok {
            continue;
        }
        add.push(NamedSpan {
            start: un.start,
            end: un.end,
            kind: ActorKind::Organization,
        });
    }
    if !add.is_empty() {
        spans.extend(add);
        spans.sort_by_key(|s| s.start);
    }
}

/// A definite article not joined to a preposition.
fn bare_article(w: &str) -> bool {
    matches!(w, "il" | "lo" | "la" | "i" | "gli" | "le" | "l")
}

/// The unit after an elision mark at `u` ("dell'", "l'"), else `u`.
fn past_elision(doc: &Doc, u: usize) -> usize {
    if doc.is_punct(u, "'’") {
        u + 1
    } else {
        u
    }
}

/// "di cassazione", "della vigna e del vino", "per la tutela delle coste":
/// a complement of lowercase nouns from `k`, each after "di" (joined
/// to its article or not), "per" and an article (a purpose: "per" with a
/// verb, "per decidere", is none), or "e" and "di" again, each noun with
/// its relational adjectives. Each piece must end the phrase (punctuation,
/// a lowercase link word, a given name that opens the body's head of
/// office): any other word after it ("di martedì scorso", "per la prima
/// volta", "dei lavoratori Tarvesi") may be anything, and the piece stays
/// out. Returns the end of the complement.
fn lowercase_complement(doc: &Doc, k: usize, given: &HashSet<String>) -> Option<usize> {
    let word_at = |u: usize| (doc.plain_word(u) && lower(doc, u)).then(|| doc.word(u));
    let link = |w: &str| doc.g.name_cues.link.contains(w);
    // a sector cue in lowercase is a noun too ("delle forze di sicurezza")
    let cue = |u: usize| {
        doc.tok(u).is_some_and(|t| t.word && !t.cap) && doc.entries(u).iter().any(|e| matches!(e, Entry::Cue(_)))
    };
    let noun = |u: usize| {
        cue(u)
            || word_at(u)
                .is_some_and(|w| !link(w) && w.chars().count() >= 3 && !w.starts_with(|c: char| c.is_ascii_digit()))
    };
    let mut u = k;
    let mut end = None;
    while u < k + 12 {
        let Some(w) = word_at(u) else { break };
        let mut nx = past_elision(doc, u + 1);
        if w == "per" && end.is_none() {
            match word_at(nx) {
                Some(a) if bare_article(a) => nx = past_elision(doc, nx + 1),
                _ => break,
            }
        } else if matches!(w, "e" | "ed") && end.is_some() {
            match word_at(nx) {
                Some(p) if is_of(p) => nx = past_elision(doc, nx + 1),
                _ => break,
            }
        } else if !is_of(w) || w == "of" {
            break;
        }
        if !noun(nx) || (w == "di" && doc.g.name_cues.adverb.contains(doc.word(nx))) {
            break;
        }
        let mut v = nx + 1;
        while word_at(v).is_some_and(crate::roles::italian_adjective) {
            v += 1;
        }
        let person_next = doc.tok(v).is_some_and(|t| t.cap) && given.contains(doc.word(v));
        if doc.tok(v).is_some_and(|t| t.word) && word_at(v).is_none_or(|w| !link(w)) && !person_next {
            break;
        }
        end = Some(v);
        u = v;
    }
    end
}

/// "la Corte suprema di cassazione", "il Ministero della sanità", "la
/// Commissione internazionale per la tutela delle coste", "la Cattedrale
/// dei marinai": Italian writes an institution's or a building's official
/// name in sentence case, so after its Capitalised head (an organization
/// head or cue, or a place head of `name-cues.tsv`) and its lowercase
/// adjectives a complement of lowercase nouns is part of the name.
/// A head with no span yet needs an article before it, as a lone head
/// does. Italian only.
fn sentence_case_complements(doc: &Doc, spans: &mut Vec<NamedSpan>, given: &HashSet<String>) {
    if doc.lang != "it" {
        return;
    }
    let mut u = 0;
    while u < doc.units.len() {
        let head = u;
        u += 1;
        let un = &doc.units[head];
        if !doc.tok(head).is_some_and(|t| t.cap && !t.upper && !t.sent_start) {
            continue;
        }
        let kind = if org_head(doc, head) {
            ActorKind::Organization
        } else if doc.plain_word(head) && doc.g.name_cues.head.contains(doc.word(head)) {
            ActorKind::Location
        } else {
            continue;
        };
        let mut a = head + 1;
        while doc.plain_word(a) && lower(doc, a) && crate::roles::italian_adjective(doc.word(a)) {
            a += 1;
        }
        // the lowercase words of a span that opens with the head are its
        // adjectives ("la Corte suprema")
        if let Some(s) = spans.iter().find(|s| s.start == un.start && s.kind == kind) {
            let own_end = doc.units.partition_point(|x| x.end <= s.end);
            if (a..own_end).all(|v| doc.plain_word(v) && lower(doc, v)) {
                a = a.max(own_end);
            }
        }
        let Some(end) = lowercase_complement(doc, a, given) else {
            continue;
        };
        let (start, stop, name_end) = (un.start, doc.units[end - 1].end, doc.units[a - 1].end);
        let overlapping = spans.iter().filter(|s| s.start < stop && start < s.end);
        let mut own = false;
        let mut clash = false;
        for s in overlapping {
            own |= s.start == start;
            clash |= s.start < start || s.end > name_end || s.kind != kind;
        }
        let after_article = prev(doc, head).is_some_and(|p| lower(doc, p) && crate::lone::article(doc.word(p)));
        if clash || !(own || after_article) {
            continue;
        }
        spans.retain(|s| s.end <= start || s.start >= stop);
        let at = spans.partition_point(|s| s.start < start);
        spans.insert(at, NamedSpan { start, end: stop, kind });
        u = end;
    }
}

/// "i tifosi della Lazio", "la maglia del Napoli": a noun that only a club
/// has (`of` cues typed ORG) before "di" + a place.
fn club_cue(doc: &Doc, u0: usize) -> bool {
    let Some(p) = prev(doc, u0).filter(|&p| doc.plain_word(p) && is_of(doc.word(p))) else {
        return false;
    };
    p.checked_sub(1)
        .filter(|&q| lower(doc, q))
        .is_some_and(|q| doc.g.name_cues.of.get(doc.word(q)) == Some(&ActorKind::Organization))
}

/// "il Parma", "al Rovigo": Italian names a town with no article, and as
/// feminine; a masculine article (`club` in `name-cues.tsv`) right before a
/// town says a masculine noun is understood, "il (club) Parma". Not a town
/// whose own name has an article ("il Cairo"), nor regions, which take one
/// ("il Lazio"), nor a town that opens a longer name ("il Merano Festival").
fn club_article(doc: &Doc, u0: usize, u1: usize) -> bool {
    // every reading a town: "Virginia" is also a state, "Centro" a word
    let readings = doc.entries(u0);
    let town = !readings.is_empty()
        && readings.iter().all(|e| match e {
            Entry::City(i) => doc
                .g
                .cities
                .get(*i as usize)
                .is_some_and(|c| c.population > 0 && !c.articled),
            _ => false,
        })
        && !doc.g.common.contains(doc.word(u0));
    town && u1 == u0 + 1
        && !doc.tok(u1).is_some_and(|t| t.word && t.cap)
        && prev(doc, u0).is_some_and(|p| lower(doc, p) && doc.g.name_cues.club.contains(doc.word(p)))
}

/// How many match cues (`sports.tsv`) the sentence around unit `u` holds,
/// a score ("2-1", "3 - 0") counting as one. Counted once per sentence:
/// `cache` keeps the last sentence's first token and count.
fn sports_cues(doc: &Doc, u: usize, cache: &mut Option<(usize, usize)>) -> usize {
    let Some(un) = doc.units.get(u) else { return 0 };
    let mut t0 = un.t0;
    while t0 > 0 && !doc.toks[t0].sent_start {
        t0 -= 1;
    }
    if let Some((start, n)) = *cache {
        if start == t0 {
            return n;
        }
    }
    let mut t1 = un.t0 + 1;
    while t1 < doc.toks.len() && !doc.toks[t1].sent_start {
        t1 += 1;
    }
    let words: Vec<&str> = doc.toks[t0..t1]
        .iter()
        .filter(|t| t.word)
        .map(|t| t.folded(&doc.f))
        .collect();
    let short = |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let mut n = 0;
    let mut score = false;
    for (i, w) in words.iter().enumerate() {
        if let Some(cues) = doc.g.sports.get(*w) {
            n += usize::from(
                cues.iter()
                    .any(|c| c.len() <= words.len() - i && c.iter().zip(&words[i..]).all(|(a, b)| a == b)),
            );
        }
        score |= w.split_once('-').is_some_and(|(a, b)| short(a) && short(b));
    }
    // a score spaced out ("3 - 0") is three tokens, the dash no word
    score |= doc.toks[t0..t1].windows(3).any(|w| {
        w[0].word
            && short(w[0].folded(&doc.f))
            && !w[1].word
            && w[1].folded(&doc.f) == "-"
            && short(w[2].folded(&doc.f))
    });
    let n = n + usize::from(score);
    *cache = Some((t0, n));
    n
}

/// "Una non eccezionale Inghilterra è stata fermata sullo 0-0", "il
/// Portogallo ha superato la Svezia ai supplementari": in a sentence that
/// reports play (two match cues, or a cue and a score, as the event coder
/// reads it) a country or town that plays is its side. Not where play is:
/// after a preposition other than those that set sides (`side`: "contro",
/// "con", "tra"), nor in brackets after a player (his country).
/// `cache`: whether the text may report play, and the last sentence's count.
fn match_side(doc: &Doc, u0: usize, cache: &mut (Option<bool>, Option<(usize, usize)>)) -> bool {
    let cues = &doc.g.name_cues;
    // a sentence's first word is Capitalised and the same word ("In Italia")
    let small = |q: usize| lower(doc, q) || doc.plain_word(q) && doc.sent_start(q);
    let mut p = prev(doc, u0);
    if let Some(q) = p.filter(|&q| small(q) && crate::lone::article(doc.word(q))) {
        p = prev(doc, q);
    }
    let placed = p.is_some_and(|p| {
        small(p) && cues.prep.contains(doc.word(p)) && !cues.side.contains(doc.word(p)) || doc.is_punct(p, "(")
    });
    !placed && *cache.0.get_or_insert_with(|| sporty(doc)) && sports_cues(doc, u0, &mut cache.1) >= 2
}

/// Whether the text may report play at all: some match cue has all its
/// words among those the text writes in lowercase. A few dozen look-ups
/// per text spare the sentence scan of `sports_cues` in political news.
fn sporty(doc: &Doc) -> bool {
    doc.g
        .sports
        .values()
        .flatten()
        .any(|c| c.iter().all(|w| doc.seen_lowercase(w)))
}

/// An exclamation mark at `u` inside a sentence: a lowercase word or a
/// comma, colon, semicolon, full stop or opening bracket right after it.
fn brand_mark(doc: &Doc, u: usize) -> bool {
    doc.is_punct(u, "!") && (lower(doc, u + 1) || doc.is_punct(u + 1, ",:;.("))
}

/// "Juventus - Milan": a place set against an organization by a dash (a
/// fixture or a result).
fn match_pair(doc: &Doc, u0: usize, u1: usize, around: &[Option<(usize, usize, ActorKind)>; 2]) -> bool {
    let dash = |u: usize| doc.is_punct(u, "-–");
    let org = |o: &Option<(usize, usize, ActorKind)>, at: usize, before: bool| {
        o.is_some_and(|(s, e, k)| {
            k == ActorKind::Organization
                && doc
                    .units
                    .get(at)
                    .is_some_and(|un| if before { un.end == e } else { un.start == s })
        })
    };
    (u0 >= 2 && dash(u0 - 1) && org(&around[0], u0 - 2, true)) || (dash(u1) && org(&around[1], u1 + 1, false))
}

/// "la partita Norvalia - Kessia", "the match Norvalia - Kessia": two
/// places set against each other by a dash right after a match noun
/// (`fixture` in `name-cues.tsv`) are the two teams. `u0..u1` is either side.
fn fixture(doc: &Doc, u0: usize, u1: usize, around: &[Option<(usize, usize, ActorKind)>; 2]) -> bool {
    let dash = |u: usize| doc.is_punct(u, "-–");
    let place = |k: ActorKind| matches!(k, ActorKind::Location | ActorKind::Country);
    let noun_before =
        |u: usize| prev(doc, u).is_some_and(|p| lower(doc, p) && doc.g.name_cues.fixture.contains(doc.word(p)));
    let first = noun_before(u0)
        && dash(u1)
        && around[1].is_some_and(|(s, _, k)| place(k) && doc.units.get(u1 + 1).is_some_and(|un| un.start == s));
    let second = u0 >= 2
        && dash(u0 - 1)
        && around[0].is_some_and(|(s, e, k)| {
            // the first side may already be typed a team here
            (place(k) || k == ActorKind::Organization)
                && doc.units[u0 - 2].end == e
                && noun_before(doc.units.partition_point(|un| un.start < s))
        });
    first || second
}

/// "Santiago de Compostela", "Palma di Maiorca", "Barberino del Mugello",
/// "Santiago del Cile": a town joined by "di/de" to a place or to a name in
/// no list is one place, the second part telling it from its namesakes.
/// Not after an article ("la Firenze di X" is the town of a person or a
/// time) nor before a known person, and a country never opens one ("l'Italia
/// di X" is a team or an era).
fn places_of_places(doc: &Doc, spans: &mut Vec<NamedSpan>, given: &HashSet<String>) {
    let mut i = 0;
    while i + 1 < spans.len() {
        let (a, b) = (&spans[i], &spans[i + 1]);
        let joined = a.kind == ActorKind::Location && {
            let u0 = doc.units.partition_point(|un| un.start < a.start);
            let u1 = doc.units.partition_point(|un| un.end <= a.end);
            let of = u1;
            let mut v = of + 1;
            if doc.is_punct(v, "'’") {
                v += 1;
            }
            // "lo Stadio Adriatico di X", "l'aeroporto Y di X", "Valle
            // d'Y di X": a place inside a longer name is no town, the town
            // after it is apart
            let cap = |u: usize| doc.tok(u).is_some_and(|t| t.word && t.cap);
            let opens = cap(u0)
                && prev(doc, u0).is_none_or(|p| {
                    let w = doc.word(p);
                    !(lower(doc, p) && (crate::lone::article(w) || doc.g.name_cues.part.contains_key(w)))
                        && !cap(p)
                        && !(is_of(w) && p.checked_sub(1).is_some_and(cap))
                });
            let second = doc.units.get(v).is_some_and(|un| un.start == b.start)
                && match b.kind {
                    ActorKind::Location | ActorKind::Country => true,
                    // a lone name in no list, typed by default
                    _ => {
                        doc.units.get(v).is_some_and(|un| un.end == b.end && un.hit.is_none())
                            && !doc.tok(v).is_some_and(|t| t.upper)
                            && !given.contains(doc.word(v))
                    }
                };
            u0 < u1
                && doc.units[u0].start == a.start
                && opens
                && lower(doc, of)
                && (is_of(doc.word(of)) || doc.word(of) == "de")
                && doc.tok(v).is_some_and(|t| t.cap && !t.sent_start)
                && second
        };
        if joined {
            spans[i].end = spans[i + 1].end;
            spans[i].kind = ActorKind::Location;
            spans.remove(i + 1);
        }
        i += 1;
    }
}

/// One name, one type through the text: a one-word name in no list that
/// the context typed as a body somewhere ("la X ha chiuso") is that body
/// where it stands bare and was typed a person by default ("X ha detto").
/// Only names in no list: a gazetteer word has its own type. (A surname
/// after a person's full name is that person already: `coref`.)
fn consistent_types(doc: &Doc, spans: &mut [NamedSpan]) {
    let unit = |s: &NamedSpan| {
        let u = doc.units.partition_point(|un| un.start < s.start);
        doc.units
            .get(u)
            .filter(|un| un.start == s.start && un.end == s.end && un.hit.is_none())
            .map(|_| u)
    };
    let bodies: HashSet<&str> = spans
        .iter()
        .filter(|s| s.kind == ActorKind::Organization)
        .filter_map(|s| unit(s).map(|u| doc.word(u)))
        .collect();
    if bodies.is_empty() {
        return;
    }
    for s in spans.iter_mut().filter(|s| s.kind == ActorKind::Person) {
        if unit(s).is_some_and(|u| bodies.contains(doc.word(u))) {
            s.kind = ActorKind::Organization;
        }
    }
}

/// A span with a Capitalised event noun in it ("Coppa delle Valli", "Tarvos
/// Song Contest", "Kessia Awards") names a competition, prize or show,
/// unless an organization head in it makes it the body that runs one
/// ("the Tarvos Prize Committee", "la Fondazione Premio Norvalia").
fn event_name(doc: &Doc, s: &NamedSpan) -> bool {
    let u0 = doc.units.partition_point(|un| un.start < s.start);
    let u1 = doc.units.partition_point(|un| un.end <= s.end);
    let capitalized = |u: usize| doc.plain_word(u) && doc.tok(u).is_some_and(|t| t.cap);
    // the head may still stand just after the span: heads join it later
    let body = (u0..=u1).any(|u| doc.tok(u).is_some_and(|t| t.cap) && org_head(doc, u));
    !body && (u0..u1).any(|u| capitalized(u) && doc.g.name_cues.event.contains(doc.word(u)))
}

/// Applies the conventions in place; spans stay sorted and disjoint.
pub(crate) fn refine(doc: &Doc, spans: &mut Vec<NamedSpan>, given: &HashSet<String>) {
    // an event is none of person, body or place: its name is no entity
    spans.retain(|s| !event_name(doc, s));
    lone_heads(doc, spans);
    sentence_case_complements(doc, spans, given);
    role_institutions(doc, spans, given);
    quoted_bodies(doc, spans);
    web_sites(doc, spans);
    places_of_places(doc, spans, given);
    let mut sport = (None, None);
    for i in 0..spans.len() {
        let prev_end = if i > 0 { spans[i - 1].end } else { 0 };
        let adjacent = |j: Option<usize>| j.and_then(|j| spans.get(j)).map(|s| (s.start, s.end, s.kind));
        let prev_kind = adjacent(i.checked_sub(1));
        let next_kind = adjacent(Some(i + 1));
        let next_start = spans.get(i + 1).map_or(usize::MAX, |s| s.start);
        let s = &mut spans[i];
        let u0 = doc.units.partition_point(|un| un.start < s.start);
        let u1 = doc.units.partition_point(|un| un.end <= s.end);
        if u0 >= u1 || doc.units[u0].start != s.start {
            continue;
        }
        // "Stazione Spaziale Internazionale (ISS)", "Cittadella (PD)": an
        // acronym alone in brackets right after a name is that name's
        // short form or, after a town, its province: it takes its type
        if u1 == u0 + 1
            && doc.tok(u0).is_some_and(|t| t.upper)
            && doc.is_punct(u0.wrapping_sub(1), "(")
            && doc.is_punct(u1, ")")
        {
            if let Some((_, _, k)) = prev_kind.filter(|&(_, e, _)| u0 >= 2 && doc.units[u0 - 2].end == e) {
                s.kind = if k == ActorKind::Country {
                    ActorKind::Location
                } else {
                    k
                };
                continue;
            }
        }
        // "Mario Rossi (Brundoni)": a name alone in brackets after a
        // person's is the body the person speaks or plays for (party,
        // team, publisher, company), not a second person; only the person
        // default typed it if it opens with no given name
        if s.kind == ActorKind::Person
            && doc.is_punct(u0.wrapping_sub(1), "(")
            && doc.is_punct(u1, ")")
            && !given.contains(doc.word(u0))
            && !matches!(doc.entry(u0), Some(Entry::Leader(_)))
            && prev_kind.is_some_and(|(_, e, k)| k == ActorKind::Person && u0 >= 2 && doc.units[u0 - 2].end == e)
        {
            s.kind = ActorKind::Organization;
            continue;
        }
        // the first letter of the name must be a capital: lowercase
        // institutions ("la polizia") take no part noun
        if !doc.tok(u0).is_some_and(|t| t.cap) {
            continue;
        }
        // "Kessiaweb! ha chiuso", "a Kessiaweb!.": an exclamation mark that
        // closes no sentence (a lowercase word or a comma, colon, full stop
        // or bracket follows) is part of a brand name; persons and places
        // carry none
        if brand_mark(doc, u1) && doc.units[u1].end <= next_start {
            s.end = doc.units[u1].end;
            s.kind = ActorKind::Organization;
            continue;
        }
        // "i tifosi della Lazio", "Juventus - Milan": a town or region that
        // plays is its club
        let around = [prev_kind, next_kind];
        let place = matches!(s.kind, ActorKind::Location | ActorKind::Country);
        if place && u1 == u0 + 1 && match_side(doc, u0, &mut sport) {
            s.kind = ActorKind::Organization;
            continue;
        }
        if s.kind == ActorKind::Location
            && (club_cue(doc, u0) || club_article(doc, u0, u1) || match_pair(doc, u0, u1, &around))
            || matches!(s.kind, ActorKind::Location | ActorKind::Country) && fixture(doc, u0, u1, &around)
        {
            s.kind = ActorKind::Organization;
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
                    && doc.tok(p).is_some_and(|t| t.cap && (!t.sent_start || doc.lang == "en"))
                    && doc.units[p].start >= prev_end
                {
                    s.start = doc.units[p].start;
                    s.kind = ActorKind::Location;
                    continue;
                }
            }
        }
        // "il 7º Reggimento", "the 12th Regiment Tarvos": armies number
        // their units, and the ordinal is part of the unit's name
        if let Some(p) = u0.checked_sub(1).filter(|&p| {
            ordinal(doc, p) && doc.units[p].start >= prev_end && doc.g.name_cues.unit.contains(doc.word(u0))
        }) {
            s.start = doc.units[p].start;
            s.kind = ActorKind::Organization;
            continue;
        }
        // "Le Journal du Dimanche", "Il Fatto Quotidiano": the article of a
        // title belongs to it
        if s.kind != ActorKind::Location && s.kind != ActorKind::Country {
            if let Some(p) = u0
                .checked_sub(1)
                .filter(|&p| crate::lone::title_article(doc, p) && doc.units[p].start >= prev_end)
            {
                s.start = doc.units[p].start;
                s.kind = ActorKind::Organization;
                continue;
            }
        }
        if let Some((p, k)) = part_noun(doc, u0, s.kind) {
            if doc.units[p].start >= prev_end {
                s.start = doc.units[p].start;
                s.kind = k;
            }
        }
    }
    consistent_types(doc, spans);
}
