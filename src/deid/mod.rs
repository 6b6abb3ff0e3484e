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

pub mod dates;
pub mod jsonl;
pub mod lexicon;
pub mod scrub;
mod vault;

use std::ops::Deref;

use hmac::{Hmac, KeyInit, Mac};
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;

use crate::fhir::record::{Address, ContactPoint, HumanName, Identifier, PatientRecord};
use crate::fhir::{PatientId, ResourceId};

pub use vault::{Category, Placeholder, Reidentified, Vault};

/// The de-identified record: the only input a prompt may be rendered from.
#[derive(Debug, Clone)]
pub struct DeidRecord {
    record: PatientRecord,
    /// Free-text elements passed on after the scrubber removed their identifiers.
    pub scrubbed_free_text: usize,
}

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
        let key: String = (0..32).map(|_| format!("{:02x}", rand::random::<u8>())).collect();
        Self::new(SecretString::from(key), max_weeks)
    }

    /// Whole weeks in `[-max, -1] ∪ [1, max]`, never zero, the same for every run of the
    /// same patient under the same key.
    pub fn offset_days(&self, patient: &PatientId) -> i64 {
        self.offset_days_for(patient.as_str())
    }

    /// The offset for any stable key (a note id in `carebrief deid`).
    pub fn offset_days_for(&self, key: &str) -> i64 {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(self.key.expose_secret().as_bytes())
            .expect("HMAC takes keys of any length");
        mac.update(b"carebrief/date-shift/v1\0");
        mac.update(key.as_bytes());
        let digest = mac.finalize().into_bytes();
        let n = u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"));
        let weeks = (n % u64::from(self.max_weeks)) as i64 + 1;
        let sign = if n >> 63 == 1 { -1 } else { 1 };
        sign * weeks * 7
    }
}

/// De-identifies one patient's record for one run.
pub fn deidentify(record: &PatientRecord, shifter: &DateShifter) -> (DeidRecord, Vault) {
    let shift = shifter.offset_days(&record.patient.id);
    let mut vault = Vault::new(record.patient.id.clone(), shift);
    let mut scrubbed = 0usize;
    let fallback_year = latest_year(record);
    let known = learn_from_passages(record, fallback_year);
    let mut clean = |vault: &mut Vault, text: &str, date: Option<&crate::fhir::FhirDateTime>| {
        scrubbed += 1;
        let year = date.map_or(fallback_year, crate::fhir::FhirDateTime::year);
        let findings = scrub::Scrubber::find(text, &known, year);
        scrub::redact(text, &findings, vault, shift)
    };
    let mut out = record.clone();

    // Names of everyone around the patient go into the vault, so the same spelling gets
    // the same placeholder wherever it turns up later.
    for person in &record.people {
        for name in &person.names {
            tokenize_name(&mut vault, name);
        }
    }
    out.people.clear();

    let p = &mut out.patient;
    let real_id = ResourceId::parse(record.patient.id.as_str()).expect("patient ids are ids");
    p.id = PatientId::parse(vault.pseudonym("Patient", &real_id).as_str()).expect("pseudonyms are ids");
    p.names =
        p.names.iter().map(|n| HumanName { text: Some(tokenize_name(&mut vault, n)), ..Default::default() }).collect();
    p.identifiers = p
        .identifiers
        .iter()
        .map(|i| Identifier {
            system: None,
            value: vault.placeholder(Category::Id, &i.value).to_string(),
            type_code: i.type_code.clone(),
        })
        .collect();
    p.telecom = p
        .telecom
        .iter()
        .map(|t| ContactPoint {
            system: t.system.clone(),
            value: vault.placeholder(telecom_category(t), &t.value).to_string(),
        })
        .collect();
    p.addresses = p.addresses.iter().map(|a| tokenize_address(&mut vault, a)).collect();
    p.birth_date = p.birth_date.as_ref().map(|d| d.shifted(shift));

    let shift_opt = |d: &mut Option<crate::fhir::FhirDateTime>| {
        if let Some(v) = d.as_mut() {
            *v = v.shifted(shift);
        }
    };
    for c in &mut out.conditions {
        c.id = vault.pseudonym("Condition", &c.id);
        let when = c.recorded.clone().or_else(|| c.onset.clone());
        c.notes = c.notes.iter().map(|n| clean(&mut vault, n, when.as_ref())).collect();
        shift_opt(&mut c.onset);
        shift_opt(&mut c.abatement);
        shift_opt(&mut c.recorded);
    }
    for o in &mut out.observations {
        o.id = vault.pseudonym("Observation", &o.id);
        let when = o.effective.clone();
        if let Some(crate::fhir::record::ObservedValue::Text(t)) = &mut o.value {
            *t = clean(&mut vault, t, when.as_ref());
        }
        for comp in &mut o.components {
            if let Some(crate::fhir::record::ObservedValue::Text(t)) = &mut comp.value {
                *t = clean(&mut vault, t, when.as_ref());
            }
        }
        shift_opt(&mut o.effective);
    }
    for m in &mut out.medications {
        m.id = vault.pseudonym("MedicationRequest", &m.id);
        let when = m.authored_on.clone();
        m.dosage = m.dosage.iter().map(|d| clean(&mut vault, d, when.as_ref())).collect();
        shift_opt(&mut m.authored_on);
    }
    for a in &mut out.allergies {
        a.id = vault.pseudonym("AllergyIntolerance", &a.id);
        shift_opt(&mut a.recorded);
    }
    for i in &mut out.immunizations {
        i.id = vault.pseudonym("Immunization", &i.id);
        shift_opt(&mut i.occurrence);
    }
    for pr in &mut out.procedures {
        pr.id = vault.pseudonym("Procedure", &pr.id);
        shift_opt(&mut pr.performed);
    }
    for e in &mut out.encounters {
        e.id = vault.pseudonym("Encounter", &e.id);
        shift_opt(&mut e.start);
        shift_opt(&mut e.end);
    }
    for r in &mut out.reports {
        r.id = vault.pseudonym("DiagnosticReport", &r.id);
        let when = r.effective.clone();
        r.conclusion = r.conclusion.as_deref().map(|t| clean(&mut vault, t, when.as_ref()));
        shift_opt(&mut r.effective);
        r.results = r
            .results
            .iter()
            .filter_map(|reference| {
                let (ty, id) = reference.rsplit_once('/')?;
                let ty = ty.rsplit('/').next()?;
                let id = ResourceId::parse(id).ok()?;
                Some(format!("{ty}/{}", vault.pseudonym(ty, &id)))
            })
            .collect();
    }
    for n in &mut out.notes {
        n.id = vault.pseudonym("DocumentReference", &n.id);
        let when = n.date.clone();
        n.url = None;
        n.text = n.text.as_deref().map(|t| clean(&mut vault, t, when.as_ref()));
        shift_opt(&mut n.date);
    }
    (DeidRecord { record: out, scrubbed_free_text: scrubbed }, vault)
}

