//! Care gaps: what a coordinator acts on, decided by the measure rules alone.
//!
//! For every measure (every group of CMS138) a patient's gap is open, closed or not
//! applicable (MEASURES.md 1.2: open when in the denominator, not excluded and the care
//! was not done; for the inverse CMS122 open when in the numerator). Each gap says why in
//! plain words with dates ("no mammogram since 2023-10-01; due by 2025-12-31") and lists
//! the FHIR ids of its evidence. [`gaps_bundle`] writes the gaps as a DEQM-shaped
//! gaps-in-care Bundle: a Composition (LOINC 96315-7), one individual MeasureReport per
//! measure, one DetectedIssue (code CAREGAP) per open or closed gap.
//!
//! Reasons carry dates and codes' display names from the value sets, never free text
//! from the chart; they are for the identified record inside the trust boundary.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::Serialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::chart::{Chart, ObsValue};
use super::shared::{Ctx, Ev};
use super::terms::Vs;
use super::{Engine, MeasureId, MeasureResult, Populations, Role, cms2, cms122, cms125, cms138, cms165};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GapStatus {
    Open,
    Closed,
    NotApplicable,
}

impl GapStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            GapStatus::Open => "open",
            GapStatus::Closed => "closed",
            GapStatus::NotApplicable => "not-applicable",
        }
    }
}

/// A group's gap status from its populations alone (MEASURES.md 1.2): what
/// [`care_gaps`] decides, without the reasons, for whole populations.
pub fn status_of(measure: MeasureId, pops: Populations) -> GapStatus {
    let eligible = pops.denominator && !pops.denominator_exclusion && pops.denominator_exception != Some(true);
    let done = if measure == MeasureId::Cms122 { !pops.numerator } else { pops.numerator };
    match (eligible, done) {
        (false, _) => GapStatus::NotApplicable,
        (true, true) => GapStatus::Closed,
        (true, false) => GapStatus::Open,
    }
}

/// One measure group's care gap for one patient.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CareGap {
    pub measure: &'static str,
    /// 1-based group number (CMS138 has three groups; every other measure one).
    pub group: usize,
    pub title: &'static str,
    pub status: GapStatus,
    /// Why, in words a care coordinator reads.
    pub reason: String,
    /// The last day the care can be given to count in this measurement period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// `Type/id` of every resource that decided the gap.
    pub evidence: Vec<String>,
    #[serde(skip)]
    pub populations: Populations,
}

/// The care gaps of one patient for every measure the engine computes, in its order.
pub fn care_gaps(engine: &Engine, chart: &Chart) -> Vec<CareGap> {
    engine.measures().iter().flat_map(|&m| gaps_of(engine, chart, &engine.evaluate(chart, m))).collect()
}

/// The care gaps of one evaluated measure.
pub fn gaps_of(engine: &Engine, chart: &Chart, result: &MeasureResult<'_>) -> Vec<CareGap> {
    let ctx = Ctx { chart, p: engine.period() };
    result
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let group = i + 1;
            let pops = g.populations;
            let cited = |role: Role| g.evidence.iter().filter(move |(r, _)| *r == role).map(|(_, e)| *e);
            let (status, reason) = decide(&ctx, result.measure, group, pops, &cited);
            let evidence = g.evidence.iter().map(|(_, e)| e.reference()).fold(Vec::new(), |mut acc, r| {
                if !acc.contains(&r) {
                    acc.push(r);
                }
                acc
            });
            CareGap {
                measure: result.measure.as_str(),
                group,
                title: title(result.measure, group),
                status,
                due: (status == GapStatus::Open).then_some(ctx.p.end_date),
                reason,
                evidence,
                populations: pops,
            }
        })
        .collect()
}

fn title(measure: MeasureId, group: usize) -> &'static str {
    match (measure, group) {
        (MeasureId::Cms138, 1) => "Tobacco use screening",
        (MeasureId::Cms138, 2) => "Tobacco cessation intervention for tobacco users",
        (MeasureId::Cms138, _) => "Tobacco use screening and, for users, cessation intervention",
        (m, _) => m.title(),
    }
}

