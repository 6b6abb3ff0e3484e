//! The real FHIR test server: `@medplum/fhir-router` with its MemoryRepository behind
//! the small Node adapter in `tests/fhir-server/` (`npm ci` there first; `.ci/run` does).

use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStdin, Command, Stdio};

use super::repo_root;

pub struct FhirTestServer {
    pub base: String,
    child: Child,
    // Held open: the server exits when its stdin closes, so a dead test leaves no orphan.
    _stdin: ChildStdin,
}

impl FhirTestServer {
    pub fn start_with(load: &[String]) -> Self {
        let dir = repo_root().join("tests/fhir-server");
        install_once(&dir);
        let mut cmd = Command::new("node");
        cmd.current_dir(&dir).arg("server.mjs").arg("--port").arg("0");
        for path in load {
            cmd.arg("--load").arg(path);
        }
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("node is installed");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).expect("ready line");
        let ready: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|_| panic!("FHIR test server did not start: {line:?}"));
        let base = ready["base"].as_str().expect("base").to_owned();
        Self { base, child, _stdin: stdin }
    }
}

/// `npm ci` on first use, so `cargo test` works on a fresh clone (given Node and npm).
fn install_once(dir: &std::path::Path) {
    static INSTALLED: std::sync::Mutex<bool> = std::sync::Mutex::new(false);
    let mut done = INSTALLED.lock().unwrap_or_else(|e| e.into_inner());
    if *done || dir.join("node_modules/@medplum/fhir-router").exists() {
        *done = true;
        return;
    }
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(dir)
        .status()
        .expect("npm is installed (Node.js 20 or later)");
    assert!(status.success(), "npm ci in tests/fhir-server failed");
    *done = true;
}

impl Drop for FhirTestServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
