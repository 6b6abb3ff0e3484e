//! FHIR in and out. Reading is lenient: three sources (a live server, a Bundle file, a
//! Bulk Data NDJSON directory) all produce the same [`PatientRecord`], in which an unknown
//! code, extension or element never fails a patient and one malformed resource is skipped
//! and reported. Writing is strict: the documents we send are built with typed models in
//! [`model`] (the only module that instantiates fhir-sdk types).
//!
//! Search URLs carry patient ids, so nothing here logs a URL: log the route.

mod bundle;
mod client;
pub mod datetime;
pub mod model;
mod ndjson;
pub mod record;
mod server;
pub mod write;

use std::fmt;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

pub use bundle::BundleSource;
pub use client::{FhirClient, FhirClientSettings};
pub use datetime::FhirDateTime;
pub use ndjson::NdjsonSource;
pub use record::{PatientData, PatientRecord};
pub use server::ServerSource;

/// A FHIR resource id (`[A-Za-z0-9\-\.]{1,64}`), checked once at the edge.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ResourceId(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("`{0}` is not a FHIR id (1-64 letters, digits, '-' or '.')")]
pub struct InvalidId(pub String);

impl ResourceId {
    pub fn parse(raw: &str) -> Result<Self, InvalidId> {
        let ok = !raw.is_empty()
            && raw.len() <= 64
            && raw.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
        if ok { Ok(Self(raw.to_owned())) } else { Err(InvalidId(shorten(raw))) }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn shorten(raw: &str) -> String {
    raw.chars().take(70).collect()
}

impl TryFrom<String> for ResourceId {
    type Error = InvalidId;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<ResourceId> for String {
    fn from(id: ResourceId) -> Self {
        id.0
    }
}

impl fmt::Display for ResourceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The id of a Patient resource.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PatientId(ResourceId);

impl PatientId {
    pub fn parse(raw: &str) -> Result<Self, InvalidId> {
        ResourceId::parse(raw).map(Self)
    }
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
    /// `Patient/<id>`, as written in references.
    pub fn reference(&self) -> String {
        format!("Patient/{}", self.0)
    }
}

impl TryFrom<String> for PatientId {
    type Error = InvalidId;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<PatientId> for String {
    fn from(id: PatientId) -> Self {
        id.0.0
    }
}

impl fmt::Display for PatientId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The base URL of a FHIR server, without a trailing slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FhirBase(reqwest::Url);

#[derive(Debug, thiserror::Error)]
pub enum InvalidBase {
    #[error("not a URL: {0}")]
    Url(String),
    #[error("must be http or https")]
    Scheme,
}

impl FhirBase {
    pub fn parse(raw: &str) -> Result<Self, InvalidBase> {
        let trimmed = raw.trim_end_matches('/');
        let url = reqwest::Url::parse(trimmed).map_err(|e| InvalidBase::Url(e.to_string()))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(InvalidBase::Scheme);
        }
        Ok(Self(url))
    }
    pub fn as_str(&self) -> &str {
        self.0.as_str().trim_end_matches('/')
    }
    /// `{base}/{path}`.
    pub fn join(&self, path: &str) -> String {
        format!("{}/{}", self.as_str(), path.trim_start_matches('/'))
    }
    /// Whether `url` points at this server (next links must not lead us elsewhere with
    /// the patient's token).
    pub fn owns(&self, url: &reqwest::Url) -> bool {
        url.scheme() == self.0.scheme()
            && url.host_str() == self.0.host_str()
            && url.port_or_known_default() == self.0.port_or_known_default()
    }
}

impl fmt::Display for FhirBase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Errors reading a patient. Messages carry resource types and routes, never a patient's
/// data and never a full URL.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("patient not found")]
    PatientNotFound,
    #[error("the Patient resource is unusable: {0}")]
    BadPatient(String),
    #[error("FHIR server answered {status} for {route}")]
    Status { status: u16, route: String },
    #[error("FHIR server unreachable for {route}: {reason}")]
    Transport { route: String, reason: String },
    #[error("FHIR server sent an unreadable {route} response: {reason}")]
    Body { route: String, reason: String },
    #[error("paging on {route} led to another server; refusing to follow it")]
    ForeignLink { route: String },
    #[error("paging on {route} did not stop after {pages} pages")]
    TooManyPages { route: String, pages: usize },
    #[error("cannot read {path}: {reason}")]
    File { path: String, reason: String },
}

/// The files of `dir` ending in `.{ext}`, in name order.
fn files_with_extension(dir: &std::path::Path, ext: &str) -> Result<Vec<std::path::PathBuf>, SourceError> {
    let entries = std::fs::read_dir(dir).map_err(|e| file_error(dir, e))?;
    let mut files: Vec<std::path::PathBuf> =
        entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == ext)).collect();
    files.sort();
    Ok(files)
}

fn file_error(path: &std::path::Path, e: std::io::Error) -> SourceError {
    SourceError::File { path: path.display().to_string(), reason: e.to_string() }
}

/// Where patients come from. Every source yields the same lenient record.
#[async_trait]
pub trait PatientSource: Send + Sync {
    /// Everything we read about one patient: the record, and the raw resources the
    /// measure engine evaluates.
    async fn patient_data(&self, id: &PatientId) -> Result<PatientData, SourceError>;
    /// The record alone.
    async fn patient_record(&self, id: &PatientId) -> Result<PatientRecord, SourceError> {
        self.patient_data(id).await.map(|d| d.record)
    }
    /// The patients this source can list (files and exports can; a server is asked per
    /// patient and returns an empty list).
    async fn list_patients(&self) -> Result<Vec<PatientId>, SourceError>;
    /// Whether the source is reachable now.
    async fn ready(&self) -> Result<(), SourceError>;
    /// A short name for runs and logs: `server`, `bundle`, `ndjson`, `fixtures`.
    fn kind(&self) -> &'static str;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_fhir_grammar() {
        assert!(ResourceId::parse("a1-b2.c3").is_ok());
        assert!(ResourceId::parse("").is_err());
        assert!(ResourceId::parse("has space").is_err());
        assert!(ResourceId::parse("../etc/passwd").is_err());
        assert!(ResourceId::parse(&"x".repeat(65)).is_err());
        assert!(PatientId::parse("Patient/1").is_err());
    }

    #[test]
    fn next_links_must_stay_on_the_server() {
        let base = FhirBase::parse("https://ehr.example.org/fhir/R4/").unwrap();
        assert_eq!(base.as_str(), "https://ehr.example.org/fhir/R4");
        assert!(base.owns(&reqwest::Url::parse("https://ehr.example.org/fhir/R4?page=2").unwrap()));
        assert!(!base.owns(&reqwest::Url::parse("https://evil.example.com/fhir/R4?page=2").unwrap()));
        assert!(FhirBase::parse("ftp://x").is_err());
    }
}
