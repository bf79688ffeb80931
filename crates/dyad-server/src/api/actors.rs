//! Actors: `GET /api/actors` (the actor graph's nodes with degrees and
//! weighted PageRank) and `GET /api/actors/{code}` (one actor: its
//! centralities, main partners in each direction and its timeline).

use super::dyad_json;
use super::dyads::actor_timeline;
use crate::errors::{ApiError, ApiResult};
use crate::params::{self, Params};
use crate::AppState;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::Json;
use dyad_store::{ActorRow, Bound, DyadQuery, Period};
use serde::Deserialize;
use serde_json::{json, Value};

/// Query parameters of both actor endpoints.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ActorsParams {
    pub since: Option<String>,
    pub until: Option<String>,
    /// List: default 100, at most the server's page size. Detail: partners per direction (default 20).
    pub limit: Option<usize>,
}

pub(crate) fn actor_json(a: &ActorRow) -> Value {
    json!({
        "code": a.code,
        "out_events": a.out_events,
        "in_events": a.in_events,
        "out_degree": a.out_degree,
        "in_degree": a.in_degree,
        "degree": a.degree,
        "weighted_degree": a.weighted_degree,
        "pagerank": a.pagerank,
    })
}

/// `GET /api/actors`: `{"items": [actor…]}`, by PageRank.
pub async fn list(State(st): State<AppState>, Params(p): Params<ActorsParams>) -> ApiResult<Json<Value>> {
    let since = params::date("since", p.since.as_deref(), Bound::Start)?;
    let until = params::date("until", p.until.as_deref(), Bound::End)?;
    let limit = params::limit(p.limit, 100, st.config.max_page)?;
    st.pool
        .run(move |store| {
            let rows = store.actors(since.as_deref(), until.as_deref(), Some(limit))?;
            Ok(Json(
                json!({ "items": rows.iter().map(actor_json).collect::<Vec<_>>() }),
            ))
        })
        .await
}

/// `GET /api/actors/{code}`: `{"actor", "rank", "as_source": [dyad…], "as_recipient": [dyad…], "timeline": [dyad…]}`.
pub async fn detail(
    State(st): State<AppState>,
    code: Result<Path<String>, PathRejection>,
    Params(p): Params<ActorsParams>,
) -> ApiResult<Json<Value>> {
    let Path(code) = code.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let code = params::id("actor", &code)?;
    let since = params::date("since", p.since.as_deref(), Bound::Start)?;
    let until = params::date("until", p.until.as_deref(), Bound::End)?;
    let limit = params::limit(p.limit, 20, st.config.max_page)?;
    st.pool
        .run(move |store| {
            let all = store.actors(since.as_deref(), until.as_deref(), None)?;
            let Some((rank, row)) = all.iter().enumerate().find(|(_, a)| a.code == code) else {
                return Err(ApiError::not_found(format!("no events with actor '{code}'")));
            };
            let base = DyadQuery {
                since: since.clone(),
                until: until.clone(),
                limit: Some(limit),
                ..Default::default()
            };
            let out_rows = store.dyads(&DyadQuery {
                actor: Some(code.clone()),
                ..base.clone()
            })?;
            let in_rows = store.dyads(&DyadQuery {
                recipient: Some(code.clone()),
                ..base
            })?;
            let timeline = actor_timeline(store, &code, Period::Month, since.as_deref(), until.as_deref())?;
            Ok(Json(json!({
                "actor": actor_json(row),
                "rank": rank + 1,
                "actors": all.len(),
                "as_source": out_rows.iter().map(dyad_json).collect::<Vec<_>>(),
                "as_recipient": in_rows.iter().map(dyad_json).collect::<Vec<_>>(),
                "timeline": timeline.iter().map(dyad_json).collect::<Vec<_>>(),
            })))
        })
        .await
}
