//! The matcher: one Aho-Corasick automaton over every folded surface form of
//! a language's gazetteer, run over the folded article text. It owns the
//! rules that decide whether a raw string match is a real mention: whole
//! words only ("Lam" never matches inside "Islam"), and case as written in
//! the lexicon ("Un" in "Kim Jong Un" needs its capital, "USA" its capitals,
//! an Italian demonym must be lowercase). Overlaps are resolved leftmost,
//! then longest.

use crate::gazetteer::{Entry, Gazetteer};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use dyad_text::{fold, Folded};
use foldhash::{HashMap, HashMapExt};

/// A gazetteer match in the original text.
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    /// Entries whose surface passed the case rules, best first.
    pub entries: Vec<Entry>,
}

impl Hit {
    pub fn best(&self) -> Entry {
        self.entries[0]
    }
}

pub(crate) struct Matcher {
    ac: Option<AhoCorasick>,
    /// Pattern id -> indices into `Gazetteer::surfaces`.
    patterns: Vec<Vec<u32>>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

impl Matcher {
    pub fn new(g: &Gazetteer) -> Result<Self, crate::ActorError> {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut pats: Vec<String> = Vec::new();
        let mut patterns: Vec<Vec<u32>> = Vec::new();
        for (i, s) in g.surfaces.iter().enumerate() {
            let f = fold(&s.text);
            if f.trim().is_empty() {
                continue;
            }
            let id = *index.entry(f.clone()).or_insert_with(|| {
                pats.push(f);
                patterns.push(Vec::new());
                pats.len() - 1
            });
            patterns[id].push(i as u32);
        }
        let ac = if pats.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    // a full DFA: more memory (a few MB) for the speed target
                    .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                    .build(&pats)
                    .map_err(|e| crate::ActorError::Build(e.to_string()))?,
            )
        };
        Ok(Matcher { ac, patterns })
    }

    /// All accepted, non-overlapping hits, sorted by start.
    pub fn find(&self, g: &Gazetteer, original: &str, folded: &Folded) -> Vec<Hit> {
        let Some(ac) = &self.ac else { return Vec::new() };
        let ft = folded.text.as_str();
        let mut cands: Vec<Hit> = Vec::new();
        for m in ac.find_overlapping_iter(ft) {
            let (fs, fe) = (m.start(), m.end());
            // whole words only, judged on the folded text
            if ft[..fs].chars().next_back().is_some_and(is_word_char)
                || ft[fe..].chars().next().is_some_and(is_word_char)
            {
                continue;
            }
            let (os, oe) = folded.to_original_span(fs, fe);
            let Some(slice) = original.get(os..oe) else { continue };
            let caps = slice.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && slice.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            // in text written in capitals ("CON UN IMPORTO") short acronyms
            // and names of people and towns are too ambiguous to trust
            let shouting = caps && shouting(original, os, oe);
            let mut entries: Vec<Entry> = self.patterns[m.pattern().as_usize()]
                .iter()
                .map(|&i| &g.surfaces[i as usize])
                .filter(|s| case_ok(&s.text, slice, s.lowercase_only))
                .filter(|s| {
                    !caps
                        || s.text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
                            && !(shouting && slice.len() <= 3)
                        || !matches!(s.entry, Entry::City(_) | Entry::Leader(_)) && !shouting
                })
                .map(|s| s.entry)
                .collect();
            if entries.is_empty() {
                continue;
            }
            // among homonym towns the capital, then the largest, comes first
            // ("Madrid" is Spain's, "Colombo" Sri Lanka's)
            entries.sort_by_key(|e| {
                let town = match *e {
                    Entry::City(i) => g
                        .cities
                        .get(i as usize)
                        .map_or((true, 0), |c| (!c.capital, u64::MAX - c.population)),
                    _ => (false, 0),
                };
                (e.rank(), town)
            });
            entries.dedup();
            cands.push(Hit {
                start: os,
                end: oe,
                entries,
            });
        }
        cands.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut out: Vec<Hit> = Vec::with_capacity(cands.len());
        // leftmost-longest over the accepted candidates: a failed longer
        // candidate never hides a shorter valid one
        for c in cands {
            if out.last().is_some_and(|l| c.start < l.end) {
                continue;
            }
            out.push(c);
        }
        out
    }
}

/// Case rules, word by word: an all-caps lexicon word (2+ letters) needs
/// all caps in the text; a Capitalised word needs its capital; a lowercase
/// word matches any case, except lowercase-only entries (Italian demonyms),
/// which reject a Capitalised form unless the whole text word is in caps.
pub(crate) fn case_ok(entry: &str, text: &str, lowercase_only: bool) -> bool {
    let ew = words(entry);
    let tw = words(text);
    if ew.len() != tw.len() {
        // folding changed the word count (rare); trust the folded match only
        // when the text starts like the entry
        let e0 = entry.chars().next().is_some_and(char::is_uppercase);
        let t0 = text.chars().next().is_some_and(char::is_uppercase);
        return !e0 || t0;
    }
    for (e, t) in ew.iter().zip(tw.iter()) {
        let e_letters = e.chars().filter(|c| c.is_alphabetic()).count();
        let e_upper = e.chars().filter(|c| c.is_uppercase()).count();
        let t_all_upper = t.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        let t_first_upper = t.chars().next().is_some_and(char::is_uppercase);
        if e_letters >= 2 && e_upper == e_letters {
            if !t_all_upper {
                return false;
            }
        } else if e.chars().next().is_some_and(char::is_uppercase) {
            if !t_first_upper {
                return false;
            }
        } else if lowercase_only && t_first_upper && !t_all_upper {
            return false;
        }
    }
    true
}

/// Whether the word before or after `start..end` is also in capitals.
fn shouting(original: &str, start: usize, end: usize) -> bool {
    let caps_word = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    };
    let before = original.get(..start).unwrap_or("");
    let prev = before
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let after = original.get(end..).unwrap_or("");
    let next = after
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    caps_word(prev) || caps_word(next)
}

fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::case_ok;

    #[test]
    fn case_rules() {
        assert!(case_ok("Kim Jong Un", "Kim Jong Un", false));
        assert!(!case_ok("Kim Jong Un", "Kim Jong un", false));
        assert!(case_ok("USA", "USA", false));
        assert!(!case_ok("USA", "Usa", false));
        assert!(case_ok("Usa", "USA", false));
        assert!(!case_ok("US", "us", false));
        assert!(case_ok("russo", "russo", true));
        assert!(!case_ok("giordano", "Giordano", true));
        assert!(case_ok("funzionari", "Funzionari", false));
    }
}
