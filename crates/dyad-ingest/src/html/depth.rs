//! A guard against pathologically deep markup.
//!
//! html5ever is correct on any input but some tree-construction steps scan
//! the stack of open elements, so 100,000 nested `<div>`s cost minutes. Real
//! pages nest a few dozen levels. Before parsing, a cheap tag scan estimates
//! the nesting depth; only when it exceeds [`MAX_DEPTH`] is the page
//! rewritten, dropping start tags (and as many end tags) beyond that depth.
//! The text itself is kept.

use std::borrow::Cow;

/// Nesting depth beyond which tags are dropped.
pub const MAX_DEPTH: usize = 2000;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    // Elements that close themselves implicitly do not nest in practice.
    "p", "li", "dt", "dd", "option", "tr", "td", "th",
];
const RAW: &[&str] = &["script", "style", "textarea", "title", "xmp", "plaintext", "noscript"];

/// The page with nesting beyond `max` levels flattened; borrowed when
/// nothing needed to change.
///
/// ```
/// let deep = "<div>".repeat(10) + "text";
/// let flat = dyad_ingest::html::depth::limit_depth(&deep, 3);
/// assert_eq!(flat, "<div><div><div>text");
/// assert!(matches!(dyad_ingest::html::depth::limit_depth("<p>a</p>", 3), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn limit_depth(html: &str, max: usize) -> Cow<'_, str> {
    if scan(html, max, None) {
        let mut out = String::with_capacity(html.len());
        scan(html, max, Some(&mut out));
        Cow::Owned(out)
    } else {
        Cow::Borrowed(html)
    }
}

/// Walks the tags; returns whether the depth ever exceeded `max`. With `out`,
/// copies the page there minus the tags beyond `max`.
fn scan(html: &str, max: usize, mut out: Option<&mut String>) -> bool {
    let b = html.as_bytes();
    let mut depth = 0usize;
    let mut suppressed = 0usize;
    let mut exceeded = false;
    let mut i = 0;
    let mut copied = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let start = i + off;
        let mut j = start + 1;
        if j >= b.len() {
            break;
        }
        if b[j] == b'!' || b[j] == b'?' {
            // Comment, doctype, CDATA or processing instruction.
            let end = if b[j..].starts_with(b"!--") {
                find(b, j + 3, b"-->").map(|e| e + 3)
            } else {
                find(b, j, b">").map(|e| e + 1)
            };
            i = end.unwrap_or(b.len());
            continue;
        }
        let closing = b[j] == b'/';
        if closing {
            j += 1;
        }
        let name_start = j;
        while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'-' || b[j] == b':') {
            j += 1;
        }
        if j == name_start {
            i = start + 1;
            continue;
        }
        let name = html[name_start..j].to_ascii_lowercase();
        // End of the tag, skipping quoted attribute values.
        let mut quote = 0u8;
        while j < b.len() {
            match b[j] {
                q @ (b'"' | b'\'') if quote == 0 => quote = q,
                q if q == quote => quote = 0,
                b'>' if quote == 0 => break,
                _ => {}
            }
            j += 1;
        }
        let tag_end = (j + 1).min(b.len());
        let self_closing = j > 0 && b[j - 1] == b'/';
        let mut drop_tag = false;
        if closing {
            if !VOID.contains(&name.as_str()) {
                if suppressed > 0 {
                    suppressed -= 1;
                    drop_tag = true;
                } else {
                    depth = depth.saturating_sub(1);
                }
            }
        } else if !self_closing && !VOID.contains(&name.as_str()) {
            if depth >= max {
                exceeded = true;
                suppressed += 1;
                drop_tag = true;
            } else {
                depth += 1;
            }
        }
        if let Some(o) = out.as_deref_mut() {
            if drop_tag {
                o.push_str(&html[copied..start]);
                copied = tag_end;
            }
        } else if exceeded {
            return true;
        }
        i = tag_end;
        if !closing && RAW.contains(&name.as_str()) {
            // Raw text: skip to the matching end tag.
            let close = format!("</{name}");
            i = find_ci(b, i, close.as_bytes()).unwrap_or(b.len());
        }
    }
    if let Some(o) = out {
        o.push_str(&html[copied..]);
    }
    exceeded
}

fn find(b: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    memchr::memmem::find(&b[from.min(b.len())..], pat).map(|p| p + from)
}

fn find_ci(b: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(off) = memchr::memchr(b'<', &b[i.min(b.len())..]) {
        let s = i + off;
        if b.len() - s >= pat.len() && b[s..s + pat.len()].eq_ignore_ascii_case(pat) {
            return Some(s);
        }
        i = s + 1;
    }
    None
}

/// Removes what is never text before parsing, to spare html5ever the work:
/// comments and the contents of `<script>` (except JSON-LD, which holds
/// metadata), `<style>` and `<noscript>`. On news pages these are often half
/// of the bytes.
///
/// ```
/// let page = "<p>a</p><!-- x --><script>if (a<b) {}</script><script type=\"application/ld+json\">{}</script><style>p{}</style><p>b</p>";
/// assert_eq!(dyad_ingest::html::depth::strip_non_text(page), "<p>a</p><script type=\"application/ld+json\">{}</script><p>b</p>");
/// ```
pub fn strip_non_text(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let start = i + off;
        let rest = &b[start..];
        if rest.starts_with(b"<!--") {
            let end = find(b, start + 4, b"-->").map(|e| e + 3).unwrap_or(b.len());
            out.push_str(&html[copied..start]);
            copied = end;
            i = end;
            continue;
        }
        let name_len = rest[1..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
        let name = &rest[1..1 + name_len];
        let raw = [&b"script"[..], b"style", b"noscript"]
            .iter()
            .any(|r| name.eq_ignore_ascii_case(r));
        if !raw {
            i = start + 1;
            continue;
        }
        let Some(tag_end) = memchr::memchr(b'>', &rest[1..]).map(|e| start + 2 + e) else {
            break;
        };
        let tag = &html[start..tag_end];
        let close = format!("</{}", std::str::from_utf8(name).unwrap_or("script"));
        let body_end = find_ci(b, tag_end, close.as_bytes()).unwrap_or(b.len());
        let end = memchr::memchr(b'>', &b[body_end..])
            .map(|e| body_end + e + 1)
            .unwrap_or(b.len());
        if tag.to_ascii_lowercase().contains("ld+json") {
            i = end;
            continue;
        }
        out.push_str(&html[copied..start]);
        copied = end;
        i = end;
    }
    if copied == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied.min(html.len())..]);
    Cow::Owned(out)
}
