//! `dyad eval`: accuracy against gold files. `plover` lives here; the other
//! evaluations sit in their own modules.

use super::Global;
use crate::pipeline::RunOptions;
use anyhow::Context;
use dyad_events::learned::Span;
use dyad_model::{Body, Category, Document, Event};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Measure dyad against gold data.
#[derive(clap::Subcommand)]
pub enum EvalCommand {
    /// PLOVER relation set: a row is correct when an event links the gold source and
    /// target (either direction) with the gold category.
    #[command(after_help = "Example:\n  dyad eval plover ../shared/data/plover-en-dev/PLV_train.tsv --lang en")]
    Plover(PloverArgs),
    /// Named entities: entity-level exact-match P/R/F1 per type (PER, ORG, LOC) on a CoNLL/BIO file.
    #[command(after_help = "Example:\n  dyad eval ner --conll ../shared/data/kind-dev/WN_dev.tsv")]
    Ner(super::eval_ner::Args),
    /// Italian–English agreement: pairs each Italian row with its English original and
    /// reports how often both languages give the same category and dyad.
    #[command(
        after_help = "Example:\n  dyad eval crosslingual --en ../shared/data/plover-en-dev/PLV_train.tsv --it ../shared/data/plover-it-dev/PLV_train_it.tsv\n\nPairing: the Italian `uid` is the negated English `sentence_id` (uid -153 ↔ sentence_id 153)."
    )]
    Crosslingual(CrosslingualArgs),
    /// Main-content extraction: bag-of-shingles P/R/F1 and pages/s against a gold file.
    #[command(
        after_help = "Example:\n  dyad eval extraction --gold ../shared/data/article-extraction-dev/ground-truth.json --html-dir ../shared/data/article-extraction-dev/html"
    )]
    Extraction(super::eval_extraction::Args),
}

#[derive(clap::Args)]
pub struct PloverArgs {
    /// TSV files with columns sentence, source, target, gold_root (and marked_sentence with <s>/<t> marks),
    /// or the team's example files (training/plover/*.tsv: category, en, it), read in --lang.
    #[arg(required = true, num_args = 1..)]
    pub file: Vec<PathBuf>,
    /// Language of the sentences.
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// Print every wrong row.
    #[arg(long)]
    pub errors: bool,
}

#[derive(clap::Args)]
pub struct CrosslingualArgs {
    /// The English PLOVER file (with a `sentence_id` column).
    #[arg(long)]
    pub en: PathBuf,
    /// The Italian translations (with a `uid` column: the negated English `sentence_id`).
    #[arg(long)]
    pub it: PathBuf,
    /// Print every pair that disagrees.
    #[arg(long)]
    pub errors: bool,
}

pub fn run(cmd: &EvalCommand, global: &Global) -> anyhow::Result<ExitCode> {
    match cmd {
        EvalCommand::Plover(args) => plover(args, global),
        EvalCommand::Crosslingual(args) => crosslingual(args, global),
        EvalCommand::Ner(args) => super::eval_ner::run(args, &global.lexicons).map(|()| ExitCode::SUCCESS),
        EvalCommand::Extraction(args) => {
            super::eval_extraction::run(args, &global.lexicons).map(|()| ExitCode::SUCCESS)
        }
    }
}

/// One gold row with the character spans of its source and target.
struct GoldRow {
    sentence: String,
    gold: Category,
    /// Every marked mention of the source (and target): annotators mark the
    /// same entity more than once ("<s>Pakistan</s> refused … <s>Pakistan</s>'s
    /// foreign minister said"); an event linking any of them links the entity.
    source: Vec<(usize, usize)>,
    target: Vec<(usize, usize)>,
    source_text: String,
    target_text: String,
    /// The row's id: `sentence_id` (English) or `uid` (Italian), when the file has one.
    id: Option<String>,
    /// The gold label is the older PLOVER "YIELD", which covers both today's
    /// CONCEDE (verbal) and RETREAT (material: release, withdraw, return).
    yield_label: bool,
}

