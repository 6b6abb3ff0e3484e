//! Writing approved drafts: a US Core DocumentReference with a stable identifier, sent
//! by conditional create (`If-None-Exist`), so a retried or repeated approval finds the
//! first document instead of making a second. Without a FHIR server (fixtures, files),
//! documents go to a local folder with the same once-only rule.

use std::path::PathBuf;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde_json::Value;

use super::client::FhirClient;
use super::model::{DocumentSpec, ModelError, document_reference};
use crate::review::{Draft, WriteResult};

/// The identifier system for `urn:uuid:` values.
pub const IDENTIFIER_SYSTEM: &str = "urn:ietf:rfc:3986";

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error(transparent)]
    Model(#[from] ModelError),
    #[error(transparent)]
    Fhir(#[from] super::SourceError),
    #[error("cannot write to the output folder: {0}")]
    Folder(String),
    #[error("the draft is not approved")]
    NotApproved,
}

/// Builds the document for an approved draft.
pub fn approved_document(draft: &Draft, now: DateTime<Utc>) -> Result<(String, Value), WriteError> {
    let reviewer = draft.reviewed_by.as_ref().ok_or(WriteError::NotApproved)?;
    let identifier = format!("urn:uuid:{}", draft.id);
    let (code, display) = draft.kind.loinc();
    // Drafts from the offline engine and from the measure rules involved no model.
    let ai_label = (!matches!(draft.engine.as_str(), "offline" | "rules")).then_some("CLINAST_AIRPT");
    let spec = DocumentSpec {
        identifier_system: IDENTIFIER_SYSTEM.into(),
        identifier_value: identifier.clone(),
        type_code: code.into(),
        type_display: display.into(),
        subject: draft.patient_id.reference(),
        date: now,
        author_display: format!("{} ({})", reviewer.name, reviewer.role.as_str()),
        description: format!(
            "{} drafted by carebrief ({}) and approved by a reviewer",
            draft.kind.title(),
            draft.engine
        ),
        text: draft.document_text(),
        ai_label,
    };
    Ok((identifier, document_reference(&spec)?))
}

/// Where approved documents go.
#[async_trait]
pub trait DocumentSink: Send + Sync {
    /// Writes the document once; a second call with the same identifier finds the first.
    async fn write(&self, identifier: &str, document: &Value) -> Result<WriteResult, WriteError>;
    fn kind(&self) -> &'static str;
}

/// A FHIR server: conditional create on the identifier.
pub struct FhirServerSink {
    client: FhirClient,
}

impl FhirServerSink {
    pub fn new(client: FhirClient) -> Self {
        Self { client }
    }
}

#[async_trait]
impl DocumentSink for FhirServerSink {
    async fn write(&self, identifier: &str, document: &Value) -> Result<WriteResult, WriteError> {
        let condition = format!("identifier={IDENTIFIER_SYSTEM}|{identifier}");
        let outcome = self.client.conditional_create("DocumentReference", document, &condition).await?;
        let location = outcome
            .body
            .as_ref()
            .and_then(|b| b.get("id"))
            .and_then(Value::as_str)
            .map(|id| format!("DocumentReference/{id}"))
            .or_else(|| {
                outcome.location.as_deref().and_then(|l| {
                    let path = l.split("/_history").next()?;
                    let id = path.rsplit('/').next()?;
                    Some(format!("DocumentReference/{id}"))
                })
            });
        Ok(WriteResult {
            identifier: identifier.to_owned(),
            outcome: if outcome.status == 201 { "created".into() } else { "existing".into() },
            location,
            written_at: Utc::now(),
        })
    }

    fn kind(&self) -> &'static str {
        "fhir-server"
    }
}

/// A local folder: one JSON file per document, named after its identifier.
pub struct FolderSink {
    dir: PathBuf,
}

impl FolderSink {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }
}

#[async_trait]
impl DocumentSink for FolderSink {
    async fn write(&self, identifier: &str, document: &Value) -> Result<WriteResult, WriteError> {
        let name: String =
            identifier.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect();
        let path = self.dir.join(format!("DocumentReference-{name}.json"));
        tokio::fs::create_dir_all(&self.dir).await.map_err(|e| WriteError::Folder(e.to_string()))?;
        let body = serde_json::to_vec_pretty(document).map_err(|e| WriteError::Folder(e.to_string()))?;
        // Write a temporary file, then link it into place: the link fails if the document
        // exists, so the first write wins and a crash never leaves a half-written document.
        let tmp = self.dir.join(format!(".{name}.{}.tmp", uuid::Uuid::new_v4().simple()));
        let written = async {
            use tokio::io::AsyncWriteExt as _;
            let mut file = tokio::fs::File::create(&tmp).await?;
            file.write_all(&body).await?;
            file.sync_all().await
        };
        written.await.map_err(|e| WriteError::Folder(e.to_string()))?;
        let linked = tokio::fs::hard_link(&tmp, &path).await;
        let _ = tokio::fs::remove_file(&tmp).await;
        let outcome = match linked {
            Ok(()) => "created",
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => "existing",
            Err(e) => return Err(WriteError::Folder(e.to_string())),
        };
        Ok(WriteResult {
            identifier: identifier.to_owned(),
            outcome: outcome.into(),
            location: Some(path.display().to_string()),
            written_at: Utc::now(),
        })
    }

    fn kind(&self) -> &'static str {
        "folder"
    }
}
