//! # discret-checker
//!
//! Finds breaches of medical secrecy in a health professional's public reply to a patient review,
//! in French and English, and explains each one with the legal reason.
//!
//! ```
//! use discret_checker::{check, Request};
//!
//! let request = Request {
//!     reply: "Merci Sophie ! Ravie que votre détartrage se soit bien passé.".into(),
//!     reviewer: Some("Sophie M.".into()),
//!     ..Request::default()
//! };
//! let report = check(&request);
//! assert!(report.findings.iter().any(|finding| finding.text.contains("détartrage")));
//! ```
//!
//! ## How it works
//!
//! 1. The reply is *folded* (lower case, no accents, one kind of apostrophe and space, inclusive writing
//!    joined) with a map back to the original, then split into words and sentences (`text`).
//! 2. Vocabulary (`data/<lang>/terms/`) is looked up word by word in a hash index; phrase patterns
//!    (`data/<lang>/phrases/`) are matched word by word, indexed by their first word (`lexicon`).
//! 3. Rules (`rules/`) decide what is tied to the reviewer: a possessive (« votre genou »), a sentence that
//!    addresses the reader, an echo of the review, a date next to care. General statements (« pour tous
//!    nos patients »), idioms (« de tout cœur ») and the practice's own name are never findings.
//!    Last, a clause model trained on labelled replies (`rules/learned.rs`) flags the clauses that speak
//!    to the reader and tell their care in words no rule lists.
//! 4. Findings get messages in the UI locale, the legal reference of the profession, a fix where a safe
//!    one exists, and offsets in bytes and in UTF-16 code units.
//!
//! The data files are embedded at build time, so the WebAssembly module needs nothing else.

pub mod category;
pub mod context;
pub mod lexicon;
pub mod messages;
pub mod phrasebook;
pub mod report;
pub mod request;
pub mod rewrite;
pub mod rules;
pub mod text;

mod check;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use category::Category;
pub use check::{check, check_at, detect_language, reply_language};
pub use phrasebook::{suggest, Situation, Suggestion, Suggestions, Tone};
pub use report::{Finding, Report, Severity};
pub use request::{Lang, LangChoice, Locale, Practice, Profession, Request, Strictness};
pub use rewrite::{rewrite, rewrite_checked, Removal, Rewrite};

/// Longest reply the checker reads, in bytes; longer replies are checked up to this length and the
/// report says so. Google limits replies to 4,096 bytes, so this only bounds pasted documents.
pub const MAX_REPLY_BYTES: usize = 64 * 1024;