/// A row marked as having no relation between its pair (`NONE` in the team's
/// examples): any event linking the pair is a false alarm.
struct UnrelatedRow {
    sentence: String,
    source: Vec<(usize, usize)>,
    target: Vec<(usize, usize)>,
}

impl GoldRow {
    /// True when `c` is the gold category. "YIELD" parses as CONCEDE; RETREAT
    /// is accepted for it too, since YIELD spans both.
    fn accepts(&self, c: Category) -> bool {
        c == self.gold || (self.yield_label && c == Category::Retreat)
    }
}

/// Removes `<s>…</s>` and `<t>…</t>` marks, returning the plain text and the byte spans.
fn unmark(marked: &str) -> (String, Vec<Span>, Vec<Span>) {
    let mut plain = String::with_capacity(marked.len());
    let (mut s, mut t) = (Vec::new(), Vec::new());
    let (mut s_open, mut t_open) = (None, None);
    let mut rest = marked;
    while !rest.is_empty() {
        let tag = ["<s>", "</s>", "<t>", "</t>"]
            .into_iter()
            .find(|tag| rest.starts_with(tag));
        match tag {
            Some("<s>") => s_open = Some(plain.len()),
            Some("</s>") => s.extend(s_open.take().map(|o| (o, plain.len()))),
            Some("<t>") => t_open = Some(plain.len()),
            Some("</t>") => t.extend(t_open.take().map(|o| (o, plain.len()))),
            _ => {
                let c = rest.chars().next().expect("non-empty");
                plain.push(c);
                rest = &rest[c.len_utf8()..];
                continue;
            }
        }
        rest = &rest[tag.expect("matched").len()..];
    }
    (plain, s, t)
}

/// Reads a PLOVER relation file: the dev files' columns (`sentence`,
/// `gold_root`, `marked_sentence`, …), or the team's own examples
/// (`training/plover/*.tsv`: `category` and one marked column per language,
/// of which `lang` is used). `NONE` rows have no relation to score: they come
/// back apart, to count false alarms.
fn read_gold(path: &PathBuf, lang: &str) -> anyhow::Result<(Vec<GoldRow>, Vec<UnrelatedRow>)> {
    // Tab-separated with RFC 4180 quoting: a field that opens with a quote
    // mark is quoted, and "" inside it is one quote ("""un tipo"", …").
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .flexible(true)
        .comment(Some(b'#'))
        .from_path(path)
        .with_context(|| format!("reading {}", path.display()))?;
    let header: Vec<String> = reader
        .headers()
        .with_context(|| format!("reading the header of {}", path.display()))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    anyhow::ensure!(header.iter().any(|h| !h.is_empty()), "{}: empty file", path.display());
    let col = |name: &str| header.iter().position(|h| h == name);
    let examples = col("sentence").is_none() && col("category").is_some();
    let (c_sent, c_gold) = if examples {
        let c = col(lang).with_context(|| format!("no '{lang}' column in {}", path.display()))?;
        (c, col("category").context("no 'category' column")?)
    } else {
        (
            col("sentence").context("no 'sentence' column")?,
            col("gold_root").context("no 'gold_root' column")?,
        )
    };
    let (c_src, c_tgt) = (col("source"), col("target"));
    let c_marked = if examples { Some(c_sent) } else { col("marked_sentence") };
    let c_id = col("sentence_id").or_else(|| col("uid")).or_else(|| col("id"));
    let mut rows = Vec::new();
    let mut unrelated = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                eprintln!("dyad: {}:{line}: {e}, row skipped", path.display());
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        // An opening quote never closed swallows the lines after it.
        if record.iter().any(|f| f.contains('\n')) {
            eprintln!(
                "dyad: {}:{line}: a quoted field runs over several lines (an unclosed quote mark?)",
                path.display()
            );
        }
        let get = |c: Option<usize>| {
            c.and_then(|c| record.get(c))
                .map(|s| s.trim().to_string())
                .unwrap_or_default()
        };
        if examples && get(Some(c_gold)) == dyad_events::learned::NO_EVENT {
            if let Some(marked) = c_marked.map(|c| get(Some(c))).filter(|m| m.contains("<s>")) {
                let (sentence, source, target) = unmark(&marked);
                unrelated.push(UnrelatedRow {
                    sentence,
                    source,
                    target,
                });
            }
            continue;
        }
        let gold = match get(Some(c_gold)).parse::<Category>() {
            Ok(g) => g,
            Err(_) => {
                eprintln!(
                    "dyad: {}:{line}: unknown category '{}', row skipped",
                    path.display(),
                    get(Some(c_gold))
                );
                continue;
            }
        };
        let yield_label = get(Some(c_gold)).eq_ignore_ascii_case("YIELD");
        let sentence = get(Some(c_sent));
        let source_text = get(c_src);
        let target_text = get(c_tgt);
        let (sentence, source, target) = match c_marked.map(|c| get(Some(c))).filter(|m| m.contains("<s>")) {
            Some(marked) => unmark(&marked),
            None => {
                let find = |needle: &str| {
                    (!needle.is_empty())
                        .then(|| sentence.find(needle).map(|s| (s, s + needle.len())))
                        .flatten()
                };
                let (s, t) = (find(&source_text), find(&target_text));
                (sentence, s.into_iter().collect(), t.into_iter().collect())
            }
        };
        let id = c_id.map(|c| get(Some(c))).filter(|s| !s.is_empty());
        rows.push(GoldRow {
            sentence,
            gold,
            source,
            target,
            source_text,
            target_text,
            id,
            yield_label,
        });
    }
    Ok((rows, unrelated))
}

