//! Time for the measures: FHIR `date` / `dateTime` / `instant` values read with their
//! precision, intervals, and the interval relations of MEASURES.md 1.4-1.6.
//!
//! A value is held as the range of UTC instants it can denote ([`When`], milliseconds
//! since 1970): `2025-03` is every millisecond of March 2025, a millisecond-precision
//! instant is a single one. A comparison is met only when it holds for every instant
//! both sides can denote; "unknown" is "not met". Day-precision comparisons first reduce
//! both sides to their UTC calendar days. Unknown interval bounds are ranges too: an
//! unknown end is any instant from the start to the end of time.

use chrono::{Datelike, Months, NaiveDate};

pub(crate) const MS_PER_DAY: i64 = 86_400_000;
/// The beginning and the end of time. Far from `i64` limits so shifting never overflows.
pub(crate) const BEGIN: i64 = -(1 << 60);
pub(crate) const END: i64 = 1 << 60;
/// Days since 1970-01-01 of 0001-01-01 (chrono counts days from the common era).
const EPOCH_FROM_CE: i64 = 719_163;

/// The instants a value can denote, in milliseconds since the Unix epoch, UTC, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct When {
    pub lo: i64,
    pub hi: i64,
}

/// How finely a comparison looks at its operands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prec {
    Ms,
    Day,
}

impl When {
    pub const BEGINNING: When = When { lo: BEGIN, hi: BEGIN };
    pub const ENDING: When = When { lo: END, hi: END };

    pub fn point(ms: i64) -> Self {
        Self { lo: ms, hi: ms }
    }

    /// Every instant of a calendar day.
    pub fn day(date: NaiveDate) -> Self {
        let start = day_number(date) * MS_PER_DAY;
        Self { lo: start, hi: start + MS_PER_DAY - 1 }
    }

    /// Every instant of the days `from..=to`.
    pub fn days(from: NaiveDate, to: NaiveDate) -> Self {
        Self { lo: When::day(from).lo, hi: When::day(to).hi }
    }

    /// The value reduced to the precision of a comparison: unchanged for milliseconds,
    /// UTC day numbers for days. The ends of time stay where they are.
    fn at(self, prec: Prec) -> Self {
        match prec {
            Prec::Ms => self,
            Prec::Day => Self { lo: to_day(self.lo), hi: to_day(self.hi) },
        }
    }

    /// Moved by `ms`; the ends of time do not move.
    pub fn shifted(self, ms: i64) -> Self {
        let mv = |v: i64| if v <= BEGIN || v >= END { v } else { v + ms };
        Self { lo: mv(self.lo), hi: mv(self.hi) }
    }

    pub fn plus_days(self, days: i64) -> Self {
        self.shifted(days * MS_PER_DAY)
    }

    /// Calendar arithmetic (MEASURES.md 1.1) on an exact instant or a range: each bound
    /// moves by whole months, clamping to the end of shorter months.
    pub fn plus_months(self, months: i32) -> Self {
        let mv = |v: i64| {
            if v <= BEGIN || v >= END {
                return v;
            }
            let day = v.div_euclid(MS_PER_DAY);
            let time = v.rem_euclid(MS_PER_DAY);
            let date = date_of_day(day);
            let moved = if months >= 0 {
                date.checked_add_months(Months::new(months as u32))
            } else {
                date.checked_sub_months(Months::new(months.unsigned_abs()))
            };
            moved.map(|d| day_number(d) * MS_PER_DAY + time).unwrap_or(v)
        };
        Self { lo: mv(self.lo), hi: mv(self.hi) }
    }

    /// The UTC calendar date of an exact instant (of the earliest instant otherwise).
    pub fn date(&self) -> Option<NaiveDate> {
        if self.lo <= BEGIN || self.lo >= END {
            return None;
        }
        Some(date_of_day(self.lo.div_euclid(MS_PER_DAY)))
    }

    /// The calendar date of the latest instant, when that is a real date.
    pub fn last_date(&self) -> Option<NaiveDate> {
        if self.hi <= BEGIN || self.hi >= END {
            return None;
        }
        Some(date_of_day(self.hi.div_euclid(MS_PER_DAY)))
    }
}

