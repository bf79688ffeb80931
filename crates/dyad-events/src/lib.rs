//! The event coder of dyad: triggers to PLOVER category, mode and context;
//! source and recipient; modality and attribution; quantities; dates; places;
//! quotes; and a reason for every decision.
//!
//! Modules, one concept each:
//! - [`rules`]: the per-language data (triggers, function words, cues) loaded from lexicons;
//! - [`morph`]: inflection of trigger lemmas (Italian and English verb forms, noun plurals);
//! - `chunks`: noun-phrase chunks, the fallback arguments when no actor mention fills a role;
//! - `coder`: trigger matching, clause segmentation, role assignment, modality;
//! - `prepare`: a sentence's first stage (tokens past the dateline, dates,
//!   the actor mentions that may fill a role);
//! - `sentence`: the per-sentence frame (tokens, triggers, actor slots at each
//!   fallback tier) and the fallback noun-phrase mentions;
//! - `hits`: the filters that keep only the trigger hits that name an event;
//! - `assign`: the per-hit coding, one trigger hit to one event;
//! - `passes`: the post-passes over a sentence's events, in their order;
//! - `words`: word-level tests shared by the stages (capitals, possessives);
//! - [`dates`]: time expressions resolved against the publication date;
//! - [`quantities`]: figures with their units;
//! - [`quotes`]: direct quotes, speech cues and speakers;
//! - [`learned`]: the optional learned layer that reviews each event's category.
//!
//! The coder takes an analysed article and the actor mentions found in it (the
//! pipeline gets them from `dyad-actors`; here they are written by hand):
//!
//! ```
//! use dyad_events::{Coder, NoPlaces};
//! use dyad_model::{ActorKind, ActorMention, Article, Category, Modality};
//!
//! let text = "La Norvalia ha siglato ieri un trattato di cooperazione navale con la Kessia.";
//! let article = Article { text: text.into(), date: Some("2024-06-20".into()), ..Default::default() };
//! let analysis = dyad_text::analyze(article, Some("it")).unwrap();
//! let mention = |name: &str, code: &str| {
//!     let start = text.find(name).unwrap();
//!     ActorMention {
//!         text: name.into(), start, end: start + name.len(), kind: ActorKind::Country,
//!         country: Some(code.into()), sector: None, id: None, name: None,
//!     }
//! };
//! let mentions = [mention("Norvalia", "NOR"), mention("Kessia", "KES")];
//!
//! let coder = Coder::new(&dyad_lexicon::Lexicons::embedded()).unwrap();
//! let coded = coder.code(&analysis, &mentions, "doc-1", &NoPlaces);
//! let pact = &coded.events[0];
//! // Signing an agreement is SUPPORT (CAMEO 057 in the CAMEO→PLOVER table).
//! assert_eq!(pact.event, Category::Support);
//! assert_eq!(pact.actor[0].country.as_deref(), Some("NOR"));
//! assert_eq!(pact.recipient[0].country.as_deref(), Some("KES"));
//! assert_eq!(pact.modality, Modality::Asserted);
//! assert_eq!(pact.date.as_deref(), Some("2024-06-19")); // "ieri", the day before publication
//! println!("{}", pact.reason);
//! ```

// The coder's conditions are written as the grammar states them ("a word,
// not a preposition unless it is 'of'"); De Morgan's rewrites hide the exception.
#![allow(clippy::nonminimal_bool)]

mod antecedents;
mod assign;
mod chunks;
mod coder;
mod dateline;
pub mod dates;
mod hits;
pub mod learned;
pub mod morph;
mod passes;
mod prepare;
pub mod quantities;
pub mod quotes;
mod received;
pub mod rules;
mod sentence;
pub mod sports;
mod words;

use assign::{event_subject, EventSubject};
use chrono::NaiveDate;
use coder::{Slot, Tok, TriggerHit};
use dyad_lexicon::Lexicons;
use dyad_model::{ActorKind, ActorMention, Analysis, Category, Event, Quote};
use foldhash::{HashMap, HashMapExt};
use prepare::merge_contiguous;
use words::is_function;

pub use quantities::LexiconDataError;

