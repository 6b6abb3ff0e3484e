//! FHIR `date`, `dateTime` and `instant` values with their precision kept: `2019`,
//! `2019-06`, `2019-06-14`, `2019-06-14T09:30:00-05:00`. Shifting moves the value by whole
//! days and keeps its precision, so a year-only onset stays year-only.

use std::fmt;

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum FhirDateTime {
    Year(i32),
    YearMonth(i32, u32),
    Date(NaiveDate),
    DateTime(DateTime<FixedOffset>),
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("`{0}` is not a FHIR date or dateTime")]
pub struct InvalidDateTime(pub String);

impl FhirDateTime {
    pub fn parse(raw: &str) -> Result<Self, InvalidDateTime> {
        let bad = || InvalidDateTime(raw.chars().take(40).collect());
        let s = raw.trim();
        match s.len() {
            4 => s.parse::<i32>().map(Self::Year).map_err(|_| bad()),
            7 => {
                let (y, m) = s.split_once('-').ok_or_else(bad)?;
                let y: i32 = y.parse().map_err(|_| bad())?;
                let m: u32 = m.parse().map_err(|_| bad())?;
                if (1..=12).contains(&m) { Ok(Self::YearMonth(y, m)) } else { Err(bad()) }
            }
            10 => NaiveDate::parse_from_str(s, "%Y-%m-%d").map(Self::Date).map_err(|_| bad()),
            _ => {
                if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
                    return Ok(Self::DateTime(dt));
                }
                // FHIR requires a zone once hours are present, but some servers omit it;
                // read such a value as UTC rather than lose it.
                chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f")
                    .or_else(|_| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M"))
                    .map(|n| Self::DateTime(n.and_utc().fixed_offset()))
                    .map_err(|_| bad())
            }
        }
    }

    /// The earliest calendar day the value can mean.
    pub fn start_date(&self) -> Option<NaiveDate> {
        match self {
            Self::Year(y) => NaiveDate::from_ymd_opt(*y, 1, 1),
            Self::YearMonth(y, m) => NaiveDate::from_ymd_opt(*y, *m, 1),
            Self::Date(d) => Some(*d),
            Self::DateTime(dt) => Some(dt.date_naive()),
        }
    }

    pub fn year(&self) -> i32 {
        match self {
            Self::Year(y) | Self::YearMonth(y, _) => *y,
            Self::Date(d) => d.year(),
            Self::DateTime(dt) => dt.year(),
        }
    }

    /// Moves the value by `days`, keeping its precision. A year or year-month moves by
    /// where its first day lands.
    pub fn shifted(&self, days: i64) -> Self {
        let by = Duration::days(days);
        match self {
            Self::Year(_) | Self::YearMonth(..) => {
                let start = self.start_date().map(|d| d + by);
                match (self, start) {
                    (Self::Year(_), Some(d)) => Self::Year(d.year()),
                    (Self::YearMonth(..), Some(d)) => Self::YearMonth(d.year(), d.month()),
                    _ => self.clone(),
                }
            }
            Self::Date(d) => Self::Date(*d + by),
            Self::DateTime(dt) => Self::DateTime(*dt + by),
        }
    }

    /// `2024-03-14` style for people; times are not shown.
    pub fn display_date(&self) -> String {
        match self {
            Self::Year(y) => format!("{y:04}"),
            Self::YearMonth(y, m) => format!("{y:04}-{m:02}"),
            Self::Date(d) => d.format("%Y-%m-%d").to_string(),
            Self::DateTime(dt) => dt.format("%Y-%m-%d").to_string(),
        }
    }
}

impl fmt::Display for FhirDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DateTime(dt) => f.write_str(&dt.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)),
            other => f.write_str(&other.display_date()),
        }
    }
}

impl TryFrom<String> for FhirDateTime {
    type Error = InvalidDateTime;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<FhirDateTime> for String {
    fn from(value: FhirDateTime) -> Self {
        value.to_string()
    }
}

impl PartialOrd for FhirDateTime {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for FhirDateTime {
    /// Orders by the earliest day each value can mean, then by instant.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.start_date().cmp(&other.start_date()).then_with(|| match (self, other) {
            (Self::DateTime(a), Self::DateTime(b)) => a.cmp(b),
            _ => std::cmp::Ordering::Equal,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn keeps_precision() {
        for raw in ["2019", "2019-06", "2019-06-14", "2019-06-14T09:30:00-05:00", "2024-01-02T03:04:05Z"] {
            assert_eq!(FhirDateTime::parse(raw).unwrap().to_string(), raw, "{raw}");
        }
        assert!(FhirDateTime::parse("2019-13").is_err());
        assert!(FhirDateTime::parse("14/03/2024").is_err());
        assert!(FhirDateTime::parse("").is_err());
    }

    #[test]
    fn reads_a_datetime_without_zone_as_utc() {
        let v = FhirDateTime::parse("2020-02-03T10:00:00").unwrap();
        assert_eq!(v.to_string(), "2020-02-03T10:00:00Z");
    }

    #[test]
    fn shifts_across_year_ends() {
        let d = FhirDateTime::parse("2023-12-30").unwrap();
        assert_eq!(d.shifted(7).to_string(), "2024-01-06");
        assert_eq!(FhirDateTime::parse("2023-12").unwrap().shifted(35).to_string(), "2024-01");
        assert_eq!(FhirDateTime::parse("2023").unwrap().shifted(-7).to_string(), "2022");
    }

    proptest! {
        #[test]
        fn shifting_back_restores_full_dates(days in -4000i64..4000, y in 1900i32..2100, m in 1u32..=12, d in 1u32..=28) {
            let v = FhirDateTime::Date(NaiveDate::from_ymd_opt(y, m, d).unwrap());
            prop_assert_eq!(v.shifted(days).shifted(-days), v);
        }

        #[test]
        fn parser_never_panics(s in "\\PC{0,40}") {
            let _ = FhirDateTime::parse(&s);
        }
    }
}
