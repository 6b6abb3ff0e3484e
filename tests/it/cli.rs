//! The `carebrief` command as a user runs it.

use std::process::Command;

use crate::support::{TestDatabase, fixture_patient_ids, fixtures_dir, planted_identifiers, repo_root};

fn carebrief(tmp: &tempfile::TempDir) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_carebrief"));
    cmd.current_dir(repo_root())
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("CAREBRIEF__DATABASE__URL", format!("sqlite://{}/cli.sqlite", tmp.path().display()))
        .env("CAREBRIEF__FHIR__OUTPUT_DIR", tmp.path().join("approved"))
        .env("CAREBRIEF__FHIR__PATH", fixtures_dir());
    cmd
}

#[test]
fn config_layers_defaults_file_and_environment_and_redacts_secrets() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("carebrief.toml");
    std::fs::write(
        &file,
        "[server]\nlisten = \"127.0.0.1:7000\"\nmax_in_flight = 5\n[fhir]\ntoken = \"file-token-abcdef\"\n",
    )
    .unwrap();
    let out = carebrief(&tmp)
        .arg("--config")
        .arg(&file)
        .arg("config")
        .env("CAREBRIEF__SERVER__LISTEN", "127.0.0.1:7001")
        .env("CAREBRIEF__DEID__DATE_SHIFT_KEY", "env-secret-key-0123456789")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("listen = \"127.0.0.1:7001\""), "the environment wins: {text}");
    assert!(text.contains("max_in_flight = 5"), "the file applies: {text}");
    assert!(text.contains("timeout_secs = 30"), "defaults fill the rest: {text}");
    assert!(!text.contains("file-token-abcdef") && !text.contains("env-secret-key"), "{text}");
    assert!(text.contains("[redacted]"));
}

#[test]
fn a_wrong_setting_fails_at_start_naming_the_setting() {
    let tmp = tempfile::tempdir().unwrap();
    for (key, value, named) in [
        ("CAREBRIEF__SERVER__MAX_IN_FLIGHT", "many", "server.max_in_flight"),
        ("CAREBRIEF__FHIR__SOURCE", "carrier-pigeon", "fhir.source"),
        ("CAREBRIEF__SERVER__LISTEN", "localhost", "server.listen"),
        ("CAREBRIEF__FHIR__PAGE_SIZE", "0", "fhir.page_size"),
        ("CAREBRIEF__DEID__PROFILE", "loose", "deid.profile"),
        ("CAREBRIEF__DEID__VAULT_KEY", "short", "deid.vault_key"),
        ("CAREBRIEF__DEID__VAULT_TTL_HOURS", "0", "deid.vault_ttl_hours"),
        ("CAREBRIEF__DEID__PROFILE", "/no/such/policy.toml", "deid.profile"),
    ] {
        let out = carebrief(&tmp).arg("config").env(key, value).output().unwrap();
        assert!(!out.status.success(), "{key}={value} accepted");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(named), "{key}: {err}");
    }
    let out = carebrief(&tmp).args(["--config", "/no/such/file.toml", "config"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/file.toml"));
}

#[test]
fn demo_summarizes_every_fixture_patient() {
    let tmp = tempfile::tempdir().unwrap();
    let out = carebrief(&tmp).arg("demo").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let patients = fixture_patient_ids();
    assert_eq!(text.matches("Problem list summary").count(), patients.len(), "{text}");
    assert_eq!(text.matches("Referral letter").count(), patients.len());
    assert_eq!(text.matches("Care gaps report").count(), patients.len());
    assert!(text.contains("measurement period 2025-01-01 .. 2025-12-31"), "{text}");
    assert!(text.contains("Open care gaps:") && text.contains("no mammogram since 2023-10-01"), "{text}");
    assert!(text.contains("without a language model"));
    assert!(text.contains("cli.sqlite"), "says where the drafts are stored");
    assert!(!text.contains("could not be summarized"), "{text}");
}

#[test]
fn summarize_prints_json_and_logs_carry_no_phi() {
    let tmp = tempfile::tempdir().unwrap();
    let planted = planted_identifiers();
    for patient in fixture_patient_ids() {
        let out = carebrief(&tmp)
            .args(["summarize", "--patient", &patient, "--json", "--referral-to", "Nephrology"])
            .env("CAREBRIEF__LOG__LEVEL", "debug")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let run: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(run["drafts"].as_array().unwrap().len(), 3);
        // The policy in force is recorded with the run: its name and the file's hash.
        assert_eq!(run["run"]["deid_policy"], "safe-harbor");
        assert_eq!(run["run"]["deid_policy_sha256"].as_str().map(str::len), Some(64), "{}", run["run"]);
        let logs = String::from_utf8(out.stderr).unwrap();
        assert!(logs.contains("summarized"), "logs are written: {logs}");
        assert!(!logs.contains(&patient), "a patient id reached the logs");
        for p in &planted {
            assert!(!logs.contains(p.as_str()), "planted identifier {p:?} reached the logs");
        }
    }
}

#[test]
fn migrate_applies_to_postgres() {
    let tmp = tempfile::tempdir().unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let db = rt.block_on(TestDatabase::create());
    for _ in 0..2 {
        let out = carebrief(&tmp).arg("migrate").env("CAREBRIEF__DATABASE__URL", &db.url).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("migrations applied (postgres)"));
    }
    drop(db);
}

