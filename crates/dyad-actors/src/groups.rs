//! Group references: "the two leaders", "i due paesi", "le due parti" stand
//! for the two actors the text named last. Each resolved phrase becomes one
//! mention per referent, both with the phrase's span, so the event coder
//! sees a coordinated pair ("the two leaders signed a pact" after "Putin met
//! Kim" is Putin and Kim signing). The phrases are data
//! (`lexicons/{it,en}/group-references.tsv`).

use crate::doc::Doc;
use crate::ActorError;
use aho_corasick::{AhoCorasick, MatchKind};
use dyad_lexicon::{tsv_rows, Lexicons};
use dyad_model::{ActorKind, ActorMention};

/// How many sentences before the phrase may hold its referents.
const SENTENCES_BACK: usize = 3;

/// What a group phrase can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GroupKind {
    /// Two people ("the two leaders").
    Person,
    /// Two states or bodies with a country ("the two countries").
    State,
    /// Two actors of any kind but places ("the two sides").
    Any,
}

/// The group phrases of one language, searched in one pass over the folded
/// text (recognition runs at tens of MB/s; a per-word scan of every form
/// cost a sixth of it).
pub(crate) struct GroupForms {
    /// Folded forms, words joined by one space; leftmost-longest.
    matcher: Option<AhoCorasick>,
    kinds: Vec<GroupKind>,
}

/// The group phrases of one language.
pub(crate) fn load(lex: &Lexicons, lang: &str) -> Result<GroupForms, ActorError> {
    let file = format!("{lang}/group-references.tsv");
    let mut patterns = Vec::new();
    let mut kinds = Vec::new();
    for row in tsv_rows(lex.text(&file)) {
        let kind = match row.field(1) {
            "person" => GroupKind::Person,
            "state" => GroupKind::State,
            "any" => GroupKind::Any,
            other => {
                return Err(ActorError::Lexicon {
                    file: file.clone(),
                    line: row.line,
                    message: format!("unknown referent kind '{other}' (person, state or any)"),
                })
            }
        };
        let words: Vec<String> = row.field(0).split_whitespace().map(dyad_text::fold).collect();
        if words.is_empty() {
            return Err(ActorError::Lexicon {
                file: file.clone(),
                line: row.line,
                message: "empty form".into(),
            });
        }
        patterns.push(words.join(" "));
        kinds.push(kind);
    }
    let matcher = if patterns.is_empty() {
        None
    } else {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .map_err(|e| ActorError::Build(format!("{file}: {e}")))?;
        Some(ac)
    };
    Ok(GroupForms { matcher, kinds })
}

/// Actor codes that are no state: international bodies, NGOs, companies.
const NOT_STATES: &[&str] = &["IGO", "UNO", "EUR", "NGO", "MNC"];

/// The identity two mentions share when they are the same actor for `kind`,
/// or `None` when the mention cannot be a referent of that kind. For
/// "the two countries" a leader in office stands for their state ("Putin …
/// la Corea del Nord … i due paesi"), and a state is one state however it
/// is named ("Russia", "Mosca", "il Cremlino").
fn referent_key(m: &ActorMention, kind: GroupKind) -> Option<String> {
    let person = || {
        m.name
            .clone()
            .or_else(|| m.country.as_ref().map(|_| dyad_text::fold(&m.text)))
    };
    let state = || m.country.clone().filter(|c| !NOT_STATES.contains(&c.as_str()));
    match (kind, m.kind) {
        (GroupKind::Person, ActorKind::Person) => person(),
        (GroupKind::State, ActorKind::Country | ActorKind::Organization) => state(),
        (GroupKind::State, ActorKind::Person) if m.sector.as_deref() == Some("GOV") => state(),
        (GroupKind::Any, ActorKind::Country | ActorKind::Organization) => m.country.clone(),
        (GroupKind::Any, ActorKind::Person) => person(),
        _ => None,
    }
}

/// Replaces each group phrase with its two referents, where the sentences
/// before it name exactly two actors of the phrase's kind. `mentions` stays
/// sorted by start; the two referent mentions share the phrase's span.
pub(crate) fn resolve(doc: &Doc, forms: &GroupForms, mentions: &mut Vec<ActorMention>) {
    let Some(matcher) = &forms.matcher else { return };
    let folded = doc.f.text.as_str();
    let mut added: Vec<ActorMention> = Vec::new();
    let mut replaced: Vec<(usize, usize)> = Vec::new();
    for m in matcher.find_iter(folded) {
        // whole words only: the phrase starts and ends on token boundaries
        let Ok(first) = doc.toks.binary_search_by_key(&m.start(), |t| t.fstart) else {
            continue;
        };
        let Some(last) = doc.toks[first..]
            .iter()
            .position(|t| t.fend == m.end())
            .map(|k| first + k)
        else {
            continue;
        };
        if !doc.toks[first].word || !doc.toks[last].word {
            continue;
        }
        let (start, end) = (doc.toks[first].start, doc.toks[last].end);
        let kind = forms.kinds[m.pattern().as_usize()];
        if let Some((a, b)) = referents(doc, first, kind, mentions) {
            for r in [a, b] {
                let referent = ActorMention {
                    text: doc.text[start..end].to_string(),
                    start,
                    end,
                    ..mentions[r].clone()
                };
                added.push(if kind == GroupKind::State {
                    as_state(doc, referent)
                } else {
                    referent
                });
            }
            replaced.push((start, end));
        }
    }
    if added.is_empty() {
        return;
    }
    mentions.retain(|m| !replaced.iter().any(|&(s, e)| m.start < e && s < m.end));
    mentions.extend(added);
    mentions.sort_by_key(|m| m.start);
}

/// "The two countries" after "Putin … North Korea" are Russia and North
/// Korea, not Putin: a referent found through a leader or a ministry is
/// recoded as its country.
fn as_state(doc: &Doc, mut m: ActorMention) -> ActorMention {
    if m.kind == ActorKind::Country {
        return m;
    }
    if let Some(&idx) = m.country.as_ref().and_then(|c| doc.g.by_iso3.get(c)) {
        crate::roles::as_country(doc, &mut m, idx);
    }
    m
}

/// The two referents (indices into `mentions`, in text order) of a phrase
/// starting at token `at`, looking back sentence by sentence.
fn referents(doc: &Doc, at: usize, kind: GroupKind, mentions: &[ActorMention]) -> Option<(usize, usize)> {
    let phrase_start = doc.toks[at].start;
    // sentence starts at or before the phrase, nearest first
    let mut starts: Vec<usize> = Vec::new();
    for t in doc.toks[..=at].iter().rev() {
        if t.sent_start {
            starts.push(t.start);
            if starts.len() > SENTENCES_BACK {
                break;
            }
        }
    }
    if starts.is_empty() {
        starts.push(0);
    }
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut upper = phrase_start;
    for &lower in &starts {
        for (i, m) in mentions.iter().enumerate().rev() {
            if m.end > upper || m.start < lower {
                continue;
            }
            if let Some(key) = referent_key(m, kind) {
                if !seen.iter().any(|(k, _)| *k == key) {
                    seen.push((key, i));
                }
            }
        }
        if seen.len() >= 2 {
            break;
        }
        upper = lower;
    }
    if seen.len() != 2 {
        return None; // none, one, or more than two candidates: ambiguous
    }
    let (a, b) = (seen[1].1, seen[0].1);
    Some(if mentions[a].start <= mentions[b].start {
        (a, b)
    } else {
        (b, a)
    })
}
