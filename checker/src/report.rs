//! The checker's output: findings with their spans, messages and fixes.

use serde::{Deserialize, Serialize};

use crate::category::Category;
use crate::request::{Lang, Strictness};

/// The result of checking one reply.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Report {
    /// Language the reply was checked as.
    pub lang: Lang,
    /// Strictness the findings were computed at.
    pub strictness: Strictness,
    /// Findings, sorted by start offset.
    pub findings: Vec<Finding>,
    /// True when the reply was longer than the checker reads and only its beginning was checked.
    pub truncated: bool,
}

/// One breach, or one risk, found in the reply.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Start of the span in UTF-16 code units, as JavaScript counts.
    pub start: usize,
    /// End of the span in UTF-16 code units, exclusive.
    pub end: usize,
    /// Start of the span in bytes of the UTF-8 reply.
    pub byte_start: usize,
    /// End of the span in bytes, exclusive.
    pub byte_end: usize,
    /// The reply's text in the span.
    pub text: String,
    /// Stable category id.
    pub category: Category,
    /// Id of the rule that produced the finding, such as `visit_confirmation/phrase`.
    pub rule: String,
    pub severity: Severity,
    /// One-sentence statement of the problem, in the UI locale.
    pub message: String,
    /// The reason, with the rule in plain words.
    pub explanation: String,
    /// Legal reference for the practitioner's profession.
    pub legal: String,
    /// Replacement text for the span (possibly empty, to delete it), when a safe one exists.
    pub fix: Option<String>,
}

/// Seriousness of a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}
