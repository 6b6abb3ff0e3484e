//! De-identification. Nothing leaves this module with a real identifier in it.
//!
//! [`deidentify`] turns a [`PatientRecord`] into a [`DeidRecord`], the only thing a prompt
//! may be built from, and a run-scoped [`Vault`] that can map the answer back:
//! - names, identifiers, telecom and street addresses become typed placeholders
//!   (`[[NAME_1]]`, `[[ID_2]]`, `[[PHONE_1]]`); the same value gets the same placeholder;
//! - every date moves by one per-patient offset of whole weeks (keyed HMAC of the patient
//!   id), so intervals and weekdays survive;
//! - resource ids become short run-local references (`Condition/c3`), since an EHR's ids
//!   may embed identifiers; citations are mapped back through the vault;
//! - free text (notes, annotations, text values, dosage text, report conclusions) goes
//!   through the scrubber ([`scrub`]), seeded with every identifier the chart holds about
//!   the patient, relatives and clinicians; dates in it move by the same offset;
//! - practitioners and related persons are dropped; their names are kept in the vault.

pub mod bundle;
pub mod dates;
pub mod jsonl;
pub mod lexicon;
mod places;
pub mod policy;
pub mod scrub;
pub mod seal;
mod vault;
pub mod words;

use std::ops::Deref;

use hmac::{Hmac, KeyInit, Mac};
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;

use crate::fhir::FhirDateTime;
use crate::fhir::record::{
    Address, Concept, ContactPoint, HumanName, Identifier, ObservedValue, PatientRecord, SourceIssue,
};
use crate::fhir::{PatientId, ResourceId};

pub use policy::{Action, Policy, PolicyError};
pub use seal::{SealError, VaultKey};
pub use vault::{Category, Placeholder, Reidentified, Vault};

/// The de-identified record: the only input a prompt may be rendered from.
#[derive(Debug, Clone)]
pub struct DeidRecord {
    record: PatientRecord,
    /// Free-text elements passed on after the scrubber removed their identifiers.
    pub scrubbed_free_text: usize,
    /// Free-text elements the scrubber failed on: withheld whole, never passed on in part.
    /// Each names its element and the source resource's id, never the text.
    pub withheld: Vec<SourceIssue>,
}

