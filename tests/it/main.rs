//! The one integration-test binary: the service on port 0 against real parts.

mod api;
mod cli;
mod deid_eval;
mod fhir_server;
mod privacy;
mod store_contract;
mod support;
