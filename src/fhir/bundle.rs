//! Patients from FHIR Bundle JSON: one file, or a directory of them (the fixtures).

use std::path::PathBuf;

use async_trait::async_trait;
use serde_json::Value;

use super::record::RecordBuilder;
use super::{PatientData, PatientId, PatientSource, SourceError};

pub struct BundleSource {
    path: PathBuf,
}

impl BundleSource {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    fn files(&self) -> Result<Vec<PathBuf>, SourceError> {
        if self.path.is_file() {
            return Ok(vec![self.path.clone()]);
        }
        super::files_with_extension(&self.path, "json")
    }

    /// Every resource of every Bundle, with a reason for each entry we could not use.
    async fn resources(&self, mut each: impl FnMut(Result<Value, String>)) -> Result<(), SourceError> {
        for file in self.files()? {
            let bytes = tokio::fs::read(&file).await.map_err(|e| super::file_error(&file, e))?;
            let bundle: Value = serde_json::from_slice(&bytes).map_err(|e| SourceError::File {
                path: file.display().to_string(),
                reason: format!("not JSON: {e}"),
            })?;
            match bundle.get("resourceType").and_then(Value::as_str) {
                Some("Bundle") => {}
                _ => {
                    return Err(SourceError::File {
                        path: file.display().to_string(),
                        reason: "not a FHIR Bundle".into(),
                    });
                }
            }
            for entry in bundle.get("entry").and_then(Value::as_array).into_iter().flatten() {
                match entry.get("resource") {
                    Some(r @ Value::Object(_)) => each(Ok(r.clone())),
                    _ => each(Err("Bundle entry without a resource object".into())),
                }
            }
        }
        Ok(())
    }
}

#[async_trait]
impl PatientSource for BundleSource {
    async fn patient_data(&self, id: &PatientId) -> Result<PatientData, SourceError> {
        let mut builder = RecordBuilder::new(id.clone());
        let mut unreadable = Vec::new();
        self.resources(|r| match r {
            Ok(resource) => builder.add(resource),
            Err(reason) => unreadable.push(reason),
        })
        .await?;
        // An unreadable entry cannot be tied to a patient; report it on every patient of
        // the file only when the patient was found there.
        if builder.has_patient() {
            for reason in unreadable {
                builder.unreadable("(unknown)", reason);
            }
        }
        builder.build_data()
    }

    async fn list_patients(&self) -> Result<Vec<PatientId>, SourceError> {
        let mut ids = Vec::new();
        self.resources(|r| {
            if let Ok(resource) = r
                && resource.get("resourceType").and_then(Value::as_str) == Some("Patient")
                && let Some(id) = resource.get("id").and_then(Value::as_str).and_then(|i| PatientId::parse(i).ok())
            {
                ids.push(id);
            }
        })
        .await?;
        Ok(ids)
    }

    async fn ready(&self) -> Result<(), SourceError> {
        self.files().map(|_| ())
    }

    fn kind(&self) -> &'static str {
        "bundle"
    }
}
