//! De-identification policies as data: `profiles/deid/<name>.toml`.
//!
//! A policy says, for every FHIR element the pipeline reads, what happens to it before a
//! prompt is built: `keep`, `shift` (dates move by the patient's offset), `generalize`
//! (dates to the year, birth dates to the year, ZIP codes to ZIP3), `tokenize` (a typed
//! placeholder kept in the run's vault), `scrub` (free text through the scrubber) or
//! `drop`. Deny by default: an element the policy does not list is dropped. Each element
//! accepts only the actions that are safe for it (no policy can keep a name, an
//! identifier or an unscrubbed note), and a policy naming an element the pipeline does not
//! read, or an action an element does not accept, does not load. Extensions are never
//! read, so none reaches a prompt.
//!
//! The policy's SHA-256 (of the file's bytes) is recorded with every run.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use super::scrub::PhiCategory;

/// What happens to one element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Keep,
    Shift,
    Generalize,
    Tokenize,
    Scrub,
    Drop,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Keep => "keep",
            Action::Shift => "shift",
            Action::Generalize => "generalize",
            Action::Tokenize => "tokenize",
            Action::Scrub => "scrub",
            Action::Drop => "drop",
        }
    }
}

const CODE: &[Action] = &[Action::Keep, Action::Drop];
const DATE: &[Action] = &[Action::Shift, Action::Generalize, Action::Keep, Action::Drop];
const FREE_TEXT: &[Action] = &[Action::Scrub, Action::Drop];
const IDENTIFYING: &[Action] = &[Action::Tokenize, Action::Drop];

/// Every element the pipeline reads, with the actions it accepts. A path names a FHIR
/// element as `Resource.element[.child]`; `CodeableConcept.text` and `Coding.display`
/// stand for those elements wherever a concept is read.
pub const ELEMENTS: &[(&str, &[Action])] = &[
    ("Resource.id", &[Action::Tokenize]),
    ("CodeableConcept.text", &[Action::Scrub, Action::Keep, Action::Drop]),
    ("Coding.display", CODE),
    ("Patient.name", IDENTIFYING),
    ("Patient.identifier", IDENTIFYING),
    ("Patient.telecom", IDENTIFYING),
    ("Patient.address.line", IDENTIFYING),
    ("Patient.address.city", &[Action::Tokenize, Action::Keep, Action::Drop]),
    ("Patient.address.district", &[Action::Tokenize, Action::Keep, Action::Drop]),
    ("Patient.address.postalCode", &[Action::Generalize, Action::Tokenize, Action::Keep, Action::Drop]),
    ("Patient.address.state", CODE),
    ("Patient.address.country", CODE),
    ("Patient.birthDate", DATE),
    ("Patient.gender", CODE),
    ("Patient.deceased[x]", CODE),
    // Never passed on: their names, identifiers and telecom only seed the vault and the
    // scrubber's dictionary, so every mention in a note is found.
    ("RelatedPerson.name", &[Action::Tokenize]),
    ("RelatedPerson.identifier", &[Action::Tokenize]),
    ("RelatedPerson.telecom", &[Action::Tokenize]),
    ("Practitioner.name", &[Action::Tokenize]),
    ("Practitioner.identifier", &[Action::Tokenize]),
    ("Practitioner.telecom", &[Action::Tokenize]),
    ("Condition.code", CODE),
    ("Condition.clinicalStatus", CODE),
    ("Condition.verificationStatus", CODE),
    ("Condition.category", CODE),
    ("Condition.onset[x]", DATE),
    ("Condition.abatement[x]", DATE),
    ("Condition.recordedDate", DATE),
    ("Condition.note", FREE_TEXT),
    ("Observation.status", CODE),
    ("Observation.category", CODE),
    ("Observation.code", CODE),
    ("Observation.effective[x]", DATE),
    ("Observation.value[x]", CODE),
    ("Observation.valueString", FREE_TEXT),
    ("Observation.component", CODE),
    ("MedicationRequest.status", CODE),
    ("MedicationRequest.intent", CODE),
    ("MedicationRequest.medication[x]", CODE),
    ("MedicationRequest.authoredOn", DATE),
    ("MedicationRequest.dosageInstruction.text", FREE_TEXT),
    ("AllergyIntolerance.code", CODE),
    ("AllergyIntolerance.clinicalStatus", CODE),
    ("AllergyIntolerance.verificationStatus", CODE),
    ("AllergyIntolerance.criticality", CODE),
    ("AllergyIntolerance.reaction.manifestation", CODE),
    ("AllergyIntolerance.recordedDate", DATE),
    ("Immunization.status", CODE),
    ("Immunization.vaccineCode", CODE),
    ("Immunization.occurrence[x]", DATE),
    ("Procedure.status", CODE),
    ("Procedure.code", CODE),
    ("Procedure.performed[x]", DATE),
    ("Encounter.status", CODE),
    ("Encounter.class", CODE),
    ("Encounter.type", CODE),
    ("Encounter.reasonCode", CODE),
    ("Encounter.period", DATE),
    ("DiagnosticReport.status", CODE),
    ("DiagnosticReport.code", CODE),
    ("DiagnosticReport.category", CODE),
    ("DiagnosticReport.effective[x]", DATE),
    ("DiagnosticReport.conclusion", FREE_TEXT),
    ("DiagnosticReport.result", IDENTIFYING),
    ("DocumentReference.status", CODE),
    ("DocumentReference.type", CODE),
    ("DocumentReference.date", DATE),
    ("DocumentReference.content.attachment", FREE_TEXT),
    ("DocumentReference.content.attachment.url", &[Action::Drop]),
];

