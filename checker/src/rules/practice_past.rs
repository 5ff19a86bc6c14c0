//! What the practice did to or for the reader, told in the past tense: « je vous ai rappelée », « notre
//! assistante vous a laissé deux messages », « le Dr Faure vous a consacré vingt minutes », "we had to
//! rebook you", "Dr Byrne saw you". Whatever the verb, a reply that tells how the practice dealt with
//! the reader confirms that the reader came to it. Verbs about the review itself (« je vous ai lu »,
//! "we thanked you") and feelings (« nous vous avons déçu ») are not findings.

use super::reader_past::{past_action, ADVERBS};
use super::Candidate;
use crate::context::Context;
use crate::request::Lang;
use crate::text::Token;

/// Titles that come before a practitioner's name: « le Dr Faure », "Dr Byrne".
const TITLES: &[&str] = &["dr", "docteur", "doctor", "pr", "professeur", "professor"];

/// English past forms that do not end in -ed, for verbs a practice does to a patient.
const IRREGULAR_PAST: &[&str] = &[
    "saw", "seen", "took", "taken", "gave", "given", "sent", "put", "kept", "told", "met", "got", "fit", "brought",
    "squeezed", "held", "taught", "shown", "showed", "made", "let",
];

/// Finds the practice's past actions towards the reader.
pub fn find(context: &Context<'_>, candidates: &mut Vec<Candidate>) {
    let tokens = &context.tokens;
    for index in 1..tokens.len() {
        let found = match context.lang {
            Lang::Fr => french_action(context, index),
            Lang::En => english_action(context, index),
        };
        let Some((subject, participle, negated)) = found else { continue };
        let start = tokens[subject].start;
        let end = tokens[participle].end;
        let already_found = candidates.iter().any(|candidate| candidate.start < end && start < candidate.end);
        // A general marker (« comme à chaque patient ») does not make a past action towards « vous »
        // general, so unlike health words these findings stay in general sentences.
        if already_found || context.is_masked(start, end) {
            continue;
        }
        candidates.push(past_action(start, end, negated, "visit_confirmation/practice_past"));
    }
}

/// Reads « <subject> (ne) vous <auxiliary> (adverbs) <participle> » with the object pronoun at `index`.
/// Returns the subject's token, the participle's token and whether the clause is negated.
fn french_action(context: &Context<'_>, index: usize) -> Option<(usize, usize, bool)> {
    let tokens = &context.tokens;
    if !matches!(tokens[index].word, "vous" | "te") {
        return None;
    }
    // « l'orthoptiste vous l'avait signalé », « je vous en avais parlé »: an object pronoun may come
    // before the auxiliary.
    let object_pronoun = tokens.get(index + 1).is_some_and(|token| matches!(token.word, "le" | "les" | "en"));
    let auxiliary = if object_pronoun { index + 2 } else { index + 1 };
    let is_auxiliary = tokens
        .get(auxiliary)
        .is_some_and(|token| matches!(token.word, "ai" | "avons" | "a" | "avions" | "avait" | "avais"));
    if !is_auxiliary || !same_sentence(tokens, index, auxiliary) {
        return None;
    }
    // « nous ne vous avons jamais … »: the negation is between the subject and the pronoun.
    let mut before = index - 1;
    let mut negated = false;
    if matches!(tokens[before].word, "ne" | "n") && before > 0 {
        negated = true;
        before -= 1;
    }
    let subject = practice_subject(context, before, index)?;
    let (participle, negated_after) = after_adverbs(tokens, auxiliary)?;
    let word = tokens[participle].word;
    let looks_like_participle = word.len() > 2 && word.ends_with(['e', 'i', 'u', 's', 't']) && word != "ete";
    if !looks_like_participle || context.data.not_practice_actions.contains(word) {
        return None;
    }
    Some((subject, participle, negated || negated_after))
}

