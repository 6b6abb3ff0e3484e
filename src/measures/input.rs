//! Patients for `carebrief measure`, from the three input shapes of DESIGN.md: a
//! directory of one patient's resources (one JSON resource per file, MeasureReports
//! ignored; Bundle files in it are opened too), a Bundle JSON file, or a Bulk Data NDJSON
//! directory. Resources are grouped by the patient they refer to
//! (`subject`/`patient`/`beneficiary`). In a directory of one patient's resources, a
//! resource that refers to no patient is that patient's; elsewhere it feeds no measure
//! and is dropped.
//!
//! A resource that cannot be read is a problem for its patient when the patient can be
//! told (the only patient of a directory, or a `Patient/<id>` reference in the broken
//! NDJSON line); otherwise it is a problem of the input, reported without a patient.

use std::collections::HashMap;
use std::io::BufRead as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// One patient's resources as read, and what could not be read for them.
#[derive(Debug, Default)]
pub struct PatientInput {
    /// The Patient id (or the id other resources refer to when there is no Patient).
    pub subject: String,
    pub resources: Vec<Value>,
    /// Resources of this patient that could not be read; the measures must not be
    /// computed from what is left.
    pub problems: Vec<String>,
}

/// What one INPUT held.
#[derive(Debug, Default)]
pub struct InputBatch {
    pub patients: Vec<PatientInput>,
    /// Problems that could not be tied to a patient.
    pub problems: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("cannot read {path}: {reason}")]
    Unreadable { path: PathBuf, reason: String },
    #[error("{path} is not a FHIR Bundle, a resource directory or an NDJSON directory")]
    Unknown { path: PathBuf },
}

fn unreadable(path: &Path, reason: impl ToString) -> InputError {
    InputError::Unreadable { path: path.to_owned(), reason: reason.to_string() }
}

/// Reads one INPUT.
pub fn read(path: &Path) -> Result<InputBatch, InputError> {
    let meta = std::fs::metadata(path).map_err(|e| unreadable(path, e))?;
    let mut collector = Collector::default();
    if meta.is_file() {
        let value = read_json(path)?;
        if value.get("resourceType").and_then(Value::as_str) != Some("Bundle") {
            return Err(InputError::Unknown { path: path.to_owned() });
        }
        collector.bundle(&value, &path.display().to_string());
        return Ok(collector.finish(false));
    }
    let mut ndjson = Vec::new();
    let mut json = Vec::new();
    for entry in std::fs::read_dir(path).map_err(|e| unreadable(path, e))? {
        let p = entry.map_err(|e| unreadable(path, e))?.path();
        match p.extension().and_then(|x| x.to_str()) {
            Some("ndjson") => ndjson.push(p),
            Some("json") => json.push(p),
            _ => {}
        }
    }
    ndjson.sort();
    json.sort();
    if !ndjson.is_empty() {
        for file in &ndjson {
            collector.ndjson(file)?;
        }
        return Ok(collector.finish(false));
    }
    if json.is_empty() {
        return Err(InputError::Unknown { path: path.to_owned() });
    }
    for file in &json {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if name.starts_with("MeasureReport") {
            continue;
        }
        let label = file.display().to_string();
        match read_json(file) {
            Ok(v) => match v.get("resourceType").and_then(Value::as_str) {
                Some("Bundle") => collector.bundle(&v, &label),
                Some("MeasureReport") => {}
                _ => collector.resource(v, &label),
            },
            Err(e) => collector.problems.push(e.to_string()),
        }
    }
    // A directory of one patient's resources: whatever could not be read is that
    // patient's problem.
    Ok(collector.finish(true))
}

fn read_json(path: &Path) -> Result<Value, InputError> {
    let bytes = std::fs::read(path).map_err(|e| unreadable(path, e))?;
    serde_json::from_slice(&bytes).map_err(|e| unreadable(path, format!("not JSON ({e})")))
}

#[derive(Default)]
struct Collector {
    order: Vec<String>,
    by_patient: HashMap<String, PatientInput>,
    /// Resources that refer to no patient.
    orphans: Vec<Value>,
    problems: Vec<String>,
}

/// The patient a resource belongs to: its own id for a Patient, else the id its
/// `subject`, `patient` or `beneficiary` reference names.
pub fn patient_of(resource: &Value) -> Option<&str> {
    if resource.get("resourceType").and_then(Value::as_str) == Some("Patient") {
        return resource.get("id").and_then(Value::as_str);
    }
    ["subject", "patient", "beneficiary"]
        .iter()
        .filter_map(|k| resource.get(*k)?.get("reference")?.as_str())
        .find_map(patient_id_in)
}

/// `Patient/<id>` (or `.../Patient/<id>`) → `<id>`.
fn patient_id_in(reference: &str) -> Option<&str> {
    let (before, id) = reference.rsplit_once('/')?;
    (before == "Patient" || before.ends_with("/Patient")).then_some(id).filter(|id| !id.is_empty())
}

impl Collector {
    fn entry(&mut self, patient: &str) -> &mut PatientInput {
        if !self.by_patient.contains_key(patient) {
            self.order.push(patient.to_owned());
        }
        self.by_patient
            .entry(patient.to_owned())
            .or_insert_with(|| PatientInput { subject: patient.to_owned(), ..Default::default() })
    }

    fn resource(&mut self, v: Value, label: &str) {
        if !v.is_object() {
            self.problems.push(format!("{label}: not a JSON object"));
            return;
        }
        match patient_of(&v).map(str::to_owned) {
            Some(p) => self.entry(&p).resources.push(v),
            None if v.get("resourceType").and_then(Value::as_str).is_none() => {
                self.problems.push(format!("{label}: no resourceType"));
            }
            None => self.orphans.push(v),
        }
    }

