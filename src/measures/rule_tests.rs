//! Rules no official test case exercises (MEASURES.md section 6 lists them): each is
//! pinned here with a patient built for it. Value sets are stand-ins: every value set
//! holds the single code `urn:test|<name>` ([`Terminology::for_tests`]).

use serde_json::{Value, json};

use super::terms::{LOINC, SNOMED, Vs};
use super::{Engine, MeasureId, Period, Terminology};

const OBS_CAT: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
const ACTIVE: &str = "http://terminology.hl7.org/CodeSystem/condition-clinical";

fn engine() -> Engine {
    Engine::with_terminology(Period::parse("2025-01-01", "2025-12-31").unwrap(), Terminology::for_tests())
}

fn vs(v: Vs) -> Value {
    json!({"coding": [{"system": "urn:test", "code": format!("{v:?}")}]})
}

fn code(system: &str, code: &str) -> Value {
    json!({"coding": [{"system": system, "code": code}]})
}

fn subject() -> Value {
    json!({"reference": "Patient/p"})
}

fn patient(birth: &str, gender: &str) -> Value {
    json!({"resourceType": "Patient", "id": "p", "birthDate": birth, "gender": gender})
}

fn encounter(id: &str, ty: Vs, status: &str, start: &str, end: &str) -> Value {
    json!({"resourceType": "Encounter", "id": id, "status": status, "type": [vs(ty)], "subject": subject(),
           "class": {"code": "AMB"}, "period": {"start": start, "end": end}})
}

fn condition(id: &str, ty: Vs, onset: &str) -> Value {
    json!({"resourceType": "Condition", "id": id, "code": vs(ty), "subject": subject(), "onsetDateTime": onset,
           "clinicalStatus": code(ACTIVE, "active")})
}

fn observation(id: &str, code: Value, category: &str, effective: &str, value: Value) -> Value {
    let mut o = json!({"resourceType": "Observation", "id": id, "status": "final", "code": code,
                       "category": [{"coding": [{"system": OBS_CAT, "code": category}]}],
                       "subject": subject(), "effectiveDateTime": effective});
    if !value.is_null() {
        let (key, v) = value.as_object().unwrap().iter().next().unwrap();
        o[key] = v.clone();
    }
    o
}

fn quantity(value: f64, unit: &str) -> Value {
    json!({"valueQuantity": {"value": value, "code": unit}})
}

/// Population counts per group.
fn counts(measure: MeasureId, resources: &[Value]) -> Vec<Vec<u8>> {
    let engine = engine();
    let chart = engine.chart(resources.iter()).unwrap();
    engine
        .evaluate(&chart, measure)
        .groups
        .iter()
        .map(|g| g.populations.counts().into_iter().map(|(_, n)| n).collect())
        .collect()
}

fn office_visit(status: &str) -> Value {
    encounter("visit", Vs::OfficeVisit, status, "2025-03-01T10:00:00Z", "2025-03-01T10:30:00Z")
}

#[test]
fn encounter_status_and_during_decide_a_qualifying_visit() {
    let woman = patient("1965-06-01", "female");
    for (status, ip) in [("finished", 1), ("arrived", 1), ("in-progress", 1), ("cancelled", 0), ("planned", 0)] {
        assert_eq!(counts(MeasureId::Cms125, &[woman.clone(), office_visit(status)])[0][0], ip, "{status}");
    }
    // Crossing into the MP overlaps it but is not during it.
    let crossing = encounter("x", Vs::OfficeVisit, "finished", "2024-12-31T23:00:00Z", "2025-01-01T01:00:00Z");
    assert_eq!(counts(MeasureId::Cms125, &[woman.clone(), crossing])[0][0], 0);
    let open = json!({"resourceType": "Encounter", "id": "o", "status": "finished", "type": [vs(Vs::OfficeVisit)],
                      "subject": subject(), "period": {"start": "2025-03-01T10:00:00Z"}});
    assert_eq!(counts(MeasureId::Cms125, &[woman, open])[0][0], 0);
}

