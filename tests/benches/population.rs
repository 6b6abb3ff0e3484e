//! Population benchmark: patients per second and peak memory, in one run, for
//! (a) merely reading and parsing a Bulk Data NDJSON export, on every core, and
//! (b) all six measures over the same export in population mode.
//!
//! ```text
//! cargo bench --bench population                  # 10,000 and 100,000 patients
//! cargo bench --bench population -- 2000          # other sizes
//! cargo bench --bench population -- --generate DIR 5000   # only write a population
//! ```
//!
//! The synthetic population is deterministic (patient `k` always gets the same chart):
//! office visits, hypertension and diabetes, blood pressures, HbA1c results, mammograms,
//! colonoscopies and FIT tests, tobacco and depression screenings with their follow-ups,
//! and routine labs, coded as the fixtures are, so every measure takes its real paths.
//! Peak memory is the process's VmHWM, reset before each phase (`/proc/self/clear_refs`).

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use carebrief::measures::population::{self, Event};
use carebrief::measures::{Engine, MeasureId, Period};
use serde_json::{Value, json};

/// splitmix64: small, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    /// A day in `from + [0, span)`.
    fn date_in(&mut self, from: i32, span: u64) -> String {
        let year = from + self.below(span) as i32;
        self.date(year)
    }
    fn date(&mut self, year: i32) -> String {
        format!("{year}-{:02}-{:02}", 1 + self.below(12), 1 + self.below(28))
    }
}

const LOINC: &str = "http://loinc.org";
const SNOMED: &str = "http://snomed.info/sct";
const CPT: &str = "http://www.ama-assn.org/go/cpt";
const OBS_CAT: &str = "http://terminology.hl7.org/CodeSystem/observation-category";

fn coded(system: &str, code: &str, display: &str) -> Value {
    json!({"coding": [{"system": system, "code": code, "display": display}]})
}

fn category(codes: &[&str]) -> Value {
    Value::Array(codes.iter().map(|c| json!({"coding": [{"system": OBS_CAT, "code": c}]})).collect())
}

