//! The coder's language data, loaded once from the lexicons: trigger
//! patterns, PLOVER scores, function words and modality cues, per language.

use crate::morph::{noun_forms, verb_forms, IrregularForms, Tense};
use crate::LexiconDataError;
use dyad_lexicon::{tsv_rows, Lexicons};
use dyad_model::{Category, Modality};
use foldhash::{HashMap, HashMapExt, HashSet};

fn data_error(file: &str, line: usize, message: impl Into<String>) -> LexiconDataError {
    LexiconDataError {
        file: file.to_string(),
        line,
        message: message.into(),
    }
}

/// How a trigger's words are matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerKind {
    Verb,
    Noun,
    Fixed,
}

/// Role-assignment hints of a trigger (the `flags` column).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TriggerFlags {
    /// The grammatical subject is the recipient ("ricevere", "host").
    pub flip: bool,
    /// The recipient is the destination ("recarsi in X").
    pub dest: bool,
    /// A compound subject splits into source and recipient ("Lam e Putin hanno firmato").
    pub symmetric: bool,
    /// A noun trigger codes only when its clause has two actors.
    pub needs_two: bool,
    /// A verb that is no event when its complement is an infinitive or gerund
    /// ("contribuire a complicare", "contributed to worsening").
    pub no_infinitive: bool,
    /// Seizing a place is occupying territory: COERCE, mode `confiscate`,
    /// context `military` (CAMEO 192 in the CAMEO→PLOVER 2021 table);
    /// seizing goods or people keeps the trigger's own mode.
    pub place_occupy: bool,
    /// The recipient is a party (a person or body, a people, a place), never
    /// a thing: "signed an agreement with X" is about X, not the agreement,
    /// although SUPPORT may otherwise target a thing ("backed the plan").
    pub party_target: bool,
    /// The event is only the channel of what its purpose clause says: a call
    /// or a mission "to congratulate", "to investigate", "per indagare" is
    /// coded as that praise or inquiry (CAMEO codes the content, 051/09).
    pub channel: bool,
    /// The verb also names or describes ("calling the plan a disgrace"): as
    /// a participial gerund it reports what was said, not a call.
    pub naming: bool,
    /// Handing a person over: cooperation with the state named as the
    /// destination ("extradited X to Y", CAMEO 063); with no destination the
    /// act coded is the legal action against the person (1121 → ACCUSE).
    pub handover: bool,
    /// A request that is an offer or proposal: accepting it agrees to
    /// something (03), where accepting a demand accedes to it (083).
    pub proposal: bool,
    /// Announced for the future, the act is a threat to carry it out ("will
    /// boycott the vote", CAMEO 133 → THREATEN), not yet a refusal.
    pub announced_threat: bool,
    /// The noun is an act only as what an `issue-verb` gives or sets ("gave X
    /// a deadline", CAMEO 139); "ahead of the deadline" names a date.
    pub issued: bool,
    /// The noun is an act only as what a giving verb (an AID or COOPERATE
    /// verb trigger) hands over: "provided information to X" shares it
    /// (CAMEO 064), "according to information" is no event.
    pub given: bool,
    /// A verb of admitting ("accept", "accettare"): what it admits may be an
    /// act of the verb's subject (`admitted` nouns).
    pub admits: bool,
    /// Not an event of its own: what an `admits` verb takes in, which gives
    /// the verb's event ("accepted 1,000 refugees" grants asylum, CAMEO 075).
    pub admitted: bool,
    /// Joining or taking part ("join", "aderire"): an act noun shortly after
    /// the verb ("joined the march", CAMEO 14) is what its subject does.
    pub joins: bool,
    /// A naming verb ("call", "brand", "definire") that is this event only
    /// when it names its object with an `insult-word`: calling someone a liar
    /// or "uno stupido" denounces them (CAMEO 111); otherwise another line of
    /// the same words, if any, applies ("called X" is a phone call).
    pub names_insult: bool,
    /// A breaking verb ("violate", "violare") that is this event only when
    /// its object is a `norm-noun`: breaking a ban, a law or a resolution
    /// defies it (CAMEO 128, REJECT), where breaking a ceasefire or a border
    /// stays the attack of its other line.
    pub norm_object: bool,
    /// A hosting verb ("host", "ospitare") that is this line's event only
    /// when its object is a `meeting-noun`: hosting a summit or a dinner, the
    /// host acts and the participants are the other side, where hosting a
    /// guest (its other line, `flip`) is the guest's visit.
    pub meeting_object: bool,
    /// A verb and particle whose object may stand between them ("turned the
    /// offer down", "pulled its troops out", "forced X out of the country").
    pub separable: bool,
    /// A verb of ordering ("order", "ordinare"): a demand (CAMEO 10) only
    /// when what it orders is no act of its own ("ordered X to appear for
    /// questioning"); an ordered act ("ordered the arrest of X", "ordered X
    /// to suspend publication") is coded as that act, with the one who
    /// orders as its source (grammar class `order-verb`).
    pub orders: bool,
    /// A word of obligation ("must", "deve") that is an act only as a duty
    /// another speaker lays on its subject ("X said Y must …": X demands of
    /// Y, CAMEO 10 → REQUEST), when no trigger right after it carries the
    /// duty itself (see `coder::obliged`).
    pub duty: bool,
    /// Taking control: an act only over a place or by an armed source
    /// (see `recodings::a_place_taken`).
    pub place_taken: bool,
    /// A `separable` verb and particle that is this event only in its
    /// separated form, with a party between the two words and a place after
    /// the particle ("pushed the rebels out of X"): right after the verb the
    /// particle is a move of the subject ("drove out of X") or a plain
    /// output ("pushed out a statement"), and a thing or the wounded moved
    /// out of a town are no one driven out.
    pub separated_party: bool,
}