fn overlaps(spans: &[(usize, usize)], refs: &[dyad_model::ActorRef]) -> bool {
    spans
        .iter()
        .any(|&(s, e)| refs.iter().any(|r| r.start < e && r.end > s))
}

/// The prediction for a row: an event linking the pair, else one linking
/// either side, else the first event.
fn predict<'a>(row: &GoldRow, events: &'a [Event]) -> (Option<&'a Event>, bool) {
    let links = |e: &Event, both: bool| {
        let forward = overlaps(&row.source, &e.actor) && (row.target.is_empty() || overlaps(&row.target, &e.recipient));
        let backward =
            overlaps(&row.source, &e.recipient) && (row.target.is_empty() || overlaps(&row.target, &e.actor));
        let either = overlaps(&row.source, &e.actor)
            || overlaps(&row.source, &e.recipient)
            || overlaps(&row.target, &e.actor)
            || overlaps(&row.target, &e.recipient);
        if both {
            forward || backward
        } else {
            either
        }
    };
    if let Some(e) = events
        .iter()
        .find(|e| links(e, true) && row.accepts(e.event))
        .or_else(|| events.iter().find(|e| links(e, true)))
    {
        return (Some(e), true);
    }
    (events.iter().find(|e| links(e, false)).or(events.first()), false)
}

