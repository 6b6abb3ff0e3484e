//! Patients from a Bulk Data export: a directory of NDJSON files, one resource per line
//! (`Patient.ndjson`, `Condition.ndjson`, ... or any `*.ndjson`). Files are streamed line
//! by line; a line that is not JSON is reported with its file's resource type.

use std::path::{Path, PathBuf};

use async_trait::async_trait;
use serde_json::Value;
use tokio::io::AsyncBufReadExt;

use super::record::RecordBuilder;
use super::{PatientData, PatientId, PatientSource, SourceError};

pub struct NdjsonSource {
    dir: PathBuf,
}

impl NdjsonSource {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    fn files(&self) -> Result<Vec<PathBuf>, SourceError> {
        super::files_with_extension(&self.dir, "ndjson")
    }

    async fn each_line(file: &Path, mut each: impl FnMut(Result<Value, String>)) -> Result<(), SourceError> {
        let handle = tokio::fs::File::open(file).await.map_err(|e| super::file_error(file, e))?;
        let mut lines = tokio::io::BufReader::new(handle).lines();
        let mut n = 0usize;
        loop {
            let line = match lines.next_line().await {
                Ok(Some(line)) => line,
                Ok(None) => break,
                Err(e) => {
                    each(Err(format!("line {} unreadable: {}", n + 1, e.kind())));
                    break;
                }
            };
            n += 1;
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<Value>(&line) {
                Ok(v @ Value::Object(_)) => each(Ok(v)),
                Ok(_) => each(Err(format!("line {n} is not a JSON object"))),
                Err(_) => each(Err(format!("line {n} is not JSON"))),
            }
        }
        Ok(())
    }
}

fn type_of(file: &Path) -> String {
    file.file_stem().and_then(|s| s.to_str()).unwrap_or("(unknown)").split('.').next().unwrap_or("(unknown)").to_owned()
}

#[async_trait]
impl PatientSource for NdjsonSource {
    async fn patient_data(&self, id: &PatientId) -> Result<PatientData, SourceError> {
        let mut builder = RecordBuilder::new(id.clone());
        for file in self.files()? {
            let ty = type_of(&file);
            let mut bad = Vec::new();
            Self::each_line(&file, |r| match r {
                Ok(v) => builder.add(v),
                Err(reason) => bad.push(reason),
            })
            .await?;
            // A broken line cannot be tied to a patient; every patient read from this
            // export hears of it, so nobody mistakes the record for complete.
            for reason in bad {
                builder.unreadable(&ty, reason);
            }
        }
        builder.build_data()
    }

    async fn list_patients(&self) -> Result<Vec<PatientId>, SourceError> {
        let mut ids = Vec::new();
        for file in self.files()? {
            if type_of(&file) != "Patient" {
                continue;
            }
            Self::each_line(&file, |r| {
                if let Ok(v) = r
                    && let Some(id) = v.get("id").and_then(Value::as_str).and_then(|i| PatientId::parse(i).ok())
                {
                    ids.push(id);
                }
            })
            .await?;
        }
        Ok(ids)
    }

    async fn ready(&self) -> Result<(), SourceError> {
        self.files().map(|_| ())
    }

    fn kind(&self) -> &'static str {
        "ndjson"
    }
}
