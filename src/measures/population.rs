//! Population mode: the measures over a Bulk Data NDJSON export of any size, on every
//! core, in memory that does not grow with the population.
//!
//! NDJSON exports hold one file per resource type, in no particular order, so a patient's
//! resources are spread over every file. Two passes:
//!
//! 1. **Partition.** The files are cut into chunks of whole lines that the workers read in
//!    parallel. For each line a light parse reads only `resourceType`, `id` and the
//!    patient reference, and the line is appended to the temporary bucket file of its
//!    patient (FNV-1a hash of the patient id, modulo the bucket count). The bucket count
//!    is chosen from the export's size so that one bucket holds about
//!    [`Options::bucket_bytes`] of NDJSON. An export no larger than one bucket is not
//!    copied: it is read as a single bucket.
//! 2. **Evaluate.** The workers take buckets in turn; each reads its bucket's text, groups
//!    the lines by patient (the partition wrote the patient id and the line's place in the
//!    export before each line, so this takes no parse), and evaluates every patient
//!    (sorted by id) for every measure, parsing a patient's resources just before and
//!    dropping them just after. Results are written bucket by bucket, in bucket order.
//!
//! Memory is a bucket's text and one patient's resources per worker, plus a bounded
//! number of finished buckets waiting for their turn to be written. The output order is therefore deterministic: by bucket (the
//! hash of the patient id), then by patient id, then in the order the measures were asked.
//!
//! Resources that refer to no patient (Practitioner, Organization, Medication, ...) feed no
//! measure and are dropped. A line that is not JSON is blamed on the patient it names
//! (`Patient/<id>` in the text), who then gets no result; otherwise it is reported on its
//! own, with its file and byte offset.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use serde::Deserialize;
use serde_json::Value;

use super::input::{InputError, patient_of};
use super::{ChartFromText, Engine, MeasureId, Populations};

/// How a population run uses the machine.
#[derive(Debug, Clone)]
pub struct Options {
    /// Worker threads (at least one).
    pub threads: usize,
    /// NDJSON bytes per bucket: the unit of memory. A worker holds one bucket's text
    /// and one patient's parsed resources at a time.
    pub bucket_bytes: u64,
    /// Where the temporary bucket files go.
    pub temp_dir: Option<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            threads: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            bucket_bytes: 32 << 20,
            temp_dir: None,
        }
    }
}

/// The results of one bucket, handed to the writer.
#[derive(Debug, Default)]
pub struct BucketOutput {
    /// Result lines, one per patient and measure, newline-terminated.
    pub lines: String,
    /// Each evaluated patient's populations per measure (group order), in output order.
    pub patients: Vec<PatientResult>,
    /// Problems, each naming the patient or the file.
    pub problems: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct PatientResult {
    pub subject: String,
    pub measures: Vec<(MeasureId, Vec<Populations>)>,
    pub no_birth_date: bool,
}

/// What the caller hears while a population is evaluated.
pub enum Event {
    /// A problem that concerns no single bucket's patients (a line that names no patient).
    Problem(String),
    /// Bytes of NDJSON read in the partition pass.
    Read(u64),
    /// The partition pass is done: this many buckets follow.
    Buckets(usize),
    /// One bucket's results, in bucket order.
    Bucket(BucketOutput),
}

/// Whether `path` is a directory holding NDJSON files.
pub fn is_ndjson_dir(path: &Path) -> bool {
    std::fs::read_dir(path)
        .map(|entries| entries.filter_map(Result::ok).any(|e| e.path().extension().is_some_and(|x| x == "ndjson")))
        .unwrap_or(false)
}

/// The NDJSON files of an export and their sizes, sorted by name.
pub fn ndjson_files(dir: &Path) -> Result<Vec<(PathBuf, u64)>, InputError> {
    let unreadable = |e: std::io::Error| InputError::Unreadable { path: dir.to_owned(), reason: e.to_string() };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        let path = entry.map_err(unreadable)?.path();
        if path.extension().is_some_and(|x| x == "ndjson") {
            let len = std::fs::metadata(&path)
                .map_err(|e| InputError::Unreadable { path: path.clone(), reason: e.to_string() })?
                .len();
            files.push((path, len));
        }
    }
    files.sort();
    Ok(files)
}

