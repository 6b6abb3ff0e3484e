//! Test harness: real parts (the FHIR test server, SQLite, PostgreSQL, the service on
//! port 0) and one double, [`fault_proxy::FaultProxyDouble`], for faults the real FHIR
//! server cannot produce on demand.

pub mod fault_proxy;
pub mod fhir_server;

use std::path::PathBuf;
use std::sync::Arc;

use carebrief::Settings;
use carebrief::config::SourceKind;
use secrecy::SecretString;
use tokio::sync::oneshot;

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures_dir() -> PathBuf {
    repo_root().join("fixtures/patients")
}

/// Admin URL of the PostgreSQL server the tests use (`CAREBRIEF_TEST_POSTGRES`).
pub fn postgres_admin_url() -> String {
    std::env::var("CAREBRIEF_TEST_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// A fresh PostgreSQL database for one test, dropped when this value is.
pub struct TestDatabase {
    pub url: String,
    name: String,
}

impl TestDatabase {
    pub async fn create() -> Self {
        use sqlx::Connection as _;
        let admin = postgres_admin_url();
        let name = format!("carebrief_it_{}", uuid::Uuid::new_v4().simple());
        let mut conn = sqlx::PgConnection::connect(&admin)
            .await
            .unwrap_or_else(|e| panic!("PostgreSQL must run at {admin} for these tests (.ci/run starts it): {e}"));
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut conn)
            .await
            .expect("create test database");
        let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
        Self { url: format!("{base}/{name}"), name }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let admin = postgres_admin_url();
        let name = self.name.clone();
        // Drop needs a runtime of its own: the test's may be shutting down.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            rt.block_on(async {
                use sqlx::Connection as _;
                if let Ok(mut conn) = sqlx::PgConnection::connect(&admin).await {
                    let _ = sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                        .execute(&mut conn)
                        .await;
                }
            });
        })
        .join();
    }
}

/// Settings for a test: SQLite in a temp dir, fixtures, port 0, a fixed date-shift key.
pub fn test_settings(tmp: &tempfile::TempDir) -> Settings {
    let mut s = Settings::default();
    s.server.listen = "127.0.0.1:0".into();
    s.database.url = SecretString::from(format!("sqlite://{}/carebrief.sqlite", tmp.path().display()));
    s.fhir.source = SourceKind::Fixtures;
    s.fhir.path = fixtures_dir();
    s.fhir.output_dir = tmp.path().join("approved");
    s.deid.date_shift_key = Some(SecretString::from("integration-test-key-0001"));
    // The year the fixtures describe (fixtures/expected-measures.jsonl).
    s.measures.valuesets = repo_root().join("profiles/valuesets");
    s.measures.period_start = Some("2025-01-01".into());
    s.measures.period_end = Some("2025-12-31".into());
    s
}

/// For every fixture patient, the `(measure, group)` gaps that are open in 2025 according
/// to `fixtures/expected-measures.jsonl` (MEASURES.md 1.2: in the denominator, neither
/// excluded nor excepted, and the numerator not met; CMS122 is inverse).
pub fn expected_open_gaps() -> std::collections::BTreeMap<String, Vec<(String, usize)>> {
    let raw = std::fs::read_to_string(repo_root().join("fixtures/expected-measures.jsonl")).expect("expected measures");
    let mut out: std::collections::BTreeMap<String, Vec<(String, usize)>> = Default::default();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        let subject = v["subject"].as_str().expect("subject").to_owned();
        let measure = v["measure"].as_str().expect("measure").to_owned();
        let entry = out.entry(subject).or_default();
        for (i, g) in v["populations"].as_array().expect("populations").iter().enumerate() {
            let n = |k: &str| g[k].as_u64().unwrap_or(0) == 1;
            let eligible = n("denominator") && !n("denominator-exclusion");
            let open = if measure == "CMS122" {
                eligible && n("numerator")
            } else {
                eligible && !n("numerator") && !n("denominator-exception")
            };
            if open {
                entry.push((measure.clone(), i + 1));
            }
        }
    }
    out
}

/// The service running on port 0 until dropped.
pub struct TestApp {
    pub base: String,
    pub http: reqwest::Client,
    pub pipeline: Arc<carebrief::pipeline::Pipeline>,
    stop: Option<oneshot::Sender<()>>,
    handle: Option<tokio::task::JoinHandle<()>>,
}

impl TestApp {
    pub async fn start(settings: &Settings) -> Self {
        let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
        let app = carebrief::Application::build(settings).await.expect("the application builds");
        let base = format!("http://127.0.0.1:{}", app.port());
        let pipeline = app.pipeline();
        let (tx, rx) = oneshot::channel::<()>();
        let handle = tokio::spawn(async move {
            app.run_until(async {
                let _ = rx.await;
            })
            .await
            .expect("serves");
        });
        Self { base, http: reqwest::Client::new(), pipeline, stop: Some(tx), handle: Some(handle) }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Stops gracefully and waits for it.
    pub async fn stop(mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(h) = self.handle.take() {
            let _ = h.await;
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }
}

/// The id of every fixture patient, read from the files (so tests follow the fixtures).
pub fn fixture_patient_ids() -> Vec<String> {
    let mut ids = Vec::new();
    for entry in std::fs::read_dir(fixtures_dir()).expect("fixtures/patients exists") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            let bundle: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
            for e in bundle["entry"].as_array().expect("entries") {
                if e["resource"]["resourceType"] == "Patient" {
                    ids.push(e["resource"]["id"].as_str().expect("id").to_owned());
                }
            }
        }
    }
    ids.sort();
    ids
}

/// The planted identifiers of every fixture patient (fixtures/identifiers.json).
pub fn planted_identifiers() -> Vec<String> {
    let raw = std::fs::read(repo_root().join("fixtures/identifiers.json")).expect("fixtures/identifiers.json exists");
    let v: serde_json::Value = serde_json::from_slice(&raw).expect("json");
    let mut out = Vec::new();
    collect_strings(&v, &mut out);
    out.retain(|s| s.len() >= 4);
    out
}

fn collect_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}

/// The fixture patient with the most resources (the one whose searches page most).
pub fn largest_fixture_patient() -> String {
    largest_fixture().0
}

/// That patient's id and Bundle file.
pub fn largest_fixture() -> (String, PathBuf) {
    let mut best = (0usize, String::new(), PathBuf::new());
    for entry in std::fs::read_dir(fixtures_dir()).expect("fixtures/patients exists") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            let bundle: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
            let entries = bundle["entry"].as_array().expect("entries");
            let id = entries.iter().find(|e| e["resource"]["resourceType"] == "Patient").expect("a patient")["resource"]["id"]
                .as_str()
                .expect("id")
                .to_owned();
            if entries.len() > best.0 {
                best = (entries.len(), id, path.clone());
            }
        }
    }
    (best.1, best.2)
}

/// Accepts every item of a draft (editing the flagged ones, which cannot be accepted as
/// they are) and approves it.
pub fn approve_everything(draft: &serde_json::Value) -> serde_json::Value {
    let items: Vec<serde_json::Value> = draft["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| match i["flags"].as_array().is_some_and(|f| !f.is_empty()) {
            true => serde_json::json!({"item_id": i["id"], "action": "edit", "text": "Referred to: Nephrology. Reason: declining eGFR"}),
            false => serde_json::json!({"item_id": i["id"], "action": "accept"}),
        })
        .collect();
    serde_json::json!({"reviewer": "Dr. Ada Reviewer", "role": "clinician", "items": items, "decision": "approve"})
}
