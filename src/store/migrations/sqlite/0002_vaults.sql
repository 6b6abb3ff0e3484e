-- Each run's de-identification vault, sealed (AES-256-GCM-SIV), kept until it expires.
CREATE TABLE vaults (
    run_id TEXT PRIMARY KEY NOT NULL REFERENCES runs (id),
    patient_id TEXT NOT NULL,
    sealed BLOB NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX vaults_expiry ON vaults (expires_at);
