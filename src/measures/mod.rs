//! The eCQM engine: value sets, the rules of six CMS measures (2025 QI-Core versions, as
//! specified in `../shared/ecqm/MEASURES.md`), and the care gaps they decide.
//!
//! Rules decide care gaps (DESIGN.md rule 4): nothing here asks a model anything, and a
//! result is only produced from data the rules could read in full. A patient whose data
//! cannot be read (a malformed resource or timing element) gets an error naming the
//! patient and the resource, never a guessed result. The engine works inside the trust
//! boundary on identified data; its errors name resources and ids, never clinical content.
//!
//! Layout: `time` (FHIR date/time with precision, intervals), [`valueset`] (expansions,
//! the (system, code) index), `chart` (the measures' own view of one patient, read from
//! raw JSON), `shared` (status rules and the shared exclusions), one module per measure,
//! [`input`] (patients from files), [`population`] (NDJSON exports of any size, streamed
//! in buckets on every core), [`panel`] (the coordinators' panel report), [`gaps`] (care
//! gaps and the DEQM gaps Bundle).

mod chart;
mod cms122;
mod cms125;
mod cms130;
mod cms138;
mod cms165;
mod cms2;
#[cfg(test)]
mod conformance;
pub mod gaps;
pub mod input;
mod json;
pub mod panel;
mod period;
pub mod population;
#[cfg(test)]
mod rule_tests;
pub mod run;
mod shared;
mod terms;
mod time;
pub mod valueset;

use std::fmt;
use std::path::Path;
use std::str::FromStr;

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

pub use chart::{Chart, ChartError};

/// Why a chart could not be built from resource texts.
#[derive(Debug, thiserror::Error)]
pub enum ChartFromText {
    /// The resource at this place in the list is not JSON.
    #[error("a resource is not JSON ({error})")]
    NotJson { at: usize, error: serde_json::Error },
    #[error(transparent)]
    Chart(ChartError),
}
pub use period::{Period, PeriodError};
pub use shared::Ev;
pub use valueset::{Terminology, ValueSet, ValueSetError};

use shared::Ctx;
use terms::Vs;

/// The resource types the measure rules read: a source that lost any of them for a
/// patient leaves that patient's gaps undecided.
pub const READ_TYPES: &[&str] = &[
    "Patient",
    "Encounter",
    "Condition",
    "Observation",
    "Procedure",
    "ServiceRequest",
    "DeviceRequest",
    "MedicationRequest",
];

/// The six measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MeasureId {
    Cms122,
    Cms125,
    Cms130,
    Cms165,
    Cms138,
    Cms2,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown measure `{0}` (known: CMS122, CMS125, CMS130, CMS165, CMS138, CMS2)")]
pub struct UnknownMeasure(pub String);

