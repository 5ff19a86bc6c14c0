//! Legal talk next to care: a lawyer, a court or a complaint in a reply that also names care or the
//! reader's file reveals the care. The legal words alone (« voies de recours ») are fine.

use super::{Candidate, Fix};
use crate::category::Category;
use crate::context::Context;
use crate::lexicon::Strength;
use crate::report::Severity;
use crate::request::Strictness;

/// Finds legal words in a sentence that names care, or next to one that does.
pub fn find(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    let legal_words = &context.data.legal_words;
    if legal_words.is_empty() {
        return;
    }
    let care_in_sentence = |sentence: usize| {
        // « pour tous nos patients »: care named in a general statement is no one's.
        let term = !context.general[sentence]
            && context.terms.iter().any(|hit| {
                let term = context.data.terms.term(hit.term);
                (term.category.is_health() || term.category == Category::Billing)
                    && term.strength >= Strength::Medium
                    && context.sentence_at(hit.start) == sentence
                    && !context.is_masked(hit.start, hit.end)
            });
        let finding = candidates.iter().any(|candidate| {
            matches!(
                candidate.category,
                Category::VisitConfirmation
                    | Category::Treatment
                    | Category::Diagnosis
                    | Category::TestOrResult
                    | Category::DisputeOfFacts
            ) && candidate.strictness <= Strictness::Standard
                && context.sentence_at(candidate.start) == sentence
        });
        term || finding
    };

    // Class entries may have several words (« mise en demeure », "defence union"); a legal word is the
    // first word of a match.
    let mut legal_starts = Vec::new();
    legal_words.for_each_match(&context.tokens, &context.word_ids, 0, context.tokens.len(), |start, _, _| {
        legal_starts.push(start)
    });
    legal_starts.sort_unstable();
    legal_starts.dedup();

    let mut found = Vec::new();
    for index in legal_starts {
        let token = &context.tokens[index];
        if context.is_masked(token.start, token.end) {
            continue;
        }
        // "Thanks Sue, …": a legal word spelled like a given name is the name when it is the reviewer's,
        // or capitalized inside its sentence.
        let sentence_start = context.sentences[token.sentence].first_token;
        let names_someone = context.is_capitalized(index)
            && (context.is_reviewer_word(token.word)
                || (index > sentence_start && crate::lexicon::is_first_name(token.word)));
        if names_someone {
            continue;
        }
        let sentence = token.sentence;
        // « mon avocat en est informé. La couronne a été scellée dans les règles »: the care may come
        // just before or just after the threat.
        let care_next = sentence + 1 < context.sentences.len() && care_in_sentence(sentence + 1);
        if care_in_sentence(sentence) || (sentence > 0 && care_in_sentence(sentence - 1)) || care_next {
            // The span runs to the end of the clause, so the threat reads whole: « mon avocat saisira le tribunal ».
            let clause_end = clause_end(context, index);
            found.push(Candidate::new(
                token.start,
                clause_end,
                Category::LegalThreatRevealingCare,
                "legal_threat_revealing_care/legal_word",
                Severity::Error,
                Fix::None,
            ));
        }
    }
    candidates.extend(found);
}

/// Returns the end of the clause that contains token `index`: its sentence end or the next comma, at most
/// six words on.
fn clause_end(context: &Context<'_>, index: usize) -> usize {
    let sentence = context.tokens[index].sentence;
    let mut end = context.tokens[index].end;
    for next in index + 1..(index + 6).min(context.tokens.len()) {
        if context.tokens[next].sentence != sentence
            || context.folded.text[end..context.tokens[next].start].contains(',')
        {
            break;
        }
        end = context.tokens[next].end;
    }
    end
}
