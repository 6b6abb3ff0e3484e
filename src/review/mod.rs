//! Drafts and their review. Every item a model or template proposes starts `pending`; a
//! person accepts, edits or rejects each one, then approves or rejects the draft. Only an
//! approved draft is ever written to the EHR, and only its accepted and edited items.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::fhir::PatientId;
use crate::fhir::record::{Coding, SourceIssue};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DraftId(pub Uuid);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RunId(pub Uuid);

impl DraftId {
    pub fn new() -> Self {
        Self(Uuid::new_v4())
    }
}

impl Default for DraftId {
    fn default() -> Self {
        Self::new()
    }
}

impl RunId {
    pub fn new() -> Self {
        Self(Uuid::new_v4())
    }
}

impl Default for RunId {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Display for DraftId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::fmt::Display for RunId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// What a draft becomes once approved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DraftKind {
    /// A problem-list summary, written as LOINC 34133-9 "Summary of episode note".
    ProblemList,
    /// A referral letter, written as LOINC 57133-1 "Referral note".
    Referral,
    /// The care gaps the measure rules decided, written as LOINC 96315-7 "Gaps in care
    /// report".
    CareGaps,
}

impl DraftKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DraftKind::ProblemList => "problem-list",
            DraftKind::Referral => "referral",
            DraftKind::CareGaps => "care-gaps",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "problem-list" => Some(DraftKind::ProblemList),
            "referral" => Some(DraftKind::Referral),
            "care-gaps" => Some(DraftKind::CareGaps),
            _ => None,
        }
    }
    pub fn title(self) -> &'static str {
        match self {
            DraftKind::ProblemList => "Problem list summary",
            DraftKind::Referral => "Referral letter",
            DraftKind::CareGaps => "Care gaps report",
        }
    }
    /// The LOINC document type code and display.
    pub fn loinc(self) -> (&'static str, &'static str) {
        match self {
            DraftKind::ProblemList => ("34133-9", "Summary of episode note"),
            DraftKind::Referral => ("57133-1", "Referral note"),
            DraftKind::CareGaps => ("96315-7", "Gaps in care report"),
        }
    }
    /// Roles allowed to approve this kind for the record.
    pub fn may_approve(self, role: Role) -> bool {
        match self {
            DraftKind::ProblemList => matches!(role, Role::Clinician | Role::Coder),
            DraftKind::Referral => role == Role::Clinician,
            DraftKind::CareGaps => matches!(role, Role::Coordinator | Role::Clinician),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Clinician,
    Coder,
    Coordinator,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Clinician => "clinician",
            Role::Coder => "coder",
            Role::Coordinator => "coordinator",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemStatus {
    Pending,
    Accepted,
    Edited,
    Rejected,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DraftStatus {
    /// Waiting for review.
    Pending,
    /// Approved; the write to the EHR has not succeeded yet (retry by approving again).
    Approved,
    /// Approved and written.
    Written,
    Rejected,
}

impl DraftStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DraftStatus::Pending => "pending",
            DraftStatus::Approved => "approved",
            DraftStatus::Written => "written",
            DraftStatus::Rejected => "rejected",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "pending" => Some(DraftStatus::Pending),
            "approved" => Some(DraftStatus::Approved),
            "written" => Some(DraftStatus::Written),
            "rejected" => Some(DraftStatus::Rejected),
            _ => None,
        }
    }
}

/// A source an item rests on, resolved against the identified record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Citation {
    /// `Type/id` in the EHR.
    pub reference: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftItem {
    pub id: String,
    pub section: String,
    pub text: String,
    /// The proposed text, kept when a reviewer edits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_text: Option<String>,
    #[serde(default)]
    pub codes: Vec<Coding>,
    pub citations: Vec<Citation>,
    pub status: ItemStatus,
    /// Problems a reviewer must see (e.g. a placeholder that could not be mapped back).
    #[serde(default)]
    pub flags: Vec<String>,
}

