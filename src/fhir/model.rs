//! The only module that instantiates fhir-sdk's generated FHIR models (R4B, which
//! matches R4 for every element used here). They are expensive to compile, so they stay
//! behind plain functions that take our own types and return JSON.
//!
//! What we write is strict: the document is built with typed models and then checked
//! against what US Core DocumentReference requires before it is sent anywhere.

use base64::Engine as _;
use chrono::{DateTime, Utc};
use fhir_sdk::r4b::codes::DocumentReferenceStatus;
use fhir_sdk::r4b::resources::{DocumentReference, DocumentReferenceContent};
use fhir_sdk::r4b::types::{Attachment, CodeableConcept, Coding, Identifier, Meta, Reference};
use serde_json::Value;

pub const LOINC: &str = "http://loinc.org";
pub const US_CORE_DOCREF_CATEGORY: &str = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";
pub const US_CORE_DOCREF_PROFILE: &str = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-documentreference";
/// HL7 v3 ObservationValue: AI-produced content labels (AI Transparency IG).
pub const OBSERVATION_VALUE: &str = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("cannot build {0}: {1}")]
    Build(&'static str, String),
    #[error("the document does not meet US Core DocumentReference: {0}")]
    Profile(String),
}

/// What a written document says, in our own terms.
#[derive(Debug, Clone)]
pub struct DocumentSpec {
    pub identifier_system: String,
    pub identifier_value: String,
    pub type_code: String,
    pub type_display: String,
    /// `Patient/<id>` in the EHR.
    pub subject: String,
    pub date: DateTime<Utc>,
    pub author_display: String,
    pub description: String,
    pub text: String,
    /// A model produced the content: label it AIRPT, or CLINAST_AIRPT once a clinician
    /// has asserted it.
    pub ai_label: Option<&'static str>,
}

fn build_err(what: &'static str) -> impl Fn(fhir_sdk::BuilderError) -> ModelError {
    move |e| ModelError::Build(what, e.to_string())
}

fn coding(system: &str, code: &str, display: &str) -> Result<Coding, ModelError> {
    Coding::builder()
        .system(system.to_owned())
        .code(code.to_owned())
        .display(display.to_owned())
        .build()
        .map_err(build_err("Coding"))
}

/// A US Core DocumentReference with the text inline as base64 `text/plain; charset=utf-8`.
pub fn document_reference(spec: &DocumentSpec) -> Result<Value, ModelError> {
    let doc_type = CodeableConcept::builder()
        .coding(vec![Some(coding(LOINC, &spec.type_code, &spec.type_display)?)])
        .text(spec.type_display.clone())
        .build()
        .map_err(build_err("type"))?;
    let category = CodeableConcept::builder()
        .coding(vec![Some(coding(US_CORE_DOCREF_CATEGORY, "clinical-note", "Clinical Note")?)])
        .build()
        .map_err(build_err("category"))?;
    let identifier = Identifier::builder()
        .system(spec.identifier_system.clone())
        .value(spec.identifier_value.clone())
        .build()
        .map_err(build_err("identifier"))?;
    let subject = Reference::builder().reference(spec.subject.clone()).build().map_err(build_err("subject"))?;
    let author = Reference::builder().display(spec.author_display.clone()).build().map_err(build_err("author"))?;
    let attachment = Attachment::builder()
        .content_type("text/plain; charset=utf-8".to_owned())
        .data(fhir_sdk::Base64Binary(spec.text.as_bytes().to_vec()))
        .title(spec.type_display.clone())
        .build()
        .map_err(build_err("attachment"))?;
    let content = DocumentReferenceContent::builder().attachment(attachment).build().map_err(build_err("content"))?;
    let mut meta = Meta::builder().profile(vec![Some(US_CORE_DOCREF_PROFILE.to_owned())]);
    if let Some(label) = spec.ai_label {
        let display = if label == "CLINAST_AIRPT" { "clinician asserted AI report" } else { "AI report" };
        meta = meta.security(vec![Some(coding(OBSERVATION_VALUE, label, display)?)]);
    }
    let date = fhir_sdk::time::OffsetDateTime::from_unix_timestamp(spec.date.timestamp())
        .map_err(|e| ModelError::Build("date", e.to_string()))?;
    let doc = DocumentReference::builder()
        .meta(meta.build().map_err(build_err("meta"))?)
        .identifier(vec![Some(identifier)])
        .status(DocumentReferenceStatus::Current)
        .r#type(doc_type)
        .category(vec![Some(category)])
        .subject(subject)
        .date(fhir_sdk::Instant(date))
        .author(vec![Some(author)])
        .description(spec.description.clone())
        .content(vec![Some(content)])
        .build()
        .map_err(build_err("DocumentReference"))?;
    let json = serde_json::to_value(&doc).map_err(|e| ModelError::Build("DocumentReference", e.to_string()))?;
    check_us_core_document_reference(&json)?;
    Ok(json)
}