/// `a <= b` for every instant either side can denote.
pub(crate) fn le(a: When, b: When, prec: Prec) -> bool {
    a.at(prec).hi <= b.at(prec).lo
}

/// `a >= b` for every instant either side can denote.
pub(crate) fn ge(a: When, b: When, prec: Prec) -> bool {
    a.at(prec).lo >= b.at(prec).hi
}

/// `a < b` for every instant either side can denote.
pub(crate) fn lt(a: When, b: When, prec: Prec) -> bool {
    a.at(prec).hi < b.at(prec).lo
}

fn to_day(ms: i64) -> i64 {
    if ms <= BEGIN || ms >= END { ms } else { ms.div_euclid(MS_PER_DAY) }
}

pub(crate) fn day_number(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) - EPOCH_FROM_CE
}

pub(crate) fn date_of_day(day: i64) -> NaiveDate {
    i32::try_from(day + EPOCH_FROM_CE).ok().and_then(NaiveDate::from_num_days_from_ce_opt).unwrap_or(if day < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

/// A closed interval whose bounds may themselves be uncertain (MEASURES.md 1.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Interval {
    pub start: When,
    pub end: When,
}

impl Interval {
    pub fn new(start: When, end: When) -> Self {
        Self { start, end }
    }

    /// The point interval `[t, t]`.
    pub fn point(t: When) -> Self {
        Self { start: t, end: t }
    }

    /// Whether the interval runs to the end of time or to an end nobody knows.
    pub fn has_real_end(&self) -> bool {
        self.end.hi < END
    }

    /// latest(X): the end when the interval has a real one, else its start.
    pub fn latest(&self) -> When {
        if self.has_real_end() { self.end } else { self.start }
    }

    /// A during W.
    pub fn during(&self, w: &Interval, prec: Prec) -> bool {
        ge(self.start, w.start, prec) && le(self.end, w.end, prec)
    }

    /// A overlaps W.
    pub fn overlaps(&self, w: &Interval, prec: Prec) -> bool {
        le(self.start, w.end, prec) && ge(self.end, w.start, prec)
    }

    /// A ends during W.
    pub fn ends_during(&self, w: &Interval, prec: Prec) -> bool {
        w.contains(self.end, prec)
    }

    /// A starts during W.
    pub fn starts_during(&self, w: &Interval, prec: Prec) -> bool {
        w.contains(self.start, prec)
    }

    /// p within W.
    pub fn contains(&self, p: When, prec: Prec) -> bool {
        ge(p, self.start, prec) && le(p, self.end, prec)
    }
}

/// Error for a date or time that is not a FHIR `date`, `dateTime` or `instant`. It does
/// not repeat the value: dates are identifying (DESIGN.md rule 6).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "not a FHIR date/dateTime ({0} characters; expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss[.sss](Z|+hh:mm))"
)]
pub struct BadDateTime(pub usize);

