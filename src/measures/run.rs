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

use super::{Engine, MeasureId, Period, PeriodError, ValueSetError, input};

/// What the command was asked to do.
#[derive(Debug, Clone)]
pub struct MeasureRun {
    pub measures: Vec<MeasureId>,
    pub period_start: String,
    pub period_end: String,
    pub valuesets: PathBuf,
    pub inputs: Vec<PathBuf>,
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
    for path in &args.inputs {
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
            for &m in engine.measures() {
                let result = engine.evaluate(&chart, m);
                writeln!(out, "{}", result.to_line())?;
                summary.lines += 1;
            }
        }
    }
    if summary.lines == 0 {
        return Err(RunError::NothingComputed(summary.problems));
    }
    Ok(summary)
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
        let crate::cli::Command::Measure { measures, period_start, period_end, valuesets, inputs } = cli.command else {
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