/// Coordinates for a place name, from the actor gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceInfo {
    pub country: String,
    pub lat: f64,
    pub lon: f64,
}

/// Where the coder looks up place coordinates (implemented over the actor
/// gazetteer by the pipeline; [`NoPlaces`] when there is none).
pub trait PlaceLookup {
    fn place(&self, name: &str) -> Option<PlaceInfo>;
}

/// A lookup that knows no places.
pub struct NoPlaces;

impl PlaceLookup for NoPlaces {
    fn place(&self, _name: &str) -> Option<PlaceInfo> {
        None
    }
}

/// What the coder found in one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Coded {
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
}

/// The PLOVER coder, built once from the lexicons and shared across threads.
pub struct Coder {
    languages: HashMap<String, rules::LanguageRules>,
    scores: HashMap<(Category, Option<String>), f64>,
    dates: dates::DateResolver,
    quantities: quantities::QuantityFinder,
    speech: quotes::SpeechCues,
    sports: sports::SportsCues,
    learned: Option<learned::LearnedLayer>,
}

impl Coder {
    /// The PLOVER score of a category and mode (`common/plover.tsv`): the
    /// mode's own, else the category's.
    fn score(&self, category: Category, mode: &Option<String>) -> Option<f64> {
        self.scores
            .get(&(category, mode.clone()))
            .or_else(|| self.scores.get(&(category, None)))
            .copied()
    }

    /// Gives an event another category and mode, with the quad class and
    /// score they carry (the old score stays when the table has none).
    fn recode(&self, e: &mut Event, category: Category, mode: Option<String>) {
        e.event = category;
        e.quad = category.quad();
        e.score = self.score(category, &mode).unwrap_or(e.score);
        e.mode = mode;
    }

    /// "accepted the protesters' demands", "ha accolto le richieste",
    /// "approved a request from X for help": agreeing to a demand is
    /// acceding to it (CAMEO 083 → CONCEDE); a proposal or offer accepted
    /// stays an agreement (03).
    fn recode_what_was_accepted(&self, e: &mut Event, accepted: &rules::TriggerDef, accepted_text: &str) {
        if e.event == Category::Agree
            && accepted.category == Category::Request
            && !accepted.flags.proposal
            && matches!(
                e.modality,
                dyad_model::Modality::Asserted | dyad_model::Modality::Reported
            )
        {
            self.recode(e, Category::Concede, None);
            e.reason
                .push_str(&format!(" + accepted '{accepted_text}': AGREE → CONCEDE"));
        }
    }

    /// "gave the army permission to use the airspace": giving leave is
    /// allowing, no aid (CAMEO 08 → CONCEDE); "gave X a deadline to leave" is
    /// an ultimatum (CAMEO 139 → THREATEN); information given is shared,
    /// cooperation on intelligence (CAMEO 064).
    fn recode_what_was_given(
        &self,
        rules: &rules::LanguageRules,
        e: &mut Event,
        given: &rules::TriggerDef,
        given_text: &str,
    ) {
        if e.event == Category::Aid
            && (matches!(given.category, Category::Concede | Category::Threaten) || given.flags.given)
        {
            let c = given.category;
            self.recode(e, c, given.mode.clone());
            e.reason.push_str(&format!(" + gave '{given_text}': AID → {c}"));
            self.refused_leave(rules, e, given.pattern.split_whitespace().take(1));
        }
    }

