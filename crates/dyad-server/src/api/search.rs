//! Full-text search: `GET /api/search?q=...` over article titles and texts
//! (SQLite FTS5; FTS5 syntax accepted, else plain words). Snippets come as
//! parts `{text, hit}` so clients need not parse markup.

use crate::errors::{ApiError, ApiResult};
use crate::params::{self, Params};
use crate::AppState;
use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

/// Query parameters of `GET /api/search`.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct SearchParams {
    /// Required, at most 500 bytes.
    pub q: Option<String>,
    /// Default 20, at most 100.
    pub limit: Option<usize>,
}

// Private-use characters cannot occur in stored text, so they delimit hits safely.
const OPEN: &str = "\u{E000}";
const CLOSE: &str = "\u{E001}";

/// Splits a marked snippet into `{text, hit}` parts.
pub(crate) fn snippet_parts(s: &str) -> Vec<Value> {
    let mut parts = Vec::new();
    for (i, chunk) in s.split(OPEN).enumerate() {
        let (hit, rest) = match (i, chunk.split_once(CLOSE)) {
            (0, _) | (_, None) => ("", chunk),
            (_, Some((h, r))) => (h, r),
        };
        if !hit.is_empty() {
            parts.push(json!({"text": hit, "hit": true}));
        }
        let rest = rest.replace(CLOSE, "");
        if !rest.is_empty() {
            parts.push(json!({"text": rest, "hit": false}));
        }
    }
    parts
}

/// `GET /api/search`: `{"query", "items": [{"doc_id", "title", "source", "url", "date", "snippet": [{text, hit}], "rank"}]}`.
pub async fn search(State(st): State<AppState>, Params(p): Params<SearchParams>) -> ApiResult<Json<Value>> {
    let q = p.q.as_deref().map(str::trim).unwrap_or("").to_string();
    if q.is_empty() {
        return Err(ApiError::bad_request("q is required"));
    }
    if q.len() > 500 {
        return Err(ApiError::bad_request("q is longer than 500 bytes"));
    }
    let limit = params::limit(p.limit, 20, 100)?;
    st.pool
        .run(move |store| {
            let hits = store.search(&q, limit, (OPEN, CLOSE))?;
            Ok(Json(json!({
                "query": q,
                "items": hits.iter().map(|h| json!({
                    "doc_id": h.doc_id,
                    "title": h.title,
                    "source": h.source,
                    "url": h.url,
                    "date": h.date,
                    "snippet": snippet_parts(&h.snippet),
                    "rank": h.rank,
                })).collect::<Vec<_>>(),
            })))
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts() {
        let s = format!("a {OPEN}Putin{CLOSE} in {OPEN}Hanoi{CLOSE}.");
        let p = snippet_parts(&s);
        assert_eq!(p.len(), 5);
        assert_eq!(p[1], json!({"text": "Putin", "hit": true}));
        assert_eq!(p[4], json!({"text": ".", "hit": false}));
    }
}
