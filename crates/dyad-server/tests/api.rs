//! End-to-end tests of the HTTP API over a database built from hand-made
//! records (no extraction crates involved).

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use dyad_model::Record;
use serde_json::{json, Value};
use std::sync::Arc;
use tower::ServiceExt;

/// A record with one sentence per event: (category, source, recipient, trigger, date).
fn record(id: &str, date: &str, events: &[(&str, &str, &str, &str)]) -> Record {
    let mut text = String::new();
    let mut evs = Vec::new();
    let mut actors = Vec::new();
    for (i, (cat, src, dst, trig)) in events.iter().enumerate() {
        let start = text.len();
        let sentence = format!("{src} {trig} {dst} oggi. ");
        let t0 = start + src.len() + 1;
        let d0 = t0 + trig.len() + 1;
        actors.push(json!({"text": src, "start": start, "end": start + src.len(), "kind": "country", "country": src, "sector": null, "id": null, "name": null}));
        actors.push(json!({"text": dst, "start": d0, "end": d0 + dst.len(), "kind": "country", "country": dst, "sector": null, "id": null, "name": null}));
        let quad = match *cat {
            "CONSULT" | "AGREE" => 1,
            "AID" => 2,
            "ACCUSE" | "SANCTION" => 3,
            _ => 4,
        };
        evs.push(json!({
            "id": format!("{id}-e{i}"), "event": cat, "mode": null, "context": [], "quad": quad, "score": 1.0,
            "actor": [{"text": src, "start": start, "end": start + src.len(), "country": src, "sector": null}],
            "recipient": [{"text": dst, "start": d0, "end": d0 + dst.len(), "country": dst, "sector": null}],
            "date": date, "date_precision": "day", "date_source": "publication",
            "location": {"text": "Hanoi", "country": "VNM", "lat": 21.03, "lon": 105.85},
            "modality": "asserted", "attribution": null, "quantity": [],
            "sentence": i, "start": start, "end": start + sentence.trim_end().len(),
            "trigger": {"text": trig, "start": t0, "end": t0 + trig.len()},
            "reason": format!("trigger '{trig}'"), "confidence": 0.9
        }));
        text.push_str(&sentence);
    }
    serde_json::from_value(json!({
        "doc": {"id": id, "source": format!("{id}.txt"), "url": null, "title": format!("Title {id}"), "lang": "it", "date": date, "text": text},
        "actors": actors, "events": evs, "quotes": []
    }))
    .expect("valid record")
}

struct Fixture {
    _dir: tempfile::TempDir,
    db: std::path::PathBuf,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("t.db");
    let mut store = dyad_store::Store::open(&db).expect("open");
    store
        .insert(&[
            record(
                "a1",
                "2024-06-19",
                &[("CONSULT", "RUS", "PRK", "visita"), ("AGREE", "RUS", "PRK", "firma")],
            ),
            record(
                "a2",
                "2024-06-20",
                &[
                    ("CONSULT", "RUS", "VNM", "incontra"),
                    ("SANCTION", "USA", "RUS", "sanziona"),
                ],
            ),
        ])
        .expect("insert");
    Fixture { _dir: dir, db }
}

fn app(f: &Fixture, ingest: bool) -> Router {
    let mut config = dyad_server::Config::new(f.db.clone());
    config.allow_ingest = ingest;
    config.max_upload_bytes = 4096;
    let pipeline: dyad_server::IngestFn = Arc::new(|doc: dyad_model::Document| {
        let text = match doc.body {
            dyad_model::Body::Text(t) | dyad_model::Body::Html(t) => t,
        };
        if text.contains("unsupported") {
            anyhow::bail!("language 'xx' is not supported");
        }
        let mut r = record(
            "pasted",
            doc.date.as_deref().unwrap_or("2024-06-21"),
            &[("AID", "CHN", "PRK", "aiuta")],
        );
        r.doc.text = format!("{}{}", r.doc.text, text);
        r.doc.id = dyad_model::stable_hash(&[&r.doc.text]);
        Ok(r)
    });
    dyad_server::router(&config, Some(pipeline)).expect("router")
}

