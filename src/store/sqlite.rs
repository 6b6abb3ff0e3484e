//! SQLite: the embedded default. WAL mode, foreign keys on, the file and its folder
//! created on first use. Timestamps are RFC 3339 text.

use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};
use tokio::sync::Mutex;
use uuid::Uuid;

use super::{DraftFilter, Run, Store, StoreError, decision_name, from_json, to_json};
use crate::audit::{AuditEvent, ChainedEvent, GENESIS};
use crate::fhir::PatientId;
use crate::review::{Draft, DraftId, ReviewRequest, RunId, WriteResult};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("src/store/migrations/sqlite");

pub struct SqliteStore {
    pool: SqlitePool,
    /// Audit appends read the chain's head and write the next link: one at a time.
    audit: Mutex<()>,
}

fn ts(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

fn parse_ts(raw: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(raw).map(|t| t.with_timezone(&Utc)).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl SqliteStore {
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::Open(e.to_string()))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        if let Some(parent) = options.get_filename().parent()
            && !parent.as_os_str().is_empty()
        {
            std::fs::create_dir_all(parent).map_err(|e| StoreError::Open(format!("{}: {e}", parent.display())))?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await?;
        Ok(Self { pool, audit: Mutex::new(()) })
    }

    /// A transaction that writes. It takes the write lock when it begins (`BEGIN IMMEDIATE`),
    /// so a writer waits out another for `busy_timeout`; a deferred one that reads first
    /// (the audit chain's last hash) and writes after another connection's commit fails at
    /// once with "database is locked", which no busy timeout retries.
    async fn write_tx(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, StoreError> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// Saves the draft's new state if the stored one is still at `expected_version`.
    async fn update_draft(
        tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
        draft: &Draft,
        expected_version: i64,
    ) -> Result<(), StoreError> {
        let updated = sqlx::query(
            "UPDATE drafts SET status = ?, version = ?, body = ?, updated_at = ? WHERE id = ? AND version = ?",
        )
        .bind(draft.status.as_str())
        .bind(draft.version)
        .bind(to_json(draft)?)
        .bind(ts(&draft.updated_at))
        .bind(draft.id.0.to_string())
        .bind(expected_version)
        .execute(&mut **tx)
        .await?;
        if updated.rows_affected() != 1 {
            return Err(StoreError::Conflict { expected: expected_version });
        }
        Ok(())
    }

    async fn drafts_where(
        &self,
        sql: &'static str,
        bind: Option<String>,
        limit: i64,
    ) -> Result<Vec<Draft>, StoreError> {
        let mut q = sqlx::query(sql);
        if let Some(b) = bind {
            q = q.bind(b);
        }
        let rows = q.bind(limit).fetch_all(&self.pool).await?;
        rows.iter().map(|r| from_json(&r.try_get::<String, _>("body")?)).collect()
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn migrate(&self) -> Result<(), StoreError> {
        MIGRATOR.run(&self.pool).await?;
        Ok(())
    }

    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    fn backend(&self) -> &'static str {
        "sqlite"
    }

    async fn insert_run(&self, run: &Run, drafts: &[Draft]) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        sqlx::query("INSERT INTO runs (id, patient_id, body, created_at) VALUES (?, ?, ?, ?)")
            .bind(run.id.0.to_string())
            .bind(run.patient_id.as_str())
            .bind(to_json(run)?)
            .bind(ts(&run.created_at))
            .execute(&mut *tx)
            .await?;
        for d in drafts {
            sqlx::query(
                "INSERT INTO drafts (id, run_id, patient_id, kind, status, version, body, created_at, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(d.id.0.to_string())
            .bind(d.run_id.0.to_string())
            .bind(d.patient_id.as_str())
            .bind(d.kind.as_str())
            .bind(d.status.as_str())
            .bind(d.version)
            .bind(to_json(d)?)
            .bind(ts(&d.created_at))
            .bind(ts(&d.updated_at))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn get_run(&self, id: RunId) -> Result<Option<Run>, StoreError> {
        let row =
            sqlx::query("SELECT body FROM runs WHERE id = ?").bind(id.0.to_string()).fetch_optional(&self.pool).await?;
        row.map(|r| from_json(&r.try_get::<String, _>("body")?)).transpose()
    }

    async fn get_draft(&self, id: DraftId) -> Result<Option<Draft>, StoreError> {
        let row = sqlx::query("SELECT body FROM drafts WHERE id = ?")
            .bind(id.0.to_string())
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| from_json(&r.try_get::<String, _>("body")?)).transpose()
    }

    async fn list_drafts(&self, filter: DraftFilter) -> Result<Vec<Draft>, StoreError> {
        let limit = i64::from(filter.limit.unwrap_or(100).min(1000));
        match filter.status {
            Some(s) => {
                self.drafts_where(
                    "SELECT body FROM drafts WHERE status = ? ORDER BY created_at DESC, id LIMIT ?",
                    Some(s.as_str().to_owned()),
                    limit,
                )
                .await
            }
            None => {
                self.drafts_where("SELECT body FROM drafts ORDER BY created_at DESC, id LIMIT ?", None, limit).await
            }
        }
    }

    async fn drafts_of_run(&self, run: RunId) -> Result<Vec<Draft>, StoreError> {
        let rows = sqlx::query("SELECT body FROM drafts WHERE run_id = ? ORDER BY kind")
            .bind(run.0.to_string())
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(|r| from_json(&r.try_get::<String, _>("body")?)).collect()
    }

    async fn save_review(
        &self,
        draft: &Draft,
        expected_version: i64,
        review: &ReviewRequest,
    ) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        Self::update_draft(&mut tx, draft, expected_version).await?;
        sqlx::query("INSERT INTO reviews (id, draft_id, reviewer, role, decision, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bind(Uuid::new_v4().to_string())
            .bind(draft.id.0.to_string())
            .bind(review.reviewer.trim())
            .bind(review.role.as_str())
            .bind(decision_name(review))
            .bind(to_json(review)?)
            .bind(ts(&draft.updated_at))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn save_write(&self, draft: &Draft, expected_version: i64, result: &WriteResult) -> Result<(), StoreError> {
        let mut tx = self.write_tx().await?;
        Self::update_draft(&mut tx, draft, expected_version).await?;
        sqlx::query(
            "INSERT INTO write_results (draft_id, identifier, outcome, location, written_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (draft_id) DO UPDATE SET outcome = excluded.outcome, location = excluded.location, written_at = excluded.written_at",
        )
        .bind(draft.id.0.to_string())
        .bind(&result.identifier)
        .bind(&result.outcome)
        .bind(&result.location)
        .bind(ts(&result.written_at))
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
            "INSERT INTO vaults (run_id, patient_id, sealed, expires_at) VALUES (?, ?, ?, ?) \
             ON CONFLICT (run_id) DO UPDATE SET sealed = excluded.sealed, expires_at = excluded.expires_at",
        )
        .bind(run.0.to_string())
        .bind(patient.as_str())
        .bind(sealed)
        .bind(expires_at.timestamp())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn get_vault(&self, run: RunId, now: DateTime<Utc>) -> Result<Option<Vec<u8>>, StoreError> {
        let row = sqlx::query("SELECT sealed FROM vaults WHERE run_id = ? AND expires_at > ?")
            .bind(run.0.to_string())
            .bind(now.timestamp())
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.try_get::<Vec<u8>, _>("sealed")).transpose()?)
    }

    async fn purge_vaults(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
        let done =
            sqlx::query("DELETE FROM vaults WHERE expires_at <= ?").bind(now.timestamp()).execute(&self.pool).await?;
        Ok(done.rows_affected())
    }

    async fn append_audit(&self, event: &AuditEvent) -> Result<(), StoreError> {
        let _one_at_a_time = self.audit.lock().await;
        let mut tx = self.write_tx().await?;
        let prev: Option<String> = sqlx::query_scalar("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&mut *tx)
            .await?;
        let prev = prev.unwrap_or_else(|| GENESIS.to_owned());
        let hash = event.hash(&prev);
        sqlx::query(
            "INSERT INTO audit_events (at, actor, action, patient_id, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(ts(&event.at))
        .bind(&event.actor)
        .bind(&event.action)
        .bind(&event.patient_id)
        .bind(&event.subject)
        .bind(event.detail.to_string())
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
                        at: parse_ts(&r.try_get::<String, _>("at")?)?,
                        actor: r.try_get("actor")?,
                        action: r.try_get("action")?,
                        patient_id: r.try_get("patient_id")?,
                        subject: r.try_get("subject")?,
                        detail: from_json(&r.try_get::<String, _>("detail")?)?,
                    },
                    prev_hash: r.try_get("prev_hash")?,
                    hash: r.try_get("hash")?,
                })
            })
            .collect()
    }
}
