//! The `check` entry point: runs the rules and turns candidates into findings.

use crate::context::Context;
use crate::lexicon;
use crate::messages;
use crate::phrasebook::situation;
use crate::report::{Finding, Report, Severity};
use crate::request::{Lang, LangChoice, Request, Strictness};
use crate::rules::{self, Candidate, Company, Fix};
use crate::text::offsets::{floor_char_boundary, utf16_offsets};
use crate::text::{tokenize, Folded, Token};

/// Checks a reply and returns its findings, sorted by position.
///
/// Never panics: any string is a valid reply. Replies longer than [`crate::MAX_REPLY_BYTES`] are
/// checked up to that length and the report's `truncated` is set.
pub fn check(request: &Request) -> Report {
    check_at(request, &[request.strictness]).pop().expect("one report a strictness")
}

/// Checks a reply at several strictness levels at once, returning one report a level in the same
/// order. The analysis, which is most of the cost, runs once: the levels differ only in which
/// candidates they keep.
pub fn check_at(request: &Request, levels: &[Strictness]) -> Vec<Report> {
    let truncated = floor_char_boundary(&request.reply, crate::MAX_REPLY_BYTES) < request.reply.len();
    analyse(request, |context, candidates| {
        levels
            .iter()
            .map(|&strictness| {
                let kept = select(context, candidates.clone(), strictness);
                let findings = to_findings(context, kept);
                Report { lang: context.lang, strictness, findings, truncated }
            })
            .collect()
    })
}