/// The chart's identifiers, plus the names and places a first scrub of every passage
/// found by context: a city named once after "born in" is found everywhere else too.
fn learn_from_passages(record: &PatientRecord, fallback_year: i32) -> scrub::KnownIdentifiers {
    let mut known = scrub::KnownIdentifiers::from_record(record);
    let base = known.clone();
    let year = |d: Option<&crate::fhir::FhirDateTime>| d.map_or(fallback_year, crate::fhir::FhirDateTime::year);
    let mut passages: Vec<(&str, i32)> = Vec::new();
    for n in &record.notes {
        if let Some(t) = &n.text {
            passages.push((t, year(n.date.as_ref())));
        }
    }
    for c in &record.conditions {
        passages.extend(c.notes.iter().map(|t| (t.as_str(), year(c.onset.as_ref()))));
    }
    for r in &record.reports {
        if let Some(t) = &r.conclusion {
            passages.push((t, year(r.effective.as_ref())));
        }
    }
    for (text, y) in passages {
        let findings = scrub::Scrubber::find(text, &base, y);
        known.learn(text, &findings);
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

fn tokenize_address(vault: &mut Vault, a: &Address) -> Address {
    let mut street: Vec<String> = a.lines.clone();
    street.extend(a.city.iter().cloned());
    street.extend(a.district.iter().cloned());
    street.extend(a.postal_code.iter().cloned());
    let lines = if street.is_empty() {
        vec![]
    } else {
        vec![vault.placeholder(Category::Address, &street.join(", ")).to_string()]
    };
    Address { lines, city: None, district: None, state: a.state.clone(), postal_code: None, country: a.country.clone() }
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

    #[test]
    fn nothing_identifying_survives() {
        let shifter = DateShifter::new(SecretString::from("test-key-0123456789"), 52);
        let (deid, _) = deidentify(&record(), &shifter);
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
        let (deid, vault) = deidentify(&rec, &shifter);
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
}