/// Who the measure is for, said when a patient is not.
fn population(measure: MeasureId, group: usize) -> &'static str {
    match (measure, group) {
        (MeasureId::Cms122, _) => "patients 18-75 with diabetes and an outpatient visit in the period",
        (MeasureId::Cms125, _) => "women 52-74 with an outpatient visit in the period",
        (MeasureId::Cms130, _) => "patients 46-75 with an outpatient visit in the period",
        (MeasureId::Cms165, _) => {
            "patients 18-85 with essential hypertension before mid-period and an outpatient visit in the period"
        }
        (MeasureId::Cms138, 2) => "patients 12+ whose last tobacco screening in the period found tobacco use",
        (MeasureId::Cms138, _) => "patients 12+ with two visits or one preventive visit in the period",
        (MeasureId::Cms2, _) => "patients 12+ with a qualifying visit in the period",
    }
}

fn day(ev: &Ev<'_>) -> String {
    ev.when.and_then(|w| w.date()).map(|d| d.to_string()).unwrap_or_else(|| "an unknown date".into())
}

/// What a cited resource is, by the first value set or code the rules know it by.
fn what(chart: &Chart, ev: &Ev<'_>) -> String {
    let codes = match ev.ty {
        "Encounter" => chart.encounters.iter().find(|e| e.id == ev.id).map(|e| e.types),
        "Condition" => chart.conditions.iter().find(|c| c.id == ev.id).map(|c| c.code),
        "Observation" => chart.observations.iter().find(|o| o.id == ev.id).map(|o| o.code),
        "Procedure" => chart.procedures.iter().find(|p| p.id == ev.id).map(|p| p.code),
        "ServiceRequest" => chart.service_requests.iter().find(|r| r.id == ev.id).map(|r| r.code),
        "DeviceRequest" => chart.device_requests.iter().find(|r| r.id == ev.id).map(|r| r.code),
        "MedicationRequest" => chart.medication_requests.iter().find(|m| m.id == ev.id).map(|m| m.code),
        _ => None,
    };
    codes
        .and_then(|c| Vs::ALL.iter().find(|v| c.has(**v)))
        .map(|v| v.name().to_owned())
        .unwrap_or_else(|| ev.ty.to_owned())
}

fn described(chart: &Chart, ev: &Ev<'_>) -> String {
    format!("{} on {} ({})", what(chart, ev), day(ev), ev.reference())
}

