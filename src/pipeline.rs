//! The path of one patient (DESIGN.md): read the record, de-identify it, render the
//! prompt, run the tasks, ground and re-identify their items, store the drafts; then, on
//! review, apply the decisions and write approved drafts back. Every step is audited.

use std::sync::Arc;

use chrono::Utc;
use serde::Serialize;
use serde_json::json;

use crate::audit::AuditEvent;
use crate::deid::{DateShifter, DeidStep, Policy, VaultKey, deidentify};
use crate::fhir::write::{DocumentSink, WriteError, approved_document};
use crate::fhir::{PatientData, PatientId, PatientSource, SourceError};
use crate::llm::render_problem_list;
use crate::measures::gaps::{CareGap, GapStatus};
use crate::measures::{Engine, Period};
use crate::review::{Draft, DraftId, DraftItem, DraftKind, DraftStatus, ReviewError, ReviewRequest, RunId};
use crate::store::{Run, Store, StoreError};
use crate::tasks::{ReferralRequest, care_gaps, grounding, offline};

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Source(#[from] SourceError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Review(#[from] ReviewError),
    #[error("writing the approved document failed: {0}")]
    Write(#[from] WriteError),
    #[error("no such draft")]
    DraftNotFound,
    #[error("care gaps are turned off (measures.measures is empty)")]
    MeasuresOff,
    #[error("care gaps cannot be decided: {0}")]
    CareGaps(String),
    #[error("the run's vault: {0}")]
    Vault(String),
    #[error("internal error while de-identifying the chart; nothing was sent to the model and nothing was stored")]
    Deidentify,
}

/// One patient's care gaps for the API: the gaps, and the DEQM gaps-in-care Bundle.
#[derive(Debug, Clone, Serialize)]
pub struct CareGapReport {
    pub patient_id: PatientId,
    pub period_start: chrono::NaiveDate,
    pub period_end: chrono::NaiveDate,
    pub gaps: Vec<CareGap>,
    pub bundle: serde_json::Value,
}

#[derive(Debug, Clone, Serialize)]
pub struct RunOutcome {
    pub run: Run,
    pub drafts: Vec<Draft>,
}

#[derive(Clone)]
pub struct Pipeline {
    source: Arc<dyn PatientSource>,
    store: Arc<dyn Store>,
    sink: Arc<dyn DocumentSink>,
    shifter: DateShifter,
    policy: Arc<Policy>,
    vault_key: VaultKey,
    vault_ttl: chrono::Duration,
    measures: Option<Arc<Engine>>,
    deid: DeidStep,
}

impl Pipeline {
    pub fn new(
        source: Arc<dyn PatientSource>,
        store: Arc<dyn Store>,
        sink: Arc<dyn DocumentSink>,
        shifter: DateShifter,
    ) -> Self {
        Self {
            source,
            store,
            sink,
            shifter,
            policy: Arc::new(Policy::default()),
            vault_key: VaultKey::from_settings(&crate::config::DeidSettings::default()),
            vault_ttl: chrono::Duration::hours(72),
            measures: None,
            deid: deidentify,
        }
    }

    /// De-identifies with `step` instead of [`deidentify`]: tests put a double here that
    /// fails on demand, which the real scrubber cannot.
    pub fn with_deid_step(mut self, step: DeidStep) -> Self {
        self.deid = step;
        self
    }

    /// De-identifies by `policy` instead of the default `safe-harbor`.
    pub fn with_policy(mut self, policy: Arc<Policy>) -> Self {
        self.policy = policy;
        self
    }

    /// Seals each run's vault under `key` and keeps it for `ttl` (the review window).
    pub fn with_vault(mut self, key: VaultKey, ttl: chrono::Duration) -> Self {
        self.vault_key = key;
        self.vault_ttl = ttl;
        self
    }

    /// A run's vault, to map its placeholders back: `None` when the run is unknown or its
    /// vault has expired.
    pub async fn vault(&self, run: RunId) -> Result<Option<crate::deid::Vault>, PipelineError> {
        let Some(r) = self.store.get_run(run).await? else { return Ok(None) };
        let Some(sealed) = self.store.get_vault(run, Utc::now()).await? else { return Ok(None) };
        let vault = self
            .vault_key
            .open(&run.to_string(), &r.patient_id, &sealed)
            .map_err(|e| PipelineError::Vault(e.to_string()))?;
        Ok(Some(vault))
    }

    /// Adds a care-gaps draft to every run, decided by `engine`.
    pub fn with_measures(mut self, engine: Arc<Engine>) -> Self {
        self.measures = Some(engine);
        self
    }

    /// The measurement period care gaps are decided for, when they are on.
    pub fn measurement_period(&self) -> Option<&Period> {
        self.measures.as_deref().map(Engine::period)
    }

    pub fn source(&self) -> &Arc<dyn PatientSource> {
        &self.source
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    /// Runs the whole path for one patient and stores a problem-list draft, a referral
    /// draft and (when measures are on) a care-gaps draft, all pending review.
    pub async fn summarize(
        &self,
        patient: &PatientId,
        referral: &ReferralRequest,
    ) -> Result<RunOutcome, PipelineError> {
        let data = self.source.patient_data(patient).await?;
        let record = &data.record;
        // A failure inside de-identification fails this patient's run alone, with nothing
        // sent or stored; a passage it fails on alone is withheld and listed instead.
        let step = self.deid;
        let (deid, vault) =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| step(record, &self.shifter, &self.policy)))
                .map_err(|_| PipelineError::Deidentify)?;
        if !deid.withheld.is_empty() {
            tracing::warn!(withheld = deid.withheld.len(), "free text the scrubber failed on was withheld");
        }
        let issues: Vec<_> = record.issues.iter().chain(&deid.withheld).cloned().collect();
        let prompt = render_problem_list(&deid);

        let run_id = RunId::new();
        let now = Utc::now();
        let uncoded = offline::uncoded_active_conditions(&deid);
        let mut drafts = Vec::new();
        let mut dropped_total = 0;
        for (kind, proposals, notice) in [
            (DraftKind::ProblemList, offline::problem_list(&deid), offline::NOTICE_PROBLEMS),
            (DraftKind::Referral, offline::referral(&deid, referral), offline::NOTICE_REFERRAL),
        ] {
            let grounded = grounding::ground(proposals, &vault, record);
            dropped_total += grounded.dropped;
            let mut notice = notice.to_owned();
            if kind == DraftKind::ProblemList && uncoded > 0 {
                notice
                    .push_str(&format!(" {uncoded} active condition(s) without a code were left out; see the chart."));
            }
            if !record.issues.is_empty() {
                notice.push_str(&format!(
                    " {} part(s) of the chart could not be read; this draft may be incomplete.",
                    record.issues.len()
                ));
            }
            if !deid.withheld.is_empty() {
                notice.push_str(&format!(
                    " {} free-text passage(s) could not be de-identified and were withheld from the model; this draft may be incomplete.",
                    deid.withheld.len()
                ));
            }
            drafts.push(Draft {
                id: DraftId::new(),
                run_id,
                patient_id: patient.clone(),
                kind,
                status: DraftStatus::Pending,
                engine: "offline".into(),
                notice: Some(notice),
                items: grounded.items,
                dropped_ungrounded: grounded.dropped,
                record_issues: issues.clone(),
                created_at: now,
                updated_at: now,
                version: 1,
                reviewed_by: None,
                write: None,
            });
        }
        if let Some(engine) = &self.measures {
            let (items, dropped, notice) = gap_items(engine, &data);
            dropped_total += dropped;
            drafts.push(Draft {
                id: DraftId::new(),
                run_id,
                patient_id: patient.clone(),
                kind: DraftKind::CareGaps,
                status: DraftStatus::Pending,
                engine: "rules".into(),
                notice: Some(notice),
                items,
                dropped_ungrounded: dropped,
                record_issues: issues.clone(),
                created_at: now,
                updated_at: now,
                version: 1,
                reviewed_by: None,
                write: None,
            });
        }
        let run = Run {
            id: run_id,
            patient_id: patient.clone(),
            source: self.source.kind().into(),
            engine: "offline".into(),
            prompt_sha256: prompt.sha256,
            deid_policy: self.policy.name().into(),
            deid_policy_sha256: self.policy.sha256().into(),
            record_items: record.item_count(),
            record_issues: issues.len(),
            scrubbed_free_text: deid.scrubbed_free_text,
            dropped_ungrounded: dropped_total,
            created_at: now,
        };
        self.store.insert_run(&run, &drafts).await?;
        // The vault, sealed, for the review window; expired ones go.
        let sealed = self.vault_key.seal(&run_id.to_string(), &vault);
        self.store.put_vault(run_id, patient, &sealed, now + self.vault_ttl).await?;
        let purged = self.store.purge_vaults(now).await?;
        if purged > 0 {
            tracing::info!(purged, "expired vaults deleted");
        }
        self.audit(AuditEvent::new(
            "carebrief",
            "summarize",
            Some(patient.as_str()),
            Some(format!("run/{run_id}")),
            json!({
                "engine": run.engine,
                "prompt_sha256": run.prompt_sha256,
                "deid_policy": run.deid_policy,
                "deid_policy_sha256": run.deid_policy_sha256,
                "drafts": drafts.iter().map(|d| d.id.to_string()).collect::<Vec<_>>(),
                "record_issues": run.record_issues,
                "dropped_ungrounded": run.dropped_ungrounded,
            }),
        ))
        .await;
        tracing::info!(run = %run_id, items = run.record_items, issues = run.record_issues, "summarized");
        Ok(RunOutcome { run, drafts })
    }

    /// The care gaps of one patient and their DEQM gaps-in-care Bundle, decided now.
    pub async fn care_gaps(&self, patient: &PatientId) -> Result<CareGapReport, PipelineError> {
        let engine = self.measures.as_ref().ok_or(PipelineError::MeasuresOff)?;
        let data = self.source.patient_data(patient).await?;
        if let Some(lost) = lost_to_measures(&data) {
            return Err(PipelineError::CareGaps(lost));
        }
        let chart = engine.chart(data.resources.iter()).map_err(|e| PipelineError::CareGaps(e.to_string()))?;
        let gaps = crate::measures::gaps::care_gaps(engine, &chart);
        let bundle = crate::measures::gaps::gaps_bundle(engine, &chart, Utc::now());
        self.audit(AuditEvent::new(
            "carebrief",
            "care-gaps",
            Some(patient.as_str()),
            None,
            json!({"period": engine.period().to_string(), "open": gaps.iter().filter(|g| g.status == GapStatus::Open).count()}),
        ))
        .await;
        Ok(CareGapReport {
            patient_id: patient.clone(),
            period_start: engine.period().start_date,
            period_end: engine.period().end_date,
            gaps,
            bundle,
        })
    }

    /// Applies a review. An approval writes the document; approving an already approved
    /// or written draft again retries or repeats the write, which the identifier makes
    /// idempotent, and returns the same result.
    pub async fn review(&self, id: DraftId, review: &ReviewRequest) -> Result<Draft, PipelineError> {
        let mut draft = self.store.get_draft(id).await?.ok_or(PipelineError::DraftNotFound)?;
        let repeat_approval = matches!(draft.status, DraftStatus::Approved | DraftStatus::Written)
            && review.decision == crate::review::Decision::Approve;
        if draft.status == DraftStatus::Written && repeat_approval {
            return Ok(draft);
        }
        if !repeat_approval {
            let expected = draft.version;
            draft.apply_review(review, Utc::now())?;
            self.store.save_review(&draft, expected, review).await?;
            let decisions: Vec<_> = draft.items.iter().map(|i| json!({"item": i.id, "status": i.status})).collect();
            self.audit(AuditEvent::new(
                review.reviewer.trim(),
                "review",
                Some(draft.patient_id.as_str()),
                Some(format!("draft/{}", draft.id)),
                json!({"role": review.role, "decision": review.decision, "items": decisions}),
            ))
            .await;
        }
        if draft.status == DraftStatus::Approved {
            self.write(&mut draft).await?;
        }
        Ok(draft)
    }

    async fn write(&self, draft: &mut Draft) -> Result<(), PipelineError> {
        let (identifier, document) = approved_document(draft, Utc::now())?;
        let result = match self.sink.write(&identifier, &document).await {
            Ok(r) => r,
            Err(e) => {
                self.audit(AuditEvent::new(
                    "carebrief",
                    "write-failed",
                    Some(draft.patient_id.as_str()),
                    Some(format!("draft/{}", draft.id)),
                    json!({"error": e.to_string(), "sink": self.sink.kind()}),
                ))
                .await;
                return Err(e.into());
            }
        };
        let expected = draft.version;
        draft.status = DraftStatus::Written;
        draft.write = Some(result.clone());
        draft.version += 1;
        draft.updated_at = Utc::now();
        match self.store.save_write(draft, expected, &result).await {
            Ok(()) => {}
            // Another request wrote it first; the identifier kept the EHR to one document.
            Err(StoreError::Conflict { .. }) => {
                if let Some(current) = self.store.get_draft(draft.id).await? {
                    *draft = current;
                }
                return Ok(());
            }
            Err(e) => return Err(e.into()),
        }
        self.audit(AuditEvent::new(
            "carebrief",
            "write",
            Some(draft.patient_id.as_str()),
            Some(format!("draft/{}", draft.id)),
            json!({"identifier": result.identifier, "outcome": result.outcome, "location": result.location, "sink": self.sink.kind()}),
        ))
        .await;
        Ok(())
    }

    /// The audit trail must not lose events silently, but a full audit table must not
    /// lose a clinician's work either: failures are logged loudly.
    async fn audit(&self, event: AuditEvent) {
        if let Err(e) = self.store.append_audit(&event).await {
            tracing::error!(action = %event.action, error = %e, "audit event could not be stored");
        }
    }
}

