//! Readers: paths, directories, stdin and gzip in; [`Document`]s out, one at a
//! time.
//!
//! Each input is opened lazily, so a directory of a million files or a
//! multi-GB JSONL stream costs one document of memory at a time. A bad file or
//! line yields an `Err` and reading goes on with the next one.
//!
//! - [`source`]: opening, gzip, sniffing the format, bounded reads;
//! - [`jsonl`]: one JSON object per line;
//! - [`warc`]: WARC 1.0/1.1 `response`/`resource` records;
//! - [`feed`]: RSS 2.0 and Atom items.
//!
//! Limits: a single text/HTML document, or a single JSONL line, larger than
//! [`MAX_DOC_BYTES`] is refused with an error rather than read into memory.

pub mod feed;
pub mod jsonl;
pub mod source;
pub mod warc;

use crate::IngestError;
use dyad_model::Document;
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};

/// Largest document (or JSONL line) read into memory: 64 MiB.
pub const MAX_DOC_BYTES: usize = 64 << 20;

/// How to read an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// By extension (`.html`/`.htm`, `.jsonl`/`.ndjson`, `.txt`/`.md`,
    /// `.warc`, `.rss`/`.atom`/`.xml`, after stripping `.gz`), else by
    /// sniffing the content.
    #[default]
    Auto,
    Text,
    Html,
    Jsonl,
    /// WARC 1.0/1.1, plain or with per-record gzip (`.warc`, `.warc.gz`).
    Warc,
    /// RSS 2.0 or Atom feed: one document per item, from its content or description.
    Rss,
}

impl std::str::FromStr for InputFormat {
    type Err = String;
    /// ```
    /// assert_eq!("jsonl".parse::<dyad_ingest::InputFormat>(), Ok(dyad_ingest::InputFormat::Jsonl));
    /// ```
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(InputFormat::Auto),
            "text" | "txt" => Ok(InputFormat::Text),
            "html" | "htm" => Ok(InputFormat::Html),
            "jsonl" | "ndjson" => Ok(InputFormat::Jsonl),
            "warc" => Ok(InputFormat::Warc),
            "rss" | "atom" | "feed" => Ok(InputFormat::Rss),
            other => Err(format!(
                "unknown input format '{other}' (auto, text, html, jsonl, warc, rss)"
            )),
        }
    }
}

/// Options for [`read_inputs`].
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    pub format: InputFormat,
    /// Glob patterns; when non-empty, files found in directories must match one
    /// (matched against the path relative to the directory given, and the file name).
    pub include: Vec<String>,
    /// Glob patterns; files found in directories matching one are skipped.
    pub exclude: Vec<String>,
}

/// Documents from files, directories (recursive, sorted for determinism),
/// `-` (stdin), `.gz` transparently.
///
/// Files named explicitly are always read; include/exclude globs filter the
/// files found inside directories, where hidden files (`.name`) are skipped.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("dyad-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// std::fs::write(dir.join("a.jsonl"), "{\"id\":\"1\",\"text\":\"Ciao.\"}\nnot json\n{\"text\":\"Hi.\"}\n").unwrap();
/// let docs: Vec<_> = dyad_ingest::read_inputs(&[dir.join("a.jsonl")], &Default::default()).collect();
/// assert_eq!(docs.len(), 3);
/// assert!(docs[0].is_ok() && docs[2].is_ok());
/// assert!(docs[1].as_ref().unwrap_err().to_string().contains("a.jsonl:line 2:"));
/// std::fs::remove_dir_all(&dir).unwrap();
/// ```
pub fn read_inputs(paths: &[PathBuf], opts: &ReadOptions) -> impl Iterator<Item = Result<Document, IngestError>> {
    let mut pending = VecDeque::new();
    let globs = match (build_globs(&opts.include), build_globs(&opts.exclude)) {
        (Ok(i), Ok(e)) => Some((i, e)),
        (Err(e), _) | (_, Err(e)) => {
            pending.push_back(Pending::Error(e));
            None
        }
    };
    if globs.is_some() {
        pending.extend(paths.iter().map(|p| Pending::Path(p.clone())));
    }
    Inputs {
        pending,
        current: None,
        format: opts.format,
        globs,
    }
}

fn build_globs(patterns: &[String]) -> Result<Option<GlobSet>, IngestError> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut b = GlobSetBuilder::new();
    for p in patterns {
        b.add(Glob::new(p).map_err(|e| IngestError::new(p.clone(), format!("bad glob pattern: {e}")))?);
    }
    b.build()
        .map(Some)
        .map_err(|e| IngestError::new("globs", e.to_string()))
}

enum Pending {
    Path(PathBuf),
    /// A file found inside a directory (globs already applied).
    File(PathBuf),
    Error(IngestError),
}

type DocIter = Box<dyn Iterator<Item = Result<Document, IngestError>>>;

struct Inputs {
    pending: VecDeque<Pending>,
    current: Option<DocIter>,
    format: InputFormat,
    globs: Option<(Option<GlobSet>, Option<GlobSet>)>,
}

impl Iterator for Inputs {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(cur) = &mut self.current {
                match cur.next() {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            match self.pending.pop_front()? {
                Pending::Error(e) => return Some(Err(e)),
                Pending::File(p) => self.current = Some(source::open_path(&p, self.format)),
                Pending::Path(p) if p.as_os_str() == "-" => self.current = Some(source::open_stdin(self.format)),
                Pending::Path(p) if p.is_dir() => {
                    let found = self.walk(&p);
                    for item in found.into_iter().rev() {
                        self.pending.push_front(item);
                    }
                }
                Pending::Path(p) => self.current = Some(source::open_path(&p, self.format)),
            }
        }
    }
}

impl Inputs {
    /// Files under a directory, sorted by path, globs applied; unreadable
    /// subdirectories become errors in place.
    fn walk(&self, root: &Path) -> Vec<Pending> {
        let mut files = Vec::new();
        let mut errors = Vec::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            let entries = match std::fs::read_dir(&dir) {
                Ok(e) => e,
                Err(e) => {
                    errors.push(Pending::Error(IngestError::new(
                        dir.display().to_string(),
                        format!("cannot read directory: {e}"),
                    )));
                    continue;
                }
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if entry.file_name().to_string_lossy().starts_with('.') {
                    continue;
                }
                let Ok(ft) = entry.file_type() else { continue };
                if ft.is_dir() {
                    stack.push(path);
                } else if (ft.is_file() || ft.is_symlink() && path.is_file()) && self.wanted(root, &path) {
                    files.push(path);
                }
            }
        }
        files.sort();
        errors.extend(files.into_iter().map(Pending::File));
        errors
    }

    fn wanted(&self, root: &Path, path: &Path) -> bool {
        let Some((include, exclude)) = &self.globs else {
            return true;
        };
        let rel = path.strip_prefix(root).unwrap_or(path);
        let name = Path::new(path.file_name().unwrap_or_default());
        let hit = |g: &GlobSet| g.is_match(rel) || g.is_match(name);
        include.as_ref().is_none_or(hit) && !exclude.as_ref().is_some_and(hit)
    }
}
