//! The panel report for care coordinators: per measure group, how many patients are in
//! each population and how many have an open gap, and the list of patients with open
//! gaps. Written as Markdown (a readable table and list) or, for a file ending in
//! `.json`, as JSON.
//!
//! Counts are a few numbers per measure group; the list of patients with open gaps grows
//! with the population, so it goes to a temporary file as results arrive and is copied
//! into the report at the end: memory stays flat however large the panel.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde_json::json;

use super::gaps::{GapStatus, status_of};
use super::{MeasureId, Period, Populations};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GroupCounts {
    pub initial_population: u64,
    pub denominator: u64,
    pub denominator_exclusion: u64,
    pub numerator: u64,
    /// `None` for measures without a denominator exception.
    pub denominator_exception: Option<u64>,
    pub open_gaps: u64,
}

pub struct Panel {
    path: PathBuf,
    period: String,
    groups: Vec<(MeasureId, usize, GroupCounts)>,
    patients: u64,
    with_open: u64,
    open_list: BufWriter<File>,
}

impl Panel {
    pub fn new(path: &Path, period: &Period) -> std::io::Result<Self> {
        Ok(Self {
            path: path.to_owned(),
            period: period.to_string(),
            groups: Vec::new(),
            patients: 0,
            with_open: 0,
            open_list: BufWriter::new(tempfile::tempfile()?),
        })
    }

    /// One evaluated patient: populations per measure, groups in order.
    pub fn add(&mut self, subject: &str, measures: &[(MeasureId, Vec<Populations>)]) -> std::io::Result<()> {
        self.patients += 1;
        let mut open = Vec::new();
        for (m, groups) in measures {
            for (i, p) in groups.iter().enumerate() {
                let at = match self.groups.iter().position(|(gm, gi, _)| gm == m && *gi == i + 1) {
                    Some(at) => at,
                    None => {
                        self.groups.push((*m, i + 1, GroupCounts::default()));
                        self.groups.len() - 1
                    }
                };
                let c = &mut self.groups[at].2;
                c.initial_population += u64::from(p.initial_population);
                c.denominator += u64::from(p.denominator);
                c.denominator_exclusion += u64::from(p.denominator_exclusion);
                c.numerator += u64::from(p.numerator);
                if let Some(e) = p.denominator_exception {
                    *c.denominator_exception.get_or_insert(0) += u64::from(e);
                }
                if status_of(*m, *p) == GapStatus::Open {
                    c.open_gaps += 1;
                    open.push(if groups.len() > 1 { format!("{m} group {}", i + 1) } else { m.to_string() });
                }
            }
        }
        if !open.is_empty() {
            self.with_open += 1;
            // One JSON line per patient: the subject can hold any character.
            serde_json::to_writer(&mut self.open_list, &json!([subject, open]))?;
            self.open_list.write_all(b"\n")?;
        }
        Ok(())
    }

    pub fn counts(&self) -> &[(MeasureId, usize, GroupCounts)] {
        &self.groups
    }

