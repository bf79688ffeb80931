//! The JSON API under `/api/`: one module per concept, each owning its
//! routes, parameters and response shapes. [`routes`] assembles them; the
//! OpenAPI description (`crate::openapi`) documents every route listed here.
//!
//! Conventions: `GET` endpoints only read; list endpoints take `limit`
//! (bounded, see each module) and the date filters `since` / `until`
//! (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`, inclusive); errors are
//! `{"error": code, "message": text}` with a 4xx status for bad input.

pub mod actors;
pub mod articles;
pub mod dyads;
pub mod events;
pub mod graph;
pub mod ingest;
pub mod map;
pub mod search;
pub mod stats;

use crate::AppState;
use axum::extract::State;
use axum::routing::{any, get, post};
use axum::{Json, Router};
use dyad_store::EventCluster;
use serde_json::{json, Value};

/// Every API route.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/info", get(info))
        .route("/api/openapi.json", get(|| async { Json(crate::openapi::document()) }))
        .route("/api/stats", get(stats::stats))
        .route("/api/events", get(events::list))
        .route("/api/events/{id}", get(events::detail))
        .route("/api/actors", get(actors::list))
        .route("/api/actors/{code}", get(actors::detail))
        .route("/api/dyads", get(dyads::list))
        .route("/api/timeline", get(dyads::timeline))
        .route("/api/graph", get(graph::graph))
        .route("/api/locations", get(map::locations))
        .route("/api/articles/{id}", get(articles::detail))
        .route("/api/search", get(search::search))
        .route("/api/ingest", post(ingest::ingest))
        .route("/api/{*rest}", any(crate::api_not_found))
        .method_not_allowed_fallback(crate::method_not_allowed)
}

/// Computes the answers that scan the whole database (statistics, the map's
/// default locations) so the first visitor finds them cached. Failures are
/// only logged: the request that needs the answer will report them.
pub async fn warm(state: AppState) {
    if let Err(e) = stats::cached(&state).await {
        tracing::warn!("warming statistics: {e}");
    }
    if let Err(e) = map::cached(&state, None, None, map::DEFAULT_PLACES).await {
        tracing::warn!("warming locations: {e}");
    }
}

/// `GET /api/info`: version, whether ingest is allowed, which page is embedded, and limits.
async fn info(State(st): State<AppState>) -> Json<Value> {
    Json(json!({
        "name": "dyad",
        "version": env!("CARGO_PKG_VERSION"),
        "ingest": st.ingest.is_some(),
        "full_page": crate::assets::FULL_PAGE,
        "limits": {
            "max_page": st.config.max_page,
            "max_upload_bytes": st.config.max_upload_bytes,
            "max_upload_docs": st.config.max_upload_docs,
        },
    }))
}

/// The JSON shape of one de-duplicated event, shared by several endpoints.
pub(crate) fn cluster_json(c: &EventCluster) -> Value {
    json!({
        "id": c.id,
        "event": c.event,
        "mode": c.mode,
        "quad": c.quad,
        "score": c.score,
        "source": c.source,
        "recipient": c.recipient,
        "negated": c.negated,
        "date": c.date,
        "first_seen": c.first_seen,
        "last_seen": c.last_seen,
        "mentions": c.mentions,
        "articles": c.articles,
        "sources": c.sources,
        "location_country": c.location_country,
        "trigger": c.trigger,
        "doc_id": c.doc_id,
        "doc_title": c.doc_title,
        "doc_source": c.doc_source,
    })
}

/// The JSON shape of a dyad aggregate row.
pub(crate) fn dyad_json(r: &dyad_store::DyadRow) -> Value {
    json!({
        "source": r.source,
        "recipient": r.recipient,
        "period": r.period,
        "events": r.events,
        "mentions": r.mentions,
        "quad": r.quad,
        "score": r.score,
        "index": r.index,
    })
}
