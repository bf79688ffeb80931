//! One article being recognized: folded text, words, gazetteer hits and
//! the "units" the phrase rules walk (a unit is one hit or one plain word or
//! punctuation mark).

use crate::gazetteer::{Entry, Gazetteer};
use crate::matcher::Hit;
use crate::tokens::Tok;
use dyad_text::Folded;
use foldhash::{HashSet, HashSetExt};
use std::hash::BuildHasher;

#[derive(Debug, Clone)]
pub(crate) struct Unit {
    pub t0: usize,
    pub t1: usize,
    pub hit: Option<usize>,
    pub start: usize,
    pub end: usize,
}

pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub f: Folded,
    pub toks: Vec<Tok>,
    pub hits: Vec<Hit>,
    pub units: Vec<Unit>,
    pub g: &'a Gazetteer,
    pub lang: &'a str,
    pub date: Option<&'a str>,
    /// Hashes of folded words seen in lowercase somewhere in the article: a
    /// sentence-initial "Secondo" is then a common word, not a name.
    lower_seen: HashSet<u64>,
}

fn h(s: &str) -> u64 {
    foldhash::fast::FixedState::default().hash_one(s)
}

impl<'a> Doc<'a> {
    pub fn new(
        text: &'a str,
        g: &'a Gazetteer,
        matcher: &crate::matcher::Matcher,
        lang: &'a str,
        date: Option<&'a str>,
    ) -> Self {
        let f = Folded::new(text);
        let hits = matcher.find(g, text, &f);
        let toks = compounds(crate::tokens::tokenize(text, &f), &hits, &f, text, g, lang);
        let mut lower_seen = HashSet::new();
        for t in &toks {
            if t.word && !t.cap && !t.sent_start {
                lower_seen.insert(h(t.folded(&f)));
            }
        }
        // units: hits swallow the tokens inside them
        let mut units = Vec::with_capacity(toks.len());
        let mut hi = 0;
        let mut ti = 0;
        while ti < toks.len() {
            while hi < hits.len() && hits[hi].end <= toks[ti].start {
                hi += 1;
            }
            if hi < hits.len()
                && hits[hi].start <= toks[ti].start
                && toks[ti].end <= hits[hi].end
                && !(lang == "it"
                    && (born_participle(&toks, &f, ti, hits[hi].end) || auxiliary(&toks, &f, g, ti, hits[hi].end)))
                && !opens_longer_name(&toks, &f, g, &hits[hi])
            {
                let t0 = ti;
                while ti < toks.len() && toks[ti].end <= hits[hi].end {
                    ti += 1;
                }
                units.push(Unit {
                    t0,
                    t1: ti,
                    hit: Some(hi),
                    start: hits[hi].start,
                    end: hits[hi].end,
                });
                hi += 1;
            } else {
                units.push(Unit {
                    t0: ti,
                    t1: ti + 1,
                    hit: None,
                    start: toks[ti].start,
                    end: toks[ti].end,
                });
                ti += 1;
            }
        }
        Doc {
            text,
            f,
            toks,
            hits,
            units,
            g,
            lang,
            date,
            lower_seen,
        }
    }

    pub fn entry(&self, u: usize) -> Option<Entry> {
        self.units.get(u).and_then(|u| u.hit).map(|h| self.hits[h].best())
    }

    /// The hit's entries (all readings).
    pub fn entries(&self, u: usize) -> &[Entry] {
        match self.units.get(u).and_then(|u| u.hit) {
            Some(h) => &self.hits[h].entries,
            None => &[],
        }
    }

    /// The folded text of a unit.
    pub fn word(&self, u: usize) -> &str {
        match self.units.get(u) {
            Some(un) => self
                .f
                .text
                .get(self.toks[un.t0].fstart..self.toks[un.t1 - 1].fend)
                .unwrap_or(""),
            None => "",
        }
    }

    pub fn tok(&self, u: usize) -> Option<&Tok> {
        self.units.get(u).map(|un| &self.toks[un.t0])
    }

    /// A plain (non-gazetteer) word unit.
    pub fn plain_word(&self, u: usize) -> bool {
        self.units
            .get(u)
            .is_some_and(|un| un.hit.is_none() && self.toks[un.t0].word)
    }

