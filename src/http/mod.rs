//! The HTTP API: routes, the problem-body error type, request ids and access logs.
//! Access logs name the matched route (`/api/patients/{id}/summaries`), never the URI,
//! which carries patient ids.

mod drafts;
pub mod error;
mod health;
mod patients;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{MatchedPath, Request};
use axum::http::HeaderName;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, RequestId, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::pipeline::Pipeline;

pub use error::Error;

#[derive(Clone)]
pub struct AppState {
    pub pipeline: Arc<Pipeline>,
}

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

pub fn router(state: AppState, request_timeout: Duration, max_in_flight: usize) -> Router {
    let api = Router::new().merge(patients::router()).merge(drafts::router()).merge(health::router());
    api.with_state(state).layer(
        ServiceBuilder::new()
            .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
            .layer(
                TraceLayer::new_for_http()
                    .make_span_with(|req: &Request| {
                        let route =
                            req.extensions().get::<MatchedPath>().map(MatchedPath::as_str).unwrap_or("(unmatched)");
                        let id = req
                            .extensions()
                            .get::<RequestId>()
                            .and_then(|r| r.header_value().to_str().ok())
                            .unwrap_or("-");
                        tracing::info_span!("request", method = %req.method(), route, request_id = id)
                    })
                    .on_request(())
                    .on_response(tower_http::trace::DefaultOnResponse::new().level(tracing::Level::INFO)),
            )
            .layer(PropagateRequestIdLayer::new(REQUEST_ID))
            .layer(axum::error_handling::HandleErrorLayer::new(overloaded))
            .load_shed()
            // Global: one semaphore for every route (a per-route limit limits nothing).
            .layer(tower::limit::GlobalConcurrencyLimitLayer::new(max_in_flight))
            .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::GATEWAY_TIMEOUT, request_timeout))
            .layer(CatchPanicLayer::custom(panicked)),
    )
}

/// A handler that panicked answers 500 like any internal error, and the server goes on.
/// The panic's message is neither sent nor logged: it may quote patient text.
fn panicked(_: Box<dyn std::any::Any + Send + 'static>) -> axum::response::Response {
    use axum::response::IntoResponse;
    Error::Internal(anyhow::anyhow!("a request handler panicked")).into_response()
}

async fn overloaded(_: tower::BoxError) -> Error {
    Error::Unavailable("the service is at capacity; retry shortly".into())
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use axum::routing::get;
    use tower::ServiceExt;

    use super::*;

    /// A handler that fails the way a bug would, quoting what it was reading.
    async fn boom() -> &'static str {
        panic!("Note for Alonso Quixote, MRN-99812")
    }

    #[tokio::test]
    async fn a_handler_that_panics_answers_500_without_its_message() {
        let app = Router::new()
            .route("/boom", get(boom))
            .route("/fine", get(|| async { "ok" }))
            .layer(CatchPanicLayer::custom(panicked));
        let response = app.clone().oneshot(Request::get("/boom").body(Body::empty()).unwrap()).await.unwrap();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = axum::body::to_bytes(response.into_body(), 1 << 16).await.unwrap();
        let body = String::from_utf8(body.to_vec()).unwrap();
        assert!(body.contains("internal error"), "{body}");
        assert!(!body.contains("Quixote") && !body.contains("99812"), "{body}");
        let response = app.oneshot(Request::get("/fine").body(Body::empty()).unwrap()).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "the service goes on");
    }
}
