//! The de-identification evaluation: `carebrief deid` over the test, holdout, audit, audit2, tune,
//! tune2, tune3, tune4, tune5, tune6, tune7, tune8, tune9, tune10, tune11, tune12, tune13, tune14, tune15 and tune16 splits of the synthetic corpus (tests/deid-eval),
//! scored by tests/deid-eval/score.py.
//!
//! The floors below are the figures measured when they were set (docs/deid.md), so a
//! regression fails here. On the splits nobody tuned on they are below the targets of the
//! de-identification work (recall 0.99 overall, 0.995 for patient names and identifiers,
//! clinical terms 0.98); raise them as the scrubber improves.

use std::process::Command;

use crate::support::repo_root;

/// (split, overall recall, patient names and identifiers, clinical-term survival).
/// `test` was read once for error analysis; `holdout` never was, but its scores have judged
/// changes; `audit` was written apart from the scrubber, only reported for 21 readings, then
/// spent (tuned on since the twenty-sixth stop); `audit2` was written apart from the scrubber
/// to replace it and is only reported; `tune`, `tune2`,
/// `tune3`, `tune4`, `tune5`, `tune6`, `tune7`, `tune8`, `tune9`, `tune10`, `tune11`, `tune12`, `tune13`, `tune14`, `tune15` and `tune16` were written apart from the scrubber and then
/// tuned on.
const FLOORS: [(&str, f64, f64, f64); 20] = [
    ("test", 0.999, 0.998, 0.994),
    ("holdout", 0.986, 0.982, 0.984),
    ("audit", 0.995, 0.994, 0.984),
    ("audit2", 0.983, 0.992, 0.993),
    ("tune", 0.994, 0.994, 0.992),
    ("tune2", 0.981, 0.984, 0.988),
    ("tune3", 0.989, 0.998, 0.997),
    ("tune4", 0.994, 0.990, 0.998),
    ("tune5", 0.991, 0.989, 0.977),
    ("tune6", 0.987, 0.993, 0.979),
    ("tune7", 0.986, 0.985, 0.973),
    ("tune8", 0.988, 0.981, 0.976),
    ("tune9", 0.992, 0.986, 0.994),
    ("tune10", 0.974, 0.970, 0.997),
    ("tune11", 0.987, 0.986, 0.975),
    ("tune12", 0.985, 0.992, 0.997),
    ("tune13", 0.981, 0.995, 0.999),
    ("tune14", 0.975, 0.981, 0.986),
    ("tune15", 0.997, 0.998, 0.989),
    ("tune16", 0.975, 0.986, 0.992),
];

#[test]
fn held_out_corpus_recall_and_clinical_term_survival() {
    let mut below = Vec::new();
    for (split, recall_floor, patient_floor, survival_floor) in FLOORS {
        let (recall, patient, survival) = evaluate(split);
        if recall < recall_floor {
            below.push(format!("{split}: recall {recall} fell below {recall_floor}"));
        }
        if patient < patient_floor {
            below.push(format!("{split}: patient names and identifiers {patient} fell below {patient_floor}"));
        }
        if survival < survival_floor {
            below.push(format!("{split}: clinical-term survival {survival} fell below {survival_floor}"));
        }
    }
    assert!(below.is_empty(), "{}", below.join("\n"));
}

/// Runs `carebrief deid` over one split and scores it.
fn evaluate(split: &str) -> (f64, f64, f64) {
    let root = repo_root();
    let corpus = root.join(format!("tests/deid-eval/corpus/{split}.jsonl"));
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in.jsonl");
    let output = tmp.path().join("out.jsonl");
    // What the pipeline gives the scrubber: the note and what the chart knows of its people.
    let mut lines = String::new();
    for line in std::fs::read_to_string(&corpus).expect("the corpus is committed").lines() {
        let note: serde_json::Value = serde_json::from_str(line).unwrap();
        let row = serde_json::json!({"id": note["id"], "text": note["text"], "patient": note["patient"]});
        lines.push_str(&row.to_string());
        lines.push('\n');
    }
    std::fs::write(&input, lines).unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_carebrief"))
        .current_dir(&root)
        .env("CAREBRIEF__DEID__DATE_SHIFT_KEY", "evaluation-key-000001")
        .args(["deid", "--input"])
        .arg(&input)
        .arg("--output")
        .arg(&output)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let score = Command::new("python3")
        .arg(root.join("tests/deid-eval/score.py"))
        .arg("--json")
        .arg(&corpus)
        .arg(&output)
        .output()
        .expect("python3 is installed");
    assert!(score.status.success(), "{}", String::from_utf8_lossy(&score.stderr));
    let s: serde_json::Value = serde_json::from_slice(&score.stdout).unwrap();
    assert_eq!(s["invalid_spans"], 0, "every span lies on character boundaries inside its note");
    assert_eq!(s["notes_without_prediction"], 0);
    let recall = s["recall"]["overall"]["recall"].as_f64().unwrap();
    let patient = s["recall"]["patient_names_and_ids"]["recall"].as_f64().unwrap();
    let survival = s["survival"]["rate"].as_f64().unwrap();
    (recall, patient, survival)
}
