//! The learned layer: a small classifier over multilingual sentence vectors
//! that reviews the PLOVER category the rules chose for each event.
//!
//! The rules find the participants and the trigger; they are precise about
//! *who* and *to whom* but brittle about *what* when a trigger is ambiguous
//! ("ha colpito", "hit", "took"). The head here reads the whole sentence and
//! the stretch between the two participants as vectors from a multilingual
//! encoder (the same relation in Italian and English lands in the same place),
//! and overrides the rule's category only when it is confident and the rule's
//! category is unlikely.
//!
//! - The encoder is behind [`Embedder`]: this crate does no I/O and knows no
//!   model format (the binary implements it over `dyad-embed`).
//! - The head ([`CategoryHead`]) is softmax regression trained on the team's
//!   own bilingual examples in `training/plover/` (compiled in, see
//!   [`builtin_examples`]); never on evaluation data. Training takes seconds,
//!   so the binary trains it on first use and caches it next to the model.
//! - Every override is written into the event's `reason`.
//!
//! Softmax regression is a few dozen lines; it is written here rather than
//! pulling an ndarray/linear-algebra stack into the coder for it.
//!
//! ```
//! use dyad_events::learned::{CategoryHead, TrainOptions};
//! // Two well-separated classes in two dimensions.
//! let x = vec![vec![1.0, 0.0], vec![0.9, 0.1], vec![0.0, 1.0], vec![0.1, 0.9]];
//! let y = vec![0, 0, 1, 1];
//! let head = CategoryHead::train(&x, &y, vec!["ASSAULT".into(), "NONE".into()], &TrainOptions::default());
//! let p = head.probabilities(&[0.95, 0.05]);
//! assert!(p[0] > 0.5);
//! ```

use dyad_model::{Category, Event};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Turns a text into a fixed-size unit vector. The binary implements it over
/// the `dyad-embed` sentence encoder; tests use toy embedders.
pub trait Embedder: Send + Sync {
    /// Length of every vector.
    fn dim(&self) -> usize;
    /// The vector of `text` (unit length; any input, even empty, gives one).
    fn embed(&self, text: &str) -> Vec<f32>;
    /// Names the model: a head is only valid for the encoder it was trained with.
    fn id(&self) -> String;
}

/// The label of a training row: `NONE` (the sentence states no act between
/// the two participants) or a PLOVER category.
pub const NO_EVENT: &str = "NONE";

/// One team-written training example: a sentence with its source and target
/// spans (byte offsets into `text`).
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// Row id and language, e.g. `ACS-001/it`.
    pub id: String,
    pub lang: String,
    /// A PLOVER category name or [`NO_EVENT`].
    pub label: String,
    pub text: String,
    pub source: (usize, usize),
    pub target: (usize, usize),
}

/// A malformed training file: names the file, line and problem.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ExampleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for ExampleError {}

/// The training files compiled into the binary (`training/plover/*.tsv`).
const TRAINING_FILES: &[(&str, &str)] = &[
    (
        "agree-consult-support-concede.tsv",
        include_str!("../../../training/plover/agree-consult-support-concede.tsv"),
    ),
    (
        "cooperate-aid-retreat-request.tsv",
        include_str!("../../../training/plover/cooperate-aid-retreat-request.tsv"),
    ),
    (
        "accuse-reject-sanction-threaten.tsv",
        include_str!("../../../training/plover/accuse-reject-sanction-threaten.tsv"),
    ),
    (
        "protest-mobilize-coerce-assault.tsv",
        include_str!("../../../training/plover/protest-mobilize-coerce-assault.tsv"),
    ),
];

/// Every built-in training example, both languages.
pub fn builtin_examples() -> Result<Vec<Example>, ExampleError> {
    let mut all = Vec::new();
    for (name, tsv) in TRAINING_FILES {
        all.extend(parse_examples(tsv, name)?);
    }
    Ok(all)
}

/// A fingerprint of the built-in training files: a cached head trained on
/// other examples is stale.
pub fn examples_fingerprint() -> String {
    let parts: Vec<&str> = TRAINING_FILES.iter().flat_map(|(n, t)| [*n, *t]).collect();
    dyad_model::stable_hash(&parts)
}

