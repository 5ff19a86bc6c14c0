//! Doses, readings and measures next to the reader: « −2,75 à chaque œil », « 12/8 de tension »,
//! "A1c of 7.2", « 500 mg deux fois par jour ». A number alone is nothing, so these need company.

use std::sync::OnceLock;

use regex::Regex;

use super::{Candidate, Company, Fix};
use crate::category::Category;
use crate::context::Context;
use crate::report::Severity;

const MEASUREMENT: &str = r"(?x-u)
    (?:^|[\s(])[-+]\s?[0-9]{1,2}[.,][0-9]{1,2}\b
  | \b[0-9]+(?:[.,][0-9]+)?\s?(?:mg|mcg|ml|g/l|mg/l|mmol|mmhg|ui|iu|kg|kgs|kilos?|lbs?|oz|kilogrammes?|cm|dioptries?|diopters?|mm|db|decibels?)\b
  | \b(?:[0-9]{1,2})/10\b
  | \b20/[0-9]{2}\b
  | \b[0-9]{1,2}/[0-9]{1,2}\s+(?:de\s+tension|tension|blood\s+pressure)\b
  | \b1[0-9]{2}/[0-9]{2,3}\b
  | \b(?:imc|bmi|hba1c|glycemie|tension|poids|cholesterol|ldl|tsh|psa|ahi|temperature|saturation|spo2|pulse|inr|ferritin|ferritine|glucose|sugar)\s+(?:de|of|a|at|:|was|est|etait)?\s*[0-9]
";

/// Dosage instructions: they are someone's treatment only beside another finding (« prenez
/// l'amoxicilline matin et soir »), not in advice to everyone (« brossez-vous les dents deux fois par
/// jour »).
const DOSAGE: &str = r"(?x-u)
    \b(?:matin\s+et\s+soir|matin,?\s+midi\s+et\s+soir|[0-9]+\s+fois\s+par\s+(?:jour|semaine)|(?:une|deux|trois)\s+fois\s+par\s+(?:jour|semaine)|twice\s+a\s+day|once\s+a\s+day|three\s+times\s+a\s+day|every\s+[0-9]+\s+hours|si\s+besoin|as\s+needed|jusqu'au\s+bout)\b
";

/// One word of each alternative of [`DOSAGE`].
const DOSAGE_WORDS: &[&str] = &["matin", "fois", "twice", "once", "times", "every", "besoin", "needed", "bout"];

fn regex() -> &'static Regex {
    static REGEX: OnceLock<Regex> = OnceLock::new();
    REGEX.get_or_init(|| Regex::new(MEASUREMENT).expect("the measurement pattern is valid"))
}

fn dosage() -> &'static Regex {
    static DOSAGE_REGEX: OnceLock<Regex> = OnceLock::new();
    DOSAGE_REGEX.get_or_init(|| Regex::new(DOSAGE).expect("the dosage pattern is valid"))
}

/// Finds measurements and dosage instructions.
pub fn find(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    let text = &context.folded.text;
    // Every measurement contains a digit, and every dosage one of `DOSAGE_WORDS`.
    let measurement_possible = text.bytes().any(|byte| byte.is_ascii_digit());
    for found in regex().find_iter(if measurement_possible { text } else { "" }) {
        let start =
            found.start() + (found.as_str().len() - found.as_str().trim_start_matches([' ', '(', '\n', '\t']).len());
        let end = found.end();
        if start >= end || context.is_masked(start, end) {
            continue;
        }
        let mut candidate = Candidate::new(
            start,
            end,
            Category::TestOrResult,
            "test_or_result/measurement",
            Severity::Warning,
            Fix::None,
        );
        candidate.company = Company::ReaderOrFinding;
        candidates.push(candidate);
    }
    let dosage_possible = context.has_word(DOSAGE_WORDS);
    for found in dosage().find_iter(if dosage_possible { text } else { "" }) {
        if context.is_masked(found.start(), found.end()) {
            continue;
        }
        let mut candidate = Candidate::new(
            found.start(),
            found.end(),
            Category::Medication,
            "medication/dosage",
            Severity::Warning,
            Fix::None,
        );
        candidate.company = Company::Finding;
        candidates.push(candidate);
    }
}
