//! PostgreSQL: what production uses. UUID, JSONB and TIMESTAMPTZ columns; the pool
//! reconnects on its own after a server restart (each acquire checks the connection).

use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::postgres::PgPoolOptions;
use sqlx::types::Json;
use sqlx::{PgPool, Row};
use uuid::Uuid;

use super::{DraftFilter, Run, Store, StoreError, decision_name};
use crate::audit::{AuditEvent, ChainedEvent, GENESIS};
use crate::fhir::PatientId;
use crate::review::{Draft, DraftId, ReviewRequest, RunId, WriteResult};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("src/store/migrations/postgres");

/// Any fixed number; it names the advisory lock that serializes audit appends across
/// every process sharing the database.
const AUDIT_LOCK: i64 = 0x6361_7265_6272_6965;

pub struct PostgresStore {
    pool: PgPool,
}

impl PostgresStore {
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self, StoreError> {
        let pool = PgPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(10))
            .test_before_acquire(true)
            .connect(url)
            .await?;
        Ok(Self { pool })
    }

    async fn update_draft(
        tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
        draft: &Draft,
        expected_version: i64,
    ) -> Result<(), StoreError> {
        let updated = sqlx::query(
            "UPDATE drafts SET status = $1, version = $2, body = $3, updated_at = $4 WHERE id = $5 AND version = $6",
        )
        .bind(draft.status.as_str())
        .bind(draft.version)
        .bind(Json(draft))
        .bind(draft.updated_at)
        .bind(draft.id.0)
        .bind(expected_version)
        .execute(&mut **tx)
        .await?;
        if updated.rows_affected() != 1 {
            return Err(StoreError::Conflict { expected: expected_version });
        }
        Ok(())
    }
}

fn draft_rows(rows: Vec<sqlx::postgres::PgRow>) -> Result<Vec<Draft>, StoreError> {
    rows.into_iter().map(|r| Ok(r.try_get::<Json<Draft>, _>("body")?.0)).collect()
}