/// Reads a FHIR `date`, `dateTime` or `instant` as the range of instants it denotes.
/// Offsets are applied (the value is moved to UTC); a time without an offset, which FHIR
/// forbids but some servers send, is read as UTC rather than lost.
pub(crate) fn parse(raw: &str) -> Result<When, BadDateTime> {
    let bad = || BadDateTime(raw.chars().count());
    let b = raw.as_bytes();
    let num = |from: usize, len: usize| -> Option<u32> {
        let s = b.get(from..from + len)?;
        s.iter().try_fold(0u32, |acc, c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
    };
    let year = num(0, 4).ok_or_else(bad)? as i32;
    if b.len() == 4 {
        let from = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(bad)?;
        let to = NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(bad)?;
        return Ok(When::days(from, to));
    }
    if b.get(4) != Some(&b'-') {
        return Err(bad());
    }
    let month = num(5, 2).ok_or_else(bad)?;
    if b.len() == 7 {
        let from = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(bad)?;
        let to = from.checked_add_months(Months::new(1)).and_then(|d| d.pred_opt()).ok_or_else(bad)?;
        return Ok(When::days(from, to));
    }
    if b.get(7) != Some(&b'-') {
        return Err(bad());
    }
    let day = num(8, 2).ok_or_else(bad)?;
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or_else(bad)?;
    if b.len() == 10 {
        return Ok(When::day(date));
    }
    if b.get(10) != Some(&b'T') {
        return Err(bad());
    }
    let hour = num(11, 2).ok_or_else(bad)?;
    if b.get(13) != Some(&b':') {
        return Err(bad());
    }
    let minute = num(14, 2).ok_or_else(bad)?;
    let mut at = 16;
    // Precision of the value in milliseconds: a minute, a second, or a millisecond.
    let mut width: i64 = 60_000;
    let mut second = 0;
    let mut millis: i64 = 0;
    if b.get(at) == Some(&b':') {
        second = num(at + 1, 2).ok_or_else(bad)?;
        at += 3;
        width = 1000;
        if b.get(at) == Some(&b'.') {
            at += 1;
            let digits = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits == 0 {
                return Err(bad());
            }
            // Digits beyond milliseconds are finer than any comparison here: drop them.
            let kept = digits.min(3);
            let value = num(at, kept).ok_or_else(bad)? as i64;
            millis = value * 10i64.pow(3 - kept as u32);
            width = 10i64.pow(3 - kept as u32);
            at += digits;
        }
    }
    if hour > 23 || minute > 59 || second > 60 {
        return Err(bad());
    }
    let offset_min: i64 = match b.get(at) {
        None => 0,
        Some(b'Z') if at + 1 == b.len() => 0,
        Some(sign @ (b'+' | b'-')) if b.len() == at + 6 && b[at + 3] == b':' => {
            let h = num(at + 1, 2).ok_or_else(bad)? as i64;
            let m = num(at + 4, 2).ok_or_else(bad)? as i64;
            if h > 14 || m > 59 {
                return Err(bad());
            }
            let total = h * 60 + m;
            if *sign == b'-' { -total } else { total }
        }
        _ => return Err(bad()),
    };
    let local = day_number(date) * MS_PER_DAY
        + i64::from(hour) * 3_600_000
        + i64::from(minute) * 60_000
        + i64::from(second.min(59)) * 1000
        + millis;
    let lo = local - offset_min * 60_000;
    Ok(When { lo, hi: lo + width - 1 })
}

/// A birth date as the range of days it can be (a partial birthDate is a range).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BirthDate {
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
}

impl BirthDate {
    pub fn parse(raw: &str) -> Result<Self, BadDateTime> {
        let w = parse(raw)?;
        match (w.date(), w.last_date()) {
            (Some(earliest), Some(latest)) => Ok(Self { earliest, latest }),
            _ => Err(BadDateTime(raw.chars().count())),
        }
    }

    /// The ages in whole years the patient can have on `on` (youngest, oldest).
    pub fn age_on(&self, on: NaiveDate) -> (i32, i32) {
        (whole_years(self.latest, on), whole_years(self.earliest, on))
    }

    /// Whether the age on `on` lies in `min..=max` whatever the exact birth date.
    pub fn age_between(&self, on: NaiveDate, min: i32, max: i32) -> bool {
        let (youngest, oldest) = self.age_on(on);
        youngest >= min && oldest <= max
    }

    /// The instants of birth date + `months`.
    pub fn plus_months(&self, months: i32) -> When {
        When::days(self.earliest, self.latest).plus_months(months)
    }
}