    pub fn is_punct(&self, u: usize, chars: &str) -> bool {
        self.units
            .get(u)
            .is_some_and(|un| un.hit.is_none() && !self.toks[un.t0].word && chars.contains(self.word(u)))
    }

    pub fn seen_lowercase(&self, folded_word: &str) -> bool {
        self.lower_seen.contains(&h(folded_word))
    }

    /// Whether a plain word unit is a common word of the language
    /// (`common-words.txt`; Italian "-tà/-tù" nouns, which the list lacks,
    /// by rule: "Città", "Libertà"), whatever its case.
    pub fn common_word(&self, u: usize) -> bool {
        let w = self.word(u);
        if self.g.common.contains(w) {
            return true;
        }
        let Some(t) = self.tok(u) else { return false };
        let orig = self.slice(t.start, t.end);
        self.lang == "it" && (orig.ends_with("tà") || orig.ends_with("tù")) && orig.chars().count() > 3
    }

    /// Whether a folded word is an inflected form of a common word that
    /// `common-words.txt` leaves out (it keeps lemmas, infinitives and
    /// irregular forms): an adverb in -mente/-ly from a common adjective, a
    /// finite verb, participle or gerund whose infinitive is common
    /// ("Successivamente", "Arrestato", "Seguono", "Reportedly", "Asked").
    /// Only a sentence start needs this: inside a sentence such words are
    /// written in lowercase.
    pub fn inflected_common(&self, w: &str) -> bool {
        let c = &self.g.common;
        let has = |stem: &str, ends: &[&str]| ends.iter().any(|e| c.contains(&format!("{stem}{e}")));
        if self.lang == "it" {
            if let Some(stem) = w.strip_suffix("mente").filter(|s| s.len() >= 3) {
                return has(stem, &["e", "a", "o", "le", "re"]) || has(stem, &[""]);
            }
            // enclitic pronouns of a participle or gerund ("trasferitosi")
            let w = ["si", "ci", "lo", "la", "gli", "ne"]
                .iter()
                .find_map(|p| w.strip_suffix(p).filter(|s| s.ends_with(['o', 'a']) && s.len() > 5))
                .unwrap_or(w);
            // superlatives ("gravissimo", "moltissimi")
            if let Some(stem) = ["issimo", "issima", "issimi", "issime"]
                .iter()
                .find_map(|e| w.strip_suffix(e))
                .filter(|s| s.len() >= 3)
            {
                let stem = stem
                    .strip_suffix('h')
                    .filter(|s| s.ends_with(['c', 'g']))
                    .unwrap_or(stem);
                return has(stem, &["o", "e"]);
            }
            const ENDS: &[&str] = &[
                "iamo", "iate", "avano", "evano", "ivano", "arono", "erono", "irono", "ebbero", "erebbe", "irebbe",
                "arebbe", "ando", "endo", "asse", "esse", "isse", "ava", "eva", "iva", "avo", "evo", "ivo", "ete",
                "ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite", "ano", "ono",
                "era", "ira", "ara", "ò", "ì", "o", "a", "e", "i",
            ];
            for e in ENDS {
                let Some(stem) = w.strip_suffix(e).filter(|s| s.chars().count() >= 3) else {
                    continue;
                };
                // "cerchiamo" -> cercare, "finisce" -> finire
                let stem = stem
                    .strip_suffix('h')
                    .filter(|s| s.ends_with(['c', 'g']))
                    .unwrap_or(stem);
                if has(stem, &["are", "ere", "ire"]) || stem.strip_suffix("isc").is_some_and(|s| has(s, &["ire"])) {
                    return true;
                }
            }
            return false;
        }
        if let Some(stem) = w.strip_suffix("ly").filter(|s| s.len() >= 3) {
            return has(stem, &["", "e", "le"])
                || stem.strip_suffix('i').is_some_and(|s| has(s, &["y"]))
                || (!stem.ends_with("ly") && self.inflected_common(stem));
        }
        for e in ["ing", "ed", "es", "s"] {
            let Some(stem) = w.strip_suffix(e).filter(|s| s.len() >= 3) else {
                continue;
            };
            if has(stem, &["", "e"]) {
                return true;
            }
        }
        false
    }

