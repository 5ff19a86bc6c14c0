//! The whole-reply rewrite: keeps what the practitioner wrote that is allowed, removes or neutralises
//! every sentence that breaches, and composes a reply from the phrasebook when too little remains.
//!
//! The property tests and the fuzz target check these invariants. The result has no error or warning
//! finding at strict strictness. It keeps the reviewer's public name when the draft used it, fits Google's
//! 4,096 UTF-8 bytes and keeps the reply's language. Composed text comes only from the phrasebook, which
//! states no fact about care.

pub(crate) mod sentences;

use serde::{Deserialize, Serialize};

use crate::category::Category;
use crate::check::{check, reply_language};
use crate::lexicon;
use crate::phrasebook::data::{phrasebook, ReplyPart};
use crate::phrasebook::template::Fill;
use crate::phrasebook::typography::Typography;
use crate::phrasebook::{situation, Composition, Situation, Tone};
use crate::report::{Finding, Severity};
use crate::request::{Lang, LangChoice, Locale, Request, Strictness};
use crate::text::offsets::floor_char_boundary;
use crate::text::{has_word, tokenize, Folded};

/// Google's limit for a reply, in UTF-8 bytes.
pub const MAX_REPLY_BYTES: usize = 4096;

/// Fewer words than this left in the body of the draft, after removals, and the rewrite composes a body
/// from the phrasebook.
const MIN_BODY_WORDS: usize = 4;

/// Rounds of checking the assembled reply and removing what still breaches; each round removes at least
/// one sentence, and the phrasebook fallback ends the loop.
const MAX_ROUNDS: usize = 8;

/// A compliant reply and what was taken out of the draft.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Rewrite {
    pub text: String,
    pub lang: Lang,
    /// True when a body from the phrasebook was added because too little of the draft remained.
    pub composed: bool,
    pub removed: Vec<Removal>,
}

/// A part of the draft that the rewrite removed, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Removal {
    /// The removed text: a sentence, or a clause when the rest of the sentence was kept.
    pub text: String,
    /// Category of the breach; `None` when the text was removed to fit the length limit.
    pub category: Option<Category>,
    /// Why, in the request's UI locale.
    pub message: String,
}

/// Source of a part of the result: the draft, or a composed greeting, body or closing.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Origin {
    Draft,
    Greeting,
    Body,
    Closing,
}

#[derive(Clone, Debug)]
struct Item {
    text: String,
    is_sentence: bool,
    origin: Origin,
    removed: bool,
}

/// Rewrites the request's reply so that it passes a strict check, in the given tone for composed text.
pub fn rewrite(request: &Request, tone: Tone) -> Rewrite {
    let lang = reply_language(request);
    let draft = &request.reply[..floor_char_boundary(&request.reply, crate::MAX_REPLY_BYTES)];
    let reports = crate::check_at(&strict_request(request, draft, lang), &[request.strictness, Strictness::Strict]);
    rewrite_checked(request, tone, &reports[0], &reports[1])
}

