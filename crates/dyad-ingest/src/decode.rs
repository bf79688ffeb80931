//! Bytes to text: BOM, declared charset, UTF-8, and a windows-1252 fallback.
//!
//! Scraped input is often in mixed encodings (a UTF-8 page with a pasted
//! latin-1 paragraph), so invalid UTF-8 is not decoded wholesale as
//! windows-1252: each valid UTF-8 run stays UTF-8 and only the stray bytes are
//! read as windows-1252. A whole latin-1 file comes out right the same way,
//! since its accented letters are never valid UTF-8 sequences.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How many leading bytes are checked for NUL to call a file binary.
const SNIFF: usize = 8192;

/// Position of a NUL byte in the first 8 KiB, the mark of a binary file.
pub fn binary_marker(bytes: &[u8]) -> Option<usize> {
    // UTF-16 text has NULs but announces itself with a BOM.
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return None;
    }
    memchr::memchr(0, &bytes[..bytes.len().min(SNIFF)])
}

/// Decodes text with no declared charset: BOM, else UTF-8 with per-byte
/// windows-1252 fallback.
///
/// ```
/// assert_eq!(dyad_ingest::decode::decode_text(b"caf\xe9"), "café");
/// assert_eq!(dyad_ingest::decode::decode_text("città".as_bytes()), "città");
/// ```
pub fn decode_text(bytes: &[u8]) -> String {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return text.into_owned();
    }
    utf8_with_fallback(bytes)
}

/// Decodes HTML: BOM, then a charset declared by the transport
/// (`declared`, e.g. an HTTP header) or in the first 1 KiB of the page, then
/// the UTF-8/windows-1252 fallback. A page declared as a legacy charset but
/// which is valid UTF-8 with non-ASCII text is read as UTF-8: the declaration
/// is the thing that is wrong in practice.
pub fn decode_html(bytes: &[u8], declared: Option<&str>) -> String {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return text.into_owned();
    }
    let enc = declared
        .and_then(|d| Encoding::for_label(d.trim().as_bytes()))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(1024)]));
    let utf8_beyond_ascii = !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok();
    match enc {
        Some(e) if e != UTF_8 && !utf8_beyond_ascii => {
            // encoding_rs maps latin-1 labels to windows-1252, as browsers do.
            let (text, _, _) = e.decode(bytes);
            text.into_owned()
        }
        _ => utf8_with_fallback(bytes),
    }
}

/// The charset named by `<meta charset=…>` or `<meta http-equiv … content="…charset=…">`.
pub fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(pos) = memchr::memmem::find(&lower[from..], b"charset") {
        let mut i = from + pos + 7;
        from = i;
        while i < lower.len() && matches!(lower[i], b' ' | b'=' | b'"' | b'\'') {
            i += 1;
        }
        let start = i;
        while i < lower.len() && (lower[i].is_ascii_alphanumeric() || matches!(lower[i], b'-' | b'_' | b':' | b'.')) {
            i += 1;
        }
        if i > start {
            if let Some(e) = Encoding::for_label(&lower[start..i]) {
                // A page saying utf-16 in ASCII is not utf-16 (WHATWG rule).
                return Some(if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE {
                    UTF_8
                } else {
                    e
                });
            }
        }
    }
    None
}

/// UTF-8, with each byte that is not part of a valid sequence decoded as windows-1252.
pub fn utf8_with_fallback(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => {
            let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
            for chunk in bytes.utf8_chunks() {
                out.push_str(chunk.valid());
                if !chunk.invalid().is_empty() {
                    let (t, _) = WINDOWS_1252.decode_without_bom_handling(chunk.invalid());
                    out.push_str(&t);
                }
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_encodings_decode_per_run() {
        let mut bytes = "perché ".as_bytes().to_vec();
        bytes.extend_from_slice(b"citt\xe0 \x93quoted\x94");
        assert_eq!(utf8_with_fallback(&bytes), "perché città “quoted”");
    }

    #[test]
    fn html_meta_charset_and_bom() {
        let page = b"<html><head><meta charset=\"iso-8859-1\"></head><body>Citt\xe0</body></html>";
        assert!(decode_html(page, None).contains("Città"));
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>\x80 5";
        assert!(decode_html(page, None).contains("€ 5"));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("<p>è</p>".as_bytes());
        assert_eq!(decode_html(&bom, Some("iso-8859-1")), "<p>è</p>");
        // Declared latin-1 but really UTF-8: trust the bytes.
        let page = "<meta charset=iso-8859-1><p>città</p>".as_bytes();
        assert!(decode_html(page, None).contains("città"));
    }

    #[test]
    fn utf16_with_bom_is_text_not_binary() {
        let b = vec![0xFF, 0xFE, b'x', 0, b'y', 0];
        assert_eq!(binary_marker(&b), None);
        assert_eq!(decode_text(&b), "xy");
        assert_eq!(binary_marker(b"ab\0c"), Some(2));
    }
}
