//! Nothing identifying reaches the model: every prompt rendered for every fixture
//! patient is free of the identifiers planted in those patients.

use carebrief::deid::{DateShifter, Policy, deidentify};
use carebrief::fhir::{BundleSource, PatientId, PatientSource};
use carebrief::llm::render_problem_list;
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
