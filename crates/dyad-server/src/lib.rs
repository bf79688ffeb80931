//! `dyad serve`: the HTTP API and the local web page, served from the binary.
//!
//! `dyad-server` owns everything between the store and a browser:
//! - [`api`]: the JSON endpoints under `/api/` (events, actors, dyads and
//!   timelines, the relations graph, articles with their spans, full-text
//!   search, statistics, locations and, when allowed, ingest);
//! - [`openapi`]: the OpenAPI 3.1 description served at `/api/openapi.json`;
//! - [`assets`]: the web page, embedded at build time (the full page from
//!   `web/dist` when `scripts/build-web.sh` has run, else a small built-in page);
//! - [`errors`]: the JSON error shape and status codes;
//! - `db`: the pool of read-only (or, with ingest, writable) stores; every
//!   query is a method of `dyad_store::Store`.
//!
//! Safety by default: the server binds to loopback unless told otherwise, is
//! read-only unless ingest is enabled, answers only requests addressed to a
//! loopback host name when bound to loopback (against DNS rebinding), limits
//! page and upload sizes, and takes no file-system paths from requests.
//!
//! ```no_run
//! let config = dyad_server::Config::new("dyad.db".into());
//! dyad_server::run(config, None).unwrap();
//! ```

pub mod api;
pub mod assets;
mod cache;
mod db;
pub mod errors;
pub mod openapi;
mod params;

pub use errors::{ApiError, ApiResult};

use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Router;
use dyad_model::{Document, Record};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

/// Codes one document: the CLI passes a closure over its pipeline, so this
/// crate does not depend on the extraction crates.
pub type IngestFn = Arc<dyn Fn(Document) -> anyhow::Result<Record> + Send + Sync>;

/// How to serve.
#[derive(Debug, Clone)]
pub struct Config {
    /// The SQLite database (must exist).
    pub db: PathBuf,
    /// Address to listen on; loopback unless `allow_remote`.
    pub addr: SocketAddr,
    /// Accept `POST /api/ingest` (the ingest closure must also be given).
    pub allow_ingest: bool,
    /// Allow binding to a non-loopback address.
    pub allow_remote: bool,
    /// Largest accepted request body, in bytes.
    pub max_upload_bytes: usize,
    /// Most documents in one ingest request.
    pub max_upload_docs: usize,
    /// Largest page of events, actors or dyads one request may ask for.
    pub max_page: usize,
}

impl Config {
    /// Defaults: `127.0.0.1:8080`, read-only, 8 MiB uploads of at most 1,000
    /// documents, pages of at most 500 rows.
    ///
    /// ```
    /// let c = dyad_server::Config::new("dyad.db".into());
    /// assert!(c.addr.ip().is_loopback() && !c.allow_ingest);
    /// ```
    pub fn new(db: PathBuf) -> Config {
        Config {
            db,
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            allow_ingest: false,
            allow_remote: false,
            max_upload_bytes: 8 * 1024 * 1024,
            max_upload_docs: 1000,
            max_page: 500,
        }
    }
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error(transparent)]
    Store(#[from] dyad_store::StoreError),
    #[error("refusing to listen on {0}, which is not a loopback address: pass --allow-remote to serve other machines (read-only unless --allow-ingest)")]
    NotLoopback(SocketAddr),
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    #[error("server failed: {0}")]
    Io(#[from] std::io::Error),
}

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub(crate) pool: Arc<db::Pool>,
    pub(crate) cache: Arc<cache::Cache>,
    pub(crate) ingest: Option<IngestFn>,
    pub(crate) config: Arc<Config>,
}

/// The whole application: API, OpenAPI description and embedded page.
///
/// Opens the database (it must exist). `ingest` is used only when
/// `config.allow_ingest` is set.
pub fn router(config: &Config, ingest: Option<IngestFn>) -> Result<Router, ServerError> {
    Ok(build(config, ingest)?.0)
}