/// Reads a training TSV: header `id category mode en it`, where `en` and `it`
/// are the same sentence with the source marked `<s>…</s>` and the target
/// `<t>…</t>`. Each row gives one example per language.
pub fn parse_examples(tsv: &str, file: &str) -> Result<Vec<Example>, ExampleError> {
    let err = |line: usize, message: String| ExampleError {
        file: file.to_string(),
        line,
        message,
    };
    let mut out = Vec::new();
    let mut columns: Option<Vec<&str>> = None;
    for (i, line) in tsv.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let Some(cols) = &columns else {
            columns = Some(cells);
            continue;
        };
        if cells.len() != cols.len() {
            return Err(err(n, format!("{} cells, the header has {}", cells.len(), cols.len())));
        }
        let get = |name: &str| cols.iter().position(|c| *c == name).map(|k| cells[k]);
        let (Some(id), Some(label)) = (get("id"), get("category")) else {
            return Err(err(n, "the header needs columns id and category".into()));
        };
        if label != NO_EVENT && label.parse::<Category>().is_err() {
            return Err(err(n, format!("unknown category '{label}'")));
        }
        for lang in ["en", "it"] {
            let Some(marked) = get(lang) else { continue };
            let (text, source, target) = unmark(marked).map_err(|m| err(n, format!("{lang}: {m}")))?;
            out.push(Example {
                id: format!("{id}/{lang}"),
                lang: lang.to_string(),
                label: label.to_string(),
                text,
                source,
                target,
            });
        }
    }
    Ok(out)
}

/// A byte span `(start, end)` in a text.
pub type Span = (usize, usize);

/// Removes `<s>…</s>` and `<t>…</t>` marks, returning the plain text and the
/// two spans.
pub fn unmark(marked: &str) -> Result<(String, Span, Span), String> {
    let mut text = String::with_capacity(marked.len());
    let (mut s, mut t) = ((None, None), (None, None));
    let mut rest = marked;
    while let Some(k) = rest.find('<') {
        text.push_str(&rest[..k]);
        let tail = &rest[k..];
        let tag = ["<s>", "</s>", "<t>", "</t>"].into_iter().find(|m| tail.starts_with(m));
        match tag {
            Some(m) => {
                let slot = match m {
                    "<s>" => &mut s.0,
                    "</s>" => &mut s.1,
                    "<t>" => &mut t.0,
                    _ => &mut t.1,
                };
                if slot.replace(text.len()).is_some() {
                    return Err(format!("{m} appears twice"));
                }
                rest = &tail[m.len()..];
            }
            None => {
                text.push('<');
                rest = &tail[1..];
            }
        }
    }
    text.push_str(rest);
    let span = |p: (Option<usize>, Option<usize>), name: &str| match p {
        (Some(a), Some(b)) if a < b => Ok((a, b)),
        _ => Err(format!("no well-formed <{name}>…</{name}> span")),
    };
    Ok((text.clone(), span(s, "s")?, span(t, "t")?))
}

/// The two texts the head reads: the sentence, and the stretch from the first
/// participant to the end of the last (where the relation is usually said).
pub fn input_texts(sentence: &str, a: (usize, usize), b: (usize, usize)) -> [String; 2] {
    let start = a.0.min(b.0).min(sentence.len());
    let end = a.1.max(b.1).min(sentence.len()).max(start);
    let stretch = sentence.get(start..end).unwrap_or(sentence);
    [sentence.to_string(), stretch.to_string()]
}

/// The feature vector of one (sentence, participant, participant) triple.
pub fn features(embedder: &dyn Embedder, sentence: &str, a: (usize, usize), b: (usize, usize)) -> Vec<f32> {
    let [whole, stretch] = input_texts(sentence, a, b);
    let mut v = embedder.embed(&whole);
    v.extend(embedder.embed(&stretch));
    v
}

/// How the head is trained.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// L2 penalty on the weights.
    pub l2: f32,
    pub epochs: usize,
    pub learning_rate: f32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            l2: 1e-3,
            epochs: 400,
            learning_rate: 2.0,
        }
    }
}

/// Softmax regression over feature vectors: one weight row per label.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CategoryHead {
    /// Label names: PLOVER categories and [`NO_EVENT`].
    pub labels: Vec<String>,
    pub dim: usize,
    /// `labels.len() × dim`, row-major.
    pub weights: Vec<f32>,
    pub bias: Vec<f32>,
    /// [`examples_fingerprint`] of the examples it was trained on.
    pub trained_on: String,
    /// [`Embedder::id`] of the encoder whose vectors it reads.
    pub encoder: String,
}