    /// English headlines capitalise every content word ("Norvalia Lifts
    /// Travel Ban on Kessia"), so there a capital says nothing of a name.
    /// In a sentence of that shape (three or more content words after the
    /// first, all Capitalised, two or more of them common words; lowercase
    /// only the articles, conjunctions and prepositions title case leaves)
    /// the common and function words (`link` cues, stopwords) read as
    /// lowercase. Listed names and acronyms keep their capitals; so do a
    /// given name before a Capitalised word that is no common one ("Will
    /// Norton") and a common word after a given name (a surname: "John
    /// Smith"). A sentence of many names and few common words ("Zarif Met
    /// Lavrov") is no headline.
    pub fn lower_headline_words(&mut self, stop: &HashSet<String>, given: &HashSet<String>) {
        if self.lang != "en" {
            return;
        }
        // a role or sector cue ("Rebel Leaders") is a common noun too
        let common = |u: usize| {
            let w = self.word(u);
            let un = &self.units[u];
            un.t1 == un.t0 + 1
                && self.toks[un.t0].word
                && match un.hit {
                    None => self.g.common.contains(w) || self.inflected_common(w),
                    Some(_) => self.entries(u).iter().all(|e| matches!(e, Entry::Cue(_))),
                }
        };
        let capital = |u: usize| self.tok(u).is_some_and(|t| t.word && t.cap);
        let function = |w: &str| self.g.name_cues.link.contains(w) || stop.contains(w);
        let mut lowered = Vec::new();
        let mut a = 0;
        while a < self.units.len() {
            let mut b = a + 1;
            while b < self.units.len() && !self.sent_start(b) {
                b += 1;
            }
            let words = (a + 1..b).filter(|&u| {
                self.tok(u).is_some_and(|t| t.word) && !self.word(u).starts_with(|c: char| c.is_ascii_digit())
            });
            // title case leaves only minor function words in lowercase (a
            // Capitalised function word is headline evidence too); the
            // shape is checked first, so ordinary sentences cost a few
            // lookups
            let mut content = 0;
            let mut shaped = true;
            for u in words.clone() {
                let w = self.word(u);
                if capital(u) {
                    content += 1;
                } else if !(self.g.name_cues.prep.contains(w) || self.g.name_cues.minor.contains(w)) {
                    shaped = false;
                    break;
                }
            }
            if shaped && content >= 3 {
                let start = lowered.len();
                for u in std::iter::once(a).chain(words) {
                    let Some(t) = self.tok(u) else { continue };
                    let w = self.word(u);
                    let link = function(w);
                    let surname = !link && u > a && capital(u - 1) && given.contains(self.word(u - 1));
                    let named = given.contains(w) && capital(u + 1) && !common(u + 1);
                    if t.cap && !t.upper && !surname && !named && (link && self.plain_word(u) || common(u)) {
                        lowered.push(u);
                    }
                }
                if lowered[start..].iter().filter(|&&u| u > a).count() < 2 {
                    lowered.truncate(start);
                }
            }
            a = b;
        }
        for u in lowered {
            let t0 = self.units[u].t0;
            self.toks[t0].cap = false;
        }
    }

    pub fn slice(&self, start: usize, end: usize) -> &str {
        self.text.get(start..end).unwrap_or("")
    }

    /// Whether the unit begins a new sentence or line.
    pub fn sent_start(&self, u: usize) -> bool {
        self.tok(u).is_some_and(|t| t.sent_start)
    }
}

/// English participles after a name that make it a participant: the
/// backer of a "UN-backed government", the leader of a "US-led coalition",
/// the claimant of a "Taliban-claimed attack" (not the maker of a
/// "Russian-made" rifle).
const BACKERS: &[&str] = &[
    "backed",
    "led",
    "sponsored",
    "funded",
    "financed",
    "supported",
    "brokered",
    "armed",
    "trained",
    "claimed",
    "allied",
    "aligned",
];

/// Whether a lowercase word after a hyphen is a participle or an adjective
/// of origin ("made", "based", "controlled", "style"), not a name part
/// (the "jae-in" of "Moon Jae-in" is none).
fn participle(w: &str) -> bool {
    BACKERS.contains(&w)
        || (w.len() > 3 && w.ends_with("ed"))
        || matches!(
            w,
            "made"
                | "built"
                | "born"
                | "run"
                | "held"
                | "owned"
                | "style"
                | "speaking"
                | "friendly"
                | "bound"
                | "driven"
                | "grown"
                | "shown"
                | "flagged"
                | "linked"
        )
}