fn decide<'a, I: Iterator<Item = Ev<'a>>>(
    ctx: &Ctx<'a>,
    measure: MeasureId,
    group: usize,
    pops: Populations,
    cited: &dyn Fn(Role) -> I,
) -> (GapStatus, String) {
    let chart = ctx.chart;
    if measure == MeasureId::Cms138 && group == 2 && pops.initial_population && !pops.denominator {
        let reason = match cms138::most_recent_screening(ctx).observation {
            Some(o) => {
                let ev = Ev::observation(o);
                format!("not a tobacco user at the last screening, on {} ({})", day(&ev), ev.reference())
            }
            None => "no tobacco use screening in the period, so no cessation intervention is due yet".into(),
        };
        return (GapStatus::NotApplicable, reason);
    }
    if !pops.initial_population || !pops.denominator {
        let mut reason = format!("not in the measure: it is for {}", population(measure, group));
        if !chart.has_birth_date() {
            reason.push_str(" (no birth date on record)");
        }
        return (GapStatus::NotApplicable, reason);
    }
    if pops.denominator_exclusion {
        let by = cited(Role::Exclusion).next().map(|e| described(chart, &e)).unwrap_or_else(|| "an exclusion".into());
        return (GapStatus::NotApplicable, format!("excluded: {by}"));
    }
    if pops.denominator_exception == Some(true) {
        let by = cited(Role::Exception).next().map(|e| described(chart, &e)).unwrap_or_else(|| "a reason".into());
        return (GapStatus::NotApplicable, format!("screening not done for a documented reason: {by}"));
    }
    let p = ctx.p;
    let year = if p.start_date.year() == p.end_date.year() { p.start_date.year().to_string() } else { p.to_string() };
    match measure {
        MeasureId::Cms122 => cms122_reason(ctx, pops.numerator, &year),
        MeasureId::Cms125 => {
            if let Some(m) = cited(Role::Numerator).next() {
                return (GapStatus::Closed, format!("mammogram on {} ({})", day(&m), m.reference()));
            }
            let since = cms125::window(ctx).start.date().map(|d| d.to_string()).unwrap_or_default();
            let last = super::shared::most_recent(
                chart.observations.iter().filter(|o| o.code.has(Vs::Mammography) && o.effective.is_some()),
                |o| o.effective.map(|e| e.end),
            )
            .map(|o| format!(" (last on record: {})", day(&Ev::observation(o))))
            .unwrap_or_default();
            (GapStatus::Open, format!("no mammogram since {since}{last}; due by {}", p.end_date))
        }
        MeasureId::Cms130 => {
            if let Some(s) = cited(Role::Numerator).next() {
                return (GapStatus::Closed, described(chart, &s));
            }
            let back = |months: i32| p.looking_back(months).start.date().map(|d| d.to_string()).unwrap_or_default();
            (
                GapStatus::Open,
                format!(
                    "no colorectal cancer screening on record: no FOBT in {year}, no stool DNA-FIT since {}, no CT \
                     colonography or flexible sigmoidoscopy since {}, no colonoscopy since {}; due by {}",
                    back(24),
                    back(48),
                    back(108),
                    p.end_date
                ),
            )
        }
        MeasureId::Cms165 => cms165_reason(ctx, pops.numerator, &year),
        MeasureId::Cms138 => cms138_reason(ctx, group, pops.numerator, &year),
        MeasureId::Cms2 => {
            let follow_up = cited(Role::Numerator).nth(1).map(|f| described(chart, &f));
            cms2_reason(ctx, pops.numerator, follow_up, &year)
        }
    }
}

fn cms122_reason(ctx: &Ctx<'_>, poor: bool, year: &str) -> (GapStatus, String) {
    let (_, deciding) = cms122::poor_control(ctx);
    let Some(o) = deciding else {
        return (GapStatus::Open, format!("no HbA1c or GMI result in {year}; due by {}", ctx.p.end_date));
    };
    let ev = Ev::observation(o);
    let at = format!("{} ({})", day(&ev), ev.reference());
    let value = match &o.value {
        ObsValue::Quantity(q) => q.value.map(|v| format!("{v} %")),
        _ => None,
    };
    match (poor, value) {
        (true, Some(v)) => (GapStatus::Open, format!("most recent glycemic status {v} on {at}: above 9 %")),
        (true, None) => (GapStatus::Open, format!("most recent glycemic status test on {at} has no result")),
        (false, Some(v)) => (GapStatus::Closed, format!("most recent glycemic status {v} on {at}: 9 % or below")),
        (false, None) => {
            (GapStatus::Closed, format!("most recent glycemic status on {at} is recorded without a percentage"))
        }
    }
}

fn cms165_reason(ctx: &Ctx<'_>, controlled: bool, year: &str) -> (GapStatus, String) {
    let last = cms165::last_day_readings(ctx);
    let Some(first) = last.readings.first() else {
        return (GapStatus::Open, format!("no blood pressure recorded in {year}; due by {}", ctx.p.end_date));
    };
    let date = day(&Ev::observation(first));
    let value = match (last.systolic, last.diastolic) {
        (Some(s), Some(d)) => format!("{s}/{d} mmHg"),
        _ => "without both a systolic and a diastolic value".into(),
    };
    if controlled {
        (GapStatus::Closed, format!("most recent blood pressure {value} on {date}: below 140/90"))
    } else {
        (
            GapStatus::Open,
            format!("most recent blood pressure {value} on {date}: not below 140/90; due by {}", ctx.p.end_date),
        )
    }
}

