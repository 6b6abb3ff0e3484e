//! The `carebrief` command.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::{Parser, Subcommand};

use crate::app::{Application, build_pipeline, shutdown_signal};
use crate::config::{Settings, SourceKind};
use crate::fhir::PatientId;
use crate::pipeline::RunOutcome;
use crate::review::{Draft, DraftKind};
use crate::tasks::ReferralRequest;

#[derive(Debug, Parser)]
#[command(
    name = "carebrief",
    version,
    about = "Drafts reviewed, grounded patient summaries from FHIR charts with a locally hosted model."
)]
pub struct Cli {
    /// A TOML settings file; `CAREBRIEF__SECTION__KEY` environment variables override it.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP API (summaries, drafts, review, write-back).
    Serve,
    /// Summarize every fixture patient with the embedded defaults and print the drafts;
    /// `--serve` then keeps the API up so the drafts can be reviewed and approved.
    Demo {
        /// Keep serving the API after the summaries (on server.listen, 127.0.0.1:8080 by default).
        #[arg(long)]
        serve: bool,
    },
    /// Summarize one patient and print the drafts.
    Summarize {
        /// The Patient resource id.
        #[arg(long)]
        patient: String,
        /// Specialty or service the referral letter is addressed to.
        #[arg(long, value_name = "SPECIALTY")]
        referral_to: Option<String>,
        /// Reason for the referral, in the clinician's words.
        #[arg(long)]
        reason: Option<String>,
        /// Print the run and drafts as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// De-identify notes: JSON lines `{"id", "text"}` in; `{"id", "text", "spans"}` out, with
    /// UTF-8 byte offsets of every identifier found. Dates move by an offset derived from
    /// each line's id and `deid.date_shift_key`. With `--bundle FILE`: print the patients of
    /// a FHIR Bundle de-identified, as a Bundle of what a prompt would be built from.
    Deid {
        /// Input JSON lines.
        #[arg(long, value_name = "IN.jsonl", required_unless_present = "bundle", requires = "output")]
        input: Option<PathBuf>,
        /// Output JSON lines (one per input line, in order).
        #[arg(long, value_name = "OUT.jsonl", requires = "input")]
        output: Option<PathBuf>,
        /// A FHIR Bundle JSON file to de-identify (printed on stdout).
        #[arg(long, value_name = "FILE", conflicts_with_all = ["input", "output"])]
        bundle: Option<PathBuf>,
        /// De-identification profile: safe-harbor (default), safe-harbor-strict,
        /// limited-data-set, or a policy file (.toml); default: the `deid.profile` setting.
        #[arg(long, value_name = "NAME")]
        profile: Option<String>,
    },
    /// Apply the database migrations and exit.
    Migrate,
    /// Print the effective settings, secrets redacted.
    Config,
    /// Compute eCQM populations: one JSON line per patient and measure on stdout,
    /// problems on stderr. Exits non-zero only when nothing could be computed or the
    /// arguments make every result impossible (see docs/care-gaps.md).
    Measure {
        /// CMS122, CMS125, CMS130, CMS165, CMS138 or CMS2; repeat for several.
        #[arg(long = "measure", value_name = "CMS_ID", required = true)]
        measures: Vec<crate::measures::MeasureId>,
        /// First day of the measurement period (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        period_start: String,
        /// Last day of the measurement period (YYYY-MM-DD), included.
        #[arg(long, value_name = "DATE")]
        period_end: String,
        /// Directory of ValueSet-<OID>.json expansions.
        #[arg(long, value_name = "DIR")]
        valuesets: PathBuf,
        /// A directory of one patient's resources, a Bundle JSON file, or a Bulk Data
        /// NDJSON directory (streamed in buckets on every core, in bounded memory).
        #[arg(value_name = "INPUT", required = true)]
        inputs: Vec<PathBuf>,
        /// Also write a panel report for care coordinators: counts per measure and the
        /// patients with open gaps (JSON when FILE ends in .json, else Markdown).
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
        /// Worker threads for NDJSON exports (default: every core).
        #[arg(long, hide = true)]
        threads: Option<usize>,
        /// NDJSON megabytes per bucket, the unit of memory in population mode.
        #[arg(long, hide = true, value_name = "MIB")]
        bucket_mib: Option<u64>,
    },
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    // Measures need no settings: a broken settings file must not stop them.
    if let Command::Measure { measures, period_start, period_end, valuesets, inputs, report, threads, bucket_mib } =
        cli.command
    {
        let mut population = crate::measures::population::Options::default();
        if let Some(t) = threads {
            population.threads = t.max(1);
        }
        if let Some(mib) = bucket_mib {
            population.bucket_bytes = mib.max(1) << 20;
        }
        let args = crate::measures::run::MeasureRun {
            measures,
            period_start,
            period_end,
            valuesets,
            inputs,
            report,
            population,
            progress: std::io::IsTerminal::is_terminal(&std::io::stderr()),
        };
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        let result = crate::measures::run::run(&args, &mut out, &mut std::io::stderr());
        std::io::Write::flush(&mut out)?;
        result?;
        return Ok(());
    }
    let settings = Settings::load(cli.config.as_deref())?;
    match cli.command {
        Command::Config => {
            print!("{}", settings.to_redacted_toml());
            Ok(())
        }
        Command::Migrate => {
            crate::telemetry::init(&settings.log);
            let store = crate::store::connect(&settings.database.url, 1)
                .await
                .context("cannot open the database (database.url)")?;
            store.migrate().await?;
            println!("migrations applied ({})", store.backend());
            Ok(())
        }
        Command::Serve => {
            crate::telemetry::init(&settings.log);
            let app = Application::build(&settings).await?;
            tracing::info!(port = app.port(), "listening");
            app.run_until(shutdown_signal()).await?;
            Ok(())
        }
        Command::Summarize { patient, referral_to, reason, json } => {
            crate::telemetry::init(&settings.log);
            let pipeline = build_pipeline(&settings).await?;
            let id = PatientId::parse(&patient)?;
            let outcome = pipeline.summarize(&id, &ReferralRequest { to: referral_to, reason }).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&outcome)?);
            } else {
                print!("{}", render_outcome(&outcome));
            }
            Ok(())
        }
        Command::Demo { serve } => demo(settings, serve).await,
        Command::Deid { input, output, bundle, profile } => {
            if crate::deid::words::use_list(settings.deid.word_list.as_deref())?
                == crate::deid::words::WordList::DefaultMissing
            {
                eprintln!("{}", crate::deid::words::MISSING);
            }
            let shifter = crate::deid::DateShifter::from_settings(&settings.deid);
            let policy = crate::deid::Policy::load(profile.as_deref().unwrap_or(&settings.deid.profile))?;
            if let Some(bundle) = bundle {
                let out = deid_bundle(&bundle, &shifter, &policy).await?;
                println!("{}", serde_json::to_string_pretty(&out)?);
                return Ok(());
            }
            let (Some(input), Some(output)) = (input, output) else {
                anyhow::bail!("give --input IN.jsonl --output OUT.jsonl, or --bundle FILE");
            };
            let reader = std::fs::File::open(&input).with_context(|| format!("cannot read {}", input.display()))?;
            let writer =
                std::fs::File::create(&output).with_context(|| format!("cannot write {}", output.display()))?;
            let started = std::time::Instant::now();
            let summary = crate::deid::jsonl::run(
                std::io::BufReader::with_capacity(1 << 20, reader),
                std::io::BufWriter::with_capacity(1 << 20, writer),
                &shifter,
                &policy,
            )?;
            let secs = started.elapsed().as_secs_f64();
            eprintln!(
                "{} lines, {} identifiers found, {} lines with errors, {:.1} MB in {:.2} s ({:.1} MB/s)",
                summary.lines,
                summary.spans,
                summary.errors,
                summary.bytes as f64 / 1e6,
                secs,
                summary.bytes as f64 / 1e6 / secs.max(1e-9)
            );
            if summary.errors > 0 {
                anyhow::bail!(
                    "{} of {} lines could not be read (see their `error` in the output)",
                    summary.errors,
                    summary.lines
                );
            }
            Ok(())
        }
        Command::Measure { .. } => unreachable!("handled before the settings are loaded"),
    }
}