    fn bundle(&mut self, bundle: &Value, label: &str) {
        let entries = bundle.get("entry").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        for (i, entry) in entries.iter().enumerate() {
            match entry.get("resource") {
                Some(r) => self.resource(r.clone(), &format!("{label} entry {i}")),
                None => self.problems.push(format!("{label} entry {i}: no resource")),
            }
        }
    }

    fn ndjson(&mut self, file: &Path) -> Result<(), InputError> {
        let handle = std::fs::File::open(file).map_err(|e| unreadable(file, e))?;
        let label = file.display().to_string();
        for (n, line) in std::io::BufReader::new(handle).lines().enumerate() {
            let line = line.map_err(|e| unreadable(file, format!("line {}: {e}", n + 1)))?;
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<Value>(&line) {
                Ok(v) => self.resource(v, &format!("{label} line {}", n + 1)),
                Err(e) => {
                    let problem = format!("{label} line {}: not JSON ({e})", n + 1);
                    // A broken line still names its patient often enough to tell whom
                    // it leaves incomplete.
                    match line.find("Patient/").map(|at| &line[at..]).and_then(|rest| {
                        let id: &str = rest["Patient/".len()..]
                            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '.'))
                            .next()?;
                        (!id.is_empty()).then_some(id)
                    }) {
                        Some(id) => {
                            let id = id.to_owned();
                            self.entry(&id).problems.push(problem);
                        }
                        None => self.problems.push(problem),
                    }
                }
            }
        }
        Ok(())
    }

    fn finish(mut self, one_patient_directory: bool) -> InputBatch {
        if one_patient_directory && self.order.len() == 1 {
            let only = self.order[0].clone();
            let problems = std::mem::take(&mut self.problems);
            let orphans = std::mem::take(&mut self.orphans);
            let patient = self.entry(&only);
            patient.problems.extend(problems);
            patient.resources.extend(orphans);
        }
        let mut by_patient = self.by_patient;
        let patients = self.order.iter().filter_map(|id| by_patient.remove(id)).collect();
        InputBatch { patients, problems: self.problems }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn resources_go_to_the_patient_they_refer_to() {
        assert_eq!(patient_of(&json!({"resourceType": "Patient", "id": "a"})), Some("a"));
        assert_eq!(patient_of(&json!({"resourceType": "Encounter", "subject": {"reference": "Patient/b"}})), Some("b"));
        assert_eq!(
            patient_of(
                &json!({"resourceType": "Coverage", "beneficiary": {"reference": "https://x.org/fhir/Patient/c"}})
            ),
            Some("c")
        );
        assert_eq!(patient_of(&json!({"resourceType": "Encounter", "subject": {"reference": "Group/g"}})), None);
        assert_eq!(patient_of(&json!({"resourceType": "Organization", "id": "o"})), None);
    }

    #[test]
    fn reads_a_patient_directory_and_blames_its_broken_files_on_the_patient() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, body: &str| std::fs::write(dir.path().join(name), body).unwrap();
        write("Patient-p1.json", r#"{"resourceType":"Patient","id":"p1"}"#);
        write("Encounter-e1.json", r#"{"resourceType":"Encounter","id":"e1","subject":{"reference":"Patient/p1"}}"#);
        write("MeasureReport-x.json", r#"{"resourceType":"MeasureReport","id":"x"}"#);
        write("Organization-o.json", r#"{"resourceType":"Organization","id":"o"}"#);
        let batch = read(dir.path()).unwrap();
        assert_eq!(batch.patients.len(), 1);
        // The Organization refers to no patient: in a patient's directory it is theirs.
        assert_eq!(batch.patients[0].resources.len(), 3);
        assert!(batch.patients[0].problems.is_empty());

        write("Observation-bad.json", r#"{"resourceType":"Observation","#);
        let batch = read(dir.path()).unwrap();
        assert_eq!(batch.patients[0].problems.len(), 1);
        assert!(batch.patients[0].problems[0].contains("Observation-bad.json"), "{:?}", batch.patients[0].problems);
    }

    #[test]
    fn reads_ndjson_and_ties_broken_lines_to_their_patient() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("Patient.ndjson"),
            "{\"resourceType\":\"Patient\",\"id\":\"a\"}\n{\"resourceType\":\"Patient\",\"id\":\"b\"}\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("Observation.ndjson"),
            "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"subject\":{\"reference\":\"Patient/a\"}}\n\
             {\"resourceType\":\"Observation\",\"id\":\"o2\",\"subject\":{\"reference\":\"Patient/b\"},\n\
             garbage\n",
        )
        .unwrap();
        let batch = read(dir.path()).unwrap();
        let ids: Vec<&str> = batch.patients.iter().map(|p| p.subject.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert!(batch.patients[0].problems.is_empty());
        assert_eq!(batch.patients[1].problems.len(), 1);
        assert_eq!(batch.problems.len(), 1);
    }

    #[test]
    fn refuses_what_is_not_an_input() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(read(dir.path()), Err(InputError::Unknown { .. })));
        let file = dir.path().join("x.json");
        std::fs::write(&file, r#"{"resourceType":"Patient","id":"p"}"#).unwrap();
        assert!(matches!(read(&file), Err(InputError::Unknown { .. })));
        assert!(read(&dir.path().join("missing")).is_err());
    }
}
