//! Phrasings that breach by themselves, read from `data/<lang>/phrases/<category>.tsv`: visits
//! confirmed, outcomes wished, facts disputed, legal threats, remarks, advertising…

use super::{Candidate, Fix};
use crate::category::Category;
use crate::context::Context;

/// Finds the phrases of the reply's language.
pub fn find(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    for sentence in &context.sentences {
        context.data.phrases.for_each_match(&context.tokens, sentence.first_token, sentence.end_token, |first, end, phrase| {
            let start = context.tokens[first].start;
            let end = context.tokens[end - 1].end;
            if context.is_masked(start, end) {
                return;
            }
            let mut candidate = Candidate::new(start, end, phrase.category, rule_id(phrase.category), phrase.severity, fix_for(phrase.category));
            candidate.strictness = phrase.strictness;
            candidates.push(candidate);
        });
    }
}

/// Outcomes and wishes can simply go; other phrases carry the sentence and need rewording.
fn fix_for(category: Category) -> Fix {
    match category {
        Category::ImplicitOutcome | Category::Advertising | Category::DerogatoryRemark => Fix::Delete,
        _ => Fix::None,
    }
}

fn rule_id(category: Category) -> &'static str {
    match category {
        Category::VisitConfirmation => "visit_confirmation/phrase",
        Category::ImplicitOutcome => "implicit_outcome/phrase",
        Category::DisputeOfFacts => "dispute_of_facts/phrase",
        Category::LegalThreatRevealingCare => "legal_threat_revealing_care/phrase",
        Category::DerogatoryRemark => "derogatory_remark/phrase",
        Category::Advertising => "advertising/phrase",
        Category::Relative => "relative/phrase",
        Category::Billing => "billing/phrase",
        Category::DateOrTime => "date_or_time/phrase",
        Category::Identifier => "identifier/phrase",
        Category::Treatment => "treatment/phrase",
        Category::Diagnosis => "diagnosis/phrase",
        Category::SymptomOrBodyPart => "symptom_or_body_part/phrase",
        Category::Medication => "medication/phrase",
        Category::TestOrResult => "test_or_result/phrase",
        Category::EchoOfReview => "echo_of_review/phrase",
    }
}