/// Every patient of a Bundle file, de-identified by `policy`, as one Bundle.
async fn deid_bundle(
    path: &std::path::Path,
    shifter: &crate::deid::DateShifter,
    policy: &crate::deid::Policy,
) -> anyhow::Result<serde_json::Value> {
    use crate::fhir::PatientSource as _;
    if !path.is_file() {
        anyhow::bail!("{} is not a file", path.display());
    }
    let source = crate::fhir::BundleSource::new(path);
    let patients = source.list_patients().await?;
    if patients.is_empty() {
        anyhow::bail!("{}: the Bundle holds no Patient", path.display());
    }
    if patients.len() > 1 {
        // Each patient's pseudonyms start afresh (Patient/p1, Condition/c1, ...): one output
        // Bundle could not tell them apart.
        anyhow::bail!(
            "{}: the Bundle holds {} patients; de-identify one patient's Bundle at a time",
            path.display(),
            patients.len()
        );
    }
    let mut records = Vec::new();
    for id in patients {
        let data = source.patient_data(&id).await?;
        for issue in &data.record.issues {
            eprintln!("skipped a {}: {}", issue.resource_type, issue.reason);
        }
        let (deid, _) = crate::deid::deidentify(&data.record, shifter, policy);
        for issue in &deid.withheld {
            eprintln!("withheld a {}: {}", issue.resource_type, issue.reason);
        }
        records.push(deid);
    }
    eprintln!("profile {} (sha256 {})", policy.name(), policy.sha256());
    Ok(crate::deid::bundle::to_bundle(&records))
}

