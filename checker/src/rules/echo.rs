//! Echoes: what the reply repeats of the review, its health terms, relatives and personal facts.
//!
//! Terms are compared by lexicon entry and by the first letters of their head word, so « opérée »
//! echoes « opération » and « rééduquée » echoes « rééducation ». They are also compared by the
//! synonym groups of `data/<lang>/synonyms.tsv`, so « épuisement professionnel » echoes « burn-out ».
//! A repetition inside a general statement (« pour tous nos patients ») is not an echo.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::{Candidate, Fix};
use crate::category::Category;
use crate::context::Context;
use crate::lexicon::Strength;
use crate::report::Severity;
use crate::request::Lang;

/// Length of the head-word prefix that two terms must share to count as the same word.
const STEM_LENGTH: usize = 5;

/// Finds echoes of the review.
pub fn find(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    let Some(review) = &context.review else { return };
    if review.terms.is_empty() {
        return;
    }
    let review_stems: Vec<(usize, &str)> =
        review.terms.iter().map(|hit| (hit.term, stem(&review.folded.text[hit.start..hit.end]))).collect();
    let synonyms = synonym_groups(context.lang);
    let review_groups: Vec<usize> = review
        .terms
        .iter()
        .filter_map(|hit| groups_of(synonyms, &context.data.terms.term(hit.term).folded))
        .flatten()
        .copied()
        .collect();

    for hit in &context.terms {
        let term = context.data.terms.term(hit.term);
        let personal = term.category.is_health() || term.category == Category::Relative;
        if !personal
            || term.strength == Strength::Weak
            || context.is_masked(hit.start, hit.end)
            || context.in_web_address(hit.start)
        {
            continue;
        }
        let reply_stem = stem(&context.folded.text[hit.start..hit.end]);
        let same_word = review_stems.iter().any(|&(term, review_stem)| {
            term == hit.term || (reply_stem.len() >= STEM_LENGTH && review_stem == reply_stem)
        });
        let reworded = !same_word
            && groups_of(synonyms, &term.folded)
                .is_some_and(|groups| groups.iter().any(|group| review_groups.contains(group)));
        if !same_word && !reworded {
            continue;
        }
        let Some(first) = context.token_at(hit.start) else { continue };
        let sentence = context.tokens[first].sentence;
        let tie = super::terms::tie_before(context, first);
        if context.general[sentence] || tie == super::terms::Tie::General {
            continue;
        }
        // « les séances sont désormais possibles le samedi matin »: the review's word, in the plural,
        // for what the practice offers on a schedule.
        if super::terms::is_offered_on_schedule(context, hit, tie) {
            continue;
        }
        // « un examen ophtalmologique complet », "an eye exam", « une ordonnance de lunettes »: an act,
        // an exam or a prescription with an indefinite article, in a sentence about no one, is such care
        // in general. A disease echoed that way (« sortir d'une dépression ») still names the reader's.
        let indefinite = first > 0 && matches!(context.tokens[first - 1].word, "un" | "une" | "des" | "a" | "an");
        let care_in_general = matches!(term.category, Category::Treatment | Category::TestOrResult);
        // "the whole Coral Bay PT team": the word names the practice (English puts it before the noun).
        // "our vaccine policy": it names the practice's rules.
        if names_the_practice(context, hit.end)
            || (tie == super::terms::Tie::Bare && super::terms::qualifies_practice_rule(context, hit.end))
            || super::terms::closes_proper_name(context, first)
        {
            continue;
        }
        // "many plans let you book a skin check directly with us", « vous pouvez prendre un bilan en
        // ligne »: care of any kind that the reader may book is the practice's offer.
        if care_in_general && indefinite && super::terms::offers_to_reader(context, first) {
            continue;
        }
        if (care_in_general || term.category == Category::Medication)
            && ((indefinite && !context.addresses_reader[sentence])
                || super::terms::any_of_its_kind(context, first)
                || (tie == super::terms::Tie::Bare && super::terms::names_setting(context, first)))
        {
            continue;
        }
        if (care_in_general || term.category == Category::Medication)
            && tie == super::terms::Tie::Bare
            && opens_generic_clause(context, first, hit.end)
        {
            continue;
        }
        // « une première séance permet toujours de voir si le cadre convient »: any care of its kind.
        if super::terms::completes_care_in_general(context, first)
            || (care_in_general && tie == super::terms::Tie::Article && super::terms::any_of_its_kind(context, first))
        {
            continue;
        }
        // « 45 € pour les rendez-vous de suivi »: care in the plural, in a sentence that neither speaks to
        // the reader nor tells a past event, or as the subject of such a clause, is how the practice works.
        let plural_in_general_sentence = matches!(tie, super::terms::Tie::Bare | super::terms::Tie::Article)
            && !context.addresses_reader[sentence]
            && !context.describes_past_event(sentence)
            && super::terms::in_plural_phrase(context, first, hit.end);
        if (care_in_general || term.category == Category::Medication)
            && (plural_in_general_sentence || super::terms::names_care_in_general(context, hit))
        {
            continue;
        }
        // A personal fact or a relative repeated in a sentence about no one (« la rentrée scolaire »,
        // « toute la famille ») is not the reader's. A personal fact put in other words (« une
        // séparation » after « mon divorce ») repeats the reader's own story, even in a general form.
        // « accompagner enfants, ados et adultes »: a bare plural names the practice's clientele.
        if term.category == Category::Relative && super::terms::names_clientele(context, hit) {
            continue;
        }
        let reworded_fact = reworded && term.strength == Strength::Echo;
        if (term.category == Category::Relative || term.strength == Strength::Echo)
            && !context.addresses_reader[sentence]
            && !reworded_fact
        {
            continue;
        }
        candidates.push(Candidate::new(
            hit.start,
            hit.end,
            Category::EchoOfReview,
            "echo_of_review/term",
            Severity::Error,
            Fix::None,
        ));
    }
}

