//! The run-scoped mapping between placeholders and real values. Re-identification maps
//! only placeholders this vault issued; anything that looks like a placeholder but was not
//! issued here (another patient's, an altered one, an invented one) is quarantined for a
//! person to look at, never guessed.

use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

use chrono::{Duration, NaiveDate};
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::fhir::{PatientId, ResourceId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Category {
    Name,
    Provider,
    Id,
    Phone,
    Fax,
    Email,
    Url,
    Ip,
    Address,
    Location,
    Zip,
}

impl Category {
    fn tag(self) -> &'static str {
        match self {
            Category::Name => "NAME",
            Category::Provider => "PROVIDER",
            Category::Id => "ID",
            Category::Phone => "PHONE",
            Category::Fax => "FAX",
            Category::Email => "EMAIL",
            Category::Url => "URL",
            Category::Ip => "IP",
            Category::Address => "ADDRESS",
            Category::Location => "LOCATION",
            Category::Zip => "ZIP",
        }
    }
}

/// `[[CATEGORY_N]]`: the strict grammar of what we put in place of an identifier.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Placeholder(String);

impl Placeholder {
    fn new(category: Category, n: usize) -> Self {
        Self(format!("[[{}_{}]]", category.tag(), n))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Placeholder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Anything shaped like a placeholder, altered ones included (`[NAME_1]`, `[[ name 1 ]]`).
static PLACEHOLDER_LIKE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[{1,3}\s*[A-Za-z]{2,10}[ _-]?\d{1,6}\s*\]{1,3}").expect("valid regex"));
static STRICT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\[\[[A-Z]{2,10}_\d{1,6}\]\]$").expect("valid regex"));
static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})\b").expect("valid regex"));

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Vault {
    patient: PatientId,
    shift_days: i64,
    #[serde(with = "pairs")]
    values: HashMap<Placeholder, String>,
    #[serde(with = "pairs")]
    issued: HashMap<(Category, String), Placeholder>,
    #[serde(with = "pairs")]
    counters: HashMap<Category, usize>,
    #[serde(with = "pairs")]
    ids: HashMap<String, String>,
    #[serde(with = "pairs")]
    id_reverse: HashMap<String, ResourceId>,
    #[serde(with = "pairs")]
    id_counters: HashMap<String, usize>,
}

/// Maps as lists of pairs: their keys are not all strings.
mod pairs {
    use std::collections::HashMap;
    use std::hash::Hash;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<K: Serialize, V: Serialize, S: Serializer>(m: &HashMap<K, V>, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(m.iter())
    }

    pub fn deserialize<'de, K, V, D>(d: D) -> Result<HashMap<K, V>, D::Error>
    where
        K: Deserialize<'de> + Eq + Hash,
        V: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        Vec::<(K, V)>::deserialize(d).map(|pairs| pairs.into_iter().collect())
    }
}

/// Text mapped back to real values, and what could not be mapped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reidentified {
    pub text: String,
    /// Placeholder-shaped strings this vault did not issue, left as they were.
    pub quarantined: Vec<String>,
}

impl Vault {
    pub fn new(patient: PatientId, shift_days: i64) -> Self {
        Self {
            patient,
            shift_days,
            values: HashMap::new(),
            issued: HashMap::new(),
            counters: HashMap::new(),
            ids: HashMap::new(),
            id_reverse: HashMap::new(),
            id_counters: HashMap::new(),
        }
    }

    pub fn patient(&self) -> &PatientId {
        &self.patient
    }

    pub fn shift_days(&self) -> i64 {
        self.shift_days
    }

    /// The placeholder for `value`; the same value (ignoring case and spacing) always gets
    /// the same one.
    pub fn placeholder(&mut self, category: Category, value: &str) -> Placeholder {
        let key = (category, normalize(value));
        if let Some(p) = self.issued.get(&key) {
            return p.clone();
        }
        let n = self.counters.entry(category).or_insert(0);
        *n += 1;
        let p = Placeholder::new(category, *n);
        self.values.insert(p.clone(), value.trim().to_owned());
        self.issued.insert(key, p.clone());
        p
    }

