//! The tasks that turn a record into reviewable items: the problem list and the referral
//! letter (from the de-identified record), and the care gaps the measure engine decided
//! ([`care_gaps`], from the identified record inside the trust boundary). An engine
//! proposes items citing the record's run-local ids; [`grounding`] keeps only items whose
//! citations exist and whose codes come from what they cite, and maps everything back to
//! the real record through the vault.

pub mod care_gaps;
pub mod grounding;
pub mod offline;

use serde::{Deserialize, Serialize};

use crate::fhir::record::Coding;

/// One item as an engine proposed it, before grounding: text with placeholders, citations
/// as run-local `Type/id`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    pub section: String,
    pub text: String,
    #[serde(default)]
    pub codes: Vec<Coding>,
    pub citations: Vec<String>,
    /// What a reviewer must resolve before approving (the item cannot be accepted as is).
    #[serde(default)]
    pub flags: Vec<String>,
}

/// What the referring clinician asks for; both parts are optional and the letter leaves
/// a marked gap for what is missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferralRequest {
    /// The specialty or service referred to, e.g. "Nephrology".
    #[serde(default)]
    pub to: Option<String>,
    /// Why, in the clinician's words.
    #[serde(default)]
    pub reason: Option<String>,
}
