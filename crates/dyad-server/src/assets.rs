//! The web page, embedded in the binary at build time (see `build.rs`):
//! the full page from `web/dist` when `scripts/build-web.sh` has been run,
//! otherwise the built-in page in `crates/dyad-server/fallback/`.
//!
//! Files are looked up by exact name in a table compiled into the binary,
//! so no request can reach the file system.

use crate::AppState;
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

/// The embedded file at a URL path (`/` is `index.html`).
///
/// ```
/// assert!(dyad_server::assets::file("/").is_some());
/// assert!(dyad_server::assets::file("/../Cargo.toml").is_none());
/// ```
pub fn file(path: &str) -> Option<&'static [u8]> {
    let name = path.trim_start_matches('/');
    let name = if name.is_empty() { "index.html" } else { name };
    FILES.iter().find(|(n, _)| *n == name).map(|(_, b)| *b)
}

/// The content type for a file name.
pub fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

async fn serve_file(req: Request) -> Response {
    let path = req.uri().path();
    let Some(bytes) = file(path) else {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    };
    let name = if path.trim_start_matches('/').is_empty() {
        "index.html"
    } else {
        path
    };
    let mut resp = bytes.into_response();
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type(name)));
    // Built assets have content hashes in their names and never change;
    // index.html must be revalidated so a rebuilt binary is picked up.
    let cache = if path.starts_with("/assets/") {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if name.ends_with(".html") {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'",
            ),
        );
    }
    resp
}

/// `GET /` and every embedded file.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(serve_file))
        .route("/{*path}", get(serve_file))
}