/// Hyphenated words with known names inside (Phase 9). "Russia-Corea del
/// Nord", "India-Pakistan", "Stati Uniti-Cina", "Israel-Hamas": when every
/// part is a gazetteer name (country, place, organization, metonym, leader)
/// the word is split at its hyphens so each part is a mention of its own
/// (not when every part is a town of one country: "Roma-Viterbo" is a road
/// or a line, "Baden-Baden" a town). English "UN-backed", "US-led": a
/// name, not a demonym, before a backer participle is split too; any other
/// Capitalised word before a participle ("Russian-made", "China-based",
/// "Taliban-claimed" when Taliban is unknown) marks a modifier that is never
/// an unknown name.
fn compounds(toks: Vec<Tok>, hits: &[Hit], f: &Folded, original: &str, g: &Gazetteer, lang: &str) -> Vec<Tok> {
    if !toks.iter().any(|t| t.word && t.folded(f).contains('-')) {
        return toks;
    }
    let named = |e: Entry| {
        matches!(
            e,
            Entry::Country(_) | Entry::City(_) | Entry::Org(_) | Entry::Metonym(_) | Entry::Leader(_)
        )
    };
    let ending = |pos: usize| {
        let k = hits.partition_point(|h| h.end < pos);
        hits.get(k).filter(|h| h.end == pos).map(|_| k)
    };
    let starting = |pos: usize| {
        let k = hits.partition_point(|h| h.start < pos);
        hits.get(k).filter(|h| h.start == pos).map(|_| k)
    };
    let mut out = Vec::with_capacity(toks.len() + 4);
    for t in toks {
        let fw = t.folded(f);
        if !t.word || !fw.contains('-') {
            out.push(t);
            continue;
        }
        // folded positions of the hyphens and their original spans
        let hy: Vec<usize> = fw.match_indices('-').map(|(i, _)| t.fstart + i).collect();
        let spans: Vec<(usize, usize)> = hy.iter().map(|&j| f.to_original_span(j, j + 1)).collect();
        let lefts: Vec<Option<usize>> = spans.iter().map(|&(s, _)| ending(s)).collect();
        let rights: Vec<Option<usize>> = spans.iter().map(|&(_, e)| starting(e)).collect();
        let mut parts: Vec<usize> = Vec::new();
        let covered = lefts.iter().zip(&rights).enumerate().all(|(i, (l, r))| {
            let (Some(l), Some(r)) = (l, r) else { return false };
            if i > 0 && rights[i - 1] != Some(*l) {
                return false;
            }
            if i == 0 {
                parts.push(*l);
            }
            parts.push(*r);
            true
        }) && hits[parts[0]].start <= t.start;
        let all_named = covered && parts.iter().all(|&h| named(hits[h].best()));
        let one_country_towns = covered && {
            let towns: Vec<&str> = parts
                .iter()
                .filter_map(|&h| match hits[h].best() {
                    Entry::City(c) => Some(g.cities[c as usize].iso3.as_str()),
                    _ => None,
                })
                .collect();
            towns.len() == parts.len() && towns.iter().all(|c| *c == towns[0])
        };
        let split_at = |t: &Tok, cuts: &[usize], out: &mut Vec<Tok>| {
            let mut a = t.fstart;
            for (n, &j) in cuts.iter().chain(std::iter::once(&t.fend)).enumerate() {
                let (os, oe) = f.to_original_span(a, j);
                let slice = original.get(os..oe).unwrap_or("");
                let letters = slice.chars().filter(|c| c.is_alphabetic()).count();
                let cap = slice.chars().next().is_some_and(char::is_uppercase);
                let upper = letters >= 2 && slice.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
                out.push(Tok {
                    start: os,
                    end: oe,
                    fstart: a,
                    fend: j,
                    word: true,
                    cap,
                    upper,
                    sent_start: n == 0 && t.sent_start,
                    modifier: false,
                });
                if j < t.fend {
                    let (hs, he) = f.to_original_span(j, j + 1);
                    out.push(Tok {
                        start: hs,
                        end: he,
                        fstart: j,
                        fend: j + 1,
                        word: false,
                        cap: false,
                        upper: false,
                        sent_start: false,
                        modifier: false,
                    });
                }
                a = j + 1;
            }
        };
        if all_named && !one_country_towns {
            split_at(&t, &hy, &mut out);
            continue;
        }
        // English "UN-backed", "Russian-made", "China-based"
        let rest_start = hy[0] + 1;
        let rest_orig = original.get(spans[0].1..t.end).unwrap_or("");
        let first_rest = fw[rest_start - t.fstart..].split('-').next().unwrap_or("");
        if lang == "en"
            && t.cap
            && !rest_orig.chars().any(char::is_uppercase)
            && rest_orig.chars().any(char::is_alphabetic)
            && participle(first_rest)
        {
            let left = lefts[0].filter(|&h| hits[h].start <= t.start && hits[h].end > t.start);
            if left.is_some_and(|h| named(hits[h].best())) && BACKERS.contains(&first_rest) {
                split_at(&t, &hy[..1], &mut out);
            } else {
                out.push(Tok { modifier: true, ..t });
            }
            continue;
        }
        out.push(t);
    }
    out
}

