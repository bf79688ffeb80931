//! The API's error type and its JSON shape.
//!
//! Every failure a handler can meet becomes an [`ApiError`] with a status
//! code and a message meant for the user, rendered as
//! `{"error": "bad_request", "message": "..."}`. Malformed input is always a
//! 4xx: store errors caused by arguments (bad dates, bad periods, unparsable
//! searches) map to 400, and only genuine database failures to 500.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use dyad_store::StoreError;

/// An error answered as JSON with a status code.
///
/// ```
/// use axum::response::IntoResponse;
/// let resp = dyad_server::ApiError::bad_request("limit must be at most 500").into_response();
/// assert_eq!(resp.status(), 400);
/// ```
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A malformed or out-of-range parameter or body.
    #[error("{0}")]
    BadRequest(String),
    /// No such event, article or actor.
    #[error("{0}")]
    NotFound(String),
    /// The operation is disabled (ingest without `--allow-ingest`).
    #[error("{0}")]
    Forbidden(String),
    /// The body is larger than the configured limit.
    #[error("{0}")]
    TooLarge(String),
    /// The body has a content type the endpoint does not read.
    #[error("{0}")]
    UnsupportedMedia(String),
    /// The ingest pipeline rejected a document (unsupported language, …).
    #[error("{0}")]
    Unprocessable(String),
    /// A database or internal failure; the message is logged and shown.
    #[error("{0}")]
    Internal(String),
}

impl ApiError {
    /// A 400 with this message.
    pub fn bad_request(msg: impl Into<String>) -> ApiError {
        ApiError::BadRequest(msg.into())
    }

    /// A 404 with this message.
    pub fn not_found(msg: impl Into<String>) -> ApiError {
        ApiError::NotFound(msg.into())
    }

    /// The HTTP status and the short machine-readable code.
    pub fn status(&self) -> (StatusCode, &'static str) {
        match self {
            ApiError::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            ApiError::NotFound(_) => (StatusCode::NOT_FOUND, "not_found"),
            ApiError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
            ApiError::TooLarge(_) => (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large"),
            ApiError::UnsupportedMedia(_) => (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"),
            ApiError::Unprocessable(_) => (StatusCode::UNPROCESSABLE_ENTITY, "unprocessable"),
            ApiError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::BadDate(_) | StoreError::Invalid(_) | StoreError::Search { .. } => {
                ApiError::BadRequest(e.to_string())
            }
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(e: serde_json::Error) -> ApiError {
        ApiError::Internal(format!("stored JSON: {e}"))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.status();
        if status.is_server_error() {
            tracing::error!("{self}");
        }
        (
            status,
            Json(serde_json::json!({ "error": code, "message": self.to_string() })),
        )
            .into_response()
    }
}

/// The result type of handlers.
pub type ApiResult<T> = Result<T, ApiError>;
