//! The relations graph: `GET /api/graph` returns actors as nodes and directed
//! dyads as edges, weighted by de-duplicated events, for a date range.
//! Edges carry quad-class counts and the cooperation–conflict index so a
//! client can colour them; only the heaviest `limit` edges are returned, and
//! nodes are the actors those edges touch.

use super::dyad_json;
use crate::errors::ApiResult;
use crate::params::{self, Params};
use crate::AppState;
use axum::extract::State;
use axum::Json;
use dyad_store::{Bound, DyadQuery, Period};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Query parameters of `GET /api/graph`.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct GraphParams {
    pub since: Option<String>,
    pub until: Option<String>,
    /// Only edges touching this actor code.
    pub actor: Option<String>,
    /// Edges, heaviest first: default 150, at most 2,000.
    pub limit: Option<usize>,
    /// Drop edges with fewer events (default 1).
    pub min_events: Option<usize>,
}

/// Most edges one graph request returns.
pub const MAX_EDGES: usize = 2000;

#[derive(Default)]
struct Node {
    out_events: usize,
    in_events: usize,
    quad: [usize; 4],
}

/// `GET /api/graph`: `{"since", "until", "first_day", "last_day", "nodes": [...], "edges": [...]}`.
pub async fn graph(State(st): State<AppState>, Params(p): Params<GraphParams>) -> ApiResult<Json<Value>> {
    let since = params::date("since", p.since.as_deref(), Bound::Start)?;
    let until = params::date("until", p.until.as_deref(), Bound::End)?;
    let actor = params::actor("actor", p.actor.as_deref())?;
    let limit = params::limit(p.limit, 150, MAX_EDGES)?;
    let min_events = p.min_events.unwrap_or(1);
    st.pool
        .run(move |store| {
            let base = DyadQuery {
                since: since.clone(),
                until: until.clone(),
                period: Period::All,
                ..Default::default()
            };
            let mut edges = match &actor {
                None => store.dyads(&DyadQuery {
                    limit: Some(limit),
                    ..base
                })?,
                Some(a) => {
                    let mut rows = store.dyads(&DyadQuery {
                        actor: Some(a.clone()),
                        limit: Some(limit),
                        ..base.clone()
                    })?;
                    rows.extend(
                        store
                            .dyads(&DyadQuery {
                                recipient: Some(a.clone()),
                                limit: Some(limit),
                                ..base
                            })?
                            .into_iter()
                            .filter(|r| r.source != *a),
                    );
                    rows.sort_by(|x, y| {
                        y.events
                            .cmp(&x.events)
                            .then_with(|| (&x.source, &x.recipient).cmp(&(&y.source, &y.recipient)))
                    });
                    rows.truncate(limit);
                    rows
                }
            };
            edges.retain(|e| e.events >= min_events);
            let mut nodes: BTreeMap<&str, Node> = BTreeMap::new();
            for e in &edges {
                let s = nodes.entry(&e.source).or_default();
                s.out_events += e.events;
                for i in 0..4 {
                    s.quad[i] += e.quad[i];
                }
                let r = nodes.entry(&e.recipient).or_default();
                r.in_events += e.events;
                for i in 0..4 {
                    r.quad[i] += e.quad[i];
                }
            }
            let (first_day, last_day) = store.date_range()?;
            let node_list: Vec<Value> = nodes
                .iter()
                .map(|(code, n)| {
                    json!({
                        "id": code,
                        "events": n.out_events + n.in_events,
                        "out_events": n.out_events,
                        "in_events": n.in_events,
                        "index": dyad_store::coop_conflict_index(n.quad),
                    })
                })
                .collect();
            let edge_list: Vec<Value> = edges
                .iter()
                .map(|e| {
                    let mut v = dyad_json(e);
                    v["id"] = json!(format!("{}>{}", e.source, e.recipient));
                    v
                })
                .collect();
            Ok(Json(json!({
                "since": since,
                "until": until,
                "first_day": first_day,
                "last_day": last_day,
                "nodes": node_list,
                "edges": edge_list,
            })))
        })
        .await
}
