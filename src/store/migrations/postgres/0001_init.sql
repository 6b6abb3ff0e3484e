CREATE TABLE runs (
    id UUID PRIMARY KEY,
    patient_id TEXT NOT NULL,
    body JSONB NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX runs_patient ON runs (patient_id, created_at);

CREATE TABLE drafts (
    id UUID PRIMARY KEY,
    run_id UUID NOT NULL REFERENCES runs (id),
    patient_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    version BIGINT NOT NULL,
    body JSONB NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX drafts_status ON drafts (status, created_at);
CREATE INDEX drafts_run ON drafts (run_id);

CREATE TABLE reviews (
    id UUID PRIMARY KEY,
    draft_id UUID NOT NULL REFERENCES drafts (id),
    reviewer TEXT NOT NULL,
    role TEXT NOT NULL,
    decision TEXT NOT NULL,
    body JSONB NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX reviews_draft ON reviews (draft_id);

CREATE TABLE write_results (
    draft_id UUID PRIMARY KEY REFERENCES drafts (id),
    identifier TEXT NOT NULL,
    outcome TEXT NOT NULL,
    location TEXT,
    written_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE audit_events (
    seq BIGSERIAL PRIMARY KEY,
    at TIMESTAMPTZ NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    patient_id TEXT,
    subject TEXT,
    detail JSONB NOT NULL,
    prev_hash TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL UNIQUE
);