#[async_trait]
impl Store for PostgresStore {
    async fn migrate(&self) -> Result<(), StoreError> {
        MIGRATOR.run(&self.pool).await?;
        Ok(())
    }

    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    fn backend(&self) -> &'static str {
        "postgres"
    }

    async fn insert_run(&self, run: &Run, drafts: &[Draft]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("INSERT INTO runs (id, patient_id, body, created_at) VALUES ($1, $2, $3, $4)")
            .bind(run.id.0)
            .bind(run.patient_id.as_str())
            .bind(Json(run))
            .bind(run.created_at)
            .execute(&mut *tx)
            .await?;
        for d in drafts {
            sqlx::query(
                "INSERT INTO drafts (id, run_id, patient_id, kind, status, version, body, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(d.id.0)
            .bind(d.run_id.0)
            .bind(d.patient_id.as_str())
            .bind(d.kind.as_str())
            .bind(d.status.as_str())
            .bind(d.version)
            .bind(Json(d))
            .bind(d.created_at)
            .bind(d.updated_at)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn get_run(&self, id: RunId) -> Result<Option<Run>, StoreError> {
        let row = sqlx::query("SELECT body FROM runs WHERE id = $1").bind(id.0).fetch_optional(&self.pool).await?;
        Ok(row.map(|r| r.try_get::<Json<Run>, _>("body")).transpose()?.map(|j| j.0))
    }

    async fn get_draft(&self, id: DraftId) -> Result<Option<Draft>, StoreError> {
        let row = sqlx::query("SELECT body FROM drafts WHERE id = $1").bind(id.0).fetch_optional(&self.pool).await?;
        Ok(row.map(|r| r.try_get::<Json<Draft>, _>("body")).transpose()?.map(|j| j.0))
    }

    async fn list_drafts(&self, filter: DraftFilter) -> Result<Vec<Draft>, StoreError> {
        let limit = i64::from(filter.limit.unwrap_or(100).min(1000));
        let rows = match filter.status {
            Some(s) => {
                sqlx::query("SELECT body FROM drafts WHERE status = $1 ORDER BY created_at DESC, id LIMIT $2")
                    .bind(s.as_str())
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?
            }
            None => {
                sqlx::query("SELECT body FROM drafts ORDER BY created_at DESC, id LIMIT $1")
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?
            }
        };
        draft_rows(rows)
    }

    async fn drafts_of_run(&self, run: RunId) -> Result<Vec<Draft>, StoreError> {
        let rows = sqlx::query("SELECT body FROM drafts WHERE run_id = $1 ORDER BY kind")
            .bind(run.0)
            .fetch_all(&self.pool)
            .await?;
        draft_rows(rows)
    }

    async fn save_review(
        &self,
        draft: &Draft,
        expected_version: i64,
        review: &ReviewRequest,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        Self::update_draft(&mut tx, draft, expected_version).await?;
        sqlx::query("INSERT INTO reviews (id, draft_id, reviewer, role, decision, body, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
            .bind(Uuid::new_v4())
            .bind(draft.id.0)
            .bind(review.reviewer.trim())
            .bind(review.role.as_str())
            .bind(decision_name(review))
            .bind(Json(review))
            .bind(draft.updated_at)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn save_write(&self, draft: &Draft, expected_version: i64, result: &WriteResult) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        Self::update_draft(&mut tx, draft, expected_version).await?;
        sqlx::query(
            "INSERT INTO write_results (draft_id, identifier, outcome, location, written_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (draft_id) DO UPDATE SET outcome = EXCLUDED.outcome, location = EXCLUDED.location, written_at = EXCLUDED.written_at",
        )
        .bind(draft.id.0)
        .bind(&result.identifier)
        .bind(&result.outcome)
        .bind(&result.location)
        .bind(result.written_at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn put_vault(
        &self,
        run: RunId,
        patient: &PatientId,
        sealed: &[u8],
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO vaults (run_id, patient_id, sealed, expires_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (run_id) DO UPDATE SET sealed = excluded.sealed, expires_at = excluded.expires_at",
        )
        .bind(run.0)
        .bind(patient.as_str())
        .bind(sealed)
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn get_vault(&self, run: RunId, now: DateTime<Utc>) -> Result<Option<Vec<u8>>, StoreError> {
        let row = sqlx::query("SELECT sealed FROM vaults WHERE run_id = $1 AND expires_at > $2")
            .bind(run.0)
            .bind(now)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.try_get::<Vec<u8>, _>("sealed")).transpose()?)
    }

    async fn purge_vaults(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM vaults WHERE expires_at <= $1").bind(now).execute(&self.pool).await?;
        Ok(done.rows_affected())
    }

    async fn append_audit(&self, event: &AuditEvent) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(AUDIT_LOCK).execute(&mut *tx).await?;
        let prev: Option<String> = sqlx::query_scalar("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&mut *tx)
            .await?;
        let prev = prev.unwrap_or_else(|| GENESIS.to_owned());
        let hash = event.hash(&prev);
        sqlx::query(
            "INSERT INTO audit_events (at, actor, action, patient_id, subject, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(event.at)
        .bind(&event.actor)
        .bind(&event.action)
        .bind(&event.patient_id)
        .bind(&event.subject)
        .bind(Json(&event.detail))
        .bind(&prev)
        .bind(&hash)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn audit_events(&self) -> Result<Vec<ChainedEvent>, StoreError> {
        let rows = sqlx::query("SELECT seq, at, actor, action, patient_id, subject, detail, prev_hash, hash FROM audit_events ORDER BY seq")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(ChainedEvent {
                    seq: r.try_get("seq")?,
                    event: AuditEvent {
                        at: r.try_get::<DateTime<Utc>, _>("at")?,
                        actor: r.try_get("actor")?,
                        action: r.try_get("action")?,
                        patient_id: r.try_get("patient_id")?,
                        subject: r.try_get("subject")?,
                        detail: r.try_get::<Json<serde_json::Value>, _>("detail")?.0,
                    },
                    prev_hash: r.try_get("prev_hash")?,
                    hash: r.try_get("hash")?,
                })
            })
            .collect()
    }
}