    /// "did not give permission for the rally", "non ha concesso
    /// l'autorizzazione": leave withheld is leave refused (CAMEO 124
    /// "refuse to yield", 1241 → PLOVER REJECT), not an allowance. Only a
    /// negated CONCEDE whose words (the trigger's, or the noun it takes) hold
    /// a noun of leave (`leave-word`, grammar.tsv); other negated yields
    /// ("did not resign", "did not allow") say only that nothing happened.
    /// Announced refusals are recoded earlier, from the trigger's category.
    fn refused_leave<'w>(&self, rules: &rules::LanguageRules, e: &mut Event, mut words: impl Iterator<Item = &'w str>) {
        if e.modality == dyad_model::Modality::Negated
            && e.event == Category::Concede
            && words.any(|w| rules.is("leave-word", w))
        {
            self.recode(e, Category::Reject, Some("yield".to_string()));
            e.reason
                .push_str(" + leave withheld: a refusal to yield, REJECT (CAMEO 124)");
        }
    }

    /// Loads every language that has a `triggers.tsv`.
    pub fn new(lex: &Lexicons) -> Result<Self, LexiconDataError> {
        let mut languages = HashMap::new();
        for lang in lex.languages() {
            if lex.get(&format!("{lang}/triggers.tsv")).is_some() {
                languages.insert(lang.clone(), rules::load_language(lex, &lang)?);
            }
        }
        let scores = rules::load_scores(lex)?;
        // Every mode a trigger (or a recoding rule) gives must be a PLOVER mode
        // of its category listed in common/plover.tsv (CAMEO→PLOVER 2021 table).
        for r in languages.values() {
            for d in &r.defs {
                if let Some(m) = &d.mode {
                    if !scores.contains_key(&(d.category, Some(m.clone()))) {
                        let (file, line) = d.origin.rsplit_once(':').unwrap_or((&d.origin, "0"));
                        return Err(LexiconDataError {
                            file: file.to_string(),
                            line: line.parse().unwrap_or(0),
                            message: format!("mode '{m}' is not a {} mode in common/plover.tsv", d.category),
                        });
                    }
                }
            }
        }
        for (c, m) in RECODED_MODES {
            if !scores.contains_key(&(*c, Some(m.to_string()))) {
                return Err(LexiconDataError {
                    file: "common/plover.tsv".to_string(),
                    line: 0,
                    message: format!("the coder recodes to {c} mode '{m}', which is not listed"),
                });
            }
        }
        Ok(Coder {
            languages,
            scores,
            dates: dates::DateResolver::new(lex)?,
            quantities: quantities::QuantityFinder::new(lex)?,
            speech: quotes::SpeechCues::new(lex)?,
            sports: sports::SportsCues::new(lex)?,
            learned: None,
        })
    }

    /// Adds the learned layer: every event with both participants is reviewed
    /// by it (see [`learned`]). Without it the coder is rules only.
    pub fn with_learned(mut self, layer: learned::LearnedLayer) -> Self {
        self.learned = Some(layer);
        self
    }

    /// The learned layer, when one was added.
    pub fn learned(&self) -> Option<&learned::LearnedLayer> {
        self.learned.as_ref()
    }

    /// True when the coder has rules for `lang`.
    pub fn supports(&self, lang: &str) -> bool {
        self.languages.contains_key(lang)
    }

    /// Languages with rules, sorted.
    pub fn languages(&self) -> Vec<String> {
        let mut l: Vec<String> = self.languages.keys().cloned().collect();
        l.sort();
        l
    }

    /// Codes a document: events and quotes. `doc_id` seeds the stable event ids.
    pub fn code(&self, analysis: &Analysis, actors: &[ActorMention], doc_id: &str, places: &dyn PlaceLookup) -> Coded {
        self.code_traced(analysis, actors, doc_id, places, &mut |_| {})
    }

    /// Like [`Coder::code`], calling `trace` with each step for `dyad explain`.
    pub fn code_traced(
        &self,
        analysis: &Analysis,
        actors: &[ActorMention],
        doc_id: &str,
        places: &dyn PlaceLookup,
        trace: &mut dyn FnMut(String),
    ) -> Coded {
        let Some(rules) = self.languages.get(&analysis.lang) else {
            trace(format!("no rules for language '{}'", analysis.lang));
            return Coded::default();
        };
        let text = &analysis.article.text;
        let anchor = analysis
            .article
            .date
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let mut events = Vec::new();
        let mut previous_time: Option<dates::TimeExpr> = None;
        let match_report = self.sports.read(analysis);
        if match_report.whole_story {
            trace("the story is a match report: only acts of state or armed actors count".to_string());
        }

        for (index, sentence) in analysis.sentences.iter().enumerate() {
            let prepare::Prepared {
                toks,
                times,
                time_spans,
                mentions,
            } = self.prepare(rules, analysis, actors, index, anchor, previous_time.as_ref(), trace);
            let (slots, in_actor) = coder::locate_actors(&toks, &mentions);
            let mut hits = coder::find_triggers(rules, text, &toks, &in_actor);
            let shape = sentence::Shape::of(text, &toks);
            hits::filter(
                rules,
                &analysis.lang,
                text,
                &toks,
                &in_actor,
                &time_spans,
                &shape,
                &mut hits,
            );
            if hits.is_empty() {
                if let Some(t) = times.last() {
                    previous_time = Some(t.clone());
                }
                continue;
            }
            trace(format!(
                "sentence {index}: {} actor mention(s) [{}], {} trigger(s) [{}]",
                slots.len(),
                slots
                    .iter()
                    .map(|s| format!(
                        "{} {}/{}",
                        s.mention.text,
                        s.mention.country.as_deref().unwrap_or("-"),
                        s.mention.sector.as_deref().unwrap_or("-")
                    ))
                    .collect::<Vec<_>>()
                    .join("; "),
                hits.len(),
                hits.iter()
                    .map(|h| format!("'{}' {}", span_text(text, &toks, h), h.def.category))
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
            let speech = self.speech.find(text, sentence.start, sentence.end, &analysis.lang);
            let quantities = self.quantities.find(text, sentence.start, sentence.end, &analysis.lang);
            // Fallback arguments: noun-phrase chunks outside actors and triggers,
            // as pseudo-mentions with no country or sector.
            let mut blocked = in_actor.clone();
            for (b, t) in blocked.iter_mut().zip(&toks) {
                *b |= prepare::in_spans(&time_spans, t.start, t.end);
            }
            for h in &hits {
                for b in &mut blocked[h.first..h.last] {
                    *b = true;
                }
            }
            let chunk_mentions =
                sentence::chunk_mentions(rules, &analysis.lang, text, &toks, &blocked, &hits, &mentions);
            // Two fallback tiers: first the chunks that contain a name (a
            // capitalized word past the sentence's first token), which are
            // actors the gazetteer does not know; then any noun phrase.
            // The sentence's first word and capitalized articles ("“Le due parti") are no evidence.
            let first_word = shape.first_word;
            let speech_mask: Vec<bool> = toks
                .iter()
                .map(|t| {
                    speech
                        .iter()
                        .any(|c| c.kind == quotes::SpeechKind::Verb && t.start >= c.start && t.end <= c.end)
                })
                .collect();
            let named_mentions: Vec<ActorMention> = merge_contiguous(
                text,
                mentions
                    .iter()
                    .cloned()
                    .chain(
                        chunk_mentions
                            .iter()
                            .filter(|m| {
                                sentence::named(rules, text, &toks, first_word, m)
                                    || sentence::agentive(rules, &analysis.lang, &toks, &speech_mask, m)
                            })
                            .cloned(),
                    )
                    .collect(),
            );
            let all_mentions: Vec<ActorMention> = merge_contiguous(
                text,
                mentions.iter().cloned().chain(chunk_mentions.iter().cloned()).collect(),
            );
            let (mut named_slots, _) = coder::locate_actors(&toks, &named_mentions);
            let (mut all_slots, _) = coder::locate_actors(&toks, &all_mentions);
            let mut slots = slots;
            for list in [&mut slots, &mut named_slots, &mut all_slots] {
                antecedents::expand_groups(actors, (sentence.start, sentence.end), list);
                pronoun_slots(rules, &toks, list, &speech_mask);
                let previous = index
                    .checked_sub(1)
                    .and_then(|i| analysis.sentences.get(i))
                    .map_or((0, 0), |p| (p.start, p.end));
                object_pronoun_slots(rules, &toks, &hits, list, actors, previous);
                // "(ONLF)", "(IANS)": an actor inside a short parenthesis repeats
                // the name before it or names a source; it fills no role.
                list.retain(|s| {
                    !(s.first > 0 && toks[s.first - 1].word == "(" && coder::short_paren(rules, &toks, s.first - 1))
                });
                // "his Norvalian counterpart, Paul Brown": the demonym modifies
                // the counterpart the name after it renames; one party, not two.
                let renamed: Vec<usize> = list
                    .iter()
                    .filter(|s| {
                        toks.get(s.last).is_some_and(|t| rules.is("counterpart-noun", &t.word))
                            && list.iter().any(|o| {
                                o.first == s.last + 1 || (o.first == s.last + 2 && toks[s.last + 1].word == ",")
                            })
                    })
                    .map(|s| s.first)
                    .collect();
                list.retain(|s| !renamed.contains(&s.first));
            }
            let subject = coder::sentence_subject(rules, &toks, &slots, hits[0].first);
            let subject_named = coder::sentence_subject(rules, &toks, &named_slots, hits[0].first);
            let subject_all = coder::sentence_subject(rules, &toks, &all_slots, hits[0].first);
            let frame = sentence::Frame {
                rules,
                lang: &analysis.lang,
                text,
                toks: &toks,
                hits: &hits,
                slots: &slots,
                named_slots: &named_slots,
                all_slots: &all_slots,
                subject_named,
            };
            // "a car bomb in X killed Y", "a suicide attack on a convoy has killed
            // Y", "air strikes by X killed Y": an attack or a weapon as the
            // subject of a killing verb is the same event; the verb takes its
            // perpetrator (or, unnamed, the attack itself) as source.
            let event_subjects: Vec<Option<EventSubject>> =
                (0..hits.len()).map(|v| event_subject(rules, &toks, &hits, v)).collect();
            let mut sentence_events: Vec<Event> = Vec::new();
            // The event each earlier hit produced, to code complements ("accusano X di fornire …").
            let mut coded_hits: Vec<(usize, Option<Event>)> = Vec::new();
            for (hit_index, hit) in hits.iter().enumerate() {
                let hc = assign::HitContext {
                    frame: &frame,
                    sentence,
                    index,
                    doc_id,
                    places,
                    anchor,
                    actors,
                    mentions: &mentions,
                    in_actor: &in_actor,
                    speech: &speech,
                    speech_mask: &speech_mask,
                    quantities: &quantities,
                    times: &times,
                    event_subjects: &event_subjects,
                    subject,
                    subject_all,
                };
                match self.code_hit(&hc, hit_index, hit, &mut sentence_events, &coded_hits, trace) {
                    Some(event) => {
                        coded_hits.push((hit_index, Some(event.clone())));
                        sentence_events.push(event);
                    }
                    None => coded_hits.push((hit_index, None)),
                }
            }
            passes::run(&frame, &mut sentence_events, &events, trace);
            if match_report.is_play(index) {
                sentence_events.retain(|e| {
                    let kept = self.sports.keeps(e);
                    if !kept {
                        trace(format!(
                            "  {} '{}' dropped: it describes play in a match report",
                            e.event, e.trigger.text
                        ));
                    }
                    kept
                });
            }
            if let Some(layer) = &self.learned {
                layer.review_events(&mut sentence_events, text, &mut |e, category| {
                    self.recode(e, category, None);
                    e.id = dyad_model::stable_hash(&[
                        doc_id,
                        &index.to_string(),
                        &e.trigger.start.to_string(),
                        category.as_str(),
                    ]);
                });
                for e in &sentence_events {
                    trace(format!("  event {} after review: {}", e.event, e.reason));
                }
            }
            events.extend(sentence_events);
            if let Some(t) = times.last() {
                previous_time = Some(t.clone());
            }
        }
        passes::run_document(&mut events, trace);
        let quotes = quotes::find_quotes(text, &analysis.sentences, actors, &analysis.lang, &self.speech);
        Coded { events, quotes }
    }
}

/// The (category, mode) pairs the coder's recoding rules give; each must be
/// listed in `common/plover.tsv` (checked when the coder loads).
const RECODED_MODES: &[(Category, &str)] = &[
    (Category::Accuse, "disapprove"),
    (Category::Coerce, "confiscate"),
    (Category::Sanction, "discontinue"),
    (Category::Sanction, "withdraw"),
    (Category::Sanction, "expel"),
    (Category::Request, "assist"),
    (Category::Request, "yield"),
    (Category::Request, "meet"),
    (Category::Reject, "assist"),
    (Category::Reject, "yield"),
    (Category::Reject, "meet"),
    (Category::Protest, "riot"),
];

fn span_text<'a>(text: &'a str, toks: &[Tok], hit: &TriggerHit) -> &'a str {
    &text[toks[hit.first].start..toks[hit.last - 1].end]
}