/// Rewrites like [`rewrite`], reusing the reports of the request's reply at its own strictness and at
/// strict strictness, as [`crate::check_at`] returns them. Removals that `level_report` also flags were
/// underlined for the user; the others are explained as a strict-level precaution.
pub fn rewrite_checked(
    request: &Request,
    tone: Tone,
    level_report: &crate::Report,
    strict_report: &crate::Report,
) -> Rewrite {
    let lang = strict_report.lang;
    let draft = &request.reply[..floor_char_boundary(&request.reply, crate::MAX_REPLY_BYTES)];
    let typography = Typography::of_draft(draft, lang);
    let situation = situation::detect(request.review.as_deref(), lang)[0];
    let mut removed = Vec::new();

    let mut items: Vec<Item> = sentences::split(draft)
        .into_iter()
        .map(|piece| Item {
            text: draft[piece.start..piece.end].to_string(),
            is_sentence: piece.is_sentence,
            origin: Origin::Draft,
            removed: false,
        })
        .collect();

    // First pass: each breaching sentence is neutralised when its findings are clauses that can go, and
    // removed otherwise.
    let report = strict_report;
    let reason = |finding: &Finding| {
        let underlined = level_report.findings.iter().any(|other| {
            other.severity >= Severity::Warning
                && other.byte_start < finding.byte_end
                && finding.byte_start < other.byte_end
        });
        if underlined {
            finding.message.clone()
        } else {
            format!("{} {}", crate::messages::text(request.locale, "rewrite.strict_only"), finding.message)
        }
    };
    let mut offset = 0;
    // « Bonjour, l'IRM ne montrait aucune lésion… » goes whole, greeting included: the reply then gets
    // a composed greeting.
    let mut greeting_removed = false;
    for item in &mut items {
        let start = offset;
        offset += item.text.len();
        if !item.is_sentence {
            continue;
        }
        let blocking: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|finding| finding.severity >= Severity::Warning)
            .filter(|finding| finding.byte_start < offset && start < finding.byte_end)
            .collect();
        if blocking.is_empty() {
            continue;
        }
        if let Some(neutralised) = neutralise(&item.text, start, &blocking) {
            removed.extend(blocking.iter().map(|finding| Removal { message: reason(finding), ..removal_of(finding) }));
            item.text = neutralised;
            continue;
        }
        let first_breach =
            blocking.iter().map(|finding| finding.byte_start).min().unwrap_or(start).saturating_sub(start);
        match sentences::leading_clauses(&item.text, first_breach) {
            Some(kept) => {
                let dropped = item.text[kept.len().min(item.text.len())..].trim_start_matches([',', ';', ':', ' ']);
                removed.push(Removal {
                    text: dropped.trim().to_string(),
                    category: Some(blocking[0].category),
                    message: reason(blocking[0]),
                });
                item.text = sentences::close_sentence(&kept, &item.text);
            }
            None => {
                greeting_removed |= part_of(&item.text, lang) == Some(ReplyPart::Greeting);
                // « …de votre accouchement, mais l'équipe reste disponible au 04 72 … » keeps what follows
                // the breach when no finding touches it.
                match trailing_part(&item.text, start, &blocking) {
                    Some((rest_start, rest)) => {
                        removed.push(Removal {
                            text: item.text[..rest_start].trim().to_string(),
                            category: Some(blocking[0].category),
                            message: reason(blocking[0]),
                        });
                        item.text = rest;
                    }
                    None => {
                        removed.push(Removal {
                            text: item.text.clone(),
                            category: Some(blocking[0].category),
                            message: reason(blocking[0]),
                        });
                        item.removed = true;
                    }
                }
            }
        }
    }

    // An unhappy reviewer whose breaching sentences went gets the regret and the invitation to a private
    // exchange from the phrasebook, unless the draft kept its own invitation.
    let complaint = situation.is_complaint();
    let kept_invitation =
        items.iter().filter(|item| item.is_sentence && !item.removed).any(|item| invites_contact(&item.text));
    let kept_greeting = items
        .iter()
        .filter(|item| item.is_sentence && !item.removed)
        .any(|item| part_of(&item.text, lang) == Some(ReplyPart::Greeting));
    let mut composed = needs_body(&items, lang, !removed.is_empty() || draft.trim().is_empty())
        || (complaint && !removed.is_empty() && !kept_invitation)
        || (greeting_removed && !kept_greeting);
    // Composed greetings name the reviewer as the draft did: « Sophie » stays « Sophie », not « Sophie M. ».
    let naming = Request { reviewer: name_as_drafted(request, draft), ..request.clone() };
    let composition = pick_composition(&naming, &items, lang, situation, tone);
    let name_word = request.reviewer.as_deref().and_then(first_name_word);
    if composed {
        add_composed_parts(&mut items, &composition, lang, &typography, name_word.as_deref());
    }
    keep_reviewer_name(request, draft, &mut items, &composition, lang, &typography);

    // Later passes: whatever still breaches in the assembled reply goes, until it passes. Composed parts
    // fall back to fewer details, then to none.
    let mut fill_level = 0;
    for _ in 0..MAX_ROUNDS {
        fit_length(&mut items, &mut removed, request.locale);
        let (text, spans) = assemble(&items);
        let report = check(&strict_request(request, &text, lang));
        let blocking: Vec<&Finding> =
            report.findings.iter().filter(|finding| finding.severity >= Severity::Warning).collect();
        if blocking.is_empty() {
            // A line that passed in the draft may breach once the sentences around it are gone, such as
            // a signature read as a name when it opens the text. A later round can then leave too
            // little of the draft, so the missing parts are composed as the first pass would have.
            if !composed && needs_body(&items, lang, true) {
                composed = true;
                add_composed_parts(&mut items, &composition, lang, &typography, name_word.as_deref());
                continue;
            }
            return Rewrite { text, lang, composed, removed };
        }
        let mut composed_flagged = false;
        for finding in blocking {
            let Some(&(index, _, _)) =
                spans.iter().find(|&&(_, start, end)| finding.byte_start < end && start < finding.byte_end)
            else {
                continue;
            };
            if items[index].origin == Origin::Draft {
                if !items[index].removed {
                    removed.push(removal_of(finding));
                    removed.last_mut().expect("just pushed").text = items[index].text.clone();
                    items[index].removed = true;
                }
            } else {
                composed_flagged = true;
            }
        }
        if composed_flagged {
            fill_level += 1;
            let fill = match fill_level {
                1 => composition.fill().reviewer_only(),
                _ => Fill::default(),
            };
            for item in items.iter_mut().filter(|item| item.origin != Origin::Draft) {
                item.text = match item.origin {
                    Origin::Greeting => composition.greeting(&fill, &typography),
                    Origin::Body => composition.body(&fill, &typography),
                    _ => composition.closing(&fill, &typography, fill_level < 2),
                };
            }
        }
    }

    // The draft keeps breaching in ways sentence removal does not fix: reply with the phrasebook alone.
    for item in items.iter_mut().filter(|item| item.origin == Origin::Draft && item.is_sentence && !item.removed) {
        removed.push(Removal { text: item.text.clone(), category: None, message: fallback_message(request.locale) });
        item.removed = true;
    }
    let fill = Fill::default();
    let text = [
        composition.greeting(&fill, &typography),
        composition.body(&fill, &typography),
        composition.closing(&fill, &typography, false),
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join("\n\n");
    Rewrite { text, lang, composed: true, removed }
}

