//! The vault at rest: sealed with AES-256-GCM-SIV under a key derived from
//! `deid.vault_key`, bound to its run and patient, kept through the store until its
//! time-to-live (the review window) runs out.
//!
//! A sealed vault is `version (1 byte) || nonce (12 bytes) || ciphertext`; the associated
//! data is the run id and the patient id, so a vault copied onto another run or patient
//! does not open. GCM-SIV keeps a repeated nonce from revealing anything beyond equality
//! of whole messages; nonces are random anyway.

use aes_gcm_siv::aead::{Aead, KeyInit, Payload};
use aes_gcm_siv::{Aes256GcmSiv, Nonce};
use secrecy::SecretString;

use super::Vault;
use crate::fhir::PatientId;

const VERSION: u8 = 1;

/// Seals and opens vaults.
#[derive(Clone)]
pub struct VaultKey {
    cipher: Aes256GcmSiv,
}

impl std::fmt::Debug for VaultKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("VaultKey(..)")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("the vault does not open: wrong key, altered, or sealed for another run or patient")]
    Open,
    #[error("the vault is not in a known format")]
    Format,
}

impl VaultKey {
    /// The key derived from a secret (HMAC-SHA256 of a fixed label under the secret).
    pub fn from_secret(secret: &SecretString) -> Self {
        let key = super::keyed_sha256(secret, &[b"carebrief/vault-key/v1"]);
        Self { cipher: Aes256GcmSiv::new_from_slice(&key).expect("32 bytes") }
    }

    /// The key the settings ask for: `deid.vault_key`, or a random one for this process
    /// (vaults then do not outlive it).
    pub fn from_settings(settings: &crate::config::DeidSettings) -> Self {
        match &settings.vault_key {
            Some(key) => Self::from_secret(key),
            None => {
                tracing::info!("no deid.vault_key configured; vaults sealed in this process open only in it");
                Self::from_secret(&super::random_secret())
            }
        }
    }

    /// Seals `vault` for `run`.
    pub fn seal(&self, run: &str, vault: &Vault) -> Vec<u8> {
        let plain = serde_json::to_vec(vault).expect("a vault serializes");
        let nonce: [u8; 12] = rand::random();
        let aad = associated(run, vault.patient());
        let sealed = self
            .cipher
            .encrypt(Nonce::from_slice(&nonce), Payload { msg: &plain, aad: &aad })
            .expect("encryption of a bounded message");
        let mut out = Vec::with_capacity(1 + nonce.len() + sealed.len());
        out.push(VERSION);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    /// Opens a vault sealed for `run` and `patient`.
    pub fn open(&self, run: &str, patient: &PatientId, sealed: &[u8]) -> Result<Vault, SealError> {
        let (&version, rest) = sealed.split_first().ok_or(SealError::Format)?;
        if version != VERSION || rest.len() < 12 + 16 {
            return Err(SealError::Format);
        }
        let (nonce, body) = rest.split_at(12);
        let aad = associated(run, patient);
        let plain = self
            .cipher
            .decrypt(Nonce::from_slice(nonce), Payload { msg: body, aad: &aad })
            .map_err(|_| SealError::Open)?;
        let vault: Vault = serde_json::from_slice(&plain).map_err(|_| SealError::Format)?;
        if vault.patient() != patient {
            return Err(SealError::Open);
        }
        Ok(vault)
    }
}

fn associated(run: &str, patient: &PatientId) -> Vec<u8> {
    format!("carebrief-vault\0{run}\0{}", patient.as_str()).into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deid::Category;

    fn vault() -> Vault {
        let mut v = Vault::new(PatientId::parse("pat-1").unwrap(), -21);
        v.placeholder(Category::Name, "Alonso Quixote");
        v.placeholder(Category::Phone, "555-201-7788");
        v
    }

    #[test]
    fn a_sealed_vault_opens_only_for_its_run_and_patient_under_its_key() {
        let key = VaultKey::from_secret(&SecretString::from("vault-test-key-0123456789abcdef"));
        let sealed = key.seal("run-1", &vault());
        let text = String::from_utf8_lossy(&sealed);
        assert!(!text.contains("Quixote") && !text.contains("555-201"), "encrypted at rest");
        let opened = key.open("run-1", &PatientId::parse("pat-1").unwrap(), &sealed).unwrap();
        assert_eq!(opened.reidentify("Call [[NAME_1]] at [[PHONE_1]].").text, "Call Alonso Quixote at 555-201-7788.");
        assert_eq!(opened.shift_days(), -21);
        // Another run, another patient, another key, a flipped bit: nothing opens.
        assert_eq!(key.open("run-2", &PatientId::parse("pat-1").unwrap(), &sealed).unwrap_err(), SealError::Open);
        assert_eq!(key.open("run-1", &PatientId::parse("pat-2").unwrap(), &sealed).unwrap_err(), SealError::Open);
        let other = VaultKey::from_secret(&SecretString::from("another-key-0123456789abcdef0000"));
        assert_eq!(other.open("run-1", &PatientId::parse("pat-1").unwrap(), &sealed).unwrap_err(), SealError::Open);
        let mut flipped = sealed.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert_eq!(key.open("run-1", &PatientId::parse("pat-1").unwrap(), &flipped).unwrap_err(), SealError::Open);
        assert_eq!(key.open("run-1", &PatientId::parse("pat-1").unwrap(), &[9, 9]).unwrap_err(), SealError::Format);
        // Sealing twice gives different bytes (fresh nonces).
        assert_ne!(key.seal("run-1", &vault()), sealed);
    }
}
