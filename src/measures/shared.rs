//! What every measure reads the same way: status rules (MEASURES.md 1.9) and the shared
//! criteria S1-S9 (section 2). Criteria return the resource that met them, so a care gap
//! can cite its evidence.

use super::chart::{Chart, Condition, Encounter, MedicationRequest, Observation, Procedure, Request};
use super::period::Period;
use super::terms::Vs;
use super::time::{Interval, Prec, When, le};

/// One patient evaluated against one measurement period.
pub(crate) struct Ctx<'a> {
    pub chart: &'a Chart,
    pub p: &'a Period,
}

/// A resource that decided a criterion: its type, id and the time the criterion read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ev<'a> {
    pub ty: &'static str,
    pub id: &'a str,
    pub(crate) when: Option<When>,
}

impl<'a> Ev<'a> {
    pub(crate) fn encounter(e: &'a Encounter) -> Self {
        Self { ty: "Encounter", id: &e.id, when: e.period.map(|p| p.latest()) }
    }
    pub(crate) fn condition(c: &'a Condition) -> Self {
        Self { ty: "Condition", id: &c.id, when: c.onset }
    }
    pub(crate) fn observation(o: &'a Observation) -> Self {
        Self { ty: "Observation", id: &o.id, when: o.effective.map(|e| e.latest()).or(o.issued) }
    }
    pub(crate) fn procedure(p: &'a Procedure) -> Self {
        Self { ty: "Procedure", id: &p.id, when: p.performed.map(|e| e.latest()) }
    }
    pub(crate) fn service_request(r: &'a Request) -> Self {
        Self { ty: "ServiceRequest", id: &r.id, when: r.authored }
    }
    pub(crate) fn device_request(r: &'a Request) -> Self {
        Self { ty: "DeviceRequest", id: &r.id, when: r.authored }
    }
    pub(crate) fn medication_request(m: &'a MedicationRequest) -> Self {
        Self { ty: "MedicationRequest", id: &m.id, when: m.authored }
    }
    /// `Type/id`.
    pub fn reference(&self) -> String {
        format!("{}/{}", self.ty, self.id)
    }
}

// ---- status rules (1.9) --------------------------------------------------------------

pub(crate) fn encounter_performed(e: &Encounter) -> bool {
    matches!(e.status.as_str(), "finished" | "arrived" | "triaged" | "in-progress" | "onleave")
}

pub(crate) fn final_like(status: &str) -> bool {
    matches!(status, "final" | "amended" | "corrected")
}

pub(crate) fn assessment_performed(o: &Observation) -> bool {
    final_like(&o.status) && o.survey
}

pub(crate) fn laboratory_test_performed(o: &Observation) -> bool {
    final_like(&o.status) && o.laboratory
}

pub(crate) fn symptom(o: &Observation) -> bool {
    o.status == "preliminary" || final_like(&o.status)
}

pub(crate) fn completed(p: &Procedure) -> bool {
    p.status == "completed"
}

/// Intervention or device order: active/completed, intent order, not marked do-not-perform.
pub(crate) fn ordered(r: &Request) -> bool {
    matches!(r.status.as_str(), "active" | "completed") && r.intent == "order" && !r.do_not_perform
}

pub(crate) fn medication_active(m: &MedicationRequest) -> bool {
    m.status == "active" && m.intent == "order" && !m.do_not_perform
}

pub(crate) fn medication_ordered(m: &MedicationRequest) -> bool {
    matches!(m.status.as_str(), "active" | "completed") && m.intent == "order" && !m.do_not_perform
}

// ---- shared criteria ------------------------------------------------------------------

/// S1 value sets: the qualifying outpatient encounter types.
pub(crate) const OUTPATIENT: &[Vs] = &[
    Vs::OfficeVisit,
    Vs::AnnualWellnessVisit,
    Vs::PreventiveEstablished18Up,
    Vs::PreventiveInitial18Up,
    Vs::HomeHealthcare,
    Vs::VirtualEncounter,
    Vs::TelephoneVisits,
];

pub(crate) const HOSPICE: &[Vs] =
    &[Vs::EncounterInpatient, Vs::HospiceEncounter, Vs::HospiceCareAmbulatory, Vs::HospiceDiagnosis];
pub(crate) const PALLIATIVE: &[Vs] =
    &[Vs::PalliativeCareEncounter, Vs::PalliativeCareIntervention, Vs::PalliativeCareDiagnosis];
pub(crate) const FRAILTY_AND_ILLNESS: &[Vs] = &[
    Vs::FrailtyDevice,
    Vs::FrailtyDiagnosis,
    Vs::FrailtyEncounter,
    Vs::FrailtySymptom,
    Vs::AdvancedIllness,
    Vs::DementiaMedications,
];

