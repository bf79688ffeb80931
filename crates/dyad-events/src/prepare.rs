//! The first stage of a sentence: its tokens past the dateline, its time
//! expressions, and the actor mentions that may fill a role (merged where
//! they touch, none inside a date, none that only modifies a trigger noun).

use crate::coder::{self, Slot, Tok};
use crate::rules::{LanguageRules, TriggerKind};
use crate::{dateline, dates, Coder};
use chrono::NaiveDate;
use dyad_model::{ActorKind, ActorMention, Analysis};

/// What the first stage gives the rest of the driver for one sentence.
pub(crate) struct Prepared {
    /// The sentence's tokens, folded, the dateline left out.
    pub toks: Vec<Tok>,
    /// Time expressions resolved against the publication date (none without one).
    pub times: Vec<dates::TimeExpr>,
    /// Where the time expressions stand, found even without a publication date.
    pub time_spans: Vec<(usize, usize)>,
    /// The sentence's actor mentions, merged, with those in a date or
    /// modifying a trigger noun dropped.
    pub mentions: Vec<ActorMention>,
}

/// True when the byte span `start..end` lies inside one of `spans`.
pub(crate) fn in_spans(spans: &[(usize, usize)], start: usize, end: usize) -> bool {
    spans.iter().any(|&(a, b)| a <= start && end <= b)
}

impl Coder {
    /// The first stage for sentence `index` of `analysis`; `previous_time` is
    /// the last time expression of the sentence before, which relative dates
    /// ("the day after") count from.
    // The driver's per-document state, passed as it is: a struct made for
    // this one call would only rename the arguments.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn prepare(
        &self,
        rules: &LanguageRules,
        analysis: &Analysis,
        actors: &[ActorMention],
        index: usize,
        anchor: Option<NaiveDate>,
        previous_time: Option<&dates::TimeExpr>,
        trace: &mut dyn FnMut(String),
    ) -> Prepared {
        let text = &analysis.article.text;
        let sentence = &analysis.sentences[index];
        let dateline_end = text
            .get(sentence.start..sentence.end)
            .and_then(|s| dateline::dateline_len(s, index == 0))
            .map_or(sentence.start, |n| sentence.start + n);
        if dateline_end > sentence.start {
            trace(format!(
                "sentence {index}: dateline '{}' names where the story is filed; its words are no participants",
                text[sentence.start..dateline_end].trim_end()
            ));
        }
        // The dateline's words fill no role either, not even as a noun phrase.
        let toks: Vec<Tok> = sentence
            .tokens
            .iter()
            .filter(|t| t.start >= dateline_end)
            .filter_map(|t| {
                let word = text.get(t.start..t.end)?;
                Some(Tok {
                    start: t.start,
                    end: t.end,
                    word: dyad_text::fold(word),
                    kind: t.kind,
                })
            })
            .collect();
        let times = match anchor {
            Some(a) => self
                .dates
                .find(text, sentence.start, sentence.end, &analysis.lang, a, previous_time),
            None => Vec::new(),
        };
        // Where a date is, no one is: "Dec. 10", "Jan. 15, 2020" read as a
        // name would fill a role ("met … on Jan. 15" → "Jan"). Without an
        // article date the spans are still found, against a neutral anchor.
        let time_spans: Vec<(usize, usize)> = match anchor {
            Some(_) => times.iter().map(|t| (t.start, t.end)).collect(),
            None => NaiveDate::from_ymd_opt(2000, 1, 1)
                .map(|a| {
                    self.dates
                        .find(text, sentence.start, sentence.end, &analysis.lang, a, None)
                        .iter()
                        .map(|t| (t.start, t.end))
                        .collect()
                })
                .unwrap_or_default(),
        };
        let in_time = |start: usize, end: usize| in_spans(&time_spans, start, end);
        let mentions: Vec<ActorMention> = merge_contiguous(
            text,
            actors
                .iter()
                .filter(|m| m.start >= dateline_end && m.end <= sentence.end && !in_time(m.start, m.end))
                .cloned()
                .collect(),
        );
        let (slots0, in_actor0) = coder::locate_actors(&toks, &mentions);
        // A lowercase sector word with no country right after a trigger noun
        // modifies it ("aiuti militari", "fornire aiuti militari"): part of
        // the trigger's phrase, not a participant.
        let candidate = |s: &Slot| {
            s.last == s.first + 1
                && s.mention.country.is_none()
                && text[toks[s.first].start..toks[s.first].end]
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
        };
        let hits0 = if slots0.iter().any(candidate) {
            coder::find_triggers(rules, text, &toks, &in_actor0)
        } else {
            Vec::new()
        };
        let modifier = |s: &Slot| {
            candidate(s)
                && hits0.iter().any(|h| {
                    h.last == s.first
                        && h.def.kind != TriggerKind::Fixed
                        && !rules.is("determiner", &toks[h.last - 1].word)
                        && (h.def.kind == TriggerKind::Noun || h.last > h.first + 1)
                })
        };
        let mentions: Vec<ActorMention> = if slots0.iter().any(modifier) {
            let drop: Vec<usize> = slots0.iter().filter(|s| modifier(s)).map(|s| s.mention.start).collect();
            mentions.into_iter().filter(|m| !drop.contains(&m.start)).collect()
        } else {
            mentions
        };
        Prepared {
            toks,
            times,
            time_spans,
            mentions,
        }
    }
}

/// Mentions that touch name one actor: "Tokyo" + "Stock Exchange",
/// "German" + "prosecutors", "Iran" 's "Foreign Ministry". The merged actor
/// takes the head's (last part's) kind, sector and id, and the first country
/// either part gives. A first part that is a group of people followed by its
/// genitive ("Dissidents of the Kessia" + "government") is itself the head:
/// the last part only completes the genitive, so the group's kind and sector
/// stay (a named body, "Bank of England" + "governor", has an id and yields).
pub(crate) fn merge_contiguous(text: &str, mut ms: Vec<ActorMention>) -> Vec<ActorMention> {
    ms.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut out: Vec<ActorMention> = Vec::with_capacity(ms.len());
    for m in ms {
        if let Some(last) = out.last_mut() {
            if m.start < last.end {
                continue;
            }
            let gap = text.get(last.end..m.start).unwrap_or("x");
            if matches!(gap, " " | "'s " | "’s " | "' " | "’ ") {
                last.text = text.get(last.start..m.end).unwrap_or(&last.text).to_string();
                last.end = m.end;
                last.country = last.country.take().or(m.country);
                // A person after the group is its name ("Mayor of Tarvos" +
                // "Mirela Dovan"), no genitive: the person is the head.
                if group_with_genitive(last) && m.kind != ActorKind::Person {
                    continue;
                }
                last.sector = m.sector.or(last.sector.take());
                last.id = m.id;
                last.name = m.name;
                last.kind = m.kind;
                continue;
            }
        }
        out.push(m);
    }
    out
}

/// A mention of people with a genitive inside ("opponents of the X",
/// "dissidenti della Y"): no named body (no id), a sector, and a genitive
/// preposition after its first word.
fn group_with_genitive(m: &ActorMention) -> bool {
    m.kind == ActorKind::Person
        && m.id.is_none()
        && m.sector.is_some()
        && m.text.split(' ').nth(1).is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "of" | "di" | "del" | "della" | "dei" | "degli" | "delle" | "dello"
            )
        })
}