    /// A run-local id standing in for a resource id (`c1`, `o12`).
    pub fn pseudonym(&mut self, resource_type: &str, id: &ResourceId) -> ResourceId {
        let real = format!("{resource_type}/{id}");
        if let Some(p) = self.id_reverse.get(&real) {
            return p.clone();
        }
        let n = self.id_counters.entry(resource_type.to_owned()).or_insert(0);
        *n += 1;
        let prefix: String = resource_type.chars().filter(char::is_ascii_uppercase).collect::<String>().to_lowercase();
        let pseudo = format!("{prefix}{n}");
        let pseudo = ResourceId::parse(&pseudo).expect("pseudonyms are ids");
        self.ids.insert(format!("{resource_type}/{pseudo}"), real.clone());
        self.id_reverse.insert(real, pseudo.clone());
        pseudo
    }

    /// The real `Type/id` behind a cited pseudonym, if this vault issued it.
    pub fn resolve_citation(&self, cited: &str) -> Option<String> {
        self.ids.get(cited.trim()).cloned()
    }

    /// Maps issued placeholders back, moves ISO dates back by the patient's offset and
    /// quarantines placeholder-shaped strings this vault did not issue.
    pub fn reidentify(&self, text: &str) -> Reidentified {
        let mut quarantined = Vec::new();
        let mapped = PLACEHOLDER_LIKE.replace_all(text, |caps: &regex::Captures<'_>| {
            let found = &caps[0];
            if STRICT.is_match(found)
                && let Some(v) = self.values.get(&Placeholder(found.to_owned()))
            {
                return v.clone();
            }
            quarantined.push(found.to_owned());
            found.to_owned()
        });
        let text = ISO_DATE
            .replace_all(&mapped, |caps: &regex::Captures<'_>| {
                let parsed = NaiveDate::parse_from_str(&caps[0], "%Y-%m-%d");
                match parsed {
                    Ok(d) => (d - Duration::days(self.shift_days)).format("%Y-%m-%d").to_string(),
                    Err(_) => caps[0].to_owned(),
                }
            })
            .into_owned();
        Reidentified { text, quarantined }
    }
}

/// The key of a value: its words, in lower case, without a `#` written before a number
/// ("#58762308" and "58762308" are one number).
fn normalize(value: &str) -> String {
    value.trim_start().trim_start_matches('#').split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vault() -> Vault {
        Vault::new(PatientId::parse("p1").unwrap(), 14)
    }

    #[test]
    fn same_value_same_placeholder() {
        let mut v = vault();
        let a = v.placeholder(Category::Name, "Maria  Lopez");
        let b = v.placeholder(Category::Name, "maria lopez");
        let c = v.placeholder(Category::Name, "Jon");
        assert_eq!(a, b);
        assert_eq!(a.as_str(), "[[NAME_1]]");
        assert_eq!(c.as_str(), "[[NAME_2]]");
        assert_eq!(v.placeholder(Category::Phone, "555").as_str(), "[[PHONE_1]]");
    }

    #[test]
    fn unknown_and_altered_placeholders_are_quarantined() {
        let mut v = vault();
        v.placeholder(Category::Name, "Maria Lopez");
        let r = v.reidentify("[[NAME_1]] and [[NAME_2]] and [NAME_1] and [[name_1]] on 2024-01-15");
        assert_eq!(r.text, "Maria Lopez and [[NAME_2]] and [NAME_1] and [[name_1]] on 2024-01-01");
        assert_eq!(r.quarantined, vec!["[[NAME_2]]", "[NAME_1]", "[[name_1]]"]);
    }

    #[test]
    fn another_patients_vault_maps_nothing() {
        let mut mine = vault();
        mine.placeholder(Category::Name, "Maria Lopez");
        let theirs = Vault::new(PatientId::parse("p2").unwrap(), 7);
        let r = theirs.reidentify("[[NAME_1]]");
        assert_eq!(r.text, "[[NAME_1]]");
        assert_eq!(r.quarantined.len(), 1);
        let cited = format!("Condition/{}", mine.pseudonym("Condition", &ResourceId::parse("x").unwrap()));
        assert!(theirs.resolve_citation(&cited).is_none());
        assert_eq!(mine.resolve_citation(&cited).as_deref(), Some("Condition/x"));
    }
}
