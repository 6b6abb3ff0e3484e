//! Dates written in free text, in the forms clinicians write them: `03/14/2024`,
//! `3/14/24`, `2024-03-14`, `March 14, 2024`, `March 14th`, `14 Mar 2024`, `14-MAR-2024`,
//! `Mar 14`, `3/14`. Each is found with its byte span, read as a calendar date (a missing
//! year is taken from the note's own year) and can be written back shifted, in the form
//! it was written in.

use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate};
use regex::Regex;

/// One date found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    pub start: usize,
    pub end: usize,
    pub date: NaiveDate,
    form: Form,
    /// What comes before the date inside the span and is kept as it is: its weekday
    /// (`Monday, `; the shift is whole weeks, so the weekday stays true) or the `the ` of
    /// `the 2nd of May`.
    lead: String,
    /// What follows the date inside the span and is kept as it is (a time).
    tail: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// `03/14/2024`, `3/14/24` (US month first), with the separator, padding and year width.
    Numeric { sep: char, pad: bool, year_digits: u8 },
    /// `3/14`: no year.
    NumericNoYear { sep: char, pad: bool },
    /// `2024-03-14`, `2024/03/14`, `2024-03-14T16:24`: the time is kept as written.
    Iso { sep: char },
    /// `03/2024`.
    NumericMonthYear { pad: bool },
    /// `20240314`, `20230417T163000`: the time is kept as written.
    Compact,
    /// `2022. 10. 4.`, `2022.10.04`: year, month and day, each closed by a period (Korean,
    /// Hungarian), spaced or not.
    YearDotted { spaced: bool, pad: bool, closed: bool },
    /// `2-IX-2023`, `13.V.1960`, `15 VII 63`: the month in Roman numerals.
    DayRomanYear { sep: char, pad: bool, short_year: bool },
    /// `14.03.2024`, `14/03/2024`, `25/3/24` when the first number cannot be a month.
    DayMonthYear { sep: char, pad: bool, year_digits: u8 },
    /// `March 2024`, `Jan-2023`: the month is shifted; the day is not shown.
    MonthYear { long: bool, of: bool, dash: bool },
    /// `2022/12`: a year and a month.
    YearMonth,
    /// `Aug 7 19:39:43 CDT 2023`: a Unix `date` stamp; the time and zone are kept as written.
    Unix,
    /// `0905` in `rcvd0905`: a month and a day run together, no year.
    MonthDayRun,
    /// `25.5.`: a day and a month, each closed by a period, no year.
    DayMonthDotted { pad: bool },
    /// `the 2nd of May`.
    DayOfMonth { long: bool, year: bool },
    /// `March 14, 2024`, `Mar 14`, `March 14th`.
    MonthFirst { long: bool, year: bool, ordinal: bool, comma: bool },
    /// `14 Mar 2024`, `14-MAR-2024`, `14 March`.
    DayFirst { long: bool, year: bool, two_digit_year: bool, comma: bool, sep: char, upper: bool },
    /// `14MAR24`, `07Jan2025`: day, month and year run together.
    DayMonthRun { pad: bool, upper: bool, year_digits: u8 },
    /// `Mar-14`, `JUN-03`: a month and a day, no year.
    MonthDashDay { upper: bool },
    /// `Feb 4 '24`, `Jul. 12th, '27`: a month, a day and the year's last two digits.
    MonthDayApostrophe { long: bool, quote: char, ordinal: bool, comma: bool },
    /// The `24` of `2/19-24`: the last day of a range whose first date gives the month
    /// (written as a month and day too where the shift moves it to another month).
    /// `named`: the first date writes its month by name (`March 2–11`), in full or not.
    RangeEnd { first: NaiveDate, pad: bool, named: Option<bool> },
    /// The `3` of `3–7 April 2023`: the first day of a range whose last date gives the month
    /// and the year (written with the month too where the shift moves it to another month).
    /// `long`: the last date writes its month in full.
    RangeStart { last: NaiveDate, long: bool },
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub(super) fn month_number(name: &str) -> Option<u32> {
    let lower = name.trim_end_matches('.').to_lowercase();
    if lower == "sept" {
        return Some(9);
    }
    MONTHS.iter().position(|m| *m == lower || (lower.len() == 3 && m.starts_with(&lower))).map(|i| i as u32 + 1)
}

/// A month's name, in full or cut short, any case (a short one may end in a period,
/// which the patterns add).
pub(super) const MONTH_NAME: &str = r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(\d{4})([-/])(\d{2})[-/](\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?:(?-u:\b)|(_))",
    )
    .expect("regex")
});
static NUMERIC_MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(0?[1-9]|1[0-2])/((?:19|20)\d{2})(?-u:\b)").expect("regex"));
static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:19|20)\d{2})(\d{2})(\d{2})(T\d{4}(?:\d{2})?Z?)?(?-u:\b)").expect("regex")
});
/// A camera's or a scanner's stamp: `2024:06:24 10:24:14`.
static EXIF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:19|20)\d{2}):(\d{2}):(\d{2})(?-u:\b)(?:[ \t]+\d{1,2}:\d{2})").expect("regex")
});
static YEAR_DOTTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:19|20)\d{2})\.([ \t]?)(\d{1,2})\.[ \t]?(\d{1,2})(?-u:\b)(\.)?").expect("regex")
});
const ROMAN_MONTHS: [&str; 12] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
static DAY_ROMAN_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(\d{1,2})([-./ ])(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)([-./ ])((?:19|20)\d{2}|\d{2})(?-u:\b)",
    )
    .expect("regex")
});
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)({MONTH_NAME}\.?)(,?\s+|\s+of\s+|-)((?:19|20)\d{{2}})(?-u:\b)")).expect("regex")
});
/// `2022/12`: a year and its month (not `2022/12/05`, read as a date).
static YEAR_MONTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)((?:19|20)\d{2})/(0[1-9]|1[0-2])(?-u:\b)(/\d)?").expect("regex"));
/// A Unix `date` stamp: `Aug 7 19:39:43 CDT 2023`.
static UNIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)({MONTH_ABBREVIATION})[ \t]+(\d{{1,2}})([ \t]+\d{{2}}:\d{{2}}:\d{{2}}[ \t]+[A-Z]{{3,5}}[ \t]+)((?:19|20)\d{{2}})(?-u:\b)"
    ))
    .expect("regex")
});
/// A month and day run onto the word for receiving it: `rcvd0905`, `recd1002`.
static RECEIVED_RUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i:rcvd|recd|rec'd)(0[1-9]|1[0-2])([0-3]\d)(?-u:\b)").expect("regex"));
/// A range of days and months written with periods, the year on the second: `25.5.–27.5.2023`.
static DOTTED_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})\.(\d{1,2})\.[ \t]?[–-][ \t]?(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?-u:\b)")
        .expect("regex")
});
/// `2024 11 25`: a year, month and day apart by spaces.
static YEAR_SPACED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)((?:19|20)\d{2}) (0[1-9]|1[0-2]) ([0-3]\d)(?-u:\b)").expect("regex"));
static DAY_OF_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th)?\s+of\s+({MONTH_NAME}\.?)(?:,?\s+(\d{{4}}))?(?-u:\b)"))
        .expect("regex")
});
/// A month's three-letter abbreviation, any case, written without a period.
const MONTH_ABBREVIATION: &str = "(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";
static DAY_MONTH_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)(\d{{1,2}})({MONTH_ABBREVIATION})(\d{{4}}|\d{{2}})?(?-u:\b)")).expect("regex")
});
static MONTH_DASH_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?-u:\b)({MONTH_ABBREVIATION})-(\d{{2}})(?-u:\b)")).expect("regex"));
static MONTH_DAY_APOSTROPHE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)({MONTH_NAME}\.?)[ \t]+(\d{{1,2}})((?i:st|nd|rd|th))?(,)?[ \t]+(['’])(\d{{2}})(?-u:\b)"
    ))
    .expect("regex")
});
/// The first day of a range and its dash before a day-first date: the `3–` of `3–7 April 2023`.
static RANGE_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{1,2})[ \t]?[–-][ \t]?$").expect("regex"));

/// The rest of a range of days in one month after `March 2`: `–11, 2024`, `-11`.
static MONTH_DAY_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]*(?:-|–)[ \t]*(\d{1,2})(?-u:\b)(?:,?[ \t]+((?:19|20)\d{2})(?-u:\b))?").expect("regex")
});
/// `12 /30`: a yearless date with a space before its slash.
static SPACED_SLASH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{1,2})[ \t]/(\d{1,2})(?-u:\b)").expect("regex"));
static NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{1,2})([/.-])(\d{1,2})(?:([/.-])(\d{4}|\d{2}))?(?-u:\b)").expect("regex"));
static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)({MONTH_NAME}\.?)\s+(\d{{1,2}})((?i:st|nd|rd|th))?(?-u:\b)(?:(,)?\s+(\d{{4}})(?-u:\b))?"
    ))
    .expect("regex")
});
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    // `14-MAR-24`, `2 Apr 24`: a two-digit year after a space only where no time or
    // measure follows it (`14 Mar 10 am` keeps its time);
    // `14 March, 2024`: a comma before a year of this century or the last.
    Regex::new(&format!(
        r"(?-u:\b)(\d{{1,2}})([ -])({MONTH_NAME}\.?)(?:[ -](\d{{4}})|-(\d{{2}})|(,)[ \t]+((?:19|20)\d{{2}})| (\d{{2}}))?(?-u:\b)"
    ))
    .expect("regex")
});
/// A web server's log stamp: `14/Mar/2024:09:30:12`.
static LOG_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)(\d{{2}})/({MONTH_ABBREVIATION})/(\d{{4}})(:\d{{2}}:\d{{2}}(?::\d{{2}})?)?(?-u:\b)"))
        .expect("regex")
});

/// Words before a yearless `3/14` that make it a date rather than a dose or a ratio.
static DATE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:on|since|from|until|till|through|dated|date|seen|visit|admitted|discharged|started|stopped|by|before|after|of|dos|recheck|re-check|repeat|due|next|go|filed|placed|scheduled|planned|expected|return|rtc|f/u|follow-up|followup|appointment|appt|surgery|procedure|delivered|born|died|injured|fell|onset|last|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|as of|starting|beginning|effective|week of|admit|admission|discharge|d/c|d/c'd|dc'd|discontinued|resumed|restarted|called|phoned|spoke|message|msg|drawn|collected|imaging|ct|mri|x-ray|xray|echo|ekg|ecg|colonoscopy|mammogram|lmp|edd|edc|dob|faxed|expires|dc|printed|signed|hospitalized|transcribed|dictated|randomized|enrolled|consented|screened|shipped|resulted|labs|prelabs|mbss|filled|refilled|visits|window|huddle|sent|released|reconciled|notified|presented|reviewed|updated|challenge|dropped|hus|ultrasound|eeg|emg|egd|pft|done|injury|absent|ard|services|stayed|biopsy|excision|callback|began|completed|draw|interview|meeting|alt|session|returned|active|valid|review|changed|replaced|exchanged|emptied|adm|swapped|uploaded|rcvd|received|issued|denied|approved|try-in|audiogram|fitted|influenza|flu|vaccine|tdap|birthday|(?-i:Mo|Tu|We|Th|Fr|Sa|Su))(?:[ \t]+[A-Za-z]{1,12}){0,2}[),~]?[ \t]*:?[ \t]*$")
        .expect("regex")
});

