//! The tamper-evident audit trail: who did what to which patient's drafts, with which
//! engine and prompt hash, and what the EHR answered. Each event's hash covers the
//! previous event's hash, so removing or editing an event breaks the chain, which
//! [`verify_chain`] detects. Events carry ids and outcomes, never chart content.

use chrono::{DateTime, SubsecRound, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The `prev_hash` of the first event.
pub const GENESIS: &str = "genesis";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub at: DateTime<Utc>,
    /// Who acted: a reviewer's name, or `carebrief` for the service itself.
    pub actor: String,
    /// `summarize`, `review`, `write`, `write-failed`.
    pub action: String,
    pub patient_id: Option<String>,
    /// What was acted on: `run/<id>` or `draft/<id>`.
    pub subject: Option<String>,
    pub detail: serde_json::Value,
}

impl AuditEvent {
    pub fn new(
        actor: &str,
        action: &str,
        patient_id: Option<&str>,
        subject: Option<String>,
        detail: serde_json::Value,
    ) -> Self {
        Self {
            // Both databases keep microseconds; hash what they keep.
            at: Utc::now().trunc_subsecs(6),
            actor: actor.to_owned(),
            action: action.to_owned(),
            patient_id: patient_id.map(str::to_owned),
            subject,
            detail,
        }
    }

    pub fn hash(&self, prev_hash: &str) -> String {
        let mut h = Sha256::new();
        h.update(prev_hash.as_bytes());
        h.update(b"\n");
        h.update(self.at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true).as_bytes());
        for part in [&self.actor, &self.action] {
            h.update(b"\n");
            h.update(part.as_bytes());
        }
        for part in [&self.patient_id, &self.subject] {
            h.update(b"\n");
            h.update(part.as_deref().unwrap_or("-").as_bytes());
        }
        h.update(b"\n");
        h.update(self.detail.to_string().as_bytes());
        crate::digest::hex(&h.finalize())
    }
}

/// A stored event with its place in the chain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChainedEvent {
    pub seq: i64,
    pub event: AuditEvent,
    pub prev_hash: String,
    pub hash: String,
}

/// The first event (by `seq`) whose link is broken, if any.
pub fn verify_chain(events: &[ChainedEvent]) -> Result<(), i64> {
    let mut prev = GENESIS.to_owned();
    for e in events {
        if e.prev_hash != prev || e.event.hash(&e.prev_hash) != e.hash {
            return Err(e.seq);
        }
        prev = e.hash.clone();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_an_event_breaks_the_chain() {
        let mut chain = Vec::new();
        let mut prev = GENESIS.to_owned();
        for (i, action) in ["summarize", "review", "write"].iter().enumerate() {
            let event = AuditEvent::new("dr-a", action, Some("p1"), None, serde_json::json!({"n": i}));
            let hash = event.hash(&prev);
            chain.push(ChainedEvent { seq: i as i64 + 1, event, prev_hash: prev.clone(), hash: hash.clone() });
            prev = hash;
        }
        assert_eq!(verify_chain(&chain), Ok(()));
        chain[1].event.actor = "someone-else".into();
        assert_eq!(verify_chain(&chain), Err(2));
        chain[1].event.actor = "dr-a".into();
        chain.remove(0);
        assert_eq!(verify_chain(&chain), Err(2));
    }
}