fn plover(args: &PloverArgs, global: &Global) -> anyhow::Result<ExitCode> {
    let pipeline = global.pipeline()?;
    let mut rows = Vec::new();
    let mut unrelated = Vec::new();
    for file in &args.file {
        let (related, none) = read_gold(file, &args.lang)?;
        rows.extend(related);
        unrelated.extend(none);
    }
    let opts = RunOptions {
        lang: Some(args.lang.clone()),
        date: None,
    };
    let started = Instant::now();
    let mut correct = 0usize;
    let mut category_only = 0usize;
    let mut lenient = 0usize;
    let mut confusion: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut reviews: Vec<LayerReview> = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let doc = Document {
            source: format!("row {}", i + 1),
            body: Body::Text(row.sentence.clone()),
            ..Default::default()
        };
        let (events, text) = match pipeline.process(doc, &opts) {
            Ok(r) => (r.events, r.doc.text),
            Err(_) => (Vec::new(), String::new()),
        };
        let (pred, linked) = predict(row, &events);
        if let (Some(layer), Some(e), true) = (pipeline.learned(), pred, linked) {
            reviews.extend(layer_review(layer, row, e, &text));
        }
        let predicted = pred
            .map(|e| e.event.as_str().to_string())
            .unwrap_or_else(|| "NONE".into());
        if linked && pred.is_some_and(|e| e.event == row.gold) {
            correct += 1;
        } else if args.errors {
            // What the predicted event links: its source and recipient texts.
            let got =
                |refs: &[dyad_model::ActorRef]| refs.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join(" + ");
            let coded = pred
                .map(|e| format!(" got='{}' -> '{}'", got(&e.actor), got(&e.recipient)))
                .unwrap_or_default();
            outln!(
                "WRONG gold={} pred={predicted} linked={linked} src='{}' tgt='{}'{coded} :: {}",
                row.gold,
                row.source_text,
                row.target_text,
                row.sentence
            );
        }
        // Secondary figure only: the older PLOVER "YIELD" label also covered
        // what is RETREAT today; the headline follows the task (YIELD = CONCEDE).
        if linked && pred.is_some_and(|e| row.accepts(e.event)) {
            lenient += 1;
        }
        if events.iter().any(|e| e.event == row.gold) {
            category_only += 1;
        }
        *confusion.entry((row.gold.as_str().to_string(), predicted)).or_default() += 1;
    }
    let n = rows.len().max(1) as f64;
    let secs = started.elapsed().as_secs_f64();
    outln!("coder: {}", pipeline.describe_coder());
    outln!(
        "rows: {}  ({:.0} sentences/s)",
        rows.len(),
        rows.len() as f64 / secs.max(1e-9)
    );
    outln!(
        "accuracy (category + linked pair, YIELD = CONCEDE): {:.3}",
        correct as f64 / n
    );
    outln!(
        "category found anywhere in the sentence: {:.3}",
        category_only as f64 / n
    );
    outln!(
        "(secondary: also accepting RETREAT for YIELD rows: {:.3})",
        lenient as f64 / n
    );
    if !unrelated.is_empty() {
        let (mut linked, mut any) = (0, 0);
        for (i, row) in unrelated.iter().enumerate() {
            let doc = Document {
                source: format!("unrelated row {}", i + 1),
                body: Body::Text(row.sentence.clone()),
                ..Default::default()
            };
            let events = pipeline.process(doc, &opts).map(|r| r.events).unwrap_or_default();
            let links = |e: &Event| {
                (overlaps(&row.source, &e.actor) && overlaps(&row.target, &e.recipient))
                    || (overlaps(&row.source, &e.recipient) && overlaps(&row.target, &e.actor))
            };
            linked += usize::from(events.iter().any(links));
            any += usize::from(!events.is_empty());
        }
        outln!(
            "no-relation rows (NONE): {}; an event links the marked pair (false alarm): {linked} ({:.3}); any event in the sentence: {any}",
            unrelated.len(),
            linked as f64 / unrelated.len() as f64
        );
    }
    if pipeline.learned().is_some() {
        print_layer_reviews(&reviews)?;
    }
    outln!("\n{:<10} {:>6} {:>6} {:>6} {:>6}", "category", "P", "R", "F1", "gold");
    let mut labels: Vec<String> = Category::ALL.iter().map(|c| c.as_str().to_string()).collect();
    labels.push("NONE".into());
    for c in Category::ALL {
        let c = c.as_str();
        let tp = *confusion.get(&(c.to_string(), c.to_string())).unwrap_or(&0) as f64;
        let predicted: usize = confusion.iter().filter(|((_, p), _)| p == c).map(|(_, n)| n).sum();
        let gold: usize = confusion.iter().filter(|((g, _), _)| g == c).map(|(_, n)| n).sum();
        let p = if predicted > 0 { tp / predicted as f64 } else { 0.0 };
        let r = if gold > 0 { tp / gold as f64 } else { 0.0 };
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        outln!("{c:<10} {p:>6.3} {r:>6.3} {f:>6.3} {gold:>6}");
    }
    outln!("\nconfusion (rows gold, columns predicted):");
    out!("{:<10}", "");
    for l in &labels {
        out!(" {:>4}", &l[..4.min(l.len())]);
    }
    outln!();
    for g in Category::ALL {
        out!("{:<10}", g.as_str());
        for l in &labels {
            out!(
                " {:>4}",
                confusion.get(&(g.as_str().to_string(), l.clone())).unwrap_or(&0)
            );
        }
        outln!();
    }
    Ok(ExitCode::SUCCESS)
}