impl CategoryHead {
    /// Trains by full-batch gradient descent on the mean cross-entropy plus an
    /// L2 penalty (the loss is convex; with unit-length inputs a fixed step
    /// converges). `y[i]` indexes `labels`.
    pub fn train(x: &[Vec<f32>], y: &[usize], labels: Vec<String>, opts: &TrainOptions) -> CategoryHead {
        let k = labels.len();
        let dim = x.first().map_or(0, Vec::len);
        let mut w = vec![0f32; k * dim];
        let mut b = vec![0f32; k];
        let n = x.len().max(1) as f32;
        let mut probs = vec![0f32; k];
        for _ in 0..opts.epochs {
            let mut gw = vec![0f32; k * dim];
            let mut gb = vec![0f32; k];
            for (xi, &yi) in x.iter().zip(y) {
                softmax_into(&w, &b, xi, &mut probs);
                for c in 0..k {
                    let g = probs[c] - if c == yi { 1.0 } else { 0.0 };
                    gb[c] += g;
                    let row = &mut gw[c * dim..(c + 1) * dim];
                    for (r, v) in row.iter_mut().zip(xi) {
                        *r += g * v;
                    }
                }
            }
            for (wi, gi) in w.iter_mut().zip(&gw) {
                *wi -= opts.learning_rate * (gi / n + opts.l2 * *wi);
            }
            for (bi, gi) in b.iter_mut().zip(&gb) {
                *bi -= opts.learning_rate * gi / n;
            }
        }
        CategoryHead {
            labels,
            dim,
            weights: w,
            bias: b,
            trained_on: String::new(),
            encoder: String::new(),
        }
    }

    /// The probability of each label for one feature vector (zeros if the
    /// vector has the wrong length).
    pub fn probabilities(&self, x: &[f32]) -> Vec<f32> {
        let mut p = vec![0f32; self.labels.len()];
        if x.len() == self.dim {
            softmax_into(&self.weights, &self.bias, x, &mut p);
        }
        p
    }

    /// The probability of a label by name (0 when the head has no such label).
    pub fn probability_of(&self, probs: &[f32], label: &str) -> f32 {
        self.labels.iter().position(|l| l == label).map_or(0.0, |i| probs[i])
    }
}

fn softmax_into(w: &[f32], b: &[f32], x: &[f32], out: &mut [f32]) {
    let dim = x.len();
    for (c, o) in out.iter_mut().enumerate() {
        *o = b[c] + w[c * dim..(c + 1) * dim].iter().zip(x).map(|(a, v)| a * v).sum::<f32>();
    }
    let max = out.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for o in out.iter_mut() {
        *o = (*o - max).exp();
        sum += *o;
    }
    for o in out.iter_mut() {
        *o /= sum;
    }
}

/// Trains a head on examples with an embedder; labels are sorted names.
pub fn train_head(embedder: &dyn Embedder, examples: &[Example], opts: &TrainOptions) -> CategoryHead {
    let mut labels: Vec<String> = examples.iter().map(|e| e.label.clone()).collect();
    labels.sort();
    labels.dedup();
    let x: Vec<Vec<f32>> = examples
        .iter()
        .map(|e| features(embedder, &e.text, e.source, e.target))
        .collect();
    let y: Vec<usize> = examples
        .iter()
        .map(|e| labels.iter().position(|l| *l == e.label).unwrap_or(0))
        .collect();
    let mut head = CategoryHead::train(&x, &y, labels, opts);
    head.encoder = embedder.id();
    head
}

/// When the head may overrule the rules.
#[derive(Debug, Clone)]
pub struct Policy {
    /// The head's category must be at least this likely…
    pub min_probability: f32,
    /// …and the rule's category at most this likely.
    pub max_rule_probability: f32,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            min_probability: 0.6,
            max_rule_probability: 0.15,
        }
    }
}

/// An encoder with a trained head, ready to review events.
pub struct LearnedLayer {
    embedder: Box<dyn Embedder>,
    head: CategoryHead,
    pub policy: Policy,
}

/// What the head concluded about one event.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    /// The head's most likely category (None when that is [`NO_EVENT`]).
    pub best: Option<Category>,
    pub best_probability: f32,
    pub rule_probability: f32,
    /// True when the policy lets the head's category replace the rule's.
    pub overrule: bool,
}

impl LearnedLayer {
    pub fn new(embedder: Box<dyn Embedder>, head: CategoryHead) -> LearnedLayer {
        LearnedLayer {
            embedder,
            head,
            policy: Policy::default(),
        }
    }

    pub fn head(&self) -> &CategoryHead {
        &self.head
    }

    /// Names the encoder, for reports.
    pub fn encoder_id(&self) -> String {
        self.embedder.id()
    }

