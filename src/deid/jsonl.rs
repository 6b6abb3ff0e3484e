//! `carebrief deid --input IN.jsonl --output OUT.jsonl`: notes in, de-identified notes and
//! the spans found out. Input lines are `{"id": "...", "text": "..."}`; each output line is
//! `{"id", "text", "spans": [{"start", "end", "category"}]}` with UTF-8 byte offsets into
//! the input text. A line that cannot be read gets an output line with an `error` and the
//! rest go on: every input line has exactly one output line, in order.
//!
//! A line may also carry `"patient"`: the names, MRN, phones, e-mails and address the chart
//! holds for the patient, relatives and clinicians (the pipeline seeds the scrubber the
//! same way from Patient, RelatedPerson and Practitioner).

use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};

use super::policy::Policy;
use super::scrub::{KnownIdentifiers, Note, Scrubber, Span, find_contained, redact_contained};
use super::{DateShifter, Vault};
use crate::fhir::PatientId;

#[derive(Debug, Deserialize)]
struct InputLine {
    id: serde_json::Value,
    text: String,
    /// Optional: what the chart says about the people this note may name, as the pipeline
    /// knows it from Patient, RelatedPerson and Practitioner.
    #[serde(default)]
    patient: Option<KnownPeople>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct KnownPeople {
    names: Vec<Name>,
    mrn: Option<String>,
    identifiers: Vec<String>,
    phones: Vec<String>,
    emails: Vec<String>,
    address: Option<KnownAddress>,
    relatives: Vec<KnownPerson>,
    clinicians: Vec<KnownPerson>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Name {
    text: Option<String>,
    family: Option<String>,
    given: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct KnownPerson {
    names: Vec<Name>,
    phones: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct KnownAddress {
    line: Vec<String>,
    city: Option<String>,
    #[serde(rename = "postalCode")]
    postal_code: Option<String>,
}

impl KnownPeople {
    fn identifiers(&self) -> KnownIdentifiers {
        use super::scrub::PhiCategory as C;
        let mut k = KnownIdentifiers::default();
        let mut names = |names: &[Name], category| {
            for n in names {
                k.add_name(n.family.as_deref(), &n.given, n.text.as_deref(), category);
            }
        };
        names(&self.names, C::Name);
        for r in &self.relatives {
            names(&r.names, C::Name);
        }
        for c in &self.clinicians {
            names(&c.names, C::ProviderName);
        }
        for r in self.relatives.iter().chain(&self.clinicians) {
            for p in &r.phones {
                k.add(p, C::Phone);
            }
        }
        for id in self.mrn.iter().chain(&self.identifiers) {
            k.add(id, C::Mrn);
        }
        for p in &self.phones {
            k.add(p, C::Phone);
        }
        for e in &self.emails {
            k.add(e, C::Email);
        }
        if let Some(a) = &self.address {
            for l in &a.line {
                k.add(l, C::Address);
            }
            if let Some(c) = &a.city {
                k.add(c, C::City);
            }
            if let Some(z) = &a.postal_code {
                k.add(z, C::Zip);
            }
        }
        k
    }
}

#[derive(Debug, Serialize)]
struct OutputLine<'a> {
    id: &'a serde_json::Value,
    text: String,
    spans: &'a [Span],
}

#[derive(Debug, Serialize)]
struct ErrorLine {
    id: serde_json::Value,
    line: usize,
    error: String,
}

/// What a run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub lines: usize,
    pub errors: usize,
    pub spans: usize,
    pub bytes: usize,
}

/// A line read, waiting for its batch to be scrubbed.
enum Pending {
    Ready(Box<ParsedLine>),
    Failed { id: serde_json::Value, line: usize, error: String },
}

struct ParsedLine {
    line: InputLine,
    known: KnownIdentifiers,
    year: i32,
    /// The line's number in the input, from 1.
    line_no: usize,
}

/// Lines are scrubbed in batches of about this much note text (see [`Scrubber::find_all`]).
const BATCH_BYTES: usize = 256 * 1024;
const BATCH_LINES: usize = 256;

/// De-identifies every line of `input` into `output`. Each line's dates move by an offset
/// derived from its id.
pub fn run(
    input: impl BufRead,
    mut output: impl Write,
    shifter: &DateShifter,
    policy: &Policy,
) -> std::io::Result<Summary> {
    let mut summary = Summary::default();
    let mut reader = input;
    let mut buf = Vec::new();
    let mut batch: Vec<Pending> = Vec::new();
    let mut batch_bytes = 0;
    loop {
        buf.clear();
        // A failed read still writes the lines already read before it.
        let done = match reader.read_until(b'\n', &mut buf) {
            Ok(n) => n == 0,
            Err(e) => {
                write_batch(&mut batch, &mut output, shifter, policy, &mut summary)?;
                output.flush()?;
                return Err(e);
            }
        };
        if !done {
            summary.lines += 1;
            let pending = read_line(&buf, summary.lines);
            if let Pending::Ready(p) = &pending {
                batch_bytes += p.line.text.len();
            }
            batch.push(pending);
        }
        if done || batch_bytes >= BATCH_BYTES || batch.len() >= BATCH_LINES {
            write_batch(&mut batch, &mut output, shifter, policy, &mut summary)?;
            batch_bytes = 0;
        }
        if done {
            break;
        }
    }
    output.flush()?;
    Ok(summary)
}

fn read_line(buf: &[u8], line_no: usize) -> Pending {
    let failed = |id, error| Pending::Failed { id, line: line_no, error };
    let raw = match std::str::from_utf8(buf) {
        Ok(s) => s.trim_end_matches(['\n', '\r']),
        Err(e) => return failed(serde_json::Value::Null, format!("not valid UTF-8 (byte {})", e.valid_up_to())),
    };
    if raw.trim().is_empty() {
        return failed(serde_json::Value::Null, "empty line".into());
    }
    match serde_json::from_str::<InputLine>(raw) {
        Ok(line) => {
            let year = reference_year(&line.text);
            let known = line.patient.as_ref().map(KnownPeople::identifiers).unwrap_or_default();
            Pending::Ready(Box::new(ParsedLine { line, known, year, line_no }))
        }
        Err(e) => {
            let id = serde_json::from_str::<serde_json::Value>(raw)
                .ok()
                .and_then(|v| v.get("id").cloned())
                .unwrap_or_default();
            failed(
                id,
                format!(
                    "expected {{\"id\", \"text\"}}: {}",
                    e.to_string().split(" at line").next().unwrap_or_default()
                ),
            )
        }
    }
}

/// Scrubs the batch's notes together and writes every line of it, in order.
fn write_batch(
    batch: &mut Vec<Pending>,
    output: &mut impl Write,
    shifter: &DateShifter,
    policy: &Policy,
    summary: &mut Summary,
) -> std::io::Result<()> {
    let notes: Vec<Note<'_>> = batch
        .iter()
        .filter_map(|p| match p {
            Pending::Ready(p) => Some(Note { text: &p.line.text, known: &p.known, reference_year: p.year }),
            Pending::Failed { .. } => None,
        })
        .collect();
    let mut found = find_contained(&notes, Scrubber::find_all).into_iter();
    for pending in batch.drain(..) {
        let parsed = match pending {
            Pending::Ready(p) => p,
            Pending::Failed { id, line, error } => {
                summary.errors += 1;
                write_error(output, id, line, error)?;
                continue;
            }
        };
        let Some(findings) = found.next().expect("one finding per note") else {
            summary.errors += 1;
            write_error(output, parsed.line.id, parsed.line_no, SCRUBBER_FAILED.into())?;
            continue;
        };
        let line_no = parsed.line_no;
        let parsed = parsed.line;
        let key = match &parsed.id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let shift = shifter.offset_days_for(&key);
        let mut vault = Vault::new(PatientId::parse("jsonl").expect("a valid id"), shift);
        let Some(text) = redact_contained(&parsed.text, &findings, &mut vault, policy, shift) else {
            summary.errors += 1;
            write_error(output, parsed.id, line_no, SCRUBBER_FAILED.into())?;
            continue;
        };
        summary.spans += findings.spans.len();
        summary.bytes += parsed.text.len();
        serde_json::to_writer(&mut *output, &OutputLine { id: &parsed.id, text, spans: &findings.spans })?;
        output.write_all(b"\n")?;
    }
    Ok(())
}

/// What a line gets when the scrubber itself fails on its note: the note is not written,
/// neither as it came nor in part.
const SCRUBBER_FAILED: &str = "internal error while de-identifying this note; it was not written (please report it)";

fn write_error(output: &mut impl Write, id: serde_json::Value, line: usize, error: String) -> std::io::Result<()> {
    serde_json::to_writer(&mut *output, &ErrorLine { id, line, error })?;
    output.write_all(b"\n")
}

/// The latest plausible four-digit year in the text: the year of dates written without one.
fn reference_year(text: &str) -> i32 {
    static YEAR: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"\b(19[0-9]{2}|20[0-9]{2})\b").expect("regex"));
    YEAR.find_iter(text)
        .filter_map(|m| m.as_str().parse().ok())
        .max()
        .unwrap_or_else(|| chrono::Datelike::year(&chrono::Utc::now()))
}