#[test]
fn breast_screening_is_for_women_and_counts_old_mastectomies() {
    let visit = office_visit("finished");
    assert_eq!(counts(MeasureId::Cms125, &[patient("1965-06-01", "male"), visit.clone()])[0][0], 0);
    assert_eq!(counts(MeasureId::Cms125, &[patient("1965-06-01", "unknown"), visit.clone()])[0][0], 0);
    let old = json!({"resourceType": "Procedure", "id": "m", "status": "completed", "code": vs(Vs::BilateralMastectomy),
                     "subject": subject(), "performedPeriod": {"start": "1999-02-01T10:00:00Z", "end": "1999-02-01T12:00:00Z"}});
    assert_eq!(counts(MeasureId::Cms125, &[patient("1965-06-01", "female"), visit, old]), [[1, 1, 1, 0]]);
}

#[test]
fn glycemic_status_reads_the_lowest_result_of_the_last_day() {
    let base = || {
        vec![
            patient("1970-01-01", "female"),
            office_visit("finished"),
            condition("dm", Vs::Diabetes, "2020-01-01T00:00:00Z"),
        ]
    };
    let a1c =
        |id: &str, when: &str, value: Value| observation(id, vs(Vs::HbA1cLaboratoryTest), "laboratory", when, value);
    // No assessment: numerator met (the gap is open).
    assert_eq!(counts(MeasureId::Cms122, &base()), [[1, 1, 0, 1]]);
    // Two readings on the last day: the lower one (8.5) decides.
    let mut r = base();
    r.push(a1c("a", "2025-06-01T08:00:00Z", quantity(9.5, "%")));
    r.push(a1c("b", "2025-06-01T15:00:00Z", quantity(8.5, "%")));
    r.push(a1c("c", "2025-02-01T08:00:00Z", quantity(12.0, "%")));
    assert_eq!(counts(MeasureId::Cms122, &r), [[1, 1, 0, 0]]);
    // The last day's only reading is high.
    let mut r = base();
    r.push(a1c("a", "2025-06-01T08:00:00Z", quantity(7.0, "%")));
    r.push(a1c("b", "2025-09-01T08:00:00Z", quantity(9.1, "%")));
    assert_eq!(counts(MeasureId::Cms122, &r), [[1, 1, 0, 1]]);
    // A reading without a value on the last day ranks lowest: "without result" is met.
    let mut r = base();
    r.push(a1c("a", "2025-09-01T08:00:00Z", quantity(7.0, "%")));
    r.push(a1c("b", "2025-09-01T09:00:00Z", Value::Null));
    assert_eq!(counts(MeasureId::Cms122, &r), [[1, 1, 0, 1]]);
    // A unit other than % is never above 9 %; the comparator is ignored; GMI counts.
    let mut r = base();
    r.push(a1c("a", "2025-09-01T08:00:00Z", quantity(75.0, "mmol/mol")));
    assert_eq!(counts(MeasureId::Cms122, &r), [[1, 1, 0, 0]]);
    let mut r = base();
    r.push(observation(
        "g",
        code(LOINC, "97506-0"),
        "laboratory",
        "2025-09-01T08:00:00Z",
        json!({"valueQuantity": {"value": 9.5, "code": "%", "comparator": ">"}}),
    ));
    assert_eq!(counts(MeasureId::Cms122, &r), [[1, 1, 0, 1]]);
    // Without the laboratory category the result is not an assessment.
    let mut r = base();
    r.push(observation("x", vs(Vs::HbA1cLaboratoryTest), "survey", "2025-09-01T08:00:00Z", quantity(6.0, "%")));
    assert_eq!(counts(MeasureId::Cms122, &r), [[1, 1, 0, 1]]);
}

fn bp(id: &str, when: &str, systolic: f64, diastolic: f64) -> Value {
    let component = |c: &str, v: f64| json!({"code": code(LOINC, c), "valueQuantity": {"value": v, "code": "mm[Hg]"}});
    json!({"resourceType": "Observation", "id": id, "status": "final", "code": code(LOINC, "85354-9"),
           "subject": subject(), "effectiveDateTime": when,
           "component": [component("8480-6", systolic), component("8462-4", diastolic)]})
}

