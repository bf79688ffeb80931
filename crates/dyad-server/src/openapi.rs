//! The OpenAPI 3.1 description of the API, served at `/api/openapi.json`.
//!
//! Hand-written, beside the handlers it describes; a test checks that every
//! route in `api::routes` is described and vice versa.

use serde_json::{json, Value};

fn p(name: &str, description: &str, schema: Value) -> Value {
    json!({"name": name, "in": "query", "required": false, "description": description, "schema": schema})
}

fn s() -> Value {
    json!({"type": "string"})
}

fn date(name: &str) -> Value {
    p(
        name,
        "Inclusive date bound: YYYY-MM-DD, YYYY-MM or YYYY",
        json!({"type": "string", "pattern": "^\\d{4}(-\\d{2}(-\\d{2})?)?$"}),
    )
}

fn limit(default: u64, max: u64) -> Value {
    p(
        "limit",
        &format!("Rows to return (default {default}, at most {max})"),
        json!({"type": "integer", "minimum": 1, "maximum": max}),
    )
}

fn get(summary: &str, params: Vec<Value>, schema: &str) -> Value {
    json!({"get": {
        "summary": summary,
        "parameters": params,
        "responses": {
            "200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{schema}")}}}},
            "400": {"$ref": "#/components/responses/BadRequest"},
        }
    }})
}

fn path_param(name: &str, description: &str) -> Value {
    json!({"name": name, "in": "path", "required": true, "description": description, "schema": {"type": "string", "maxLength": 200}})
}

