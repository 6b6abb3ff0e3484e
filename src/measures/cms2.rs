//! CMS2 Preventive Care and Screening: Screening for Depression and Follow-Up Plan
//! (MEASURES.md 3.6). Uses none of the shared criteria; has a denominator exception.

use super::chart::{Encounter, Observation};
use super::shared::{Ctx, Ev, completed, most_recent};
use super::terms::Vs;
use super::time::{Interval, Prec, lt};
use super::{GroupResult, Populations, Role};

const ENCOUNTER_TYPES: &[Vs] =
    &[Vs::EncounterToScreenForDepression, Vs::PhysicalTherapyEvaluation, Vs::TelephoneVisits];

pub(crate) const VALUE_SETS: &[&[Vs]] = &[
    ENCOUNTER_TYPES,
    &[
        Vs::BipolarDisorder,
        Vs::AdultDepressionMedications,
        Vs::AdolescentDepressionMedications,
        Vs::FollowUpForAdultDepression,
        Vs::FollowUpForAdolescentDepression,
        Vs::ReferralForAdolescentDepression,
        Vs::ReferralForAdultDepression,
        Vs::MedicalReason,
    ],
];

/// The two kinds of screening and their follow-ups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Adolescent,
    Adult,
}

impl Kind {
    fn code(self) -> Vs {
        match self {
            Kind::Adolescent => Vs::AdolescentDepressionScreening,
            Kind::Adult => Vs::AdultDepressionScreening,
        }
    }
    fn medications(self) -> Vs {
        match self {
            Kind::Adolescent => Vs::AdolescentDepressionMedications,
            Kind::Adult => Vs::AdultDepressionMedications,
        }
    }
    fn referral(self) -> Vs {
        match self {
            Kind::Adolescent => Vs::ReferralForAdolescentDepression,
            Kind::Adult => Vs::ReferralForAdultDepression,
        }
    }
    fn follow_up(self) -> Vs {
        match self {
            Kind::Adolescent => Vs::FollowUpForAdolescentDepression,
            Kind::Adult => Vs::FollowUpForAdultDepression,
        }
    }
}

/// Qualifying encounters: finished, of a screening type, during (day) the MP.
pub(crate) fn encounters<'a>(ctx: &Ctx<'a>) -> Vec<&'a Encounter> {
    let mp = ctx.p.mp;
    ctx.chart
        .encounters
        .iter()
        .filter(|e| {
            e.status == "finished" && e.types.any(ENCOUNTER_TYPES) && e.period.is_some_and(|p| p.during(&mp, Prec::Day))
        })
        .collect()
}

/// The 14 days up to the start of an encounter with a real start.
fn screening_window(e: &Encounter) -> Option<Interval> {
    let start = e.period?.start;
    (start.lo > super::time::BEGIN).then(|| Interval::new(start.plus_days(-14), start))
}

pub(crate) fn evaluate<'a>(ctx: &Ctx<'a>) -> Vec<GroupResult<'a>> {
    let encs = encounters(ctx);
    let ip = ctx.age_at_start_between(12, i32::MAX) && !encs.is_empty();
    let mut decided = Decided::default();
    let (exclusion, numerator, exception) = if ip {
        let exclusion = bipolar(ctx, &encs);
        let numerator = numerator(ctx, &encs, &mut decided);
        let exception = exception(ctx, &encs);
        (exclusion, numerator, exception)
    } else {
        (None, false, None)
    };
    let mut group = GroupResult::new(Populations::from_criteria(
        ip,
        true,
        exclusion.is_some(),
        numerator,
        Some(exception.is_some()),
    ));
    group.cite(Role::Initial, encs.first().map(|e| Ev::encounter(e)));
    group.cite(Role::Exclusion, exclusion);
    group.cite(Role::Numerator, decided.screening);
    group.cite(Role::Numerator, decided.follow_up);
    if group.populations.denominator_exception == Some(true) {
        group.cite(Role::Exception, exception);
    }
    vec![group]
}

