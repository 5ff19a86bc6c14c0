//! The rules. Each produces candidates in folded offsets; `crate::check` turns them into findings.
//!
//! | file | finds |
//! |---|---|
//! | `terms.rs` | health, billing and relative vocabulary tied to the reviewer |
//! | `phrases.rs` | phrasings of every category from `data/<lang>/phrases/` |
//! | `echo.rs` | what the reply repeats of the review |
//! | `dates.rs` | dates, days and times of care |
//! | `contact_details.rs` | phone numbers, e-mail and postal addresses, NIR, ages, birth dates |
//! | `names.rs` | surnames the reviewer did not publish, names of third parties |
//! | `amounts.rs` | sums of money owed or paid |
//! | `masks.rs` | spans that are never findings (idioms, practice name, signature) |

pub mod amounts;
pub mod contact_details;
pub mod dates;
pub mod echo;
pub mod masks;
pub mod names;
pub mod phrases;
pub mod terms;

use crate::category::Category;
use crate::context::Context;
use crate::report::Severity;
use crate::request::Strictness;

/// What a fix does to the span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fix {
    /// No safe edit of the span alone exists: the sentence needs rewording.
    None,
    /// Delete the span (and the space before it).
    Delete,
    /// Replace the span with this text.
    Replace(String),
}

/// A finding before messages and offsets are attached.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// Start in the folded reply.
    pub start: usize,
    /// End in the folded reply, exclusive.
    pub end: usize,
    pub category: Category,
    pub rule: &'static str,
    pub severity: Severity,
    /// Lowest strictness at which the candidate is reported.
    pub strictness: Strictness,
    pub fix: Fix,
    /// True for findings that breach only in company: kept when their sentence addresses the reader
    /// or holds another finding (a date alone, « en juin », is not about anyone).
    pub needs_company: bool,
}

impl Candidate {
    /// A candidate reported from standard strictness on, with no special condition.
    pub fn new(start: usize, end: usize, category: Category, rule: &'static str, severity: Severity, fix: Fix) -> Candidate {
        Candidate { start, end, category, rule, severity, strictness: Strictness::Standard, fix, needs_company: false }
    }
}

/// Runs every rule over the context.
pub fn run(context: &Context<'_>) -> Vec<Candidate> {
    let mut candidates = Vec::new();
    phrases::find(context, &mut candidates);
    terms::find(context, &mut candidates);
    echo::find(context, &mut candidates);
    names::find(context, &mut candidates);
    contact_details::find(context, &mut candidates);
    amounts::find(context, &mut candidates);
    dates::find(context, &mut candidates);
    candidates
}
