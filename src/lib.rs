//! carebrief: a SMART-on-FHIR service that reads a patient's chart, de-identifies it,
//! drafts a problem list and a referral letter (with a locally hosted model, or the
//! offline engine), lets people review every item, and writes what they approve back to
//! the EHR as DocumentReferences. See DESIGN.md for the path of one patient.

pub mod app;
pub mod audit;
pub mod cli;
pub mod config;
pub mod deid;
mod digest;
pub mod fhir;
pub mod http;
pub mod llm;
pub mod measures;
pub mod pipeline;
pub mod review;
pub mod store;
pub mod tasks;
pub mod telemetry;

pub use app::Application;
pub use config::Settings;
