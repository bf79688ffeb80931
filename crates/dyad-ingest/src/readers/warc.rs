//! WARC 1.0/1.1 (the Common Crawl News format): `response` records holding
//! an HTTP response, and `resource` records holding a page.
//!
//! A streaming parser: one record's block in memory at a time (records over
//! [`MAX_DOC_BYTES`] are skipped, not read). Per-record gzip (`.warc.gz`)
//! is undone upstream by a multi-member gzip decoder. A record whose
//! `Content-Length` lies is reported as an error and the parser resynchronizes
//! on the next `WARC/1.x` line; a length pointing past the end of the input
//! ends the file with an error.
//!
//! Non-HTML payloads (images, robots.txt, request/metadata/warcinfo records)
//! are not documents and are skipped silently.

use super::jsonl::{read_line_capped, LineRead};
use super::MAX_DOC_BYTES;
use crate::{decode, IngestError};
use dyad_model::{Body, Document};
use std::io::{BufRead, Read};

/// Iterator over the HTML documents of a WARC stream.
///
/// ```
/// use dyad_ingest::readers::warc::WarcReader;
///
/// let http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Talks in Rome.</p></body></html>";
/// let warc = format!(
///     "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/rome\r\n\
///      Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
///     http.len()
/// );
/// let mut docs = WarcReader::new("crawl.warc".into(), Box::new(std::io::Cursor::new(warc.into_bytes())));
/// let page = docs.next().unwrap().unwrap();
/// assert_eq!(page.url.as_deref(), Some("https://news.example/rome"));
/// assert!(docs.next().is_none());
/// ```
pub struct WarcReader {
    name: String,
    reader: Box<dyn BufRead>,
    record: usize,
    /// A `WARC/…` line already read while resynchronizing.
    pending_version: Option<Vec<u8>>,
    done: bool,
}

/// Header lines are short; a longer one means we are not at a header.
const MAX_HEADER_LINE: usize = 64 << 10;

impl WarcReader {
    /// Reads `reader`; `name` (a path, or `-`) prefixes every error.
    pub fn new(name: String, reader: Box<dyn BufRead>) -> Self {
        WarcReader {
            name,
            reader,
            record: 0,
            pending_version: None,
            done: false,
        }
    }

    fn err(&self, msg: impl Into<String>) -> IngestError {
        IngestError::at(self.name.clone(), format!("record {}", self.record), msg)
    }