async fn send(app: &Router, req: Request<Body>) -> (StatusCode, Value) {
    let resp = app.clone().oneshot(req).await.expect("response");
    let status = resp.status();
    let bytes = axum::body::to_bytes(resp.into_body(), 1 << 24).await.expect("body");
    let v =
        serde_json::from_slice(&bytes).unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
    (status, v)
}

async fn get(app: &Router, uri: &str) -> (StatusCode, Value) {
    send(
        app,
        Request::get(uri)
            .header(header::HOST, "127.0.0.1:8080")
            .body(Body::empty())
            .expect("request"),
    )
    .await
}

async fn post(app: &Router, ct: &str, body: impl Into<Body>) -> (StatusCode, Value) {
    let req = Request::post("/api/ingest")
        .header(header::HOST, "localhost:8080")
        .header(header::CONTENT_TYPE, ct)
        .body(body.into());
    send(app, req.expect("request")).await
}

#[tokio::test]
async fn stats_and_events() {
    let f = fixture();
    let app = app(&f, false);
    let (st, v) = get(&app, "/api/stats").await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["documents"], 2);
    assert_eq!(v["events"], 4);
    assert_eq!(v["latest"][0]["date"], "2024-06-20");

    let (st, v) = get(&app, "/api/events?actor=RUS&limit=10").await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["total"], 3);
    assert_eq!(v["items"].as_array().map(Vec::len), Some(3));
    let (_, v) = get(
        &app,
        "/api/events?actor=RUS&recipient=PRK&event=consult&order=asc&offset=0",
    )
    .await;
    assert_eq!(v["total"], 1);
    assert_eq!(v["items"][0]["trigger"], "visita");
    let (_, v) = get(&app, "/api/events?doc=a2").await;
    assert_eq!(v["total"], 2);
    let (_, v) = get(&app, "/api/events?limit=1&offset=1&order=asc").await;
    assert_eq!(v["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(v["total"], 4);
}

#[tokio::test]
async fn event_detail_has_sentence_and_article_has_clusters() {
    let f = fixture();
    let app = app(&f, false);
    let (_, page) = get(&app, "/api/events?actor=RUS&recipient=VNM").await;
    let id = page["items"][0]["id"].as_str().expect("id").to_string();
    let (st, v) = get(&app, &format!("/api/events/{id}")).await;
    assert_eq!(st, 200, "{v}");
    let m = &v["mention_list"][0];
    assert_eq!(m["sentence"]["text"], "RUS incontra VNM oggi.");
    assert_eq!(m["event"]["reason"], "trigger 'incontra'");
    let (st, v) = get(&app, "/api/events/nope").await;
    assert_eq!(st, 404);
    assert_eq!(v["error"], "not_found");

    let (st, v) = get(&app, "/api/articles/a2").await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["doc"]["title"], "Title a2");
    assert_eq!(v["events"][0]["cluster_id"], id.as_str());
    assert_eq!(v["sources"][0]["source"], "a2.txt");
    assert_eq!(get(&app, "/api/articles/zzz").await.0, 404);
}

#[tokio::test]
async fn graph_dyads_timeline_actors_map() {
    let f = fixture();
    let app = app(&f, false);
    let (st, v) = get(&app, "/api/graph?since=2024-06&until=2024-06-30").await;
    assert_eq!(st, 200, "{v}");
    let edges: Vec<&str> = v["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .filter_map(|e| e["id"].as_str())
        .collect();
    assert!(
        edges.contains(&"RUS>PRK") && edges.contains(&"RUS>VNM") && edges.contains(&"USA>RUS"),
        "{edges:?}"
    );
    assert_eq!(v["edges"][0]["id"], "RUS>PRK");
    assert_eq!(v["edges"][0]["events"], 2);
    let (_, v) = get(&app, "/api/graph?actor=VNM").await;
    assert_eq!(v["edges"].as_array().map(Vec::len), Some(1));

    let (st, v) = get(&app, "/api/dyads?period=day").await;
    assert_eq!(st, 200, "{v}");
    assert!(v["items"].as_array().is_some_and(|a| a.len() == 3));
    let (st, v) = get(&app, "/api/timeline?actor=RUS&recipient=PRK&period=day").await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["items"][0]["quad"], json!([2, 0, 0, 0]));
    let (_, v) = get(&app, "/api/timeline?actor=RUS&period=day").await;
    // RUS: 2 on the 19th (as source), 2 on the 20th (one as source, one as recipient).
    assert_eq!(v["items"][1]["events"], 2, "{v}");
    assert_eq!(get(&app, "/api/timeline?period=day").await.0, 400);

    let (st, v) = get(&app, "/api/actors").await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["items"].as_array().map(Vec::len), Some(4));
    let (st, v) = get(&app, "/api/actors/RUS").await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["actor"]["out_events"], 3);
    assert_eq!(get(&app, "/api/actors/XXX").await.0, 404);

    let (st, v) = get(&app, "/api/locations").await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["countries"][0]["country"], "VNM");
    assert_eq!(v["places"][0]["place"], "Hanoi");
}

