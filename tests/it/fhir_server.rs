//! Reading from and writing to a real FHIR server (medplum's router and MemoryRepository
//! behind the Node adapter), with the fault-proxy double for 429, 500 and a malformed
//! resource.

use carebrief::config::SourceKind;
use serde_json::Value;

use crate::support::fault_proxy::{Fault, FaultProxyDouble};
use crate::support::fhir_server::FhirTestServer;
use crate::support::{TestApp, approve_everything, largest_fixture_patient, test_settings};

fn server_settings(tmp: &tempfile::TempDir, base: &str) -> carebrief::Settings {
    let mut s = test_settings(tmp);
    s.fhir.source = SourceKind::Server;
    s.fhir.base_url = Some(base.to_owned());
    s.fhir.page_size = 50;
    s.fhir.max_retries = 2;
    s.fhir.max_retry_after_secs = 2;
    // The in-memory test server scans every resource per search page: slow under load.
    s.fhir.timeout_secs = 60;
    s
}

/// The real FHIR server loaded with the largest fixture patient (the one whose searches
/// page most); the in-memory repository's searches slow down with every patient added.
fn server_with_largest_patient() -> FhirTestServer {
    let (_, bundle) = crate::support::largest_fixture();
    FhirTestServer::start_with(&[bundle.display().to_string()])
}

async fn summarize(app: &TestApp, patient: &str) -> Value {
    let r = app.http.post(app.url(&format!("/api/patients/{patient}/summaries"))).send().await.unwrap();
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
    r.json().await.unwrap()
}

/// What the same patient's record holds when read straight from the fixture file.
async fn fixture_item_count(tmp: &tempfile::TempDir, patient: &str) -> u64 {
    let app = TestApp::start(&test_settings(tmp)).await;
    let run = summarize(&app, patient).await;
    app.stop().await;
    run["run"]["record_items"].as_u64().unwrap()
}

async fn count_documents(fhir_base: &str, identifier: &str) -> u64 {
    let url = format!("{fhir_base}/DocumentReference?identifier=urn:ietf:rfc:3986|{identifier}&_summary=count");
    let v: Value = reqwest::get(url).await.unwrap().json().await.unwrap();
    v["total"].as_u64().expect("total")
}