fn cms138_reason(ctx: &Ctx<'_>, group: usize, met: bool, year: &str) -> (GapStatus, String) {
    let screening = cms138::most_recent_screening(ctx);
    let due = ctx.p.end_date;
    let Some(o) = screening.observation else {
        return (GapStatus::Open, format!("no tobacco use screening in {year}; due by {due}"));
    };
    let ev = Ev::observation(o);
    let found = match (screening.user, screening.non_user) {
        (true, _) => "tobacco user",
        (false, true) => "not a tobacco user",
        (false, false) => "neither use nor non-use recorded",
    };
    let at = format!("screened on {} ({}): {found}", day(&ev), ev.reference());
    if group == 1 || screening.non_user || !screening.user {
        return if met {
            (GapStatus::Closed, at)
        } else {
            (GapStatus::Open, format!("{at}; a screening with a result is due by {due}"))
        };
    }
    match cms138::cessation_intervention(ctx) {
        Some(i) if met => (GapStatus::Closed, format!("{at}; cessation intervention: {}", described(ctx.chart, &i))),
        _ => {
            let since = ctx.p.looking_back(6).start.date().map(|d| d.to_string()).unwrap_or_default();
            (GapStatus::Open, format!("{at}; no cessation counseling or medication since {since}; due by {due}"))
        }
    }
}

fn cms2_reason(ctx: &Ctx<'_>, met: bool, follow_up: Option<String>, year: &str) -> (GapStatus, String) {
    let encs = cms2::encounters(ctx);
    let kinds = [cms2::Kind::Adolescent, cms2::Kind::Adult];
    let last = super::shared::most_recent(kinds.iter().flat_map(|k| cms2::screenings(ctx, &encs, *k)), |o| {
        o.effective.map(|e| e.start)
    });
    let Some(o) = last else {
        return (
            GapStatus::Open,
            format!(
                "no depression screening within 14 days before a qualifying visit in {year}; due by {}",
                ctx.p.end_date
            ),
        );
    };
    let ev = Ev::observation(o);
    let value = o.value.concept();
    let result = if value.has(Vs::DepressionScreeningNegative) {
        "negative"
    } else if value.has(Vs::DepressionScreeningPositive) {
        "positive"
    } else {
        "without a positive or negative result"
    };
    let at = format!("depression screening on {} ({}): {result}", day(&ev), ev.reference());
    if met {
        match follow_up {
            Some(f) => (GapStatus::Closed, format!("{at}; follow-up: {f}")),
            None => (GapStatus::Closed, at),
        }
    } else if result == "positive" {
        (GapStatus::Open, format!("{at}; no follow-up plan within two days of the visit; due by {}", ctx.p.end_date))
    } else {
        (GapStatus::Open, format!("{at}; due by {}", ctx.p.end_date))
    }
}

// ---- DEQM gaps-in-care Bundle ------------------------------------------------------------

const GAP_STATUS_URL: &str = "http://hl7.org/fhir/us/davinci-deqm/StructureDefinition/extension-gapStatus";
const GAP_STATUS_SYSTEM: &str = "http://hl7.org/fhir/us/davinci-deqm/CodeSystem/gaps-status";
const POPULATION_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/measure-population";

/// A stable `urn:uuid:` for a piece of one patient's report, so a report for the same
/// patient, period and measure always has the same identifiers.
fn stable_uuid(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for p in parts {
        hasher.update(p.as_bytes());
        hasher.update([0u8]);
    }
    let h = hasher.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&h[..16]);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    uuid::Uuid::from_bytes(b).to_string()
}