/// The heading of the table column whose cell holds byte `at`: the cell in the same place
/// on the first line of the `|` table (the line above the rule under it, or the table's
/// first line).
fn cell_heading(text: &str, at: usize) -> Option<&str> {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..at].matches('|').count();
    let mut heading = None;
    let mut end = line_start;
    // Up the table, at most thirty lines.
    for _ in 0..30 {
        if end == 0 {
            break;
        }
        let start = text[..end - 1].rfind('\n').map_or(0, |i| i + 1);
        let line = &text[start..end - 1];
        if !line.contains('|') {
            break;
        }
        if !line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '+' | '=')) {
            heading = Some(line);
        }
        end = start;
    }
    heading?.split('|').nth(column).map(str::trim)
}

/// "given" before a yearless `4/25` makes it a date unless it could be a fraction ("given
/// 1/2 NS").
static GIVEN_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:given|noted)[ \t]*:?[ \t]*$").expect("regex"));

/// A column heading that dates its cells.
static DATE_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:date|dates|day|dos|session|visit|night)[ \t]*$").expect("regex"));

/// Whether the `|` row holding byte `at` is a row of yearless dates only, running forward
/// ("| 5-31 | 6-2 | 6-4", a flowsheet's heading): two cells or more.
fn in_date_row(text: &str, at: usize) -> bool {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[start..end];
    if !line.contains('|') {
        return false;
    }
    let mut previous = (0, 0);
    let mut dates = 0;
    // A row of fractions and scores only ("| 1/2 | 3/4 |") is not one of dates.
    let mut fractions = 0;
    for cell in line.split('|').map(str::trim).filter(|c| !c.is_empty()) {
        let Some((m, d)) = cell.split_once(['/', '-']) else { return false };
        let (Ok(m), Ok(d)) = (m.parse::<u32>(), d.parse::<u32>()) else { return false };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) || (m, d) <= previous {
            return false;
        }
        previous = (m, d);
        dates += 1;
        fractions += usize::from(proper_fraction(m, d));
    }
    dates >= 2 && fractions < dates
}

/// A proper fraction, or a score out of ten or less ("3/4", "8/9", "6/6").
fn proper_fraction(month: u32, day: u32) -> bool {
    (matches!(day, 2 | 3 | 4 | 8) && month < day) || (day <= 10 && month <= day)
}

/// The word right before a fraction that is a score, not a date ("pain 7/10", "strength
/// 4/5", "rated 3/10", "BIMS 10/15").
static SCORE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:pain|pain score|pain level|score|scale|rated|rates|rating|severity|intensity|strength|power|motor|grip|nausea|anxiety|dyspnea|vas|nrs|reflex|reflexes|dtrs|murmur|grade|mmt|moca|mmse|slums|bims|mini-cog|gcs|mood|sleep|recall|orientation|oriented|apgars?|a&o|aox|perrl|follows)[ \t]*(?:is|was|of|at|:|=)?[ \t]*$")
        .expect("regex")
});

/// A yearless date and a range word before a yearless `3/20`: "3/14-", "3/14 to ".
static RANGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])[ \t]*(?:-|–|to|through|thru|until)[ \t]*$")
        .expect("regex")
});

/// A range word and a second date with its year after a yearless `3/14`: "11/3 to 11/20/2025"
/// (not "1/4-1/2 tab").
static RANGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[ \t]*(?:-|–|to|through|thru|until)[ \t]*(?:0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/(?:\d{4}|\d{2})(?-u:\b)",
    )
    .expect("regex")
});

/// A sender and a colon after a yearless date opening a line: a pasted text message
/// ("6/7 hortensia: her appetite").
static MESSAGE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[ \t]+\p{L}[\p{L}'’-]*(?:[ \t]\p{L}[\p{L}'’-]*)?:[ \t]").expect("regex"));

/// The word right before a yearless `10.29` that makes it a date: fewer than for `4/22`,
/// and none that a value follows ("last K 3.25", "Hgb 10.12") or a time ("until 10.30").
static DOTTED_DATE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:filed|appt|appointment|call|visit|seen|dated|dos|due|swapped|uploaded|signed|faxed|sent|received|returned|scheduled|reviewed|changed|replaced)[ \t]*:?[ \t]*$")
        .expect("regex")
});

/// Words that make a yearless `04-22` a date: fewer than for `4/22`, because two numbers
/// joined by a dash are more often a range ("loss of 10-12 lbs", "for 02-03 weeks").
static DASH_DATE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:on|since|dated|date|seen|visit|admitted|discharged|started|stopped|recheck|re-check|due|return|rtc|f/u|follow-up|followup|appointment|appt|drawn|collected|transcribed|dictated|filled|refilled|signed|expires|dob|dos|released|received|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|meeting|noted|interview|active|valid|returned|intake|swapped|uploaded|filed)[ \t]*[),]?[ \t]*:?[ \t]*$")
        .expect("regex")
});

/// Whether two yearless month/day pairs make a range of dates: it runs forward (not "1/4-1/2
/// tab"), one of its days is past 6 (not grades: "2/6-3/6", "1/4-2/4"), and they are not two
/// scores with the same denominator of 10 or 5 ("3/10-10/10", "6/10 to 8/10").
fn runs_forward((month, day): (u32, u32), (month2, day2): (u32, u32)) -> bool {
    let scores = day == day2 && matches!(day, 5 | 10);
    (month2, day2) > (month, day) && (day > 6 || day2 > 6) && !scores
}

/// A range word and a second yearless date after a yearless `3/14`: "3/14-3/20", "6/6 to
/// 11/28". The range counts when it runs forward (not "1/4-1/2 tab").
static RANGE_AFTER_NO_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]*(?:-|–|to|through|thru|until)[ \t]*(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?-u:\b)")
        .expect("regex")
});

/// The day of a second yearless date whose month the numeric pattern read as a year:
/// "/28" after "6/6-11".
static SECOND_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^/(0?[1-9]|[12]\d|3[01])(?:/(\d{4}|\d{2}))?(?-u:\b)").expect("regex"));

/// The rest of an entry heading after `(10/23`: a name, then `):`.
static ENTRY_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^,[ \t]+\p{Lu}[^()\n]{0,60}\)[ \t]*:").expect("regex"));

/// A time of day right after a yearless `3/14`: "09:30", "0930", "0930h".
static TIME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]+(?:@[ \t]*)?(?:[01]?\d|2[0-3])(?::?[0-5]\d)(?:h|hrs)?(?-u:\b)(?:[ \t]*(?i:am|pm))?")
        .expect("regex")
});

/// A time after a yearless date in brackets: `(9/14, 6:29p)`.
static TIME_IN_PARENS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^,[ \t]*\d{1,2}:\d{2}(?:[ \t]*(?i:a|p|am|pm))?\)").expect("regex"));

/// What follows a number that is a time of day (`10 am`, `10:30`, `10h`), not a year.
static TIME_OF_DAY_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[:.]\d|[ \t]*(?i:am|pm|a\.m|p\.m|h|o'clock)(?-u:\b))").expect("regex"));

/// A date with its year ("03/14/2024", "2024-03-14", "14MAR24", "14-MAR-2024"): a line
/// that has one dates the yearless ones beside it ("test,2023-01-18,3/24", "12-APR-2024 –
/// 4/15").
static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:\d{{1,2}}/\d{{1,2}}/(?:19|20)?\d{{2}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|\d{{1,2}}-?{MONTH_ABBREVIATION}-?(?:19|20)?\d{{2}})(?-u:\b)"
    ))
    .expect("regex")
});

/// A visit named after a yearless `6/4`: "the 6/4 visit", "your 11/2 appt".
static VISIT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[ \t]+(?i:visit|appt|appointment)(?-u:\b)").expect("regex"));

/// A signer's credential right before a yearless date that closes the line: "vaclav rn
/// 10/26", "Ada Lowe, MSW 3/2".
static SIGNER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)\p{L}[\p{L}'’-]*,?[ \t]+(?:rn|lpn|lvn|cna|np|md|do|pa-c|msw|lcsw|licsw|lmsw|lsw|rph|pharmd|dpt|pt|ot|otr|slp|rd|mt-bc|mbbs|cen|bsn|fnp|fnp-bc|agacnp|agacnp-bc|acnp|aprn|dnp|np-c|phd|psyd|lpc|lmft|cnm|crna|bcps|ccrn)(?:,[ \t]*(?:rn|bsn|cen|ccrn|bcps|np|fnp-bc|phd|mph|cde|cdces))*(?:[ \t]+|[ \t]*(?:--|[-–—,])[ \t]*)$").expect("regex")
});

/// A 24-hour time of four digits or with a colon after a yearless `MM-DD` (`10-28 0835`);
/// not a number before a unit (`10-12 1000 mg`).
static CLOCK_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[ \t]+(?:[01]\d|2[0-3]):?[0-5]\d(?-u:\b)").expect("regex"));

/// "off" before a yearless date that is no fraction ("Work note: off 9/23 and 10/28").
static OFF_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)off[ \t]*$").expect("regex"));

/// A word right before a lower-case "may 13" that makes it the month, not the verb.
static MAY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:on|for|through|thru|until|till|since|dated|from|before|after|by|off|and)[ \t]*$|[-–][ \t]*$",
    )
    .expect("regex")
});

/// What closes a short date written with a dash ("removed 3-6,", "on 1-6.", "T: 4-11  Job"),
/// or a time after it ("3-13 around 13:36", "8-25 1746"): nothing measured follows it.
static CLOSES_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[.,;:)]|[ \t]*(?:\r|\n|$)|[ \t]{2}|[ \t]+(?:at|around|@)[ \t]*\d|[ \t]+(?:[01]?\d|2[0-3]):?[0-5]\d(?-u:\b))")
        .expect("regex")
});

/// Words that date a yearless date but are not in [`DATE_CUE`] because they also come
/// before counts: "Prior RN note 9/19", "Foley removed 3/6", "next contact 8-6", "hearing
/// set for 2-27", "bed confirmed for 6/10", "excuse his absence 4/23".
static EVENT_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:note|removed|inserted|contact|hearing|confirmed|absence|consulted|anticipated|expected|since|denied|delivered|signed|discharge|held)(?:[ \t]+(?:for|on|is|was|set[ \t]+for))?[ \t]*:?[ \t]*$")
        .expect("regex")
});

/// A dictation's footer: the date transcribed after the date dictated ("D: Feb-21  T: 4-11").
static TRANSCRIBED_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)D:[ \t]*[^\n]{1,40}[ \t](?:T|TR):[ \t]*$").expect("regex"));

/// Where a yearless date stands as a field of a note's heading lines: the line's start, two
/// spaces, a `|` or a `--` before it ("SOCIAL WORK ASSESSMENT\n7/9  |  Tariq Darwish",
/// "Expiration note -- SIDDIQUI,LATOYA -- 7-27").
static FIELD_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\n|[ \t]{2}|\|[ \t]*|[-–—]{2}[ \t]*|[–—][ \t]*)$").expect("regex"));
/// ... and the line's end, two spaces or a `|` after it.
static FIELD_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[ \t]*(?:\r|\n|$)|[ \t]{2}|[ \t]*\|)").expect("regex"));

/// A yearless date that is the other end of a range or a pair with a date already found:
/// "April 16 to 4/23", "12/31 to Jan 10", "off 9/23 and 10/28", "3/31-Oct. 24, 2020".
static PAIR_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[ \t]*(?:-|–|->|to|through|thru|until|till|and|&)[ \t]*$").expect("regex"));
static YEARLESS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(0?[1-9]|1[0-2])([/-])(0?[1-9]|[12]\d|3[01])(?-u:\b)").expect("regex"));