/// What the scrubber does with dates it finds in free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum TextDates {
    /// Moved by the patient's offset, written in their own form.
    #[default]
    Shift,
    /// Replaced by their year (`[[DATE]]` when the text gives none).
    Year,
    /// Left as written.
    Keep,
}

/// The scrubber's categories a policy may leave in free text (a limited data set keeps
/// town, ZIP code and age); every other identifier is always replaced.
const KEEPABLE_IN_TEXT: &[PhiCategory] = &[PhiCategory::City, PhiCategory::Zip, PhiCategory::AgeOver89];

/// A loaded policy.
#[derive(Debug, Clone)]
pub struct Policy {
    name: String,
    sha256: String,
    description: String,
    elements: BTreeMap<&'static str, Action>,
    restricted_zip3: BTreeSet<String>,
    /// Ages above this are written "90 or older"; `None` keeps ages.
    age_cap: Option<u32>,
    text_dates: TextDates,
    text_keeps: Vec<PhiCategory>,
}

/// The file's shape.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    name: String,
    description: String,
    elements: BTreeMap<String, Action>,
    #[serde(default)]
    generalize: Generalization,
    #[serde(default, rename = "free-text")]
    free_text: FreeText,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Generalization {
    #[serde(default)]
    restricted_zip3: Vec<String>,
    #[serde(default)]
    ages_over: Option<u32>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FreeText {
    #[serde(default)]
    dates: TextDates,
    #[serde(default)]
    keep: Vec<String>,
}

/// The profiles shipped in `profiles/deid/`, built into the binary so a bare name works
/// anywhere.
const BUILT_IN: &[(&str, &str)] = &[
    ("safe-harbor", include_str!("../../profiles/deid/safe-harbor.toml")),
    ("safe-harbor-strict", include_str!("../../profiles/deid/safe-harbor-strict.toml")),
    ("limited-data-set", include_str!("../../profiles/deid/limited-data-set.toml")),
];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    #[error(
        "no de-identification profile `{0}`: give safe-harbor, safe-harbor-strict, limited-data-set or a .toml file"
    )]
    Unknown(String),
    #[error("de-identification profile {0}: {1}")]
    Invalid(String, String),
}

impl Default for Policy {
    /// `safe-harbor`, the default profile.
    fn default() -> Self {
        Self::built_in("safe-harbor").expect("the shipped profiles are valid")
    }
}

impl Policy {
    /// A shipped profile by name, or a policy file by path (anything ending in `.toml`).
    pub fn load(name_or_path: &str) -> Result<Self, PolicyError> {
        if name_or_path.ends_with(".toml") {
            let text = std::fs::read_to_string(Path::new(name_or_path))
                .map_err(|e| PolicyError::Invalid(name_or_path.to_owned(), e.to_string()))?;
            return Self::parse(name_or_path, &text);
        }
        Self::built_in(name_or_path)
    }

    fn built_in(name: &str) -> Result<Self, PolicyError> {
        let (_, text) =
            BUILT_IN.iter().find(|(n, _)| *n == name).ok_or_else(|| PolicyError::Unknown(name.to_owned()))?;
        Self::parse(name, text)
    }

