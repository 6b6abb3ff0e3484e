//! CMS125 Breast Cancer Screening (MEASURES.md 3.2).

use chrono::NaiveDate;

use super::shared::{Ctx, Ev, FRAILTY_AND_ILLNESS, HOSPICE, OUTPATIENT, PALLIATIVE, completed, final_like};
use super::terms::Vs;
use super::time::{Interval, Prec, When, le};
use super::{GroupResult, Populations, Role};

pub(crate) const VALUE_SETS: &[&[Vs]] = &[
    OUTPATIENT,
    HOSPICE,
    PALLIATIVE,
    FRAILTY_AND_ILLNESS,
    &[
        Vs::Mammography,
        Vs::BilateralMastectomy,
        Vs::HistoryOfBilateralMastectomy,
        Vs::StatusPostLeftMastectomy,
        Vs::StatusPostRightMastectomy,
        Vs::UnilateralMastectomyUnspecified,
        Vs::UnilateralMastectomyLeft,
        Vs::UnilateralMastectomyRight,
    ],
];

pub(crate) fn evaluate<'a>(ctx: &Ctx<'a>) -> Vec<GroupResult<'a>> {
    let visit = ctx.outpatient_encounter();
    let ip = ctx.age_at_end_between(52, 74) && ctx.chart.gender.as_deref() == Some("female") && visit.is_some();
    let exclusion = if ip {
        ctx.hospice()
            .or_else(|| bilateral_mastectomy(ctx))
            .or_else(|| ctx.advanced_illness_and_frailty())
            .or_else(|| ctx.nursing_home())
            .or_else(|| ctx.palliative_care())
    } else {
        None
    };
    let mammogram = if ip { mammogram(ctx) } else { None };
    let mut group =
        GroupResult::new(Populations::from_criteria(ip, true, exclusion.is_some(), mammogram.is_some(), None));
    group.cite(Role::Initial, visit);
    group.cite(Role::Exclusion, exclusion);
    group.cite(Role::Numerator, mammogram);
    vec![group]
}

/// The start of the screening window: October 1 two years before the MP starts.
pub(crate) fn window(ctx: &Ctx<'_>) -> Interval {
    use chrono::Datelike;
    let start = NaiveDate::from_ymd_opt(ctx.p.start_date.year() - 2, 10, 1).unwrap_or(ctx.p.start_date);
    Interval::new(When::point(When::day(start).lo), ctx.p.end)
}

/// The most recent mammogram in the window.
pub(crate) fn mammogram<'a>(ctx: &Ctx<'a>) -> Option<Ev<'a>> {
    let w = window(ctx);
    let found = ctx.chart.observations.iter().filter(|o| {
        o.code.has(Vs::Mammography)
            && final_like(&o.status)
            && o.effective.is_some_and(|e| e.ends_during(&w, Prec::Day))
    });
    super::shared::most_recent(found, |o| o.effective.map(|e| e.end)).map(Ev::observation)
}

/// Both breasts removed by the MP end: a bilateral mastectomy (procedure or history), or
/// a right and a left one.
fn bilateral_mastectomy<'a>(ctx: &Ctx<'a>) -> Option<Ev<'a>> {
    let end = ctx.p.end;
    let c = ctx.chart;
    let condition = |pred: &dyn Fn(&super::chart::Condition) -> bool| {
        c.conditions.iter().find(|d| pred(d) && le(d.prevalence.start, end, Prec::Ms)).map(Ev::condition)
    };
    let procedure = |vs: Vs| {
        c.procedures
            .iter()
            .find(|p| p.code.has(vs) && completed(p) && p.performed.is_some_and(|i| le(i.end, end, Prec::Ms)))
            .map(Ev::procedure)
    };
    let side = |status_post: Vs, site: Vs, unilateral: Vs| {
        condition(&|d| {
            d.code.has(status_post) || (d.code.has(Vs::UnilateralMastectomyUnspecified) && d.body_site.has(site))
        })
        .or_else(|| procedure(unilateral))
    };
    let both_sides = || {
        let right = side(Vs::StatusPostRightMastectomy, Vs::Right, Vs::UnilateralMastectomyRight)?;
        side(Vs::StatusPostLeftMastectomy, Vs::Left, Vs::UnilateralMastectomyLeft).map(|_| right)
    };
    both_sides()
        .or_else(|| condition(&|d| d.code.has(Vs::HistoryOfBilateralMastectomy)))
        .or_else(|| procedure(Vs::BilateralMastectomy))
}
