//! A live FHIR R4 server: `Patient` read, then the US Core searches per resource type,
//! every page followed through `Bundle.link` `next`. A search that fails after its retries
//! costs that resource type (listed in the record's issues), not the patient.

use async_trait::async_trait;
use futures::future::join_all;
use serde_json::Value;

use super::client::FhirClient;
use super::record::RecordBuilder;
use super::{PatientData, PatientId, PatientRecord, PatientSource, SourceError};

/// A search never pages further than this; a server that keeps sending `next` is broken.
const MAX_PAGES: usize = 1000;

/// US Core asks clients to search Observations by category.
/// US Core asks clients to search Observations by category. These are the categories of
/// everything the record and the measures read (results, vital signs, tobacco and
/// depression screenings, mammograms); an Observation filed under none of them is not read.
const OBSERVATION_CATEGORIES: &[&str] = &["laboratory", "vital-signs", "social-history", "survey", "exam", "imaging"];

pub struct ServerSource {
    client: FhirClient,
    page_size: u32,
}

/// One search: the route for logs and errors, and the query (the patient id is added).
struct Search {
    resource_type: &'static str,
    route: String,
    params: Vec<(&'static str, String)>,
}

impl ServerSource {
    pub fn new(client: FhirClient, page_size: u32) -> Self {
        Self { client, page_size }
    }

    fn searches(&self, id: &PatientId) -> Vec<Search> {
        let patient = || ("patient", id.as_str().to_owned());
        let plain = |resource_type: &'static str| Search {
            resource_type,
            route: format!("{resource_type}?patient"),
            params: vec![patient()],
        };
        let mut all = vec![
            plain("Condition"),
            Search {
                resource_type: "MedicationRequest",
                route: "MedicationRequest?patient&_include".into(),
                params: vec![patient(), ("_include", "MedicationRequest:medication".into())],
            },
            plain("AllergyIntolerance"),
            plain("Immunization"),
            plain("Procedure"),
            plain("Encounter"),
            plain("DiagnosticReport"),
            Search {
                resource_type: "DocumentReference",
                route: "DocumentReference?patient&_include".into(),
                params: vec![patient(), ("_include", "DocumentReference:author".into())],
            },
            plain("RelatedPerson"),
            // What the measures read beyond the record: referrals and orders (CMS2
            // follow-ups, hospice, frailty devices).
            plain("ServiceRequest"),
            plain("DeviceRequest"),
        ];
        for category in OBSERVATION_CATEGORIES {
            all.push(Search {
                resource_type: "Observation",
                route: format!("Observation?patient&category={category}"),
                params: vec![patient(), ("category", (*category).to_owned())],
            });
        }
        all
    }

    /// Every resource of every page of one search.
    async fn search_all(&self, search: &Search) -> Result<Vec<Value>, SourceError> {
        let mut url = reqwest::Url::parse(&self.client.base().join(search.resource_type))
            .map_err(|e| SourceError::Body { route: search.route.clone(), reason: e.to_string() })?;
        url.query_pairs_mut()
            .extend_pairs(search.params.iter().map(|(k, v)| (*k, v.as_str())))
            .append_pair("_count", &self.page_size.to_string());
        let mut next = Some(url.to_string());
        let mut resources = Vec::new();
        let mut pages = 0;
        while let Some(page_url) = next.take() {
            pages += 1;
            if pages > MAX_PAGES {
                return Err(SourceError::TooManyPages { route: search.route.clone(), pages: MAX_PAGES });
            }
            let page = self.client.get_json(&page_url, &search.route).await?;
            if page.get("resourceType").and_then(Value::as_str) != Some("Bundle") {
                return Err(SourceError::Body { route: search.route.clone(), reason: "not a Bundle".into() });
            }
            for entry in page.get("entry").and_then(Value::as_array).into_iter().flatten() {
                let outcome = entry.pointer("/search/mode").and_then(Value::as_str) == Some("outcome");
                match entry.get("resource") {
                    Some(r @ Value::Object(_)) if !outcome => resources.push(r.clone()),
                    Some(_) if outcome => {}
                    _ => resources.push(Value::Null),
                }
            }
            next = next_link(&page);
        }
        Ok(resources)
    }
}

