//! The whole pipeline for one document: Document → Article → Analysis →
//! actors → events → Record. Built once from the lexicons, shared across
//! threads (every stage is read-only after construction).

use crate::learned::LearnedChoice;
use anyhow::Context;
use dyad_actors::ActorRecognizer;
use dyad_events::{Coder, PlaceInfo, PlaceLookup};
use dyad_lexicon::Lexicons;
use dyad_model::{DocInfo, Document, Record};
use dyad_text::SentenceSplitter;
use std::collections::HashMap;

/// Per-run choices that override what the documents declare.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Force the language (ISO 639-1) instead of detecting it.
    pub lang: Option<String>,
    /// Publication date `YYYY-MM-DD` for documents that give none.
    pub date: Option<String>,
}

/// The stages, ready to run.
pub struct Pipeline {
    actors: ActorRecognizer,
    coder: Coder,
    /// One splitter per language folder, and one for any other language.
    splitters: HashMap<String, SentenceSplitter>,
    fallback_splitter: SentenceSplitter,
}

/// Place lookups for the coder, answered by the actor gazetteer.
struct Gazetteer<'a>(&'a ActorRecognizer);

impl PlaceLookup for Gazetteer<'_> {
    fn place(&self, name: &str) -> Option<PlaceInfo> {
        self.0.place(name).map(|p| PlaceInfo {
            country: p.country,
            lat: p.lat,
            lon: p.lon,
        })
    }
}

impl Pipeline {
    pub fn new(lex: &Lexicons, choice: &LearnedChoice) -> anyhow::Result<Self> {
        let splitters = lex
            .languages()
            .into_iter()
            .map(|l| (l.clone(), SentenceSplitter::new(lex, &l)))
            .collect();
        let mut coder = Coder::new(lex).context("event coder rules")?;
        if let Some(layer) = crate::learned::load(choice)? {
            coder = coder.with_learned(layer);
        }
        Ok(Pipeline {
            actors: ActorRecognizer::new(lex).context("actor gazetteers")?,
            coder,
            splitters,
            fallback_splitter: SentenceSplitter::new(lex, "xx"),
        })
    }

    /// The coder's learned layer, when one is loaded.
    pub fn learned(&self) -> Option<&dyad_events::learned::LearnedLayer> {
        self.coder.learned()
    }

    /// Which coder runs: rules only, or rules with the learned layer.
    pub fn describe_coder(&self) -> String {
        crate::learned::describe(self.coder.learned())
    }

    /// Runs every stage on one document. Errors name what went wrong; the
    /// caller adds the document's source.
    pub fn process(&self, doc: Document, opts: &RunOptions) -> anyhow::Result<Record> {
        self.process_traced(doc, opts, &mut |_| {})
    }

    /// Like [`Pipeline::process`], also returning how many sentences were coded
    /// (for throughput measurements).
    pub fn process_counted(&self, doc: Document, opts: &RunOptions) -> anyhow::Result<(Record, usize)> {
        let mut sentences = 0;
        let record = self.run(doc, opts, &mut |_| {}, &mut sentences)?;
        Ok((record, sentences))
    }

    /// Like [`Pipeline::process`], reporting each coding step to `trace`.
    pub fn process_traced(
        &self,
        doc: Document,
        opts: &RunOptions,
        trace: &mut dyn FnMut(String),
    ) -> anyhow::Result<Record> {
        self.run(doc, opts, trace, &mut 0)
    }

    fn run(
        &self,
        doc: Document,
        opts: &RunOptions,
        trace: &mut dyn FnMut(String),
        sentences: &mut usize,
    ) -> anyhow::Result<Record> {
        // The caller names the source; keep the place inside it.
        let mut article = dyad_ingest::to_article(doc).map_err(|e| match &e.location {
            Some(at) => anyhow::anyhow!("{at}: {}", e.message),
            None => anyhow::anyhow!(e.message.clone()),
        })?;
        if article.date.is_none() {
            article.date = opts.date.clone();
        }
        let analysis = dyad_text::analyze_with(article, opts.lang.as_deref(), |lang| {
            self.splitters.get(lang).unwrap_or(&self.fallback_splitter)
        })?;
        if !self.coder.supports(&analysis.lang) {
            anyhow::bail!(
                "language '{}' is not supported (supported: {}); use --lang to force one",
                analysis.lang,
                self.coder.languages().join(", ")
            );
        }
        *sentences = analysis.sentences.len();
        let actors = self.actors.recognize(&analysis);
        trace(format!(
            "language {}, {} sentence(s), {} actor mention(s)",
            analysis.lang,
            analysis.sentences.len(),
            actors.len()
        ));
        let article = &analysis.article;
        let id = article
            .id
            .clone()
            .unwrap_or_else(|| dyad_model::stable_hash(&[&dyad_model::normalize_for_hash(&article.text)]));
        let coded = self
            .coder
            .code_traced(&analysis, &actors, &id, &Gazetteer(&self.actors), trace);
        Ok(Record {
            doc: DocInfo {
                id,
                source: article.source.clone(),
                url: article.url.clone(),
                title: article.title.clone(),
                lang: analysis.lang.clone(),
                date: article.date.clone(),
                text: article.text.clone(),
            },
            actors,
            events: coded.events,
            quotes: coded.quotes,
        })
    }
}
