//! The measures' own view of one patient, read from raw FHIR JSON.
//!
//! Only the elements the measures read are kept, already in the form the rules compare:
//! codes as value-set masks, timing as intervals of instants (MEASURES.md 1.5), condition
//! prevalence periods (1.7) and medication request periods (1.11) computed once. Reading is
//! lenient about what the measures do not read (unknown codes, extensions, elements and
//! resource types never fail a patient) and strict about what they do: a timing element
//! that is not a FHIR date/time, or a resource that is not a JSON object with a type and
//! id, is an error for the patient, because a measure decided without it could be wrong.

use super::json::Node;

use super::time::{self, BirthDate, Interval, When};
use super::valueset::{Codes, Terminology};

/// A problem with a patient's data that keeps the measures from being computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChartError {
    #[error("{resource}: {reason}")]
    Resource { resource: String, reason: String },
    #[error("no Patient resource")]
    NoPatient,
    #[error("more than one Patient resource ({0} and {1})")]
    TwoPatients(String, String),
}

#[derive(Debug, Clone)]
pub(crate) struct Encounter {
    pub id: String,
    pub status: String,
    pub types: Codes,
    pub class: Option<String>,
    pub period: Option<Interval>,
    pub discharge: Codes,
}

#[derive(Debug, Clone)]
pub(crate) struct Condition {
    pub id: String,
    pub code: Codes,
    pub body_site: Codes,
    pub problem_list_item: bool,
    pub health_concern: bool,
    /// The prevalence period of MEASURES.md 1.7; its start is the beginning of time when
    /// the onset is not known.
    pub prevalence: Interval,
    /// The onset as written, for people (`None` when the onset is unknown).
    pub onset: Option<When>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Quantity {
    pub value: Option<f64>,
    /// `code`, else `unit`.
    pub unit: Option<Unit>,
}

/// The units the measures compare; any other unit is `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Percent,
    MmHg,
    Other,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ObsValue {
    Absent,
    Quantity(Quantity),
    Concept(Codes),
    /// A value of another type (string, boolean, range, ...): present, not comparable.
    Other,
}

impl ObsValue {
    pub fn is_present(&self) -> bool {
        !matches!(self, ObsValue::Absent)
    }
    pub fn concept(&self) -> Codes {
        match self {
            ObsValue::Concept(c) => *c,
            _ => Codes::default(),
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Component {
    pub code: Codes,
    pub value: Option<Quantity>,
}

#[derive(Debug, Clone)]
pub(crate) struct Observation {
    pub id: String,
    pub status: String,
    pub survey: bool,
    pub laboratory: bool,
    pub code: Codes,
    pub effective: Option<Interval>,
    pub value: ObsValue,
    pub components: Vec<Component>,
    pub issued: Option<When>,
    /// The id of the Encounter `encounter.reference` points at.
    pub encounter: Option<String>,
    pub bp_profile: bool,
    /// The values of every qicore-notDoneReason extension.
    pub not_done_reasons: Vec<Codes>,
}

#[derive(Debug, Clone)]
pub(crate) struct Procedure {
    pub id: String,
    pub status: String,
    pub code: Codes,
    pub performed: Option<Interval>,
}

/// A ServiceRequest or DeviceRequest.
#[derive(Debug, Clone)]
pub(crate) struct Request {
    pub id: String,
    pub status: String,
    pub intent: String,
    pub do_not_perform: bool,
    pub code: Codes,
    pub authored: Option<When>,
}

#[derive(Debug, Clone)]
pub(crate) struct MedicationRequest {
    pub id: String,
    pub status: String,
    pub intent: String,
    pub do_not_perform: bool,
    pub code: Codes,
    pub authored: Option<When>,
    /// The medication request period of MEASURES.md 1.11.
    pub period: Option<Interval>,
}

/// One patient as the measures see it. Lists keep the input order (ties in "most recent"
/// are broken by it, MEASURES.md 1.13).
#[derive(Debug, Clone, Default)]
pub struct Chart {
    pub(crate) id: String,
    pub(crate) birth: Option<BirthDate>,
    pub(crate) gender: Option<String>,
    pub(crate) encounters: Vec<Encounter>,
    pub(crate) conditions: Vec<Condition>,
    pub(crate) observations: Vec<Observation>,
    pub(crate) procedures: Vec<Procedure>,
    pub(crate) service_requests: Vec<Request>,
    pub(crate) device_requests: Vec<Request>,
    pub(crate) medication_requests: Vec<MedicationRequest>,
}

const OBSERVATION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
const CONDITION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/condition-category";
const US_CORE_CONDITION_CATEGORY: &str = "http://hl7.org/fhir/us/core/CodeSystem/condition-category";
const CONDITION_CLINICAL: &str = "http://terminology.hl7.org/CodeSystem/condition-clinical";
const DO_NOT_PERFORM: &str = "http://hl7.org/fhir/us/qicore/StructureDefinition/qicore-doNotPerform";
const NOT_DONE_REASON: &str = "http://hl7.org/fhir/us/qicore/StructureDefinition/qicore-notDoneReason";
const BP_PROFILE: &str = "http://hl7.org/fhir/StructureDefinition/bp";

impl Chart {
    /// Builds the view from one patient's resources (the Patient among them). Resource
    /// types the measures do not read are skipped.
    pub(crate) fn build<'n, 'v: 'n>(
        terms: &Terminology,
        resources: impl IntoIterator<Item = &'n Node<'v>>,
    ) -> Result<Self, ChartError> {
        let mut chart = Chart::default();
        let mut patient: Option<&Node<'_>> = None;
        let mut rest = Vec::new();
        for r in resources {
            let (ty, id) = type_and_id(r)?;
            if ty == "Patient" {
                if let Some(first) = patient {
                    let first_id = first.get("id").and_then(Node::as_str).unwrap_or_default();
                    if first_id != id {
                        return Err(ChartError::TwoPatients(first_id.to_owned(), id.to_owned()));
                    }
                }
                patient = Some(r);
            } else {
                rest.push((ty, id, r));
            }
        }
        let patient = patient.ok_or(ChartError::NoPatient)?;
        chart.id = str_of(patient, "id").unwrap_or_default().to_owned();
        chart.gender = str_of(patient, "gender").map(str::to_owned);
        chart.birth = match patient.get("birthDate") {
            None | Some(Node::Null) => None,
            Some(Node::String(s)) => {
                Some(BirthDate::parse(s).map_err(|e| fail("Patient", &chart.id, format!("birthDate: {e}")))?)
            }
            Some(_) => return Err(fail("Patient", &chart.id, "birthDate is not a string".into())),
        };
        let reader = Reader { terms, birth: chart.birth };
        for (ty, id, r) in rest {
            let err = |reason: String| fail(ty, id, reason);
            match ty {
                "Encounter" => chart.encounters.push(reader.encounter(id, r).map_err(err)?),
                "Condition" => chart.conditions.push(reader.condition(id, r).map_err(err)?),
                "Observation" => chart.observations.push(reader.observation(id, r).map_err(err)?),
                "Procedure" => chart.procedures.push(reader.procedure(id, r).map_err(err)?),
                "ServiceRequest" => chart.service_requests.push(reader.service_request(id, r).map_err(err)?),
                "DeviceRequest" => chart.device_requests.push(reader.device_request(id, r).map_err(err)?),
                "MedicationRequest" => chart.medication_requests.push(reader.medication_request(id, r).map_err(err)?),
                _ => {}
            }
        }
        Ok(chart)
    }

    /// The Patient id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Whether the Patient has a birthDate (without one no age criterion can be met).
    pub fn has_birth_date(&self) -> bool {
        self.birth.is_some()
    }

    pub(crate) fn encounter(&self, id: &str) -> Option<&Encounter> {
        self.encounters.iter().find(|e| e.id == id)
    }
}

/// Whether the reader reads a resource's top-level element `key`. Population mode skips
/// every other element unparsed; the conformance test checks that both ways of reading give
/// the same chart.
pub(crate) fn reads_element(key: &str) -> bool {
    matches!(
        key,
        "resourceType"
            | "id"
            | "birthDate"
            | "gender"
            | "status"
            | "intent"
            | "type"
            | "class"
            | "period"
            | "hospitalization"
            | "clinicalStatus"
            | "category"
            | "code"
            | "bodySite"
            | "component"
            | "issued"
            | "encounter"
            | "meta"
            | "extension"
            | "modifierExtension"
            | "doNotPerform"
            | "authoredOn"
            | "codeCodeableConcept"
            | "medicationCodeableConcept"
            | "dosageInstruction"
            | "dispenseRequest"
    ) || ["value", "onset", "abatement", "effective", "performed"].iter().any(|prefix| key.starts_with(prefix))
}

fn fail(ty: &str, id: &str, reason: String) -> ChartError {
    ChartError::Resource { resource: format!("{ty}/{id}"), reason }
}

/// The `resourceType` and `id` every resource must have.
pub(crate) fn type_and_id<'a>(r: &'a Node<'_>) -> Result<(&'a str, &'a str), ChartError> {
    if !r.is_object() {
        return Err(ChartError::Resource { resource: "(unknown)".into(), reason: "not a JSON object".into() });
    }
    let ty = r
        .get("resourceType")
        .and_then(Node::as_str)
        .ok_or_else(|| ChartError::Resource { resource: "(unknown)".into(), reason: "no resourceType".into() })?;
    let id = r
        .get("id")
        .and_then(Node::as_str)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| ChartError::Resource { resource: ty.to_owned(), reason: "no id".into() })?;
    Ok((ty, id))
}

fn str_of<'a>(v: &'a Node<'_>, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Node::as_str)
}

