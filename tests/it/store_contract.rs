//! The storage contract, run against SQLite and against the real PostgreSQL server.

use std::sync::Arc;

use carebrief::audit::{AuditEvent, verify_chain};
use carebrief::fhir::PatientId;
use carebrief::review::{
    Action, Citation, Decision, Draft, DraftId, DraftItem, DraftKind, DraftStatus, ItemDecision, ItemStatus,
    ReviewRequest, Role, RunId, WriteResult,
};
use carebrief::store::{self, DraftFilter, Run, Store, StoreError};
use chrono::Utc;
use secrecy::SecretString;

use crate::support::TestDatabase;

fn run_and_drafts(patient: &str) -> (Run, Vec<Draft>) {
    let run_id = RunId::new();
    let now = Utc::now();
    let patient = PatientId::parse(patient).unwrap();
    let draft = |kind| Draft {
        id: DraftId::new(),
        run_id,
        patient_id: patient.clone(),
        kind,
        status: DraftStatus::Pending,
        engine: "offline".into(),
        notice: Some("no model".into()),
        items: vec![DraftItem {
            id: "i1".into(),
            section: "Problems".into(),
            text: "Essential hypertension — ünïcode kept".into(),
            original_text: None,
            codes: vec![],
            citations: vec![Citation {
                reference: "Condition/c-1".into(),
                label: "Hypertension".into(),
                date: Some("2020-01-01".into()),
            }],
            status: ItemStatus::Pending,
            flags: vec![],
        }],
        dropped_ungrounded: 2,
        record_issues: vec![],
        created_at: now,
        updated_at: now,
        version: 1,
        reviewed_by: None,
        write: None,
    };
    let run = Run {
        id: run_id,
        patient_id: patient.clone(),
        source: "bundle".into(),
        engine: "offline".into(),
        prompt_sha256: "ab".repeat(32),
        deid_policy: "safe-harbor".into(),
        deid_policy_sha256: "cd".repeat(32),
        record_items: 10,
        record_issues: 0,
        scrubbed_free_text: 3,
        dropped_ungrounded: 2,
        created_at: now,
    };
    (run, vec![draft(DraftKind::ProblemList), draft(DraftKind::Referral)])
}

fn approve_all() -> ReviewRequest {
    ReviewRequest {
        reviewer: "Dr. Contract".into(),
        role: Role::Clinician,
        items: vec![ItemDecision { item_id: "i1".into(), action: Action::Accept, text: None }],
        decision: Decision::Approve,
    }
}