/// True when the word ending at byte `end` is followed by a noun of `@practice_noun` ("PT team",
/// "physio clinic"): the echoed word is part of the practice's name.
fn names_the_practice(context: &Context<'_>, end: usize) -> bool {
    let next = context.tokens.partition_point(|token| token.start < end);
    context.tokens.get(next).is_some_and(|token| {
        context.folded.text[end..token.start].trim().is_empty() && context.data.practice_nouns.contains(token.word)
    })
}

/// True when an English care word with no determiner is the subject of a clause in the present: "Counselling
/// is a collaborative process", "because antibiotics don't help viral infections". Such a clause states
/// how that care works for anyone. The term starts at token `first` and ends at byte `end`.
pub fn opens_generic_clause(context: &Context<'_>, first: usize, end: usize) -> bool {
    if context.lang != Lang::En {
        return false;
    }
    let sentence_start = context.sentences[context.tokens[first].sentence].first_token;
    // "Hi Hannah, osteopathy isn't covered…": the clause may open after a greeting and a comma.
    let clause_start = first == sentence_start
        || context.clause_around(first).0 == first
        || matches!(
            context.tokens[first - 1].word,
            "but" | "and" | "because" | "as" | "since" | "while" | "although" | "though" | "so"
        );
    let sentence_end = context.sentences[context.tokens[first].sentence].end_token;
    let after = (first..sentence_end).find(|&index| context.tokens[index].start >= end);
    let generic_verb = after.is_some_and(|index| {
        matches!(
            context.tokens[index].word,
            "is" | "are"
                | "isn't"
                | "aren't"
                | "can"
                | "can't"
                | "cannot"
                | "may"
                | "does"
                | "doesn't"
                | "do"
                | "don't"
                | "don"
                | "takes"
                | "works"
                | "helps"
                | "requires"
                | "needs"
                | "involves"
                | "often"
                | "usually"
                | "rarely"
                | "generally"
                | "typically"
                | "tends"
                | "tend"
        )
    });
    // "stimulants are not appropriate given your history" speaks of the reader's care: the clause, up to
    // the next conjunction, must not name the reader.
    let names_reader = after.is_some_and(|after| {
        context.tokens[after..sentence_end]
            .iter()
            .take_while(|token| {
                !matches!(
                    token.word,
                    "and" | "but" | "because" | "so" | "while" | "although" | "though" | "since" | "or"
                )
            })
            .any(|token| context.is_second_person(token.word))
    });
    clause_start && generic_verb && !names_reader
}

/// Maps each folded term of `data/<lang>/synonyms.tsv` to the indexes of the groups it belongs to.
fn synonym_groups(lang: Lang) -> &'static HashMap<String, Vec<usize>> {
    static FRENCH: OnceLock<HashMap<String, Vec<usize>>> = OnceLock::new();
    static ENGLISH: OnceLock<HashMap<String, Vec<usize>>> = OnceLock::new();
    let (cell, path) = match lang {
        Lang::Fr => (&FRENCH, "fr/synonyms.tsv"),
        Lang::En => (&ENGLISH, "en/synonyms.tsv"),
    };
    cell.get_or_init(|| {
        let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, (_, line)) in crate::lexicon::data_lines(crate::lexicon::file(path)).enumerate() {
            for term in line.split('|').map(|term| crate::lexicon::fold(term.trim())).filter(|term| !term.is_empty()) {
                groups.entry(term).or_default().push(index);
            }
        }
        groups
    })
}

/// Returns the synonym groups of a folded lexicon term. A term whose entry is a plural
/// (« céphalées ») belongs to the groups of its singular (« céphalée »): the lexicon accepts both
/// forms, so a group names one of them.
fn groups_of<'g>(synonyms: &'g HashMap<String, Vec<usize>>, folded_term: &str) -> Option<&'g Vec<usize>> {
    synonyms.get(folded_term).or_else(|| synonyms.get(folded_term.strip_suffix(['s', 'x'])?))
}

/// Returns the first letters of the head word of a folded term.
fn stem(folded_term: &str) -> &str {
    let head = folded_term.split(|c: char| !c.is_alphanumeric()).find(|word| !word.is_empty()).unwrap_or("");
    match head.char_indices().nth(STEM_LENGTH) {
        Some((offset, _)) => &head[..offset],
        None => head,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A synonym that is not a lexicon term is never found in a text, so its group would be dead.
    #[test]
    fn synonyms_are_lexicon_terms() {
        let mut unknown = Vec::new();
        for lang in [Lang::Fr, Lang::En] {
            let data = crate::lexicon::language(lang);
            for folded in synonym_groups(lang).keys() {
                let known = data.terms.find(folded).iter().any(|hit| hit.start == 0 && hit.end == folded.len());
                if !known {
                    unknown.push(format!("{lang:?} {folded}"));
                }
            }
        }
        unknown.sort();
        assert!(unknown.is_empty(), "synonyms that are not lexicon terms: {unknown:?}");
    }
}
