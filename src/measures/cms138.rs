//! CMS138 Preventive Care and Screening: Tobacco Use: Screening and Cessation
//! Intervention (MEASURES.md 3.5). Three groups: 1 screened, 2 intervention for users,
//! 3 screened and, if a user, intervention.

use super::chart::Observation;
use super::shared::{
    Ctx, Ev, HOSPICE, assessment_performed, completed, medication_active, medication_ordered, most_recent,
};
use super::terms::Vs;
use super::time::{Interval, Prec};
use super::{GroupResult, Populations, Role};

const QUALIFYING_VISIT: &[Vs] = &[
    Vs::HomeHealthcare,
    Vs::OccupationalTherapyEvaluation,
    Vs::OfficeVisit,
    Vs::OphthalmologicalServices,
    Vs::PhysicalTherapyEvaluation,
    Vs::PsychVisitDiagnosticEvaluation,
    Vs::PsychVisitPsychotherapy,
    Vs::Psychoanalysis,
    Vs::SpeechAndHearingEvaluation,
    Vs::TelephoneVisits,
    Vs::VirtualEncounter,
    Vs::HealthBehaviorAssessment,
    Vs::HealthBehaviorIntervention,
];

const PREVENTIVE_VISIT: &[Vs] = &[
    Vs::AnnualWellnessVisit,
    Vs::PreventiveEstablished18Up,
    Vs::PreventiveInitial18Up,
    Vs::PreventiveEstablished0To17,
    Vs::PreventiveInitial0To17,
    Vs::PreventiveGroupCounseling,
    Vs::PreventiveIndividualCounseling,
    Vs::NutritionServices,
    Vs::UnlistedPreventiveService,
    Vs::PostoperativeFollowUp,
];

pub(crate) const VALUE_SETS: &[&[Vs]] = &[
    QUALIFYING_VISIT,
    PREVENTIVE_VISIT,
    HOSPICE,
    &[
        Vs::TobaccoUseScreening,
        Vs::TobaccoUser,
        Vs::TobaccoNonUser,
        Vs::TobaccoUseCessationCounseling,
        Vs::TobaccoUseCessationPharmacotherapy,
    ],
];

/// What the most recent screening in the MP said.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Screening<'a> {
    pub observation: Option<&'a Observation>,
    pub user: bool,
    pub non_user: bool,
}

pub(crate) fn evaluate<'a>(ctx: &Ctx<'a>) -> Vec<GroupResult<'a>> {
    // Distinct Encounter resources: the same visit sent twice is one visit.
    let mut qualifying: Vec<_> = ctx.visits(QUALIFYING_VISIT).collect();
    qualifying.sort_by(|a, b| a.id.cmp(&b.id));
    qualifying.dedup_by(|a, b| a.id == b.id);
    let preventive = ctx.visits(PREVENTIVE_VISIT).next();
    let ip = ctx.age_at_start_between(12, i32::MAX) && (qualifying.len() >= 2 || preventive.is_some());
    let hospice = if ip { ctx.hospice() } else { None };
    let screening =
        if ip { most_recent_screening(ctx) } else { Screening { observation: None, user: false, non_user: false } };
    let intervention = if ip && screening.user { cessation_intervention(ctx) } else { None };
    let excluded = hospice.is_some();
    let screened = screening.user || screening.non_user;
    let screen_ev = screening.observation.map(Ev::observation);

    let visit_ev: Vec<Ev<'a>> = match preventive {
        Some(p) => vec![Ev::encounter(p)],
        None => qualifying.iter().take(2).map(|e| Ev::encounter(e)).collect(),
    };
    let base = |populations: Populations| {
        let mut g = GroupResult::new(populations);
        for v in &visit_ev {
            g.cite(Role::Initial, Some(*v));
        }
        g.cite(Role::Exclusion, hospice);
        g
    };

    let mut g1 = base(Populations::from_criteria(ip, true, excluded, screened, None));
    g1.cite(Role::Numerator, screen_ev);

    let mut g2 = base(Populations::from_criteria(ip, screening.user, excluded, intervention.is_some(), None));
    g2.cite(Role::Context, screen_ev);
    g2.cite(Role::Numerator, intervention);

    let met = screening.non_user || (screening.user && intervention.is_some());
    let mut g3 = base(Populations::from_criteria(ip, true, excluded, met, None));
    g3.cite(Role::Numerator, screen_ev);
    g3.cite(Role::Numerator, intervention);

    vec![g1, g2, g3]
}

pub(crate) fn most_recent_screening<'a>(ctx: &Ctx<'a>) -> Screening<'a> {
    let mp = ctx.p.mp;
    let candidates = ctx.chart.observations.iter().filter(|o| {
        o.code.has(Vs::TobaccoUseScreening)
            && assessment_performed(o)
            && o.effective.is_some_and(|e| e.during(&mp, Prec::Day))
    });
    let latest = most_recent(candidates, |o| o.effective.map(|e| e.start));
    let value = latest.map(|o| o.value.concept()).unwrap_or_default();
    Screening { observation: latest, user: value.has(Vs::TobaccoUser), non_user: value.has(Vs::TobaccoNonUser) }
}

/// Counseling, a Z71.6 diagnosis or cessation pharmacotherapy from six months before the
/// MP to its end.
pub(crate) fn cessation_intervention<'a>(ctx: &Ctx<'a>) -> Option<Ev<'a>> {
    let w: Interval = ctx.p.looking_back(6);
    let c = ctx.chart;
    c.procedures
        .iter()
        .find(|p| {
            p.code.has(Vs::TobaccoUseCessationCounseling)
                && completed(p)
                && p.performed.is_some_and(|i| i.during(&w, Prec::Day))
        })
        .map(Ev::procedure)
        .or_else(|| {
            c.conditions
                .iter()
                .find(|d| d.code.has(Vs::TobaccoAbuseCounseling) && d.prevalence.starts_during(&w, Prec::Day))
                .map(Ev::condition)
        })
        .or_else(|| {
            c.medication_requests
                .iter()
                .find(|m| {
                    m.code.has(Vs::TobaccoUseCessationPharmacotherapy)
                        && ((medication_ordered(m) && m.authored.is_some_and(|t| w.contains(t, Prec::Day)))
                            || (medication_active(m) && m.period.is_some_and(|p| p.during(&w, Prec::Day))))
                })
                .map(Ev::medication_request)
        })
}