fn owned(v: &Node<'_>, key: &str) -> String {
    str_of(v, key).unwrap_or_default().to_owned()
}

/// The elements of a FHIR list (a single object is read as a one-element list).
fn list<'a, 'v>(v: &'a Node<'v>, key: &str) -> &'a [Node<'v>] {
    match v.get(key) {
        Some(Node::Array(items)) => items,
        Some(one @ Node::Object(_)) => std::slice::from_ref(one),
        _ => &[],
    }
}

fn codings<'a, 'v>(concept: &'a Node<'v>) -> &'a [Node<'v>] {
    list(concept, "coding")
}

fn has_coding(concept: &Node<'_>, system: &str, code: &str) -> bool {
    codings(concept).iter().any(|c| str_of(c, "system") == Some(system) && str_of(c, "code") == Some(code))
}

/// The names of one timing choice element `<prefix>[x]`.
struct Choice {
    date_time: &'static str,
    instant: &'static str,
    period: &'static str,
    age: &'static str,
    range: &'static str,
}

macro_rules! choice {
    ($name:ident, $prefix:literal) => {
        const $name: Choice = Choice {
            date_time: concat!($prefix, "DateTime"),
            instant: concat!($prefix, "Instant"),
            period: concat!($prefix, "Period"),
            age: concat!($prefix, "Age"),
            range: concat!($prefix, "Range"),
        };
    };
}
choice!(ONSET, "onset");
choice!(ABATEMENT, "abatement");
choice!(EFFECTIVE, "effective");
choice!(PERFORMED, "performed");

