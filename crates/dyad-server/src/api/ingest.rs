//! Ingest: `POST /api/ingest` codes pasted or uploaded documents with the
//! CLI's pipeline and stores them, answering with what was coded.
//!
//! Disabled (403) unless the server runs with `--allow-ingest`. Bodies:
//! - `application/json`: one object — a document `{"text" | "html", "lang",
//!   "date", "title", "url", "id", "source"}` or an already coded record
//!   (`{"doc": …, "actors": …, "events": …, "quotes": …}` as printed by
//!   `dyad extract`);
//! - `application/x-ndjson` (or `application/jsonl`): one such object per line.
//!
//! Other content types are refused (415): a plain HTML form cannot post JSON
//! cross-site without a CORS preflight, which this server never grants.
//! Bodies above the configured size (413) or with too many documents (400)
//! are refused before any coding.

use crate::errors::{ApiError, ApiResult};
use crate::AppState;
use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::Json;
use dyad_model::{Body as DocBody, Document, Record};
use dyad_store::{parse_bound, Bound, InsertOutcome};
use serde::Deserialize;
use serde_json::{json, Value};

/// A document to code, as posted.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocIn {
    pub text: Option<String>,
    pub html: Option<String>,
    /// ISO 639-1 (`it`, `en`); detected when absent.
    pub lang: Option<String>,
    /// Publication date `YYYY-MM-DD`: relative dates resolve against it.
    pub date: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub id: Option<String>,
    /// Where the text came from (default `pasted`); counts as its outlet.
    pub source: Option<String>,
}

/// One posted item: a document to code, or a record already coded.
enum Item {
    Doc(Box<Document>),
    Record(Box<Record>),
}

fn parse_item(v: Value, what: &str) -> ApiResult<Item> {
    if v.get("doc").is_some() {
        let r: Record =
            serde_json::from_value(v).map_err(|e| ApiError::bad_request(format!("{what}: not a dyad record: {e}")))?;
        return Ok(Item::Record(Box::new(r)));
    }
    let d: DocIn = serde_json::from_value(v).map_err(|e| ApiError::bad_request(format!("{what}: {e}")))?;
    let body = match (d.text, d.html) {
        (Some(t), None) => DocBody::Text(t),
        (None, Some(h)) => DocBody::Html(h),
        _ => {
            return Err(ApiError::bad_request(format!(
                "{what}: give exactly one of \"text\" or \"html\""
            )))
        }
    };
    let empty = match &body {
        DocBody::Text(t) | DocBody::Html(t) => t.trim().is_empty(),
    };
    if empty {
        return Err(ApiError::bad_request(format!("{what}: the text is empty")));
    }
    if let Some(date) = d.date.as_deref() {
        if date.len() != 10 || parse_bound(date, Bound::Start).is_err() {
            return Err(ApiError::bad_request(format!(
                "{what}: invalid date '{date}': expected YYYY-MM-DD"
            )));
        }
    }
    if let Some(lang) = d.lang.as_deref() {
        if lang.len() != 2 || !lang.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(ApiError::bad_request(format!(
                "{what}: invalid lang '{lang}': expected a two-letter code such as it or en"
            )));
        }
    }
    Ok(Item::Doc(Box::new(Document {
        id: d.id,
        source: d
            .source
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| "pasted".into()),
        url: d.url,
        title: d.title,
        lang: d.lang,
        date: d.date,
        body,
    })))
}

/// Parses the body into items, by content type.
fn parse_body(content_type: &str, bytes: &[u8], max_docs: usize) -> ApiResult<Vec<Item>> {
    let text = std::str::from_utf8(bytes).map_err(|e| ApiError::bad_request(format!("the body is not UTF-8: {e}")))?;
    let mime = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    match mime.as_str() {
        "application/json" => {
            let v: Value =
                serde_json::from_str(text).map_err(|e| ApiError::bad_request(format!("invalid JSON: {e}")))?;
            Ok(vec![parse_item(v, "body")?])
        }
        "application/x-ndjson" | "application/jsonl" | "application/x-jsonlines" | "application/jsonlines" => {
            let mut items = Vec::new();
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                if items.len() == max_docs {
                    return Err(ApiError::bad_request(format!(
                        "more than {max_docs} documents in one request"
                    )));
                }
                let what = format!("line {}", i + 1);
                let v: Value = serde_json::from_str(line)
                    .map_err(|e| ApiError::bad_request(format!("{what}: invalid JSON: {e}")))?;
                items.push(parse_item(v, &what)?);
            }
            if items.is_empty() {
                return Err(ApiError::bad_request("no documents in the body"));
            }
            Ok(items)
        }
        other => Err(ApiError::UnsupportedMedia(format!(
            "content type '{other}' is not accepted: send application/json or application/x-ndjson"
        ))),
    }
}

