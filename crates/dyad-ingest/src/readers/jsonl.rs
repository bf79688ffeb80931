//! JSON lines: one document per line, `{"id","text" or "html","url","title","date","lang"}`.
//!
//! Lines are read with a length cap, so one enormous line costs at most
//! [`MAX_DOC_BYTES`] of memory and is reported, not loaded. A line that is not
//! JSON is an error naming the file and line; the next line is still read.

use super::MAX_DOC_BYTES;
use crate::{dates, decode, IngestError};
use dyad_model::{Body, Document};
use serde::Deserialize;
use std::io::BufRead;

#[derive(Deserialize)]
struct Line {
    id: Option<serde_json::Value>,
    text: Option<String>,
    html: Option<String>,
    url: Option<String>,
    title: Option<String>,
    date: Option<String>,
    lang: Option<String>,
}

/// Iterator over the documents of a JSONL stream: one JSON object per line
/// (`id`, `text` or `html`, `url`, `title`, `date`, `lang`). A bad line is an
/// error naming the stream and line, and reading goes on.
///
/// ```
/// use dyad_ingest::readers::jsonl::JsonlReader;
///
/// let input = "{\"id\": 7, \"text\": \"Roma e Parigi firmano.\", \"date\": \"2024-06-20\"}\n{oops\n";
/// let mut docs = JsonlReader::new("feed.jsonl".into(), Box::new(input.as_bytes()));
/// let first = docs.next().unwrap().unwrap();
/// assert_eq!((first.id.as_deref(), first.date.as_deref()), (Some("7"), Some("2024-06-20")));
/// let bad = docs.next().unwrap().unwrap_err();
/// assert!(bad.to_string().starts_with("feed.jsonl:line 2:"));
/// assert!(docs.next().is_none());
/// ```
pub struct JsonlReader {
    name: String,
    reader: Box<dyn BufRead>,
    line_no: usize,
    done: bool,
    buf: Vec<u8>,
}

impl JsonlReader {
    /// Reads `reader`; `name` (a path, or `-`) prefixes every error.
    pub fn new(name: String, reader: Box<dyn BufRead>) -> Self {
        JsonlReader {
            name,
            reader,
            line_no: 0,
            done: false,
            buf: Vec::new(),
        }
    }

    fn err(&self, msg: impl Into<String>) -> IngestError {
        IngestError::at(self.name.clone(), format!("line {}", self.line_no), msg)
    }
}

/// Outcome of reading one capped line.
pub(crate) enum LineRead {
    Eof,
    Line,
    /// The line was longer than the cap; it was skipped up to its newline.
    TooLong,
}

/// Reads one line (without its `\n`) into `buf`, keeping at most `max` bytes.
pub(crate) fn read_line_capped(r: &mut dyn BufRead, buf: &mut Vec<u8>, max: usize) -> std::io::Result<LineRead> {
    buf.clear();
    let mut any = false;
    let mut too_long = false;
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (part, found) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (&chunk[..i], Some(i)),
            None => (chunk, None),
        };
        if !too_long {
            if buf.len() + part.len() > max {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(part);
            }
        }
        match found {
            Some(i) => {
                r.consume(i + 1);
                break;
            }
            None => {
                let n = chunk.len();
                r.consume(n);
            }
        }
    }
    Ok(if !any {
        LineRead::Eof
    } else if too_long {
        LineRead::TooLong
    } else {
        LineRead::Line
    })
}

impl Iterator for JsonlReader {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let mut buf = std::mem::take(&mut self.buf);
            let read = read_line_capped(&mut *self.reader, &mut buf, MAX_DOC_BYTES);
            self.line_no += 1;
            let result = match read {
                Err(e) => {
                    // A broken stream (e.g. truncated gzip) cannot be resumed.
                    self.done = true;
                    Some(Err(self.err(format!("read error, rest of input skipped: {e}"))))
                }
                Ok(LineRead::Eof) => {
                    self.done = true;
                    None
                }
                Ok(LineRead::TooLong) => Some(Err(
                    self.err(format!("line longer than {} MiB, skipped", MAX_DOC_BYTES >> 20))
                )),
                Ok(LineRead::Line) => self.parse(&buf),
            };
            self.buf = buf;
            if result.is_some() {
                return result;
            }
        }
        None
    }
}

impl JsonlReader {
    /// `None` for a blank line.
    fn parse(&self, raw: &[u8]) -> Option<Result<Document, IngestError>> {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        let text = decode::utf8_with_fallback(raw);
        let text = text.trim_start_matches('\u{feff}');
        let line: Line = match serde_json::from_str(text) {
            Ok(l) => l,
            Err(e) => return Some(Err(self.err(format!("not a JSON object: {e}")))),
        };
        let body = match (line.text, line.html) {
            (Some(t), _) if !t.trim().is_empty() => Body::Text(t),
            (_, Some(h)) if !h.trim().is_empty() => Body::Html(h),
            (Some(_), _) | (_, Some(_)) => return Some(Err(self.err("empty \"text\"/\"html\" field"))),
            (None, None) => return Some(Err(self.err("no \"text\" or \"html\" field"))),
        };
        let id = match line.id {
            Some(serde_json::Value::String(s)) => Some(s),
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let url = line.url.filter(|u| !u.trim().is_empty());
        let source = url.clone().unwrap_or_else(|| format!("{}:{}", self.name, self.line_no));
        Some(Ok(Document {
            id,
            source,
            url,
            title: line.title.filter(|t| !t.trim().is_empty()),
            lang: line.lang.and_then(|l| normalize_lang(&l)),
            date: line.date.as_deref().and_then(dates::normalize),
            body,
        }))
    }
}

/// `it-IT`, `IT`, `it_IT` → `it`.
pub(crate) fn normalize_lang(l: &str) -> Option<String> {
    let code: String = l
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    (2..=3).contains(&code.len()).then_some(code)
}