#[test]
fn blood_pressure_takes_the_lowest_values_of_the_last_day() {
    let base = || {
        vec![
            patient("1960-01-01", "male"),
            office_visit("finished"),
            condition("htn", Vs::EssentialHypertension, "2020-01-01T00:00:00Z"),
        ]
    };
    let mut r = base();
    r.push(bp("a", "2025-10-01T08:00:00Z", 150.0, 85.0));
    r.push(bp("b", "2025-10-01T09:00:00Z", 135.0, 95.0));
    r.push(bp("c", "2025-10-01T10:00:00Z", 145.0, 92.0));
    // Lowest systolic 135 (b) and lowest diastolic 85 (a): controlled.
    assert_eq!(counts(MeasureId::Cms165, &r), [[1, 1, 0, 1]]);
    // Thresholds are strict.
    let mut r = base();
    r.push(bp("a", "2025-10-01T08:00:00Z", 140.0, 89.0));
    assert_eq!(counts(MeasureId::Cms165, &r), [[1, 1, 0, 0]]);
    // A reading taken in the emergency department does not count.
    let mut r = base();
    r.push(bp("a", "2025-06-01T08:00:00Z", 120.0, 80.0));
    let mut ed = bp("b", "2025-10-01T08:00:00Z", 170.0, 100.0);
    ed["encounter"] = json!({"reference": "Encounter/ed"});
    r.push(ed);
    let mut emer = encounter("ed", Vs::OfficeVisit, "finished", "2025-10-01T07:00:00Z", "2025-10-01T09:00:00Z");
    emer["class"] = json!({"code": "EMER"});
    r.push(emer);
    assert_eq!(counts(MeasureId::Cms165, &r), [[1, 1, 0, 1]]);
    // Two systolic components make the systolic value missing.
    let mut r = base();
    let mut twice = bp("a", "2025-10-01T08:00:00Z", 120.0, 80.0);
    let extra = twice["component"][0].clone();
    twice["component"].as_array_mut().unwrap().push(extra);
    r.push(twice);
    assert_eq!(counts(MeasureId::Cms165, &r), [[1, 1, 0, 0]]);
    // Hypertension diagnosed in the second half of the year does not count.
    let r = vec![
        patient("1960-01-01", "male"),
        office_visit("finished"),
        condition("htn", Vs::EssentialHypertension, "2025-07-01T00:00:00.000Z"),
    ];
    assert_eq!(counts(MeasureId::Cms165, &r), [[0, 0, 0, 0]]);
}

#[test]
fn tobacco_reads_only_the_most_recent_screening() {
    let screening = |id: &str, when: &str, value: Vs| {
        let mut o =
            observation(id, vs(Vs::TobaccoUseScreening), "survey", when, json!({"valueCodeableConcept": vs(value)}));
        o.as_object_mut().unwrap().remove("effectiveDateTime");
        o["effectivePeriod"] = json!({"start": when, "end": when});
        o
    };
    let visit = encounter("v", Vs::AnnualWellnessVisit, "finished", "2025-03-01T10:00:00Z", "2025-03-01T10:30:00Z");
    let base = || vec![patient("1980-01-01", "female"), visit.clone()];
    let mut r = base();
    r.push(screening("old", "2025-02-01T10:00:00Z", Vs::TobaccoUser));
    r.push(screening("new", "2025-08-01T10:00:00Z", Vs::TobaccoNonUser));
    assert_eq!(counts(MeasureId::Cms138, &r), [[1, 1, 0, 1], [1, 0, 0, 0], [1, 1, 0, 1]]);
    // A user with active cessation pharmacotherapy running inside the window.
    let mut r = base();
    r.push(screening("s", "2025-08-01T10:00:00Z", Vs::TobaccoUser));
    r.push(json!({"resourceType": "MedicationRequest", "id": "m", "status": "active", "intent": "order",
                  "medicationCodeableConcept": vs(Vs::TobaccoUseCessationPharmacotherapy), "subject": subject(),
                  "authoredOn": "2024-01-01",
                  "dosageInstruction": [{"timing": {"repeat": {"boundsPeriod": {"start": "2025-02-01"}}}}],
                  "dispenseRequest": {"expectedSupplyDuration": {"value": 30, "code": "d"}}}));
    assert_eq!(counts(MeasureId::Cms138, &r), [[1, 1, 0, 1], [1, 1, 0, 1], [1, 1, 0, 1]]);
    // The same order authored before the window and without a running period: no intervention.
    let mut r = base();
    r.push(screening("s", "2025-08-01T10:00:00Z", Vs::TobaccoUser));
    r.push(json!({"resourceType": "MedicationRequest", "id": "m", "status": "completed", "intent": "order",
                  "medicationCodeableConcept": vs(Vs::TobaccoUseCessationPharmacotherapy), "subject": subject(),
                  "authoredOn": "2024-01-01"}));
    assert_eq!(counts(MeasureId::Cms138, &r), [[1, 1, 0, 1], [1, 1, 0, 0], [1, 1, 0, 0]]);
    // Two qualifying visits, or one preventive visit; one qualifying visit is not enough.
    let one = vec![patient("1980-01-01", "female"), office_visit("finished")];
    assert_eq!(counts(MeasureId::Cms138, &one)[0][0], 0);
    let mut same_twice = one.clone();
    same_twice.push(office_visit("finished"));
    assert_eq!(counts(MeasureId::Cms138, &same_twice)[0][0], 0, "one Encounter resource sent twice is one visit");
    let mut two = one.clone();
    two.push(encounter("v2", Vs::TelephoneVisits, "finished", "2025-05-01T10:00:00Z", "2025-05-01T10:10:00Z"));
    assert_eq!(counts(MeasureId::Cms138, &two)[0][0], 1);
}

