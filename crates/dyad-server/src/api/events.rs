//! Events: `GET /api/events` (de-duplicated events, filtered and paginated,
//! newest first by default) and `GET /api/events/{id}` (one event with every
//! mention, each with its sentence and the spans to highlight).

use super::cluster_json;
use crate::errors::{ApiError, ApiResult};
use crate::params::{self, Params};
use crate::AppState;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::Json;
use dyad_store::{Bound, EventFilter, EventOrder, MentionDetail};
use serde::Deserialize;
use serde_json::{json, Value};

/// Query parameters of `GET /api/events`.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct EventsParams {
    /// Source actor: a code (`RUS`) or an actor id, name or text.
    pub actor: Option<String>,
    /// Recipient actor, as `actor`.
    pub recipient: Option<String>,
    /// PLOVER category (`CONSULT`).
    pub event: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    /// Only events mentioned in this article (document id).
    pub doc: Option<String>,
    /// `desc` (newest first, default) or `asc`.
    pub order: Option<String>,
    pub limit: Option<usize>,
    pub offset: Option<usize>,
}

/// The deepest offset a page may start at; beyond it, narrow the filters.
pub const MAX_OFFSET: usize = 1_000_000;

/// Checks the parameters and turns them into a page query. `desc` puts
/// dateless events last and `asc` first: both read the day index in order.
pub(crate) fn page_query(p: &EventsParams, default_limit: usize, max: usize) -> ApiResult<EventFilter> {
    let order = match p.order.as_deref().map(str::trim) {
        None | Some("") | Some("desc") => EventOrder::Newest,
        Some("asc") => EventOrder::DatelessFirst,
        Some(o) => {
            return Err(ApiError::bad_request(format!(
                "invalid order '{o}': expected asc or desc"
            )))
        }
    };
    let offset = p.offset.unwrap_or(0);
    if offset > MAX_OFFSET {
        return Err(ApiError::bad_request(format!(
            "offset must be at most {MAX_OFFSET}; narrow the filters instead"
        )));
    }
    Ok(EventFilter {
        actor: params::actor("actor", p.actor.as_deref())?,
        recipient: params::actor("recipient", p.recipient.as_deref())?,
        event: params::category(p.event.as_deref())?,
        since: params::date("since", p.since.as_deref(), Bound::Start)?,
        until: params::date("until", p.until.as_deref(), Bound::End)?,
        doc: params::actor("doc", p.doc.as_deref())?,
        order,
        offset,
        limit: Some(params::limit(p.limit, default_limit, max)?),
        cluster: None,
    })
}

/// `GET /api/events`: `{"total", "offset", "limit", "items": [event…]}`.
pub async fn list(State(st): State<AppState>, Params(p): Params<EventsParams>) -> ApiResult<Json<Value>> {
    let q = page_query(&p, 50, st.config.max_page)?;
    st.pool
        .run(move |store| {
            let total = store.count_clusters(&q)?;
            let items = store.clusters(&q)?;
            Ok(Json(json!({
                "total": total,
                "offset": q.offset,
                "limit": q.limit,
                "items": items.iter().map(cluster_json).collect::<Vec<_>>(),
            })))
        })
        .await
}

/// Query parameters of `GET /api/events/{id}`.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct DetailParams {
    /// Most mentions to return (default 50, at most 500).
    pub limit: Option<usize>,
}

/// `GET /api/events/{id}`: the event and its mentions. Each mention carries
/// the coded event (offsets into its article), the article's metadata and
/// `sentence` = `{start, end, text}` so a client can highlight without
/// fetching the whole article.
pub async fn detail(
    State(st): State<AppState>,
    id: Result<Path<String>, PathRejection>,
    Params(p): Params<DetailParams>,
) -> ApiResult<Json<Value>> {
    let Path(id) = id.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let id = params::id("event", &id)?;
    let limit = params::limit(p.limit, 50, 500)?;
    st.pool
        .run(move |store| {
            let Some(detail) = store.event_detail(&id, limit)? else {
                return Err(ApiError::not_found(format!("no event with id '{id}'")));
            };
            let mut out = Vec::with_capacity(detail.mentions.len());
            for MentionDetail { mention: m, sentence } in &detail.mentions {
                let sentence = sentence
                    .as_ref()
                    .map(|s| json!({"start": m.event.start, "end": m.event.end, "text": s}));
                out.push(json!({
                    "event": m.event,
                    "day": m.day,
                    "doc_id": m.doc_id,
                    "doc_title": m.doc_title,
                    "doc_source": m.doc_source,
                    "doc_url": m.doc_url,
                    "doc_date": m.doc_date,
                    "sentence": sentence,
                }));
            }
            let mut v = cluster_json(&detail.cluster);
            v["mention_list"] = Value::Array(out);
            Ok(Json(v))
        })
        .await
}
