//! Nothing identifying reaches the model: every prompt rendered for every fixture
//! patient is free of the identifiers planted in those patients.

use carebrief::deid::{DateShifter, deidentify};
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
    for id in fixture_patient_ids() {
        let record = source.patient_record(&PatientId::parse(&id).unwrap()).await.unwrap();
        let (deid, _) = deidentify(&record, &shifter);
        let prompt = render_problem_list(&deid);
        assert!(!prompt.text.contains(&id), "the patient id reached the prompt");
        for p in &planted {
            assert!(!prompt.text.contains(p.as_str()), "{p:?} reached the prompt of {id}");
        }
    }
}
