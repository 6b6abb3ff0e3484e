//! One HTTP client per FHIR server: connect and request timeouts, a concurrency bound
//! shared by every caller, and the only retry layer on this path (429, 500, 502, 503, 504
//! and transport errors, with backoff, honouring `Retry-After`). Reads are idempotent and
//! so are our writes (conditional create), so both may be retried.
//!
//! Errors and logs name the route (`Observation?category`), never the URL: search URLs
//! carry patient ids.

use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderMap, LOCATION, RETRY_AFTER};
use reqwest::{Method, StatusCode};
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;
use tokio::sync::Semaphore;

use super::{FhirBase, SourceError};

const FHIR_JSON: &str = "application/fhir+json";

#[derive(Debug, Clone)]
pub struct FhirClientSettings {
    pub base: FhirBase,
    pub token: Option<SecretString>,
    pub connect_timeout: Duration,
    pub timeout: Duration,
    pub max_concurrency: usize,
    pub max_retries: u32,
    pub max_retry_after: Duration,
}

#[derive(Clone)]
pub struct FhirClient {
    http: reqwest::Client,
    base: FhirBase,
    token: Option<SecretString>,
    permits: Arc<Semaphore>,
    max_retries: u32,
    max_retry_after: Duration,
}

/// What the server said to a conditional create.
#[derive(Debug, Clone)]
pub struct CreateOutcome {
    /// 201 for a new resource, 200 when one with the identifier already existed.
    pub status: u16,
    pub location: Option<String>,
    pub body: Option<Value>,
}