/// The `flags` column: each name and the field it sets. One table, so a new
/// flag is one line here and one field above.
type SetFlag = fn(&mut TriggerFlags);
const FLAGS: [(&str, SetFlag); 25] = [
    ("flip", |f| f.flip = true),
    ("dest", |f| f.dest = true),
    ("sym", |f| f.symmetric = true),
    ("nominal-needs-two", |f| f.needs_two = true),
    ("no-infinitive", |f| f.no_infinitive = true),
    ("place-occupy", |f| f.place_occupy = true),
    ("party-target", |f| f.party_target = true),
    ("channel", |f| f.channel = true),
    ("naming", |f| f.naming = true),
    ("handover", |f| f.handover = true),
    ("proposal", |f| f.proposal = true),
    ("announced-threat", |f| f.announced_threat = true),
    ("issued", |f| f.issued = true),
    ("given", |f| f.given = true),
    ("admits", |f| f.admits = true),
    ("admitted", |f| f.admitted = true),
    ("joins", |f| f.joins = true),
    ("names-insult", |f| f.names_insult = true),
    ("norm-object", |f| f.norm_object = true),
    ("meeting-object", |f| f.meeting_object = true),
    ("separable", |f| f.separable = true),
    ("orders", |f| f.orders = true),
    ("duty", |f| f.duty = true),
    ("place-taken", |f| f.place_taken = true),
    ("separated-party", |f| f.separated_party = true),
];

/// One trigger line of `triggers.tsv`.
#[derive(Debug, Clone)]
pub struct TriggerDef {
    pub category: Category,
    pub mode: Option<String>,
    pub context: Vec<String>,
    pub kind: TriggerKind,
    /// The pattern as written in the lexicon (for reasons).
    pub pattern: String,
    pub flags: TriggerFlags,
    /// `file:line`, for reasons and errors.
    pub origin: String,
}

/// One concrete word sequence that fires a trigger.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub words: Vec<String>,
    pub def: usize,
    pub tense: Tense,
    /// The first word as it must be written, accent included, when folding
    /// would make it another word ("prestò" vs "presto").
    pub exact_first: Option<String>,
}

/// The coder's data for one language.
#[derive(Debug, Clone)]
pub struct LanguageRules {
    pub lang: String,
    pub defs: Vec<TriggerDef>,
    /// Patterns by their first folded word.
    pub by_first_word: HashMap<String, Vec<Pattern>>,
    pub word_classes: HashMap<String, HashSet<String>>,
    /// (modality, cue words, scope is whole clause)
    pub modality_cues: Vec<(Modality, Vec<String>, bool)>,
    /// Cues of the future seen from the past ("said it would", "ha detto che
    /// avrebbe"): scope `reported` in modality.tsv.
    pub reported_future_cues: Vec<Vec<String>>,
    /// Cues of obligation ("must", "deve"): scope `obliged` in modality.tsv;
    /// also `before` cues of their modality.
    pub obligation_cues: Vec<Vec<String>>,
    /// Demonym forms (folded) to their country code: "armenian" → ARM.
    pub demonym_country: HashMap<String, String>,
}

