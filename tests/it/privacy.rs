//! Nothing identifying reaches the model: every prompt rendered for every fixture
//! patient is free of the identifiers planted in those patients.

use carebrief::deid::scrub::{Findings, Note, Scrubber};
use carebrief::deid::{DateShifter, DeidRecord, Policy, Vault, WITHHELD, deidentify, deidentify_with};
use carebrief::fhir::record::PatientRecord;
use carebrief::fhir::{BundleSource, PatientId, PatientSource};
use carebrief::llm::render_problem_list;
use carebrief::pipeline::PipelineError;
use carebrief::store::DraftFilter;
use carebrief::tasks::ReferralRequest;
use secrecy::SecretString;

use crate::support::{fixture_patient_ids, fixtures_dir, planted_identifiers};

#[tokio::test]
async fn no_planted_identifier_reaches_a_prompt() {
    let planted = planted_identifiers();
    assert!(planted.len() > 20, "fixtures/identifiers.json lists the planted identifiers");
    let source = BundleSource::new(fixtures_dir());
    let shifter = DateShifter::new(SecretString::from("privacy-test-key-000"), 52);
    let mut leaks = Vec::new();
    for (profile, id) in ["safe-harbor", "safe-harbor-strict"]
        .into_iter()
        .flat_map(|profile| fixture_patient_ids().into_iter().map(move |id| (profile, id)))
    {
        let record = source.patient_record(&PatientId::parse(&id).unwrap()).await.unwrap();
        let (deid, _) = deidentify(&record, &shifter, &Policy::load(profile).unwrap());
        let prompt = render_problem_list(&deid);
        assert!(prompt.text.contains("DocumentReference/"), "the notes are in the prompt");
        assert!(!prompt.text.contains(&id), "the patient id reached the prompt");
        for p in &planted {
            for (at, _) in prompt.text.match_indices(p.as_str()) {
                let from = prompt.text.floor_char_boundary(at.saturating_sub(40));
                let to = prompt.text.ceil_char_boundary((at + p.len() + 40).min(prompt.text.len()));
                leaks.push(format!("{p:?} in {id} ({profile}): …{}…", prompt.text[from..to].replace('\n', " ")));
            }
        }
    }
    assert!(leaks.is_empty(), "{} planted identifiers reached a prompt:\n{}", leaks.len(), leaks.join("\n"));
}

/// The clinical phrases the fixture notes hold (`keep` in fixtures/deid-annotations.json)
/// reach the prompt untouched.
#[tokio::test]
async fn clinical_phrases_in_notes_survive_de_identification() {
    let raw = std::fs::read(crate::support::repo_root().join("fixtures/deid-annotations.json")).unwrap();
    let annotations: serde_json::Value = serde_json::from_slice(&raw).unwrap();
    let source = BundleSource::new(fixtures_dir());
    let shifter = DateShifter::new(SecretString::from("privacy-test-key-000"), 52);
    let mut lost = Vec::new();
    let mut checked = 0;
    for patient in annotations["patients"].as_object().unwrap().values() {
        let id = patient["patient_id"].as_str().unwrap();
        let record = source.patient_record(&PatientId::parse(id).unwrap()).await.unwrap();
        let (deid, _) = deidentify(&record, &shifter, &Policy::default());
        let prompt = render_problem_list(&deid).text;
        for keep in patient["keep"].as_array().into_iter().flatten() {
            let phrase = keep.as_str().or_else(|| keep["text"].as_str()).unwrap();
            checked += 1;
            if !prompt.contains(phrase) {
                lost.push(format!("{phrase:?} ({id})"));
            }
        }
    }
    assert!(checked > 50, "the fixtures list their clinical phrases");
    assert!(lost.is_empty(), "{} of {checked} clinical phrases were altered:\n{}", lost.len(), lost.join("\n"));
}

/// A double of the scrubber that fails on every passage longer than 300 bytes (the notes),
/// the way a bug in a rule would: the real scrubber has no such fault to produce on demand.
fn long_passage_faulty_scrubber_double(notes: &[Note<'_>]) -> Vec<Findings> {
    assert!(notes.iter().all(|n| n.text.len() <= 300), "a rule failed");
    Scrubber::find_all(notes)
}

/// The de-identification step with that faulty scrubber in it.
fn deid_step_with_faulty_scrubber_double(r: &PatientRecord, s: &DateShifter, p: &Policy) -> (DeidRecord, Vault) {
    deidentify_with(r, s, p, long_passage_faulty_scrubber_double)
}

/// A double of the whole de-identification step that fails outright.
fn failing_deid_step_double(_: &PatientRecord, _: &DateShifter, _: &Policy) -> (DeidRecord, Vault) {
    panic!("de-identification failed")
}

/// A passage the scrubber fails on is withheld from the model, and the reviewer is told:
/// the draft says so and lists it among the record's issues. The rest of the chart goes on.
#[tokio::test]
async fn a_passage_the_scrubber_fails_on_is_withheld_and_the_reviewer_told() {
    let tmp = tempfile::tempdir().unwrap();
    let pipeline = carebrief::app::build_pipeline(&crate::support::test_settings(&tmp))
        .await
        .unwrap()
        .with_deid_step(deid_step_with_faulty_scrubber_double);
    let id = crate::support::largest_fixture_patient();
    let outcome = pipeline.summarize(&PatientId::parse(&id).unwrap(), &ReferralRequest::default()).await.unwrap();
    let problems = &outcome.drafts[0];
    let withheld: Vec<_> = problems.record_issues.iter().filter(|i| i.reason == WITHHELD).collect();
    assert!(!withheld.is_empty(), "the fixture's notes are longer than 300 bytes");
    assert!(withheld.iter().all(|i| i.resource_type == "DocumentReference" && i.id.is_some()), "{withheld:?}");
    let notice = problems.notice.as_deref().unwrap();
    assert!(
        notice.contains(&format!("{} free-text passage(s) could not be de-identified", withheld.len())),
        "{notice}"
    );
    assert_eq!(outcome.run.record_issues, problems.record_issues.len());
    assert!(outcome.run.scrubbed_free_text > 0, "shorter passages were scrubbed and passed on");
    assert!(!problems.items.is_empty(), "the coded chart still makes a problem list");
}

/// A failure of de-identification as a whole fails that patient's run with a clear error;
/// nothing is stored, and the next run goes on.
#[tokio::test]
async fn a_failing_de_identification_fails_the_run_and_stores_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let settings = crate::support::test_settings(&tmp);
    let pipeline = carebrief::app::build_pipeline(&settings).await.unwrap();
    let failing = pipeline.clone().with_deid_step(failing_deid_step_double);
    let id = PatientId::parse(&crate::support::largest_fixture_patient()).unwrap();
    let err = failing.summarize(&id, &ReferralRequest::default()).await.unwrap_err();
    assert!(matches!(err, PipelineError::Deidentify), "{err}");
    assert!(err.to_string().contains("nothing was sent to the model"), "{err}");
    let drafts = pipeline.store().list_drafts(DraftFilter::default()).await.unwrap();
    assert!(drafts.is_empty(), "nothing stored: {}", drafts.len());
    let outcome = pipeline.summarize(&id, &ReferralRequest::default()).await.unwrap();
    assert!(!outcome.drafts.is_empty());
}
