//! Logging. JSON lines (or a readable format) on stderr, filtered by `log.level`.
//! Libraries that log URLs or statements are held at `warn`: a search URL carries a
//! patient id, and nothing with PHI may reach a log line.

use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;

use crate::config::{LogFormat, LogSettings};

/// Directives appended to every filter, whatever the configured level.
const QUIET: &[&str] =
    &["fhir_sdk=warn", "reqwest=warn", "hyper=warn", "hyper_util=warn", "sqlx=warn", "h2=warn", "rustls=warn"];

pub fn filter(level: &str) -> EnvFilter {
    let mut f = EnvFilter::try_new(level).unwrap_or_else(|_| EnvFilter::new("info"));
    for d in QUIET {
        f = f.add_directive(d.parse().expect("valid directive"));
    }
    f
}

/// Installs the global subscriber once; later calls (tests) do nothing.
pub fn init(settings: &LogSettings) {
    init_with_writer(settings, std::io::stderr);
}

pub fn init_with_writer<W>(settings: &LogSettings, writer: W)
where
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    let builder = tracing_subscriber::fmt().with_env_filter(filter(&settings.level)).with_writer(writer);
    let _ = match settings.format {
        LogFormat::Json => builder.json().flatten_event(true).with_current_span(true).with_span_list(false).try_init(),
        LogFormat::Pretty => builder.compact().try_init(),
    };
}