fn whole_years(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn parser_never_panics(s in "\\PC{0,40}") {
            let _ = parse(&s);
        }

        #[test]
        fn instants_land_on_their_utc_millisecond(secs in 0i64..4_000_000_000, ms in 0i64..1000, offset_min in -840i32..=840) {
            let utc = chrono::DateTime::from_timestamp(secs, (ms * 1_000_000) as u32).unwrap();
            let zone = chrono::FixedOffset::east_opt(offset_min * 60).unwrap();
            let text = utc.with_timezone(&zone).to_rfc3339_opts(chrono::SecondsFormat::Millis, false);
            let w = parse(&text).unwrap();
            prop_assert_eq!(w, When::point(secs * 1000 + ms), "{}", text);
        }
    }

    fn t(raw: &str) -> When {
        parse(raw).unwrap()
    }

    #[test]
    fn precision_gives_a_range() {
        let ms = t("2025-01-01T00:00:00.000Z");
        assert_eq!(ms.lo, ms.hi);
        let sec = t("2025-12-31T23:59:59Z");
        assert_eq!(sec.hi - sec.lo, 999);
        let year = t("2025");
        assert_eq!(year.date(), NaiveDate::from_ymd_opt(2025, 1, 1));
        assert_eq!(year.last_date(), NaiveDate::from_ymd_opt(2025, 12, 31));
        let feb = t("2024-02");
        assert_eq!(feb.last_date(), NaiveDate::from_ymd_opt(2024, 2, 29));
        assert_eq!(t("2025-06-01T10:00:00.000+02:00"), t("2025-06-01T08:00:00.000Z"));
        assert_eq!(t("2025-06-01T23:30:00.000-05:00").date(), NaiveDate::from_ymd_opt(2025, 6, 2));
        assert_eq!(t("2025-06-01T10:00:00.123456Z"), t("2025-06-01T10:00:00.123Z"));
        for bad in ["", "2025-13", "2025-02-30", "25-01-01", "2025-01-01T25:00:00Z", "2025-01-01T10:00:00+5", "soon"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn coarse_values_make_comparisons_unknown() {
        let mp = Interval::new(t("2025-01-01T00:00:00.000Z"), t("2025-12-31T23:59:59.999Z"));
        // A year-precision 2025 lies in the MP whatever instant it means.
        assert!(mp.contains(t("2025"), Prec::Ms));
        // "2024-12-31T23:59:59Z" is before the MP at every instant it can denote.
        assert!(!mp.contains(t("2024-12-31T23:59:59Z"), Prec::Ms));
        // A month straddles nothing, a year does: 2024-2025 ranges are unknown either way.
        let both = When { lo: t("2024").lo, hi: t("2025").hi };
        assert!(!mp.contains(both, Prec::Day));
        assert!(!lt(both, mp.start, Prec::Day));
    }

    #[test]
    fn unknown_ends_follow_the_spec_example() {
        let mp = Interval::new(t("2025-01-01T00:00:00.000Z"), t("2025-12-31T23:59:59.999Z"));
        let old = Interval::new(t("2024-05-01"), When { lo: t("2024-05-01").lo, hi: END });
        assert!(!old.overlaps(&mp, Prec::Day));
        let new = Interval::new(t("2025-05-01"), When { lo: t("2025-05-01").lo, hi: END });
        assert!(new.overlaps(&mp, Prec::Day));
        let open = Interval::new(t("2025-03-01T10:00:00.000Z"), When::ENDING);
        assert!(!open.during(&mp, Prec::Day));
        assert_eq!(open.latest(), open.start);
    }

    #[test]
    fn day_comparisons_use_utc_dates() {
        let mp = Interval::new(t("2025-01-01T00:00:00.000Z"), t("2025-12-31T23:59:59.999Z"));
        let crossing = Interval::new(t("2024-12-31T22:00:00.000Z"), t("2025-01-01T00:00:00.000Z"));
        assert!(crossing.ends_during(&mp, Prec::Day));
        assert!(!crossing.during(&mp, Prec::Day));
        assert!(crossing.overlaps(&mp, Prec::Ms));
    }

    #[test]
    fn months_clamp_to_the_last_day() {
        let aug31 = t("2025-08-31T12:00:00.000Z");
        assert_eq!(aug31.plus_months(-6), t("2025-02-28T12:00:00.000Z"));
        assert_eq!(t("2025-01-01T00:00:00.000Z").plus_months(-12 * 9), t("2016-01-01T00:00:00.000Z"));
        assert_eq!(When::ENDING.plus_months(3), When::ENDING);
    }

    #[test]
    fn ages_hold_for_every_possible_birth_date() {
        let on = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
        let exact = BirthDate::parse("1960-12-31").unwrap();
        assert_eq!(exact.age_on(on), (65, 65));
        let leapling = BirthDate::parse("1960-02-29").unwrap();
        assert_eq!(leapling.age_on(NaiveDate::from_ymd_opt(2025, 2, 28).unwrap()), (64, 64));
        let year = BirthDate::parse("1960").unwrap();
        assert_eq!(year.age_on(NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()), (64, 65));
        assert!(!year.age_between(NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(), 65, 80));
        assert!(year.age_between(on, 65, 80));
    }
}