/// Picks the first phrasebook variant whose body does not open with the same word as a sentence the
/// draft keeps, so that « Merci pour votre avis ! » is not followed by « Merci pour ce message. ».
fn pick_composition<'a>(
    request: &'a Request,
    items: &[Item],
    lang: Lang,
    situation: Situation,
    tone: Tone,
) -> Composition<'a> {
    let kept_first_words: Vec<String> = items
        .iter()
        .filter(|item| item.is_sentence && !item.removed)
        .filter_map(|item| item.text.split_whitespace().next().map(str::to_lowercase))
        .collect();
    let kept_thanks = items.iter().filter(|item| item.is_sentence && !item.removed).any(|item| thanks(&item.text));
    let variants = phrasebook(lang).bodies(situation, tone).len().max(1);
    let candidates: Vec<Composition<'a>> =
        (0..variants).map(|variant| Composition::new(request, lang, situation, tone, variant)).collect();
    let repeats = |composition: &Composition<'_>| {
        kept_first_words.contains(&composition.body_first_word())
            || (kept_thanks && thanks(composition.body_template()))
    };
    // The first variant that repeats nothing, else the first that does not open the same way.
    let best = candidates
        .iter()
        .position(|composition| !repeats(composition))
        .or_else(|| {
            candidates.iter().position(|composition| !kept_first_words.contains(&composition.body_first_word()))
        })
        .unwrap_or(0);
    candidates.into_iter().nth(best).unwrap_or_else(|| Composition::new(request, lang, situation, tone, 0))
}

/// True when the text thanks the reader (« merci », « nous vous remercions », "thank you").
fn thanks(text: &str) -> bool {
    let folded = lexicon::fold(text);
    ["merci", "remerci", "thank"].iter().any(|word| folded.contains(word))
}

/// True when `text` has no error or warning finding at strict strictness, checked as a reply to the
/// request's review in `lang`.
pub(crate) fn passes_strict(request: &Request, text: &str, lang: Lang) -> bool {
    check(&strict_request(request, text, lang)).findings.iter().all(|finding| finding.severity < Severity::Warning)
}

fn strict_request(request: &Request, reply: &str, lang: Lang) -> Request {
    Request {
        reply: reply.to_string(),
        strictness: Strictness::Strict,
        lang: match lang {
            Lang::Fr => LangChoice::Fr,
            Lang::En => LangChoice::En,
        },
        ..request.clone()
    }
}

