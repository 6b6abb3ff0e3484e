//! The measurement period (MEASURES.md 1.1): from the first instant of the start date to
//! the last millisecond of the end date, in UTC.

use std::fmt;

use chrono::NaiveDate;

use super::time::{Interval, When};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub(crate) start: When,
    pub(crate) end: When,
    pub(crate) mp: Interval,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error("`{0}` is not a date (YYYY-MM-DD)")]
    NotADate(String),
    #[error("the measurement period ends ({end}) before it starts ({start})")]
    WrongOrder { start: NaiveDate, end: NaiveDate },
}

impl Period {
    pub fn new(start_date: NaiveDate, end_date: NaiveDate) -> Result<Self, PeriodError> {
        if end_date < start_date {
            return Err(PeriodError::WrongOrder { start: start_date, end: end_date });
        }
        let start = When::point(When::day(start_date).lo);
        let end = When::point(When::day(end_date).hi);
        Ok(Self { start_date, end_date, start, end, mp: Interval::new(start, end) })
    }

    /// From two `YYYY-MM-DD` dates.
    pub fn parse(start: &str, end: &str) -> Result<Self, PeriodError> {
        let date = |s: &str| {
            NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
                .map_err(|_| PeriodError::NotADate(s.chars().take(40).collect()))
        };
        Self::new(date(start)?, date(end)?)
    }

    /// The MP starting `months` earlier: `[MP start - months, MP end]`.
    pub(crate) fn looking_back(&self, months: i32) -> Interval {
        Interval::new(self.start.plus_months(-months), self.end)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} .. {}", self.start_date, self.end_date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measures::time::parse;

    #[test]
    fn covers_whole_days_and_refuses_the_wrong_order() {
        let p = Period::parse("2025-01-01", "2025-12-31").unwrap();
        assert_eq!(p.start, parse("2025-01-01T00:00:00.000Z").unwrap());
        assert_eq!(p.end, parse("2025-12-31T23:59:59.999Z").unwrap());
        assert_eq!(p.looking_back(6).start, parse("2024-07-01T00:00:00.000Z").unwrap());
        assert!(matches!(Period::parse("2025-12-31", "2025-01-01"), Err(PeriodError::WrongOrder { .. })));
        assert!(matches!(Period::parse("2025-1-1x", "2025-12-31"), Err(PeriodError::NotADate(_))));
        assert!(Period::parse("2025-03-01", "2025-03-01").is_ok());
    }
}