struct Reader<'t> {
    terms: &'t Terminology,
    birth: Option<BirthDate>,
}

type Read<T> = Result<T, String>;

impl Reader<'_> {
    /// The value sets and direct codes a CodeableConcept is coded in.
    fn concept(&self, concept: Option<&Node<'_>>) -> Codes {
        let mut codes = Codes::default();
        if let Some(concept) = concept {
            for coding in codings(concept) {
                if let (Some(system), Some(code)) = (str_of(coding, "system"), str_of(coding, "code")) {
                    codes |= self.terms.lookup(system, code);
                }
            }
        }
        codes
    }

    /// A list of CodeableConcepts, matched as one.
    fn concepts(&self, v: &Node<'_>, key: &str) -> Codes {
        let mut codes = Codes::default();
        for c in list(v, key) {
            codes |= self.concept(Some(c));
        }
        codes
    }

    fn when(&self, v: &Node<'_>, key: &str) -> Read<Option<When>> {
        match v.get(key) {
            None | Some(Node::Null) => Ok(None),
            Some(Node::String(s)) => time::parse(s).map(Some).map_err(|e| format!("{key}: {e}")),
            Some(_) => Err(format!("{key} is not a string")),
        }
    }

    /// A Period as an interval: a missing end is open (end of time); a missing start is
    /// any instant up to the end; neither is no interval.
    fn period(&self, v: Option<&Node<'_>>, name: &str) -> Read<Option<Interval>> {
        let Some(p) = v else { return Ok(None) };
        if !p.is_object() {
            return Err(format!("{name} is not a Period"));
        }
        let start = self.when(p, "start").map_err(|e| format!("{name}.{e}"))?;
        let end = self.when(p, "end").map_err(|e| format!("{name}.{e}"))?;
        Ok(match (start, end) {
            (Some(s), Some(e)) => Some(Interval::new(s, e)),
            (Some(s), None) => Some(Interval::new(s, When::ENDING)),
            (None, Some(e)) => Some(Interval::new(When { lo: time::BEGIN, hi: e.hi }, e)),
            (None, None) => None,
        })
    }

    /// birthDate + an Age (a Quantity in years or months), as the instants it can be;
    /// `None` for other units or without a birth date.
    fn age(&self, q: &Node<'_>) -> Option<When> {
        let birth = self.birth?;
        let value = q.get("value").and_then(Node::as_f64)?;
        let unit = str_of(q, "code").or_else(|| str_of(q, "unit"))?;
        let months_per = match unit {
            "a" | "year" | "years" | "yr" => 12.0,
            "mo" | "month" | "months" => 1.0,
            _ => return None,
        };
        Some(birth.plus_months((value * months_per).floor() as i32))
    }

    /// The interval of a timing choice element `<prefix>[x]` (MEASURES.md 1.5).
    fn timing(&self, v: &Node<'_>, choice: &Choice) -> Read<Option<Interval>> {
        for key in [choice.date_time, choice.instant] {
            if let Some(t) = self.when(v, key)? {
                return Ok(Some(Interval::point(t)));
            }
        }
        if let Some(p) = v.get(choice.period) {
            return self.period(Some(p), choice.period);
        }
        if let Some(q) = v.get(choice.age) {
            // [birthDate + age, birthDate + age + 1 year)
            return Ok(self.age(q).map(|start| Interval::new(start, start.plus_months(12).shifted(-1))));
        }
        if let Some(r) = v.get(choice.range) {
            let low = r.get("low").and_then(|q| self.age(q));
            let high = r.get("high").and_then(|q| self.age(q));
            return Ok(match (low, high) {
                (Some(start), Some(high)) => Some(Interval::new(start, high.plus_months(12).shifted(-1))),
                _ => None,
            });
        }
        Ok(None)
    }

    fn encounter(&self, id: &str, r: &Node<'_>) -> Read<Encounter> {
        Ok(Encounter {
            id: id.to_owned(),
            status: owned(r, "status"),
            types: self.concepts(r, "type"),
            class: r.get("class").and_then(|c| str_of(c, "code")).map(str::to_owned),
            period: self.period(r.get("period"), "period")?,
            discharge: self.concept(r.get("hospitalization").and_then(|h| h.get("dischargeDisposition"))),
        })
    }

    fn condition(&self, id: &str, r: &Node<'_>) -> Read<Condition> {
        let onset = self.timing(r, &ONSET)?;
        let start = onset.map(|i| i.start).filter(|s| s.lo > time::BEGIN);
        let active = r.get("clinicalStatus").is_some_and(|c| {
            ["active", "recurrence", "relapse"].iter().any(|code| has_coding(c, CONDITION_CLINICAL, code))
        });
        // Abatement: a dateTime ends the condition at that instant; an Age, Range or
        // Period at the end of its interval, which is excluded.
        let abatement_end = if let Some(t) = self.when(r, "abatementDateTime")? {
            Some(t)
        } else if let Some(p) = r.get("abatementPeriod") {
            let end = self.when(p, "end").map_err(|e| format!("abatementPeriod.{e}"))?;
            end.map(|e| e.shifted(-1))
        } else if r.get("abatementAge").is_some() || r.get("abatementRange").is_some() {
            self.timing(r, &ABATEMENT)?.map(|i| i.end)
        } else {
            None
        };
        let begin = start.unwrap_or(When::BEGINNING);
        let end = match (abatement_end, active) {
            (Some(e), _) => e,
            (None, true) => When::ENDING,
            (None, false) => When { lo: begin.lo, hi: time::END },
        };
        let mut problem_list_item = false;
        let mut health_concern = false;
        for c in list(r, "category") {
            problem_list_item |= has_coding(c, CONDITION_CATEGORY, "problem-list-item");
            health_concern |= has_coding(c, US_CORE_CONDITION_CATEGORY, "health-concern");
        }
        Ok(Condition {
            id: id.to_owned(),
            code: self.concept(r.get("code")),
            body_site: self.concepts(r, "bodySite"),
            problem_list_item,
            health_concern,
            prevalence: Interval::new(begin, end),
            onset: start,
        })
    }

    fn quantity(&self, q: &Node<'_>) -> Quantity {
        let unit = str_of(q, "code").or_else(|| str_of(q, "unit")).map(|u| match u {
            "%" => Unit::Percent,
            "mm[Hg]" | "mmHg" => Unit::MmHg,
            _ => Unit::Other,
        });
        Quantity { value: q.get("value").and_then(Node::as_f64), unit }
    }

    fn observation(&self, id: &str, r: &Node<'_>) -> Read<Observation> {
        let mut survey = false;
        let mut laboratory = false;
        for c in list(r, "category") {
            survey |= has_coding(c, OBSERVATION_CATEGORY, "survey");
            laboratory |= has_coding(c, OBSERVATION_CATEGORY, "laboratory");
        }
        let value = if let Some(q) = r.get("valueQuantity") {
            ObsValue::Quantity(self.quantity(q))
        } else if let Some(c) = r.get("valueCodeableConcept") {
            ObsValue::Concept(self.concept(Some(c)))
        } else if r.keys().any(|k| k.starts_with("value")) {
            ObsValue::Other
        } else {
            ObsValue::Absent
        };
        let components = list(r, "component")
            .iter()
            .map(|c| Component {
                code: self.concept(c.get("code")),
                value: c.get("valueQuantity").map(|q| self.quantity(q)),
            })
            .collect();
        let encounter = r
            .get("encounter")
            .and_then(|e| str_of(e, "reference"))
            .and_then(|reference| reference.rsplit('/').next())
            .map(str::to_owned);
        let bp_profile = r
            .get("meta")
            .map(|m| list(m, "profile"))
            .unwrap_or_default()
            .iter()
            .filter_map(Node::as_str)
            .any(|p| p.split('|').next() == Some(BP_PROFILE));
        let not_done_reasons = list(r, "extension")
            .iter()
            .filter(|e| str_of(e, "url") == Some(NOT_DONE_REASON))
            .map(|e| self.concept(e.get("valueCodeableConcept")))
            .collect();
        Ok(Observation {
            id: id.to_owned(),
            status: owned(r, "status"),
            survey,
            laboratory,
            code: self.concept(r.get("code")),
            effective: self.timing(r, &EFFECTIVE)?,
            value,
            components,
            issued: self.when(r, "issued")?,
            encounter,
            bp_profile,
            not_done_reasons,
        })
    }

    fn procedure(&self, id: &str, r: &Node<'_>) -> Read<Procedure> {
        Ok(Procedure {
            id: id.to_owned(),
            status: owned(r, "status"),
            code: self.concept(r.get("code")),
            performed: self.timing(r, &PERFORMED)?,
        })
    }

    fn service_request(&self, id: &str, r: &Node<'_>) -> Read<Request> {
        Ok(Request {
            id: id.to_owned(),
            status: owned(r, "status"),
            intent: owned(r, "intent"),
            do_not_perform: r.get("doNotPerform").and_then(Node::as_bool) == Some(true),
            code: self.concept(r.get("code")),
            authored: self.when(r, "authoredOn")?,
        })
    }

    fn device_request(&self, id: &str, r: &Node<'_>) -> Read<Request> {
        // Only one qicore-doNotPerform modifier extension saying true marks the request.
        let marks: Vec<&Node<'_>> =
            list(r, "modifierExtension").iter().filter(|e| str_of(e, "url") == Some(DO_NOT_PERFORM)).collect();
        let do_not_perform = marks.len() == 1 && marks[0].get("valueBoolean").and_then(Node::as_bool) == Some(true);
        Ok(Request {
            id: id.to_owned(),
            status: owned(r, "status"),
            intent: owned(r, "intent"),
            do_not_perform,
            code: self.concept(r.get("codeCodeableConcept")),
            authored: self.when(r, "authoredOn")?,
        })
    }

    fn medication_request(&self, id: &str, r: &Node<'_>) -> Read<MedicationRequest> {
        let authored = self.when(r, "authoredOn")?;
        Ok(MedicationRequest {
            id: id.to_owned(),
            status: owned(r, "status"),
            intent: owned(r, "intent"),
            do_not_perform: r.get("doNotPerform").and_then(Node::as_bool) == Some(true),
            code: self.concept(r.get("medicationCodeableConcept")),
            authored,
            period: self.medication_period(r, authored)?,
        })
    }

    /// The medication request period (CumulativeMedicationDuration, MEASURES.md 1.11),
    /// in whole days.
    fn medication_period(&self, r: &Node<'_>, authored: Option<When>) -> Read<Option<Interval>> {
        let dosages = list(r, "dosageInstruction");
        let dosage = (dosages.len() == 1).then(|| &dosages[0]);
        let repeat = dosage.and_then(|d| d.get("timing")).and_then(|t| t.get("repeat"));
        let dispense = r.get("dispenseRequest");
        let bounds = repeat.and_then(|rp| rp.get("boundsPeriod"));

        let start = match bounds.map(|b| self.when(b, "start")).transpose()?.flatten() {
            Some(s) => Some(s),
            None => match authored {
                Some(a) => Some(a),
                None => {
                    dispense.and_then(|d| d.get("validityPeriod")).map(|p| self.when(p, "start")).transpose()?.flatten()
                }
            },
        };
        let start_date = start.and_then(|s| s.date());

        let days_supply = dispense.and_then(|d| d.get("expectedSupplyDuration")).and_then(duration_days);
        let total = days_supply.or_else(|| {
            let quantity =
                dispense.and_then(|d| d.get("quantity")).and_then(|q| q.get("value")).and_then(Node::as_f64)?;
            let dose_and_rate = dosage.map(|d| list(d, "doseAndRate")).unwrap_or_default();
            let dose_and_rate = (dose_and_rate.len() == 1).then(|| &dose_and_rate[0])?;
            let dose = dose_and_rate
                .get("doseRange")
                .and_then(|dr| dr.get("high"))
                .and_then(|h| h.get("value"))
                .and_then(Node::as_f64)
                .or_else(|| dose_and_rate.get("doseQuantity").and_then(|q| q.get("value")).and_then(Node::as_f64))?;
            let per_day = doses_per_day(repeat?)?;
            let daily = dose * per_day;
            (daily != 0.0).then(|| quantity / daily)
        });
        let refills = dispense.and_then(|d| d.get("numberOfRepeatsAllowed")).and_then(Node::as_f64).unwrap_or(0.0);

        if let (Some(start), Some(total)) = (start_date, total) {
            let days = (total * (1.0 + refills)).trunc() as i64;
            if days >= 1 {
                let end = start + chrono::Duration::days(days - 1);
                return Ok(Some(Interval::new(When::day(start), When::day(end))));
            }
            return Ok(None);
        }
        let bounds_end = bounds.map(|b| self.when(b, "end")).transpose()?.flatten().and_then(|e| e.date());
        Ok(match (start_date, bounds_end) {
            (Some(s), Some(e)) if e >= s => Some(Interval::new(When::day(s), When::day(e))),
            _ => None,
        })
    }
}

