//! CMS130 Colorectal Cancer Screening (MEASURES.md 3.3).

use super::shared::{
    Ctx, Ev, FRAILTY_AND_ILLNESS, HOSPICE, OUTPATIENT, PALLIATIVE, completed, final_like, laboratory_test_performed,
};
use super::terms::Vs;
use super::time::{Prec, le};
use super::{GroupResult, Populations, Role};

pub(crate) const VALUE_SETS: &[&[Vs]] = &[
    OUTPATIENT,
    HOSPICE,
    PALLIATIVE,
    FRAILTY_AND_ILLNESS,
    &[
        Vs::Colonoscopy,
        Vs::CtColonography,
        Vs::Fobt,
        Vs::SdnaFitTest,
        Vs::FlexibleSigmoidoscopy,
        Vs::MalignantNeoplasmOfColon,
        Vs::TotalColectomy,
    ],
];

pub(crate) fn evaluate<'a>(ctx: &Ctx<'a>) -> Vec<GroupResult<'a>> {
    let visit = ctx.outpatient_encounter();
    let ip = ctx.age_at_end_between(46, 75) && visit.is_some();
    let exclusion = if ip {
        ctx.hospice()
            .or_else(|| colorectal_cancer_or_colectomy(ctx))
            .or_else(|| ctx.advanced_illness_and_frailty())
            .or_else(|| ctx.nursing_home())
            .or_else(|| ctx.palliative_care())
    } else {
        None
    };
    let screening = if ip { screening(ctx) } else { None };
    let mut group =
        GroupResult::new(Populations::from_criteria(ip, true, exclusion.is_some(), screening.is_some(), None));
    group.cite(Role::Initial, visit);
    group.cite(Role::Exclusion, exclusion);
    group.cite(Role::Numerator, screening);
    vec![group]
}

fn colorectal_cancer_or_colectomy<'a>(ctx: &Ctx<'a>) -> Option<Ev<'a>> {
    let end = ctx.p.end;
    let c = ctx.chart;
    c.conditions
        .iter()
        .find(|d| d.code.has(Vs::MalignantNeoplasmOfColon) && le(d.prevalence.start, end, Prec::Day))
        .map(Ev::condition)
        .or_else(|| {
            c.procedures
                .iter()
                .find(|p| {
                    p.code.has(Vs::TotalColectomy)
                        && completed(p)
                        && p.performed.is_some_and(|i| le(i.end, end, Prec::Day))
                })
                .map(Ev::procedure)
        })
}

/// Any screening in its look-back window: FOBT (this year), sDNA-FIT (3 years), flexible
/// sigmoidoscopy or CT colonography (5 years), colonoscopy (10 years).
pub(crate) fn screening<'a>(ctx: &Ctx<'a>) -> Option<Ev<'a>> {
    let c = ctx.chart;
    let mp = ctx.p.mp;
    let two_years = ctx.p.looking_back(24);
    let four_years = ctx.p.looking_back(48);
    let nine_years = ctx.p.looking_back(108);
    let lab = |vs: Vs, w: super::time::Interval| {
        c.observations
            .iter()
            .find(move |o| {
                o.code.has(vs)
                    && laboratory_test_performed(o)
                    && o.value.is_present()
                    && o.effective.is_some_and(|e| w.contains(e.latest(), Prec::Day))
            })
            .map(Ev::observation)
    };
    let procedure = |vs: Vs, w: super::time::Interval| {
        c.procedures
            .iter()
            .find(move |p| p.code.has(vs) && completed(p) && p.performed.is_some_and(|i| i.ends_during(&w, Prec::Day)))
            .map(Ev::procedure)
    };
    lab(Vs::Fobt, mp)
        .or_else(|| lab(Vs::SdnaFitTest, two_years))
        .or_else(|| procedure(Vs::FlexibleSigmoidoscopy, four_years))
        .or_else(|| {
            c.observations
                .iter()
                .find(|o| {
                    o.code.has(Vs::CtColonography)
                        && final_like(&o.status)
                        && o.effective.is_some_and(|e| e.ends_during(&four_years, Prec::Day))
                })
                .map(Ev::observation)
        })
        .or_else(|| procedure(Vs::Colonoscopy, nine_years))
}