    /// Writes the report to its file.
    pub fn finish(mut self) -> std::io::Result<PathBuf> {
        self.groups.sort_by_key(|(m, g, _)| (MeasureId::ALL.iter().position(|x| x == m), *g));
        self.open_list.flush()?;
        let mut list = self.open_list.into_inner().map_err(|e| e.into_error())?;
        list.seek(SeekFrom::Start(0))?;
        let list = BufReader::new(list);
        let mut out = BufWriter::new(File::create(&self.path)?);
        let json_report = self.path.extension().is_some_and(|x| x.eq_ignore_ascii_case("json"));
        let groups_of = |m: MeasureId| self.groups.iter().filter(|(x, _, _)| *x == m).count();
        let title = |m: MeasureId, g: usize| if groups_of(m) > 1 { format!("{m} group {g}") } else { m.to_string() };
        if json_report {
            let measures: Vec<serde_json::Value> = self
                .groups
                .iter()
                .map(|(m, g, c)| {
                    let mut v = json!({
                        "measure": m.as_str(),
                        "group": g,
                        "title": m.title(),
                        "initial-population": c.initial_population,
                        "denominator": c.denominator,
                        "denominator-exclusion": c.denominator_exclusion,
                        "numerator": c.numerator,
                        "open-gaps": c.open_gaps,
                    });
                    if let Some(e) = c.denominator_exception {
                        v["denominator-exception"] = json!(e);
                    }
                    v
                })
                .collect();
            let head = json!({
                "period": self.period,
                "patients": self.patients,
                "patients_with_open_gaps": self.with_open,
                "measures": measures,
            });
            let head = serde_json::to_string_pretty(&head)?;
            // Splice the streamed list in as the last member.
            out.write_all(head.trim_end().trim_end_matches('}').trim_end().as_bytes())?;
            out.write_all(b",\n  \"open_gaps\": [")?;
            for (i, line) in list.lines().enumerate() {
                let line = line?;
                let v: serde_json::Value = serde_json::from_str(&line)?;
                out.write_all(if i == 0 { b"\n    " } else { b",\n    " })?;
                serde_json::to_writer(&mut out, &json!({"subject": v[0], "gaps": v[1]}))?;
            }
            out.write_all(b"\n  ]\n}\n")?;
        } else {
            writeln!(out, "# Care-gap panel report\n")?;
            writeln!(
                out,
                "Measurement period {}: {} patients, {} with at least one open gap.\n",
                self.period, self.patients, self.with_open
            )?;
            writeln!(out, "| measure | title | IP | DENOM | DENEX | NUMER | DENEXCEP | open gaps |")?;
            writeln!(out, "|---|---|---:|---:|---:|---:|---:|---:|")?;
            for (m, g, c) in &self.groups {
                let exc = c.denominator_exception.map_or_else(|| "-".to_owned(), |e| e.to_string());
                writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} | {exc} | {} |",
                    title(*m, *g),
                    m.title(),
                    c.initial_population,
                    c.denominator,
                    c.denominator_exclusion,
                    c.numerator,
                    c.open_gaps
                )?;
            }
            writeln!(
                out,
                "\nCMS122 is inverse: its open gaps are the numerator (glycemic status above 9 % or not tested).\n"
            )?;
            writeln!(out, "## Patients with open gaps\n")?;
            writeln!(out, "| patient | open gaps |")?;
            writeln!(out, "|---|---|")?;
            for line in list.lines() {
                let line = line?;
                let v: serde_json::Value = serde_json::from_str(&line)?;
                let gaps: Vec<&str> =
                    v[1].as_array().map(|a| a.iter().filter_map(|g| g.as_str()).collect()).unwrap_or_default();
                writeln!(out, "| {} | {} |", v[0].as_str().unwrap_or_default().replace('|', "\\|"), gaps.join(", "))?;
            }
        }
        out.flush()?;
        Ok(self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pops(ip: bool, den: bool, num: bool) -> Populations {
        Populations::from_criteria(ip, den, false, num, None)
    }

    #[test]
    fn counts_and_lists_open_gaps_in_both_forms() {
        let dir = tempfile::tempdir().unwrap();
        let period = Period::parse("2025-01-01", "2025-12-31").unwrap();
        for name in ["panel.json", "panel.md"] {
            let mut panel = Panel::new(&dir.path().join(name), &period).unwrap();
            panel.add("a", &[(MeasureId::Cms125, vec![pops(true, true, false)])]).unwrap();
            panel.add("b|c", &[(MeasureId::Cms125, vec![pops(true, true, true)])]).unwrap();
            panel.add("d", &[(MeasureId::Cms122, vec![pops(true, true, true)])]).unwrap();
            panel.add("e", &[(MeasureId::Cms122, vec![pops(false, false, false)])]).unwrap();
            assert_eq!(panel.counts()[0].2.open_gaps, 1);
            let path = panel.finish().unwrap();
            let text = std::fs::read_to_string(path).unwrap();
            if name.ends_with(".json") {
                let v: serde_json::Value = serde_json::from_str(&text).unwrap();
                assert_eq!(v["patients"], 4);
                assert_eq!(v["patients_with_open_gaps"], 2);
                assert_eq!(v["measures"][0]["measure"], "CMS122", "measures in the engine's order");
                assert_eq!(v["measures"][1]["numerator"], 1);
                assert_eq!(
                    v["open_gaps"],
                    json!([{"subject": "a", "gaps": ["CMS125"]}, {"subject": "d", "gaps": ["CMS122"]}])
                );
            } else {
                assert!(text.contains("| CMS125 | Breast cancer screening | 2 | 2 | 0 | 1 | - | 1 |"), "{text}");
                assert!(text.contains("| a | CMS125 |\n| d | CMS122 |"), "{text}");
            }
        }
    }
}