fn removal_of(finding: &Finding) -> Removal {
    Removal { text: finding.text.clone(), category: Some(finding.category), message: finding.message.clone() }
}

/// Returns the sentence with the findings' clauses deleted, when every finding has a deleting fix, is a
/// clause of its own, and enough of the sentence remains. `start` is the sentence's offset in the draft.
fn neutralise(sentence: &str, start: usize, findings: &[&Finding]) -> Option<String> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for finding in findings {
        if finding.fix.as_deref() != Some("") || finding.byte_start < start {
            return None;
        }
        let span = (finding.byte_start - start, (finding.byte_end - start).min(sentence.len()));
        if !sentences::is_clause(sentence, span.0, span.1) {
            return None;
        }
        spans.push(span);
    }
    spans.sort_unstable();
    spans.dedup();
    let mut text = sentence.to_string();
    for &(span_start, span_end) in spans.iter().rev() {
        if span_end > text.len() || !text.is_char_boundary(span_start) || !text.is_char_boundary(span_end) {
            return None;
        }
        text = sentences::delete_clause(&text, span_start, span_end);
    }
    let words = text.split_whitespace().filter(|word| word.chars().any(char::is_alphanumeric)).count();
    (words >= 2).then_some(text)
}

/// Returns the greeting or closing that a sentence opens with, if any.
fn part_of(sentence: &str, lang: Lang) -> Option<ReplyPart> {
    let folded = Folded::new(sentence);
    let (tokens, _) = tokenize(&folded.text);
    let mut part = None;
    let book = phrasebook(lang);
    let ids = book.vocabulary.look_up(&tokens);
    book.reply_parts.for_each_match(&tokens, &ids, 0, tokens.len(), |start, _, &found| {
        if start == 0 {
            part = Some(found);
        }
    });
    part
}

/// Returns where the clauses of `sentence` (which starts at byte `start` of the draft) after its last
/// blocking finding start, and those clauses, when at least three words follow it in a clause of their
/// own.
fn trailing_part(sentence: &str, start: usize, blocking: &[&Finding]) -> Option<(usize, String)> {
    let last_end = blocking.iter().map(|finding| finding.byte_end).max()?.saturating_sub(start);
    sentences::trailing_clauses(sentence, last_end.min(sentence.len()))
}

/// True when the draft's kept body (sentences that are neither a greeting nor the closing and signature)
/// has fewer than [`MIN_BODY_WORDS`] words and something was removed or nothing was written.
fn needs_body(items: &[Item], lang: Lang, removed_or_blank: bool) -> bool {
    if !removed_or_blank {
        return false;
    }
    let mut words = 0;
    for item in items.iter().filter(|item| item.is_sentence && !item.removed) {
        match part_of(&item.text, lang) {
            Some(ReplyPart::Closing) => break,
            Some(ReplyPart::Greeting) if item.text.split_whitespace().count() <= 4 => continue,
            _ => words += item.text.split_whitespace().count(),
        }
    }
    words < MIN_BODY_WORDS
}

/// Inserts a phrasebook body where the first removed sentence was (or after the greeting), a greeting
/// when the draft kept none, and a closing with the signature when the draft kept none. A short first
/// sentence that names the reviewer (« Merci Sophie ! ») counts as the greeting.
fn add_composed_parts(
    items: &mut Vec<Item>,
    composition: &Composition<'_>,
    lang: Lang,
    typography: &Typography,
    name_word: Option<&str>,
) {
    let fill = composition.fill();
    let kept: Vec<usize> = (0..items.len()).filter(|&i| items[i].is_sentence && !items[i].removed).collect();
    let opens_with_name = |text: &str| {
        let folded = lexicon::fold(text);
        let (tokens, _) = tokenize(&folded);
        tokens.len() <= 6 && name_word.is_some_and(|name| tokens.iter().any(|token| token.word == name))
    };
    let has_greeting = kept.first().is_some_and(|&i| {
        part_of(&items[i].text, lang) == Some(ReplyPart::Greeting) || opens_with_name(&items[i].text)
    });
    let closing_at = kept.iter().copied().find(|&i| part_of(&items[i].text, lang) == Some(ReplyPart::Closing));

    let body_at = items
        .iter()
        .position(|item| item.removed)
        .or(closing_at)
        .unwrap_or(items.len())
        .max(if has_greeting { kept[0] + 1 } else { 0 });
    let paragraph = || Item { text: "\n\n".into(), is_sentence: false, origin: Origin::Draft, removed: false };
    let body =
        Item { text: composition.body(&fill, typography), is_sentence: true, origin: Origin::Body, removed: false };
    items.splice(body_at..body_at, [paragraph(), body, paragraph()]);

    if closing_at.is_none() {
        let closing = composition.closing(&fill, typography, true);
        items.extend([paragraph(), Item { text: closing, is_sentence: true, origin: Origin::Closing, removed: false }]);
    }
    if !has_greeting {
        let greeting = composition.greeting(&fill, typography);
        items.splice(
            0..0,
            [Item { text: greeting, is_sentence: true, origin: Origin::Greeting, removed: false }, paragraph()],
        );
    }
}

