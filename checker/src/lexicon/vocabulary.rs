//! The words that the pattern sets of one language name, numbered, so that matching compares numbers.
//!
//! A reply's words are looked up once ([`Vocabulary::look_up`]), and every pattern set of the language
//! reads the same [`WordIds`], so no set hashes the reply's words itself.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};

use crate::text::Token;

/// Hashes short words fast: the vocabulary is looked up for every word of a reply, and the standard
/// library's SipHash, built to resist attacks on the hash, cost about 6 % of `check`. The keys are the
/// project's own pattern words, so no input can choose them to collide.
#[derive(Clone, Copy, Default)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        // FNV-1a.
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }

    fn write_u32(&mut self, value: u32) {
        // Ids are small consecutive numbers: one multiplication spreads them (Fibonacci hashing).
        self.0 = (self.0.rotate_left(29) ^ u64::from(value)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type WordBuildHasher = std::hash::BuildHasherDefault<WordHasher>;
pub(crate) type WordMap<V> = HashMap<String, V, WordBuildHasher>;

/// The number of a whole word that some pattern names.
pub type WordId = u32;

/// The number of a prefix key: the first one to [`PREFIX_KEY_CHARS`] characters of a prefix that can
/// open a pattern (`pris*` opens under `pris`).
pub type KeyId = u32;

/// The id of a word, or key, that no pattern names.
pub const UNKNOWN: u32 = u32::MAX;

/// Number of characters of a prefix that index it; shorter prefixes index under all their characters.
pub const PREFIX_KEY_CHARS: usize = 4;

/// Source of the serial numbers that tell vocabularies apart.
static NEXT_SERIAL: AtomicU32 = AtomicU32::new(1);

/// The numbered words and prefix keys of a group of pattern sets.
#[derive(Debug)]
pub struct Vocabulary {
    /// Serial number that tells this vocabulary's ids from another's: a set reads ids from its own
    /// vocabulary only.
    serial: u32,
    words: WordMap<WordId>,
    keys: WordMap<KeyId>,
    /// For each byte, the lengths in characters (bit `n - 1` for `n`) of the keys that start with it:
    /// most words start with a letter that opens no key, and skip the look-ups.
    key_lengths_by_first_byte: [u8; 256],
}

impl Default for Vocabulary {
    fn default() -> Self {
        Vocabulary {
            serial: NEXT_SERIAL.fetch_add(1, Ordering::Relaxed),
            words: WordMap::default(),
            keys: WordMap::default(),
            key_lengths_by_first_byte: [0; 256],
        }
    }
}

/// The ids of the words of a text in one vocabulary, token by token.
#[derive(Debug, Default)]
pub struct WordIds {
    pub(crate) serial: u32,
    pub(crate) words: Vec<WordId>,
    /// The keys each word starts with, by key length (index `n - 1` for `n` characters).
    pub(crate) keys: Vec<[KeyId; PREFIX_KEY_CHARS]>,
}

impl Vocabulary {
    pub(crate) fn serial(&self) -> u32 {
        self.serial
    }

    /// Returns the id of `word`, numbering it if it is new.
    pub(crate) fn intern_word(&mut self, word: &str) -> WordId {
        if let Some(&id) = self.words.get(word) {
            return id;
        }
        let id = self.words.len() as WordId;
        self.words.insert(word.to_string(), id);
        id
    }

    /// Returns the id of the prefix key `key`, numbering it if it is new.
    pub(crate) fn intern_key(&mut self, key: &str) -> KeyId {
        if let Some(&id) = self.keys.get(key) {
            return id;
        }
        if let Some(&first_byte) = key.as_bytes().first() {
            let length = key.chars().count().clamp(1, PREFIX_KEY_CHARS);
            self.key_lengths_by_first_byte[usize::from(first_byte)] |= 1 << (length - 1);
        }
        let id = self.keys.len() as KeyId;
        self.keys.insert(key.to_string(), id);
        id
    }

    /// Looks up the words of `tokens` and the prefix keys they start with.
    pub fn look_up(&self, tokens: &[Token<'_>]) -> WordIds {
        let words = tokens.iter().map(|token| self.words.get(token.word).copied().unwrap_or(UNKNOWN)).collect();
        let keys = tokens.iter().map(|token| self.keys_of(token.word)).collect();
        WordIds { serial: self.serial, words, keys }
    }

    fn keys_of(&self, word: &str) -> [KeyId; PREFIX_KEY_CHARS] {
        let mut keys = [UNKNOWN; PREFIX_KEY_CHARS];
        let lengths = word.as_bytes().first().map_or(0, |&byte| self.key_lengths_by_first_byte[usize::from(byte)]);
        if lengths == 0 {
            return keys;
        }
        // A prefix is indexed under its first `PREFIX_KEY_CHARS` characters, or all of them when it is
        // shorter: try the word's first one to `PREFIX_KEY_CHARS` characters.
        let ends = word.char_indices().map(|(offset, _)| offset).skip(1).chain(std::iter::once(word.len()));
        for (length, end) in ends.take(PREFIX_KEY_CHARS).enumerate() {
            if lengths & (1 << length) != 0 {
                keys[length] = self.keys.get(&word[..end]).copied().unwrap_or(UNKNOWN);
            }
        }
        keys
    }
}

/// Returns the index key of a prefix or word: its first [`PREFIX_KEY_CHARS`] characters at most.
pub fn prefix_key(text: &str) -> &str {
    match text.char_indices().nth(PREFIX_KEY_CHARS) {
        Some((offset, _)) => &text[..offset],
        None => text,
    }
}
