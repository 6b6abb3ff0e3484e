//! Prompt rendering. Fixed instructions come first and patient data last, so a server's
//! prefix cache (vLLM, SGLang, llama.cpp slots) reuses the instructions across patients.
//! The rendered text is hashed; the hash is recorded with every run.

use std::fmt::Write as _;

use crate::deid::DeidRecord;
use crate::fhir::record::{Coding, Concept};
use crate::tasks::offline::system_name;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub text: String,
    /// Hex SHA-256 of `text`.
    pub sha256: String,
}

impl Prompt {
    fn new(text: String) -> Self {
        let sha256 = crate::digest::sha256_hex(text.as_bytes());
        Self { text, sha256 }
    }
}

const PROBLEM_LIST_INSTRUCTIONS: &str = "\
You are drafting a problem list for a clinician to review. The patient data below is \
de-identified: names and identifiers are placeholders like [[NAME_1]], and dates are shifted.

Rules:
- List the patient's current clinical problems, one item each.
- Every item must cite the ids of the resources that support it, exactly as written below \
(for example Condition/c1 or Observation/o4). Do not cite anything else.
- Use only codes that appear in the data below. Never invent a code.
- Copy placeholders exactly as written. Do not guess real names, dates or identifiers.
- If the data does not support a problem, leave it out.

