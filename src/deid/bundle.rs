//! `carebrief deid --bundle FILE`: a FHIR Bundle in, the same patients de-identified out,
//! as a FHIR R4 Bundle (type `collection`) of what a prompt would be built from.
//!
//! The output holds exactly the elements the pipeline reads, after the policy: nothing the
//! reader skips (extensions, narrative, contained resources, unknown elements) and no
//! Practitioner or RelatedPerson is written. Ids are the run's pseudonyms and references
//! point at them; a birth date withheld for an age over 89 carries the
//! `data-absent-reason` extension `masked`.

use base64::Engine as _;
use serde_json::{Map, Value, json};

use super::DeidRecord;
use crate::fhir::FhirDateTime;
use crate::fhir::record::{Concept, ObservedValue};

const CONDITION_CLINICAL: &str = "http://terminology.hl7.org/CodeSystem/condition-clinical";
const CONDITION_VERIFICATION: &str = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
const CONDITION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/condition-category";
const OBSERVATION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
const ALLERGY_CLINICAL: &str = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
const ALLERGY_VERIFICATION: &str = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
const IDENTIFIER_TYPE: &str = "http://terminology.hl7.org/CodeSystem/v2-0203";
const DATA_ABSENT_REASON: &str = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

/// The de-identified records as one Bundle.
pub fn to_bundle(records: &[DeidRecord]) -> Value {
    let entries: Vec<Value> = records.iter().flat_map(resources).map(|r| json!({"resource": r})).collect();
    json!({"resourceType": "Bundle", "type": "collection", "entry": entries})
}

/// A JSON object without its empty members (no `null`, `[]` or `{}` is written).
struct Obj(Map<String, Value>);

impl Obj {
    fn new(resource_type: &str, id: &str) -> Self {
        let mut m = Map::new();
        m.insert("resourceType".into(), resource_type.into());
        m.insert("id".into(), id.into());
        Self(m)
    }
    fn put(mut self, key: &str, v: impl Into<Value>) -> Self {
        let v = v.into();
        let empty = match &v {
            Value::Null => true,
            Value::Array(a) => a.is_empty(),
            Value::Object(o) => o.is_empty(),
            Value::String(s) => s.is_empty(),
            _ => false,
        };
        if !empty {
            self.0.insert(key.into(), v);
        }
        self
    }
    fn done(self) -> Value {
        Value::Object(self.0)
    }
}

fn date(d: &Option<FhirDateTime>) -> Value {
    d.as_ref().map_or(Value::Null, |d| Value::String(d.to_string()))
}

fn concept(c: &Concept) -> Value {
    let codings: Vec<Value> = c
        .codings
        .iter()
        .map(|k| {
            Obj(Map::new())
                .put("system", k.system.clone())
                .put("code", k.code.clone())
                .put("display", k.display.clone())
                .done()
        })
        .collect();
    Obj(Map::new()).put("coding", codings).put("text", c.text.clone()).done()
}

fn concepts(cs: &[Concept]) -> Value {
    Value::Array(cs.iter().map(concept).filter(|c| c.as_object().is_some_and(|o| !o.is_empty())).collect())
}

fn code_in(system: &str, code: &Option<String>) -> Value {
    code.as_ref().map_or(Value::Null, |c| json!({"coding": [{"system": system, "code": c}]}))
}

fn categories(system: &str, codes: &[String]) -> Value {
    Value::Array(codes.iter().map(|c| json!({"coding": [{"system": system, "code": c}]})).collect())
}

fn value_into(o: Obj, v: &Option<ObservedValue>) -> Obj {
    match v {
        None => o,
        Some(ObservedValue::Quantity { value, unit }) => {
            o.put("valueQuantity", Obj(Map::new()).put("value", *value).put("unit", unit.clone()).done())
        }
        Some(ObservedValue::Concept(c)) => o.put("valueCodeableConcept", concept(c)),
        Some(ObservedValue::Text(t)) => o.put("valueString", t.clone()),
        Some(ObservedValue::Boolean(b)) => o.put("valueBoolean", *b),
        Some(ObservedValue::Integer(i)) => o.put("valueInteger", *i),
    }
}

