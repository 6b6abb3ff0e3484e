//! `POST /api/patients/{id}/summaries`: runs the pipeline for one patient.
//! `GET /api/patients/{id}/care-gaps`: the patient's care gaps and DEQM gaps Bundle.

use axum::Json;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use serde::Deserialize;

use super::{AppState, Error};
use crate::fhir::PatientId;
use crate::pipeline::{CareGapReport, RunOutcome};
use crate::tasks::ReferralRequest;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/patients/{id}/summaries", post(summarize))
        .route("/api/patients/{id}/care-gaps", get(care_gaps))
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct SummaryRequest {
    #[serde(default)]
    referral: ReferralRequest,
}

async fn summarize(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Option<Json<SummaryRequest>>,
) -> Result<(StatusCode, Json<RunOutcome>), Error> {
    let patient = PatientId::parse(&id).map_err(|e| Error::BadRequest(e.to_string()))?;
    let request = body.map(|Json(b)| b).unwrap_or_default();
    let outcome = state.pipeline.summarize(&patient, &request.referral).await?;
    Ok((StatusCode::CREATED, Json(outcome)))
}

async fn care_gaps(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<CareGapReport>, Error> {
    let patient = PatientId::parse(&id).map_err(|e| Error::BadRequest(e.to_string()))?;
    Ok(Json(state.pipeline.care_gaps(&patient).await?))
}
