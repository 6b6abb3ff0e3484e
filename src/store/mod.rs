//! Storage: one interface, a SQLite implementation (the embedded default) and a
//! PostgreSQL one (production), each with its own migrations, both held to the same
//! contract tests. Runtime queries keep the build free of a live database.

mod postgres;
mod sqlite;

use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use crate::audit::{AuditEvent, ChainedEvent};
use crate::fhir::PatientId;
use crate::review::{Draft, DraftId, DraftStatus, ReviewRequest, RunId, WriteResult};

pub use postgres::PostgresStore;
pub use sqlite::SqliteStore;

/// One pipeline run for one patient: what produced the drafts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Run {
    pub id: RunId,
    pub patient_id: PatientId,
    /// `server`, `bundle`, `ndjson`.
    pub source: String,
    /// `offline`, or the model's name.
    pub engine: String,
    /// SHA-256 of the rendered prompt (the prompt itself is not kept).
    pub prompt_sha256: String,
    /// The de-identification policy in force (its name).
    pub deid_policy: String,
    /// SHA-256 of the policy file in force.
    #[serde(default)]
    pub deid_policy_sha256: String,
    pub record_items: usize,
    pub record_issues: usize,
    /// Free-text passages that reached the prompt through the scrubber.
    pub scrubbed_free_text: usize,
    pub dropped_ungrounded: usize,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data is unreadable: {0}")]
    Corrupt(String),
    #[error("the draft changed since it was read (version {expected} expected)")]
    Conflict { expected: i64 },
    #[error("cannot open the database: {0}")]
    Open(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DraftFilter {
    pub status: Option<DraftStatus>,
    pub limit: Option<u32>,
}

#[async_trait]
pub trait Store: Send + Sync {
    /// Applies this backend's migrations; safe to run again.
    async fn migrate(&self) -> Result<(), StoreError>;
    async fn ping(&self) -> Result<(), StoreError>;
    /// `sqlite` or `postgres`.
    fn backend(&self) -> &'static str;

    /// Stores a run and its drafts together, or nothing.
    async fn insert_run(&self, run: &Run, drafts: &[Draft]) -> Result<(), StoreError>;
    async fn get_run(&self, id: RunId) -> Result<Option<Run>, StoreError>;
    async fn get_draft(&self, id: DraftId) -> Result<Option<Draft>, StoreError>;
    /// Drafts newest first.
    async fn list_drafts(&self, filter: DraftFilter) -> Result<Vec<Draft>, StoreError>;
    async fn drafts_of_run(&self, run: RunId) -> Result<Vec<Draft>, StoreError>;
    /// Saves a reviewed draft and the review that changed it, if the stored draft is still
    /// at `expected_version`; otherwise [`StoreError::Conflict`] and nothing changes.
    async fn save_review(&self, draft: &Draft, expected_version: i64, review: &ReviewRequest)
    -> Result<(), StoreError>;
    /// Records the EHR's answer and the draft's new state (`written`).
    async fn save_write(&self, draft: &Draft, expected_version: i64, result: &WriteResult) -> Result<(), StoreError>;
    /// Appends to the audit chain.
    /// Keeps a run's sealed vault until `expires_at` (replacing one already kept).
    async fn put_vault(
        &self,
        run: RunId,
        patient: &PatientId,
        sealed: &[u8],
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// A run's sealed vault, unless it has expired by `now` or was never kept.
    async fn get_vault(&self, run: RunId, now: DateTime<Utc>) -> Result<Option<Vec<u8>>, StoreError>;
    /// Deletes the vaults expired by `now`; returns how many.
    async fn purge_vaults(&self, now: DateTime<Utc>) -> Result<u64, StoreError>;
    async fn append_audit(&self, event: &AuditEvent) -> Result<(), StoreError>;
    async fn audit_events(&self) -> Result<Vec<ChainedEvent>, StoreError>;
}

/// Opens the store the URL names: `sqlite://PATH` or `postgres://...`.
pub async fn connect(url: &SecretString, max_connections: u32) -> Result<Arc<dyn Store>, StoreError> {
    let raw = url.expose_secret();
    if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
        Ok(Arc::new(PostgresStore::connect(raw, max_connections).await?))
    } else if raw.starts_with("sqlite:") {
        Ok(Arc::new(SqliteStore::connect(raw, max_connections).await?))
    } else {
        Err(StoreError::Open("database.url must start with sqlite:// or postgres://".into()))
    }
}

fn to_json<T: Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn from_json<T: serde::de::DeserializeOwned>(raw: &str) -> Result<T, StoreError> {
    serde_json::from_str(raw).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn decision_name(review: &ReviewRequest) -> &'static str {
    match review.decision {
        crate::review::Decision::Approve => "approve",
        crate::review::Decision::Reject => "reject",
    }
}