/// The NDJSON files of one export, by resource type.
struct Export {
    files: Vec<(&'static str, BufWriter<File>)>,
}

impl Export {
    fn create(dir: &Path) -> std::io::Result<Self> {
        std::fs::create_dir_all(dir)?;
        let mut files = Vec::new();
        for ty in ["Patient", "Encounter", "Condition", "Observation", "Procedure", "ServiceRequest"] {
            files.push((ty, BufWriter::with_capacity(1 << 20, File::create(dir.join(format!("{ty}.ndjson")))?)));
        }
        Ok(Self { files })
    }
    fn put(&mut self, resource: &Value) -> std::io::Result<()> {
        let ty = resource["resourceType"].as_str().unwrap_or_default();
        let (_, w) = self.files.iter_mut().find(|(t, _)| *t == ty).expect("a known type");
        serde_json::to_writer(&mut *w, resource)?;
        w.write_all(b"\n")
    }
    fn finish(mut self) -> std::io::Result<()> {
        for (_, w) in &mut self.files {
            w.flush()?;
        }
        Ok(())
    }
}

/// Patient `k`'s chart.
fn patient(k: usize, out: &mut Export) -> std::io::Result<()> {
    let mut r = Rng::new(k as u64);
    let id = format!("syn-{k:07}");
    let subject = json!({"reference": format!("Patient/{id}")});
    let female = r.chance(52);
    let birth_year = 1938 + r.below(72) as i32;
    let age = 2025 - birth_year;
    out.put(&json!({"resourceType": "Patient", "id": id, "gender": if female { "female" } else { "male" },
        "birthDate": r.date(birth_year), "name": [{"family": format!("Synthetic{k}"), "given": ["Test"]}]}))?;
    let mut n = 0;
    let mut next_id = |kind: &str| {
        n += 1;
        format!("{id}-{kind}{n}")
    };

    // Visits: one to four in 2025, a few before.
    let mut visits_2025 = Vec::new();
    let visits = 1 + r.below(4);
    for i in 0..visits + 3 {
        let year = if i < visits { 2025 } else { 2019 + r.below(6) as i32 };
        let day = r.date(year);
        let eid = next_id("enc");
        let (code, display) = if r.chance(15) {
            ("99396", "Periodic preventive medicine reevaluation")
        } else {
            ("99214", "Office/outpatient visit, established patient")
        };
        out.put(&json!({"resourceType": "Encounter", "id": eid, "status": "finished",
            "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
            "type": [coded(CPT, code, display)], "subject": subject,
            "period": {"start": format!("{day}T09:00:00-05:00"), "end": format!("{day}T09:30:00-05:00")}}))?;
        if year == 2025 {
            visits_2025.push((eid, day));
        }
    }

    let hypertensive = age >= 30 && r.chance(40);
    let diabetic = age >= 25 && r.chance(15);
    for (on, code, display) in [
        (hypertensive, "59621000", "Essential hypertension (disorder)"),
        (diabetic, "44054006", "Diabetes mellitus type 2 (disorder)"),
    ] {
        if on {
            out.put(&json!({"resourceType": "Condition", "id": next_id("cond"),
                "clinicalStatus": coded("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active"),
                "category": [coded("http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", "Problem List Item")],
                "code": coded(SNOMED, code, display), "subject": subject,
                "onsetDateTime": r.date_in(2005, 19)}))?;
        }
    }

    for (eid, day) in &visits_2025 {
        let (sys, dia) = (105 + r.below(60), 62 + r.below(38));
        out.put(&json!({"resourceType": "Observation", "id": next_id("bp"), "status": "final",
            "category": category(&["vital-signs"]), "code": coded(LOINC, "85354-9", "Blood pressure panel"),
            "subject": subject, "encounter": {"reference": format!("Encounter/{eid}")},
            "effectiveDateTime": format!("{day}T09:05:00-05:00"),
            "component": [
                {"code": coded(LOINC, "8480-6", "Systolic blood pressure"), "valueQuantity": {"value": sys, "unit": "mm[Hg]", "system": "http://unitsofmeasure.org", "code": "mm[Hg]"}},
                {"code": coded(LOINC, "8462-4", "Diastolic blood pressure"), "valueQuantity": {"value": dia, "unit": "mm[Hg]", "system": "http://unitsofmeasure.org", "code": "mm[Hg]"}}]}))?;
        out.put(&json!({"resourceType": "Observation", "id": next_id("hr"), "status": "final",
            "category": category(&["vital-signs"]), "code": coded(LOINC, "8867-4", "Heart rate"), "subject": subject,
            "effectiveDateTime": format!("{day}T09:05:00-05:00"),
            "valueQuantity": {"value": 55 + r.below(45), "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min"}}))?;
    }

    // Routine labs over the years: most of an export's volume.
    for year in 2022..=2025 {
        for (code, display, unit, lo, span) in
            [("2345-7", "Glucose", "mg/dL", 70, 90), ("2160-0", "Creatinine", "mg/dL", 1, 2)]
        {
            out.put(&json!({"resourceType": "Observation", "id": next_id("lab"), "status": "final",
                "category": category(&["laboratory"]), "code": coded(LOINC, code, display), "subject": subject,
                "effectiveDateTime": format!("{}T08:10:00-05:00", r.date(year)),
                "valueQuantity": {"value": lo + r.below(span), "unit": unit, "system": "http://unitsofmeasure.org", "code": unit}}))?;
        }
    }

    if diabetic && r.chance(80) {
        let value = 5.5 + (r.below(60) as f64) / 10.0;
        out.put(&json!({"resourceType": "Observation", "id": next_id("a1c"), "status": "final",
            "category": category(&["laboratory"]), "code": coded(LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"),
            "subject": subject, "effectiveDateTime": format!("{}T08:10:00-05:00", r.date(2025)),
            "valueQuantity": {"value": value, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}}))?;
    }
    if female && age >= 45 && r.chance(65) {
        out.put(&json!({"resourceType": "Observation", "id": next_id("mg"), "status": "final",
            "category": category(&["imaging"]), "code": coded(LOINC, "24606-6", "MG Breast Screening"), "subject": subject,
            "effectiveDateTime": format!("{}T08:30:00-05:00", r.date_in(2022, 4)),
            "valueString": "BI-RADS 1: Negative."}))?;
    }
    if age >= 45 && r.chance(35) {
        let day = r.date_in(2010, 15);
        out.put(&json!({"resourceType": "Procedure", "id": next_id("colo"), "status": "completed",
            "code": coded(SNOMED, "73761001", "Colonoscopy (procedure)"), "subject": subject,
            "performedPeriod": {"start": format!("{day}T08:30:00-05:00"), "end": format!("{day}T09:10:00-05:00")}}))?;
    } else if age >= 45 && r.chance(20) {
        out.put(&json!({"resourceType": "Observation", "id": next_id("fit"), "status": "final",
            "category": category(&["laboratory"]),
            "code": coded(LOINC, "29771-3", "Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay"),
            "subject": subject, "effectiveDateTime": format!("{}T10:30:00-06:00", r.date(2025)),
            "valueCodeableConcept": coded(SNOMED, "260385009", "Negative (qualifier value)")}))?;
    }

    let Some((eid, day)) = visits_2025.first() else { return Ok(()) };
    let encounter = json!({"reference": format!("Encounter/{eid}")});
    if r.chance(85) {
        let user = r.chance(20);
        let (code, display) = if user {
            ("449868002", "Smokes tobacco daily (finding)")
        } else {
            ("266919005", "Never smoked tobacco (finding)")
        };
        out.put(&json!({"resourceType": "Observation", "id": next_id("tob"), "status": "final",
            "category": category(&["social-history", "survey"]), "code": coded(LOINC, "72166-2", "Tobacco smoking status"),
            "subject": subject, "encounter": encounter, "effectiveDateTime": format!("{day}T09:10:00-05:00"),
            "valueCodeableConcept": coded(SNOMED, code, display)}))?;
        if user && r.chance(50) {
            out.put(&json!({"resourceType": "Procedure", "id": next_id("cess"), "status": "completed",
                "code": coded(CPT, "99406", "Smoking and tobacco use cessation counseling visit"), "subject": subject,
                "encounter": encounter,
                "performedPeriod": {"start": format!("{day}T09:25:00-05:00"), "end": format!("{day}T09:33:00-05:00")}}))?;
        }
    }
    if age >= 12 && r.chance(70) {
        let positive = r.chance(15);
        let (code, display) = if positive {
            ("428181000124104", "Depression screening positive (finding)")
        } else {
            ("428171000124102", "Depression screening negative (finding)")
        };
        out.put(&json!({"resourceType": "Observation", "id": next_id("dep"), "status": "final",
            "category": category(&["survey"]), "code": coded(LOINC, "73832-8", "Adult depression screening assessment"),
            "subject": subject, "encounter": encounter, "effectiveDateTime": format!("{day}T09:13:00-05:00"),
            "valueCodeableConcept": coded(SNOMED, code, display)}))?;
        if positive && r.chance(50) {
            out.put(
                &json!({"resourceType": "ServiceRequest", "id": next_id("ref"), "status": "active", "intent": "order",
                "code": coded(SNOMED, "308459004", "Referral to psychologist (procedure)"), "subject": subject,
                "encounter": encounter, "authoredOn": format!("{day}T09:40:00-05:00")}),
            )?;
        }
    }
    Ok(())
}

fn generate(dir: &Path, patients: usize) -> std::io::Result<u64> {
    let mut export = Export::create(dir)?;
    for k in 0..patients {
        patient(k, &mut export)?;
    }
    export.finish()?;
    let mut bytes = 0;
    for e in std::fs::read_dir(dir)? {
        bytes += e?.metadata()?.len();
    }
    Ok(bytes)
}

/// Peak resident memory since the last reset, in MiB.
fn peak_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn reset_peak() {
    // "5" resets the peak resident set size (Linux 4.0+).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// (a): every line of every file read and parsed into a JSON value, in 8 MiB chunks of
/// whole lines on every core (what population mode does at the least).
fn read_and_parse(dir: &Path, threads: usize) -> usize {
    let files = population::ndjson_files(dir).expect("the export");
    let mut work = Vec::new();
    for (path, len) in &files {
        let mut start = 0;
        while start < *len {
            work.push((path.clone(), start, (start + (8 << 20)).min(*len)));
            start += 8 << 20;
        }
    }
    let next = AtomicUsize::new(0);
    let parsed = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                let mut line = String::new();
                while let Some((path, start, end)) = work.get(next.fetch_add(1, Ordering::SeqCst)) {
                    let mut f = File::open(path).expect("open");
                    let mut pos = *start;
                    if *start > 0 {
                        f.seek(SeekFrom::Start(start - 1)).expect("seek");
                    }
                    let mut reader = BufReader::with_capacity(256 << 10, f);
                    if *start > 0 {
                        let mut skip = Vec::new();
                        pos = start - 1 + reader.read_until(b'\n', &mut skip).expect("read") as u64;
                    }
                    let mut count = 0;
                    while pos < *end {
                        line.clear();
                        let n = reader.read_line(&mut line).expect("read");
                        if n == 0 {
                            break;
                        }
                        pos += n as u64;
                        let v: Value = serde_json::from_str(line.trim_end()).expect("JSON");
                        std::hint::black_box(&v);
                        count += 1;
                    }
                    parsed.fetch_add(count, Ordering::SeqCst);
                }
            });
        }
    });
    parsed.into_inner()
}