/// The learned layer's view of one linked event: the rule's category (before
/// any override), the head's best guess, and whether each is right.
struct LayerReview {
    rule_right: bool,
    head_right: bool,
    best_probability: f32,
    rule_probability: f32,
    differs: bool,
}

fn layer_review(
    layer: &dyad_events::learned::LearnedLayer,
    row: &GoldRow,
    e: &Event,
    text: &str,
) -> Option<LayerReview> {
    let (a, b) = (e.actor.first()?, e.recipient.first()?);
    let sentence = text.get(e.start..e.end)?;
    // An override names the rule's category in the reason; otherwise the event keeps it.
    let rule = e
        .reason
        .split("over the rule's ")
        .nth(1)
        .and_then(|t| t.split_whitespace().next())
        .and_then(|c| c.parse::<Category>().ok())
        .unwrap_or(e.event);
    let rel = |r: &dyad_model::ActorRef| (r.start.saturating_sub(e.start), r.end.saturating_sub(e.start));
    let review = layer.review(sentence, rel(a), rel(b), rule);
    Some(LayerReview {
        rule_right: rule == row.gold,
        head_right: review.best == Some(row.gold),
        best_probability: review.best_probability,
        rule_probability: review.rule_probability,
        differs: review.best.is_some_and(|c| c != rule),
    })
}

/// How often the head is right where the rules linked the pair, and what
/// overriding would have done at a few policy settings (the layer's default
/// is one of them).
fn print_layer_reviews(reviews: &[LayerReview]) -> std::io::Result<()> {
    let n = reviews.len();
    outln!(
        "learned layer on {n} linked two-party events: rule's category right {}, head's best right {}",
        reviews.iter().filter(|r| r.rule_right).count(),
        reviews.iter().filter(|r| r.head_right).count()
    );
    outln!("  overriding when head p >= min and rule p <= max: rows changed, net rows gained");
    for (min, max) in [(0.3, 0.1), (0.4, 0.2), (0.5, 0.2), (0.6, 0.15), (0.7, 0.3)] {
        let changed: Vec<&LayerReview> = reviews
            .iter()
            .filter(|r| r.differs && r.best_probability >= min && r.rule_probability <= max)
            .collect();
        let net: i64 = changed
            .iter()
            .map(|r| i64::from(r.head_right) - i64::from(r.rule_right))
            .sum();
        outln!("  min {min:.2} max {max:.2}: {:>4} changed, net {net:+}", changed.len());
    }
    Ok(())
}

/// What one language made of a row: the category and the direction of the
/// event that links the gold pair (`true` when the gold source is its source).
fn coded_dyad(row: &GoldRow, events: &[Event]) -> Option<(Category, bool)> {
    let (pred, linked) = predict(row, events);
    let e = pred.filter(|_| linked)?;
    Some((e.event, overlaps(&row.source, &e.actor)))
}

/// The English `sentence_id` an Italian `uid` translates: the uid is its negation.
fn english_id(uid: &str) -> String {
    uid.trim().trim_start_matches('-').to_string()
}

