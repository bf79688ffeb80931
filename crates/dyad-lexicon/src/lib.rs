//! The language data of dyad: every file under `lexicons/`, compiled into the
//! binary, with an optional directory that overrides or adds files
//! (`--lexicons DIR`), and the one plain-text format they share.
//!
//! Files are UTF-8, one record per line, fields separated by tabs; `#` starts
//! a comment line and blank lines are skipped. See `lexicons/README.md`.
//!
//! ```
//! let lex = dyad_lexicon::Lexicons::embedded();
//! let rows: Vec<_> = dyad_lexicon::tsv_rows("# comment\na\tb\n\nc\td\n").collect();
//! assert_eq!(rows[1].fields, vec!["c", "d"]);
//! assert_eq!(rows[1].line, 4);
//! assert!(lex.paths().count() > 0);
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// Errors reading an override directory.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("cannot read lexicon file {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("lexicon directory {0} does not exist")]
    MissingDir(PathBuf),
}

/// A set of lexicon files by relative path (`it/triggers.tsv`).
///
/// ```
/// use dyad_lexicon::Lexicons;
///
/// let lex = Lexicons::embedded();
/// assert!(lex.languages().contains(&"it".to_string()));
/// assert!(lex.get("it/triggers.tsv").is_some());
/// // A language may lack a file: `text` reads it as empty.
/// assert_eq!(lex.text("xx/triggers.tsv"), "");
///
/// // An override directory replaces files of the same path and adds new ones.
/// let dir = std::env::temp_dir().join(format!("dyad-lexicon-doc-{}", std::process::id()));
/// std::fs::create_dir_all(dir.join("it")).unwrap();
/// std::fs::write(dir.join("it/triggers.tsv"), "# replaced\n").unwrap();
/// let custom = Lexicons::with_overrides(&dir).unwrap();
/// assert_eq!(custom.text("it/triggers.tsv"), "# replaced\n");
/// std::fs::remove_dir_all(&dir).unwrap();
/// ```
#[derive(Debug, Clone)]
pub struct Lexicons {
    files: BTreeMap<String, String>,
}

impl Lexicons {
    /// The files compiled into the binary.
    pub fn embedded() -> Self {
        let files = EMBEDDED.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        Lexicons { files }
    }

    /// The embedded files, with every file under `dir` replacing the embedded
    /// file of the same relative path (or adding a new one).
    pub fn with_overrides(dir: &Path) -> Result<Self, LexiconError> {
        if !dir.is_dir() {
            return Err(LexiconError::MissingDir(dir.to_path_buf()));
        }
        let mut lex = Self::embedded();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            let entries = std::fs::read_dir(&d).map_err(|source| LexiconError::Read {
                path: d.clone(),
                source,
            })?;
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).map_err(|source| LexiconError::Read {
                    path: path.clone(),
                    source,
                })?;
                let rel = path
                    .strip_prefix(dir)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                lex.files.insert(rel, text);
            }
        }
        Ok(lex)
    }

    /// The text of one file, if present.
    pub fn get(&self, rel_path: &str) -> Option<&str> {
        self.files.get(rel_path).map(String::as_str)
    }

    /// The text of one file, or "" when absent (a language may lack a file).
    pub fn text(&self, rel_path: &str) -> &str {
        self.get(rel_path).unwrap_or("")
    }

    /// All relative paths, sorted.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// Languages that have a folder of their own (`it`, `en`, …).
    pub fn languages(&self) -> Vec<String> {
        let mut langs: Vec<String> = self
            .paths()
            .filter_map(|p| p.split_once('/'))
            .map(|(dir, _)| dir.to_string())
            .filter(|d| d.len() == 2)
            .collect();
        langs.dedup();
        langs
    }
}

/// One data line of a lexicon file.
///
/// ```
/// let row = dyad_lexicon::tsv_rows("Mosca\t-\t RUS \n").next().unwrap();
/// assert_eq!(row.field(2), "RUS");
/// assert_eq!(row.opt(1), None); // `-` marks an empty field
/// assert_eq!(row.field(7), "");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<'a> {
    /// 1-based line number, for error messages.
    pub line: usize,
    pub fields: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// Field `i`, trimmed, or "" when the line is shorter.
    pub fn field(&self, i: usize) -> &'a str {
        self.fields.get(i).map(|f| f.trim()).unwrap_or("")
    }

    /// Field `i` as `Some` when present and not empty or `-`.
    pub fn opt(&self, i: usize) -> Option<&'a str> {
        match self.field(i) {
            "" | "-" => None,
            f => Some(f),
        }
    }
}

/// Tab-separated rows of a lexicon file, skipping `#` comments and blank lines.
pub fn tsv_rows(text: &str) -> impl Iterator<Item = Row<'_>> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            return None;
        }
        Some(Row {
            line: i + 1,
            fields: line.split('\t').collect(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn override_dir_replaces_and_adds_files() {
        let dir = std::env::temp_dir().join(format!("dyad-lex-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("xx")).unwrap();
        std::fs::write(dir.join("xx/extra.tsv"), "a\tb\n").unwrap();
        let lex = Lexicons::with_overrides(&dir).unwrap();
        assert_eq!(lex.get("xx/extra.tsv"), Some("a\tb\n"));
        assert!(lex.languages().contains(&"xx".to_string()));
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(Lexicons::with_overrides(&dir).is_err());
    }

    #[test]
    fn rows_keep_line_numbers_and_fill_missing_fields() {
        let rows: Vec<_> = tsv_rows("#h\n\nx\t-\n").collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 3);
        assert_eq!(rows[0].opt(1), None);
        assert_eq!(rows[0].field(5), "");
    }
}