/// Reads "<subject> (have|had) (adverbs) <past verb> you" or "<subject> had to <verb> you", with
/// "you" at `index`. Returns the subject's token, the verb's token and whether the clause is negated.
fn english_action(context: &Context<'_>, index: usize) -> Option<(usize, usize, bool)> {
    let tokens = &context.tokens;
    if tokens[index].word != "you" {
        return None;
    }
    let verb = index - 1;
    let word = tokens[verb].word;
    if !same_sentence(tokens, verb, index) || context.data.not_practice_actions.contains(word) {
        return None;
    }
    // "we had to rebook you": any verb after "had to".
    let after_had_to = verb >= 2 && tokens[verb - 1].word == "to" && tokens[verb - 2].word == "had";
    let past = (word.len() > 3 && word.ends_with("ed")) || IRREGULAR_PAST.contains(&word);
    if !past && !after_had_to {
        return None;
    }
    // Walk back over "had to", auxiliaries and adverbs to the subject.
    let mut cursor = if after_had_to { verb - 2 } else { verb };
    let mut negated = false;
    while cursor > 0 {
        let previous = tokens[cursor - 1].word;
        let skippable = matches!(previous, "have" | "had" | "has") || ADVERBS.contains(&previous);
        if !skippable || !same_sentence(tokens, cursor - 1, verb) {
            break;
        }
        negated |= matches!(previous, "never" | "not");
        cursor -= 1;
    }
    let subject = practice_subject(context, cursor.checked_sub(1)?, verb)?;
    Some((subject, verb, negated))
}

/// Returns the first token of the practice as a subject that ends at token `last`. The subject is « je »,
/// « nous », « on », "I" or "we", a member of the staff (« notre assistante », "the receptionist"), or
/// a practitioner's title and name (« le Dr Faure », "Dr Byrne").
fn practice_subject(context: &Context<'_>, last: usize, verb: usize) -> Option<usize> {
    let tokens = &context.tokens;
    if !same_sentence(tokens, last, verb) {
        return None;
    }
    let word = tokens[last].word;
    let subject = if matches!(word, "je" | "nous" | "on" | "i" | "we") || context.data.practice_staff.contains(word) {
        Some(last)
    } else {
        // A name after a title, in one or two words: « le Dr Faure », « Dr Anne Faure ».
        (1..=2).map(|back| last.checked_sub(back)).find_map(|title| {
            let title = title?;
            (TITLES.contains(&tokens[title].word) && same_sentence(tokens, title, verb)).then_some(title)
        })
    }?;
    // « si nous vous avons … », "if we kept you waiting": a supposition, not an account.
    let supposed = subject > 0
        && same_sentence(tokens, subject - 1, verb)
        && matches!(tokens[subject - 1].word, "si" | "if" | "whether");
    (!supposed).then_some(subject)
}

/// Adverbs of a practice's account, besides those of [`ADVERBS`]: « je vous ai alors orientée ».
const ACCOUNT_ADVERBS: &[&str] = &["alors", "donc", "ailleurs", "personnellement", "longuement", "immediatement"];

/// Returns the first token after `auxiliary` that is not an adverb, and whether an adverb negated it.
fn after_adverbs(tokens: &[Token<'_>], auxiliary: usize) -> Option<(usize, bool)> {
    let mut cursor = auxiliary + 1;
    let mut negated = false;
    while cursor < tokens.len() && same_sentence(tokens, auxiliary, cursor) {
        let word = tokens[cursor].word;
        // « d'ailleurs » is read as « de » then « ailleurs ».
        let elided_adverb = word == "de" && tokens.get(cursor + 1).is_some_and(|next| next.word == "ailleurs");
        if !ADVERBS.contains(&word) && !ACCOUNT_ADVERBS.contains(&word) && !elided_adverb {
            break;
        }
        negated |= matches!(word, "jamais" | "pas" | "plus");
        cursor += 1;
    }
    (cursor < tokens.len() && same_sentence(tokens, auxiliary, cursor)).then_some((cursor, negated))
}

fn same_sentence(tokens: &[Token<'_>], first: usize, second: usize) -> bool {
    tokens[first].sentence == tokens[second].sentence
}