fn crosslingual(args: &CrosslingualArgs, global: &Global) -> anyhow::Result<ExitCode> {
    let pipeline = global.pipeline()?;
    let (en_rows, _) = read_gold(&args.en, "en")?;
    let (it_rows, _) = read_gold(&args.it, "it")?;
    let by_id: std::collections::HashMap<&str, &GoldRow> = en_rows
        .iter()
        .filter_map(|r| r.id.as_deref().map(|id| (id, r)))
        .collect();
    let run = |row: &GoldRow, lang: &str, name: &str| -> Vec<Event> {
        let opts = RunOptions {
            lang: Some(lang.to_string()),
            date: None,
        };
        let doc = Document {
            source: name.to_string(),
            body: Body::Text(row.sentence.clone()),
            ..Default::default()
        };
        pipeline.process(doc, &opts).map(|r| r.events).unwrap_or_default()
    };
    let started = Instant::now();
    let (mut pairs, mut unpaired, mut same, mut both_none, mut same_category, mut both_right) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    for it_row in &it_rows {
        let Some(en_row) = it_row
            .id
            .as_deref()
            .map(english_id)
            .and_then(|id| by_id.get(id.as_str()).copied())
        else {
            unpaired += 1;
            continue;
        };
        pairs += 1;
        let (en_events, it_events) = (run(en_row, "en", "en"), run(it_row, "it", "it"));
        let (en, it) = (coded_dyad(en_row, &en_events), coded_dyad(it_row, &it_events));
        if predict(en_row, &en_events).0.map(|e| e.event) == predict(it_row, &it_events).0.map(|e| e.event) {
            same_category += 1;
        }
        match (en, it) {
            (Some(a), Some(b)) if a == b => {
                same += 1;
                if en_row.gold == a.0 {
                    both_right += 1;
                }
            }
            (None, None) => both_none += 1,
            _ => {
                if args.errors {
                    let show = |d: Option<(Category, bool)>| {
                        d.map(|(c, f)| format!("{c} {}", if f { "src→tgt" } else { "tgt→src" }))
                            .unwrap_or_else(|| "none".into())
                    };
                    outln!(
                        "DIFFER gold={} en={} it={} :: {} || {}",
                        en_row.gold,
                        show(en),
                        show(it),
                        en_row.sentence,
                        it_row.sentence
                    );
                }
            }
        }
    }
    let n = pairs.max(1) as f64;
    outln!("coder: {}", pipeline.describe_coder());
    outln!(
        "pairs: {pairs} (unpaired Italian rows: {unpaired}; {:.1} s)",
        started.elapsed().as_secs_f64()
    );
    outln!(
        "same category and dyad (both code the gold pair, same category, same direction): {:.3}",
        same as f64 / n
    );
    outln!(
        "  counting pairs where neither language codes the pair as agreeing too: {:.3}",
        (same + both_none) as f64 / n
    );
    outln!("  of the agreeing pairs, right in both languages: {both_right}");
    outln!(
        "same predicted category (any dyad, NONE = NONE): {:.3}",
        same_category as f64 / n
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::{english_id, unmark};

    #[test]
    fn italian_uid_is_the_negated_english_id() {
        assert_eq!(english_id("-153"), "153");
        assert_eq!(english_id("153"), "153");
    }

    #[test]
    fn unmark_returns_plain_text_and_spans() {
        let (plain, s, t) = unmark("<s>Rome</s> thanked <t>Paris</t>.");
        assert_eq!(plain, "Rome thanked Paris.");
        assert_eq!(&plain[s[0].0..s[0].1], "Rome");
        assert_eq!(&plain[t[0].0..t[0].1], "Paris");
        let (_, s, _) = unmark("<s>Rome</s> thanked <t>Paris</t>, <s>Rome</s>'s mayor said.");
        assert_eq!(s.len(), 2);
    }
}
