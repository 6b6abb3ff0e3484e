//! The HTTP API on the embedded defaults (fixture Bundles, SQLite) and on PostgreSQL.

use serde_json::{Value, json};

use crate::support::{
    TestApp, TestDatabase, approve_everything, expected_open_gaps, fixture_patient_ids, test_settings,
};

async fn summarize(app: &TestApp, patient: &str) -> Value {
    let r = app.http.post(app.url(&format!("/api/patients/{patient}/summaries"))).send().await.unwrap();
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
    r.json().await.unwrap()
}

#[tokio::test]
async fn health_and_readiness() {
    let tmp = tempfile::tempdir().unwrap();
    let app = TestApp::start(&test_settings(&tmp)).await;
    let r = app.http.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers().contains_key("x-request-id"), "every response carries a request id");
    let ready: Value = app.http.get(app.url("/readyz")).send().await.unwrap().json().await.unwrap();
    assert_eq!(ready["status"], "ok");

    let mut missing = test_settings(&tmp);
    missing.fhir.path = tmp.path().join("no-such-folder");
    missing.server.listen = "127.0.0.1:0".into();
    let app2 = TestApp::start(&missing).await;
    assert_eq!(app2.http.get(app2.url("/readyz")).send().await.unwrap().status(), 503);
}

#[tokio::test]
async fn every_fixture_patient_gets_grounded_drafts_that_say_no_model_was_used() {
    let tmp = tempfile::tempdir().unwrap();
    let app = TestApp::start(&test_settings(&tmp)).await;
    let patients = fixture_patient_ids();
    assert!(patients.len() >= 6, "at least six fixture patients");
    for patient in &patients {
        let run = summarize(&app, patient).await;
        assert_eq!(run["run"]["engine"], "offline");
        assert_eq!(run["run"]["prompt_sha256"].as_str().unwrap().len(), 64);
        let drafts = run["drafts"].as_array().unwrap();
        let kinds: Vec<&str> = drafts.iter().map(|d| d["kind"].as_str().unwrap()).collect();
        assert_eq!(kinds, ["problem-list", "referral", "care-gaps"]);
        for d in drafts {
            assert_eq!(d["status"], "pending");
            assert!(d["notice"].as_str().unwrap().contains("without a language model"));
            for item in d["items"].as_array().unwrap() {
                assert!(!item["citations"].as_array().unwrap().is_empty(), "every item is grounded: {item}");
                assert!(!item["text"].as_str().unwrap().contains("[["), "no placeholder left: {item}");
            }
        }
        // The referral letter names the real patient again (re-identified through the vault).
        let header = &drafts[1]["items"][0];
        assert_eq!(header["section"], "Patient");
        assert_eq!(header["citations"][0]["reference"], format!("Patient/{patient}"));
        let stored: Value = app
            .http
            .get(app.url(&format!("/api/drafts/{}", drafts[0]["id"].as_str().unwrap())))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(stored["items"], drafts[0]["items"]);
    }
}