impl LanguageRules {
    /// True when `word` (folded) belongs to the function-word class.
    pub fn is(&self, class: &str, word: &str) -> bool {
        self.word_classes.get(class).is_some_and(|set| set.contains(word))
    }

    /// True when `word` (folded) names a person or a body able to act: an
    /// `agent-noun` (with the sector cues), or a word with an agentive
    /// ending of `agent-suffix` ("bombers", "attivisti", "lavoratori") that
    /// `not-agent` does not list ("borders", "settore").
    pub fn is_agent_word(&self, word: &str) -> bool {
        if self.is("agent-noun", word) {
            return true;
        }
        if self.is("not-agent", word) || word.chars().count() < 5 || !word.chars().all(char::is_alphabetic) {
            return false;
        }
        self.word_classes.get("agent-suffix").is_some_and(|set| {
            set.iter()
                .any(|suf| word.len() >= suf.len() + 3 && word.ends_with(suf.as_str()))
        })
    }
}

/// Splits a lexicon phrase into folded words the way the tokenizer does:
/// on spaces, and after an elision apostrophe ("un'intesa" → "un'", "intesa").
pub fn phrase_words(phrase: &str) -> Vec<String> {
    let folded = dyad_text::fold(phrase);
    let mut words = Vec::new();
    for w in folded.split_whitespace() {
        match w.find('\'') {
            Some(i) if i + 1 < w.len() => {
                words.push(w[..=i].to_string());
                words.push(w[i + 1..].to_string());
            }
            _ => words.push(w.to_string()),
        }
    }
    words
}

/// PLOVER scores by (category, mode); mode `None` is the category default.
pub fn load_scores(lex: &Lexicons) -> Result<HashMap<(Category, Option<String>), f64>, LexiconDataError> {
    let file = "common/plover.tsv";
    let mut scores = HashMap::new();
    for row in tsv_rows(lex.text(file)) {
        let category = row
            .field(0)
            .parse::<Category>()
            .map_err(|e| data_error(file, row.line, e.to_string()))?;
        let score = row
            .field(2)
            .parse::<f64>()
            .map_err(|_| data_error(file, row.line, format!("score '{}' is not a number", row.field(2))))?;
        scores.insert((category, row.opt(1).map(str::to_string)), score);
    }
    Ok(scores)
}

/// Grammar classes whose words are never inflected forms of a trigger verb.
const FUNCTION_CLASSES: [&str; 8] = [
    "recipient-prep",
    "genitive-prep",
    "agent-prep",
    "destination-prep",
    "determiner",
    "coord",
    "clause-break",
    "auxiliary",
];

/// The word sequences of a noun trigger, singular and plural. An English
/// compound is inflected on its last word, the head ("air strike" → "air
/// strikes"), unless a function word shows the head comes first ("state of
/// emergency" → "states of emergency"). An Italian noun is inflected on the
/// first word and an adjective right after it agrees ("attacco aereo" →
/// "attacchi aerei"; "sciopero della fame" → "scioperi della fame").
fn noun_sequences(lang: &str, words: &[String], classes: &HashMap<String, HashSet<String>>) -> Vec<Vec<String>> {
    let function = |w: &str| {
        w.ends_with('\'')
            || FUNCTION_CLASSES
                .iter()
                .chain(["genitive-prep", "with-prep"].iter())
                .any(|c| classes.get(*c).is_some_and(|set| set.contains(w)))
    };
    let with_first = |forms: Vec<String>| {
        forms
            .into_iter()
            .map(|f| std::iter::once(f).chain(words[1..].iter().cloned()).collect::<Vec<_>>())
            .collect::<Vec<_>>()
    };
    if words.len() < 2 || words.iter().any(|w| function(w)) {
        return with_first(noun_forms(lang, &words[0]));
    }
    match lang {
        "en" => {
            let last = words.len() - 1;
            noun_forms(lang, &words[last])
                .into_iter()
                .map(|f| words[..last].iter().cloned().chain(std::iter::once(f)).collect())
                .collect()
        }
        "it" => {
            let heads = noun_forms(lang, &words[0]);
            let adjectives = noun_forms(lang, &words[1]);
            let mut out = vec![words.to_vec()];
            for h in heads.iter().skip(1) {
                for a in adjectives.iter().skip(1).chain(if adjectives.len() == 1 {
                    adjectives.first()
                } else {
                    None
                }) {
                    out.push(
                        std::iter::once(h.clone())
                            .chain(std::iter::once(a.clone()))
                            .chain(words[2..].iter().cloned())
                            .collect(),
                    );
                }
            }
            out
        }
        _ => with_first(noun_forms(lang, &words[0])),
    }
}