#[tokio::test]
async fn search() {
    let f = fixture();
    let app = app(&f, false);
    let (st, v) = get(&app, "/api/search?q=incontra").await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["items"][0]["doc_id"], "a2");
    assert!(v["items"][0]["snippet"]
        .as_array()
        .is_some_and(|p| p.iter().any(|x| x["hit"] == true && x["text"] == "incontra")));
    let (st, _) = get(&app, "/api/search?q=%28%28%22").await;
    assert!(st == 200 || st == 400);
    assert_eq!(get(&app, "/api/search").await.0, 400);
}

#[tokio::test]
async fn malformed_parameters_are_400_never_500() {
    let f = fixture();
    let app = app(&f, false);
    let bad = [
        "/api/events?limit=0",
        "/api/events?limit=100000",
        "/api/events?limit=abc",
        "/api/events?offset=-1",
        "/api/events?offset=99999999999",
        "/api/events?since=June",
        "/api/events?until=2024-13-01",
        "/api/events?event=HUG",
        "/api/events?order=sideways",
        "/api/events?acter=RUS",
        "/api/dyads?period=fortnight",
        "/api/dyads?limit=99999",
        "/api/timeline?actor=RUS&period=all",
        "/api/graph?limit=5000",
        "/api/graph?min_events=-3",
        "/api/actors?since=2024-02-30",
        "/api/locations?limit=0",
        "/api/search?q=",
        "/api/search?q=a&limit=1000",
        "/api/events/%FF%FE",
    ];
    for uri in bad {
        let (st, v) = get(&app, uri).await;
        assert_eq!(st, 400, "{uri}: {v}");
        assert_eq!(v["error"], "bad_request", "{uri}");
        assert!(v["message"].as_str().is_some_and(|m| !m.is_empty()), "{uri}");
    }
    // Odd but valid input never errors on the server side.
    let odd = [
        "/api/events?actor=%27%3B%20DROP%20TABLE%20clusters%3B--",
        "/api/events?actor=Putin&recipient=q7747",
        "/api/search?q=%22%22%22%20AND%20OR%20NOT%20*",
        "/api/search?q=Kim%20Jong-un%20(",
        "/api/graph?since=0001&until=9999",
        "/api/timeline?actor=NOPE&recipient=X",
        "/api/articles/..%2F..%2Fetc%2Fpasswd",
        "/api/events/%2e%2e",
    ];
    for uri in odd {
        let (st, v) = get(&app, uri).await;
        assert!(st.is_success() || st == 404 || st == 400, "{uri}: {st} {v}");
    }
    assert_eq!(
        get(&app, "/api/events?actor=RUS").await.1["total"],
        3,
        "the database is intact"
    );
}