    /// Reads and checks a policy; `origin` names it in errors.
    pub fn parse(origin: &str, text: &str) -> Result<Self, PolicyError> {
        let invalid = |reason: String| PolicyError::Invalid(origin.to_owned(), reason);
        let file: File = toml::from_str(text).map_err(|e| invalid(e.message().to_owned()))?;
        let mut elements = BTreeMap::new();
        for (path, action) in &file.elements {
            let Some((known, accepted)) = ELEMENTS.iter().find(|(p, _)| p == path) else {
                return Err(invalid(format!("`{path}` is not an element the pipeline reads")));
            };
            if !accepted.contains(action) {
                let accepted: Vec<&str> = accepted.iter().map(|a| a.as_str()).collect();
                return Err(invalid(format!(
                    "`{path}` cannot be `{}` (it accepts {})",
                    action.as_str(),
                    accepted.join(", ")
                )));
            }
            elements.insert(*known, *action);
        }
        // Dates are treated alike everywhere (the birth date aside), in elements and in
        // text, so intervals mean the same wherever they are read and re-identification
        // knows whether to move dates back.
        let date_elements = ELEMENTS.iter().filter(|(p, a)| *a == DATE && *p != "Patient.birthDate");
        let actions: BTreeSet<Action> =
            date_elements.map(|(p, _)| elements.get(p).copied().unwrap_or(Action::Drop)).collect();
        let text_dates = file.free_text.dates;
        let only = if actions.len() == 1 { actions.first().copied() } else { None };
        // Dropped dates leave the notes' dates to be shifted or cut to the year, never kept.
        match (only, text_dates) {
            (Some(Action::Shift), TextDates::Shift)
            | (Some(Action::Generalize), TextDates::Year)
            | (Some(Action::Keep), TextDates::Keep)
            | (Some(Action::Drop), TextDates::Shift | TextDates::Year) => {}
            _ => {
                let actions: Vec<&str> = actions.iter().map(|a| a.as_str()).collect();
                return Err(invalid(format!(
                    "dates must be treated alike: the date elements say {} and free-text.dates says {:?} \
                     (shift with shift, generalize with year, keep with keep)",
                    actions.join(" and "),
                    text_dates
                )));
            }
        }
        // The birth date may be as coarse as the other dates or coarser, never finer.
        let birth = elements.get("Patient.birthDate").copied().unwrap_or(Action::Drop);
        let birth_ok = match only.unwrap_or(Action::Drop) {
            Action::Keep => true,
            Action::Shift => matches!(birth, Action::Shift | Action::Generalize | Action::Drop),
            _ => matches!(birth, Action::Generalize | Action::Drop),
        };
        if !birth_ok {
            return Err(invalid(format!(
                "`Patient.birthDate` cannot be `{}` when the other dates are `{}`",
                birth.as_str(),
                only.unwrap_or(Action::Drop).as_str()
            )));
        }
        let mut restricted_zip3 = BTreeSet::new();
        for z in file.generalize.restricted_zip3 {
            if z.len() != 3 || !z.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid(format!("restricted_zip3: `{z}` is not three digits")));
            }
            restricted_zip3.insert(z);
        }
        let mut text_keeps = Vec::new();
        for k in &file.free_text.keep {
            match KEEPABLE_IN_TEXT.iter().find(|c| c.as_str() == k) {
                Some(c) => text_keeps.push(*c),
                None => {
                    let keepable: Vec<&str> = KEEPABLE_IN_TEXT.iter().map(|c| c.as_str()).collect();
                    return Err(invalid(format!(
                        "free-text.keep: `{k}` cannot stay in free text (only {} can)",
                        keepable.join(", ")
                    )));
                }
            }
        }
        Ok(Self {
            name: file.name,
            sha256: crate::digest::sha256_hex(text.as_bytes()),
            description: file.description,
            elements,
            restricted_zip3,
            age_cap: file.generalize.ages_over,
            text_dates,
            text_keeps,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// SHA-256 of the policy file, hex: recorded with every run.
    pub fn sha256(&self) -> &str {
        &self.sha256
    }

    pub fn description(&self) -> &str {
        &self.description
    }

    /// What happens to `element` (one of [`ELEMENTS`]): `drop` unless the policy says
    /// otherwise.
    pub fn action(&self, element: &str) -> Action {
        debug_assert!(ELEMENTS.iter().any(|(p, _)| *p == element), "{element} is not in ELEMENTS");
        self.elements.get(element).copied().unwrap_or(Action::Drop)
    }

    /// Whether an element that can only be kept or dropped is kept.
    pub fn keeps(&self, element: &str) -> bool {
        self.action(element) == Action::Keep
    }

    /// The elements the policy does not list (dropped by default).
    pub fn unlisted(&self) -> Vec<&'static str> {
        ELEMENTS.iter().map(|(p, _)| *p).filter(|p| !self.elements.contains_key(p)).collect()
    }

    /// A ZIP code generalized: its first three digits, or `000` for a restricted area.
    pub fn zip3(&self, zip: &str) -> String {
        let digits: String = zip.chars().filter(char::is_ascii_digit).take(3).collect();
        if digits.len() < 3 || self.restricted_zip3.contains(&digits) { "000".to_owned() } else { digits }
    }

    /// Ages above this many years are written "90 or older" (`None`: ages are kept).
    pub fn age_cap(&self) -> Option<u32> {
        self.age_cap
    }

    pub fn text_dates(&self) -> TextDates {
        self.text_dates
    }

    /// Whether any date moves by the patient's offset (in an element or in text).
    pub fn shifts_dates(&self) -> bool {
        self.text_dates == TextDates::Shift || self.elements.values().any(|a| *a == Action::Shift)
    }

    /// Whether the scrubber leaves identifiers of this category in free text.
    pub fn keeps_in_text(&self, category: PhiCategory) -> bool {
        self.text_keeps.contains(&category)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_profiles_load_and_say_something_about_every_element() {
        for (name, text) in BUILT_IN {
            let p = Policy::load(name).unwrap();
            assert_eq!(p.name(), *name);
            assert!(p.unlisted().is_empty(), "{name} leaves {:?} to the default", p.unlisted());
            let on_disk = std::fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles/deid").join(format!("{name}.toml")),
            )
            .unwrap();
            assert_eq!(&on_disk, text);
            assert_eq!(p.sha256().len(), 64);
        }
        let sh = Policy::default();
        assert_eq!(sh.action("Patient.birthDate"), Action::Generalize);
        assert_eq!(sh.action("Condition.onset[x]"), Action::Shift);
        assert_eq!(sh.zip3("03601"), "000");
        assert_eq!(sh.zip3("87501-1234"), "875");
        assert_eq!(sh.age_cap(), Some(89));
        let strict = Policy::load("safe-harbor-strict").unwrap();
        assert_eq!(strict.action("Condition.onset[x]"), Action::Generalize);
        assert_eq!(strict.text_dates(), TextDates::Year);
        let lds = Policy::load("limited-data-set").unwrap();
        assert_eq!(lds.action("Patient.address.postalCode"), Action::Keep);
        assert!(lds.keeps_in_text(PhiCategory::City));
        assert!(!lds.keeps_in_text(PhiCategory::Name));
        assert_ne!(sh.sha256(), lds.sha256());
    }

    #[test]
    fn a_policy_cannot_keep_what_identifies_or_name_what_is_not_read() {
        let base = "name = \"x\"\ndescription = \"x\"\n[elements]\n";
        let err = |extra: &str| Policy::parse("test.toml", &format!("{base}{extra}")).unwrap_err().to_string();
        assert!(
            err("\"Patient.name\" = \"keep\"").contains("`Patient.name` cannot be `keep` (it accepts tokenize, drop)")
        );
        assert!(err("\"Condition.note\" = \"keep\"").contains("cannot be `keep`"));
        assert!(err("\"Patient.nmae\" = \"tokenize\"").contains("`Patient.nmae` is not an element the pipeline reads"));
        assert!(err("\"Patient.name\" = \"hide\"").contains("unknown variant"));
        assert!(
            Policy::parse("t", &format!("{base}[free-text]\nkeep = [\"NAME\"]\n"))
                .unwrap_err()
                .to_string()
                .contains("`NAME` cannot stay in free text")
        );
        assert!(matches!(Policy::load("no-such-profile"), Err(PolicyError::Unknown(_))));
        // Dates: kept notes' dates with dropped elements, or a birth date finer than the rest.
        assert!(
            Policy::parse("t", &format!("{base}[free-text]\ndates = \"keep\"\n"))
                .unwrap_err()
                .to_string()
                .contains("dates must be treated alike")
        );
        let sh = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles/deid/safe-harbor-strict.toml"),
        )
        .unwrap()
        .replace("\"Patient.birthDate\" = \"generalize\"", "\"Patient.birthDate\" = \"shift\"");
        assert!(Policy::parse("t", &sh).unwrap_err().to_string().contains("`Patient.birthDate` cannot be `shift`"));
        // Deny by default: an element left out is dropped.
        let empty = Policy::parse("t", base).unwrap();
        assert!(empty.shifts_dates(), "no date element, so notes' dates still move");
        assert_eq!(empty.action("Observation.code"), Action::Drop);
        assert!(!empty.keeps("Observation.code"));
    }
}
