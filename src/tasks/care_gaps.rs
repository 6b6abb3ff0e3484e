//! Care gaps as reviewable items. The measure engine decides every gap (DESIGN.md rule 4);
//! this module only words them for the draft: one item per open or closed gap, under an
//! "Open care gaps" or "Closed care gaps" section that a review cannot change, each citing
//! the chart resources that decided it. A citation must name a resource the source sent
//! for this patient; an item left without one is dropped and counted (rule 3), and the gap
//! stays in the gaps-in-care report.

use serde_json::Value;

use super::grounding::Grounded;
use crate::fhir::PatientRecord;
use crate::measures::gaps::{CareGap, GapStatus};
use crate::review::{Citation, DraftItem, ItemStatus};

pub const SECTION_OPEN: &str = "Open care gaps";
pub const SECTION_CLOSED: &str = "Closed care gaps";

/// Said in every care-gaps draft and in the document written from it.
pub const NOTICE: &str = "Decided by the eCQM measure rules from the structured chart, without a language model; \
     a review can word a gap differently but never change whether it is open.";

/// The items of a care-gaps draft: open gaps first, then closed ones, in measure order.
pub fn items(gaps: &[CareGap], record: &PatientRecord, resources: &[Value]) -> Grounded {
    let mut out = Grounded::default();
    for (status, section) in [(GapStatus::Open, SECTION_OPEN), (GapStatus::Closed, SECTION_CLOSED)] {
        for gap in gaps.iter().filter(|g| g.status == status) {
            let citations: Vec<Citation> = gap.evidence.iter().filter_map(|r| cite(r, record, resources)).collect();
            if citations.is_empty() {
                out.dropped += 1;
                continue;
            }
            out.items.push(DraftItem {
                id: format!("i{}", out.items.len() + 1),
                section: section.to_owned(),
                text: format!("{} {}: {}", gap.measure, gap.title, gap.reason),
                original_text: None,
                codes: Vec::new(),
                citations,
                status: ItemStatus::Pending,
                flags: Vec::new(),
            });
        }
    }
    out
}

/// A citation of `Type/id`, when the source sent that resource for this patient: labelled
/// as the record knows it, else from the resource's own code.
fn cite(reference: &str, record: &PatientRecord, resources: &[Value]) -> Option<Citation> {
    let (ty, id) = reference.split_once('/')?;
    let raw = resources.iter().find(|r| {
        r.get("resourceType").and_then(Value::as_str) == Some(ty) && r.get("id").and_then(Value::as_str) == Some(id)
    })?;
    if let Some(described) = record.describe(reference) {
        return Some(Citation { reference: reference.to_owned(), label: described.label, date: described.date });
    }
    let concept = ["code", "type", "medicationCodeableConcept", "codeCodeableConcept"]
        .iter()
        .find_map(|k| raw.get(*k))
        .map(|c| if c.is_array() { c.get(0).unwrap_or(c) } else { c });
    let label = concept
        .and_then(|c| {
            c.get("text").and_then(Value::as_str).or_else(|| {
                c.get("coding")?.as_array()?.iter().find_map(|coding| coding.get("display").and_then(Value::as_str))
            })
        })
        .unwrap_or(ty)
        .to_owned();
    let date = ["authoredOn", "occurrenceDateTime", "effectiveDateTime", "performedDateTime"]
        .iter()
        .find_map(|k| raw.get(*k).and_then(Value::as_str))
        .map(|d| d.chars().take(10).collect());
    Some(Citation { reference: reference.to_owned(), label, date })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn gap(measure: &'static str, status: GapStatus, evidence: &[&str]) -> CareGap {
        CareGap {
            measure,
            group: 1,
            title: "Some measure",
            status,
            reason: format!("{measure} reason"),
            due: None,
            evidence: evidence.iter().map(|e| (*e).to_owned()).collect(),
            populations: Default::default(),
        }
    }

    #[test]
    fn open_gaps_come_first_and_every_item_cites_what_the_source_sent() {
        let resources = vec![
            json!({"resourceType": "Patient", "id": "p"}),
            json!({"resourceType": "ServiceRequest", "id": "ref", "authoredOn": "2025-03-02T10:00:00Z",
                   "code": {"coding": [{"system": "http://snomed.info/sct", "code": "1", "display": "Referral to psychiatry"}]}}),
        ];
        let gaps = vec![
            gap("CMS2", GapStatus::Closed, &["ServiceRequest/ref"]),
            gap("CMS125", GapStatus::Open, &["ServiceRequest/ref", "Observation/not-sent"]),
            gap("CMS130", GapStatus::Open, &["Procedure/invented"]),
            gap("CMS122", GapStatus::NotApplicable, &["ServiceRequest/ref"]),
        ];
        let g = items(&gaps, &PatientRecord::default(), &resources);
        assert_eq!(g.dropped, 1, "the gap citing nothing the source sent is dropped");
        assert_eq!(g.items.len(), 2, "not-applicable gaps are no items");
        assert_eq!((g.items[0].section.as_str(), g.items[0].id.as_str()), (SECTION_OPEN, "i1"));
        assert!(g.items[0].text.starts_with("CMS125 Some measure: "));
        assert_eq!(g.items[0].citations.len(), 1);
        assert_eq!(g.items[1].section, SECTION_CLOSED);
        let c = &g.items[1].citations[0];
        assert_eq!((c.label.as_str(), c.date.as_deref()), ("Referral to psychiatry", Some("2025-03-02")));
    }
}