#[tokio::test]
async fn every_fixture_patients_care_gaps_draft_holds_the_open_gaps_the_rules_decide() {
    let tmp = tempfile::tempdir().unwrap();
    let app = TestApp::start(&test_settings(&tmp)).await;
    let expected = expected_open_gaps();
    assert_eq!(expected.len(), fixture_patient_ids().len());
    let mut open_total = 0;
    for patient in fixture_patient_ids() {
        let report: Value = app
            .http
            .get(app.url(&format!("/api/patients/{patient}/care-gaps")))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(
            (report["period_start"].as_str(), report["period_end"].as_str()),
            (Some("2025-01-01"), Some("2025-12-31"))
        );
        let gaps = report["gaps"].as_array().unwrap();
        let open: Vec<(String, usize)> = gaps
            .iter()
            .filter(|g| g["status"] == "open")
            .map(|g| (g["measure"].as_str().unwrap().to_owned(), g["group"].as_u64().unwrap() as usize))
            .collect();
        assert_eq!(open, expected[&patient], "open gaps of {patient}");
        open_total += open.len();

        // The DEQM document: a gaps-in-care Composition and one DetectedIssue per open or
        // closed gap.
        let entries = report["bundle"]["entry"].as_array().unwrap();
        assert_eq!(entries[0]["resource"]["type"]["coding"][0]["code"], "96315-7");
        let issues = entries.iter().filter(|e| e["resource"]["resourceType"] == "DetectedIssue").count();
        assert_eq!(issues, gaps.iter().filter(|g| g["status"] != "not-applicable").count());

        // The draft: one item per open or closed gap, under its status, citing evidence.
        let run = summarize(&app, &patient).await;
        let draft = &run["drafts"][2];
        assert_eq!(draft["kind"], "care-gaps");
        assert_eq!(draft["engine"], "rules");
        let items = draft["items"].as_array().unwrap();
        for (status, section) in [("open", "Open care gaps"), ("closed", "Closed care gaps")] {
            let reasons: Vec<&str> =
                gaps.iter().filter(|g| g["status"] == status).map(|g| g["reason"].as_str().unwrap()).collect();
            let texts: Vec<&str> =
                items.iter().filter(|i| i["section"] == section).map(|i| i["text"].as_str().unwrap()).collect();
            assert_eq!(texts.len(), reasons.len(), "{patient} {status}: {texts:?}");
            for reason in reasons {
                assert!(texts.iter().any(|t| t.ends_with(reason)), "{patient}: {reason} not in {texts:?}");
            }
        }
        for item in items {
            let citations = item["citations"].as_array().unwrap();
            assert!(!citations.is_empty(), "{item}");
            assert!(citations.iter().all(|c| !c["label"].as_str().unwrap().is_empty()));
        }
        assert!(draft["notice"].as_str().unwrap().contains("2025-01-01 .. 2025-12-31"));
    }
    assert!(open_total >= 8, "the fixtures have open gaps: {open_total}");
    let r = app.http.get(app.url("/api/patients/unknown-patient/care-gaps")).send().await.unwrap();
    assert_eq!(r.status(), 404);
}

#[tokio::test]
async fn a_coordinator_approves_care_gaps_and_the_document_carries_them() {
    let tmp = tempfile::tempdir().unwrap();
    let settings = test_settings(&tmp);
    let app = TestApp::start(&settings).await;
    // rosa-delgado: CMS122, CMS125 and CMS165 open.
    let patient = "e3d0c8bc-ca6c-5d23-a412-c314e47b434a";
    let run = summarize(&app, patient).await;
    let draft = run["drafts"][2].clone();
    let review_url = app.url(&format!("/api/drafts/{}/review", draft["id"].as_str().unwrap()));
    let mut body = approve_everything(&draft);
    body["role"] = json!("coder");
    let r = app.http.post(&review_url).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 422, "a coder does not approve care gaps");
    body["role"] = json!("coordinator");
    body["reviewer"] = json!("Casey Coordinator");
    let r = app.http.post(&review_url).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    let done: Value = r.json().await.unwrap();
    assert_eq!(done["status"], "written");

    let files: Vec<_> = std::fs::read_dir(&settings.fhir.output_dir).unwrap().collect();
    assert_eq!(files.len(), 1);
    let doc: Value = serde_json::from_slice(&std::fs::read(files[0].as_ref().unwrap().path()).unwrap()).unwrap();
    assert_eq!(doc["type"]["coding"][0]["code"], "96315-7");
    assert!(doc.get("meta").and_then(|m| m.get("security")).is_none(), "no AI label: no model was involved");
    use base64::Engine as _;
    let text = String::from_utf8(
        base64::engine::general_purpose::STANDARD
            .decode(doc["content"][0]["attachment"]["data"].as_str().unwrap())
            .unwrap(),
    )
    .unwrap();
    assert!(text.starts_with("Care gaps report"), "{text}");
    assert!(text.contains("Open care gaps:\n- CMS122 "), "{text}");
    assert!(text.contains("no mammogram since 2023-10-01"), "{text}");
    assert!(text.contains("Casey Coordinator (coordinator)"), "{text}");
}

