//! Grounding: the gate between what an engine proposed and what a reviewer sees.
//! - each citation must name an id this run issued and that exists in the real record;
//!   citations that do not are removed, and an item left with none is dropped and counted,
//!   never shown as fact;
//! - each code must appear in a resource the item cites (the model never invents codes);
//! - text is mapped back through the vault, and placeholders the vault did not issue are
//!   flagged for the reviewer instead of guessed;
//! - the proposed text is scanned for identifiers that did not come from a placeholder (a
//!   model may invent or recall them): each finding flags the item, which then cannot be
//!   approved unedited.

use crate::deid::Vault;
use crate::fhir::PatientRecord;
use crate::fhir::record::Coding;
use crate::review::{Citation, DraftItem, ItemStatus};

use super::Proposal;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grounded {
    pub items: Vec<DraftItem>,
    /// Items dropped because nothing they cite exists.
    pub dropped: usize,
    /// Codes removed because no cited resource carries them.
    pub codes_removed: usize,
}

pub fn ground(proposals: Vec<Proposal>, vault: &Vault, record: &PatientRecord) -> Grounded {
    let mut out = Grounded::default();
    for proposal in proposals {
        let mut citations: Vec<Citation> = Vec::new();
        let mut concepts = Vec::new();
        for cited in &proposal.citations {
            let Some(real) = vault.resolve_citation(cited) else { continue };
            let Some(described) = record.describe(&real) else { continue };
            if citations.iter().any(|c| c.reference == real) {
                continue;
            }
            concepts.extend(described.concepts);
            citations.push(Citation { reference: real, label: described.label, date: described.date });
        }
        if citations.is_empty() {
            out.dropped += 1;
            continue;
        }
        let codes: Vec<Coding> = proposal
            .codes
            .into_iter()
            .filter(|code| {
                let found = code.system.is_some()
                    && code.code.is_some()
                    && concepts.iter().any(|c| {
                        c.has_code(code.system.as_deref().unwrap_or_default(), code.code.as_deref().unwrap_or_default())
                    });
                if !found {
                    out.codes_removed += 1;
                }
                found
            })
            .collect();
        let mut flags = proposal.flags;
        for finding in output_scan(&proposal.text) {
            flags.push(format!(
                "possible identifier not taken from the chart ({}): check it before approving",
                finding.as_str()
            ));
        }
        let reid = vault.reidentify(&proposal.text);
        flags.extend(
            reid.quarantined.iter().map(|q| format!("placeholder `{q}` could not be mapped back to this patient")),
        );
        out.items.push(DraftItem {
            id: format!("i{}", out.items.len() + 1),
            section: proposal.section,
            text: reid.text,
            original_text: None,
            codes,
            citations,
            status: ItemStatus::Pending,
            flags,
        });
    }
    out
}

