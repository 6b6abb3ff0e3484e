//! Wiring: settings in, a running service out. `main` and the tests both go through
//! [`Application::build`]; tests listen on port 0 and stop it with a shutdown future.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use tokio::net::TcpListener;

use crate::config::{Settings, SourceKind};
use crate::deid::DateShifter;
use crate::fhir::write::{DocumentSink, FhirServerSink, FolderSink};
use crate::fhir::{BundleSource, FhirBase, FhirClient, FhirClientSettings, NdjsonSource, PatientSource, ServerSource};
use crate::http::{AppState, router};
use crate::pipeline::Pipeline;
use crate::store;

pub struct Application {
    listener: TcpListener,
    router: axum::Router,
    pipeline: Arc<Pipeline>,
}

impl Application {
    /// Connects the store (applying migrations), the FHIR source and the output, and binds
    /// the listener.
    pub async fn build(settings: &Settings) -> anyhow::Result<Self> {
        let pipeline = Arc::new(build_pipeline(settings).await?);
        let addr = settings.listen_addr()?;
        let listener =
            TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr} (server.listen)"))?;
        let router =
            router(AppState { pipeline: pipeline.clone() }, settings.request_timeout(), settings.server.max_in_flight);
        Ok(Self { listener, router, pipeline })
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or(0)
    }

    pub fn pipeline(&self) -> Arc<Pipeline> {
        self.pipeline.clone()
    }

    /// Serves until `shutdown` completes, then finishes the requests in flight.
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        axum::serve(self.listener, self.router).with_graceful_shutdown(shutdown).await
    }
}

/// SIGTERM or Ctrl-C.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down");
}

pub async fn build_pipeline(settings: &Settings) -> anyhow::Result<Pipeline> {
    let store = store::connect(&settings.database.url, settings.database.max_connections)
        .await
        .context("cannot open the database (database.url)")?;
    store.migrate().await.context("cannot apply database migrations")?;
    let (source, sink): (Arc<dyn PatientSource>, Arc<dyn DocumentSink>) = match settings.fhir.source {
        SourceKind::Server => {
            let base =
                settings.fhir.base_url.as_deref().context("fhir.base_url is required when fhir.source = \"server\"")?;
            let client = FhirClient::new(FhirClientSettings {
                base: FhirBase::parse(base).context("fhir.base_url")?,
                token: settings.fhir.token.clone(),
                connect_timeout: Duration::from_secs(settings.fhir.connect_timeout_secs),
                timeout: Duration::from_secs(settings.fhir.timeout_secs),
                max_concurrency: settings.fhir.max_concurrency,
                max_retries: settings.fhir.max_retries,
                max_retry_after: Duration::from_secs(settings.fhir.max_retry_after_secs),
            })?;
            (
                Arc::new(ServerSource::new(client.clone(), settings.fhir.page_size)),
                Arc::new(FhirServerSink::new(client)),
            )
        }
        SourceKind::Fixtures | SourceKind::Bundle => {
            (Arc::new(BundleSource::new(&settings.fhir.path)), Arc::new(FolderSink::new(&settings.fhir.output_dir)))
        }
        SourceKind::Ndjson => {
            (Arc::new(NdjsonSource::new(&settings.fhir.path)), Arc::new(FolderSink::new(&settings.fhir.output_dir)))
        }
    };
    match crate::deid::words::use_list(settings.deid.word_list.as_deref())? {
        crate::deid::words::WordList::Loaded { words, path } => {
            tracing::info!(words, path = %path.display(), "word list read");
        }
        crate::deid::words::WordList::DefaultMissing => tracing::warn!("{}", crate::deid::words::MISSING),
        crate::deid::words::WordList::Off => tracing::info!("no word list (deid.word_list is empty)"),
    }
    let shifter = DateShifter::from_settings(&settings.deid);
    let policy = crate::deid::Policy::load(&settings.deid.profile).context("setting `deid.profile`")?;
    let vault_key = crate::deid::VaultKey::from_settings(&settings.deid);
    let vault_ttl = chrono::Duration::hours(i64::from(settings.deid.vault_ttl_hours));
    let pipeline =
        Pipeline::new(source, store, sink, shifter).with_policy(Arc::new(policy)).with_vault(vault_key, vault_ttl);
    Ok(match load_measures(settings)? {
        Some(engine) => pipeline.with_measures(Arc::new(engine)),
        None => pipeline,
    })
}

/// The measure engine the settings ask for, or `None` when `measures.measures` is empty.
/// A measure that cannot be computed (its value sets missing) stops the start: a care-gap
/// list silently missing a measure would read as "no gap".
fn load_measures(settings: &Settings) -> anyhow::Result<Option<crate::measures::Engine>> {
    let m = &settings.measures;
    let ids = m.measure_ids()?;
    if ids.is_empty() {
        return Ok(None);
    }
    let period = m.period(chrono::Utc::now().date_naive())?;
    let (engine, unavailable) = crate::measures::Engine::load(&m.valuesets, period, &ids)
        .with_context(|| format!("cannot read the value sets in {} (measures.valuesets)", m.valuesets.display()))?;
    if let Some(u) = unavailable.first() {
        anyhow::bail!(
            "{u} (measures.valuesets = {}; add the expansions or remove the measure from measures.measures)",
            m.valuesets.display()
        );
    }
    tracing::info!(period = %engine.period(), measures = engine.measures().len(), "care-gap measures loaded");
    Ok(Some(engine))
}
