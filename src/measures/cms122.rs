//! CMS122 Diabetes: Glycemic Status Assessment Greater Than 9 % (MEASURES.md 3.1). An
//! inverse measure: the numerator is the bad outcome (the last glycemic status is above
//! 9 %, has no result, or is missing), so being in it is the care gap.

use super::chart::{ObsValue, Observation, Unit};
use super::shared::{Ctx, Ev, FRAILTY_AND_ILLNESS, HOSPICE, OUTPATIENT, PALLIATIVE, laboratory_test_performed};
use super::terms::Vs;
use super::time::Prec;
use super::{GroupResult, Populations, Role};

pub(crate) const VALUE_SETS: &[&[Vs]] =
    &[OUTPATIENT, HOSPICE, PALLIATIVE, FRAILTY_AND_ILLNESS, &[Vs::Diabetes, Vs::HbA1cLaboratoryTest]];

pub(crate) fn evaluate<'a>(ctx: &Ctx<'a>) -> Vec<GroupResult<'a>> {
    let visit = ctx.outpatient_encounter();
    let diabetes = ctx
        .chart
        .conditions
        .iter()
        .find(|c| c.code.has(Vs::Diabetes) && c.prevalence.overlaps(&ctx.p.mp, Prec::Day))
        .map(Ev::condition);
    let ip = ctx.age_at_end_between(18, 75) && visit.is_some() && diabetes.is_some();
    let exclusion = if ip {
        ctx.hospice()
            .or_else(|| ctx.nursing_home())
            .or_else(|| ctx.advanced_illness_and_frailty())
            .or_else(|| ctx.palliative_care())
    } else {
        None
    };
    let (poor_control, deciding) = if ip { poor_control(ctx) } else { (false, None) };
    let mut group = GroupResult::new(Populations::from_criteria(ip, true, exclusion.is_some(), poor_control, None));
    group.cite(Role::Initial, visit);
    group.cite(Role::Initial, diabetes);
    group.cite(Role::Exclusion, exclusion);
    group.cite(Role::Numerator, deciding.map(Ev::observation));
    vec![group]
}

/// The glycemic status assessments (HbA1c or GMI lab results) in the MP.
pub(crate) fn assessments<'a>(ctx: &Ctx<'a>) -> impl Iterator<Item = &'a Observation> + 'a {
    let mp = ctx.p.mp;
    ctx.chart.observations.iter().filter(move |o| {
        (o.code.has(Vs::HbA1cLaboratoryTest) || o.code.has(Vs::GlucoseManagementIndicator))
            && laboratory_test_performed(o)
            && o.effective.is_some_and(|e| mp.contains(e.latest(), Prec::Day))
    })
}

/// Whether the numerator is met, and the assessment that decided it (none when there is
/// no assessment at all).
pub(crate) fn poor_control<'a>(ctx: &Ctx<'a>) -> (bool, Option<&'a Observation>) {
    let day = |o: &Observation| o.effective.and_then(|e| e.latest().date());
    let Some(last_day) = assessments(ctx).filter_map(day).max() else {
        return (true, None);
    };
    // The lowest reading on the last day; a reading without a number sorts first.
    let mut lowest: Option<(&Observation, Option<f64>)> = None;
    for o in assessments(ctx).filter(|o| day(o) == Some(last_day)) {
        let number = match &o.value {
            ObsValue::Quantity(q) => q.value,
            _ => None,
        };
        lowest = match lowest {
            None => Some((o, number)),
            Some((_, None)) => lowest,
            Some((_, Some(best))) => match number {
                None => Some((o, None)),
                Some(n) if n < best => Some((o, Some(n))),
                Some(_) => lowest,
            },
        };
    }
    let Some((l, _)) = lowest else { return (true, None) };
    let met = match &l.value {
        ObsValue::Absent => true,
        ObsValue::Quantity(q) => q.unit == Some(Unit::Percent) && q.value.is_some_and(|v| v > 9.0),
        _ => false,
    };
    (met, Some(l))
}
