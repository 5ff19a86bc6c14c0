//! What the reader did, told in the past tense: « vous avez annulé », « vous étiez venue sans
//! rendez-vous », "you had stopped". A reply that says what the reader did knows them as a patient,
//! whatever the verb. Verbs about writing the review (« vous avez laissé un avis ») and noun phrases
//! (« vous avez raison ») are not findings.

use super::{Candidate, Fix};
use crate::category::Category;
use crate::context::Context;
use crate::report::Severity;
use crate::request::Lang;

/// Adverbs that may stand between the auxiliary and the participle.
pub(super) const ADVERBS: &[&str] = &[
    "bien",
    "deja",
    "pourtant",
    "meme",
    "toujours",
    "jamais",
    "pas",
    "plus",
    "encore",
    "souvent",
    "finalement",
    "vous-meme",
    "aussi",
    "already",
    "actually",
    "still",
    "just",
    "never",
    "not",
    "also",
    "then",
    "previously",
];

/// True for the exceptions that are participles about the review (« donné », « dit »), not nouns.
fn is_verb_exception(word: &str) -> bool {
    word.len() > 3
        && word.ends_with(['e', 'i', 'u', 't'])
        && !matches!(word, "raison" | "droit" | "tout" | "toute" | "ete" | "besoin" | "envie" | "peur")
        || word.ends_with("ed")
}

/// True for « êtes », « es », « soyez » and « sois », the present of « être » after « vous » or « tu ».
fn is_present_of_etre(word: &str) -> bool {
    matches!(word, "etes" | "es" | "soyez" | "sois")
}

