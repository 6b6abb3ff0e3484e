//! The language's words, read from a word list on the host (one word to a line, as
//! Debian's `wamerican` installs at `/usr/share/dict/words`).
//!
//! The scrubber asks it one question: is a chart name written in lower case also a word?
//! A patient called Memory, Rod or Gold is not meant by "short-term memory", "intramedullary
//! rod" or "the gold standard" in a sentence whose writer capitalises (see
//! `scrub::dictionary_matches`). Without a list every lower-case mention of a chart name
//! is removed: safe, at the cost of those words.
//!
//! The list is read once per process, from `deid.word_list` (see [`use_list`]); code that
//! never sets one (unit tests, the library) reads the default path if it exists.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, OnceLock};

/// Where Debian's word lists put the system's list.
pub const DEFAULT_PATH: &str = "/usr/share/dict/words";

type Words = HashSet<Box<str>, foldhash::fast::RandomState>;

static CHOSEN: OnceLock<Option<PathBuf>> = OnceLock::new();

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let path = CHOSEN.get_or_init(|| Some(PathBuf::from(DEFAULT_PATH)));
    path.as_deref().and_then(|p| std::fs::read_to_string(p).ok()).map_or_else(Words::default, |text| parse(&text))
});

/// The lower-case words of a list: proper nouns ("Heather"), possessives ("heather's") and
/// words with other characters are left out.
fn parse(text: &str) -> Words {
    text.lines()
        .map(str::trim)
        .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
        .map(Box::from)
        .collect()
}

/// Said once at start when the default list is not installed.
pub const MISSING: &str = "no word list at /usr/share/dict/words (Debian package wamerican; setting deid.word_list): \
     every lower-case mention of a chart name will be removed, words such as \"memory\" or \"rod\" too";

/// What [`use_list`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordList {
    /// Read: how many lower-case words, from where.
    Loaded { words: usize, path: PathBuf },
    /// The default list is not installed; every lower-case chart name will be removed.
    DefaultMissing,
    /// Turned off by an empty `deid.word_list`.
    Off,
}

/// Chooses the word list for this process and reads it: `setting` is `deid.word_list`
/// (`None`: the default path, if installed; `""`: none). A path that was set but cannot
/// be read is an error. The first call decides; later calls report the list in use.
pub fn use_list(setting: Option<&Path>) -> anyhow::Result<WordList> {
    let wanted = match setting {
        Some(p) if p.as_os_str().is_empty() => None,
        Some(p) => {
            if let Err(e) = std::fs::metadata(p) {
                anyhow::bail!("cannot read deid.word_list {}: {e}", p.display());
            }
            Some(p.to_owned())
        }
        None => Some(PathBuf::from(DEFAULT_PATH)),
    };
    let chosen = CHOSEN.get_or_init(|| wanted).clone();
    let words = WORDS.len();
    Ok(match chosen {
        None => WordList::Off,
        Some(path) if words > 0 => WordList::Loaded { words, path },
        Some(_) if setting.is_none() => WordList::DefaultMissing,
        Some(path) => anyhow::bail!("deid.word_list {} holds no lower-case words", path.display()),
    })
}

/// Whether `lower` (in lower case) is one of the list's words.
pub fn is_word(lower: &str) -> bool {
    WORDS.contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_keeps_lower_case_words_only() {
        let words = parse("Heather\nheather\nheather's\nrod\n\n  gold  \nx-ray\nÉtienne\n");
        let mut got: Vec<&str> = words.iter().map(|w| &**w).collect();
        got.sort_unstable();
        assert_eq!(got, ["gold", "heather", "rod"]);
    }

    #[test]
    fn a_word_list_that_was_set_but_is_missing_is_an_error() {
        let err = use_list(Some(Path::new("/nonexistent/carebrief-words"))).unwrap_err();
        assert!(err.to_string().contains("cannot read deid.word_list /nonexistent/carebrief-words"), "{err}");
    }
}