/// Evaluates every patient of the export in `dir`, calling `on` with each event on the
/// calling thread.
pub fn evaluate(
    engine: &Engine,
    dir: &Path,
    opts: &Options,
    on: &mut dyn FnMut(Event) -> std::io::Result<()>,
) -> Result<(), PopulationError> {
    let files = ndjson_files(dir)?;
    let total: u64 = files.iter().map(|f| f.1).sum();
    let threads = opts.threads.max(1);
    let buckets = usize::try_from(total.div_ceil(opts.bucket_bytes.max(1))).unwrap_or(usize::MAX).max(1);
    let temp = match &opts.temp_dir {
        Some(d) => tempfile::Builder::new().prefix("carebrief-buckets-").tempdir_in(d),
        None => tempfile::Builder::new().prefix("carebrief-buckets-").tempdir(),
    }
    .map_err(|e| PopulationError::Temp(e.to_string()))?;

    // Pass 1: partition (skipped when the export is one bucket).
    let sources: Vec<Vec<PathBuf>> = if buckets == 1 {
        on(Event::Read(total))?;
        vec![files.iter().map(|f| f.0.clone()).collect()]
    } else {
        partition(&files, buckets, threads, temp.path(), on)?
    };
    on(Event::Buckets(sources.len()))?;

    // Pass 2: evaluate bucket by bucket.
    let next = AtomicUsize::new(0);
    let written = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Result<BucketOutput, PopulationError>)>();
    let keep_in_memory = buckets == 1;
    let result = std::thread::scope(|s| {
        for _ in 0..threads.min(sources.len()) {
            let tx = tx.clone();
            let (next, written, sources) = (&next, &written, &sources);
            s.spawn(move || {
                loop {
                    let b = next.fetch_add(1, Ordering::SeqCst);
                    if b >= sources.len() {
                        break;
                    }
                    // Do not run ahead of the writer: finished buckets wait in memory.
                    while b > written.load(Ordering::SeqCst) + 2 * threads {
                        std::thread::park_timeout(std::time::Duration::from_millis(2));
                    }
                    let out = evaluate_bucket(engine, &sources[b], keep_in_memory);
                    if tx.send((b, out)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut waiting: BTreeMap<usize, BucketOutput> = BTreeMap::new();
        let mut first_error = None;
        for (b, out) in rx {
            match out {
                Ok(out) => {
                    waiting.insert(b, out);
                }
                Err(e) => {
                    first_error.get_or_insert(e);
                    // Stop the others: nothing after this bucket can be written in order.
                    next.store(usize::MAX / 2, Ordering::SeqCst);
                    written.store(usize::MAX / 4, Ordering::SeqCst);
                }
            }
            while first_error.is_none() {
                let w = written.load(Ordering::SeqCst);
                let Some(out) = waiting.remove(&w) else { break };
                if let Err(e) = on(Event::Bucket(out)) {
                    first_error = Some(e.into());
                    next.store(usize::MAX / 2, Ordering::SeqCst);
                    written.store(usize::MAX / 4, Ordering::SeqCst);
                    break;
                }
                written.store(w + 1, Ordering::SeqCst);
            }
        }
        first_error.map_or(Ok(()), Err)
    });
    drop(temp);
    result
}

#[derive(Debug, thiserror::Error)]
pub enum PopulationError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("temporary bucket files: {0}")]
    Temp(String),
    #[error("cannot write the output: {0}")]
    Output(#[from] std::io::Error),
}

/// FNV-1a: a hash that is the same on every machine and in every release, so the output
/// order is too.
fn bucket_of(patient: &str, buckets: usize) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in patient.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h % buckets as u64) as usize
}

/// The few elements the partition reads; everything else is skipped unparsed.
#[derive(Deserialize)]
struct Head<'a> {
    #[serde(rename = "resourceType", borrow, default)]
    resource_type: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    id: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    subject: Option<RefHead<'a>>,
    #[serde(borrow, default)]
    patient: Option<RefHead<'a>>,
    #[serde(borrow, default)]
    beneficiary: Option<RefHead<'a>>,
}

#[derive(Deserialize)]
struct RefHead<'a> {
    #[serde(borrow, default)]
    reference: Option<Cow<'a, str>>,
}

/// What a line is, as far as the partition needs to know.
enum Routed {
    Patient(String),
    /// Refers to no patient: feeds no measure.
    Orphan,
    /// Not JSON; the patient it names, if any.
    Broken(Option<String>),
}