/// True when a verb of the grammar class `class` governs the nominal trigger
/// (see `assign::after_light_verb`).
pub(crate) fn after_class_verb(rules: &rules::LanguageRules, toks: &[Tok], hit: &TriggerHit, class: &str) -> bool {
    let mut i = hit.first;
    let mut steps = 0;
    // Figures do not count: "conducted some forty drone raids".
    while i > 0 && steps < 3 {
        i -= 1;
        let w = toks[i].word.as_str();
        if rules.is(class, w) {
            return true;
        }
        // An amount is no phrase of its own: "ha tagliato di 40 milioni di
        // euro i fondi": "di" before a figure or after "milioni".
        let amount_prep = rules.is("genitive-prep", w)
            && (toks.get(i + 1).is_some_and(|t| t.kind == dyad_model::TokenKind::Number)
                || i > 0 && rules.is("quantity-word", &toks[i - 1].word));
        if amount_prep {
            continue;
        }
        if !(toks[i].kind == dyad_model::TokenKind::Word || toks[i].kind == dyad_model::TokenKind::Number)
            || is_function(rules, w) && !rules.is("determiner", w)
        {
            return false;
        }
        if !words::is_quantity(rules, &toks[i]) {
            steps += 1;
        }
    }
    false
}

/// Object pronouns ("welcomed him", "lo ha graziato", "gli ha chiesto"):
/// the clause's subject is the nearest actor before them and cannot be its
/// own object, so the pronoun stands for the actor named before that subject
/// (a person for "him/lo", a state or body for "it/them"), or, when the
/// sentence names no other, for the last fitting actor of the sentence
/// before (`previous`, a byte span of `actors`). Italian clitics count only
/// before an auxiliary, where they cannot be articles, or fused to an
/// infinitive or gerund ("graziarlo", "accogliendoli").
fn object_pronoun_slots<'a>(
    rules: &rules::LanguageRules,
    toks: &[Tok],
    hits: &[TriggerHit],
    slots: &mut Vec<Slot<'a>>,
    actors: &'a [ActorMention],
    previous: (usize, usize),
) {
    let mut added = Vec::new();
    for p in 0..toks.len() {
        let w = toks[p].word.as_str();
        let fused = coder::enclitic(rules, w).map(|(_, c)| c);
        let person = rules.is("object-pronoun-person", fused.unwrap_or(w));
        let party = rules.is("object-pronoun-party", fused.unwrap_or(w));
        if !(person || party) || slots.iter().any(|s| s.first <= p && p < s.last) {
            continue;
        }
        if rules.is("clitic-pronoun", w) && !toks.get(p + 1).is_some_and(|t| rules.is("auxiliary", &t.word)) {
            continue;
        }
        let mut before: Vec<usize> = (0..slots.len())
            .filter(|&i| slots[i].last <= p && slots[i].mention.kind != ActorKind::Location)
            .collect();
        before.sort_by_key(|&i| slots[i].last);
        // A verb conjoined with no subject of its own ("X arrested Y and
        // accused him", "X ha arrestato Y e lo ha accusato") shares the first
        // clause's subject, the first actor with no preposition; the actor
        // right before the conjunction is that clause's object, free to be
        // the antecedent.
        let verb = if rules.is("clitic-pronoun", w) {
            p
        } else {
            p.saturating_sub(1)
        };
        let elided = coder::subjectless_conjunct(rules, toks, verb).is_some();
        let free = |i: &usize| !coder::is_preposition(rules, coder::effective_governor(rules, toks, slots, *i));
        // An infinitive or gerund has the main clause's subject, the nearest
        // actor before it with no preposition ("X attacked the government of Y,
        // accusing him": X); a finite verb's is simply the nearest actor.
        let at_subject = if elided && fused.is_none() {
            before.iter().position(free)
        } else if fused.is_some() {
            before.iter().rposition(free)
        } else {
            before.len().checked_sub(1)
        };
        let Some(subject) = at_subject.map(|k| slots[before.remove(k)].mention) else {
            continue;
        };
        let fits = |m: &ActorMention| {
            m.text != subject.text
                && m.kind != ActorKind::Location
                && if person {
                    m.kind == ActorKind::Person
                } else {
                    m.kind != ActorKind::Person
                }
        };
        // With no other actor in the sentence the pronoun looks back one
        // sentence: "X was arrested. Norvalia pardoned him."
        let antecedent = before
            .iter()
            .rev()
            .map(|&i| slots[i].mention)
            .find(|&m| fits(m))
            .or_else(|| {
                actors
                    .iter()
                    .rev()
                    .find(|&m| m.start >= previous.0 && m.end <= previous.1 && fits(m))
            });
        // A clitic before its verb would read as the subject; its slot goes
        // where the object stands, just after the verb group (after the whole
        // trigger when the verb opens one: "lo ha condannato a due anni").
        let at = if fused.is_some() {
            p + 1
        } else if rules.is("clitic-pronoun", w) {
            let mut q = p + 1;
            while toks
                .get(q)
                .is_some_and(|t| rules.is("auxiliary", &t.word) || rules.is("passive-aux", &t.word))
            {
                q += 1;
            }
            hits.iter().find(|h| h.first == q).map_or(q + 1, |h| h.last.max(q + 1))
        } else {
            p
        };
        if let Some(a) = antecedent.filter(|_| at < toks.len() && !slots.iter().any(|s| s.first <= at && at < s.last)) {
            added.push((a, at));
        }
    }
    add_pronoun_slots(slots, added);
}