impl MeasureId {
    pub const ALL: [MeasureId; 6] = [
        MeasureId::Cms122,
        MeasureId::Cms125,
        MeasureId::Cms130,
        MeasureId::Cms165,
        MeasureId::Cms138,
        MeasureId::Cms2,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MeasureId::Cms122 => "CMS122",
            MeasureId::Cms125 => "CMS125",
            MeasureId::Cms130 => "CMS130",
            MeasureId::Cms165 => "CMS165",
            MeasureId::Cms138 => "CMS138",
            MeasureId::Cms2 => "CMS2",
        }
    }

    /// The measure's name in MADiE, the last segment of its canonical URL.
    pub fn library(self) -> &'static str {
        match self {
            MeasureId::Cms122 => "DiabetesGlycemicStatusAssessmentGreaterThan9PercentFHIR",
            MeasureId::Cms125 => "BreastCancerScreeningFHIR",
            MeasureId::Cms130 => "ColonCancerScreeningFHIR",
            MeasureId::Cms165 => "ControllingHighBloodPressureFHIR",
            MeasureId::Cms138 => "PreventiveCareAndTobaccoUseScreeningAndCessationInterventionFHIR",
            MeasureId::Cms2 => "PCSDepressionScreenAndFollowUpFHIR",
        }
    }

    pub fn canonical_url(self) -> String {
        format!("https://madie.cms.gov/Measure/{}", self.library())
    }

    /// What a coordinator calls it.
    pub fn title(self) -> &'static str {
        match self {
            MeasureId::Cms122 => "Diabetes: glycemic status > 9 %",
            MeasureId::Cms125 => "Breast cancer screening",
            MeasureId::Cms130 => "Colorectal cancer screening",
            MeasureId::Cms165 => "Controlling high blood pressure",
            MeasureId::Cms138 => "Tobacco use: screening and cessation intervention",
            MeasureId::Cms2 => "Depression screening and follow-up plan",
        }
    }

    /// The measure whose canonical URL this is.
    pub fn from_url(url: &str) -> Option<Self> {
        let name = url.split('|').next()?.rsplit('/').next()?;
        Self::ALL.into_iter().find(|m| m.library() == name)
    }

    /// Every value set the measure's rules read.
    fn value_sets(self) -> Vec<Vs> {
        let parts: &[&[Vs]] = match self {
            MeasureId::Cms122 => cms122::VALUE_SETS,
            MeasureId::Cms125 => cms125::VALUE_SETS,
            MeasureId::Cms130 => cms130::VALUE_SETS,
            MeasureId::Cms165 => cms165::VALUE_SETS,
            MeasureId::Cms138 => cms138::VALUE_SETS,
            MeasureId::Cms2 => cms2::VALUE_SETS,
        };
        parts.iter().flat_map(|p| p.iter().copied()).filter(|v| v.oid().is_some()).collect()
    }
}

impl FromStr for MeasureId {
    type Err = UnknownMeasure;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        Self::ALL.into_iter().find(|m| m.as_str().eq_ignore_ascii_case(t)).ok_or_else(|| UnknownMeasure(t.to_owned()))
    }
}

impl fmt::Display for MeasureId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Membership of one patient in the populations of one group (MEASURES.md 1.2).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Populations {
    pub initial_population: bool,
    pub denominator: bool,
    pub denominator_exclusion: bool,
    pub numerator: bool,
    /// Only for measures with a denominator exception (CMS2).
    pub denominator_exception: Option<bool>,
}

impl Populations {
    /// Applies the evaluation order of MEASURES.md 1.2 to the criteria of one group:
    /// excluded patients are not in the numerator, and the exception only counts for
    /// patients neither excluded nor in the numerator. `exception` is `None` for measures
    /// without one.
    pub fn from_criteria(
        ip: bool,
        denominator: bool,
        exclusion: bool,
        numerator: bool,
        exception: Option<bool>,
    ) -> Self {
        let denominator = ip && denominator;
        let denominator_exclusion = denominator && exclusion;
        let numerator = denominator && !denominator_exclusion && numerator;
        let denominator_exception = exception.map(|e| denominator && !denominator_exclusion && !numerator && e);
        Self { initial_population: ip, denominator, denominator_exclusion, numerator, denominator_exception }
    }

    /// `(code, count)` in report order, codes as in `MeasureReport.group.population.code`.
    pub fn counts(&self) -> Vec<(&'static str, u8)> {
        let mut out = vec![
            ("initial-population", u8::from(self.initial_population)),
            ("denominator", u8::from(self.denominator)),
            ("denominator-exclusion", u8::from(self.denominator_exclusion)),
            ("numerator", u8::from(self.numerator)),
        ];
        if let Some(e) = self.denominator_exception {
            out.push(("denominator-exception", u8::from(e)));
        }
        out
    }
}

impl Serialize for Populations {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let counts = self.counts();
        let mut map = serializer.serialize_map(Some(counts.len()))?;
        for (code, count) in counts {
            map.serialize_entry(code, &count)?;
        }
        map.end()
    }
}

/// Why a resource is cited in a group's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Put the patient in the initial population (a qualifying visit, a diagnosis).
    Initial,
    /// Excluded the patient.
    Exclusion,
    /// Met (or, for the inverse CMS122, decided) the numerator.
    Numerator,
    /// Gave a denominator exception.
    Exception,
    /// Read by the rules without deciding alone (e.g. the tobacco screening result that
    /// puts a patient in CMS138 group 2).
    Context,
}

