//! Match reports. "Russia beat Croatia 2-1", "Nelson fired a shot at
//! Murray", "Anasa 1 assist": in a sports story the verbs of war and help
//! describe play, and the countries are teams. Dictionary coders are known
//! for coding these as assaults between states; dyad recognizes the match
//! vocabulary (`lexicons/{it,en}/sports.tsv`) and drops the events of match
//! sentences, and of every sentence of a story that is a match report,
//! unless a state or armed actor takes part (`common/sports.tsv`: police
//! charging fans, a minister banning a team).

use crate::quantities::LexiconDataError;
use aho_corasick::{AhoCorasick, MatchKind};
use dyad_lexicon::{tsv_rows, Lexicons};
use dyad_model::{Analysis, Event};
use foldhash::{HashMap, HashMapExt};

/// Sentences with one match cue each that make a whole story a match
/// report: more than a political story mentions a tournament or a club in
/// passing ("the World Cup", "Champions League" once or twice).
pub const SUSTAINED_CUE_SENTENCES: usize = 4;

/// Different cue words those sentences must use (a singular and its plural
/// are one): one word repeated
/// ("working overtime" in a story on prison staff, "the goal of the talks")
/// is a word of another trade, several are the vocabulary of a game.
pub const SUSTAINED_CUE_PHRASES: usize = 4;

/// Match-report cues of each language and the sectors that keep their
/// events in a match report.
pub struct SportsCues {
    languages: HashMap<String, LanguageCues>,
    keep_sectors: Vec<String>,
}

/// One language's cues, and the words that make a pair of numbers a count
/// of votes or a share rather than a score ("ruled 5-4", "a 52-48 vote").
struct LanguageCues {
    cues: AhoCorasick,
    tallies: AhoCorasick,
}

/// Which sentences of one document report play.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatchReport {
    /// Per sentence: it reports play (two cues, or a cue and a score).
    pub play: Vec<bool>,
    /// The whole story is a match report: every sentence's events are play.
    pub whole_story: bool,
}

impl MatchReport {
    /// True when the events of sentence `index` describe play.
    pub fn is_play(&self, index: usize) -> bool {
        self.whole_story || self.play.get(index).copied().unwrap_or(false)
    }
}

impl SportsCues {
    /// Loads `{lang}/sports.tsv` (rows `cue<TAB>phrase` and
    /// `tally<TAB>phrase`, in lower case without accents) of every language
    /// folder that has one, and `common/sports.tsv` (rows `keep<TAB>SECTOR`).
    pub fn new(lex: &Lexicons) -> Result<Self, LexiconDataError> {
        let mut languages = HashMap::new();
        for lang in lex.languages() {
            let file = format!("{lang}/sports.tsv");
            let Some(text) = lex.get(&file) else { continue };
            let (mut cues, mut tallies) = (Vec::new(), Vec::new());
            for row in tsv_rows(text) {
                let list = match row.field(0) {
                    "cue" => &mut cues,
                    "tally" => &mut tallies,
                    other => {
                        return Err(LexiconDataError::at(
                            &file,
                            &row,
                            format!("unknown kind '{other}' (cue, tally)"),
                        ))
                    }
                };
                let phrase = row.field(1).trim();
                if phrase.is_empty() {
                    return Err(LexiconDataError::at(&file, &row, "missing phrase (second column)"));
                }
                // Matched on the raw text, case-insensitively, so no sentence
                // is copied to be folded; both apostrophes of elided forms match.
                let phrase = dyad_text::fold(phrase);
                if phrase.contains('\'') {
                    list.push(phrase.replace('\'', "\u{2019}"));
                }
                list.push(phrase);
            }
            let build = |phrases: &[String]| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .ascii_case_insensitive(true)
                    .build(phrases)
                    .map_err(|e| LexiconDataError {
                        file: file.clone(),
                        line: 0,
                        message: e.to_string(),
                    })
            };
            let cues = LanguageCues {
                cues: build(&cues)?,
                tallies: build(&tallies)?,
            };
            languages.insert(lang, cues);
        }
        let file = "common/sports.tsv";
        let mut keep_sectors = Vec::new();
        for row in tsv_rows(lex.text(file)) {
            match (row.field(0), row.field(1).trim()) {
                ("keep", sector) if !sector.is_empty() => keep_sectors.push(sector.to_string()),
                (kind, _) => {
                    return Err(LexiconDataError::at(
                        file,
                        &row,
                        format!("bad row '{kind}' (keep<TAB>SECTOR)"),
                    ))
                }
            }
        }
        Ok(SportsCues {
            languages,
            keep_sectors,
        })
    }

    /// Reads which sentences of the analysed document report play. A story
    /// is a match report when two of its sentences do, or when it has at
    /// most three sentences and one of them carries two cues (a score alone
    /// is too weak a sign to decide a whole story), or when the match
    /// vocabulary runs through it: [`SUSTAINED_CUE_SENTENCES`] sentences
    /// with a cue each, using [`SUSTAINED_CUE_PHRASES`] different cues (a
    /// table of player statistics, a column on a team's line-up), although
    /// none has two.
    pub fn read(&self, analysis: &Analysis) -> MatchReport {
        let Some(lang) = self.languages.get(&analysis.lang) else {
            return MatchReport::default();
        };
        let text = &analysis.article.text;
        let count = |matcher: &AhoCorasick, sentence: &str| {
            matcher
                .find_iter(sentence)
                .filter(|m| whole_words(sentence, m.start(), m.end()))
                .count()
        };
        // Which cue words the story uses, a singular and its plural as one
        // ("goal", "goals").
        let mut words_used = std::collections::BTreeSet::new();
        // Per sentence: its number of cues, and whether it reports play.
        let (cues, play): (Vec<usize>, Vec<bool>) = analysis
            .sentences
            .iter()
            .map(|s| {
                let sentence = text.get(s.start..s.end).unwrap_or("");
                let mut cues = 0;
                for m in lang.cues.find_iter(sentence) {
                    if whole_words(sentence, m.start(), m.end()) {
                        cues += 1;
                        let word = sentence[m.start()..m.end()].to_lowercase();
                        words_used.insert(word.trim_end_matches('s').to_string());
                    }
                }
                // "the court ruled 5-4", "a 52-48 vote": the figures count votes
                let scored = cues == 1 && has_score(sentence) && count(&lang.tallies, sentence) == 0;
                (cues, cues >= 2 || scored)
            })
            .unzip();
        let reports = play.iter().filter(|&&p| p).count();
        let strong = cues.iter().any(|&c| c >= 2);
        let cued = cues.iter().filter(|&&c| c >= 1).count();
        let sustained = cued >= SUSTAINED_CUE_SENTENCES && words_used.len() >= SUSTAINED_CUE_PHRASES;
        let whole_story = reports >= 2 || reports == 1 && play.len() <= 3 && strong || sustained;
        MatchReport { play, whole_story }
    }

    /// True when a participant of `e` is a state or armed actor, whose acts
    /// count even in a match report.
    pub fn keeps(&self, e: &Event) -> bool {
        e.actor
            .iter()
            .chain(&e.recipient)
            .filter_map(|a| a.sector.as_deref())
            .any(|s| self.keep_sectors.iter().any(|k| k == s))
    }
}

