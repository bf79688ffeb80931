//! Event locations for the map: `GET /api/locations` returns places with
//! coordinates (from the coder's gazetteer) and event counts per country.
//! The page draws them over offline world geometry; no tiles are fetched.

use crate::db;
use crate::errors::ApiResult;
use crate::params::{self, Params};
use crate::AppState;
use axum::extract::State;
use axum::Json;
use dyad_store::Bound;
use serde::Deserialize;
use serde_json::{json, Value};

/// Query parameters of `GET /api/locations`.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct LocationParams {
    pub since: Option<String>,
    pub until: Option<String>,
    /// Places, most events first: default 300, at most 2,000.
    pub limit: Option<usize>,
}

/// `GET /api/locations`: `{"places": [{"place", "country", "lat", "lon", "mentions"}], "countries": [{"country", "events"}]}`.
pub async fn locations(State(st): State<AppState>, Params(p): Params<LocationParams>) -> ApiResult<Json<Value>> {
    let since = params::date("since", p.since.as_deref(), Bound::Start)?;
    let until = params::date("until", p.until.as_deref(), Bound::End)?;
    let limit = params::limit(p.limit, 300, 2000)?;
    st.pool
        .run(move |db| {
            let loc = db::locations(&db.conn, since.as_deref(), until.as_deref(), limit)?;
            Ok(Json(json!({
                "places": loc.places.iter().map(|(place, country, lat, lon, n)| json!({
                    "place": place, "country": country, "lat": lat, "lon": lon, "mentions": n,
                })).collect::<Vec<_>>(),
                "countries": loc.countries.iter().map(|(c, n)| json!({"country": c, "events": n})).collect::<Vec<_>>(),
            })))
        })
        .await
}
