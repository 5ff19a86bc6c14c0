//! The bulk audit of past replies: every pair is checked, offending replies get a compliant rewrite, and
//! the results are summed by category.

pub mod html;
pub mod pairs;

use std::collections::BTreeMap;

use serde::Serialize;

use discret_checker::{check_at, rewrite_checked, Finding, Practice, Report, Request, Severity, Strictness, Tone};
pub use pairs::{BadRow, ExportFormat, Pair, Pairs};

/// The audit of one reply that has findings of severity error or warning.
#[derive(Clone, Debug, Serialize)]
pub struct Offending {
    pub line: usize,
    pub reviewer: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub review: String,
    pub reply: String,
    pub findings: Vec<Finding>,
    /// A compliant version of the reply.
    pub rewrite: String,
}

/// The result of an audit.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Audit {
    /// Replies read.
    pub replies: usize,
    /// Replies with at least one finding of severity error or warning.
    pub with_breaches: usize,
    /// Offending replies per category (a reply counts once per category).
    pub by_category: BTreeMap<String, usize>,
    /// Rows that could not be read.
    pub skipped: Vec<SkippedRow>,
    /// Reviews without a reply.
    pub unanswered: usize,
    pub offending: Vec<Offending>,
}

/// A row that could not be read.
#[derive(Clone, Debug, Serialize)]
pub struct SkippedRow {
    pub line: usize,
    pub reason: String,
}

/// Settings of an audit, shared by every pair.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub strictness: Strictness,
    pub locale: discret_checker::Locale,
    pub practice: Practice,
    pub tone: Tone,
}

/// Audits the pairs; `progress` is called after each pair with the number done.
pub fn run(pairs: Pairs, settings: &Settings, mut progress: impl FnMut(usize)) -> Audit {
    let mut audit = Audit {
        replies: pairs.pairs.len(),
        unanswered: pairs.unanswered,
        skipped: pairs.bad_rows.into_iter().map(|row| SkippedRow { line: row.line, reason: row.reason }).collect(),
        ..Audit::default()
    };
    for (done, pair) in pairs.pairs.into_iter().enumerate() {
        let request = Request {
            reply: pair.reply,
            review: Some(pair.review).filter(|review| !review.trim().is_empty()),
            reviewer: pair.reviewer,
            strictness: settings.strictness,
            locale: settings.locale,
            practice: settings.practice.clone(),
            ..Request::default()
        };
        // One analysis gives both the audit's findings and the strict report the rewrite starts from.
        let [report, strict_report]: [Report; 2] =
            check_at(&request, &[settings.strictness, Strictness::Strict]).try_into().expect("one report a strictness");
        let findings: Vec<Finding> =
            report.findings.iter().filter(|finding| finding.severity >= Severity::Warning).cloned().collect();
        if !findings.is_empty() {
            audit.with_breaches += 1;
            let mut categories: Vec<&str> = findings.iter().map(|finding| finding.category.id()).collect();
            categories.sort_unstable();
            categories.dedup();
            for category in categories {
                *audit.by_category.entry(category.to_string()).or_default() += 1;
            }
            let rewritten = rewrite_checked(&request, settings.tone, &report, &strict_report).text;
            audit.offending.push(Offending {
                line: pair.line,
                reviewer: request.reviewer,
                date: pair.date,
                url: pair.url,
                review: request.review.unwrap_or_default(),
                reply: request.reply,
                findings,
                rewrite: rewritten,
            });
        }
        progress(done + 1);
    }
    audit
}
