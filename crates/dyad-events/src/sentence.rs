//! The per-sentence frame: what the coder knows about one sentence before it
//! codes any trigger (its tokens, triggers, actor slots at each fallback tier
//! and sentence subjects), shared by the per-hit coding and the post-passes.

use crate::coder::{Slot, Tok, TriggerHit};
use crate::rules::LanguageRules;
use crate::words;
use dyad_model::ActorRef;

/// One sentence as the coder sees it. Every field borrows what the driver
/// built, so handing the frame to a stage costs nothing.
#[derive(Clone, Copy)]
pub(crate) struct Frame<'a> {
    pub rules: &'a LanguageRules,
    pub lang: &'a str,
    pub text: &'a str,
    /// The sentence's tokens, the dateline left out.
    pub toks: &'a [Tok],
    /// The triggers that survived the filters, in sentence order.
    pub hits: &'a [TriggerHit<'a>],
    /// Actor mentions only.
    pub slots: &'a [Slot<'a>],
    /// Actor mentions and the noun-phrase chunks that name or act.
    pub named_slots: &'a [Slot<'a>],
    /// Actor mentions and every noun-phrase chunk.
    pub all_slots: &'a [Slot<'a>],
    /// The sentence subject among `named_slots`.
    pub subject_named: Option<usize>,
}

impl Frame<'_> {
    /// A phrase that can be the target of a material, agreement or
    /// meeting event: a person or body, a people (head demonym), a place.
    pub(crate) fn participant(&self, r: &ActorRef) -> bool {
        let (rules, toks) = (self.rules, self.toks);
        let words: Vec<&Tok> = toks
            .iter()
            .filter(|t| t.start >= r.start && t.end <= r.end && t.kind == dyad_model::TokenKind::Word)
            .collect();
        let head = if self.lang == "it" {
            words.iter().find(|t| !rules.is("determiner", &t.word))
        } else {
            words.last()
        };
        words.iter().any(|t| {
            // "ex-ministers", "non-profit": the last part carries the noun.
            let w = t.word.rsplit('-').next().unwrap_or(&t.word);
            rules.is_agent_word(w) || rules.is("place-noun", w)
        }) || head.is_some_and(|t| rules.is("demonym", &t.word))
    }
}

/// Facts about the whole sentence that tests on single words need, computed
/// once per sentence rather than once per trigger.
pub(crate) struct Shape {
    /// The first word token (no punctuation or number): the sentence's first
    /// word is capitalised whatever it is.
    pub first_word: Option<usize>,
    /// Every word of four letters or more opens with a capital, as in a
    /// headline in title case: there capitals do not mark names.
    pub title_case: bool,
}

impl Shape {
    pub(crate) fn of(text: &str, toks: &[Tok]) -> Shape {
        let first_word = toks.iter().position(|t| t.kind == dyad_model::TokenKind::Word);
        let long_lower = toks.iter().any(|t| {
            t.kind == dyad_model::TokenKind::Word
                && text
                    .get(t.start..t.end)
                    .is_some_and(|w| w.chars().count() >= 4 && !words::initial_upper(w))
        });
        Shape {
            first_word,
            title_case: !long_lower,
        }
    }
}