Answer with JSON only, in this shape:
{\"problems\": [{\"text\": \"...\", \"codes\": [{\"system\": \"...\", \"code\": \"...\"}], \"citations\": [\"Condition/c1\"]}]}
";

fn codes(concept: &Concept) -> String {
    let list: Vec<String> = concept
        .codings
        .iter()
        .filter_map(|c: &Coding| Some(format!("{} {}", system_name(c.system.as_deref()?), c.code.as_deref()?)))
        .collect();
    if list.is_empty() { "uncoded".into() } else { list.join("; ") }
}

/// Characters of note text one prompt carries at most, and per note.
const NOTES_BUDGET: usize = 24_000;
const NOTE_MAX: usize = 6_000;

fn truncate_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn opt(v: &Option<impl ToString>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_else(|| "-".into())
}

/// The problem-list prompt: instructions, then the de-identified data as compact lines.
pub fn render_problem_list(record: &DeidRecord) -> Prompt {
    let mut t = String::from(PROBLEM_LIST_INSTRUCTIONS);
    t.push_str("\nPATIENT DATA\n");
    let p = &record.patient;
    let _ = writeln!(
        t,
        "Patient/{} | sex {} | born {}",
        p.id,
        opt(&p.gender),
        match (&p.birth_date, p.aged_over_89) {
            (Some(d), _) => d.display_date(),
            (None, true) => "(age 90 or older)".into(),
            (None, false) => "-".into(),
        }
    );
    for c in &record.conditions {
        let _ = write!(
            t,
            "Condition/{} | {} | {} | {} | onset {} | abated {}",
            c.id,
            opt(&c.clinical_status),
            c.code.label(),
            codes(&c.code),
            opt(&c.onset),
            opt(&c.abatement)
        );
        for note in &c.notes {
            let _ = write!(t, " | note: {}", one_line(note));
        }
        t.push('\n');
    }
    for m in &record.medications {
        let _ = writeln!(
            t,
            "MedicationRequest/{} | {} | {} | {} | authored {}{}",
            m.id,
            opt(&m.status),
            m.medication.label(),
            codes(&m.medication),
            opt(&m.authored_on),
            m.dosage.iter().map(|d| format!(" | dosage: {}", one_line(d))).collect::<String>()
        );
    }
    for a in &record.allergies {
        let _ = writeln!(
            t,
            "AllergyIntolerance/{} | {} | {} | {}",
            a.id,
            opt(&a.clinical_status),
            a.code.label(),
            codes(&a.code)
        );
    }
    for o in &record.observations {
        let value = match &o.value {
            Some(v) => v.display(),
            None => o
                .components
                .iter()
                .filter_map(|c| Some(format!("{} {}", c.code.label(), c.value.as_ref()?.display())))
                .collect::<Vec<_>>()
                .join(", "),
        };
        let _ = writeln!(
            t,
            "Observation/{} | {} | {} | {} | {}",
            o.id,
            o.code.label(),
            codes(&o.code),
            value,
            opt(&o.effective)
        );
    }
    for p in &record.procedures {
        let _ = writeln!(t, "Procedure/{} | {} | {} | {}", p.id, p.code.label(), codes(&p.code), opt(&p.performed));
    }
    for i in &record.immunizations {
        let _ = writeln!(
            t,
            "Immunization/{} | {} | {} | {}",
            i.id,
            i.vaccine.label(),
            codes(&i.vaccine),
            opt(&i.occurrence)
        );
    }
    for e in &record.encounters {
        let kind = e.types.first().map(Concept::label).unwrap_or_else(|| "-".into());
        let _ = writeln!(t, "Encounter/{} | {} | {} | {} to {}", e.id, opt(&e.class), kind, opt(&e.start), opt(&e.end));
    }
    for r in record.reports.iter().filter(|r| r.conclusion.is_some()) {
        let _ = writeln!(
            t,
            "DiagnosticReport/{} | {} | {} | conclusion: {}",
            r.id,
            r.code.label(),
            opt(&r.effective),
            one_line(r.conclusion.as_deref().unwrap_or_default())
        );
    }
    // Notes last, newest first, within a budget: the structured data above already carries
    // the codes, and a model's context is finite.
    let mut budget = NOTES_BUDGET;
    for n in record.notes.iter().rev().filter(|n| n.text.is_some()) {
        let text = n.text.as_deref().unwrap_or_default();
        if budget == 0 {
            let _ = writeln!(
                t,
                "DocumentReference/{} | {} | {} | (not shown: note budget reached)",
                n.id,
                n.doc_type.label(),
                opt(&n.date)
            );
            continue;
        }
        let shown = truncate_chars(text, budget.min(NOTE_MAX));
        budget = budget.saturating_sub(shown.chars().count());
        let cut = if shown.len() < text.len() { " [truncated]" } else { "" };
        let _ = writeln!(
            t,
            "DocumentReference/{} | {} | {}\n{}{cut}\n",
            n.id,
            n.doc_type.label(),
            opt(&n.date),
            shown.trim_end()
        );
    }
    Prompt::new(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deid::{DateShifter, Policy, deidentify};
    use crate::fhir::PatientId;
    use crate::fhir::record::RecordBuilder;
    use secrecy::SecretString;
    use serde_json::json;

    #[test]
    fn prompt_is_deidentified_and_stable() {
        let mut b = RecordBuilder::new(PatientId::parse("p-777").unwrap());
        b.add(json!({"resourceType": "Patient", "id": "p-777", "gender": "female", "birthDate": "1961-07-04",
            "name": [{"family": "Nakamura", "given": ["Aiko"]}]}));
        b.add(json!({"resourceType": "Condition", "id": "cond-a", "subject": {"reference": "Patient/p-777"},
            "clinicalStatus": {"coding": [{"code": "active"}]},
            "code": {"coding": [{"system": "http://snomed.info/sct", "code": "44054006", "display": "Diabetes mellitus type 2"},
                                 {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9"}]},
            "onsetDateTime": "2016-03-10", "note": [{"text": "Aiko reports polyuria"}]}));
        b.add(json!({"resourceType": "Observation", "id": "obs-1", "subject": {"reference": "Patient/p-777"}, "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c"}]},
            "valueQuantity": {"value": 8.4, "unit": "%"}, "effectiveDateTime": "2024-02-01"}));
        let (deid, _) = deidentify(
            &b.build().unwrap(),
            &DateShifter::new(SecretString::from("snapshot-key-0001"), 52),
            &Policy::default(),
        );
        let prompt = render_problem_list(&deid);
        for planted in ["Nakamura", "Aiko", "p-777", "cond-a", "obs-1", "1961-07-04", "2016-03-10"] {
            assert!(!prompt.text.contains(planted), "{planted}");
        }
        assert_eq!(prompt.sha256, render_problem_list(&deid).sha256);
        insta::assert_snapshot!(prompt.text);
    }
}
