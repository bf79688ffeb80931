//! Dyads and timelines: `GET /api/dyads` (per directed actor pair and
//! period: events by quad class, scores, cooperation–conflict index) and
//! `GET /api/timeline` (one dyad, or one actor in either role, over time with
//! empty periods filled in).

use super::dyad_json;
use crate::errors::{ApiError, ApiResult};
use crate::params::{self, Params};
use crate::AppState;
use axum::extract::State;
use axum::Json;
use dyad_store::{Bound, DyadQuery, DyadRow, Period, Store};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Query parameters of `GET /api/dyads`.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct DyadsParams {
    pub actor: Option<String>,
    pub recipient: Option<String>,
    pub event: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    /// `all` (default), `day`, `week`, `month` or `year`.
    pub period: Option<String>,
    /// Default 100, at most 5,000.
    pub limit: Option<usize>,
}

/// Most dyad rows one request returns.
pub const MAX_DYADS: usize = 5000;

pub(crate) fn period(value: Option<&str>, default: Period) -> ApiResult<Period> {
    match value.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(default),
        Some(s) => s.parse::<Period>().map_err(ApiError::from),
    }
}

/// `GET /api/dyads`: `{"items": [dyad…]}`.
pub async fn list(State(st): State<AppState>, Params(p): Params<DyadsParams>) -> ApiResult<Json<Value>> {
    let q = DyadQuery {
        actor: params::actor("actor", p.actor.as_deref())?,
        recipient: params::actor("recipient", p.recipient.as_deref())?,
        event: params::category(p.event.as_deref())?,
        since: params::date("since", p.since.as_deref(), Bound::Start)?,
        until: params::date("until", p.until.as_deref(), Bound::End)?,
        period: period(p.period.as_deref(), Period::All)?,
        limit: Some(params::limit(p.limit, 100, MAX_DYADS)?),
    };
    st.pool
        .run(move |store| {
            let rows = store.dyads(&q)?;
            Ok(Json(json!({ "items": rows.iter().map(dyad_json).collect::<Vec<_>>() })))
        })
        .await
}

/// Query parameters of `GET /api/timeline`.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct TimelineParams {
    /// Required: the source actor code (or the actor, when `recipient` is absent).
    pub actor: Option<String>,
    /// The recipient code; absent → the actor's events in either role.
    pub recipient: Option<String>,
    /// `day`, `week`, `month` (default) or `year`.
    pub period: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
}

/// Most periods a timeline returns (about 27 years of days).
pub const MAX_PERIODS: usize = 10_000;

/// One actor's events, either role, summed per period.
pub(crate) fn actor_timeline(
    store: &Store,
    code: &str,
    period: Period,
    since: Option<&str>,
    until: Option<&str>,
) -> ApiResult<Vec<DyadRow>> {
    let base = DyadQuery {
        since: since.map(str::to_string),
        until: until.map(str::to_string),
        period,
        ..Default::default()
    };
    let out_rows = store.dyads(&DyadQuery {
        actor: Some(code.to_string()),
        ..base.clone()
    })?;
    let in_rows = store.dyads(&DyadQuery {
        recipient: Some(code.to_string()),
        ..base
    })?;
    let mut by: BTreeMap<String, DyadRow> = BTreeMap::new();
    // A self-loop (the actor on both sides) is in both lists: count it once.
    for r in out_rows.iter().chain(in_rows.iter().filter(|r| r.source != code)) {
        let e = by.entry(r.period.clone()).or_insert_with(|| DyadRow {
            source: code.to_string(),
            recipient: String::new(),
            period: r.period.clone(),
            events: 0,
            mentions: 0,
            quad: [0; 4],
            score: 0.0,
            index: 0.0,
        });
        e.events += r.events;
        e.mentions += r.mentions;
        for i in 0..4 {
            e.quad[i] += r.quad[i];
        }
        e.score += r.score;
    }
    for r in by.values_mut() {
        r.index = dyad_store::coop_conflict_index(r.quad);
    }
    Ok(by.into_values().collect())
}

/// `GET /api/timeline`: `{"actor", "recipient", "period", "items": [dyad…]}`.
pub async fn timeline(State(st): State<AppState>, Params(p): Params<TimelineParams>) -> ApiResult<Json<Value>> {
    let actor =
        params::actor("actor", p.actor.as_deref())?.ok_or_else(|| ApiError::bad_request("actor is required"))?;
    let recipient = params::actor("recipient", p.recipient.as_deref())?;
    let period = period(p.period.as_deref(), Period::Month)?;
    if period == Period::All {
        return Err(ApiError::bad_request(
            "period must be day, week, month or year for a timeline",
        ));
    }
    let since = params::date("since", p.since.as_deref(), Bound::Start)?;
    let until = params::date("until", p.until.as_deref(), Bound::End)?;
    st.pool
        .run(move |store| {
            let mut rows = match &recipient {
                Some(r) => store.timeline(&actor, r, period, since.as_deref(), until.as_deref())?,
                None => actor_timeline(store, &actor, period, since.as_deref(), until.as_deref())?,
            };
            let truncated = rows.len() > MAX_PERIODS;
            rows.truncate(MAX_PERIODS);
            Ok(Json(json!({
                "actor": actor,
                "recipient": recipient,
                "period": p.period.unwrap_or_else(|| "month".into()),
                "truncated": truncated,
                "items": rows.iter().map(dyad_json).collect::<Vec<_>>(),
            })))
        })
        .await
}
