//! Detection of the kind of review being replied to: its tone, and whether it mentions care or a relative.
//!
//! Phrasings of `situations.tsv` give positive, negative, aggressive and "not a patient" signals; a
//! positive or negative phrasing right after a negation counts for the other side (« pas déçue »,
//! "not helpful"). Health and relative terms of the lexicon tell that care or a relative is mentioned.

use super::data::{phrasebook, Signal};
use super::Situation;
use crate::category::Category;
use crate::lexicon::{self, Strength};
use crate::request::Lang;
use crate::text::{tokenize, Folded, Token};

/// Words that turn the sentiment of the phrasing after them.
const NEGATIONS: &[&str] = &["pas", "jamais", "rien", "ne", "aucun", "aucune", "sans", "not", "never", "no", "without"];

/// How many words before a phrasing a negation may stand (« pas du tout satisfaite »).
const NEGATION_REACH: usize = 3;

/// Returns every situation the review shows, most specific first. The reply should address the first.
/// An empty review (a rating without text) is `Neutral`.
pub fn detect(review: Option<&str>, lang: Lang) -> Vec<Situation> {
    let Some(review) = review.map(str::trim).filter(|text| !text.is_empty()) else {
        return vec![Situation::Neutral];
    };
    let review = &review[..crate::text::offsets::floor_char_boundary(review, crate::MAX_REPLY_BYTES)];
    let folded = Folded::new(review);
    let (tokens, _) = tokenize(&folded.text);

    let mut positive = 0;
    let mut negative = 0;
    let mut aggressive = false;
    let mut not_a_patient = false;
    let book = phrasebook(lang);
    let ids = book.vocabulary.look_up(&tokens);
    book.signals.for_each_match(&tokens, &ids, 0, tokens.len(), |start, end, signal| {
        let negated = is_negated(&folded.text, &tokens, start, end);
        match (signal, negated) {
            (Signal::Positive, false) | (Signal::Negative, true) => positive += 1,
            (Signal::Negative, false) | (Signal::Positive, true) => negative += 1,
            (Signal::Aggressive, _) => aggressive = true,
            (Signal::NotAPatient, _) => not_a_patient = true,
        }
    });

    let data = lexicon::language(lang);
    let mut care = false;
    let mut relative = false;
    for hit in data.terms.find(&folded.text) {
        let term = data.terms.term(hit.term);
        if term.strength < Strength::Medium || term.strength == Strength::Echo {
            continue;
        }
        if term.category == Category::Relative {
            relative = true;
        } else if term.category.is_health() {
            care = true;
        }
    }

    let sentiment = match (positive > 0, negative > 0) {
        (true, true) => Situation::Mixed,
        (false, true) => Situation::Negative,
        (true, false) => Situation::Positive,
        (false, false) => Situation::Neutral,
    };
    // A complaint is treated as a complaint first (regret, then the private exchange), even when it
    // speaks of care: thanking an unhappy patient for « ces mots » reads as indifference.
    let complaint = matches!(sentiment, Situation::Negative | Situation::Mixed);

    let mut situations = Vec::new();
    if aggressive {
        situations.push(Situation::Aggressive);
    }
    if not_a_patient {
        situations.push(Situation::NotAPatient);
    }
    if complaint {
        situations.push(sentiment);
    }
    if relative {
        situations.push(Situation::RelativeMentioned);
    }
    if care {
        situations.push(Situation::CareMentioned);
    }
    if !complaint {
        situations.push(sentiment);
    }
    situations
}

/// True when a negation is a few words before the phrasing `tokens[start..end]`, in the same clause:
/// « pas déçue », "not helpful", but not « sans prévenir, honteux ». A phrasing that contains a negation
/// of its own (« ne recommande pas », "did not listen") is already on its side.
fn is_negated(text: &str, tokens: &[Token<'_>], start: usize, end: usize) -> bool {
    if tokens[start..end].iter().any(|token| NEGATIONS.contains(&token.word)) {
        return false;
    }
    let phrasing = &tokens[start];
    tokens[start.saturating_sub(NEGATION_REACH)..start].iter().any(|token| {
        token.sentence == phrasing.sentence
            && NEGATIONS.contains(&token.word)
            && !text[token.end..phrasing.start].contains([',', ':', '(', ')', '–', '—'])
    })
}

/// Counts the phrasings of `lang` that tell a situation in `text`: a review too short for its
/// function words (« Bof. », "Rude doctor, never going back") still shows its language this way.
pub fn signal_count(text: &str, lang: Lang) -> usize {
    let folded = lexicon::fold(text);
    let (tokens, _) = tokenize(&folded);
    let book = phrasebook(lang);
    let ids = book.vocabulary.look_up(&tokens);
    let mut count = 0;
    book.signals.for_each_match(&tokens, &ids, 0, tokens.len(), |_, _, _| count += 1);
    count
}
