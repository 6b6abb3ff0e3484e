-- Each run's de-identification vault, sealed (AES-256-GCM-SIV), kept until it expires.
CREATE TABLE vaults (
    run_id UUID PRIMARY KEY REFERENCES runs (id),
    patient_id TEXT NOT NULL,
    sealed BYTEA NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX vaults_expiry ON vaults (expires_at);
