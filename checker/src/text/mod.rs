//! Text handling: folding, words and sentences, and offsets as JavaScript counts them.

pub mod fold;
pub mod offsets;
pub mod tokens;

pub use fold::Folded;
pub use tokens::{has_word, tokenize, Sentence, Token};