/// Every resource of one de-identified record, the Patient first.
fn resources(r: &DeidRecord) -> Vec<Value> {
    let p = &r.patient;
    let subject = json!({"reference": format!("Patient/{}", p.id)});
    let mut out = Vec::new();
    let mut patient = Obj::new("Patient", p.id.as_str())
        .put("name", p.names.iter().map(|n| json!({"text": n.full()})).collect::<Vec<_>>())
        .put(
            "identifier",
            p.identifiers
                .iter()
                .map(|i| {
                    Obj(Map::new())
                        .put("type", code_in(IDENTIFIER_TYPE, &i.type_code))
                        .put("value", i.value.clone())
                        .done()
                })
                .collect::<Vec<_>>(),
        )
        .put(
            "telecom",
            p.telecom
                .iter()
                .map(|t| Obj(Map::new()).put("system", t.system.clone()).put("value", t.value.clone()).done())
                .collect::<Vec<_>>(),
        )
        .put("gender", p.gender.clone())
        .put("birthDate", date(&p.birth_date))
        .put(
            "address",
            p.addresses
                .iter()
                .map(|a| {
                    Obj(Map::new())
                        .put("line", a.lines.clone())
                        .put("city", a.city.clone())
                        .put("district", a.district.clone())
                        .put("state", a.state.clone())
                        .put("postalCode", a.postal_code.clone())
                        .put("country", a.country.clone())
                        .done()
                })
                .collect::<Vec<_>>(),
        );
    if p.aged_over_89 {
        patient = patient.put("_birthDate", json!({"extension": [{"url": DATA_ABSENT_REASON, "valueCode": "masked"}]}));
    }
    if p.deceased {
        patient = patient.put("deceasedBoolean", true);
    }
    out.push(patient.done());

    for c in &r.conditions {
        out.push(
            Obj::new("Condition", c.id.as_str())
                .put("clinicalStatus", code_in(CONDITION_CLINICAL, &c.clinical_status))
                .put("verificationStatus", code_in(CONDITION_VERIFICATION, &c.verification_status))
                .put("category", categories(CONDITION_CATEGORY, &c.categories))
                .put("code", concept(&c.code))
                .put("subject", subject.clone())
                .put("onsetDateTime", date(&c.onset))
                .put("abatementDateTime", date(&c.abatement))
                .put("recordedDate", date(&c.recorded))
                .put("note", c.notes.iter().map(|n| json!({"text": n})).collect::<Vec<_>>())
                .done(),
        );
    }
    for o in &r.observations {
        let components: Vec<Value> = o
            .components
            .iter()
            .map(|c| value_into(Obj(Map::new()).put("code", concept(&c.code)), &c.value).done())
            .collect();
        let obs = Obj::new("Observation", o.id.as_str())
            .put("status", o.status.clone())
            .put("category", categories(OBSERVATION_CATEGORY, &o.categories))
            .put("code", concept(&o.code))
            .put("subject", subject.clone())
            .put("effectiveDateTime", date(&o.effective));
        out.push(value_into(obs, &o.value).put("component", components).done());
    }
    for m in &r.medications {
        out.push(
            Obj::new("MedicationRequest", m.id.as_str())
                .put("status", m.status.clone())
                .put("intent", m.intent.clone())
                .put("medicationCodeableConcept", concept(&m.medication))
                .put("subject", subject.clone())
                .put("authoredOn", date(&m.authored_on))
                .put("dosageInstruction", m.dosage.iter().map(|d| json!({"text": d})).collect::<Vec<_>>())
                .done(),
        );
    }
    for a in &r.allergies {
        out.push(
            Obj::new("AllergyIntolerance", a.id.as_str())
                .put("clinicalStatus", code_in(ALLERGY_CLINICAL, &a.clinical_status))
                .put("verificationStatus", code_in(ALLERGY_VERIFICATION, &a.verification_status))
                .put("criticality", a.criticality.clone())
                .put("code", concept(&a.code))
                .put("patient", subject.clone())
                .put("recordedDate", date(&a.recorded))
                .put(
                    "reaction",
                    if a.reactions.is_empty() {
                        Value::Null
                    } else {
                        json!([{"manifestation": concepts(&a.reactions)}])
                    },
                )
                .done(),
        );
    }
    for i in &r.immunizations {
        out.push(
            Obj::new("Immunization", i.id.as_str())
                .put("status", i.status.clone())
                .put("vaccineCode", concept(&i.vaccine))
                .put("patient", subject.clone())
                .put("occurrenceDateTime", date(&i.occurrence))
                .done(),
        );
    }
    for p in &r.procedures {
        out.push(
            Obj::new("Procedure", p.id.as_str())
                .put("status", p.status.clone())
                .put("code", concept(&p.code))
                .put("subject", subject.clone())
                .put("performedDateTime", date(&p.performed))
                .done(),
        );
    }
    for e in &r.encounters {
        out.push(
            Obj::new("Encounter", e.id.as_str())
                .put("status", e.status.clone())
                .put("class", e.class.as_ref().map_or(Value::Null, |c| json!({"system": ACT_CODE, "code": c})))
                .put("type", concepts(&e.types))
                .put("subject", subject.clone())
                .put("period", Obj(Map::new()).put("start", date(&e.start)).put("end", date(&e.end)).done())
                .put("reasonCode", concepts(&e.reasons))
                .done(),
        );
    }
    for d in &r.reports {
        out.push(
            Obj::new("DiagnosticReport", d.id.as_str())
                .put("status", d.status.clone())
                .put("category", Value::Array(d.categories.iter().map(|c| json!({"coding": [{"code": c}]})).collect()))
                .put("code", concept(&d.code))
                .put("subject", subject.clone())
                .put("effectiveDateTime", date(&d.effective))
                .put("result", d.results.iter().map(|x| json!({"reference": x})).collect::<Vec<_>>())
                .put("conclusion", d.conclusion.clone())
                .done(),
        );
    }
    for n in &r.notes {
        let content: Vec<Value> = n
            .text
            .iter()
            .map(|t| {
                json!({"attachment": {"contentType": "text/plain; charset=utf-8",
                    "data": base64::engine::general_purpose::STANDARD.encode(t.as_bytes())}})
            })
            .collect();
        out.push(
            Obj::new("DocumentReference", n.id.as_str())
                .put("status", n.status.clone())
                .put("type", concept(&n.doc_type))
                .put("subject", subject.clone())
                .put("date", date(&n.date))
                .put("content", content)
                .done(),
        );
    }
    out
}
