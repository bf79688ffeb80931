//! Query-string parsing: the [`Params`] extractor and the checks every
//! endpoint shares (page sizes, dates, categories).
//!
//! axum's own `Query` rejects bad input with a plain-text 400; `Params` turns
//! that into the API's JSON error so clients see one error shape everywhere.
//! Parameter structs use `deny_unknown_fields`, so a misspelt parameter
//! (`?acter=RUS`) is a 400 naming it instead of being silently ignored.

use crate::errors::ApiError;
use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use dyad_model::Category;
use dyad_store::{parse_bound, Bound};
use serde::de::DeserializeOwned;

/// A query string deserialized into `T`, or a JSON 400.
pub struct Params<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Params<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(v)) => Ok(Params(v)),
            Err(e) => Err(ApiError::BadRequest(e.body_text())),
        }
    }
}

/// The page size: `default` when absent; 400 when 0 or above `max`.
pub fn limit(value: Option<usize>, default: usize, max: usize) -> Result<usize, ApiError> {
    match value {
        None => Ok(default.min(max)),
        Some(0) => Err(ApiError::bad_request("limit must be at least 1")),
        Some(n) if n > max => Err(ApiError::bad_request(format!("limit must be at most {max}"))),
        Some(n) => Ok(n),
    }
}

/// A PLOVER category name, or 400 listing the valid ones.
pub fn category(value: Option<&str>) -> Result<Option<Category>, ApiError> {
    match value.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => s.parse::<Category>().map(Some).map_err(|_| {
            let all: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
            ApiError::bad_request(format!(
                "unknown event category '{s}': expected one of {}",
                all.join(", ")
            ))
        }),
    }
}

/// A date bound, checked now so the error names the parameter.
pub fn date(name: &str, value: Option<&str>, bound: Bound) -> Result<Option<String>, ApiError> {
    match value.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => parse_bound(s, bound)
            .map(|_| Some(s.to_string()))
            .map_err(|_| ApiError::bad_request(format!("invalid {name} '{s}': expected YYYY-MM-DD, YYYY-MM or YYYY"))),
    }
}

/// An actor argument: trimmed, non-empty, at most 200 bytes.
pub fn actor(name: &str, value: Option<&str>) -> Result<Option<String>, ApiError> {
    match value.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) if s.len() > 200 => Err(ApiError::bad_request(format!("{name} is longer than 200 bytes"))),
        Some(s) => Ok(Some(s.to_string())),
    }
}

/// A path identifier (event, article or actor id): non-empty, at most 200 bytes.
pub fn id(kind: &str, value: &str) -> Result<String, ApiError> {
    let v = value.trim();
    if v.is_empty() || v.len() > 200 {
        return Err(ApiError::bad_request(format!("invalid {kind} id")));
    }
    Ok(v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits() {
        assert_eq!(limit(None, 50, 500).unwrap(), 50);
        assert_eq!(limit(Some(7), 50, 500).unwrap(), 7);
        assert!(limit(Some(0), 50, 500).is_err());
        assert_eq!(
            limit(Some(501), 50, 500).unwrap_err().to_string(),
            "limit must be at most 500"
        );
    }

    #[test]
    fn categories_and_dates() {
        assert_eq!(category(Some("consult")).unwrap(), Some(Category::Consult));
        assert!(category(Some("HUG")).unwrap_err().to_string().contains("CONSULT"));
        assert_eq!(category(Some(" ")).unwrap(), None);
        assert_eq!(
            date("since", Some("2024-06"), Bound::Start).unwrap().as_deref(),
            Some("2024-06")
        );
        assert!(date("since", Some("June"), Bound::Start)
            .unwrap_err()
            .to_string()
            .contains("since"));
    }
}
