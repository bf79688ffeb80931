//! The overview: `GET /api/stats` returns counts, events by category, top
//! dyads and actors, the date range and the latest events — everything the
//! page's first view needs in one request. The answer scans the whole
//! database, so it is cached until the database changes (see `cache`).

use super::cluster_json;
use crate::errors::ApiResult;
use crate::AppState;
use axum::extract::State;
use axum::Json;
use dyad_store::{EventFilter, EventOrder};
use serde_json::{json, Value};
use std::sync::Arc;

/// The statistics, from the cache when the database is unchanged.
pub(crate) async fn cached(st: &AppState) -> ApiResult<Arc<Value>> {
    let stamp = st.cache.stamp();
    if let Some(v) = st.cache.get("stats", &stamp) {
        return Ok(v);
    }
    let v = Arc::new(
        st.pool
            .run(move |store| {
                let s = store.stats()?;
                let (first_day, last_day) = store.date_range()?;
                let latest = store.clusters(&EventFilter { order: EventOrder::Newest, limit: Some(10), ..Default::default() })?;
                Ok(json!({
                    "documents": s.documents,
                    "document_sources": s.document_sources,
                    "actor_mentions": s.actor_mentions,
                    "quotes": s.quotes,
                    "event_mentions": s.event_mentions,
                    "events": s.clusters,
                    "first_day": first_day,
                    "last_day": last_day,
                    "by_category": s.by_category.iter().map(|(c, events, mentions)| json!({
                        "event": c, "quad": c.quad(), "events": events, "mentions": mentions,
                    })).collect::<Vec<_>>(),
                    "top_dyads": s.top_dyads.iter().map(|(a, b, n)| json!({"source": a, "recipient": b, "events": n})).collect::<Vec<_>>(),
                    "top_actors": s.top_actors.iter().map(|(a, n)| json!({"code": a, "events": n})).collect::<Vec<_>>(),
                    "latest": latest.iter().map(cluster_json).collect::<Vec<_>>(),
                }))
            })
            .await?,
    );
    st.cache.put("stats".into(), stamp, Arc::clone(&v));
    Ok(v)
}

/// `GET /api/stats`.
pub async fn stats(State(st): State<AppState>) -> ApiResult<Json<Value>> {
    Ok(Json(cached(&st).await?.as_ref().clone()))
}