#[cfg(test)]
mod tests {
    use super::super::scrub::Findings;
    use super::*;
    use secrecy::SecretString;

    fn run_lines(input: &[u8]) -> (Vec<serde_json::Value>, Summary) {
        let shifter = DateShifter::new(SecretString::from("jsonl-test-key-0001"), 52);
        let mut out = Vec::new();
        let summary = run(input, &mut out, &shifter, &Policy::default()).unwrap();
        let lines = String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        (lines, summary)
    }

    #[test]
    fn spans_are_byte_offsets_into_the_input() {
        let note = "Née Zoë Müller, call 555-201-7788 on 03/14/2024.";
        let input = serde_json::json!({"id": "n1", "text": note}).to_string() + "\n";
        let (lines, summary) = run_lines(input.as_bytes());
        assert_eq!(summary.lines, 1);
        let spans = lines[0]["spans"].as_array().unwrap();
        let phone = spans.iter().find(|s| s["category"] == "PHONE").unwrap();
        let (s, e) = (phone["start"].as_u64().unwrap() as usize, phone["end"].as_u64().unwrap() as usize);
        assert_eq!(&note[s..e], "555-201-7788");
        let text = lines[0]["text"].as_str().unwrap();
        assert!(!text.contains("555-201-7788") && !text.contains("03/14/2024"), "{text}");
        assert!(text.contains("[[PHONE_1]]"));
    }

