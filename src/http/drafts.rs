//! Drafts: read them, list them, review them.

use axum::Json;
use axum::Router;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, Query, State};
use axum::routing::{get, post};
use serde::Deserialize;
use uuid::Uuid;

use super::{AppState, Error};
use crate::review::{Draft, DraftId, DraftStatus, ReviewRequest};
use crate::store::DraftFilter;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/drafts", get(list))
        .route("/api/drafts/{id}", get(show))
        .route("/api/drafts/{id}/review", post(review))
}

fn draft_id(raw: &str) -> Result<DraftId, Error> {
    Uuid::parse_str(raw).map(DraftId).map_err(|_| Error::BadRequest("a draft id is a UUID".into()))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ListQuery {
    status: Option<String>,
    limit: Option<u32>,
}

async fn list(State(state): State<AppState>, Query(q): Query<ListQuery>) -> Result<Json<Vec<Draft>>, Error> {
    let status = match q.status.as_deref() {
        None => None,
        Some(s) => Some(DraftStatus::parse(s).ok_or_else(|| {
            Error::BadRequest(format!("unknown status `{s}`; use pending, approved, written or rejected"))
        })?),
    };
    let drafts =
        state.pipeline.store().list_drafts(DraftFilter { status, limit: q.limit }).await.map_err(anyhow::Error::new)?;
    Ok(Json(drafts))
}

async fn show(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<Draft>, Error> {
    let id = draft_id(&id)?;
    let draft = state.pipeline.store().get_draft(id).await.map_err(anyhow::Error::new)?;
    draft.map(Json).ok_or_else(|| Error::NotFound("no such draft".into()))
}

async fn review(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Result<Json<ReviewRequest>, JsonRejection>,
) -> Result<Json<Draft>, Error> {
    let id = draft_id(&id)?;
    let Json(request) = body.map_err(|e| Error::BadRequest(format!("review body: {}", e.body_text())))?;
    Ok(Json(state.pipeline.review(id, &request).await?))
}