async fn contract(store: Arc<dyn Store>) {
    // Migrations run at connect time in the service; running them again changes nothing.
    store.migrate().await.expect("migrate");
    store.migrate().await.expect("migrate again");
    store.ping().await.expect("ping");

    let (run, drafts) = run_and_drafts("patient-a");
    store.insert_run(&run, &drafts).await.expect("insert run");
    assert_eq!(store.get_run(run.id).await.unwrap().as_ref(), Some(&run));
    let stored = store.get_draft(drafts[0].id).await.unwrap().expect("draft stored");
    assert_eq!(stored.items, drafts[0].items);
    assert_eq!(stored.id, drafts[0].id);
    assert_eq!(store.drafts_of_run(run.id).await.unwrap().len(), 2);
    assert!(store.get_draft(DraftId::new()).await.unwrap().is_none());
    assert!(store.get_run(RunId::new()).await.unwrap().is_none());

    // A run and its drafts are stored together or not at all.
    let (run2, mut drafts2) = run_and_drafts("patient-b");
    drafts2[1].id = drafts2[0].id;
    assert!(store.insert_run(&run2, &drafts2).await.is_err());
    assert!(store.get_run(run2.id).await.unwrap().is_none(), "a failed insert leaves no run behind");

    // Reviews: saved at the expected version; a stale version is refused and changes nothing.
    let mut reviewed = stored.clone();
    reviewed.apply_review(&approve_all(), Utc::now()).unwrap();
    store.save_review(&reviewed, 1, &approve_all()).await.expect("save review");
    let mut stale = stored.clone();
    stale.apply_review(&approve_all(), Utc::now()).unwrap();
    match store.save_review(&stale, 1, &approve_all()).await {
        Err(StoreError::Conflict { expected: 1 }) => {}
        other => panic!("expected a conflict, got {other:?}"),
    }
    let now_stored = store.get_draft(reviewed.id).await.unwrap().unwrap();
    assert_eq!(now_stored.status, DraftStatus::Approved);
    assert_eq!(now_stored.version, 2);

    let pending = store.list_drafts(DraftFilter { status: Some(DraftStatus::Pending), limit: None }).await.unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].id, drafts[1].id);
    assert_eq!(store.list_drafts(DraftFilter::default()).await.unwrap().len(), 2);
    assert_eq!(store.list_drafts(DraftFilter { status: None, limit: Some(1) }).await.unwrap().len(), 1);

    // Write results.
    let mut written = now_stored.clone();
    let result = WriteResult {
        identifier: format!("urn:uuid:{}", written.id),
        outcome: "created".into(),
        location: Some("DocumentReference/abc".into()),
        written_at: Utc::now(),
    };
    written.status = DraftStatus::Written;
    written.write = Some(result.clone());
    written.version = 3;
    store.save_write(&written, 2, &result).await.expect("save write");
    let back = store.get_draft(written.id).await.unwrap().unwrap();
    assert_eq!(back.status, DraftStatus::Written);
    assert_eq!(back.write.as_ref().map(|w| w.outcome.as_str()), Some("created"));
    assert!(matches!(store.save_write(&written, 2, &result).await, Err(StoreError::Conflict { .. })));

    // The audit chain holds under concurrent appends.
    let mut tasks = Vec::new();
    for i in 0..12 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let e = AuditEvent::new(
                "tester",
                "review",
                Some("patient-a"),
                Some(format!("draft/{i}")),
                serde_json::json!({"i": i, "x": [1.5, "ü"]}),
            );
            store.append_audit(&e).await.expect("append");
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let events = store.audit_events().await.unwrap();
    assert_eq!(events.len(), 12);
    assert_eq!(verify_chain(&events), Ok(()));

    // Sealed vaults: kept until they expire, then gone; a second put replaces the first.
    let now = Utc::now();
    let hour = chrono::Duration::hours(1);
    let (kept, kept_drafts) = run_and_drafts("patient-v");
    let (expired, expired_drafts) = run_and_drafts("patient-w");
    store.insert_run(&kept, &kept_drafts).await.unwrap();
    store.insert_run(&expired, &expired_drafts).await.unwrap();
    store.put_vault(kept.id, &kept.patient_id, b"first", now + hour).await.unwrap();
    store.put_vault(kept.id, &kept.patient_id, &[0, 159, 146, 150, 255], now + hour).await.unwrap();
    store.put_vault(expired.id, &expired.patient_id, b"old", now - hour).await.unwrap();
    assert_eq!(store.get_vault(kept.id, now).await.unwrap().as_deref(), Some(&[0u8, 159, 146, 150, 255][..]));
    assert_eq!(store.get_vault(expired.id, now).await.unwrap(), None, "an expired vault is not handed out");
    assert_eq!(store.get_vault(RunId::new(), now).await.unwrap(), None);
    assert_eq!(store.purge_vaults(now).await.unwrap(), 1);
    assert_eq!(store.purge_vaults(now).await.unwrap(), 0);
    assert_eq!(store.get_vault(kept.id, now + hour * 2).await.unwrap(), None, "expired later");
    assert!(store.get_vault(kept.id, now).await.unwrap().is_some());
}

#[tokio::test]
async fn sqlite_meets_the_store_contract() {
    let tmp = tempfile::tempdir().unwrap();
    let url = SecretString::from(format!("sqlite://{}/nested/dir/contract.sqlite", tmp.path().display()));
    let store = store::connect(&url, 4).await.expect("sqlite opens, creating its folder");
    contract(store).await;
}

#[tokio::test]
async fn postgres_meets_the_store_contract() {
    let db = TestDatabase::create().await;
    let store = store::connect(&SecretString::from(db.url.clone()), 4).await.expect("postgres connects");
    contract(store).await;
}

#[tokio::test]
async fn sqlite_keeps_everything_across_a_restart() {
    let tmp = tempfile::tempdir().unwrap();
    let url = SecretString::from(format!("sqlite://{}/restart.sqlite", tmp.path().display()));
    let (run, drafts) = run_and_drafts("patient-r");
    {
        let store = store::connect(&url, 2).await.unwrap();
        store.migrate().await.unwrap();
        store.insert_run(&run, &drafts).await.unwrap();
    }
    let store = store::connect(&url, 2).await.unwrap();
    store.migrate().await.unwrap();
    assert_eq!(store.drafts_of_run(run.id).await.unwrap().len(), 2);
}

#[tokio::test]
async fn postgres_store_recovers_when_the_server_drops_its_connections() {
    let db = TestDatabase::create().await;
    let store = store::connect(&SecretString::from(db.url.clone()), 2).await.unwrap();
    store.migrate().await.unwrap();
    let (run, drafts) = run_and_drafts("patient-p");
    store.insert_run(&run, &drafts).await.unwrap();

    // What a server restart does to a pool: every connection it holds is cut.
    use sqlx::Connection as _;
    let mut admin = sqlx::PgConnection::connect(&crate::support::postgres_admin_url()).await.unwrap();
    let name = db.url.rsplit('/').next().unwrap().to_owned();
    let killed: Vec<bool> =
        sqlx::query_scalar("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1")
            .bind(&name)
            .fetch_all(&mut admin)
            .await
            .unwrap();
    assert!(!killed.is_empty(), "the pool held connections to cut");

    let back = store.get_draft(drafts[0].id).await.expect("the pool reconnects after the cut");
    assert!(back.is_some());
    store.ping().await.unwrap();
}
