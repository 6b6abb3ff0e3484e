//! A test double: an HTTP proxy in front of the real FHIR test server that injects the
//! faults a real server cannot be made to produce on demand (a 429 with Retry-After, a
//! 500, a malformed resource inside a search page). Everything else is forwarded to the
//! real server unchanged, apart from rewriting the server's base URL to the proxy's so
//! paging links lead back through it.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

#[derive(Debug, Clone)]
pub enum Fault {
    /// Answer with this status (and `Retry-After` seconds, if given) instead of forwarding.
    Status { status: u16, retry_after: Option<u64> },
    /// Forward, then replace the first entry's resource of the returned Bundle with a
    /// resource whose elements have the wrong JSON types.
    CorruptFirstEntry,
}

/// A fault for the next request whose path and query contain `matching`.
#[derive(Debug, Clone)]
pub struct Planned {
    pub matching: String,
    pub fault: Fault,
}

#[derive(Clone)]
struct ProxyState {
    upstream: String,
    own_base: String,
    plan: Arc<Mutex<VecDeque<Planned>>>,
    log: Arc<Mutex<Vec<(String, u16)>>>,
    http: reqwest::Client,
}

pub struct FaultProxyDouble {
    pub base: String,
    plan: Arc<Mutex<VecDeque<Planned>>>,
    log: Arc<Mutex<Vec<(String, u16)>>>,
    _task: tokio::task::JoinHandle<()>,
}

impl FaultProxyDouble {
    /// `upstream` is the real server's FHIR base, e.g. `http://127.0.0.1:4000/fhir/R4`.
    pub async fn start(upstream: &str) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let path = reqwest::Url::parse(upstream).expect("url").path().trim_end_matches('/').to_owned();
        let own_base = format!("http://127.0.0.1:{port}{path}");
        let plan = Arc::new(Mutex::new(VecDeque::new()));
        let log = Arc::new(Mutex::new(Vec::new()));
        let state = ProxyState {
            upstream: upstream.trim_end_matches('/').to_owned(),
            own_base: own_base.clone(),
            plan: plan.clone(),
            log: log.clone(),
            http: reqwest::Client::new(),
        };
        let app = axum::Router::new().fallback(forward).with_state(state);
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("proxy serves");
        });
        Self { base: own_base, plan, log, _task: task }
    }

    pub fn plan(&self, matching: &str, fault: Fault) {
        self.plan.lock().expect("lock").push_back(Planned { matching: matching.into(), fault });
    }

    /// Faults planned but not yet triggered.
    pub fn pending(&self) -> usize {
        self.plan.lock().expect("lock").len()
    }

    /// (path and query, status) of every request seen.
    pub fn requests(&self) -> Vec<(String, u16)> {
        self.log.lock().expect("lock").clone()
    }
}

async fn forward(State(state): State<ProxyState>, request: Request) -> Response {
    let method = request.method().clone();
    let path_query = request.uri().path_and_query().map(|p| p.as_str().to_owned()).unwrap_or_default();
    let headers = request.headers().clone();
    let body = axum::body::to_bytes(request.into_body(), 64 << 20).await.unwrap_or_default();

    let fault = {
        let mut plan = state.plan.lock().expect("lock");
        let index = plan.iter().position(|p| path_query.contains(&p.matching));
        index.and_then(|i| plan.remove(i)).map(|p| p.fault)
    };
    if let Some(Fault::Status { status, retry_after }) = &fault {
        state.log.lock().expect("lock").push((path_query, *status));
        let mut h = HeaderMap::new();
        if let Some(secs) = retry_after {
            h.insert("retry-after", HeaderValue::from_str(&secs.to_string()).expect("header"));
        }
        let outcome = serde_json::json!({"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "transient"}]});
        return (StatusCode::from_u16(*status).expect("status"), h, outcome.to_string()).into_response();
    }

    let upstream_path =
        path_query.strip_prefix(reqwest::Url::parse(&state.own_base).expect("url").path()).unwrap_or(&path_query);
    let url = format!("{}{}", state.upstream, upstream_path);
    let mut req = state.http.request(method, &url).body(body.to_vec());
    for (name, value) in headers.iter() {
        if name != "host" && name != "content-length" {
            req = req.header(name, value);
        }
    }
    let response = match req.send().await {
        Ok(r) => r,
        Err(e) => return (StatusCode::BAD_GATEWAY, e.to_string()).into_response(),
    };
    let status = response.status();
    let mut out_headers = HeaderMap::new();
    for (name, value) in response.headers() {
        if name == "content-type" || name == "location" {
            let v = value.to_str().unwrap_or_default().replace(&state.upstream, &state.own_base);
            out_headers.insert(name.clone(), HeaderValue::from_str(&v).expect("header"));
        }
    }
    let text = response.text().await.unwrap_or_default().replace(&state.upstream, &state.own_base);
    let text = match fault {
        Some(Fault::CorruptFirstEntry) => corrupt_first_entry(&text),
        _ => text,
    };
    state.log.lock().expect("lock").push((path_query, status.as_u16()));
    (StatusCode::from_u16(status.as_u16()).expect("status"), out_headers, Bytes::from(text)).into_response()
}

fn corrupt_first_entry(text: &str) -> String {
    let Ok(mut bundle) = serde_json::from_str::<serde_json::Value>(text) else { return text.to_owned() };
    if let Some(entry) = bundle.get_mut("entry").and_then(|e| e.as_array_mut()).and_then(|e| e.first_mut())
        && let Some(resource) = entry.get_mut("resource")
    {
        // Keep type and id (so it can be reported), break the elements we read.
        resource["code"] = serde_json::json!({"coding": "not-a-list"});
        resource["status"] = serde_json::json!(17);
    }
    bundle.to_string()
}