    #[test]
    fn every_bad_line_gets_a_clear_result_and_nothing_is_lost() {
        let mut input = Vec::new();
        input.extend_from_slice(b"{\"id\": \"ok1\", \"text\": \"Seen by Dr. Okafor.\"}\n");
        input.extend_from_slice(b"{\"id\": \"bad-utf8\", \"text\": \"\xff\xfe\"}\n");
        input.extend_from_slice(b"\n");
        input.extend_from_slice(b"{\"id\": \"no-text\"}\n");
        input.extend_from_slice(format!("{}\n", "[".repeat(500)).as_bytes());
        input.extend_from_slice(b"{\"id\": \"empty\", \"text\": \"\"}\n");
        input.extend_from_slice(b"{\"id\": \"ok2\", \"text\": \"Already [[NAME_1]] here\"}");
        let (lines, summary) = run_lines(&input);
        assert_eq!(lines.len(), 7, "one output line per input line");
        assert_eq!(summary.errors, 4);
        assert!(lines[1]["error"].as_str().unwrap().contains("UTF-8"));
        assert!(lines[2]["error"].as_str().unwrap().contains("empty"));
        assert_eq!(lines[3]["id"], "no-text");
        assert!(lines[4]["error"].is_string());
        assert_eq!(lines[5]["text"], "");
        assert_eq!(lines[6]["id"], "ok2");
        assert_eq!(lines[6]["text"], "Already [ [NAME_1] ] here", "a placeholder in the source is defused");
    }

    /// A double of the scrubber that fails on any note holding "FAULT", the way a bug in a
    /// rule would: the real scrubber has no such fault to produce on demand.
    fn faulty_scrubber_double(notes: &[Note<'_>]) -> Vec<Findings> {
        assert!(!notes.iter().any(|n| n.text.contains("FAULT")), "a rule failed");
        Scrubber::find_all(notes)
    }

    #[test]
    fn a_note_the_scrubber_fails_on_is_kept_to_itself() {
        let known = KnownIdentifiers::default();
        let note = |text| Note { text, known: &known, reference_year: 2024 };
        let notes = [note("Call 555-201-3344."), note("FAULT in Jane Doe's note"), note("Seen 3/4/2024.")];
        let found = find_contained(&notes, faulty_scrubber_double);
        assert_eq!(found.len(), 3);
        assert!(found[0].as_ref().is_some_and(|f| !f.spans.is_empty()));
        assert!(found[1].is_none());
        assert!(found[2].as_ref().is_some_and(|f| !f.spans.is_empty()));
        let found = find_contained(&notes, silent_scrubber_double);
        assert_eq!(found.len(), 3, "a scrubber that answers for no note fails every note");
        assert!(found.iter().all(Option::is_none));
    }

    /// A double of the scrubber that returns no findings list at all, as a broken batch would.
    fn silent_scrubber_double(_: &[Note<'_>]) -> Vec<Findings> {
        Vec::new()
    }

    #[test]
    fn a_large_note_is_handled() {
        let note = "Patient seen by Dr. Okafor on 03/14/2024; BP 120/80. ".repeat(40_000);
        let input = serde_json::json!({"id": "big", "text": note}).to_string();
        let (lines, summary) = run_lines(input.as_bytes());
        assert_eq!(summary.errors, 0);
        assert!(summary.bytes > 2_000_000);
        assert!(!lines[0]["text"].as_str().unwrap().contains("Okafor"));
    }
}