fn depression_screen(id: &str, kind: &str, when: &str, result: &str) -> Value {
    observation(id, code(LOINC, kind), "survey", when, json!({"valueCodeableConcept": code(SNOMED, result)}))
}

const ADULT: &str = "73832-8";
const POSITIVE: &str = "428181000124104";
const NEGATIVE: &str = "428171000124102";

#[test]
fn depression_screening_windows_and_follow_up() {
    let visit =
        encounter("v", Vs::EncounterToScreenForDepression, "finished", "2025-06-21T10:00:00Z", "2025-06-21T11:00:00Z");
    let base = || vec![patient("1980-01-01", "female"), visit.clone()];
    // A negative screening 14 days before the visit counts; 15 days does not.
    let mut r = base();
    r.push(depression_screen("s", ADULT, "2025-06-07T09:00:00Z", NEGATIVE));
    assert_eq!(counts(MeasureId::Cms2, &r), [[1, 1, 0, 1, 0]]);
    let mut r = base();
    r.push(depression_screen("s", ADULT, "2025-06-06T09:00:00Z", NEGATIVE));
    assert_eq!(counts(MeasureId::Cms2, &r), [[1, 1, 0, 0, 0]]);
    // Amended screenings do not count.
    let mut r = base();
    let mut amended = depression_screen("s", ADULT, "2025-06-20T09:00:00Z", NEGATIVE);
    amended["status"] = "amended".into();
    r.push(amended);
    assert_eq!(counts(MeasureId::Cms2, &r), [[1, 1, 0, 0, 0]]);
    // Positive: a referral up to two days after the visit follows up; three days do not.
    let referral = |authored: &str| {
        json!({"resourceType": "ServiceRequest", "id": "ref", "status": "active", "intent": "plan",
               "code": vs(Vs::ReferralForAdultDepression), "subject": subject(), "authoredOn": authored})
    };
    let mut r = base();
    r.push(depression_screen("s", ADULT, "2025-06-21T10:15:00Z", POSITIVE));
    r.push(referral("2025-06-23T18:00:00Z"));
    assert_eq!(counts(MeasureId::Cms2, &r), [[1, 1, 0, 1, 0]]);
    let mut r = base();
    r.push(depression_screen("s", ADULT, "2025-06-21T10:15:00Z", POSITIVE));
    r.push(referral("2025-06-24T08:00:00Z"));
    assert_eq!(counts(MeasureId::Cms2, &r), [[1, 1, 0, 0, 0]]);
    // A follow-up procedure must start within the visit.
    let procedure = |start: &str| {
        json!({"resourceType": "Procedure", "id": "f", "status": "completed", "code": vs(Vs::FollowUpForAdultDepression),
               "subject": subject(), "performedDateTime": start})
    };
    let mut r = base();
    r.push(depression_screen("s", ADULT, "2025-06-21T10:15:00Z", POSITIVE));
    r.push(procedure("2025-06-21T10:45:00Z"));
    assert_eq!(counts(MeasureId::Cms2, &r), [[1, 1, 0, 1, 0]]);
    let mut r = base();
    r.push(depression_screen("s", ADULT, "2025-06-21T10:15:00Z", POSITIVE));
    r.push(procedure("2025-06-21T11:45:00Z"));
    assert_eq!(counts(MeasureId::Cms2, &r), [[1, 1, 0, 0, 0]]);
}

