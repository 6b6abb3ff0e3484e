//! The value sets and direct codes the six measures use (MEASURES.md section 4), each
//! with one bit in [`super::valueset::Codes`].

pub(crate) const LOINC: &str = "http://loinc.org";
pub(crate) const SNOMED: &str = "http://snomed.info/sct";
pub(crate) const CPT: &str = "http://www.ama-assn.org/go/cpt";
pub(crate) const ICD10CM: &str = "http://hl7.org/fhir/sid/icd-10-cm";

/// Where a [`Vs`] comes from: a VSAC value set by OID, or one code of a code system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Key {
    ValueSet(&'static str),
    Code(&'static str, &'static str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum Vs {
    /// Office Visit (2.16.840.1.113883.3.464.1003.101.12.1001)
    OfficeVisit,
    /// Annual Wellness Visit (2.16.840.1.113883.3.526.3.1240)
    AnnualWellnessVisit,
    /// Preventive Care Services Established Office Visit, 18 and Up (2.16.840.1.113883.3.464.1003.101.12.1025)
    PreventiveEstablished18Up,
    /// Preventive Care Services Initial Office Visit, 18 and Up (2.16.840.1.113883.3.464.1003.101.12.1023)
    PreventiveInitial18Up,
    /// Home Healthcare Services (2.16.840.1.113883.3.464.1003.101.12.1016)
    HomeHealthcare,
    /// Virtual Encounter (2.16.840.1.113883.3.464.1003.101.12.1089)
    VirtualEncounter,
    /// Telephone Visits (2.16.840.1.113883.3.464.1003.101.12.1080)
    TelephoneVisits,
    /// Encounter Inpatient (2.16.840.1.113883.3.666.5.307)
    EncounterInpatient,
    /// Hospice Encounter (2.16.840.1.113883.3.464.1003.1003)
    HospiceEncounter,
    /// Hospice Care Ambulatory (2.16.840.1.113883.3.526.3.1584)
    HospiceCareAmbulatory,
    /// Hospice Diagnosis (2.16.840.1.113883.3.464.1003.1165)
    HospiceDiagnosis,
    /// Palliative Care Encounter (2.16.840.1.113883.3.464.1003.101.12.1090)
    PalliativeCareEncounter,
    /// Palliative Care Intervention (2.16.840.1.113883.3.464.1003.198.12.1135)
    PalliativeCareIntervention,
    /// Palliative Care Diagnosis (2.16.840.1.113883.3.464.1003.1167)
    PalliativeCareDiagnosis,
    /// Frailty Device (2.16.840.1.113883.3.464.1003.118.12.1300)
    FrailtyDevice,
    /// Frailty Diagnosis (2.16.840.1.113883.3.464.1003.113.12.1074)
    FrailtyDiagnosis,
    /// Frailty Encounter (2.16.840.1.113883.3.464.1003.101.12.1088)
    FrailtyEncounter,
    /// Frailty Symptom (2.16.840.1.113883.3.464.1003.113.12.1075)
    FrailtySymptom,
    /// Advanced Illness (2.16.840.1.113883.3.464.1003.110.12.1082)
    AdvancedIllness,
    /// Dementia Medications (2.16.840.1.113883.3.464.1003.196.12.1510)
    DementiaMedications,
    /// Diabetes (2.16.840.1.113883.3.464.1003.103.12.1001)
    Diabetes,
    /// HbA1c Laboratory Test (2.16.840.1.113883.3.464.1003.198.12.1013)
    HbA1cLaboratoryTest,
    /// Mammography (2.16.840.1.113883.3.464.1003.108.12.1018)
    Mammography,
    /// Bilateral Mastectomy (2.16.840.1.113883.3.464.1003.198.12.1005)
    BilateralMastectomy,
    /// History of bilateral mastectomy (2.16.840.1.113883.3.464.1003.198.12.1068)
    HistoryOfBilateralMastectomy,
    /// Status Post Left Mastectomy (2.16.840.1.113883.3.464.1003.198.12.1069)
    StatusPostLeftMastectomy,
    /// Status Post Right Mastectomy (2.16.840.1.113883.3.464.1003.198.12.1070)
    StatusPostRightMastectomy,
    /// Unilateral Mastectomy, Unspecified Laterality (2.16.840.1.113883.3.464.1003.198.12.1071)
    UnilateralMastectomyUnspecified,
    /// Unilateral Mastectomy Left (2.16.840.1.113883.3.464.1003.198.12.1133)
    UnilateralMastectomyLeft,
    /// Unilateral Mastectomy Right (2.16.840.1.113883.3.464.1003.198.12.1134)
    UnilateralMastectomyRight,
    /// Colonoscopy (2.16.840.1.113883.3.464.1003.108.12.1020)
    Colonoscopy,
    /// CT Colonography (2.16.840.1.113883.3.464.1003.108.12.1038)
    CtColonography,
    /// Fecal Occult Blood Test (FOBT) (2.16.840.1.113883.3.464.1003.198.12.1011)
    Fobt,
    /// sDNA FIT Test (2.16.840.1.113883.3.464.1003.108.12.1039)
    SdnaFitTest,
    /// Flexible Sigmoidoscopy (2.16.840.1.113883.3.464.1003.198.12.1010)
    FlexibleSigmoidoscopy,
    /// Malignant Neoplasm of Colon (2.16.840.1.113883.3.464.1003.108.12.1001)
    MalignantNeoplasmOfColon,
    /// Total Colectomy (2.16.840.1.113883.3.464.1003.198.12.1019)
    TotalColectomy,
    /// Essential Hypertension (2.16.840.1.113883.3.464.1003.104.12.1011)
    EssentialHypertension,
    /// Pregnancy (2.16.840.1.113883.3.526.3.378)
    Pregnancy,
    /// End Stage Renal Disease (2.16.840.1.113883.3.526.3.353)
    EndStageRenalDisease,
    /// Kidney Transplant Recipient (2.16.840.1.113883.3.464.1003.109.12.1029)
    KidneyTransplantRecipient,
    /// Chronic Kidney Disease, Stage 5 (2.16.840.1.113883.3.526.3.1002)
    ChronicKidneyDiseaseStage5,
    /// Kidney Transplant (2.16.840.1.113883.3.464.1003.109.12.1012)
    KidneyTransplant,
    /// Dialysis Services (2.16.840.1.113883.3.464.1003.109.12.1013)
    DialysisServices,
    /// ESRD Monthly Outpatient Services (2.16.840.1.113883.3.464.1003.109.12.1014)
    EsrdMonthlyOutpatientServices,
    /// Occupational Therapy Evaluation (2.16.840.1.113883.3.526.3.1011)
    OccupationalTherapyEvaluation,
    /// Ophthalmological Services (2.16.840.1.113883.3.526.3.1285)
    OphthalmologicalServices,
    /// Physical Therapy Evaluation (2.16.840.1.113883.3.526.3.1022)
    PhysicalTherapyEvaluation,
    /// Psych Visit Diagnostic Evaluation (2.16.840.1.113883.3.526.3.1492)
    PsychVisitDiagnosticEvaluation,
    /// Psych Visit Psychotherapy (2.16.840.1.113883.3.526.3.1496)
    PsychVisitPsychotherapy,
    /// Psychoanalysis (2.16.840.1.113883.3.526.3.1141)
    Psychoanalysis,
    /// Speech and Hearing Evaluation (2.16.840.1.113883.3.526.3.1530)
    SpeechAndHearingEvaluation,
    /// Preventive Care, Established Office Visit, 0 to 17 (2.16.840.1.113883.3.464.1003.101.12.1024)
    PreventiveEstablished0To17,
    /// Preventive Care Services, Initial Office Visit, 0 to 17 (2.16.840.1.113883.3.464.1003.101.12.1022)
    PreventiveInitial0To17,
    /// Preventive Care Services Group Counseling (2.16.840.1.113883.3.464.1003.101.12.1027)
    PreventiveGroupCounseling,
    /// Preventive Care Services Individual Counseling (2.16.840.1.113883.3.464.1003.101.12.1026)
    PreventiveIndividualCounseling,
    /// Nutrition Services (2.16.840.1.113883.3.464.1003.1006)
    NutritionServices,
    /// Tobacco Use Screening (2.16.840.1.113883.3.526.3.1278)
    TobaccoUseScreening,
    /// Tobacco User (2.16.840.1.113883.3.526.3.1170)
    TobaccoUser,
    /// Tobacco Non User (2.16.840.1.113883.3.526.3.1189)
    TobaccoNonUser,
    /// Tobacco Use Cessation Counseling (2.16.840.1.113883.3.526.3.509)
    TobaccoUseCessationCounseling,
    /// Tobacco Use Cessation Pharmacotherapy (2.16.840.1.113883.3.526.3.1190)
    TobaccoUseCessationPharmacotherapy,
    /// Medical Reason (2.16.840.1.113883.3.526.3.1007)
    MedicalReason,
    /// Encounter to Screen for Depression (2.16.840.1.113883.3.600.1916)
    EncounterToScreenForDepression,
    /// Bipolar Disorder (2.16.840.1.113883.3.67.1.101.1.128)
    BipolarDisorder,
    /// Adult Depression Medications (2.16.840.1.113883.3.526.3.1566)
    AdultDepressionMedications,
    /// Adolescent Depression Medications (2.16.840.1.113883.3.526.3.1567)
    AdolescentDepressionMedications,
    /// Follow Up for Adult Depression (2.16.840.1.113883.3.526.3.1568)
    FollowUpForAdultDepression,
    /// Follow Up for Adolescent Depression (2.16.840.1.113883.3.526.3.1569)
    FollowUpForAdolescentDepression,
    /// Referral for Adolescent Depression (2.16.840.1.113883.3.526.3.1570)
    ReferralForAdolescentDepression,
    /// Referral for Adult Depression (2.16.840.1.113883.3.526.3.1571)
    ReferralForAdultDepression,
    /// LOINC 97506-0 Glucose management indicator
    GlucoseManagementIndicator,
    /// LOINC 45755-6 Hospice care [Minimum Data Set]
    HospiceMds,
    /// LOINC 71007-9 Functional Assessment of Chronic Illness Therapy - Palliative Care Questionnaire (FACIT-Pal)
    FacitPal,
    /// LOINC 98181-1 Medical equipment used
    MedicalEquipmentUsed,
    /// LOINC 71802-3 Housing status
    HousingStatus,
    /// LOINC 85354-9 Blood pressure panel
    BloodPressurePanel,
    /// LOINC 8480-6 Systolic blood pressure
    SystolicBloodPressure,
    /// LOINC 8462-4 Diastolic blood pressure
    DiastolicBloodPressure,
    /// LOINC 73831-0 Adolescent depression screening assessment
    AdolescentDepressionScreening,
    /// LOINC 73832-8 Adult depression screening assessment
    AdultDepressionScreening,
    /// SNOMED 428361000124107 Discharge to home for hospice care
    DischargeToHomeForHospice,
    /// SNOMED 428371000124100 Discharge to healthcare facility for hospice care
    DischargeToFacilityForHospice,
    /// SNOMED 373066001 Yes
    Yes,
    /// SNOMED 160734000 Lives in a nursing home
    LivesInNursingHome,
    /// SNOMED 24028007 Right
    Right,
    /// SNOMED 7771000 Left
    Left,
    /// SNOMED 428171000124102 Depression screening negative
    DepressionScreeningNegative,
    /// SNOMED 428181000124104 Depression screening positive
    DepressionScreeningPositive,
    /// SNOMED 720834000 Depression screening declined
    DepressionScreeningDeclined,
    /// CPT 96156 Health behavior assessment, or re-assessment
    HealthBehaviorAssessment,
    /// CPT 96158 Health behavior intervention, individual, face-to-face; initial 30 minutes
    HealthBehaviorIntervention,
    /// CPT 99429 Unlisted preventive medicine service
    UnlistedPreventiveService,
    /// CPT 99024 Postoperative follow-up visit
    PostoperativeFollowUp,
    /// ICD10CM Z71.6 Tobacco abuse counseling
    TobaccoAbuseCounseling,
}

impl Vs {
    pub const ALL: [Vs; 95] = [
        Vs::OfficeVisit,
        Vs::AnnualWellnessVisit,
        Vs::PreventiveEstablished18Up,
        Vs::PreventiveInitial18Up,
        Vs::HomeHealthcare,
        Vs::VirtualEncounter,
        Vs::TelephoneVisits,
        Vs::EncounterInpatient,
        Vs::HospiceEncounter,
        Vs::HospiceCareAmbulatory,
        Vs::HospiceDiagnosis,
        Vs::PalliativeCareEncounter,
        Vs::PalliativeCareIntervention,
        Vs::PalliativeCareDiagnosis,
        Vs::FrailtyDevice,
        Vs::FrailtyDiagnosis,
        Vs::FrailtyEncounter,
        Vs::FrailtySymptom,
        Vs::AdvancedIllness,
        Vs::DementiaMedications,
        Vs::Diabetes,
        Vs::HbA1cLaboratoryTest,
        Vs::Mammography,
        Vs::BilateralMastectomy,
        Vs::HistoryOfBilateralMastectomy,
        Vs::StatusPostLeftMastectomy,
        Vs::StatusPostRightMastectomy,
        Vs::UnilateralMastectomyUnspecified,
        Vs::UnilateralMastectomyLeft,
        Vs::UnilateralMastectomyRight,
        Vs::Colonoscopy,
        Vs::CtColonography,
        Vs::Fobt,
        Vs::SdnaFitTest,
        Vs::FlexibleSigmoidoscopy,
        Vs::MalignantNeoplasmOfColon,
        Vs::TotalColectomy,
        Vs::EssentialHypertension,
        Vs::Pregnancy,
        Vs::EndStageRenalDisease,
        Vs::KidneyTransplantRecipient,
        Vs::ChronicKidneyDiseaseStage5,
        Vs::KidneyTransplant,
        Vs::DialysisServices,
        Vs::EsrdMonthlyOutpatientServices,
        Vs::OccupationalTherapyEvaluation,
        Vs::OphthalmologicalServices,
        Vs::PhysicalTherapyEvaluation,
        Vs::PsychVisitDiagnosticEvaluation,
        Vs::PsychVisitPsychotherapy,
        Vs::Psychoanalysis,
        Vs::SpeechAndHearingEvaluation,
        Vs::PreventiveEstablished0To17,
        Vs::PreventiveInitial0To17,
        Vs::PreventiveGroupCounseling,
        Vs::PreventiveIndividualCounseling,
        Vs::NutritionServices,
        Vs::TobaccoUseScreening,
        Vs::TobaccoUser,
        Vs::TobaccoNonUser,
        Vs::TobaccoUseCessationCounseling,
        Vs::TobaccoUseCessationPharmacotherapy,
        Vs::MedicalReason,
        Vs::EncounterToScreenForDepression,
        Vs::BipolarDisorder,
        Vs::AdultDepressionMedications,
        Vs::AdolescentDepressionMedications,
        Vs::FollowUpForAdultDepression,
        Vs::FollowUpForAdolescentDepression,
        Vs::ReferralForAdolescentDepression,
        Vs::ReferralForAdultDepression,
        Vs::GlucoseManagementIndicator,
        Vs::HospiceMds,
        Vs::FacitPal,
        Vs::MedicalEquipmentUsed,
        Vs::HousingStatus,
        Vs::BloodPressurePanel,
        Vs::SystolicBloodPressure,
        Vs::DiastolicBloodPressure,
        Vs::AdolescentDepressionScreening,
        Vs::AdultDepressionScreening,
        Vs::DischargeToHomeForHospice,
        Vs::DischargeToFacilityForHospice,
        Vs::Yes,
        Vs::LivesInNursingHome,
        Vs::Right,
        Vs::Left,
        Vs::DepressionScreeningNegative,
        Vs::DepressionScreeningPositive,
        Vs::DepressionScreeningDeclined,
        Vs::HealthBehaviorAssessment,
        Vs::HealthBehaviorIntervention,
        Vs::UnlistedPreventiveService,
        Vs::PostoperativeFollowUp,
        Vs::TobaccoAbuseCounseling,
    ];

    pub fn key(self) -> Key {
        match self {
            Vs::OfficeVisit => Key::ValueSet("2.16.840.1.113883.3.464.1003.101.12.1001"),
            Vs::AnnualWellnessVisit => Key::ValueSet("2.16.840.1.113883.3.526.3.1240"),
            Vs::PreventiveEstablished18Up => Key::ValueSet("2.16.840.1.113883.3.464.1003.101.12.1025"),
            Vs::PreventiveInitial18Up => Key::ValueSet("2.16.840.1.113883.3.464.1003.101.12.1023"),
            Vs::HomeHealthcare => Key::ValueSet("2.16.840.1.113883.3.464.1003.101.12.1016"),
            Vs::VirtualEncounter => Key::ValueSet("2.16.840.1.113883.3.464.1003.101.12.1089"),
            Vs::TelephoneVisits => Key::ValueSet("2.16.840.1.113883.3.464.1003.101.12.1080"),
            Vs::EncounterInpatient => Key::ValueSet("2.16.840.1.113883.3.666.5.307"),
            Vs::HospiceEncounter => Key::ValueSet("2.16.840.1.113883.3.464.1003.1003"),
            Vs::HospiceCareAmbulatory => Key::ValueSet("2.16.840.1.113883.3.526.3.1584"),
            Vs::HospiceDiagnosis => Key::ValueSet("2.16.840.1.113883.3.464.1003.1165"),
            Vs::PalliativeCareEncounter => Key::ValueSet("2.16.840.1.113883.3.464.1003.101.12.1090"),
            Vs::PalliativeCareIntervention => Key::ValueSet("2.16.840.1.113883.3.464.1003.198.12.1135"),
            Vs::PalliativeCareDiagnosis => Key::ValueSet("2.16.840.1.113883.3.464.1003.1167"),
            Vs::FrailtyDevice => Key::ValueSet("2.16.840.1.113883.3.464.1003.118.12.1300"),
            Vs::FrailtyDiagnosis => Key::ValueSet("2.16.840.1.113883.3.464.1003.113.12.1074"),
            Vs::FrailtyEncounter => Key::ValueSet("2.16.840.1.113883.3.464.1003.101.12.1088"),
            Vs::FrailtySymptom => Key::ValueSet("2.16.840.1.113883.3.464.1003.113.12.1075"),
            Vs::AdvancedIllness => Key::ValueSet("2.16.840.1.113883.3.464.1003.110.12.1082"),
            Vs::DementiaMedications => Key::ValueSet("2.16.840.1.113883.3.464.1003.196.12.1510"),
            Vs::Diabetes => Key::ValueSet("2.16.840.1.113883.3.464.1003.103.12.1001"),
            Vs::HbA1cLaboratoryTest => Key::ValueSet("2.16.840.1.113883.3.464.1003.198.12.1013"),
            Vs::Mammography => Key::ValueSet("2.16.840.1.113883.3.464.1003.108.12.1018"),
            Vs::BilateralMastectomy => Key::ValueSet("2.16.840.1.113883.3.464.1003.198.12.1005"),
            Vs::HistoryOfBilateralMastectomy => Key::ValueSet("2.16.840.1.113883.3.464.1003.198.12.1068"),
            Vs::StatusPostLeftMastectomy => Key::ValueSet("2.16.840.1.113883.3.464.1003.198.12.1069"),
            Vs::StatusPostRightMastectomy => Key::ValueSet("2.16.840.1.113883.3.464.1003.198.12.1070"),
            Vs::UnilateralMastectomyUnspecified => Key::ValueSet("2.16.840.1.113883.3.464.1003.198.12.1071"),
            Vs::UnilateralMastectomyLeft => Key::ValueSet("2.16.840.1.113883.3.464.1003.198.12.1133"),
            Vs::UnilateralMastectomyRight => Key::ValueSet("2.16.840.1.113883.3.464.1003.198.12.1134"),
            Vs::Colonoscopy => Key::ValueSet("2.16.840.1.113883.3.464.1003.108.12.1020"),
            Vs::CtColonography => Key::ValueSet("2.16.840.1.113883.3.464.1003.108.12.1038"),
            Vs::Fobt => Key::ValueSet("2.16.840.1.113883.3.464.1003.198.12.1011"),
            Vs::SdnaFitTest => Key::ValueSet("2.16.840.1.113883.3.464.1003.108.12.1039"),
            Vs::FlexibleSigmoidoscopy => Key::ValueSet("2.16.840.1.113883.3.464.1003.198.12.1010"),
            Vs::MalignantNeoplasmOfColon => Key::ValueSet("2.16.840.1.113883.3.464.1003.108.12.1001"),
            Vs::TotalColectomy => Key::ValueSet("2.16.840.1.113883.3.464.1003.198.12.1019"),
            Vs::EssentialHypertension => Key::ValueSet("2.16.840.1.113883.3.464.1003.104.12.1011"),
            Vs::Pregnancy => Key::ValueSet("2.16.840.1.113883.3.526.3.378"),
            Vs::EndStageRenalDisease => Key::ValueSet("2.16.840.1.113883.3.526.3.353"),
            Vs::KidneyTransplantRecipient => Key::ValueSet("2.16.840.1.113883.3.464.1003.109.12.1029"),
            Vs::ChronicKidneyDiseaseStage5 => Key::ValueSet("2.16.840.1.113883.3.526.3.1002"),
            Vs::KidneyTransplant => Key::ValueSet("2.16.840.1.113883.3.464.1003.109.12.1012"),
            Vs::DialysisServices => Key::ValueSet("2.16.840.1.113883.3.464.1003.109.12.1013"),
            Vs::EsrdMonthlyOutpatientServices => Key::ValueSet("2.16.840.1.113883.3.464.1003.109.12.1014"),
            Vs::OccupationalTherapyEvaluation => Key::ValueSet("2.16.840.1.113883.3.526.3.1011"),
            Vs::OphthalmologicalServices => Key::ValueSet("2.16.840.1.113883.3.526.3.1285"),
            Vs::PhysicalTherapyEvaluation => Key::ValueSet("2.16.840.1.113883.3.526.3.1022"),
            Vs::PsychVisitDiagnosticEvaluation => Key::ValueSet("2.16.840.1.113883.3.526.3.1492"),
            Vs::PsychVisitPsychotherapy => Key::ValueSet("2.16.840.1.113883.3.526.3.1496"),
            Vs::Psychoanalysis => Key::ValueSet("2.16.840.1.113883.3.526.3.1141"),
            Vs::SpeechAndHearingEvaluation => Key::ValueSet("2.16.840.1.113883.3.526.3.1530"),
            Vs::PreventiveEstablished0To17 => Key::ValueSet("2.16.840.1.113883.3.464.1003.101.12.1024"),
            Vs::PreventiveInitial0To17 => Key::ValueSet("2.16.840.1.113883.3.464.1003.101.12.1022"),
            Vs::PreventiveGroupCounseling => Key::ValueSet("2.16.840.1.113883.3.464.1003.101.12.1027"),
            Vs::PreventiveIndividualCounseling => Key::ValueSet("2.16.840.1.113883.3.464.1003.101.12.1026"),
            Vs::NutritionServices => Key::ValueSet("2.16.840.1.113883.3.464.1003.1006"),
            Vs::TobaccoUseScreening => Key::ValueSet("2.16.840.1.113883.3.526.3.1278"),
            Vs::TobaccoUser => Key::ValueSet("2.16.840.1.113883.3.526.3.1170"),
            Vs::TobaccoNonUser => Key::ValueSet("2.16.840.1.113883.3.526.3.1189"),
            Vs::TobaccoUseCessationCounseling => Key::ValueSet("2.16.840.1.113883.3.526.3.509"),
            Vs::TobaccoUseCessationPharmacotherapy => Key::ValueSet("2.16.840.1.113883.3.526.3.1190"),
            Vs::MedicalReason => Key::ValueSet("2.16.840.1.113883.3.526.3.1007"),
            Vs::EncounterToScreenForDepression => Key::ValueSet("2.16.840.1.113883.3.600.1916"),
            Vs::BipolarDisorder => Key::ValueSet("2.16.840.1.113883.3.67.1.101.1.128"),
            Vs::AdultDepressionMedications => Key::ValueSet("2.16.840.1.113883.3.526.3.1566"),
            Vs::AdolescentDepressionMedications => Key::ValueSet("2.16.840.1.113883.3.526.3.1567"),
            Vs::FollowUpForAdultDepression => Key::ValueSet("2.16.840.1.113883.3.526.3.1568"),
            Vs::FollowUpForAdolescentDepression => Key::ValueSet("2.16.840.1.113883.3.526.3.1569"),
            Vs::ReferralForAdolescentDepression => Key::ValueSet("2.16.840.1.113883.3.526.3.1570"),
            Vs::ReferralForAdultDepression => Key::ValueSet("2.16.840.1.113883.3.526.3.1571"),
            Vs::GlucoseManagementIndicator => Key::Code(LOINC, "97506-0"),
            Vs::HospiceMds => Key::Code(LOINC, "45755-6"),
            Vs::FacitPal => Key::Code(LOINC, "71007-9"),
            Vs::MedicalEquipmentUsed => Key::Code(LOINC, "98181-1"),
            Vs::HousingStatus => Key::Code(LOINC, "71802-3"),
            Vs::BloodPressurePanel => Key::Code(LOINC, "85354-9"),
            Vs::SystolicBloodPressure => Key::Code(LOINC, "8480-6"),
            Vs::DiastolicBloodPressure => Key::Code(LOINC, "8462-4"),
            Vs::AdolescentDepressionScreening => Key::Code(LOINC, "73831-0"),
            Vs::AdultDepressionScreening => Key::Code(LOINC, "73832-8"),
            Vs::DischargeToHomeForHospice => Key::Code(SNOMED, "428361000124107"),
            Vs::DischargeToFacilityForHospice => Key::Code(SNOMED, "428371000124100"),
            Vs::Yes => Key::Code(SNOMED, "373066001"),
            Vs::LivesInNursingHome => Key::Code(SNOMED, "160734000"),
            Vs::Right => Key::Code(SNOMED, "24028007"),
            Vs::Left => Key::Code(SNOMED, "7771000"),
            Vs::DepressionScreeningNegative => Key::Code(SNOMED, "428171000124102"),
            Vs::DepressionScreeningPositive => Key::Code(SNOMED, "428181000124104"),
            Vs::DepressionScreeningDeclined => Key::Code(SNOMED, "720834000"),
            Vs::HealthBehaviorAssessment => Key::Code(CPT, "96156"),
            Vs::HealthBehaviorIntervention => Key::Code(CPT, "96158"),
            Vs::UnlistedPreventiveService => Key::Code(CPT, "99429"),
            Vs::PostoperativeFollowUp => Key::Code(CPT, "99024"),
            Vs::TobaccoAbuseCounseling => Key::Code(ICD10CM, "Z71.6"),
        }
    }

    /// The name people know it by.
    pub fn name(self) -> &'static str {
        match self {
            Vs::OfficeVisit => "Office Visit",
            Vs::AnnualWellnessVisit => "Annual Wellness Visit",
            Vs::PreventiveEstablished18Up => "Preventive Care Services Established Office Visit, 18 and Up",
            Vs::PreventiveInitial18Up => "Preventive Care Services Initial Office Visit, 18 and Up",
            Vs::HomeHealthcare => "Home Healthcare Services",
            Vs::VirtualEncounter => "Virtual Encounter",
            Vs::TelephoneVisits => "Telephone Visits",
            Vs::EncounterInpatient => "Encounter Inpatient",
            Vs::HospiceEncounter => "Hospice Encounter",
            Vs::HospiceCareAmbulatory => "Hospice Care Ambulatory",
            Vs::HospiceDiagnosis => "Hospice Diagnosis",
            Vs::PalliativeCareEncounter => "Palliative Care Encounter",
            Vs::PalliativeCareIntervention => "Palliative Care Intervention",
            Vs::PalliativeCareDiagnosis => "Palliative Care Diagnosis",
            Vs::FrailtyDevice => "Frailty Device",
            Vs::FrailtyDiagnosis => "Frailty Diagnosis",
            Vs::FrailtyEncounter => "Frailty Encounter",
            Vs::FrailtySymptom => "Frailty Symptom",
            Vs::AdvancedIllness => "Advanced Illness",
            Vs::DementiaMedications => "Dementia Medications",
            Vs::Diabetes => "Diabetes",
            Vs::HbA1cLaboratoryTest => "HbA1c Laboratory Test",
            Vs::Mammography => "Mammography",
            Vs::BilateralMastectomy => "Bilateral Mastectomy",
            Vs::HistoryOfBilateralMastectomy => "History of bilateral mastectomy",
            Vs::StatusPostLeftMastectomy => "Status Post Left Mastectomy",
            Vs::StatusPostRightMastectomy => "Status Post Right Mastectomy",
            Vs::UnilateralMastectomyUnspecified => "Unilateral Mastectomy, Unspecified Laterality",
            Vs::UnilateralMastectomyLeft => "Unilateral Mastectomy Left",
            Vs::UnilateralMastectomyRight => "Unilateral Mastectomy Right",
            Vs::Colonoscopy => "Colonoscopy",
            Vs::CtColonography => "CT Colonography",
            Vs::Fobt => "Fecal Occult Blood Test (FOBT)",
            Vs::SdnaFitTest => "sDNA FIT Test",
            Vs::FlexibleSigmoidoscopy => "Flexible Sigmoidoscopy",
            Vs::MalignantNeoplasmOfColon => "Malignant Neoplasm of Colon",
            Vs::TotalColectomy => "Total Colectomy",
            Vs::EssentialHypertension => "Essential Hypertension",
            Vs::Pregnancy => "Pregnancy",
            Vs::EndStageRenalDisease => "End Stage Renal Disease",
            Vs::KidneyTransplantRecipient => "Kidney Transplant Recipient",
            Vs::ChronicKidneyDiseaseStage5 => "Chronic Kidney Disease, Stage 5",
            Vs::KidneyTransplant => "Kidney Transplant",
            Vs::DialysisServices => "Dialysis Services",
            Vs::EsrdMonthlyOutpatientServices => "ESRD Monthly Outpatient Services",
            Vs::OccupationalTherapyEvaluation => "Occupational Therapy Evaluation",
            Vs::OphthalmologicalServices => "Ophthalmological Services",
            Vs::PhysicalTherapyEvaluation => "Physical Therapy Evaluation",
            Vs::PsychVisitDiagnosticEvaluation => "Psych Visit Diagnostic Evaluation",
            Vs::PsychVisitPsychotherapy => "Psych Visit Psychotherapy",
            Vs::Psychoanalysis => "Psychoanalysis",
            Vs::SpeechAndHearingEvaluation => "Speech and Hearing Evaluation",
            Vs::PreventiveEstablished0To17 => "Preventive Care, Established Office Visit, 0 to 17",
            Vs::PreventiveInitial0To17 => "Preventive Care Services, Initial Office Visit, 0 to 17",
            Vs::PreventiveGroupCounseling => "Preventive Care Services Group Counseling",
            Vs::PreventiveIndividualCounseling => "Preventive Care Services Individual Counseling",
            Vs::NutritionServices => "Nutrition Services",
            Vs::TobaccoUseScreening => "Tobacco Use Screening",
            Vs::TobaccoUser => "Tobacco User",
            Vs::TobaccoNonUser => "Tobacco Non User",
            Vs::TobaccoUseCessationCounseling => "Tobacco Use Cessation Counseling",
            Vs::TobaccoUseCessationPharmacotherapy => "Tobacco Use Cessation Pharmacotherapy",
            Vs::MedicalReason => "Medical Reason",
            Vs::EncounterToScreenForDepression => "Encounter to Screen for Depression",
            Vs::BipolarDisorder => "Bipolar Disorder",
            Vs::AdultDepressionMedications => "Adult Depression Medications",
            Vs::AdolescentDepressionMedications => "Adolescent Depression Medications",
            Vs::FollowUpForAdultDepression => "Follow Up for Adult Depression",
            Vs::FollowUpForAdolescentDepression => "Follow Up for Adolescent Depression",
            Vs::ReferralForAdolescentDepression => "Referral for Adolescent Depression",
            Vs::ReferralForAdultDepression => "Referral for Adult Depression",
            Vs::GlucoseManagementIndicator => "Glucose management indicator",
            Vs::HospiceMds => "Hospice care [Minimum Data Set]",
            Vs::FacitPal => {
                "Functional Assessment of Chronic Illness Therapy - Palliative Care Questionnaire (FACIT-Pal)"
            }
            Vs::MedicalEquipmentUsed => "Medical equipment used",
            Vs::HousingStatus => "Housing status",
            Vs::BloodPressurePanel => "Blood pressure panel",
            Vs::SystolicBloodPressure => "Systolic blood pressure",
            Vs::DiastolicBloodPressure => "Diastolic blood pressure",
            Vs::AdolescentDepressionScreening => "Adolescent depression screening assessment",
            Vs::AdultDepressionScreening => "Adult depression screening assessment",
            Vs::DischargeToHomeForHospice => "Discharge to home for hospice care",
            Vs::DischargeToFacilityForHospice => "Discharge to healthcare facility for hospice care",
            Vs::Yes => "Yes",
            Vs::LivesInNursingHome => "Lives in a nursing home",
            Vs::Right => "Right",
            Vs::Left => "Left",
            Vs::DepressionScreeningNegative => "Depression screening negative",
            Vs::DepressionScreeningPositive => "Depression screening positive",
            Vs::DepressionScreeningDeclined => "Depression screening declined",
            Vs::HealthBehaviorAssessment => "Health behavior assessment, or re-assessment",
            Vs::HealthBehaviorIntervention => {
                "Health behavior intervention, individual, face-to-face; initial 30 minutes"
            }
            Vs::UnlistedPreventiveService => "Unlisted preventive medicine service",
            Vs::PostoperativeFollowUp => "Postoperative follow-up visit",
            Vs::TobaccoAbuseCounseling => "Tobacco abuse counseling",
        }
    }
}
impl Vs {
    pub fn bit(self) -> u128 {
        1u128 << (self as u8)
    }

    pub fn oid(self) -> Option<&'static str> {
        match self.key() {
            Key::ValueSet(oid) => Some(oid),
            Key::Code(..) => None,
        }
    }
}

/// The name of a value set by OID, for messages.
pub(crate) fn name_of_oid(oid: &str) -> &'static str {
    Vs::ALL.iter().find(|v| v.oid() == Some(oid)).map(|v| v.name()).unwrap_or("a value set no measure here uses")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_has_its_own_bit() {
        assert!(Vs::ALL.len() <= 128);
        for (i, vs) in Vs::ALL.iter().enumerate() {
            assert_eq!(*vs as usize, i, "{vs:?} out of order in ALL");
        }
        for (i, a) in Vs::ALL.iter().enumerate() {
            for b in &Vs::ALL[i + 1..] {
                assert_ne!(a.key(), b.key(), "{a:?} and {b:?}");
            }
        }
    }
}
