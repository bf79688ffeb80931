//! Opening one input: gzip, format detection, bounded reads, decoding.

use super::{feed, jsonl::JsonlReader, warc::WarcReader, InputFormat, MAX_DOC_BYTES};
use crate::{decode, IngestError};
use dyad_model::{Body, Document};
use flate2::read::MultiGzDecoder;
use std::io::{BufReader, Cursor, Read};
use std::path::Path;

type DocIter = Box<dyn Iterator<Item = Result<Document, IngestError>>>;

/// Bytes peeked to sniff gzip and the format.
const PEEK: usize = 4096;

/// Documents of one file.
pub fn open_path(path: &Path, format: InputFormat) -> DocIter {
    let name = path.display().to_string();
    match std::fs::File::open(path) {
        Ok(f) => open_reader(name, Box::new(f), format, ext_format(path)),
        Err(e) => one(Err(IngestError::new(name, format!("cannot open: {e}")))),
    }
}

/// Documents read from standard input (named `-`).
pub fn open_stdin(format: InputFormat) -> DocIter {
    open_reader("-".to_string(), Box::new(std::io::stdin()), format, None)
}

/// Documents from any reader: gzip is detected by its magic bytes.
pub fn open_reader(name: String, raw: Box<dyn Read>, format: InputFormat, by_ext: Option<InputFormat>) -> DocIter {
    let (head, raw) = match peek(raw) {
        Ok(x) => x,
        Err(e) => return one(Err(IngestError::new(name, format!("read error: {e}")))),
    };
    let reader: Box<dyn Read> = if head.starts_with(&[0x1f, 0x8b]) {
        let gz = MultiGzDecoder::new(Cursor::new(head).chain(raw));
        match peek(Box::new(gz)) {
            Ok((h, r)) => return dispatch(name, h, r, format, by_ext),
            Err(e) => return one(Err(IngestError::new(name, format!("bad gzip data: {e}")))),
        }
    } else {
        raw
    };
    dispatch(name, head, reader, format, by_ext)
}

fn dispatch(
    name: String,
    head: Vec<u8>,
    rest: Box<dyn Read>,
    format: InputFormat,
    by_ext: Option<InputFormat>,
) -> DocIter {
    let format = match format {
        InputFormat::Auto => by_ext.unwrap_or_else(|| sniff(&head)),
        f => f,
    };
    let reader = Cursor::new(head).chain(rest);
    match format {
        InputFormat::Jsonl => Box::new(JsonlReader::new(
            name,
            Box::new(BufReader::with_capacity(64 << 10, reader)),
        )),
        InputFormat::Warc => Box::new(WarcReader::new(
            name,
            Box::new(BufReader::with_capacity(64 << 10, reader)),
        )),
        InputFormat::Rss => match read_bounded(&name, reader) {
            Ok(bytes) => Box::new(feed::parse(&name, &bytes).into_iter()),
            Err(e) => one(Err(e)),
        },
        InputFormat::Html | InputFormat::Text | InputFormat::Auto => {
            one(read_single(&name, reader, format == InputFormat::Html))
        }
    }
}

fn one(item: Result<Document, IngestError>) -> DocIter {
    Box::new(std::iter::once(item))
}

/// Reads up to [`PEEK`] bytes, returning them and the rest of the stream.
fn peek(mut r: Box<dyn Read>) -> std::io::Result<(Vec<u8>, Box<dyn Read>)> {
    let mut head = Vec::with_capacity(PEEK);
    (&mut r).take(PEEK as u64).read_to_end(&mut head)?;
    Ok((head, r))
}

/// The format an extension names, after stripping `.gz`.
pub fn ext_format(path: &Path) -> Option<InputFormat> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.')?.1;
    match ext {
        "html" | "htm" | "xhtml" => Some(InputFormat::Html),
        "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
        "txt" | "md" | "text" => Some(InputFormat::Text),
        "warc" => Some(InputFormat::Warc),
        "rss" | "atom" | "xml" => Some(InputFormat::Rss),
        _ => None,
    }
}

/// The format the first bytes suggest: markup, JSON lines, or text.
pub fn sniff(head: &[u8]) -> InputFormat {
    let text = String::from_utf8_lossy(&head[..head.len().min(1024)]);
    let t = text.trim_start_matches('\u{feff}').trim_start();
    let lower = t.get(..t.len().min(200)).unwrap_or(t).to_ascii_lowercase();
    if t.starts_with("WARC/1.") {
        InputFormat::Warc
    } else if lower.starts_with("<rss")
        || lower.contains("<feed") && (lower.starts_with("<?xml") || lower.starts_with("<feed"))
        || lower.starts_with("<?xml") && lower.contains("<rss")
    {
        InputFormat::Rss
    } else if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || (t.starts_with('<')
            && lower.contains("<head") | lower.contains("<body") | lower.contains("<div") | lower.contains("<p"))
    {
        InputFormat::Html
    } else if t.starts_with('<') {
        // Some markup we do not know more about: HTML is the forgiving choice.
        InputFormat::Html
    } else if t.starts_with('{') {
        InputFormat::Jsonl
    } else {
        InputFormat::Text
    }
}

/// A whole input, refused when over [`MAX_DOC_BYTES`].
fn read_bounded(name: &str, reader: impl Read) -> Result<Vec<u8>, IngestError> {
    let mut buf = Vec::new();
    let read = reader.take(MAX_DOC_BYTES as u64 + 1).read_to_end(&mut buf);
    if let Err(e) = read {
        let what = if e.kind() == std::io::ErrorKind::UnexpectedEof {
            "truncated input"
        } else {
            "read error"
        };
        return Err(IngestError::at(
            name,
            format!("byte {}", buf.len()),
            format!("{what}: {e}"),
        ));
    }
    if buf.len() > MAX_DOC_BYTES {
        return Err(IngestError::new(
            name,
            format!("document larger than {} MiB, skipped", MAX_DOC_BYTES >> 20),
        ));
    }
    Ok(buf)
}

/// One whole-file document, bounded in size.
fn read_single(name: &str, reader: impl Read, html: bool) -> Result<Document, IngestError> {
    let buf = read_bounded(name, reader)?;
    if buf.iter().all(u8::is_ascii_whitespace) {
        return Err(IngestError::new(name, "empty file"));
    }
    if let Some(pos) = decode::binary_marker(&buf) {
        return Err(IngestError::at(
            name,
            format!("byte {pos}"),
            "binary file (NUL byte), not text",
        ));
    }
    let body = if html {
        Body::Html(decode::decode_html(&buf, None))
    } else {
        Body::Text(decode::decode_text(&buf))
    };
    Ok(Document {
        source: name.to_string(),
        body,
        ..Default::default()
    })
}