#[tokio::test]
async fn every_page_of_every_search_is_read() {
    let server = server_with_largest_patient();
    let proxy = FaultProxyDouble::start(&server.base).await;
    let tmp = tempfile::tempdir().unwrap();
    let mut settings = server_settings(&tmp, &proxy.base);
    settings.fhir.page_size = 20;
    let app = TestApp::start(&settings).await;
    let patient = largest_fixture_patient();

    let run = summarize(&app, &patient).await;
    let from_server = run["run"]["record_items"].as_u64().unwrap();
    let from_file = fixture_item_count(&tempfile::tempdir().unwrap(), &patient).await;
    assert_eq!(from_server, from_file, "the server source reads what the Bundle holds");
    assert_eq!(run["run"]["record_issues"], 0);

    let followed: Vec<_> = proxy.requests().into_iter().filter(|(q, _)| q.contains("_offset=")).collect();
    assert!(followed.len() >= 3, "next links were followed across pages: {followed:?}");
    let problems = &run["drafts"][0];
    assert_eq!(problems["kind"], "problem-list");
    assert!(!problems["items"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn care_gaps_from_the_server_are_those_from_the_files() {
    // Only the charts compared below: the in-memory server slows with every patient loaded.
    let dir = crate::support::fixtures_dir();
    let server = FhirTestServer::start_with(&[
        dir.join("dimitrios-papadopoulos.json").display().to_string(),
        dir.join("sunhee-park.json").display().to_string(),
    ]);
    let tmp = tempfile::tempdir().unwrap();
    let app = TestApp::start(&server_settings(&tmp, &server.base)).await;
    let tmp2 = tempfile::tempdir().unwrap();
    let files = TestApp::start(&test_settings(&tmp2)).await;
    let gaps = |app: &TestApp, patient: &str| {
        let url = app.url(&format!("/api/patients/{patient}/care-gaps"));
        let http = app.http.clone();
        async move {
            let r = http.get(url).send().await.unwrap();
            assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
            r.json::<Value>().await.unwrap()["gaps"].clone()
        }
    };
    // The largest chart, and the two patients with ServiceRequests (a searched type the
    // record does not read): sunhee-park's referral to a psychologist closes CMS2.
    for patient in [
        largest_fixture_patient().as_str(),
        "bb1c10d6-dc79-510b-b306-175071a5545c",
        "e98060d9-6a91-51f4-a240-c0db2dab2051",
    ] {
        let from_server = gaps(&app, patient).await;
        assert_eq!(from_server, gaps(&files, patient).await, "{patient}");
        assert!(from_server.as_array().unwrap().iter().any(|g| g["status"] != "not-applicable"));
    }
}

#[tokio::test]
async fn a_search_the_measures_need_that_keeps_failing_leaves_the_gaps_undecided() {
    let server = server_with_largest_patient();
    let proxy = FaultProxyDouble::start(&server.base).await;
    for _ in 0..3 {
        proxy.plan("/Procedure?", Fault::Status { status: 500, retry_after: None });
    }
    let tmp = tempfile::tempdir().unwrap();
    let app = TestApp::start(&server_settings(&tmp, &proxy.base)).await;
    let run = summarize(&app, &largest_fixture_patient()).await;
    let gaps = &run["drafts"][2];
    assert_eq!(gaps["kind"], "care-gaps");
    assert!(gaps["items"].as_array().unwrap().is_empty(), "no gap is decided from part of the chart");
    assert!(gaps["notice"].as_str().unwrap().contains("(Procedure)"), "{}", gaps["notice"]);
    assert!(!run["drafts"][0]["items"].as_array().unwrap().is_empty(), "the other drafts are still made");
}

#[tokio::test]
async fn a_429_with_retry_after_is_retried_then_succeeds() {
    let server = server_with_largest_patient();
    let proxy = FaultProxyDouble::start(&server.base).await;
    proxy.plan("/Condition?", Fault::Status { status: 429, retry_after: Some(1) });
    let tmp = tempfile::tempdir().unwrap();
    let app = TestApp::start(&server_settings(&tmp, &proxy.base)).await;
    let patient = largest_fixture_patient();

    let started = std::time::Instant::now();
    let run = summarize(&app, &patient).await;
    assert_eq!(proxy.pending(), 0, "the fault was served");
    assert_eq!(run["run"]["record_issues"], 0, "the retry recovered everything");
    let conditions: Vec<_> = proxy.requests().into_iter().filter(|(q, _)| q.contains("/Condition?")).collect();
    assert_eq!(conditions[0].1, 429);
    assert!(conditions.iter().skip(1).all(|(_, s)| *s == 200), "{conditions:?}");
    // Retry-After: 1 was honoured (a wait, not an immediate retry).
    assert!(started.elapsed() >= std::time::Duration::from_millis(900));
}

#[tokio::test]
async fn a_500_is_retried_then_succeeds() {
    let server = server_with_largest_patient();
    let proxy = FaultProxyDouble::start(&server.base).await;
    proxy.plan("/Patient/", Fault::Status { status: 500, retry_after: None });
    proxy.plan("/Observation?", Fault::Status { status: 503, retry_after: None });
    let tmp = tempfile::tempdir().unwrap();
    let app = TestApp::start(&server_settings(&tmp, &proxy.base)).await;
    let run = summarize(&app, &largest_fixture_patient()).await;
    assert_eq!(proxy.pending(), 0);
    assert_eq!(run["run"]["record_issues"], 0);
}

#[tokio::test]
async fn a_search_that_keeps_failing_costs_that_part_not_the_patient() {
    let server = server_with_largest_patient();
    let proxy = FaultProxyDouble::start(&server.base).await;
    for _ in 0..3 {
        proxy.plan("/Immunization?", Fault::Status { status: 500, retry_after: None });
    }
    let tmp = tempfile::tempdir().unwrap();
    let app = TestApp::start(&server_settings(&tmp, &proxy.base)).await;
    let run = summarize(&app, &largest_fixture_patient()).await;
    let issues = run["drafts"][0]["record_issues"].as_array().unwrap();
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(issues[0]["resource_type"], "Immunization");
    assert!(run["drafts"][0]["notice"].as_str().unwrap().contains("could not be read"));
}

#[tokio::test]
async fn a_malformed_resource_in_a_page_is_skipped_and_reported() {
    let server = server_with_largest_patient();
    let proxy = FaultProxyDouble::start(&server.base).await;
    proxy.plan("/Condition?", Fault::CorruptFirstEntry);
    let tmp = tempfile::tempdir().unwrap();
    let app = TestApp::start(&server_settings(&tmp, &proxy.base)).await;
    let patient = largest_fixture_patient();
    let run = summarize(&app, &patient).await;
    let from_file = fixture_item_count(&tempfile::tempdir().unwrap(), &patient).await;

    assert_eq!(run["run"]["record_issues"], 1);
    assert_eq!(run["run"]["record_items"].as_u64().unwrap(), from_file - 1, "only the broken resource is lost");
    let issue = &run["drafts"][0]["record_issues"][0];
    assert_eq!(issue["resource_type"], "Condition");
    assert!(issue["id"].is_string(), "the broken resource is named so someone can look at it");
    assert!(!issue["reason"].as_str().unwrap().contains("not-a-list"), "the reason carries no content");
}

#[tokio::test]
async fn an_approved_draft_is_written_back_once_however_often_it_is_approved() {
    let server = server_with_largest_patient();
    let tmp = tempfile::tempdir().unwrap();
    let app = TestApp::start(&server_settings(&tmp, &server.base)).await;
    let patient = largest_fixture_patient();
    let run = summarize(&app, &patient).await;
    let draft = run["drafts"][1].clone();
    assert_eq!(draft["kind"], "referral");
    let review_url = app.url(&format!("/api/drafts/{}/review", draft["id"].as_str().unwrap()));
    let body = approve_everything(&draft);

    let first = app.http.post(&review_url).json(&body).send().await.unwrap();
    assert_eq!(first.status(), 200, "{}", first.text().await.unwrap());
    let first: Value = first.json().await.unwrap();
    assert_eq!(first["status"], "written");
    assert_eq!(first["write"]["outcome"], "created");
    let identifier = first["write"]["identifier"].as_str().unwrap().to_owned();
    let location = first["write"]["location"].as_str().unwrap().to_owned();

    // The document on the server is what US Core asks for, with the approved text.
    let doc: Value = reqwest::get(format!("{}/{location}", server.base)).await.unwrap().json().await.unwrap();
    assert_eq!(doc["status"], "current");
    assert_eq!(doc["type"]["coding"][0]["code"], "57133-1");
    assert_eq!(doc["subject"]["reference"], format!("Patient/{patient}"));
    assert_eq!(doc["category"][0]["coding"][0]["code"], "clinical-note");
    use base64::Engine as _;
    let text = base64::engine::general_purpose::STANDARD
        .decode(doc["content"][0]["attachment"]["data"].as_str().unwrap())
        .unwrap();
    let text = String::from_utf8(text).unwrap();
    assert!(text.contains("Referral letter") && text.contains("Dr. Ada Reviewer"), "{text}");

    // The same approval again, twice at once: still one document.
    let (a, b) =
        tokio::join!(app.http.post(&review_url).json(&body).send(), app.http.post(&review_url).json(&body).send());
    for r in [a.unwrap(), b.unwrap()] {
        assert_eq!(r.status(), 200);
        let v: Value = r.json().await.unwrap();
        assert_eq!(v["write"]["identifier"], identifier.as_str());
    }
    assert_eq!(count_documents(&server.base, &identifier).await, 1);
}

#[tokio::test]
async fn a_failed_write_keeps_the_approval_and_a_retry_writes_one_document() {
    let server = server_with_largest_patient();
    let proxy = FaultProxyDouble::start(&server.base).await;
    let tmp = tempfile::tempdir().unwrap();
    let app = TestApp::start(&server_settings(&tmp, &proxy.base)).await;
    let run = summarize(&app, &largest_fixture_patient()).await;
    let draft = run["drafts"][0].clone();
    let review_url = app.url(&format!("/api/drafts/{}/review", draft["id"].as_str().unwrap()));
    let body = approve_everything(&draft);

    for _ in 0..3 {
        proxy.plan("/DocumentReference", Fault::Status { status: 503, retry_after: Some(0) });
    }
    let failed = app.http.post(&review_url).json(&body).send().await.unwrap();
    assert_eq!(failed.status(), 502);
    let problem: Value = failed.json().await.unwrap();
    assert!(problem["detail"].as_str().unwrap().contains("approve again"), "{problem}");
    let stored: Value = app
        .http
        .get(app.url(&format!("/api/drafts/{}", draft["id"].as_str().unwrap())))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(stored["status"], "approved", "the review is not lost");

    let retried: Value = app.http.post(&review_url).json(&body).send().await.unwrap().json().await.unwrap();
    assert_eq!(retried["status"], "written");
    let identifier = retried["write"]["identifier"].as_str().unwrap();
    assert_eq!(count_documents(&server.base, identifier).await, 1);
}

#[tokio::test]
async fn readiness_follows_the_fhir_server() {
    let server = server_with_largest_patient();
    let tmp = tempfile::tempdir().unwrap();
    let app = TestApp::start(&server_settings(&tmp, &server.base)).await;
    assert_eq!(app.http.get(app.url("/readyz")).send().await.unwrap().status(), 200);

    let tmp2 = tempfile::tempdir().unwrap();
    let mut dead = server_settings(&tmp2, "http://127.0.0.1:9/fhir/R4");
    dead.fhir.max_retries = 0;
    let app2 = TestApp::start(&dead).await;
    let r = app2.http.get(app2.url("/readyz")).send().await.unwrap();
    assert_eq!(r.status(), 503);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["database"]["status"], "ok");
    assert_eq!(v["fhir"]["status"], "failing");
}

#[tokio::test]
async fn an_unknown_patient_is_a_404_problem() {
    let server = server_with_largest_patient();
    let tmp = tempfile::tempdir().unwrap();
    let app = TestApp::start(&server_settings(&tmp, &server.base)).await;
    let r = app.http.post(app.url("/api/patients/no-such-patient/summaries")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
}

#[tokio::test]
async fn note_text_kept_in_a_binary_is_fetched_and_a_missing_one_reported() {
    let server = server_with_largest_patient();
    let http = reqwest::Client::new();
    let patient = largest_fixture_patient();
    let put = |path: String, body: Value| {
        let http = http.clone();
        let url = format!("{}/{path}", server.base);
        async move {
            let r = http.put(url).header("content-type", "application/fhir+json").json(&body).send().await.unwrap();
            assert!(r.status().is_success(), "{}", r.status());
        }
    };
    use base64::Engine as _;
    let text = "Follow-up note: feeling better, BP improved.";
    put(
        "Binary/note-bin-1".into(),
        serde_json::json!({"resourceType": "Binary", "id": "note-bin-1", "contentType": "text/plain",
        "data": base64::engine::general_purpose::STANDARD.encode(text)}),
    )
    .await;
    for (id, url) in [("note-by-url", "Binary/note-bin-1"), ("note-dangling", "Binary/does-not-exist")] {
        put(
            format!("DocumentReference/{id}"),
            serde_json::json!({"resourceType": "DocumentReference", "id": id, "status": "current",
            "subject": {"reference": format!("Patient/{patient}")},
            "content": [{"attachment": {"contentType": "text/plain", "url": url}}]}),
        )
        .await;
    }

    let client = carebrief::fhir::FhirClient::new(carebrief::fhir::FhirClientSettings {
        base: carebrief::fhir::FhirBase::parse(&server.base).unwrap(),
        token: None,
        connect_timeout: std::time::Duration::from_secs(5),
        timeout: std::time::Duration::from_secs(60),
        max_concurrency: 4,
        // A loaded Node server may drop a pooled connection; the 404 is never retried.
        max_retries: 2,
        max_retry_after: std::time::Duration::from_secs(1),
    })
    .unwrap();
    use carebrief::fhir::PatientSource as _;
    let source = carebrief::fhir::ServerSource::new(client, 100);
    let record = source.patient_record(&carebrief::fhir::PatientId::parse(&patient).unwrap()).await.unwrap();
    let note = record.notes.iter().find(|n| n.id.as_str() == "note-by-url").unwrap();
    assert_eq!(note.text.as_deref(), Some(text));
    assert_eq!(record.issues.len(), 1, "{:?}", record.issues);
    assert_eq!(record.issues[0].id.as_deref(), Some("note-dangling"));
}