/// (b): all six measures in population mode; returns (patients, result lines).
fn measure_all(engine: &Engine, dir: &Path) -> (usize, usize) {
    let (mut patients, mut lines) = (0, 0);
    population::evaluate(engine, dir, &population::Options::default(), &mut |e| {
        if let Event::Bucket(b) = e {
            patients += b.patients.len();
            lines += b.lines.lines().count();
            assert!(b.problems.is_empty(), "{:?}", b.problems.first());
        }
        Ok(())
    })
    .expect("population mode runs");
    (patients, lines)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    if let Some(at) = args.iter().position(|a| a == "--generate") {
        let dir = PathBuf::from(args.get(at + 1).expect("--generate DIR N"));
        let n: usize = args.get(at + 2).and_then(|n| n.parse().ok()).expect("--generate DIR N");
        let bytes = generate(&dir, n).expect("generate");
        println!("{n} patients, {:.1} MiB of NDJSON in {}", bytes as f64 / 1048576.0, dir.display());
        return;
    }
    let sizes: Vec<usize> = {
        let given: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
        if given.is_empty() { vec![10_000, 100_000] } else { given }
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let period = Period::parse("2025-01-01", "2025-12-31").expect("period");
    let (engine, unavailable) =
        Engine::load(&root.join("profiles/valuesets"), period, &MeasureId::ALL).expect("value sets");
    assert!(unavailable.is_empty(), "every measure computable");
    let threads = population::Options::default().threads;
    println!("threads: {threads}; value sets: profiles/valuesets; measures: all six; period 2025");
    println!(
        "| patients | NDJSON MiB | (a) read+parse s | (a) patients/s | (a) peak MiB | (b) six measures s | (b) patients/s | (b) peak MiB | (b)/(a) |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for n in sizes {
        let tmp = tempfile::tempdir().expect("temp dir");
        let dir = tmp.path().join("export");
        let bytes = generate(&dir, n).expect("generate");

        reset_peak();
        let t = Instant::now();
        let resources = read_and_parse(&dir, threads);
        let a = t.elapsed().as_secs_f64();
        let a_peak = peak_mib();
        assert!(resources > n);

        reset_peak();
        let t = Instant::now();
        let (patients, lines) = measure_all(&engine, &dir);
        let b = t.elapsed().as_secs_f64();
        let b_peak = peak_mib();
        assert_eq!((patients, lines), (n, n * 6));
        println!(
            "| {n} | {:.0} | {a:.2} | {:.0} | {a_peak:.0} | {b:.2} | {:.0} | {b_peak:.0} | {:.2} |",
            bytes as f64 / 1048576.0,
            n as f64 / a,
            n as f64 / b,
            b / a
        );
    }
}