/// Analyses the request's reply, runs the rules and hands the analysis to `f`: the model's training
/// reads clauses exactly as `check` reads them.
pub(crate) fn with_context<R>(request: &Request, f: impl FnOnce(&Context<'_>) -> R) -> R {
    analyse(request, |context, _| f(context))
}

/// Folds and splits the request's reply (cut to the maximum length), runs the rules, and hands the
/// analysis and the candidates to `f`.
fn analyse<R>(request: &Request, f: impl FnOnce(&Context<'_>, Vec<Candidate>) -> R) -> R {
    let limit = floor_char_boundary(&request.reply, crate::MAX_REPLY_BYTES);
    let reply = &request.reply[..limit];
    let folded = Folded::new(reply);
    let (tokens, sentences) = tokenize(&folded.text);
    let lang = match request.lang {
        LangChoice::Fr => Lang::Fr,
        LangChoice::En => Lang::En,
        LangChoice::Auto => detect_language_of(reply, &tokens, request.review.as_deref()),
    };
    let mut context = Context::new(request, reply, &folded, tokens, sentences, lang);
    let candidates = rules::run(&mut context);
    f(&context, candidates)
}

/// Returns the language of the request's reply: the one the request sets, or the detected one.
pub fn reply_language(request: &Request) -> Lang {
    match request.lang {
        LangChoice::Fr => Lang::Fr,
        LangChoice::En => Lang::En,
        LangChoice::Auto => detect_language(&request.reply, request.review.as_deref()),
    }
}

/// Guesses the language of a reply from its most common words; the review breaks ties.
pub fn detect_language(reply: &str, review: Option<&str>) -> Lang {
    let folded = lexicon::fold(reply);
    detect_language_of(reply, &tokenize(&folded).0, review)
}

/// Scores French against English: common words of each, and French accented letters, which English
/// replies do not use. `tokens` are the words of `original` folded.
fn language_score(original: &str, tokens: &[Token<'_>]) -> i64 {
    let mut french = 0;
    let mut english = 0;
    for token in tokens {
        match token.word {
            "le" | "la" | "les" | "de" | "des" | "et" | "vous" | "votre" | "vos" | "nous" | "notre" | "nos"
            | "merci" | "pour" | "un" | "une" | "est" | "que" | "qui" | "en" | "du" | "au" | "aux" | "bonjour"
            | "avec" | "pas" | "je" | "ne" | "ce" | "sur" | "dans" | "par" | "tres" | "sont" | "mon" | "ma" | "mes" => {
                french += 1
            }
            "the" | "and" | "you" | "your" | "we" | "our" | "thank" | "thanks" | "for" | "to" | "of" | "is" | "are"
            | "in" | "it" | "with" | "hi" | "hello" | "this" | "that" | "not" | "i" | "be" | "so" | "my" | "was"
            | "were" => english += 1,
            _ => {}
        }
    }
    let accents = original
        .chars()
        .filter(|c| matches!(c, 'é' | 'è' | 'ê' | 'à' | 'ç' | 'ù' | 'œ' | 'î' | 'ô' | 'â' | 'É' | 'À'))
        .take(3)
        .count() as i64;
    french + accents - english
}

fn detect_language_of(original: &str, reply_tokens: &[Token<'_>], review: Option<&str>) -> Lang {
    let reply_score = language_score(original, reply_tokens);
    if reply_score > 0 {
        return Lang::Fr;
    }
    if reply_score < 0 {
        return Lang::En;
    }
    let review_score = review
        .map(|review| {
            let folded = lexicon::fold(review);
            language_score(review, &tokenize(&folded).0)
        })
        .unwrap_or(0);
    if review_score != 0 {
        return if review_score < 0 { Lang::En } else { Lang::Fr };
    }
    // Few words, none of them common: the phrasings that tell a review's situation decide. An empty
    // reply to an empty review is French without loading the phrasebooks.
    let text = [original, review.unwrap_or("")].join("\n");
    if !text.trim().is_empty() && situation::signal_count(&text, Lang::En) > situation::signal_count(&text, Lang::Fr) {
        Lang::En
    } else {
        Lang::Fr
    }
}

/// Keeps the candidates that count at `strictness` and merges duplicates.
fn select(context: &Context<'_>, candidates: Vec<Candidate>, strictness: Strictness) -> Vec<Candidate> {
    // Lenient keeps the errors of standard strictness: the explicit breaches.
    let reported_from = strictness.max(Strictness::Standard);
    let mut kept: Vec<Candidate> = candidates
        .iter()
        .filter(|candidate| candidate.strictness <= reported_from)
        .filter(|candidate| has_company(context, candidate, &candidates, strictness))
        .cloned()
        .collect();
    let found: Vec<(usize, usize)> = kept
        .iter()
        .filter(|candidate| candidate.company != Company::Alone)
        .map(|candidate| (candidate.start, candidate.end))
        .collect();
    for candidate in kept.iter_mut().filter(|candidate| candidate.company == Company::Alone) {
        let beside = context.data.learned.beside;
        match crate::rules::learned::uncovered_part(context, candidate.start, candidate.end, &found, beside) {
            Some((start, end)) => {
                (candidate.start, candidate.end) = (start, end);
                candidate.category = crate::rules::learned::reported_category(context, candidate.category, start, end);
                candidate.rule = crate::rules::learned::rule_id(candidate.category);
            }
            None => candidate.end = candidate.start,
        }
    }
    kept.retain(|candidate| candidate.start < candidate.end);

    match strictness {
        // Lenient keeps only explicit breaches.
        Strictness::Lenient => kept.retain(|candidate| candidate.severity == Severity::Error),
        Strictness::Standard => {}
        Strictness::Strict => {
            for candidate in &mut kept {
                if candidate.severity == Severity::Info {
                    candidate.severity = Severity::Warning;
                }
            }
        }
    }

    // A span found twice in the same category is one finding; a strict-only health warning inside
    // a stronger finding adds nothing.
    kept.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(b.severity.cmp(&a.severity)));
    let mut merged: Vec<Candidate> = Vec::with_capacity(kept.len());
    for candidate in kept {
        let duplicate = merged.iter_mut().find(|other| {
            other.category == candidate.category && candidate.start < other.end && other.start < candidate.end
        });
        match duplicate {
            Some(other) => {
                other.start = other.start.min(candidate.start);
                other.end = other.end.max(candidate.end);
                other.severity = other.severity.max(candidate.severity);
            }
            None => merged.push(candidate),
        }
    }
    let strict_only: Vec<bool> = merged.iter().map(|candidate| candidate.rule == "strict/health_vocabulary").collect();
    let spans: Vec<(usize, usize, bool)> =
        merged.iter().zip(&strict_only).map(|(candidate, &strict)| (candidate.start, candidate.end, strict)).collect();
    merged
        .into_iter()
        .zip(strict_only)
        .filter(|(candidate, strict)| {
            !*strict
                || !spans.iter().any(|&(start, end, other_strict)| {
                    !other_strict && start <= candidate.start && candidate.end <= end
                })
        })
        .map(|(candidate, _)| candidate)
        .collect()
}

/// True when a candidate has the company it needs in its sentence (see [`Company`]).
fn has_company(context: &Context<'_>, candidate: &Candidate, all: &[Candidate], strictness: Strictness) -> bool {
    if matches!(candidate.company, Company::None | Company::Alone) {
        return true;
    }
    let sentence = context.sentence_at(candidate.start);
    if context.general[sentence] {
        return false;
    }
    let dates_care = matches!(candidate.rule, "date_or_time/date" | "test_or_result/measurement" | "medication/dosage")
        && mentions_care(context, sentence, candidate);
    // Practice news (« l'arrivée d'un collègue en mars », "our team grew in March") is dated too: there
    // a date needs a finding, even in a sentence that speaks to the reader.
    let practice_news = candidate.category == crate::category::Category::DateOrTime
        && tells_practice_news(context, sentence)
        && !crate::rules::dates::reader_is_subject_of_care(context, sentence)
        && !crate::rules::dates::apologises(context, sentence);
    if candidate.company == Company::ReaderOrFinding
        && !practice_news
        && (context.addresses_reader[sentence] || dates_care)
    {
        return true;
    }
    all.iter().any(|other| {
        other.company == Company::None
            // « le retard de langage lié à son trouble autistique »: a health word beside care already
            // tied to the reader is part of what the sentence discloses, even of the same category.
            && (other.category != candidate.category
                || candidate.company == Company::AnyFinding
                || (candidate.company == Company::ReaderOrFinding && candidate.category.is_health()))
            && other.rule != "strict/health_vocabulary"
            && other.strictness <= strictness
            && context.sentence_at(other.start) == sentence
    })
}

/// True when the sentence tells news of the practice: its team, premises or services are the subject.
fn tells_practice_news(context: &Context<'_>, sentence: usize) -> bool {
    let span = &context.sentences[sentence];
    let words = &context.tokens[span.first_token..span.end_token];
    // « merci, votre remarque a été transmise, et un assistant nous a rejoints en mai »: the reader's
    // feedback is not their care, so the sentence stays news of the practice.
    words.iter().any(|token| context.data.practice_news.contains(token.word))
        && !words.windows(2).any(|pair| {
            matches!(pair[0].word, "votre" | "vos" | "your" | "ton" | "ta" | "tes")
                && !context.data.feedback_nouns.contains(pair[1].word)
        })
}

/// True when the sentence names care outside the candidate's span (« la séance précédente »), which
/// gives a date or a measure next to it a subject. Care named in general (« la plupart des analyses
/// sont rendues sous 24 h », "routine blood tests are reported", « une échographie ») gives none.
fn mentions_care(context: &Context<'_>, sentence: usize, candidate: &Candidate) -> bool {
    use crate::rules::terms::{self, Tie};
    let in_general = |hit: &crate::lexicon::TermHit| {
        let Some(first) = context.token_at(hit.start) else { return false };
        match terms::tie_before(context, first) {
            Tie::General => true,
            Tie::Determiner => false,
            Tie::Article | Tie::Bare => {
                terms::names_care_in_general(context, hit) || terms::any_of_its_kind(context, first)
            }
        }
    };
    context.terms.iter().any(|hit| {
        let outside = hit.end <= candidate.start || candidate.end <= hit.start;
        let term = context.data.terms.term(hit.term);
        // A drug named in passing (« la crème ») is enough for a dosage next to it.
        let care = match term.category {
            crate::category::Category::Treatment | crate::category::Category::TestOrResult => {
                term.strength >= crate::lexicon::Strength::Medium
            }
            crate::category::Category::Medication => {
                candidate.rule == "medication/dosage" && term.strength >= crate::lexicon::Strength::Weak
            }
            _ => false,
        };
        outside
            && care
            && context.sentence_at(hit.start) == sentence
            && !context.is_masked(hit.start, hit.end)
            && !in_general(hit)
    })
}

/// True when deleting the candidate's span leaves its sentence whole: the span is set off by the
/// sentence's edges or by punctuation (« Merci, bon rétablissement ! »), as the rewrite requires.
fn stands_alone(context: &Context<'_>, candidate: &Candidate) -> bool {
    let sentence = &context.sentences[context.sentence_at(candidate.start)];
    let (start, end) = (sentence.start.min(candidate.start), sentence.end.max(candidate.end));
    crate::rewrite::sentences::is_clause(
        &context.folded.text[start..end],
        candidate.start - start,
        candidate.end - start,
    )
}

/// Attaches offsets, texts and messages.
fn to_findings(context: &Context<'_>, candidates: Vec<Candidate>) -> Vec<Finding> {
    let spans: Vec<(usize, usize)> =
        candidates.iter().map(|candidate| context.folded.to_original(candidate.start, candidate.end)).collect();
    let byte_offsets: Vec<usize> = spans.iter().flat_map(|&(start, end)| [start, end]).collect();
    let utf16 = utf16_offsets(context.original, &byte_offsets);
    let locale = context.request.locale;
    let profession = context.request.practice.profession;

    let mut findings: Vec<Finding> = candidates
        .into_iter()
        .zip(spans)
        .enumerate()
        .map(|(index, (candidate, (byte_start, byte_end)))| {
            let text = context.original[byte_start..byte_end].to_string();
            let fix = match candidate.fix {
                Fix::None => None,
                // A phrase is often a clause (« ravie que le soin se soit bien passé »): deleting it alone
                // would leave a broken sentence, so it has no fix and the rewrite handles it.
                Fix::Delete
                    if (candidate.rule.ends_with("/phrase") || candidate.rule.ends_with("/learned"))
                        && !stands_alone(context, &candidate) =>
                {
                    None
                }
                Fix::Delete => Some(String::new()),
                Fix::Replace(replacement) => Some(replacement),
            };
            Finding {
                start: utf16[2 * index],
                end: utf16[2 * index + 1],
                byte_start,
                byte_end,
                message: messages::message(locale, candidate.category, &text),
                explanation: messages::explanation(locale, candidate.category),
                legal: messages::legal(locale, candidate.category, profession),
                text,
                category: candidate.category,
                rule: candidate.rule.to_string(),
                severity: candidate.severity,
                fix,
            }
        })
        .collect();
    findings.sort_by(|a, b| a.byte_start.cmp(&b.byte_start).then(a.byte_end.cmp(&b.byte_end)));
    findings
}
