//! `carebrief measure`: the measures over patients read from files, one JSON line per
//! patient and measure on the output, one line per problem on the error stream.
//!
//! What fails what:
//! - arguments that make every result impossible (a period in the wrong order, an
//!   unreadable value-set directory, no requested measure computable) fail the run;
//! - a measure whose value sets are missing is reported and skipped; the other measures
//!   are computed;
//! - an input that cannot be read is reported and skipped; the other inputs are read;
//! - a patient with a malformed resource is reported (patient id and resource) and gets
//!   no result line: a result computed without that resource could be wrong;
//! - a patient without a birthDate is reported and still gets result lines, all zero:
//!   the measures define such a patient as outside every initial population.
//!
//! The run succeeds when at least one result line was written.

use std::io::Write;
use std::path::PathBuf;

use super::panel::Panel;
use super::population::{self, Event};
use super::{Engine, MeasureId, Period, PeriodError, ValueSetError, input};

/// What the command was asked to do.
#[derive(Debug, Clone, Default)]
pub struct MeasureRun {
    pub measures: Vec<MeasureId>,
    pub period_start: String,
    pub period_end: String,
    pub valuesets: PathBuf,
    pub inputs: Vec<PathBuf>,
    /// The panel report (`.json`: JSON; anything else: Markdown).
    pub report: Option<PathBuf>,
    /// How NDJSON exports are streamed (threads, bucket size).
    pub population: population::Options,
    /// Draw a progress bar on the terminal's error stream.
    pub progress: bool,
}

