//! `discret eval`: the checker's figures on a labelled corpus.

use discret_checker::Strictness;

use super::fail;
use crate::corpus::{self, Metrics};
use crate::input::read_text;
use crate::EXIT_CLEAN;

/// Runs `discret eval`.
pub fn run(arguments: &[String]) -> i32 {
    let verbose = arguments.iter().any(|argument| argument == "--verbose");
    let rest: Vec<String> = arguments.iter().filter(|argument| *argument != "--verbose").cloned().collect();
    let options = match crate::args::parse(&rest, &["--strictness"]) {
        Ok(options) => options,
        Err(error) => return fail(error),
    };
    let [path] = options.inputs.as_slice() else {
        return fail(crate::locale::pick(
            "eval lit un seul fichier de corpus (JSON Lines)",
            "eval takes one corpus file (JSON Lines)",
        ));
    };
    let text = match read_text(path) {
        Ok(text) => text,
        Err(error) => return fail(error),
    };
    let cases = match corpus::parse(&text) {
        Ok(cases) => cases,
        Err(error) => return fail(format!("{path}: {error}")),
    };

    let (results, metrics) = corpus::evaluate(&cases, options.strictness);
    if verbose {
        for result in &results {
            let wrong_verdict = result.flagged != (result.case.verdict == "violation");
            if wrong_verdict || !result.missed.is_empty() || !result.wrongly_flagged.is_empty() {
                crate::output::print(&format!(
                    "{} ({}): flagged={} missed={:?} wrongly_flagged={:?}\n",
                    result.case.id, result.case.verdict, result.flagged, result.missed, result.wrongly_flagged
                ));
                for finding in &result.findings {
                    crate::output::print(&format!(
                        "    {:?} {} [{}] {:?}\n",
                        finding.severity, finding.category, finding.rule, finding.text
                    ));
                }
            }
        }
        crate::output::print("\n");
    }
    crate::output::print(&report(path, cases.len(), options.strictness, &metrics));
    EXIT_CLEAN
}

/// Formats the figures: the quality bars, then one line a category.
pub fn report(path: &str, count: usize, strictness: Strictness, metrics: &Metrics) -> String {
    let strictness = format!("{strictness:?}").to_lowercase();
    let mut out = format!("corpus {path}: {count} cases, strictness {strictness}\n\n");
    out.push_str(&format!("{:<28} {:>8} {:>8}  {}\n", "measure", "value", "bar", "holds"));
    for (name, value, bar, holds) in metrics.bars() {
        let comparison = if name.contains("caught") || name.contains("covered") { ">=" } else { "<=" };
        out.push_str(&format!(
            "{:<28} {:>7.1}% {comparison}{:>5.1}%  {}\n",
            name,
            value * 100.0,
            bar * 100.0,
            if holds { "yes" } else { "NO" }
        ));
    }
    out.push_str(&format!(
        "\nviolations caught {}/{}, compliant flagged {}/{}, must_flag covered {}/{}, must_not_flag hit {}/{}\n\n",
        metrics.violations_caught,
        metrics.violations,
        metrics.compliant_flagged,
        metrics.compliant,
        metrics.must_flag_covered,
        metrics.must_flag,
        metrics.must_not_flag_hit,
        metrics.must_not_flag
    ));
    out.push_str(&format!(
        "{:<30} {:>9} {:>7} {:>8} {:>13}\n",
        "category", "labelled", "found", "recall", "false alarms"
    ));
    for (category, counts) in &metrics.by_category {
        let recall = if counts.labelled == 0 {
            "-".to_string()
        } else {
            format!("{:.1}%", 100.0 * counts.found as f64 / counts.labelled as f64)
        };
        out.push_str(&format!(
            "{:<30} {:>9} {:>7} {:>8} {:>13}\n",
            category, counts.labelled, counts.found, recall, counts.false_alarms
        ));
    }
    out
}