/// Returns the token of « vous », « tu » or "you" as the subject of the auxiliary at `index`, right
/// before it or before an object pronoun (« vous m'avez dit », « vous l'aviez pris »).
fn reader_subject(tokens: &[crate::text::Token<'_>], index: usize) -> Option<usize> {
    // The auxiliary agrees with its subject: in « je vous avais prévenue », « vous » is the object.
    let pronoun = match tokens[index].word {
        "avez" | "aviez" | "ayez" | "etiez" | "etes" | "soyez" => "vous",
        "as" | "avais" | "aies" | "etais" | "es" | "sois" => "tu",
        _ => "you",
    };
    let is_subject =
        |position: usize| tokens[position].word == pronoun && tokens[position].sentence == tokens[index].sentence;
    let previous = index.checked_sub(1)?;
    if is_subject(previous) {
        return Some(previous);
    }
    // « nous » is left out: « vous nous avez fait confiance » speaks of the review's trust, not care.
    let object_pronoun =
        matches!(tokens[previous].word, "me" | "m" | "lui" | "leur" | "le" | "la" | "les" | "en" | "y");
    let before_pronoun = if object_pronoun { previous.checked_sub(1)? } else { previous };
    if object_pronoun && is_subject(before_pronoun) {
        return Some(before_pronoun);
    }
    // « c'est vous qui en avez annulé trois », « c'est bien vous qui l'aviez pris »: the reader named
    // by « c'est … qui » is the subject of the auxiliary that follows « qui ».
    if tokens[before_pronoun].word != "qui" {
        return None;
    }
    let subject = before_pronoun.checked_sub(1)?;
    let emphasis = subject.checked_sub(1).map(|index| tokens[index].word);
    (is_subject(subject) && matches!(emphasis, Some("est" | "etait" | "bien"))).then_some(subject)
}

/// Finds the reader's past actions.
pub fn find(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    let exceptions = &context.data.not_reader_actions;
    let tokens = &context.tokens;
    for index in 0..tokens.len() {
        let auxiliary = match context.lang {
            Lang::Fr => {
                matches!(tokens[index].word, "avez" | "aviez" | "as" | "avais" | "etiez" | "etais" | "ayez" | "aies")
                    || is_present_of_etre(tokens[index].word)
            }
            // The tokenizer reads "you'd" as "you would", but before a participle it means "you had"
            // ("you'd already used both").
            Lang::En => matches!(tokens[index].word, "had" | "did" | "would"),
        };
        if !auxiliary {
            continue;
        }
        let Some(subject) = reader_subject(tokens, index) else { continue };
        // « si vous avez », « que vous avez »: a condition or a relative clause, not a statement.
        let before_subject = subject.checked_sub(1).map(|previous| tokens[previous].word);
        // The subjunctive (« ravie que vous ayez retrouvé ») always follows « que ».
        let subjunctive = matches!(tokens[index].word, "ayez" | "aies" | "soyez" | "sois");
        // « … de voir que vous avez retrouvé »: a « que » after a verb of knowing or a feeling opens a
        // statement about the reader, not a relative clause.
        let before_que = subject.checked_sub(2).map(|previous| tokens[previous].word);
        let statement_que = before_que.is_some_and(|word| {
            matches!(
                word,
                "voir"
                    | "vois"
                    | "savoir"
                    | "sais"
                    | "constater"
                    | "constate"
                    | "apprendre"
                    | "lire"
                    | "heureux"
                    | "heureuse"
                    | "content"
                    | "contente"
                    | "ravi"
                    | "ravie"
                    | "ravis"
                    | "fier"
                    | "fiere"
                    | "soulage"
                    | "soulagee"
                    | "rassure"
                    | "rassuree"
                    | "noter"
                    | "note"
            )
        });
        let conditional = before_subject.is_some_and(|word| {
            matches!(word, "si" | "que" | "qu" | "quand" | "lorsque" | "if" | "when" | "whether" | "ou" | "comme")
        });
        // The pluperfect (« vous aviez donné votre accord ») tells a past fact even with verbs that,
        // in the perfect, describe writing the review, and even in a relative clause (« l'adresse
        // que vous aviez indiquée »).
        let pluperfect = matches!(tokens[index].word, "aviez" | "avais" | "had" | "would");
        let relative_pluperfect = pluperfect && matches!(before_subject, Some("que" | "qu"));
        if !subjunctive && conditional && !statement_que && !relative_pluperfect {
            continue;
        }
        let mut cursor = index + 1;
        let mut negated = false;
        while cursor < tokens.len()
            && tokens[cursor].sentence == tokens[index].sentence
            && ADVERBS.contains(&tokens[cursor].word)
        {
            negated |= matches!(tokens[cursor].word, "jamais" | "pas" | "plus" | "never" | "not");
            cursor += 1;
        }
        if cursor >= tokens.len() || tokens[cursor].sentence != tokens[index].sentence {
            continue;
        }
        let word = tokens[cursor].word;
        // « vous êtes » is mostly a copula (« vous êtes la bienvenue »). Only the participles of verbs
        // that take « être » in the past (« vous êtes restée », « vous êtes inscrite ») tell a visit.
        if is_present_of_etre(tokens[index].word) && !context.data.etre_participles.contains(word) {
            continue;
        }
        let is_exception = exceptions.contains(word) && !(pluperfect && is_verb_exception(word));
        let looks_like_participle = match context.lang {
            Lang::Fr => word.len() > 2 && word.ends_with(['e', 'i', 'u', 's', 't']),
            Lang::En => word.len() > 3 && word.ends_with("ed"),
        };
        // After "would", a verb in -ed may still be a base form ("you would need a referral").
        let base_after_would = tokens[index].word == "would"
            && matches!(
                word,
                "need" | "feed" | "speed" | "proceed" | "succeed" | "exceed" | "bleed" | "breed" | "heed"
            );
        if is_exception || !looks_like_participle || base_after_would {
            continue;
        }
        let start = tokens[subject].start;
        let end = tokens[cursor].end;
        let already_found = candidates.iter().any(|candidate| candidate.start < end && start < candidate.end);
        if already_found
            || context.is_masked(start, end)
            || context.general[tokens[index].sentence]
            || context.is_unconfirmed(subject)
        {
            continue;
        }
        candidates.push(past_action(start, end, negated, "visit_confirmation/reader_past"));
    }
}

/// Builds the finding of a past action between the practice and the reader: a visit confirmed, or a
/// dispute of facts when the action is negated (« vous n'avez jamais annulé »).
pub(super) fn past_action(start: usize, end: usize, negated: bool, rule: &'static str) -> Candidate {
    let category = if negated { Category::DisputeOfFacts } else { Category::VisitConfirmation };
    Candidate::new(start, end, category, rule, Severity::Warning, Fix::None)
}
