//! RSS 2.0 and Atom feeds: one document per `<item>`/`<entry>`, from its
//! full content (`content:encoded`, Atom `content`) or else its
//! description/summary, with title, link, id, date and the feed's language.
//!
//! A feed is read whole (feeds are small; the size cap of the readers
//! applies). A malformed feed yields the items before the error, then the
//! error with its byte offset.

use crate::{dates, IngestError};
use dyad_model::{Body, Document};
use quick_xml::events::Event;
use quick_xml::Reader;

#[derive(Default)]
struct Item {
    title: String,
    link: String,
    id: String,
    date: String,
    description: String,
    content: String,
}

/// Which item field the current text belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    Title,
    Link,
    Id,
    Date,
    Description,
    Content,
}

/// The documents of a feed.
///
/// ```
/// let rss = br#"<?xml version="1.0"?><rss><channel><language>it</language>
///   <item><title>Vertice a Roma</title><link>https://example.it/a</link>
///   <pubDate>Thu, 20 Jun 2024 10:00:00 GMT</pubDate>
///   <description><![CDATA[<p>I ministri si sono incontrati.</p>]]></description></item>
/// </channel></rss>"#;
/// let docs = dyad_ingest::readers::feed::parse("feed.xml", rss);
/// let d = docs[0].as_ref().unwrap();
/// assert_eq!(d.title.as_deref(), Some("Vertice a Roma"));
/// assert_eq!(d.date.as_deref(), Some("2024-06-20"));
/// assert_eq!(d.lang.as_deref(), Some("it"));
/// ```
pub fn parse(name: &str, bytes: &[u8]) -> Vec<Result<Document, IngestError>> {
    let text = crate::decode::decode_text(bytes);
    let mut reader = Reader::from_str(&text);
    let mut out = Vec::new();
    let mut lang: Option<String> = None;
    let mut in_language = false;
    let mut item: Option<Item> = None;
    let mut field: Option<(Field, usize)> = None;
    let mut depth = 0usize;
    let mut item_depth = 0usize;
    let mut count = 0usize;
    loop {
        let ev = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                let pos = reader.buffer_position();
                out.push(Err(IngestError::at(
                    name,
                    format!("byte {pos}"),
                    format!("malformed feed: {e}"),
                )));
                break;
            }
        };
        match ev {
            Event::Eof => break,
            Event::Start(e) => {
                depth += 1;
                let local = e.local_name();
                let tag = String::from_utf8_lossy(local.as_ref()).to_ascii_lowercase();
                match (&mut item, tag.as_str()) {
                    (None, "item" | "entry") => {
                        item = Some(Item::default());
                        item_depth = depth;
                        count += 1;
                    }
                    (None, "language") => in_language = true,
                    (Some(it), t) if field.is_none() && depth == item_depth + 1 => {
                        field = field_of(t, &e, it).map(|f| (f, depth));
                    }
                    _ => {}
                }
            }
            Event::Empty(e) => {
                if let Some(it) = &mut item {
                    if e.local_name().as_ref().eq_ignore_ascii_case(b"link") {
                        atom_link(&e, it);
                    }
                }
            }
            Event::End(_) => {
                if let Some((_, d)) = field {
                    if d == depth {
                        field = None;
                    }
                }
                if item.is_some() && depth == item_depth {
                    let it = item.take().unwrap_or_default();
                    out.push(to_document(name, count, it, lang.as_deref()));
                }
                in_language = false;
                depth = depth.saturating_sub(1);
            }
            Event::Text(t) => {
                let s = t.decode().map(|c| c.into_owned()).unwrap_or_default();
                push_text(&mut item, field, in_language, &mut lang, &s);
            }
            Event::CData(t) => {
                let s = String::from_utf8_lossy(&t.into_inner()).into_owned();
                push_text(&mut item, field, in_language, &mut lang, &s);
            }
            Event::GeneralRef(r) => {
                let s = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => match r.decode().as_deref() {
                        Ok("amp") => "&".into(),
                        Ok("lt") => "<".into(),
                        Ok("gt") => ">".into(),
                        Ok("quot") => "\"".into(),
                        Ok("apos") => "'".into(),
                        Ok(other) => format!("&{other};"),
                        Err(_) => String::new(),
                    },
                };
                push_text(&mut item, field, in_language, &mut lang, &s);
            }
            _ => {}
        }
    }
    out
}

fn field_of(tag: &str, e: &quick_xml::events::BytesStart, it: &mut Item) -> Option<Field> {
    Some(match tag {
        "title" => Field::Title,
        "link" => {
            atom_link(e, it);
            Field::Link
        }
        "guid" | "id" => Field::Id,
        "pubdate" | "published" | "date" | "issued" => Field::Date,
        "updated" if it.date.is_empty() => Field::Date,
        "description" | "summary" => Field::Description,
        "encoded" | "content" => Field::Content,
        _ => return None,
    })
}

/// Atom `<link href="…" rel="alternate"/>`.
fn atom_link(e: &quick_xml::events::BytesStart, it: &mut Item) {
    let mut href = None;
    let mut rel = None;
    for a in e.attributes().flatten() {
        let v = String::from_utf8_lossy(&a.value).into_owned();
        match a.key.local_name().as_ref() {
            b"href" => href = Some(v),
            b"rel" => rel = Some(v),
            _ => {}
        }
    }
    if let Some(h) = href {
        if rel.as_deref().is_none_or(|r| r == "alternate") && it.link.is_empty() {
            it.link = h;
        }
    }
}

fn push_text(
    item: &mut Option<Item>,
    field: Option<(Field, usize)>,
    in_language: bool,
    lang: &mut Option<String>,
    s: &str,
) {
    if in_language && item.is_none() {
        *lang = super::jsonl::normalize_lang(s);
        return;
    }
    let (Some(it), Some((f, _))) = (item, field) else {
        return;
    };
    let target = match f {
        Field::Title => &mut it.title,
        Field::Link => &mut it.link,
        Field::Id => &mut it.id,
        Field::Date => &mut it.date,
        Field::Description => &mut it.description,
        Field::Content => &mut it.content,
    };
    target.push_str(s);
}

fn to_document(name: &str, n: usize, it: Item, lang: Option<&str>) -> Result<Document, IngestError> {
    let body = if !it.content.trim().is_empty() {
        it.content
    } else {
        it.description
    };
    if body.trim().is_empty() {
        return Err(IngestError::at(name, format!("item {n}"), "no content or description"));
    }
    let link = it.link.trim().to_string();
    let url = (!link.is_empty()).then_some(link);
    let body = if body.contains('<') {
        Body::Html(body)
    } else {
        Body::Text(body)
    };
    Ok(Document {
        id: Some(it.id.trim().to_string()).filter(|s| !s.is_empty()),
        source: url.clone().unwrap_or_else(|| format!("{name}:item {n}")),
        url,
        title: Some(crate::html::dom::collapse_ws(&it.title)).filter(|s| !s.is_empty()),
        lang: lang.map(str::to_string),
        date: dates::normalize(&it.date),
        body,
    })
}