fn whole_words(text: &str, start: usize, end: usize) -> bool {
    let word_char = |c: char| c.is_alphanumeric();
    !text[..start].chars().next_back().is_some_and(word_char) && !text[end..].chars().next().is_some_and(word_char)
}

/// A match score: two numbers of at most two digits joined by a hyphen or
/// an en dash ("2-1", "6–4", "3 - 0"), not part of a longer figure or date.
fn has_score(sentence: &str) -> bool {
    let b = sentence.as_bytes();
    let digits_at = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit()
            || i > 0 && (b[i - 1].is_ascii_digit() || matches!(b[i - 1], b'.' | b',' | b'/' | b'-'))
        {
            i += 1;
            continue;
        }
        let n = digits_at(i);
        let mut j = i + n;
        if n <= 2 {
            while j < b.len() && b[j] == b' ' {
                j += 1;
            }
            let dash = if sentence[j..].starts_with('-') {
                1
            } else if sentence[j..].starts_with('\u{2013}') {
                '\u{2013}'.len_utf8()
            } else {
                0
            };
            if dash > 0 {
                let mut k = j + dash;
                while k < b.len() && b[k] == b' ' {
                    k += 1;
                }
                let m = if k < b.len() { digits_at(k) } else { 0 };
                // "12-05-2024", "2-3/4", "1-2.5", "5-10%" go on as one figure
                let goes_on = match b.get(k + m) {
                    Some(b'-' | b'/' | b'%') => true,
                    Some(b'.' | b',') => b.get(k + m + 1).is_some_and(u8::is_ascii_digit),
                    _ => false,
                };
                if (1..=2).contains(&m) && !goes_on {
                    return true;
                }
            }
        }
        i += n.max(1);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::has_score;

    #[test]
    fn scores_are_short_number_pairs() {
        assert!(has_score("Kessia won 2-1 on Sunday."));
        assert!(has_score("ha vinto 3 - 0 in trasferta"));
        assert!(has_score("a 6\u{2013}4, 7-6 win."));
        assert!(has_score("beat Norvalia 2-1."));
        assert!(!has_score("between 1995-2023"));
        assert!(!has_score("on 12-05-2024"));
        assert!(!has_score("a 100-2 margin"));
        assert!(!has_score("the F-16 jets"));
        assert!(!has_score("3.5-4 per cent"));
        assert!(!has_score("a goal of 5-10% growth"));
    }
}
