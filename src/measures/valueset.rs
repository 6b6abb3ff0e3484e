//! Value sets from FHIR ValueSet expansions (`ValueSet-<OID>.json`, url
//! `http://cts.nlm.nih.gov/fhir/ValueSet/<OID>`, codes in `expansion.contains`), and the
//! terminology index the measures match codings against.
//!
//! The index maps each (system, code) pair once to a bit mask of every value set and
//! direct code it belongs to ([`Codes`]). A patient's CodeableConcepts are turned into masks
//! when the patient is read, so every "coded in V" test afterwards is a single AND.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::terms::{Key, Vs};

/// The canonical URL prefix of VSAC value sets.
pub const VSAC_PREFIX: &str = "http://cts.nlm.nih.gov/fhir/ValueSet/";

#[derive(Debug, Clone, thiserror::Error)]
pub enum ValueSetError {
    #[error("unknown value set {oid} ({name}): no {} in the value-set directory", file_name(oid))]
    Unknown { oid: String, name: &'static str },
    #[error("cannot read value set file {path}: {reason}")]
    Unreadable { path: PathBuf, reason: String },
    #[error("value set file {path} is for {found}, expected {expected}")]
    WrongUrl { path: PathBuf, found: String, expected: String },
    #[error("value set file {path} has no expansion (expand it, e.g. with VSAC $expand, before use)")]
    NotExpanded { path: PathBuf },
    #[error("cannot read the value-set directory {path}: {reason}")]
    Directory { path: PathBuf, reason: String },
}

fn file_name(oid: &str) -> String {
    format!("ValueSet-{oid}.json")
}

/// One expanded value set: its OID and its (system, code) pairs.
#[derive(Debug, Clone)]
pub struct ValueSet {
    pub oid: String,
    pub url: String,
    pub name: Option<String>,
    /// Codes by system: the outer map has a handful of systems, the inner sets the codes.
    codes: HashMap<Box<str>, std::collections::HashSet<Box<str>>>,
}

#[derive(Deserialize)]
struct ValueSetJson {
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    expansion: Option<ExpansionJson>,
}

#[derive(Deserialize)]
struct ExpansionJson {
    #[serde(default)]
    contains: Vec<ContainsJson>,
}

#[derive(Deserialize)]
struct ContainsJson {
    #[serde(default)]
    system: Option<String>,
    #[serde(default)]
    code: Option<String>,
    /// Hierarchical expansions nest codes; flatten them.
    #[serde(default)]
    contains: Vec<ContainsJson>,
}

impl ValueSet {
    /// Reads `ValueSet-<oid>.json` from `dir`. A missing file is an unknown value set.
    pub fn load(dir: &Path, oid: &str) -> Result<Self, ValueSetError> {
        let path = dir.join(file_name(oid));
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(ValueSetError::Unknown { oid: oid.to_owned(), name: super::terms::name_of_oid(oid) });
            }
            Err(e) => return Err(ValueSetError::Unreadable { path, reason: e.to_string() }),
        };
        let json: ValueSetJson = serde_json::from_slice(&bytes)
            .map_err(|e| ValueSetError::Unreadable { path: path.clone(), reason: format!("not a ValueSet: {e}") })?;
        let expected = format!("{VSAC_PREFIX}{oid}");
        let url = json.url.unwrap_or_else(|| expected.clone());
        if url != expected {
            return Err(ValueSetError::WrongUrl { path, found: url, expected });
        }
        let Some(expansion) = json.expansion else {
            return Err(ValueSetError::NotExpanded { path });
        };
        let mut codes: HashMap<Box<str>, std::collections::HashSet<Box<str>>> = HashMap::new();
        let mut stack: Vec<ContainsJson> = expansion.contains;
        while let Some(item) = stack.pop() {
            if let (Some(system), Some(code)) = (item.system, item.code) {
                codes.entry(system.into_boxed_str()).or_default().insert(code.into_boxed_str());
            }
            stack.extend(item.contains);
        }
        Ok(Self { oid: oid.to_owned(), url, name: json.name, codes })
    }

    pub fn contains(&self, system: &str, code: &str) -> bool {
        self.codes.get(system).is_some_and(|c| c.contains(code))
    }

    pub fn len(&self) -> usize {
        self.codes.values().map(|c| c.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Which value sets and direct codes a coding belongs to, as a bit set over [`Vs`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Codes(pub u128);

impl Codes {
    pub fn has(self, vs: Vs) -> bool {
        self.0 & vs.bit() != 0
    }
    pub fn any(self, set: &[Vs]) -> bool {
        set.iter().any(|v| self.has(*v))
    }
}

impl std::ops::BitOrAssign for Codes {
    fn bitor_assign(&mut self, rhs: Self) {
        self.0 |= rhs.0;
    }
}

/// The measures' terminology: every value set and direct code of [`Vs`], indexed by
/// (system, code). Built once per run; shared read-only by every patient.
#[derive(Debug, Default)]
pub struct Terminology {
    index: HashMap<Box<str>, HashMap<Box<str>, u128>>,
}

impl Terminology {
    /// Loads the value sets among `wanted` from `dir`; direct codes need no file. Returns
    /// the terminology and one error per value set that could not be loaded (a measure
    /// needing one of them cannot be computed; the others can).
    pub(crate) fn load(dir: &Path, wanted: &[Vs]) -> Result<(Self, Vec<(Vs, ValueSetError)>), ValueSetError> {
        std::fs::read_dir(dir).map_err(|e| ValueSetError::Directory { path: dir.to_owned(), reason: e.to_string() })?;
        let mut terms = Self::default();
        let mut errors = Vec::new();
        for vs in Vs::ALL {
            match vs.key() {
                Key::Code(system, code) => terms.insert(system, code, vs),
                Key::ValueSet(oid) if wanted.contains(&vs) => match ValueSet::load(dir, oid) {
                    Ok(set) => terms.add(vs, set),
                    Err(e) => errors.push((vs, e)),
                },
                Key::ValueSet(_) => {}
            }
        }
        Ok((terms, errors))
    }

    /// Adds an already loaded value set under `vs`.
    pub(crate) fn add(&mut self, vs: Vs, set: ValueSet) {
        for (system, codes) in set.codes {
            let by_code = self.index.entry(system).or_default();
            for code in codes {
                *by_code.entry(code).or_default() |= vs.bit();
            }
        }
    }

    fn insert(&mut self, system: &str, code: &str, vs: Vs) {
        *self.index.entry(system.into()).or_default().entry(code.into()).or_default() |= vs.bit();
    }

    /// A terminology for tests: every value set holds one code, `urn:test|<Vs name>`.
    #[cfg(test)]
    pub(crate) fn for_tests() -> Self {
        let mut terms = Self::default();
        for vs in Vs::ALL {
            match vs.key() {
                Key::Code(system, code) => terms.insert(system, code, vs),
                Key::ValueSet(_) => terms.insert("urn:test", &format!("{vs:?}"), vs),
            }
        }
        terms
    }

    /// The value sets and direct codes (system, code) belongs to.
    pub(crate) fn lookup(&self, system: &str, code: &str) -> Codes {
        Codes(self.index.get(system).and_then(|c| c.get(code)).copied().unwrap_or(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, oid: &str, body: &str) {
        std::fs::write(dir.join(file_name(oid)), body).unwrap();
    }

    #[test]
    fn loads_expansions_and_matches_by_system_and_code() {
        let dir = tempfile::tempdir().unwrap();
        let oid = Vs::Mammography.oid().unwrap();
        write(
            dir.path(),
            oid,
            &format!(
                r#"{{"resourceType":"ValueSet","url":"{VSAC_PREFIX}{oid}","expansion":{{"contains":[
                {{"system":"http://loinc.org","code":"24604-1","version":"2.76"}},
                {{"system":"http://loinc.org","code":"parent","contains":[{{"system":"http://loinc.org","code":"child"}}]}}]}}}}"#
            ),
        );
        let set = ValueSet::load(dir.path(), oid).unwrap();
        assert!(set.contains("http://loinc.org", "24604-1"));
        assert!(set.contains("http://loinc.org", "child"));
        assert!(!set.contains("http://snomed.info/sct", "24604-1"));
        assert!(!set.contains("http://loinc.org", "24604-2"));

        let (terms, errors) = Terminology::load(dir.path(), &[Vs::Mammography, Vs::Diabetes]).unwrap();
        assert!(terms.lookup("http://loinc.org", "24604-1").has(Vs::Mammography));
        assert!(!terms.lookup("http://loinc.org", "24604-1").has(Vs::Diabetes));
        assert_eq!(errors.len(), 1);
        let message = errors[0].1.to_string();
        assert!(
            message.contains("2.16.840.1.113883.3.464.1003.103.12.1001") && message.contains("Diabetes"),
            "{message}"
        );
        // Direct codes are always there.
        assert!(terms.lookup("http://loinc.org", "45755-6").has(Vs::HospiceMds));
    }

    #[test]
    fn refuses_a_file_for_another_value_set_or_without_expansion() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "1.2.3", r#"{"resourceType":"ValueSet","url":"http://cts.nlm.nih.gov/fhir/ValueSet/9.9"}"#);
        assert!(matches!(ValueSet::load(dir.path(), "1.2.3"), Err(ValueSetError::WrongUrl { .. })));
        write(dir.path(), "1.2.4", r#"{"resourceType":"ValueSet"}"#);
        assert!(matches!(ValueSet::load(dir.path(), "1.2.4"), Err(ValueSetError::NotExpanded { .. })));
        write(dir.path(), "1.2.5", "{not json");
        assert!(matches!(ValueSet::load(dir.path(), "1.2.5"), Err(ValueSetError::Unreadable { .. })));
        assert!(matches!(ValueSet::load(dir.path(), "1.2.6"), Err(ValueSetError::Unknown { .. })));
        assert!(Terminology::load(&dir.path().join("missing"), &[]).is_err());
    }
}