/// Identifier categories found in text that should hold only placeholders. Dates and ages
/// are expected (shifted dates are how the model sees time).
pub fn output_scan(text: &str) -> Vec<crate::deid::scrub::PhiCategory> {
    use crate::deid::scrub::{KnownIdentifiers, PhiCategory, Scrubber};
    let mut found: Vec<PhiCategory> = Scrubber::find(text, &KnownIdentifiers::default(), 2000)
        .spans
        .into_iter()
        .map(|s| s.category)
        .filter(|c| !matches!(c, PhiCategory::Date | PhiCategory::AgeOver89))
        .collect();
    found.sort();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deid::{DateShifter, Policy, deidentify};
    use crate::fhir::PatientId;
    use crate::fhir::record::RecordBuilder;
    use secrecy::SecretString;
    use serde_json::json;

    fn setup() -> (PatientRecord, crate::deid::DeidRecord, Vault) {
        let mut b = RecordBuilder::new(PatientId::parse("p1").unwrap());
        b.add(json!({"resourceType": "Patient", "id": "p1", "name": [{"family": "Moreau", "given": ["Lucie"]}]}));
        b.add(json!({"resourceType": "Condition", "id": "real-cond", "subject": {"reference": "Patient/p1"},
            "code": {"coding": [{"system": "http://snomed.info/sct", "code": "38341003", "display": "Hypertension"}]},
            "onsetDateTime": "2020-04-01"}));
        let record = b.build().unwrap();
        let (deid, vault) =
            deidentify(&record, &DateShifter::new(SecretString::from("grounding-test-key"), 10), &Policy::default());
        (record, deid, vault)
    }

    fn snomed(code: &str) -> Coding {
        Coding { system: Some("http://snomed.info/sct".into()), code: Some(code.into()), display: None }
    }

    #[test]
    fn uncited_and_invented_citations_are_dropped_and_counted() {
        let (record, deid, vault) = setup();
        let good = format!("Condition/{}", deid.conditions[0].id);
        let proposals = vec![
            Proposal {
                section: "Problems".into(),
                text: "Hypertension".into(),
                codes: vec![snomed("38341003")],
                citations: vec![good.clone()],
                flags: vec![],
            },
            Proposal {
                section: "Problems".into(),
                text: "Invented".into(),
                codes: vec![],
                citations: vec!["Condition/c99".into()],
                flags: vec![],
            },
            Proposal {
                section: "Problems".into(),
                text: "Real id, not issued".into(),
                codes: vec![],
                citations: vec!["Condition/real-cond".into()],
                flags: vec![],
            },
            Proposal {
                section: "Problems".into(),
                text: "Nothing cited".into(),
                codes: vec![],
                citations: vec![],
                flags: vec![],
            },
        ];
        let g = ground(proposals, &vault, &record);
        assert_eq!(g.items.len(), 1);
        assert_eq!(g.dropped, 3);
        assert_eq!(g.items[0].citations[0].reference, "Condition/real-cond");
        assert_eq!(g.items[0].citations[0].date.as_deref(), Some("2020-04-01"));
    }

    #[test]
    fn codes_not_in_cited_resources_are_removed() {
        let (record, deid, vault) = setup();
        let cited = format!("Condition/{}", deid.conditions[0].id);
        let g = ground(
            vec![Proposal {
                section: "Problems".into(),
                text: "x".into(),
                codes: vec![snomed("38341003"), snomed("44054006")],
                citations: vec![cited],
                flags: vec![],
            }],
            &vault,
            &record,
        );
        assert_eq!(g.items[0].codes, vec![snomed("38341003")]);
        assert_eq!(g.codes_removed, 1);
    }

    #[test]
    fn identifiers_that_did_not_come_from_a_placeholder_are_flagged() {
        let (record, deid, vault) = setup();
        let cited = vec![format!("Condition/{}", deid.conditions[0].id)];
        let proposal = |text: &str| Proposal {
            section: "Problems".into(),
            text: text.into(),
            codes: vec![],
            citations: cited.clone(),
            flags: vec![],
        };
        let g = ground(
            vec![
                proposal("Hypertension (SNOMED CT 38341003), since 2020-04-01; 92 yo"),
                proposal("Hypertension; call the patient at 555-201-7788 or mail jo@example.org"),
                proposal("Hypertension, followed by Dr. Gregory House"),
            ],
            &vault,
            &record,
        );
        assert!(g.items[0].flags.is_empty(), "{:?}", g.items[0].flags);
        assert_eq!(g.items[1].flags.len(), 2, "{:?}", g.items[1].flags);
        assert_eq!(g.items[2].flags.len(), 1, "{:?}", g.items[2].flags);
    }

    #[test]
    fn text_is_reidentified_and_foreign_placeholders_flagged() {
        let (record, deid, vault) = setup();
        let name = deid.patient.names[0].text.clone().unwrap();
        let g = ground(
            vec![Proposal {
                section: "Patient".into(),
                text: format!("{name} and [[NAME_77]]"),
                codes: vec![],
                citations: vec![format!("Patient/{}", deid.patient.id)],
                flags: vec![],
            }],
            &vault,
            &record,
        );
        assert_eq!(g.items[0].text, "Lucie Moreau and [[NAME_77]]");
        assert_eq!(g.items[0].flags.len(), 1);
    }
}
