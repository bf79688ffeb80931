//! Event locations for the map: `GET /api/locations` returns places with
//! coordinates (from the coder's gazetteer) and event counts per country.
//! The page draws them over offline world geometry; no tiles are fetched.

use crate::errors::ApiResult;
use crate::params::{self, Params};
use crate::AppState;
use axum::extract::State;
use axum::Json;
use dyad_store::Bound;
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::Arc;

/// Query parameters of `GET /api/locations`.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct LocationParams {
    pub since: Option<String>,
    pub until: Option<String>,
    /// Places, most events first: default 300, at most 2,000.
    pub limit: Option<usize>,
}

/// The locations, from the cache when the database is unchanged.
pub(crate) async fn cached(
    st: &AppState,
    since: Option<String>,
    until: Option<String>,
    limit: usize,
) -> ApiResult<Arc<Value>> {
    let key = format!("locations|{since:?}|{until:?}|{limit}");
    let stamp = st.cache.stamp();
    if let Some(v) = st.cache.get(&key, &stamp) {
        return Ok(v);
    }
    let v = Arc::new(
        st.pool
            .run(move |store| {
                let loc = store.locations(since.as_deref(), until.as_deref(), limit)?;
                Ok(json!({
                    "places": loc.places.iter().map(|p| json!({
                        "place": p.text, "country": p.country, "lat": p.lat, "lon": p.lon, "mentions": p.mentions,
                    })).collect::<Vec<_>>(),
                    "countries": loc.countries.iter().map(|(c, n)| json!({"country": c, "events": n})).collect::<Vec<_>>(),
                }))
            })
            .await?,
    );
    st.cache.put(key, stamp, Arc::clone(&v));
    Ok(v)
}

/// Default number of places.
pub(crate) const DEFAULT_PLACES: usize = 300;

/// `GET /api/locations`: `{"places": [{"place", "country", "lat", "lon", "mentions"}], "countries": [{"country", "events"}]}`.
/// Scans every located event mention, so answers are cached until the database changes.
pub async fn locations(State(st): State<AppState>, Params(p): Params<LocationParams>) -> ApiResult<Json<Value>> {
    let since = params::date("since", p.since.as_deref(), Bound::Start)?;
    let until = params::date("until", p.until.as_deref(), Bound::End)?;
    let limit = params::limit(p.limit, DEFAULT_PLACES, 2000)?;
    Ok(Json(cached(&st, since, until, limit).await?.as_ref().clone()))
}