/// The gaps-in-care Bundle (DEQM shape) of one patient: a document whose Composition
/// (LOINC 96315-7) has one section per measure, each section pointing at the measure's
/// individual MeasureReport and at one DetectedIssue (code CAREGAP) per open or closed
/// gap. Not-applicable gaps produce no DetectedIssue.
pub fn gaps_bundle(engine: &Engine, chart: &Chart, now: DateTime<Utc>) -> Value {
    let period = engine.period();
    let (start, end) = (period.start_date.to_string(), period.end_date.to_string());
    let patient_ref = format!("Patient/{}", chart.id());
    let stamp = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let id = |parts: &[&str]| {
        let mut all = vec![chart.id(), start.as_str(), end.as_str()];
        all.extend_from_slice(parts);
        stable_uuid(&all)
    };
    let composition_id = id(&["Composition"]);
    let mut entries = Vec::new();
    let mut sections = Vec::new();
    for &m in engine.measures() {
        let result = engine.evaluate(chart, m);
        let gaps = gaps_of(engine, chart, &result);
        let report_id = id(&[m.as_str(), "MeasureReport"]);
        let groups: Vec<Value> = result
            .groups
            .iter()
            .map(|g| {
                let population: Vec<Value> = g
                    .populations
                    .counts()
                    .into_iter()
                    .map(|(code, count)| json!({"code": {"coding": [{"system": POPULATION_SYSTEM, "code": code}]}, "count": count}))
                    .collect();
                json!({"population": population})
            })
            .collect();
        let evaluated: Vec<Value> = gaps
            .iter()
            .flat_map(|g| g.evidence.iter())
            .fold(Vec::<&String>::new(), |mut acc, r| {
                if !acc.contains(&r) {
                    acc.push(r);
                }
                acc
            })
            .into_iter()
            .map(|r| json!({"reference": r}))
            .collect();
        entries.push(json!({
            "fullUrl": format!("urn:uuid:{report_id}"),
            "resource": {
                "resourceType": "MeasureReport",
                "id": report_id,
                "status": "complete",
                "type": "individual",
                "measure": m.canonical_url(),
                "subject": {"reference": patient_ref},
                "date": stamp,
                "period": {"start": start, "end": end},
                "group": groups,
                "evaluatedResource": evaluated,
            }
        }));
        let mut issue_refs = Vec::new();
        for gap in gaps.iter().filter(|g| g.status != GapStatus::NotApplicable) {
            let issue_id = id(&[m.as_str(), &gap.group.to_string(), "DetectedIssue"]);
            let gap_code = match gap.status {
                GapStatus::Open => "open-gap",
                _ => "closed-gap",
            };
            let mut evidence = vec![json!({"detail": [{"reference": format!("urn:uuid:{report_id}")}]})];
            evidence.extend(gap.evidence.iter().map(|r| json!({"detail": [{"reference": r}]})));
            issue_refs.push(json!({"reference": format!("urn:uuid:{issue_id}")}));
            entries.push(json!({
                "fullUrl": format!("urn:uuid:{issue_id}"),
                "resource": {
                    "resourceType": "DetectedIssue",
                    "id": issue_id,
                    "modifierExtension": [{
                        "url": GAP_STATUS_URL,
                        "valueCodeableConcept": {"coding": [{"system": GAP_STATUS_SYSTEM, "code": gap_code}]}
                    }],
                    "status": "final",
                    "code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "CAREGAP", "display": "Care Gaps"}]},
                    "patient": {"reference": patient_ref},
                    "identifiedDateTime": stamp,
                    "detail": format!("{}: {}", gap.title, gap.reason),
                    "evidence": evidence,
                }
            }));
        }
        let mut section = json!({
            "title": m.title(),
            "focus": {"reference": format!("urn:uuid:{report_id}")},
            "text": {"status": "generated", "div": section_div(&gaps)},
        });
        if issue_refs.is_empty() {
            section["emptyReason"] = json!({"coding": [{"system": "http://terminology.hl7.org/CodeSystem/list-empty-reason", "code": "notasked", "display": "Not Asked"}]});
        } else {
            section["entry"] = Value::Array(issue_refs);
        }
        sections.push(section);
    }
    let composition = json!({
        "fullUrl": format!("urn:uuid:{composition_id}"),
        "resource": {
            "resourceType": "Composition",
            "id": composition_id,
            "status": "final",
            "type": {"coding": [{"system": "http://loinc.org", "code": "96315-7", "display": "Gaps in care report"}]},
            "subject": {"reference": patient_ref},
            "date": stamp,
            "author": [{"display": "carebrief measure engine"}],
            "title": "Gaps in Care Report",
            "section": sections,
        }
    });
    let mut all = vec![composition];
    all.extend(entries);
    json!({
        "resourceType": "Bundle",
        "id": id(&["Bundle"]),
        "identifier": {"system": "urn:ietf:rfc:3986", "value": format!("urn:uuid:{}", id(&["Bundle"]))},
        "type": "document",
        "timestamp": stamp,
        "entry": all,
    })
}

