//! The lenient, normalized view of one patient's chart that the rest of the pipeline
//! reads. Each item keeps its FHIR type and id, so every statement built from it can cite
//! its source. Reading never fails a patient over an unknown code, extension or element:
//! only elements we use are read, choice types are taken in whatever form is present,
//! and a resource that cannot be read at all is skipped and listed in
//! [`PatientRecord::issues`] (type, id and reason; never its content).

use std::collections::HashMap;

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::datetime::FhirDateTime;
use super::{PatientId, ResourceId};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coding {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

/// A CodeableConcept: codings plus the text a person wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Concept {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codings: Vec<Coding>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Concept {
    /// What a person calls it: the text, else the first display, else the first code.
    pub fn label(&self) -> String {
        self.text
            .clone()
            .or_else(|| self.codings.iter().find_map(|c| c.display.clone()))
            .or_else(|| self.codings.iter().find_map(|c| c.code.clone()))
            .unwrap_or_else(|| "(uncoded)".into())
    }
    pub fn has_code(&self, system: &str, code: &str) -> bool {
        self.codings.iter().any(|c| c.system.as_deref() == Some(system) && c.code.as_deref() == Some(code))
    }
    pub fn first_code(&self) -> Option<&str> {
        self.codings.iter().find_map(|c| c.code.as_deref())
    }
    pub fn is_coded(&self) -> bool {
        self.codings.iter().any(|c| c.code.is_some() && c.system.is_some())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HumanName {
    pub family: Option<String>,
    pub given: Vec<String>,
    pub text: Option<String>,
    pub prefix: Vec<String>,
    pub suffix: Vec<String>,
}

impl HumanName {
    /// "Given Family", or the text the source wrote.
    pub fn full(&self) -> String {
        if let Some(t) = &self.text {
            return t.clone();
        }
        let mut parts: Vec<&str> = self.given.iter().map(String::as_str).collect();
        if let Some(f) = &self.family {
            parts.push(f);
        }
        parts.join(" ")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Identifier {
    pub system: Option<String>,
    pub value: String,
    /// The identifier type code (`MR`, `SS`, ...), when given.
    pub type_code: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContactPoint {
    pub system: Option<String>,
    pub value: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Address {
    pub lines: Vec<String>,
    pub city: Option<String>,
    pub district: Option<String>,
    pub state: Option<String>,
    pub postal_code: Option<String>,
    pub country: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Demographics {
    pub id: PatientId,
    pub names: Vec<HumanName>,
    pub birth_date: Option<FhirDateTime>,
    /// Set by de-identification when the birth date was withheld because it tells an age
    /// over 89 (Safe Harbor): the prompt says "90 or older" instead.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub aged_over_89: bool,
    pub gender: Option<String>,
    pub deceased: bool,
    pub identifiers: Vec<Identifier>,
    pub telecom: Vec<ContactPoint>,
    pub addresses: Vec<Address>,
}

impl Default for PatientId {
    fn default() -> Self {
        PatientId::parse("unknown").expect("a valid id")
    }
}

/// A person around the patient (Practitioner or RelatedPerson): their names are needed to
/// find them in notes, never to show them to a model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub resource_type: String,
    pub id: ResourceId,
    pub names: Vec<HumanName>,
    pub identifiers: Vec<Identifier>,
    pub telecom: Vec<ContactPoint>,
    pub relationship: Option<Concept>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Condition {
    pub id: ResourceId,
    pub code: Concept,
    pub clinical_status: Option<String>,
    pub verification_status: Option<String>,
    pub categories: Vec<String>,
    pub onset: Option<FhirDateTime>,
    pub abatement: Option<FhirDateTime>,
    pub recorded: Option<FhirDateTime>,
    /// Free text written on the condition (`Condition.note`).
    pub notes: Vec<String>,
}

impl Condition {
    /// Active (or relapsed/recurrence) and not refuted or entered in error. A condition with
    /// no clinical status and no abatement is taken as active, as US Core reads it.
    pub fn is_active(&self) -> bool {
        let verified = !matches!(self.verification_status.as_deref(), Some("refuted" | "entered-in-error"));
        let active = match self.clinical_status.as_deref() {
            Some(s) => matches!(s, "active" | "recurrence" | "relapse"),
            None => self.abatement.is_none(),
        };
        verified && active
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum ObservedValue {
    Quantity { value: f64, unit: Option<String> },
    Concept(Concept),
    Text(String),
    Boolean(bool),
    Integer(i64),
}

impl ObservedValue {
    pub fn display(&self) -> String {
        match self {
            ObservedValue::Quantity { value, unit } => match unit {
                Some(u) => format!("{value} {u}"),
                None => value.to_string(),
            },
            ObservedValue::Concept(c) => c.label(),
            ObservedValue::Text(t) => t.clone(),
            ObservedValue::Boolean(b) => b.to_string(),
            ObservedValue::Integer(i) => i.to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Component {
    pub code: Concept,
    pub value: Option<ObservedValue>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Observation {
    pub id: ResourceId,
    pub status: Option<String>,
    pub categories: Vec<String>,
    pub code: Concept,
    pub effective: Option<FhirDateTime>,
    pub value: Option<ObservedValue>,
    pub components: Vec<Component>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MedicationRequest {
    pub id: ResourceId,
    pub status: Option<String>,
    pub intent: Option<String>,
    pub medication: Concept,
    pub authored_on: Option<FhirDateTime>,
    pub dosage: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Allergy {
    pub id: ResourceId,
    pub code: Concept,
    pub clinical_status: Option<String>,
    pub verification_status: Option<String>,
    pub criticality: Option<String>,
    pub reactions: Vec<Concept>,
    pub recorded: Option<FhirDateTime>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Immunization {
    pub id: ResourceId,
    pub status: Option<String>,
    pub vaccine: Concept,
    pub occurrence: Option<FhirDateTime>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Procedure {
    pub id: ResourceId,
    pub status: Option<String>,
    pub code: Concept,
    pub performed: Option<FhirDateTime>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Encounter {
    pub id: ResourceId,
    pub status: Option<String>,
    pub class: Option<String>,
    pub types: Vec<Concept>,
    pub start: Option<FhirDateTime>,
    pub end: Option<FhirDateTime>,
    pub reasons: Vec<Concept>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiagnosticReport {
    pub id: ResourceId,
    pub status: Option<String>,
    pub code: Concept,
    pub categories: Vec<String>,
    pub effective: Option<FhirDateTime>,
    pub conclusion: Option<String>,
    pub results: Vec<String>,
}

/// A clinical note (DocumentReference) with its text decoded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub id: ResourceId,
    pub status: Option<String>,
    pub doc_type: Concept,
    pub date: Option<FhirDateTime>,
    pub content_type: Option<String>,
    /// The decoded text, when the note has a text attachment inline (or once fetched).
    pub text: Option<String>,
    /// Where the text is, when it is not inline (`Binary/123` or an absolute URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Something in the source we could not use, said without its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceIssue {
    pub resource_type: String,
    pub id: Option<String>,
    pub reason: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatientRecord {
    pub patient: Demographics,
    pub people: Vec<Person>,
    pub conditions: Vec<Condition>,
    pub observations: Vec<Observation>,
    pub medications: Vec<MedicationRequest>,
    pub allergies: Vec<Allergy>,
    pub immunizations: Vec<Immunization>,
    pub procedures: Vec<Procedure>,
    pub encounters: Vec<Encounter>,
    pub reports: Vec<DiagnosticReport>,
    pub notes: Vec<Note>,
    pub issues: Vec<SourceIssue>,
}

impl PatientRecord {
    /// Whether `Type/id` names an item of this record (citations must).
    pub fn contains(&self, reference: &str) -> bool {
        let Some((ty, id)) = reference.split_once('/') else {
            return false;
        };
        if ty == "Patient" {
            return self.patient.id.as_str() == id;
        }
        self.describe(reference).is_some()
    }

    /// What a citation points at: a label, a date and the concepts whose codes an item
    /// citing it may carry.
    pub fn describe(&self, reference: &str) -> Option<Cited> {
        let (ty, id) = reference.split_once('/')?;
        let cited = |label: String, date: &Option<FhirDateTime>, concepts: Vec<&'_ Concept>| Cited {
            label,
            date: date.as_ref().map(FhirDateTime::display_date),
            concepts: concepts.into_iter().cloned().collect(),
        };
        match ty {
            "Patient" if self.patient.id.as_str() == id => {
                Some(Cited { label: "Patient".into(), date: None, concepts: vec![] })
            }
            "Condition" => self
                .conditions
                .iter()
                .find(|c| c.id.as_str() == id)
                .map(|c| cited(c.code.label(), &c.onset, vec![&c.code])),
            "Observation" => self.observations.iter().find(|o| o.id.as_str() == id).map(|o| {
                let mut concepts = vec![&o.code];
                concepts.extend(o.components.iter().map(|c| &c.code));
                if let Some(ObservedValue::Concept(v)) = &o.value {
                    concepts.push(v);
                }
                cited(o.code.label(), &o.effective, concepts)
            }),
            "MedicationRequest" => self
                .medications
                .iter()
                .find(|m| m.id.as_str() == id)
                .map(|m| cited(m.medication.label(), &m.authored_on, vec![&m.medication])),
            "AllergyIntolerance" => self
                .allergies
                .iter()
                .find(|a| a.id.as_str() == id)
                .map(|a| cited(a.code.label(), &a.recorded, vec![&a.code])),
            "Immunization" => self
                .immunizations
                .iter()
                .find(|i| i.id.as_str() == id)
                .map(|i| cited(i.vaccine.label(), &i.occurrence, vec![&i.vaccine])),
            "Procedure" => self
                .procedures
                .iter()
                .find(|p| p.id.as_str() == id)
                .map(|p| cited(p.code.label(), &p.performed, vec![&p.code])),
            "Encounter" => self.encounters.iter().find(|e| e.id.as_str() == id).map(|e| {
                let label = e.types.first().map(Concept::label).unwrap_or_else(|| "Encounter".into());
                cited(label, &e.start, e.types.iter().chain(e.reasons.iter()).collect())
            }),
            "DiagnosticReport" => self
                .reports
                .iter()
                .find(|r| r.id.as_str() == id)
                .map(|r| cited(r.code.label(), &r.effective, vec![&r.code])),
            "DocumentReference" => {
                self.notes.iter().find(|n| n.id.as_str() == id).map(|n| cited(n.doc_type.label(), &n.date, vec![]))
            }
            _ => None,
        }
    }

    pub fn item_count(&self) -> usize {
        self.conditions.len()
            + self.observations.len()
            + self.medications.len()
            + self.allergies.len()
            + self.immunizations.len()
            + self.procedures.len()
            + self.encounters.len()
            + self.reports.len()
            + self.notes.len()
    }
}

/// A cited item as a reviewer sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cited {
    pub label: String,
    pub date: Option<String>,
    pub concepts: Vec<Concept>,
}

/// Collects resources for one patient from any source, then builds the record.
///
/// Resources about other patients are ignored; Medication resources are kept aside to
/// resolve `MedicationRequest.medicationReference`.
pub struct RecordBuilder {
    patient_id: PatientId,
    patient: Option<Value>,
    resources: Vec<Value>,
    /// Resources about the patient the record does not read (ServiceRequest,
    /// DeviceRequest, Coverage, ...): kept for the measure engine.
    others: Vec<Value>,
    medications: HashMap<String, Concept>,
    issues: Vec<SourceIssue>,
    /// Resource types of which something could not be read at all (a failed search, a
    /// line or entry that is not JSON); `(unknown)` when the type cannot be told.
    lost: Vec<String>,
}

/// One patient as a source read them: the lenient record, and the raw resources the
/// measure engine evaluates.
#[derive(Debug, Clone, Default)]
pub struct PatientData {
    pub record: PatientRecord,
    /// The Patient and every resource that refers to the patient, as the source sent
    /// them, each `Type/id` once.
    pub resources: Vec<Value>,
    /// Resource types of which the source lost something (see [`PatientData::lost`]).
    pub lost: Vec<String>,
}

impl PatientData {
    /// Whether the source may have lost resources of this type: a failed search of it, or
    /// an unreadable line or entry of a type that cannot be told.
    pub fn lost(&self, resource_type: &str) -> bool {
        self.lost.iter().any(|t| t == resource_type || t == "(unknown)")
    }
}

/// Resource types the pipeline reads about a patient.
pub const CLINICAL_TYPES: &[&str] = &[
    "Condition",
    "Observation",
    "MedicationRequest",
    "AllergyIntolerance",
    "Immunization",
    "Procedure",
    "Encounter",
    "DiagnosticReport",
    "DocumentReference",
];

impl RecordBuilder {
    pub fn new(patient_id: PatientId) -> Self {
        Self {
            patient_id,
            patient: None,
            resources: Vec::new(),
            others: Vec::new(),
            medications: HashMap::new(),
            issues: Vec::new(),
            lost: Vec::new(),
        }
    }

    pub fn patient_id(&self) -> &PatientId {
        &self.patient_id
    }

    pub fn has_patient(&self) -> bool {
        self.patient.is_some()
    }

    /// Records a resource that could not even be read as JSON.
    pub fn unreadable(&mut self, resource_type: &str, reason: impl Into<String>) {
        if !self.lost.iter().any(|t| t == resource_type) {
            self.lost.push(resource_type.to_owned());
        }
        self.issues.push(SourceIssue { resource_type: resource_type.into(), id: None, reason: reason.into() });
    }

    /// Offers one resource; it is kept if it belongs to this patient.
    pub fn add(&mut self, resource: Value) {
        let Some(ty) = resource.get("resourceType").and_then(Value::as_str).map(str::to_owned) else {
            self.unreadable("(unknown)", "resource without resourceType");
            return;
        };
        let id = resource.get("id").and_then(Value::as_str).map(str::to_owned);
        match ty.as_str() {
            "Patient" if id.as_deref() == Some(self.patient_id.as_str()) => self.patient = Some(resource),
            "Patient" => {}
            "Medication" => {
                if let Some(id) = id
                    && let Ok(m) = serde_json::from_value::<wire::Medication>(resource)
                {
                    self.medications.insert(id, m.code.map(Into::into).unwrap_or_default());
                }
            }
            "Practitioner" => self.resources.push(resource),
            t if (t == "RelatedPerson" || CLINICAL_TYPES.contains(&t)) && refers_to(&resource, &self.patient_id) => {
                self.resources.push(resource);
            }
            _ if refers_to(&resource, &self.patient_id) => self.others.push(resource),
            _ => {}
        }
    }

    pub fn build(self) -> Result<PatientRecord, super::SourceError> {
        self.build_data().map(|d| d.record)
    }

    /// The record, and the raw resources about the patient (Practitioners, which refer to
    /// no patient, are left out).
    pub fn build_data(self) -> Result<PatientData, super::SourceError> {
        let raw_patient = self.patient.ok_or(super::SourceError::PatientNotFound)?;
        let patient = parse_patient(&raw_patient, &self.patient_id)?;
        let mut record = PatientRecord { patient, issues: self.issues, ..Default::default() };
        let mut seen = std::collections::HashSet::new();
        let mut raw = vec![raw_patient];
        for resource in self.resources {
            let ty = resource.get("resourceType").and_then(Value::as_str).unwrap_or_default().to_owned();
            let raw_id = resource.get("id").and_then(Value::as_str).map(str::to_owned);
            let Some(id) = raw_id.as_deref().and_then(|i| ResourceId::parse(i).ok()) else {
                record.issues.push(SourceIssue { resource_type: ty, id: None, reason: "missing or invalid id".into() });
                // The measures read it as it is, and say themselves what they cannot use.
                raw.push(resource);
                continue;
            };
            if !seen.insert((ty.clone(), id.clone())) {
                continue;
            }
            if let Err(reason) = add_item(&mut record, &ty, id, &resource, &self.medications) {
                record.issues.push(SourceIssue { resource_type: ty.clone(), id: raw_id, reason });
            }
            if ty != "Practitioner" {
                raw.push(resource);
            }
        }
        for resource in self.others {
            let ty = resource.get("resourceType").and_then(Value::as_str).unwrap_or_default().to_owned();
            let id = resource.get("id").and_then(Value::as_str).and_then(|i| ResourceId::parse(i).ok());
            // Without a usable id the measures cannot cite it; they report it themselves.
            if id.as_ref().is_none_or(|id| seen.insert((ty, id.clone()))) {
                raw.push(resource);
            }
        }
        record.observations.sort_by(|a, b| a.effective.cmp(&b.effective));
        record.notes.sort_by(|a, b| a.date.cmp(&b.date));
        record.encounters.sort_by(|a, b| a.start.cmp(&b.start));
        Ok(PatientData { record, resources: raw, lost: self.lost })
    }
}

/// Whether a resource's subject/patient reference names this patient.
fn refers_to(resource: &Value, patient: &PatientId) -> bool {
    let wanted = patient.reference();
    ["subject", "patient", "beneficiary"].iter().any(|field| {
        resource
            .get(*field)
            .and_then(|r| r.get("reference"))
            .and_then(Value::as_str)
            .is_some_and(|r| r == wanted || r.ends_with(&format!("/{wanted}")) || r == patient.as_str())
    })
}

fn parse_patient(raw: &Value, id: &PatientId) -> Result<Demographics, super::SourceError> {
    let p = <wire::Patient as serde::Deserialize>::deserialize(raw)
        .map_err(|e| super::SourceError::BadPatient(short_reason(&e)))?;
    Ok(Demographics {
        id: id.clone(),
        names: p.name.into_iter().map(Into::into).collect(),
        birth_date: p.birth_date.as_deref().and_then(|d| FhirDateTime::parse(d).ok()),
        aged_over_89: false,
        gender: p.gender,
        deceased: p.deceased_boolean.unwrap_or(false) || p.deceased_date_time.is_some(),
        identifiers: p.identifier.into_iter().filter_map(wire::Identifier::into_identifier).collect(),
        telecom: p.telecom.into_iter().filter_map(wire::ContactPoint::into_contact).collect(),
        addresses: p.address.into_iter().map(Into::into).collect(),
    })
}

/// serde's message without the offending value, which may be chart content:
/// `invalid type: string "…", expected a sequence`.
fn short_reason(e: &serde_json::Error) -> String {
    static QUOTED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#""(?:[^"\\]|\\.)*"|(invalid value: |unknown variant )`[^`]*`"#).expect("valid regex")
    });
    let s = e.to_string();
    let s = s.split(" at line").next().unwrap_or(&s);
    QUOTED
        .replace_all(s, |c: &regex::Captures<'_>| match c.get(1) {
            Some(prefix) => format!("{}`…`", prefix.as_str()),
            None => "\"…\"".to_owned(),
        })
        .into_owned()
}

fn date(raw: &Option<String>) -> Option<FhirDateTime> {
    raw.as_deref().and_then(|d| FhirDateTime::parse(d).ok())
}

fn add_item(
    record: &mut PatientRecord,
    ty: &str,
    id: ResourceId,
    resource: &Value,
    medications: &HashMap<String, Concept>,
) -> Result<(), String> {
    fn read<T: serde::de::DeserializeOwned>(v: &Value) -> Result<T, String> {
        T::deserialize(v).map_err(|e| short_reason(&e))
    }
    match ty {
        "Condition" => {
            let c: wire::Condition = read(resource)?;
            record.conditions.push(Condition {
                id,
                code: c.code.map(Into::into).unwrap_or_default(),
                clinical_status: c.clinical_status.and_then(|s| wire::first_code(&s)),
                verification_status: c.verification_status.and_then(|s| wire::first_code(&s)),
                categories: c.category.iter().filter_map(wire::first_code).collect(),
                onset: date(&c.onset_date_time).or_else(|| c.onset_period.and_then(|p| date(&p.start))),
                abatement: date(&c.abatement_date_time).or_else(|| c.abatement_period.and_then(|p| date(&p.start))),
                recorded: date(&c.recorded_date),
                notes: c.note.into_iter().filter_map(|n| n.text).collect(),
            });
        }
        "Observation" => {
            let o: wire::Observation = read(resource)?;
            record.observations.push(Observation {
                id,
                status: o.status,
                categories: o.category.iter().filter_map(wire::first_code).collect(),
                code: o.code.map(Into::into).unwrap_or_default(),
                effective: date(&o.effective_date_time)
                    .or_else(|| date(&o.effective_instant))
                    .or_else(|| o.effective_period.and_then(|p| date(&p.start))),
                value: o.value.into_value(),
                components: o
                    .component
                    .into_iter()
                    .map(|c| Component {
                        code: c.code.map(Into::into).unwrap_or_default(),
                        value: c.value.into_value(),
                    })
                    .collect(),
            });
        }
        "MedicationRequest" => {
            let m: wire::MedicationRequest = read(resource)?;
            let medication = match (m.medication_codeable_concept, m.medication_reference) {
                (Some(cc), _) => cc.into(),
                (None, Some(r)) => r
                    .reference
                    .as_deref()
                    .and_then(|r| r.rsplit('/').next())
                    .and_then(|id| medications.get(id).cloned())
                    .or_else(|| r.display.map(|d| Concept { codings: vec![], text: Some(d) }))
                    .ok_or("medicationReference to a Medication that was not found")?,
                (None, None) => return Err("no medication".into()),
            };
            record.medications.push(MedicationRequest {
                id,
                status: m.status,
                intent: m.intent,
                medication,
                authored_on: date(&m.authored_on),
                dosage: m.dosage_instruction.into_iter().filter_map(|d| d.text).collect(),
            });
        }
        "AllergyIntolerance" => {
            let a: wire::Allergy = read(resource)?;
            record.allergies.push(Allergy {
                id,
                code: a.code.map(Into::into).unwrap_or_default(),
                clinical_status: a.clinical_status.and_then(|s| wire::first_code(&s)),
                verification_status: a.verification_status.and_then(|s| wire::first_code(&s)),
                criticality: a.criticality,
                reactions: a.reaction.into_iter().flat_map(|r| r.manifestation).map(Into::into).collect(),
                recorded: date(&a.recorded_date),
            });
        }
        "Immunization" => {
            let i: wire::Immunization = read(resource)?;
            record.immunizations.push(Immunization {
                id,
                status: i.status,
                vaccine: i.vaccine_code.map(Into::into).unwrap_or_default(),
                occurrence: date(&i.occurrence_date_time),
            });
        }
        "Procedure" => {
            let p: wire::Procedure = read(resource)?;
            record.procedures.push(Procedure {
                id,
                status: p.status,
                code: p.code.map(Into::into).unwrap_or_default(),
                performed: date(&p.performed_date_time).or_else(|| p.performed_period.and_then(|p| date(&p.start))),
            });
        }
        "Encounter" => {
            let e: wire::Encounter = read(resource)?;
            let (start, end) = e.period.map(|p| (date(&p.start), date(&p.end))).unwrap_or_default();
            record.encounters.push(Encounter {
                id,
                status: e.status,
                class: e.class.and_then(|c| c.code),
                types: e.r#type.into_iter().map(Into::into).collect(),
                start,
                end,
                reasons: e.reason_code.into_iter().map(Into::into).collect(),
            });
        }
        "DiagnosticReport" => {
            let d: wire::DiagnosticReport = read(resource)?;
            record.reports.push(DiagnosticReport {
                id,
                status: d.status,
                code: d.code.map(Into::into).unwrap_or_default(),
                categories: d.category.iter().filter_map(wire::first_code).collect(),
                effective: date(&d.effective_date_time).or_else(|| d.effective_period.and_then(|p| date(&p.start))),
                conclusion: d.conclusion,
                results: d.result.into_iter().filter_map(|r| r.reference).collect(),
            });
        }
        "DocumentReference" => {
            let d: wire::DocumentReference = read(resource)?;
            let attachment = d
                .content
                .into_iter()
                .filter_map(|c| c.attachment)
                .find(|a| a.content_type.as_deref().is_none_or(|t| t.starts_with("text/")));
            let (content_type, text, url) = match attachment {
                Some(a) => {
                    let text = match a.data.as_deref() {
                        Some(data) => Some(decode_text(data)?),
                        None => None,
                    };
                    let url = if text.is_none() { a.url } else { None };
                    (a.content_type, text, url)
                }
                None => (None, None, None),
            };
            record.notes.push(Note {
                id,
                status: d.status,
                doc_type: d.r#type.map(Into::into).unwrap_or_default(),
                date: date(&d.date).or_else(|| d.context.and_then(|c| c.period).and_then(|p| date(&p.start))),
                content_type,
                text,
                url,
            });
        }
        "RelatedPerson" | "Practitioner" => {
            let p: wire::PersonLike = read(resource)?;
            record.people.push(Person {
                resource_type: ty.to_owned(),
                id,
                names: p.name.into_iter().map(Into::into).collect(),
                identifiers: p.identifier.into_iter().filter_map(wire::Identifier::into_identifier).collect(),
                telecom: p.telecom.into_iter().filter_map(wire::ContactPoint::into_contact).collect(),
                relationship: p.relationship.into_iter().next().map(Into::into),
            });
        }
        _ => {}
    }
    Ok(())
}

/// Base64 text attachments; invalid UTF-8 is replaced rather than failing the note.
pub(crate) fn decode_text(data: &str) -> Result<String, String> {
    let cleaned: String = data.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(cleaned.as_bytes())
        .map_err(|_| "attachment data is not base64".to_owned())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Serde shapes of the elements we read. Every field is optional and unknown fields are
/// ignored, so a resource fails only when an element we use has the wrong JSON type.
mod wire {
    use serde::Deserialize;
    use serde_json::Value;

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Coding {
        pub system: Option<String>,
        pub code: Option<String>,
        pub display: Option<String>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct CodeableConcept {
        pub coding: Vec<Coding>,
        pub text: Option<String>,
    }

    impl From<CodeableConcept> for super::Concept {
        fn from(c: CodeableConcept) -> Self {
            super::Concept {
                codings: c
                    .coding
                    .into_iter()
                    .map(|c| super::Coding { system: c.system, code: c.code, display: c.display })
                    .collect(),
                text: c.text,
            }
        }
    }

    pub fn first_code(c: &CodeableConcept) -> Option<String> {
        c.coding.iter().find_map(|c| c.code.clone())
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Period {
        pub start: Option<String>,
        pub end: Option<String>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Reference {
        pub reference: Option<String>,
        pub display: Option<String>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct HumanName {
        pub text: Option<String>,
        pub family: Option<String>,
        pub given: Vec<String>,
        pub prefix: Vec<String>,
        pub suffix: Vec<String>,
    }

    impl From<HumanName> for super::HumanName {
        fn from(n: HumanName) -> Self {
            super::HumanName { family: n.family, given: n.given, text: n.text, prefix: n.prefix, suffix: n.suffix }
        }
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Identifier {
        pub system: Option<String>,
        pub value: Option<String>,
        pub r#type: Option<CodeableConcept>,
    }

    impl Identifier {
        pub fn into_identifier(self) -> Option<super::Identifier> {
            Some(super::Identifier {
                system: self.system,
                value: self.value?,
                type_code: self.r#type.as_ref().and_then(first_code),
            })
        }
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct ContactPoint {
        pub system: Option<String>,
        pub value: Option<String>,
    }

    impl ContactPoint {
        pub fn into_contact(self) -> Option<super::ContactPoint> {
            Some(super::ContactPoint { system: self.system, value: self.value? })
        }
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Address {
        pub line: Vec<String>,
        pub city: Option<String>,
        pub district: Option<String>,
        pub state: Option<String>,
        pub postal_code: Option<String>,
        pub country: Option<String>,
    }

    impl From<Address> for super::Address {
        fn from(a: Address) -> Self {
            super::Address {
                lines: a.line,
                city: a.city,
                district: a.district,
                state: a.state,
                postal_code: a.postal_code,
                country: a.country,
            }
        }
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Patient {
        pub name: Vec<HumanName>,
        pub birth_date: Option<String>,
        pub gender: Option<String>,
        pub deceased_boolean: Option<bool>,
        pub deceased_date_time: Option<String>,
        pub identifier: Vec<Identifier>,
        pub telecom: Vec<ContactPoint>,
        pub address: Vec<Address>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct PersonLike {
        pub name: Vec<HumanName>,
        pub identifier: Vec<Identifier>,
        pub telecom: Vec<ContactPoint>,
        pub relationship: Vec<CodeableConcept>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Annotation {
        pub text: Option<String>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Condition {
        pub code: Option<CodeableConcept>,
        pub clinical_status: Option<CodeableConcept>,
        pub verification_status: Option<CodeableConcept>,
        pub category: Vec<CodeableConcept>,
        pub onset_date_time: Option<String>,
        pub onset_period: Option<Period>,
        pub abatement_date_time: Option<String>,
        pub abatement_period: Option<Period>,
        pub recorded_date: Option<String>,
        pub note: Vec<Annotation>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Quantity {
        pub value: Option<f64>,
        pub unit: Option<String>,
        pub code: Option<String>,
    }

    /// The `value[x]` choice, in whichever form the source used.
    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct ValueX {
        pub value_quantity: Option<Quantity>,
        pub value_codeable_concept: Option<CodeableConcept>,
        pub value_string: Option<String>,
        pub value_boolean: Option<bool>,
        pub value_integer: Option<i64>,
    }

    impl ValueX {
        pub fn into_value(self) -> Option<super::ObservedValue> {
            use super::ObservedValue as V;
            if let Some(q) = self.value_quantity {
                return q.value.map(|value| V::Quantity { value, unit: q.unit.or(q.code) });
            }
            if let Some(c) = self.value_codeable_concept {
                return Some(V::Concept(c.into()));
            }
            if let Some(s) = self.value_string {
                return Some(V::Text(s));
            }
            if let Some(b) = self.value_boolean {
                return Some(V::Boolean(b));
            }
            self.value_integer.map(V::Integer)
        }
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct ObservationComponent {
        pub code: Option<CodeableConcept>,
        #[serde(flatten)]
        pub value: ValueX,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Observation {
        pub status: Option<String>,
        pub category: Vec<CodeableConcept>,
        pub code: Option<CodeableConcept>,
        pub effective_date_time: Option<String>,
        pub effective_instant: Option<String>,
        pub effective_period: Option<Period>,
        #[serde(flatten)]
        pub value: ValueX,
        pub component: Vec<ObservationComponent>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Medication {
        pub code: Option<CodeableConcept>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Dosage {
        pub text: Option<String>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct MedicationRequest {
        pub status: Option<String>,
        pub intent: Option<String>,
        pub medication_codeable_concept: Option<CodeableConcept>,
        pub medication_reference: Option<Reference>,
        pub authored_on: Option<String>,
        pub dosage_instruction: Vec<Dosage>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Reaction {
        pub manifestation: Vec<CodeableConcept>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Allergy {
        pub code: Option<CodeableConcept>,
        pub clinical_status: Option<CodeableConcept>,
        pub verification_status: Option<CodeableConcept>,
        pub criticality: Option<String>,
        pub reaction: Vec<Reaction>,
        pub recorded_date: Option<String>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Immunization {
        pub status: Option<String>,
        pub vaccine_code: Option<CodeableConcept>,
        pub occurrence_date_time: Option<String>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Procedure {
        pub status: Option<String>,
        pub code: Option<CodeableConcept>,
        pub performed_date_time: Option<String>,
        pub performed_period: Option<Period>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct EncounterClass {
        pub code: Option<String>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Encounter {
        pub status: Option<String>,
        // R4 has a Coding here; R5 a list of CodeableConcepts. Read R4's and skip others.
        #[serde(deserialize_with = "lenient")]
        pub class: Option<EncounterClass>,
        pub r#type: Vec<CodeableConcept>,
        pub period: Option<Period>,
        pub reason_code: Vec<CodeableConcept>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct DiagnosticReport {
        pub status: Option<String>,
        pub code: Option<CodeableConcept>,
        pub category: Vec<CodeableConcept>,
        pub effective_date_time: Option<String>,
        pub effective_period: Option<Period>,
        pub conclusion: Option<String>,
        pub result: Vec<Reference>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct Attachment {
        pub content_type: Option<String>,
        pub data: Option<String>,
        pub url: Option<String>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct DocumentContent {
        pub attachment: Option<Attachment>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct DocumentContext {
        pub period: Option<Period>,
    }

    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    pub struct DocumentReference {
        pub status: Option<String>,
        pub r#type: Option<CodeableConcept>,
        pub date: Option<String>,
        pub content: Vec<DocumentContent>,
        pub context: Option<DocumentContext>,
    }

    /// Reads an element we can do without; a different shape yields `None`.
    fn lenient<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
    where
        D: serde::Deserializer<'de>,
        T: serde::de::DeserializeOwned,
    {
        let v = Value::deserialize(d)?;
        Ok(serde_json::from_value(v).ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pid() -> PatientId {
        PatientId::parse("p1").unwrap()
    }

    fn builder_with_patient() -> RecordBuilder {
        let mut b = RecordBuilder::new(pid());
        b.add(json!({"resourceType": "Patient", "id": "p1", "name": [{"family": "Doe", "given": ["Jo"]}], "birthDate": "1960-05-01"}));
        b
    }

    #[test]
    fn unknown_codes_extensions_and_elements_never_fail_a_patient() {
        let mut b = builder_with_patient();
        b.add(json!({
            "resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"},
            "extension": [{"url": "http://example.org/unknown", "valueString": "x"}],
            "someFutureElement": {"deep": [1, 2, 3]},
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
            "code": {"coding": [{"system": "http://local.example/codes", "code": "LOCAL-42"}], "text": "Local thing"},
            "onsetDateTime": "2019-06"
        }));
        let r = b.build().unwrap();
        assert_eq!(r.conditions.len(), 1);
        assert!(r.issues.is_empty());
        assert_eq!(r.conditions[0].code.label(), "Local thing");
        assert_eq!(r.conditions[0].onset, Some(FhirDateTime::YearMonth(2019, 6)));
    }

    #[test]
    fn one_malformed_resource_is_skipped_and_reported_without_content() {
        let mut b = builder_with_patient();
        b.add(json!({"resourceType": "Observation", "id": "o1", "subject": {"reference": "Patient/p1"},
            "code": {"coding": "SECRET-VALUE-NOT-A-LIST"}}));
        b.add(json!({"resourceType": "Observation", "id": "o2", "subject": {"reference": "Patient/p1"},
            "code": {"text": "Glucose"}, "valueQuantity": {"value": 5.4, "unit": "mmol/L"}}));
        let r = b.build().unwrap();
        assert_eq!(r.observations.len(), 1);
        assert_eq!(r.issues.len(), 1);
        assert_eq!(r.issues[0].id.as_deref(), Some("o1"));
        assert!(!r.issues[0].reason.contains("SECRET"), "{}", r.issues[0].reason);
    }

    #[test]
    fn resources_of_other_patients_are_ignored() {
        let mut b = builder_with_patient();
        b.add(json!({"resourceType": "Condition", "id": "c9", "subject": {"reference": "Patient/other"}, "code": {"text": "x"}}));
        assert!(b.build().unwrap().conditions.is_empty());
    }

    #[test]
    fn medication_references_resolve_to_included_medications() {
        let mut b = builder_with_patient();
        b.add(json!({"resourceType": "Medication", "id": "m1", "code": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "861007", "display": "metformin 500 MG Oral Tablet"}]}}));
        b.add(json!({"resourceType": "MedicationRequest", "id": "mr1", "subject": {"reference": "Patient/p1"}, "status": "active", "medicationReference": {"reference": "Medication/m1"}}));
        let r = b.build().unwrap();
        assert_eq!(r.medications[0].medication.label(), "metformin 500 MG Oral Tablet");
    }

    #[test]
    fn notes_are_decoded_and_bad_base64_is_an_issue() {
        let mut b = builder_with_patient();
        b.add(json!({"resourceType": "DocumentReference", "id": "d1", "subject": {"reference": "Patient/p1"},
            "content": [{"attachment": {"contentType": "text/plain", "data": "aGVsbG8gd29ybGQ="}}]}));
        b.add(json!({"resourceType": "DocumentReference", "id": "d2", "subject": {"reference": "Patient/p1"},
            "content": [{"attachment": {"contentType": "text/plain", "data": "***"}}]}));
        let r = b.build().unwrap();
        assert_eq!(r.notes[0].text.as_deref(), Some("hello world"));
        assert_eq!(r.issues.len(), 1);
        assert!(r.contains("DocumentReference/d1"));
        assert!(!r.contains("DocumentReference/d2"));
    }

    #[test]
    fn a_missing_patient_is_not_found() {
        let b = RecordBuilder::new(pid());
        assert!(matches!(b.build(), Err(crate::fhir::SourceError::PatientNotFound)));
    }

    #[test]
    fn condition_activity_follows_status_and_verification() {
        let mut b = builder_with_patient();
        b.add(json!({"resourceType": "Condition", "id": "a", "subject": {"reference": "Patient/p1"}, "code": {"text": "x"}}));
        b.add(json!({"resourceType": "Condition", "id": "b", "subject": {"reference": "Patient/p1"}, "code": {"text": "x"}, "abatementDateTime": "2020-01-01"}));
        b.add(json!({"resourceType": "Condition", "id": "c", "subject": {"reference": "Patient/p1"}, "code": {"text": "x"},
            "clinicalStatus": {"coding": [{"code": "active"}]}, "verificationStatus": {"coding": [{"code": "refuted"}]}}));
        let r = b.build().unwrap();
        let active: Vec<_> = r.conditions.iter().filter(|c| c.is_active()).map(|c| c.id.as_str()).collect();
        assert_eq!(active, vec!["a"]);
    }
}
