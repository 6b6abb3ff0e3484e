CREATE TABLE runs (
    id TEXT PRIMARY KEY NOT NULL,
    patient_id TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX runs_patient ON runs (patient_id, created_at);

CREATE TABLE drafts (
    id TEXT PRIMARY KEY NOT NULL,
    run_id TEXT NOT NULL REFERENCES runs (id),
    patient_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX drafts_status ON drafts (status, created_at);
CREATE INDEX drafts_run ON drafts (run_id);

CREATE TABLE reviews (
    id TEXT PRIMARY KEY NOT NULL,
    draft_id TEXT NOT NULL REFERENCES drafts (id),
    reviewer TEXT NOT NULL,
    role TEXT NOT NULL,
    decision TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX reviews_draft ON reviews (draft_id);

CREATE TABLE write_results (
    draft_id TEXT PRIMARY KEY NOT NULL REFERENCES drafts (id),
    identifier TEXT NOT NULL,
    outcome TEXT NOT NULL,
    location TEXT,
    written_at TEXT NOT NULL
);

CREATE TABLE audit_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    patient_id TEXT,
    subject TEXT,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL UNIQUE
);