    /// Reviews a rule category for a sentence and two participant spans
    /// (byte offsets into `sentence`).
    pub fn review(&self, sentence: &str, a: (usize, usize), b: (usize, usize), rule: Category) -> Review {
        self.review_with(&self.embedder.embed(sentence), sentence, a, b, rule)
    }

    /// [`LearnedLayer::review`] with the sentence's vector already computed:
    /// the events of one sentence share it, and the encoder is the layer's cost.
    fn review_with(
        &self,
        sentence_vector: &[f32],
        sentence: &str,
        a: (usize, usize),
        b: (usize, usize),
        rule: Category,
    ) -> Review {
        let [_, stretch] = input_texts(sentence, a, b);
        let mut x = sentence_vector.to_vec();
        x.extend(self.embedder.embed(&stretch));
        let probs = self.head.probabilities(&x);
        let (best_index, best_probability) =
            probs
                .iter()
                .copied()
                .enumerate()
                .fold((0, f32::MIN), |m, (i, p)| if p > m.1 { (i, p) } else { m });
        let best = self
            .head
            .labels
            .get(best_index)
            .and_then(|l| l.parse::<Category>().ok());
        let rule_probability = self.head.probability_of(&probs, rule.as_str());
        let overrule = best.is_some_and(|c| c != rule)
            && best_probability >= self.policy.min_probability
            && rule_probability <= self.policy.max_rule_probability;
        Review {
            best,
            best_probability,
            rule_probability,
            overrule,
        }
    }