fn route(line: &str) -> Routed {
    match serde_json::from_str::<Head<'_>>(line) {
        Ok(head) => {
            if head.resource_type.as_deref() == Some("Patient") {
                return head.id.map_or(Routed::Orphan, |id| Routed::Patient(id.into_owned()));
            }
            let reference = [head.subject, head.patient, head.beneficiary]
                .into_iter()
                .flatten()
                .filter_map(|r| r.reference)
                .find_map(|r| patient_id_in(&r).map(str::to_owned));
            reference.map_or(Routed::Orphan, Routed::Patient)
        }
        // Valid JSON of an unexpected shape (a reference that is not an object, ...): read
        // it in full.
        Err(e) if !e.is_syntax() && !e.is_eof() => match serde_json::from_str::<Value>(line) {
            Ok(v) => patient_of(&v).map_or(Routed::Orphan, |p| Routed::Patient(p.to_owned())),
            Err(_) => Routed::Broken(named_patient(line)),
        },
        Err(_) => Routed::Broken(named_patient(line)),
    }
}

fn patient_id_in(reference: &str) -> Option<&str> {
    let (before, id) = reference.rsplit_once('/')?;
    (before == "Patient" || before.ends_with("/Patient")).then_some(id).filter(|id| !id.is_empty())
}

/// The patient a broken line names (`Patient/<id>`), if it names one.
pub(crate) fn named_patient(line: &str) -> Option<String> {
    let at = line.find("Patient/")?;
    let id: &str =
        line[at + "Patient/".len()..].split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '.')).next()?;
    (!id.is_empty()).then(|| id.to_owned())
}

/// Chunks of whole lines: `(file index, start, end)`; a line belongs to the chunk its
/// first byte is in.
fn chunks(files: &[(PathBuf, u64)], size: u64) -> Vec<(usize, u64, u64)> {
    let mut out = Vec::new();
    for (i, (_, len)) in files.iter().enumerate() {
        let mut start = 0;
        while start < *len {
            let end = (start + size).min(*len);
            out.push((i, start, end));
            start = end;
        }
    }
    out
}

const CHUNK_BYTES: u64 = 8 << 20;

/// Pass 1: every line to its patient's bucket file, one set of files per worker (no
/// locks on the write path). Returns each bucket's files.
fn partition(
    files: &[(PathBuf, u64)],
    buckets: usize,
    threads: usize,
    dir: &Path,
    on: &mut dyn FnMut(Event) -> std::io::Result<()>,
) -> Result<Vec<Vec<PathBuf>>, PopulationError> {
    let work = chunks(files, CHUNK_BYTES);
    let next = AtomicUsize::new(0);
    let workers = threads.min(work.len()).max(1);
    let (tx, rx) = mpsc::channel::<Event>();
    let failure: Mutex<Option<PopulationError>> = Mutex::new(None);
    let paths: Vec<Vec<PathBuf>> =
        (0..buckets).map(|b| (0..workers).map(|w| dir.join(format!("bucket-{b:05}-{w}.ndjson"))).collect()).collect();
    std::thread::scope(|s| {
        for w in 0..workers {
            let tx = tx.clone();
            let (work, next, failure, paths) = (&work, &next, &failure, &paths);
            s.spawn(move || {
                if let Err(e) = partition_worker(files, work, next, buckets, w, paths, &tx) {
                    failure.lock().unwrap_or_else(|p| p.into_inner()).get_or_insert(e);
                    next.store(usize::MAX / 2, Ordering::SeqCst);
                }
            });
        }
        drop(tx);
        for event in rx {
            if let Err(e) = on(event) {
                failure.lock().unwrap_or_else(|p| p.into_inner()).get_or_insert(e.into());
                next.store(usize::MAX / 2, Ordering::SeqCst);
            }
        }
    });
    if let Some(e) = failure.into_inner().unwrap_or_else(|p| p.into_inner()) {
        return Err(e);
    }
    Ok(paths)
}

