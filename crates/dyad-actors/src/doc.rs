//! One article being recognized: folded text, words, gazetteer hits and
//! the "units" the phrase rules walk (a unit is one hit or one plain word or
//! punctuation mark).

use crate::gazetteer::{Entry, Gazetteer};
use crate::matcher::Hit;
use crate::tokens::Tok;
use dyad_text::Folded;
use std::collections::hash_map::DefaultHasher;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

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
    let mut hs = DefaultHasher::new();
    s.hash(&mut hs);
    hs.finish()
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, g: &'a Gazetteer, matcher: &crate::matcher::Matcher, lang: &'a str, date: Option<&'a str>) -> Self {
        let f = Folded::new(text);
        let hits = matcher.find(g, text, &f);
        let toks = crate::tokens::tokenize(text, &f);
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
            if hi < hits.len() && hits[hi].start <= toks[ti].start && toks[ti].end <= hits[hi].end {
                let t0 = ti;
                while ti < toks.len() && toks[ti].end <= hits[hi].end {
                    ti += 1;
                }
                units.push(Unit { t0, t1: ti, hit: Some(hi), start: hits[hi].start, end: hits[hi].end });
                hi += 1;
            } else {
                units.push(Unit { t0: ti, t1: ti + 1, hit: None, start: toks[ti].start, end: toks[ti].end });
                ti += 1;
            }
        }
        Doc { text, f, toks, hits, units, g, lang, date, lower_seen }
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
            Some(un) => self.f.text.get(self.toks[un.t0].fstart..self.toks[un.t1 - 1].fend).unwrap_or(""),
            None => "",
        }
    }

    pub fn tok(&self, u: usize) -> Option<&Tok> {
        self.units.get(u).map(|un| &self.toks[un.t0])
    }

    /// A plain (non-gazetteer) word unit.
    pub fn plain_word(&self, u: usize) -> bool {
        self.units.get(u).is_some_and(|un| un.hit.is_none() && self.toks[un.t0].word)
    }

    pub fn is_punct(&self, u: usize, chars: &str) -> bool {
        self.units.get(u).is_some_and(|un| un.hit.is_none() && !self.toks[un.t0].word && chars.contains(self.word(u)))
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

    pub fn slice(&self, start: usize, end: usize) -> &str {
        self.text.get(start..end).unwrap_or("")
    }

    /// Whether the unit begins a new sentence or line.
    pub fn sent_start(&self, u: usize) -> bool {
        self.tok(u).is_some_and(|t| t.sent_start)
    }
}

/// Italian and English words that join the parts of a name or a phrase.
pub(crate) fn is_of(w: &str) -> bool {
    matches!(w, "di" | "del" | "dello" | "della" | "dei" | "degli" | "delle" | "dell" | "d" | "of")
}
