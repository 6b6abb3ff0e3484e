//! The offline engine: what carebrief drafts when no model is configured. It reads only
//! the de-identified record, invents nothing, and says in every draft that no model was
//! used. The problem list is the coded active conditions; the referral letter is a
//! template filled from structured data.

use std::collections::BTreeMap;

use super::{Proposal, ReferralRequest};
use crate::deid::DeidRecord;
use crate::fhir::FhirDateTime;
use crate::fhir::record::{Coding, Concept, Condition};

pub const NOTICE_PROBLEMS: &str = "Drafted without a language model: this list holds the coded active conditions recorded in the chart, nothing more.";
pub const NOTICE_REFERRAL: &str = "Drafted without a language model: a template filled from the chart's structured data. Free-text notes were not read.";

/// Placeholder text the referring clinician must replace.
pub const TO_COMPLETE: &str = "[to be completed by the referring clinician]";

/// How many recent results the letter lists.
const RESULTS_IN_LETTER: usize = 8;

fn codes_of(concept: &Concept) -> Vec<Coding> {
    concept.codings.iter().filter(|c| c.system.is_some() && c.code.is_some()).cloned().collect()
}

/// `SNOMED CT 44054006; ICD-10-CM E11.65`.
pub fn code_list(codes: &[Coding]) -> String {
    codes
        .iter()
        .map(|c| {
            format!(
                "{} {}",
                system_name(c.system.as_deref().unwrap_or_default()),
                c.code.as_deref().unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn system_name(system: &str) -> &str {
    match system {
        "http://snomed.info/sct" => "SNOMED CT",
        "http://hl7.org/fhir/sid/icd-10-cm" => "ICD-10-CM",
        "http://hl7.org/fhir/sid/icd-10" => "ICD-10",
        "http://loinc.org" => "LOINC",
        "http://www.nlm.nih.gov/research/umls/rxnorm" => "RxNorm",
        "http://hl7.org/fhir/sid/cvx" => "CVX",
        "http://www.ama-assn.org/go/cpt" => "CPT",
        // The full system stays on the item's codes; the sentence says what kind it is.
        _ => "local code",
    }
}

/// A date for a letter: full dates only; a year or month would not survive the shift back.
fn full_date(d: &Option<FhirDateTime>) -> Option<String> {
    match d {
        Some(v @ (FhirDateTime::Date(_) | FhirDateTime::DateTime(_))) => Some(v.display_date()),
        _ => None,
    }
}

/// Citations kept per problem: a problem recorded at every visit would otherwise cite
/// dozens of encounter diagnoses.
const CITATIONS_PER_PROBLEM: usize = 5;

/// Coded active conditions, one item per distinct concept (the same codings), oldest
/// onset first. Each cites its problem-list entries first, then its most recent
/// encounter diagnoses.
pub fn problem_list(record: &DeidRecord) -> Vec<Proposal> {
    let mut by_key: BTreeMap<String, Vec<&Condition>> = BTreeMap::new();
    for c in record.conditions.iter().filter(|c| c.is_active() && c.code.is_coded()) {
        let mut codes: Vec<String> = codes_of(&c.code).iter().map(|c| format!("{:?}|{:?}", c.system, c.code)).collect();
        codes.sort();
        by_key.entry(codes.join(",")).or_default().push(c);
    }
    let mut items: Vec<(Option<FhirDateTime>, Proposal)> = by_key
        .into_values()
        .map(|mut group| {
            let onset = group.iter().filter_map(|c| c.onset.clone()).min();
            let latest = |c: &Condition| c.recorded.clone().or_else(|| c.onset.clone());
            group.sort_by(|a, b| {
                let listed = |c: &Condition| !c.categories.iter().any(|k| k == "problem-list-item");
                listed(a).cmp(&listed(b)).then_with(|| latest(b).cmp(&latest(a)))
            });
            let first = group[0];
            let codes = codes_of(&first.code);
            let text = format!("{} ({})", first.code.label(), code_list(&codes));
            let citations = group.iter().take(CITATIONS_PER_PROBLEM).map(|c| format!("Condition/{}", c.id)).collect();
            (onset, Proposal { section: "Problems".into(), text, codes, citations, flags: vec![] })
        })
        .collect();
    items.sort_by(|a, b| match (&a.0, &b.0) {
        (Some(x), Some(y)) => x.cmp(y).then_with(|| a.1.text.cmp(&b.1.text)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.1.text.cmp(&b.1.text),
    });
    items.into_iter().map(|(_, p)| p).collect()
}

/// Active conditions a coder should know were left out of the list (no usable code).
pub fn uncoded_active_conditions(record: &DeidRecord) -> usize {
    record.conditions.iter().filter(|c| c.is_active() && !c.code.is_coded()).count()
}

/// The referral letter, one item per section.
pub fn referral(record: &DeidRecord, request: &ReferralRequest) -> Vec<Proposal> {
    let mut items = Vec::new();
    let patient = &record.patient;
    let name = patient.names.first().map(|n| n.full()).unwrap_or_else(|| "(no name on record)".into());
    let mut header = name;
    // As precise as the policy let the birth date through: the full date (moved back on
    // re-identification), the year, or "aged 90 or older".
    match (&patient.birth_date, patient.aged_over_89) {
        (Some(FhirDateTime::Year(y)), _) => header.push_str(&format!(", born {y}")),
        (d @ Some(_), _) => {
            if let Some(born) = full_date(d) {
                header.push_str(&format!(", born {born}"));
            }
        }
        (None, true) => header.push_str(", aged 90 or older"),
        (None, false) => {}
    }
    if let Some(sex) = &patient.gender {
        header.push_str(&format!(", {sex}"));
    }
    if let Some(mrn) = patient.identifiers.iter().find(|i| i.type_code.as_deref() == Some("MR")) {
        header.push_str(&format!(", MRN {}", mrn.value));
    }
    items.push(Proposal {
        section: "Patient".into(),
        text: header,
        codes: vec![],
        citations: vec![format!("Patient/{}", patient.id)],
        flags: vec![],
    });

    let to = request.to.as_deref().map(str::trim).filter(|s| !s.is_empty()).unwrap_or(TO_COMPLETE);
    let reason = request.reason.as_deref().map(str::trim).filter(|s| !s.is_empty()).unwrap_or(TO_COMPLETE);
    let flags = if to == TO_COMPLETE || reason == TO_COMPLETE {
        vec!["the recipient or the reason is still to be completed: edit this item before approving".to_owned()]
    } else {
        vec![]
    };
    items.push(Proposal {
        section: "Referral".into(),
        text: format!("Referred to: {to}. Reason: {reason}"),
        codes: vec![],
        citations: vec![format!("Patient/{}", patient.id)],
        flags,
    });

    for p in problem_list(record) {
        items.push(Proposal { section: "Active problems".into(), ..p });
    }

    for m in record.medications.iter().filter(|m| m.status.as_deref() == Some("active")) {
        let codes = codes_of(&m.medication);
        items.push(Proposal {
            section: "Current medications".into(),
            text: m.medication.label(),
            codes,
            citations: vec![format!("MedicationRequest/{}", m.id)],
            flags: vec![],
        });
    }

    let allergies: Vec<_> = record
        .allergies
        .iter()
        .filter(|a| !matches!(a.clinical_status.as_deref(), Some("inactive" | "resolved")))
        .filter(|a| !matches!(a.verification_status.as_deref(), Some("refuted" | "entered-in-error")))
        .collect();
    if allergies.is_empty() {
        items.push(Proposal {
            section: "Allergies".into(),
            text: "No allergies recorded in the chart.".into(),
            codes: vec![],
            citations: vec![format!("Patient/{}", patient.id)],
            flags: vec![],
        });
    }
    for a in allergies {
        let mut text = a.code.label();
        let reactions: Vec<String> = a.reactions.iter().map(Concept::label).collect();
        if !reactions.is_empty() {
            text.push_str(&format!(" (reaction: {})", reactions.join(", ")));
        }
        if let Some(c) = &a.criticality {
            text.push_str(&format!(", criticality {c}"));
        }
        items.push(Proposal {
            section: "Allergies".into(),
            text,
            codes: codes_of(&a.code),
            citations: vec![format!("AllergyIntolerance/{}", a.id)],
            flags: vec![],
        });
    }

    // The latest result of each kind, newest first.
    let mut latest: BTreeMap<String, &crate::fhir::record::Observation> = BTreeMap::new();
    for o in
        record.observations.iter().filter(|o| !matches!(o.status.as_deref(), Some("entered-in-error" | "cancelled")))
    {
        if o.value.is_none() && o.components.iter().all(|c| c.value.is_none()) {
            continue;
        }
        let key = o.code.first_code().map(str::to_owned).unwrap_or_else(|| o.code.label());
        let newer = latest.get(&key).is_none_or(|prev| o.effective > prev.effective);
        if newer {
            latest.insert(key, o);
        }
    }
    let mut recent: Vec<_> = latest.into_values().collect();
    recent.sort_by(|a, b| b.effective.cmp(&a.effective));
    for o in recent.into_iter().take(RESULTS_IN_LETTER) {
        let value = match &o.value {
            Some(v) => v.display(),
            None => o
                .components
                .iter()
                .filter_map(|c| c.value.as_ref().map(|v| format!("{} {}", c.code.label(), v.display())))
                .collect::<Vec<_>>()
                .join(", "),
        };
        let mut text = format!("{}: {value}", o.code.label());
        if let Some(d) = full_date(&o.effective) {
            text.push_str(&format!(" ({d})"));
        }
        items.push(Proposal {
            section: "Recent results".into(),
            text,
            codes: codes_of(&o.code),
            citations: vec![format!("Observation/{}", o.id)],
            flags: vec![],
        });
    }

    let mut vaccines: BTreeMap<String, &crate::fhir::record::Immunization> = BTreeMap::new();
    for i in record.immunizations.iter().filter(|i| i.status.as_deref() != Some("not-done")) {
        let key = i.vaccine.label();
        if vaccines.get(&key).is_none_or(|prev| i.occurrence > prev.occurrence) {
            vaccines.insert(key, i);
        }
    }
    for i in vaccines.into_values() {
        let mut text = i.vaccine.label();
        if let Some(d) = full_date(&i.occurrence) {
            text.push_str(&format!(", last given {d}"));
        }
        items.push(Proposal {
            section: "Immunizations".into(),
            text,
            codes: codes_of(&i.vaccine),
            citations: vec![format!("Immunization/{}", i.id)],
            flags: vec![],
        });
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deid::{DateShifter, Policy, deidentify};
    use crate::fhir::PatientId;
    use crate::fhir::record::RecordBuilder;
    use secrecy::SecretString;
    use serde_json::json;

    fn deid(resources: Vec<serde_json::Value>) -> DeidRecord {
        let mut b = RecordBuilder::new(PatientId::parse("p1").unwrap());
        b.add(json!({"resourceType": "Patient", "id": "p1", "name": [{"family": "Okoro", "given": ["Ada"]}], "birthDate": "1950-01-01"}));
        for r in resources {
            b.add(r);
        }
        deidentify(
            &b.build().unwrap(),
            &DateShifter::new(SecretString::from("offline-test-key-01"), 52),
            &Policy::default(),
        )
        .0
    }

    fn condition(id: &str, code: &str, status: &str, category: &str, recorded: &str) -> serde_json::Value {
        json!({"resourceType": "Condition", "id": id, "subject": {"reference": "Patient/p1"},
            "clinicalStatus": {"coding": [{"code": status}]},
            "category": [{"coding": [{"code": category}]}],
            "code": {"coding": [{"system": "http://snomed.info/sct", "code": code, "display": format!("Disorder {code}")}]},
            "recordedDate": recorded, "onsetDateTime": recorded})
    }

    #[test]
    fn problem_list_is_coded_active_conditions_once_each() {
        let mut resources = vec![
            condition("resolved", "233604007", "resolved", "problem-list-item", "2020-01-01"),
            json!({"resourceType": "Condition", "id": "text-only", "subject": {"reference": "Patient/p1"}, "code": {"text": "Tired all the time"}}),
            condition("listed", "38341003", "active", "problem-list-item", "2015-01-01"),
        ];
        for i in 0..12 {
            resources.push(condition(
                &format!("visit-{i}"),
                "38341003",
                "active",
                "encounter-diagnosis",
                &format!("2016-01-{:02}", i + 1),
            ));
        }
        let record = deid(resources);
        let items = problem_list(&record);
        assert_eq!(items.len(), 1, "{items:?}");
        assert_eq!(items[0].citations.len(), CITATIONS_PER_PROBLEM);
        assert_eq!(
            items[0].citations[0],
            format!(
                "Condition/{}",
                record
                    .conditions
                    .iter()
                    .find(|c| c.categories.first().map(String::as_str) == Some("problem-list-item") && c.is_active())
                    .unwrap()
                    .id
            )
        );
        assert_eq!(uncoded_active_conditions(&record), 1);
    }

    #[test]
    fn a_referral_without_recipient_or_reason_is_flagged() {
        let record = deid(vec![]);
        let blank = referral(&record, &ReferralRequest::default());
        let item = blank.iter().find(|p| p.section == "Referral").unwrap();
        assert!(item.text.contains(TO_COMPLETE));
        assert_eq!(item.flags.len(), 1);
        let filled =
            referral(&record, &ReferralRequest { to: Some("Nephrology".into()), reason: Some("eGFR falling".into()) });
        let item = filled.iter().find(|p| p.section == "Referral").unwrap();
        assert_eq!(item.text, "Referred to: Nephrology. Reason: eGFR falling");
        assert!(item.flags.is_empty());
        assert!(filled.iter().any(|p| p.section == "Allergies" && p.text.contains("No allergies recorded")));
        // Safe Harbor lets the birth year through: the header says it.
        let header = &filled.iter().find(|p| p.section == "Patient").unwrap().text;
        assert!(header.contains(", born 1950"), "{header}");
    }
}