/// Adds one-token slots standing for a resolved pronoun (the antecedent's
/// mention at the pronoun's token), keeping slots in text order.
fn add_pronoun_slots<'a>(slots: &mut Vec<Slot<'a>>, added: Vec<(&'a ActorMention, usize)>) {
    if added.is_empty() {
        return;
    }
    slots.extend(added.into_iter().map(|(mention, at)| Slot {
        mention,
        first: at,
        last: at + 1,
    }));
    slots.sort_by_key(|s| s.first);
}

/// Subject pronouns that stand for the speaker of the clause they open:
/// "X said (on Monday) (that) it will …", "X ha detto che lui …". Each gets a
/// slot carrying the speaker's mention; other pronouns stay unresolved.
fn pronoun_slots<'a>(rules: &rules::LanguageRules, toks: &[Tok], slots: &mut Vec<Slot<'a>>, speech_mask: &[bool]) {
    let mut added = Vec::new();
    for p in 0..toks.len() {
        if !rules.is("subject-pronoun", &toks[p].word) || slots.iter().any(|s| s.first <= p && p < s.last) {
            continue;
        }
        // Back over "that/che", a short time phrase and commas to the speech verb.
        let mut j = p;
        let mut verb = None;
        for _ in 0..5 {
            if j == 0 {
                break;
            }
            j -= 1;
            if speech_mask[j] {
                verb = Some(j);
                break;
            }
            let w = toks[j].word.as_str();
            let skippable = w == ","
                || rules.is("complementizer", w)
                || rules.is("np-stop", w)
                || rules.is("recipient-prep", w)
                || rules.is("determiner", w);
            if !skippable {
                break;
            }
        }
        let Some(mut v) = verb else { continue };
        while v > 0 && speech_mask[v - 1] {
            v -= 1;
        }
        // The speaker: the nearest actor before the verb, not after a preposition.
        let speaker = slots
            .iter()
            .filter(|s| s.last <= v && s.mention.kind != ActorKind::Location)
            .filter(|s| {
                (s.last..v).all(|k| {
                    rules.is("auxiliary", &toks[k].word) || rules.is("np-stop", &toks[k].word) || toks[k].word == ","
                })
            })
            .max_by_key(|s| s.last);
        if let Some(s) = speaker {
            added.push((s.mention, p));
        }
    }
    add_pronoun_slots(slots, added);
}

#[cfg(test)]
mod tests;
