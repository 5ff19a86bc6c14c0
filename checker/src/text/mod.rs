//! Text handling: folding, words and sentences, and offsets as JavaScript counts them.

pub mod fold;
pub mod offsets;
pub mod tokens;

pub use fold::Folded;
pub use tokens::{has_word, tokenize, Sentence, Token};

/// True when `word` is one of `list`. Compares the length and the first byte before the text, so that a
/// scan of a short list costs no call to the library comparison for most words (in WebAssembly, each such
/// call costs more than the whole inline test).
pub fn is_one_of(word: &str, list: &[&str]) -> bool {
    let bytes = word.as_bytes();
    list.iter().any(|item| item.len() == bytes.len() && item.as_bytes().first() == bytes.first() && *item == word)
}
