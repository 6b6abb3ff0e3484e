//! One error type for every route. 4xx answers carry a JSON problem body that says what
//! was wrong; 5xx answers log the whole cause chain inside the request span and return an
//! opaque message. No message carries chart content.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::fhir::SourceError;
use crate::pipeline::PipelineError;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Unprocessable(String),
    /// An upstream (FHIR server) failed; says which, not why in detail.
    #[error("{0}")]
    BadGateway(String),
    #[error("{0}")]
    Unavailable(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<PipelineError> for Error {
    fn from(e: PipelineError) -> Self {
        match e {
            PipelineError::DraftNotFound => Error::NotFound("no such draft".into()),
            e @ PipelineError::MeasuresOff => Error::NotFound(e.to_string()),
            e @ PipelineError::CareGaps(_) => Error::Unprocessable(e.to_string()),
            PipelineError::Review(r) => match r {
                crate::review::ReviewError::Closed(_) => Error::Conflict(r.to_string()),
                other => Error::Unprocessable(other.to_string()),
            },
            PipelineError::Source(SourceError::PatientNotFound) => {
                Error::NotFound("patient not found in the FHIR source".into())
            }
            PipelineError::Source(s @ SourceError::BadPatient(_)) => Error::Unprocessable(s.to_string()),
            PipelineError::Source(s) => Error::BadGateway(format!("reading the chart failed: {s}")),
            PipelineError::Store(StoreError::Conflict { .. }) => {
                Error::Conflict("the draft was changed by someone else; reload it and review again".into())
            }
            PipelineError::Write(w) => Error::BadGateway(format!(
                "the draft is approved but writing it to the EHR failed ({w}); approve again to retry, it will not duplicate"
            )),
            other => Error::Internal(anyhow::Error::new(other)),
        }
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let (status, title) = match &self {
            Error::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad request"),
            Error::NotFound(_) => (StatusCode::NOT_FOUND, "not found"),
            Error::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
            Error::Unprocessable(_) => (StatusCode::UNPROCESSABLE_ENTITY, "unprocessable"),
            Error::BadGateway(_) => (StatusCode::BAD_GATEWAY, "upstream failure"),
            Error::Unavailable(_) => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
            Error::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal error"),
        };
        let detail = match &self {
            Error::Internal(e) => {
                tracing::error!(error = ?e, "request failed");
                "an internal error occurred; the request id in the response headers finds it in the logs".to_owned()
            }
            Error::BadGateway(m) => {
                tracing::warn!(error = %m, "upstream failure");
                m.clone()
            }
            other => other.to_string(),
        };
        let body = json!({"type": "about:blank", "title": title, "status": status.as_u16(), "detail": detail});
        (status, [(axum::http::header::CONTENT_TYPE, "application/problem+json")], Json(body)).into_response()
    }
}