impl<'a> Ctx<'a> {
    fn mp(&self) -> &Interval {
        &self.p.mp
    }

    /// Age at the MP end date lies in `min..=max` (whatever a partial birth date means).
    pub fn age_at_end_between(&self, min: i32, max: i32) -> bool {
        self.chart.birth.is_some_and(|b| b.age_between(self.p.end_date, min, max))
    }

    /// Age at the MP start date lies in `min..=max`.
    pub fn age_at_start_between(&self, min: i32, max: i32) -> bool {
        self.chart.birth.is_some_and(|b| b.age_between(self.p.start_date, min, max))
    }

    /// Encounters that are performed, coded in one of `types`, during (day) the MP.
    pub fn visits(&self, types: &'a [Vs]) -> impl Iterator<Item = &'a Encounter> + 'a {
        let mp = self.p.mp;
        self.chart.encounters.iter().filter(move |e| {
            encounter_performed(e) && e.types.any(types) && e.period.is_some_and(|p| p.during(&mp, Prec::Day))
        })
    }

    /// A performed encounter coded in `vs` whose period overlaps (day) the MP.
    fn encounter_overlapping_mp(&self, vs: Vs) -> Option<&'a Encounter> {
        let mp = self.mp();
        self.chart
            .encounters
            .iter()
            .find(|e| e.types.has(vs) && encounter_performed(e) && e.period.is_some_and(|p| p.overlaps(mp, Prec::Day)))
    }

    /// A condition coded in `vs` prevalent (day) at some time in the MP.
    fn condition_overlapping_mp(&self, vs: Vs) -> Option<Ev<'a>> {
        let mp = self.mp();
        self.chart.conditions.iter().find(|d| d.code.has(vs) && d.prevalence.overlaps(mp, Prec::Day)).map(Ev::condition)
    }

    /// A completed procedure coded in `vs` performed (day) at some time in the MP.
    fn procedure_overlapping_mp(&self, vs: Vs) -> Option<Ev<'a>> {
        let mp = self.mp();
        self.chart
            .procedures
            .iter()
            .find(|p| p.code.has(vs) && completed(p) && p.performed.is_some_and(|i| i.overlaps(mp, Prec::Day)))
            .map(Ev::procedure)
    }

    /// S1: a qualifying outpatient encounter.
    pub fn outpatient_encounter(&self) -> Option<Ev<'a>> {
        self.visits(OUTPATIENT).next().map(Ev::encounter)
    }

    /// S2: hospice services in the MP.
    pub fn hospice(&self) -> Option<Ev<'a>> {
        let mp = self.mp();
        let c = self.chart;
        c.encounters
            .iter()
            .find(|e| {
                e.types.has(Vs::EncounterInpatient)
                    && encounter_performed(e)
                    && (e.discharge.has(Vs::DischargeToHomeForHospice)
                        || e.discharge.has(Vs::DischargeToFacilityForHospice))
                    && e.period.is_some_and(|p| p.ends_during(mp, Prec::Day))
            })
            .or_else(|| self.encounter_overlapping_mp(Vs::HospiceEncounter))
            .map(Ev::encounter)
            .or_else(|| {
                c.observations
                    .iter()
                    .find(|o| {
                        o.code.has(Vs::HospiceMds)
                            && assessment_performed(o)
                            && o.value.concept().has(Vs::Yes)
                            && o.effective.is_some_and(|e| e.overlaps(mp, Prec::Day))
                    })
                    .map(Ev::observation)
            })
            .or_else(|| {
                c.service_requests
                    .iter()
                    .find(|r| {
                        r.code.has(Vs::HospiceCareAmbulatory)
                            && ordered(r)
                            && r.authored.is_some_and(|t| mp.contains(t, Prec::Day))
                    })
                    .map(Ev::service_request)
            })
            .or_else(|| self.procedure_overlapping_mp(Vs::HospiceCareAmbulatory))
            .or_else(|| self.condition_overlapping_mp(Vs::HospiceDiagnosis))
    }

    /// S3: palliative care in the MP.
    pub fn palliative_care(&self) -> Option<Ev<'a>> {
        let mp = self.mp();
        let c = self.chart;
        c.observations
            .iter()
            .find(|o| {
                o.code.has(Vs::FacitPal)
                    && assessment_performed(o)
                    && o.effective.is_some_and(|e| e.overlaps(mp, Prec::Day))
            })
            .map(Ev::observation)
            .or_else(|| self.condition_overlapping_mp(Vs::PalliativeCareDiagnosis))
            .or_else(|| self.encounter_overlapping_mp(Vs::PalliativeCareEncounter).map(Ev::encounter))
            .or_else(|| self.procedure_overlapping_mp(Vs::PalliativeCareIntervention))
    }

    /// S4: frailty in the MP.
    pub fn frailty(&self) -> Option<Ev<'a>> {
        let mp = self.mp();
        let c = self.chart;
        c.device_requests
            .iter()
            .find(|r| {
                r.code.has(Vs::FrailtyDevice) && ordered(r) && r.authored.is_some_and(|t| mp.contains(t, Prec::Day))
            })
            .map(Ev::device_request)
            .or_else(|| {
                c.observations
                    .iter()
                    .find(|o| {
                        o.code.has(Vs::MedicalEquipmentUsed)
                            && assessment_performed(o)
                            && o.value.concept().has(Vs::FrailtyDevice)
                            && o.effective.is_some_and(|e| e.ends_during(mp, Prec::Day))
                    })
                    .map(Ev::observation)
            })
            .or_else(|| self.condition_overlapping_mp(Vs::FrailtyDiagnosis))
            .or_else(|| self.encounter_overlapping_mp(Vs::FrailtyEncounter).map(Ev::encounter))
            .or_else(|| {
                c.observations
                    .iter()
                    .find(|o| {
                        o.code.has(Vs::FrailtySymptom)
                            && symptom(o)
                            && o.effective.is_some_and(|e| e.overlaps(mp, Prec::Day))
                    })
                    .map(Ev::observation)
            })
    }

    /// S5 or S6: advanced illness, or a dementia medication, in the year before or during
    /// the MP.
    pub fn advanced_illness_or_dementia_medication(&self) -> Option<Ev<'a>> {
        let window = Interval::new(self.p.start.plus_months(-12), self.p.end);
        let c = self.chart;
        c.conditions
            .iter()
            .find(|d| d.code.has(Vs::AdvancedIllness) && d.prevalence.starts_during(&window, Prec::Day))
            .map(Ev::condition)
            .or_else(|| {
                c.medication_requests
                    .iter()
                    .find(|m| {
                        m.code.has(Vs::DementiaMedications)
                            && medication_active(m)
                            && m.period.is_some_and(|p| p.overlaps(&window, Prec::Day))
                    })
                    .map(Ev::medication_request)
            })
    }

    /// S7: age 66+ at MP end with advanced illness and frailty.
    pub fn advanced_illness_and_frailty(&self) -> Option<Ev<'a>> {
        if !self.age_at_end_between(66, i32::MAX) {
            return None;
        }
        let frailty = self.frailty()?;
        self.advanced_illness_or_dementia_medication().map(|_| frailty)
    }

    /// S8 (CMS165): age 66-80 with advanced illness and frailty, or 81+ with frailty.
    pub fn advanced_illness_and_frailty_165(&self) -> Option<Ev<'a>> {
        if self.age_at_end_between(81, i32::MAX) {
            return self.frailty();
        }
        if !self.age_at_end_between(66, 80) {
            return None;
        }
        let frailty = self.frailty()?;
        self.advanced_illness_or_dementia_medication().map(|_| frailty)
    }

    /// S9: age 66+ and the most recent housing-status assessment says nursing home.
    pub fn nursing_home(&self) -> Option<Ev<'a>> {
        if !self.age_at_end_between(66, i32::MAX) {
            return None;
        }
        let end = self.p.end;
        let latest = most_recent(
            self.chart.observations.iter().filter(|o| {
                o.code.has(Vs::HousingStatus)
                    && assessment_performed(o)
                    && o.effective.is_some_and(|e| le(e.end, end, Prec::Day))
            }),
            |o| o.effective.map(|e| e.end),
        )?;
        latest.value.concept().has(Vs::LivesInNursingHome).then(|| Ev::observation(latest))
    }
}

/// The last item after a stable ascending sort by `key` with missing keys first
/// (MEASURES.md 1.13): the greatest key, the last in input order among equals.
pub(crate) fn most_recent<T>(items: impl Iterator<Item = T>, key: impl Fn(&T) -> Option<When>) -> Option<T> {
    let mut best: Option<(Option<When>, T)> = None;
    for item in items {
        let k = key(&item);
        match &best {
            Some((bk, _)) if k < *bk => {}
            _ => best = Some((k, item)),
        }
    }
    best.map(|(_, item)| item)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_recent_prefers_later_keys_then_later_input() {
        let t = |ms| Some(When::point(ms));
        let items = [(1, t(5)), (2, None), (3, t(9)), (4, t(9)), (5, t(2))];
        assert_eq!(most_recent(items.iter(), |i| i.1).map(|i| i.0), Some(4));
        let none: [(i32, Option<When>); 2] = [(1, None), (2, None)];
        assert_eq!(most_recent(none.iter(), |i| i.1).map(|i| i.0), Some(2));
        assert!(most_recent(std::iter::empty::<(i32, Option<When>)>(), |i| i.1).is_none());
    }
}