/// The elements US Core DocumentReference makes mandatory, and the must-support ones we
/// always send: a document missing one is never written.
pub fn check_us_core_document_reference(doc: &Value) -> Result<(), ModelError> {
    let fail = |what: &str| Err(ModelError::Profile(what.to_owned()));
    if doc.get("resourceType").and_then(Value::as_str) != Some("DocumentReference") {
        return fail("resourceType must be DocumentReference");
    }
    if !matches!(doc.get("status").and_then(Value::as_str), Some("current" | "superseded" | "entered-in-error")) {
        return fail("status is missing or not a DocumentReference status");
    }
    let has_coding = |path: &str, system: &str| {
        doc.pointer(path).and_then(Value::as_array).is_some_and(|codings| {
            codings.iter().any(|c| {
                c.get("system").and_then(Value::as_str) == Some(system)
                    && c.get("code").and_then(Value::as_str).is_some()
            })
        })
    };
    if !has_coding("/type/coding", LOINC) {
        return fail("type must carry a LOINC coding");
    }
    let category_ok = doc.get("category").and_then(Value::as_array).is_some_and(|cats| {
        cats.iter().any(|c| {
            c.get("coding").and_then(Value::as_array).is_some_and(|cs| {
                cs.iter().any(|x| {
                    x.get("system").and_then(Value::as_str) == Some(US_CORE_DOCREF_CATEGORY)
                        && x.get("code").and_then(Value::as_str) == Some("clinical-note")
                })
            })
        })
    });
    if !category_ok {
        return fail("category must include clinical-note");
    }
    if !doc.pointer("/subject/reference").and_then(Value::as_str).is_some_and(|r| r.starts_with("Patient/")) {
        return fail("subject must reference a Patient");
    }
    let contents = doc.get("content").and_then(Value::as_array).filter(|c| !c.is_empty());
    let Some(contents) = contents else { return fail("content is missing") };
    for c in contents {
        if c.pointer("/attachment/contentType").and_then(Value::as_str).is_none() {
            return fail("content.attachment.contentType is missing");
        }
        let data = c.pointer("/attachment/data").and_then(Value::as_str);
        let url = c.pointer("/attachment/url").and_then(Value::as_str);
        match (data, url) {
            (Some(d), _) if base64::engine::general_purpose::STANDARD.decode(d).is_ok() => {}
            (None, Some(_)) => {}
            _ => return fail("content.attachment needs base64 data or a url"),
        }
    }
    if doc.get("date").and_then(Value::as_str).is_none() {
        return fail("date is missing");
    }
    if doc.get("author").and_then(Value::as_array).is_none_or(Vec::is_empty) {
        return fail("author is missing");
    }
    if doc.get("identifier").and_then(Value::as_array).is_none_or(Vec::is_empty) {
        return fail("identifier is missing (writes must be idempotent)");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> DocumentSpec {
        DocumentSpec {
            identifier_system: "urn:ietf:rfc:3986".into(),
            identifier_value: "urn:uuid:6c0b3f2e-0000-4000-8000-000000000001".into(),
            type_code: "57133-1".into(),
            type_display: "Referral note".into(),
            subject: "Patient/p1".into(),
            date: DateTime::parse_from_rfc3339("2026-01-02T03:04:05Z").unwrap().with_timezone(&Utc),
            author_display: "Dr. Reviewer".into(),
            description: "Referral letter".into(),
            text: "Referral letter\nLine with ünïcode".into(),
            ai_label: None,
        }
    }

    #[test]
    fn builds_a_us_core_document_reference() {
        let doc = document_reference(&spec()).unwrap();
        insta::assert_json_snapshot!(doc);
        let data = doc.pointer("/content/0/attachment/data").and_then(Value::as_str).unwrap();
        let text = String::from_utf8(base64::engine::general_purpose::STANDARD.decode(data).unwrap()).unwrap();
        assert_eq!(text, "Referral letter\nLine with ünïcode");
    }

    #[test]
    fn ai_content_is_labelled() {
        let mut s = spec();
        s.ai_label = Some("AIRPT");
        let doc = document_reference(&s).unwrap();
        assert_eq!(doc.pointer("/meta/security/0/code").and_then(Value::as_str), Some("AIRPT"));
    }

    #[test]
    fn the_profile_check_refuses_incomplete_documents() {
        let good = document_reference(&spec()).unwrap();
        for (pointer, what) in [
            ("/subject", "subject"),
            ("/type", "type"),
            ("/category", "category"),
            ("/content", "content"),
            ("/identifier", "identifier"),
        ] {
            let mut bad = good.clone();
            let key = pointer.trim_start_matches('/');
            bad.as_object_mut().unwrap().remove(key);
            let err = check_us_core_document_reference(&bad).unwrap_err().to_string();
            assert!(err.contains(what), "{err}");
        }
    }
}