#[tokio::test]
async fn problem_list_items_carry_codes_from_the_chart_and_cite_active_conditions() {
    let tmp = tempfile::tempdir().unwrap();
    let app = TestApp::start(&test_settings(&tmp)).await;
    let mut coded = 0;
    for patient in fixture_patient_ids() {
        let run = summarize(&app, &patient).await;
        for item in run["drafts"][0]["items"].as_array().unwrap() {
            for c in item["citations"].as_array().unwrap() {
                assert!(c["reference"].as_str().unwrap().starts_with("Condition/"));
            }
            coded += item["codes"].as_array().unwrap().len();
        }
    }
    assert!(coded > 10, "the fixtures' problems are coded");
}

#[tokio::test]
async fn bad_requests_get_problem_bodies_that_say_what_was_wrong() {
    let tmp = tempfile::tempdir().unwrap();
    let app = TestApp::start(&test_settings(&tmp)).await;
    let cases = [
        (app.http.post(app.url("/api/patients/bad%20id/summaries")), 400, "not a FHIR id"),
        (app.http.post(app.url("/api/patients/unknown-patient/summaries")), 404, "patient not found"),
        (app.http.get(app.url("/api/drafts/not-a-uuid")), 400, "UUID"),
        (app.http.get(app.url("/api/drafts/6c0b3f2e-0000-4000-8000-000000000001")), 404, "no such draft"),
        (app.http.get(app.url("/api/drafts?status=bogus")), 400, "unknown status"),
        (
            app.http
                .post(app.url("/api/drafts/6c0b3f2e-0000-4000-8000-000000000001/review"))
                .header("content-type", "application/json")
                .body("{not json"),
            400,
            "review body",
        ),
    ];
    for (request, status, words) in cases {
        let r = request.send().await.unwrap();
        assert_eq!(r.status(), status);
        assert_eq!(r.headers()["content-type"], "application/problem+json");
        let body: Value = r.json().await.unwrap();
        assert!(body["detail"].as_str().unwrap().contains(words), "{body}");
    }
}