#[test]
fn depression_exception_needs_a_reason_during_a_visit_and_no_screening_of_that_kind() {
    let visit = encounter("v", Vs::TelephoneVisits, "finished", "2025-06-21T10:00:00Z", "2025-06-21T11:00:00Z");
    let declined = |issued: &str| {
        json!({"resourceType": "Observation", "id": "nd", "status": "cancelled", "code": code(LOINC, ADULT),
               "subject": subject(), "issued": issued, "valueBoolean": true,
               "extension": [{"url": "http://hl7.org/fhir/us/qicore/StructureDefinition/qicore-notDoneReason",
                              "valueCodeableConcept": code(SNOMED, "720834000")}]})
    };
    let base = || vec![patient("1980-01-01", "female"), visit.clone()];
    let mut r = base();
    r.push(declined("2025-06-21T10:30:00.000Z"));
    assert_eq!(counts(MeasureId::Cms2, &r), [[1, 1, 0, 0, 1]]);
    let mut r = base();
    r.push(declined("2025-06-21T12:30:00.000Z"));
    assert_eq!(counts(MeasureId::Cms2, &r), [[1, 1, 0, 0, 0]]);
    // A positive screening without follow-up of the same kind takes the exception away.
    let mut r = base();
    r.push(declined("2025-06-21T10:30:00.000Z"));
    r.push(depression_screen("s", ADULT, "2025-06-21T10:15:00Z", POSITIVE));
    assert_eq!(counts(MeasureId::Cms2, &r), [[1, 1, 0, 0, 0]]);
}

#[test]
fn coarse_and_offset_times_count_only_when_certain() {
    let woman = patient("1965-06-01", "female");
    let visit = office_visit("finished");
    let mammogram = |when: &str| {
        json!({"resourceType": "Observation", "id": "mg", "status": "final", "code": vs(Vs::Mammography),
               "subject": subject(), "effectiveDateTime": when})
    };
    // 2023-09-30T23:30-05:00 is 2023-10-01 in UTC: inside the window.
    let r = [woman.clone(), visit.clone(), mammogram("2023-09-30T23:30:00-05:00")];
    assert_eq!(counts(MeasureId::Cms125, &r), [[1, 1, 0, 1]]);
    // "2023" may be before October 2023: unknown, not met. "2024" is certain.
    let r = [woman.clone(), visit.clone(), mammogram("2023")];
    assert_eq!(counts(MeasureId::Cms125, &r), [[1, 1, 0, 0]]);
    let r = [woman.clone(), visit.clone(), mammogram("2024")];
    assert_eq!(counts(MeasureId::Cms125, &r), [[1, 1, 0, 1]]);
    // A year-only birth date: 1951 is 74 at the end of 2025 whatever the day; 1950 may be 75.
    assert_eq!(counts(MeasureId::Cms125, &[patient("1951", "female"), visit.clone()])[0][0], 1);
    assert_eq!(counts(MeasureId::Cms125, &[patient("1950", "female"), visit.clone()])[0][0], 0);
    // A diagnosis that is no longer active, without abatement, may have ended before the
    // MP: it does not count.
    let mut resolved = condition("dm", Vs::Diabetes, "2020-01-01T00:00:00Z");
    resolved["clinicalStatus"] = code(ACTIVE, "resolved");
    let r = [patient("1970-01-01", "female"), visit, resolved];
    assert_eq!(counts(MeasureId::Cms122, &r)[0][0], 0);
}
