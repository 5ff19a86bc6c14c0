//! The rules. Each produces candidates in folded offsets; `crate::check` turns them into findings.
//!
//! | file | finds |
//! |---|---|
//! | `terms.rs` | health, billing and relative vocabulary tied to the reviewer |
//! | `phrases.rs` | phrasings of every category from `data/<lang>/phrases/` |
//! | `echo.rs` | what the reply repeats of the review |
//! | `dates.rs` | dates, days and times of care |
//! | `contact_details.rs` | phone numbers, e-mail and postal addresses, NIR, ages, birth dates |
//! | `reader_past.rs` | what the reader did, told in the past tense |
//! | `names.rs` | surnames the reviewer did not publish, names of third parties |
//! | `amounts.rs` | sums of money owed or paid, discounts |
//! | `learned.rs` | clauses a trained model scores as telling the reader's care |
//! | `legal.rs` | legal words next to care |
//! | `measurements.rs` | doses, readings and measures |
//! | `masks.rs` | spans that are never findings (idioms, practice name, signature) |

pub mod amounts;
pub mod contact_details;
pub mod dates;
pub mod echo;
pub mod learned;
pub mod legal;
pub mod masks;
pub mod measurements;
pub mod names;
pub mod phrases;
pub mod practice_past;
pub mod reader_past;
pub mod terms;

use crate::category::Category;
use crate::context::Context;
use crate::report::Severity;
use crate::request::Strictness;

/// The edit a fix makes to the span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fix {
    /// No safe edit of the span alone exists: the sentence needs rewording.
    None,
    /// Delete the span.
    Delete,
    /// Replace the span with this text.
    Replace(String),
}

/// The condition a candidate needs in its sentence to count. A date alone, « en juin », is about no one; next
/// to « votre consultation » it dates a visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Company {
    /// Counts by itself.
    None,
    /// Counts when the sentence addresses the reader or contains another finding.
    ReaderOrFinding,
    /// Counts when the sentence contains another finding of another category.
    Finding,
    /// Counts when the sentence contains another finding of any category: « vous êtes arrivé à 9h20,
    /// ce qui a décalé tout le planning » puts the delay on the reader after a dispute of the same kind.
    AnyFinding,
    /// Counts where no other finding overlaps it, because a clause the model scores (`learned.rs`) adds
    /// to the rules and never repeats them. Beside another finding it shrinks to its longest run of words
    /// that no finding covers, and goes when that run is shorter than three words or scores too low
    /// alone. What is left is quoted without the function words at its ends.
    Alone,
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
    /// The condition its sentence must meet for the candidate to count.
    pub company: Company,
}

impl Candidate {
    /// Creates a candidate reported from standard strictness on, with no condition on its sentence.
    pub fn new(
        start: usize,
        end: usize,
        category: Category,
        rule: &'static str,
        severity: Severity,
        fix: Fix,
    ) -> Candidate {
        Candidate {
            start,
            end,
            category,
            rule,
            severity,
            strictness: Strictness::Standard,
            fix,
            company: Company::None,
        }
    }
}

/// Runs every rule over the context.
///
/// Explicit breaches run first: a sentence that confirms a visit or disputes facts is about the reader
/// even when it also contains a general marker (« selon notre politique », "per our policy"), so its
/// health, billing and date words count.
pub fn run(context: &mut Context<'_>) -> Vec<Candidate> {
    let mut candidates = Vec::new();
    phrases::find(context, &mut candidates);
    names::find(context, &mut candidates);
    for candidate in &candidates {
        let explicit =
            matches!(candidate.category, Category::VisitConfirmation | Category::DisputeOfFacts | Category::Identifier);
        if explicit && candidate.severity == Severity::Error {
            let sentence = context.sentence_at(candidate.start);
            context.general[sentence] = false;
        }
    }
    // Phrases of the other categories were skipped in general sentences; look again in the sentences
    // that are no longer general.
    phrases::find_in_reopened(context, &mut candidates);
    terms::find(context, &mut candidates);
    reader_past::find(context, &mut candidates);
    practice_past::find(context, &mut candidates);
    echo::find(context, &mut candidates);
    contact_details::find(context, &mut candidates);
    amounts::find(context, &mut candidates);
    measurements::find(context, &mut candidates);
    dates::find(context, &mut candidates);
    legal::find(context, &mut candidates);
    learned::find(context, &mut candidates);
    candidates
}