/// A Duration in days (`d`, `wk`, `h`, `mo` = 30 d, `a` = 365 d and spelled-out forms).
fn duration_days(q: &Node<'_>) -> Option<f64> {
    let value = q.get("value").and_then(Node::as_f64)?;
    let unit = str_of(q, "code").or_else(|| str_of(q, "unit"))?;
    Some(value * unit_in_days(unit)?)
}

fn unit_in_days(unit: &str) -> Option<f64> {
    Some(match unit {
        "s" | "second" | "seconds" => 1.0 / 86_400.0,
        "min" | "minute" | "minutes" => 1.0 / 1_440.0,
        "h" | "hour" | "hours" => 1.0 / 24.0,
        "d" | "day" | "days" => 1.0,
        "wk" | "week" | "weeks" => 7.0,
        "mo" | "month" | "months" => 30.0,
        "a" | "year" | "years" => 365.0,
        _ => return None,
    })
}

/// Doses per day from `timing.repeat`: frequency over period when all three are given,
/// else the number of `timeOfDay` entries (none: no computation).
fn doses_per_day(repeat: &Node<'_>) -> Option<f64> {
    let frequency =
        repeat.get("frequencyMax").and_then(Node::as_f64).or_else(|| repeat.get("frequency").and_then(Node::as_f64));
    let period = repeat.get("period").and_then(Node::as_f64);
    let unit = str_of(repeat, "periodUnit").and_then(unit_in_days);
    match (frequency, period, unit) {
        (Some(f), Some(p), Some(u)) if p * u > 0.0 => Some(f / (p * u)),
        _ => {
            let n = list(repeat, "timeOfDay").len() as f64;
            (n > 0.0).then_some(n)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn chart(resources: Vec<Value>) -> Result<Chart, ChartError> {
        let terms = Terminology::default();
        let mut all =
            vec![json!({"resourceType": "Patient", "id": "p1", "birthDate": "1960-05-05", "gender": "female"})];
        all.extend(resources);
        let nodes: Vec<Node<'_>> = all.iter().map(Node::from_value).collect();
        Chart::build(&terms, &nodes)
    }

    #[test]
    fn prevalence_follows_clinical_status_and_abatement() {
        let c = chart(vec![
            json!({"resourceType": "Condition", "id": "a", "onsetDateTime": "2024-05-01",
                   "clinicalStatus": {"coding": [{"system": CONDITION_CLINICAL, "code": "active"}]}}),
            json!({"resourceType": "Condition", "id": "r", "onsetDateTime": "2024-05-01",
                   "clinicalStatus": {"coding": [{"system": CONDITION_CLINICAL, "code": "resolved"}]}}),
            json!({"resourceType": "Condition", "id": "n"}),
            json!({"resourceType": "Condition", "id": "ab", "onsetDateTime": "2020-01-01",
                   "abatementPeriod": {"start": "2021-01-01", "end": "2021-06-01T00:00:00.000Z"}}),
        ])
        .unwrap();
        let [a, r, n, ab] = &c.conditions[..] else { panic!() };
        assert_eq!(a.prevalence.end, When::ENDING);
        assert_eq!(r.prevalence.end.lo, r.prevalence.start.lo);
        assert_eq!(r.prevalence.end.hi, time::END);
        assert_eq!(n.prevalence.start, When::BEGINNING);
        assert_eq!(n.onset, None);
        assert_eq!(ab.prevalence.end, time::parse("2021-05-31T23:59:59.999Z").unwrap());
    }

    #[test]
    fn medication_period_from_supply_and_refills() {
        let c = chart(vec![
            json!({"resourceType": "MedicationRequest", "id": "m1", "authoredOn": "2025-12-30",
                   "dispenseRequest": {"expectedSupplyDuration": {"value": 90, "code": "days"}}}),
            json!({"resourceType": "MedicationRequest", "id": "m2", "authoredOn": "2025-01-01T10:00:00Z",
                   "dosageInstruction": [{"timing": {"repeat": {"frequency": 2, "period": 1, "periodUnit": "d"}},
                                          "doseAndRate": [{"doseQuantity": {"value": 1}}]}],
                   "dispenseRequest": {"quantity": {"value": 60}, "numberOfRepeatsAllowed": 1}}),
            json!({"resourceType": "MedicationRequest", "id": "m3", "authoredOn": "2025-01-01"}),
        ])
        .unwrap();
        let p1 = c.medication_requests[0].period.unwrap();
        assert_eq!(p1.start.date(), chrono::NaiveDate::from_ymd_opt(2025, 12, 30));
        assert_eq!(p1.end.date(), chrono::NaiveDate::from_ymd_opt(2026, 3, 29));
        let p2 = c.medication_requests[1].period.unwrap();
        assert_eq!(p2.end.date(), chrono::NaiveDate::from_ymd_opt(2025, 3, 1));
        assert!(c.medication_requests[2].period.is_none());
    }

    #[test]
    fn do_not_perform_needs_the_exact_single_extension() {
        let ext = |url: &str, v: bool| json!({"url": url, "valueBoolean": v});
        let c = chart(vec![
            json!({"resourceType": "DeviceRequest", "id": "d1", "modifierExtension": [ext(DO_NOT_PERFORM, true)]}),
            json!({"resourceType": "DeviceRequest", "id": "d2",
                   "modifierExtension": [ext("http://hl7.org/fhir/us/qicore/StructureDefinition/qicore-doNotPeform", true)]}),
            json!({"resourceType": "DeviceRequest", "id": "d3", "modifierExtension": [ext(DO_NOT_PERFORM, false)]}),
        ])
        .unwrap();
        let flags: Vec<bool> = c.device_requests.iter().map(|d| d.do_not_perform).collect();
        assert_eq!(flags, [true, false, false]);
    }

    #[test]
    fn bad_timing_fails_the_patient_with_the_resource_named() {
        let err =
            chart(vec![json!({"resourceType": "Procedure", "id": "x", "performedDateTime": "last week"})]).unwrap_err();
        let message = err.to_string();
        assert!(message.starts_with("Procedure/x: performedDateTime: not a FHIR date/dateTime"), "{message}");
        assert!(!message.contains("last week"), "the value itself is not repeated: {message}");
        assert!(matches!(chart(vec![json!([1, 2])]), Err(ChartError::Resource { .. })));
        let encounter = json!({"resourceType": "Encounter", "id": "e"});
        let no_patient = Chart::build(&Terminology::default(), &[Node::from_value(&encounter)]);
        assert_eq!(no_patient.unwrap_err(), ChartError::NoPatient);
        // Unknown resource types and elements are fine.
        assert!(chart(vec![json!({"resourceType": "Basic", "id": "b", "whatever": [1]})]).is_ok());
    }

    #[test]
    fn reading_the_text_gives_what_reading_the_value_gives_for_odd_shapes() {
        let patient = r#"{"resourceType":"Patient","id":"p1","birthDate":"1960-05-05","text":{"div":"<div/>"}}"#;
        let odd = [
            // A single object where a list belongs; a repeated key; an escaped string.
            r#"{"resourceType":"Observation","id":"o1","category":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"survey"}]},"status":"final","status":"amended","effectiveDateTime":"2025-01-0\u0032"}"#,
            r#"{"resourceType":"Observation","id":"o2","valueFoo":1}"#,
            r#"{"resourceType":"Encounter","id":"e1","period":null}"#,
            r#"{"resourceType":"Procedure","id":"x","performedDateTime":12}"#,
            r#"[1, 2]"#,
        ];
        let terms = Terminology::default();
        for text in odd {
            let texts = [patient, text];
            let values: Vec<Value> = texts.iter().map(|t| serde_json::from_str(t).unwrap()).collect();
            let nodes: Vec<Node<'_>> = values.iter().map(Node::from_value).collect();
            let parsed: Vec<Node<'_>> =
                texts.iter().map(|t| super::super::json::parse_resource(t, reads_element).unwrap()).collect();
            let a = format!("{:?}", Chart::build(&terms, &nodes));
            let b = format!("{:?}", Chart::build(&terms, &parsed));
            assert_eq!(a, b, "{text}");
        }
    }
}