fn bipolar<'a>(ctx: &Ctx<'a>, encs: &[&'a Encounter]) -> Option<Ev<'a>> {
    ctx.chart
        .conditions
        .iter()
        .find(|d| {
            d.code.has(Vs::BipolarDisorder)
                && (d.problem_list_item || d.health_concern)
                && encs.iter().any(|e| e.period.is_some_and(|p| lt(d.prevalence.start, p.start, Prec::Ms)))
        })
        .map(Ev::condition)
}

/// The screenings of a kind: final, with a value, ending within the 14 days before a
/// qualifying encounter.
pub(crate) fn screenings<'a>(ctx: &Ctx<'a>, encs: &[&'a Encounter], kind: Kind) -> Vec<&'a Observation> {
    ctx.chart
        .observations
        .iter()
        .filter(|o| {
            o.code.has(kind.code())
                && o.status == "final"
                && o.value.is_present()
                && o.effective.is_some_and(|eff| {
                    encs.iter().filter_map(|e| screening_window(e)).any(|w| w.contains(eff.end, Prec::Day))
                })
        })
        .collect()
}

/// The resources that put a patient in the numerator.
#[derive(Debug, Default)]
pub(crate) struct Decided<'a> {
    pub screening: Option<Ev<'a>>,
    pub follow_up: Option<Ev<'a>>,
}

/// Negative, or positive with a follow-up, for one kind.
fn screened<'a>(ctx: &Ctx<'a>, encs: &[&'a Encounter], kind: Kind, decided: &mut Decided<'a>) -> bool {
    let found = screenings(ctx, encs, kind);
    let Some(m) = most_recent(found.into_iter(), |o| o.effective.map(|e| e.start)) else {
        return false;
    };
    let value = m.value.concept();
    if value.has(Vs::DepressionScreeningNegative) {
        decided.screening = Some(Ev::observation(m));
        return true;
    }
    if !value.has(Vs::DepressionScreeningPositive) {
        return false;
    }
    let Some(start) = m.effective.map(|e| e.start) else { return false };
    let follow_up = encs
        .iter()
        .filter(|e| screening_window(e).is_some_and(|w| w.contains(start, Prec::Day)))
        .find_map(|e| follow_up(ctx, e, kind));
    if follow_up.is_some() {
        decided.screening = Some(Ev::observation(m));
        decided.follow_up = follow_up;
    }
    follow_up.is_some()
}

/// A follow-up of a kind timed relative to encounter `e` and within the MP.
fn follow_up<'a>(ctx: &Ctx<'a>, e: &Encounter, kind: Kind) -> Option<Ev<'a>> {
    let period = e.period?;
    let mp = ctx.p.mp;
    let c = ctx.chart;
    // Orders count from the end of the encounter to two days after it.
    let after = period.has_real_end().then(|| Interval::new(period.end, period.end.plus_days(2)));
    let ordered_in_time = |authored: Option<super::time::When>| {
        authored.is_some_and(|t| after.is_some_and(|w| w.contains(t, Prec::Day)) && mp.contains(t, Prec::Day))
    };
    c.procedures
        .iter()
        .find(|p| {
            p.code.has(kind.follow_up())
                && completed(p)
                && p.performed.is_some_and(|i| period.contains(i.start, Prec::Ms) && mp.contains(i.start, Prec::Day))
        })
        .map(Ev::procedure)
        .or_else(|| {
            c.medication_requests
                .iter()
                .find(|m| {
                    m.code.has(kind.medications())
                        && matches!(m.status.as_str(), "active" | "completed")
                        && m.intent == "order"
                        && !m.do_not_perform
                        && ordered_in_time(m.authored)
                })
                .map(Ev::medication_request)
        })
        .or_else(|| {
            c.service_requests
                .iter()
                .find(|r| {
                    r.code.has(kind.referral())
                        && matches!(r.status.as_str(), "active" | "completed")
                        && !r.do_not_perform
                        && ordered_in_time(r.authored)
                })
                .map(Ev::service_request)
        })
}

fn numerator<'a>(ctx: &Ctx<'a>, encs: &[&'a Encounter], decided: &mut Decided<'a>) -> bool {
    let adolescent = ctx.age_at_start_between(12, 16);
    let seventeen = ctx.age_at_start_between(17, 17);
    let adult = ctx.age_at_start_between(18, i32::MAX);
    let mut kinds = Vec::with_capacity(2);
    if adolescent || seventeen {
        kinds.push(Kind::Adolescent);
    }
    if adult || seventeen {
        kinds.push(Kind::Adult);
    }
    kinds.into_iter().any(|k| screened(ctx, encs, k, decided))
}

/// A documented reason for not screening (declined or a medical reason), during a
/// qualifying encounter, for a kind the patient has no screening of.
fn exception<'a>(ctx: &Ctx<'a>, encs: &[&'a Encounter]) -> Option<Ev<'a>> {
    [Kind::Adolescent, Kind::Adult].into_iter().find_map(|kind| {
        let reason = ctx.chart.observations.iter().find(|o| {
            o.code.has(kind.code())
                && o.status == "cancelled"
                && o.not_done_reasons.len() == 1
                && (o.not_done_reasons[0].has(Vs::DepressionScreeningDeclined)
                    || o.not_done_reasons[0].has(Vs::MedicalReason))
                && o.issued.is_some_and(|t| encs.iter().any(|e| e.period.is_some_and(|p| p.contains(t, Prec::Ms))))
        })?;
        screenings(ctx, encs, kind).is_empty().then(|| Ev::observation(reason))
    })
}