/// One group of one measure for one patient: populations and the evidence behind them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupResult<'a> {
    pub populations: Populations,
    pub evidence: Vec<(Role, Ev<'a>)>,
}

impl<'a> GroupResult<'a> {
    fn new(populations: Populations) -> Self {
        Self { populations, evidence: Vec::new() }
    }
    fn cite(&mut self, role: Role, ev: Option<Ev<'a>>) {
        if let Some(ev) = ev {
            self.evidence.push((role, ev));
        }
    }
}

/// One measure evaluated for one patient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureResult<'a> {
    pub measure: MeasureId,
    pub subject: &'a str,
    pub groups: Vec<GroupResult<'a>>,
}

impl MeasureResult<'_> {
    /// The command-line output line (DESIGN.md): subject, measure, populations per group.
    pub fn to_json(&self) -> Value {
        let populations: Vec<Value> =
            self.groups.iter().map(|g| serde_json::to_value(g.populations).unwrap_or(Value::Null)).collect();
        serde_json::json!({"subject": self.subject, "measure": self.measure.as_str(), "populations": populations})
    }

    /// The line as `carebrief measure` prints it: keys in DESIGN.md order, `", "` and
    /// `": "` separators.
    pub fn to_line(&self) -> String {
        let mut line = String::with_capacity(160);
        line.push_str("{\"subject\": ");
        line.push_str(&serde_json::to_string(self.subject).unwrap_or_default());
        line.push_str(", \"measure\": \"");
        line.push_str(self.measure.as_str());
        line.push_str("\", \"populations\": [");
        for (i, g) in self.groups.iter().enumerate() {
            if i > 0 {
                line.push_str(", ");
            }
            line.push('{');
            for (j, (code, count)) in g.populations.counts().into_iter().enumerate() {
                if j > 0 {
                    line.push_str(", ");
                }
                line.push('"');
                line.push_str(code);
                line.push_str("\": ");
                line.push(char::from(b'0' + count));
            }
            line.push('}');
        }
        line.push_str("]}");
        line
    }
}

/// A measure that cannot be computed in this run, and why.
#[derive(Debug)]
pub struct Unavailable {
    pub measure: MeasureId,
    pub errors: Vec<ValueSetError>,
}

impl fmt::Display for Unavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "measure {} cannot be computed: ", self.measure)?;
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

/// The engine for one run: a measurement period and the terminology of the measures it
/// can compute. Shared read-only by every patient.
pub struct Engine {
    period: Period,
    terms: Terminology,
    measures: Vec<MeasureId>,
}

impl Engine {
    /// Loads the value sets `measures` need from `valuesets`. A measure whose value sets
    /// are missing or unreadable is returned as [`Unavailable`]; the others can be
    /// computed. Fails only when the directory itself cannot be read.
    pub fn load(
        valuesets: &Path,
        period: Period,
        measures: &[MeasureId],
    ) -> Result<(Self, Vec<Unavailable>), ValueSetError> {
        let mut wanted: Vec<Vs> = measures.iter().flat_map(|m| m.value_sets()).collect();
        wanted.sort_by_key(|v| *v as u8);
        wanted.dedup();
        let (terms, errors) = Terminology::load(valuesets, &wanted)?;
        let mut available = Vec::new();
        let mut unavailable = Vec::new();
        for &m in measures {
            let needed = m.value_sets();
            let missing: Vec<ValueSetError> =
                errors.iter().filter(|(vs, _)| needed.contains(vs)).map(|(_, e)| e.clone()).collect();
            if missing.is_empty() {
                if !available.contains(&m) {
                    available.push(m);
                }
            } else {
                unavailable.push(Unavailable { measure: m, errors: missing });
            }
        }
        Ok((Self { period, terms, measures: available }, unavailable))
    }

