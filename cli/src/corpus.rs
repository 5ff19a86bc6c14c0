//! Labelled corpora: reading cases and measuring the checker against them.
//!
//! A case is caught when at least one error or warning finding overlaps the reply. A `must_flag`
//! substring is covered when such a finding overlaps it, and a `must_not_flag` substring must overlap none.

use std::collections::BTreeMap;

use serde::Deserialize;

use discret_checker::{check, Category, Finding, LangChoice, Practice, Profession, Request, Severity, Strictness};

/// One labelled review/reply pair.
#[derive(Clone, Debug, Deserialize)]
pub struct Case {
    pub id: String,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub profession: Option<String>,
    #[serde(default)]
    pub review: Option<String>,
    #[serde(default)]
    pub reviewer_name: Option<String>,
    pub reply: String,
    pub verdict: String,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub must_flag: Vec<String>,
    #[serde(default)]
    pub must_not_flag: Vec<String>,
}

/// Parses a JSON Lines corpus. Errors name the line.
pub fn parse(text: &str) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: Case =
            serde_json::from_str(line).map_err(|error| format!("line {}: invalid case: {error}", index + 1))?;
        cases.push(case);
    }
    Ok(cases)
}

/// Builds the checker request of a case.
pub fn request(case: &Case, strictness: Strictness) -> Request {
    Request {
        reply: case.reply.clone(),
        review: case.review.clone(),
        reviewer: case.reviewer_name.clone(),
        lang: match case.lang.as_deref() {
            Some("fr") => LangChoice::Fr,
            Some("en") => LangChoice::En,
            _ => LangChoice::Auto,
        },
        strictness,
        practice: Practice {
            profession: case.profession.as_deref().map(Profession::from_label).unwrap_or_default(),
            ..Practice::default()
        },
        ..Request::default()
    }
}

/// The result of one case.
#[derive(Debug)]
pub struct CaseResult {
    pub case: Case,
    pub findings: Vec<Finding>,
    /// True when an error or warning finding exists.
    pub flagged: bool,
    /// `must_flag` substrings that no finding overlaps.
    pub missed: Vec<String>,
    /// `must_not_flag` substrings that a finding overlaps.
    pub wrongly_flagged: Vec<String>,
}

/// Counts for one category.
#[derive(Debug, Default, Clone)]
pub struct CategoryCounts {
    /// Violation cases labelled with the category.
    pub labelled: usize,
    /// Of those, cases with a finding of that category.
    pub found: usize,
    /// Findings of the category in compliant cases.
    pub false_alarms: usize,
}

/// The figures of a corpus run.
#[derive(Debug, Default)]
pub struct Metrics {
    pub violations: usize,
    pub violations_caught: usize,
    pub compliant: usize,
    pub compliant_flagged: usize,
    pub must_flag: usize,
    pub must_flag_covered: usize,
    pub must_not_flag: usize,
    pub must_not_flag_hit: usize,
    pub by_category: BTreeMap<String, CategoryCounts>,
}

impl Metrics {
    pub fn caught_rate(&self) -> f64 {
        share(self.violations_caught, self.violations, 1.0)
    }
    pub fn false_positive_rate(&self) -> f64 {
        share(self.compliant_flagged, self.compliant, 0.0)
    }
    pub fn must_flag_rate(&self) -> f64 {
        share(self.must_flag_covered, self.must_flag, 1.0)
    }
    pub fn must_not_flag_rate(&self) -> f64 {
        share(self.must_not_flag_hit, self.must_not_flag, 0.0)
    }

    /// Returns the quality bars as (name, measured, bar, holds).
    pub fn bars(&self) -> Vec<(&'static str, f64, f64, bool)> {
        vec![
            ("violations caught", self.caught_rate(), 0.97, self.caught_rate() >= 0.97),
            ("compliant replies flagged", self.false_positive_rate(), 0.03, self.false_positive_rate() <= 0.03),
            ("must_flag covered", self.must_flag_rate(), 0.95, self.must_flag_rate() >= 0.95),
            ("must_not_flag hit", self.must_not_flag_rate(), 0.01, self.must_not_flag_rate() <= 0.01),
        ]
    }
}

/// Returns `part / whole`, or `when_empty` when there is nothing to count: nothing missed for the
/// rates to maximise, nothing wrongly flagged for the rates to minimise.
fn share(part: usize, whole: usize, when_empty: f64) -> f64 {
    if whole == 0 {
        when_empty
    } else {
        part as f64 / whole as f64
    }
}

/// Runs every case at `strictness` and returns per-case results and the figures.
pub fn evaluate(cases: &[Case], strictness: Strictness) -> (Vec<CaseResult>, Metrics) {
    let mut metrics = Metrics::default();
    let mut results = Vec::with_capacity(cases.len());
    for case in cases {
        let report = check(&request(case, strictness));
        let counted: Vec<&Finding> =
            report.findings.iter().filter(|finding| finding.severity >= Severity::Warning).collect();
        let overlaps = |needle: &str| -> Option<bool> {
            let start = case.reply.find(needle)?;
            let end = start + needle.len();
            Some(counted.iter().any(|finding| finding.byte_start < end && start < finding.byte_end))
        };
        let missed: Vec<String> =
            case.must_flag.iter().filter(|needle| overlaps(needle) == Some(false)).cloned().collect();
        let wrongly_flagged: Vec<String> =
            case.must_not_flag.iter().filter(|needle| overlaps(needle) == Some(true)).cloned().collect();
        let flagged = !counted.is_empty();
        let violation = case.verdict == "violation";

        if violation {
            metrics.violations += 1;
            metrics.violations_caught += usize::from(flagged);
            for category in &case.categories {
                let counts = metrics.by_category.entry(category.clone()).or_default();
                counts.labelled += 1;
                let found = counted.iter().any(|finding| Category::from_id(category) == Some(finding.category));
                counts.found += usize::from(found);
            }
        } else {
            metrics.compliant += 1;
            metrics.compliant_flagged += usize::from(flagged);
            for finding in &counted {
                metrics.by_category.entry(finding.category.id().to_string()).or_default().false_alarms += 1;
            }
        }
        metrics.must_flag += case.must_flag.len();
        metrics.must_flag_covered += case.must_flag.len() - missed.len();
        metrics.must_not_flag += case.must_not_flag.len();
        metrics.must_not_flag_hit += wrongly_flagged.len();

        results.push(CaseResult { case: case.clone(), findings: report.findings, flagged, missed, wrongly_flagged });
    }
    (results, metrics)
}