/// The OpenAPI document.
///
/// ```
/// let doc = dyad_server::openapi::document();
/// assert_eq!(doc["openapi"], "3.1.0");
/// assert!(doc["paths"]["/api/events"]["get"].is_object());
/// ```
pub fn document() -> Value {
    let actor = p(
        "actor",
        "Source actor: a code (RUS) or an actor id, canonical name or text",
        s(),
    );
    let recipient = p("recipient", "Recipient actor, as actor", s());
    let category = p("event", "PLOVER category (AGREE … ASSAULT)", s());
    let period = p(
        "period",
        "all, day, week, month or year",
        json!({"type": "string", "enum": ["all", "day", "week", "month", "year"]}),
    );
    let mut detail_event = get(
        "One de-duplicated event with its mentions and their sentences",
        vec![limit(50, 500)],
        "EventDetail",
    );
    if let Some(a) = detail_event["get"]["parameters"].as_array_mut() {
        a.insert(0, path_param("id", "Event (cluster) id"));
    }
    detail_event["get"]["responses"]["404"] = json!({"$ref": "#/components/responses/NotFound"});
    let mut detail_actor = get(
        "One actor: centralities, partners, monthly timeline",
        vec![date("since"), date("until"), limit(20, 500)],
        "ActorDetail",
    );
    if let Some(a) = detail_actor["get"]["parameters"].as_array_mut() {
        a.insert(0, path_param("code", "Actor code as stored (RUS, a QID, or a name)"));
    }
    detail_actor["get"]["responses"]["404"] = json!({"$ref": "#/components/responses/NotFound"});
    let mut article = get(
        "One article: text, actors, events (with cluster ids), quotes, sources",
        vec![path_param("id", "Document id")],
        "Article",
    );
    article["get"]["responses"]["404"] = json!({"$ref": "#/components/responses/NotFound"});

    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "dyad API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Read-only access to a dyad event database (PLOVER events coded from news), and optional ingest. Offsets are byte offsets into the article text, half-open. Errors are {\"error\", \"message\"} with a 4xx status for bad input.",
        },
        "paths": {
            "/api/info": get("Server version, whether ingest is allowed, limits", vec![], "Info"),
            "/api/stats": get("Counts, events by category, top dyads and actors, date range, latest events", vec![], "Stats"),
            "/api/events": get("De-duplicated events, filtered and paginated", vec![
                actor.clone(), recipient.clone(), category.clone(), date("since"), date("until"),
                p("doc", "Only events mentioned in this document id", s()),
                p("order", "desc (newest first, dateless last; default) or asc (oldest first, dateless first)", json!({"type": "string", "enum": ["asc", "desc"]})),
                limit(50, 500),
                p("offset", "Rows to skip (at most 1000000)", json!({"type": "integer", "minimum": 0, "maximum": 1_000_000})),
            ], "EventPage"),
            "/api/events/{id}": detail_event,
            "/api/actors": get("Actors of the event graph with degrees and weighted PageRank", vec![date("since"), date("until"), limit(100, 500)], "ActorList"),
            "/api/actors/{code}": detail_actor,
            "/api/dyads": get("Per directed actor pair and period: events by quad class, scores, cooperation–conflict index", vec![
                p("actor", "Source actor code as stored", s()), p("recipient", "Recipient actor code as stored", s()), category, date("since"), date("until"), period, limit(100, 5000),
            ], "DyadList"),
            "/api/timeline": get("A dyad (actor and recipient) or one actor (either role) over time, empty periods included", vec![
                json!({"name": "actor", "in": "query", "required": true, "description": "Source actor code", "schema": {"type": "string"}}),
                p("recipient", "Recipient actor code; absent = the actor in either role", s()),
                p("period", "day, week, month (default) or year", json!({"type": "string", "enum": ["day", "week", "month", "year"]})),
                date("since"), date("until"),
            ], "Timeline"),
            "/api/graph": get("Relations graph for a date range: actors and the heaviest directed edges", vec![
                date("since"), date("until"), p("actor", "Only edges touching this actor code", s()), limit(150, 2000),
                p("min_events", "Drop edges with fewer events (default 1)", json!({"type": "integer", "minimum": 0})),
            ], "Graph"),
            "/api/locations": get("Event places with coordinates, and events per country", vec![date("since"), date("until"), limit(300, 2000)], "Locations"),
            "/api/articles/{id}": article,
            "/api/search": get("Full-text search over article titles and texts", vec![
                json!({"name": "q", "in": "query", "required": true, "description": "FTS5 query or plain words (at most 500 bytes)", "schema": {"type": "string", "maxLength": 500}}),
                limit(20, 100),
            ], "SearchResults"),
            "/api/ingest": {"post": {
                "summary": "Code and store documents (only with --allow-ingest)",
                "requestBody": {"required": true, "content": {
                    "application/json": {"schema": {"oneOf": [{"$ref": "#/components/schemas/DocIn"}, {"$ref": "#/components/schemas/Record"}]}},
                    "application/x-ndjson": {"schema": {"type": "string", "description": "One DocIn or Record per line"}},
                }},
                "responses": {
                    "200": {"description": "Coded and stored", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestResult"}}}},
                    "400": {"$ref": "#/components/responses/BadRequest"},
                    "403": {"$ref": "#/components/responses/Error"},
                    "413": {"$ref": "#/components/responses/Error"},
                    "415": {"$ref": "#/components/responses/Error"},
                    "422": {"$ref": "#/components/responses/Error"},
                }
            }},
            "/api/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {}}}}}},
        },
        "components": {
            "responses": {
                "BadRequest": {"description": "Malformed parameter or body", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                "NotFound": {"description": "No such item", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                "Error": {"description": "Refused", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
            },
            "schemas": schemas(),
        }
    })
}

fn obj(props: Value, required: &[&str]) -> Value {
    json!({"type": "object", "properties": props, "required": required})
}

fn schemas() -> Value {
    let nstr = json!({"type": ["string", "null"]});
    let int = json!({"type": "integer"});
    let num = json!({"type": "number"});
    let quad4 = json!({"type": "array", "items": {"type": "integer"}, "minItems": 4, "maxItems": 4, "description": "Events per quad class 1–4"});
    let cluster = obj(
        json!({
            "id": {"type": "string"}, "event": {"type": "string"}, "mode": nstr, "quad": int, "score": num,
            "source": {"type": "string", "description": "Source codes joined with +"}, "recipient": {"type": "string"},
            "negated": {"type": "boolean"}, "date": nstr, "first_seen": nstr, "last_seen": nstr,
            "mentions": int, "articles": int, "sources": int, "location_country": nstr, "trigger": {"type": "string"},
            "doc_id": {"type": "string"}, "doc_title": nstr, "doc_source": {"type": "string"},
        }),
        &["id", "event", "quad", "source", "recipient", "mentions", "doc_id"],
    );
    let dyad = obj(
        json!({
            "source": {"type": "string"}, "recipient": {"type": "string"}, "period": {"type": "string"},
            "events": int, "mentions": int, "quad": quad4, "score": num,
            "index": {"type": "number", "minimum": -1, "maximum": 1, "description": "Cooperation–conflict index"},
        }),
        &["source", "recipient", "period", "events", "quad", "index"],
    );
    let actor = obj(
        json!({
            "code": {"type": "string"}, "out_events": int, "in_events": int, "out_degree": int, "in_degree": int,
            "degree": int, "weighted_degree": num, "pagerank": num,
        }),
        &["code", "pagerank"],
    );
    let list = |item: &str| {
        obj(
            json!({"items": {"type": "array", "items": {"$ref": format!("#/components/schemas/{item}")}}}),
            &["items"],
        )
    };
    json!({
        "Error": obj(json!({"error": {"type": "string"}, "message": {"type": "string"}}), &["error", "message"]),
        "Info": obj(json!({"name": {"type": "string"}, "version": {"type": "string"}, "ingest": {"type": "boolean"}, "full_page": {"type": "boolean"}, "limits": {"type": "object"}}), &["version", "ingest"]),
        "Cluster": cluster,
        "Dyad": dyad,
        "Actor": actor,
        "Stats": obj(json!({
            "documents": int, "document_sources": int, "actor_mentions": int, "quotes": int, "event_mentions": int, "events": int,
            "first_day": nstr, "last_day": nstr,
            "by_category": {"type": "array", "items": obj(json!({"event": {"type": "string"}, "quad": int, "events": int, "mentions": int}), &["event"])},
            "top_dyads": {"type": "array", "items": obj(json!({"source": {"type": "string"}, "recipient": {"type": "string"}, "events": int}), &["source"])},
            "top_actors": {"type": "array", "items": obj(json!({"code": {"type": "string"}, "events": int}), &["code"])},
            "latest": {"type": "array", "items": {"$ref": "#/components/schemas/Cluster"}},
        }), &["documents", "events", "latest"]),
        "EventPage": obj(json!({"total": int, "offset": int, "limit": int, "items": {"type": "array", "items": {"$ref": "#/components/schemas/Cluster"}}}), &["total", "items"]),
        "EventDetail": {"allOf": [{"$ref": "#/components/schemas/Cluster"}, obj(json!({"mention_list": {"type": "array", "items": obj(json!({
            "event": {"$ref": "#/components/schemas/Event"}, "day": nstr, "doc_id": {"type": "string"}, "doc_title": nstr,
            "doc_source": {"type": "string"}, "doc_url": nstr, "doc_date": nstr,
            "sentence": {"type": ["object", "null"], "properties": {"start": int, "end": int, "text": {"type": "string"}}},
        }), &["event", "doc_id"])}}), &["mention_list"])]},
        "ActorList": list("Actor"),
        "ActorDetail": obj(json!({
            "actor": {"$ref": "#/components/schemas/Actor"}, "rank": int, "actors": int,
            "as_source": {"type": "array", "items": {"$ref": "#/components/schemas/Dyad"}},
            "as_recipient": {"type": "array", "items": {"$ref": "#/components/schemas/Dyad"}},
            "timeline": {"type": "array", "items": {"$ref": "#/components/schemas/Dyad"}},
        }), &["actor", "timeline"]),
        "DyadList": list("Dyad"),
        "Timeline": obj(json!({"actor": {"type": "string"}, "recipient": nstr, "period": {"type": "string"}, "truncated": {"type": "boolean"},
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Dyad"}}}), &["actor", "items"]),
        "Graph": obj(json!({
            "since": nstr, "until": nstr, "first_day": nstr, "last_day": nstr,
            "nodes": {"type": "array", "items": obj(json!({"id": {"type": "string"}, "events": int, "out_events": int, "in_events": int, "index": num}), &["id", "events"])},
            "edges": {"type": "array", "items": {"allOf": [{"$ref": "#/components/schemas/Dyad"}, obj(json!({"id": {"type": "string", "description": "SOURCE>RECIPIENT"}}), &["id"])]}},
        }), &["nodes", "edges"]),
        "Locations": obj(json!({
            "places": {"type": "array", "items": obj(json!({"place": {"type": "string"}, "country": nstr, "lat": num, "lon": num, "mentions": int}), &["lat", "lon"])},
            "countries": {"type": "array", "items": obj(json!({"country": {"type": "string"}, "events": int}), &["country", "events"])},
        }), &["places", "countries"]),
        "Event": {"type": "object", "description": "An event exactly as in the record (docs/event-record.md), plus cluster_id in article views"},
        "Record": obj(json!({"doc": {"type": "object"}, "actors": {"type": "array"}, "events": {"type": "array"}, "quotes": {"type": "array"}}), &["doc", "actors", "events", "quotes"]),
        "Article": {"allOf": [{"$ref": "#/components/schemas/Record"}, obj(json!({"sources": {"type": "array", "items": obj(json!({"source": {"type": "string"}, "url": nstr}), &["source"])}}), &["sources"])]},
        "SearchResults": obj(json!({"query": {"type": "string"}, "items": {"type": "array", "items": obj(json!({
            "doc_id": {"type": "string"}, "title": nstr, "source": {"type": "string"}, "url": nstr, "date": nstr, "rank": num,
            "snippet": {"type": "array", "items": obj(json!({"text": {"type": "string"}, "hit": {"type": "boolean"}}), &["text", "hit"])},
        }), &["doc_id", "snippet"])}}), &["items"]),
        "DocIn": obj(json!({
            "text": {"type": "string"}, "html": {"type": "string"}, "lang": {"type": "string", "pattern": "^[a-z]{2}$"},
            "date": {"type": "string", "format": "date"}, "title": {"type": "string"}, "url": {"type": "string"}, "id": {"type": "string"}, "source": {"type": "string"},
        }), &[]),
        "IngestResult": obj(json!({"new": int, "unchanged": int, "failed": int, "documents": {"type": "array", "items": obj(json!({
            "outcome": {"type": "string", "enum": ["new", "unchanged", "failed"]}, "doc_id": {"type": "string"}, "title": nstr, "lang": {"type": "string"},
            "date": nstr, "actors": int, "quotes": int, "events": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}}, "error": {"type": "string"},
        }), &["outcome"])}}), &["new", "unchanged", "failed", "documents"]),
    })
}