    /// An engine over a test terminology (every measure is taken as available).
    #[cfg(test)]
    pub(crate) fn with_terminology(period: Period, terms: Terminology) -> Self {
        Self { period, terms, measures: MeasureId::ALL.to_vec() }
    }

    pub fn period(&self) -> &Period {
        &self.period
    }

    /// The measures this engine can compute, in the order asked for.
    pub fn measures(&self) -> &[MeasureId] {
        &self.measures
    }

    /// Reads one patient's resources (the Patient among them) into the measures' view.
    pub fn chart<'v>(&self, resources: impl IntoIterator<Item = &'v Value>) -> Result<Chart, ChartError> {
        let nodes: Vec<json::Node<'v>> = resources.into_iter().map(json::Node::from_value).collect();
        Chart::build(&self.terms, &nodes)
    }

    /// The measures' view of one patient from the text of each resource (one JSON object
    /// each), reading only the elements the measures read.
    pub fn chart_from_texts<'t>(&self, texts: impl IntoIterator<Item = &'t str>) -> Result<Chart, ChartFromText> {
        let mut nodes = Vec::new();
        for (at, text) in texts.into_iter().enumerate() {
            nodes.push(
                json::parse_resource(text, chart::reads_element)
                    .map_err(|error| ChartFromText::NotJson { at, error })?,
            );
        }
        Chart::build(&self.terms, &nodes).map_err(ChartFromText::Chart)
    }

    /// Evaluates one measure for one patient.
    pub fn evaluate<'a>(&'a self, chart: &'a Chart, measure: MeasureId) -> MeasureResult<'a> {
        let ctx = Ctx { chart, p: &self.period };
        let groups = match measure {
            MeasureId::Cms122 => cms122::evaluate(&ctx),
            MeasureId::Cms125 => cms125::evaluate(&ctx),
            MeasureId::Cms130 => cms130::evaluate(&ctx),
            MeasureId::Cms165 => cms165::evaluate(&ctx),
            MeasureId::Cms138 => cms138::evaluate(&ctx),
            MeasureId::Cms2 => cms2::evaluate(&ctx),
        };
        MeasureResult { measure, subject: chart.id(), groups }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measure_ids_parse_and_map_to_urls() {
        assert_eq!("cms125".parse::<MeasureId>().unwrap(), MeasureId::Cms125);
        assert!("CMS999".parse::<MeasureId>().is_err());
        for m in MeasureId::ALL {
            assert_eq!(MeasureId::from_url(&m.canonical_url()), Some(m));
            assert!(!m.value_sets().is_empty());
        }
        assert_eq!(MeasureId::from_url("https://madie.cms.gov/Measure/Other"), None);
    }

    #[test]
    fn populations_follow_the_evaluation_order() {
        // Excluded patients never reach the numerator; exceptions only without either.
        let p = Populations::from_criteria(true, true, true, true, Some(true));
        assert_eq!(p.counts().iter().map(|c| c.1).collect::<Vec<_>>(), [1, 1, 1, 0, 0]);
        let p = Populations::from_criteria(true, true, false, false, Some(true));
        assert_eq!(p.counts().iter().map(|c| c.1).collect::<Vec<_>>(), [1, 1, 0, 0, 1]);
        let p = Populations::from_criteria(false, true, true, true, None);
        assert_eq!(p.counts().iter().map(|c| c.1).collect::<Vec<_>>(), [0, 0, 0, 0]);
    }

    #[test]
    fn output_lines_have_the_documented_shape() {
        let result = MeasureResult {
            measure: MeasureId::Cms2,
            subject: "p\"1",
            groups: vec![GroupResult::new(Populations::from_criteria(true, true, false, true, Some(false)))],
        };
        assert_eq!(
            result.to_line(),
            r#"{"subject": "p\"1", "measure": "CMS2", "populations": [{"initial-population": 1, "denominator": 1, "denominator-exclusion": 0, "numerator": 1, "denominator-exception": 0}]}"#
        );
        let parsed: Value = serde_json::from_str(&result.to_line()).unwrap();
        assert_eq!(parsed, result.to_json());
    }
}
