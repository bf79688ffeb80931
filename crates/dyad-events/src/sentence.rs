//! The per-sentence frame: what the coder knows about one sentence before it
//! codes any trigger (its tokens, triggers, actor slots at each fallback tier
//! and sentence subjects), shared by the per-hit coding and the post-passes.

use crate::coder::{Slot, Tok, TriggerHit};
use crate::rules::LanguageRules;
use crate::rules::TriggerKind;
use crate::words;
use crate::words::{capitalized, is_function};
use dyad_model::ActorRef;
use dyad_model::{ActorKind, ActorMention};

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
            || self.counted_people(r)
    }

    /// "tre sospetti", "diversi sospetti": a noun that is also an abstract
    /// one (`figure-agent-noun`: "i sospetti di X" are suspicions) names
    /// people after a figure or a word of quantity.
    fn counted_people(&self, r: &ActorRef) -> bool {
        let inside: Vec<&Tok> = self
            .toks
            .iter()
            .filter(|t| t.start >= r.start && t.end <= r.end)
            .collect();
        inside
            .windows(2)
            .any(|w| crate::words::is_quantity(self.rules, w[0]) && self.rules.is("figure-agent-noun", &w[1].word))
    }

    /// A phrase naming a vehicle ("a convoy", "un autobus"): attacked or
    /// seized, it stands for those aboard; handed over, it is only a thing.
    pub(crate) fn names_vehicle(&self, r: &ActorRef) -> bool {
        self.toks
            .iter()
            .any(|t| t.start >= r.start && t.end <= r.end && self.rules.is("vehicle-noun", &t.word))
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

/// Fallback arguments: noun-phrase chunks outside actors, dates and
/// triggers (`blocked`), as pseudo-mentions with no country or sector.
#[allow(clippy::too_many_arguments)]
pub(crate) fn chunk_mentions(
    rules: &LanguageRules,
    lang: &str,
    text: &str,
    toks: &[Tok],
    blocked: &[bool],
    hits: &[TriggerHit],
    mentions: &[ActorMention],
) -> Vec<ActorMention> {
    crate::chunks::np_chunks(rules, toks, blocked)
        .into_iter()
        .map(|(a, b)| ActorMention {
            text: text[toks[a].start..toks[b - 1].end].to_string(),
            start: toks[a].start,
            end: toks[b - 1].end,
            kind: ActorKind::Organization,
            country: None,
            sector: None,
            id: None,
            name: None,
        })
        // A bare lowercase word is rarely a participant ("russa",
        // "attesa"): a fallback phrase opens with a determiner, a
        // number or a capital, has two words or more (Italian bare
        // plurals: "piloti iracheni"), or extends an actor it touches
        // ("German" + "prosecutors").
        .filter(|m: &ActorMention| {
            let first = toks.iter().find(|t| t.start == m.start);
            let opens = first
                .is_some_and(|t| rules.is("determiner", &t.word) || t.kind == dyad_model::TokenKind::Number)
                || m.text
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || m.text.split_whitespace().next().is_some_and(capitalized);
            // A people word alone is a participant too ("ai palestinesi", "to refugees").
            // Only where a noun phrase opens, after a function word: after a noun
            // the same word is an adjective ("invasione russa").
            let k = toks.iter().position(|t| t.start >= m.start).unwrap_or(0);
            let phrase_opens = lang != "it"
                || k > 0
                    && (is_function(rules, &toks[k - 1].word)
                        || hits.iter().any(|h| h.last == k && h.def.kind == TriggerKind::Verb));
            let people = phrase_opens
                && toks
                    .iter()
                    .filter(|t| t.start >= m.start && t.end <= m.end)
                    .any(|t| rules.is("demonym", &t.word) || rules.is_agent_word(&t.word));
            opens
                || people
                || m.text.contains(' ')
                || mentions.iter().any(|a| a.end + 1 == m.start || m.end + 1 == a.start)
        })
        // The article and adjectives of a nominal trigger ("un nuovo" of "un
        // nuovo prestito") are part of the trigger's phrase, not a participant.
        .filter(|m: &ActorMention| {
            let next = toks.iter().position(|t| t.start >= m.end);
            // A verdict adjective ("found X guilty of") follows its object, not its article.
            let before_noun = next.is_some_and(|n| {
                hits.iter().any(|h| {
                    h.first == n && h.def.kind != TriggerKind::Verb && !rules.is("verdict-word", &toks[n].word)
                })
            });
            let content = toks
                .iter()
                .filter(|t| t.start >= m.start && t.end <= m.end)
                .any(|t| rules.is_agent_word(&t.word) || t.kind == dyad_model::TokenKind::Number);
            !before_noun || content
        })
        .collect()
}

/// The chunk contains a name: a capitalized word other than the sentence's
/// first word (`first_word`) or an article ("“Le due parti").
pub(crate) fn named(
    rules: &LanguageRules,
    text: &str,
    toks: &[Tok],
    first_word: Option<usize>,
    m: &ActorMention,
) -> bool {
    (0..toks.len())
        .filter(|&i| toks[i].start >= m.start && toks[i].end <= m.end)
        .any(|i| {
            Some(i) != first_word
                && toks[i].kind == dyad_model::TokenKind::Word
                && !rules.is("determiner", &toks[i].word)
                && capitalized(&text[toks[i].start..toks[i].end])
        })
}

/// A phrase headed by a person or body noun can act even without a
/// name ("the dockworkers union", "la guardia costiera").
/// Agentive: a person or body noun ("bombers", "lavoratori"), a
/// demonym as the head ("Afghans", "i palestinesi"), or the subject
/// of a speech verb (whoever says something is someone).
pub(crate) fn agentive(
    rules: &LanguageRules,
    lang: &str,
    toks: &[Tok],
    speech_mask: &[bool],
    m: &ActorMention,
) -> bool {
    let words: Vec<usize> = (0..toks.len())
        .filter(|&i| toks[i].start >= m.start && toks[i].end <= m.end && toks[i].kind == dyad_model::TokenKind::Word)
        .collect();
    if words.iter().any(|&i| rules.is_agent_word(&toks[i].word)) {
        return true;
    }
    let head = if lang == "it" {
        words.iter().find(|&&i| !rules.is("determiner", &toks[i].word))
    } else {
        words.last()
    };
    if head.is_some_and(|&i| rules.is("demonym", &toks[i].word)) {
        return true;
    }
    // "piloti iracheni", "rifugiati sud-sudanesi": an Italian plural noun
    // with a demonym right after it is a group of that people, as
    // "Iraqi pilots" is in English (where the demonym is an actor).
    if lang == "it"
        && head.is_some_and(|&i| {
            words.contains(&(i + 1))
                && rules.is("demonym", &toks[i + 1].word)
                && (toks[i].word.ends_with('i') || toks[i].word.ends_with('e'))
        })
    {
        return true;
    }
    let Some(&last) = words.last() else { return false };
    // "tens of thousands of people", "decine di studenti": a partitive
    // head takes the agentivity of its genitive phrase.
    if rules.is("partitive", &toks[last].word) && toks.get(last + 1).is_some_and(|t| rules.is("genitive-prep", &t.word))
    {
        let tail = toks[last + 2..].iter().take(6).take_while(|t| {
            t.kind == dyad_model::TokenKind::Word
                && !rules.is("clause-break", &t.word)
                && !(is_function(rules, &t.word) && !rules.is("genitive-prep", &t.word))
        });
        if tail
            .into_iter()
            .any(|t| rules.is_agent_word(&t.word) || rules.is("demonym", &t.word))
        {
            return true;
        }
    }
    (last + 1..(last + 4).min(toks.len()))
        .take_while(|&k| speech_mask[k] || rules.is("auxiliary", &toks[k].word) || rules.is("np-stop", &toks[k].word))
        .any(|k| speech_mask[k])
}
