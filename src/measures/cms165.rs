//! CMS165 Controlling High Blood Pressure (MEASURES.md 3.4).

use super::chart::{Observation, Unit};
use super::shared::{
    Ctx, Ev, FRAILTY_AND_ILLNESS, HOSPICE, OUTPATIENT, PALLIATIVE, completed, encounter_performed, final_like,
};
use super::terms::Vs;
use super::time::{Interval, Prec, le};
use super::{GroupResult, Populations, Role};

pub(crate) const VALUE_SETS: &[&[Vs]] = &[
    OUTPATIENT,
    HOSPICE,
    PALLIATIVE,
    FRAILTY_AND_ILLNESS,
    &[
        Vs::EssentialHypertension,
        Vs::Pregnancy,
        Vs::EndStageRenalDisease,
        Vs::KidneyTransplantRecipient,
        Vs::ChronicKidneyDiseaseStage5,
        Vs::KidneyTransplant,
        Vs::DialysisServices,
        Vs::EsrdMonthlyOutpatientServices,
    ],
];

/// Encounter classes whose readings do not count (emergency, inpatient and the like).
const ACUTE_CLASSES: &[&str] = &["EMER", "IMP", "ACUTE", "NONAC", "PRENC", "SS"];

pub(crate) fn evaluate<'a>(ctx: &Ctx<'a>) -> Vec<GroupResult<'a>> {
    let first_half = Interval::new(ctx.p.start, ctx.p.start.plus_months(6).shifted(-1));
    let hypertension = ctx
        .chart
        .conditions
        .iter()
        .find(|c| c.code.has(Vs::EssentialHypertension) && c.prevalence.overlaps(&first_half, Prec::Ms))
        .map(Ev::condition);
    let visit = ctx.outpatient_encounter();
    let ip = ctx.age_at_end_between(18, 85) && hypertension.is_some() && visit.is_some();
    let exclusion = if ip {
        ctx.hospice()
            .or_else(|| kidney_or_pregnancy(ctx))
            .or_else(|| ctx.advanced_illness_and_frailty_165())
            .or_else(|| ctx.nursing_home())
            .or_else(|| ctx.palliative_care())
    } else {
        None
    };
    let control = if ip { last_day_readings(ctx) } else { LastDay::default() };
    let mut group =
        GroupResult::new(Populations::from_criteria(ip, true, exclusion.is_some(), control.controlled(), None));
    group.cite(Role::Initial, visit);
    group.cite(Role::Initial, hypertension);
    group.cite(Role::Exclusion, exclusion);
    for r in &control.readings {
        group.cite(Role::Numerator, Some(Ev::observation(r)));
    }
    vec![group]
}

fn kidney_or_pregnancy<'a>(ctx: &Ctx<'a>) -> Option<Ev<'a>> {
    let c = ctx.chart;
    let mp = ctx.p.mp;
    let end = ctx.p.end;
    let conditions =
        [Vs::Pregnancy, Vs::EndStageRenalDisease, Vs::KidneyTransplantRecipient, Vs::ChronicKidneyDiseaseStage5];
    c.conditions
        .iter()
        .find(|d| d.code.any(&conditions) && d.prevalence.overlaps(&mp, Prec::Ms))
        .map(Ev::condition)
        .or_else(|| {
            c.procedures
                .iter()
                .find(|p| {
                    p.code.any(&[Vs::KidneyTransplant, Vs::DialysisServices])
                        && completed(p)
                        && p.performed.is_some_and(|i| le(i.end, end, Prec::Ms))
                })
                .map(Ev::procedure)
        })
        .or_else(|| {
            c.encounters
                .iter()
                .find(|e| {
                    e.types.has(Vs::EsrdMonthlyOutpatientServices)
                        && encounter_performed(e)
                        && e.period.is_some_and(|p| le(p.start, end, Prec::Ms))
                })
                .map(Ev::encounter)
        })
}

/// The blood-pressure readings of the most recent day with any, and their lowest values.
#[derive(Debug, Default)]
pub(crate) struct LastDay<'a> {
    pub readings: Vec<&'a Observation>,
    /// Lowest systolic / diastolic on that day; `None` when any reading lacks one.
    pub systolic: Option<f64>,
    pub diastolic: Option<f64>,
}

impl LastDay<'_> {
    pub fn controlled(&self) -> bool {
        !self.readings.is_empty()
            && self.systolic.is_some_and(|s| s < 140.0)
            && self.diastolic.is_some_and(|d| d < 90.0)
    }
}

fn is_bp_reading(ctx: &Ctx<'_>, o: &Observation) -> bool {
    (o.code.has(Vs::BloodPressurePanel) || o.bp_profile)
        && final_like(&o.status)
        && !o
            .encounter
            .as_deref()
            .and_then(|id| ctx.chart.encounter(id))
            .is_some_and(|e| e.class.as_deref().is_some_and(|c| ACUTE_CLASSES.contains(&c)))
        && o.effective.is_some_and(|e| ctx.p.mp.contains(e.latest(), Prec::Day))
}

/// The value of the single component coded `vs`, in mm[Hg].
fn component(o: &Observation, vs: Vs) -> Option<f64> {
    let mut matching = o.components.iter().filter(|c| c.code.has(vs));
    let only = matching.next()?;
    if matching.next().is_some() {
        return None;
    }
    let q = only.value?;
    (q.unit == Some(Unit::MmHg)).then_some(q.value).flatten()
}

pub(crate) fn last_day_readings<'a>(ctx: &Ctx<'a>) -> LastDay<'a> {
    let day = |o: &Observation| o.effective.and_then(|e| e.latest().date());
    let readings = || ctx.chart.observations.iter().filter(|o| is_bp_reading(ctx, o));
    let Some(last) = readings().filter_map(day).max() else {
        return LastDay::default();
    };
    let on_day: Vec<&Observation> = readings().filter(|o| day(o) == Some(last)).collect();
    // Missing sorts first: one reading without a value makes the lowest value missing.
    let lowest =
        |vs: Vs| on_day.iter().map(|o| component(o, vs)).try_fold(f64::INFINITY, |acc, v| v.map(|v| acc.min(v)));
    LastDay {
        systolic: lowest(Vs::SystolicBloodPressure),
        diastolic: lowest(Vs::DiastolicBloodPressure),
        readings: on_day,
    }
}