impl FhirClient {
    pub fn new(settings: FhirClientSettings) -> Result<Self, SourceError> {
        let http = reqwest::Client::builder()
            .connect_timeout(settings.connect_timeout)
            .timeout(settings.timeout)
            .user_agent(concat!("carebrief/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| SourceError::Transport { route: "client".into(), reason: e.to_string() })?;
        Ok(Self {
            http,
            base: settings.base,
            token: settings.token,
            permits: Arc::new(Semaphore::new(settings.max_concurrency.max(1))),
            max_retries: settings.max_retries,
            max_retry_after: settings.max_retry_after,
        })
    }

    pub fn base(&self) -> &FhirBase {
        &self.base
    }

    /// GET a JSON resource or Bundle. `route` names the call in errors and logs.
    pub async fn get_json(&self, url: &str, route: &str) -> Result<Value, SourceError> {
        let parsed =
            reqwest::Url::parse(url).map_err(|e| SourceError::Body { route: route.into(), reason: e.to_string() })?;
        if !self.base.owns(&parsed) {
            return Err(SourceError::ForeignLink { route: route.into() });
        }
        let response = self.send(Method::GET, parsed, None, None, route).await?;
        let status = response.status();
        if !status.is_success() {
            return Err(SourceError::Status { status: status.as_u16(), route: route.into() });
        }
        read_json(response, route).await
    }

    /// POST `resource` to `{base}/{type}` with `If-None-Exist: {condition}`: a retry, or a
    /// second approval, finds the first document instead of making another.
    pub async fn conditional_create(
        &self,
        resource_type: &str,
        resource: &Value,
        condition: &str,
    ) -> Result<CreateOutcome, SourceError> {
        let route = format!("POST {resource_type}");
        let url = reqwest::Url::parse(&self.base.join(resource_type))
            .map_err(|e| SourceError::Body { route: route.clone(), reason: e.to_string() })?;
        let body = serde_json::to_vec(resource)
            .map_err(|e| SourceError::Body { route: route.clone(), reason: e.to_string() })?;
        let response = self.send(Method::POST, url, Some(body), Some(condition), &route).await?;
        let status = response.status();
        if !status.is_success() {
            return Err(SourceError::Status { status: status.as_u16(), route });
        }
        let location = response.headers().get(LOCATION).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let bytes =
            response.bytes().await.map_err(|e| SourceError::Body { route: route.clone(), reason: e.to_string() })?;
        let body = if bytes.is_empty() { None } else { serde_json::from_slice(&bytes).ok() };
        Ok(CreateOutcome { status: status.as_u16(), location, body })
    }

    async fn send(
        &self,
        method: Method,
        url: reqwest::Url,
        body: Option<Vec<u8>>,
        if_none_exist: Option<&str>,
        route: &str,
    ) -> Result<reqwest::Response, SourceError> {
        let mut attempt = 0u32;
        loop {
            let outcome = {
                let _permit = self.permits.acquire().await.expect("the semaphore is never closed");
                let mut request = self.http.request(method.clone(), url.clone()).header(ACCEPT, FHIR_JSON);
                if let Some(token) = &self.token {
                    request = request.bearer_auth(token.expose_secret());
                }
                if let Some(body) = &body {
                    request = request.header(CONTENT_TYPE, FHIR_JSON).body(body.clone());
                }
                if let Some(condition) = if_none_exist {
                    request = request.header("If-None-Exist", condition);
                }
                request.send().await
            };
            let wait = match &outcome {
                Ok(response) if is_retryable(response.status()) => {
                    Some(retry_after(response.headers()).unwrap_or_else(|| backoff(attempt)))
                }
                Ok(_) => None,
                Err(e) if e.is_timeout() || e.is_connect() || e.is_request() => Some(backoff(attempt)),
                Err(_) => None,
            };
            match (outcome, wait) {
                (outcome, Some(wait)) if attempt < self.max_retries => {
                    let status = outcome.as_ref().map(|r| r.status().as_u16()).unwrap_or(0);
                    tracing::warn!(route, status, attempt, wait_ms = wait.as_millis() as u64, "retrying FHIR request");
                    tokio::time::sleep(wait.min(self.max_retry_after)).await;
                    attempt += 1;
                }
                (Ok(response), _) => return Ok(response),
                (Err(e), _) => {
                    return Err(SourceError::Transport { route: route.into(), reason: transport_reason(&e) });
                }
            }
        }
    }
}

fn is_retryable(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 500 | 502 | 503 | 504)
}

/// `Retry-After` as seconds or as an HTTP date.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let raw = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = raw.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = chrono::DateTime::parse_from_rfc2822(raw).ok()?;
    let wait = at.signed_duration_since(chrono::Utc::now());
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

fn backoff(attempt: u32) -> Duration {
    let base = 200u64.saturating_mul(1 << attempt.min(6));
    let jitter = rand::random::<u64>() % (base / 2 + 1);
    Duration::from_millis(base + jitter)
}

/// reqwest's messages include the URL; keep only the kind of failure.
fn transport_reason(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timed out".into()
    } else if e.is_connect() {
        "connection failed".into()
    } else if e.is_body() || e.is_decode() {
        "broken response body".into()
    } else {
        "request failed".into()
    }
}

async fn read_json(response: reqwest::Response, route: &str) -> Result<Value, SourceError> {
    let bytes =
        response.bytes().await.map_err(|e| SourceError::Body { route: route.into(), reason: transport_reason(&e) })?;
    serde_json::from_slice(&bytes)
        .map_err(|e| SourceError::Body { route: route.into(), reason: format!("not JSON ({})", e.classify_name()) })
}

trait ClassifyName {
    fn classify_name(&self) -> &'static str;
}

impl ClassifyName for serde_json::Error {
    fn classify_name(&self) -> &'static str {
        match self.classify() {
            serde_json::error::Category::Io => "io",
            serde_json::error::Category::Syntax => "syntax error",
            serde_json::error::Category::Data => "unexpected shape",
            serde_json::error::Category::Eof => "truncated",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, HeaderValue::from_static("3"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(3)));
        h.insert(RETRY_AFTER, HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT"));
        assert_eq!(retry_after(&h), Some(Duration::ZERO));
        h.insert(RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&h), None);
    }

    #[test]
    fn backoff_grows_and_is_bounded() {
        assert!(backoff(0) >= Duration::from_millis(200) && backoff(0) <= Duration::from_millis(300));
        assert!(backoff(3) >= Duration::from_millis(1600));
        assert!(backoff(30) <= Duration::from_millis(12800 + 6400));
    }
}