#[tokio::test]
async fn routing_and_safety() {
    let f = fixture();
    let app = app(&f, false);
    let (st, v) = get(&app, "/api/nothing/here").await;
    assert_eq!((st, v["error"].as_str()), (StatusCode::NOT_FOUND, Some("not_found")));
    let req = Request::delete("/api/events")
        .header(header::HOST, "localhost")
        .body(Body::empty())
        .expect("request");
    assert_eq!(send(&app, req).await.0, 405);
    // DNS rebinding: a foreign host name is refused.
    let req = Request::get("/api/stats")
        .header(header::HOST, "attacker.example:8080")
        .body(Body::empty())
        .expect("request");
    assert_eq!(send(&app, req).await.0, 403);
    let (st, v) = get(&app, "/").await;
    assert_eq!(st, 200);
    assert!(v.as_str().is_some_and(|s| s.contains("<html")));
    for uri in [
        "/../Cargo.toml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/etc/passwd",
        "/index.html/..",
    ] {
        assert_eq!(get(&app, uri).await.0, 404, "{uri}");
    }
    let (st, v) = get(&app, "/api/info").await;
    assert_eq!(st, 200);
    assert_eq!(v["ingest"], false);
}

#[tokio::test]
async fn ingest_is_off_by_default_and_bounded() {
    let f = fixture();
    let off = app(&f, false);
    let (st, v) = post(&off, "application/json", r#"{"text": "CHN aiuta PRK."}"#).await;
    assert_eq!(st, 403, "{v}");

    let on = app(&f, true);
    assert_eq!(get(&on, "/api/stats").await.1["documents"], 2);
    let (st, v) = post(
        &on,
        "application/json",
        r#"{"text": "Nuovo testo.", "lang": "it", "date": "2024-06-22"}"#,
    )
    .await;
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["new"], 1);
    assert_eq!(v["documents"][0]["events"][0]["event"], "AID");
    assert!(v["documents"][0]["events"][0]["cluster_id"].is_string(), "{v}");
    let (_, again) = post(
        &on,
        "application/json",
        r#"{"text": "Nuovo testo.", "lang": "it", "date": "2024-06-22"}"#,
    )
    .await;
    assert_eq!(again["unchanged"], 1, "re-posting stores nothing new");
    assert_eq!(get(&on, "/api/events?actor=CHN").await.1["total"], 1);
    assert_eq!(
        get(&on, "/api/stats").await.1["documents"],
        3,
        "cached statistics follow writes"
    );

    let (st, v) = post(
        &on,
        "application/x-ndjson",
        "{\"text\": \"Uno.\"}\n\n{\"text\": \"unsupported\"}\n",
    )
    .await;
    assert_eq!(st, 200, "{v}");
    assert_eq!((v["new"].as_i64(), v["failed"].as_i64()), (Some(1), Some(1)));
    assert_eq!(post(&on, "application/json", r#"{"text": "unsupported"}"#).await.0, 422);
    assert_eq!(post(&on, "text/plain", "CHN aiuta PRK.").await.0, 415);
    assert_eq!(post(&on, "application/json", "{\"text\": ").await.0, 400);
    let (st, v) = post(
        &on,
        "application/json",
        format!("{{\"text\": \"{}\"}}", "x".repeat(10_000)),
    )
    .await;
    assert_eq!(st, 413, "{v}");
}

#[tokio::test]
async fn openapi_lists_every_route() {
    let f = fixture();
    let app = app(&f, false);
    let (st, v) = get(&app, "/api/openapi.json").await;
    assert_eq!(st, 200);
    let paths: Vec<&String> = v["paths"].as_object().expect("paths").keys().collect();
    let src = include_str!("../src/api/mod.rs");
    let routed: Vec<&str> = src
        .lines()
        .filter_map(|l| l.trim().strip_prefix(".route(\""))
        .filter_map(|l| l.split('"').next())
        .filter(|p| !p.contains('*'))
        .collect();
    assert_eq!(routed.len(), paths.len(), "{routed:?} vs {paths:?}");
    for r in routed {
        assert!(
            paths.iter().any(|p| p.as_str() == r),
            "{r} is not in the OpenAPI description"
        );
    }
    // Every $ref resolves.
    let text = v.to_string();
    for part in text.split("\"$ref\":\"#/components/").skip(1) {
        let name = part.split('"').next().unwrap_or("");
        let mut node = &v["components"];
        for seg in name.split('/') {
            node = &node[seg];
        }
        assert!(!node.is_null(), "unresolved $ref {name}");
    }
}