/// Italian and English words that join the parts of a name or a phrase.
/// Italian "Nato a Cuneo", "Nata nel 1950": a sentence-initial participle
/// of "nascere" followed by what a birth takes (a preposition or an
/// article of a date or place) is no name ("Nato ha condannato" is NATO).
fn born_participle(toks: &[Tok], f: &Folded, ti: usize, hit_end: usize) -> bool {
    let t = &toks[ti];
    if !t.sent_start || t.end != hit_end || !matches!(t.folded(f), "nato" | "nata" | "nati" | "nate") {
        return false;
    }
    toks.get(ti + 1).is_some_and(|n| {
        matches!(
            n.folded(f),
            "a" | "ad"
                | "in"
                | "nel"
                | "nella"
                | "nello"
                | "nell"
                | "nei"
                | "negli"
                | "nelle"
                | "da"
                | "dal"
                | "dalla"
                | "dall"
                | "il"
                | "l"
                | "lo"
                | "la"
                | "le"
                | "sotto"
                | "durante"
                | "tra"
                | "fra"
        )
    })
}

/// "Mars Express", "Terra Kessiana": a planet or moon followed by a
/// Capitalised word inside its sentence opens a longer name (a boat, a
/// probe, a person, a title), not the body itself, and so does one whose
/// "di/of" complement is Capitalised ("the Moon of Tarvos" as a title, a
/// region named "Terra di X"). Right after a noun that cues a person ("la
/// cantante Luna") the word is a first name. In both cases its words are
/// left to the name rules. Towns keep their hits ("Parma Calcio" is a body
/// of the town, typed by the name after it).
fn opens_longer_name(toks: &[Tok], f: &Folded, g: &Gazetteer, hit: &Hit) -> bool {
    let Entry::City(i) = hit.best() else { return false };
    if !g.cities.get(i as usize).is_some_and(|c| c.off_world()) {
        return false;
    }
    let first = toks.partition_point(|t| t.end <= hit.start);
    let person_cue = first
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|t| t.word && !t.cap && g.name_cues.next.get(t.folded(f)) == Some(&dyad_model::ActorKind::Person));
    let next = toks.partition_point(|t| t.start < hit.end);
    let capitalised = |k: usize| toks.get(k).is_some_and(|t| t.word && t.cap && !t.sent_start);
    let of_name = toks.get(next).is_some_and(|t| t.word && is_of(t.folded(f))) && capitalised(next + 1);
    person_cue || capitalised(next) || of_name
}

/// Italian "Ho telefonato", "Ho vissuto": a sentence-initial one-word hit
/// that is a link word (`name-cues.tsv`: articles, prepositions,
/// auxiliaries) followed by a past participle is that word, not the place
/// of the same spelling.
fn auxiliary(toks: &[Tok], f: &Folded, g: &Gazetteer, ti: usize, hit_end: usize) -> bool {
    let t = &toks[ti];
    if !t.sent_start || t.end != hit_end || !g.name_cues.link.contains(t.folded(f)) {
        return false;
    }
    toks.get(ti + 1).is_some_and(|n| {
        let w = n.folded(f);
        n.word
            && !n.cap
            && ["ato", "ito", "uto", "atto", "etto", "otto", "sto", "so"]
                .iter()
                .any(|e| w.ends_with(e))
            && w.chars().count() > 4
    })
}

pub(crate) fn is_of(w: &str) -> bool {
    matches!(
        w,
        "di" | "del" | "dello" | "della" | "dei" | "degli" | "delle" | "dell" | "d" | "of"
    )
}