/// Puts back the reviewer's public name when the draft used it and nothing kept has it: the draft's
/// greeting gives way to the phrasebook's, which names the reviewer.
fn keep_reviewer_name(
    request: &Request,
    draft: &str,
    items: &mut Vec<Item>,
    composition: &Composition<'_>,
    lang: Lang,
    typography: &Typography,
) {
    let Some(name_word) = request.reviewer.as_deref().and_then(first_name_word) else { return };
    let contains_name = |text: &str| has_word(&lexicon::fold(text), &name_word);
    // Nothing to do when the kept text still names the reviewer, or when the draft never did. The kept
    // text is tested first: it usually keeps the greeting that names them.
    let kept_text: String =
        items.iter().filter(|item| !item.removed).map(|item| item.text.as_str()).collect::<Vec<_>>().join(" ");
    if contains_name(&kept_text) || !contains_name(draft) {
        return;
    }
    let greeting = composition.greeting(&composition.fill(), typography);
    let first_kept = items.iter().position(|item| item.is_sentence && !item.removed);
    match first_kept {
        Some(index) if items[index].origin == Origin::Greeting => items[index].text = greeting,
        Some(index) if part_of(&items[index].text, lang) == Some(ReplyPart::Greeting) => {
            items[index].removed = true;
            items.insert(index, Item { text: greeting, is_sentence: true, origin: Origin::Greeting, removed: false });
        }
        _ => {
            let paragraph = Item { text: "\n\n".into(), is_sentence: false, origin: Origin::Draft, removed: false };
            items.splice(
                0..0,
                [Item { text: greeting, is_sentence: true, origin: Origin::Greeting, removed: false }, paragraph],
            );
        }
    }
}

/// True when a sentence invites the reader to get in touch (« contactez le cabinet », "call us").
fn invites_contact(sentence: &str) -> bool {
    let folded = lexicon::fold(sentence);
    [
        "contact",
        "joindre",
        "joignable",
        "appel",
        "ecrire",
        "ecrivez",
        "echanger",
        "telephon",
        "call us",
        "call the",
        "reach",
        "get in touch",
        "email us",
        "write to",
    ]
    .iter()
    .any(|word| folded.contains(word))
}

/// Returns the reviewer's name in the form the draft used: the whole display name when the draft has it
/// (or has no name at all), its first word when the draft greets by first name only.
fn name_as_drafted(request: &Request, draft: &str) -> Option<String> {
    let display = request.reviewer.as_deref()?.trim();
    let folded_draft = lexicon::fold(draft);
    if folded_draft.contains(&lexicon::fold(display)) {
        return Some(display.to_string());
    }
    // A display name that opens on an initial (« D. Moreau ») is used whole.
    let (Some(first), Some(first_word)) = (display.split_whitespace().next(), first_name_word(display)) else {
        return Some(display.to_string());
    };
    if lexicon::fold(first).chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return Some(display.to_string());
    }
    let drafted = has_word(&folded_draft, &first_word);
    Some(if drafted { first.trim_end_matches([',', '.']).to_string() } else { display.to_string() })
}