fn build(config: &Config, ingest: Option<IngestFn>) -> Result<(Router, AppState), ServerError> {
    let ingest = if config.allow_ingest { ingest } else { None };
    // Read-only unless this server may ingest.
    let pool = db::Pool::open(&config.db, ingest.is_some())?;
    let cache = Arc::new(cache::Cache::new(&config.db));
    let state = AppState {
        pool,
        cache,
        ingest,
        config: Arc::new(config.clone()),
    };
    let loopback_only = !config.allow_remote;
    let app = Router::new()
        .merge(api::routes())
        .merge(assets::routes())
        .with_state(state.clone())
        .layer(axum::middleware::from_fn(move |req: Request, next: Next| {
            guard(req, next, loopback_only)
        }));
    Ok((app, state))
}

/// True for Host headers naming this machine: localhost, 127.x.y.z, [::1].
fn is_loopback_host(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map_or(host, |(h, _)| h)
    };
    name.eq_ignore_ascii_case("localhost") || name.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Rejects requests for other host names when serving loopback only (a page
/// on another site could otherwise reach this server through DNS
/// rebinding), and adds headers that keep browsers from sniffing or framing.
async fn guard(req: Request, next: Next, loopback_only: bool) -> Response {
    if loopback_only {
        let host = req
            .headers()
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .or_else(|| req.uri().authority().map(|a| a.as_str()));
        if let Some(host) = host {
            if !is_loopback_host(host) {
                return ApiError::Forbidden(format!(
                    "host '{host}' is not served: this server answers loopback names only"
                ))
                .into_response();
            }
        }
    }
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    resp
}

/// Checks the address, binds and serves until Ctrl-C.
pub async fn serve(config: Config, ingest: Option<IngestFn>) -> Result<(), ServerError> {
    if !config.addr.ip().is_loopback() && !config.allow_remote {
        return Err(ServerError::NotLoopback(config.addr));
    }
    let (app, state) = build(&config, ingest.clone())?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|source| ServerError::Bind {
            addr: config.addr,
            source,
        })?;
    let local = listener.local_addr()?;
    let ingest_on = config.allow_ingest && ingest.is_some();
    eprintln!(
        "dyad: serving {} on http://{local}/ ({}, {} page){}",
        config.db.display(),
        if ingest_on { "ingest allowed" } else { "read-only" },
        if assets::FULL_PAGE { "full" } else { "built-in" },
        if assets::FULL_PAGE {
            ""
        } else {
            "; run scripts/build-web.sh and rebuild for the full page"
        }
    );
    // Compute the whole-database answers now, so the first visitor does not wait.
    tokio::spawn(api::warm(state));
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    Ok(())
}

/// [`serve`] on a new multi-threaded runtime, for synchronous callers.
pub fn run(config: Config, ingest: Option<IngestFn>) -> Result<(), ServerError> {
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    rt.block_on(serve(config, ingest))
}

async fn shutdown_signal() {
    // If the handler cannot be installed, serve until killed.
    if tokio::signal::ctrl_c().await.is_err() {
        std::future::pending::<()>().await;
    }
}

/// The JSON 404 for unknown API paths and 405 for wrong methods.
pub(crate) async fn api_not_found(req: Request) -> ApiError {
    ApiError::not_found(format!("no API endpoint {} (see /api/openapi.json)", req.uri().path()))
}

pub(crate) async fn method_not_allowed() -> Response {
    (
        StatusCode::METHOD_NOT_ALLOWED,
        axum::Json(serde_json::json!({"error": "method_not_allowed", "message": "method not allowed on this path"})),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        for h in [
            "localhost",
            "localhost:8080",
            "127.0.0.1:80",
            "127.1.2.3",
            "[::1]:8080",
            "LOCALHOST",
        ] {
            assert!(is_loopback_host(h), "{h}");
        }
        for h in ["example.com", "evil.localhost.example:80", "10.0.0.1:8080", "[::2]"] {
            assert!(!is_loopback_host(h), "{h}");
        }
    }
}