/// Loads the rules of one language folder (`it`, `en`, …).
pub fn load_language(lex: &Lexicons, lang: &str) -> Result<LanguageRules, LexiconDataError> {
    let forms_file = format!("{lang}/verb-forms.tsv");
    let mut irregular: HashMap<String, IrregularForms> = HashMap::new();
    for row in tsv_rows(lex.text(&forms_file)) {
        let forms = row.field(1).split_whitespace().map(dyad_text::fold).collect();
        let complete = match row.field(2) {
            "complete" => true,
            "" => false,
            other => {
                return Err(data_error(
                    &forms_file,
                    row.line,
                    format!("third column '{other}' is not 'complete'"),
                ))
            }
        };
        irregular.insert(dyad_text::fold(row.field(0)), IrregularForms { forms, complete });
    }

    let grammar_file = format!("{lang}/grammar.tsv");
    let mut word_classes: HashMap<String, HashSet<String>> = HashMap::new();
    for row in tsv_rows(lex.text(&grammar_file)) {
        let set = word_classes.entry(row.field(0).to_string()).or_default();
        for w in row.field(1).split_whitespace() {
            // "anche_se" style entries name multi-word cues; the first word is enough to cut a clause.
            // Tokens are folded, so an accented entry ("riceverà") must be too, or it never matches.
            set.insert(dyad_text::fold(w.split('_').next().unwrap_or(w)));
        }
    }

    let file = format!("{lang}/triggers.tsv");
    let mut defs = Vec::new();
    let mut by_first_word: HashMap<String, Vec<Pattern>> = HashMap::new();
    for row in tsv_rows(lex.text(&file)) {
        let err = |msg: String| data_error(&file, row.line, msg);
        let category = row.field(0).parse::<Category>().map_err(|e| err(e.to_string()))?;
        let kind = match row.field(3) {
            "verb" => TriggerKind::Verb,
            "noun" => TriggerKind::Noun,
            "fixed" => TriggerKind::Fixed,
            other => return Err(err(format!("kind '{other}' is not verb, noun or fixed"))),
        };
        let pattern = row.field(4);
        let words = phrase_words(pattern);
        if words.is_empty() {
            return Err(err("empty pattern".into()));
        }
        let mut flags = TriggerFlags::default();
        for flag in row
            .opt(5)
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|f| !f.is_empty())
        {
            match FLAGS.iter().find(|(name, _)| *name == flag) {
                Some((_, set)) => set(&mut flags),
                None => return Err(err(format!("unknown flag '{flag}'"))),
            }
        }
        let def_index = defs.len();
        defs.push(TriggerDef {
            category,
            mode: row.opt(1).map(str::to_string),
            context: row
                .opt(2)
                .map(|c| c.split(',').map(|s| s.trim().to_string()).collect())
                .unwrap_or_default(),
            kind,
            pattern: pattern.to_string(),
            flags,
            origin: format!("{file}:{}", row.line),
        });
        let sequences: Vec<(Vec<String>, Tense)> = match kind {
            TriggerKind::Verb => verb_forms(lang, &words[0], &irregular)
                .into_iter()
                .filter(|(head, _)| {
                    // A generated form that is a function word ("versò" folds to the
                    // preposition "verso") would fire everywhere: only the lemma itself may be one.
                    head == &words[0]
                        || !FUNCTION_CLASSES
                            .iter()
                            .any(|c| word_classes.get(*c).is_some_and(|set| set.contains(head)))
                })
                .map(|(head, tense)| (std::iter::once(head).chain(words[1..].iter().cloned()).collect(), tense))
                .collect(),
            TriggerKind::Noun => noun_sequences(lang, &words, &word_classes)
                .into_iter()
                .map(|w| (w, Tense::Plain))
                .collect(),
            TriggerKind::Fixed => vec![(words.clone(), Tense::Plain)],
        };
        for (pattern_words, tense) in sequences {
            by_first_word
                .entry(pattern_words[0].clone())
                .or_default()
                .push(Pattern {
                    words: pattern_words,
                    def: def_index,
                    tense,
                    exact_first: None,
                });
        }
        if lang == "it" && kind == TriggerKind::Verb {
            let lemma = words[0]
                .strip_suffix("si")
                .filter(|b| b.ends_with("ar"))
                .map(|b| format!("{b}e"))
                .unwrap_or_else(|| words[0].clone());
            if let Some(stem) = lemma.strip_suffix("are") {
                let past = format!("{stem}ò");
                let mut pattern_words = vec![dyad_text::fold(&past)];
                pattern_words.extend(words[1..].iter().cloned());
                by_first_word
                    .entry(pattern_words[0].clone())
                    .or_default()
                    .push(Pattern {
                        words: pattern_words,
                        def: def_index,
                        tense: Tense::Plain,
                        exact_first: Some(past),
                    });
            }
        }
    }
    // Longer patterns first, so "visita di stato" wins over "visita".
    for patterns in by_first_word.values_mut() {
        patterns.sort_by(|a, b| b.words.len().cmp(&a.words.len()).then(a.def.cmp(&b.def)));
    }

    // Nouns that name people or bodies able to act ("union", "guardia",
    // "prosecutors"): the actor lexicon's sector cues plus the grammar's
    // `agent-noun` class. A noun phrase without a name needs one to be a source.
    let agents = word_classes.entry("agent-noun".to_string()).or_default();
    for row in tsv_rows(lex.text(&format!("{lang}/sectors.tsv"))) {
        for form in row.field(0).split('|') {
            if let Some(head) = form.split_whitespace().next() {
                agents.insert(dyad_text::fold(head));
            }
        }
    }

    // Demonyms and their inflections ("Afghans", "i palestinesi"): a phrase
    // headed by one names people.
    let mut demonym_country: HashMap<String, String> = HashMap::new();
    let demonyms = word_classes.entry("demonym".to_string()).or_default();
    for row in tsv_rows(lex.text(&format!("{lang}/demonyms.tsv"))) {
        let base = dyad_text::fold(row.field(0));
        let mut forms = vec![base.clone()];
        match lang {
            "it" => {
                if let Some(stem) = base.strip_suffix('o') {
                    forms.extend(["a", "i", "e"].iter().map(|e| format!("{stem}{e}")));
                    if let Some(s2) = stem.strip_suffix('c') {
                        forms.extend(["chi", "che"].iter().map(|e| format!("{s2}{e}")));
                    }
                } else if let Some(stem) = base.strip_suffix('e') {
                    forms.push(format!("{stem}i"));
                }
            }
            _ => forms.push(format!("{base}s")),
        }
        for extra in row.opt(2).unwrap_or("").split(['|', ' ']).filter(|w| !w.is_empty()) {
            forms.push(dyad_text::fold(extra));
        }
        for f in &forms {
            if let Some(code) = row.opt(1) {
                demonym_country.entry(f.clone()).or_insert_with(|| code.to_string());
            }
        }
        demonyms.extend(forms);
    }

    let modality_file = format!("{lang}/modality.tsv");
    let mut modality_cues = Vec::new();
    let mut reported_future_cues = Vec::new();
    let mut obligation_cues = Vec::new();
    for row in tsv_rows(lex.text(&modality_file)) {
        let modality = row
            .field(0)
            .parse::<Modality>()
            .map_err(|e| data_error(&modality_file, row.line, e.to_string()))?;
        let clause = match row.field(2) {
            "clause" => true,
            "before" | "" => false,
            "obliged" => {
                obligation_cues.push(phrase_words(row.field(1)));
                false
            }
            "reported" if modality == Modality::Future => {
                reported_future_cues.push(phrase_words(row.field(1)));
                continue;
            }
            other => {
                return Err(data_error(
                    &modality_file,
                    row.line,
                    format!("scope '{other}' is not before, clause, obliged or (future only) reported"),
                ))
            }
        };
        modality_cues.push((modality, phrase_words(row.field(1)), clause));
    }

    Ok(LanguageRules {
        lang: lang.to_string(),
        defs,
        by_first_word,
        word_classes,
        modality_cues,
        reported_future_cues,
        obligation_cues,
        demonym_country,
    })
}