/// Returns the first word of a display name that is not an initial (« Davis » of « K. Davis »), folded,
/// as the reply's words are compared.
fn first_name_word(name: &str) -> Option<String> {
    let folded = lexicon::fold(name);
    let tokens = tokenize(&folded).0;
    tokens.iter().map(|token| token.word).find(|word| word.chars().count() >= 2).map(str::to_string)
}

/// Removes the draft's last body sentences until the reply fits [`MAX_REPLY_BYTES`].
fn fit_length(items: &mut [Item], removed: &mut Vec<Removal>, locale: Locale) {
    while assemble(items).0.len() > MAX_REPLY_BYTES {
        let last_draft_sentence =
            items.iter().rposition(|item| item.origin == Origin::Draft && item.is_sentence && !item.removed);
        match last_draft_sentence {
            Some(index) => {
                items[index].removed = true;
                removed.push(Removal {
                    text: items[index].text.clone(),
                    category: None,
                    message: length_message(locale),
                });
            }
            None => {
                // Only composed parts remain (a very long signature): cut the last one.
                if let Some(item) = items.iter_mut().rev().find(|item| !item.removed && item.is_sentence) {
                    let cut = floor_char_boundary(&item.text, item.text.len() / 2);
                    item.text.truncate(cut);
                } else {
                    break;
                }
            }
        }
    }
}

/// Joins the kept items into the reply; returns it with the byte span of each kept sentence. Around a
/// removed sentence, the stronger of the two separators stays (a paragraph break over a space).
fn assemble(items: &[Item]) -> (String, Vec<(usize, usize, usize)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut pending_separator: Option<&str> = None;
    for (index, item) in items.iter().enumerate() {
        if item.removed {
            continue;
        }
        if !item.is_sentence {
            pending_separator = Some(match pending_separator {
                Some(previous) if line_breaks(previous) >= line_breaks(&item.text) => previous,
                _ => &item.text,
            });
            continue;
        }
        if item.text.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push_str(pending_separator.unwrap_or(" "));
        }
        pending_separator = None;
        spans.push((index, text.len(), text.len() + item.text.len()));
        text.push_str(&item.text);
    }
    (text, spans)
}

fn line_breaks(separator: &str) -> usize {
    separator.matches('\n').count()
}

fn length_message(locale: Locale) -> String {
    crate::messages::text(locale, "rewrite.too_long")
}

fn fallback_message(locale: Locale) -> String {
    crate::messages::text(locale, "rewrite.replaced")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(reply: &str) -> Request {
        Request { reply: reply.into(), ..Request::default() }
    }

    #[test]
    fn clean_draft_unchanged() {
        let draft =
            "Bonjour,\n\nMerci pour votre message, toute l'équipe vous souhaite une belle journée.\n\nCordialement";
        let result = rewrite(&request(draft), Tone::Warm);
        assert_eq!(result.text, draft);
        assert!(result.removed.is_empty());
        assert!(!result.composed);
    }

    #[test]
    fn breaching_sentence_removed() {
        let draft = "Merci pour votre message, toute l'équipe est heureuse de vous accueillir. Votre détartrage s'est très bien passé.";
        let result = rewrite(&request(draft), Tone::Warm);
        assert!(!result.text.contains("détartrage"), "{}", result.text);
        assert!(result.text.starts_with("Merci pour votre message"), "{}", result.text);
        assert_eq!(result.removed.len(), 1);
        assert_eq!(result.removed[0].text, "Votre détartrage s'est très bien passé.");
    }

    #[test]
    fn rewrite_keeps_initial_display_name() {
        let draft = "Kevin Davis, you still owe $360 and your insurance denied the claim.";
        let request = Request { reviewer: Some("K. Davis".into()), ..request(draft) };
        let result = rewrite(&request, Tone::Warm);
        assert!(result.text.contains("K. Davis"), "{}", result.text);
        assert!(!result.text.contains("Kevin"), "{}", result.text);
    }

    #[test]
    fn assemble_keeps_paragraph_break() {
        let items: Vec<Item> =
            [("A.", true, false), (" ", false, false), ("B.", true, true), ("\n\n", false, false), ("C.", true, false)]
                .into_iter()
                .map(|(text, is_sentence, removed)| Item {
                    text: text.into(),
                    is_sentence,
                    origin: Origin::Draft,
                    removed,
                })
                .collect();
        assert_eq!(assemble(&items).0, "A.\n\nC.");
    }
}