/// What the EHR (or the output folder) said to our write.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WriteResult {
    /// The stable identifier the document carries (`urn:uuid:<draft id>`).
    pub identifier: String,
    /// `created` or `existing` (a retried approval found the first document).
    pub outcome: String,
    /// Where the document is: `DocumentReference/<id>` or a file path.
    pub location: Option<String>,
    pub written_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub id: DraftId,
    pub run_id: RunId,
    pub patient_id: PatientId,
    pub kind: DraftKind,
    pub status: DraftStatus,
    /// `offline` when no model was used.
    pub engine: String,
    /// Said plainly to every reviewer, and in the written document.
    pub notice: Option<String>,
    pub items: Vec<DraftItem>,
    /// Proposed items dropped because nothing in the record supports them.
    pub dropped_ungrounded: usize,
    /// Parts of the chart that could not be read (the draft may be incomplete).
    pub record_issues: Vec<SourceIssue>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Bumped on every change; a review of a stale version is refused.
    pub version: i64,
    pub reviewed_by: Option<Reviewer>,
    pub write: Option<WriteResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reviewer {
    pub name: String,
    pub role: Role,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Accept,
    Edit,
    Reject,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemDecision {
    pub item_id: String,
    pub action: Action,
    /// The new text, for `edit`.
    #[serde(default)]
    pub text: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    Approve,
    Reject,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewRequest {
    pub reviewer: String,
    pub role: Role,
    #[serde(default)]
    pub items: Vec<ItemDecision>,
    pub decision: Decision,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReviewError {
    #[error("reviewer must be 1 to 200 characters")]
    Reviewer,
    #[error("no item `{0}` in this draft")]
    UnknownItem(String),
    #[error("item `{0}` is decided twice in one review")]
    DuplicateItem(String),
    #[error("item `{0}`: an edit needs a non-empty text of at most {MAX_TEXT} characters")]
    EditText(String),
    #[error("items still pending: {0}; accept, edit or reject each before approving")]
    Undecided(String),
    #[error("item `{0}` has unresolved flags; edit or reject it before approving")]
    Flagged(String),
    #[error("every item is rejected; there is nothing to write (reject the draft instead)")]
    NothingToWrite,
    #[error("a {role:?} may not approve a {kind} draft")]
    Role { role: Role, kind: &'static str },
    #[error("the draft is already {0}")]
    Closed(&'static str),
}

pub const MAX_TEXT: usize = 20_000;

impl Draft {
    /// Applies one review. Item decisions apply first; then the draft is approved (every
    /// item decided, at least one kept, no flagged item accepted unedited) or rejected.
    pub fn apply_review(&mut self, review: &ReviewRequest, now: DateTime<Utc>) -> Result<(), ReviewError> {
        if self.status != DraftStatus::Pending {
            return Err(ReviewError::Closed(self.status.as_str()));
        }
        let reviewer = review.reviewer.trim();
        if reviewer.is_empty() || reviewer.chars().count() > 200 {
            return Err(ReviewError::Reviewer);
        }
        if review.decision == Decision::Approve && !self.kind.may_approve(review.role) {
            return Err(ReviewError::Role { role: review.role, kind: self.kind.as_str() });
        }
        let mut items = self.items.clone();
        let mut seen = std::collections::HashSet::new();
        for decision in &review.items {
            if !seen.insert(decision.item_id.as_str()) {
                return Err(ReviewError::DuplicateItem(decision.item_id.clone()));
            }
            let item = items
                .iter_mut()
                .find(|i| i.id == decision.item_id)
                .ok_or_else(|| ReviewError::UnknownItem(decision.item_id.clone()))?;
            match decision.action {
                Action::Accept => item.status = ItemStatus::Accepted,
                Action::Reject => item.status = ItemStatus::Rejected,
                Action::Edit => {
                    let text = decision.text.as_deref().map(str::trim).unwrap_or_default();
                    if text.is_empty() || text.chars().count() > MAX_TEXT {
                        return Err(ReviewError::EditText(decision.item_id.clone()));
                    }
                    if item.original_text.is_none() {
                        item.original_text = Some(item.text.clone());
                    }
                    item.text = text.to_owned();
                    item.status = ItemStatus::Edited;
                    item.flags.clear();
                }
            }
        }
        match review.decision {
            Decision::Reject => self.status = DraftStatus::Rejected,
            Decision::Approve => {
                let pending: Vec<&str> =
                    items.iter().filter(|i| i.status == ItemStatus::Pending).map(|i| i.id.as_str()).collect();
                if !pending.is_empty() {
                    return Err(ReviewError::Undecided(pending.join(", ")));
                }
                if let Some(flagged) = items.iter().find(|i| i.status == ItemStatus::Accepted && !i.flags.is_empty()) {
                    return Err(ReviewError::Flagged(flagged.id.clone()));
                }
                if items.iter().all(|i| i.status == ItemStatus::Rejected) {
                    return Err(ReviewError::NothingToWrite);
                }
                self.status = DraftStatus::Approved;
            }
        }
        self.items = items;
        self.reviewed_by = Some(Reviewer { name: reviewer.to_owned(), role: review.role, at: now });
        self.updated_at = now;
        self.version += 1;
        Ok(())
    }

    /// The items that go into the written document.
    pub fn kept_items(&self) -> impl Iterator<Item = &DraftItem> {
        self.items.iter().filter(|i| matches!(i.status, ItemStatus::Accepted | ItemStatus::Edited))
    }

    /// The document text: the kept items by section, the notice, and who approved it.
    pub fn document_text(&self) -> String {
        let mut out = String::new();
        out.push_str(self.kind.title());
        out.push('\n');
        out.push_str(&"=".repeat(self.kind.title().len()));
        out.push_str("\n\n");
        let mut section: Option<&str> = None;
        for item in self.kept_items() {
            if section != Some(item.section.as_str()) {
                if section.is_some() {
                    out.push('\n');
                }
                out.push_str(&item.section);
                out.push_str(":\n");
                section = Some(item.section.as_str());
            }
            out.push_str("- ");
            out.push_str(&item.text);
            out.push('\n');
        }
        if let Some(notice) = &self.notice {
            out.push_str("\nNote: ");
            out.push_str(notice);
            out.push('\n');
        }
        if let Some(r) = &self.reviewed_by {
            out.push_str(&format!(
                "\nReviewed and approved by {} ({}) on {}.\n",
                r.name,
                r.role.as_str(),
                r.at.format("%Y-%m-%d")
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> Draft {
        let item = |id: &str| DraftItem {
            id: id.into(),
            section: "Problems".into(),
            text: format!("text {id}"),
            original_text: None,
            codes: vec![],
            citations: vec![Citation { reference: "Condition/x".into(), label: "x".into(), date: None }],
            status: ItemStatus::Pending,
            flags: vec![],
        };
        let now = Utc::now();
        Draft {
            id: DraftId::new(),
            run_id: RunId::new(),
            patient_id: PatientId::parse("p1").unwrap(),
            kind: DraftKind::ProblemList,
            status: DraftStatus::Pending,
            engine: "offline".into(),
            notice: None,
            items: vec![item("i1"), item("i2")],
            dropped_ungrounded: 0,
            record_issues: vec![],
            created_at: now,
            updated_at: now,
            version: 1,
            reviewed_by: None,
            write: None,
        }
    }

    fn review(items: Vec<(&str, Action, Option<&str>)>, decision: Decision) -> ReviewRequest {
        ReviewRequest {
            reviewer: "Dr. Test".into(),
            role: Role::Clinician,
            items: items
                .into_iter()
                .map(|(id, action, text)| ItemDecision { item_id: id.into(), action, text: text.map(Into::into) })
                .collect(),
            decision,
        }
    }

    #[test]
    fn approval_needs_every_item_decided() {
        let mut d = draft();
        let err =
            d.apply_review(&review(vec![("i1", Action::Accept, None)], Decision::Approve), Utc::now()).unwrap_err();
        assert_eq!(err, ReviewError::Undecided("i2".into()));
        assert_eq!(d.status, DraftStatus::Pending, "a refused review changes nothing");
        assert_eq!(d.items[0].status, ItemStatus::Pending);
    }

    #[test]
    fn edits_keep_the_original_and_only_kept_items_are_written() {
        let mut d = draft();
        d.apply_review(
            &review(vec![("i1", Action::Edit, Some("better")), ("i2", Action::Reject, None)], Decision::Approve),
            Utc::now(),
        )
        .unwrap();
        assert_eq!(d.status, DraftStatus::Approved);
        assert_eq!(d.items[0].original_text.as_deref(), Some("text i1"));
        let text = d.document_text();
        assert!(text.contains("- better"));
        assert!(!text.contains("text i2"));
        assert!(text.contains("(clinician)"));
        assert_eq!(d.version, 2);
    }

    #[test]
    fn refusals() {
        let mut d = draft();
        assert_eq!(
            d.apply_review(&review(vec![("i9", Action::Accept, None)], Decision::Approve), Utc::now()).unwrap_err(),
            ReviewError::UnknownItem("i9".into())
        );
        assert_eq!(
            d.apply_review(&review(vec![("i1", Action::Edit, Some("  "))], Decision::Approve), Utc::now()).unwrap_err(),
            ReviewError::EditText("i1".into())
        );
        assert_eq!(
            d.apply_review(
                &review(vec![("i1", Action::Reject, None), ("i2", Action::Reject, None)], Decision::Approve),
                Utc::now()
            )
            .unwrap_err(),
            ReviewError::NothingToWrite
        );
        let mut coordinator = review(vec![], Decision::Approve);
        coordinator.role = Role::Coordinator;
        assert!(matches!(d.apply_review(&coordinator, Utc::now()).unwrap_err(), ReviewError::Role { .. }));
        d.items[0].flags.push("unmapped placeholder [[NAME_9]]".into());
        assert_eq!(
            d.apply_review(
                &review(vec![("i1", Action::Accept, None), ("i2", Action::Accept, None)], Decision::Approve),
                Utc::now()
            )
            .unwrap_err(),
            ReviewError::Flagged("i1".into())
        );
        d.apply_review(&review(vec![], Decision::Reject), Utc::now()).unwrap();
        assert_eq!(d.status, DraftStatus::Rejected);
        // Care coordinators approve care gaps, and coders do not.
        assert!(DraftKind::CareGaps.may_approve(Role::Coordinator));
        assert!(DraftKind::CareGaps.may_approve(Role::Clinician));
        assert!(!DraftKind::CareGaps.may_approve(Role::Coder));
        assert_eq!(DraftKind::parse("care-gaps"), Some(DraftKind::CareGaps));
        assert_eq!(
            d.apply_review(&review(vec![], Decision::Reject), Utc::now()).unwrap_err(),
            ReviewError::Closed("rejected")
        );
    }
}
