//! The one error type of ingest: which input, where in it, and what went wrong.

use std::fmt;

/// A bad input: names the source and, where it helps, the place in it.
///
/// ```
/// use dyad_ingest::IngestError;
/// let e = IngestError::at("feed.jsonl", "line 12", "not JSON: expected value");
/// assert_eq!(e.to_string(), "feed.jsonl:line 12: not JSON: expected value");
/// assert_eq!(IngestError::new("a.txt", "empty file").to_string(), "a.txt: empty file");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct IngestError {
    /// File path, URL, or `-` for stdin.
    pub source_name: String,
    /// `line 12`, `byte 4096`, `record 3`, when that makes sense.
    pub location: Option<String>,
    pub message: String,
}

impl IngestError {
    pub fn new(source_name: impl Into<String>, message: impl Into<String>) -> Self {
        IngestError {
            source_name: source_name.into(),
            location: None,
            message: message.into(),
        }
    }

    pub fn at(source_name: impl Into<String>, location: impl Into<String>, message: impl Into<String>) -> Self {
        IngestError {
            source_name: source_name.into(),
            location: Some(location.into()),
            message: message.into(),
        }
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Some(loc) => write!(f, "{}:{}: {}", self.source_name, loc, self.message),
            None => write!(f, "{}: {}", self.source_name, self.message),
        }
    }
}