    /// Reads one record; `Ok(None)` at the end of input, `Ok(Some(None))`
    /// for a record that is not a document.
    fn next_record(&mut self) -> Result<Option<Option<Document>>, IngestError> {
        let mut line = Vec::new();
        // Version line, skipping blank lines between records.
        let version = match self.pending_version.take() {
            Some(v) => v,
            None => loop {
                match read_line_capped(&mut *self.reader, &mut line, MAX_HEADER_LINE) {
                    Ok(LineRead::Eof) => return Ok(None),
                    Ok(LineRead::TooLong) => return Err(self.resync("not a WARC record header")),
                    Ok(LineRead::Line) if trim_cr(&line).is_empty() => continue,
                    Ok(LineRead::Line) => break std::mem::take(&mut line),
                    Err(e) => return Err(self.fatal(e)),
                }
            },
        };
        self.record += 1;
        if !trim_cr(&version).starts_with(b"WARC/") {
            return Err(self.resync("not a WARC record header"));
        }
        let mut headers: Vec<(String, String)> = Vec::new();
        loop {
            match read_line_capped(&mut *self.reader, &mut line, MAX_HEADER_LINE) {
                Ok(LineRead::Eof) => return Err(self.fatal_msg("input ends inside a record header")),
                Ok(LineRead::TooLong) => return Err(self.resync("header line too long")),
                Ok(LineRead::Line) => {
                    let l = trim_cr(&line);
                    if l.is_empty() {
                        break;
                    }
                    let l = String::from_utf8_lossy(l);
                    if let Some((k, v)) = l.split_once(':') {
                        headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
                    }
                }
                Err(e) => return Err(self.fatal(e)),
            }
        }
        let get = |k: &str| headers.iter().find(|(hk, _)| hk == k).map(|(_, v)| v.as_str());
        let Some(len) = get("content-length").and_then(|v| v.parse::<u64>().ok()) else {
            return Err(self.resync("missing or bad Content-Length"));
        };
        let wtype = get("warc-type").unwrap_or("").to_ascii_lowercase();
        let ctype = get("content-type").unwrap_or("").to_ascii_lowercase();
        let uri = get("warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_string());
        let wanted = (wtype == "response" && ctype.starts_with("application/http"))
            || (wtype == "resource" && (ctype.contains("html") || ctype.is_empty()));
        if !wanted || len as usize > MAX_DOC_BYTES {
            let skipped =
                std::io::copy(&mut (&mut self.reader).take(len), &mut std::io::sink()).map_err(|e| self.fatal(e))?;
            if skipped < len {
                return Err(self.fatal_msg(format!("Content-Length {len} but input ends after {skipped} bytes")));
            }
            self.expect_separator()?;
            if wanted {
                return Err(self.err(format!("record larger than {} MiB, skipped", MAX_DOC_BYTES >> 20)));
            }
            return Ok(Some(None));
        }
        let mut block = Vec::with_capacity(len as usize);
        (&mut self.reader)
            .take(len)
            .read_to_end(&mut block)
            .map_err(|e| self.fatal(e))?;
        if (block.len() as u64) < len {
            return Err(self.fatal_msg(format!(
                "Content-Length {len} but input ends after {} bytes",
                block.len()
            )));
        }
        self.expect_separator()?;
        let (payload, charset) = if wtype == "response" {
            match http_payload(&block) {
                Some(p) => p,
                None => return Ok(Some(None)),
            }
        } else {
            (block, None)
        };
        if payload.iter().all(u8::is_ascii_whitespace) {
            return Ok(Some(None));
        }
        let html = decode::decode_html(&payload, charset.as_deref());
        let source = uri
            .clone()
            .unwrap_or_else(|| format!("{}:record {}", self.name, self.record));
        Ok(Some(Some(Document {
            source,
            url: uri,
            body: Body::Html(html),
            ..Default::default()
        })))
    }

    /// After a block: CRLF CRLF. Anything else means the length lied.
    fn expect_separator(&mut self) -> Result<(), IngestError> {
        let mut sep = [0u8; 4];
        let mut got = 0;
        while got < 4 {
            match self.reader.read(&mut sep[got..]) {
                Ok(0) => break,
                Ok(n) => got += n,
                Err(e) => return Err(self.fatal(e)),
            }
        }
        if got == 0 || sep[..got] == b"\r\n\r\n"[..got] && got == 4 {
            return Ok(());
        }
        // Tolerate bare LF separators.
        if sep[..got].iter().all(|b| *b == b'\n' || *b == b'\r') {
            return Ok(());
        }
        Err(self.resync("Content-Length does not match the record (no blank line after the block)"))
    }

    /// Skips to the next `WARC/` line and reports the current record.
    fn resync(&mut self, msg: &str) -> IngestError {
        let mut line = Vec::new();
        loop {
            match read_line_capped(&mut *self.reader, &mut line, MAX_HEADER_LINE) {
                Ok(LineRead::Line) if trim_cr(&line).starts_with(b"WARC/1.") => {
                    self.pending_version = Some(line);
                    break;
                }
                Ok(LineRead::Line | LineRead::TooLong) => continue,
                Ok(LineRead::Eof) | Err(_) => {
                    self.done = true;
                    break;
                }
            }
        }
        self.err(msg)
    }

    fn fatal(&mut self, e: std::io::Error) -> IngestError {
        self.fatal_msg(format!("read error, rest of input skipped: {e}"))
    }

    fn fatal_msg(&mut self, msg: impl Into<String>) -> IngestError {
        self.done = true;
        self.err(msg)
    }
}

impl Iterator for WarcReader {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.next_record() {
                Ok(None) => self.done = true,
                Ok(Some(None)) => continue,
                Ok(Some(Some(doc))) => return Some(Ok(doc)),
                Err(e) => return Some(Err(e)),
            }
        }
        None
    }
}

fn trim_cr(l: &[u8]) -> &[u8] {
    l.strip_suffix(b"\r").unwrap_or(l)
}

/// The body of an HTTP response if it is a successful HTML response, with
/// the charset its Content-Type declares.
fn http_payload(block: &[u8]) -> Option<(Vec<u8>, Option<String>)> {
    let end = memchr::memmem::find(block, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| memchr::memmem::find(block, b"\n\n").map(|i| (i, i + 2)))?;
    let head = String::from_utf8_lossy(&block[..end.0]);
    let mut lines = head.lines();
    let status: u16 = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    if !(200..300).contains(&status) {
        return None;
    }
    let (mut ctype, mut encoding, mut chunked) = (String::new(), String::new(), false);
    for l in lines {
        if let Some((k, v)) = l.split_once(':') {
            match k.trim().to_ascii_lowercase().as_str() {
                "content-type" => ctype = v.trim().to_ascii_lowercase(),
                "content-encoding" => encoding = v.trim().to_ascii_lowercase(),
                "transfer-encoding" => chunked = v.to_ascii_lowercase().contains("chunked"),
                _ => {}
            }
        }
    }
    if !ctype.is_empty() && !ctype.contains("html") {
        return None;
    }
    let mut body = block[end.1..].to_vec();
    if chunked {
        body = dechunk(&body).unwrap_or(body);
    }
    if encoding.contains("gzip") || body.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        let r = flate2::read::MultiGzDecoder::new(&body[..])
            .take(MAX_DOC_BYTES as u64)
            .read_to_end(&mut out);
        if r.is_ok() {
            body = out;
        }
    }
    let charset = ctype.split(';').find_map(|p| {
        p.trim()
            .strip_prefix("charset=")
            .map(|c| c.trim_matches('"').to_string())
    });
    Some((body, charset))
}

/// Undoes HTTP chunked transfer encoding.
fn dechunk(b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    loop {
        let nl = memchr::memchr(b'\n', &b[i..])? + i;
        let size_str = String::from_utf8_lossy(&b[i..nl]);
        let size = usize::from_str_radix(size_str.trim().split(';').next()?.trim(), 16).ok()?;
        i = nl + 1;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(i..i.checked_add(size)?)?);
        i += size;
        while i < b.len() && (b[i] == b'\r' || b[i] == b'\n') {
            i += 1;
        }
    }
}