/// A date with its four-digit year glued by a hyphen to what comes before it ("episode
/// 08-Jun-17-6.21.2018", "2020-05-23-01/20/2022"), which the numeric pattern reads from the
/// number before the hyphen.
static GLUED_FULL_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9A-Za-z]-(\d{1,2})([/.])(\d{1,2})([/.])((?:19|20)\d{2})(?-u:\b)").expect("regex"));

/// What follows a fraction that is a dose or a measure, not a date ("1/2 tab").
static DOSE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?i:tabs?|tablets?|pills?|caps?|capsules?|doses?|mg|mcg|ml|units?|strength|of|cups?|teaspoons?|tsp|inch|inches|cm|mm|days?|weeks?|wks?|hours?|hrs?|times|lbs?|pounds|kg|months?|mos?|min|minutes|beats|breaths|episodes|years?|yrs?|percent)(?-u:\b)").expect("regex")
});

/// A yearless month and day after a person's name, closing its line or sentence: a
/// signature's or a reviewer's date (`REVIEWED: Z. NAGY 6/30`, `closed by Ji-ho Cho 11/23.`).
/// `after` is the text after the name.
static AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]+((0?[1-9]|1[0-2])([/-])(0?[1-9]|[12]\d|3[01]))[ \t]*(?:$|\r?\n|[.;,][ \t]*(?:$|\r?\n|[A-Z]))")
        .expect("regex")
});

/// The date [`AFTER_NAME`] finds after a name that ends at `at`, if there is one.
pub(super) fn yearless_after_name(text: &str, at: usize, reference_year: i32) -> Option<FoundDate> {
    let c = AFTER_NAME.captures(&text[at..])?;
    let whole = c.get(1)?;
    let (month, day) = (c[2].parse().ok()?, c[4].parse().ok()?);
    let date = yearless_day(reference_year, month, day)?;
    let sep = c[3].chars().next()?;
    let form = Form::NumericNoYear { sep, pad: c[2].starts_with('0') || c[4].starts_with('0') };
    Some(FoundDate::new(at + whole.start(), at + whole.end(), date, form))
}

/// A date written without its year, placed in `reference_year`; the 29th of February in the
/// leap year before it when `reference_year` has none ("Last BM february 29").
fn yearless_day(reference_year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(reference_year, month, day).or_else(|| {
        (month == 2 && day == 29)
            .then(|| (0..8).find_map(|back| NaiveDate::from_ymd_opt(reference_year - back, 2, 29)))
            .flatten()
    })
}

fn full_year(y: u32, digits: usize, reference_year: i32) -> i32 {
    if digits == 4 {
        return y as i32;
    }
    // Two-digit years: the century that puts the date nearest the note, never far ahead.
    let pivot = (reference_year % 100) + 10;
    if (y as i32) <= pivot { 2000 + y as i32 } else { 1900 + y as i32 }
}

/// Every date in `text`, non-overlapping, in order. `reference_year` supplies the year of
/// dates written without one.
pub fn find_dates(text: &str, reference_year: i32) -> Vec<FoundDate> {
    if !text.contains(|c: char| UNICODE_SEPARATORS.contains(&c) || c == '·' || arabic_digit(c).is_some())
        && !text.contains("%2F")
    {
        return find_dates_in(text, reference_year);
    }
    // `24‑Oct‑2023` (a non-breaking hyphen), `02∕09∕2023` (a division slash), `٠٣/١١/٢٠١٧`
    // (Arabic-Indic digits): read as the ASCII separator or digit, and mapped back to the
    // note's offsets; the shifted date is written in ASCII.
    let mut plain = String::with_capacity(text.len());
    let mut at: Vec<usize> = Vec::with_capacity(text.len() + 1);
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        let c = match c {
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' => '-',
            '\u{2215}' | '\u{2044}' => '/',
            // `17·07·2024`.
            '·' => '.',
            // `dob=02%2F19%2F1930` in a form's query string.
            '%' if text[i..].starts_with("%2F") => {
                chars.next();
                chars.next();
                '/'
            }
            c => arabic_digit(c).unwrap_or(c),
        };
        at.extend(std::iter::repeat_n(i, c.len_utf8()));
        plain.push(c);
    }
    at.push(text.len());
    let mut found = find_dates_in(&plain, reference_year);
    for d in &mut found {
        d.start = at[d.start];
        d.end = at[d.end];
    }
    found
}

/// The ASCII digit of an Arabic-Indic (٠–٩) or Eastern Arabic-Indic (۰–۹) digit.
fn arabic_digit(c: char) -> Option<char> {
    match c {
        '\u{660}'..='\u{669}' => char::from_u32(u32::from('0') + (u32::from(c) - 0x660)),
        '\u{6F0}'..='\u{6F9}' => char::from_u32(u32::from('0') + (u32::from(c) - 0x6F0)),
        _ => None,
    }
}

/// Hyphens and slashes that are not ASCII but separate a date's parts as well.
const UNICODE_SEPARATORS: [char; 6] = ['\u{2010}', '\u{2011}', '\u{2012}', '\u{2212}', '\u{2215}', '\u{2044}'];

