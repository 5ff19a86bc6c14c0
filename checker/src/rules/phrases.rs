//! Phrasings that breach by themselves, read from `data/<lang>/phrases/<category>.tsv`: visits
//! confirmed, outcomes wished, facts disputed, legal threats, remarks, advertising…

use super::{Candidate, Company, Fix};
use crate::category::Category;
use crate::context::Context;
use crate::lexicon::Phrase;
use crate::report::Severity;

/// Finds the phrases of the reply's language.
pub fn find(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    find_where(context, candidates, |_| true, |_| true);
}

/// Finds again, in sentences that held a general marker but also an explicit breach, the phrases that
/// general sentences skip.
pub fn find_in_reopened(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    let reopened: Vec<bool> = context
        .sentences
        .iter()
        .enumerate()
        .map(|(index, _)| context.had_general_marker(index) && !context.general[index])
        .collect();
    // Advertising errors were found in the first pass, general sentence or not.
    let skipped = |phrase: &Phrase| {
        about_the_practice(phrase.category)
            || (phrase.category == Category::Advertising && phrase.severity < Severity::Error)
    };
    find_where(context, candidates, |sentence| reopened[sentence], skipped);
}

/// True when the clause before token `first` opens a condition (« si », "if", "unless"), and not a
/// concession (« même si », "even if").
fn in_condition(context: &Context<'_>, first: usize) -> bool {
    let (clause_first, _) = super::learned::clause_around(context, first);
    (clause_first..=first).any(|index| {
        matches!(context.tokens[index].word, "if" | "si" | "unless" | "whether")
            && !(index > 0 && matches!(context.tokens[index - 1].word, "even" | "meme"))
    })
}

/// True for categories whose phrases describe the practice in a general statement. Advertising is not
/// one of them, because « nous proposons le blanchiment à prix cassé » promotes the practice.
fn about_the_practice(category: Category) -> bool {
    matches!(category, Category::Billing | Category::Relative | Category::ImplicitOutcome) || category.is_health()
}

fn find_where(
    context: &Context<'_>,
    candidates: &mut Vec<Candidate>,
    sentence_filter: impl Fn(usize) -> bool,
    phrase_filter: impl Fn(&Phrase) -> bool,
) {
    for (index, sentence) in context.sentences.iter().enumerate() {
        if !sentence_filter(index) {
            continue;
        }
        context.data.phrases.for_each_match(
            &context.tokens,
            &context.word_ids,
            sentence.first_token,
            sentence.end_token,
            |first, end, phrase| {
                let start = context.tokens[first].start;
                let end = context.tokens[end - 1].end;
                if context.is_masked(start, end) || !phrase_filter(phrase) {
                    return;
                }
                // In a general statement (« nous suivons les recommandations pour tous nos patients »),
                // words about care, money or family describe the practice, not the reader. Confirming a
                // visit, disputing facts or advertising outright (an error, not a warning such as « au lieu
                // de ») stays a breach whatever else the sentence contains.
                let general = context.general[context.tokens[first].sentence];
                if general && (about_the_practice(phrase.category) || phrase.severity < Severity::Error) {
                    return;
                }
                // "If you are unwell and can't wait", "if you think a fee was charged in error": a remark,
                // a charge or a dispute in a condition states no fact about the reader. An outcome may
                // ("if it flares up again").
                let states_facts = matches!(
                    phrase.category,
                    Category::DerogatoryRemark | Category::Billing | Category::DisputeOfFacts
                );
                if states_facts && in_condition(context, first) {
                    return;
                }
                let mut candidate = Candidate::new(
                    start,
                    end,
                    phrase.category,
                    rule_id(phrase.category),
                    phrase.severity,
                    fix_for(phrase.category),
                );
                candidate.strictness = phrase.strictness;
                if phrase.needs_finding {
                    candidate.company = Company::AnyFinding;
                }
                candidates.push(candidate);
            },
        );
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