/// What happened, for the exit code and tests.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RunSummary {
    pub patients: usize,
    pub lines: usize,
    pub problems: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("measurement period: {0}")]
    Period(#[from] PeriodError),
    #[error("value sets: {0}")]
    ValueSets(#[from] ValueSetError),
    #[error("none of the requested measures can be computed with the value sets in {0}")]
    NoMeasure(PathBuf),
    #[error("no measure given (--measure CMS125 ...)")]
    NoMeasureGiven,
    #[error("nothing could be computed: {0} problem(s) reported above")]
    NothingComputed(usize),
    #[error("cannot write the output: {0}")]
    Output(#[from] std::io::Error),
    #[error("cannot write the panel report: {0}")]
    Report(std::io::Error),
    #[error("{0}")]
    Population(String),
}

pub fn run(args: &MeasureRun, out: &mut dyn Write, err: &mut dyn Write) -> Result<RunSummary, RunError> {
    if args.measures.is_empty() {
        return Err(RunError::NoMeasureGiven);
    }
    let period = Period::parse(&args.period_start, &args.period_end)?;
    let (engine, unavailable) = Engine::load(&args.valuesets, period, &args.measures)?;
    let mut summary = RunSummary::default();
    for u in &unavailable {
        writeln!(err, "error: {u}")?;
        summary.problems += 1;
    }
    if engine.measures().is_empty() {
        return Err(RunError::NoMeasure(args.valuesets.clone()));
    }
    let mut panel = match &args.report {
        Some(path) => Some(Panel::new(path, engine.period()).map_err(RunError::Report)?),
        None => None,
    };
    let bar = progress_bar(args.progress);
    for path in &args.inputs {
        if population::is_ndjson_dir(path) {
            stream(&engine, path, args, &bar, panel.as_mut(), &mut summary, out, err)?;
            continue;
        }
        let batch = match input::read(path) {
            Ok(b) => b,
            Err(e) => {
                writeln!(err, "error: {e}")?;
                summary.problems += 1;
                continue;
            }
        };
        for problem in &batch.problems {
            writeln!(err, "error: {problem} (no patient could be told; the patients of this input may be incomplete)")?;
            summary.problems += 1;
        }
        for patient in &batch.patients {
            summary.patients += 1;
            if !patient.problems.is_empty() {
                for problem in &patient.problems {
                    writeln!(err, "error: patient {}: {problem}; no result for this patient", patient.subject)?;
                }
                summary.problems += 1;
                continue;
            }
            let chart = match engine.chart(patient.resources.iter()) {
                Ok(c) => c,
                Err(e) => {
                    writeln!(err, "error: patient {}: {e}; no result for this patient", patient.subject)?;
                    summary.problems += 1;
                    continue;
                }
            };
            if !chart.has_birth_date() {
                writeln!(
                    err,
                    "error: patient {}: no birthDate; the patient is outside every initial population",
                    chart.id()
                )?;
                summary.problems += 1;
            }
            let mut measures = Vec::new();
            for &m in engine.measures() {
                let result = engine.evaluate(&chart, m);
                writeln!(out, "{}", result.to_line())?;
                summary.lines += 1;
                measures.push((m, result.groups.iter().map(|g| g.populations).collect()));
            }
            if let Some(panel) = panel.as_mut() {
                panel.add(chart.id(), &measures).map_err(RunError::Report)?;
            }
        }
    }
    bar.finish_and_clear();
    if let Some(panel) = panel {
        panel.finish().map_err(RunError::Report)?;
    }
    if summary.lines == 0 {
        return Err(RunError::NothingComputed(summary.problems));
    }
    Ok(summary)
}

/// A progress bar on the terminal, or one that draws nothing (output that is not a
/// terminal gets errors only).
fn progress_bar(on_terminal: bool) -> indicatif::ProgressBar {
    if !on_terminal {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {msg} [{elapsed_precise}] {wide_bar} {pos}/{len}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

/// One Bulk Data export in population mode (see [`population`]).
#[allow(clippy::too_many_arguments)]
fn stream(
    engine: &Engine,
    path: &std::path::Path,
    args: &MeasureRun,
    bar: &indicatif::ProgressBar,
    mut panel: Option<&mut Panel>,
    summary: &mut RunSummary,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), RunError> {
    let total: u64 = population::ndjson_files(path).map(|f| f.iter().map(|x| x.1).sum()).unwrap_or(0);
    bar.set_message(format!("reading {}", path.display()));
    bar.set_length(total);
    bar.set_position(0);
    let mut report_error = None;
    let result = population::evaluate(engine, path, &args.population, &mut |event| {
        match event {
            Event::Problem(p) => {
                bar.suspend(|| writeln!(err, "error: {p}"))?;
                summary.problems += 1;
            }
            Event::Read(n) => bar.inc(n),
            Event::Buckets(n) => {
                bar.set_message(format!("evaluating {}", path.display()));
                bar.set_length(n as u64);
                bar.set_position(0);
            }
            Event::Bucket(b) => {
                if !b.problems.is_empty() {
                    bar.suspend(|| -> std::io::Result<()> {
                        for p in &b.problems {
                            writeln!(err, "error: {p}")?;
                        }
                        Ok(())
                    })?;
                }
                summary.problems += b.problems.len();
                summary.patients +=
                    b.patients.len() + b.problems.iter().filter(|p| p.ends_with("no result for this patient")).count();
                summary.lines += b.patients.len() * engine.measures().len();
                out.write_all(b.lines.as_bytes())?;
                if let Some(panel) = panel.as_deref_mut() {
                    for p in &b.patients {
                        if let Err(e) = panel.add(&p.subject, &p.measures) {
                            report_error.get_or_insert(e);
                        }
                    }
                }
                bar.inc(1);
            }
        }
        Ok(())
    });
    if let Some(e) = report_error {
        return Err(RunError::Report(e));
    }
    match result {
        Ok(()) => Ok(()),
        Err(population::PopulationError::Input(e)) => {
            writeln!(err, "error: {e}")?;
            summary.problems += 1;
            Ok(())
        }
        Err(population::PopulationError::Output(e)) => Err(RunError::Output(e)),
        Err(e) => Err(RunError::Population(e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn shared() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/ecqm")
    }

    fn args(inputs: Vec<PathBuf>, measures: &[MeasureId]) -> MeasureRun {
        MeasureRun {
            measures: measures.to_vec(),
            period_start: "2025-01-01".into(),
            period_end: "2025-12-31".into(),
            valuesets: shared().join("valuesets"),
            inputs,
            ..Default::default()
        }
    }

    fn write_patient(dir: &Path, id: &str, birth: Option<&str>) {
        std::fs::create_dir_all(dir).unwrap();
        let mut patient = serde_json::json!({"resourceType": "Patient", "id": id, "gender": "female"});
        if let Some(b) = birth {
            patient["birthDate"] = b.into();
        }
        std::fs::write(dir.join(format!("Patient-{id}.json")), patient.to_string()).unwrap();
        let encounter = serde_json::json!({
            "resourceType": "Encounter", "id": format!("{id}-visit"), "status": "finished",
            "type": [{"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "99213"}]}],
            "subject": {"reference": format!("Patient/{id}")},
            "period": {"start": "2025-03-01T10:00:00Z", "end": "2025-03-01T10:30:00Z"}
        });
        std::fs::write(dir.join("Encounter-visit.json"), encounter.to_string()).unwrap();
    }

    #[test]
    fn bad_patients_are_reported_and_the_rest_is_computed() {
        let tmp = tempfile::tempdir().unwrap();
        let good = tmp.path().join("good");
        write_patient(&good, "good", Some("1960-06-01"));
        let broken = tmp.path().join("broken");
        write_patient(&broken, "broken", Some("1960-06-01"));
        std::fs::write(broken.join("Observation-x.json"), "{\"resourceType\": \"Observation\", ").unwrap();
        let unborn = tmp.path().join("unborn");
        write_patient(&unborn, "unborn", None);
        let missing = tmp.path().join("missing");

        let (mut out, mut err) = (Vec::new(), Vec::new());
        let summary =
            run(&args(vec![good, broken, unborn, missing], &[MeasureId::Cms125]), &mut out, &mut err).unwrap();
        let out = String::from_utf8(out).unwrap();
        let err = String::from_utf8(err).unwrap();
        assert_eq!(summary.lines, 2, "{out}\n{err}");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[0],
            r#"{"subject": "good", "measure": "CMS125", "populations": [{"initial-population": 1, "denominator": 1, "denominator-exclusion": 0, "numerator": 0}]}"#
        );
        assert!(lines[1].contains(r#""subject": "unborn""#) && lines[1].contains(r#""initial-population": 0"#));
        assert!(err.contains("patient broken: ") && err.contains("Observation-x.json"), "{err}");
        assert!(err.contains("patient unborn: no birthDate"), "{err}");
        assert!(err.contains("missing"), "{err}");
    }

    #[test]
    fn an_export_split_into_buckets_gives_what_one_bucket_gives_in_a_fixed_order() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let tmp = tempfile::tempdir().unwrap();
        // The fixture export, plus a line that is not JSON but names its patient, and one
        // that names none.
        let export = tmp.path().join("export");
        std::fs::create_dir(&export).unwrap();
        for f in std::fs::read_dir(root.join("fixtures/bulk")).unwrap() {
            let f = f.unwrap().path();
            std::fs::copy(&f, export.join(f.file_name().unwrap())).unwrap();
        }
        let mut obs = std::fs::OpenOptions::new().append(true).open(export.join("Observation.ndjson")).unwrap();
        writeln!(obs, "{{\"resourceType\":\"Observation\",\"subject\":{{\"reference\":\"Patient/bb1c10d6-dc79-510b-b306-175071a5545c\"}},").unwrap();
        writeln!(obs, "garbage").unwrap();
        drop(obs);
        let run_with = |bucket_bytes: u64, threads: usize, report: &str| {
            let mut a = args(vec![export.clone()], &MeasureId::ALL);
            a.valuesets = root.join("profiles/valuesets");
            a.population = population::Options { threads, bucket_bytes, temp_dir: Some(tmp.path().to_owned()) };
            a.report = Some(tmp.path().join(report));
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let summary = run(&a, &mut out, &mut err).unwrap();
            (String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap(), summary)
        };
        let (one, one_err, one_summary) = run_with(1 << 30, 2, "one.md");
        let (many, many_err, many_summary) = run_with(40_000, 2, "many.json");
        let (serial, _, _) = run_with(40_000, 1, "serial.json");
        // Six patients x six measures: the seventh named by the broken line gets nothing.
        assert_eq!(one.lines().count(), 36, "{one_err}");
        assert_eq!(many, serial, "the order does not depend on the threads");
        let sorted = |s: &str| {
            let mut l: Vec<&str> = s.lines().collect();
            l.sort_unstable();
            l.join("\n")
        };
        assert_eq!(sorted(&one), sorted(&many));
        for err in [&one_err, &many_err] {
            assert!(
                err.contains("patient bb1c10d6-dc79-510b-b306-175071a5545c: ") && err.contains("not JSON"),
                "{err}"
            );
            assert!(err.contains("no patient could be told"), "{err}");
        }
        assert_eq!((one_summary.lines, one_summary.problems), (many_summary.lines, many_summary.problems));
        // Inside a bucket, patients come sorted by id.
        let subjects: Vec<String> = one
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["subject"].as_str().unwrap().to_owned())
            .collect();
        assert!(subjects.windows(2).all(|w| w[0] <= w[1]));

        let report: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(tmp.path().join("many.json")).unwrap()).unwrap();
        assert_eq!(report["patients"], 6);
        let cms125 = report["measures"].as_array().unwrap().iter().find(|m| m["measure"] == "CMS125").unwrap();
        // rosa-delgado open; funmilayo-adebayo closed (sunhee-park is the broken patient).
        assert_eq!((cms125["denominator"].as_u64(), cms125["open-gaps"].as_u64()), (Some(2), Some(1)));
        let open: Vec<&str> =
            report["open_gaps"].as_array().unwrap().iter().map(|p| p["subject"].as_str().unwrap()).collect();
        assert!(open.contains(&"e3d0c8bc-ca6c-5d23-a412-c314e47b434a"), "{open:?}");
        let md = std::fs::read_to_string(tmp.path().join("one.md")).unwrap();
        assert!(md.contains("| CMS125 | Breast cancer screening | 2 | 2 | 0 | 1 | - | 1 |"), "{md}");
        assert!(md.contains("| CMS138 group 2 |"), "{md}");
        // Nothing is left in the temporary directory but the reports.
        let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left.len(), 4, "{left:?}");
    }

    #[test]
    fn arguments_that_make_every_result_impossible_fail_the_run() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("p");
        write_patient(&p, "p", Some("1960-06-01"));
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut a = args(vec![p.clone()], &[MeasureId::Cms125]);
        a.period_start = "2025-12-31".into();
        a.period_end = "2025-01-01".into();
        assert!(matches!(run(&a, &mut out, &mut err), Err(RunError::Period(PeriodError::WrongOrder { .. }))));

        // A value-set directory without CMS2's sets: CMS2 is reported, CMS125 computed.
        let vs = tmp.path().join("vs");
        std::fs::create_dir(&vs).unwrap();
        for m in [MeasureId::Cms125] {
            for v in m.value_sets() {
                let name = format!("ValueSet-{}.json", v.oid().unwrap());
                std::fs::copy(shared().join("valuesets").join(&name), vs.join(&name)).unwrap();
            }
        }
        let mut a = args(vec![p], &[MeasureId::Cms125, MeasureId::Cms2]);
        a.valuesets = vs.clone();
        let summary = run(&a, &mut out, &mut err).unwrap();
        assert_eq!(summary.lines, 1);
        let err_text = String::from_utf8(err.clone()).unwrap();
        assert!(err_text.contains("measure CMS2 cannot be computed") && err_text.contains("Bipolar"), "{err_text}");

        a.measures = vec![MeasureId::Cms2];
        assert!(matches!(run(&a, &mut out, &mut err), Err(RunError::NoMeasure(_))));
        a.inputs = vec![tmp.path().join("nothing-here")];
        a.measures = vec![MeasureId::Cms125];
        assert!(matches!(run(&a, &mut out, &mut err), Err(RunError::NothingComputed(1))));
    }

    #[test]
    fn the_command_line_parses_as_designed() {
        use clap::{CommandFactory as _, Parser as _};
        crate::cli::Cli::command().debug_assert();
        let cli = crate::cli::Cli::try_parse_from([
            "carebrief",
            "measure",
            "--measure",
            "CMS125",
            "--measure",
            "cms2",
            "--period-start",
            "2025-01-01",
            "--period-end",
            "2025-12-31",
            "--valuesets",
            "vs",
            "a",
            "b.json",
        ])
        .unwrap();
        let crate::cli::Command::Measure { measures, period_start, period_end, valuesets, inputs, .. } = cli.command
        else {
            panic!("not the measure command");
        };
        assert_eq!(measures, [MeasureId::Cms125, MeasureId::Cms2]);
        assert_eq!((period_start.as_str(), period_end.as_str()), ("2025-01-01", "2025-12-31"));
        assert_eq!(valuesets, PathBuf::from("vs"));
        assert_eq!(inputs, [PathBuf::from("a"), PathBuf::from("b.json")]);
        // An unknown measure and a missing INPUT are usage errors (exit code 2).
        let unknown = crate::cli::Cli::try_parse_from([
            "carebrief",
            "measure",
            "--measure",
            "CMS999",
            "--period-start",
            "2025-01-01",
            "--period-end",
            "2025-12-31",
            "--valuesets",
            "vs",
            "a",
        ]);
        assert_eq!(unknown.unwrap_err().exit_code(), 2);
        let no_input = crate::cli::Cli::try_parse_from([
            "carebrief",
            "measure",
            "--measure",
            "CMS125",
            "--period-start",
            "2025-01-01",
            "--period-end",
            "2025-12-31",
            "--valuesets",
            "vs",
        ]);
        assert_eq!(no_input.unwrap_err().exit_code(), 2);
    }
}