/// What finds the identifiers in a batch of passages: the scrubber
/// ([`scrub::Scrubber::find_all`]), or in tests a double that fails on demand.
pub type FindAll = fn(&[scrub::Note<'_>]) -> Vec<scrub::Findings>;

/// One whole de-identification step, as the pipeline runs it: [`deidentify`], or in tests
/// a double.
pub type DeidStep = fn(&PatientRecord, &DateShifter, &Policy) -> (DeidRecord, Vault);

/// Why a withheld element is listed among a draft's record issues.
pub const WITHHELD: &str =
    "its free text could not be de-identified, so it was withheld from the model; read it in the chart";

impl Deref for DeidRecord {
    type Target = PatientRecord;
    fn deref(&self) -> &PatientRecord {
        &self.record
    }
}

/// Derives each patient's date offset from a secret key.
#[derive(Clone)]
pub struct DateShifter {
    key: SecretString,
    max_weeks: u32,
}

impl DateShifter {
    pub fn new(key: SecretString, max_weeks: u32) -> Self {
        Self { key, max_weeks: max_weeks.max(1) }
    }

    /// The shifter the settings ask for: `deid.date_shift_key`, or a random key when none
    /// is configured.
    pub fn from_settings(settings: &crate::config::DeidSettings) -> Self {
        match &settings.date_shift_key {
            Some(key) => Self::new(key.clone(), settings.max_shift_weeks),
            None => {
                tracing::info!("no deid.date_shift_key configured; date offsets use a per-process key");
                Self::random(settings.max_shift_weeks)
            }
        }
    }

    /// A key drawn at random, for processes that were given none.
    pub fn random(max_weeks: u32) -> Self {
        Self::new(random_secret(), max_weeks)
    }

    /// Whole weeks in `[-max, -1] ∪ [1, max]`, never zero, the same for every run of the
    /// same patient under the same key.
    pub fn offset_days(&self, patient: &PatientId) -> i64 {
        self.offset_days_for(patient.as_str())
    }

    /// The offset for any stable key (a note id in `carebrief deid`).
    pub fn offset_days_for(&self, key: &str) -> i64 {
        let digest = keyed_sha256(&self.key, &[b"carebrief/date-shift/v1\0", key.as_bytes()]);
        let n = u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"));
        let weeks = (n % u64::from(self.max_weeks)) as i64 + 1;
        let sign = if n >> 63 == 1 { -1 } else { 1 };
        sign * weeks * 7
    }
}

/// 32 random bytes as hex: the key of a process that was given none.
pub(crate) fn random_secret() -> SecretString {
    let bytes: [u8; 32] = rand::random();
    SecretString::from(crate::digest::hex(&bytes))
}

/// HMAC-SHA256 under `key` of the concatenated `parts`: date offsets and the vault key are
/// derived this way, each with its own label.
pub(crate) fn keyed_sha256(key: &SecretString, parts: &[&[u8]]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key.expose_secret().as_bytes())
        .expect("HMAC takes keys of any length");
    for part in parts {
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}

/// De-identifies one patient's record for one run, as `policy` says for each element.
pub fn deidentify(record: &PatientRecord, shifter: &DateShifter, policy: &Policy) -> (DeidRecord, Vault) {
    deidentify_with(record, shifter, policy, scrub::Scrubber::find_all)
}

/// [`deidentify`] with `find` in the scrubber's place. A passage `find` (or redacting its
/// findings) fails on is withheld and listed in [`DeidRecord::withheld`]; the rest of the
/// record goes on.
pub fn deidentify_with(
    record: &PatientRecord,
    shifter: &DateShifter,
    policy: &Policy,
    find: FindAll,
) -> (DeidRecord, Vault) {
    let shift = if policy.shifts_dates() { shifter.offset_days(&record.patient.id) } else { 0 };
    let mut vault = Vault::new(record.patient.id.clone(), shift);
    let mut scrubbed = 0usize;
    let mut withheld = Vec::new();
    let fallback_year = latest_year(record);
    let known = learn_from_passages(record, fallback_year, find);
    // Free text: scrubbed, or dropped when the policy says so (`None`), or withheld when
    // the scrubber fails on it (`None`, and listed).
    let mut clean = |vault: &mut Vault,
                     element: &str,
                     source: Option<&ResourceId>,
                     text: &str,
                     date: Option<&FhirDateTime>|
     -> Option<String> {
        if policy.action(element) != Action::Scrub {
            return None;
        }
        let reference_year = date.map_or(fallback_year, FhirDateTime::year);
        let note = scrub::Note { text, known: &known, reference_year };
        let findings = scrub::find_contained(std::slice::from_ref(&note), find).pop().flatten();
        match findings.and_then(|f| scrub::redact_contained(text, &f, vault, policy, shift)) {
            Some(redacted) => {
                scrubbed += 1;
                Some(redacted)
            }
            None => {
                let resource_type = element.split('.').next().unwrap_or(element);
                withheld.push(SourceIssue {
                    resource_type: resource_type.to_owned(),
                    id: source.map(ToString::to_string),
                    reason: WITHHELD.to_owned(),
                });
                None
            }
        }
    };
    let date = |element: &str, d: &mut Option<FhirDateTime>| {
        *d = match (policy.action(element), d.take()) {
            (_, None) => None,
            (Action::Shift, Some(v)) => Some(v.shifted(shift)),
            (Action::Generalize, Some(v)) => Some(FhirDateTime::Year(v.year())),
            (Action::Keep, Some(v)) => Some(v),
            (_, Some(_)) => None,
        };
    };
    let keep = |element: &str, v: &mut Option<String>| {
        if !policy.keeps(element) {
            *v = None;
        }
    };
    let mut out = record.clone();

    // Names of everyone around the patient go into the vault, so the same spelling gets
    // the same placeholder wherever it turns up later; the people themselves never pass.
    for person in &record.people {
        for name in &person.names {
            tokenize_name(&mut vault, name);
        }
    }
    out.people.clear();

    let p = &mut out.patient;
    let real_id = ResourceId::parse(record.patient.id.as_str()).expect("patient ids are ids");
    p.id = PatientId::parse(vault.pseudonym("Patient", &real_id).as_str()).expect("pseudonyms are ids");
    p.names = match policy.action("Patient.name") {
        Action::Tokenize => p
            .names
            .iter()
            .map(|n| HumanName { text: Some(tokenize_name(&mut vault, n)), ..Default::default() })
            .collect(),
        _ => Vec::new(),
    };
    p.identifiers = match policy.action("Patient.identifier") {
        Action::Tokenize => p
            .identifiers
            .iter()
            .map(|i| Identifier {
                system: None,
                value: vault.placeholder(Category::Id, &i.value).to_string(),
                type_code: i.type_code.clone(),
            })
            .collect(),
        _ => Vec::new(),
    };
    p.telecom = match policy.action("Patient.telecom") {
        Action::Tokenize => p
            .telecom
            .iter()
            .map(|t| ContactPoint {
                system: t.system.clone(),
                value: vault.placeholder(telecom_category(t), &t.value).to_string(),
            })
            .collect(),
        _ => Vec::new(),
    };
    p.addresses = p.addresses.iter().map(|a| deidentify_address(&mut vault, policy, a)).collect();
    p.addresses.retain(|a| *a != Address::default());
    // Safe Harbor: a birth year that tells an age over 89 is itself an identifier.
    let reference_year = chrono::Datelike::year(&chrono::Utc::now()).max(fallback_year);
    if let (Some(cap), Some(born)) = (policy.age_cap(), &p.birth_date)
        && policy.action("Patient.birthDate") != Action::Keep
        && i64::from(reference_year) - i64::from(born.year()) > i64::from(cap)
    {
        p.birth_date = None;
        p.aged_over_89 = true;
    }
    date("Patient.birthDate", &mut p.birth_date);
    keep("Patient.gender", &mut p.gender);
    if !policy.keeps("Patient.deceased[x]") {
        p.deceased = false;
    }

    for c in &mut out.conditions {
        let source = c.id.clone();
        c.id = vault.pseudonym("Condition", &c.id);
        let when = c.recorded.clone().or_else(|| c.onset.clone());
        c.notes = c
            .notes
            .iter()
            .filter_map(|n| clean(&mut vault, "Condition.note", Some(&source), n, when.as_ref()))
            .collect();
        date("Condition.onset[x]", &mut c.onset);
        date("Condition.abatement[x]", &mut c.abatement);
        date("Condition.recordedDate", &mut c.recorded);
        concept(policy, "Condition.code", &mut c.code);
        keep("Condition.clinicalStatus", &mut c.clinical_status);
        keep("Condition.verificationStatus", &mut c.verification_status);
        if !policy.keeps("Condition.category") {
            c.categories.clear();
        }
    }
    for o in &mut out.observations {
        let source = o.id.clone();
        o.id = vault.pseudonym("Observation", &o.id);
        let when = o.effective.clone();
        let mut value = |vault: &mut Vault, v: &mut Option<ObservedValue>| {
            *v = match v.take() {
                Some(ObservedValue::Text(t)) => {
                    clean(vault, "Observation.valueString", Some(&source), &t, when.as_ref()).map(ObservedValue::Text)
                }
                Some(ObservedValue::Concept(mut c)) if policy.keeps("Observation.value[x]") => {
                    concept(policy, "Observation.value[x]", &mut c);
                    Some(ObservedValue::Concept(c))
                }
                Some(other) if policy.keeps("Observation.value[x]") => Some(other),
                _ => None,
            };
        };
        value(&mut vault, &mut o.value);
        if policy.keeps("Observation.component") {
            for comp in &mut o.components {
                value(&mut vault, &mut comp.value);
                concept(policy, "Observation.component", &mut comp.code);
            }
        } else {
            o.components.clear();
        }
        date("Observation.effective[x]", &mut o.effective);
        concept(policy, "Observation.code", &mut o.code);
        keep("Observation.status", &mut o.status);
        if !policy.keeps("Observation.category") {
            o.categories.clear();
        }
    }
    for m in &mut out.medications {
        let source = m.id.clone();
        m.id = vault.pseudonym("MedicationRequest", &m.id);
        let when = m.authored_on.clone();
        m.dosage = m
            .dosage
            .iter()
            .filter_map(|d| {
                clean(&mut vault, "MedicationRequest.dosageInstruction.text", Some(&source), d, when.as_ref())
            })
            .collect();
        date("MedicationRequest.authoredOn", &mut m.authored_on);
        concept(policy, "MedicationRequest.medication[x]", &mut m.medication);
        keep("MedicationRequest.status", &mut m.status);
        keep("MedicationRequest.intent", &mut m.intent);
    }
    for a in &mut out.allergies {
        a.id = vault.pseudonym("AllergyIntolerance", &a.id);
        date("AllergyIntolerance.recordedDate", &mut a.recorded);
        concept(policy, "AllergyIntolerance.code", &mut a.code);
        keep("AllergyIntolerance.clinicalStatus", &mut a.clinical_status);
        keep("AllergyIntolerance.verificationStatus", &mut a.verification_status);
        keep("AllergyIntolerance.criticality", &mut a.criticality);
        if policy.keeps("AllergyIntolerance.reaction.manifestation") {
            for r in &mut a.reactions {
                concept(policy, "AllergyIntolerance.reaction.manifestation", r);
            }
        } else {
            a.reactions.clear();
        }
    }
    for i in &mut out.immunizations {
        i.id = vault.pseudonym("Immunization", &i.id);
        date("Immunization.occurrence[x]", &mut i.occurrence);
        concept(policy, "Immunization.vaccineCode", &mut i.vaccine);
        keep("Immunization.status", &mut i.status);
    }
    for pr in &mut out.procedures {
        pr.id = vault.pseudonym("Procedure", &pr.id);
        date("Procedure.performed[x]", &mut pr.performed);
        concept(policy, "Procedure.code", &mut pr.code);
        keep("Procedure.status", &mut pr.status);
    }
    for e in &mut out.encounters {
        e.id = vault.pseudonym("Encounter", &e.id);
        date("Encounter.period", &mut e.start);
        date("Encounter.period", &mut e.end);
        keep("Encounter.status", &mut e.status);
        keep("Encounter.class", &mut e.class);
        for (element, list) in [("Encounter.type", &mut e.types), ("Encounter.reasonCode", &mut e.reasons)] {
            if policy.keeps(element) {
                list.iter_mut().for_each(|c| concept(policy, element, c));
            } else {
                list.clear();
            }
        }
    }
    for r in &mut out.reports {
        let source = r.id.clone();
        r.id = vault.pseudonym("DiagnosticReport", &r.id);
        let when = r.effective.clone();
        r.conclusion = r
            .conclusion
            .as_deref()
            .and_then(|t| clean(&mut vault, "DiagnosticReport.conclusion", Some(&source), t, when.as_ref()));
        date("DiagnosticReport.effective[x]", &mut r.effective);
        concept(policy, "DiagnosticReport.code", &mut r.code);
        keep("DiagnosticReport.status", &mut r.status);
        if !policy.keeps("DiagnosticReport.category") {
            r.categories.clear();
        }
        r.results = match policy.action("DiagnosticReport.result") {
            Action::Tokenize => r
                .results
                .iter()
                .filter_map(|reference| {
                    let (ty, id) = reference.rsplit_once('/')?;
                    let ty = ty.rsplit('/').next()?;
                    let id = ResourceId::parse(id).ok()?;
                    Some(format!("{ty}/{}", vault.pseudonym(ty, &id)))
                })
                .collect(),
            _ => Vec::new(),
        };
    }
    for n in &mut out.notes {
        let source = n.id.clone();
        n.id = vault.pseudonym("DocumentReference", &n.id);
        let when = n.date.clone();
        n.url = None;
        n.text = n
            .text
            .as_deref()
            .and_then(|t| clean(&mut vault, "DocumentReference.content.attachment", Some(&source), t, when.as_ref()));
        date("DocumentReference.date", &mut n.date);
        concept(policy, "DocumentReference.type", &mut n.doc_type);
        keep("DocumentReference.status", &mut n.status);
    }
    // Free text inside codes ("Fall at home, found by son John"): scrubbed like notes.
    let concept_text = policy.action("CodeableConcept.text");
    if concept_text != Action::Keep {
        let mut texts = concept_texts(&mut out);
        for (t, when) in texts.iter_mut() {
            **t = t.as_deref().and_then(|text| clean(&mut vault, "CodeableConcept.text", None, text, when.as_ref()));
        }
    }
    (DeidRecord { record: out, scrubbed_free_text: scrubbed, withheld }, vault)
}

/// A concept as the policy says: dropped unless `element` is kept; codings' displays
/// dropped unless `Coding.display` is kept.
fn concept(policy: &Policy, element: &str, c: &mut Concept) {
    if !policy.keeps(element) {
        *c = Concept::default();
    } else if !policy.keeps("Coding.display") {
        c.codings.iter_mut().for_each(|coding| coding.display = None);
    }
}

/// Every concept's free text, with the date of the item it belongs to.
fn concept_texts(r: &mut PatientRecord) -> Vec<(&mut Option<String>, Option<FhirDateTime>)> {
    let mut out = Vec::new();
    for c in &mut r.conditions {
        out.push((&mut c.code.text, c.onset.clone()));
    }
    for o in &mut r.observations {
        let when = o.effective.clone();
        for comp in &mut o.components {
            out.push((&mut comp.code.text, when.clone()));
        }
        if let Some(ObservedValue::Concept(c)) = &mut o.value {
            out.push((&mut c.text, when.clone()));
        }
        out.push((&mut o.code.text, when));
    }
    for m in &mut r.medications {
        out.push((&mut m.medication.text, m.authored_on.clone()));
    }
    for a in &mut r.allergies {
        let when = a.recorded.clone();
        for re in &mut a.reactions {
            out.push((&mut re.text, when.clone()));
        }
        out.push((&mut a.code.text, when));
    }
    for i in &mut r.immunizations {
        out.push((&mut i.vaccine.text, i.occurrence.clone()));
    }
    for p in &mut r.procedures {
        out.push((&mut p.code.text, p.performed.clone()));
    }
    for e in &mut r.encounters {
        let when = e.start.clone();
        for c in e.types.iter_mut().chain(e.reasons.iter_mut()) {
            out.push((&mut c.text, when.clone()));
        }
    }
    for d in &mut r.reports {
        out.push((&mut d.code.text, d.effective.clone()));
    }
    for n in &mut r.notes {
        out.push((&mut n.doc_type.text, n.date.clone()));
    }
    out
}

/// The chart's identifiers, plus the names and places a first scrub of every passage
/// found by context: a city named once after "born in" is found everywhere else too.
/// A passage the scrubber fails on teaches nothing (and is withheld when it is scrubbed).
fn learn_from_passages(record: &PatientRecord, fallback_year: i32, find: FindAll) -> scrub::KnownIdentifiers {
    let mut known = scrub::KnownIdentifiers::from_record(record);
    let base = known.clone();
    let year = |d: Option<&crate::fhir::FhirDateTime>| d.map_or(fallback_year, crate::fhir::FhirDateTime::year);
    let mut notes: Vec<scrub::Note<'_>> = Vec::new();
    for n in &record.notes {
        if let Some(text) = &n.text {
            notes.push(scrub::Note { text, known: &base, reference_year: year(n.date.as_ref()) });
        }
    }
    for c in &record.conditions {
        let reference_year = year(c.onset.as_ref());
        notes.extend(c.notes.iter().map(|text| scrub::Note { text, known: &base, reference_year }));
    }
    for r in &record.reports {
        if let Some(text) = &r.conclusion {
            notes.push(scrub::Note { text, known: &base, reference_year: year(r.effective.as_ref()) });
        }
    }
    for (note, findings) in notes.iter().zip(scrub::find_contained(&notes, find)) {
        if let Some(findings) = findings {
            known.learn(note.text, &findings);
        }
    }
    known.dedup();
    known
}

/// The year of the chart's latest dated item: the year of dates written without one when
/// the passage itself has no date.
fn latest_year(record: &PatientRecord) -> i32 {
    let dates = record
        .notes
        .iter()
        .filter_map(|n| n.date.as_ref())
        .chain(record.encounters.iter().filter_map(|e| e.start.as_ref()))
        .chain(record.observations.iter().filter_map(|o| o.effective.as_ref()));
    dates.map(crate::fhir::FhirDateTime::year).max().unwrap_or_else(|| chrono::Datelike::year(&chrono::Utc::now()))
}

fn telecom_category(t: &ContactPoint) -> Category {
    match t.system.as_deref() {
        Some("email") => Category::Email,
        Some("fax") => Category::Fax,
        Some("url") => Category::Url,
        _ => Category::Phone,
    }
}

/// One placeholder for the whole name; its parts get their own, so a note that writes
/// only the family name is covered once the scrubber reads notes.
fn tokenize_name(vault: &mut Vault, name: &HumanName) -> String {
    for part in name.given.iter().chain(name.family.iter()) {
        vault.placeholder(Category::Name, part);
    }
    vault.placeholder(Category::Name, &name.full()).to_string()
}

/// An address as the policy says: street lines (and city, district and ZIP code when the
/// policy tokenizes them) become one placeholder; a generalized ZIP code keeps its ZIP3.
fn deidentify_address(vault: &mut Vault, policy: &Policy, a: &Address) -> Address {
    let mut street: Vec<String> = Vec::new();
    let mut out = Address::default();
    if policy.action("Patient.address.line") == Action::Tokenize {
        street.extend(a.lines.iter().cloned());
    }
    for (element, value, slot) in [
        ("Patient.address.city", &a.city, &mut out.city),
        ("Patient.address.district", &a.district, &mut out.district),
        ("Patient.address.postalCode", &a.postal_code, &mut out.postal_code),
    ] {
        let Some(value) = value else { continue };
        match policy.action(element) {
            Action::Tokenize => street.push(value.clone()),
            Action::Keep => *slot = Some(value.clone()),
            Action::Generalize => *slot = Some(policy.zip3(value)),
            _ => {}
        }
    }
    if !street.is_empty() {
        out.lines = vec![vault.placeholder(Category::Address, &street.join(", ")).to_string()];
    }
    if policy.keeps("Patient.address.state") {
        out.state = a.state.clone();
    }
    if policy.keeps("Patient.address.country") {
        out.country = a.country.clone();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::record::RecordBuilder;
    use serde_json::json;

    fn record() -> PatientRecord {
        let mut b = RecordBuilder::new(PatientId::parse("pat-4711").unwrap());
        b.add(json!({"resourceType": "Patient", "id": "pat-4711",
            "name": [{"family": "Quixote", "given": ["Alonso"]}],
            "identifier": [{"system": "http://hospital.example.org/mrn", "value": "MRN-99812"}],
            "telecom": [{"system": "phone", "value": "555-201-7788"}, {"system": "email", "value": "alonso@example.com"}],
            "address": [{"line": ["12 Windmill Rd"], "city": "Toboso", "state": "NM", "postalCode": "87501"}],
            "birthDate": "1950-02-03"}));
        b.add(json!({"resourceType": "Condition", "id": "mrn-99812-cond-1", "subject": {"reference": "Patient/pat-4711"},
            "code": {"coding": [{"system": "http://snomed.info/sct", "code": "44054006", "display": "Diabetes mellitus type 2"}]},
            "onsetDateTime": "2015-05-05", "note": [{"text": "Seen by Dr. Sancho Panza"}]}));
        b.add(json!({"resourceType": "DocumentReference", "id": "d1", "subject": {"reference": "Patient/pat-4711"},
            "content": [{"attachment": {"contentType": "text/plain", "data": "QWxvbnNvIFF1aXhvdGUgTVJOLTk5ODEy"}}]}));
        b.add(json!({"resourceType": "RelatedPerson", "id": "rp1", "patient": {"reference": "Patient/pat-4711"},
            "name": [{"family": "Panza", "given": ["Sancho"]}]}));
        b.build().unwrap()
    }

    /// A double of the scrubber that fails on any passage naming Quixote, the way a bug in a
    /// rule would: the real scrubber has no such fault to produce on demand.
    fn faulty_scrubber_double(notes: &[scrub::Note<'_>]) -> Vec<scrub::Findings> {
        assert!(!notes.iter().any(|n| n.text.contains("Quixote")), "a rule failed");
        scrub::Scrubber::find_all(notes)
    }

    #[test]
    fn a_passage_the_scrubber_fails_on_is_withheld_and_the_rest_goes_on() {
        let shifter = DateShifter::new(SecretString::from("test-key-0123456789"), 52);
        let rec = record();
        let (deid, _) = deidentify_with(&rec, &shifter, &Policy::default(), faulty_scrubber_double);
        assert_eq!(deid.notes.len(), 1, "the note itself stays listed");
        assert_eq!(deid.notes[0].text, None, "its text is withheld whole");
        assert_eq!(
            deid.withheld,
            vec![SourceIssue {
                resource_type: "DocumentReference".into(),
                id: Some("d1".into()),
                reason: WITHHELD.into()
            }]
        );
        let condition_note = deid.conditions[0].notes.join(" ");
        assert!(condition_note.starts_with("Seen by Dr. [["), "{condition_note}");
        assert_eq!(deid.scrubbed_free_text, 1);
        let text = serde_json::to_string(&*deid).unwrap();
        for planted in ["Quixote", "Alonso", "MRN-99812", "Sancho", "Panza"] {
            assert!(!text.contains(planted), "{planted} leaked: {text}");
        }
        let (whole, _) = deidentify(&rec, &shifter, &Policy::default());
        assert!(whole.withheld.is_empty());
        assert!(whole.notes[0].text.as_deref().is_some_and(|t| t.contains("[[NAME_")));
    }

    #[test]
    fn nothing_identifying_survives() {
        let shifter = DateShifter::new(SecretString::from("test-key-0123456789"), 52);
        let (deid, _) = deidentify(&record(), &shifter, &Policy::default());
        let text = serde_json::to_string(&*deid).unwrap();
        for planted in [
            "Quixote",
            "Alonso",
            "MRN-99812",
            "99812",
            "555-201-7788",
            "alonso@example.com",
            "Windmill",
            "Toboso",
            "87501",
            "Sancho",
            "Panza",
            "pat-4711",
            "1950-02-03",
            "2015-05-05",
            "hospital.example.org",
        ] {
            assert!(!text.contains(planted), "{planted} leaked: {text}");
        }
        assert!(text.contains("44054006"), "codes stay");
        assert!(text.contains("NM"), "state stays");
        assert_eq!(deid.scrubbed_free_text, 2);
        assert!(text.contains("Seen by Dr. [[PROVIDER_"), "the condition's note is scrubbed: {text}");
    }

    #[test]
    fn placeholders_and_ids_map_back() {
        let shifter = DateShifter::new(SecretString::from("test-key-0123456789"), 52);
        let rec = record();
        let (deid, vault) = deidentify(&rec, &shifter, &Policy::default());
        let name = deid.patient.names[0].text.clone().unwrap();
        assert_eq!(name, "[[NAME_6]]", "relatives first, then given, family, full name");
        let back = vault.reidentify(&format!("Patient {name} was seen."));
        assert_eq!(back.text, "Patient Alonso Quixote was seen.");
        assert!(back.quarantined.is_empty());
        let cited = format!("Condition/{}", deid.conditions[0].id);
        assert_eq!(vault.resolve_citation(&cited).as_deref(), Some("Condition/mrn-99812-cond-1"));
        assert_eq!(
            deid.conditions[0].onset.as_ref().unwrap().shifted(-vault.shift_days()),
            rec.conditions[0].onset.clone().unwrap()
        );
    }

    #[test]
    fn date_offsets_are_stable_whole_weeks_and_never_zero() {
        let shifter = DateShifter::new(SecretString::from("test-key-0123456789"), 4);
        let mut seen = std::collections::HashSet::new();
        for i in 0..200 {
            let id = PatientId::parse(&format!("p{i}")).unwrap();
            let d = shifter.offset_days(&id);
            assert_eq!(d, shifter.offset_days(&id));
            assert!(d != 0 && d % 7 == 0 && d.abs() <= 28, "{d}");
            seen.insert(d);
        }
        assert_eq!(seen.len(), 8, "both signs and every week are used");
        let other = DateShifter::new(SecretString::from("another-key-0123456789"), 52);
        let differs = (0..20).any(|i| {
            let id = PatientId::parse(&format!("p{i}")).unwrap();
            other.offset_days(&id) != DateShifter::new(SecretString::from("test-key-0123456789"), 52).offset_days(&id)
        });
        assert!(differs, "the key matters");
    }

    #[test]
    fn each_profile_does_what_it_says() {
        let shifter = DateShifter::new(SecretString::from("test-key-0123456789"), 52);
        let mut rec = record();
        rec.conditions[0].notes = vec!["Seen 03/14/2024 in Toboso by Dr. Sancho Panza".into()];
        let born = |d: &DeidRecord| d.patient.birth_date.as_ref().map(ToString::to_string);

        let (sh, vault) = deidentify(&rec, &shifter, &Policy::load("safe-harbor").unwrap());
        assert_eq!(born(&sh).as_deref(), Some("1950"), "birth date to the year");
        assert_eq!(sh.patient.addresses[0].postal_code.as_deref(), Some("875"), "ZIP to ZIP3");
        assert_eq!(sh.patient.addresses[0].city, None, "the city is in the address placeholder");
        assert_ne!(vault.shift_days(), 0);
        let onset = sh.conditions[0].onset.clone().unwrap();
        assert_eq!(onset.shifted(-vault.shift_days()), rec.conditions[0].onset.clone().unwrap(), "dates shifted");
        assert!(!sh.conditions[0].notes[0].contains("03/14/2024") && !sh.conditions[0].notes[0].contains("Toboso"));

        let (strict, vault) = deidentify(&rec, &shifter, &Policy::load("safe-harbor-strict").unwrap());
        assert_eq!(vault.shift_days(), 0, "nothing to move back");
        assert_eq!(strict.conditions[0].onset.as_ref().map(ToString::to_string).as_deref(), Some("2015"));
        assert!(
            strict.conditions[0].notes[0].starts_with("Seen 2024 in [[LOCATION_"),
            "{}",
            strict.conditions[0].notes[0]
        );

        let (lds, vault) = deidentify(&rec, &shifter, &Policy::load("limited-data-set").unwrap());
        assert_eq!(vault.shift_days(), 0);
        assert_eq!(born(&lds).as_deref(), Some("1950-02-03"));
        assert_eq!(lds.conditions[0].onset, rec.conditions[0].onset);
        let a = &lds.patient.addresses[0];
        assert_eq!((a.city.as_deref(), a.postal_code.as_deref()), (Some("Toboso"), Some("87501")));
        assert!(a.lines[0].starts_with("[[ADDRESS_"), "the street still goes");
        let note = &lds.conditions[0].notes[0];
        assert!(note.starts_with("Seen 03/14/2024 in Toboso by Dr. [[PROVIDER_"), "{note}");
        let text = serde_json::to_string(&*lds).unwrap();
        for gone in ["Quixote", "Alonso", "MRN-99812", "555-201-7788", "alonso@example.com", "Windmill", "Sancho"] {
            assert!(!text.contains(gone), "{gone} leaked from the limited data set");
        }
    }

    #[test]
    fn a_birth_year_that_tells_an_age_over_89_is_withheld() {
        let shifter = DateShifter::new(SecretString::from("test-key-0123456789"), 52);
        let mut rec = record();
        rec.patient.birth_date = Some(FhirDateTime::parse("1921-06-01").unwrap());
        let (deid, _) = deidentify(&rec, &shifter, &Policy::default());
        assert_eq!(deid.patient.birth_date, None);
        assert!(deid.patient.aged_over_89);
        assert!(crate::llm::render_problem_list(&deid).text.contains("born (age 90 or older)"));
        let (lds, _) = deidentify(&rec, &shifter, &Policy::load("limited-data-set").unwrap());
        assert_eq!(lds.patient.birth_date, rec.patient.birth_date, "a limited data set keeps ages");
    }

    #[test]
    fn an_element_the_policy_drops_is_gone() {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles/deid/safe-harbor.toml"),
        )
        .unwrap();
        let text = text
            .replace("\"Condition.note\" = \"scrub\"", "\"Condition.note\" = \"drop\"")
            .replace("\"Condition.code\" = \"keep\"\n", "");
        let policy = Policy::parse("test", &text).unwrap();
        assert_eq!(policy.unlisted(), ["Condition.code"]);
        let shifter = DateShifter::new(SecretString::from("test-key-0123456789"), 52);
        let (deid, _) = deidentify(&record(), &shifter, &policy);
        assert!(deid.conditions[0].notes.is_empty());
        assert!(deid.conditions[0].code.codings.is_empty(), "not listed: dropped");
        assert_ne!(policy.sha256(), Policy::default().sha256());
    }
}
