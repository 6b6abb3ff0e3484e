//! `/healthz`: the process answers. `/readyz`: the database and the FHIR source answer.

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use serde_json::{Value, json};

use super::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/healthz", get(healthz)).route("/readyz", get(readyz))
}

async fn healthz() -> Json<Value> {
    Json(json!({"status": "ok"}))
}

async fn readyz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    let (db, fhir) = tokio::join!(state.pipeline.store().ping(), state.pipeline.source().ready());
    let check = |r: Result<(), String>| match r {
        Ok(()) => json!({"status": "ok"}),
        Err(e) => json!({"status": "failing", "detail": e}),
    };
    let ok = db.is_ok() && fhir.is_ok();
    if let Err(e) = &db {
        tracing::warn!(error = %e, "database not ready");
    }
    if let Err(e) = &fhir {
        tracing::warn!(error = %e, "FHIR source not ready");
    }
    let body = json!({
        "status": if ok { "ok" } else { "failing" },
        "database": check(db.map_err(|_| "database unreachable".to_owned())),
        "fhir": check(fhir.map_err(|e| e.to_string())),
    });
    (if ok { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE }, Json(body))
}
