//! Typed settings: built-in defaults, then an optional TOML file, then `CAREBRIEF__*`
//! environment variables (`CAREBRIEF__DATABASE__URL` sets `database.url`); the environment
//! wins. A wrong setting fails at start with a message that names the setting.
//!
//! Secrets (`fhir.token`, `deid.date_shift_key`, the database URL, which may carry a
//! password) are `SecretString`s: their `Debug` prints nothing and `carebrief config`
//! prints them redacted.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize, Serializer};

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("{}", describe_load_error(.0))]
    Load(Box<figment::Error>),
    #[error("setting `{key}`: {reason}")]
    Invalid { key: &'static str, reason: String },
    #[error("settings file {path} does not exist")]
    MissingFile { path: PathBuf },
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub fhir: FhirSettings,
    pub deid: DeidSettings,
    pub measures: MeasuresSettings,
    pub log: LogSettings,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServerSettings {
    /// Address the API listens on. The default keeps it on this machine.
    pub listen: String,
    /// Upper bound for one request, the whole pipeline included.
    pub request_timeout_secs: u64,
    /// Requests handled at once across the whole service; more are shed with 503.
    pub max_in_flight: usize,
}

impl Default for ServerSettings {
    fn default() -> Self {
        Self { listen: "127.0.0.1:8080".into(), request_timeout_secs: 120, max_in_flight: 64 }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct DatabaseSettings {
    /// `sqlite://PATH` (created on first use) or `postgres://...`.
    #[serde(serialize_with = "redact_url_password")]
    pub url: SecretString,
    pub max_connections: u32,
}

impl Default for DatabaseSettings {
    fn default() -> Self {
        Self { url: SecretString::from("sqlite://data/carebrief.sqlite"), max_connections: 8 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// The synthetic patients shipped in `fixtures/` (a directory of Bundle files).
    Fixtures,
    /// A live FHIR R4 server.
    Server,
    /// One FHIR Bundle JSON file.
    Bundle,
    /// A Bulk Data export: a directory of NDJSON files, one per resource type.
    Ndjson,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct FhirSettings {
    pub source: SourceKind,
    /// Base URL of the FHIR server (`source = "server"`), e.g. `https://ehr.example.org/fhir/R4`.
    pub base_url: Option<String>,
    /// Bearer token for the FHIR server, until SMART launch provides one per session.
    #[serde(serialize_with = "redact")]
    pub token: Option<SecretString>,
    /// File or directory for the `fixtures`, `bundle` and `ndjson` sources.
    pub path: PathBuf,
    /// Where approved documents are written when the source is not a FHIR server.
    pub output_dir: PathBuf,
    pub connect_timeout_secs: u64,
    pub timeout_secs: u64,
    /// Requests in flight to the FHIR server at once, across the whole service.
    pub max_concurrency: usize,
    /// Retries of one request after 429, 5xx or a transport error.
    pub max_retries: u32,
    /// `_count` asked of the server for each search page.
    pub page_size: u32,
    /// Longest `Retry-After` we are willing to wait, in seconds.
    pub max_retry_after_secs: u64,
}

impl Default for FhirSettings {
    fn default() -> Self {
        Self {
            source: SourceKind::Fixtures,
            base_url: None,
            token: None,
            path: PathBuf::from("fixtures/patients"),
            output_dir: PathBuf::from("data/approved"),
            connect_timeout_secs: 5,
            timeout_secs: 30,
            max_concurrency: 4,
            max_retries: 3,
            page_size: 100,
            max_retry_after_secs: 30,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct DeidSettings {
    /// Key for the per-patient date offset (HMAC). Without one, each process draws a
    /// random key: offsets then differ between runs, which is safe but not reproducible.
    #[serde(serialize_with = "redact")]
    pub date_shift_key: Option<SecretString>,
    /// Dates move by a whole number of weeks in `[-max, -1] ∪ [1, max]`.
    pub max_shift_weeks: u32,
    /// Key sealing each run's vault (placeholders to real values) at rest, AES-256-GCM-SIV.
    /// Without one, each process draws a random key: vaults then open only in it.
    #[serde(serialize_with = "redact")]
    pub vault_key: Option<SecretString>,
    /// How long a sealed vault is kept: the review window in which model output can still
    /// be mapped back. Expired vaults are deleted.
    pub vault_ttl_hours: u32,
    /// The de-identification profile: `safe-harbor` (the default), `safe-harbor-strict`,
    /// `limited-data-set` (all in `profiles/deid/`, built in), or the path of a policy file
    /// ending in `.toml`.
    pub profile: String,
    /// A list of the language's words, one to a line. A chart name written in lower case
    /// that is one of its words ("memory", "rod") is taken for the word in a sentence whose
    /// writer capitalises, unless a person's cue is next to it. Unset: Debian's
    /// `/usr/share/dict/words` (package `wamerican`) if installed; empty: no list, so every
    /// lower-case mention of a chart name is removed.
    pub word_list: Option<PathBuf>,
}

impl Default for DeidSettings {
    fn default() -> Self {
        Self {
            date_shift_key: None,
            max_shift_weeks: 52,
            vault_key: None,
            vault_ttl_hours: 72,
            profile: "safe-harbor".into(),
            word_list: None,
        }
    }
}

/// The care-gap measures each run evaluates.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct MeasuresSettings {
    /// Directory of `ValueSet-<OID>.json` expansions (VSAC downloads in production).
    pub valuesets: PathBuf,
    /// First day of the measurement period (`YYYY-MM-DD`). With `period_end`, or neither:
    /// unset, the period is the current calendar year, the one whose gaps can still be
    /// closed (`carebrief demo` measures 2025, the year the fixtures describe).
    pub period_start: Option<String>,
    /// Last day of the measurement period, included.
    pub period_end: Option<String>,
    /// The measures evaluated (CMS122, CMS125, CMS130, CMS165, CMS138, CMS2); an empty
    /// list turns care gaps off.
    pub measures: Vec<String>,
}

impl Default for MeasuresSettings {
    fn default() -> Self {
        Self {
            valuesets: PathBuf::from("profiles/valuesets"),
            period_start: None,
            period_end: None,
            measures: crate::measures::MeasureId::ALL.iter().map(|m| m.as_str().to_owned()).collect(),
        }
    }
}

impl MeasuresSettings {
    /// The measures named, checked.
    pub fn measure_ids(&self) -> Result<Vec<crate::measures::MeasureId>, SettingsError> {
        let mut ids = Vec::new();
        for name in &self.measures {
            let id = name
                .parse()
                .map_err(|e: crate::measures::UnknownMeasure| invalid("measures.measures", e.to_string()))?;
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        Ok(ids)
    }

    /// The measurement period: the one configured, else the calendar year of `today`.
    pub fn period(&self, today: chrono::NaiveDate) -> Result<crate::measures::Period, SettingsError> {
        use chrono::Datelike as _;
        match (&self.period_start, &self.period_end) {
            (Some(start), Some(end)) => {
                crate::measures::Period::parse(start, end).map_err(|e| invalid("measures.period_start", e.to_string()))
            }
            (None, None) => {
                let year = |m, d| chrono::NaiveDate::from_ymd_opt(today.year(), m, d).expect("a valid date");
                crate::measures::Period::new(year(1, 1), year(12, 31))
                    .map_err(|e| invalid("measures.period_start", e.to_string()))
            }
            (Some(_), None) => Err(invalid("measures.period_end", "is required with measures.period_start")),
            (None, Some(_)) => Err(invalid("measures.period_start", "is required with measures.period_end")),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Json,
    Pretty,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogSettings {
    pub format: LogFormat,
    /// A `tracing` filter, e.g. `info` or `carebrief=debug,info`.
    pub level: String,
}

impl Default for LogSettings {
    fn default() -> Self {
        Self { format: LogFormat::Json, level: "info".into() }
    }
}

impl Settings {
    /// Defaults, then `file` if given, then the `CAREBRIEF__*` environment.
    pub fn load(file: Option<&Path>) -> Result<Self, SettingsError> {
        let mut figment = Figment::new();
        if let Some(path) = file {
            if !path.exists() {
                return Err(SettingsError::MissingFile { path: path.to_owned() });
            }
            figment = figment.merge(Toml::file(path));
        }
        figment = figment.merge(Env::prefixed("CAREBRIEF__").split("__"));
        let settings: Settings = figment.extract().map_err(|e| SettingsError::Load(Box::new(e)))?;
        settings.validate()?;
        Ok(settings)
    }

    pub fn validate(&self) -> Result<(), SettingsError> {
        self.listen_addr()?;
        let url = self.database.url.expose_secret();
        if !(url.starts_with("sqlite:") || url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            return Err(invalid("database.url", "must start with sqlite:// or postgres://"));
        }
        if self.database.max_connections == 0 {
            return Err(invalid("database.max_connections", "must be at least 1"));
        }
        if self.fhir.source == SourceKind::Server {
            let base = self
                .fhir
                .base_url
                .as_deref()
                .ok_or_else(|| invalid("fhir.base_url", "is required when fhir.source = \"server\""))?;
            crate::fhir::FhirBase::parse(base).map_err(|e| invalid("fhir.base_url", e.to_string()))?;
        }
        if self.fhir.max_concurrency == 0 {
            return Err(invalid("fhir.max_concurrency", "must be at least 1"));
        }
        if self.fhir.page_size == 0 || self.fhir.page_size > 1000 {
            return Err(invalid("fhir.page_size", "must be between 1 and 1000"));
        }
        if self.fhir.timeout_secs == 0 {
            return Err(invalid("fhir.timeout_secs", "must be at least 1"));
        }
        if self.deid.max_shift_weeks == 0 || self.deid.max_shift_weeks > 520 {
            return Err(invalid("deid.max_shift_weeks", "must be between 1 and 520"));
        }
        if let Some(key) = &self.deid.date_shift_key
            && key.expose_secret().len() < 16
        {
            return Err(invalid("deid.date_shift_key", "must be at least 16 characters"));
        }
        if let Some(key) = &self.deid.vault_key
            && key.expose_secret().len() < 32
        {
            return Err(invalid("deid.vault_key", "must be at least 32 characters"));
        }
        if self.deid.vault_ttl_hours == 0 || self.deid.vault_ttl_hours > 24 * 365 {
            return Err(invalid("deid.vault_ttl_hours", "must be between 1 and 8760"));
        }
        crate::deid::Policy::load(&self.deid.profile).map_err(|e| invalid("deid.profile", e.to_string()))?;
        self.measures.measure_ids()?;
        self.measures.period(chrono::Utc::now().date_naive())?;
        if self.server.max_in_flight == 0 {
            return Err(invalid("server.max_in_flight", "must be at least 1"));
        }
        tracing_subscriber::EnvFilter::try_new(&self.log.level).map_err(|e| invalid("log.level", e.to_string()))?;
        Ok(())
    }

    pub fn listen_addr(&self) -> Result<SocketAddr, SettingsError> {
        self.server.listen.parse().map_err(|_| {
            invalid("server.listen", format!("`{}` is not an address like 127.0.0.1:8080", self.server.listen))
        })
    }

    pub fn request_timeout(&self) -> Duration {
        Duration::from_secs(self.server.request_timeout_secs)
    }

    /// The effective settings as TOML, secrets redacted.
    pub fn to_redacted_toml(&self) -> String {
        toml::to_string_pretty(self).unwrap_or_else(|e| format!("# cannot render settings: {e}\n"))
    }
}

/// `setting `server.max_in_flight`: invalid type: ... (from the CAREBRIEF__ environment)`.
fn describe_load_error(e: &figment::Error) -> String {
    e.clone()
        .into_iter()
        .map(|one| {
            let key = one.path.join(".").to_lowercase();
            let origin = one.metadata.as_ref().map(|m| format!(" (from {})", m.name)).unwrap_or_default();
            if key.is_empty() {
                format!("settings: {}{origin}", one.kind)
            } else {
                format!("setting `{key}`: {}{origin}", one.kind)
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn invalid(key: &'static str, reason: impl Into<String>) -> SettingsError {
    SettingsError::Invalid { key, reason: reason.into() }
}

fn redact<S: Serializer>(secret: &Option<SecretString>, s: S) -> Result<S::Ok, S::Error> {
    match secret {
        Some(_) => s.serialize_str("[redacted]"),
        None => s.serialize_str(""),
    }
}

fn redact_url_password<S: Serializer>(url: &SecretString, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&redacted_url(url.expose_secret()))
}

/// `postgres://user:secret@host/db` → `postgres://user:[redacted]@host/db`.
pub fn redacted_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let (authority, path) = rest.split_once('/').map_or((rest, ""), |(a, p)| (a, p));
    let Some((userinfo, host)) = authority.rsplit_once('@') else {
        return url.to_owned();
    };
    let user = userinfo.split_once(':').map_or(userinfo, |(u, _)| u);
    let sep = if rest.contains('/') { "/" } else { "" };
    let pass = if userinfo.contains(':') { ":[redacted]" } else { "" };
    format!("{scheme}://{user}{pass}@{host}{sep}{path}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_is_redacted_from_database_urls() {
        assert_eq!(
            redacted_url("postgres://carebrief:s3cret@db.internal:5432/carebrief"),
            "postgres://carebrief:[redacted]@db.internal:5432/carebrief"
        );
        assert_eq!(redacted_url("postgres://app@db/x"), "postgres://app@db/x");
        assert_eq!(redacted_url("sqlite://data/x.sqlite"), "sqlite://data/x.sqlite");
    }

    #[test]
    fn rendered_settings_never_show_secrets() {
        let mut s = Settings::default();
        s.fhir.token = Some(SecretString::from("tok-abcdef-123456"));
        s.deid.date_shift_key = Some(SecretString::from("0123456789abcdef-key"));
        s.database.url = SecretString::from("postgres://u:pw-987@h/db");
        let out = s.to_redacted_toml();
        assert!(!out.contains("tok-abcdef"));
        assert!(!out.contains("0123456789abcdef"));
        assert!(!out.contains("pw-987"));
        assert!(out.contains("[redacted]"));
        assert!(!format!("{s:?}").contains("tok-abcdef"));
    }

    #[test]
    fn wrong_values_name_the_setting() {
        let mut s = Settings::default();
        s.server.listen = "localhost".into();
        assert!(s.validate().unwrap_err().to_string().contains("server.listen"));
        let mut s = Settings::default();
        s.fhir.source = SourceKind::Server;
        assert!(s.validate().unwrap_err().to_string().contains("fhir.base_url"));
        let mut s = Settings::default();
        s.database.url = SecretString::from("mysql://x");
        assert!(s.validate().unwrap_err().to_string().contains("database.url"));
        let mut s = Settings::default();
        s.measures.measures = vec!["CMS999".into()];
        assert!(s.validate().unwrap_err().to_string().contains("measures.measures"));
        let mut s = Settings::default();
        s.measures.period_start = Some("2025-12-31".into());
        assert!(s.validate().unwrap_err().to_string().contains("measures.period_end"));
        s.measures.period_end = Some("2025-01-01".into());
        assert!(s.validate().unwrap_err().to_string().contains("measures.period_start"));
    }

    #[test]
    fn the_measurement_period_defaults_to_the_current_calendar_year() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let p = MeasuresSettings::default().period(today).unwrap();
        assert_eq!(p.to_string(), "2026-01-01 .. 2026-12-31");
        let set = MeasuresSettings {
            period_start: Some("2025-01-01".into()),
            period_end: Some("2025-12-31".into()),
            ..Default::default()
        };
        assert_eq!(set.period(today).unwrap().to_string(), "2025-01-01 .. 2025-12-31");
        assert_eq!(MeasuresSettings::default().measure_ids().unwrap().len(), 6);
    }
}