async fn review_flow(app: &TestApp, approved_dir: &std::path::Path) {
    let patient = &fixture_patient_ids()[0];
    let run = summarize(app, patient).await;
    let problems = run["drafts"][0].clone();
    let id = problems["id"].as_str().unwrap();
    let review_url = app.url(&format!("/api/drafts/{id}/review"));

    // Approving with items undecided is refused and names them.
    let r = app
        .http
        .post(&review_url)
        .json(&json!({"reviewer": "Dr. B", "role": "clinician", "items": [], "decision": "approve"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.unwrap();
    assert!(body["detail"].as_str().unwrap().contains("i1"), "{body}");

    // A coordinator may not approve a document for the record.
    let mut by_coordinator = approve_everything(&problems);
    by_coordinator["role"] = json!("coordinator");
    assert_eq!(app.http.post(&review_url).json(&by_coordinator).send().await.unwrap().status(), 422);

    // Edit the first item, reject the last, accept the rest; approve.
    let items = problems["items"].as_array().unwrap();
    let mut decisions: Vec<Value> = items.iter().map(|i| json!({"item_id": i["id"], "action": "accept"})).collect();
    decisions[0] =
        json!({"item_id": items[0]["id"], "action": "edit", "text": "Edited by the coder: confirmed diagnosis"});
    if decisions.len() > 1 {
        let last = decisions.len() - 1;
        decisions[last] = json!({"item_id": items[last]["id"], "action": "reject"});
    }
    let r = app
        .http
        .post(&review_url)
        .json(&json!({"reviewer": "Casey Coder", "role": "coder", "items": decisions, "decision": "approve"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    let done: Value = r.json().await.unwrap();
    assert_eq!(done["status"], "written");
    assert_eq!(done["items"][0]["status"], "edited");
    assert_eq!(done["items"][0]["original_text"], items[0]["text"]);

    let files: Vec<_> = std::fs::read_dir(approved_dir).unwrap().collect();
    assert_eq!(files.len(), 1);
    let doc: Value = serde_json::from_slice(&std::fs::read(files[0].as_ref().unwrap().path()).unwrap()).unwrap();
    use base64::Engine as _;
    let text = String::from_utf8(
        base64::engine::general_purpose::STANDARD
            .decode(doc["content"][0]["attachment"]["data"].as_str().unwrap())
            .unwrap(),
    )
    .unwrap();
    assert!(text.contains("Edited by the coder"));
    if items.len() > 1 {
        assert!(!text.contains(items[items.len() - 1]["text"].as_str().unwrap()), "rejected items are not written");
    }

    // Approving again returns the same write; rejecting a written draft is a conflict.
    let again: Value =
        app.http.post(&review_url).json(&approve_everything(&problems)).send().await.unwrap().json().await.unwrap();
    assert_eq!(again["write"], done["write"]);
    assert_eq!(std::fs::read_dir(approved_dir).unwrap().count(), 1);
    let r = app
        .http
        .post(&review_url)
        .json(&json!({"reviewer": "Dr. B", "role": "clinician", "decision": "reject"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);

    // Rejecting the other draft writes nothing.
    let referral = &run["drafts"][1];
    let r = app
        .http
        .post(app.url(&format!("/api/drafts/{}/review", referral["id"].as_str().unwrap())))
        .json(&json!({"reviewer": "Dr. B", "role": "clinician", "decision": "reject"}))
        .send()
        .await
        .unwrap();
    let rejected: Value = r.json().await.unwrap();
    assert_eq!(rejected["status"], "rejected");
    assert_eq!(std::fs::read_dir(approved_dir).unwrap().count(), 1);

    let pending: Value =
        app.http.get(app.url("/api/drafts?status=pending")).send().await.unwrap().json().await.unwrap();
    assert!(pending.as_array().unwrap().iter().all(|d| d["status"] == "pending"));

    // Every step is in the audit chain, and the chain verifies.
    let events = app.pipeline.store().audit_events().await.unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e.event.action.as_str()).collect();
    for action in ["summarize", "review", "write"] {
        assert!(actions.contains(&action), "{actions:?}");
    }
    assert_eq!(carebrief::audit::verify_chain(&events), Ok(()));
}

#[tokio::test]
async fn review_accept_edit_reject_and_write_on_sqlite() {
    let tmp = tempfile::tempdir().unwrap();
    let settings = test_settings(&tmp);
    let app = TestApp::start(&settings).await;
    review_flow(&app, &settings.fhir.output_dir).await;
}

#[tokio::test]
async fn review_accept_edit_reject_and_write_on_postgres() {
    let tmp = tempfile::tempdir().unwrap();
    let db = TestDatabase::create().await;
    let mut settings = test_settings(&tmp);
    settings.database.url = secrecy::SecretString::from(db.url.clone());
    let app = TestApp::start(&settings).await;
    review_flow(&app, &settings.fhir.output_dir).await;
}

#[tokio::test]
async fn the_ndjson_source_reads_what_the_bundles_hold() {
    let tmp = tempfile::tempdir().unwrap();
    let bundles = TestApp::start(&test_settings(&tmp)).await;
    let tmp2 = tempfile::tempdir().unwrap();
    let mut s = test_settings(&tmp2);
    s.fhir.source = carebrief::config::SourceKind::Ndjson;
    s.fhir.path = crate::support::repo_root().join("fixtures/bulk");
    let ndjson = TestApp::start(&s).await;
    for patient in fixture_patient_ids() {
        let a = summarize(&bundles, &patient).await;
        let b = summarize(&ndjson, &patient).await;
        assert_eq!(a["run"]["record_items"], b["run"]["record_items"], "{patient}");
        assert_eq!(
            a["drafts"][0]["items"].as_array().unwrap().len(),
            b["drafts"][0]["items"].as_array().unwrap().len()
        );
    }
}

#[tokio::test]
async fn a_broken_ndjson_line_is_reported_and_the_rest_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("export");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("Patient.ndjson"),
        "{\"resourceType\":\"Patient\",\"id\":\"nd1\",\"birthDate\":\"1970-01-01\"}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("Condition.ndjson"),
        concat!(
            "{\"resourceType\":\"Condition\",\"id\":\"c1\",\"subject\":{\"reference\":\"Patient/nd1\"},\"clinicalStatus\":{\"coding\":[{\"code\":\"active\"}]},\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"38341003\",\"display\":\"Hypertension\"}]}}\n",
            "{\"resourceType\":\"Condition\",\"id\":\"c2\",\"subj\n",
            "\n",
            "[1,2,3]\n",
        ),
    )
    .unwrap();
    let mut s = test_settings(&tmp);
    s.fhir.source = carebrief::config::SourceKind::Ndjson;
    s.fhir.path = dir;
    let app = TestApp::start(&s).await;
    let run = summarize(&app, "nd1").await;
    assert_eq!(run["run"]["record_issues"], 2);
    assert_eq!(run["drafts"][0]["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn graceful_shutdown_finishes_and_stops() {
    let tmp = tempfile::tempdir().unwrap();
    let app = TestApp::start(&test_settings(&tmp)).await;
    let url = app.url("/healthz");
    assert_eq!(reqwest::get(&url).await.unwrap().status(), 200);
    app.stop().await;
    assert!(reqwest::get(&url).await.is_err(), "nothing listens after shutdown");
}

/// Each run's vault is sealed into the store for the review window: the same service opens
/// it and maps placeholders back; a service with another vault key cannot; an expired
/// vault is gone.
#[tokio::test]
async fn the_vault_is_sealed_into_the_store_and_opens_only_under_its_key() {
    let tmp = tempfile::tempdir().unwrap();
    let mut settings = test_settings(&tmp);
    settings.deid.vault_key = Some(secrecy::SecretString::from("vault-key-for-the-api-test-0123456789"));
    let app = TestApp::start(&settings).await;
    let patient = &fixture_patient_ids()[0];
    let run = summarize(&app, patient).await;
    let run_id = carebrief::review::RunId(run["run"]["id"].as_str().unwrap().parse().unwrap());
    let vault = app.pipeline.vault(run_id).await.unwrap().expect("the vault is kept");
    assert_eq!(vault.patient().as_str(), patient);
    let back = vault.reidentify("Seen: [[NAME_1]].");
    assert!(!back.text.contains("[[") && back.quarantined.is_empty(), "{back:?}");
    let unknown = vault.reidentify("Seen: [[NAME_999]].");
    assert_eq!(unknown.quarantined, ["[[NAME_999]]"], "a placeholder it did not issue is quarantined");
    assert!(app.pipeline.vault(carebrief::review::RunId::new()).await.unwrap().is_none());
    drop(app);

    let mut other = settings.clone();
    other.deid.vault_key = Some(secrecy::SecretString::from("a-different-vault-key-0123456789abcd"));
    other.server.listen = "127.0.0.1:0".into();
    let app2 = TestApp::start(&other).await;
    let err = app2.pipeline.vault(run_id).await.unwrap_err();
    assert!(err.to_string().contains("does not open"), "{err}");

    let mut short = settings.clone();
    short.deid.vault_ttl_hours = 1;
    short.server.listen = "127.0.0.1:0".into();
    let app3 = TestApp::start(&short).await;
    let store = app3.pipeline.store();
    assert_eq!(store.purge_vaults(chrono::Utc::now() + chrono::Duration::hours(100)).await.unwrap(), 1);
    assert!(app3.pipeline.vault(run_id).await.unwrap().is_none(), "expired and deleted");
}