/// The year the fixture patients describe: the demo's measurement period unless the
/// settings name one.
const FIXTURES_YEAR: (&str, &str) = ("2025-01-01", "2025-12-31");

async fn demo(mut settings: Settings, serve: bool) -> anyhow::Result<()> {
    crate::telemetry::init(&settings.log);
    if settings.measures.period_start.is_none() && settings.measures.period_end.is_none() {
        settings.measures.period_start = Some(FIXTURES_YEAR.0.into());
        settings.measures.period_end = Some(FIXTURES_YEAR.1.into());
    }
    if settings.fhir.source == SourceKind::Server {
        anyhow::bail!("the demo reads the fixtures; unset fhir.source = \"server\" or use `carebrief summarize`");
    }
    let pipeline = build_pipeline(&settings).await?;
    let patients = pipeline.source().list_patients().await?;
    if patients.is_empty() {
        anyhow::bail!("no patients found in {} (fhir.path)", settings.fhir.path.display());
    }
    println!("carebrief demo: {} synthetic patients from {}", patients.len(), settings.fhir.path.display());
    match pipeline.measurement_period() {
        Some(p) => println!("care gaps decided by the measure rules for the measurement period {p}\n"),
        None => println!("care gaps are off (measures.measures is empty)\n"),
    }
    for id in &patients {
        let referral = ReferralRequest::default();
        match pipeline.summarize(id, &referral).await {
            Ok(outcome) => print!("{}", render_outcome(&outcome)),
            Err(e) => println!("Patient {id}: could not be summarized: {e}\n"),
        }
    }
    println!(
        "Drafts are stored in {} ({}); approved documents go to {}.",
        crate::config::redacted_url(secrecy::ExposeSecret::expose_secret(&settings.database.url)),
        pipeline.store().backend(),
        settings.fhir.output_dir.display()
    );
    if serve {
        let app = Application::build(&settings).await?;
        println!(
            "Review API on http://{}: GET /api/drafts?status=pending, POST /api/drafts/{{id}}/review, \
             GET /api/patients/{{id}}/care-gaps. Ctrl-C stops.",
            settings.server.listen
        );
        app.run_until(shutdown_signal()).await?;
    }
    Ok(())
}

/// The drafts of one run as text a person reads.
pub fn render_outcome(outcome: &RunOutcome) -> String {
    let mut out = String::new();
    let patient_line = outcome
        .drafts
        .iter()
        .find(|d| d.kind == DraftKind::Referral)
        .and_then(|d| d.items.iter().find(|i| i.section == "Patient"))
        .map(|i| i.text.clone())
        .unwrap_or_else(|| format!("Patient {}", outcome.run.patient_id));
    out.push_str(&format!("━━ Patient: {patient_line}\n"));
    out.push_str(&format!(
        "   run {} · source {} · {} chart items · engine {}\n",
        outcome.run.id, outcome.run.source, outcome.run.record_items, outcome.run.engine
    ));
    if outcome.run.record_issues > 0 {
        out.push_str(&format!("   ⚠ {} part(s) of the chart could not be read\n", outcome.run.record_issues));
    }
    for draft in &outcome.drafts {
        out.push_str(&render_draft(draft));
    }
    out.push('\n');
    out
}

fn render_draft(draft: &Draft) -> String {
    let mut out = format!("\n  {} (draft {}, {})\n", draft.kind.title(), draft.id, draft.status.as_str());
    let mut section = "";
    for item in &draft.items {
        if draft.kind == DraftKind::Referral && item.section == "Patient" {
            continue;
        }
        if item.section != section {
            out.push_str(&format!("    {}:\n", item.section));
            section = &item.section;
        }
        let mut sources: Vec<&str> = item.citations.iter().take(3).map(|c| c.reference.as_str()).collect();
        let more = item.citations.len().saturating_sub(3);
        let more = if more > 0 { format!(" (+{more} more)") } else { String::new() };
        if sources.is_empty() {
            sources.push("(none)");
        }
        out.push_str(&format!("      - {}\n        source: {}{more}\n", item.text, sources.join(", ")));
        for flag in &item.flags {
            out.push_str(&format!("        ⚠ {flag}\n"));
        }
    }
    if draft.items.is_empty() {
        out.push_str("    (nothing to propose)\n");
    }
    if let Some(notice) = &draft.notice {
        out.push_str(&format!("    Note: {notice}\n"));
    }
    out
}