fn partition_worker(
    files: &[(PathBuf, u64)],
    work: &[(usize, u64, u64)],
    next: &AtomicUsize,
    buckets: usize,
    worker: usize,
    paths: &[Vec<PathBuf>],
    tx: &mpsc::Sender<Event>,
) -> Result<(), PopulationError> {
    let temp = |e: std::io::Error| PopulationError::Temp(e.to_string());
    let mut writers: Vec<BufWriter<File>> = (0..buckets)
        .map(|b| File::create(&paths[b][worker]).map(|f| BufWriter::with_capacity(64 << 10, f)))
        .collect::<Result<_, _>>()
        .map_err(temp)?;
    let mut line = String::new();
    loop {
        let i = next.fetch_add(1, Ordering::SeqCst);
        let Some(&(file, start, end)) = work.get(i) else { break };
        let path = &files[file].0;
        let unreadable = |e: std::io::Error| InputError::Unreadable { path: path.clone(), reason: e.to_string() };
        let mut handle = File::open(path).map_err(unreadable)?;
        let mut pos = start;
        if start > 0 {
            // The line that starts before this chunk belongs to the previous one.
            handle.seek(SeekFrom::Start(start - 1)).map_err(unreadable)?;
            let mut reader = BufReader::with_capacity(256 << 10, handle);
            let mut skipped = Vec::new();
            pos = start - 1 + reader.read_until(b'\n', &mut skipped).map_err(unreadable)? as u64;
            run_chunk(&mut reader, file, path, pos, end, buckets, &mut writers, &mut line, tx).map_err(unreadable)?;
        } else {
            let mut reader = BufReader::with_capacity(256 << 10, handle);
            run_chunk(&mut reader, file, path, pos, end, buckets, &mut writers, &mut line, tx).map_err(unreadable)?;
        }
        let _ = tx.send(Event::Read(end - start));
    }
    for w in &mut writers {
        w.flush().map_err(temp)?;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn run_chunk<R: Read>(
    reader: &mut BufReader<R>,
    file: usize,
    path: &Path,
    mut pos: u64,
    end: u64,
    buckets: usize,
    writers: &mut [BufWriter<File>],
    line: &mut String,
    tx: &mpsc::Sender<Event>,
) -> std::io::Result<()> {
    while pos < end {
        line.clear();
        let n = reader.read_line(line)?;
        if n == 0 {
            break;
        }
        let at = pos;
        pos += n as u64;
        let text = line.trim_end_matches(['\n', '\r']);
        if text.trim().is_empty() {
            continue;
        }
        let patient = match route(text) {
            Routed::Patient(p) => p,
            Routed::Orphan => continue,
            Routed::Broken(Some(p)) => p,
            Routed::Broken(None) => {
                let _ = tx.send(Event::Problem(format!(
                    "{} at byte {at}: not JSON (no patient could be told; the patients of this input may be incomplete)",
                    path.display()
                )));
                continue;
            }
        };
        // The patient and the line's place in the export travel with it: the bucket pass
        // groups without parsing and restores the export's order (ties in "most recent"
        // are broken by input order).
        let w = &mut writers[bucket_of(&patient, buckets)];
        write!(w, "{patient}\t{file}\t{at}\t")?;
        w.write_all(text.as_bytes())?;
        w.write_all(b"\n")?;
    }
    Ok(())
}

/// One line of a bucket: its patient, its place in the export, its text.
struct Entry<'a> {
    patient: Cow<'a, str>,
    file: u32,
    offset: u64,
    text: &'a str,
}

/// Pass 2 for one bucket. `originals` is true when the files are the export itself (one
/// bucket, not partitioned): its lines are routed here, and those that name no patient
/// are reported here.
///
/// Only the bucket's text is held; each patient's lines are parsed just before the
/// patient is evaluated and dropped right after, so a bucket costs little more memory
/// than its size.
fn evaluate_bucket(engine: &Engine, files: &[PathBuf], originals: bool) -> Result<BucketOutput, PopulationError> {
    let mut out = BucketOutput::default();
    let mut texts = Vec::with_capacity(files.len());
    for path in files {
        let text = std::fs::read_to_string(path).map_err(|e| {
            if originals {
                PopulationError::Input(InputError::Unreadable { path: path.clone(), reason: e.to_string() })
            } else {
                PopulationError::Temp(e.to_string())
            }
        })?;
        texts.push(text);
    }
    let mut entries: Vec<Entry<'_>> = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let mut offset = 0u64;
        for (n, raw) in text.split_inclusive('\n').enumerate() {
            let at = offset;
            offset += raw.len() as u64;
            let line = raw.trim_end_matches(['\n', '\r']);
            if line.trim().is_empty() {
                continue;
            }
            if originals {
                let patient = match route(line) {
                    Routed::Patient(p) | Routed::Broken(Some(p)) => p,
                    Routed::Orphan => continue,
                    Routed::Broken(None) => {
                        out.problems.push(format!(
                            "{} line {}: not JSON (no patient could be told; the patients of this input may be incomplete)",
                            files[i].display(),
                            n + 1
                        ));
                        continue;
                    }
                };
                entries.push(Entry { patient: Cow::Owned(patient), file: i as u32, offset: at, text: line });
            } else {
                let mut parts = line.splitn(4, '\t');
                let (Some(patient), Some(file), Some(offset), Some(text)) =
                    (parts.next(), parts.next(), parts.next(), parts.next())
                else {
                    return Err(PopulationError::Temp("a bucket line lost its prefix".into()));
                };
                let (Ok(file), Ok(offset)) = (file.parse(), offset.parse()) else {
                    return Err(PopulationError::Temp("a bucket line lost its prefix".into()));
                };
                entries.push(Entry { patient: Cow::Borrowed(patient), file, offset, text });
            }
        }
    }
    entries.sort_unstable_by(|a, b| (&a.patient, a.file, a.offset).cmp(&(&b.patient, b.file, b.offset)));
    let names: Vec<String> =
        if originals { files.iter().map(|f| f.display().to_string()).collect() } else { Vec::new() };
    for group in entries.chunk_by(|a, b| a.patient == b.patient) {
        let id = &group[0].patient;
        // The patient's resources are parsed here, into a view that borrows from the
        // bucket's text, and dropped when the patient is done.
        let chart = match engine.chart_from_texts(group.iter().map(|e| e.text)) {
            Ok(c) => c,
            Err(ChartFromText::NotJson { .. }) => {
                // Every line of the patient's that cannot be read is named, not only the
                // first (read the same way as above, so the failing one is among them).
                for e in group {
                    if let Err(error) = super::json::parse_resource(e.text, super::chart::reads_element) {
                        let place = names
                            .get(e.file as usize)
                            .map_or_else(|| "the export".to_owned(), |name| format!("{name} at byte {}", e.offset));
                        out.problems.push(format!(
                            "patient {id}: {place}: a resource is not JSON ({error}); no result for this patient"
                        ));
                    }
                }
                continue;
            }
            Err(ChartFromText::Chart(e)) => {
                out.problems.push(format!("patient {id}: {e}; no result for this patient"));
                continue;
            }
        };
        let no_birth_date = !chart.has_birth_date();
        if no_birth_date {
            out.problems
                .push(format!("patient {}: no birthDate; the patient is outside every initial population", chart.id()));
        }
        let mut measures = Vec::with_capacity(engine.measures().len());
        for &m in engine.measures() {
            let result = engine.evaluate(&chart, m);
            out.lines.push_str(&result.to_line());
            out.lines.push('\n');
            measures.push((m, result.groups.iter().map(|g| g.populations).collect()));
        }
        out.patients.push(PatientResult { subject: chart.id().to_owned(), measures, no_birth_date });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_light_parse_finds_the_patient_or_says_there_is_none() {
        let p = |s: &str| match route(s) {
            Routed::Patient(p) => Some(p),
            _ => None,
        };
        assert_eq!(p(r#"{"resourceType":"Patient","id":"a","name":[{"family":"X"}]}"#).as_deref(), Some("a"));
        assert_eq!(
            p(r#"{"resourceType":"Observation","code":{"text":"x\"y"},"subject":{"reference":"Patient/b"}}"#)
                .as_deref(),
            Some("b")
        );
        assert_eq!(
            p(r#"{"resourceType":"Coverage","beneficiary":{"reference":"https://x/fhir/Patient/c"}}"#).as_deref(),
            Some("c")
        );
        // An escaped reference is still read.
        assert_eq!(p(r#"{"resourceType":"Encounter","subject":{"reference":"Patient\/d"}}"#).as_deref(), Some("d"));
        // A reference of the wrong shape falls back to the full parse.
        assert!(matches!(route(r#"{"resourceType":"Encounter","subject":"Patient/e"}"#), Routed::Orphan));
        assert!(matches!(route(r#"{"resourceType":"Organization","id":"o"}"#), Routed::Orphan));
        assert!(
            matches!(route(r#"{"resourceType":"Observation","subject":{"reference":"Patient/f"},"#), Routed::Broken(Some(ref p)) if p == "f")
        );
        assert!(matches!(route("garbage"), Routed::Broken(None)));
    }

    #[test]
    fn chunks_cover_every_byte_once() {
        let files = vec![(PathBuf::from("a"), 20), (PathBuf::from("b"), 0), (PathBuf::from("c"), 7)];
        let c = chunks(&files, 8);
        assert_eq!(c, vec![(0, 0, 8), (0, 8, 16), (0, 16, 20), (2, 0, 7)]);
        assert_eq!(bucket_of("patient-1", 1), 0);
        assert_eq!(bucket_of("patient-1", 7), bucket_of("patient-1", 7));
    }
}
