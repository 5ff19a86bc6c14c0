//! Text handling: folding, words and sentences, and offsets as JavaScript counts them.

pub mod fold;
pub mod offsets;
pub mod tokens;

pub use fold::Folded;
pub use tokens::{has_word, tokenize, Sentence, Token};

/// True when `word` is one of `list`. Compares the length and the first byte before the text, so that
/// most words of a reply cost no call to the library's comparison.
pub fn is_one_of(word: &str, list: &[&str]) -> bool {
    let bytes = word.as_bytes();
    list.iter().any(|item| item.len() == bytes.len() && item.as_bytes().first() == bytes.first() && *item == word)
}