impl ServerSource {
    /// Notes whose text is a `Binary` on the server (as many EHRs serve them) are read
    /// here; a note that cannot be read is reported, not fatal.
    async fn fetch_note_texts(&self, record: &mut PatientRecord) {
        let wanted: Vec<(usize, String)> = record
            .notes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.text.is_none() && n.content_type.as_deref().is_none_or(|t| t.starts_with("text/")))
            .filter_map(|(i, n)| Some((i, n.url.clone()?)))
            .collect();
        let fetches = wanted.iter().map(|(_, url)| async move {
            let absolute = if url.starts_with("http://") || url.starts_with("https://") {
                url.clone()
            } else {
                self.client.base().join(url)
            };
            let binary = self.client.get_json(&absolute, "Binary read").await?;
            let data = binary.get("data").and_then(Value::as_str).ok_or_else(|| SourceError::Body {
                route: "Binary read".into(),
                reason: "Binary without data".into(),
            })?;
            super::record::decode_text(data).map_err(|reason| SourceError::Body { route: "Binary read".into(), reason })
        });
        let results = join_all(fetches).await;
        for ((index, _), result) in wanted.into_iter().zip(results) {
            match result {
                Ok(text) => record.notes[index].text = Some(text),
                Err(e) => record.issues.push(super::record::SourceIssue {
                    resource_type: "DocumentReference".into(),
                    id: Some(record.notes[index].id.to_string()),
                    reason: format!("note text could not be read: {e}"),
                }),
            }
        }
    }
}

fn next_link(bundle: &Value) -> Option<String> {
    bundle
        .get("link")?
        .as_array()?
        .iter()
        .find(|l| l.get("relation").and_then(Value::as_str) == Some("next"))?
        .get("url")?
        .as_str()
        .map(str::to_owned)
}

#[async_trait]
impl PatientSource for ServerSource {
    async fn patient_data(&self, id: &PatientId) -> Result<PatientData, SourceError> {
        let patient_url = self.client.base().join(&format!("Patient/{id}"));
        let patient = match self.client.get_json(&patient_url, "Patient read").await {
            Ok(p) => p,
            Err(SourceError::Status { status: 404 | 410, .. }) => return Err(SourceError::PatientNotFound),
            Err(e) => return Err(e),
        };
        let mut builder = RecordBuilder::new(id.clone());
        builder.add(patient);
        if !builder.has_patient() {
            return Err(SourceError::BadPatient("the server returned a different resource".into()));
        }
        let searches = self.searches(id);
        let results = join_all(searches.iter().map(|s| self.search_all(s))).await;
        for (search, result) in searches.iter().zip(results) {
            match result {
                Ok(resources) => {
                    for resource in resources {
                        if resource.is_object() {
                            builder.add(resource);
                        } else {
                            builder.unreadable(search.resource_type, "search entry without a resource object");
                        }
                    }
                }
                Err(e) => {
                    tracing::warn!(route = %search.route, error = %e, "search failed; the record will lack this part");
                    builder.unreadable(search.resource_type, format!("search failed: {e}"));
                }
            }
        }
        let mut data = builder.build_data()?;
        self.fetch_note_texts(&mut data.record).await;
        Ok(data)
    }

    async fn list_patients(&self) -> Result<Vec<PatientId>, SourceError> {
        Ok(Vec::new())
    }

    async fn ready(&self) -> Result<(), SourceError> {
        let url = self.client.base().join("metadata");
        let metadata = self.client.get_json(&url, "metadata").await?;
        match metadata.get("resourceType").and_then(Value::as_str) {
            Some("CapabilityStatement") => Ok(()),
            _ => Err(SourceError::Body { route: "metadata".into(), reason: "not a CapabilityStatement".into() }),
        }
    }

    fn kind(&self) -> &'static str {
        "server"
    }
}