    /// Reviews the events of one sentence in place: an event with both
    /// participants gets the head's category when the policy allows, and the
    /// reason says so either way.
    pub(crate) fn review_events(&self, events: &mut [Event], text: &str, apply: &mut dyn FnMut(&mut Event, Category)) {
        let mut sentence_vector: Option<((usize, usize), Vec<f32>)> = None;
        for e in events.iter_mut() {
            let (Some(a), Some(b)) = (e.actor.first(), e.recipient.first()) else {
                continue;
            };
            // A refusal or a negated act was recoded by modality; the head reads the act's words.
            if e.modality == dyad_model::Modality::Negated {
                continue;
            }
            let Some(sentence) = text.get(e.start..e.end) else {
                continue;
            };
            let rel = |s: usize, t: usize| {
                (
                    s.saturating_sub(e.start).min(sentence.len()),
                    t.saturating_sub(e.start).min(sentence.len()),
                )
            };
            if sentence_vector
                .as_ref()
                .is_none_or(|(span, _)| *span != (e.start, e.end))
            {
                sentence_vector = Some(((e.start, e.end), self.embedder.embed(sentence)));
            }
            let vector = sentence_vector.as_ref().map(|(_, v)| v.as_slice()).unwrap_or_default();
            let r = self.review_with(vector, sentence, rel(a.start, a.end), rel(b.start, b.end), e.event);
            let best = r.best.map_or(NO_EVENT, Category::as_str);
            if r.overrule {
                let old = e.event;
                if let Some(c) = r.best {
                    apply(e, c);
                }
                e.reason.push_str(&format!(
                    " + learned layer: {best} (p={:.2}) over the rule's {old} (p={:.2})",
                    r.best_probability, r.rule_probability
                ));
            } else {
                e.reason.push_str(&format!(
                    " + learned layer: {best} p={:.2}, rule's {} p={:.2}, kept",
                    r.best_probability, e.event, r.rule_probability
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unmark_finds_both_spans_in_either_order() {
        let (text, s, t) = unmark("Ieri <t>la Francia</t> è stata criticata da <s>Mosca</s>.").unwrap();
        assert_eq!(&text[s.0..s.1], "Mosca");
        assert_eq!(&text[t.0..t.1], "la Francia");
        assert!(!text.contains('<'));
        assert!(unmark("<s>Rome</s> met Paris").is_err());
        assert!(unmark("<s>A</s> <s>B</s> <t>C</t>").is_err());
        // A lone '<' is text.
        assert_eq!(unmark("<s>A</s> < <t>B</t>").unwrap().0, "A < B");
    }

    #[test]
    fn parse_reports_file_and_line() {
        let tsv = "id\tcategory\tmode\ten\tit\nX-1\tASSAULT\t-\t<s>A</s> hit <t>B</t>\t<s>A</s> ha colpito <t>B</t>\nX-2\tBOGUS\t-\ta\tb\n";
        let e = parse_examples(tsv, "x.tsv").unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("x.tsv", 3));
        let ok = parse_examples(&tsv.lines().take(2).collect::<Vec<_>>().join("\n"), "x.tsv").unwrap();
        assert_eq!(ok.len(), 2);
        assert_eq!(ok[1].id, "X-1/it");
    }

    #[test]
    fn builtin_examples_parse_and_cover_every_category() {
        let all = builtin_examples().unwrap();
        for c in Category::ALL {
            let n = all.iter().filter(|e| e.label == c.as_str()).count();
            assert!(n >= 40, "{c}: only {n} examples");
        }
        assert!(all.iter().any(|e| e.label == NO_EVENT));
    }

    /// A bag-of-words embedder: enough to test training and review without a model.
    struct Words;
    impl Embedder for Words {
        fn dim(&self) -> usize {
            64
        }
        fn embed(&self, text: &str) -> Vec<f32> {
            let mut v = vec![0f32; 64];
            for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
                let h = dyad_model::stable_hash(&[&w.to_lowercase()]);
                let k = usize::from_str_radix(&h[..4], 16).unwrap_or(0) % 64;
                v[k] += 1.0;
            }
            let n = v.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-6);
            v.iter().map(|x| x / n).collect()
        }
        fn id(&self) -> String {
            "words".into()
        }
    }

    fn toy_layer() -> LearnedLayer {
        let rows = "id\tcategory\tmode\ten\tit\n\
            A1\tASSAULT\t-\t<s>Rebels</s> shelled <t>the town</t>\t<s>I ribelli</s> hanno bombardato <t>la città</t>\n\
            A2\tASSAULT\t-\t<s>Troops</s> shelled <t>the village</t>\t<s>Le truppe</s> hanno bombardato <t>il villaggio</t>\n\
            B1\tCONSULT\t-\t<s>The minister</s> met <t>the envoy</t>\t<s>Il ministro</s> ha incontrato <t>l'inviato</t>\n\
            B2\tCONSULT\t-\t<s>The president</s> met <t>the king</t>\t<s>Il presidente</s> ha incontrato <t>il re</t>\n";
        let examples = parse_examples(rows, "toy.tsv").unwrap();
        let head = train_head(&Words, &examples, &TrainOptions::default());
        LearnedLayer::new(Box::new(Words), head)
    }

    #[test]
    fn review_overrules_only_a_confident_disagreement() {
        let layer = toy_layer();
        let s = "Rebels shelled the city";
        let (a, b) = ((0, 6), (15, 23));
        let r = layer.review(s, a, b, Category::Agree);
        assert_eq!(r.best, Some(Category::Assault));
        assert!(r.overrule, "{r:?}");
        let kept = layer.review(s, a, b, Category::Assault);
        assert!(!kept.overrule);
        // An unseen relation leaves the head unsure: the rule stands.
        let mut unsure = toy_layer();
        unsure.policy.min_probability = 0.99;
        assert!(!unsure.review(s, a, b, Category::Agree).overrule);
    }

    #[test]
    fn the_coder_writes_the_review_into_the_reason() {
        use dyad_model::{ActorKind, ActorMention, Article};
        let lex = dyad_lexicon::Lexicons::embedded();
        let coder = crate::Coder::new(&lex).unwrap().with_learned(toy_layer());
        let text = "Lorania shelled Brevia on Monday.";
        let article = Article {
            source: "t".into(),
            text: text.into(),
            date: Some("2024-06-20".into()),
            ..Default::default()
        };
        let analysis = dyad_text::analyze(article, Some("en")).unwrap();
        let m = |t: &str| ActorMention {
            text: t.into(),
            start: text.find(t).unwrap(),
            end: text.find(t).unwrap() + t.len(),
            kind: ActorKind::Country,
            country: Some(t[..3].to_uppercase()),
            sector: None,
            id: None,
            name: None,
        };
        let events = coder
            .code(&analysis, &[m("Lorania"), m("Brevia")], "d", &crate::NoPlaces)
            .events;
        let e = events
            .iter()
            .find(|e| e.recipient.first().is_some_and(|r| r.text == "Brevia"))
            .expect("an event Lorania → Brevia");
        assert!(e.reason.contains("learned layer"), "{}", e.reason);
    }

    #[test]
    fn input_texts_clamp_spans() {
        let [w, s] = input_texts("Rome met Paris today", (0, 4), (9, 14));
        assert_eq!((w.as_str(), s.as_str()), ("Rome met Paris today", "Rome met Paris"));
        let [_, s] = input_texts("short", (3, 99), (0, 1));
        assert_eq!(s, "short");
    }
}