/// `POST /api/ingest`: `{"new", "unchanged", "failed", "documents": [{"doc_id", "title", "lang", "date", "outcome", "events", "error"}]}`.
pub async fn ingest(State(st): State<AppState>, headers: HeaderMap, body: Body) -> ApiResult<Json<Value>> {
    let Some(pipeline) = st.ingest.clone() else {
        return Err(ApiError::Forbidden(
            "ingest is disabled: start the server with `dyad serve --allow-ingest`".into(),
        ));
    };
    let limit = st.config.max_upload_bytes;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let bytes = axum::body::to_bytes(body, limit)
        .await
        .map_err(|_| ApiError::TooLarge(format!("the body is larger than {limit} bytes")))?;
    let items = parse_body(&content_type, &bytes, st.config.max_upload_docs)?;

    // Coding is CPU-bound: run it off the async threads, one document at a time.
    let coded: Vec<Result<Record, String>> = tokio::task::spawn_blocking(move || {
        items
            .into_iter()
            .map(|item| match item {
                Item::Record(r) => Ok(*r),
                Item::Doc(d) => pipeline(*d).map_err(|e| format!("{e:#}")),
            })
            .collect()
    })
    .await
    .map_err(|e| ApiError::Internal(format!("coding task failed: {e}")))?;

    let single = coded.len() == 1;
    if single {
        if let Some(Err(message)) = coded.first() {
            return Err(ApiError::Unprocessable(message.clone()));
        }
    }
    st.pool
        .run(move |store| {
            let records: Vec<Record> = coded.iter().filter_map(|r| r.as_ref().ok().cloned()).collect();
            let outcomes = store.insert(&records)?;
            let (mut new, mut unchanged, mut failed) = (0, 0, 0);
            let mut docs = Vec::with_capacity(coded.len());
            let mut outcome_iter = outcomes.iter();
            for item in &coded {
                match item {
                    Err(message) => {
                        failed += 1;
                        docs.push(json!({"outcome": "failed", "error": message}));
                    }
                    Ok(record) => {
                        let outcome = match outcome_iter.next() {
                            Some(InsertOutcome::New { .. }) => {
                                new += 1;
                                "new"
                            }
                            _ => {
                                unchanged += 1;
                                "unchanged"
                            }
                        };
                        // The stored article (the earlier copy when unchanged) gives cluster ids.
                        let stored = store.article(&record.doc.id)?;
                        let mut events = serde_json::to_value(&record.events)?;
                        if let (Some(list), Some(a)) = (events.as_array_mut(), stored.as_ref()) {
                            if a.record.doc.text == record.doc.text {
                                for (e, c) in list.iter_mut().zip(&a.clusters) {
                                    e["cluster_id"] = json!(c);
                                }
                            }
                        }
                        docs.push(json!({
                            "outcome": outcome,
                            "doc_id": record.doc.id,
                            "title": record.doc.title,
                            "lang": record.doc.lang,
                            "date": record.doc.date,
                            "actors": record.actors.len(),
                            "quotes": record.quotes.len(),
                            "events": events,
                        }));
                    }
                }
            }
            Ok(Json(
                json!({"new": new, "unchanged": unchanged, "failed": failed, "documents": docs}),
            ))
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies() {
        let ok = parse_body(
            "application/json; charset=utf-8",
            br#"{"text": "Putin visita Hanoi.", "lang": "it", "date": "2024-06-20"}"#,
            10,
        );
        assert!(matches!(ok.as_deref(), Ok([Item::Doc(_)])));
        let err = |ct: &str, b: &[u8]| parse_body(ct, b, 2).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err("text/plain", b"hi").contains("not accepted"));
        assert!(err("application/json", b"{").contains("invalid JSON"));
        assert!(err("application/json", br#"{"text": "x", "date": "ieri"}"#).contains("invalid date"));
        assert!(err("application/json", br#"{"txt": "x"}"#).contains("unknown field"));
        assert!(err("application/json", br#"{"text": "  "}"#).contains("empty"));
        assert!(err(
            "application/x-ndjson",
            b"{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}"
        )
        .contains("more than 2"));
        assert!(err("application/x-ndjson", b"{\"text\":\"a\"}\nnope").contains("line 2"));
    }
}