fn section_div(gaps: &[CareGap]) -> String {
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let items: String = gaps
        .iter()
        .map(|g| format!("<li>{}: {} ({})</li>", escape(g.title), escape(&g.reason), g.status.as_str()))
        .collect();
    format!("<div xmlns=\"http://www.w3.org/1999/xhtml\"><ul>{items}</ul></div>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measures::{Period, Terminology};

    fn engine() -> Engine {
        Engine::with_terminology(Period::parse("2025-01-01", "2025-12-31").unwrap(), Terminology::for_tests())
    }

    fn coded(v: Vs) -> Value {
        json!({"coding": [{"system": "urn:test", "code": format!("{v:?}")}]})
    }

    fn woman_with_a_visit() -> Vec<Value> {
        vec![
            json!({"resourceType": "Patient", "id": "p", "birthDate": "1965-06-01", "gender": "female"}),
            json!({"resourceType": "Encounter", "id": "visit", "status": "finished", "type": [coded(Vs::OfficeVisit)],
                   "subject": {"reference": "Patient/p"},
                   "period": {"start": "2025-03-01T10:00:00Z", "end": "2025-03-01T10:30:00Z"}}),
        ]
    }

    fn gaps_for(resources: &[Value]) -> Vec<CareGap> {
        let e = engine();
        let chart = e.chart(resources.iter()).unwrap();
        care_gaps(&e, &chart)
    }

    #[test]
    fn an_open_gap_says_what_is_missing_and_by_when() {
        let mut r = woman_with_a_visit();
        r.push(
            json!({"resourceType": "Observation", "id": "old-mg", "status": "final", "code": coded(Vs::Mammography),
                      "subject": {"reference": "Patient/p"}, "effectiveDateTime": "2021-04-02T09:00:00Z"}),
        );
        let gaps = gaps_for(&r);
        let bcs = gaps.iter().find(|g| g.measure == "CMS125").unwrap();
        assert_eq!(bcs.status, GapStatus::Open);
        assert_eq!(bcs.reason, "no mammogram since 2023-10-01 (last on record: 2021-04-02); due by 2025-12-31");
        assert_eq!(bcs.due, NaiveDate::from_ymd_opt(2025, 12, 31));
        assert_eq!(bcs.evidence, ["Encounter/visit"]);
        // Not diabetic: CMS122 does not apply; a 60-year-old woman gets colorectal screening.
        let dm = gaps.iter().find(|g| g.measure == "CMS122").unwrap();
        assert_eq!(dm.status, GapStatus::NotApplicable);
        assert!(dm.reason.starts_with("not in the measure"), "{}", dm.reason);
        assert_eq!(gaps.iter().filter(|g| g.measure == "CMS138").count(), 3);
    }

    #[test]
    fn status_from_populations_is_the_status_with_reasons() {
        let mut r = woman_with_a_visit();
        r.push(json!({"resourceType": "Observation", "id": "mg", "status": "final", "code": coded(Vs::Mammography),
                      "subject": {"reference": "Patient/p"}, "effectiveDateTime": "2024-11-02T09:00:00Z"}));
        for resources in [woman_with_a_visit(), r] {
            for gap in gaps_for(&resources) {
                let m: MeasureId = gap.measure.parse().unwrap();
                assert_eq!(status_of(m, gap.populations), gap.status, "{} {}", gap.measure, gap.group);
            }
        }
    }

    #[test]
    fn closed_and_excluded_gaps_cite_their_evidence() {
        let mut r = woman_with_a_visit();
        r.push(json!({"resourceType": "Observation", "id": "mg", "status": "final", "code": coded(Vs::Mammography),
                      "subject": {"reference": "Patient/p"}, "effectiveDateTime": "2024-11-02T09:00:00Z"}));
        r.push(
            json!({"resourceType": "Procedure", "id": "colo", "status": "completed", "code": coded(Vs::TotalColectomy),
                      "subject": {"reference": "Patient/p"}, "performedDateTime": "2019-01-05T09:00:00Z"}),
        );
        let gaps = gaps_for(&r);
        let bcs = gaps.iter().find(|g| g.measure == "CMS125").unwrap();
        assert_eq!((bcs.status, bcs.reason.as_str()), (GapStatus::Closed, "mammogram on 2024-11-02 (Observation/mg)"));
        assert!(bcs.evidence.contains(&"Observation/mg".to_owned()));
        let crc = gaps.iter().find(|g| g.measure == "CMS130").unwrap();
        assert_eq!(crc.status, GapStatus::NotApplicable);
        assert_eq!(crc.reason, "excluded: Total Colectomy on 2019-01-05 (Procedure/colo)");
    }

    #[test]
    fn the_bundle_has_a_gaps_composition_and_one_issue_per_open_or_closed_gap() {
        let e = engine();
        let r = woman_with_a_visit();
        let chart = e.chart(r.iter()).unwrap();
        let now = DateTime::parse_from_rfc3339("2026-01-15T08:00:00Z").unwrap().with_timezone(&Utc);
        let bundle = gaps_bundle(&e, &chart, now);
        let entries = bundle["entry"].as_array().unwrap();
        let composition = &entries[0]["resource"];
        assert_eq!(composition["resourceType"], "Composition");
        assert_eq!(composition["type"]["coding"][0]["code"], "96315-7");
        assert_eq!(composition["section"].as_array().unwrap().len(), 6);
        let issues: Vec<&Value> =
            entries.iter().map(|e| &e["resource"]).filter(|r| r["resourceType"] == "DetectedIssue").collect();
        let gaps = care_gaps(&e, &chart);
        assert_eq!(issues.len(), gaps.iter().filter(|g| g.status != GapStatus::NotApplicable).count());
        assert!(issues.iter().all(|i| i["code"]["coding"][0]["code"] == "CAREGAP"));
        assert_eq!(
            entries.iter().filter(|e| e["resource"]["resourceType"] == "MeasureReport").count(),
            6,
            "one MeasureReport per measure"
        );
        // Every reference inside the document resolves to an entry or is a chart resource.
        let full_urls: Vec<&str> = entries.iter().filter_map(|e| e["fullUrl"].as_str()).collect();
        for issue in &issues {
            let detail = issue["evidence"][0]["detail"][0]["reference"].as_str().unwrap();
            assert!(full_urls.contains(&detail), "{detail}");
        }
        // Stable identifiers: the same patient and period give the same ids.
        assert_eq!(gaps_bundle(&e, &chart, now)["id"], bundle["id"]);
    }

    /// The document a coordinator's system receives for a fixture patient with open,
    /// closed and not-applicable gaps.
    #[test]
    fn gaps_bundle_of_a_fixture_patient() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let period = Period::parse("2025-01-01", "2025-12-31").unwrap();
        let (e, unavailable) = Engine::load(&root.join("profiles/valuesets"), period, &MeasureId::ALL).unwrap();
        assert!(unavailable.is_empty());
        let batch = crate::measures::input::read(&root.join("fixtures/patients/rosa-delgado.json")).unwrap();
        let chart = e.chart(batch.patients[0].resources.iter()).unwrap();
        let now = DateTime::parse_from_rfc3339("2026-01-15T08:00:00Z").unwrap().with_timezone(&Utc);
        insta::assert_json_snapshot!(gaps_bundle(&e, &chart, now));
    }
}