fn find_dates_in(text: &str, reference_year: i32) -> Vec<FoundDate> {
    let mut found: Vec<FoundDate> = Vec::new();
    for c in ISO.captures_iter(text) {
        let m = c.get(0).expect("match");
        let (Ok(y), Ok(mo), Ok(d)) = (c[1].parse(), c[3].parse(), c[4].parse()) else { continue };
        if let Some(date) = NaiveDate::from_ymd_opt(y, mo, d) {
            let sep = c[2].chars().next().unwrap_or('-');
            let tail = c.get(5).map(|t| t.as_str().to_owned()).unwrap_or_default();
            // A file name's date before its `_` ("2024-09-05_steyn.tif").
            let end = c.get(6).map_or(m.end(), |u| u.start());
            found.push(FoundDate { tail, ..FoundDate::new(m.start(), end, date, Form::Iso { sep }) });
        }
    }
    for c in NUMERIC_MONTH_YEAR.captures_iter(text) {
        let m = c.get(0).expect("match");
        let (Ok(mo), Ok(y)) = (c[1].parse(), c[2].parse()) else { continue };
        if let Some(date) = NaiveDate::from_ymd_opt(y, mo, 15) {
            let form = Form::NumericMonthYear { pad: c[1].len() == 2 };
            found.push(FoundDate::new(m.start(), m.end(), date, form));
        }
    }
    for c in COMPACT.captures_iter(text) {
        let m = c.get(0).expect("match");
        if let Some(date) =
            NaiveDate::from_ymd_opt(c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0), c[3].parse().unwrap_or(0))
        {
            let tail = c.get(4).map(|t| t.as_str().to_owned()).unwrap_or_default();
            found.push(FoundDate { tail, ..FoundDate::new(m.start(), m.end(), date, Form::Compact) });
        }
    }
    for c in EXIF.captures_iter(text) {
        let (Ok(y), Ok(mo), Ok(d)) = (c[1].parse(), c[2].parse(), c[3].parse()) else { continue };
        if let Some(date) = NaiveDate::from_ymd_opt(y, mo, d) {
            let m = c.get(3).expect("day");
            found.push(FoundDate::new(c.get(1).expect("year").start(), m.end(), date, Form::Iso { sep: ':' }));
        }
    }
    for c in YEAR_DOTTED.captures_iter(text) {
        let m = c.get(0).expect("match");
        let (Ok(y), Ok(mo), Ok(d)) = (c[1].parse(), c[3].parse(), c[4].parse()) else { continue };
        if let Some(date) = NaiveDate::from_ymd_opt(y, mo, d) {
            let form = Form::YearDotted {
                spaced: !c[2].is_empty(),
                pad: c[3].len() == 2 && c[4].len() == 2,
                closed: c.get(5).is_some(),
            };
            found.push(FoundDate::new(m.start(), m.end(), date, form));
        }
    }
    for c in DAY_ROMAN_YEAR.captures_iter(text) {
        let m = c.get(0).expect("match");
        let Some(month) = ROMAN_MONTHS.iter().position(|r| *r == &c[3]) else { continue };
        if c[2] != c[4] {
            continue;
        }
        let (Ok(d), Ok(y)) = (c[1].parse(), c[5].parse()) else { continue };
        let year = full_year(y, c[5].len(), reference_year);
        if let Some(date) = NaiveDate::from_ymd_opt(year, month as u32 + 1, d) {
            let sep = c[2].chars().next().unwrap_or('-');
            let form = Form::DayRomanYear { sep, pad: c[1].len() == 2, short_year: c[5].len() == 2 };
            found.push(FoundDate::new(m.start(), m.end(), date, form));
        }
    }
    for c in YEAR_MONTH.captures_iter(text) {
        if c.get(3).is_some() {
            continue;
        }
        let (Ok(y), Ok(mo)) = (c[1].parse(), c[2].parse()) else { continue };
        if let Some(date) = NaiveDate::from_ymd_opt(y, mo, 15) {
            found.push(FoundDate::new(
                c.get(1).expect("year").start(),
                c.get(2).expect("month").end(),
                date,
                Form::YearMonth,
            ));
        }
    }
    for c in UNIX.captures_iter(text) {
        let m = c.get(0).expect("match");
        let (Some(month), Ok(day), Ok(year)) = (month_number(&c[1]), c[2].parse(), c[4].parse()) else { continue };
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
            // The time and zone between the day and the year are kept as written.
            let tail = c[3].to_owned();
            found.push(FoundDate { tail, ..FoundDate::new(m.start(), m.end(), date, Form::Unix) });
        }
    }
    for c in RECEIVED_RUN.captures_iter(text) {
        let (Ok(mo), Ok(d)) = (c[1].parse(), c[2].parse()) else { continue };
        if let Some(date) = yearless_day(reference_year, mo, d) {
            found.push(FoundDate::new(
                c.get(1).expect("month").start(),
                c.get(2).expect("day").end(),
                date,
                Form::MonthDayRun,
            ));
        }
    }
    for c in DOTTED_RANGE.captures_iter(text) {
        let (Ok(d1), Ok(m1), Ok(d2), Ok(m2), Ok(y)) =
            (c[1].parse(), c[2].parse(), c[3].parse(), c[4].parse(), c[5].parse::<i32>())
        else {
            continue;
        };
        let (Some(first), Some(second)) = (NaiveDate::from_ymd_opt(y, m1, d1), NaiveDate::from_ymd_opt(y, m2, d2))
        else {
            continue;
        };
        let first_end = c.get(2).expect("month").end() + 1;
        found.push(FoundDate::new(
            c.get(1).expect("day").start(),
            first_end,
            first,
            Form::DayMonthDotted { pad: c[1].len() == 2 },
        ));
        let pad = c[3].len() == 2 || c[4].len() == 2;
        let form = Form::DayMonthYear { sep: '.', pad, year_digits: 4 };
        found.push(FoundDate::new(c.get(3).expect("day").start(), c.get(5).expect("year").end(), second, form));
    }
    for c in YEAR_SPACED.captures_iter(text) {
        let m = c.get(0).expect("match");
        let (Ok(y), Ok(mo), Ok(d)) = (c[1].parse(), c[2].parse(), c[3].parse()) else { continue };
        if let Some(date) = NaiveDate::from_ymd_opt(y, mo, d) {
            found.push(FoundDate::new(m.start(), m.end(), date, Form::Iso { sep: ' ' }));
        }
    }
    for c in MONTH_YEAR.captures_iter(text) {
        let m = c.get(0).expect("match");
        let Some(month) = month_number(&c[1]) else { continue };
        if c[1].starts_with('m') && c[1].eq_ignore_ascii_case("may") {
            continue;
        }
        if let Some(date) = NaiveDate::from_ymd_opt(c[3].parse().unwrap_or(0), month, 15) {
            let form = Form::MonthYear {
                long: c[1].trim_end_matches('.').len() > 3,
                of: c[2].contains("of"),
                dash: c[2].starts_with('-'),
            };
            found.push(FoundDate::new(m.start(), m.end(), date, form));
        }
    }
    for c in DAY_OF_MONTH.captures_iter(text) {
        let m = c.get(0).expect("match");
        let Some(month) = month_number(&c[2]) else { continue };
        let year = c.get(3).map(|y| y.as_str().parse().unwrap_or(0)).unwrap_or(reference_year);
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, c[1].parse().unwrap_or(0)) {
            let form = Form::DayOfMonth { long: c[2].trim_end_matches('.').len() > 3, year: c.get(3).is_some() };
            found.push(FoundDate::new(m.start(), m.end(), date, form));
        }
    }
    for c in MONTH_FIRST.captures_iter(text) {
        let m = c.get(0).expect("match");
        let Some(month) = month_number(&c[1]) else { continue };
        let day: u32 = c[2].parse().unwrap_or(0);
        let year = c.get(5).map(|y| y.as_str().parse().unwrap_or(0)).unwrap_or(reference_year);
        // "May 5" is a date; "may 5" in "you may 5 minutes" is not: a lower-case "may" needs a
        // year, or a word before it that dates it ("bed confirmed for may 13", "off may 20").
        if c[1].eq_ignore_ascii_case("may")
            && c[1].starts_with('m')
            && c.get(5).is_none()
            && !MAY_BEFORE.is_match(&text[text.floor_char_boundary(m.start().saturating_sub(16))..m.start()])
        {
            continue;
        }
        // "March 2–11, 2024": the range's last day, and the year they share.
        let range = (c.get(5).is_none() && c.get(3).is_none())
            .then(|| MONTH_DAY_RANGE.captures(&text[m.end()..]))
            .flatten()
            .filter(|r| r[1].parse::<u32>().is_ok_and(|last| last > day));
        let range_year = range.as_ref().and_then(|r| r.get(2)).map(|y| y.as_str().parse().unwrap_or(0));
        let date = match (c.get(5), range_year) {
            (None, None) => yearless_day(reference_year, month, day),
            _ => NaiveDate::from_ymd_opt(range_year.unwrap_or(year), month, day),
        };
        let year = range_year.unwrap_or(year);
        if let Some(date) = date {
            let form = Form::MonthFirst {
                long: c[1].trim_end_matches('.').len() > 3,
                year: c.get(5).is_some(),
                ordinal: c.get(3).is_some(),
                comma: c.get(4).is_some(),
            };
            found.push(FoundDate::new(m.start(), m.end(), date, form));
            if let Some(r) = range
                && let Some(last) = NaiveDate::from_ymd_opt(year, month, r[1].parse().unwrap_or(0))
            {
                let day = r.get(1).expect("day");
                let tail = r.get(2).map_or(day.end(), |y| y.end());
                // The dash and the year are written back as they are.
                let form =
                    Form::RangeEnd { first: date, pad: false, named: Some(c[1].trim_end_matches('.').len() > 3) };
                found.push(FoundDate {
                    lead: text[m.end()..m.end() + day.start()].to_owned(),
                    tail: text[m.end() + day.end()..m.end() + tail].to_owned(),
                    ..FoundDate::new(m.end(), m.end() + tail, last, form)
                });
            }
        }
    }
    for c in LOG_STAMP.captures_iter(text) {
        let m = c.get(0).expect("match");
        let (Some(month), Ok(day), Ok(year)) = (month_number(&c[2]), c[1].parse(), c[3].parse()) else { continue };
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
            let form =
                Form::DayFirst { long: false, year: true, two_digit_year: false, comma: false, sep: '/', upper: false };
            let tail = c.get(4).map(|t| t.as_str().to_owned()).unwrap_or_default();
            found.push(FoundDate { tail, ..FoundDate::new(m.start(), m.end(), date, form) });
        }
    }
    for c in DAY_FIRST.captures_iter(text) {
        let m = c.get(0).expect("match");
        let Some(month) = month_number(&c[3]) else { continue };
        let day: u32 = c[1].parse().unwrap_or(0);
        let four_digit_year = c.get(4).or(c.get(7));
        // `2 Apr 24`, not `14 Mar 10 am`, `3 Mar 24 hours`, `14 Mar 10:30`.
        let spaced_year = c.get(8).filter(|y| {
            let after = &text[y.end()..];
            !(TIME_OF_DAY_AFTER.is_match(after) || DOSE_AFTER.is_match(after))
        });
        let end = match (c.get(8), spaced_year) {
            (Some(_), None) => c.get(3).expect("month").end(),
            _ => m.end(),
        };
        let two_digit_year = c.get(5).or(spaced_year);
        if four_digit_year.is_none() && two_digit_year.is_none() && c[2].starts_with('-') {
            continue;
        }
        let year = match (four_digit_year, two_digit_year) {
            (Some(y), _) => y.as_str().parse().unwrap_or(0),
            (None, Some(y)) => full_year(y.as_str().parse().unwrap_or(0), 2, reference_year),
            (None, None) => reference_year,
        };
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
            let sep = c[2].chars().next().unwrap_or(' ');
            let upper = c[3].chars().all(|ch| !ch.is_lowercase());
            let long = c[3].trim_end_matches('.').len() > 3;
            let form = Form::DayFirst {
                long,
                year: four_digit_year.is_some() || two_digit_year.is_some(),
                two_digit_year: two_digit_year.is_some(),
                comma: c.get(6).is_some(),
                sep,
                upper,
            };
            found.push(FoundDate::new(m.start(), end, date, form));
            // "Stay: 3–7 April 2023", "travels 1–14 May 2024": the range's first day, whose
            // month and year are the second date's.
            if let Some(first) = RANGE_START.captures(&text[..m.start()]).and_then(|r| r.get(1))
                && let Ok(first_day) = first.as_str().parse::<u32>()
                && (1..day).contains(&first_day)
                && !text[..first.start()].ends_with(['/', '.', ':', '-', '–'])
                && let Some(first_date) = NaiveDate::from_ymd_opt(year, month, first_day)
            {
                found.push(FoundDate::new(
                    first.start(),
                    first.end(),
                    first_date,
                    Form::RangeStart { last: date, long },
                ));
            }
        }
    }
    for c in DAY_MONTH_RUN.captures_iter(text) {
        let m = c.get(0).expect("match");
        let Some(month) = month_number(&c[2]) else { continue };
        // Without a year only with two digits for the day ("uploaded 08Feb").
        let year_digits = c.get(3).map_or(0, |y| y.len());
        if year_digits == 0 && c[1].len() != 2 {
            continue;
        }
        let year =
            c.get(3).map_or(reference_year, |y| full_year(y.as_str().parse().unwrap_or(0), y.len(), reference_year));
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, c[1].parse().unwrap_or(0)) {
            let form = Form::DayMonthRun {
                pad: c[1].len() == 2,
                upper: c[2].chars().all(|ch| ch.is_ascii_uppercase()),
                year_digits: year_digits as u8,
            };
            found.push(FoundDate::new(m.start(), m.end(), date, form));
        }
    }
    for c in MONTH_DAY_APOSTROPHE.captures_iter(text) {
        let m = c.get(0).expect("match");
        let Some(month) = month_number(&c[1]) else { continue };
        let year = full_year(c[6].parse().unwrap_or(0), 2, reference_year);
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, c[2].parse().unwrap_or(0)) {
            let form = Form::MonthDayApostrophe {
                long: c[1].trim_end_matches('.').len() > 3,
                quote: c[5].chars().next().unwrap_or('\''),
                ordinal: c.get(3).is_some(),
                comma: c.get(4).is_some(),
            };
            found.push(FoundDate::new(m.start(), m.end(), date, form));
        }
    }
    for c in MONTH_DASH_DAY.captures_iter(text) {
        let m = c.get(0).expect("match");
        // `Jun-03-2024` and `Jun-03/24` are another form, read whole elsewhere.
        let after = &text[m.end()..];
        if after.starts_with(['-', '/']) && after[1..].starts_with(|ch: char| ch.is_ascii_digit()) {
            continue;
        }
        // "you may-15 minutes": a lower-case "may" is the verb.
        if &c[1] == "may" {
            continue;
        }
        let Some(month) = month_number(&c[1]) else { continue };
        if let Some(date) = yearless_day(reference_year, month, c[2].parse().unwrap_or(0)) {
            let form = Form::MonthDashDay { upper: c[1].chars().all(|ch| ch.is_ascii_uppercase()) };
            found.push(FoundDate::new(m.start(), m.end(), date, form));
        }
    }
    // "filled 12 /30": a space before the slash, only after a word that dates it.
    for c in SPACED_SLASH.captures_iter(text) {
        let m = c.get(0).expect("match");
        let (Ok(month), Ok(day)) = (c[1].parse::<u32>(), c[2].parse::<u32>()) else { continue };
        let before = &text[..m.start()];
        let recent = &before[before.floor_char_boundary(before.len().saturating_sub(48))..];
        let after = &text[m.end()..];
        if !DATE_CUE.is_match(recent)
            || SCORE_BEFORE.is_match(recent)
            || DOSE_AFTER.is_match(after)
            || after.starts_with('/')
        {
            continue;
        }
        if let Some(date) = yearless_day(reference_year, month, day) {
            let form = Form::NumericNoYear { sep: '/', pad: c[1].starts_with('0') };
            found.push(FoundDate::new(m.start(), m.end(), date, form));
        }
    }
    for c in NUMERIC.captures_iter(text) {
        let m = c.get(0).expect("match");
        let sep = c[2].chars().next().unwrap_or('/');
        let month: u32 = c[1].parse().unwrap_or(0);
        let day: u32 = c[3].parse().unwrap_or(0);
        let pad = c[1].starts_with('0') || c[3].starts_with('0') || (c[1].len() == 2 && c[3].len() == 2);
        // A row of dates ("| 5-31 | 6-2 | 6-4"), for a date without a year.
        let date_row = c.get(4).is_none() && c.get(5).is_none() && in_date_row(text, m.start());
        match (c.get(4), c.get(5)) {
            (Some(sep2), Some(y)) if sep2.as_str().starts_with(sep) => {
                let year = full_year(y.as_str().parse().unwrap_or(0), y.as_str().len(), reference_year);
                if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
                    let form = Form::Numeric { sep, pad, year_digits: y.as_str().len() as u8 };
                    found.push(FoundDate::new(m.start(), m.end(), date, form));
                } else if (y.as_str().len() == 4 || sep == '/' || (sep == '.' && c[1].len() == 2 && c[3].len() == 2))
                    && let Some(date) = NaiveDate::from_ymd_opt(year, day, month)
                {
                    // 21.09.2023, 25/3/24, 16.06.65: the first number cannot be a month, so the
                    // day comes first.
                    let form = Form::DayMonthYear { sep, pad, year_digits: y.as_str().len() as u8 };
                    found.push(FoundDate::new(m.start(), m.end(), date, form));
                }
            }
            // "6/6-11/28": the pattern read "6/6-11" as a date with a year; it is a range of
            // two yearless dates, taken as one where it runs forward (see `forward_range`).
            (Some(sep2), Some(y)) if sep == '/' && sep2.as_str() == "-" && y.as_str().len() == 2 => {
                let before = &text[..m.start()];
                let recent = &before[before.floor_char_boundary(before.len().saturating_sub(48))..];
                let Some(r) = SECOND_DAY.captures(&text[m.end()..]) else {
                    // "stayed 2/19-24": the first date and the range's last day, after a word
                    // that dates it.
                    let Ok(day2) = y.as_str().parse::<u32>() else { continue };
                    let (Some(first), Some(last)) =
                        (yearless_day(reference_year, month, day), yearless_day(reference_year, month, day2))
                    else {
                        continue;
                    };
                    if day2 <= day
                        || !DATE_CUE.is_match(recent)
                        || SCORE_BEFORE.is_match(recent)
                        || DOSE_AFTER.is_match(&text[m.end()..])
                    {
                        continue;
                    }
                    let day_start = y.start();
                    found.push(FoundDate::new(
                        m.start(),
                        c.get(3).expect("day").end(),
                        first,
                        Form::NumericNoYear { sep, pad: c[1].starts_with('0') || c[3].starts_with('0') },
                    ));
                    found.push(FoundDate::new(
                        day_start,
                        m.end(),
                        last,
                        Form::RangeEnd { first, pad: y.as_str().starts_with('0'), named: None },
                    ));
                    continue;
                };
                let (Ok(month2), Ok(day2)) = (y.as_str().parse::<u32>(), r[1].parse::<u32>()) else { continue };
                let end2 = m.end() + r.get(0).expect("match").end();
                if !runs_forward((month, day), (month2, day2))
                    || DOSE_AFTER.is_match(&text[end2..])
                    || SCORE_BEFORE.is_match(recent)
                {
                    continue;
                }
                // "10/1-12/30/2024": the second date's year is the range's.
                let written_year = r
                    .get(2)
                    .map(|y| (full_year(y.as_str().parse().unwrap_or(0), y.as_str().len(), reference_year), y.len()));
                let year = written_year.map_or(reference_year, |(y, _)| y);
                let (Some(first), Some(second)) =
                    (NaiveDate::from_ymd_opt(year, month, day), NaiveDate::from_ymd_opt(year, month2, day2))
                else {
                    continue;
                };
                let yearless = |d: &str| Form::NumericNoYear { sep, pad: d.starts_with('0') };
                let second_form = match written_year {
                    Some((_, digits)) => {
                        let pad = y.as_str().starts_with('0')
                            || r[1].starts_with('0')
                            || (y.as_str().len() == 2 && r[1].len() == 2);
                        Form::Numeric { sep, pad, year_digits: digits as u8 }
                    }
                    None => yearless(y.as_str()),
                };
                let first_end = c.get(3).expect("day").end();
                found.push(FoundDate::new(m.start(), first_end, first, yearless(&c[1])));
                found.push(FoundDate::new(y.start(), end2, second, second_form));
            }
            (None, None) if sep == '/' || sep == '-' || (sep == '.' && c[3].len() == 2) => {
                // Two numbers joined by a dash are more often a range ("6-8 beers"): the shapes
                // read as dates after a cue, the rest only where a word dates them and
                // nothing measured follows (below).
                let dash_shape = (c[3].len() == 2 && (c[1].len() == 2 || day > 12)) || date_row;
                // "3/14" is also a dose ("1/2 tab"), a ratio or a score: only after a cue, or
                // alone in parentheses ("(5/7)").
                let before = &text[..m.start()];
                let after = &text[m.end()..];
                // "(5/7)", and "(10/23, Jane Roe):" heading an entry (not "(3/4, max)").
                let in_parens = before.ends_with('(')
                    && (after.starts_with(')') || ENTRY_AFTER.is_match(after) || TIME_IN_PARENS.is_match(after));
                // A table's cell ("| 4/28 HS |") or a row's first column ("1/21  3.8   30 mg").
                // (The cell's end is looked for close by: a long line of fractions stays linear.)
                let near = &after[..after.floor_char_boundary(80)];
                let first_column = (before.is_empty() || before.ends_with('\n'))
                    && (after.starts_with("  ") || after.starts_with('\t'))
                    && after.trim_start().starts_with(|ch: char| ch.is_ascii_digit());
                // A box-drawn table's cell ("│ 10/23    │ 1700 │") as well.
                let in_cells = (before.trim_end_matches([' ', '\t']).ends_with(['|', '│', '┃', '║'])
                    && near.find(['|', '│', '┃', '║', '\n']).is_some_and(|i| near.as_bytes()[i] != b'\n'))
                    || first_column;
                // A table's first cell ("  9/2 | 2:45 | 0.6"), a cell under a heading that
                // dates it ("date | usage").
                let line_start = before.rfind('\n').map_or(0, |i| i + 1);
                let first_cell =
                    before[line_start..].trim().is_empty() && after.trim_start_matches([' ', '\t']).starts_with('|');
                let heading = (in_cells || first_cell).then(|| cell_heading(text, m.start())).flatten();
                let date_column = heading.is_some_and(|h| DATE_HEADING.is_match(h));
                if DOSE_AFTER.is_match(after) {
                    continue;
                }
                let recent = &before[before.floor_char_boundary(before.len().saturating_sub(48))..];
                // A score's name in the cell before ("| Pain | 7/10 |").
                let cell_before = in_cells.then(|| {
                    let cell = before.trim_end_matches([' ', '\t']).trim_end_matches(['|', '│', '┃', '║']).trim_end();
                    cell.rsplit(['|', '│', '┃', '║', '\n']).next().unwrap_or(cell)
                });
                let after_score_word =
                    SCORE_BEFORE.is_match(recent) || cell_before.is_some_and(|c| SCORE_BEFORE.is_match(c));
                // Two-digit months and days with a leading zero ("05/08") are written as dates;
                // not a score or a grade ("Strength 04/05", "Murmur 03/06", "Pain 07/10").
                let padded = c[1].len() == 2
                    && c[3].len() == 2
                    && c[1].starts_with('0')
                    && !matches!(&c[3], "04" | "05" | "06" | "10")
                    && !after_score_word;
                // "3/14 at 2 PM", "3/14 09:30", "3/14 0930h"; the second date of a range:
                // "3/14-3/20", "3/14 to 3/20".
                let range = RANGE_BEFORE.captures(recent);
                let range_after = RANGE_AFTER.captures(after);
                // After "given" and "noted" a date only if it is no fraction ("vaccine given
                // 4/25", not "given 1/2 NS").
                let fraction = proper_fraction(month, day);
                // A pasted text message's stamp: "6/7 hortensia: her appetite is back".
                let message =
                    (before.is_empty() || before.ends_with('\n')) && !fraction && MESSAGE_AFTER.is_match(after);
                // A signature's date closing its line: "hanne rn 11/28".
                let rest_of_line = after.trim_start_matches([' ', '\t', '\r']);
                let signer_before = SIGNER_BEFORE.is_match(recent);
                let signed = (rest_of_line.is_empty() || rest_of_line.starts_with('\n')) && signer_before;
                // A field of the note's first three lines: "TC  3/13\nre:", "7/9  |  Tariq".
                let heading_field = before.matches('\n').count() < 3
                    && FIELD_BEFORE.is_match(&before[before.floor_char_boundary(before.len().saturating_sub(8))..])
                    && FIELD_AFTER.is_match(after);
                let event = EVENT_CUE.is_match(recent)
                    || TRANSCRIBED_BEFORE.is_match(recent)
                    || (OFF_BEFORE.is_match(recent) && !proper_fraction(month, day));
                let cued = DATE_CUE.is_match(recent)
                    || event
                    || heading_field
                    || VISIT_AFTER.is_match(after)
                    || signed
                    || (GIVEN_BEFORE.is_match(recent) && !fraction)
                    || message
                    || date_column
                    || date_row;
                // "6/6-11/28": a range of two yearless dates, nothing measured after it.
                let forward_range = RANGE_AFTER_NO_YEAR.captures(after).is_some_and(|r| {
                    let (Ok(mo2), Ok(d2)) = (r[1].parse::<u32>(), r[2].parse::<u32>()) else { return false };
                    let rest = &after[r.get(0).expect("match").end()..];
                    runs_forward((month, day), (mo2, d2)) && !DOSE_AFTER.is_match(rest) && sep == '/'
                });
                // ("Apgar 7/9 at 1 and 5 min" is two scores.)
                let timed = (after.starts_with(" at ")
                    && after[4..].starts_with(|c: char| c.is_ascii_digit())
                    && !after_score_word)
                    || TIME_AFTER.is_match(after)
                    || range.is_some()
                    || range_after.is_some()
                    || forward_range;
                // A score: after a score word, before "pain" unless a date cue says otherwise
                // ("RTC 3/10 pain clinic"), or the second of a range of scores ("7/10 to 4/10").
                let out_of = matches!(&c[3], "10" | "5");
                let pain_after = after.trim_start().get(..4).is_some_and(|w| w.eq_ignore_ascii_case("pain"));
                let score_range = range.as_ref().is_some_and(|r| matches!(&r[1], "10" | "5"))
                    || range_after.is_some_and(|r| matches!(&r[1], "10" | "5"));
                // A cell under a score's heading ("| Pain |" over "| 5/10 |").
                let score_column = in_cells && out_of && heading.is_some_and(|h| SCORE_BEFORE.is_match(h));
                if out_of && (after_score_word || score_range || (pain_after && !cued) || score_column) {
                    continue;
                }
                // The second of a range of grades ("murmur 2/6-3/6", "DTRs 1/4-2/4").
                if range.as_ref().and_then(|r| r.get(0)).is_some_and(|r| SCORE_BEFORE.is_match(&recent[..r.start()])) {
                    continue;
                }
                // A log's stamp: "[08-19 08:41]", "12.15 0400 | PSV".
                let stamp = TIME_AFTER.is_match(after)
                    && (before.ends_with('[') || before.is_empty() || before.ends_with('\n'));
                if sep == '.' {
                    // "Labs 3.31:" after a word that dates it, or a log's stamp; not a value.
                    // "filed 10.29.", "next appt 11.23": a two-digit day right after a word
                    // that dates it and before the end of what is said, not after a word of
                    // time ("until 10.30", "since 12.15" are times) nor before a number.
                    let ends = after.is_empty() || after.starts_with(['\n', '\r', ',', ';', ')']) || {
                        let rest = after.trim_start_matches([' ', '\t']);
                        (after.starts_with('.') && !after[1..].starts_with(|ch: char| ch.is_ascii_digit()))
                            || (rest.len() < after.len() && !rest.starts_with(|ch: char| ch.is_ascii_digit()))
                    };
                    let told = c[3].len() == 2 && ends && DOTTED_DATE_CUE.is_match(recent);
                    if !((cued && after.starts_with(':')) || stamp || told) || after_score_word {
                        continue;
                    }
                } else if sep == '-' {
                    // "04-22" is a date after a word that dates it ("Return 04-22", "last
                    // call 04-26") or first in a table's row ("01-18  1.5   35 mg"); "10-12
                    // lbs", "02-03 wks", "of 10-12", a reference range "| 12-20 |" are ranges
                    // of numbers.
                    let two_by_two = c[1].len() == 2 && c[3].len() == 2;
                    let dash_cued = DASH_DATE_CUE.is_match(recent)
                        || (two_by_two && DATE_CUE.is_match(recent) && !recent.trim_end().ends_with("of"));
                    // "Attempt 1 10-28 0835", "rrt 12-26 0831": two padded numbers and a
                    // clock time after them.
                    let clocked = two_by_two
                        && CLOCK_AFTER.find(after).is_some_and(|t| {
                            let rest = &after[t.end()..];
                            !DOSE_AFTER.is_match(rest) && !rest.trim_start().starts_with(|ch: char| ch.is_ascii_digit())
                        });
                    let shaped =
                        dash_shape && (dash_cued || first_column || date_row || date_column || stamp || clocked);
                    // "removed 3-6,", "on 1-6.", "Name, MD - 4-27", "3-13 around 13:36".
                    // A heading's field, not a table's cell: "| 18 | 12-20 |" is a reference range.
                    let dash_field = heading_field && !before.trim_end_matches([' ', '\t']).ends_with('|');
                    let closed = CLOSES_AFTER.is_match(after)
                        && (dash_cued
                            || event
                            || signer_before
                            || dash_field
                            || (DATE_CUE.is_match(recent) && !recent.trim_end().ends_with("of")));
                    if !(shaped || closed || dash_field) || after_score_word {
                        continue;
                    }
                } else if !in_parens && !in_cells && !timed && !cued && !padded {
                    // On a line with a full date, a yearless one is a date too, unless a
                    // score word or a dose says otherwise ("grade 2/6", "D5 1/2 NS").
                    let line_start = before
                        .rfind('\n')
                        .map_or(0, |i| i + 1)
                        .max(before.floor_char_boundary(before.len().saturating_sub(120)));
                    let line_end = after.find('\n').unwrap_or(after.len()).min(after.floor_char_boundary(120));
                    let dated_line = sep == '/'
                        && !after_score_word
                        && !fraction
                        && !after[..line_end].trim_start().starts_with(|ch: char| ch.is_ascii_uppercase() && ch != 'T')
                        && (FULL_DATE.is_match(&before[line_start..]) || FULL_DATE.is_match(&after[..line_end]));
                    if !dated_line {
                        continue;
                    }
                }
                if let Some(date) = yearless_day(reference_year, month, day) {
                    found.push(FoundDate::new(m.start(), m.end(), date, Form::NumericNoYear { sep, pad }));
                    // "stayed 3/3-5": the range's last day, one digit (two are read above).
                    let last = after.strip_prefix('-').filter(|rest| {
                        rest.starts_with(|ch: char| ch.is_ascii_digit())
                            && !rest[1..].starts_with(|ch: char| ch.is_ascii_alphanumeric() || ch == '/' || ch == '.')
                            && !DOSE_AFTER.is_match(&rest[1..])
                    });
                    if sep == '/'
                        && let Some(rest) = last
                        && let Ok(day2) = rest[..1].parse::<u32>()
                        && day2 > day
                        && let Some(end_date) = yearless_day(reference_year, month, day2)
                    {
                        found.push(FoundDate::new(
                            m.end() + 1,
                            m.end() + 2,
                            end_date,
                            Form::RangeEnd { first: date, pad: false, named: None },
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    for c in GLUED_FULL_DATE.captures_iter(text) {
        let (month, sep, day, sep2, year) = (&c[1], &c[2], &c[3], &c[4], &c[5]);
        if sep != sep2 {
            continue;
        }
        let (Ok(m), Ok(d), Ok(y)) = (month.parse(), day.parse(), year.parse()) else { continue };
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
            let sep = sep.chars().next().unwrap_or('/');
            let form = Form::Numeric { sep, pad: month.len() == 2 || day.len() == 2, year_digits: 4 };
            found.push(FoundDate::new(c.get(1).expect("month").start(), c.get(5).expect("year").end(), date, form));
        }
    }
    pair_with_found(text, reference_year, &mut found);
    found.sort_by_key(|d| (d.start, std::cmp::Reverse(d.end)));
    let mut out: Vec<FoundDate> = Vec::with_capacity(found.len());
    for d in found {
        if out.last().is_none_or(|last| d.start >= last.end) {
            out.push(d);
        }
    }
    let mut previous_end = 0;
    for d in &mut out {
        take_lead(text, d, previous_end);
        previous_end = d.end;
    }
    out
}

/// Yearless dates that pair with a date found already, across a range word or "and":
/// "April 16 to 4/23", "12/31 to Jan 10", "10/10 to 10-23", "off 9/23 and 10/28". Twice, so
/// that a pair of yearless dates is taken from either end; not a dose or a score.
fn pair_with_found(text: &str, reference_year: i32, found: &mut Vec<FoundDate>) {
    if found.is_empty() {
        return;
    }
    for _ in 0..2 {
        let mut spans: Vec<(usize, usize)> = found.iter().map(|d| (d.start, d.end)).collect();
        spans.sort_unstable();
        let mut added = Vec::new();
        for c in YEARLESS.captures_iter(text) {
            let m = c.get(0).expect("match");
            let (start, end) = (m.start(), m.end());
            let before = &text[..start];
            let after = &text[end..];
            // Part of a longer number ("3/14/24", "1-6-2", "2.5-3").
            if before.ends_with(|ch: char| ch.is_ascii_digit() || matches!(ch, '/' | '.' | '-'))
                || after.starts_with(|ch: char| {
                    matches!(ch, '/' | '.' | '-') && after[1..].starts_with(|d: char| d.is_ascii_digit())
                })
            {
                continue;
            }
            let at = spans.partition_point(|&(s, _)| s < end);
            if at > 0 && spans[at - 1].1 > start {
                continue;
            }
            let previous = spans[..at].last().filter(|&&(_, e)| e <= start && start - e <= 16);
            let next = spans.get(at).filter(|&&(s, _)| s >= end && s - end <= 16);
            let paired = previous.is_some_and(|&(_, e)| PAIR_WORD.is_match(&text[e..start]))
                || next.is_some_and(|&(s, _)| PAIR_WORD.is_match(&text[end..s]));
            let recent = &before[before.floor_char_boundary(before.len().saturating_sub(48))..];
            if !paired || DOSE_AFTER.is_match(after) || SCORE_BEFORE.is_match(recent) {
                continue;
            }
            let (Ok(month), Ok(day)) = (c[1].parse::<u32>(), c[3].parse::<u32>()) else { continue };
            if let Some(date) = yearless_day(reference_year, month, day) {
                let sep = c[2].chars().next().unwrap_or('/');
                let form = Form::NumericNoYear { sep, pad: c[1].starts_with('0') || c[3].starts_with('0') };
                added.push(FoundDate::new(start, end, date, form));
            }
        }
        if added.is_empty() {
            return;
        }
        found.extend(added);
    }
}

/// The weekday written right before a date (`Monday 4/7`, `Sat., Feb 21`) and the `the`
/// of `the 21st of February`: part of how the date is written, so part of its span.
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?,?[ \t]+)?(the[ \t]+)?$")
        .expect("regex")
});

fn take_lead(text: &str, d: &mut FoundDate, previous_end: usize) {
    let before = &text[text.floor_char_boundary(d.start.saturating_sub(16)).max(previous_end)..d.start];
    let Some(c) = LEAD.captures(before) else { return };
    let has_day = !matches!(
        d.form,
        Form::MonthYear { .. } | Form::NumericMonthYear { .. } | Form::RangeEnd { .. } | Form::RangeStart { .. }
    );
    let start = match (c.get(1), c.get(2)) {
        // `the` belongs only to `the 21st of February`; a weekday before it, with it.
        (weekday, Some(the)) if matches!(d.form, Form::DayOfMonth { .. }) => weekday.unwrap_or(the).start(),
        (Some(weekday), None) if has_day => weekday.start(),
        _ => return,
    };
    let offset = before.len() - start;
    d.lead = before[start..].to_owned();
    d.start -= offset;
}

impl FoundDate {
    /// A date written as `form` at `start..end`, with nothing kept around it.
    fn new(start: usize, end: usize, date: NaiveDate, form: Form) -> Self {
        Self { start, end, date, form, lead: String::new(), tail: String::new() }
    }

    /// The date moved by `days`, written in the form it was found in.
    /// The year alone, when the text gives one (strict Safe Harbor keeps years only).
    pub fn year_text(&self) -> Option<String> {
        let written = match self.form {
            Form::NumericNoYear { .. }
            | Form::MonthDashDay { .. }
            | Form::RangeEnd { .. }
            | Form::RangeStart { .. }
            | Form::MonthDayRun
            | Form::DayMonthDotted { .. } => false,
            Form::DayMonthRun { year_digits, .. } => year_digits > 0,
            Form::DayOfMonth { year, .. } | Form::MonthFirst { year, .. } | Form::DayFirst { year, .. } => year,
            _ => true,
        };
        written.then(|| self.date.year().to_string())
    }

    pub fn shifted_text(&self, days: i64) -> String {
        format!("{}{}", self.lead, self.shifted_date(days))
    }

    fn shifted_date(&self, days: i64) -> String {
        let d = self.date + Duration::days(days);
        let month_name = |long: bool, upper: bool| {
            let full = MONTHS[d.month0() as usize];
            let mut name: String = if long { full.to_owned() } else { full[..3].to_owned() };
            if upper {
                name = name.to_uppercase();
            } else if let Some(first) = name.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            name
        };
        match self.form {
            Form::Iso { sep } => format!("{}{sep}{:02}{sep}{:02}{}", d.year(), d.month(), d.day(), self.tail),
            Form::NumericMonthYear { pad } => {
                if pad {
                    format!("{:02}/{}", d.month(), d.year())
                } else {
                    format!("{}/{}", d.month(), d.year())
                }
            }
            Form::Numeric { sep, pad, year_digits } => {
                let year = if year_digits == 2 { format!("{:02}", d.year() % 100) } else { d.year().to_string() };
                if pad {
                    format!("{:02}{sep}{:02}{sep}{year}", d.month(), d.day())
                } else {
                    format!("{}{sep}{}{sep}{year}", d.month(), d.day())
                }
            }
            Form::NumericNoYear { sep, pad } => {
                if pad {
                    format!("{:02}{sep}{:02}", d.month(), d.day())
                } else {
                    format!("{}{sep}{}", d.month(), d.day())
                }
            }
            Form::MonthFirst { long, year, ordinal, comma } => {
                let mut s = format!("{} {}", month_name(long, false), d.day());
                if ordinal {
                    s.push_str(ordinal_suffix(d.day()));
                }
                if year {
                    s.push_str(if comma { ", " } else { " " });
                    s.push_str(&d.year().to_string());
                }
                s
            }
            Form::Compact => format!("{}{}", d.format("%Y%m%d"), self.tail),
            Form::YearDotted { spaced, pad, closed } => {
                let space = if spaced { " " } else { "" };
                let close = if closed { "." } else { "" };
                if pad {
                    format!("{}.{space}{:02}.{space}{:02}{close}", d.year(), d.month(), d.day())
                } else {
                    format!("{}.{space}{}.{space}{}{close}", d.year(), d.month(), d.day())
                }
            }
            Form::DayRomanYear { sep, pad, short_year } => {
                let month = ROMAN_MONTHS[d.month0() as usize];
                let year = if short_year { format!("{:02}", d.year() % 100) } else { d.year().to_string() };
                if pad {
                    format!("{:02}{sep}{month}{sep}{year}", d.day())
                } else {
                    format!("{}{sep}{month}{sep}{year}", d.day())
                }
            }
            Form::DayMonthRun { pad, upper, year_digits } => {
                let year = match year_digits {
                    0 => String::new(),
                    2 => format!("{:02}", d.year() % 100),
                    _ => d.year().to_string(),
                };
                let day = if pad { format!("{:02}", d.day()) } else { d.day().to_string() };
                format!("{day}{}{year}", month_name(false, upper))
            }
            Form::MonthDashDay { upper } => format!("{}-{:02}", month_name(false, upper), d.day()),
            Form::MonthDayApostrophe { long, quote, ordinal, comma } => {
                let suffix = if ordinal { ordinal_suffix(d.day()) } else { "" };
                let comma = if comma { "," } else { "" };
                format!("{} {}{suffix}{comma} {quote}{:02}", month_name(long, false), d.day(), d.year() % 100)
            }
            Form::RangeEnd { first, pad, named } => {
                let first = first + Duration::days(days);
                let day = match (first.month() == d.month(), pad, named) {
                    (true, true, _) => format!("{:02}", d.day()),
                    (true, false, _) => d.day().to_string(),
                    (false, _, Some(long)) => format!("{} {}", month_name(long, false), d.day()),
                    (false, _, None) => format!("{}/{}", d.month(), d.day()),
                };
                format!("{day}{}", self.tail)
            }
            Form::RangeStart { last, long } => {
                let last = last + Duration::days(days);
                if (d.year(), d.month()) == (last.year(), last.month()) {
                    format!("{}{}", d.day(), self.tail)
                } else {
                    format!("{} {}{}", d.day(), month_name(long, false), self.tail)
                }
            }
            Form::DayMonthYear { sep, pad, year_digits } => {
                let year = if year_digits == 2 { format!("{:02}", d.year() % 100) } else { d.year().to_string() };
                if pad {
                    format!("{:02}{sep}{:02}{sep}{year}", d.day(), d.month())
                } else {
                    format!("{}{sep}{}{sep}{year}", d.day(), d.month())
                }
            }
            Form::MonthYear { long, of, dash } => {
                let sep = if of {
                    " of "
                } else if dash {
                    "-"
                } else {
                    " "
                };
                format!("{}{sep}{}", month_name(long, false), d.year())
            }
            Form::YearMonth => format!("{}/{:02}", d.year(), d.month()),
            Form::Unix => format!("{} {}{}{}", month_name(false, false), d.day(), self.tail, d.year()),
            Form::MonthDayRun => format!("{:02}{:02}", d.month(), d.day()),
            Form::DayMonthDotted { pad } => {
                if pad {
                    format!("{:02}.{:02}.", d.day(), d.month())
                } else {
                    format!("{}.{}.", d.day(), d.month())
                }
            }
            Form::DayOfMonth { long, year } => {
                let mut s = format!("{}{} of {}", d.day(), ordinal_suffix(d.day()), month_name(long, false));
                if year {
                    s.push_str(&format!(", {}", d.year()));
                }
                s
            }
            Form::DayFirst { long, year, two_digit_year, comma, sep, upper } => {
                let mut s = format!("{:02}{sep}{}", d.day(), month_name(long, upper));
                if year {
                    if comma {
                        s.push_str(", ");
                    } else {
                        s.push(sep);
                    }
                    if two_digit_year {
                        s.push_str(&format!("{:02}", d.year() % 100));
                    } else {
                        s.push_str(&d.year().to_string());
                    }
                }
                // A log stamp's time.
                s.push_str(&self.tail);
                s
            }
        }
    }
}

fn ordinal_suffix(day: u32) -> &'static str {
    match (day % 10, day % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> FoundDate {
        let found = find_dates(text, 2024);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn day_first_short_years_and_unicode_separators_are_dates() {
        for (text, written, shifted) in [
            ("signed 25/3/24 by", "25/3/24", "1/4/24"),
            ("DOB 16/12/88 (35)", "16/12/88", "23/12/88"),
            ("received 24\u{2011}Oct\u{2011}2023.", "24\u{2011}Oct\u{2011}2023", "31-Oct-2023"),
            ("due 02\u{2215}09\u{2215}2023;", "02\u{2215}09\u{2215}2023", "02/16/2023"),
            ("الميلاد ١٧/٠٢/١٩٥١ (DOB)", "١٧/٠٢/١٩٥١", "24/02/1951"),
            ("entered ۲۰۲۳/۰۴/۲۲ by", "۲۰۲۳/۰۴/۲۲", "2023/04/29"),
        ] {
            let d = one(text);
            assert_eq!(&text[d.start..d.end], written);
            assert_eq!(d.shifted_text(7), shifted, "{text}");
        }
        assert!(find_dates("took 1/2 tab; 30/10/5 mix", 2024).is_empty());
    }

    #[test]
    fn every_common_form_is_found_and_shifted_in_its_own_form() {
        let cases = [
            ("seen 03/14/2024 in clinic", "03/14/2024", "03/21/2024"),
            ("seen 3/14/24 in clinic", "3/14/24", "3/21/24"),
            ("seen 2024-03-14 in clinic", "2024-03-14", "2024-03-21"),
            ("seen March 14, 2024 in clinic", "March 14, 2024", "March 21, 2024"),
            ("seen 14 Mar 2024 in clinic", "14 Mar 2024", "21 Mar 2024"),
            ("appt moved to 14 March, 2024", "14 March, 2024", "21 March, 2024"),
            ("seen 14-MAR-2024 in clinic", "14-MAR-2024", "21-MAR-2024"),
            ("seen 14-MAR-24 in clinic", "14-MAR-24", "21-MAR-24"),
            ("[14/Mar/2024:09:30:12 -0600] GET /chart", "14/Mar/2024:09:30:12", "21/Mar/2024:09:30:12"),
            ("seen Mar 14 in clinic", "Mar 14", "Mar 21"),
            ("seen on 3/14 in clinic", "3/14", "3/21"),
            ("seen March 14th in clinic", "March 14th", "March 21st"),
            ("seen 20240314 in clinic", "20240314", "20240321"),
            ("seen 14.03.2024 in clinic", "14.03.2024", "21.03.2024"),
            ("seen the 14th of March in clinic", "the 14th of March", "the 21st of March"),
            ("Date: 3/14", "3/14", "3/21"),
            ("seen 2024-03-14T16:24 in clinic", "2024-03-14T16:24", "2024-03-21T16:24"),
            ("seen 2024/03/14 in clinic", "2024/03/14", "2024/03/21"),
            ("next level 3/14 at 0500", "3/14", "3/21"),
            ("Randomized 14MAR24, arm B", "14MAR24", "21MAR24"),
            ("DOB: 14Mar2024", "14Mar2024", "21Mar2024"),
            ("Pre-labs Mar-14: M-spike 1.8", "Mar-14", "Mar-21"),
            ("Return 03-14 for next check", "03-14", "03-21"),
            ("transcribed 3/14", "3/14", "3/21"),
            ("excused from class MARCH 14TH.", "MARCH 14TH", "March 21st"),
            ("signed on Mar 14 '24 15:34", "Mar 14 '24", "Mar 21 '24"),
            ("Called back (Thu) 3/14.", "3/14", "3/21"),
            ("was out of town thursday, 3/14 per chart", "thursday, 3/14", "thursday, 3/21"),
            ("Returned Saturday, Mar 14.", "Saturday, Mar 14", "Saturday, Mar 21"),
            ("seen Monday the 14th of March", "Monday the 14th of March", "Monday the 21st of March"),
            ("| 3/14 HS | RX-1511231 |", "3/14", "3/21"),
            ("3/14  3.8   30 mg   boost", "3/14", "3/21"),
        ];
        for (text, written, shifted) in cases {
            let d = one(text);
            assert_eq!(&text[d.start..d.end], written);
            assert_eq!(d.date, NaiveDate::from_ymd_opt(2024, 3, 14).unwrap(), "{text}");
            assert_eq!(d.shifted_text(7), shifted, "{text}");
        }
    }

    #[test]
    fn forms_from_logs_files_forms_and_abroad_are_found_and_shifted_in_their_own_form() {
        let cases = [
            ("1 | wound_01.jpg | 2024:03:14 10:24:14 | 5.0", "2024:03:14", "2024:03:21"),
            ("DTSTART;TZID=America/Chicago:20240314T163000", "20240314T163000", "20240321T163000"),
            ("born 2024. 3. 14., issued", "2024. 3. 14.", "2024. 3. 21."),
            ("DOB 14-III-2024 · age", "14-III-2024", "21-III-2024"),
            ("date of birth 14 III 24, passport", "14 III 24", "21 III 24"),
            ("cycle starting 14 Mar 24 and more", "14 Mar 24", "21 Mar 24"),
            (
                "co-signed — Thu Mar 14 19:39:43 CDT 2024",
                "Thu Mar 14 19:39:43 CDT 2024",
                "Thu Mar 21 19:39:43 CDT 2024",
            ),
            ("Fax rcvd0314 0224 — 2 pp", "0314", "0321"),
            ("office call log 2024 03 14", "2024 03 14", "2024 03 21"),
            ("signed 14·03·2024 | witness", "14·03·2024", "21.03.2024"),
            ("saved as inbox\\2024-03-14_steyn.tif", "2024-03-14", "2024-03-21"),
            ("(uploaded 14Mar)", "14Mar", "21Mar"),
            ("(3/14, 6:29p) joy: hi", "3/14", "3/21"),
            ("previous cycle Th 3/14", "3/14", "3/21"),
            ("[03-14 08:41] bot: hi", "03-14", "03-21"),
            ("Labs 3.14: Hgb 10.9", "3.14", "3.21"),
            ("last call 03-14", "03-14", "03-21"),
            ("canister changed 3/14.", "3/14", "3/21"),
            ("DOB 14.03.24 / MRN", "14.03.24", "21.03.24"),
        ];
        for (text, written, shifted) in cases {
            let d = one(text);
            assert_eq!(&text[d.start..d.end], written, "{text}");
            assert_eq!((d.date.month(), d.date.day()), (3, 14), "{text}");
            assert_eq!(d.shifted_text(7), shifted, "{text}");
        }
        // A URL-encoded date, a range of dotted days and months, a year and its month.
        let form = "last_name=Stone&dob=03%2F14%2F1930&phone=1";
        let d = one(form);
        assert_eq!(&form[d.start..d.end], "03%2F14%2F1930");
        assert_eq!(d.shifted_text(7), "03/21/1930");
        let range = "parking valid 14.3.–16.3.2024 only";
        let found: Vec<&str> = find_dates(range, 2024).iter().map(|d| &range[d.start..d.end]).collect();
        assert_eq!(found, ["14.3.", "16.3.2024"]);
        let d = one("Seen here Mar-2024 and");
        assert_eq!((d.date.month(), d.shifted_text(7).as_str()), (3, "Mar-2024"));
        let d = one("elig resp ACTIVE, eff 2022/12 for");
        assert_eq!((d.date.year(), d.date.month()), (2022, 12));
        // Look-alikes that stay: a time after a day and a month, a measure after two digits,
        // a value after a word that does not date it, a plain decimal, a count of days.
        for (text, date) in
            [("seen 14 Mar 10 am today", "14 Mar"), ("seen 14 Mar 10:30", "14 Mar"), ("on 3 Mar 24 hours", "3 Mar")]
        {
            let found: Vec<&str> = find_dates(text, 2024).iter().map(|d| &text[d.start..d.end]).collect();
            assert_eq!(found, [date], "{text}");
        }
        assert!(find_dates("K 3.14 mmol/L, pH 7.31, of 10-12 mg", 2024).is_empty());
    }

    #[test]
    fn a_month_s_range_of_days_a_spaced_slash_and_their_cues_are_dates() {
        // The range's last day carries the dash before it and the year after it.
        let text = "Hospitalized March 2–11, 2023 for pneumonia";
        let found = find_dates(text, 2024);
        let spans: Vec<&str> = found.iter().map(|d| &text[d.start..d.end]).collect();
        assert_eq!(spans, ["March 2", "–11, 2023"]);
        assert_eq!(found[0].date, NaiveDate::from_ymd_opt(2023, 3, 2).unwrap());
        assert_eq!([found[0].shifted_text(7), found[1].shifted_text(7)], ["March 9", "–18, 2023"]);
        // Shifted into the next month, the last day is written with its month's name.
        assert_eq!([found[0].shifted_text(28), found[1].shifted_text(28)], ["March 30", "–April 8, 2023"]);
        for (text, written) in [
            ("Rx filled 12 /30. NDC", "12 /30"),
            ("Influenza vaccine given 4/25; pneumococcal 2020", "4/25"),
            ("lab draw 12/22.", "12/22"),
        ] {
            let d = one(text);
            assert_eq!(&text[d.start..d.end], written, "{text}");
        }
        // Without a word that dates it, or before a dose, a spaced fraction is not a date.
        for text in ["take 1 /2 tab daily", "on 1 /2 tab daily", "pain 3 /10 today", "given 1/2 NS", "given 3/4 of it"]
        {
            assert!(find_dates(text, 2024).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_first_day_of_a_range_before_a_day_first_date_is_a_date() {
        let text = "Stay: 3–7 April 2023, nightly rate waived";
        let found = find_dates(text, 2024);
        let mut spans: Vec<&str> = found.iter().map(|d| &text[d.start..d.end]).collect();
        spans.sort();
        assert_eq!(spans, ["3", "7 April 2023"]);
        let first = found.iter().find(|d| &text[d.start..d.end] == "3").unwrap();
        assert_eq!(first.date, NaiveDate::from_ymd_opt(2023, 4, 3).unwrap());
        assert_eq!(first.shifted_text(7), "10");
        // Shifted into another month than the last day's, the first day names its month.
        assert_eq!(first.shifted_text(-7), "27");
        assert_eq!(first.shifted_text(-5), "29 March");
        // Not a number that belongs to something before it, nor a range that runs backward.
        for (text, number) in [("pages 2/3-7 April 2023", "3"), ("seen 9-7 April 2023", "9")] {
            assert!(!find_dates(text, 2024).iter().any(|d| &text[d.start..d.end] == number), "{text}");
        }
    }

    #[test]
    fn a_range_of_yearless_dates_that_runs_forward_is_two_dates() {
        for (text, first, second) in
            [("filled 3/14-3/17; no changes", "3/14", "3/17"), ("weekly 6/6-11/28 and", "6/6", "11/28")]
        {
            let found: Vec<&str> = find_dates(text, 2024).iter().map(|d| &text[d.start..d.end]).collect();
            assert_eq!(found, [first, second], "{text}");
        }
    }

    #[test]
    fn a_range_written_with_its_last_day_alone_is_two_dates_and_keeps_its_interval() {
        for (text, first, last, shifted) in [
            ("stayed 2/19-24; follow-up", "2/19", "24", ["3/4", "9"]),
            ("for services 7/27-28. Claim", "7/27", "28", ["8/10", "11"]),
            ("stayed 3/3-5; last fall", "3/3", "5", ["3/17", "19"]),
            // The shift carries the last day into the next month: it is written with it.
            ("Absent 1/10-20.", "1/10", "20", ["1/24", "2/3"]),
        ] {
            let found = find_dates(text, 2024);
            let spans: Vec<&str> = found.iter().map(|d| &text[d.start..d.end]).collect();
            assert_eq!(spans, [first, last], "{text}");
            assert_eq!([found[0].shifted_text(14), found[1].shifted_text(14)], shifted, "{text}");
            assert_eq!(found[1].year_text(), None);
        }
        // Not a range of days: doses, scores, no word that dates it, a range running back.
        for text in ["take 1/2-3 tabs", "pain 3/10-12", "ratio 2/19-24", "stayed 2/19-14"] {
            let found = find_dates(text, 2024);
            assert!(found.iter().all(|d| text[d.start..d.end].contains('/')), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_month_an_ordinal_day_and_an_apostrophe_year_are_one_date() {
        let text = "Birthday: Jul. 12th, '27    Age: 95y";
        let d = one(text);
        assert_eq!(&text[d.start..d.end], "Jul. 12th, '27");
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2027, 7, 12).unwrap());
        assert_eq!(d.shifted_text(21), "Aug 2nd, '27");
    }

    #[test]
    fn a_range_whose_second_date_has_the_year_shifts_the_year_too() {
        let text = "Treated 10/1-12/30/2024; also seen 12/30/2024.";
        let found = find_dates(text, 2023);
        let spans: Vec<&str> = found.iter().map(|d| &text[d.start..d.end]).collect();
        assert_eq!(spans, ["10/1", "12/30/2024", "12/30/2024"]);
        assert_eq!(found[1].date, found[2].date);
        assert_eq!(found[1].shifted_text(7), found[2].shifted_text(7));
        assert_eq!(found[0].date.year(), 2024);
    }

    #[test]
    fn a_table_cell_closes_within_80_bytes() {
        // The cell's end is looked for 80 bytes ahead at most (a long line of fractions
        // stays linear): a cell that runs on past that is not read as one.
        let near = format!("| 3/14 {}|", "x".repeat(60));
        let far = format!("| 3/14 {}|", "x".repeat(100));
        assert_eq!(find_dates(&near, 2024).len(), 1);
        assert!(find_dates(&far, 2024).is_empty());
    }

    #[test]
    fn month_and_year_move_by_the_month_the_shift_lands_in() {
        let d = one("last seen March 2024 here");
        assert_eq!(d.shifted_text(28), "April 2024");
        assert_eq!(d.shifted_text(7), "March 2024");
    }

    #[test]
    fn doses_ratios_and_values_are_not_dates() {
        for text in [
            "take 1/2 tab daily",
            "BP 120/80",
            "GCS 15/15",
            "pain 7/10",
            "score 3/14 items",
            "you may 5 times",
            "eGFR 45",
            "titrate 1/4-1/2 tab",
            "murmur 2/6-3/6",
            "DTRs 1/4-2/4",
            "10-12 beats",
            "for 10-12 days",
            "you may-15 minutes",
            "GCS 13 (E3V4M6)",
            "Weight loss of 10-12 lbs over the last 10-12 months.",
            "Runs of 10-12 beats",
            "| Respiratory rate | 18 | 12-20 |",
            "Tanner stage 02-03",
            "Apgars 08-09",
            "Cough for 02-03 wks",
            "Pain is 3/10 at rest and 6/10 to 8/10 with movement.",
            "pain ranging 3/10-10/10",
        ] {
            assert!(find_dates(text, 2024).is_empty(), "{text}");
        }
        // Beside a full date, a fraction or a score is still not a date.
        for text in [
            "seen 3/14/2024, MoCA 9/30",
            "03/14/2024: 20G 3/4 in Huber",
            "2024-03-14 grade 2/6 murmur",
            "(ARD 04/18/2023); BIMS 10/15; PHQ-9 15",
        ] {
            assert_eq!(find_dates(text, 2024).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_yearless_date_on_a_line_with_a_full_one_is_a_date() {
        for (text, yearless) in [
            ("test,2023-01-18,03/14/2023,3/24", "3/24"),
            ("Iqaluit | 12-APR-2024 – 4/15", "4/15"),
            ("MRI 12/27/2023; PT notes 5/28–2/11.", "5/28"),
            ("4/19 @ 721 | VRI | interpreter", "4/19"),
            ("Medications reconciled 7/3:", "7/3"),
        ] {
            let found: Vec<&str> = find_dates(text, 2024).iter().map(|d| &text[d.start..d.end]).collect();
            assert!(found.contains(&yearless), "{yearless} in {text}: {found:?}");
        }
    }

    #[test]
    fn shifting_crosses_months_and_years_and_keeps_weekday_with_whole_weeks() {
        let d = one("on 12/30/2023");
        assert_eq!(d.shifted_text(14), "01/13/2024");
        assert_eq!((d.date + Duration::days(14)).weekday(), d.date.weekday());
        assert_eq!(one("2023-12-30").shifted_text(-364), "2022-12-31");
    }

    #[test]
    fn two_digit_years_land_near_the_note() {
        assert_eq!(one("born 4/2/51").date.year(), 1951);
        assert_eq!(one("on 4/2/19").date.year(), 2019);
    }

    #[test]
    fn a_box_drawn_cell_a_visit_a_birthday_and_a_signature_date_a_yearless_day() {
        for (text, written) in [
            ("│ POLST signed      │ 10/23    │ 1700 │", "10/23"),
            ("is the 6/4 visit still on", "6/4"),
            ("confirmed your 11/2 appt", "11/2"),
            ("her birthday 12/3 at home", "12/3"),
            ("hanne rn 11/28\n", "11/28"),
            ("Ada Lowe, MSW 3/17", "3/17"),
        ] {
            let d = one(text);
            assert_eq!(&text[d.start..d.end], written, "{text}");
        }
        // A box-drawn row of scores, a dose after a credential, a signer's score mid-line.
        for text in ["│ Pain │ 7/10 │", "│ MoCA │ 24/30 │", "NP 1/2 tab daily", "per rn 3/4 of the meal eaten"]
        {
            assert!(find_dates(text, 2024).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_padded_month_and_day_before_a_clock_time() {
        for (text, written) in [
            ("Attempt 1 10-28 0835 → 540 844-3005: LM on VM", "10-28"),
            ("— signed: thea rygg, rrt 12-26 0831\n", "12-26"),
            ("Pharmacist check 04-02 16:41.", "04-02"),
        ] {
            let d = one(text);
            assert_eq!(&text[d.start..d.end], written, "{text}");
        }
        // Ranges of numbers before a dose or another number stay.
        for text in ["give 10-12 1000 mg", "RR 12-16 2000 ml", "scores 10-12 1200 15"] {
            assert!(find_dates(text, 2024).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_other_end_of_a_range_an_event_a_heading_field_and_a_short_dash_date() {
        let all = |text: &str| -> Vec<String> {
            find_dates(text, 2025).iter().map(|d| text[d.start..d.end].to_owned()).collect()
        };
        for (text, written) in [
            ("Home BP log April 16 to 4/23: 168/92, 174/96", vec!["April 16", "4/23"]),
            ("Home BP log 12/31 to Jan 10: 168/92", vec!["12/31", "Jan 10"]),
            ("Work note: off 9/23 and 10/28.", vec!["9/23", "10/28"]),
            ("Prior RN note 9/19: pt asked about refills", vec!["9/19"]),
            ("Foley removed 3/6, voiding.", vec!["3/6"]),
            ("Guardianship hearing set for 2-27, county court", vec!["2-27"]),
            ("last drink 3-13 around 13:36.", vec!["3-13"]),
            ("Renal function trending: ferritin 2,840 on 1-6, free T4 3.1 today.", vec!["1-6"]),
            ("Dictated by Imran Qureshi, DO  D: Feb-21  T: 4-11  Job 373", vec!["Feb-21", "4-11"]),
            ("Megan Nowicki, MD - 10/13\n", vec!["10/13"]),
            ("Nadia Malik, PharmD, BCPS, 4/23\nLicense", vec!["4/23"]),
            ("SOCIAL WORK ASSESSMENT\n7/9  |  Tariq Darwish  |  MRN", vec!["7/9"]),
            ("bed confirmed for may 13.", vec!["may 13"]),
            ("Last BM february 29.", vec!["february 29"]),
            ("episode 08-Jun-17-6.21.2018", vec!["08-Jun-17", "6.21.2018"]),
        ] {
            assert_eq!(all(text), written, "{text}");
        }
        // The 29th of February moves like any day, in a leap year.
        let leap = &find_dates("Last BM february 29.", 2025)[0];
        assert_eq!(leap.shifted_text(7), "March 7");
        // Counts and ranges of numbers, the verb "may", a temperature's range.
        for text in [
            "Drinks 6-8 beers most nights.",
            "on 2-3 L NC overnight",
            "you may 5 minutes later",
            "removed 1/2 of the packing",
            "pain 3/10 to 5/10 today",
            "for 1-2 days, then 2-3 times a week",
            "Scores 3-4 and 5-6 in clinic.",
        ] {
            assert!(all(text).is_empty(), "{text}: {:?}", all(text));
        }
    }
}