#[test]
fn help_explains_every_command() {
    let tmp = tempfile::tempdir().unwrap();
    for cmd in ["serve", "demo", "summarize", "migrate", "config"] {
        let out = carebrief(&tmp).args([cmd, "--help"]).output().unwrap();
        assert!(out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).len() > 80, "{cmd} --help says something");
    }
}

/// `carebrief measure` as DESIGN.md specifies it, over the fixtures' Bulk Data export in
/// population mode (several buckets, both cores): the lines the fixtures record, a panel
/// report, and nothing on stderr.
#[test]
fn measure_over_a_bulk_export_prints_one_line_per_patient_and_measure() {
    let tmp = tempfile::tempdir().unwrap();
    let report = tmp.path().join("panel.md");
    let mut cmd = carebrief(&tmp);
    cmd.arg("measure");
    for m in ["CMS122", "CMS125", "CMS130", "CMS165", "CMS138", "CMS2"] {
        cmd.args(["--measure", m]);
    }
    let out = cmd
        .args(["--period-start", "2025-01-01", "--period-end", "2025-12-31", "--valuesets", "profiles/valuesets"])
        .args(["--threads", "2", "--bucket-mib", "1", "--report"])
        .arg(&report)
        .arg(repo_root().join("fixtures/bulk"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.trim().is_empty(), "{stderr}");
    let parse = |text: &str| {
        let mut lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        lines.sort_by_key(|v| format!("{}{}", v["subject"], v["measure"]));
        lines
    };
    let expected = std::fs::read_to_string(repo_root().join("fixtures/expected-measures.jsonl")).unwrap();
    assert_eq!(parse(&String::from_utf8(out.stdout).unwrap()), parse(&expected));
    let panel = std::fs::read_to_string(&report).unwrap();
    assert!(panel.starts_with("# Care-gap panel report") && panel.contains(": 7 patients, "), "{panel}");
    assert!(panel.contains("| CMS125 |"), "{panel}");
}

/// Bad input gets a clear error naming the patient and the cause, and the rest of the
/// population is still computed; arguments that make every result impossible fail.
#[test]
fn measure_names_bad_patients_and_computes_the_rest() {
    let tmp = tempfile::tempdir().unwrap();
    let export = tmp.path().join("export");
    std::fs::create_dir(&export).unwrap();
    std::fs::write(
        export.join("Patient.ndjson"),
        concat!(
            r#"{"resourceType":"Patient","id":"good","gender":"female","birthDate":"1960-03-01"}"#,
            "\n",
            r#"{"resourceType":"Patient","id":"undated","gender":"female"}"#,
            "\n",
            r#"{"resourceType":"Patient","id":"broken","gender":"male","birthDate":"1950-01-01"}"#,
            "\n",
        ),
    )
    .unwrap();
    std::fs::write(
        export.join("Encounter.ndjson"),
        concat!(
            r#"{"resourceType":"Encounter","id":"e1","status":"finished","subject":{"reference":"Patient/good"},"#,
            r#""type":[{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"99214"}]}],"#,
            r#""period":{"start":"2025-03-03T09:00:00Z","end":"2025-03-03T09:30:00Z"}}"#,
            "\n",
            r#"{"resourceType":"Encounter","id":"e2","status":"finished","subject":{"reference":"Patient/broken"},"#,
            "\n",
        ),
    )
    .unwrap();
    let measure = |start: &str, end: &str, valuesets: &str| {
        carebrief(&tmp)
            .args(["measure", "--measure", "CMS125", "--period-start", start, "--period-end", end])
            .args(["--valuesets", valuesets])
            .arg(&export)
            .output()
            .unwrap()
    };
    let out = measure("2025-01-01", "2025-12-31", "profiles/valuesets");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let subjects: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["subject"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(subjects.len(), 2, "{subjects:?}");
    assert!(subjects.contains(&"good".to_owned()) && subjects.contains(&"undated".to_owned()));
    assert!(stderr.contains("patient undated: no birthDate"), "{stderr}");
    assert!(stderr.contains("patient broken:") && stderr.contains("not JSON"), "{stderr}");

    let backwards = measure("2025-12-31", "2025-01-01", "profiles/valuesets");
    assert!(!backwards.status.success());
    let stderr = String::from_utf8_lossy(&backwards.stderr);
    assert!(stderr.contains("ends (2025-01-01) before it starts (2025-12-31)"), "{stderr}");

    let nowhere = measure("2025-01-01", "2025-12-31", "no/such/valuesets");
    assert!(!nowhere.status.success());
    assert!(String::from_utf8_lossy(&nowhere.stderr).contains("no/such/valuesets"));
}

/// `carebrief deid --bundle FILE` prints the patient de-identified as a FHIR Bundle: no
/// planted identifier of that patient in it, under either Safe Harbor profile; a limited
/// data set keeps the dates.
#[test]
fn deid_bundle_prints_a_deidentified_bundle() {
    let tmp = tempfile::tempdir().unwrap();
    let file = fixtures_dir().join("minh-nguyen.json");
    let planted = planted_identifiers();
    for profile in ["safe-harbor", "safe-harbor-strict", "limited-data-set"] {
        let out = carebrief(&tmp).args(["deid", "--profile", profile, "--bundle"]).arg(&file).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{profile}: {stderr}");
        assert!(stderr.contains(&format!("profile {profile} (sha256 ")), "{stderr}");
        let text = String::from_utf8(out.stdout).unwrap();
        let bundle: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(bundle["resourceType"], "Bundle");
        let entries = bundle["entry"].as_array().unwrap();
        assert!(entries.len() > 10, "{profile}: {} entries", entries.len());
        assert_eq!(entries[0]["resource"]["resourceType"], "Patient");
        assert!(!text.contains("Practitioner") && !text.contains("RelatedPerson"));
        if profile != "limited-data-set" {
            let leaked: Vec<&String> = planted.iter().filter(|p| text.contains(p.as_str())).collect();
            assert!(leaked.is_empty(), "{profile}: {leaked:?}");
        } else {
            assert!(text.contains("\"birthDate\": \"1958-09-02\""), "a limited data set keeps dates");
            assert!(!text.contains("Nguyen") && !text.contains("40118802") && !text.contains("555-0157"));
        }
    }
    let unknown = carebrief(&tmp).args(["deid", "--profile", "loose", "--bundle"]).arg(&file).output().unwrap();
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no de-identification profile `loose`"));
    // Two patients' pseudonyms would collide (both start at Patient/p1): refused.
    let mut two: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let other: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixtures_dir().join("rosa-delgado.json")).unwrap()).unwrap();
    two["entry"].as_array_mut().unwrap().extend(other["entry"].as_array().unwrap().iter().cloned());
    let both = tmp.path().join("two.json");
    std::fs::write(&both, two.to_string()).unwrap();
    let out = carebrief(&tmp).args(["deid", "--bundle"]).arg(&both).output().unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("holds 2 patients"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let missing = carebrief(&tmp).args(["deid", "--bundle", "no-such-bundle.json"]).output().unwrap();
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no-such-bundle.json is not a file"));
}