/// Why the measures cannot be trusted with what the source sent, if they cannot: the
/// source lost resources of a type the rules read.
fn lost_to_measures(data: &PatientData) -> Option<String> {
    let lost: Vec<&str> = crate::measures::READ_TYPES.iter().copied().filter(|t| data.lost(t)).collect();
    (!lost.is_empty()).then(|| format!("part of the chart the measures read could not be read ({})", lost.join(", ")))
}

/// The care-gaps draft's items, the count of gaps dropped for want of a citation, and
/// its notice.
fn gap_items(engine: &Engine, data: &PatientData) -> (Vec<DraftItem>, usize, String) {
    let period = engine.period();
    let undecided = |why: String| {
        let notice = format!(
            "No care gaps for {period}: {why}. Nothing in this draft says whether any gap is open; see the chart."
        );
        (Vec::new(), 0, notice)
    };
    if let Some(lost) = lost_to_measures(data) {
        return undecided(lost);
    }
    let chart = match engine.chart(data.resources.iter()) {
        Ok(c) => c,
        Err(e) => return undecided(format!("the measures cannot read the chart ({e})")),
    };
    let gaps = crate::measures::gaps::care_gaps(engine, &chart);
    let grounded = care_gaps::items(&gaps, &data.record, &data.resources);
    let count = |s: GapStatus| gaps.iter().filter(|g| g.status == s).count();
    let groups = |m: &str| gaps.iter().filter(|g| g.measure == m).count();
    let not_applicable: Vec<String> = gaps
        .iter()
        .filter(|g| g.status == GapStatus::NotApplicable)
        .map(|g| if groups(g.measure) > 1 { format!("{} group {}", g.measure, g.group) } else { g.measure.to_owned() })
        .collect();
    let mut notice = format!(
        "{} Measurement period {period}: {} open, {} closed.",
        care_gaps::NOTICE,
        count(GapStatus::Open),
        count(GapStatus::Closed)
    );
    if !not_applicable.is_empty() {
        notice.push_str(&format!(" Not applicable to this patient: {}.", not_applicable.join(", ")));
    }
    if grounded.dropped > 0 {
        notice.push_str(&format!(
            " {} gap(s) without evidence on record were left out; the gaps-in-care report lists them.",
            grounded.dropped
        ));
    }
    if !data.record.issues.is_empty() {
        notice.push_str(&format!(
            " {} part(s) of the chart could not be read; this draft may be incomplete.",
            data.record.issues.len()
        ));
    }
    (grounded.items, grounded.dropped, notice)
}
