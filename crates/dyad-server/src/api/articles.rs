//! Articles: `GET /api/articles/{id}` returns one stored document with its
//! text and every span coded in it — actor mentions, events (with trigger,
//! actor, sentence offsets, reason, and the id of the de-duplicated event
//! each belongs to) and quotes — plus every source it was read from.
//! Offsets are byte offsets into `doc.text`, as in the record.

use crate::errors::{ApiError, ApiResult};
use crate::params;
use crate::AppState;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::Json;
use serde_json::{json, Value};

/// `GET /api/articles/{id}`: the record (`doc`, `actors`, `events`, `quotes`)
/// with `cluster_id` added to each event and `sources`.
pub async fn detail(State(st): State<AppState>, id: Result<Path<String>, PathRejection>) -> ApiResult<Json<Value>> {
    let Path(id) = id.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let id = params::id("article", &id)?;
    st.pool
        .run(move |store| {
            let Some(a) = store.article(&id)? else {
                return Err(ApiError::not_found(format!("no article with id '{id}'")));
            };
            let mut v = serde_json::to_value(&a.record)?;
            if let Some(events) = v.get_mut("events").and_then(Value::as_array_mut) {
                for (e, cluster) in events.iter_mut().zip(&a.clusters) {
                    e["cluster_id"] = json!(cluster);
                }
            }
            v["sources"] = json!(a
                .sources
                .iter()
                .map(|s| json!({"source": s.source, "url": s.url}))
                .collect::<Vec<_>>());
            Ok(Json(v))
        })
        .await
}
